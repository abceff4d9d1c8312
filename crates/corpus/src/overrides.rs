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
    /// The line of its `[[override]]` header (filled by [`load`]; 0 when built in code).
    #[serde(skip)]
    pub line: usize,
}

#[derive(Deserialize)]
struct File {
    #[serde(default, rename = "override")]
    overrides: Vec<Override>,
}

pub fn load(path: &Path, diags: &mut Vec<Diagnostic>) -> Vec<Override> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    match toml::from_str::<File>(&text) {
        Ok(mut f) => {
            // The n-th `[[override]]` header is the n-th override: serde keeps no positions.
            let headers = text.lines().enumerate().filter(|(_, l)| l.trim() == "[[override]]");
            for (o, (i, _)) in f.overrides.iter_mut().zip(headers) {
                o.line = i + 1;
            }
            f.overrides
        }
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

/// Apply overrides to the events, in order. Every problem is reported with the override's
/// line: a value that names nothing (once per override, whatever it matches) and an
/// override that matches no event.
pub fn apply(
    events: &mut Vec<Event>,
    overrides: &[Override],
    g: &Gazetteer,
    l: &Lexicon,
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) {
    for (i, o) in overrides.iter().enumerate() {
        let mut report = |what: String, fix: &str| {
            diags.push(Diagnostic::error(path, o.line, format!("override #{}: {what}", i + 1), fix));
        };
        let edit = Edit::of(o, g, l, &mut report);
        let mut hit = false;
        if o.suppress {
            events.retain(|e| {
                let m = matches(o, e);
                hit |= m;
                !m
            });
        } else {
            for e in events.iter_mut().filter(|e| matches(o, e)) {
                hit = true;
                edit.apply(e);
            }
        }
        if !hit {
            diags.push(Diagnostic::warning(path, o.line, format!("override #{} matches no event", i + 1)));
        }
    }
}

/// What an override sets, its values checked against the story's places and actors.
struct Edit {
    kind: Option<EventType>,
    day: Option<String>,
    /// `Some(None)`: no place.
    place: Option<Option<PlaceRef>>,
    actors: Option<Vec<ActorRef>>,
}

impl Edit {
    /// The override's values that are valid; each invalid one reported, and left as it was.
    fn of(o: &Override, g: &Gazetteer, l: &Lexicon, report: &mut impl FnMut(String, &str)) -> Edit {
        let day = o.date.as_ref().filter(|d| {
            let ok = d.parse::<jiff::civil::Date>().is_ok();
            if !ok {
                report(format!("bad date `{d}`"), "use YYYY-MM-DD");
            }
            ok
        });
        let place = o.place.as_ref().and_then(|p| match (p.is_empty(), g.get(p)) {
            (true, _) => Some(None),
            (false, Some(pl)) => Some(Some(PlaceRef {
                id: pl.id.clone(),
                name: pl.display_name(),
                lat: pl.lat,
                lon: pl.lon,
                precision: pl.precision(),
            })),
            (false, None) => {
                report(format!("unknown place `{p}`"), "use a place id from places.toml");
                None
            }
        });
        let actors = o.actors.as_ref().map(|ids| {
            ids.iter()
                .filter_map(|a| match l.get(a) {
                    Some(x) => {
                        Some(ActorRef { id: x.id.clone(), name: x.label_fr.clone(), role: Role::Participant })
                    }
                    None => {
                        report(format!("unknown actor `{a}`"), "use an actor id from actors.toml");
                        None
                    }
                })
                .collect()
        });
        Edit { kind: o.kind, day: day.cloned(), place, actors }
    }

    fn apply(&self, e: &mut Event) {
        if let Some(t) = self.kind {
            e.kind = t;
        }
        if let Some(d) = &self.day {
            e.date.start = d.clone();
            e.date.end = None;
            e.date.precision = Precision::Day;
        }
        if let Some(p) = &self.place {
            e.place = p.clone();
        }
        if let Some(a) = &self.actors {
            e.actors = a.clone();
        }
        e.origin = Origin::Edited;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Level;
    use crate::export::{EventType, Origin};

    /// Invented report of one shelling, and the overrides given; the processed story.
    fn process(overrides: &str) -> crate::Processed {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::create_dir_all(d.join("articles")).unwrap();
        let seeds = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        for f in ["places.toml", "actors.toml"] {
            std::fs::copy(seeds.join(f), d.join(f)).unwrap();
        }
        let article = "+++\ntitle = \"Tirs\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\nMardi, l'armée azerbaïdjanaise a bombardé Latchine, selon le ministère arménien.\n";
        std::fs::write(d.join("articles/tirs.md"), article).unwrap();
        std::fs::write(d.join("overrides.toml"), overrides).unwrap();
        crate::process(d)
    }

    #[test]
    fn a_quote_fragment_corrects_its_event() {
        let p = process(
            "[[override]]\narticle = \"tirs\"\nquote = \"ARMEE azerbaidjanaise a bombarde\"\ntype = \"statement\"\ndate = \"2024-03-04\"\nplace = \"\"\nactors = [\"armenia\"]\n",
        );
        assert!(p.diagnostics.iter().all(|d| d.level != Level::Error), "{:?}", p.diagnostics);
        let [e] = &p.export.events[..] else { panic!("{:?}", p.export.events) };
        assert_eq!(
            (e.kind, e.date.start.as_str(), e.origin),
            (EventType::Statement, "2024-03-04", Origin::Edited)
        );
        assert!(e.place.is_none());
        assert_eq!(e.actors.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["armenia"]);
    }

    #[test]
    fn an_event_id_suppresses_it() {
        let id = process("").export.events[0].id.clone();
        let p = process(&format!("[[override]]\nevent = \"{id}\"\nsuppress = true\n"));
        assert!(p.export.events.is_empty(), "{:?}", p.export.events);
        assert!(p.diagnostics.iter().all(|d| !d.message.contains("override")), "{:?}", p.diagnostics);
    }

    /// Each problem once, on the line of its override's header (sorted by line, then
    /// message, as every diagnostic); valid values still apply.
    #[test]
    fn bad_values_and_unmatched_overrides_name_their_line() {
        let p = process(concat!(
            "# corrections\n",
            "[[override]]\narticle = \"tirs\"\nquote = \"a bombardé\"\ndate = \"5 mars\"\nplace = \"atlantis\"\nactors = [\"martians\", \"azerbaijan\"]\n",
            "\n[[override]]\nevent = \"fighting-1999-01-01-0\"\nsuppress = true\n",
        ));
        let got: Vec<(Level, usize, &str)> = p
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("override"))
            .map(|d| (d.level, d.line, d.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Level::Error, 2, "override #1: bad date `5 mars`"),
                (Level::Error, 2, "override #1: unknown actor `martians`"),
                (Level::Error, 2, "override #1: unknown place `atlantis`"),
                (Level::Warning, 9, "override #2 matches no event"),
            ]
        );
        let [e] = &p.export.events[..] else { panic!("{:?}", p.export.events) };
        assert_eq!((e.date.start.as_str(), e.origin), ("2024-03-05", Origin::Edited));
        assert_eq!(e.place.as_ref().map(|p| p.id.as_str()), Some("lachin"));
        assert_eq!(e.actors.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["azerbaijan"]);
    }
}
