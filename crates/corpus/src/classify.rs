//! Event types from trigger words (the taxonomy of `../shared/eval/README.md`).
//!
//! A trigger is a French verb or noun phrase that reports an event: "a lancé une
//! offensive", "bombardements", "cessez-le-feu", "pourparlers", "manifestants". Each has a
//! type, a *class* (a finer kind used to merge only like with like: an offensive is not a
//! skirmish) and a weight: when several triggers of one sentence share a date, the
//! heaviest gives the event its type (a toll reported inside an offensive sentence stays
//! fighting; "a déclaré" only makes a statement when nothing else happened).
use crate::export::EventType;
use crate::matcher::PhraseMatcher;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    pub kind: EventType,
    pub class: &'static str,
    pub weight: u8,
    /// Another phrase that must occur in the sentence ("tient" needs "cessez-le-feu").
    pub needs: Option<&'static str>,
    /// Demonstrative or definite back-references ("cette offensive") are not new events.
    pub anaphoric_ok: bool,
}

use EventType::*;

const fn t(kind: EventType, class: &'static str, weight: u8) -> Trigger {
    Trigger { kind, class, weight, needs: None, anaphoric_ok: false }
}
const fn tn(kind: EventType, class: &'static str, weight: u8, needs: &'static str) -> Trigger {
    Trigger { kind, class, weight, needs: Some(needs), anaphoric_ok: false }
}

