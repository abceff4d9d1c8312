//! Matching tens of thousands of generated forms in one pass.
//!
//! Why not one automaton over every form: a frame's forms multiply (each verb form × each
//! determiner × each reflexive pronoun), and an Aho-Corasick automaton over ~50,000
//! phrases is too big for a DFA and slow as an NFA. Almost all of those phrases share a
//! few thousand *head* words (the first word that is not a function word: "emparés" in
//! "se sont emparés", "rendu" in "rendu leurs armes"). So only the heads are looked up,
//! one hash lookup per word of the text ([`HeadWords`]), and each head lists the words that
//! must stand before it (prefix) and after it (suffix); those are checked by plain string
//! comparison where a head is found.
//!
//! A verb's form may be *bridged*: one adverb may then stand between the verb and its fixed
//! words ("ont rendu *finalement* leurs armes", "interdit *aussitôt* le passage"), or between
//! a reflexive verb's auxiliary and its participle ("se sont *finalement* emparés"). Only one
//! word, and only an adverb ([`is_adverb`], a day's name among them: "a renoncé *vendredi*
//! à"), or after the verb a time of two words ("*hier soir*", "*lundi matin*") or a fixed
//! locution ("*de nouveau*", "*sur place*"): a noun or a second clause in between breaks the
//! phrase. The check looks at the words next to the head, so matching stays linear.
use std::collections::HashMap;

use crate::fold::{is_word_byte, words};
use rustc_hash::FxHashMap;

use crate::matcher::leftmost_longest;

/// Words that never head a form: pronouns, auxiliaries, determiners, prepositions.
const FUNCTION: &[&str] = &[
    "se", "s", "y", "en", "est", "sont", "etait", "etaient", "etre", "serait", "seraient", "soit", "soient",
    "a", "ont", "avait", "avaient", "ete", "l", "d", "de", "du", "des", "le", "la", "les", "un", "une", "au",
    "aux", "par", "pas", "ne", "n",
];

/// Adverbs that may stand between a verb and its fixed words, besides those in `-ment`.
const ADVERBS: &[&str] = &[
    "deja",
    "aussitot",
    "encore",
    "enfin",
    "toujours",
    "bien",
    "aussi",
    "meme",
    "alors",
    "ensuite",
    "desormais",
    "hier",
    "ainsi",
    "vite",
    "tot",
    "tard",
    // a day said in the gap, as news French does ("a renoncé vendredi à", "avait invoqué
    // mardi l'article"); weekdays come from the time module (`is_adverb`)
    "demain",
    "avant-hier",
    "aujourd'hui",
    // connectives a reporter puts after the verb ("ont *pourtant* signé", "a *toutefois*
    // rejeté l'offre"): they qualify the sentence, not the verb's object
    "toutefois",
    "pourtant",
    "cependant",
    "neanmoins",
    "donc",
    "surtout",
    "d'abord",
];

/// Time, place and manner locutions of several words that may fill the same gap as one
/// adverb ("a décidé *de nouveau*", "envoyer *sur place* une mission", "a signé *dans la
/// soirée* un accord", "ont voté *à l'unanimité* le texte", "a téléphoné *tour à
/// tour* aux"), by the word that opens them: news French puts the time of day, the vote's
/// margin or a connective between a verb and its object. Fixed, so that a noun phrase is
/// never skipped; a day with its part ("hier soir") is read by [`gap_item`].
fn locutions_opened_by(first: &str) -> &'static [&'static str] {
    match first {
        "a" => &[
            "a nouveau",
            "a l'aube",
            "a l'unanimite",
            "a une large majorite",
            "a une courte majorite",
            "a une ecrasante majorite",
            "a la mi-journee",
            "a son tour",
            "a leur tour",
        ],
        "au" => &["au petit matin", "au lever du jour", "au matin", "au petit jour"],
        "de" => &["de nouveau", "de son cote", "de leur cote"],
        "une" => &["une nouvelle fois", "une fois de plus"],
        "sur" => &["sur place", "sur le terrain"],
        "dans" => &[
            "dans la region",
            "dans la zone",
            "dans la nuit",
            "dans la matinee",
            "dans la soiree",
            "dans la journee",
            "dans l'apres-midi",
            "dans la foulee",
        ],
        "en" => &[
            "en fin de journee",
            "en fin de matinee",
            "en fin de soiree",
            "en fin d'apres-midi",
            "en debut de journee",
            "en debut de matinee",
            "en debut de soiree",
            "en debut d'apres-midi",
            "en milieu de journee",
            "en soiree",
            "en matinee",
            "en outre",
            "en premiere lecture",
            "en seconde lecture",
            "en deuxieme lecture",
            "en urgence",
        ],
        "le" => &["le lendemain", "le soir meme", "le jour meme", "le meme jour", "le week-end dernier"],
        "la" => &["la veille", "la nuit derniere", "la semaine derniere"],
        "pour" => &["pour sa part", "pour leur part"],
        "tour" => &["tour a tour"],
        "toute" => &["toute la nuit", "toute la journee", "toute la matinee"],
        _ => &[],
    }
}

/// What may follow a day in a two-word time ("hier *soir*", "lundi *matin*", "jeudi
/// *dernier*") or "ce"/"cette" ("ce *matin*", "cette *nuit*").
const DAY_PARTS: &[&str] = &["matin", "soir", "midi", "apres-midi", "nuit", "dernier", "prochain"];

/// Words in `-ment` that are no adverbs of manner or time ("comment" opens a question).
const NOT_ADVERBS: &[&str] = &["comment", "moment"];

/// Is the folded word `w` an adverb that may bridge a verb and its fixed words?
/// "finalement", "officiellement", "aussitot"; not "gouvernement" after a determiner (a
/// determiner is never skipped, so a noun in `-ment` never gets here in practice).
pub(crate) fn is_adverb(w: &str) -> bool {
    ADVERBS.contains(&w)
        || crate::time::weekday_of(w).is_some()
        || (w.len() >= 6 && w.ends_with("ment") && !NOT_ADVERBS.contains(&w))
}

#[derive(Debug)]
struct Form<T> {
    prefix: String,
    suffix: String,
    /// The suffix's first separator and word ([`key`]): forms are sorted by it, so that a
    /// head compares only the forms that can follow it in the text.
    key: String,
    value: T,
    /// A verb's form: one adverb may stand after the head, or before it inside the prefix.
    bridge: bool,
    /// The suffix's last word is a stem ("combats eclat*" matches "combats éclatent").
    stem_tail: bool,
    /// Where [`bridged`] may skip a word of the text inside the suffix ([`Gaps::of`]).
    gaps: Gaps,
}

/// Whether a suffix has a word after which [`bridged`] skips one word of the text: a
/// determiner, or an auxiliary, that is not the suffix's last word (" une
/// offensive", " a ete signe"). A suffix without one is never found by [`bridged`], and
/// is not searched there: known once per form, where the search ran for every form of
/// every head found that failed to follow it (1.3 million times in the bench).
#[derive(Debug, Clone, Copy)]
struct Gaps {
    after_det: bool,
    after_aux: bool,
}

