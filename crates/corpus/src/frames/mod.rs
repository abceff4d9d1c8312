//! Event frames: the French lemmas that report an event, read from `lexicon/frames.toml`.
//!
//! A frame is a kind of event (a type of the taxonomy and a finer class) with the verbs,
//! nouns and fixed phrases a reporter uses for it. Only lemmas are written down: this
//! module generates every surface form ([`conjugate`]), so "rendre les armes" also finds
//! "ont rendu leurs armes" and "rendraient les armes", and "s'emparer de" finds "se sont
//! emparés de". Why data and not code: the vocabulary grows with each new kind of story,
//! and a linguist can extend it without reading Rust.
//!
//! Lemma syntax (all of it folded on load, so accents are optional):
//! - a verb is an infinitive, optionally reflexive (`s'emparer`, `se réunir`: the pronoun
//!   is then required) and followed by fixed words (`déposer {det} armes`);
//! - `{det}` stands for any determiner or possessive (le, la, les, l', leurs, ses, un…);
//! - a noun is a singular (its plural is generated on the first word);
//! - a phrase is matched as written; a final `*` makes it a word stem;
//! - an idiom is a phrase in another sense, a verb phrase ("tirer les leçons") or, when its
//!   first word is no verb, a phrase as written: wherever it matches, the frame words inside
//!   it report nothing.
pub mod class;
pub(crate) mod conjugate;
pub(crate) mod index;

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

pub use class::{Family, FrameClass};

use crate::export::EventType;
use crate::fold::fold;

/// The frames file, compiled into the tool (frames are French, not a story's data).
pub(crate) const FRAMES_TOML: &str = include_str!("../../lexicon/frames.toml");

/// The frames, parsed and expanded once per process.
pub(crate) static FRAMES: LazyLock<Frames> = LazyLock::new(|| {
    Frames::parse(FRAMES_TOML).unwrap_or_else(|e| panic!("crates/corpus/lexicon/frames.toml: {e}"))
});

/// Determiners, possessives and demonstratives that `{det}` stands for ("quitter *cette* ville").
pub(super) const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "leur", "leurs", "son", "sa", "ses", "un", "une", "des", "du", "de", "d'", "ce",
    "cet", "cette", "ces",
];