/// The trigger lexicon: phrases (folded on load, `*` = word stem).
pub const TRIGGERS: &[(&str, Trigger)] = &[
    // fighting: campaigns
    ("offensive", t(Fighting, "offensive", 9)),
    ("offensive eclair", t(Fighting, "offensive", 9)),
    ("operation militaire", t(Fighting, "offensive", 9)),
    ("operations militaires", t(Fighting, "offensive", 9)),
    ("operation antiterroriste", t(Fighting, "offensive", 9)),
    ("operation anti-terroriste", t(Fighting, "offensive", 9)),
    ("actions militaires", t(Fighting, "combat", 2)),
    ("assaut", t(Fighting, "offensive", 9)),
    ("a lance un barrage", t(Fighting, "offensive", 9)),
    ("ont lance un barrage", t(Fighting, "offensive", 9)),
    // fighting: shelling and strikes
    ("bombard*", t(Fighting, "shelling", 8)),
    ("pilonn*", t(Fighting, "shelling", 8)),
    ("barrage d'artillerie", t(Fighting, "shelling", 8)),
    ("tirs d'artillerie", t(Fighting, "shelling", 8)),
    ("frappe*", t(Fighting, "shelling", 8)),
    ("attaques de drones", t(Fighting, "shelling", 8)),
    ("attaque de drone", t(Fighting, "shelling", 8)),
    ("obus", t(Fighting, "shelling", 7)),
    ("degats", t(Fighting, "shelling", 6)),
    ("roquette*", t(Fighting, "shelling", 8)),
    // fighting: shooting, clashes, ceasefire violations
    ("tirs", t(Fighting, "skirmish", 8)),
    ("coups de feu", t(Fighting, "skirmish", 8)),
    ("a tire", t(Fighting, "skirmish", 8)),
    ("ont tire", t(Fighting, "skirmish", 8)),
    ("tirant", t(Fighting, "skirmish", 8)),
    ("fusillade*", t(Fighting, "skirmish", 8)),
    ("affrontements", t(Fighting, "skirmish", 8)),
    ("accrochage*", t(Fighting, "skirmish", 8)),
    ("echange de tirs", t(Fighting, "skirmish", 8)),
    ("echanges de tirs", t(Fighting, "skirmish", 8)),
    ("violation du cessez-le-feu", t(Fighting, "skirmish", 9)),
    ("violations du cessez-le-feu", t(Fighting, "skirmish", 9)),
    ("viole le cessez-le-feu", t(Fighting, "skirmish", 9)),
    ("viole l'accord de cessez", t(Fighting, "skirmish", 9)),
    ("violation de la treve", t(Fighting, "skirmish", 9)),
    ("embuscade", t(Fighting, "skirmish", 8)),
    ("combats", t(Fighting, "combat", 2)),
    ("hostilites", t(Fighting, "combat", 2)),
    ("attaque", t(Fighting, "combat", 5)),
    ("attaques", t(Fighting, "combat", 5)),
    // fighting: advances
    ("perce leurs lignes", t(Fighting, "advance", 8)),
    ("perce les lignes", t(Fighting, "advance", 8)),
    ("ont perce", t(Fighting, "advance", 8)),
    ("avaient perce", t(Fighting, "advance", 8)),
    ("d'avancer", t(Fighting, "advance", 7)),
    ("ont pris le controle", t(Fighting, "advance", 8)),
    ("s'est empare", t(Fighting, "advance", 8)),
    ("s'est emparee", t(Fighting, "advance", 8)),
    ("se sont empares", t(Fighting, "advance", 8)),
    ("se sont emparees", t(Fighting, "advance", 8)),
    ("s'etait empare", t(Fighting, "advance", 8)),
    ("s'etait emparee", t(Fighting, "advance", 8)),
    ("s'etaient empares", t(Fighting, "advance", 8)),
    ("s'etaient emparees", t(Fighting, "advance", 8)),
    ("a pris le controle", t(Fighting, "advance", 8)),
    ("ont repris le controle", t(Fighting, "advance", 8)),
    ("a repris le controle", t(Fighting, "advance", 8)),
    ("abattu", t(Fighting, "shelling", 7)),
    ("abattus", t(Fighting, "shelling", 7)),
    // tolls
    ("tues", t(Casualties, "toll", 3)),
    ("tuees", t(Casualties, "toll", 3)),
    ("tuee", t(Casualties, "toll", 3)),
    ("tue", t(Casualties, "toll", 3)),
    ("tuant", t(Casualties, "toll", 3)),
    ("morts", t(Casualties, "toll", 3)),
    ("blesses", t(Casualties, "toll", 3)),
    ("victimes", t(Casualties, "toll", 3)),
    ("bilan", t(Casualties, "toll", 3)),
    ("perdu un soldat", t(Casualties, "toll", 4)),
    // ceasefires
    ("cessez-le-feu", t(Ceasefire, "agreement", 6)),
    ("treve", t(Ceasefire, "agreement", 6)),
    ("deposer les armes", t(Ceasefire, "agreement", 7)),
    ("rendre les armes", t(Ceasefire, "agreement", 7)),
    ("rendraient leurs armes", t(Ceasefire, "agreement", 7)),
    ("reddition", t(Ceasefire, "agreement", 6)),
    ("capitulation", t(Ceasefire, "agreement", 6)),
    ("desarmees", t(Ceasefire, "agreement", 7)),
    ("desarmes", t(Ceasefire, "agreement", 7)),
    ("cessation des hostilites", t(Ceasefire, "agreement", 7)),
    ("se maintient", tn(Ceasefire, "holds", 8, "cessez-le-feu")),
    ("tient toujours", tn(Ceasefire, "holds", 8, "cessez-le-feu")),
    ("tenait globalement", tn(Ceasefire, "holds", 8, "cessez-le-feu")),
    ("tient globalement", tn(Ceasefire, "holds", 8, "cessez-le-feu")),
    ("globalement respecte", tn(Ceasefire, "holds", 8, "cessez-le-feu")),
    ("est respecte", tn(Ceasefire, "holds", 8, "cessez-le-feu")),
    // talks
    ("pourparlers", t(Talks, "meeting", 7)),
    ("negociations", t(Talks, "meeting", 7)),
    ("se sont rencontres", t(Talks, "meeting", 7)),
    ("se sont reunis", t(Talks, "meeting", 7)),
    ("se sont reunies", t(Talks, "meeting", 7)),
    ("se sont retrouves", t(Talks, "meeting", 6)),
    ("ont tenu une reunion", t(Talks, "meeting", 7)),
    ("reunion", t(Talks, "meeting", 6)),
    ("discussions", t(Talks, "meeting", 5)),
    ("s'est entretenu avec", t(Talks, "meeting", 6)),
    ("s'est entretenue avec", t(Talks, "meeting", 6)),
    ("se soit entretenue avec", t(Talks, "meeting", 6)),
    ("negociateurs", t(Talks, "meeting", 6)),
    ("sommet", t(Talks, "meeting", 6)),
    // diplomacy
    // the Security Council, named with its institution ("de l'ONU", "des Nations unies")
    ("conseil de securite de l'", t(Diplomacy, "un", 8)),
    ("conseil de securite des nations", t(Diplomacy, "un", 8)),
    ("assemblee generale de l'onu", t(Diplomacy, "un", 8)),
    ("appel telephonique", t(Diplomacy, "call", 8)),
    ("appels telephoniques", t(Diplomacy, "call", 8)),
    ("au telephone", t(Diplomacy, "call", 8)),
    ("par telephone", t(Diplomacy, "call", 8)),
    ("entretien telephonique", t(Diplomacy, "call", 8)),
    ("traite d'assistance", t(Diplomacy, "alliance", 8)),
    ("invoquer un traite", t(Diplomacy, "alliance", 8)),
    ("assistance militaire", t(Diplomacy, "alliance", 6)),
    ("ses excuses", t(Diplomacy, "apology", 8)),
    ("sanctions", t(Diplomacy, "sanctions", 6)),
    ("ambassadeur", t(Diplomacy, "envoy", 5)),
    // humanitarian
    ("aide humanitaire", t(Humanitarian, "aid", 8)),
    ("camions d'aide", t(Humanitarian, "aid", 8)),
    ("convoi", t(Humanitarian, "aid", 8)),
    ("cargaisons", t(Humanitarian, "aid", 7)),
    ("camions", t(Humanitarian, "aid", 5)),
    ("evacues", t(Humanitarian, "evacuation", 8)),
    ("evacuees", t(Humanitarian, "evacuation", 8)),
    ("evacuation", t(Humanitarian, "evacuation", 8)),
    ("fuir", t(Humanitarian, "evacuation", 7)),
    ("exode", t(Humanitarian, "evacuation", 8)),
    ("refugies", t(Humanitarian, "evacuation", 6)),
    ("deplaces", t(Humanitarian, "evacuation", 6)),
    ("echange de prisonniers", t(Humanitarian, "prisoners", 8)),
    ("echange des prisonniers", t(Humanitarian, "prisoners", 8)),
    ("echanges de prisonniers", t(Humanitarian, "prisoners", 8)),
    ("ont ete liberes", t(Humanitarian, "prisoners", 7)),
    ("a libere", t(Humanitarian, "prisoners", 7)),
    ("ont libere", t(Humanitarian, "prisoners", 7)),
    // protest
    ("manifestants", t(Protest, "protest", 8)),
    ("manifestation", t(Protest, "protest", 8)),
    ("manifestations", t(Protest, "protest", 8)),
    ("protestataires", t(Protest, "protest", 8)),
    ("rassemblement", t(Protest, "protest", 5)),
    ("ont manifeste", t(Protest, "protest", 8)),
    ("a manifeste", t(Protest, "protest", 8)),
    ("manifestaient", t(Protest, "protest", 8)),
    ("ont proteste", t(Protest, "protest", 7)),
    ("ont defile", t(Protest, "protest", 7)),
    // political
    ("arrete", t(Political, "arrest", 5)),
    ("arretes", t(Political, "arrest", 5)),
    ("arrestation*", t(Political, "arrest", 7)),
    ("decret", t(Political, "decree", 7)),
    ("demission*", t(Political, "resignation", 7)),
    ("dissolution", t(Political, "decree", 7)),
    ("amnistie", t(Political, "decree", 5)),
    ("condamne a", t(Political, "court", 7)),
    ("elections", t(Political, "election", 6)),
    // incidents
    ("explosion", t(Incident, "explosion", 7)),
    ("incendie", t(Incident, "explosion", 6)),
    ("accident", t(Incident, "accident", 6)),
    // statements
    ("declar*", t(Statement, "statement", 1)),
    ("affirm*", t(Statement, "statement", 1)),
    ("accuse*", t(Statement, "statement", 1)),
    ("denonc*", t(Statement, "statement", 1)),
    ("condamn*", t(Statement, "statement", 1)),
    ("dement*", t(Statement, "statement", 1)),
    ("claironne", t(Statement, "statement", 2)),
    ("discours", t(Statement, "statement", 2)),
    ("martele", t(Statement, "statement", 1)),
    ("a estime", t(Statement, "statement", 1)),
    ("a souligne", t(Statement, "statement", 1)),
    ("a exprime", t(Statement, "statement", 1)),
    ("envisage", t(Statement, "statement", 1)),
    ("a qualifie", t(Statement, "statement", 1)),
    ("avert*", t(Statement, "statement", 1)),
    ("a mis en garde", t(Statement, "statement", 1)),
    ("a salue", t(Statement, "statement", 1)),
    ("ont salue", t(Statement, "statement", 1)),
    ("a reconnu", t(Statement, "statement", 1)),
];