impl Gaps {
    /// The words [`bridged`] reads as the word before the gap: every word of the suffix but
    /// its last, after the leading space ([`bridged`] reads none in a suffix without one).
    fn of(suffix: &str) -> Self {
        let inner: Vec<&str> = match suffix.strip_prefix(' ') {
            Some(rest) => rest.split(' ').collect(),
            None => Vec::new(),
        };
        let inner = &inner[..inner.len().saturating_sub(1)];
        Gaps {
            after_det: inner.iter().any(|w| super::DETERMINERS.contains(w)),
            after_aux: inner.iter().any(|w| AUXILIARY.contains(w)),
        }
    }

    /// May [`bridged`] find the suffix with a word skipped?
    fn may_bridge(self) -> bool {
        self.after_det || self.after_aux
    }
}

/// An index of folded phrases by their head word.
#[derive(Debug)]
pub(crate) struct FormIndex<T> {
    heads: HeadWords,
    forms: Vec<HeadForms<T>>,
}

/// The heads, looked up word by word: a head is one word (a run of word bytes, see
/// [`words`]) or the stem of one, so a head found in the text is always a whole word of it
/// or that word's start. One hash lookup per word of the sentence replaces a pass of an
/// automaton over its 12,000 heads, which was slower (an NFA, as a DFA this size takes
/// seconds to build) and touched far more memory per byte (callgrind: 238 M instructions of
/// the bench for the heads' automaton). Heads are numbered in the order they were first
/// met, and hits at one word come out in that order, as the automaton's did.
#[derive(Debug)]
struct HeadWords {
    /// Whole-word heads ("emparés", "rendu").
    whole: FxHashMap<Box<[u8]>, u32>,
    /// Stem heads ("bombard" of "bombard*"), matched by a word that starts with them.
    stems: FxHashMap<Box<[u8]>, u32>,
    /// The lengths of the stems shorter than two bytes or of 64 bytes or more, ascending:
    /// the prefixes of a word to look up besides those of [`HeadWords::lens_by_pair`].
    unlisted_lens: Vec<usize>,
    /// The first two bytes of every stem (a bit per pair): most words start as no stem
    /// does, and skip the stem lookups.
    stem_starts: Vec<u64>,
    /// By the first two bytes of a stem, the lengths of the stems that start with them (bit
    /// `l` for length `l`): a word looks up the prefixes of those lengths only, where it
    /// tried every stem length up to its own (a long word that starts as some stem does
    /// cost a lookup per length).
    lens_by_pair: FxHashMap<u16, u64>,
}

impl HeadWords {
    /// Number the heads (a final `*` marks a stem), in order.
    fn new(heads: &[String]) -> Self {
        let mut words = HeadWords {
            whole: FxHashMap::default(),
            stems: FxHashMap::default(),
            unlisted_lens: Vec::new(),
            stem_starts: vec![0; 1 << 10],
            lens_by_pair: FxHashMap::default(),
        };
        for (id, h) in heads.iter().enumerate() {
            let (word, stem) = match h.strip_suffix('*') {
                Some(w) => (w, true),
                None => (h.as_str(), false),
            };
            debug_assert!(word.bytes().all(is_word_byte), "a head is one word: {h:?}");
            let table = if stem { &mut words.stems } else { &mut words.whole };
            // the first head of a spelling wins, as the automaton reported the first pattern
            table.entry(word.as_bytes().into()).or_insert(id as u32);
            if stem {
                let pair = Self::pair(word.as_bytes());
                if let Some(p) = pair {
                    words.stem_starts[p / 64] |= 1 << (p % 64);
                }
                match pair.filter(|_| word.len() < 64) {
                    Some(p) => *words.lens_by_pair.entry(p as u16).or_default() |= 1 << word.len(),
                    None => words.unlisted_lens.push(word.len()),
                }
            }
        }
        words.unlisted_lens.sort_unstable();
        words.unlisted_lens.dedup();
        words
    }

    /// The first two bytes of `w` as a bit number, if `w` has two.
    fn pair(w: &[u8]) -> Option<usize> {
        Some(((*w.first()? as usize) << 8) | *w.get(1)? as usize)
    }

    /// May a stem start `w`? (Stems of one byte are always looked up.)
    fn may_start_stem(&self, w: &[u8]) -> bool {
        self.unlisted_lens.first().is_some_and(|&l| l < 2)
            || Self::pair(w).is_some_and(|p| self.stem_starts[p / 64] & (1 << (p % 64)) != 0)
    }

    /// The lengths of the stems that may start `w` and fit in it: those listed for its
    /// first two bytes, and the stems too short or too long to be listed there.
    fn stem_lengths<'w>(&'w self, w: &'w [u8]) -> impl Iterator<Item = usize> + 'w {
        let listed = Self::pair(w).and_then(|p| self.lens_by_pair.get(&(p as u16))).copied().unwrap_or(0);
        // the bits of the lengths up to the word's own
        let fits = if w.len() >= 63 { u64::MAX } else { (1 << (w.len() + 1)) - 1 };
        let mut bits = listed & fits;
        // each set bit in turn: its number, then the bit cleared (`bits & (bits - 1)` clears
        // the lowest set bit)
        let lengths = std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let l = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                l
            })
        });
        lengths.chain(self.unlisted_lens.iter().copied().take_while(move |&l| l <= w.len()))
    }

    /// The heads found in the folded text `t`: (start, end, head number), by start, then
    /// head number; a stem's hit runs to the end of its word.
    fn find(&self, t: &str) -> Vec<(usize, usize, u32)> {
        let b = t.as_bytes();
        // a sentence has a few heads: room for them at once, not regrown from empty
        let mut out = Vec::with_capacity(16);
        let mut i = 0;
        while i < b.len() {
            if !is_word_byte(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
            let w = &b[start..i];
            let first = out.len();
            if let Some(&id) = self.whole.get(w) {
                out.push((start, i, id));
            }
            if self.may_start_stem(w) {
                for l in self.stem_lengths(w) {
                    if let Some(&id) = self.stems.get(&w[..l]) {
                        out.push((start, i, id));
                    }
                }
            }
            out[first..].sort_unstable_by_key(|h| h.2);
        }
        out
    }
}

/// The forms of one head, sorted by key, with the range of each distinct key: a head
/// found in the text looks up the few keys that can follow it among its distinct keys
/// (a few dozen), not among all its forms (hundreds for a common verb form).
#[derive(Debug)]
struct HeadForms<T> {
    forms: Vec<Form<T>>,
    keys: Vec<(String, u32, u32)>,
}

impl<T> HeadForms<T> {
    fn new(mut forms: Vec<Form<T>>) -> Self {
        forms.sort_by(|a, b| a.key.cmp(&b.key));
        let mut keys: Vec<(String, u32, u32)> = Vec::new();
        for (i, f) in forms.iter().enumerate() {
            match keys.last_mut() {
                Some((k, _, end)) if *k == f.key => *end = i as u32 + 1,
                _ => keys.push((f.key.clone(), i as u32, i as u32 + 1)),
            }
        }
        HeadForms { forms, keys }
    }

