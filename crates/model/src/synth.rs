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
    let base = date::days_from_civil(2020, 9, 1);
    // The order of interning and of draws is the corpus: each step in turn, as before.
    let outlets_v = synth_outlets(&mut it, outlets);
    let articles_v = synth_articles(&mut it, articles, outlets, base);
    let actors_v = synth_actors(&mut it, actors);
    let places_v = synth_places(&mut it, places);
    let shape = Shape { actors, places, articles, base };
    let mut events: Vec<Event> = (0..n).map(|i| synth_event(&mut r, &mut it, i, &shape)).collect();
    events.sort_by_key(|e| e.start);
    let map = synth_map(&mut it);
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

/// How many values an event can draw from, and the first day of the period.
struct Shape {
    actors: usize,
    places: usize,
    articles: usize,
    base: i32,
}

fn synth_outlets(it: &mut Interner, outlets: usize) -> Vec<Outlet> {
    (0..outlets)
        .map(|i| Outlet { slug: it.intern(&format!("outlet-{i}")), name: it.intern(&format!("Outlet {i}")) })
        .collect()
}

/// One article every three days; every seventh has no outlet.
fn synth_articles(it: &mut Interner, articles: usize, outlets: usize, base: i32) -> Vec<Article> {
    (0..articles)
        .map(|i| Article {
            id: it.intern(&format!("art-{i}")),
            title: it.intern(&format!("Titre {i}")),
            outlet: if outlets == 0 || i % 7 == 6 { None } else { Some((i % outlets) as u32) },
            published: base + (i as i32 * 3) % 1100,
            url: None,
        })
        .collect()
}

fn synth_actors(it: &mut Interner, actors: usize) -> Vec<Actor> {
    (0..actors)
        .map(|i| Actor {
            id: it.intern(&format!("actor-{i}")),
            label_fr: it.intern(&format!("Acteur {i}")),
            label_en: it.intern(&format!("Actor {i}")),
            color: it.intern(""),
        })
        .collect()
}

/// Towns on a diagonal; every fifth is off the map.
fn synth_places(it: &mut Interner, places: usize) -> Vec<Place> {
    let fr = it.intern("fr");
    (0..places)
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
        .collect()
}

/// A day (one in ten spans up to a month), up to three actors, one to three mentions, any
/// type, and a place five times in six.
fn synth_event(r: &mut Rng, it: &mut Interner, i: usize, shape: &Shape) -> Event {
    let start = shape.base + r.below(1100) as i32;
    let span = if r.below(10) == 0 { r.below(30) as i32 } else { 0 };
    let actors = synth_event_actors(r, shape.actors);
    let mentions = synth_mentions(r, it, shape.articles);
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
        place: if shape.places == 0 || r.below(6) == 0 {
            None
        } else {
            Some(r.below(shape.places as u64) as u32)
        },
        place_precision: PlacePrecision::City,
        actors,
        fatalities: None,
        disputed_by: vec![],
        mentions,
        headline: 0,
        aliases: vec![],
    }
}

/// Up to three draws among `actors`, repeats dropped.
fn synth_event_actors(r: &mut Rng, actors: usize) -> Vec<EventActor> {
    let nact = r.below(4) as usize;
    let mut out: Vec<EventActor> = vec![];
    for _ in 0..nact.min(actors) {
        let a = r.below(actors as u64) as u32;
        if !out.iter().any(|x| x.actor == a) {
            out.push(EventActor { actor: a, role: Role::Participant });
        }
    }
    out
}

/// One to three mentions, each a quote of three to eight words of [`WORDS`].
fn synth_mentions(r: &mut Rng, it: &mut Interner, articles: usize) -> Vec<Mention> {
    let nm = 1 + r.below(3) as usize;
    (0..nm.min(articles.max(1)))
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
        .collect()
}

/// A blank 1000 × 700 map with the two views the widget expects.
fn synth_map(it: &mut Interner) -> Map {
    Map {
        width: 1000.0,
        height: 700.0,
        views: ["region", "detail"]
            .map(|v| {
                let id = it.intern(v);
                MapView { id, label: Text { fr: id, en: id }, viewbox: (0.0, 0.0, 1000.0, 700.0) }
            })
            .into(),
        ..Map::default()
    }
}