/// Intentions and demands are statements, not the event they speak of (word stems).
pub const MODALS: &[&str] = &["envisag", "propos", "menac", "promet", "souhait", "exig", "appel"];
/// Fears and hypotheses report no event at all (word stems).
pub const FEARS: &[&str] = &["craint", "craign", "redout", "risqu", "pourrai"];
/// Words that make a following trigger noun a reference to an event told elsewhere
/// ("face à l'offensive", "après un cessez-le-feu", "malgré l'accord de trêve").
pub const REFERENCE: &[&str] = &[
    "sur",
    "face",
    "suite",
    "consecutif",
    "consecutive",
    "consecutifs",
    "apres",
    "fin",
    "malgre",
    "objet",
    "lie",
    "lies",
    "avant",
    "superviser",
    "surveiller",
    "respecter",
    "garantir",
    "cadre",
];

/// Determiners that make a trigger noun a back-reference to an event already told.
pub const ANAPHORIC: &[&str] = &["cette", "cet", "ce", "ces"];

#[derive(Debug, Clone)]
pub struct TriggerIndex {
    m: PhraseMatcher<Trigger>,
    needs: PhraseMatcher<&'static str>,
}

impl Default for TriggerIndex {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, Copy)]
pub struct TriggerHit {
    pub start: usize,
    pub end: usize,
    pub trigger: Trigger,
}

