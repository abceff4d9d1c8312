//! Tense of the verbs of a sentence, found from their endings and auxiliaries.
//!
//! Why here: a bare weekday is resolved by the tense of its verb ("a attaqué mardi": the
//! last Tuesday; "se rendra mardi": the next one), and the plus-que-parfait or the
//! conditional changes what a date means. The map is built on the lower-cased, unfolded
//! sentence, so that the preposition "à" is never taken for the auxiliary "a".
use crate::fold::words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Passé composé, imparfait, passé simple.
    Past,
    /// Plus-que-parfait: before the reference time.
    Pluperfect,
    Present,
    Future,
    /// Conditional: an allegation ("auraient tué"), past or present.
    Conditional,
    /// A scheduling verb with a meeting noun: the date is that of the meeting.
    Scheduled,
}

impl Tense {
    /// Past, pluperfect or a past conditional: the event happened before now.
    pub(crate) fn is_past(self) -> bool {
        matches!(self, Tense::Past | Tense::Pluperfect | Tense::Conditional)
    }

    /// Past or pluperfect: unlike a conditional ("pourraient avoir lieu"), never about
    /// what is still to come.
    pub fn is_certainly_past(self) -> bool {
        matches!(self, Tense::Past | Tense::Pluperfect)
    }
}

/// Where the verbs of a sentence are, and their tense.
#[derive(Debug, Clone)]
pub struct TenseMap {
    /// (byte offset in the lower-cased sentence, tense)
    marks: Vec<(usize, Tense)>,
    len: usize,
    scheduled: bool,
    /// A verb in the passé composé: the tense of news, not of a story told in the past.
    compound_past: bool,
    /// The quotations of the sentence (byte ranges in the lower-cased text): see [`TenseMap::at`].
    quotes: Vec<(usize, usize)>,
}

/// Words that may sit between an auxiliary and its participle.
const ADVERBS: &[&str] = &[
    "pas",
    "déjà",
    "également",
    "aussi",
    "ensuite",
    "notamment",
    "bien",
    "encore",
    "longuement",
    "finalement",
    "enfin",
    "alors",
    "aussitôt",
    "rapidement",
    "officiellement",
    "même",
    "toujours",
    "jamais",
    "plus",
    "désormais",
    "brièvement",
    "vivement",
    "fermement",
    "publiquement",
    "formellement",
    "d'abord",
    "presque",
    "entièrement",
    "partiellement",
    "tous",
    "toutes",
    "largement",
    "progressivement",
    "effectivement",
    "immédiatement",
    "violemment",
    "une",
    "nouvelle",
    "fois",
    "de",
    "nouveau",
    "ainsi",
    "peu",
    "à",
    "son",
    "tour",
    "leur",
    "elle",
    "il",
    "ils",
    "elles",
    "-t-il",
    "-t-elle",
    "t",
];
/// Passé simple endings of the third person (the narrator's past in retrospectives).
const PASSE_SIMPLE: &[&str] = &["èrent", "irent", "urent", "inrent"];

fn is_participle(w: &str) -> bool {
    [
        "é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "it", "ert", "int", "aint",
        "eint", "ts", "te", "tes",
    ]
    .iter()
    .any(|s| w.ends_with(s))
        && w.chars().count() > 2
}

/// What a word tells the map by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lexical {
    /// An auxiliary, and the tense it builds with a participle.
    Auxiliary(Tense),
    /// A future (or a near future's "va", an obligation's "doit", "prochain").
    Future,
    /// A scheduling verb: with a meeting noun, the sentence's date is the meeting's.
    ScheduleVerb,
    MeetingNoun,
    Other,
}

