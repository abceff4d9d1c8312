//! Event types from trigger words.
//!
//! A trigger is a surface form of an event frame ([`crate::frames`], read from
//! `lexicon/frames.toml`): a French verb in any tense, a noun or a fixed phrase that reports
//! an event: "ont lancé une offensive", "bombardements", "cessez-le-feu". Each has a
//! type, a *class* (a finer kind used to merge only like with like: an offensive is not a
//! skirmish) and a weight: when several triggers of one sentence share a date, the
//! heaviest gives the event its type (a toll reported inside an offensive sentence stays
//! fighting; "a déclaré" only makes a statement when nothing else happened).
use std::sync::LazyLock;

use crate::export::EventType;
use crate::frames::index::FormIndex;
use crate::frames::{Frame, FrameClass, ARMED_PEOPLE, COUNTED_PEOPLE, FRAMES, PLACE_OBJECT, PLACE_SUBJECT};
use crate::matcher::PhraseMatcher;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    pub kind: EventType,
    pub class: FrameClass,
    pub weight: u8,
    /// Another phrase that must occur in the sentence ("tient" needs "cessez-le-feu").
    pub needs: Option<&'static str>,
}

/// The trigger a frame gives its surface forms.
fn trigger_of(f: &'static Frame) -> Trigger {
    Trigger { kind: f.kind, class: f.class, weight: f.weight, needs: f.needs.as_deref() }
}

/// What a party said, as a frame that named something else gives it when it is only the
/// object of the words ([`judged_by`]).
const SAID: Trigger =
    Trigger { kind: EventType::Statement, class: FrameClass::Statement, weight: 1, needs: None };

/// Intentions and demands are statements, not the event they speak of (word stems).
pub const MODALS: &[&str] = &["envisag", "propos", "menac", "promet", "souhait", "exig", "appel", "reclam"];
/// Fears and hypotheses report no event at all (word stems).
pub const FEARS: &[&str] = &["craint", "craign", "craind", "redout", "risqu", "pourrai"];
/// Words that make a following trigger noun a reference to an event told elsewhere
/// ("face à l'offensive", "après un cessez-le-feu", "malgré l'accord de trêve", a time
/// reference such as "depuis le début des combats", the toll of an event: "le bilan de
/// l'explosion").
pub const REFERENCE: &[&str] = &[
    "sur",
    "face",
    "suite",
    "consecutif",
    "consecutive",
    "consecutifs",
    "apres",
    // "depuis l'offensive": the start of a period, told elsewhere
    "depuis",
    "fin",
    "debut",
    "declenchement",
    "bilan",
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
    // "mis en garde contre une offensive", "manifester contre les bombardements": what is
    // opposed is named, not told
    "contre",
    // "en cas d'attaque": a hypothesis
    "cas",
    // "les loyers montent au gré des combats", "au fil des frappes", "l'arrêt des tirs",
    // "la cessation des hostilités": the event is named as a backdrop or as what should stop
    "gre",
    "fil",
    "arret",
    "cessation",
    // "défend l'idée d'une trêve", "la perspective d'une offensive", "l'hypothèse d'un
    // retrait": the event is thought of, not told
    "idee",
    "perspective",
    "hypothese",
    "eventualite",
    "possibilite",
    "spectre",
    // "a diffusé les images de l'explosion", "une carte des bombardements": a picture of
    // the event
    "images",
    "carte",
    "cartes",
    // "absents des négociations", "exclus des pourparlers": who was not there; the talks
    // are named, not told
    "absent",
    "absents",
    "absente",
    "absentes",
    "exclu",
    "exclus",
    "exclue",
    "exclues",
];

/// Determiners that make a trigger noun a back-reference to an event already told.
pub const ANAPHORIC: &[&str] = &["cette", "cet", "ce", "ces"];

/// A passive tail's possible objects: (singular, plural, trigger) of each verb that has it.
type PassiveObjects = Vec<(&'static str, &'static str, Trigger)>;

#[derive(Debug, Clone)]
pub struct TriggerIndex {
    /// `None`: an idiom, whose words report nothing.
    m: &'static FormIndex<Option<Trigger>>,
    needs: &'static PhraseMatcher<&'static str>,
    passives: &'static PhraseMatcher<PassiveObjects>,
}

/// Passive tails ("a ete signe") by the objects they may have ([`crate::frames::Frames::passives`]).
static PASSIVES: LazyLock<PhraseMatcher<PassiveObjects>> = LazyLock::new(|| {
    let frames: &'static crate::frames::Frames = &FRAMES;
    let mut by_tail: std::collections::BTreeMap<&str, PassiveObjects> = Default::default();
    for (tail, sg, pl, i) in &frames.passives {
        by_tail.entry(tail).or_default().push((sg, pl, trigger_of(&frames.frames[*i])));
    }
    PhraseMatcher::new(by_tail.into_iter().map(|(t, v)| (t.to_string(), v)))
});

/// The frames' matchers, built once per process: tens of thousands of generated forms take
/// a while to index, and every extraction context shares them.
static MATCHERS: LazyLock<(FormIndex<Option<Trigger>>, PhraseMatcher<&'static str>)> = LazyLock::new(|| {
    let frames: &'static crate::frames::Frames = &FRAMES;
    let m = FormIndex::new(
        frames.forms.iter().map(|(p, i, verb)| (p.clone(), i.map(|i| trigger_of(&frames.frames[i])), *verb)),
    );
    let mut needs: Vec<&'static str> = frames
        .frames
        .iter()
        .filter_map(|f| f.needs.as_deref())
        .filter(|&n| n != COUNTED_PEOPLE && n != PLACE_OBJECT && n != PLACE_SUBJECT && n != ARMED_PEOPLE)
        .collect();
    needs.sort();
    needs.dedup();
    (m, PhraseMatcher::new(needs.into_iter().map(|n| (n.to_string(), n))))
});

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
        let (m, needs) = &*MATCHERS;
        TriggerIndex { m, needs, passives: &PASSIVES }
    }

    /// Passives whose object stands a few words before the tail, beyond the reach of the
    /// generated forms ("l'accord entre les deux pays a été signé", "le corps d'un soldat a
    /// été retrouvé"): the tail is the trigger, when no other form covers it and the object
    /// noun is among the ten words before it in its clause.
    fn gapped_passives(
        &self,
        t: &str,
        taken: &[(usize, usize, Option<Trigger>)],
    ) -> Vec<(usize, usize, Option<Trigger>)> {
        let mut out = Vec::new();
        for h in self.passives.find(t) {
            if taken.iter().any(|&(s, e, _)| s < h.end && h.start < e) {
                continue;
            }
            let object = words_back(t, h.start).take(10).find_map(|(s, e)| {
                let w = &t[s..e];
                h.value.iter().find(|(sg, pl, _)| *sg == w || *pl == w).map(|&(_, _, tr)| tr)
            });
            if let Some(tr) = object {
                out.push((h.start, h.end, Some(tr)));
            }
        }
        out
    }

    /// Triggers of the folded sentence `t`, back-references removed. A frame that only
    /// qualifies something (a back-reference, a purpose, a relative clause) keeps a weight
    /// of at most 2, so that it never decides the sentence's type.
    pub fn find(&self, t: &str) -> Vec<TriggerHit> {
        self.find_near(t, &[])
    }

    /// [`TriggerIndex::find`], knowing where the sentence's places start (byte offsets in
    /// `t`): frames that need a place as their object ([`PLACE_OBJECT`]) can fire.
    pub fn find_near(&self, t: &str, places: &[usize]) -> Vec<TriggerHit> {
        // the phrases that frames need: searched only when a frame needs one
        let present_cell = std::cell::OnceCell::new();
        let present = || -> &Vec<&'static str> {
            present_cell.get_or_init(|| self.needs.find(t).iter().map(|h| *h.value).collect())
        };
        let facts = SentenceFacts::new(t);
        let entry = facts.entry;
        let counted = std::cell::OnceCell::new();
        // a feeling is voiced by a reflexive verb: most sentences have none, and then no
        // trigger needs its clause read for one (callgrind: 90 M instructions of the bench)
        let reflexive = std::cell::OnceCell::new();
        let has_reflexive =
            || *reflexive.get_or_init(|| crate::fold::ascii_words(t).any(|w| w == "se" || w == "s"));
        let mut out: Vec<TriggerHit> = Vec::new();
        let mut hits: Vec<(usize, usize, Option<Trigger>)> =
            self.m.find(t).into_iter().map(|h| (h.start, h.end, *h.value)).collect();
        let gapped = self.gapped_passives(t, &hits);
        if !gapped.is_empty() {
            hits.extend(gapped);
            hits.sort_by_key(|h| h.0);
        }
        for (start, end, value) in hits {
            let h = Span { start, end };
            let Some(tr) = value else { continue };
            if let Some(n) = tr.needs {
                let met = if n == COUNTED_PEOPLE {
                    *counted.get_or_init(|| crate::claim::counts_people(t, &crate::fold::words(t)))
                } else if n == PLACE_OBJECT {
                    place_follows(t, h.end, places)
                } else if n == PLACE_SUBJECT {
                    town_precedes(t, h.start, places)
                } else if n == ARMED_PEOPLE {
                    names_armed(t)
                } else {
                    present().contains(&n)
                };
                if !met {
                    continue;
                }
            }
            if tr.class == FrameClass::Call && reaches_a_source(t, h.start) {
                // "un habitant joint par téléphone", "a raconté au téléphone": how the
                // reporter reached a witness, not a call between parties
                continue;
            }
            // demonstrative back-references ("cette offensive") are not new events
            if tr.kind != EventType::Statement && is_anaphoric(t, h.start) {
                continue;
            }
            let mut tr = recast(t, &h, tr);
            if tr.class == FrameClass::Court && t[h.start..h.end].starts_with("juge") && says_that(t, h.end) {
                // "le médiateur juge que l'accord tiendra": an opinion voiced, a statement
                tr = Trigger {
                    kind: EventType::Statement,
                    class: FrameClass::Statement,
                    weight: 1,
                    needs: None,
                };
            }
            if tr.kind == EventType::Statement && !entry && is_habit(&facts, h.start) {
                // "propose depuis des mois", "Depuis un an, Bakou les accuse…": a stance
                // held over time, not words said that day
                tr.weight = 0;
            }
            if tr.kind == EventType::Statement && !entry && is_undated_stance(t, &h) {
                // "dément toute ingérence", "accuse Kigali de soutenir…" with no day: a
                // position held, not a declaration of the day
                tr.weight = 0;
            }
            if tr.kind != EventType::Statement {
                let purpose = is_purpose(t, h.start);
                if purpose && out.last().is_some_and(|m| meets_for(t, m, h.start)) {
                    // "se sont réunis pour ratifier": what the meeting did is the event
                    out.last_mut().unwrap().trigger.weight = 2;
                } else if is_outcome(t, h.start) {
                    for m in out.iter_mut().filter(|m| m.trigger.class == FrameClass::Meeting) {
                        m.trigger.weight = m.trigger.weight.min(2);
                    }
                } else if purpose
                    || qualifies_only(&facts, &h, tr.class)
                    || demanded_by(t, h.start).is_some_and(|g| {
                        // "réclame la libération des otages": the demand is the statement
                        out.iter()
                            .any(|m| m.trigger.kind == EventType::Statement && m.start <= g && g < m.end)
                    })
                {
                    tr.weight = tr.weight.min(2);
                } else if tr.kind != EventType::Ceasefire && governed_infinitive(t, h.start, is_pledge_word) {
                    // "a promis de reprendre la ville", "jurent de riposter", "s'est engagée
                    // à cesser les bombardements": the pledge is what was said that day. (A
                    // pledge to respect a truce is the truce agreed.)
                    tr.weight = tr.weight.min(2);
                } else if tr.kind == EventType::Fighting && is_asserted(t, &h, tr.class) {
                    // "l'état-major affirme avoir repoussé l'assaut", "a reconnu que deux
                    // avions avaient été abattus": the claim is what was said that day
                    tr = SAID;
                } else if is_urged(t, h.start) {
                    // "appelle les rebelles à déposer les armes": the call is what was said
                    // that day; the act it calls for has not happened
                    tr = SAID;
                } else if let Some(verb) = judged_by(t, h.start).filter(|_| !participle_follows(t, h.end)) {
                    // "a condamné les attaques", "qualifie l'offensive d'agression": the
                    // judgement is what was said that day; the event is its object. A
                    // treaty "dénoncé" is repudiated: a legal act
                    tr = if repudiates(verb, &t[h.start..]) { REPUDIATION } else { SAID };
                } else if has_reflexive() && voices_a_feeling(t, h.start) {
                    // "se dit choquée par le récit des exécutions", "s'est
                    // déclaré prêt à signer": the feeling is what was said that day
                    tr = SAID;
                } else if entry && tr.weight == 2 {
                    // a chronology entry names its event with a bare noun ("premiers combats")
                    tr.weight = 3;
                } else if let Some(g) = unrealised_at(t, h.start, tr.kind) {
                    // "ont refusé de signer l'accord": the signing did not happen, unless the
                    // governing verb is itself part of an event's frame
                    let governed_by_frame = out
                        .iter()
                        .any(|m| m.trigger.kind != EventType::Statement && m.start <= g && g < m.end);
                    if !governed_by_frame {
                        tr.weight = tr.weight.min(2);
                    }
                }
            }
            out.push(TriggerHit { start: h.start, end: h.end, trigger: tr });
        }
        toll_of_its_subject(t, &mut out);
        circumstances_give_way(t, &mut out);
        halts_take_over(&facts, &mut out);
        gerunds_give_way(t, &mut out);
        qualifiers_give_way(t, &mut out);
        venues_give_way(t, &mut out);
        out
    }
}

/// Does the frame at `h` only qualify something, or tell what did not happen as a fact of
/// one day: a back-reference, a relative clause, a negation, a habit or a tally, a denial, a
/// hypothesis, a wish, a circumstance, another sense of the word? In a chronology entry a
/// bare noun is the event, so references, habits and tallies do not count there.
///
/// The clause's words before the frame are read by several of these tests: they are split
/// once here (`words`), and the facts of the whole sentence once per sentence (`s`).
fn qualifies_only(s: &SentenceFacts, h: &Span, class: FrameClass) -> bool {
    let t = s.t;
    let words = clause_words_before(t, h.start);
    !s.entry
        && (is_reference(t, h.start)
            || is_habit(s, h.start)
            || s.tally()
            || class_counts_war_span(class) && s.war_span_total())
        || in_relative_clause(t, h.start, &words) && !states_the_text(&words, class)
        || is_negated(&words)
        || negated_in_place(t, h)
        || is_described(t, h)
        || fails_later(t, h.end)
        || is_detached_participle(t, h)
        || is_denied(t, h.start, &words)
        || matches!(class, FrameClass::Advance | FrameClass::Handover | FrameClass::Retreat)
            && is_admitted(t, h)
        || is_warned(&words)
        || is_hypothesis(t, h.start, &words)
        || other_sense(t, h, class)
        || is_generic(t, h.start)
        || is_wished(&words)
        || is_circumstance(t, h, &words)
        || in_wished_infinitive(t, h.start)
        || is_provision(t, h.start)
        || is_present_state(t, h)
        || class == FrameClass::Toll && unknown_toll(t, h)
        || class == FrameClass::Meeting && convenes_its_own(t, h)
        || class == FrameClass::Envoy && names_the_speaker(t, h, &words)
}

/// Is the envoy's title at `h` ("l'émissaire de l'ONU", "l'ambassadeur iranien") the
/// subject of its clause, so that it names who acts or speaks, not a diplomatic act? The
/// title opens its clause after its article ("L'émissaire américain a salué…", "X,
/// l'ambassadeur de France, a déclaré…"), or stands after the verb as the subject of a
/// reporting clause ("…, a affirmé lundi l'ambassadeur", "…, précise l'émissaire"). A title
/// that undergoes a passive ("l'ambassadeur a été convoqué", "est expulsé") is the patient of
/// the act, which stays told. `words` are its clause's words before it.
fn names_the_speaker(t: &str, h: &Span, words: &[&str]) -> bool {
    // one titled person: plural envoys who meet are talks ("des émissaires se retrouvent")
    let single = !t[h.start..h.end].ends_with('s');
    let Some((det, before)) = words.split_last() else { return false };
    if !single || !matches!(*det, "l" | "le" | "la") || undergoes_passive(t, h.end) {
        return false;
    }
    // "…, a déclaré l'émissaire": the clause opens with the verb of saying, its subject after
    let says = |w: &&str| REPORTING.iter().any(|r| w.starts_with(r));
    let inverted = before.first().is_some_and(|w| AUXILIARIES.contains(w) || says(w))
        && before.iter().take(3).any(says)
        && before
            .last()
            .is_some_and(|w| !PREPOSITIONS.contains(w) && !matches!(*w, "de" | "d" | "du" | "des"));
    inverted
}

/// Stems of verbs of saying that put their subject after them in a reporting clause ("…,
/// a indiqué l'émissaire", "…, précise l'ambassadeur").
const REPORTING: &[&str] = &[
    "affirm", "annonc", "declar", "indiqu", "precis", "assur", "ajout", "expliqu", "estim", "soulign",
    "rapport", "confirm", "insist", "martel", "averti", "ecrit", "commente", "dit", "raconte", "reconn",
];

/// Does a passive verb follow the noun ending at `end`, within its sentence's next twelve
/// words ("l'ambassadeur du Togo, Kofi Mensah, a été expulsé")? "été", or "est"/"sont"/
/// "fut" before a participle.
fn undergoes_passive(t: &str, end: usize) -> bool {
    let mut prev = "";
    crate::fold::ascii_words(&t[end..]).take(12).any(|w| {
        let passive = w == "ete" || matches!(prev, "est" | "sont" | "fut" | "furent") && looks_participle(w);
        prev = w;
        passive
    })
}

/// Is the toll at `h` a "bilan" that its own clause says is not known ("le bilan n'a pas
/// été communiqué", "un bilan précis ne sera jamais connu")? No count was given that day.
fn unknown_toll(t: &str, h: &Span) -> bool {
    if !t[h.start..h.end].starts_with("bilan") {
        return false;
    }
    let after: Vec<&str> = clause_words_after(t, h.end).take(8).collect();
    after.iter().enumerate().any(|(i, w)| {
        matches!(*w, "ne" | "n")
            && after[i + 1..].iter().take(3).any(|x| matches!(*x, "pas" | "jamais" | "toujours"))
    })
}

/// The facts of a whole sentence that the tests of each frame read: computed at most once
/// per sentence, on first use, however many frames it has.
struct SentenceFacts<'a> {
    t: &'a str,
    /// [`is_chronology_entry`]
    entry: bool,
    tally: std::cell::OnceCell<bool>,
    war_span: std::cell::OnceCell<bool>,
    habit_opening: std::cell::OnceCell<bool>,
    habit_anchor: std::cell::OnceCell<bool>,
}

impl<'a> SentenceFacts<'a> {
    fn new(t: &'a str) -> Self {
        SentenceFacts {
            t,
            entry: is_chronology_entry(t),
            tally: Default::default(),
            war_span: Default::default(),
            habit_opening: Default::default(),
            habit_anchor: Default::default(),
        }
    }

    /// [`is_tally`]
    fn tally(&self) -> bool {
        *self.tally.get_or_init(|| is_tally(self.t))
    }

    /// [`is_war_span_total`], for the classes it concerns
    fn war_span_total(&self) -> bool {
        *self.war_span.get_or_init(|| is_war_span_total(self.t))
    }

    /// [`habit_opening`]
    fn habit_opening(&self) -> bool {
        *self.habit_opening.get_or_init(|| habit_opening(self.t))
    }

    /// [`has_habit_anchor`] anywhere in the sentence: a clause's words are the sentence's
    fn habit_anchor(&self) -> bool {
        *self.habit_anchor.get_or_init(|| has_habit_anchor(self.t))
    }
}

/// Participles (folded, masculine singular) of verbs whose passive in the present tells a
/// state that holds, not a change: "la route est coupée", "les accès sont bloqués".
const STATES: &[&str] =
    &["coupe", "ferme", "bloque", "encercle", "assiege", "paralyse", "prive", "interrompu"];

/// Is the frame at `h` a present passive of [`STATES`] ("est"/"sont" and the participle)
/// with no day named before it or in its clause? "Le pont est coupé" describes how things
/// stand; "a été coupé", or "est coupé" with a day ("dimanche, la route est coupée"), tells
/// the cut.
fn is_present_state(t: &str, h: &Span) -> bool {
    let prev = words_back(t, h.start).next().map(|(s, e)| &t[s..e]);
    let mut own = crate::fold::ascii_words(&t[h.start..h.end]);
    let participle = match (prev, own.next()) {
        (_, Some("est" | "sont")) => own.next(),
        (Some("est" | "sont"), w) => w,
        _ => None,
    };
    let state = participle.is_some_and(|p| {
        let p = p.strip_suffix('s').unwrap_or(p);
        let p = p.strip_suffix('e').filter(|q| STATES.contains(q)).unwrap_or(p);
        STATES.contains(&p)
    });
    if !state {
        return false;
    }
    // the day may head the sentence, before the frame's clause ("Le lendemain, le gaz est
    // coupé"), as in a narrative told in the present
    let to = crate::fold::find_any(&t[h.end..], b",;:()\"").map_or(t.len(), |i| h.end + i);
    !names_a_day(&t[..to]) && !opens_with_day_number(t)
}

/// Does the sentence open with a day of the month ("Le 21, …", "Le 1er mars, …")? It dates
/// what follows, as a narrative in the present does.
fn opens_with_day_number(t: &str) -> bool {
    let mut words = crate::fold::ascii_words(t);
    words.next() == Some("le")
        && words.next().is_some_and(|w| w == "1er" || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())))
}

/// Stems of verbs whose object is what a text or a party commits to, not what happened
/// ("le protocole prévoit l'évacuation des blindés", "les parties s'engagent à une trêve",
/// "le pacte oblige le pays à céder la vallée"): the terms of a deal are told with the
/// deal, and come about (if ever) later.
const PROVIDES: &[&str] = &["prevoi", "prevoy", "engag", "oblig"];

