//! The baked corpus shared by the baker (native) and the widget (wasm).
//!
//! A [`Bundle`] is written once by `chronocarte-corpus`'s `bake` with postcard and read
//! zero-copy in the browser: every string lives once in [`Bundle::strings`] (borrowed from
//! the embedded bytes, like ICU4X's baked data), everything else refers to it by [`Str`]
//! index. Days are integers (days since 1970-01-01, see [`date`]).
//!
//! The pure filter engine ([`filter`]) and the URL-fragment state ([`fragment`]) live here
//! too, so that they are tested and benchmarked natively.
use serde::{Deserialize, Serialize};

pub mod archive;
pub mod axis;
pub mod bitset;
pub mod date;
pub mod download;
pub mod filter;
pub mod fold;
pub mod fragment;
pub mod host;
pub mod outline;
mod read;
#[doc(hidden)]
pub mod synth;

/// Format version; bump when the layout changes.
pub const VERSION: u32 = 8;

/// Index into [`Bundle::strings`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Str(pub u32);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle<'a> {
    pub version: u32,
    /// Interned strings: corpus text, ids, SVG paths. Written as one string table (see
    /// [`string_table`]).
    #[serde(borrow, with = "string_table")]
    pub strings: Vec<&'a str>,
    pub outlets: Vec<Outlet>,
    pub articles: Vec<Article>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// Sorted by `(start, end, id)`: the index is the chronological order.
    pub events: Vec<Event>,
    pub map: Map,
    /// Credit lines to show with the map ("Made with Natural Earth", …).
    pub credits: Vec<Str>,
    /// What the story folder's `story.toml` declares: everything the widget shows that
    /// belongs to one story, so that the widget's code holds none of it.
    pub story: Story,
}

/// A text in the widget's two languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    pub fr: Str,
    pub en: Str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Story {
    pub title: Text,
    /// One or two sentences under the title (may be empty).
    pub standfirst: Text,
    /// Who made it ("Rédaction, avec l'AFP"); may be empty.
    pub credit: Text,
    /// Named date ranges for the timeline's presets, in order (declared, or derived from
    /// gaps in the events).
    pub episodes: Vec<Episode>,
    /// Language tags of the place names a reader is shown ("fr", "az", "hy-Latn"), in order.
    pub name_languages: Vec<Str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Episode {
    pub label: Text,
    /// First and last day (days since epoch), inclusive.
    pub start: i32,
    pub end: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    /// URL-safe id ("le-monde").
    pub slug: Str,
    pub name: Str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: Str,
    pub title: Str,
    pub outlet: Option<u32>,
    /// Publication day (days since epoch).
    pub published: i32,
    pub url: Option<Str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: Str,
    pub label_fr: Str,
    pub label_en: Str,
    /// CSS colour (`#rrggbb`), may be empty.
    pub color: Str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: Str,
    /// Gazetteer kind: city, town, village, airport, corridor, region, capital, institution…
    pub kind: Str,
    /// Display name under the story's naming policy (both parties' names: "A / B").
    pub name: Str,
    /// `(language tag, name)` in the story's [`Story::name_languages`] order; languages
    /// without a name are left out.
    pub names: Vec<(Str, Str)>,
    pub lat: f32,
    pub lon: f32,
    /// Projected map coordinates (same units as [`Map::width`]).
    pub x: f32,
    pub y: f32,
    /// Inside the map frame; otherwise shown as a chip beside the map.
    pub on_map: bool,
    /// Region-level place: drawn as an area of this radius (map units), not a pin.
    pub area_radius: Option<f32>,
}

/// The event taxonomy, defined here once: the extractor's types, the export's (`serde`
/// names are the [`EventKind::id`]s), the merge's ids, the bake, the widget's labels and
/// its CSS colours (`--cc-type-<id>`) all use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Fighting,
    Ceasefire,
    Talks,
    Diplomacy,
    Statement,
    Humanitarian,
    Casualties,
    Protest,
    Political,
    Incident,
    Context,
}