/// One `match` per word rather than a scan of one list per kind of word: the map reads
/// every word of every sentence, and the scans cost 5% of extraction.
fn lexical(w: &str) -> Lexical {
    match w {
        // the passé composé's and passé antérieur's, the pluperfect's, the conditional's
        "a" | "ont" | "est" | "sont" | "ai" | "avons" | "avez" | "eut" | "eurent" | "fut" | "furent" => {
            Lexical::Auxiliary(Tense::Past)
        }
        "avait" | "avaient" | "était" | "étaient" => Lexical::Auxiliary(Tense::Pluperfect),
        "aurait" | "auraient" | "serait" | "seraient" => Lexical::Auxiliary(Tense::Conditional),
        "sera" | "seront" | "aura" | "auront" | "fera" | "feront" | "ira" | "iront" | "tiendra"
        | "tiendront" | "va" | "vont" | "devra" | "devront" | "pourra" | "pourront" | "viendra"
        | "viendront" | "doit" | "doivent" | "prochain" | "prochaine" | "prochains" | "prochaines" => {
            Lexical::Future
        }
        "prévu" | "prévue" | "prévus" | "programmé" | "programmée" | "convoqué" | "convoquée" | "fixé"
        | "fixée" | "confirmé" | "annoncé" => Lexical::ScheduleVerb,
        "réunion" | "négociations" | "pourparlers" | "sommet" | "rencontre" | "discussions" | "entretien"
        | "vote" | "visite" | "séance" => Lexical::MeetingNoun,
        _ => Lexical::Other,
    }
}

/// The tense an auxiliary `cur` of tense `aux` builds, reading the words after it
/// (`after(k)`: the k-th word after it, "" past the end).
fn compound<'a>(aux: Tense, cur: &str, after: impl Fn(usize) -> &'a str) -> Option<Tense> {
    // skip adverbs (and inverted subjects) between the auxiliary and the participle
    let mut k = 1;
    while k < 5 && ADVERBS.contains(&after(k)) {
        k += 1;
    }
    let next = after(k);
    if is_participle(next)
        || matches!(next, "été" | "eu" | "dû" | "pu" | "su" | "vu" | "fait" | "pris" | "mis" | "dit")
    {
        Some(aux)
    } else if aux == Tense::Pluperfect && cur.starts_with('é') {
        // "était" + adjective: an imperfect state
        Some(Tense::Past)
    } else {
        (aux == Tense::Conditional).then_some(Tense::Conditional)
    }
}

/// The tense of a verb `cur` told by its ending (`prev`: the word before it).
fn simple(cur: &str, prev: &str) -> Option<Tense> {
    // every ending below ends in "a" or "t": most words are let go at once
    if !cur.ends_with(['a', 't']) {
        return None;
    }
    let n = cur.chars().count();
    if n >= 6 && cur.ends_with("ront")
        || n >= 5 && ["era", "ira", "dra", "ura"].iter().any(|x| cur.ends_with(x))
    {
        Some(Tense::Future)
    } else if n > 5 && is_conditional(cur) {
        Some(Tense::Conditional)
    } else if n > 5
        && (cur.ends_with("ait") || cur.ends_with("aient") || PASSE_SIMPLE.iter().any(|e| cur.ends_with(e)))
        || is_passe_simple_singular(cur, prev)
    {
        Some(Tense::Past)
    } else {
        None
    }
}

/// The byte ranges of the quotations in guillemets of `lower` ("« … »"), the usual
/// French quotation marks. Most sentences quote nobody: they are not scanned further.
fn quotations(lower: &str) -> Vec<(usize, usize)> {
    if !lower.contains('«') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in lower.char_indices() {
        match c {
            '«' => open = Some(i),
            '»' => out.extend(open.take().map(|a| (a, i))),
            _ => {}
        }
    }
    out
}

