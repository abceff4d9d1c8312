//! The JSON export: the contract between the extractor, the scorer ([`crate::score`],
//! format in `tests/eval/README.md`) and the baker. Field names follow the eval format;
//! the extra fields (`expression`, `trigger`, `disputed_by`, …) feed the widget and are
//! ignored by the scorer.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub articles: Vec<ArticleMeta>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub id: String,
    pub title: String,
    /// `None` when the text names no outlet.
    pub outlet: Option<String>,
    /// As written in the front matter: `YYYY-MM-DD`, RFC 3339, or `YYYY-MM`.
    pub published: String,
    pub url: Option<String>,
}

/// The event taxonomy is the model's ([`chronocarte_model::EventKind`]): one definition for
/// the extractor, the export, the bake and the widget.
pub use chronocarte_model::EventKind as EventType;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// `YYYY-MM-DD`: the first day of the week, month or year for coarser precisions.
    pub start: String,
    /// `YYYY-MM-DD` or `None`.
    pub end: Option<String>,
    pub precision: Precision,
    /// The words the date came from ("mardi", "le 2 mars de cette année"), or
    /// `None` when it fell back to the publication date.
    pub expression: Option<String>,
    /// Article whose publication date the expression was resolved against.
    pub resolved_against: Option<String>,
    /// `YYYY-MM-DD`: the story's date the expression was counted from, when it was not the
    /// publication day ("la veille" of the 19th, a live-blog entry of the 18th).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// The resolver's finer precision when the format's four say less: `night` (dated by
    /// the day it ends) or `interval` (a span of days with both ends).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlacePrecision {
    Exact,
    City,
    Region,
    Country,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// Gazetteer id (the story's `places.toml`).
    pub id: String,
    /// Display name under the neutral naming policy ("Stepanakert / Khankendi").
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub precision: PlacePrecision,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Initiator,
    Target,
    Participant,
    Claimant,
    Mediator,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// Lexicon id (the story's `actors.toml`).
    pub id: String,
    /// French label.
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Fatalities {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub killed_min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub wounded_min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub claimed_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Extracted,
    Edited,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub article: String,
    /// Verbatim from the article body (usually the reporting sentence).
    pub quote: String,
    /// Who the article attributes the report to ("séparatistes arméniens"), if anyone.
    pub claimed_by: Option<String>,
    /// The event's words inside `quote` (byte range into `quote`), for highlighting.
    #[serde(default)]
    pub trigger: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: derived from what the event is (type, date, place, actors), never from
    /// its position in the corpus.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub date: EventDate,
    pub place: Option<PlaceRef>,
    pub actors: Vec<ActorRef>,
    pub fatalities: Option<Fatalities>,
    pub origin: Origin,
    /// Actor ids that deny the event ("a démenti", "complètement fausses").
    #[serde(default)]
    pub disputed_by: Vec<String>,
    pub mentions: Vec<Mention>,
    /// Ids of events that were merged into this one: old links keep resolving.
    #[serde(default)]
    pub aliases: Vec<String>,
}