impl EventKind {
    pub const ALL: [EventKind; 11] = [
        Self::Fighting,
        Self::Ceasefire,
        Self::Talks,
        Self::Diplomacy,
        Self::Statement,
        Self::Humanitarian,
        Self::Casualties,
        Self::Protest,
        Self::Political,
        Self::Incident,
        Self::Context,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    /// Stable lowercase id (also the export's spelling).
    pub fn id(self) -> &'static str {
        [
            "fighting",
            "ceasefire",
            "talks",
            "diplomacy",
            "statement",
            "humanitarian",
            "casualties",
            "protest",
            "political",
            "incident",
            "context",
        ][self as usize]
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlacePrecision {
    Exact,
    City,
    Region,
    Country,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Initiator,
    Target,
    Participant,
    Claimant,
    Mediator,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    pub actor: u32,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fatalities {
    pub killed_min: Option<u32>,
    pub wounded_min: Option<u32>,
    pub claimed_by: Option<Str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub article: u32,
    /// Verbatim sentence from the article.
    pub quote: Str,
    pub claimed_by: Option<Str>,
    /// Byte range of the event's words inside the quote (on char boundaries).
    pub trigger: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: Str,
    pub kind: EventKind,
    /// First day (days since epoch); the first day of the week/month/year for coarser precisions.
    pub start: i32,
    /// Last day, inclusive (`== start` for a one-day event).
    pub end: i32,
    pub precision: Precision,
    /// The words the date came from ("mardi"), if any.
    pub date_expr: Option<Str>,
    /// Article the expression was resolved against.
    pub resolved_against: Option<u32>,
    /// The story's date (days since epoch) the expression was counted from, when it was
    /// not the publication day ("la veille" of the 19th).
    pub date_anchor: Option<i32>,
    /// A night, dated by the day it ends ("dans la nuit de X à Y").
    pub night: bool,
    pub place: Option<u32>,
    pub place_precision: PlacePrecision,
    pub actors: Vec<EventActor>,
    pub fatalities: Option<Fatalities>,
    /// Actors that deny the event.
    pub disputed_by: Vec<u32>,
    pub mentions: Vec<Mention>,
    /// The mention whose quote heads the event's card: the one that says the most about the
    /// event (place, actors, figures), chosen at bake time (`bake/headline.rs`).
    pub headline: u32,
    /// Ids of events merged into this one.
    pub aliases: Vec<Str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ShapeKind {
    Country,
    Sea,
    Lake,
    /// An area the story outlines with a label (a former province, a disputed zone).
    Outline,
    /// A line the story draws (a front line, a ceasefire line).
    Line,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    pub kind: ShapeKind,
    /// ISO code or feature id.
    pub id: Str,
    /// The name on the map.
    pub name: Text,
    /// For outlines and lines: the legend's text ("Former province (1991 borders). Under
    /// the army's control since 2023.").
    pub note: Text,
    /// One of the story's focus countries (drawn stronger).
    pub focus: bool,
    /// Label anchors `(view index, x, y)`: in the views where the shape has room for one.
    pub labels: Vec<(u8, f32, f32)>,
    /// Listed in the map's legend (the story's outlines and lines).
    pub legend: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Map {
    pub width: f32,
    pub height: f32,
    /// The views a reader can switch between: the region first, then the story's
    /// close-ups.
    pub views: Vec<MapView>,
    /// Labelled and listed in the legend; their outlines are in [`Map::svg`].
    pub shapes: Vec<Shape>,
    /// The outlines of the regional view, every shape in drawing order, as SVG markup made
    /// by the baker (`<path class="…" d="…"/>` only: class names and path data), packed in
    /// [`outline`]'s code: they never change with the filters, so the widget unpacks and
    /// inserts them once instead of building one element per path (`src/components/map`).
    pub svg: Str,
    /// The same for the close-ups, with the more detailed paths (may equal `svg`).
    pub svg_detail: Str,
    /// Projection description, for the credits/README.
    pub projection: Str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    /// URL-safe id, used by the `view=` fragment key ("region", "nk").
    pub id: Str,
    pub label: Text,
    /// `x, y, w, h` in map units.
    pub viewbox: (f32, f32, f32, f32),
}

/// The bundle's strings as written: every length, then all the text in one piece.
///
/// Not postcard's own `Vec<&str>` layout, which puts each length before its string: with
/// the lengths apart, the text is one run that brotli compresses better (the seed bundle:
/// 194 bytes less after brotli, measured 2026-11-27). Still zero-copy: each string is a
/// slice of the text.
pub mod string_table {
    use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(strings: &[&str], s: S) -> Result<S::Ok, S::Error> {
        let lengths: Vec<u32> = strings.iter().map(|x| x.len() as u32).collect();
        (lengths, strings.concat()).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<&'de str>, D::Error> {
        let (lengths, text): (Vec<u32>, &'de str) = Deserialize::deserialize(d)?;
        split(text, &lengths).ok_or_else(|| D::Error::custom("string lengths do not match the text"))
    }

    /// Cuts `text` into pieces of these byte lengths; `None` unless they cover it exactly,
    /// each on character boundaries.
    pub fn split<'a>(text: &'a str, lengths: &[u32]) -> Option<Vec<&'a str>> {
        let mut out = Vec::with_capacity(lengths.len());
        let mut at = 0usize;
        for &n in lengths {
            let end = at.checked_add(n as usize)?;
            out.push(text.get(at..end)?);
            at = end;
        }
        (at == text.len()).then_some(out)
    }
}

/// What's wrong with a bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid(pub String);

impl<'a> Bundle<'a> {
    /// The string behind an index (empty if out of range, never panics).
    pub fn s(&self, s: Str) -> &'a str {
        self.strings.get(s.0 as usize).copied().unwrap_or("")
    }

    /// Reads and [validates](Bundle::validate) a bundle.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Invalid> {
        let b = Self::from_baked(bytes)?;
        b.validate()?;
        Ok(b)
    }

    /// Reads a bundle that `bake` wrote, which validated it before writing: the widget's
    /// embedded corpus, baked by `build.rs` in the same build. Only the layout and the format
    /// version are checked, not every index (that check is 650 bytes of the widget's
    /// bundle after brotli, and time at start-up). Use [`Bundle::from_bytes`] for bytes from
    /// anywhere else.
    pub fn from_baked(bytes: &'a [u8]) -> Result<Self, Invalid> {
        // Not `postcard::from_bytes`: the hand-written reader is a fraction of serde's code in
        // the wasm (see `read`); tests check that the two agree.
        let mut r = read::Reader::new(bytes);
        let b: Bundle<'a> = r.read().and_then(|b| r.finish().map(|()| b)).map_err(|_| r.invalid())?;
        if b.version != VERSION {
            return Err(Invalid(format!("bundle version {} != {VERSION}: rebuild", b.version)));
        }
        Ok(b)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("bundle serialises")
    }

    /// Checks every index and the chronological order, so the widget can index freely.
    pub fn validate(&self) -> Result<(), Invalid> {
        let err = |m: String| Err(Invalid(m));
        if self.version != VERSION {
            return err(format!("bundle version {} != {VERSION}", self.version));
        }
        let ns = self.strings.len() as u32;
        let st = |s: Str| s.0 < ns;
        for a in &self.articles {
            if !st(a.id) || !st(a.title) || a.outlet.is_some_and(|o| o as usize >= self.outlets.len()) {
                return err(format!("bad article (id string {})", a.id.0));
            }
        }
        let (na, nact, npl) =
            (self.articles.len() as u32, self.actors.len() as u32, self.places.len() as u32);
        for (i, e) in self.events.iter().enumerate() {
            let ok = st(e.id)
                && e.end >= e.start
                && e.place.is_none_or(|p| p < npl)
                && e.resolved_against.is_none_or(|a| a < na)
                && e.actors.iter().all(|a| a.actor < nact)
                && e.disputed_by.iter().all(|&a| a < nact)
                && (e.headline as usize) < e.mentions.len().max(1)
                && e.mentions.iter().all(|m| {
                    m.article < na
                        && st(m.quote)
                        && m.trigger.is_none_or(|(s, t)| {
                            let q = self.s(m.quote);
                            s <= t
                                && q.is_char_boundary(s as usize)
                                && q.is_char_boundary(t as usize)
                                && (t as usize) <= q.len()
                        })
                });
            if !ok {
                return err(format!("bad event #{i} {}", self.s(e.id)));
            }
            if i > 0 && self.events[i - 1].start > e.start {
                return err(format!("events not sorted at #{i}"));
            }
        }
        if self.map.views.is_empty() {
            return err("the map has no view".into());
        }
        if let Some(e) = self.story.episodes.iter().find(|e| e.end < e.start) {
            return err(format!("episode {} ends before it starts", self.s(e.label.en)));
        }
        Ok(())
    }

    pub fn find_actor(&self, id: &str) -> Option<u32> {
        self.actors.iter().position(|a| self.s(a.id) == id).map(|i| i as u32)
    }
    pub fn find_place(&self, id: &str) -> Option<u32> {
        self.places.iter().position(|a| self.s(a.id) == id).map(|i| i as u32)
    }
    pub fn find_outlet(&self, slug: &str) -> Option<u32> {
        self.outlets.iter().position(|a| self.s(a.slug) == slug).map(|i| i as u32)
    }
    pub fn find_article(&self, id: &str) -> Option<u32> {
        self.articles.iter().position(|a| self.s(a.id) == id).map(|i| i as u32)
    }
    /// The event with this id, or the one it was merged into (`true`: found by alias), so
    /// links made before a merge still open the event they meant.
    pub fn find_event(&self, id: &str) -> Option<(u32, bool)> {
        if let Some(i) = self.events.iter().position(|e| self.s(e.id) == id) {
            return Some((i as u32, false));
        }
        let i = self.events.iter().position(|e| e.aliases.iter().any(|&a| self.s(a) == id))?;
        Some((i as u32, true))
    }
}

/// Builds a [`Bundle`]'s string table: every distinct string once, first-seen order.
#[derive(Default, Debug)]
pub struct Interner {
    pub strings: Vec<String>,
    map: std::collections::HashMap<String, u32>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Str {
        if let Some(&i) = self.map.get(s) {
            return Str(i);
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_owned());
        self.map.insert(s.to_owned(), i);
        Str(i)
    }
    pub fn refs(&self) -> Vec<&str> {
        self.strings.iter().map(String::as_str).collect()
    }
}