/// Is the frame at `start` the object of a verb of [`PROVIDES`]: "prévoir" and its article
/// ("prévoit la démobilisation"), "s'engager à"/"obliger à" and the frame's article ("s'engagent
/// à une trêve", "au retrait") or an infinitive after the object ("oblige l'armée à
/// rendre")? Only the few words right before the frame are read.
fn is_provision(t: &str, start: usize) -> bool {
    let provides =
        |w: Option<&str>, stems: &[&str]| w.is_some_and(|w| stems.iter().any(|s| w.starts_with(s)));
    let mut back = words_back(t, start).map(|(s, e)| &t[s..e]);
    match back.next() {
        Some(det) if DETERMINERS.contains(&det) || det == "l" => match back.next() {
            Some("a") => provides(back.next(), PROVIDES),
            verb => provides(verb, &["prevoi", "prevoy"]),
        },
        // "s'engagent au retrait": the article is in the preposition
        Some("au" | "aux") => provides(back.next(), PROVIDES),
        // "oblige l'Arménie à rendre": the object stands between the verb and "à"
        Some("a") if is_infinitive(crate::fold::ascii_split(&t[start..]).next().unwrap_or("")) => {
            back.take(4).any(|w| provides(Some(w), &["oblig"]))
        }
        _ => false,
    }
}

/// International bodies whose meetings are diplomacy at their seat, not talks between
/// parties ("le Conseil de sécurité réuni en séance", "la Ligue arabe tenait une
/// réunion").
const BODIES: &[&str] = &[
    "conseil de securite",
    "assemblee generale",
    "ligue arabe",
    "union africaine",
    "conseil des droits",
    "conseil de paix et de securite",
];

/// Nouns of men under arms to whom one surrenders ("se rendre aux casques bleus"), beyond
/// [`ARMED`].
const CAPTORS: &[&str] = &["casques", "ennemi", "assaillants", "vainqueurs", "rebellion", "forces"];

/// The frame at `h` read with its arguments, where these change what it tells: "se rendre"
/// to armed men is to surrender, not to travel ("des miliciens se rendent à l'ennemi"); a
/// meeting of an international body is diplomacy ([`BODIES`]); a declaration signed is a
/// deal ([`signed_text`]).
fn recast(t: &str, h: &Span, tr: Trigger) -> Trigger {
    if let Some(said) = recast_by_speaker(t, h, tr) {
        return said;
    }
    if tr.class == FrameClass::Toll && device_kills(t, h) {
        return Trigger {
            kind: EventType::Incident,
            class: FrameClass::Mine,
            weight: tr.weight.max(4),
            needs: None,
        };
    }
    if tr.class == FrameClass::Advance && surrounds_a_seat_of_power(t, h) {
        // "la garde a encerclé la résidence du président": a seat of power surrounded is a
        // coup's act against the state, not ground won in a war
        return Trigger { kind: EventType::Political, class: FrameClass::Resignation, ..tr };
    }
    if tr.class == FrameClass::Aid && is_military_convoy(t, h) {
        // "un convoi de soldats a quitté la base", "une file de chars et de camions":
        // armed men on the move are a troop movement, never aid
        return Trigger {
            kind: EventType::Fighting,
            class: FrameClass::Advance,
            weight: tr.weight.max(5),
            ..tr
        };
    }
    if tr.class == FrameClass::Aid && !CONVOYS.contains(&&t[h.start..h.end]) && carries_arms(t, h) {
        // "des mercenaires ont été acheminés", "a livré des missiles": arms and fighters
        // carried are no aid; the sentence tells who sent them, or who said so. (A convoy's
        // cargo is its complement: soldiers after it may be its escort)
        return Trigger { weight: tr.weight.min(2), ..tr };
    }
    if tr.kind == EventType::Statement && declares_a_winner(t, h) {
        // "le Conseil a déclaré M. Gbagbo vainqueur", "l'a déclarée élue": a body that
        // declares the result of a vote proclaims it, an act of the election
        return Trigger { kind: EventType::Political, class: FrameClass::Election, weight: 6, needs: None };
    }
    if tr.kind == EventType::Statement && signed_text(t, h) {
        // "ont signé au palais une déclaration": a text parties sign is their deal
        return Trigger { kind: EventType::Talks, class: FrameClass::Meeting, weight: 6, needs: None };
    }
    if tr.class == FrameClass::Visit && t[h.start..h.end].contains("rend") && surrenders_to(t, h.end) {
        return Trigger { kind: EventType::Ceasefire, class: FrameClass::Agreement, weight: 7, needs: None };
    }
    if matches!(tr.class, FrameClass::Meeting | FrameClass::Blockade | FrameClass::Advance)
        && crowd_acts(t, h)
    {
        // "une soixantaine de membres se sont réunis", "un groupe d'habitants a coupé la
        // route", "plusieurs dizaines de militants ont pris position sur le pont": a crowd
        // that gathers or blocks a road demonstrates
        let class = if tr.class == FrameClass::Meeting { FrameClass::Protest } else { FrameClass::Blockade };
        return Trigger { kind: EventType::Protest, class, ..tr };
    }
    if tr.class == FrameClass::Explosion && claimed(t, h.end) {
        // "un attentat-suicide, revendiqué par l'État islamique", "l'explosion, que les
        // rebelles ont revendiquée": a blast that a group claims is its attack
        return Trigger { kind: EventType::Fighting, ..tr };
    }
    if tr.class == FrameClass::Explosion && is_volley(&t[h.start..h.end]) {
        // "des explosions ont secoué la ville", "on a entendu les premières détonations": a
        // series of blasts in a war is fighting; a single blast may be an accident. The class
        // stays "explosion", so that it merges only with other reports of blasts
        return Trigger { kind: EventType::Fighting, ..tr };
    }
    if tr.class == FrameClass::Meeting && body_meets(t, h) {
        return Trigger { kind: EventType::Diplomacy, class: FrameClass::Un, ..tr };
    }
    if tr.class == FrameClass::Toll && armed_agent_kills(t, h) {
        // "des hommes armés ont tué douze villageois", "les miliciens blessent…": armed men
        // who kill attack; the class stays, so that it merges with other tolls of the day
        return Trigger { kind: EventType::Fighting, ..tr };
    }
    if tr.class == FrameClass::Decree && body_meets(t, h) {
        // "l'Assemblée générale vote une résolution": a body's vote is diplomacy
        return Trigger { kind: EventType::Diplomacy, class: FrameClass::Un, ..tr };
    }
    tr
}

/// Attributes of a candidate whom a vote's result names ("vainqueur", "élu", "réélu",
/// "gagnant"), folded.
const WINNERS: &[&str] =
    &["vainqueur", "vainqueurs", "elu", "elue", "elus", "reelu", "reelue", "gagnant", "gagnante", "gagnants"];

/// Is the verb of saying at `h` "déclarer" with an object and a winner's attribute
/// ([`WINNERS`]) after it, in its clause ("a déclaré M. Gbagbo vainqueur du scrutin", "la
/// déclare élue", "déclare le sortant réélu")? Not "a déclaré que le vainqueur…" (words
/// about a winner) nor "s'est déclaré vainqueur" (a candidate's own claim).
fn declares_a_winner(t: &str, h: &Span) -> bool {
    let verb = &t[h.start..h.end];
    if !verb.starts_with("declar")
        || words_back(t, h.start).take(2).any(|(s, e)| matches!(&t[s..e], "s" | "se"))
    {
        return false;
    }
    let clause = t[h.end..].split([',', ';', ':', '(']).next().unwrap_or("");
    let mut words = crate::fold::ascii_words(clause).take(6);
    words.clone().next().is_some_and(|w| !matches!(w, "que" | "qu" | "a" | "au" | "aux"))
        && words.any(|w| WINNERS.contains(&w))
}

/// Words that name a state's organs ("le gouvernement a protesté", "l'ambassade proteste"):
/// a state protests by its words, a crowd by marching.
const INSTITUTIONS: &[&str] = &[
    "gouvernement",
    "ministere",
    "ministre",
    "ambassade",
    "ambassadeur",
    "diplomatie",
    "presidence",
    "chancellerie",
    "executif",
    "kremlin",
    "junte",
];

/// The frame at `h` when it only names what someone said, as a statement: a
/// state's organ that protests ("le gouvernement a protesté contre…"), a "comparer" or
/// "jugeant" that shares its form with a court's act ("comparait ces frappes à…", "jugeant
/// les frappes excellentes"). `None`: the frame tells its own event.
fn recast_by_speaker(t: &str, h: &Span, tr: Trigger) -> Option<Trigger> {
    let word = &t[h.start..h.end];
    let said = match tr.class {
        FrameClass::Protest => {
            word.starts_with("protest")
                && !word.starts_with("protestat")
                && clause_words_before(t, h.start).iter().take(3).any(|w| INSTITUTIONS.contains(w))
        }
        FrameClass::Court => word == "jugeant" || compares(t, h),
        _ => false,
    };
    said.then_some(SAID)
}

/// Is the court frame at `h` a form of "comparer" ("comparait ces frappes à…"), which
/// "comparaître" shares in the imperfect? One compares something: a determiner follows;
/// one appears before a court: "devant" follows, or nothing.
fn compares(t: &str, h: &Span) -> bool {
    t[h.start..h.end].starts_with("compar")
        && crate::fold::ascii_words(&t[h.end..])
            .next()
            .is_some_and(|w| DETERMINERS.contains(&w) || POSSESSIVES.contains(&w) || w == "l")
}

/// Stems of verbs that surround or seal off a place ("encercler", "cerner", "boucler").
const SURROUNDS: &[&str] = &["encercl", "cern", "boucl"];

/// Nouns of the seats of a state's power: a leader's residence, a palace, a parliament.
const SEATS_OF_POWER: &[&str] =
    &["residence", "palais", "presidence", "primature", "domicile", "parlement", "assemblee", "ministere"];

/// Is the frame at `h` a verb of [`SURROUNDS`] whose object is a seat of power ("ont
/// encerclé le palais présidentiel", "encerclent depuis l'aube la résidence du chef de
/// l'Etat"), or whose subject is one in the passive ("le domicile du ministre a été
/// encerclé")? A town or a camp surrounded is a siege of war.
fn surrounds_a_seat_of_power(t: &str, h: &Span) -> bool {
    let word = t[h.start..h.end].rsplit(' ').next().unwrap_or("");
    if !SURROUNDS.iter().any(|s| word.starts_with(s)) {
        return false;
    }
    let skipped = |w: &&str| {
        DETERMINERS.contains(w)
            || matches!(*w, "l" | "depuis" | "des" | "dans" | "aube" | "matin" | "soir" | "nuit" | "hier")
            || crate::time::weekday_of(w).is_some()
    };
    let object = clause_words_after(t, h.end).take(6).find(|w| !skipped(w));
    let subject = clause_words_before(t, h.start).into_iter().take(3).find(|w| !skipped(w));
    let passive = after_passive(t, h.start);
    object.is_some_and(|w| SEATS_OF_POWER.contains(&w))
        || passive && subject.is_some_and(|w| SEATS_OF_POWER.contains(&w))
}

/// Does "été" or a form of "être" stand right before the participle at `start`?
fn after_passive(t: &str, start: usize) -> bool {
    words_back(t, start)
        .next()
        .is_some_and(|(s, e)| matches!(&t[s..e], "ete" | "est" | "sont" | "fut" | "furent"))
}

/// Nouns of a convoy and its vehicles, which the aid frame shares with troops on the move.
const CONVOYS: &[&str] = &["convoi", "convois", "camion", "camions", "colonne", "colonnes"];

/// Is the aid frame at `h` a convoy of armed men or armour: its noun ([`CONVOYS`]) qualified
/// as military ("un convoi militaire"), with armed men as its complement ("un convoi de
/// soldats", "des convois de l'armée"), or joined to armour before it ("une file de chars
/// et de camions")? An aid convoy escorted by soldiers names them after a
/// participle, not as its complement, and stays aid.
fn is_military_convoy(t: &str, h: &Span) -> bool {
    if !CONVOYS.contains(&&t[h.start..h.end]) {
        return false;
    }
    let armed = |w: &str| ARMED.contains(&w) || matches!(w, "blindee" | "blindees" | "blinde");
    let link = |w: &str| matches!(w, "de" | "d" | "des" | "du" | "et" | "la" | "le" | "les" | "l");
    let mut after = clause_words_after(t, h.end);
    let complement = match after.next() {
        Some("militaire" | "militaires") => true,
        Some("de" | "d" | "des" | "du") => after.take(2).any(armed),
        _ => false,
    };
    let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
    let joined = back.by_ref().take(4).find(|w| !link(w)).is_some_and(armed);
    complement || joined
}

/// Nouns of arms and fighters, which an aid frame's verb may carry too ("acheminer des
/// armes", "livrer des missiles", "des mercenaires acheminés").
const CARGO_OF_WAR: &[&str] = &[
    "armes",
    "armement",
    "armements",
    "munitions",
    "missiles",
    "roquettes",
    "obus",
    "drones",
    "chars",
    "blindes",
    "chasse",
    "combattants",
    "mercenaires",
    "miliciens",
    "jihadistes",
    "djihadistes",
    "soldats",
    "troupes",
];

/// Does the aid frame at `h` carry arms or fighters ([`CARGO_OF_WAR`]): among the six words
/// after it in its clause (its object: "a acheminé vers le front des chars et des obus"),
/// or, for a passive participle, among the words of its clause before it (its subject:
/// "quelque 4 000 combattants auraient été acheminés")?
fn carries_arms(t: &str, h: &Span) -> bool {
    let cargo = |w: &str| CARGO_OF_WAR.contains(&w);
    if clause_words_after(t, h.end).take(6).any(cargo) {
        return true;
    }
    let before = clause_words_before(t, h.start);
    before.last().is_some_and(|w| *w == "ete") && before.iter().any(|w| cargo(w))
}

/// Nouns of those who kill in an attack, beyond [`ARMED`]: "des hommes armés", "un groupe
/// armé", "les assaillants", "des jihadistes", "le gang".
const ATTACKERS: &[&str] = &[
    "assaillants",
    "jihadistes",
    "djihadistes",
    "terroristes",
    "tireurs",
    "kamikazes",
    "gang",
    "gangs",
    "bandits",
    "ravisseurs",
    "milices",
    "armes",
    "arme",
];

/// Is the killing verb at `h` in the active voice, with armed men as its clause's subject
/// ("des hommes armés ont tué douze villageois", "les insurgés blessaient…")? Killings
/// named as such ("massacrer", "exécuter") keep their own type.
fn armed_agent_kills(t: &str, h: &Span) -> bool {
    kills_in_active(t, h, |w| ARMED.contains(&w) || ATTACKERS.contains(&w))
}

/// Nouns of explosive devices left on the ground ("une mine", "un engin explosif").
const EXPLOSIVES: &[&str] = &["mine", "mines", "engin", "engins"];

/// Is the toll at `h` what a device of [`EXPLOSIVES`] did as its clause's subject ("une mine
/// blesse trois soldats", "un engin explosif a tué deux bergers")? The blast is the event:
/// an incident, whoever laid the mine.
fn device_kills(t: &str, h: &Span) -> bool {
    let device = |w: &str| EXPLOSIVES.contains(&w) || w.starts_with("explosi") || w.starts_with("anti");
    // a device is never "tué": the bare form right after its noun is a present ("une mine tue")
    let verb = crate::fold::ascii_words(&t[h.start..h.end]).next().unwrap_or("");
    let present = (verb.starts_with("tu") || verb.starts_with("bless"))
        && words_back(t, h.start).next().is_some_and(|(s, e)| device(&t[s..e]));
    present || kills_in_active(t, h, device)
}