    /// The forms whose key is `k`.
    fn group(&self, k: &str) -> &[Form<T>] {
        if k.is_empty() {
            // the keys are sorted: an empty one comes first (asked for at every head found,
            // where the binary search compared strings)
            return match self.keys.first() {
                Some((x, s, e)) if x.is_empty() => &self.forms[*s as usize..*e as usize],
                _ => &[],
            };
        }
        match self.keys.binary_search_by(|(x, _, _)| x.as_str().cmp(k)) {
            Ok(i) => &self.forms[self.keys[i].1 as usize..self.keys[i].2 as usize],
            Err(_) => &[],
        }
    }
}

/// A match: the byte range in the text and the phrase's value.
pub(crate) struct FormHit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
}

impl<T> FormIndex<T> {
    /// Index folded phrases (a final `*` makes the last word a stem); `bridge` marks a
    /// verb's form, whose head is the verb (see the module's introduction).
    pub(crate) fn new(forms: impl IntoIterator<Item = (String, T, bool)>) -> Self {
        let mut by_head: HashMap<String, Vec<Form<T>>> = HashMap::new();
        let mut order = Vec::new();
        for (phrase, value, bridge) in forms {
            let ws = words(&phrase);
            let Some(&(hs, he)) =
                ws.iter().find(|&&(s, e)| !FUNCTION.contains(&&phrase[s..e])).or(ws.first())
            else {
                continue;
            };
            let stem = phrase.ends_with('*') && he + 1 == phrase.len();
            let stem_tail = !stem && phrase.ends_with('*');
            let head = if stem { format!("{}*", &phrase[hs..he]) } else { phrase[hs..he].to_string() };
            let suffix = if stem { String::new() } else { phrase[he..].trim_end_matches('*').to_string() };
            let form = Form {
                prefix: phrase[..hs].to_string(),
                // a stem has no whole first word to sort by: compared after every head
                key: if stem_tail { String::new() } else { key(&suffix).to_string() },
                gaps: Gaps::of(&suffix),
                suffix,
                value,
                bridge,
                stem_tail,
            };
            by_head.entry(head.clone()).or_insert_with(|| {
                order.push(head.clone());
                Vec::new()
            });
            by_head.get_mut(&head).unwrap().push(form);
        }
        let heads = HeadWords::new(&order);
        let forms = order.iter().map(|h| HeadForms::new(by_head.remove(h).unwrap_or_default())).collect();
        FormIndex { heads, forms }
    }

    /// Every whole-phrase match in the folded text `t`, leftmost-longest, without
    /// overlaps, sorted by start. Among the forms of one head, the leftmost, then longest wins.
    pub(crate) fn find(&self, t: &str) -> Vec<FormHit<'_, T>> {
        let b = t.as_bytes();
        let heads = self.heads.find(t);
        let mut cands: Vec<FormHit<'_, T>> = Vec::with_capacity(heads.len());
        for (start, end, id) in heads {
            let h = FormHit { start, end, value: &self.forms[id as usize] };
            // where the text would go on after a gap after the head ([`gap_after`]), computed
            // once per head: each form then compares strings
            let (gap, short) = match gap_after(t, h.end) {
                Some((full, short)) => (Some(full), short),
                None => (None, None),
            };
            // a quantifier may follow the gap ("a rapatrié lundi l'ensemble de son personnel")
            let after = match gap {
                Some(g) => Some(quantifier_at(t, g).unwrap_or(g)),
                None => quantifier_at(t, h.end),
            };
            // read only for a verb's form whose prefix is not right before the head (most
            // forms have none, or find theirs)
            let before = std::cell::OnceCell::new();
            // only forms whose suffix is empty or starts as the text does, right after the
            // head or after the adverb
            let group = |k: &str| h.value.group(k);
            let here = key(&t[h.end..]);
            let there = after.map_or("", |a| key(&t[a..]));
            // after a time and a place, the words after the time alone ("atterri mercredi
            // *à* Vorlak": the place is the form's own suffix)
            let there_short = short.map_or("", |a| key(&t[a..]));
            let none: &[Form<T>] = &[];
            // the word [`bridged`] would skip, read once per head ([`Skipped`])
            let skipped = Skipped::default();
            // a count where the forms have a determiner: the forms with "les"
            let count = here.strip_prefix(' ').is_some_and(is_count);
            // a count right after the head, as [`counted_instead_of_det`] reads its first word:
            // without one, no form is read for one
            let counted =
                t[h.end..].strip_prefix(' ').and_then(|r| r.split(' ').next()).is_some_and(is_count);
            let groups = [
                group(""),
                if here.is_empty() { none } else { group(here) },
                if there.is_empty() || there == here { none } else { group(there) },
                if there_short.is_empty() || there_short == here || there_short == there {
                    none
                } else {
                    group(there_short)
                },
                if count { group(" les") } else { none },
            ];
            let best = groups
                .into_iter()
                .flat_map(|g| g.iter())
                .filter_map(|f| {
                    // the suffix as whole words ("promis de" is not in "promis des lundi de"),
                    // so that a gap after the head is still tried; a stem runs on
                    let suffix_at = |at: usize| {
                        let e = at + f.suffix.len();
                        t.get(at..e).is_some_and(|s| s == f.suffix)
                            && (f.stem_tail || e == b.len() || !is_word_byte(b[e]) || !is_word_byte(b[e - 1]))
                    };
                    // the searches below, only where they may find something ([`Gaps`], `counted`)
                    let bridge_at = |at: usize, verb: bool| {
                        (f.gaps.may_bridge() && skipped.may_skip(t, at, &f.suffix))
                            .then(|| bridged(t, at, &f.suffix, verb))
                            .flatten()
                    };
                    let counted_at =
                        || counted.then(|| counted_instead_of_det(t, h.end, &f.suffix)).flatten();
                    let mut end = if suffix_at(h.end) {
                        h.end + f.suffix.len()
                    } else if let Some(at) = after.filter(|_| {
                        f.suffix.starts_with(' ')
                            && if gap.is_some() { f.bridge } else { opens_with_det(&f.suffix) }
                    }) {
                        if suffix_at(at) {
                            at + f.suffix.len()
                        } else if let Some(s) = short.filter(|&s| f.bridge && suffix_at(s)) {
                            s + f.suffix.len()
                        } else {
                            // after the gap, one word between the determiner and its noun
                            // ("a lancé hier une *nouvelle* offensive")
                            bridge_at(at, false)?
                        }
                    } else if let Some(end) = counted_at() {
                        end
                    } else {
                        bridge_at(h.end, f.bridge)?
                    };
                    while f.stem_tail && end < b.len() && is_word_byte(b[end]) {
                        end += 1;
                    }
                    let prefix_to = |to: usize| {
                        to.checked_sub(f.prefix.len())
                            .filter(|&s| t.get(s..to).is_some_and(|p| p == f.prefix))
                    };
                    let start = match prefix_to(h.start) {
                        Some(s) => s,
                        None => {
                            if !(f.bridge && f.prefix.ends_with(' ')) {
                                return None;
                            }
                            let to = (*before.get_or_init(|| adverb_before(t, h.start)))?;
                            prefix_to(to)?
                        }
                    };
                    let fits = (start == 0 || !is_word_byte(b[start - 1]) || !is_word_byte(b[start]))
                        && (end == b.len() || !is_word_byte(b[end]) || !is_word_byte(b[end - 1]));
                    fits.then_some((start, end, &f.value))
                })
                // leftmost, then longest, as everywhere else
                .max_by_key(|&(s, e, _)| (std::cmp::Reverse(s), e - s));
            if let Some((start, end, value)) = best {
                cands.push(FormHit { start, end, value });
            }
        }
        leftmost_longest(cands, |h| (h.start, h.end))
    }
}