impl TenseMap {
    /// The tense map of a sentence, given lower-cased (not folded) as `lower` and as written
    /// as `cased`. A capitalised word after the first is a name ("capitale d'Al-Jazira",
    /// "Sandra"), never a verb, whatever its ending says.
    pub fn new(lower: &str, cased: &str) -> Self {
        let ws = split_elisions(lower, words(lower));
        let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &lower[s..e]).unwrap_or("") };
        // lower-casing keeps byte offsets for French text; when it does not, names are not told
        let same = cased.len() == lower.len();
        let is_name = |i: usize, start: usize| {
            same && i > 0 && cased.get(start..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
        };
        let mut marks = Vec::new();
        let (mut sched_verb, mut meeting, mut compound_past) = (false, false, false);
        for (i, &(start, _)) in ws.iter().enumerate() {
            if is_name(i, start) {
                continue;
            }
            let cur = w(i);
            let kind = lexical(cur);
            sched_verb |= kind == Lexical::ScheduleVerb;
            meeting |= kind == Lexical::MeetingNoun;
            let tense = match kind {
                Lexical::Auxiliary(aux) => compound(aux, cur, |k| w(i + k)),
                Lexical::Future => Some(Tense::Future),
                _ => simple(cur, w(i.wrapping_sub(1))),
            };
            compound_past |= tense == Some(Tense::Past)
                && matches!(cur, "a" | "ont" | "est" | "sont" | "ai" | "avons" | "avez");
            marks.extend(tense.map(|t| (start, t)));
        }
        TenseMap {
            marks,
            len: lower.len(),
            scheduled: sched_verb && meeting,
            compound_past,
            quotes: quotations(lower),
        }
    }

    /// Tense of the verb nearest to byte `pos` of the folded text (positions are scaled:
    /// folding changes lengths only slightly).
    pub fn at(&self, pos: usize, folded: &str) -> Tense {
        self.verb_near(pos, (pos, pos), folded)
    }

    /// Tense of the verb nearest to the expression at folded bytes `start..end`, read
    /// outside it: the "prochain" of "en juin prochain" tells when the date is, not the
    /// tense of the verb it depends on ("a suggéré un scrutin en juin prochain").
    pub(crate) fn around(&self, start: usize, end: usize, folded: &str) -> Tense {
        self.verb_near(start, (start, end), folded)
    }

    fn verb_near(&self, pos: usize, (start, end): (usize, usize), folded: &str) -> Tense {
        if self.scheduled {
            return Tense::Scheduled;
        }
        let scale = |x: usize| if folded.is_empty() { 0 } else { x * self.len / folded.len().max(1) };
        let (p, skip) = (scale(pos), (scale(start), scale(end)));
        // a verb someone is quoted saying is in their time, not the narrator's: a date
        // outside the quotation takes the tense of the narrator's verbs ("Le 8, il lâche un
        // aveu : le pays « se divisera »" is not a future 8th)
        let quoted = |x: usize| self.quotes.iter().any(|&(a, b)| a <= x && x < b);
        let here = quoted(p);
        self.marks
            .iter()
            .filter(|(m, _)| (here || !quoted(*m)) && !(skip.0 <= *m && *m < skip.1))
            .min_by_key(|(m, _)| m.abs_diff(p))
            .map(|(_, t)| *t)
            .unwrap_or(Tense::Present)
    }

    /// Some verb of the sentence is in the passé composé ("a accepté"), not only in the
    /// imparfait or the passé simple.
    pub(crate) fn has_compound_past(&self) -> bool {
        self.compound_past
    }

    /// Some verb of the sentence is in tense `t`.
    pub(crate) fn has(&self, t: Tense) -> bool {
        self.marks.iter().any(|(_, x)| *x == t)
    }

    /// Every verb found is in the past or the pluperfect (and there is one).
    pub fn only_past(&self) -> bool {
        !self.scheduled && !self.marks.is_empty() && self.marks.iter().all(|(_, t)| t.is_certainly_past())
    }

    /// The sentence's overall tense: past if any verb is past (pluperfect when that is the
    /// only past), else conditional, else future, else present.
    pub(crate) fn overall(&self) -> Tense {
        let has = |t: Tense| self.marks.iter().any(|(_, x)| *x == t);
        if has(Tense::Past) {
            Tense::Past
        } else if has(Tense::Pluperfect) {
            Tense::Pluperfect
        } else if has(Tense::Conditional) {
            Tense::Conditional
        } else if has(Tense::Future) {
            Tense::Future
        } else {
            Tense::Present
        }
    }
}