/// Is the killing verb at `h` ("tuer", "blesser") in the active voice, with a word that
/// `subject` accepts among the first four of its clause? The verb follows an auxiliary of
/// "avoir" (an adverb between: "a encore blessé"), or is a plural or imperfect finite form: a bare "tué" is also a
/// participle ("un soldat tué mardi"), and after "été" the subject is the one killed.
fn kills_in_active(t: &str, h: &Span, subject: impl Fn(&str) -> bool) -> bool {
    let verb = crate::fold::ascii_words(&t[h.start..h.end]).next_back().unwrap_or("");
    if !verb.starts_with("tu") && !verb.starts_with("bless") {
        return false;
    }
    let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
    let mut before = back.next().unwrap_or("");
    if crate::frames::index::is_adverb(before) {
        before = back.next().unwrap_or("");
    }
    let active =
        matches!(before, "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "eut" | "eurent")
            || looks_finite(verb)
            || verb.ends_with("erent");
    active && !verb.starts_with("tues") && clause_words_before(t, h.start).iter().take(4).any(|w| subject(w))
}

/// Stems of verbs by which parties commit to a text ("signent", "ont paraphé", "adoptent",
/// "ont entériné", "contresigne").
const SIGNINGS: &[&str] = &["sign", "paraph", "adopt", "enterin", "contresign"];

/// Is the statement's noun at `h` a "déclaration" that a plural finite verb or participle of
/// [`SIGNINGS`] takes as its object, at most six words before it in its clause ("signent
/// au palais une déclaration sur les otages", "ont paraphé jeudi une déclaration")?
/// Words said are a statement; a declaration signed is a text its signatories agreed on,
/// as an accord is. An infinitive is a signing to come or refused ("refuse de signer la
/// déclaration"), and an auxiliary between closes the verb group the noun belongs to.
fn signed_text(t: &str, h: &Span) -> bool {
    if !t[h.start..h.end].starts_with("declaration") {
        return false;
    }
    let mut next = "";
    for (s, e) in words_back(t, h.start).take(6) {
        let w = &t[s..e];
        // "à" folds as the auxiliary "a": it is the preposition before a place or an article
        // ("paraphèrent à Niamey une déclaration")
        let preposition = w == "a" && !looks_participle(next);
        next = w;
        if preposition {
            continue;
        }
        if SIGNINGS.iter().any(|v| w.starts_with(v)) {
            let noun = ["ature", "atures", "ataire", "ataires"].iter().any(|x| w.ends_with(x));
            let aux = words_back(t, s).next().map(|(a, b)| &t[a..b]);
            // a deal has parties: the verb is plural ("signent", "ont signé"); one
            // speaker's own declaration ("j'ai signé une déclaration") is his statement
            let plural = w.ends_with("ent")
                || aux.is_some_and(|a| matches!(a, "ont" | "avaient" | "auront" | "eurent"));
            return plural && !is_infinitive(w) && !noun;
        }
        if AUXILIARIES.contains(&w) {
            return false;
        }
    }
    false
}

/// A folded word shaped like a past participle ("signe", "lu", "fait", "promis"), which
/// an auxiliary "a" governs.
fn looks_participle(w: &str) -> bool {
    ["e", "es", "i", "is", "u", "us", "t"].iter().any(|x| w.ends_with(x)) && !DETERMINERS.contains(&w)
}

/// Does a form of "revendiquer" follow the blast ending at `end`, within six words ("un
/// attentat, revendiqué par…")? A blast claimed is an attack.
fn claimed(t: &str, end: usize) -> bool {
    crate::fold::ascii_words(&t[end..]).take(6).any(|w| w.starts_with("revendiqu"))
}

/// Is the explosion's noun plural ("explosions", "détonations", "déflagrations")?
fn is_volley(noun: &str) -> bool {
    matches!(noun, "explosions" | "detonations" | "deflagrations")
}

/// Nouns that count a crowd ("une soixantaine de", "des centaines de", "un groupe de").
const CROWDS: &[&str] = &[
    "dizaine",
    "dizaines",
    "vingtaine",
    "trentaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "centaines",
    "milliers",
    "foule",
    "groupe",
];

/// Does a crowd ([`CROWDS`]) head the sentence before the frame at `h`, among its first six
/// words where the subject stands ("Samedi, une soixantaine de membres…", "Ils étaient une
/// centaine, …"), and is it no crowd of armed men ("une centaine de soldats")?
fn crowd_acts(t: &str, h: &Span) -> bool {
    let words: Vec<&str> = crate::fold::ascii_words(&t[..h.start]).take(8).collect();
    let armed = |w: &&str| ARMED_WORDS.contains(w) || ARMED.contains(w);
    let Some(i) = words.iter().take(6).position(|w| CROWDS.contains(w)) else { return false };
    // "un groupe de manifestants", not "le groupe dominant" nor "un groupe armé"
    let counts = words[i] != "groupe" || matches!(words.get(i + 1), Some(&"de" | &"d"));
    counts && !words.iter().any(armed)
}

/// Does "se rendre" ending at `end` go on with "à" and armed men ("aux soldats", "à
/// l'ennemi", "aux forces de l'ONU")? A place after it ("au front", "à Goma") is a journey.
fn surrenders_to(t: &str, end: usize) -> bool {
    let mut next = crate::fold::ascii_words(&t[end..]);
    match next.next() {
        Some("aux" | "au") => {}
        Some("a") => {
            if !matches!(next.next(), Some("l" | "la" | "des")) {
                return false;
            }
        }
        _ => return false,
    }
    next.next().is_some_and(|w| ARMED.contains(&w) || CAPTORS.contains(&w))
}

/// Is one of [`BODIES`] the subject of the meeting at `h`: before it in its clause ("la Ligue
/// arabe tenait une réunion"), or opening the clause after a participle that heads the
/// sentence ("Réuni dimanche, le Conseil de sécurité a…")? A body after the verb is its
/// object's complement ("a reçu le médiateur de l'Union africaine").
fn body_meets(t: &str, h: &Span) -> bool {
    let delims = b",;:()\"";
    let from = crate::fold::rfind_any(&t[..h.start], delims).map_or(0, |i| i + 1);
    let before = &t[from..h.start];
    let to = crate::fold::find_any(&t[h.end..], delims).map_or(t.len(), |i| h.end + i);
    let next = (from == 0 && t[to..].starts_with(',')).then(|| {
        let rest = &t[to + 1..];
        &rest[..crate::fold::find_any(rest, delims).unwrap_or(rest.len())]
    });
    BODIES.iter().any(|b| {
        before.contains(b)
            || next.is_some_and(|n| {
                n.trim_start().starts_with(&format!("le {b}"))
                    || n.trim_start().starts_with(&format!("la {b}"))
                    || n.trim_start().starts_with(&format!("l'{b}"))
            })
    })
}

/// Verbs (folded stems) by which a reporter reached a witness or a source: "joint par
/// téléphone", "contactée au téléphone", "a raconté par téléphone", "témoigne au téléphone".
const REPORTER_CONTACT: &[&str] =
    &["joint", "contact", "interrog", "racont", "temoign", "confi", "expliqu", "decri", "decrit"];

/// Does a verb of [`REPORTER_CONTACT`] stand in the two words before the phone phrase at
/// `start`? The phone then tells how the article's source spoke, not a call between two
/// parties ("les deux présidents se sont parlé au téléphone").
fn reaches_a_source(t: &str, start: usize) -> bool {
    words_back(t, start).take(2).any(|(s, e)| REPORTER_CONTACT.iter().any(|c| t[s..e].starts_with(c)))
}

/// Nouns (folded, singular and plural) that name the people an event involves, not the
/// event: the refugees of an exodus, the demonstrators of a protest. Where the sentence has
/// a verb's frame, that frame tells what happened to them or what they did ("interpellé
/// dans une colonne de réfugiés", "pillé par des manifestants").
const PARTICIPANTS: &[&str] = &[
    "refugie",
    "refugies",
    "refugiee",
    "refugiees",
    "deplace",
    "deplaces",
    "deplacee",
    "deplacees",
    "manifestant",
    "manifestants",
    "protestataire",
    "protestataires",
];

/// Is the frame at `h` one of [`PARTICIPANTS`] used as a noun (not after an auxiliary:
/// "a déplacé" is a verb)?
fn names_participants(t: &str, h: &Span) -> bool {
    PARTICIPANTS.contains(&&t[h.start..h.end])
        && !words_back(t, h.start).next().is_some_and(|(s, e)| AUXILIARIES.contains(&&t[s..e]))
}

/// Is the frame at `h` a past participle qualifying the noun before it, after its article
/// ("a visité le port reconquis", "sans compter les soldats capturés")? It tells
/// what the noun underwent, not the clause's event, when a main verb's frame stands before.
fn qualifies_its_noun(t: &str, h: &Span) -> bool {
    let word = t[h.start..h.end].split(' ').next().unwrap_or("");
    let participle =
        ["e", "es", "i", "is", "ise", "ises", "u", "us", "ue", "ues"].iter().any(|x| word.ends_with(x));
    if !participle || word.len() < 5 {
        return false;
    }
    let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
    let noun = back.next().is_some_and(|w| {
        w.len() > 2
            && !AUXILIARIES.contains(&w)
            && !DETERMINERS.contains(&w)
            && !POSSESSIVES.contains(&w)
            && !matches!(w, "ete" | "etre" | "avoir" | "pas" | "plus" | "jamais")
    });
    noun && back.next().is_some_and(|d| DETERMINERS.contains(&d) || matches!(d, "l" | "ces" | "ses" | "aux"))
}

/// Possessive and demonstrative determiners, which the [`DETERMINERS`] lack.
const POSSESSIVES: &[&str] =
    &["son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces"];

/// A body named as where words were said ("a témoigné devant l'Assemblée générale") is
/// the venue of a statement, not a session of its own: its frame falls to weight 2 when the
/// sentence has a statement's frame.
fn venues_give_way(t: &str, out: &mut [TriggerHit]) {
    if !out.iter().any(|h| h.trigger.kind == EventType::Statement) {
        return;
    }
    for h in out.iter_mut().filter(|h| h.trigger.class == FrameClass::Un) {
        let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
        if matches!(back.next(), Some("le" | "la" | "l")) && back.next() == Some("devant") {
            h.trigger.weight = h.trigger.weight.min(2);
        }
    }
}

/// Does a meeting verb at `h` ("réunir", "convoquer") take its own subject's body as its
/// object, with a possessive ("réunit d'urgence son état-major", "convoque ses ministres")?
/// An internal session, not talks between parties.
fn convenes_its_own(t: &str, h: &Span) -> bool {
    let word = &t[h.start..h.end];
    if !(word.starts_with("reuni") || word.starts_with("convoqu")) {
        return false;
    }
    clause_words_after(t, h.end)
        .filter(|w| !matches!(*w, "en" | "d" | "urgence" | "aussitot" | "immediatement"))
        .take(1)
        .any(|w| matches!(w, "son" | "sa" | "ses" | "leur" | "leurs"))
}

/// Is the frame at `start` the complement of a place noun ("le camp de déplacés", "un site
/// de réfugiés")? It names the place, not an event.
fn names_a_place(t: &str, start: usize) -> bool {
    let mut back = words_back(t, start).map(|(s, e)| &t[s..e]);
    matches!(back.next(), Some("de" | "d" | "des" | "du"))
        && back.next().is_some_and(|w| matches!(w, "camp" | "camps" | "site" | "sites"))
}

/// Is the frame at `h` a gerund ("en inspectant ses troupes", "en bombardant le pont")?
/// It tells the circumstance or the means of the main verb.
fn is_gerund(t: &str, h: &Span) -> bool {
    let word = t[h.start..h.end].split(' ').next().unwrap_or("");
    word.len() > 5
        && word.ends_with("ant")
        && words_back(t, h.start).next().is_some_and(|(s, e)| &t[s..e] == "en")
}

/// Gerunds ([`is_gerund`]) and the complements of place nouns ([`names_a_place`]) fall to
/// weight 2 when another frame of the sentence can tell the event: alone, they may be all
/// the sentence says of it ("des hommes armés ont fouillé le camp de déplacés").
fn gerunds_give_way(t: &str, out: &mut [TriggerHit]) {
    let gerund =
        |h: &TriggerHit| is_gerund(t, &Span { start: h.start, end: h.end }) || names_a_place(t, h.start);
    // the main verb stands before the gerund, or in a clause of its own after a semicolon:
    // a frame after a mere comma may be one more circumstance
    let main_for = |g: &TriggerHit, h: &TriggerHit| {
        h.trigger.kind != EventType::Statement
            && h.trigger.weight >= 3
            && !gerund(h)
            && (h.start < g.start || t.get(g.end..h.start).is_some_and(|gap| gap.contains(';')))
    };
    for i in 0..out.len() {
        if gerund(&out[i]) && out.iter().any(|h| main_for(&out[i], h)) {
            out[i].trigger.weight = out[i].trigger.weight.min(2);
        }
    }
}

/// People named by their plight or cause ([`names_participants`]) and participles that
/// qualify their noun ([`qualifies_its_noun`]) fall to weight 2 when a frame of an event
/// stands before them in the sentence: that frame is the verb they depend on ("a été
/// interpellé dans une colonne de réfugiés", "a visité le port reconquis"). A frame after
/// them may be another fact ("des manifestants protestaient ; des hommes armés ont tiré").
fn qualifiers_give_way(t: &str, out: &mut [TriggerHit]) {
    let qualifier = |h: &TriggerHit| {
        let span = Span { start: h.start, end: h.end };
        names_participants(t, &span) || qualifies_its_noun(t, &span)
    };
    for i in 0..out.len() {
        let main_before = out[..i]
            .iter()
            .any(|h| h.trigger.kind != EventType::Statement && h.trigger.weight >= 3 && !qualifier(h));
        if main_before && qualifier(&out[i]) {
            out[i].trigger.weight = out[i].trigger.weight.min(2);
        }
    }
}

/// A fighting noun that is the subject of a toll ("les affrontements ont fait 427 morts",
/// "des tirs d'artillerie auraient tué dix civils") is the cause; the toll is the main
/// clause's own frame and tells the event: it takes the fighting frame's weight, which
/// falls to 2. The fighting noun opens its clause (or a "que" clause) after its article, and
/// the toll follows in the same clause with a verb between and no relative pronoun.
fn toll_of_its_subject(t: &str, out: &mut [TriggerHit]) {
    for i in 0..out.len() {
        let f = out[i];
        if f.trigger.kind != EventType::Fighting
            || f.trigger.weight < 3
            || !opens_clause_as_subject(t, f.start)
        {
            continue;
        }
        let Some(j) = (i + 1..out.len()).find(|&j| out[j].trigger.kind != EventType::Fighting) else {
            continue;
        };
        let c = out[j];
        if c.trigger.kind != EventType::Casualties || !verb_between(t, f.end, c.start) {
            continue;
        }
        out[j].trigger.weight = c.trigger.weight.max(f.trigger.weight);
        out[i].trigger.weight = 2;
    }
}

/// Does the frame at `start` head a phrase of circumstance ("lors d'une réunion", "au cours
/// d'une visite", "en marge du sommet", "pendant une opération")? It sets the scene of the
/// clause's own act; where does the phrase end (its next punctuation)?
fn circumstance_end(t: &str, start: usize) -> Option<usize> {
    let mut back = words_back(t, start).map(|(s, e)| &t[s..e]);
    let mut w = back.next()?;
    // "du" and "des" hold the preposition: "lors des combats", "en marge du sommet"
    if (DETERMINERS.contains(&w) || w == "l") && !matches!(w, "du" | "des") {
        w = back.next()?;
    }
    let opens = match w {
        "pendant" | "durant" => true,
        "de" | "d" | "du" | "des" => matches!(
            (back.next(), back.next()),
            (Some("lors" | "pendant" | "durant"), _)
                | (Some("cours"), Some("au"))
                | (Some("marge"), Some("en"))
                | (Some("occasion"), Some("l"))
        ),
        _ => false,
    };
    opens.then(|| crate::fold::find_any(&t[start..], b",;:()").map_or(t.len(), |i| start + i))
}

/// A meeting, a visit or an operation in a phrase of circumstance ([`circumstance_end`]:
/// "lors d'une réunion, le ministre a déclaré…", "a exfiltré ses diplomates lors d'une
/// opération militaire") falls to weight 2 when a frame outside the phrase tells what was
/// done there: words said, or another event's act. Not a decision's venue ("ont donné leur
/// feu vert lors d'un sommet": the summit decided), nor a toll's cause ("tué lors d'une
/// fusillade": the fight is the event). Alone, the phrase may be all the sentence says.
fn circumstances_give_way(t: &str, out: &mut [TriggerHit]) {
    // a call is itself the talk between its parties: "lors d'un appel, X a déclaré à Y…"
    let scene = |h: &TriggerHit| {
        matches!(h.trigger.kind, EventType::Talks | EventType::Diplomacy)
            && h.trigger.class != FrameClass::Call
            || h.trigger.class == FrameClass::Offensive
    };
    if out.iter().any(|h| h.trigger.kind == EventType::Casualties) || !out.iter().any(scene) {
        return;
    }
    for i in 0..out.len() {
        let h = out[i];
        if !scene(&h) || h.trigger.weight < 3 {
            continue;
        }
        let Some(end) = circumstance_end(t, h.start) else { continue };
        let main_outside = out.iter().any(|g| {
            let act = match g.trigger.kind {
                EventType::Statement => g.trigger.class == FrameClass::Statement && g.trigger.weight >= 1,
                _ => g.trigger.weight >= 3,
            };
            act && (g.start < h.start || g.start >= end)
        });
        if main_outside {
            out[i].trigger.weight = 2;
        }
    }
}

/// Nouns of a halt: what they govern stops ("la suspension des frappes", "l'arrêt des
/// combats", "une pause dans les bombardements", "le gel des négociations").
const HALT_NOUNS: &[&str] =
    &["suspension", "arret", "cessation", "pause", "interruption", "gel", "suspensions"];
/// Stems of verbs of halting ("ont suspendu leurs raids", "interrompt les pourparlers",
/// "gèle les discussions").
const HALT_VERBS: &[&str] = &["suspend", "interromp", "gele", "gelent", "geler"];
/// Words that may stand between a halt and what it stops.
const HALT_LINKS: &[&str] = &[
    "de",
    "des",
    "du",
    "d",
    "l",
    "la",
    "le",
    "les",
    "ses",
    "leurs",
    "leur",
    "sa",
    "son",
    "aux",
    "au",
    "a",
    "dans",
    "toutes",
    "tous",
    "temporaire",
    "provisoire",
];

/// Words of talks that a halt suspends ("le gel des négociations", "a interrompu le
/// dialogue"). An agreement or a treaty suspended ("le gel d'un accord de paix") is
/// an act of its own on the agreement, not a turn of talks.
const TALKS: &[&str] =
    &["negociation", "pourparler", "dialogue", "discussion", "entretien", "consultation", "mediation"];

/// Where the halt governing the frame at `start` stands: a halt noun or verb, or "fin"
/// after a form of "mettre" ("a mis fin aux discussions"), with only articles and
/// prepositions between.
fn halt_before(t: &str, start: usize) -> Option<Span> {
    let mut back =
        words_back(t, start).map(|(s, e)| (s, e, &t[s..e])).skip_while(|w| HALT_LINKS.contains(&w.2));
    let (s, e, w) = back.next()?;
    if HALT_NOUNS.contains(&w) || HALT_VERBS.iter().any(|v| w.starts_with(v)) {
        return Some(Span { start: s, end: e });
    }
    let (ms, _, m) = back.next().filter(|_| w == "fin")?;
    (m.starts_with("met") || m.starts_with("mis")).then_some(Span { start: ms, end: e })
}

/// A fight that is halted is a truce; talks that are halted are a turn of the talks. "La
/// coalition a annoncé la suspension de ses opérations", "les rebelles ont suspendu leurs
/// attaques", "a mis fin aux négociations": the halt, not the fighting nor the statement,
/// is the event. A halt that only qualifies ("malgré l'arrêt des combats", "réclame la
/// cessation des hostilités" is left to the modals) changes nothing.
fn halts_take_over(facts: &SentenceFacts, out: &mut [TriggerHit]) {
    let t = facts.t;
    for h in out.iter_mut() {
        let talks =
            h.trigger.class == FrameClass::Meeting && TALKS.iter().any(|w| t[h.start..].starts_with(w));
        if h.trigger.kind != EventType::Fighting && !talks {
            continue;
        }
        let Some(halt) = halt_before(t, h.start) else { continue };
        if qualifies_only(facts, &halt, FrameClass::Agreement) {
            continue;
        }
        h.trigger = if talks {
            Trigger { weight: h.trigger.weight.max(6), ..h.trigger }
        } else {
            Trigger { kind: EventType::Ceasefire, class: FrameClass::Agreement, weight: 6, needs: None }
        };
    }
}

/// Does the frame at `start` open its clause after an article, or after "que" and an
/// article ("Selon l'OMS, les combats…", "assure que des tirs…")?
fn opens_clause_as_subject(t: &str, start: usize) -> bool {
    let words = clause_words_before(t, start);
    match words.as_slice() {
        [.., det] if !["les", "des", "la", "le", "l", "un", "une"].contains(det) => false,
        [_] => true,
        [.., "que" | "qu", _] => true,
        _ => false,
    }
}

/// Between `a` and `b`: no clause boundary, at most six words, a verb of toll or an
/// auxiliary ("ont fait", "auraient", "a coûté"), and no relative pronoun.
fn verb_between(t: &str, a: usize, b: usize) -> bool {
    let gap = &t[a..b];
    if gap.contains([',', ';', ':', '(', ')']) {
        return false;
    }
    let words: Vec<&str> = crate::fold::ascii_words(gap).collect();
    words.len() <= 6
        && !words.iter().any(|w| matches!(*w, "qui" | "que" | "qu" | "dont" | "ou"))
        && words.iter().any(|w| {
            AUXILIARIES.contains(w)
                || matches!(
                    *w,
                    "auraient" | "aurait" | "avaient" | "avait" | "fait" | "font" | "coute" | "coutent"
                )
        })
}

/// Where a trigger was found, in bytes of the folded sentence.
struct Span {
    start: usize,
    end: usize,
}

/// Is the frame's word the other sense its form shares: "juge(s)" after a determiner is the
/// judge, not "jugé" ("les juges ont siégé"); "arrêter de" before an infinitive is to stop
/// doing ("il a arrêté de fumer"). Neither tells a trial or an arrest.
fn other_sense(t: &str, h: &Span, class: FrameClass) -> bool {
    let word = &t[h.start..h.end];
    match class {
        FrameClass::Court if word.starts_with("juge") && !judges_opinion(t, h.end) => {
            words_back(t, h.start).next().is_some_and(|(s, e)| {
                DETERMINERS.contains(&&t[s..e])
                    || matches!(&t[s..e], "ses" | "aux" | "au" | "l")
                    // "qu'il jugeait trop vague", "elle juge la trêve fragile": a personal
                    // pronoun subject gives an opinion; a trial is passive ("a été jugé")
                    // or has a court as its subject
                    || matches!(&t[s..e], "il" | "elle" | "ils" | "elles" | "on" | "je" | "nous" | "vous")
            })
        }
        FrameClass::Court if word.starts_with("juge") => judges_opinion(t, h.end),
        FrameClass::Displacement => other_displacement_sense(t, h, word),
        FrameClass::Advance if word.starts_with("avancee") => progress_sense(t, h.end),
        FrameClass::Sanctions if word.starts_with("sanction") => sanction_not_decided(t, h, word),
        FrameClass::Arrest if word.starts_with("arret") => {
            let mut next = crate::fold::ascii_words(&t[h.end..]);
            matches!(next.next(), Some("de" | "d"))
                && next.next().is_some_and(|w| {
                    w.len() > 3 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
                })
        }
        _ => false,
    }
}

/// Sets of sanctions that are decided as one act ("un nouveau paquet de sanctions").
const SANCTION_SETS: &[&str] = &["paquet", "train", "serie", "vague", "salve", "volet"];

/// Does "sanction(ner)" at `h` name no sanction decided? A bare "de sanctions" qualifies
/// another noun ("la menace de sanctions", "un embargo assorti de sanctions"); the verb in
/// the present with no time named comments ("ce vote sanctionne un échec", the other sense,
/// or a lasting policy), where a decision is dated or in a past tense ("a sanctionné
/// lundi").
fn sanction_not_decided(t: &str, h: &Span, word: &str) -> bool {
    if word.starts_with("sanctionn") {
        return matches!(word, "sanctionne" | "sanctionnent") && !names_a_time(t);
    }
    let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
    matches!(back.next(), Some("de" | "d")) && !back.next().is_some_and(|w| SANCTION_SETS.contains(&w))
}

/// Does "juger" at a trigger ending at `end` give an opinion: "que" after it ("elle juge
/// que le texte va trop loin"), or an attribute after its object ("jugent ce bilan trop
/// lourd", "une piste jugée impraticable", "ont jugé son état stable")? A trial has a
/// person as its object and goes on with its charge, court or date ("jugé pour
/// désertion", "jugés par un tribunal militaire", "jugé lundi").
fn judges_opinion(t: &str, end: usize) -> bool {
    let to = crate::fold::find_any(&t[end..], b",;:()\".").map_or(t.len(), |i| end + i);
    let words: Vec<&str> = crate::fold::ascii_words(&t[end..to]).take(6).collect();
    if says_that(t, end) {
        return true;
    }
    for (i, w) in words.iter().enumerate() {
        if PREPOSITIONS.contains(w) || w.starts_with("coupable") {
            return false;
        }
        if INTENSIFIERS.contains(w) {
            return true;
        }
        // an attribute, not a noun after its article or a number ("les combattants")
        let after_det = i > 0
            && (DETERMINERS.contains(&words[i - 1])
                || words[i - 1].starts_with(|c: char| c.is_ascii_digit()));
        if !after_det && looks_adjective(w) {
            return true;
        }
    }
    false
}

/// Does "que" follow the verb ending at `end` ("a jugé que", "juge qu'il")?
fn says_that(t: &str, end: usize) -> bool {
    matches!(crate::fold::ascii_split(&t[end..]).find(|w| !w.is_empty()), Some("que" | "qu"))
}

/// Prepositions that go on with a trial's charge, court or time ("jugé pour désertion",
/// "jugé avant la fin de l'année").
const PREPOSITIONS: &[&str] = &[
    "pour", "par", "devant", "en", "a", "au", "aux", "dans", "sur", "avant", "apres", "pendant", "durant",
    "lors", "depuis",
];

/// Adverbs of degree, which stand before an attribute ("trop tard", "très inférieur").
const INTENSIFIERS: &[&str] =
    &["tres", "trop", "peu", "assez", "si", "plutot", "particulierement", "suffisamment", "insuffisamment"];

/// A folded word that reads as an adjective by its ending ("vitale", "legeres",
/// "satisfaisant", "credible", "excessive", "dangereux"); "coupable" and "responsable" are
/// a verdict's words.
fn looks_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ale", "ales", "ant", "ante", "ants", "antes", "ible", "ibles", "able", "ables", "ive", "ives",
        "ifs", "euse", "euses", "eux", "ique", "iques", "elle", "elles", "ere", "eres", "ieur", "ieure",
        "ieurs", "ieures", "aire", "aires",
    ];
    w.len() > 4
        && !w.starts_with("coupable")
        && !w.starts_with("responsable")
        && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Is a displacement word at `h` another sense of its form? "partie(s)" after an article,
/// a number, a quantity or "faire"/"en" is the noun ("la majeure partie", "les deux
/// parties", "faire partie de", "en partie"), not the participle ("les familles parties à
/// l'aube", "elle est partie"). "se déplacer" is to travel ("le ministre s'est déplacé sur
/// place"), not to be displaced.
fn other_displacement_sense(t: &str, h: &Span, word: &str) -> bool {
    let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
    if matches!(word, "partie" | "parties") {
        return back.next().is_some_and(|w| DETERMINERS.contains(&w) || PART_NOUN_BEFORE.contains(&w));
    }
    word.starts_with("deplac") && back.take(3).any(|w| matches!(w, "s" | "se")) || in_apposition(t, h)
}

/// Is the participle at `h` an apposition set between commas before its noun's verb ("le
/// gouvernement, réfugié à Riyad, a justifié…", "l'opposant, exilé à Paris, dénonce…")?
/// It tells where someone lives, not a flight of that day.
fn in_apposition(t: &str, h: &Span) -> bool {
    let word = &t[h.start..h.end];
    if !t[..h.start].trim_end().ends_with(',') || !["e", "es", "ee", "ees"].iter().any(|x| word.ends_with(x))
    {
        return false;
    }
    let Some(comma) = t[h.end..].find(',').map(|i| h.end + i) else { return false };
    let next = crate::fold::ascii_words(&t[comma..]).next().unwrap_or("");
    crate::fold::ascii_words(&t[h.end..comma]).count() <= 4
        && (AUXILIARIES.contains(&next) || looks_finite(next))
}