/// The first separator of `s` and the word after it (" a" of " a ete signe", "-le" of
/// "-le-feu"), or "" when `s` is empty.
fn key(s: &str) -> &str {
    let b = s.as_bytes();
    let Some(first) = s.chars().next() else { return "" };
    let mut e = first.len_utf8();
    while e < b.len() && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    &s[..e]
}

/// Adjectives that stand before the noun in French ("un *premier* accord", "une *nouvelle*
/// trêve", "un *important* convoi", "la *même* route"): a closed list, so that a noun is
/// never skipped. A cardinal fills the same place ("les *deux* délégations": [`bridged`]).
const PRENOMINAL: &[&str] = &[
    "premier",
    "premiere",
    "premiers",
    "premieres",
    "nouvel",
    "nouveau",
    "nouvelle",
    "nouveaux",
    "nouvelles",
    "second",
    "seconde",
    "deuxieme",
    "troisieme",
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "important",
    "importante",
    "importants",
    "importantes",
    "vaste",
    "vastes",
    "principal",
    "principale",
    "principaux",
    "principales",
    "large",
    "larges",
    "grand",
    "grande",
    "grands",
    "grandes",
    "lourd",
    "lourde",
    "lourds",
    "lourdes",
    "veritable",
    "veritables",
    "fragile",
    "fragiles",
    "bref",
    "breve",
    "enieme",
    "modeste",
    "timide",
    "historique",
    // the same one again ("coupé *la même* route", "visé *les mêmes* quartiers")
    "meme",
    "memes",
];

/// The end of `suffix` in `t` from `at` when one word of the text is skipped inside it: a
/// [`PRENOMINAL`] adjective or a count after a determiner (" un accord" in " un premier
/// accord", " les delegations" in " les deux delegations", " ses otages" in " ses 30
/// otages"; a count with its adjective, " les prisons" in " les deux principales prisons"),
/// or an adverb after an auxiliary (" a ete signe" in " a finalement ete signe"; in a
/// fixed passive phrase too, " sont deployes" in " sont desormais deployes": news French
/// puts the time or the manner there). `None` when the text says anything else.
///
/// The skipped word can only stand where the text first departs from the suffix, at the
/// start of the suffix's word there (never its first: that word must follow a determiner
/// or an auxiliary of the suffix); so a byte comparison finds it, and the word lists are
/// read only once the rest of the suffix is known to follow it. Most forms of a head fail
/// here, so this runs tens of times per sentence.
fn bridged(t: &str, at: usize, suffix: &str, verb: bool) -> Option<usize> {
    if !suffix.starts_with(' ') {
        return None;
    }
    let text = t.get(at..)?;
    let (s, x) = (suffix.as_bytes(), text.as_bytes());
    let common = s.iter().zip(x).take_while(|(a, b)| a == b).count();
    if common == s.len() {
        return None;
    }
    // where the suffix's word that the text departs from starts, and the word before it
    let k = s[..common].iter().rposition(|&b| b == b' ')? + 1;
    let prev = &suffix[s[..k - 1].iter().rposition(|&b| b == b' ')? + 1..k - 1];
    // after one of the determiners `{det}` expands to, or an auxiliary: tested first,
    // as most forms fail here and the word lists are short
    let det = super::DETERMINERS.contains(&prev);
    let aux = AUXILIARY.contains(&prev);
    if !det && !aux {
        return None;
    }
    let word = text[k..].split(' ').next()?;
    let mut resume = k + word.len() + 1;
    if x.get(resume - 1) != Some(&b' ') {
        return None;
    }
    // a count and then an adjective ("les *deux principales* prisons", "ses *trois derniers*
    // otages"): both stand where the one skipped word would, right after a verb's form only
    // (after a gap, one word is the most a phrase may hold)
    if det && verb && is_count(word) && !text[resume..].starts_with(&suffix[k..]) {
        let adjective = text[resume..].split(' ').next()?;
        if PRENOMINAL.contains(&adjective) {
            resume += adjective.len() + 1;
        }
    }
    if !text.get(resume..)?.starts_with(&suffix[k..]) {
        return None;
    }
    // a quote mark opens a quoted noun after its determiner ("des « frappes »")
    let after_det = det && (PRENOMINAL.contains(&word) || is_count(word) || word == "\"");
    let after_aux = aux && is_adverb(word);
    (after_det || after_aux).then_some(at + resume + suffix.len() - k)
}

/// The word of the text that [`bridged`] would skip for a suffix, and whether it may be
/// skipped at all, remembered for the last place asked. [`bridged`] skips the word where
/// the text departs from the suffix, and only a [`PRENOMINAL`] adjective, a count, a quote
/// mark or an adverb: the forms of one head that share its next words ("libéré les" +
/// "otages", "prisonniers", "soldats"…) all depart at the same word of the text, so that
/// word is classified once per head, and [`bridged`] runs only where it may be skipped
/// (callgrind: 667,000 calls of about 290 instructions in the bench, nearly all failing).
#[derive(Default)]
struct Skipped(std::cell::Cell<Option<(usize, usize, bool)>>);

impl Skipped {
    /// May [`bridged`] find `suffix` in `t` from `at`? `false` only where it finds nothing:
    /// the word it would skip is none of those it skips.
    fn may_skip(&self, t: &str, at: usize, suffix: &str) -> bool {
        let Some(text) = t.get(at..) else { return false };
        let (s, x) = (suffix.as_bytes(), text.as_bytes());
        let common = s.iter().zip(x).take_while(|(a, b)| a == b).count();
        if common == s.len() {
            return false;
        }
        // where the word that departs from the suffix starts, as [`bridged`] reads it
        let Some(k) = s[..common].iter().rposition(|&b| b == b' ').map(|i| i + 1) else { return false };
        if let Some((a, b, skippable)) = self.0.get() {
            if (a, b) == (at, k) {
                return skippable;
            }
        }
        let word = text[k..].split(' ').next().unwrap_or("");
        let skippable = PRENOMINAL.contains(&word) || is_count(word) || word == "\"" || is_adverb(word);
        self.0.set(Some((at, k, skippable)));
        skippable
    }
}

/// After the head ending at `end`: " tout|toute|tous|toutes" or " l'ensemble" (with its "de")
/// then the rest; the offset where the rest starts, or `None`. A predeterminer stands before
/// a form's determiner: "suspendre *toutes* ses activités", "évacuer *tous* les habitants",
/// "rapatrier *l'ensemble de* son personnel", "*l'ensemble des* habitants".
fn quantifier_after(t: &str, end: usize) -> Option<usize> {
    let rest = t.get(end..)?.strip_prefix(' ')?;
    let (word, tail) = rest.split_once(' ')?;
    let at = end + 1 + word.len();
    match word {
        "tout" | "toute" | "tous" | "toutes" => Some(at),
        "l'ensemble" if tail.starts_with("de ") => Some(at + 3),
        "l'ensemble" => Some(at),
        _ => None,
    }
}

