//! The actor lexicon (a story folder's `actors.toml`) and actor recognition.
//!
//! Each actor has aliases (institutions, capitals used as metonyms such as "Bakou",
//! people such as "Aliyev") and demonyms ("azerbaïdjanais", "russe"). Demonyms are
//! contextual: an actor may claim the demonyms of another near cue words. The Karabakh
//! authorities claim "arménien" near "séparatistes", "du Haut-Karabakh", "locales"…, so
//! "séparatistes arméniens" are the Karabakh authorities while "le ministre arménien" is
//! Armenia. A place with an `actor` (the Haut-Karabakh) also stands for that actor after
//! an institution noun ("les autorités du Haut-Karabakh").
use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::gazetteer::{Gazetteer, PlaceHit};
use crate::matcher::PhraseMatcher;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Actor {
    pub id: String,
    pub label_fr: String,
    pub label_en: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `#rrggbb`.
    pub color: String,
    /// Adjectives and nouns of nationality ("arménien", "Arméniens").
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// This actor claims the demonyms of `demonym_of` near one of `cues`.
    #[serde(default)]
    pub demonym_of: Option<String>,
    #[serde(default)]
    pub cues: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    pub actors: Vec<Actor>,
}

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    actor: Vec<Actor>,
}

impl Lexicon {
    pub fn load(path: &Path, diags: &mut Vec<Diagnostic>) -> Lexicon {
        match std::fs::read_to_string(path) {
            Ok(t) => Self::parse(path, &t, diags),
            Err(e) => {
                diags.push(Diagnostic::error(
                    path,
                    0,
                    format!("cannot read the actor lexicon: {e}"),
                    "create actors.toml next to the articles directory",
                ));
                Lexicon::default()
            }
        }
    }

    pub fn parse(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Lexicon {
        match toml::from_str::<File>(text) {
            Ok(f) => {
                let mut seen = std::collections::HashSet::new();
                let mut actors = Vec::new();
                for a in f.actor {
                    let line = text
                        .find(&format!("id = \"{}\"", a.id))
                        .map(|i| crate::diagnostics::line_of(text, i))
                        .unwrap_or(0);
                    if !seen.insert(a.id.clone()) {
                        diags.push(Diagnostic::error(
                            path,
                            line,
                            format!("duplicate actor id `{}`", a.id),
                            "give every [[actor]] a unique id",
                        ));
                        continue;
                    }
                    let c = a.color.as_bytes();
                    if c.len() != 7 || c[0] != b'#' || !c[1..].iter().all(|b| b.is_ascii_hexdigit()) {
                        diags.push(Diagnostic::error(
                            path,
                            line,
                            format!("actor `{}` has a bad colour `{}`", a.id, a.color),
                            "write the colour as \"#rrggbb\"",
                        ));
                    }
                    actors.push(a);
                }
                Lexicon { actors }
            }
            Err(e) => {
                let line = e.span().map(|s| crate::diagnostics::line_of(text, s.start)).unwrap_or(0);
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!("malformed actor lexicon: {}", e.message()),
                    "fix the TOML ([[actor]] tables with id, label_fr, label_en, color)",
                ));
                Lexicon::default()
            }
        }
    }

    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// An actor found in a folded sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ActorHit {
    pub actor: usize,
    pub start: usize,
    pub end: usize,
    /// Found through a demonym ("russe"), not a name.
    pub demonym: bool,
}

/// Institution nouns that turn a following place into its actor.
const INSTITUTIONS: &[&str] = &[
    "autorites",
    "forces",
    "dirigeants",
    "representants",
    "responsables",
    "gouvernement",
    "armee",
    "combattants",
    "mediateur",
    "separatistes",
    "president",
    "unites",
    "delegation",
    "dirigeant",
    "chef",
    "chefs",
    "ministere",
    "parlement",
    "leaders",
    "troupes",
    "militaires",
    "defenseur",
    "ombudsman",
    "administration",
];

#[derive(Debug, Clone)]
pub struct ActorIndex {
    names: PhraseMatcher<(usize, bool)>,
    /// For each actor claiming demonyms: (claimer, owner, cue matcher).
    claims: Vec<(usize, usize, PhraseMatcher<()>)>,
    /// For each place of the gazetteer given to [`ActorIndex::with_place_actors`], the
    /// actor it stands for (empty: looked up per hit).
    place_actors: Vec<Option<usize>>,
}