/// Words after which "partie(s)" is the noun: articles and possessives the
/// [`DETERMINERS`] lack, numbers, sizes, "en partie", "faire partie".
const PART_NOUN_BEFORE: &[&str] = &[
    "aux",
    "ces",
    "cette",
    "sa",
    "son",
    "ses",
    "nos",
    "vos",
    "deux",
    "trois",
    "plusieurs",
    "autres",
    "toutes",
    "majeure",
    "grande",
    "bonne",
    "petite",
    "large",
    "infime",
    "en",
    "pour",
    "fait",
    "faire",
    "font",
    "faisait",
    "faisaient",
    "fera",
    "feront",
    "ferait",
];

/// Is "avancée" at a trigger ending at `end` progress, not troops moving on: an
/// evaluation follows it ("une avancée positive", "une avancée historique").
fn progress_sense(t: &str, end: usize) -> bool {
    let next = crate::fold::ascii_split(&t[end..]).find(|w| !w.is_empty());
    next.is_some_and(|w| {
        [
            "positive",
            "majeure",
            "importante",
            "significative",
            "notable",
            "historique",
            "considerable",
            "concrete",
            "diplomatique",
            "encourageante",
            "decisive",
            "reelle",
            "modeste",
            "timide",
        ]
        .iter()
        .any(|a| w == *a || w.strip_suffix('s') == Some(a))
    })
}

/// Is the frame at `start` a noun taken in general ("chaque tir coûte", "toute attaque
/// sera punie")? It names a kind of event, not one that happened.
fn is_generic(t: &str, start: usize) -> bool {
    words_back(t, start).next().is_some_and(|(s, e)| matches!(&t[s..e], "chaque" | "tout" | "toute"))
}

/// Does the sentence open with the span of time it sums up ("En trois mois, …", "En une
/// dizaine de jours, …"), or with a sum ("Au total, …")? What it tells is a tally over
/// that span, not one dated event.
fn is_tally(t: &str) -> bool {
    let s = t.trim_start();
    // "Au total, …", "En tout, …": a sum over the whole story, not one day's event
    if ["au total,", "en tout,", "au total ,", "en tout ,"].iter().any(|p| s.starts_with(p)) {
        return true;
    }
    let Some(head) = s.strip_prefix("en ").and_then(|r| r.split(',').next().filter(|_| r.contains(',')))
    else {
        return false;
    };
    let words: Vec<&str> = crate::fold::ascii_words(head).collect();
    let unit = |w: &str| {
        matches!(
            w,
            "semaine" | "semaines" | "mois" | "an" | "ans" | "annee" | "annees" | "decennie" | "decennies"
        )
    };
    // "En juillet de l'année suivante, …": a month makes the
    // head a date, whatever unit ends it
    if words.iter().any(|w| crate::time::month_of(w).is_some()) {
        return false;
    }
    // "une dizaine de jours": a count of days, loose enough to be a span
    let loose_days = words.windows(3).any(|w| w[0].ends_with("aine") && w[1] == "de" && w[2] == "jours");
    words.len() <= 5 && (words.last().is_some_and(|w| unit(w)) || loose_days)
}

/// Is a count of the dead or the displaced summed over a counted span of the war ("en deux
/// ans de guerre", "le bilan de trois mois de conflit", "deux ans après le début
/// des hostilités")? A total to date, not one dated event.
fn is_war_span_total(t: &str) -> bool {
    let words: Vec<&str> = crate::fold::ascii_words(t).collect();
    let unit = |w: &str| matches!(w, "mois" | "an" | "ans" | "annee" | "annees");
    let war = |w: &str| matches!(w, "guerre" | "conflit" | "combats" | "hostilites");
    (0..words.len()).filter(|&i| unit(words[i])).any(|i| {
        let rest = &words[i + 1..];
        let rest = rest.strip_prefix(&["jour", "pour", "jour"][..]).unwrap_or(rest);
        let noun = match rest {
            ["de", n, ..] => Some(*n),
            ["apres", "le", "debut", "de" | "du" | "des", more @ ..] => {
                more.iter().copied().find(|x| !matches!(*x, "la" | "l"))
            }
            _ => None,
        };
        noun.is_some_and(war)
    })
}

/// The classes of counts that [`is_war_span_total`] concerns.
fn class_counts_war_span(class: FrameClass) -> bool {
    use FrameClass::*;
    matches!(class, Toll | Death | Killing | Displacement)
}

/// Whether one of the places starting at `places` follows `end` directly, or after "de"
/// and a determiner ("prise de la ville de…" is not a place: "ville" comes first).
fn place_follows(t: &str, end: usize, places: &[usize]) -> bool {
    let Some(rest) = t.get(end..) else { return false };
    let trimmed = rest.trim_start();
    let mut at = end + rest.len() - trimmed.len();
    for link in ["de la ", "de l'", "du ", "des ", "de ", "d'", "l'", "la ", "le ", "les "] {
        if trimmed.starts_with(link) {
            at += link.len();
            break;
        }
    }
    places.contains(&at)
}

/// Words for a town that may stand as the subject of a verb of falling ("la ville est tombée").
const TOWN_NOUNS: &[&str] =
    &["ville", "capitale", "localite", "village", "bastion", "cite", "garnison", "metropole", "fief"];

/// Whether a town is the subject right before `start`, in the same clause: a town noun
/// (maybe with its adjective) or a known place among the three words before, past an
/// auxiliary ("Kharbine tombe", "la capitale est tombée"), so that "les prix tombent" or
/// "la décision tombe" report nothing. Not a hypothesis ("si la ville tombe"), not a place
/// that makes something fall ("Bakou a fait tomber"), not a place after a preposition ("sur
/// Kharbine tombent des obus").
fn town_precedes(t: &str, start: usize, places: &[usize]) -> bool {
    let mut words = [(0, 0); 5];
    let mut n = 0;
    for w in words_back(t, start).take(5) {
        words[n] = w;
        n += 1;
    }
    let back = &words[..n];
    if back.iter().any(|&(s, e)| &t[s..e] == "si") {
        return false;
    }
    let word = |i: usize| back.get(i).map_or("", |&(s, e)| &t[s..e]);
    if matches!(word(0), "fait" | "faire" | "font" | "faisant" | "fit" | "firent" | "faisait" | "faisaient") {
        return false;
    }
    // the auxiliary of a compound tense stands between the subject and the participle
    let aux =
        matches!(word(0), "est" | "sont" | "etait" | "etaient" | "fut" | "furent" | "serait" | "seraient");
    let first = usize::from(aux);
    let subject = |i: usize| {
        !matches!(word(i + 1), "sur" | "a" | "en" | "dans" | "vers" | "de" | "d" | "pres" | "depuis")
    };
    // a town noun, maybe with its adjective ("la capitale provinciale est tombée")
    TOWN_NOUNS.contains(&word(first))
        || TOWN_NOUNS.contains(&word(first + 1))
        || (first..first + 3).any(|i| back.get(i).is_some_and(|(s, _)| places.contains(s)) && subject(i))
}

/// Words for armed people or their units ("les combattants", "les blindés", "l'armée").
const ARMED_WORDS: &[&str] = &[
    "combattants",
    "rebelles",
    "insurges",
    "soldats",
    "troupes",
    "forces",
    "militaires",
    "miliciens",
    "milices",
    "jihadistes",
    "djihadistes",
    "armee",
    "blindes",
    "chars",
    "colonnes",
    "factions",
    "paramilitaires",
    "assaillants",
    "brigades",
    "bataillons",
    "commandos",
    "mercenaires",
    "guerilleros",
    "fantassins",
];

/// Whether the sentence names armed people, for frames of movement and expulsion whose
/// verbs are also said of runners, waves or the police.
fn names_armed(t: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric()).any(|w| ARMED_WORDS.contains(&w))
}

/// A chronology entry, as in a "Repères" box: a date, then a colon or a dash, then a
/// verbless phrase that names what happened ("18/12/2023 : prise de la ville",
/// "- 15 avril : début de l'offensive"). Its nouns are events, not backdrop or references.
fn is_chronology_entry(t: &str) -> bool {
    let s = t.trim_start_matches(|c: char| matches!(c, '-' | '*' | '•' | '–') || c.is_whitespace());
    let Some(sep) = s.find([':', '–']).or_else(|| s.find(" - ")) else { return false };
    let head: Vec<&str> =
        s[..sep].split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let numeric =
        head.len() == 1 && head[0].contains('/') && head[0].chars().all(|c| c.is_ascii_digit() || c == '/');
    let day_month = (2..=5).contains(&head.len())
        && head.iter().any(|w| crate::time::month_of(w).is_some())
        && head.iter().any(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) || *w == "1er")
        && head.iter().all(|w| {
            crate::time::month_of(w).is_some()
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(*w, "le" | "1er")
                || crate::time::weekday_of(w).is_some()
        });
    numeric || day_month
}

/// A meeting trigger right before "pour" (at most one word between).
fn meets_for(t: &str, meeting: &TriggerHit, purpose_start: usize) -> bool {
    meeting.trigger.class == FrameClass::Meeting
        && t.get(meeting.end..purpose_start).is_some_and(|gap| gap.split_whitespace().count() <= 3)
}

/// Auxiliaries: after a relative clause's own verb, one of these starts the main clause
/// again ("les soldats qui gardaient le poste ont été tués").
const AUXILIARIES: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avaient", "etait", "etaient", "sera", "seront", "aura", "auront",
    "aurait", "auraient",
];

/// The words of the folded sentence `t` from the start of the clause (after the last
/// punctuation) up to `start`.
pub(crate) fn clause_words_before(t: &str, start: usize) -> Vec<&str> {
    let segment_start = crate::fold::rfind_any(&t[..start], b",;:(\"").map_or(0, |i| i + 1);
    // sized for a word every four bytes, so that a long clause seldom grows the buffer
    let mut words = Vec::with_capacity((start - segment_start) / 4 + 4);
    words.extend(crate::fold::ascii_words(&t[segment_start..start]));
    words
}

/// Is the trigger at `start` inside a relative clause ("des combattants qui rendent les
/// armes", "l'offensive, dont le bilan…")? The clause runs from "qui"/"dont" to the next
/// punctuation, or to an auxiliary that starts a second verb group. A cleft sentence ("c'est
/// l'armée qui a tiré") puts its event in the relative clause, so it does not count.
fn in_relative_clause(t: &str, start: usize, words: &[&str]) -> bool {
    let relative = |w: &str| {
        matches!(
            w,
            "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles" | "auquel" | "auxquels"
        )
    };
    // "où" folds to "ou" ("or"): relative only where it opens the clause, after a comma
    let Some(r) = words.iter().enumerate().rposition(|(i, w)| relative(w) || (i == 0 && *w == "ou")) else {
        return false;
    };
    let cleft = is_cleft(t, start);
    // a second verb group: an auxiliary after the clause's own verb
    let mut seen_verb = false;
    for (k, w) in words[r + 1..].iter().enumerate() {
        // a reporting relative opens reported speech: in "…, qui affirme que les forces ont
        // lancé une attaque", what follows "que" is the report, not a qualifier
        if k >= 1 && matches!(*w, "que" | "qu") && !matches!(words.get(r + 2 + k).copied(), Some("de" | "d"))
        {
            return false;
        }
        if AUXILIARIES.contains(w) {
            if seen_verb {
                return false;
            }
            seen_verb = true;
        } else if looks_finite(w) {
            seen_verb = true;
        }
    }
    !cleft
}

/// Nouns of texts whose relative clause tells what they do ("un texte qui met un terme à
/// la guerre", "un protocole qui met fin aux combats").
const TEXTS: &[&str] = &["declaration", "accord", "texte", "traite", "document", "protocole", "memorandum"];

/// Is the frame of `class` a truce told by the relative clause of a text's noun ("ont signé
/// un protocole qui met fin aux combats")? The text is that truce: the frame tells what was
/// signed, not a qualifier of it. `words` are its clause's words before it.
fn states_the_text(words: &[&str], class: FrameClass) -> bool {
    class == FrameClass::Agreement
        && words.windows(2).any(|p| TEXTS.contains(&p[0]) && matches!(p[1], "qui" | "dont"))
}

/// Does the relative clause before `start` close a cleft sentence ("c'est la ligne reliant
/// les deux villes qui tombe en panne", "ce sont le port, l'aéroport et une centrale qui
/// ont été frappés")? The opener "c'est", "ce sont" or "c'était" stands before the last
/// relative pronoun, across commas, with no finite verb between them: the focused noun
/// phrase, however long, is the subject of the clause's verb.
fn is_cleft(t: &str, start: usize) -> bool {
    let words: Vec<&str> = crate::fold::ascii_words(&t[..start]).collect();
    let Some(r) = words.iter().rposition(|w| matches!(*w, "qui" | "que" | "qu")) else { return false };
    let from = r.saturating_sub(16);
    let Some(o) = words[from..r].windows(2).rposition(|p| {
        matches!(p, ["c", "est"] | ["ce", "sont"] | ["c", "etait"] | ["ce", "furent"] | ["ce", "fut"])
    }) else {
        return false;
    };
    words[from + o + 2..r].iter().all(|w| !AUXILIARIES.contains(w) && !looks_finite(w))
}

/// Is the trigger at `start` under a negation in its clause ("n'a pas participé aux
/// négociations", "n'ont jamais été arrêtés")? "ne"/"n'" must come just before the negator,
/// so "plus de mille" or "pas moins de" alone are no negation.
fn is_negated(words: &[&str]) -> bool {
    // a negative determiner before the trigger's noun ("aucun coup de feu", "aucune victime",
    // "sans combat", "ni tir ni bombardement"): the noun names what did not happen
    let negator = |w: &&str| matches!(*w, "aucun" | "aucune" | "nul" | "nulle" | "sans" | "ni");
    if words.last().is_some_and(negator) {
        return true;
    }
    // also with an article between ("ni les frappes ni les combats")
    if let [.., neg, det] = words {
        if negator(neg) && DETERMINERS.contains(det) {
            return true;
        }
    }
    // "sans" before the infinitive that governs the noun ("sans signer de trêve", "sans
    // conclure l'accord"): what was not done
    if let [.., "sans", verb, det] = words {
        if is_infinitive(verb) && DETERMINERS.contains(det) {
            return true;
        }
    }
    // "a écarté toute négociation", "exclut tout cessez-le-feu": refused, not held; "a
    // démenti toute arrestation": denied
    if let [.., verb, "tout" | "toute" | "tous" | "toutes"] = words {
        if ["ecart", "exclu", "refus", "rejet", "rejett", "rejeter", "dement", "nie"]
            .iter()
            .any(|s| verb.starts_with(s))
        {
            return true;
        }
    }
    // "ni l'armée ni les rebelles n'ont publié de bilan": subjects joined by "ni" negate
    // the verb that follows them, with no "pas"
    if let Some(i) = words.iter().position(|w| *w == "ni") {
        if words[i + 1..].iter().skip(1).any(|w| matches!(*w, "ne" | "n")) {
            return true;
        }
    }
    let near = &words[words.len().saturating_sub(8)..];
    near.iter().enumerate().any(|(i, w)| {
        matches!(*w, "pas" | "jamais" | "plus" | "aucun" | "aucune" | "guere" | "ni")
            && near[i.saturating_sub(3)..i].iter().any(|x| matches!(*x, "ne" | "n"))
    })
}

/// Is the frame at `h` a noun that its sentence only describes: its subject, then a copula
/// ("est", "n'est pas", "reste") and an attribute, a noun phrase or an adjective ("la trêve
/// reste une façade", "le bilan est accablant")? A participle after the copula tells the
/// event ("la trêve est entrée en vigueur"), a figure its count ("le bilan est de dix morts").
fn is_described(t: &str, h: &Span) -> bool {
    let noun = &t[h.start..h.end];
    if noun.contains(' ') || !opens_clause_as_subject(t, h.start) {
        return false;
    }
    let mut after = crate::fold::ascii_words(&t[h.end..]).peekable();
    after.next_if(|w| matches!(*w, "ne" | "n"));
    if !after.next().is_some_and(|w| matches!(w, "est" | "etait" | "sont" | "etaient" | "reste" | "demeure"))
    {
        return false;
    }
    after.next_if(|w| matches!(*w, "pas" | "plus" | "jamais"));
    after.next().is_some_and(|w| matches!(w, "la" | "le" | "l" | "un" | "une") || looks_adjective(w))
}

/// Is the frame at `h` a verb in a simple tense between "ne" (and its object pronouns) and
/// the negator after it ("les soldats ne les délogent pas", "l'armée n'attaque jamais de
/// nuit")? [`is_negated`] reads only the words before the frame, where a compound tense
/// puts its negator ("n'ont pas attaqué").
fn negated_in_place(t: &str, h: &Span) -> bool {
    let ne = words_back(t, h.start)
        .map(|(s, e)| &t[s..e])
        .take(3)
        .find(|w| !CLITICS.contains(w) || *w == "ne")
        .is_some_and(|w| matches!(w, "ne" | "n"));
    ne && crate::fold::ascii_words(&t[h.end..])
        .next()
        .is_some_and(|w| matches!(w, "pas" | "jamais" | "plus" | "guere" | "point"))
}

/// Is the frame at `h` a participle set off by a comma, with its agent after it ("trois
/// soldats tués, touchés par un tir de mortier")? It describes the noun before the comma;
/// the clause's own verb tells the event.
fn is_detached_participle(t: &str, h: &Span) -> bool {
    let after_comma = t[..h.start].trim_end().ends_with(',');
    let word = t[h.start..h.end].split(' ').next().unwrap_or("");
    let participle = ["e", "es", "i", "is", "u", "us"].iter().any(|x| word.ends_with(x));
    after_comma && participle && t[h.start..].split(' ').nth(1) == Some("par")
}

/// Is the frame ending at `end` the subject of a verb later in its clause that says it did
/// not come about: a negated "avoir lieu" ([`takes_no_place`]) or a verb of difficulty
/// ([`struggles`])? The verb follows the noun, where [`is_negated`] does not look. Both are
/// read in one pass over the clause's words, with the two words before each.
fn fails_later(t: &str, end: usize) -> bool {
    let (mut p2, mut p1) = ("", "");
    clause_words_after(t, end).any(|w| {
        let hit = takes_no_place(p2, p1, w) || struggles(p1, w);
        (p2, p1) = (p1, w);
        hit
    })
}

/// Do the words `p2 p1 w` end a negated "avoir lieu" ("la rencontre prévue à Vienne n'aura
/// *pas lieu*", "le sommet n'a finalement *jamais eu lieu*")?
fn takes_no_place(p2: &str, p1: &str, w: &str) -> bool {
    let negator = |w: &str| matches!(w, "pas" | "jamais" | "plus");
    w == "lieu" && (negator(p1) || p1 == "eu" && negator(p2))
}

/// The words of the folded sentence `t` from `end` to the end of the clause (the next
/// punctuation or full stop).
fn clause_words_after(t: &str, end: usize) -> impl Iterator<Item = &str> {
    let to = crate::fold::find_any(&t[end..], b",;:()\".").map_or(t.len(), |i| end + i);
    crate::fold::ascii_words(&t[end..to])
}

/// Verbs of difficulty or delay ("peiner à", "tarder à"): what they govern has not come
/// about, and their subject lasts as a state ("la trêve peine à tenir", "les convois
/// peinent à passer", "l'aide tarde à arriver").
const STRUGGLES: &[&str] =
    &["peine", "peinent", "peinait", "peinaient", "tarde", "tardent", "tardait", "tardaient"];

/// Do the words `p1 w` say a verb of [`STRUGGLES`] and "à" ("la trêve *peine à* tenir")?
fn struggles(p1: &str, w: &str) -> bool {
    w == "a" && STRUGGLES.contains(&p1)
}

/// Is the frame at `start` in a clause opened by "si" before a subject ("si l'armée
/// bombardait Goris", "s'il attaquait", and the indirect question "on ignore si les troupes
/// ont tiré")? What it tells is supposed or asked, not told. Not the adverb ("de si
/// violents combats"), which stands before an adjective. So is a frame in a future "quand"
/// clause ([`is_future_when`]): a case to come.
fn is_hypothesis(t: &str, start: usize, words: &[&str]) -> bool {
    const SUBJECTS: &[&str] = &[
        "l", "la", "le", "les", "un", "une", "des", "il", "ils", "elle", "elles", "on", "ces", "cette", "ce",
    ];
    words
        .windows(2)
        .any(|w| matches!(w, ["si", next] if SUBJECTS.contains(next)) || matches!(w, ["s", "il" | "ils"]))
        || is_future_when(t, start, words)
}

/// Is the frame at `start` in a clause opened by "lorsque"/"quand" whose verb is in the
/// future ("quand une roquette tombera sur la ville")? The clause tells a case to come.
/// In the past ("quand les obus sont tombés") it tells an event.
fn is_future_when(t: &str, start: usize, before: &[&str]) -> bool {
    if !before.iter().any(|w| matches!(*w, "lorsque" | "lorsqu" | "quand")) {
        return false;
    }
    let to = crate::fold::find_any(&t[start..], b",;:()\".").map_or(t.len(), |i| start + i);
    let after = crate::fold::ascii_words(&t[start..to]);
    before.iter().copied().chain(after).any(|w| {
        w.len() > 4
            && (w.ends_with("era") || w.ends_with("eront") || w.ends_with("ira") || w.ends_with("iront"))
            || matches!(w, "sera" | "seront" | "aura" | "auront" | "fera" | "feront")
    })
}

/// Stems of verbs (and their nouns) that govern an act that did not happen: "empêcher X
/// de", "interdire à X de", "refuser de", "menacer de".
/// "la volonté de conclure", "l'intention de signer": a wish, not an act.
const UNREALISED: &[&str] = &["empech", "interdi", "refus", "menac", "volont", "intention", "accus"];

/// Verbs that deny what their party is said to have done ("a démenti avoir bombardé", "nie
/// avoir tiré"), as folded words or stems.
const DENIALS: &[&str] =
    &["dement", "nie", "nient", "nier", "niant", "conteste", "contestent", "refute", "refutent"];

