//! Editorial overrides (a story folder's `overrides.toml`): correct or suppress an extracted event.
//!
//! An override is keyed by what survives re-extraction: an article id and a fragment of
//! the sentence that reports the event (`quote`), or an event id (current or alias).
//! Positions and list indexes are never used. Overridden events export with
//! `"origin": "edited"`; an override that matches nothing is reported as a warning.
//!
//! ```toml
//! [[override]]
//! article = "000_ef9d1b6ae2ad34ff"
//! quote = "des tirs ont aussi été signalés à Stepanakert"
//! type = "fighting"            # any field below is optional
//! date = "2023-09-21"
//! place = "stepanakert"        # or "" for no place
//! actors = ["azerbaijan"]
//!
//! [[override]]
//! event = "statement-2023-09-21-1234abcd5678"
//! suppress = true
//! ```
use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::export::{ActorRef, Event, EventType, Origin, PlaceRef, Precision, Role};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    #[serde(default)]
    pub article: Option<String>,
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub event: Option<String>,
    #[serde(default)]
    pub suppress: bool,
    #[serde(default, rename = "type")]
    pub kind: Option<EventType>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub actors: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct File {
    #[serde(default, rename = "override")]
    overrides: Vec<Override>,
}

pub fn load(path: &Path, diags: &mut Vec<Diagnostic>) -> Vec<Override> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    match toml::from_str::<File>(&text) {
        Ok(f) => f.overrides,
        Err(e) => {
            let line = e.span().map(|s| crate::diagnostics::line_of(&text, s.start)).unwrap_or(0);
            diags.push(Diagnostic::error(
                path,
                line,
                format!("malformed overrides: {}", e.message()),
                "see the format in the overrides module docs",
            ));
            Vec::new()
        }
    }
}

fn matches(o: &Override, e: &Event) -> bool {
    if let Some(id) = &o.event {
        return &e.id == id || e.aliases.contains(id);
    }
    match (&o.article, &o.quote) {
        (Some(a), Some(q)) => {
            let q = crate::fold::fold(q);
            e.mentions.iter().any(|m| &m.article == a && crate::fold::fold(&m.quote).contains(&q))
        }
        _ => false,
    }
}

/// Apply overrides to the events; report those that match nothing.
pub fn apply(
    events: &mut Vec<Event>,
    overrides: &[Override],
    g: &Gazetteer,
    l: &Lexicon,
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) {
    for (i, o) in overrides.iter().enumerate() {
        let mut hit = false;
        let mut remove = Vec::new();
        for (k, e) in events.iter_mut().enumerate() {
            if !matches(o, e) {
                continue;
            }
            hit = true;
            if o.suppress {
                remove.push(k);
                continue;
            }
            if let Some(t) = o.kind {
                e.kind = t;
            }
            if let Some(d) = &o.date {
                if d.parse::<jiff::civil::Date>().is_ok() {
                    e.date.start = d.clone();
                    e.date.end = None;
                    e.date.precision = Precision::Day;
                } else {
                    diags.push(Diagnostic::error(
                        path,
                        0,
                        format!("override #{}: bad date `{d}`", i + 1),
                        "use YYYY-MM-DD",
                    ));
                }
            }
            if let Some(p) = &o.place {
                if p.is_empty() {
                    e.place = None;
                } else if let Some(pl) = g.get(p) {
                    e.place = Some(PlaceRef {
                        id: pl.id.clone(),
                        name: pl.display_name(),
                        lat: pl.lat,
                        lon: pl.lon,
                        precision: pl.precision(),
                    });
                } else {
                    diags.push(Diagnostic::error(
                        path,
                        0,
                        format!("override #{}: unknown place `{p}`", i + 1),
                        "use a place id from places.toml",
                    ));
                }
            }
            if let Some(actors) = &o.actors {
                e.actors = actors
                    .iter()
                    .filter_map(|a| match l.get(a) {
                        Some(x) => Some(ActorRef {
                            id: x.id.clone(),
                            name: x.label_fr.clone(),
                            role: Role::Participant,
                        }),
                        None => {
                            diags.push(Diagnostic::error(
                                path,
                                0,
                                format!("override #{}: unknown actor `{a}`", i + 1),
                                "use an actor id from actors.toml",
                            ));
                            None
                        }
                    })
                    .collect();
            }
            e.origin = Origin::Edited;
        }
        for k in remove.into_iter().rev() {
            events.remove(k);
        }
        if !hit {
            diags.push(Diagnostic::warning(path, 0, format!("override #{} matches no event", i + 1)));
        }
    }
}