impl ActorIndex {
    pub fn new(l: &Lexicon) -> Self {
        let mut items = Vec::new();
        for (i, a) in l.actors.iter().enumerate() {
            for n in std::iter::once(&a.label_fr).chain(a.aliases.iter()) {
                items.push((n.clone(), (i, false)));
            }
            for d in &a.demonyms {
                items.push((d.clone(), (i, true)));
            }
        }
        let mut claims = Vec::new();
        for (i, a) in l.actors.iter().enumerate() {
            if let Some(owner) = a.demonym_of.as_deref().and_then(|o| l.actors.iter().position(|x| x.id == o))
            {
                claims.push((i, owner, PhraseMatcher::new(a.cues.iter().map(|c| (c.clone(), ())))));
            }
        }
        ActorIndex { names: PhraseMatcher::new(items), claims, place_actors: Vec::new() }
    }

    /// Resolve once which actor each place of `g` stands for (see [`ActorIndex::find_with`]);
    /// `g` must be the gazetteer later passed to `find_with`.
    pub(crate) fn with_place_actors(mut self, l: &Lexicon, g: &Gazetteer) -> Self {
        self.place_actors = g
            .places
            .iter()
            .map(|p| p.actor.as_deref().and_then(|aid| l.actors.iter().position(|a| a.id == aid)))
            .collect();
        self
    }

    /// Actors named in the folded sentence `t`, whose words (`crate::fold::words`) are `ws`;
    /// `places` are the places found in it (a place with an actor counts after an
    /// institution noun).
    pub(crate) fn find_with(
        &self,
        l: &Lexicon,
        g: &Gazetteer,
        t: &str,
        ws: &[(usize, usize)],
        places: &[PlaceHit],
    ) -> Vec<ActorHit> {
        let widx = |pos: usize| ws.partition_point(|w| w.1 <= pos);
        let mut out: Vec<ActorHit> = Vec::new();
        let cue_hits: Vec<Vec<usize>> =
            self.claims.iter().map(|(_, _, m)| m.find(t).iter().map(|h| widx(h.start)).collect()).collect();
        for h in self.names.find(t) {
            let (mut actor, demonym) = *h.value;
            if demonym {
                let w = widx(h.start);
                for (k, (claimer, owner, _)) in self.claims.iter().enumerate() {
                    if *owner == actor && cue_hits[k].iter().any(|&c| c + 4 >= w && c <= w + 5) {
                        actor = *claimer;
                    }
                }
            }
            out.push(ActorHit { actor, start: h.start, end: h.end, demonym });
        }
        for p in places {
            let ai = if self.place_actors.len() == g.places.len() {
                self.place_actors[p.place]
            } else {
                g.places[p.place].actor.as_deref().and_then(|aid| l.actors.iter().position(|a| a.id == aid))
            };
            let Some(ai) = ai else { continue };
            let w = widx(p.start);
            let lo = w.saturating_sub(6);
            if (lo..w).any(|i| INSTITUTIONS.contains(&&t[ws[i].0..ws[i].1])) {
                out.push(ActorHit { actor: ai, start: p.start, end: p.end, demonym: false });
            }
        }
        out.sort_by_key(|h| (h.start, h.actor));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    #[test]
    fn demonyms_follow_context() {
        let t = r##"
[[actor]]
id = "armenia"
label_fr = "Arménie"
label_en = "Armenia"
color = "#aa0000"
aliases = ["Erevan"]
demonyms = ["arménien", "arméniens", "arménienne", "arméniennes"]
[[actor]]
id = "karabakh"
label_fr = "Autorités du Haut-Karabakh"
label_en = "Karabakh authorities"
color = "#00aa00"
aliases = ["séparatistes"]
demonym_of = "armenia"
cues = ["séparatistes", "du Haut-Karabakh", "locales"]
"##;
        let l = Lexicon::parse(Path::new("a.toml"), t, &mut Vec::new());
        let idx = ActorIndex::new(&l);
        let g = Gazetteer::default();
        let ids = |s: &str| -> Vec<String> {
            let t = fold(s);
            idx.find_with(&l, &g, &t, &crate::fold::words(&t), &[])
                .iter()
                .map(|h| l.actors[h.actor].id.clone())
                .collect()
        };
        assert_eq!(ids("Les rebelles séparatistes arméniens ont cédé"), vec!["karabakh", "karabakh"]);
        assert_eq!(ids("le ministre arménien a parlé"), vec!["armenia"]);
        assert_eq!(ids("les milices arméniennes locales"), vec!["karabakh"]);
    }
}