/// Is the frame at `start` a past infinitive denied by its subject ("Bakou a démenti avoir
/// bombardé le village")? "avoir" stands right before the frame, a denial at most two words
/// before "avoir" ("a démenti", "nie catégoriquement"). Or is it in a clause after a denial
/// and "que" ("nie que des obus soient tombés")? What is denied did not happen according to
/// the sentence: its party only said so.
fn is_denied(t: &str, start: usize, words: &[&str]) -> bool {
    let denial = |w: &&str| DENIALS.iter().any(|d| w.starts_with(d) && (d.len() > 3 || *w == *d));
    let mut back = words_back(t, start).map(|(s, e)| &t[s..e]);
    if back.next() == Some("avoir") && back.take(2).any(|w| denial(&w)) {
        return true;
    }
    // "Bakou dément que ses soldats aient tiré", "nie que des frappes aient eu lieu": the
    // denial governs the clause that "que" opens
    words.windows(2).any(|p| denial(&p[0]) && matches!(p[1], "que" | "qu"))
}

/// Stems of verbs that urge someone to act ("appelle les rebelles à déposer les armes",
/// "exhorte les deux camps à cesser le feu", "invite Paris à sanctionner", "incite les
/// habitants à évacuer le quartier", "a demandé aux milices de rendre leurs armes", "enjoint, implore,
/// adjure l'armée de…"), or order it ("a ordonné aux troupes de reprendre la colline", "a
/// reçu l'ordre d'arrêter les fuyards").
const URGES: &[&str] =
    &["appel", "exhort", "invit", "incit", "demand", "enjoi", "implor", "adjur", "ordonn", "ordre"];

/// Is the frame at `start` an infinitive (or the words right after one and its article: "à
/// faire taire les armes", "à observer une trêve") after "à" or "de" and its object
/// pronouns, governed by a verb of [`URGES`] at most nine words before, with only its
/// object between (no auxiliary, no other finite verb)?
/// What is urged has not happened: the call is what was said. The "a" before the
/// infinitive is the preposition; a noun of the family ("l'appel à déposer les armes") is
/// a call too, a noun in "-ation" ("l'invitation") is not read.
fn is_urged(t: &str, start: usize) -> bool {
    governed_infinitive(t, start, |w| {
        URGES.iter().any(|u| w.starts_with(u)) && !w.ends_with("ation") && !w.ends_with("ations")
    })
}

/// Is the frame at `start` an infinitive (or its object) that a word of `governs` takes
/// after "à" or "de", as [`is_urged`] reads it? Quotation marks are read through.
fn governed_infinitive(t: &str, start: usize, governs: impl Fn(&str) -> bool) -> bool {
    let own = crate::fold::ascii_words(&t[start..]).next().unwrap_or("");
    // a quoted infinitive ("a promis de « riposter »") is governed like a bare one
    let start = t[..start].trim_end_matches([' ', '"']).len();
    let mut back = words_back(t, start).map(|(s, e)| &t[s..e]).peekable();
    if !is_infinitive(own) {
        // the frame may be the infinitive's object ("à observer une trêve") or its end ("à
        // faire taire les armes")
        back.next_if(|w| DETERMINERS.contains(w) || *w == "l");
        if !back.next().is_some_and(is_infinitive) {
            return false;
        }
    }
    while back.next_if(|w| CLITICS.contains(w) || matches!(*w, "s" | "se")).is_some() {}
    if back.next().is_none_or(|w| !matches!(w, "a" | "de" | "d")) {
        return false;
    }
    for w in back.take(9) {
        if governs(w) {
            return true;
        }
        if AUXILIARIES.contains(&w) || looks_finite(w) {
            return false;
        }
    }
    false
}

/// Stems of verbs of pledge, folded ("promettre de", "jurer de", "s'engager à"): what is
/// pledged has not happened yet. One list for the two readers of a pledge: the frame an
/// infinitive of pledge governs ([`is_pledge_word`]) and a statement that opens with a
/// pledge (`extract::is_pledge`).
pub(crate) const PLEDGES: &[&str] = &["promi", "promet", "jure", "jura", "engag"];

/// Is `w` a stem of [`PLEDGES`]?
pub(crate) fn is_pledge_stem(w: &str) -> bool {
    PLEDGES.iter().any(|p| w.starts_with(p))
}

/// Is `w` a verb of pledge ([`PLEDGES`]) or of resolve ("se dire déterminé à", "résolu
/// à", "prêt à")?
fn is_pledge_word(w: &str) -> bool {
    is_pledge_stem(w)
        || w.starts_with("determin")
        || w.starts_with("resolu")
        || matches!(w, "pret" | "prets" | "prete" | "pretes")
}

/// Stems of verbs of admission ("reconnaît que", "admet que", "concède que", "avoue que").
const ADMISSIONS: &[&str] = &["reconn", "admet", "admis", "conced", "avou"];

/// Is the frame at `h` in a clause that its party admits, with no date of its own ("l'armée
/// reconnaît que ses soldats ont quitté leurs positions", "le ministre admet que des
/// rebelles sont entrés dans la ville")? Read for changes of ground only: a party that
/// concedes lost ground makes a statement, and the advance is told, if at all, by the
/// sentences that date it; an admitted strike ("reconnaît que des roquettes ont visé…")
/// stays the strike. Quotation marks are read through: admitted words
/// are often quoted.
fn is_admitted(t: &str, h: &Span) -> bool {
    if dated_in_clause(&t[h.start..]) {
        return false;
    }
    let from = crate::fold::rfind_any(&t[..h.start], b",;:(").map_or(0, |i| i + 1);
    let words: Vec<&str> = crate::fold::ascii_words(&t[from..h.start]).collect();
    words.windows(2).any(|p| ADMISSIONS.iter().any(|a| p[0].starts_with(a)) && matches!(p[1], "que" | "qu"))
}

/// Stems of verbs of assertion that take an infinitive of the party's own act ("affirme
/// avoir frappé", "assure avoir abattu", "prétend avoir visé", "proclame avoir détruit").
/// "assurer" and "soutenir" also take a noun ("assure la sécurité"): only the infinitive
/// after them is read.
const ASSERTIONS: &[&str] = &["affirm", "assur", "pretend", "soutien", "souten", "soutenu", "proclam"];

/// Is the fighting frame at `h` what its party admits ([`ADMISSIONS`]: a loss suffered, "a
/// reconnu que deux avions avaient été abattus", or its own act, "avoue avoir pilonné le
/// mauvais village"), or a
/// strike it claims to have carried out ([`ASSERTIONS`] and a past infinitive: "affirment
/// avoir visé des camps", "assure en avoir abattu vingt"), undated in its clause? The claim
/// or the admission is the news: one side's word, which the other side often denies. A
/// party that claims a town taken ("affirme avoir pris le contrôle de…") tells a capture
/// with its claimant, and a claim that dates its act ("affirme avoir frappé la veille") the
/// fight. Quotation marks are read through: claims are often quoted.
fn is_asserted(t: &str, h: &Span, class: FrameClass) -> bool {
    let from = crate::fold::rfind_any(&t[..h.start], b",;:(").map_or(0, |i| i + 1);
    let words: Vec<&str> = crate::fold::ascii_words(&t[from..h.start]).collect();
    // a noun of the family ("une reconnaissance", "l'assurance") asserts nothing
    let verb = |w: &str, stems: &[&str]| stems.iter().any(|a| w.starts_with(a)) && !w.contains("ance");
    let Some(i) = words.iter().rposition(|w| verb(w, ADMISSIONS) || verb(w, ASSERTIONS)) else {
        return false;
    };
    // the claim opens at "que" or at the auxiliary of a past infinitive; the words before
    // it date the words said ("a reconnu samedi que…"), those after it the act
    let complement = &words[i + 1..];
    let opening = |stop: fn(&str) -> bool| complement.iter().take(8).position(|w| stop(w));
    let infinitive = opening(|w| matches!(w, "avoir" | "etre")).filter(|&k| k <= 5);
    let claim = match infinitive {
        Some(k) if class == FrameClass::Shelling || verb(words[i], ADMISSIONS) => k,
        // an admitted loss, suffered: a passive ("a reconnu que deux avions ont été
        // abattus") or a reflexive ("que ses unités se sont repliées"); an admitted
        // strike told in the active stays the strike
        _ if verb(words[i], ADMISSIONS) && (after_passive(t, h.start) || reflexive(&t[h.start..])) => {
            match opening(|w| matches!(w, "que" | "qu")) {
                Some(k) => k,
                None => return false,
            }
        }
        _ => return false,
    };
    let own_clause = t[h.start..].split([',', ';', ':', '(']).next().unwrap_or("");
    !dated_in_clause(own_clause)
        && !names_a_day_of_its_own(complement[claim + 1..].iter().copied())
        && !names_a_day_of_its_own(crate::fold::ascii_words(own_clause).take(12))
}

/// Does the verb form `rest` open with its reflexive pronoun ("s'étaient retirés", "se sont
/// repliées")?
fn reflexive(rest: &str) -> bool {
    rest.starts_with("s'") || rest.starts_with("se ")
}

/// Do the words of a claim name a day of its own ("que la veille, les troupes", "avoir pris
/// lundi", "à l'aube", "le week-end dernier")?
fn names_a_day_of_its_own<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    words.any(|w| {
        crate::time::weekday_of(w).is_some()
            || crate::time::month_of(w).is_some()
            || matches!(w, "hier" | "veille" | "nuit" | "matin" | "soir" | "lendemain" | "aube" | "dernier")
    })
}

/// Stems of verbs of warning ("a prévenu que", "avertit qu'", "en prévenant que"): their
/// clause tells a threat or a forecast, not a fact.
const WARNINGS: &[&str] = &["preven", "previen", "avert"];

/// Is the frame in a clause opened by a warning and "que" ([`WARNINGS`]: "a averti qu'un
/// assaut contre le port serait repoussé")? `words` are its clause's words before it.
fn is_warned(words: &[&str]) -> bool {
    words.windows(2).any(|p| matches!(p[1], "que" | "qu") && WARNINGS.iter().any(|w| p[0].starts_with(w)))
}

/// Is the frame at `h` a verb in the imperfect inside an "alors que"/"tandis que"/"pendant
/// que" clause ("le chauffeur a été blessé alors qu'il se rendait au marché")? It sets the
/// scene of the event the main clause tells.
fn is_circumstance(t: &str, h: &Span, words: &[&str]) -> bool {
    let verb = t[h.start..h.end].split(' ').find(|w| w.ends_with("ait") || w.ends_with("aient"));
    verb.is_some()
        && words
            .windows(2)
            .any(|p| matches!(p[0], "alors" | "tandis" | "pendant") && matches!(p[1], "que" | "qu"))
}

/// Stems of verbs whose "que" clause is wished, demanded or planned, not told ("exige que
/// les troupes se retirent", "prévoit qu'un tracé soit arrêté", "souhaite que les
/// pourparlers reprennent").
const WISHES: &[&str] = &["prevoi", "prevoy", "exig", "demand", "souhait", "reclam"];

/// Is the frame at `start` in a clause after a verb of wish or demand and "que"?
fn is_wished(words: &[&str]) -> bool {
    words.windows(2).any(|p| matches!(p[1], "que" | "qu") && WISHES.iter().any(|w| p[0].starts_with(w)))
}

/// Words that put the infinitive after them out of the facts: a wish or a plan ("veut
/// organiser des élections", "prévoit de retirer", "compte signer"), a purpose ("pour
/// laisser les blessés rejoindre un hôpital") or what was not done ("au lieu de").
/// (A `match`: this runs on each of the ten words before every frame.)
fn is_wish_head(w: &str) -> bool {
    matches!(
        w,
        "veut"
        | "veulent"
        | "voulait"
        | "voulaient"
        | "vouloir"
        | "voudrait"
        | "voudraient"
        | "souhaite"
        | "souhaitent"
        | "souhaitait"
        | "souhaitaient"
        | "espere"
        | "esperent"
        | "esperait"
        | "esperaient"
        | "compte"
        | "comptent"
        | "prevoit"
        | "prevoient"
        | "prevoyait"
        | "prevoyaient"
        | "lieu"
        | "pour"
        | "afin"
        | "destine"
        | "destinee"
        | "destines"
        | "destinees"
        | "visant"
        | "cense"
        | "censee"
        | "censes"
        | "censees"
        // "l'armée peine à reprendre le col", "l'aide tarde à arriver": not (yet) done
        | "peine"
        | "peinent"
        | "peinait"
        | "peinaient"
        | "tarde"
        | "tardent"
        | "tardait"
        | "tardaient"
    )
}

/// Is the frame at `start` inside an infinitive phrase that a word of [`is_wish_head`] governs,
/// with no finite verb between them ("dit vouloir user de la pause pour laisser les
/// familles recevoir des colis", "une opération destinée à désarmer les milices")?
/// "pour avoir bombardé" tells a cause, not a purpose; "pour l'attaque" has no infinitive.
fn in_wished_infinitive(t: &str, start: usize) -> bool {
    let own = crate::fold::ascii_split(&t[start..]).next().unwrap_or("");
    // the ten words before, on the stack: this runs for every frame
    let mut buf = [""; 10];
    let mut n = 0;
    for (s, e) in words_back(t, start).take(10) {
        buf[n] = &t[s..e];
        n += 1;
    }
    let back = &buf[..n];
    // the word after `k` towards the frame (the frame's own word after the nearest)
    let after = |k: usize| if k == 0 { own } else { back[k - 1] };
    for (k, w) in back.iter().enumerate() {
        let head = is_wish_head(w) && (*w != "lieu" || back.get(k + 1) == Some(&"au"));
        if head {
            // the infinitive right after the head, or after its "de"/"à" and pronouns
            let mut k = k;
            while k > 0 && (matches!(after(k), "de" | "d" | "a") || CLITICS.contains(&after(k))) {
                k -= 1;
            }
            return is_infinitive(after(k));
        }
        // "à" between a verb of difficulty and its infinitive ("tardent à franchir") is a
        // preposition, not the auxiliary "a"
        let preposition =
            *w == "a" && is_infinitive(after(k)) && back.get(k + 1).is_some_and(|v| STRUGGLES.contains(v));
        if !preposition && (AUXILIARIES.contains(w) || looks_finite(w)) {
            return false;
        }
    }
    false
}

/// Stems of verbs whose object is demanded or disputed, not told ("réclame la libération
/// des otages", "conteste la rétrocession des villages").
const DEMANDS: &[&str] = &["exig", "reclam", "demand", "contest", "revendiq"];

/// The offset of a verb of [`DEMANDS`] whose direct object is the frame at `start`: the
/// verb, an adverb at most, then the frame's article.
fn demanded_by(t: &str, start: usize) -> Option<usize> {
    let mut back = words_back(t, start);
    let (s, e) = back.next()?;
    if !DETERMINERS.contains(&&t[s..e]) && &t[s..e] != "l" {
        return None;
    }
    let (mut s, mut e) = back.next()?;
    if t[s..e].ends_with("ment") {
        (s, e) = back.next()?;
    }
    DEMANDS.iter().any(|d| t[s..e].starts_with(d)).then_some(s)
}

/// Stems of verbs that pass judgement on an event named as their object ("a condamné les
/// attaques", "qualifie l'offensive d'agression", "déplore les pillages"): the judgement is
/// the news; the event it names is told elsewhere, or is the backdrop of the words. Not
/// "saluer": a release or a truce welcomed is told by the welcome.
const JUDGEMENTS: &[&str] = &[
    "condamn",
    "denonc",
    "deplor",
    "qualifi",
    "critiqu",
    "fustig",
    "regrett",
    "stigmatis",
    "justifi",
    "juge",
];

/// The verb of [`JUDGEMENTS`] whose direct object is the frame at `start`: its article
/// right before it, and the verb before the article, or an adverb between ("a condamné
/// fermement les frappes", "a condamné sans détour des attaques"), or a time phrase ("a
/// critiqué le jour même une incursion")? A preposition between makes the event a cause
/// ("condamné pour l'attaque": a verdict).
///
/// Quotation marks are read through: the judged word quoted ("a dénoncé une « agression »")
/// and a short quoted manner between verb and object ("condamne « avec force » l'attaque").
fn judged_by(t: &str, start: usize) -> Option<&str> {
    let start = t[..start].trim_end_matches([' ', '"']).len();
    let (ds, de) = words_back(t, start).next()?;
    if !(DETERMINERS.contains(&&t[ds..de]) || &t[ds..de] == "l") {
        return None;
    }
    let mut back = words_back(t, before_quoted_aside(t, ds)).map(|(s, e)| &t[s..e]);
    let mut verb = back.next();
    if verb == Some("detour") && back.next() == Some("sans")
        || verb.is_some_and(crate::frames::index::is_adverb)
    {
        verb = back.next();
    }
    for _ in 0..3 {
        if !verb.is_some_and(|w| TIME_OF_DAY.contains(&w)) {
            break;
        }
        verb = back.next();
    }
    verb.filter(|w| JUDGEMENTS.iter().any(|j| w.starts_with(j)) && !w.ends_with("ation"))
}

/// Reflexive verbs that voice a feeling or a readiness with an adjective ("se dit
/// inquiet", "s'est déclarée prête", "se montrent favorables", "s'estime lésé").
const FEELING_VERBS: &[&str] = &["dit", "dite", "dits", "dites", "declar", "montr", "estim"];
/// Reflexive verbs that are themselves a feeling voiced, their object named after "de"
/// ("s'inquiète des frappes", "s'est alarmé de", "se félicite de", "s'indigne de").
const FEELINGS: &[&str] = &["inquiet", "alarm", "felicit", "indign", "rejoui", "rejouit", "emeu", "emouv"];

/// Is the frame at `start` the object of a feeling its clause's subject voices ("l'Unicef
/// se dit choquée par le récit de civils tués", "Caracas s'est
/// déclaré disposé à accueillir des réfugiés", "le pape s'inquiète des combats")? The
/// reflexive pronoun, an auxiliary at most, then a verb of [`FEELINGS`], or one of
/// [`FEELING_VERBS`] followed by its adjective, not by "que" ("il se dit que…" tells a
/// rumour). Quotation marks are read through: the adjective is often quoted.
fn voices_a_feeling(t: &str, start: usize) -> bool {
    let from = crate::fold::rfind_any(&t[..start], b",;:(").map_or(0, |i| i + 1);
    let words: Vec<&str> = crate::fold::ascii_words(&t[from..start]).collect();
    words.iter().enumerate().any(|(i, w)| {
        if !matches!(*w, "se" | "s") {
            return false;
        }
        let mut j = i + 1;
        if words.get(j).is_some_and(|a| matches!(*a, "est" | "sont" | "etait" | "etaient")) {
            j += 1;
        }
        let Some(verb) = words.get(j) else { return false };
        // "se félicite d'avoir obtenu une trêve": the subject's own act, done, is the news
        let own_act = matches!(words.get(j + 1..j + 3), Some(["d", "avoir" | "etre"]));
        FEELINGS.iter().any(|f| verb.starts_with(f)) && !own_act
            || FEELING_VERBS.iter().any(|f| verb.starts_with(f))
                && words
                    .get(j + 1)
                    .is_some_and(|a| !matches!(*a, "que" | "qu" | "de" | "d" | "a" | "au" | "en"))
    })
}

/// Words of a time phrase between a verb and its object ("le soir même", "le jour même",
/// "hier matin").
const TIME_OF_DAY: &[&str] = &["le", "soir", "matin", "jour", "meme", "hier", "midi"];

/// What a state does to a treaty it "dénonce": it repudiates it, a legal act, not words.
const REPUDIATION: Trigger =
    Trigger { kind: EventType::Political, class: FrameClass::Decree, weight: 5, needs: None };

/// Texts that bind a state, which "dénoncer" repudiates rather than condemns.
const PACTS: &[&str] = &["accord", "traite", "convention", "pacte", "protocole"];

/// Does the judging `verb` repudiate the text the frame `rest` names ("a dénoncé l'accord
/// de paix", "dénonce le traité")?
fn repudiates(verb: &str, rest: &str) -> bool {
    verb.starts_with("denonc") && PACTS.iter().any(|p| rest.starts_with(p))
}

/// Where a short quoted aside ending right before `pos` opens ("« avec force »", at most 30
/// bytes), or `pos` itself when none does.
fn before_quoted_aside(t: &str, pos: usize) -> usize {
    let before = t[..pos].trim_end();
    let Some(inner) = before.strip_suffix('"') else { return pos };
    inner.rfind('"').filter(|&open| pos - open <= 30).unwrap_or(pos)
}

/// Does a past participle follow the frame ending at `end` ("l'offensive lancée à l'aube",
/// "le raid mené contre le port")? The event is then told with its circumstances, not
/// only named by the judgement. Adjectives ("les frappes aériennes", "des attaques
/// meurtrières") and prepositions ("contre") are no participles.
fn participle_follows(t: &str, end: usize) -> bool {
    let Some(w) = crate::fold::ascii_words(&t[end..]).next() else { return false };
    let marked = ["ee", "ees", "ie", "ies", "ue", "ues", "is", "us"].iter().any(|x| w.ends_with(x));
    let masculine = (w.ends_with('e') || w.ends_with("es"))
        && w.len() >= 4
        && !looks_adjective(w)
        && !w.ends_with("enne")
        && !w.ends_with("ennes")
        && !matches!(w, "contre" | "entre" | "comme" | "presque");
    (marked || masculine) && !looks_adjective(w)
}

/// Stems of verbs of attempt ("tenter de", "tentative de", "essayer de"): what was tried did
/// not happen, except in fighting, where an attempt is itself an attack ("ont tenté
/// d'avancer", "tentatives de percée").
const ATTEMPTS: &[&str] = &["tent", "essai", "essay"];

/// Object pronouns that may stand between "de" and its infinitive ("de les arrêter").
const CLITICS: &[&str] = &["le", "la", "les", "l", "leur", "lui", "y", "en", "ne"];

