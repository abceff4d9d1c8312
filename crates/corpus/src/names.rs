//! Names an editor writes that would match the wrong text (warnings of `chronocarte check`).
//!
//! Places and actors are found by their names anywhere in an article, folded (lower case,
//! no accents) and as whole words. So a name that is also a common French word matches
//! that word in every sentence of every article: the Azerbaijani name of Tyre, "Sur", put a
//! summit in Kingston and a rally in Grenoble in southern Lebanon through the preposition
//! "sur". And a name given to two places, or to two actors, cannot tell them apart. Neither
//! stops a bake, so both are warnings that name the file, the line and the fix. Actor
//! acronyms written in capitals ("AU", "ANS") are exempt: they match only in capitals.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostics::{line_of, Diagnostic};
use crate::fold::fold;
use crate::gazetteer::Gazetteer;
use crate::lexicon::{is_acronym, Lexicon};

/// Folded French words no name may be: articles, prepositions, conjunctions, pronouns,
/// negations, the commonest verb forms and adverbs, numbers, months, weekdays, compass
/// points, and the common nouns of conflict reporting that an editor might take for a
/// proper name ("Ville", "Centre").
const FRENCH_WORDS: &[&str] = &[
    "a",
    "ai",
    "ainsi",
    "alors",
    "an",
    "annee",
    "ans",
    "apres",
    "armee",
    "as",
    "au",
    "aussi",
    "autre",
    "autres",
    "aux",
    "avait",
    "avant",
    "avec",
    "avoir",
    "avril",
    "beaucoup",
    "bien",
    "c",
    "ca",
    "capitale",
    "car",
    "ce",
    "ceci",
    "cela",
    "centre",
    "ces",
    "cet",
    "cette",
    "chez",
    "cinq",
    "comme",
    "contre",
    "d",
    "dans",
    "de",
    "decembre",
    "deja",
    "depuis",
    "des",
    "deux",
    "dimanche",
    "dix",
    "donc",
    "dont",
    "du",
    "elle",
    "elles",
    "en",
    "encore",
    "entre",
    "est",
    "et",
    "etait",
    "etat",
    "ete",
    "etre",
    "eux",
    "fait",
    "faire",
    "fevrier",
    "frontiere",
    "guerre",
    "hors",
    "huit",
    "ici",
    "il",
    "ils",
    "j",
    "jamais",
    "janvier",
    "je",
    "jeudi",
    "jour",
    "juillet",
    "juin",
    "jusque",
    "l",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "lors",
    "lorsque",
    "lui",
    "lundi",
    "m",
    "ma",
    "mai",
    "mais",
    "malgre",
    "mardi",
    "mars",
    "me",
    "meme",
    "mercredi",
    "mes",
    "mille",
    "moi",
    "moins",
    "mois",
    "mon",
    "n",
    "ne",
    "neuf",
    "ni",
    "non",
    "nord",
    "nos",
    "notre",
    "nous",
    "novembre",
    "nuit",
    "octobre",
    "on",
    "ont",
    "or",
    "ou",
    "ouest",
    "oui",
    "paix",
    "par",
    "parmi",
    "pas",
    "pays",
    "pendant",
    "peu",
    "plus",
    "point",
    "pour",
    "puis",
    "quand",
    "quatre",
    "que",
    "qui",
    "quoi",
    "region",
    "rien",
    "s",
    "sa",
    "samedi",
    "sans",
    "se",
    "selon",
    "semaine",
    "sept",
    "septembre",
    "ses",
    "si",
    "six",
    "son",
    "sont",
    "sous",
    "sud",
    "sur",
    "t",
    "ta",
    "tant",
    "te",
    "tel",
    "telle",
    "tes",
    "toi",
    "ton",
    "tous",
    "tout",
    "toute",
    "toutes",
    "trois",
    "tres",
    "trop",
    "tu",
    "un",
    "une",
    "va",
    "vendredi",
    "vers",
    "ville",
    "vont",
    "vos",
    "votre",
    "vous",
    "y",
];

/// The warnings for the places and actors of the story in `dir`, already loaded as `g`
/// and `l` (their files are read again for the lines).
pub fn lint(dir: &Path, g: &Gazetteer, l: &Lexicon) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    lint_places(&dir.join("places.toml"), &read("places.toml"), g, &mut out);
    lint_actors(&dir.join("actors.toml"), &read("actors.toml"), l, &mut out);
    out
}

/// Every name and reference a place is matched by.
pub fn lint_places(path: &Path, text: &str, g: &Gazetteer, out: &mut Vec<Diagnostic>) {
    let entries = g.places.iter().map(|p| {
        let names = p.names().chain(p.references.iter().map(String::as_str)).collect();
        (p.id.as_str(), names)
    });
    lint_names(path, text, "place", entries, out);
}

