//! A candidate: one sentence's report of one event, as extraction finds it and merging
//! groups it. It lives apart from both so that neither depends on the other, and with it
//! the stable hash that ids and the boilerplate filter share.
use crate::export::{EventType, Fatalities, Role};
use crate::frames::FrameClass;
use crate::time::{Basis, DateValue};

/// Where a candidate's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateOrigin {
    /// Written in the sentence.
    Explicit,
    /// Carried over from an earlier sentence of the article.
    Inherited,
    /// The publication date.
    Publication,
}

/// One sentence's report of one event.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub article: String,
    /// Byte offset of the sentence in the body (for ordering).
    pub pos: usize,
    pub kind: EventType,
    pub class: FrameClass,
    pub date: DateValue,
    pub date_origin: DateOrigin,
    pub expression: Option<String>,
    /// What the date was resolved against.
    pub basis: Basis,
    pub place: Option<usize>,
    /// The place was not named but defaulted to the article's region.
    pub place_default: bool,
    pub actors: Vec<(usize, Role)>,
    pub fatalities: Option<Fatalities>,
    pub quote: String,
    pub claimed_by: Option<String>,
    /// Byte range of the trigger in `quote`.
    pub trigger: Option<(usize, usize)>,
    pub disputed_by: Vec<usize>,
    /// Further sentences about the same event (denials, continuations).
    pub extra: Vec<Extra>,
}

/// A further sentence about a candidate's event, and why extraction attached it.
#[derive(Debug, Clone)]
pub struct Extra {
    pub quote: String,
    pub claimed_by: Option<String>,
    /// Why it tells of this event (printed by `chronocarte check --explain`).
    pub why: &'static str,
}

/// FNV-1a, 64 bits: stable across runs and platforms.
pub fn hash(s: &str) -> u64 {
    hash_parts([s])
}

/// FNV-1a over several parts, as [`hash`] of their concatenation.
pub fn hash_parts<'a>(parts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for s in parts {
        for b in s.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}