/// The words of `t` before `start`, backwards, as byte ranges, up to the clause's start
/// (punctuation).
fn words_back(t: &str, start: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = t.as_bytes();
    let mut i = start.min(b.len());
    std::iter::from_fn(move || {
        while i > 0 && !b[i - 1].is_ascii_alphanumeric() {
            if matches!(b[i - 1], b',' | b';' | b':' | b'(' | b')' | b'"') {
                return None;
            }
            i -= 1;
        }
        if i == 0 {
            return None;
        }
        let e = i;
        while i > 0 && b[i - 1].is_ascii_alphanumeric() {
            i -= 1;
        }
        Some((i, e))
    })
}

/// Is the frame at `start`, of type `kind`, governed by a verb of prevention, refusal, attempt
/// or threat ("ont empêché les civils de fuir", "a interdit aux journalistes de se rendre",
/// "tentent de les arrêter", "menace de bombarder")? The governing word's offset: it stands
/// at most four words before "de".
fn unrealised_at(t: &str, start: usize, kind: EventType) -> Option<usize> {
    let rest = &t[start..];
    let mut back = words_back(t, start);
    if !(rest.starts_with("de ") || rest.starts_with("d'")) {
        // "de", after at most two object pronouns
        let mut w = back.next()?;
        for _ in 0..2 {
            if !CLITICS.contains(&&t[w.0..w.1]) {
                break;
            }
            w = back.next()?;
        }
        if !matches!(&t[w.0..w.1], "de" | "d") {
            return None;
        }
    }
    let governs = |w: &str| {
        UNREALISED.iter().any(|g| w.starts_with(g))
            || kind != EventType::Fighting && ATTEMPTS.iter().any(|g| w.starts_with(g))
    };
    back.take(5).find(|&(s, e)| governs(&t[s..e])).map(|(s, _)| s)
}

/// Does the clause that `rest` opens name a time of its own: a number, a month, a weekday
/// or a part of the day ("dans la nuit de samedi", "lundi soir", "la veille")?
fn dated_in_clause(rest: &str) -> bool {
    let clause = rest.split([',', ';', ':', '(']).next().unwrap_or("");
    crate::fold::ascii_words(clause).take(8).any(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || crate::time::month_of(w).is_some()
            || crate::time::weekday_of(w).is_some()
            || matches!(w, "hier" | "veille" | "nuit" | "matin" | "soir" | "lendemain")
    })
}

/// Phrases that make a clause report a habit, not a dated event ("les obus tombent
/// chaque nuit sur le port", "ils sont souvent arrêtés").
const HABITS: &[&str] = &[
    "tous les jours",
    "toutes les nuits",
    "tous les soirs",
    "tous les matins",
    "chaque jour",
    "chaque nuit",
    "chaque semaine",
    "chaque matin",
    "chaque soir",
    "chaque mois",
    "chaque annee",
    "chaque hiver",
    "chaque ete",
    "tous les mois",
    "tous les ans",
    "regulierement",
    "souvent",
    "d'habitude",
    "quotidiennement",
    "habituellement",
    // "les frappes deviennent quotidiennes", "des pénuries quotidiennes"
    "quotidienne",
    "quotidiennes",
    // "réclame depuis des mois", "patrouillent depuis des années": a state that lasts
    "depuis des jours",
    "depuis des semaines",
    "depuis des mois",
    "depuis des annees",
    "depuis des decennies",
    "depuis plusieurs semaines",
    "depuis plusieurs mois",
    "depuis plusieurs annees",
    "depuis longtemps",
    // "les pourparlers achoppent toujours", "ils sont toujours détenus": a state that is
    // still true when the article is written, not what happened that day
    "toujours",
];

/// Is the frame at `start` in a clause (between punctuation marks) that reports a habit, or
/// in a sentence that opens with one ("D'habitude, les convois passent le col")?
fn is_habit(s: &SentenceFacts, start: usize) -> bool {
    let t = s.t;
    if goes_on(t, start) || s.habit_opening() {
        return true;
    }
    // every habit phrase has one of the anchor words: most sentences have none, and are done
    // once for all their frames; the clause's own words are read only when they have one
    if !s.habit_anchor() {
        return false;
    }
    let delims = b",;:()\"";
    let from = crate::fold::rfind_any(&t[..start], delims).map_or(0, |i| i + 1);
    let to = crate::fold::find_any(&t[start..], delims).map_or(t.len(), |i| start + i);
    let clause = &t[from..to];
    if !has_habit_anchor(clause) {
        return false;
    }
    let b = clause.as_bytes();
    HABITS.iter().any(|h| {
        clause.match_indices(h).any(|(i, _)| {
            let e = i + h.len();
            (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && (e == b.len() || !b[e].is_ascii_alphanumeric())
                && (!h.starts_with("depuis") || !relative_between(t, start, from + i))
                && (*h != "toujours" || !names_a_day(clause))
        })
    })
}

/// Does `s` have a word that every habit phrase of [`HABITS`] has one of?
fn has_habit_anchor(s: &str) -> bool {
    crate::fold::ascii_split(s).any(|w| {
        matches!(
            w,
            "tous"
                | "toutes"
                | "chaque"
                | "regulierement"
                | "souvent"
                | "habitude"
                | "quotidiennement"
                | "habituellement"
                | "quotidienne"
                | "quotidiennes"
                | "depuis"
                | "toujours"
        )
    })
}

/// Does the sentence open with a habit ("D'habitude, …") or a span that lasts up to now
/// ([`lasting_opening`])? It sets every clause of the sentence in that time.
fn habit_opening(t: &str) -> bool {
    let opening = t.trim_start();
    HABITS.iter().any(|h| opening.strip_prefix(h).is_some_and(|r| r.trim_start().starts_with(',')))
        || lasting_opening(opening)
}

/// Is the statement at `h` a verb in the present (or the imperfect) in a sentence that names
/// no day, no date and no hour ("Le gouvernement dément toute ingérence", "Les voisins
/// accusent Kigali de soutenir la rébellion")? A party's position, true before and after the
/// article, not words said on a day: the dated declaration is told in the compound past or
/// with its day ("a démenti lundi", "dément ce matin").
fn is_undated_stance(t: &str, h: &Span) -> bool {
    let Some(word) = crate::fold::ascii_words(&t[h.start..]).next() else { return false };
    if is_vaguely_recent(t) {
        return true;
    }
    if !finite_present(word)
        || names_a_time(t)
        || names_an_occasion(t)
        || tells_a_past_act(&t[h.end..])
        || reports_speech(&t[h.end..])
        || !has_stance_object(word, &t[h.end..])
    {
        return false;
    }
    // a determiner makes it a noun ("l'exigence", "une offre"); an auxiliary a compound
    // tense or a passive ("a exigé", "est condamné")
    let mut back = words_back(t, h.start).map(|(s, e)| &t[s..e]);
    let mut prev = back.next();
    // object pronouns, and adverbs after an auxiliary ("a de nouveau exigé", "a aussitôt démenti")
    while let Some(w) = prev {
        let skip =
            matches!(w, "se" | "s" | "ne" | "n" | "les" | "leur" | "lui" | "y" | "en" | "nous" | "nouveau")
                || crate::frames::index::is_adverb(w);
        if !skip {
            break;
        }
        prev = back.next();
        if w == "nouveau" && prev == Some("de") {
            prev = back.next();
        }
    }
    !prev.is_some_and(|w| {
        AUXILIARIES.contains(&w)
            || matches!(
                w,
                "ete"
                    | "le"
                    | "la"
                    | "l"
                    | "un"
                    | "une"
                    | "de"
                    | "d"
                    | "du"
                    | "au"
                    | "ce"
                    | "cet"
                    | "cette"
                    | "son"
                    | "sa"
                    | "notre"
                    | "votre"
            )
    })
}

/// Is the sentence dated only by a vague recent span ("ces derniers jours", "récemment"),
/// with no day and no number? Words said then are a position voiced over time, not one
/// declaration of a day. (A repetition, "à plusieurs reprises", is left out: it is often
/// quoted inside a dated declaration.)
fn is_vaguely_recent(t: &str) -> bool {
    let mut vague = false;
    let mut prev = "";
    for w in crate::fold::ascii_split(t) {
        if w.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        vague |= matches!((prev, w), ("ces", "derniers" | "dernieres") | (_, "recemment"));
        prev = w;
    }
    vague && !names_a_day(t)
}

/// Is the object the mark of a lasting position: a denial of anything at all ("dément toute
/// implication", "nie tout soutien"), or an accusation of conduct that goes on ("accuse
/// Kigali de soutenir la rébellion", "les accusent de vouloir")? In a live report or a
/// story told in the present, other words said that day are news.
fn has_stance_object(verb: &str, rest: &str) -> bool {
    let mut words = crate::fold::ascii_words(rest);
    let first = words.next();
    if matches!(first, Some("tout" | "toute" | "tous" | "toutes")) {
        return true;
    }
    if !verb.starts_with("accus") {
        return false;
    }
    // "accuse Kigali de jouer", "accuse Ankara, alliée de Bakou, d'armer …": within ten
    // words, a "de"/"d'" then an infinitive other than "avoir" (a past act is no stance)
    let ws: Vec<&str> = std::iter::once(first).flatten().chain(words).take(10).collect();
    ws.windows(2).any(|w| matches!(w[0], "de" | "d") && is_infinitive(w[1]))
        && !ws.windows(2).any(|w| matches!(w[0], "de" | "d") && w[1] == "avoir")
}

/// Does a completive follow within three words ("affirme que", "déclare aussitôt qu'")?
/// Reported words ("annonce que les troupes se retirent") tell what was said that day; a
/// stance takes a noun or an infinitive ("dément toute ingérence", "accuse Kigali de …").
fn reports_speech(rest: &str) -> bool {
    crate::fold::ascii_words(rest).take(3).any(|w| matches!(w, "que" | "qu"))
}

/// Does the sentence name where the words were said ("dans un communiqué", "lors d'une
/// conférence de presse", "dans une allocution télévisée")? Words said on an occasion are
/// that occasion's news, in the present of a live report as much as in the past.
fn names_an_occasion(t: &str) -> bool {
    crate::fold::ascii_split(t).any(|w| {
        matches!(
            w,
            "communique"
                | "allocution"
                | "conference"
                | "discours"
                | "entretien"
                | "interview"
                | "declaration"
                | "message"
                | "lettre"
                | "tweet"
                | "televisee"
                | "televise"
        )
    })
}

/// Does what follows the statement's verb tell an act already done ("accuse l'armée
/// d'avoir tiré", "affirme qu'un soldat a été blessé", "disent avoir repoussé l'assaut")?
/// Words about a past act answer that act: a reaction dated by it, not a lasting stance.
fn tells_a_past_act(rest: &str) -> bool {
    let clause = rest.split(['.', ';']).next().unwrap_or(rest);
    let mut words = crate::fold::ascii_split(clause);
    let mut after_que = false;
    words.any(|w| {
        after_que |= matches!(w, "que" | "qu");
        w == "avoir" || after_que && matches!(w, "ont" | "avait" | "avaient" | "aurait" | "auraient" | "ete")
    })
}

/// A folded word shaped like a third person of the present or the imperfect ("accuse",
/// "réclament", "dément", "avertit", "affirmait"), not like a noun in "-ment"
/// ("avertissement") or a participle in "-i" ("démenti").
fn finite_present(w: &str) -> bool {
    let noun_in_ment = w.ends_with("ssement") || w.ends_with("gement") || w.ends_with("ements");
    w.len() > 3
        && !noun_in_ment
        && (w.ends_with('e') || w.ends_with("ent") || w.ends_with("it") || w.ends_with("ait"))
}

/// Does the sentence name a time: a day, a part of a day, a date or an hour (any number)?
fn names_a_time(t: &str) -> bool {
    names_a_day(t)
        || crate::fold::ascii_split(t).any(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                || matches!(
                    w,
                    "heure"
                        | "heures"
                        | "week"
                        | "jour"
                        | "jours"
                        | "semaine"
                        | "mois"
                        | "an"
                        | "annee"
                        | "tard"
                        | "foulee"
                )
        })
}

/// Does the clause name a day or a time of day ("tenait toujours vendredi", "toujours ce
/// matin")? "toujours" then observes on that day: the truce that still holds on Friday is
/// that day's news, while one that "still" holds with no day is a state.
fn names_a_day(clause: &str) -> bool {
    crate::fold::ascii_split(clause).any(|w| {
        crate::time::weekday_of(w).is_some()
            || crate::time::month_of(w).is_some()
            || matches!(w, "hier" | "aujourd" | "matin" | "soir" | "nuit" | "lendemain" | "veille")
    })
}

/// Does the sentence open with a counted span up to now ("Depuis un an, …", "Depuis six
/// semaines, …")? What follows lasts over that span: a state or a sum, not one dated
/// event. A clock time ("depuis 20 heures") or a date ("depuis le 12 mai") starts a
/// period at a point, which is the event's date, so it does not count.
fn lasting_opening(opening: &str) -> bool {
    let Some(rest) = opening.strip_prefix("depuis ").or_else(|| opening.strip_prefix("pendant ")) else {
        return false;
    };
    let Some(head) = rest.split(',').next().filter(|_| rest.contains(',')) else { return false };
    let words: Vec<&str> = crate::fold::ascii_words(head).collect();
    // "Depuis janvier, …": a month with no day starts a span, not one day's event ("Pendant
    // janvier" is no French opening, so the prefix needs no check)
    if let [m] = words.as_slice() {
        return crate::time::month_of(m).is_some();
    }
    let count = |w: &str| {
        matches!(
            w,
            "un" | "une"
                | "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "onze"
                | "douze"
                | "quinze"
                | "vingt"
                | "trente"
                | "quelques"
        ) || w.chars().all(|c| c.is_ascii_digit())
    };
    let unit = |w: &str| matches!(w, "semaine" | "semaines" | "mois" | "an" | "ans" | "annee" | "annees");
    matches!(words.as_slice(), [c, u] if count(c) && unit(u))
}

/// Does a relative pronoun stand between offsets `a` and `b` of `t`? A duration after it
/// belongs to another verb ("les pourparlers sur un différend qui dure depuis des années
/// se sont ouverts"): it does not make the frame a state that lasts.
fn relative_between(t: &str, a: usize, b: usize) -> bool {
    crate::fold::ascii_split(&t[a.min(b)..a.max(b)]).any(|w| matches!(w, "qui" | "que" | "qu" | "dont"))
}

/// Is the frame at `start` an infinitive after "continuer de/à" in the present ("les
/// combats continuent de ravager la plaine", "la faim continue à tuer")? It tells a state
/// that lasts, not a dated event; the past ("ont continué de pilonner lundi") still tells one.
fn goes_on(t: &str, start: usize) -> bool {
    let mut back = words_back(t, start).map(|(s, e)| &t[s..e]);
    let mut w = back.next();
    while w.is_some_and(|w| CLITICS.contains(&w)) {
        w = back.next();
    }
    // "continue" folds like the participle: "a continué de" is past
    matches!(w, Some("de" | "d" | "a"))
        && matches!(back.next(), Some("continue" | "continuent"))
        && !back.next().is_some_and(|a| AUXILIARIES.contains(&a))
}

/// A finite verb by its ending (imperfect, or a third-person plural that is no adverb or
/// noun in "-ment").
pub(crate) fn looks_finite(w: &str) -> bool {
    w.ends_with("ait") || w.ends_with("aient") || (w.len() > 5 && w.ends_with("ent") && !w.ends_with("ment"))
}

/// One of the 4 words before `start`, in its clause, is a [`REFERENCE`] word (scanning back
/// from the trigger only, so the cost does not grow with the sentence).
fn is_reference(t: &str, start: usize) -> bool {
    let b = t.as_bytes();
    let mut i = start.min(b.len());
    for _ in 0..4 {
        while i > 0 && !b[i - 1].is_ascii_alphanumeric() {
            // "peu après minuit, des tirs…": a clause boundary ends the phrase it heads
            if matches!(b[i - 1], b',' | b';' | b':') {
                return false;
            }
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
            return match &t[i..e] {
                "depuis" => since_event(t, e, start),
                "debut" => !announced(t, i),
                _ => true,
            };
        }
    }
    false
}

/// Is the word at `at` the object of a verb of announcement, after its article ("a annoncé
/// le début de l'offensive", "annonce le début des opérations")? A start announced is the
/// event that starts, not a time reference.
fn announced(t: &str, at: usize) -> bool {
    let mut back = words_back(t, at).map(|(s, e)| &t[s..e]);
    matches!(back.next(), Some("le" | "du")) && back.next().is_some_and(|w| w.starts_with("annon"))
}

/// Does "depuis" (ending at `from`) govern the trigger at `start` directly, after an article
/// at most, with no date after it ("depuis l'offensive": the start of a period)? A date
/// makes the phrase the report of a dated event ("depuis les combats du 3 mai"), and a
/// date between belongs to another phrase ("disparu depuis mardi a été retrouvé").
fn since_event(t: &str, from: usize, start: usize) -> bool {
    let between = crate::fold::ascii_words(&t[from..start]);
    between.clone().count() <= 1
        && between.into_iter().all(|w| DETERMINERS.contains(&w) || w == "l")
        && !date_follows(&t[start..])
}

/// Does a date come within the four words after a trigger's first word ("du 3 mai")?
fn date_follows(rest: &str) -> bool {
    crate::fold::ascii_split(rest)
        .filter(|w| !w.is_empty())
        .skip(1)
        .take(4)
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) || crate::time::month_of(w).is_some())
}

/// A trigger right after "pour", "afin de" or "en vue de" is a purpose ("cherchant du
/// carburant pour fuir"), not an event that happened; so is the object of a verb that only
/// says what the purpose is ("une trêve afin de faciliter l'évacuation du quartier").
fn is_purpose(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    if ends_with_purpose_marker(before) {
        return true;
    }
    let Some((rest, det)) = split_last_word(before) else { return false };
    let rest = if DETERMINERS.contains(&det) { rest } else { before };
    // "en vue de l'évacuation"; but "condamné pour l'attaque" is a cause, not a purpose
    if rest.trim_end().ends_with(" en vue de") || rest.trim_end().ends_with(" afin de") {
        return true;
    }
    match split_last_word(rest) {
        Some((rest, verb)) if PURPOSE_VERBS.contains(&verb) => {
            ends_with_purpose_marker(rest) || ends_with_intent(rest)
        }
        // "se sont rassemblés pour réclamer la démission du maire": the object of any verb
        // of purpose is what was sought, not what happened
        Some((rest, verb)) if is_infinitive(verb) => ends_with_purpose_marker(rest),
        _ => false,
    }
}

/// "censé", "destiné à", "visant à": what something is meant to do ("un accord censé
/// garantir le passage des convois") has not happened.
fn ends_with_intent(s: &str) -> bool {
    let s = s.trim_end();
    ["cense", "censee", "censes", "censees"].iter().any(|w| s.ends_with(&format!(" {w}")))
        || ["destine a", "destinee a", "destines a", "destinees a", "visant a"].iter().any(|m| s.ends_with(m))
}

/// A trigger that a verb of outcome introduces ("les pourparlers ont abouti à une trêve",
/// "ont débouché sur un accord", also with a date between: "aboutiront lundi à une
/// trêve"): what the talks produced is the event.
fn is_outcome(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    let Some((rest, det)) = split_last_word(before) else { return false };
    let rest = if DETERMINERS.contains(&det) { rest } else { before };
    let Some((mut rest, prep)) = split_last_word(rest) else { return false };
    let stem = match prep {
        "a" => "abouti",
        "sur" => "debouch",
        _ => return false,
    };
    // the verb, at most four words before its preposition
    for _ in 0..5 {
        let Some((r, word)) = split_last_word(rest) else { return false };
        if word.starts_with(stem) {
            return true;
        }
        rest = r;
    }
    false
}

/// A folded word that reads as an infinitive ("reclamer", "obtenir", "permettre"), other
/// than the auxiliaries of a past infinitive ("pour avoir bombardé" tells a cause).
fn is_infinitive(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
        && !matches!(w, "avoir" | "etre")
}

/// Verbs that, after a purpose marker, only name what the purpose is.
const PURPOSE_VERBS: &[&str] =
    &["permettre", "faciliter", "assurer", "garantir", "favoriser", "preparer", "accelerer"];