/// What may stand before a reflexive verb's form: the pronoun, alone or in a compound tense.
const REFLEXIVE: &[&str] = &[
    "se ",
    "s'",
    "s'y ",
    "s'en ",
    "s'est ",
    "se sont ",
    "s'etait ",
    "s'etaient ",
    "s'etre ",
    "se serait ",
    "se seraient ",
    "se soit ",
    "se soient ",
    "s'y est ",
    "s'y sont ",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameSpec {
    #[serde(rename = "type")]
    kind: EventType,
    class: FrameClass,
    weight: u8,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    idioms: Vec<String>,
    needs: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FramesFile {
    frame: Vec<FrameSpec>,
}

/// The `needs` of a frame whose words report an event only when the sentence counts
/// civilians ("400 personnes sont arrivées", not "le convoi est arrivé").
pub(crate) const COUNTED_PEOPLE: &str = "{people}";

/// The `needs` of a frame whose words report an event only with a known place as their
/// object ("ont pris Kharbine", "la chute de Kharbine"; not "ont pris la parole").
pub(crate) const PLACE_OBJECT: &str = "{place}";

/// The `needs` of a frame whose words report an event only with a town as their subject:
/// a known place or a word for a town just before the verb ("Kharbine tombe", "la ville
/// est tombée"; not "les prix tombent", "la décision tombe").
pub(crate) const PLACE_SUBJECT: &str = "{place-subject}";

/// The `needs` of a frame whose words report an event only where the sentence names armed
/// people ("les combattants déferlent", "les factions délogent les milices"; not "les
/// coureurs s'élancent", "la police déloge les squatteurs").
pub(crate) const ARMED_PEOPLE: &str = "{armed}";

/// One frame, as the trigger index uses it.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub kind: EventType,
    pub class: FrameClass,
    pub weight: u8,
    /// A folded phrase that must also occur in the sentence ("tient" needs "cessez-le-feu").
    pub needs: Option<String>,
}

/// Every frame, and every folded surface form with the frame it reports (`None`: an idiom,
/// which reports nothing and hides the forms it contains) and whether it is a verb's form
/// (whose verb one adverb may separate from its fixed words: see [`index`]).
#[derive(Debug)]
pub(crate) struct Frames {
    pub frames: Vec<Frame>,
    pub forms: Vec<(String, Option<usize>, bool)>,
    /// Passive tails of verbs with an object ("a ete signe"), with the object noun's
    /// singular and plural and the frame: the noun may stand a few words before the tail
    /// ("l'accord entre les deux pays a été signé"), where no generated form reaches.
    pub passives: Vec<(String, String, String, usize)>,
}

impl Frames {
    /// Parse and expand a frames file. The first frame to claim a surface form keeps it.
    pub(crate) fn parse(text: &str) -> Result<Frames, String> {
        let file: FramesFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut frames = Vec::new();
        let mut owner: HashMap<String, Option<usize>> = HashMap::new();
        let mut forms = Vec::new();
        let mut passives = Vec::new();
        let mut claim = |form: String, frame: Option<usize>, verb: bool| {
            if !owner.contains_key(&form) {
                owner.insert(form.clone(), frame);
                forms.push((form, frame, verb));
            }
        };
        for (i, spec) in file.frame.iter().enumerate() {
            let at = |what: &str, e: String| format!("frame {} (`{}`), {what}: {e}", i + 1, spec.class);
            for idiom in &spec.idioms {
                let idiom = fold(idiom);
                // a verb phrase, or else a phrase as written ("territoires libérés")
                match verb_phrase_forms(&idiom) {
                    Ok(forms) => forms.into_iter().for_each(|f| claim(f, None, true)),
                    Err(_) => expand_det(&idiom).into_iter().for_each(|f| claim(f, None, false)),
                }
            }
            for verb in &spec.verbs {
                let folded = fold(verb);
                let forms = verb_phrase_forms(&folded).map_err(|e| at("verbs", e))?;
                forms.into_iter().for_each(|f| claim(f, Some(i), true));
                passives.extend(passive_tails(&folded).into_iter().map(|(t, sg, pl)| (t, sg, pl, i)));
            }
            for noun in &spec.nouns {
                let n = fold(noun);
                conjugate::noun_forms(&n)
                    .iter()
                    .flat_map(|f| expand_det(f))
                    .for_each(|f| claim(f, Some(i), false));
            }
            for phrase in &spec.phrases {
                expand_det(&fold(phrase)).into_iter().for_each(|f| claim(f, Some(i), false));
            }
            frames.push(Frame {
                kind: spec.kind,
                class: spec.class,
                weight: spec.weight,
                needs: spec.needs.as_deref().map(fold),
            });
        }
        Ok(Frames { frames, forms, passives })
    }
}

/// Every form of a verb phrase: the verb (first word, after an optional reflexive pronoun)
/// conjugated, the words after it kept, `{det}` expanded.
fn verb_phrase_forms(lemma: &str) -> Result<Vec<String>, String> {
    let (reflexive, rest) = if let Some(r) = lemma.strip_prefix("se ") {
        (true, r)
    } else if let Some(r) = lemma.strip_prefix("s'") {
        (true, r)
    } else {
        (false, lemma)
    };
    let (verb, tail) = match rest.find(' ') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    // a clitic before the verb ("y laisser la vie", "en venir aux mains") keeps its place
    // before the auxiliary: the clitic module conjugates the pair
    if !reflexive && matches!(verb, "y" | "en") {
        let rest = tail.trim_start();
        let (inf, tail) = rest.split_at(rest.find(' ').unwrap_or(rest.len()));
        let forms = conjugate::clitic_forms(verb, inf)?;
        return Ok(forms.iter().flat_map(|f| expand_det(&format!("{f}{tail}"))).collect());
    }
    let mut out = Vec::new();
    if !reflexive {
        out.extend(passive_forms(verb, tail));
    }
    for form in conjugate::verb_forms(verb)? {
        let phrases = expand_det(&format!("{form}{tail}"));
        if reflexive {
            for p in &phrases {
                out.extend(REFLEXIVE.iter().map(|pro| format!("{pro}{p}")));
            }
        } else {
            out.extend(phrases);
        }
    }
    Ok(out)
}

/// The compound auxiliaries of the passive, singular and plural ("a été signé", "ont été
/// signés").
const PASSIVE_AUXILIARIES: &[(&str, &str)] =
    &[("a ete", "ont ete"), ("avait ete", "avaient ete"), ("aurait ete", "auraient ete")];

/// The simple auxiliaries of the passive: the present, simple past and future of "être"
/// ("le gaz est coupé", "le traité fut signé", "l'accord sera signé"), the tenses of a
/// narrative told in the present (explainers, anniversaries) or in the simple past. Only in
/// the passive tails, found from their object a few words back (see [`Frames::passives`]):
/// the index then needs no new form behind each object noun.
const SIMPLE_PASSIVE_AUXILIARIES: &[(&str, &str)] = &[("est", "sont"), ("fut", "furent"), ("sera", "seront")];

/// The passive of a verb with its object ("signer {det} accord" → "accord a été signé",
/// "déposer {det} armes" → "armes ont été déposées"): the object noun, then a compound
/// passive auxiliary, then the participle in any gender. Only verbs whose object follows a
/// determiner: the noun is what the passive sentence starts from.
fn passive_forms(verb: &str, tail: &str) -> Vec<String> {
    let (Some(noun), Some([m, f, mpl, fpl])) = (tail.strip_prefix(" {det} "), conjugate::participles(verb))
    else {
        return Vec::new();
    };
    let plural = pluralise_first(noun);
    let mut out = Vec::new();
    for (aux_sg, aux_pl) in PASSIVE_AUXILIARIES {
        for p in [&m, &f] {
            out.push(format!("{noun} {aux_sg} {p}"));
        }
        for p in [&mpl, &fpl] {
            out.push(format!("{plural} {aux_pl} {p}"));
        }
    }
    out
}

/// The passive tails of a verb phrase with an object ("signer {det} accord" → "a ete
/// signe", "ont ete signes"…, with "accord" and "accords"): see [`Frames::passives`]. Only
/// for a plain verb (not reflexive) whose object follows a determiner.
fn passive_tails(lemma: &str) -> Vec<(String, String, String)> {
    let Some((verb, tail)) = lemma.split_once(' ') else { return Vec::new() };
    let Some(noun) = tail.strip_prefix("{det} ") else { return Vec::new() };
    let Some([m, f, mpl, fpl]) = conjugate::participles(verb) else { return Vec::new() };
    // the simple tenses only for an object of one word: "hisser le drapeau blanc" would
    // otherwise find any flag raised ("un drapeau est hissé sur la mairie")
    let simple = if noun.contains(' ') { &[][..] } else { SIMPLE_PASSIVE_AUXILIARIES };
    let noun = noun.split(' ').next().unwrap_or(noun);
    let (sg, pl) = (noun.to_string(), conjugate::plural(noun));
    let mut out = Vec::new();
    for (aux_sg, aux_pl) in PASSIVE_AUXILIARIES.iter().chain(simple) {
        for p in [&m, &f] {
            out.push((format!("{aux_sg} {p}"), sg.clone(), pl.clone()));
        }
        for p in [&mpl, &fpl] {
            out.push((format!("{aux_pl} {p}"), sg.clone(), pl.clone()));
        }
    }
    out
}

/// Expand each `{det}` into every determiner ("l'" and "d'" attach to the next word); after
/// a plural determiner the noun takes the plural ("quitter {det} village" → "quitté leurs
/// villages").
fn expand_det(phrase: &str) -> Vec<String> {
    let Some(i) = phrase.find("{det}") else { return vec![phrase.to_string()] };
    let (head, tail) = (&phrase[..i], phrase[i + 5..].trim_start());
    DETERMINERS
        .iter()
        .flat_map(|d| {
            let sep = if d.ends_with('\'') { "" } else { " " };
            let tail = if PLURAL_DETERMINERS.contains(d) { pluralise_first(tail) } else { tail.to_string() };
            expand_det(&format!("{head}{d}{sep}{tail}"))
        })
        .collect()
}

/// Determiners after which a noun is plural.
const PLURAL_DETERMINERS: &[&str] = &["les", "leurs", "ses", "des", "de", "ces"];

fn pluralise_first(tail: &str) -> String {
    match tail.split_once(' ') {
        Some((w, rest)) => format!("{} {rest}", conjugate::plural(w)),
        None => conjugate::plural(tail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame_of(form: &str) -> Option<&'static Frame> {
        let f = &*FRAMES;
        f.forms.iter().find(|(s, _, _)| s == form).and_then(|(_, i, _)| i.map(|i| &f.frames[i]))
    }

    #[test]
    fn the_frames_file_loads() {
        assert!(FRAMES.frames.len() > 30, "{}", FRAMES.frames.len());
        assert!(FRAMES.forms.len() > 3000, "{}", FRAMES.forms.len());
        eprintln!("{} frames, {} surface forms", FRAMES.frames.len(), FRAMES.forms.len());
    }

    #[test]
    fn lemmas_expand_to_their_forms() {
        assert_eq!(frame_of("ont rendu leurs armes").map(|f| f.class), None); // "ont" is not part
        assert!(frame_of("rendu leurs armes").is_some());
        assert!(frame_of("se sont empares").is_some());
        assert!(frame_of("empares").is_none(), "a reflexive verb needs its pronoun");
        assert!(frame_of("bombardements").is_some());
    }

    #[test]
    fn a_clitic_keeps_its_place_before_the_auxiliary() {
        let forms = verb_phrase_forms("y laisser la vie").unwrap();
        assert!(forms.iter().any(|f| f == "y ont laisse la vie"), "{forms:?}");
        assert!(forms.iter().any(|f| f == "y laissent la vie"), "{forms:?}");
        // near miss: never the clitic after the auxiliary, nor a bare clitic and participle
        assert!(!forms.iter().any(|f| f.starts_with("ont y")), "{forms:?}");
    }

    #[test]
    fn verbs_with_an_object_have_a_passive() {
        assert!(frame_of("accord a ete signe").is_some());
        assert!(frame_of("armes ont ete deposees").is_some());
        assert!(frame_of("accords avaient ete signes").is_some());
        // near miss: a verb without an object after a determiner has none
        assert!(frame_of("a ete bombarde").is_none());
    }

    #[test]
    fn errors_name_the_frame_and_the_fix() {
        let e = Frames::parse(
            "[[frame]]\ntype = \"fighting\"\nclass = \"combat\"\nweight = 1\nverbs = [\"boire\"]\n",
        )
        .unwrap_err();
        assert!(e.contains("frame 1") && e.contains("boire") && e.contains("MODELS"), "{e}");
        let e = Frames::parse("[[frame]]\ntype = \"war\"\nclass = \"combat\"\nweight = 1\n").unwrap_err();
        assert!(e.contains("line 2") || e.contains("war"), "{e}");
        let e = Frames::parse("[[frame]]\ntype = \"fighting\"\nclass = \"combat\"\nweight = 1\nverb = []\n")
            .unwrap_err();
        assert!(e.contains("verb"), "{e}");
        let e = Frames::parse("[[frame]]\ntype = \"fighting\"\nclass = \"skirmishes\"\nweight = 1\n")
            .unwrap_err();
        assert!(
            e.contains("skirmishes") && e.contains("skirmish"),
            "an unknown class lists the known ones: {e}"
        );
    }

    #[test]
    fn determiners_expand() {
        let f = expand_det("deposer {det} armes");
        assert!(f.contains(&"deposer leurs armes".to_string()));
        assert!(f.contains(&"deposer l'armes".to_string()));
        // a demonstrative stands where a determiner does ("quitter cette ville", "ces villages")
        let f = expand_det("quitter {det} ville");
        assert!(
            f.contains(&"quitter cette ville".to_string()) && f.contains(&"quitter ces villes".to_string())
        );
        assert!(!f.contains(&"quitter ces ville".to_string()), "ces takes the plural");
        let f = expand_det("quitter {det} village");
        assert!(
            f.contains(&"quitter leurs villages".to_string())
                && f.contains(&"quitter son village".to_string())
        );
    }
}