/// [`quantifier_after`], read only where the next word may be one: most heads are followed
/// by none, and the search cut the rest of the sentence at its next space for each.
fn quantifier_at(t: &str, end: usize) -> Option<usize> {
    let rest = t.get(end..)?;
    (rest.starts_with(" tou") || rest.starts_with(" l'ensemble")).then(|| quantifier_after(t, end)).flatten()
}

/// A count where a form has a plural determiner: "ont échangé *30* prisonniers", "a
/// libéré *deux* otages", "ont rendu *2 000* fusils" for "échanger {det} prisonniers". The
/// end of the match, or `None`. Numbers cannot be generated as forms: the count is read
/// here, at the one place where the form's determiner would stand.
fn counted_instead_of_det(t: &str, end: usize, suffix: &str) -> Option<usize> {
    const PLURAL: &[&str] = &["les", "des", "leurs", "ses"];
    let (det, noun) = suffix.strip_prefix(' ')?.split_once(' ')?;
    if !PLURAL.contains(&det) {
        return None;
    }
    let mut at = end;
    let mut counted = false;
    // "2 000", "deux cents", "trois mille": one or more number words or digit groups
    while let Some(word) = t.get(at..)?.strip_prefix(' ').and_then(|r| r.split(' ').next()) {
        if !is_count(word) {
            break;
        }
        at += 1 + word.len();
        counted = true;
    }
    let rest = t.get(at..)?.strip_prefix(' ')?;
    (counted && rest.starts_with(noun)).then_some(at + 1 + noun.len())
}

/// A number in figures or in words ("30", "deux", "cents", "plusieurs").
fn is_count(word: &str) -> bool {
    crate::claim::is_cardinal_word(word)
        || matches!(word, "plusieurs" | "quelques")
        || !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Does a form's suffix open with a determiner that stands as a word (" ses activites")?
fn opens_with_det(suffix: &str) -> bool {
    suffix
        .strip_prefix(' ')
        .and_then(|r| r.split(' ').next())
        .is_some_and(|w| super::DETERMINERS.contains(&w))
}

/// Auxiliaries after which an adverb may stand inside a verb's form.
const AUXILIARY: &[&str] = &["a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "ete"];

/// The word of `t` starting at `s`, with its inner apostrophes and hyphens
/// ("aujourd'hui", "apres-midi"): its end, where a space must follow.
fn word_end(b: &[u8], s: usize) -> Option<usize> {
    let mut e = s;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || (e > s && matches!(b[e], b'\'' | b'-'))) {
        e += 1;
    }
    (e > s && b.get(e) == Some(&b' ')).then_some(e)
}

/// After the head ending at `end`: a gap that bridges a verb and its fixed words, then the
/// rest; the offset where the rest starts (at the space before it), or `None`. The gap is
/// an adverb ([`is_adverb`]), a day with its part ("hier soir", "lundi
/// matin", "jeudi dernier", "cette nuit"), a date ("dès le 3 mai": [`date_in_gap`]) or one of
/// the locutions ([`locutions_opened_by`]) or an opening quote mark ("a exigé « le retrait »"); or a town named after
/// "à", "au" or "en", alone or beside one of those ("ont signé hier *à Vienne* un accord"),
/// as news French puts the time and the place between a verb and its object; with a time
/// then a place, also where the time alone ends (the place may be the form's own). Called once per head
/// found, it compares bytes and allocates nothing.
fn gap_after(t: &str, end: usize) -> Option<(usize, Option<usize>)> {
    if t.as_bytes().get(end) == Some(&b',') {
        return incise(t, end).map(|at| (at, None));
    }
    let (first, place) = gap_item(t, end, true)?;
    // two items only with one place: a time and a place, in either order
    let (to, place, short) = match gap_item(t, first, !place) {
        Some((second, p)) if !place && p => (second, true, Some(first)),
        Some((second, p)) if place || p => (second, true, None),
        _ => (first, place, None),
    };
    // after a place, only an object that opens with its determiner ("au moins dix", "en
    // présence de" are no places); after a time then a place, the time alone may be the gap
    if !place || object_follows(t, to) {
        Some((to, short))
    } else {
        short.map(|s| (s, None))
    }
}

/// The longest incise read between commas, in bytes: a time or a place, never a clause.
const INCISE_MAX: usize = 40;

/// After the head, a gap set off by commas ("ont repris*, dimanche,* le contrôle", "a
/// signé*, à Doha,* un accord", "ont déposé*, dans la nuit,* leurs armes"), as a reporter
/// sets off the time or the place of the act: the same items as [`gap_after`] reads
/// without commas, and nothing else inside them (", selon l'agence," is a source, not a
/// gap). `comma` is the offset of the first comma; the offset of the space after the
/// second, where the rest starts, or `None`. Read only where a comma follows a head.
fn incise(t: &str, comma: usize) -> Option<usize> {
    let rest = t.get(comma..)?.strip_prefix(", ")?;
    let close = rest.bytes().take(INCISE_MAX + 1).position(|c| c == b',')?;
    let inner = &rest[..close];
    // one word alone between commas is read only as a day: an adverb set off by commas
    // qualifies the whole sentence (", finalement,"), not the verb's object
    let lone_adverb = !inner.contains(' ')
        && crate::time::weekday_of(inner).is_none()
        && !matches!(inner, "hier" | "demain" | "aujourd'hui" | "avant-hier");
    if lone_adverb || inner.contains(['.', ';', ':', '"', '(']) {
        return None;
    }
    // the items read words with a space after each: the incise alone, spaced
    let spaced = format!(" {inner} ");
    let (first, place) = gap_item(&spaced, 0, true)?;
    let (to, place) = match gap_item(&spaced, first, !place) {
        Some((second, p)) => (second, place || p),
        None => (first, place),
    };
    let at = comma + 2 + close + 1;
    let whole = to == spaced.len() - 1 && t.as_bytes().get(at) == Some(&b' ');
    (whole && (!place || object_follows(t, at))).then_some(at)
}

/// Whether the word after the space at `at` opens a noun phrase with a determiner.
fn object_follows(t: &str, at: usize) -> bool {
    let b = t.as_bytes();
    let Some(e) = word_end(b, at + 1).or_else(|| (at + 1 < b.len()).then_some(b.len())) else { return false };
    let w = &t[at + 1..e];
    w.starts_with("l'") || (super::DETERMINERS.contains(&w) && !matches!(w, "de" | "d'"))
}

/// One item of a gap starting after the space at `end`: where it ends, and whether it was a
/// place (allowed only when `place_ok`).
fn gap_item(t: &str, end: usize, place_ok: bool) -> Option<(usize, bool)> {
    let b = t.as_bytes();
    if b.get(end) != Some(&b' ') {
        return None;
    }
    let s = end + 1;
    // an opening quote mark: a reporter quotes the object, not the verb ("a exigé « le
    // retrait »"); the fold makes every quote mark a word of its own
    if b.get(s) == Some(&b'"') && b.get(s + 1) == Some(&b' ') {
        return Some((s + 1, false));
    }
    let e = word_end(b, s)?;
    let first = &t[s..e];
    // a locution is compared only after the word that opens it
    let loc = locutions_opened_by(first)
        .iter()
        .find(|l| t.get(s..s + l.len()).is_some_and(|x| x == **l) && b.get(s + l.len()) == Some(&b' '));
    if let Some(l) = loc {
        let end = s + l.len();
        return Some((of_weekday(t, end).unwrap_or(end), false));
    }
    if matches!(first, "a" | "au" | "en") {
        return named_place(t, e).filter(|_| place_ok).map(|pe| (pe, true));
    }
    if let Some(de) = date_in_gap(t, first, e) {
        return Some((de, false));
    }
    let weekday = crate::time::weekday_of(first).is_some();
    let day = weekday || matches!(first, "hier" | "demain" | "ce" | "cette");
    if day {
        if let Some(e2) = word_end(b, e + 1) {
            let part = &t[e + 1..e2];
            let later = matches!(part, "dernier" | "prochain");
            // "ce jeudi": a weekday of this week, told as "ce matin" ("s'accordent ce jeudi sur")
            let this_weekday = first == "ce" && crate::time::weekday_of(part).is_some();
            if DAY_PARTS.contains(&part) && (weekday || !later) || this_weekday {
                return Some((e2, false));
            }
        }
    }
    is_adverb(first).then_some((e, false))
}

/// After a part of the day ending at `end`, its day ("dans la soirée *de mardi*"), or its
/// two days for a night (*de jeudi à vendredi*); where it ends.
fn of_weekday(t: &str, end: usize) -> Option<usize> {
    let b = t.as_bytes();
    let day = |at: usize, prep: &str| {
        let s = at + prep.len();
        let e = t.get(at..s).filter(|p| *p == prep).and_then(|_| word_end(b, s))?;
        crate::time::weekday_of(&t[s..e]).map(|_| e)
    };
    let e = day(end, " de ")?;
    Some(day(e, " a ").unwrap_or(e))
}

/// A date said in the gap, as news French puts it between a verb and its fixed words:
/// "dès" before a day ("avait promis *dès lundi* de", "entrés *dès hier* dans"), or a day of
/// the month with its month, after "le" or "dès le" ("sont entrés *dès le 3 mai* dans",
/// "ont signé *le 2 juin 2019* un accord"). `first` is the gap's first word, ending at `e`;
/// where the date ends. A day of the month alone ("le 26") may be a count: not a date here.
fn date_in_gap(t: &str, first: &str, e: usize) -> Option<usize> {
    let b = t.as_bytes();
    let next = |at: usize| word_end(b, at + 1).map(|e2| (&t[at + 1..e2], e2));
    let (le_at, first) = match first {
        "des" => {
            let (w, e2) = next(e)?;
            if crate::time::weekday_of(w).is_some() || matches!(w, "hier" | "aujourd'hui" | "demain") {
                // "dès lundi matin": the day's part too
                return Some(next(e2).filter(|(p, _)| DAY_PARTS.contains(p)).map_or(e2, |(_, e3)| e3));
            }
            (e2, w)
        }
        _ => (e, first),
    };
    if first != "le" {
        return None;
    }
    let (day, e2) = next(le_at)?;
    let is_day = day == "1er" || (day.len() <= 2 && day.bytes().all(|c| c.is_ascii_digit()));
    let (month, e3) = next(e2).filter(|_| is_day)?;
    crate::time::month_of(month)?;
    let year = next(e3).filter(|(y, _)| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()));
    Some(year.map_or(e3, |(_, e4)| e4))
}