const DETERMINERS: &[&str] =
    &["le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "d'un", "d'une", "leur", "leurs"];

fn ends_with_purpose_marker(s: &str) -> bool {
    let s = s.trim_end();
    s == "pour"
        || [" pour", " afin de", " afin d'", " en vue de", " en vue d'", " le temps de", " le temps d'"]
            .iter()
            .any(|m| s.ends_with(m))
}

/// Nouns of armed men and their machines.
const ARMED: &[&str] = &[
    "soldat",
    "soldats",
    "troupes",
    "militaires",
    "forces",
    "combattants",
    "blindes",
    "chars",
    "unites",
    "paramilitaires",
    "miliciens",
    "rebelles",
    "insurges",
    "commandos",
    "fantassins",
    "armee",
    "colonne",
    // "un militaire", "un convoi militaire"
    "militaire",
];

/// Does the clause of the trigger at `start` open with armed men as its subject ("des
/// soldats ont franchi…", "les troupes azerbaïdjanaises…")? The first three words of the
/// clause are read, where a French subject stands.
pub fn armed_subject(t: &str, start: usize) -> bool {
    clause_words_before(t, start).iter().take(3).any(|w| ARMED.contains(w))
}

/// `s` without its last word, and that word (an elided article such as "l'" is a word).
fn split_last_word(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_end();
    let i = s.rfind(' ').map_or(0, |i| i + 1);
    (!s.is_empty()).then(|| (&s[..i], &s[i..]))
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

fn is_anaphoric(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    let last = crate::fold::ascii_split(before).next_back().unwrap_or("");
    ANAPHORIC.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;
    use EventType::*;

    fn kinds(s: &str) -> Vec<(EventType, &'static str)> {
        TriggerIndex::new()
            .find(&fold(s))
            .iter()
            .map(|h| (h.trigger.kind, h.trigger.class.as_str()))
            .collect()
    }

    #[test]
    fn triggers_and_classes() {
        assert_eq!(kinds("Des roquettes ont visé le village"), vec![(Fighting, "shelling")]);
        assert_eq!(kinds("Une trêve a été signée"), vec![(Ceasefire, "agreement")]);
        assert_eq!(kinds("Les manifestants ont bloqué le pont"), vec![(Protest, "protest")]);
        assert_eq!(kinds("deux violations du cessez-le-feu"), vec![(Fighting, "skirmish")]);
    }

    fn weight(sentence: &str, class: &str) -> u8 {
        let hits = TriggerIndex::new().find(&fold(sentence));
        hits.iter().find(|h| h.trigger.class.as_str() == class).map(|h| h.trigger.weight).unwrap_or(0)
    }

    /// Each case: whether the frame of `class` keeps the weight of an event (>= 3) in the
    /// sentence. Every failing case is listed.
    fn assert_event_weights(cases: &[(&str, &str, bool)]) {
        let failures: Vec<String> = cases
            .iter()
            .filter(|(s, class, fires)| (weight(s, class) >= 3) != *fires)
            .map(|(s, class, fires)| format!("{class} should {}fire: {s}", if *fires { "" } else { "not " }))
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The heaviest weight among the sentence's frames that are not statements.
    fn event_weight(sentence: &str) -> u8 {
        let hits = TriggerIndex::new().find(&fold(sentence));
        hits.iter().filter(|h| h.trigger.kind != Statement).map(|h| h.trigger.weight).max().unwrap_or(0)
    }

    #[test]
    fn a_halted_fight_is_a_truce_and_halted_talks_are_talks() {
        let truce = |s: &str| {
            let hits = TriggerIndex::new().find(&fold(s));
            hits.iter().any(|h| h.trigger.kind == Ceasefire && h.trigger.weight >= 3)
        };
        // a halt noun or verb whose object is the fighting: the halt is the event
        assert!(truce("Le commandement a annoncé jeudi la suspension de ses bombardements sur le port."));
        assert!(truce("Les miliciens ont interrompu leurs attaques contre la garnison."));
        assert!(truce("Dimanche, l'état-major a décrété l'arrêt provisoire des combats dans la vallée."));
        // talks halted: the talks decide, not the fighting named beside them
        assert_event_weights(&[
            (
                "Au lendemain de l'attaque, le président a mis fin aux négociations avec la guérilla.",
                "meeting",
                true,
            ),
            ("Le gouvernement a suspendu les négociations avec les syndicats de mineurs.", "meeting", true),
            // near miss: an agreement suspended is no turn of the talks
            (
                "Le lendemain, la junte annonça le gel de l'accord de coopération avec son voisin.",
                "meeting",
                false,
            ),
        ]);
        // near misses: a halt that is only a backdrop, a fight with no halt, "fin" alone
        assert!(!truce("Malgré l'arrêt des combats, les familles n'osent pas rentrer au village."));
        assert!(!truce("L'artillerie a bombardé le port toute la nuit."));
        assert!(!truce("À la fin des combats, les habitants ont enterré leurs morts."));
    }

    #[test]
    fn a_call_to_act_is_what_was_said() {
        // must act: the act is the infinitive (or its object) a verb of urging governs,
        // with the verb's object between
        let called = [
            "Le porte-parole de la junte a appelé les miliciens du delta à déposer les armes avant l'aube.",
            "Le nonce exhorte les deux armées à décréter une trêve de trois jours pour les récoltes.",
            "Jeudi, le médiateur a invité les deux délégations à signer une trêve sans attendre.",
            "Les chefs coutumiers ont été incités à rendre leurs armes au poste de Kandi.",
        ];
        let failures: Vec<&str> = called
            .iter()
            .copied()
            .filter(|s| event_weight(s) >= 3 || !kinds(s).iter().any(|(k, _)| *k == Statement))
            .collect();
        assert!(failures.is_empty(), "should be calls: {failures:#?}");
        // near misses: the act done; the call and the act in two clauses; a participle of
        // "appeler" that names soldiers sent; a noun of the family in "-ation"
        let done: Vec<&str> = [
            "Les miliciens du delta ont déposé les armes à l'aube.",
            "Le préfet a appelé au calme ; les miliciens ont déposé les armes dans la nuit.",
            "Les réservistes appelés en renfort ont bombardé la colline.",
            "Après l'invitation du médiateur à Lomé, les deux délégations ont signé une trêve.",
        ]
        .into_iter()
        .filter(|s| event_weight(s) < 3)
        .collect();
        assert!(done.is_empty(), "should stay the act: {done:#?}");
    }

    #[test]
    fn a_declaration_parties_sign_is_their_deal() {
        let deal = |s: &&str| weight(s, "meeting") >= 3;
        // must act: signed, initialled, countersigned, with a place or a time between the verb and
        // its object (beyond the reach of the frames' generated forms)
        let signed = [
            "Le 3 mars, les deux ministres signent dans la capitale togolaise une déclaration sur le corridor.",
            "Les émissaires des deux camps paraphèrent au palais du gouverneur une déclaration sur les otages.",
            "Les trois présidents contresignent solennellement à Niamey une déclaration sur les frontières.",
            "Les chefs des milices avaient signé la veille une déclaration sur le retour des déplacés.",
        ];
        let failures: Vec<&&str> = signed.iter().filter(|s| !deal(s)).collect();
        assert!(failures.is_empty(), "should be deals: {failures:#?}");
        // near misses: a refused signing, a declaration read, one speaker's own, a signing
        // of something else beside a declaration made
        let said = [
            "Le président a refusé hier de parapher la déclaration proposée par ses voisins.",
            "La ministre a lu une déclaration devant la presse à Lomé.",
            "« J'ai signé une déclaration de soutien aux familles », a écrit le député.",
            "Le chef rebelle a signé un décret ; son porte-parole a fait une déclaration.",
        ];
        let failures: Vec<&&str> = said.iter().filter(|s| deal(s)).collect();
        assert!(failures.is_empty(), "should not be deals: {failures:#?}");
    }

    #[test]
    fn a_feeling_voiced_is_what_was_said() {
        // "se dire" + adjective, "se déclarer prêt", "s'inquiéter de": the frames of the
        // complement are the object of the feeling
        assert!(
            event_weight("La haute-commissaire se dit « consternée » par le bilan de quarante civils tués.")
                < 3
        );
        assert!(event_weight("Le Chili s'est déclaré prêt à accueillir des milliers de réfugiés.") < 3);
        assert!(event_weight("Le pape s'inquiète des bombardements qui frappent la vieille ville.") < 3);
        assert!(event_weight("Les voisins se sont dits disposés à évacuer les blessés par avion.") < 3);
        // near misses: "il se dit que" reports a rumour's content; a reflexive verb of action
        assert!(event_weight("Il se dit que des obus sont tombés sur le port.") >= 3);
        assert!(event_weight("Les rebelles se sont emparés du village.") >= 3);
        // near miss: a feeling about one's own act, done, reports the act
        assert!(event_weight("Le médiateur se réjouit d'avoir arraché une trêve aux deux camps.") >= 3);
    }

    #[test]
    fn what_a_party_admits_is_its_words() {
        assert_event_weights(&[
            // an admission with no date of its own: the admission is the news
            ("Le ministère reconnaît que ses troupes ont quitté leurs positions.", "handover", false),
            ("L'état-major admet que des insurgés sont entrés dans la ville.", "advance", false),
            ("Le gouverneur a concédé que la milice avait pris le contrôle du barrage.", "advance", false),
            // an admitted strike stays the strike
            ("Le gouverneur admet que des obus ont visé l'hôpital.", "shelling", true),
            // near misses: the admitted act dated in its own clause, the act told plainly
            ("L'état-major admet que des insurgés sont entrés mardi dans la ville.", "advance", true),
            ("Des insurgés sont entrés dans la ville.", "advance", true),
        ]);
    }

    #[test]
    fn a_strike_claimed_or_a_loss_admitted_is_the_claim() {
        assert_event_weights(&[
            // must act: a strike its party claims by a past infinitive, in any tense and order
            ("Les insurgés affirment avoir bombardé une caserne près de Valmoret.", "shelling", false),
            (
                "Le ministère assure de son côté avoir abattu trois drones au-dessus du port.",
                "shelling",
                false,
            ),
            ("La garde côtière prétendait avoir frappé uniquement des vedettes armées.", "shelling", false),
            // must act: a loss or an attack its party admits, by "que" or an infinitive
            ("L'état-major a reconnu jeudi que deux hélicoptères avaient été abattus.", "shelling", false),
            ("Le commandant de la base avoue avoir pilonné le mauvais village.", "shelling", false),
            ("Le gouverneur admet que ses miliciens se sont affrontés aux gendarmes.", "skirmish", false),
            // near misses: a town claimed taken is the capture with its claimant; a claim
            // that dates its strike tells the strike; a reconnaissance flight asserts nothing
            ("Les rebelles affirment avoir pris le contrôle de Valmoret.", "advance", true),
            ("La marine affirme avoir bombardé la veille les dépôts de Valmoret.", "shelling", true),
            ("Un avion de reconnaissance a été abattu au-dessus du col.", "shelling", true),
            ("Le préfet reconnaît que des roquettes ont visé la gare de Valmoret.", "shelling", true),
            ("L'aviation a bombardé le dépôt de Valmoret, assure le ministère.", "shelling", true),
        ]);
    }

    #[test]
    fn a_quoted_infinitive_is_pledged_or_urged_like_a_bare_one() {
        assert_event_weights(&[
            // must act: the pledged or ordered verb in quotation marks
            ("La junte a promis mardi de « bombarder » les camps des rebelles.", "shelling", false),
            ("Le ministre a ordonné aux pilotes de « pilonner » les positions ennemies.", "shelling", false),
            ("Les miliciens jurent de \"frapper\" les convois du gouvernement.", "shelling", false),
            // near misses: a quoted verb that nobody pledges or orders, a pledge kept
            ("La junte a « bombardé » les camps des rebelles mardi.", "shelling", true),
            ("Fidèle à sa promesse, l'aviation a bombardé les camps des rebelles.", "shelling", true),
        ]);
    }

    #[test]
    fn a_winner_declared_is_the_result_of_the_vote() {
        let political = |s: &str| kinds(s).contains(&(Political, "election"));
        // must act: a body declares a candidate the winner, in any tense and with a pronoun
        assert!(political(
            "Jeudi, la Cour suprême a déclaré le candidat de l'opposition vainqueur du scrutin."
        ));
        assert!(political("La commission électorale l'a déclarée élue avec 52 % des voix."));
        assert!(political("Le lendemain, la Haute Cour déclare le président sortant réélu."));
        // near misses: a candidate's own claim, words about a winner, a plain declaration
        assert!(!political("Le candidat s'est déclaré vainqueur dès dimanche soir."));
        assert!(!political("Le ministre a déclaré que le vainqueur serait connu lundi."));
        assert!(!political("Le ministre a déclaré la fin de l'état d'alerte à Valmoret."));
    }

    #[test]
    fn talks_one_is_absent_from_are_not_told() {
        assert_event_weights(&[
            // who stayed out of the talks names them, it does not tell them
            ("Les maires sont restés absents des négociations de la capitale.", "meeting", false),
            ("La coopérative, exclue des négociations, a publié une lettre ouverte.", "meeting", false),
            // near miss: the talks told
            ("Les négociations de la capitale ont repris lundi avec les maires.", "meeting", true),
        ]);
    }

    #[test]
    fn an_envoy_who_speaks_is_no_diplomatic_act() {
        assert_event_weights(&[
            // must act: the title is the subject of a reporting clause after its verb
            ("Les rebelles ont repris le pont, a affirmé jeudi l'ambassadeur du Tchad.", "envoy", false),
            ("La trêve tient toujours, assure l'émissaire de l'Union africaine à Bangui.", "envoy", false),
            ("Trois villages ont été évacués, a indiqué hier soir l'émissaire de la Cédéao.", "envoy", false),
            ("Le corridor restera fermé, précise l'ambassadeur du Kenya.", "envoy", false),
            // near misses: the envoy summoned after a time word, ordered to leave, expelled
            // (a passive), sent; envoys who meet
            ("Le Kremlin, furieux, a convoqué mardi l'ambassadeur de Lettonie.", "envoy", true),
            ("Le ministère a enjoint mardi à l'ambassadeur du Ghana de partir.", "envoy", true),
            ("L'ambassadeur du Tchad, Ali Mahamat, a été expulsé jeudi par Bangui.", "envoy", true),
            ("Washington a dépêché mardi un émissaire à Juba.", "envoy", true),
        ]);
    }

    #[test]
    fn a_convoy_of_soldiers_is_a_troop_movement() {
        let moves = |s: &str| kinds(s).contains(&(Fighting, "advance"));
        // must act: a convoy with armed men as complement, qualified as military, or vehicles
        // joined to armour
        assert!(moves("Un convoi de soldats tchadiens a quitté jeudi la base de Faya."));
        assert!(moves("Des convois de l'armée burkinabè sont arrivés à Djibo."));
        assert!(moves("Un convoi militaire nigérian a franchi le pont de Maradi dans la nuit."));
        assert!(moves("Une colonne de chars et de camions a traversé Kidal vers le nord."));
        // near misses: an aid convoy escorted by soldiers, an agency's trucks, trucks escorted
        let aid = |s: &str| kinds(s).contains(&(Humanitarian, "aid"));
        for s in [
            "Un convoi humanitaire escorté par des soldats a atteint Djibo.",
            "Des camions de l'ONU ont livré des vivres à Gao.",
            "Les soldats ont escorté les camions d'aide jusqu'à Djibo.",
        ] {
            assert!(aid(s) && !moves(s), "{s}");
        }
        // an aid convoy escorted by soldiers stays an event
        assert!(weight("Un convoi humanitaire escorté par des soldats a atteint Djibo.", "aid") >= 3);
    }

    #[test]
    fn a_seat_of_power_surrounded_is_a_political_act() {
        // a coup's act, or the leader held in his seat (the frames' own reading of "encercler
        // la résidence"): a political act either way
        let coup = |s: &str| {
            kinds(s).iter().any(|&(k, c)| k == Political && matches!(c, "resignation" | "detention"))
        };
        // must act: a residence, a palace, a parliament surrounded, in the active or the
        // passive, with a time phrase between the verb and its object
        assert!(coup("La garde présidentielle a encerclé la résidence du chef de l'Etat."));
        assert!(coup("Des soldats encerclent depuis l'aube le palais présidentiel de Niamey."));
        assert!(coup("Le domicile du Premier ministre a été encerclé par des militaires mutinés."));
        assert!(coup("Jeudi, des militaires ont encerclé le Parlement à Conakry."));
        // near misses: a town, a camp, districts surrounded are sieges of war
        for s in [
            "L'armée a encerclé la ville de Kidal.",
            "Les rebelles ont encerclé le camp militaire près du palais.",
            "Les forces spéciales ont encerclé mardi les quartiers nord de Khartoum.",
        ] {
            assert!(!coup(s) && kinds(s).contains(&(Fighting, "advance")), "{s}");
        }
    }

    #[test]
    fn a_treaty_denounced_is_repudiated() {
        // "dénoncer" a pact: the state withdraws from it, a legal act
        let repudiated = |s: &str| kinds(s).contains(&(Political, "decree"));
        assert!(repudiated("Le conseil militaire a dénoncé mardi l'accord de défense."));
        assert!(repudiated("La junte dénonce l'accord de coopération conclu avec son voisin."));
        // near misses: another judgement of a pact, a pact concluded, another thing denounced
        assert!(!repudiated("Le parti a critiqué l'accord de défense."));
        assert!(!repudiated("Les deux pays ont conclu un accord de défense."));
        assert!(!repudiated("Le ministre a dénoncé les bombardements de la nuit."));
    }

    #[test]
    fn a_quoted_judgement_is_the_statement() {
        assert_event_weights(&[
            // the judged event quoted, or a quoted manner between verb and object
            ("Le préfet a condamné les « frappes » de la nuit.", "shelling", false),
            ("La ministre condamne « sans réserve » les bombardements.", "shelling", false),
            ("Le ministère a dénoncé le soir même les « bombardements ».", "shelling", false),
            // near misses: the quote is no aside of a judgement
            ("Les « frappes » de la nuit ont visé la caserne.", "shelling", true),
            ("Il a promis « sans réserve » des bombardements massifs.", "shelling", true),
        ]);
    }

    #[test]
    fn relative_clauses_do_not_decide_the_type() {
        // fires: the main clause's frame keeps its weight
        assert_eq!(weight("Les insurgés ont rendu leurs armes au poste de contrôle.", "agreement"), 7);
        assert_eq!(weight("Les gardes qui surveillaient le pont ont été tués à l'aube.", "toll"), 3);
        assert_eq!(weight("C'est la marine qui a bombardé le port dimanche.", "shelling"), 8);
        // near misses: the same frames inside a relative clause
        assert_eq!(
            weight("Le ministre promet la clémence aux miliciens qui rendent leurs armes.", "agreement"),
            2
        );
        assert_eq!(weight("Il a visité l'hôpital dont les salles ont été bombardées.", "shelling"), 2);
        assert_eq!(
            weight("Des bruits couraient selon lesquels la ville avait été bombardée.", "shelling"),
            2
        );
        assert_eq!(weight("Ils ont rejoint la vallée, où des accrochages sont fréquents.", "skirmish"), 2);
        assert_eq!(weight("Des accrochages ou des tirs isolés ont eu lieu à l'aube.", "skirmish"), 8);
        // fires: a cleft whose focused noun phrase is long or an enumeration across commas
        assert_eq!(
            weight(
                "Mardi, c'est la caserne proche de l'ancienne gare du nord qui a été bombardée.",
                "shelling"
            ),
            8
        );
        assert_eq!(weight("Ce sont le dépôt, la gare et un entrepôt qui ont été bombardés.", "shelling"), 8);
        // near miss: "c'est" with its own verb before the relative is no cleft
        assert_eq!(
            weight("C'est un drame, dit le maire, dont les quartiers ont été bombardés.", "shelling"),
            2
        );
    }

    #[test]
    fn negated_frames_report_nothing() {
        assert_eq!(weight("La délégation a participé aux négociations de Genève.", "meeting"), 7);
        assert_eq!(weight("Plus de mille soldats ont été tués selon l'état-major.", "toll"), 3);
        // near misses
        assert_eq!(weight("La délégation n'a pas participé aux négociations de Genève.", "meeting"), 2);
        assert_eq!(weight("Les deux opposants n'ont jamais été arrêtés par la police.", "arrest"), 2);
    }

    #[test]
    fn a_meeting_held_to_act_reports_the_act() {
        let hits =
            TriggerIndex::new().find(&fold("Le cabinet s'est réuni pour ratifier le traité frontalier."));
        let top = hits.iter().max_by_key(|h| h.trigger.weight).unwrap();
        assert_eq!((top.trigger.kind, top.trigger.class), (Political, FrameClass::Decree));
        // near miss: a purpose with no meeting before it stays a purpose
        assert_eq!(weight("Les familles cherchaient un camion pour évacuer les blessés.", "displacement"), 2);
    }

    #[test]
    fn chronology_entries() {
        let entry = |s: &str| is_chronology_entry(&crate::fold::fold(s));
        assert!(entry("12/03/2021 : chute de la garnison du nord."));
        assert!(entry("- 1er juin 2022 : premiers combats dans le port."));
        assert!(entry("Mardi 4 octobre – début du siège de la ville."));
        // near misses: a time of day, a sentence that merely starts with a date
        assert!(!entry("10h40 : le ministre prend la parole."));
        assert!(!entry("Le 4 octobre, le ministre a déclaré : « Nous tiendrons. »"));
    }

    /// The invented sentences of `testdata/frames/cases.toml`: each `fires` case yields a
    /// trigger of its type/class that can make an event (weight >= 3, unless the frame is
    /// always lighter), each `misses` case (a near miss) yields none: a trigger demoted to
    /// weight <= 2 (a purpose, a failed attempt, a habit) counts as missed.
    #[test]
    fn frame_cases() {
        #[derive(serde::Deserialize)]
        struct Case {
            text: String,
            fires: Option<String>,
            misses: Option<String>,
            /// Names the sentence's gazetteer would find (for frames that need a place).
            #[serde(default)]
            places: Vec<String>,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            case: Vec<Case>,
        }
        let cases: Cases = toml::from_str(include_str!("../testdata/frames/cases.toml")).unwrap();
        let index = TriggerIndex::new();
        let name = |kind: EventType, class: FrameClass| format!("{kind:?}/{class}").to_lowercase();
        // a frame that can make an event (weight >= 3) counts only where it keeps that weight;
        // a frame that never does (a plain statement) counts wherever it is found
        let light: Vec<String> =
            FRAMES.frames.iter().filter(|f| f.weight <= 2).map(|f| name(f.kind, f.class)).collect();
        let heavy: Vec<String> =
            FRAMES.frames.iter().filter(|f| f.weight >= 3).map(|f| name(f.kind, f.class)).collect();
        let mut failures = Vec::new();
        for c in &cases.case {
            let t = fold(&c.text);
            let places: Vec<usize> = c.places.iter().filter_map(|p| t.find(&fold(p))).collect();
            let found: Vec<String> = index
                .find_near(&t, &places)
                .iter()
                .map(|h| (name(h.trigger.kind, h.trigger.class), h.trigger.weight))
                .filter(|(n, w)| *w >= 3 || (light.contains(n) && !heavy.contains(n)))
                .map(|(n, _)| n)
                .collect();
            match (&c.fires, &c.misses) {
                (Some(f), None) if !found.contains(f) => {
                    failures.push(format!("no {f}: {} {found:?}", c.text))
                }
                (None, Some(m)) if found.contains(m) => failures.push(format!("{m} fired: {}", c.text)),
                (Some(_), None) | (None, Some(_)) => {}
                _ => failures.push(format!("a case needs exactly one of fires/misses: {}", c.text)),
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases fail:\n{}",
            failures.len(),
            cases.case.len(),
            failures.join("\n")
        );
    }

    /// States, struggles and sums (invented sentences): `true` where the frame must
    /// keep the weight of an event (>= 3), `false` for the near miss it must lose it in.
    #[test]
    fn states_struggles_and_sums() {
        let cases: &[(&str, &str, bool)] = &[
            // "toujours" with no day: a state that still holds
            ("Les négociations entre les deux voisins piétinent toujours à Genève.", "meeting", false),
            ("Les négociations entre les deux voisins ont repris à Genève.", "meeting", true),
            ("Le cessez-le-feu tenait toujours samedi matin dans la vallée.", "holds", true),
            // the frame is the subject, or the infinitive, of "peiner à"/"tarder à"
            ("Les pourparlers de paix peinent à reprendre entre les deux capitales.", "meeting", false),
            ("Les pourparlers de paix ont repris entre les deux capitales.", "meeting", true),
            ("Les camions d'aide tardent à franchir la frontière.", "displacement", false),
            ("Le convoi a franchi la frontière.", "displacement", true),
            // a sum over the whole story
            ("Au total, les bombardements ont tué plus de 2 000 civils dans la province.", "toll", false),
            ("Mardi, les bombardements ont tué trente civils dans la province.", "toll", true),
            // a count summed over a counted span of the war is a total to date
            ("En trois ans de conflit, les milices ont tué des milliers de villageois.", "toll", false),
            (
                "Deux ans après le début des hostilités, un million d'habitants ont fui la région.",
                "displacement",
                false,
            ),
            (
                "Six mois après la signature de la trêve, deux mille habitants ont fui le district.",
                "displacement",
                true,
            ),
            // a span opening the sentence: counted ("Pendant six mois") or a bare month
            // ("Depuis février"); a time of day or a full date is no span
            ("Pendant six mois, les bombardements ont frappé la vallée.", "shelling", false),
            ("Pendant la nuit, les bombardements ont frappé la vallée.", "shelling", true),
            ("Depuis février, des milliers de familles ont fui la vallée.", "displacement", false),
            ("Depuis le 3 février, des milliers de familles ont fui la vallée.", "displacement", true),
            // "En <span>, …" sums up; a month makes the head a date ("En mars de la même année")
            ("En mars de la même année, les rebelles entraient dans la ville.", "advance", true),
            ("En trois années, les rebelles sont entrés dans dix villes.", "advance", false),
            // the terms of a deal: what a text provides or a party commits to
            ("Le protocole prévoit une trêve dans les trois provinces.", "agreement", false),
            ("Comme le prévoit le protocole, une trêve a été signée lundi.", "agreement", true),
            ("Les belligérants se sont engagés à une trêve durable.", "agreement", false),
            ("Les belligérants ont consenti à une trêve durable.", "agreement", true),
            ("Le pacte oblige la milice à libérer les otages.", "prisoners", false),
            ("La milice a accepté de libérer les otages.", "prisoners", true),
            // a present passive of a cut or closure tells a state, unless a day dates it
            ("La route du nord est coupée.", "blockade", false),
            ("Les accès au port sont bloqués.", "blockade", false),
            ("Le lendemain, la route du nord est coupée.", "blockade", true),
            ("Le 14, la route du nord est coupée.", "blockade", true),
            ("La route du nord a été coupée.", "blockade", true),
        ];
        assert_event_weights(cases);
    }

    #[test]
    fn a_stance_held_over_time_is_no_statement_of_the_day() {
        let statement = |s: &str| {
            let hits = TriggerIndex::new().find(&fold(s));
            hits.iter().find(|h| h.trigger.kind == Statement).map(|h| h.trigger.weight)
        };
        assert_eq!(statement("Depuis deux ans, le gouvernement accuse ses voisins d'ingérence."), Some(0));
        assert_eq!(statement("Le parti réclame depuis des mois un nouveau scrutin."), Some(0));
        // near misses: a point in time starts the period, or there is none
        assert!(statement("Depuis mardi, le gouvernement accuse ses voisins d'ingérence.").unwrap() >= 1);
        assert!(statement("Le gouvernement accuse ses voisins d'ingérence.").unwrap() >= 1);
        // a denial of anything at all, or an accusation of conduct that goes on, with no day
        assert_eq!(
            statement("L'opposition accuse le pouvoir, allié des milices, de museler la presse."),
            Some(0)
        );
        assert_eq!(
            statement("L'opposition accuse le pouvoir, allié des milices, de museler la presse."),
            Some(0)
        );
        // near misses: a day, an occasion, a past act or reported words make it that day's news
        assert!(statement("La capitale voisine dément mardi tout soutien aux insurgés.").unwrap() >= 1);
        assert!(
            statement("Dans un communiqué, la capitale voisine dément tout soutien aux insurgés.").unwrap()
                >= 1
        );
        assert!(statement("L'opposition accuse le pouvoir d'avoir muselé la presse.").unwrap() >= 1);
        assert!(
            statement("La capitale voisine dément que ses soldats aient franchi la frontière.").unwrap() >= 1
        );
        assert!(statement("Le gouvernement a démenti tout soutien aux insurgés.").unwrap() >= 1);
        // only a vague recent span: a position voiced over time
        assert_eq!(
            statement("Le médiateur a de nouveau réclamé ces dernières semaines un accès aux camps."),
            Some(0)
        );
        assert_eq!(statement("Le ministre a récemment dénoncé les pillages."), Some(0));
        assert!(statement("Le médiateur a de nouveau réclamé jeudi un accès aux camps.").unwrap() >= 1);
    }

    /// The sentence's deciding frame: the heaviest, the first of equals (as the extractor
    /// picks it among the frames of one date).
    fn top(sentence: &str) -> (EventType, &'static str) {
        let hits = TriggerIndex::new().find(&fold(sentence));
        let h = hits.iter().max_by_key(|h| (h.trigger.weight, std::cmp::Reverse(h.start))).unwrap();
        (h.trigger.kind, h.trigger.class.as_str())
    }

    /// Each case: the type and class of the sentence's heaviest frame. Every failing case is
    /// listed.
    fn assert_tops(cases: &[(&str, (EventType, &str))]) {
        let failures: Vec<String> = cases
            .iter()
            .filter(|(s, want)| top(s) != *want)
            .map(|(s, want)| format!("{s}: want {want:?}, got {:?}", top(s)))
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The main clause's frame decides the type (invented sentences): each rule has a case
    /// whose type it changes and a near miss it must leave alone.
    #[test]
    fn the_main_clause_decides_the_type() {
        let cases: &[(&str, (EventType, &str))] = &[
            // "se rendre" to armed men is a surrender; to a place, a journey
            (
                "Une quarantaine de miliciens se sont rendus aux soldats de la paix mardi.",
                (Ceasefire, "agreement"),
            ),
            ("Le ministre s'est rendu au front mardi.", (Diplomacy, "visit")),
            // an international body that meets: diplomacy, not talks between parties
            ("Le Conseil de sécurité lui-même se réunit à huis clos vendredi.", (Diplomacy, "un")),
            ("Réuni en urgence lundi, le Conseil de sécurité n'a rien décidé.", (Diplomacy, "un")),
            ("Les deux délégations se sont réunies à Genève vendredi.", (Talks, "meeting")),
            // a truce decreed or proclaimed is the truce; a decree of something else a decree
            ("Le 3 mai, la junte décrète une « trêve » de deux semaines.", (Ceasefire, "agreement")),
            ("Le 3 mai, la junte décrète l'état de siège dans la capitale.", (Political, "decree")),
            // ties cut is a diplomatic act, whatever the determiner
            ("Jeudi, la junte a confirmé la rupture de leurs relations diplomatiques.", (Diplomacy, "envoy")),
            // fighting as the subject of a toll is its cause; as an object, it is the event
            ("Selon la Croix-Rouge, les bombardements ont tué quarante civils.", (Casualties, "toll")),
            ("L'aviation a intensifié les bombardements, tuant quarante civils.", (Fighting, "shelling")),
            // a gerund or a place's name gives way to the main verb's frame, not when alone
            ("Le colonel a été tué lundi en inspectant un poste avancé.", (Casualties, "toll")),
            ("Le ministre a clos la séance en inspectant les troupes.", (Diplomacy, "visit")),
            ("Des miliciens ont attaqué à l'aube le camp de déplacés.", (Fighting, "combat")),
            ("Des hommes armés ont fouillé le camp de déplacés.", (Humanitarian, "displacement")),
        ];
        assert_tops(cases);
    }

    #[test]
    fn alleged_frames_are_what_was_said() {
        // the infinitive of an accusation is alleged, not told
        assert!(weight("Chaque armée accuse l'autre de bombarder les villages.", "shelling") <= 2);
        // near miss: a participle with no "de"
        assert!(weight("Le camp accusé a bombardé les villages.", "shelling") >= 3);
    }

    #[test]
    fn back_references_and_requirements() {
        assert!(kinds("Cette offensive a choqué").is_empty());
        assert!(kinds("Le gouvernement tient toujours").is_empty());
        assert_eq!(weight("Ils ont fui face à l'offensive", "offensive"), 2);
        assert_eq!(kinds("La trêve tient toujours, le cessez-le-feu aussi").len(), 3);
    }

    /// Clause-structure rules of the type (invented sentences): for each, `true` where the
    /// frame of `class` must keep the weight of an event (>= 3), `false` where it must lose
    /// it to the sentence's own verb.
    #[test]
    fn participants_and_qualifiers_give_way() {
        let cases: &[(&str, &str, bool)] = &[
            // people named by their plight or their cause, as a complement: the verb tells
            ("La police a interpellé le reporter au milieu d'une foule de réfugiés.", "displacement", false),
            ("Des milliers de réfugiés campent le long de la frontière.", "displacement", true),
            // a frame after them may be a fact of its own
            ("Des manifestants défilaient à Kasese ; la police a tiré en l'air.", "protest", true),
            ("Le convoi a été pillé par des manifestants en colère.", "protest", false),
            // a participle after its noun qualifies it when a main verb's frame stands before
            ("Le ministre a visité mardi le port reconquis.", "advance", false),
            ("La ville a été reconquise mardi par l'armée.", "advance", true),
            ("Les soldats capturés à l'aube ont été exhibés à la télévision.", "arrest", true),
            // a head of state who convenes his own council holds no talks
            (
                "Mardi, la présidente a réuni ses généraux avant de dénoncer une provocation.",
                "meeting",
                false,
            ),
            ("Le médiateur a réuni les deux délégations à Nairobi.", "meeting", true),
        ];
        assert_event_weights(cases);
    }

    /// Words about an event (invented sentences): a judgement of it, a phone call that only
    /// reached the reporter's source, a body as the venue of words.
    #[test]
    fn what_was_said_about_an_event() {
        let cases: &[(&str, (EventType, &str))] = &[
            // the object of a judgement is named, the judgement is the news
            (
                "Le ministre norvégien a condamné les frappes aériennes contre la vallée.",
                (Statement, "statement"),
            ),
            ("L'aviation a multiplié les frappes aériennes contre la vallée.", (Fighting, "shelling")),
            ("Le ministre a fermement dénoncé le pilonnage du marché de Lodwar.", (Statement, "statement")),
            // near miss: the event told with its own participle is the event
            ("Le ministre a dénoncé le pilonnage mené à l'aube sur Lodwar.", (Fighting, "shelling")),
            // the reporter's contact with a witness is no call between parties
            (
                "Un pêcheur joint par téléphone raconte que des obus ont frappé la jetée.",
                (Fighting, "shelling"),
            ),
            ("Le président a parlé au téléphone avec son homologue kényan.", (Diplomacy, "call")),
            ("L'Assemblée générale de l'ONU a tenu une séance d'urgence à huis clos.", (Diplomacy, "un")),
        ];
        assert_tops(cases);
        // a body before which words are said is their venue: the statement tells the event
        let venue = "Le rapporteur a déclaré devant l'Assemblée générale de l'ONU que la famine s'étendait.";
        assert!(weight(venue, "un") <= 2);
        // near miss: a verdict for an attack is no judgement of words
        let t = fold("Le tribunal militaire l'a condamné pour les frappes sur Kalemie.");
        let hits = TriggerIndex::new().find(&t);
        let strikes = hits.iter().find(|h| t[h.start..].starts_with("frappes")).unwrap();
        assert_eq!(strikes.trigger.class, FrameClass::Shelling);
    }

    /// What a text does or a body votes tells its type (invented sentences).
    #[test]
    fn texts_and_votes_take_their_content() {
        let cases: &[(&str, (EventType, &str))] = &[
            // a text's relative clause that ends the war makes the signing a truce
            (
                "Les deux chefs d'état-major ont signé un protocole qui met un terme aux hostilités.",
                (Ceasefire, "agreement"),
            ),
            ("Les deux chefs d'état-major ont signé un accord de coopération.", (Political, "signing")),
            // an international body's vote is diplomacy; a parliament's a decree
            ("L'Assemblée générale adopte une résolution sur la protection des civils.", (Diplomacy, "un")),
            ("Le parlement adopte une résolution sur la protection des civils.", (Political, "decree")),
        ];
        assert_tops(cases);
        // near miss: the negotiator of a truce in a relative clause only qualifies him
        assert!(
            weight("Le négociateur qui a mis fin aux hostilités a été reçu à Kampala.", "agreement") <= 2
        );
    }

    /// What a party warns of (invented sentences): the warning is the news; the fact it
    /// names weighs no more than a qualifier.
    #[test]
    fn warnings_are_what_was_said() {
        let cases: &[(&str, &str, bool)] = &[
            // a warning and "que" tells a threat, not a fact
            ("Le général a prévenu qu'une offensive contre Tanga serait repoussée.", "offensive", false),
            ("Le général a annoncé qu'une offensive contre Tanga avait commencé.", "offensive", true),
        ];
        assert_event_weights(cases);
    }

    /// A crowd that gathers or blocks a road demonstrates; a volley of blasts is fighting
    /// (invented sentences).
    #[test]
    fn crowds_and_volleys_take_their_type() {
        let cases: &[(&str, (EventType, &str))] = &[
            (
                "Dimanche, une centaine d'exilés se sont réunis devant la préfecture de Rennes.",
                (Protest, "protest"),
            ),
            ("Dimanche, les deux délégations se sont réunies à Lomé.", (Talks, "meeting")),
            ("Une cinquantaine d'habitants ont coupé la route de Mopti.", (Protest, "blockade")),
            ("Une centaine de soldats ont coupé la route de Mopti.", (Humanitarian, "blockade")),
            ("Des explosions ont secoué le port de Berbera à l'aube.", (Fighting, "explosion")),
            ("Une explosion a secoué le port de Berbera à l'aube.", (Incident, "explosion")),
        ];
        assert_tops(cases);
    }

    /// A negated simple tense, and a noun that its sentence only describes (invented
    /// sentences), tell no event.
    #[test]
    fn negations_and_descriptions_tell_nothing() {
        let cases: &[(&str, &str, bool)] = &[
            // "ne" before the verb, the negator after it
            ("Les rebelles n'attaquent pas la garnison de Kindu.", "combat", false),
            ("Les rebelles attaquent la garnison de Kindu.", "combat", true),
            // a copula and an attribute describe the noun; a participle tells the event
            ("La trêve est une illusion, selon les habitants de Kindu.", "agreement", false),
            ("La trêve est entrée en vigueur à minuit à Kindu.", "agreement", true),
            ("Le bilan est terrible dans les villages de Kindu.", "toll", false),
        ];
        assert_event_weights(cases);
    }

    #[test]
    fn armed_men_who_kill_attack() {
        // (sentence, class of the killing frame, whether it is typed fighting)
        let cases: &[(&str, &str, bool)] = &[
            ("Samedi, des hommes armés ont tué onze mineurs près de Butembo.", "toll", true),
            ("Les jihadistes tuaient les bergers qui refusaient de payer.", "toll", true),
            ("Le gang avait tué le juge de paix de la commune.", "toll", true),
            ("Des miliciens ont blessé quatre infirmiers devant le dispensaire.", "toll", true),
            // near misses: soldats killed, a death with no armed agent, a bare participle
            ("Mardi, neuf soldats ont été tués près de Butembo.", "toll", false),
            ("Le choléra a tué douze enfants dans le camp de Kalemie.", "toll", false),
            ("Un soldat tué samedi a été inhumé à Beni.", "toll", false),
        ];
        let failures: Vec<&str> = cases
            .iter()
            .filter(|(s, class, fighting)| {
                let hits = TriggerIndex::new().find(&fold(s));
                let hit = hits.iter().find(|h| h.trigger.class.as_str() == *class);
                hit.is_none_or(|h| (h.trigger.kind == Fighting) != *fighting)
            })
            .map(|(s, _, _)| *s)
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn a_pledged_act_has_not_happened() {
        assert_event_weights(&[
            // the pledged infinitive, or its object: what was said that day
            ("Le président jure de reprendre la ville de Kidal.", "advance", false),
            ("Les rebelles promettent de bombarder la capitale avant l'hiver.", "shelling", false),
            ("Le commandant a juré de pilonner les positions ennemies.", "shelling", false),
            ("Le chef de la milice se dit déterminé à reprendre la ville de Bunia.", "advance", false),
            // near misses: a pledge told beside the act, an act done as promised
            ("Après avoir promis la paix, l'armée a bombardé la capitale.", "shelling", true),
            ("Comme promis, l'armée a repris la ville de Kidal.", "advance", true),
        ]);
    }

    #[test]
    fn a_meeting_or_an_operation_told_as_the_scene_gives_way() {
        assert_event_weights(&[
            (
                "Lors d'une réunion à Dorvik, le ministre a déclaré que la frontière restait fermée.",
                "meeting",
                false,
            ),
            (
                "Au cours d'une visite officielle à Brellan, la ministre a affirmé son soutien.",
                "visit",
                false,
            ),
            (
                "La marine a évacué ses ressortissants lors d'une opération militaire près de Tessel.",
                "offensive",
                false,
            ),
            // near misses: the scene alone, a toll's cause, a decision's venue, no scene
            ("Lors d'une réunion à Dorvik, les ministres ont évoqué la situation.", "meeting", true),
            ("Trois soldats ont été tués lors d'une opération militaire près de Kestre.", "offensive", true),
            ("Les deux présidents se sont réunis lundi à Morvane.", "meeting", true),
            (
                "Lors d'un appel téléphonique, le président a déclaré à son homologue que la trêve tenait.",
                "call",
                true,
            ),
        ]);
    }

    #[test]
    fn words_that_share_a_frame_form_are_what_was_said() {
        let said = |s: &str| kinds(s).iter().all(|(k, _)| *k == Statement) && !kinds(s).is_empty();
        // a state's organ protests by its words; a crowd by marching
        assert!(said("Le gouvernement de Morvane a protesté contre cette décision."));
        assert!(said("Le ministère des Affaires étrangères proteste contre l'expulsion."));
        assert_eq!(
            kinds("Des centaines d'habitants ont protesté devant la mairie."),
            vec![(Protest, "protest")]
        );
        // "comparer" and "jugeant" are opinions; "comparaître" and "juger" are trials
        assert!(said("Le président comparait ces raids à ceux de la guerre précédente."));
        assert!(kinds("Le chef de milice comparaît devant le tribunal de Dorvik.")
            .contains(&(Political, "court")));
        assert_event_weights(&[
            ("Le ministre a salué la trêve, jugeant les bombardements inacceptables.", "court", false),
            ("Le ministre a salué la trêve, jugeant les bombardements inacceptables.", "shelling", false),
            ("Le gouvernement a justifié l'offensive contre les rebelles.", "offensive", false),
            ("Le gouvernement a lancé l'offensive contre les rebelles.", "offensive", true),
        ]);
    }

    #[test]
    fn a_device_that_kills_is_a_blast_and_arms_carried_are_no_aid() {
        assert_event_weights(&[
            ("Le 4 mars, une mine a blessé deux bergers près de Tessel.", "mine", true),
            ("Une mine tue trois enfants au sud de Brellan.", "mine", true),
            ("Un engin explosif a tué deux démineurs à Kestre.", "mine", true),
            ("Deux bergers ont été blessés par des tirs près de Tessel.", "mine", false),
            ("Des hommes armés ont tué deux bergers près de Tessel.", "mine", false),
            ("L'armée a acheminé des munitions vers le front.", "aid", false),
            ("Des centaines de mercenaires auraient été acheminés vers Dorvik.", "aid", false),
            ("Le PAM a acheminé des vivres vers Dorvik.", "aid", true),
        ]);
    }

    #[test]
    fn an_order_to_act_is_what_was_said_and_an_apposition_a_state() {
        assert_event_weights(&[
            ("Le gouverneur a ordonné aux habitants d'évacuer le quartier.", "displacement", false),
            ("La police a reçu l'ordre d'arrêter les fuyards.", "arrest", false),
            ("Les habitants ont évacué le quartier sur ordre du gouverneur.", "displacement", true),
            ("Le chef rebelle, réfugié à Morvane, a dénoncé l'accord.", "displacement", false),
            ("Des milliers d'habitants se sont réfugiés à Morvane.", "displacement", true),
        ]);
    }

    #[test]
    fn a_claimed_blast_is_an_attack_and_an_announced_start_the_event() {
        assert!(kinds("Un attentat-suicide, revendiqué par les rebelles, a visé un marché de Tessel.")
            .iter()
            .all(|(k, c)| *k != Incident || *c != "explosion"));
        assert!(
            kinds("Une explosion a ravagé un entrepôt du port de Tessel.").contains(&(Incident, "explosion"))
        );
        assert_event_weights(&[
            ("Les rebelles annoncent le début de leur offensive vers Brellan.", "offensive", true),
            ("Depuis le début des frappes, les prix ont doublé à Brellan.", "shelling", false),
        ]);
    }

    #[test]
    fn an_event_thought_of_or_urged_from_afar_is_not_told() {
        assert_event_weights(&[
            ("Le ministre défend l'idée d'une trêve avec les rebelles.", "agreement", false),
            ("La perspective d'une offensive sur Dorvik inquiète les habitants.", "offensive", false),
            ("Les deux camps ont signé un cessez-le-feu à Dorvik.", "agreement", true),
            (
                "Le gouverneur a appelé sur la radio publique tous les habitants à évacuer le quartier.",
                "displacement",
                false,
            ),
            (
                "Le gouverneur a appelé les secours et les habitants ont commencé à évacuer le quartier.",
                "displacement",
                true,
            ),
        ]);
    }

    #[test]
    fn pledges_are_one_list() {
        assert!(is_pledge_word("promis") && is_pledge_word("jurent") && is_pledge_word("engagee"));
        assert!(is_pledge_word("determines") && is_pledge_word("prete"));
        assert!(is_pledge_stem("promettent") && !is_pledge_stem("determine") && !is_pledge_stem("annonce"));
    }
}