impl TriggerIndex {
    pub fn new() -> Self {
        let m = PhraseMatcher::new(TRIGGERS.iter().map(|(p, t)| (p.to_string(), *t)));
        let mut needs: Vec<&'static str> = TRIGGERS.iter().filter_map(|(_, t)| t.needs).collect();
        needs.sort();
        needs.dedup();
        let needs = PhraseMatcher::new(needs.into_iter().map(|n| (n.to_string(), n)));
        TriggerIndex { m, needs }
    }

    /// Triggers of the folded sentence `t`, back-references removed.
    pub fn find(&self, t: &str) -> Vec<TriggerHit> {
        let present: Vec<&'static str> = self.needs.find(t).iter().map(|h| *h.value).collect();
        let mut out = Vec::new();
        for h in self.m.find(t) {
            let tr = *h.value;
            if let Some(n) = tr.needs {
                if !present.contains(&n) {
                    continue;
                }
            }
            if !tr.anaphoric_ok && tr.kind != EventType::Statement && is_anaphoric(t, h.start) {
                continue;
            }
            let mut tr = tr;
            if tr.kind != EventType::Statement && (is_reference(t, h.start) || is_purpose(t, h.start)) {
                tr.weight = tr.weight.min(2);
            }
            out.push(TriggerHit { start: h.start, end: h.end, trigger: tr });
        }
        out
    }
}

/// One of the 4 words before `start` is a [`REFERENCE`] word (scanning back from the
/// trigger only, so the cost does not grow with the sentence).
fn is_reference(t: &str, start: usize) -> bool {
    let b = t.as_bytes();
    let mut i = start.min(b.len());
    for _ in 0..4 {
        while i > 0 && !b[i - 1].is_ascii_alphanumeric() {
            i -= 1;
        }
        if i == 0 {
            return false;
        }
        let e = i;
        while i > 0 && b[i - 1].is_ascii_alphanumeric() {
            i -= 1;
        }
        if REFERENCE.contains(&&t[i..e]) {
            return true;
        }
    }
    false
}

/// A trigger right after "pour" or "afin de" is a purpose ("cherchant du carburant pour
/// fuir"), not an event that happened.
fn is_purpose(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    before.ends_with(" pour")
        || before == "pour"
        || before.ends_with(" afin de")
        || before.ends_with(" afin d'")
}

/// Byte offset of the first word of `t` that starts with one of `stems`.
pub fn stem_pos(t: &str, stems: &[&str]) -> Option<usize> {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            let s = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let w = &t[s..i];
            if stems.iter().any(|st| w.starts_with(st)) {
                return Some(s);
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Does any word of `t` start with one of `stems`?
pub fn has_stem(t: &str, stems: &[&str]) -> bool {
    t.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| stems.iter().any(|s| w.starts_with(s)))
}

fn is_anaphoric(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    let last = before.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
    ANAPHORIC.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn kinds(s: &str) -> Vec<(EventType, &'static str)> {
        TriggerIndex::new().find(&fold(s)).iter().map(|h| (h.trigger.kind, h.trigger.class)).collect()
    }

    #[test]
    fn triggers_and_classes() {
        assert_eq!(kinds("Des roquettes ont visé le village"), vec![(Fighting, "shelling")]);
        assert_eq!(kinds("Une trêve a été signée"), vec![(Ceasefire, "agreement")]);
        assert_eq!(kinds("Les manifestants ont bloqué le pont"), vec![(Protest, "protest")]);
        assert_eq!(kinds("deux violations du cessez-le-feu"), vec![(Fighting, "skirmish")]);
    }

    #[test]
    fn back_references_and_requirements() {
        assert!(kinds("Cette offensive a choqué").is_empty());
        assert!(kinds("Le gouvernement tient toujours").is_empty());
        let h = TriggerIndex::new().find(&fold("Ils ont fui face à l'offensive"));
        assert_eq!(h[0].trigger.weight, 2);
        assert_eq!(kinds("La trêve tient toujours, le cessez-le-feu aussi").len(), 3);
    }
}