/// "à Vienne", "au Caire", "en Turquie": after a preposition of place ending at `e`,
/// one word that is no determiner, no pronoun and no elided article (a name: "à leurs
/// voisins", "à l'armée" are objects, not places); where the name ends.
fn named_place(t: &str, e: usize) -> Option<usize> {
    let b = t.as_bytes();
    let e2 = word_end(b, e + 1)?;
    let name = &t[e + 1..e2];
    let not_name = super::DETERMINERS.contains(&name)
        || name.contains('\'')
        || name.len() < 3
        || name.bytes().any(|c| c.is_ascii_digit())
        || matches!(
            name,
            "eux" | "elle" | "elles" | "lui" | "cette" | "ces" | "nos" | "notre" | "tous" | "toutes"
        );
    (!not_name).then_some(e2)
}

/// Before the head starting at `start`: " adverb " right before it; the offset where the
/// adverb starts (where a prefix ending in a space must end), or `None`.
fn adverb_before(t: &str, start: usize) -> Option<usize> {
    let b = t.as_bytes();
    if start < 2 || b[start - 1] != b' ' {
        return None;
    }
    let e = start - 1;
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphanumeric() {
        s -= 1;
    }
    // the prefix ends with its own space: it ends where the adverb starts
    (s < e && s > 0 && b[s - 1] == b' ' && is_adverb(&t[s..e])).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The skips of the fast path: a form whose [`Gaps`] say no is never found by
    /// [`bridged`], whatever word stands after any of its words, for every form of the
    /// frames; and [`counted_instead_of_det`] finds nothing unless a count follows the head.
    #[test]
    fn skipped_searches_would_find_nothing() {
        let frames = &crate::frames::FRAMES;
        let index = FormIndex::new(frames.forms.iter().map(|(p, _, verb)| (p.clone(), (), *verb)));
        let inserted = ["premier", "deux", "30", "finalement", "\""];
        let mut skipped = 0;
        for f in index.forms.iter().flat_map(|h| &h.forms) {
            for verb in [false, f.bridge] {
                if f.gaps.may_bridge() {
                    continue;
                }
                skipped += 1;
                let cut: Vec<usize> = f.suffix.match_indices(' ').map(|(i, _)| i).collect();
                for &at in &cut {
                    for w in inserted {
                        let text = format!("{} {w}{} et la suite", &f.suffix[..at], &f.suffix[at..]);
                        assert_eq!(bridged(&text, 0, &f.suffix, verb), None, "{text:?} {:?}", f.suffix);
                    }
                }
            }
        }
        assert!(skipped > 0);
        // the positive controls: a word skipped after a determiner, an adverb after an auxiliary
        let (det, aux) = (Gaps::of(" une offensive"), Gaps::of(" a ete signe"));
        assert!(det.may_bridge() && aux.may_bridge() && !Gaps::of(" feu").may_bridge());
        assert_eq!(bridged(" une nouvelle offensive", 0, " une offensive", false), Some(23));
        assert_eq!(bridged(" a finalement ete signe", 0, " a ete signe", true), Some(23));
        // an adverb of time or manner inside a fixed passive phrase, never a noun or a negation
        assert_eq!(bridged(" sont desormais deployes", 0, " sont deployes", false), Some(24));
        assert_eq!(bridged(" ont ete aussitot evacues", 0, " ont ete evacues", false), Some(25));
        assert_eq!(bridged(" sont pas deployes", 0, " sont deployes", false), None);
        assert_eq!(bridged(" sont plus deployes", 0, " sont deployes", false), None);
        for rest in [" 30, prisonniers", " vingt-deux otages", " l'ensemble des otages", " otages", ""] {
            let text = format!("libere{rest}");
            let first = text[6..].strip_prefix(' ').and_then(|r| r.split(' ').next()).is_some_and(is_count);
            let found = counted_instead_of_det(&text, 6, " les otages").is_some();
            assert!(first || !found, "{text:?}");
        }
        assert!(counted_instead_of_det("libere 30 otages", 6, " les otages").is_some());
    }

    /// [`Skipped`] lets through every search [`bridged`] succeeds in, for every form of the
    /// frames, with a word of every kind inserted at each of its words, a memo shared by
    /// the forms as in [`FormIndex::find`]; and it stops most of the others.
    #[test]
    fn skipped_word_test_lets_every_bridge_through() {
        let index =
            FormIndex::new(crate::frames::FRAMES.forms.iter().map(|(p, _, verb)| (p.clone(), (), *verb)));
        let inserted = ["premier", "deux", "finalement", "\"", "vendredi", "forces", "nouvelle,"];
        let (mut found, mut stopped) = (0, 0);
        for h in &index.forms {
            let suffixes: Vec<&str> = h.forms.iter().map(|f| f.suffix.as_str()).collect();
            for (i, suffix) in suffixes.iter().enumerate() {
                for (at, w) in suffix.match_indices(' ').flat_map(|(at, _)| inserted.map(|w| (at, w))) {
                    let text = format!("tete{} {w}{} et la suite", &suffix[..at], &suffix[at..]);
                    let memo = Skipped::default();
                    // the form itself, then its neighbours, which share the memo
                    for other in suffixes.iter().skip(i).take(4) {
                        for verb in [false, true] {
                            let plain = bridged(&text, 4, other, verb);
                            let may = memo.may_skip(&text, 4, other);
                            assert!(plain.is_none() || may, "{text:?} {other:?}");
                            found += usize::from(plain.is_some());
                            stopped += usize::from(!may);
                        }
                    }
                }
            }
        }
        assert!(found > 0 && stopped > found);
    }

    /// The forms without a key, read first, are those the binary search finds, for every
    /// head of the frames.
    #[test]
    fn empty_key_group_is_the_searched_one() {
        let index =
            FormIndex::new(crate::frames::FRAMES.forms.iter().map(|(p, _, verb)| (p.clone(), (), *verb)));
        let mut with_empty = 0;
        for h in &index.forms {
            let searched = match h.keys.binary_search_by(|(x, _, _)| x.as_str().cmp("")) {
                Ok(i) => h.keys[i].1 as usize..h.keys[i].2 as usize,
                Err(_) => 0..0,
            };
            with_empty += usize::from(!searched.is_empty());
            assert_eq!(h.group("").len(), searched.len());
            assert!(h.group("").iter().all(|f| f.key.is_empty()));
        }
        assert!(with_empty > 0);
    }

    /// The first-word test before [`quantifier_after`] lets through every text it reads.
    #[test]
    fn quantifier_at_is_quantifier_after() {
        for w in ["tout", "toute", "tous", "toutes", "l'ensemble", "l'ensemble de", "tout-puissant", "touts"]
        {
            for rest in ["", " les otages", " de ses armes", "ses armes"] {
                for t in
                    [format!("libere {w}{rest}"), format!("libere  {w}{rest}"), format!("libere{w}{rest}")]
                {
                    assert_eq!(quantifier_at(&t, 6), quantifier_after(&t, 6), "{t:?}");
                }
            }
        }
        assert_eq!(quantifier_at("libere tous les otages", 6), Some(11));
        assert_eq!(quantifier_at("libere les otages", 6), None);
    }

    fn spans(index: &FormIndex<u8>, t: &str) -> Vec<(String, u8)> {
        index.find(t).iter().map(|h| (t[h.start..h.end].to_string(), *h.value)).collect()
    }

    /// Each text gives exactly one hit: its span, with `value`.
    fn assert_spans(index: &FormIndex<u8>, value: u8, cases: &[(&str, &str)]) {
        for (text, span) in cases {
            assert_eq!(spans(index, text), [(span.to_string(), value)], "{text}");
        }
    }

    #[test]
    fn a_stem_at_the_end_of_a_phrase() {
        let index = FormIndex::new([("combats eclat*".to_string(), 1, false)]);
        assert_eq!(spans(&index, "des combats eclatent a l'aube"), [("combats eclatent".to_string(), 1)]);
        assert_eq!(spans(&index, "les combats eclataient"), [("combats eclataient".to_string(), 1)]);
        // near miss: another word after the head
        assert!(spans(&index, "des combats violents").is_empty());
    }

    #[test]
    fn a_quote_mark_before_the_object() {
        let index = FormIndex::new([("rendu leurs armes".to_string(), 2, true)]);
        // the object quoted after the verb, or the noun quoted after its determiner
        assert_spans(
            &index,
            2,
            &[
                ("ils ont rendu \" leurs armes \"", "rendu \" leurs armes"),
                ("ils ont rendu leurs \" armes \"", "rendu leurs \" armes"),
            ],
        );
        // near misses: a comma, or a quoted word that is not the object
        assert!(spans(&index, "ils ont rendu, \" leurs armes \"").is_empty());
        assert!(spans(&index, "ils ont rendu \" hommage \" leurs armes").is_empty());
    }

    /// The heads are looked up word by word ([`HeadWords`]): that finds what an automaton
    /// over the heads found only if every head of the real frames is one folded word.
    #[test]
    fn every_real_head_is_one_folded_word() {
        let index =
            FormIndex::new(super::super::FRAMES.forms.iter().map(|(p, i, verb)| (p.clone(), *i, *verb)));
        let all = index.heads.whole.keys().chain(index.heads.stems.keys());
        for h in all {
            let h = std::str::from_utf8(h).expect("utf-8");
            assert!(!h.is_empty() && h.bytes().all(is_word_byte), "{h:?}");
            assert_eq!(crate::fold::fold(h), h);
        }
        assert_eq!(index.heads.whole.len() + index.heads.stems.len(), index.forms.len(), "no head twice");
    }

    #[test]
    fn stems_and_whole_heads_at_one_word() {
        // acts: a stem and a whole head both start "bombardements"; only whole words count
        let index = FormIndex::new([
            ("bombard*".to_string(), 1u8, false),
            ("bombardements".to_string(), 2, false),
            ("tir".to_string(), 3, false),
        ]);
        let t = "des bombardements et des tirs, un tir";
        assert_eq!(index.heads.find(t), vec![(4, 17, 0), (4, 17, 1), (34, 37, 2)]);
        // near miss: a stem inside a word, a head glued to the next word
        assert!(index.heads.find("surbombardement tir2").is_empty());
    }

    /// The stem lengths read by the word's first two bytes find the stems that trying
    /// every stem length found: stems sharing their first bytes, of one byte, of 70.
    #[test]
    fn stems_found_by_their_first_bytes_as_by_every_length() {
        let long = "a".repeat(70);
        let stems = ["bombard", "bo", "bomb", "b", "co", "combat", "comba", "declar", &long, "d"];
        let heads: Vec<String> = stems.iter().map(|s| format!("{s}*")).chain(["bombe".to_string()]).collect();
        let words = HeadWords::new(&heads);
        let plain = |w: &str| -> Vec<u32> {
            let mut ids: Vec<u32> =
                (0..stems.len()).filter(|&i| w.starts_with(stems[i])).map(|i| i as u32).collect();
            ids.extend((w == "bombe").then_some(stems.len() as u32));
            ids
        };
        for w in
            ["bombardements", "bombe", "bo", "b", "combattants", "declarations", "d", "x", "cz", &long, "aa"]
        {
            let found: Vec<u32> = words.find(w).iter().map(|h| h.2).collect();
            assert_eq!(found, plain(w), "{w}");
        }
        let longer = format!("{long}bcd");
        assert_eq!(words.find(&longer).iter().map(|h| h.2).collect::<Vec<_>>(), vec![8]);
    }

    #[test]
    fn heads_prefixes_and_suffixes() {
        let index = FormIndex::new([
            ("se sont empares".to_string(), 1, true),
            ("rendu leurs armes".to_string(), 2, true),
            ("tirs".to_string(), 3, false),
            ("echanges de tirs".to_string(), 4, false),
            ("declar*".to_string(), 5, false),
        ]);
        assert_eq!(
            spans(&index, "ils se sont empares du pont apres des echanges de tirs"),
            [("se sont empares".to_string(), 1), ("echanges de tirs".to_string(), 4)]
        );
        assert_eq!(
            spans(&index, "ils ont rendu leurs armes, a declare le maire"),
            [("rendu leurs armes".to_string(), 2), ("declare".to_string(), 5)]
        );
        // near misses: the head alone, or a prefix glued to another word
        assert!(spans(&index, "ils sont empares").is_empty());
        assert!(spans(&index, "ils ont rendu leurs armesx").is_empty());
        assert!(spans(&index, "xse sont empares").is_empty());
        // one adverb may bridge a verb and its fixed words, or an auxiliary and its participle
        assert_eq!(
            spans(&index, "ils ont rendu finalement leurs armes"),
            [("rendu finalement leurs armes".to_string(), 2)]
        );
        assert_eq!(
            spans(&index, "ils se sont aussitot empares du pont"),
            [("se sont aussitot empares".to_string(), 1)]
        );
        // near misses: two words, a word that is no adverb, punctuation, or a phrase that is no verb's
        assert!(spans(&index, "ils ont rendu soir hier leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu visite leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu, finalement, leurs armes").is_empty());
        assert_eq!(spans(&index, "des echanges aussi de tirs"), [("tirs".to_string(), 3)]);
        // a day, a day with its part, or a fixed locution in the same gap
        assert_spans(
            &index,
            2,
            &[
                ("elles avaient rendu jeudi leurs armes", "rendu jeudi leurs armes"),
                ("ils ont rendu aujourd'hui leurs armes", "rendu aujourd'hui leurs armes"),
                ("ils ont rendu hier soir leurs armes", "rendu hier soir leurs armes"),
                ("ils ont rendu samedi dernier leurs armes", "rendu samedi dernier leurs armes"),
                ("ils ont rendu cette nuit leurs armes", "rendu cette nuit leurs armes"),
                ("ils ont rendu sur place leurs armes", "rendu sur place leurs armes"),
            ],
        );
        // a town named after "à", "au" or "en", alone or after a time
        assert_spans(
            &index,
            2,
            &[
                ("ils ont rendu a tbilissi leurs armes", "rendu a tbilissi leurs armes"),
                ("ils ont rendu hier a tbilissi leurs armes", "rendu hier a tbilissi leurs armes"),
                ("ils ont rendu au caire mardi leurs armes", "rendu au caire mardi leurs armes"),
            ],
        );
        // near misses: an indirect object, two places, a place not followed by the object
        assert!(spans(&index, "ils ont rendu a leurs voisins leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu a tbilissi en georgie leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu a tbilissi de vieilles armes").is_empty());
        // near misses: three words, "ce dernier" (a pronoun, no time), a place not in the list
        assert!(spans(&index, "ils ont rendu mardi soir enfin leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu ce dernier leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu dans la caserne leurs armes").is_empty());
        // one adjective that stands before its noun, after the determiner
        assert_eq!(
            spans(&index, "ils ont rendu leurs dernieres armes"),
            [("rendu leurs dernieres armes".to_string(), 2)]
        );
        // near misses: an adjective that follows its noun, two adjectives, no determiner
        assert!(spans(&index, "ils ont rendu leurs lourdes et vieilles armes").is_empty());
        assert!(spans(&index, "ils ont rendu leurs anciennes armes").is_empty());
        assert!(spans(&index, "ils ont rendu leurs dernieres nouvelles armes").is_empty());
        // a count or "même" in the same place, also after a gap after the verb
        assert_spans(
            &index,
            2,
            &[
                ("ils ont rendu leurs trois armes", "rendu leurs trois armes"),
                ("ils ont rendu leurs 40 armes", "rendu leurs 40 armes"),
                ("ils ont rendu leurs memes armes", "rendu leurs memes armes"),
                ("ils ont rendu mardi leurs nouvelles armes", "rendu mardi leurs nouvelles armes"),
                ("ils ont rendu a tbilissi leurs deux armes", "rendu a tbilissi leurs deux armes"),
            ],
        );
        // near misses: a count and an adjective, an adjective after a gap without a determiner
        assert!(spans(&index, "ils ont rendu leurs deux vieilles armes").is_empty());
        assert!(spans(&index, "ils ont rendu mardi leurs trois nouvelles armes").is_empty());
        assert!(spans(&index, "ils ont rendu mardi nouvelles armes").is_empty());
        // a date said in the gap: "dès" and a day, or a day of the month with its month
        assert_spans(
            &index,
            2,
            &[
                ("ils ont rendu des lundi leurs armes", "rendu des lundi leurs armes"),
                ("ils ont rendu des lundi matin leurs armes", "rendu des lundi matin leurs armes"),
                ("ils ont rendu le 3 mai leurs armes", "rendu le 3 mai leurs armes"),
                ("ils ont rendu des le 1er juin 2021 leurs armes", "rendu des le 1er juin 2021 leurs armes"),
                ("ils ont rendu toutefois leurs armes", "rendu toutefois leurs armes"),
            ],
        );
        // "l'ensemble de" before the determiner, also after a day
        assert_spans(
            &index,
            2,
            &[
                ("ils ont rendu l'ensemble de leurs armes", "rendu l'ensemble de leurs armes"),
                ("ils ont rendu mardi l'ensemble de leurs armes", "rendu mardi l'ensemble de leurs armes"),
            ],
        );
        assert!(spans(&index, "ils ont rendu l'ensemble de vieilles armes").is_empty());
        // near misses: a day of the month alone (a count?), "des" as a determiner, two dates
        assert!(spans(&index, "ils ont rendu le 3 leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu des fusils leurs armes").is_empty());
        assert!(spans(&index, "ils ont rendu le 3 mai et le 4 mai leurs armes").is_empty());
        // an adverb after an auxiliary inside a verb's form (a passive)
        let passive = FormIndex::new([("accord a ete signe".to_string(), 6, true)]);
        assert_eq!(
            spans(&passive, "l'accord a finalement ete signe."),
            [("accord a finalement ete signe".to_string(), 6)]
        );
        // near misses: a word that is no adverb, or two adverbs
        assert!(spans(&passive, "l'accord a donc deja ete signe").is_empty());
        assert!(spans(&passive, "l'accord a reellement vraiment ete signe").is_empty());
    }
}