/// The French label and every alias an actor is matched by, but its acronyms.
pub fn lint_actors(path: &Path, text: &str, l: &Lexicon, out: &mut Vec<Diagnostic>) {
    let entries = l.actors.iter().map(|a| {
        let names = std::iter::once(&a.label_fr).chain(&a.aliases).map(String::as_str);
        (a.id.as_str(), names.filter(|n| !is_acronym(n)).collect())
    });
    lint_names(path, text, "actor", entries, out);
}

/// One file's entries (an id and its names): a name that is a French word, and a name that
/// an earlier entry already has.
fn lint_names<'a>(
    path: &Path,
    text: &str,
    kind: &str,
    entries: impl Iterator<Item = (&'a str, Vec<&'a str>)>,
    out: &mut Vec<Diagnostic>,
) {
    // the name's line inside its own entry: another entry may write the same name earlier
    let line = |id: &str, n: &str| {
        let at = text.find(&format!("id = \"{id}\"")).unwrap_or(0);
        text[at..].find(&format!("\"{n}\"")).map_or(0, |i| line_of(text, at + i))
    };
    let mut owner: HashMap<String, &str> = HashMap::new();
    for (id, names) in entries {
        for n in names {
            let f = fold(n.trim());
            if FRENCH_WORDS.contains(&f.as_str()) {
                out.push(Diagnostic::warning(
                    path,
                    line(id, n),
                    format!(
                        "{kind} `{id}`: the name \"{n}\" is the French word \"{f}\" and matches it in any \
                         sentence (fix: qualify it, e.g. \"{n} ({id})\", or remove it)"
                    ),
                ));
            }
            match owner.get(&f) {
                Some(&first) if first != id => out.push(Diagnostic::warning(
                    path,
                    line(id, n),
                    format!(
                        "{kind} `{id}`: the name \"{n}\" is also a name of `{first}`, so a text that \
                         uses it cannot tell which it means (fix: keep it for one, qualify it for the other)"
                    ),
                )),
                Some(_) => {}
                None => {
                    owner.insert(f, id);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str, name: &str, variants: &str) -> String {
        format!(
            "[[place]]\nid = \"{id}\"\nkind = \"city\"\nlat = 1.0\nlon = 2.0\nname_fr = \"{name}\"\nname_en = \"{name}\"\nvariants = [{variants}]\n"
        )
    }

    fn place_warnings(text: &str) -> Vec<Diagnostic> {
        let p = Path::new("places.toml");
        let mut out = vec![];
        let g = Gazetteer::parse(p, text, &mut out);
        assert!(out.is_empty(), "{out:?}");
        lint_places(p, text, &g, &mut out);
        out
    }

    fn actor_warnings(text: &str) -> Vec<Diagnostic> {
        let p = Path::new("actors.toml");
        let mut out = vec![];
        let l = Lexicon::parse(p, text, &mut out);
        assert!(out.is_empty(), "{out:?}");
        lint_actors(p, text, &l, &mut out);
        out
    }

    fn actor(id: &str, aliases: &str) -> String {
        format!("[[actor]]\nid = \"{id}\"\nlabel_fr = \"{id}\"\nlabel_en = \"{id}\"\ncolor = \"#123456\"\naliases = [{aliases}]\n")
    }

    #[test]
    fn a_place_named_like_a_preposition_is_reported_with_its_line() {
        let w = place_warnings(&place("port", "Port-Neuf", "\"Neuf-Port\", \"Sur\""));
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].line, 8);
        assert!(w[0].message.contains("\"sur\"") && w[0].message.contains("`port`"), "{w:?}");
    }

    #[test]
    fn a_qualified_name_or_a_word_inside_a_name_is_fine() {
        assert!(place_warnings(&place("port", "Port-Neuf", "\"Sur (Port)\", \"Port sur Mer\"")).is_empty());
    }

    #[test]
    fn one_name_for_two_places_is_reported_once_the_same_place_may_repeat_it() {
        let text = place("a", "Alpha", "\"Alpha\", \"Beta\", \"Delta\"")
            + &place("b", "Gamma", "\"Beta\", \"délta\"");
        let w = place_warnings(&text);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].message.contains("`b`") && w[0].message.contains("`a`"), "{w:?}");
        assert!(w.iter().all(|d| d.line == 16), "the line of b's own entry: {w:?}");
    }

    #[test]
    fn an_actor_acronym_in_capitals_is_exempt_a_lowercase_word_is_not() {
        assert!(actor_warnings(&actor("union", "\"AU\", \"UA\"")).is_empty());
        let w = actor_warnings(&actor("union", "\"au\""));
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn one_alias_for_two_actors_is_reported() {
        let w = actor_warnings(&(actor("north", "\"les Loups\"") + &actor("south", "\"Les loups\"")));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].message.contains("`south`"), "{w:?}");
    }
}