/// The words of `lower` split at the typographic apostrophe too, as they are at the
/// straight one: "s’étaient quittés", "n’a pas signé" hold the auxiliaries "étaient" and
/// "a" (the word scan splits only at ASCII bytes, and "’" is not one).
fn split_elisions(lower: &str, ws: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    const APOSTROPHE: &str = "’";
    // a char pattern: a `memchr` for its last byte, where a string pattern sets up a
    // two-way searcher at every sentence
    if !lower.contains('’') {
        return ws;
    }
    let mut out = Vec::with_capacity(ws.len() + 4);
    for (s, e) in ws {
        let mut from = s;
        for (k, _) in lower[s..e].match_indices(APOSTROPHE) {
            if s + k > from {
                out.push((from, s + k));
            }
            from = s + k + APOSTROPHE.len();
        }
        if e > from {
            out.push((from, e));
        }
    }
    out
}

/// A conditional ending ("-rait", "-raient") that is no imperfect of a verb whose stem ends
/// in "r" after a vowel or in "tr": "rentraient", "déclarait", "mourait", "espérait" are
/// imperfects; "rentreraient", "mourrait", "mettraient", "devrait" are conditionals.
fn is_conditional(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("aient").or_else(|| w.strip_suffix("ait")) else { return false };
    let Some(before_r) = stem.strip_suffix('r') else { return false };
    if before_r.ends_with("tt") {
        return true; // mettraient, battrait
    }
    !(before_r.ends_with('t') || before_r.ends_with(['a', 'o', 'u', 'é', 'è']))
}

/// "lança", "prit", "signa": third-person singular passé simple after a subject-like word.
/// Only the unambiguous "-a" ending after a determiner-free noun is too risky, so this
/// accepts "-a" verbs of the first group only after "il", "elle", "on" or a capitalised
/// subject was seen (approximated by the previous word being a pronoun).
fn is_passe_simple_singular(w: &str, prev: &str) -> bool {
    matches!(prev, "il" | "elle" | "on" | "ils" | "elles")
        && w.chars().count() > 3
        && (w.ends_with("ça")
            || w.ends_with("ea")
            || w.ends_with("na")
            || w.ends_with("ra") && !w.ends_with("era"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(s: &str) -> Tense {
        TenseMap::new(&s.to_lowercase(), s).overall()
    }

    #[test]
    fn adverbs_between_auxiliary_and_participle() {
        assert_eq!(tense("Le ministre a ensuite longuement rencontré son homologue."), Tense::Past);
        assert_eq!(tense("Le ministre rencontre son homologue."), Tense::Present);
    }

    #[test]
    fn pluperfect_conditional_future_passe_simple() {
        assert_eq!(tense("Les troupes avaient quitté la ville."), Tense::Pluperfect);
        assert_eq!(tense("Les frappes auraient tué trois civils."), Tense::Conditional);
        // imperfects of verbs whose stem ends in "r" are no conditionals
        assert_eq!(tense("Les soldats rentraient chez eux à la tombée de la nuit."), Tense::Past);
        assert_eq!(tense("Le ministre déclarait que la route restait ouverte."), Tense::Past);
        // near misses: conditionals
        assert_eq!(tense("Les soldats rentreraient chez eux dans la nuit."), Tense::Conditional);
        assert_eq!(tense("Les combattants mettraient bas les armes."), Tense::Conditional);
        assert_eq!(tense("Le convoi partira vers le nord."), Tense::Future);
        assert_eq!(tense("Les deux armées s'affrontèrent près du fleuve."), Tense::Past);
        // near miss: "rentrera" is future, not passé simple
        assert_eq!(tense("Il rentrera au pays."), Tense::Future);
    }

    #[test]
    fn names_are_no_verbs() {
        // names whose endings look like a future or an imperfect
        assert_eq!(tense("Les rebelles entrent dans la capitale d'Al-Jazira."), Tense::Present);
        assert_eq!(tense("Le convoi passe par Kandira et Sentait."), Tense::Present);
        // near misses: the same endings on verbs, and a sentence that opens with its verb
        assert_eq!(tense("Le convoi partira de la capitale."), Tense::Future);
        assert_eq!(tense("Partira-t-il avant la trêve ?"), Tense::Future);
    }
}
