//! Synthetic corpora for tests and benchmarks (deterministic, no dependencies). The
//! place names are invented: no story's data lives in the model.
use crate::*;

const WORDS: &[&str] = &[
    "bombardement",
    "Castelnord",
    "Valmont",
    "armée",
    "gouvernementale",
    "séparatistes",
    "rebelles",
    "cessez-le-feu",
    "négociations",
    "Aubrecourt",
    "Pontrieux",
    "réfugiés",
    "corridor",
    "Mirebel",
    "tirs",
    "frontière",
    "Sauvetat",
    "Orbessan",
    "morts",
    "blessés",
    "offensive",
    "ministère",
    "défense",
    "exode",
    "humanitaire",
    "Lanvallec",
    "Roquenoire",
    "village",
    "artillerie",
    "drones",
];

/// Small xorshift PRNG.
pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}

/// A synthetic corpus: owns its strings; [`Synth::bundle`] borrows them.
pub struct Synth {
    pub strings: Vec<String>,
    pub rest: Bundle<'static>,
}

impl Synth {
    pub fn bundle(&self) -> Bundle<'_> {
        Bundle { strings: self.strings.iter().map(String::as_str).collect(), ..self.rest.clone() }
    }
}

/// A small corpus for unit tests (20 events, 8 articles), alive for the whole test run.
#[cfg(test)]
pub(crate) fn small_bundle() -> Bundle<'static> {
    let s: &'static Synth = Box::leak(Box::new(generate(20, 4, 5, 3, 8, 7)));
    s.bundle()
}

/// `n` events over ~3 years with `actors`/`places`/`outlets`/`articles` values.
pub fn generate(n: usize, actors: usize, places: usize, outlets: usize, articles: usize, seed: u64) -> Synth {
    let mut r = Rng(seed | 1);
    let mut it = Interner::default();
    let outlets_v: Vec<Outlet> = (0..outlets)
        .map(|i| Outlet { slug: it.intern(&format!("outlet-{i}")), name: it.intern(&format!("Outlet {i}")) })
        .collect();
    let base = date::days_from_civil(2020, 9, 1);
    let articles_v: Vec<Article> = (0..articles)
        .map(|i| Article {
            id: it.intern(&format!("art-{i}")),
            title: it.intern(&format!("Titre {i}")),
            outlet: if outlets == 0 || i % 7 == 6 { None } else { Some((i % outlets) as u32) },
            published: base + (i as i32 * 3) % 1100,
            url: None,
        })
        .collect();
    let actors_v: Vec<Actor> = (0..actors)
        .map(|i| Actor {
            id: it.intern(&format!("actor-{i}")),
            label_fr: it.intern(&format!("Acteur {i}")),
            label_en: it.intern(&format!("Actor {i}")),
            color: it.intern(""),
        })
        .collect();
    let fr = it.intern("fr");
    let places_v: Vec<Place> = (0..places)
        .map(|i| {
            let id = it.intern(&format!("place-{i}"));
            Place {
                id,
                kind: it.intern("town"),
                name: id,
                names: vec![(fr, id)],
                lat: 40.0,
                lon: 46.0,
                x: i as f32,
                y: i as f32,
                on_map: i % 5 != 4,
                area_radius: None,
            }
        })
        .collect();
    let mut events: Vec<Event> = (0..n)
        .map(|i| {
            let start = base + r.below(1100) as i32;
            let span = if r.below(10) == 0 { r.below(30) as i32 } else { 0 };
            let nact = r.below(4) as usize;
            let mut ev_actors: Vec<EventActor> = vec![];
            for _ in 0..nact.min(actors) {
                let a = r.below(actors as u64) as u32;
                if !ev_actors.iter().any(|x| x.actor == a) {
                    ev_actors.push(EventActor { actor: a, role: Role::Participant });
                }
            }
            let nm = 1 + r.below(3) as usize;
            let mentions = (0..nm.min(articles.max(1)))
                .filter(|_| articles > 0)
                .map(|_| {
                    let nw = 3 + r.below(6) as usize;
                    let q: Vec<&str> = (0..nw).map(|_| WORDS[r.below(WORDS.len() as u64) as usize]).collect();
                    Mention {
                        article: r.below(articles as u64) as u32,
                        quote: it.intern(&q.join(" ")),
                        claimed_by: None,
                        trigger: None,
                    }
                })
                .collect();
            Event {
                id: it.intern(&format!("ev-{i}")),
                kind: EventKind::ALL[r.below(11) as usize],
                start,
                end: start + span,
                precision: Precision::Day,
                date_expr: None,
                resolved_against: None,
                date_anchor: None,
                night: false,
                place: if places == 0 || r.below(6) == 0 {
                    None
                } else {
                    Some(r.below(places as u64) as u32)
                },
                place_precision: PlacePrecision::City,
                actors: ev_actors,
                fatalities: None,
                disputed_by: vec![],
                mentions,
                headline: 0,
                aliases: vec![],
            }
        })
        .collect();
    events.sort_by_key(|e| e.start);
    let map = Map {
        width: 1000.0,
        height: 700.0,
        views: ["region", "detail"]
            .map(|v| {
                let id = it.intern(v);
                MapView { id, label: Text { fr: id, en: id }, viewbox: (0.0, 0.0, 1000.0, 700.0) }
            })
            .into(),
        ..Map::default()
    };
    Synth {
        strings: it.strings,
        rest: Bundle {
            version: VERSION,
            strings: vec![],
            outlets: outlets_v,
            articles: articles_v,
            actors: actors_v,
            places: places_v,
            events,
            map,
            credits: vec![],
            story: Story::default(),
        },
    }
}
