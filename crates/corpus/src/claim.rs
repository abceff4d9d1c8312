//! Claims: who says what. Attribution ("selon Interfax", ", a déclaré le porte-parole"),
//! denials ("a démenti", "complètement fausses") and casualty figures with their claimant
//! ("au moins 200 morts … selon le médiateur").
use std::sync::OnceLock;

use crate::fold::words;
use crate::matcher::PhraseMatcher;
use crate::numbers::WORD_NUMBERS;
use crate::wordgate::WordGate;

/// Reporting verbs, built once (one Aho-Corasick pass per sentence instead of one
/// substring search per verb).
fn reporting() -> &'static PhraseMatcher<usize> {
    static M: OnceLock<PhraseMatcher<usize>> = OnceLock::new();
    M.get_or_init(|| PhraseMatcher::new(reporting_forms().into_iter().enumerate().map(|(i, v)| (v, i))))
}

/// Where a sentence's report comes from: a byte range of the folded sentence holding a
/// clean noun phrase ("le porte-parole du ministère", "l'agence Armenpress"), or `None`.
///
/// Three reporting frames are read: a source introduced by "selon" or "d'après"; an
/// inverted subject after the reporting verb ("…, a indiqué hier soir sur la télévision
/// publique la porte-parole"); and the subject before it ("Le ministère a affirmé que…").
/// Adverbials between the verb and its subject (time, channel, addressee) are skipped, and
/// the phrase stops at the first verb or subordinate clause: a claimant is never a
/// sentence fragment.
pub fn attribution(t: &str) -> Option<(usize, usize)> {
    for intro in ["selon", "d'apres"] {
        if let Some(i) = find_word(t, intro) {
            // "selon lesquelles …", "selon que …" open a clause, not a source
            let next = t[i + intro.len()..].split_whitespace().next().unwrap_or("");
            if next.starts_with("lesquel") || next.starts_with("lequel") || next.starts_with("laquelle") {
                continue;
            }
            if let Some(np) = noun_phrase(t, phrase_after(t, i + intro.len(), 14)) {
                return Some(np);
            }
        }
    }
    let verbs = reporting().find(t);
    // inversion: "…, a indiqué la porte-parole du parti, Jean Dupont."
    for h in &verbs {
        if t[..h.start].trim_end().ends_with(',') && t[h.end..].starts_with(' ') {
            let (a, b) = phrase_after(t, h.end + 1, 16);
            let head = &t[a..b];
            if b > a && !head.starts_with("que ") && !head.starts_with("qu'") {
                // "a fait état de dix morts": a complement of the verb, no speaker; nor is
                // what a demonstrative points back to ("a revendiqué ces attaques")
                let complement = |s: usize| {
                    ["de ", "d'", "du ", "ce ", "cet ", "cette ", "ces "]
                        .iter()
                        .any(|p| t[s..].starts_with(p))
                };
                if let Some(np) =
                    noun_phrase(t, (a, b)).filter(|&(s, e)| closes_clause(t, e) && !complement(s))
                {
                    return Some(np);
                }
            }
        }
    }
    // subject of a reporting verb: "Le ministère des Armées a affirmé que …"
    let h = verbs.first()?;
    let head = t[..h.start].trim_end().trim_end_matches(',');
    let s = subject_start(head);
    // a reporting verb in a relative clause has its subject after "que" ("l'accord que
    // les belligérants disaient respecter", "des paysans qu'ils accusent"), never the noun
    // the clause qualifies: a short subject, no comma, right before the verb (a long
    // stretch after "que" is a clause the verb before it reports: "a reconnu que ses
    // troupes avaient reculé et a annoncé…")
    let relative = [" que ", " qu'"]
        .iter()
        .filter(|r| head[s..].contains(*r)) // cheaper than a searcher for a miss
        .filter_map(|r| head[s..].rfind(r).map(|k| s + k + r.len()))
        .max()
        .filter(|&k| !head[k..].contains(',') && head[k..].split_whitespace().count() <= 4);
    let s = relative.unwrap_or(s);
    let subj = head[s..].trim();
    // "X, dit « Y »": the name without its nickname
    let subj = subj.find(", dit ").map_or(subj, |k| &subj[..k]);
    let n = subj.split_whitespace().count();
    if (1..=14).contains(&n) && !subj.starts_with('"') {
        let inverted = t[..h.start].trim_end().ends_with(',');
        return noun_phrase(t, (s, s + subj.len()))
            .filter(|&(_, e)| !(inverted && reported_verb_after(t, e)));
    }
    None
}

/// An inverted speaker ends its clause ("…, a déclaré le ministre.", "…, a indiqué la
/// porte-parole, Anna Petrossian, …"): what the verb governs and goes on ("a revendiqué
/// l'attentat que…", "a dénoncé la venue de renforts qui…") is its object. True when the
/// phrase ending at byte `end` of `t` ends the sentence or a punctuated part of it.
fn closes_clause(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start();
    // a straight quote ends the clause when it closes a quotation, not when it opens one
    // ("a dénoncé une \"agression\"": the quotation is the object)
    let opening_quote =
        |r: &str| r.strip_prefix('"').is_some_and(|q| q.starts_with(|c: char| c.is_alphanumeric()));
    let punctuated = |r: &str| {
        r.is_empty() || r.starts_with([',', '.', ';', ':', '(', ')', '!', '?', '»', '"']) && !opening_quote(r)
    };
    // where and how the speaker spoke may follow ("a indiqué un responsable à Genève, …",
    // "a déclaré le ministère à Rome dans un communiqué.")
    let adverbial = ["a ", "au ", "aux ", "en ", "depuis ", "dans ", "sur ", "lors "]
        .iter()
        .find_map(|p| rest.strip_prefix(p));
    // an occasion holds its own complements ("lors d'un passage au poste frontière du col")
    let reach = if rest.starts_with("lors ") { 10 } else { 6 };
    punctuated(rest)
        || adverbial.is_some_and(|r| {
            let cut = r.find([',', '.', ';']).unwrap_or(r.len());
            r[..cut].split_whitespace().count() <= reach
        })
}

/// The noun phrase ending at byte `end` of `t` is the subject of a verb of its own ("Des
/// centaines de bergers sont partis…, a indiqué…"): when the reporting verb follows a comma, that
/// phrase is the subject of what was reported, not its speaker.
fn reported_verb_after(t: &str, end: usize) -> bool {
    let mut next = t[end..].split_whitespace();
    match next.next().unwrap_or("") {
        // "a" before a determiner is the preposition "à" ("favorable à la paix")
        "a" => next.next().is_some_and(|w| !DETERMINERS.contains(&w) && !w.starts_with("l'")),
        w => matches!(w, "ont" | "est" | "sont" | "avait" | "avaient"),
    }
}

/// Where the subject of a reporting verb starts in `head`, the words before the verb: past
/// a dateline or a lead-in ending in a dash or a colon ("KHARTOUM, 15 avril (AFP) - L'armée
/// a affirmé", "Notre invitée : la porte-parole a dit"), and past the phrases of time or
/// manner set off by commas before it ("Jeudi, …", "Le lendemain de l'annonce, …", "Deux
/// jours plus tard, …"). An apposition after a subject is kept ("Le ministre, Jean Dupont,
/// …"): only the first comma may set off any short phrase, the next ones only phrases of
/// time ([`circumstantial`]). A clause joined before it ("Le bilan resta secret, mais
/// des médecins évoquèrent…", "…; l'armée a affirmé") is no part of the subject.
fn subject_start(head: &str) -> usize {
    let mut s = [" - ", " \u{2013} ", " \u{2014} ", ": ", "; ", ", mais ", ", et "]
        .iter()
        .filter_map(|d| head.rfind(d).map(|k| k + d.len()))
        .max()
        .unwrap_or(0);
    let mut first = true;
    while let Some(k) = head[s..].find(", ") {
        let part = &head[s..s + k];
        // a relative clause or a participle goes with the phrase set off before it ("Sur
        // la radio X, qu'elles tiennent, les milices ont…", "Lors d'une réunion,
        // retransmise à la télévision, le président a…")
        let relative = ["qu'", "que ", "qui ", "dont ", "ou "].iter().any(|r| part.starts_with(r))
            || participle_opens(part);
        if !(circumstantial(part) || relative && !first || first && part.split_whitespace().count() <= 2) {
            break;
        }
        s += k + 2;
        first = false;
    }
    s
}

/// Does the phrase `part` open with a past participle in the feminine or the plural
/// ("retransmise", "diffusées", "conduite", "tenues")? Such a phrase qualifies the noun
/// before it; a subject opens with a determiner or a name. (The masculine singular,
/// ending like many nouns, is not read.)
fn participle_opens(part: &str) -> bool {
    const ENDS: &[&str] = &["ee", "ees", "ise", "ises", "ite", "ites", "ue", "ues"];
    let w = part.split([' ', '\'']).next().unwrap_or("");
    // not "chaque", "quelques": determiners
    let determiner = w.trim_end_matches('s').ends_with("que");
    w.len() > 4 && !determiner && ENDS.iter().any(|e| w.ends_with(e))
}

/// Nouns and adverbs of time: a phrase that holds one before the subject dates the
/// sentence ("la semaine dernière", "le lendemain de l'annonce", "quelques jours plus
/// tard"); a subject seldom holds one. Month and weekday names are the time module's.
const TIME_WORDS: &[&str] = &[
    "lendemain",
    "veille",
    "surlendemain",
    "semaine",
    "semaines",
    "mois",
    "jour",
    "jours",
    "heure",
    "heures",
    "week-end",
    "soir",
    "soiree",
    "matin",
    "matinee",
    "nuit",
    "aube",
    "tard",
    "tot",
];

/// A phrase of time or manner that opens a sentence before its subject: it holds a figure
/// ("le 9 octobre", "dès juillet 2023") or opens with a preposition ("en quelques heures",
/// "au lendemain du vote", "dans un communiqué publié dans la soirée"). A noun phrase with
/// neither is the subject, maybe with an apposition after the comma. A preposition's phrase
/// may be longer than a bare figure's: it holds its own complements.
fn circumstantial(p: &str) -> bool {
    const OPENERS: &[&str] = &[
        "en", "des", "au", "aux", "a", "apres", "avant", "depuis", "lors", "pendant", "dans", "devant",
        "sur", "sous", "face", "avec", "sans", "malgre", "pour", "par", "parmi", "outre",
    ];
    let first = p.split_whitespace().next().unwrap_or("");
    let n = p.split_whitespace().count();
    let timed = || {
        p.split([' ', '\'']).any(|w| {
            TIME_WORDS.contains(&w)
                || crate::time::month_of(w).is_some()
                || crate::time::weekday_of(w).is_some()
        })
    };
    n <= 6 && p.bytes().any(|b| b.is_ascii_digit())
        || n <= 10 && OPENERS.contains(&first)
        || n <= 8 && timed()
}

/// Words that open a clause of time with "que" ("depuis que", "dès que", "après que"):
/// the speaker of such a clause tells the event it dates. Not "alors que" nor "tandis que",
/// whose clause is another party's voice set against the sentence's.
const SUBORDINATORS: &[&str] = &["depuis", "des", "apres", "avant", "pendant"];

/// Subject and stressed pronouns: they name nobody, so they are no claimant ("il a
/// affirmé", "selon lui", "d'après eux").
const PRONOUNS: &[&str] = &["il", "ils", "elle", "elles", "on", "lui", "eux"];

/// Words that open an adverbial between a reporting verb and its subject: time ("hier
/// soir", "jeudi"), channel ("sur la chaîne publique", "dans un communiqué"), addressee
/// ("à l'AFP", "aux journalistes"). Weekdays are read by the time module.
const ADVERBIAL: &[&str] = &[
    "hier",
    "aujourd'hui",
    "soir",
    "matin",
    "midi",
    "nuit",
    "encore",
    "egalement",
    "aussi",
    "ensuite",
    "enfin",
    "vendredi",
    "dernier",
    "derniere",
    "cette",
    "semaine",
    "apres-midi",
];
/// News agencies, the usual addressee of a statement ("a déclaré à l'AFP").
const AGENCIES: &[&str] = &["l'afp", "afp", "reuters", "interfax", "tass", "l'ap", "ap", "ria", "anadolu"];
/// Prepositions that open a channel or addressee phrase, skipped up to the next determiner.
const CHANNEL: &[&str] = &["sur", "dans", "lors", "devant", "a", "au", "aux", "pendant", "par"];
const DETERMINERS: &[&str] =
    &["le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "cet", "cette", "ce"];
/// Words that end a noun phrase: a verb or a subordinate clause starts there.
const PHRASE_END: &[&str] = &[
    "a",
    "ont",
    "est",
    "sont",
    "avait",
    "avaient",
    "qui",
    "que",
    "qu'",
    "dont",
    "ou",
    "lorsque",
    "car",
    "mais",
    "alors",
    "tandis",
    "ajoutant",
    "citant",
    "affirmant",
    "precisant",
    "soulignant",
    "selon",
    // where or when the speaker spoke ("a affirmé le ministre lors d'une visite")
    "lors",
    "se",
    "s'",
    "ne",
    "n'",
    // an elided clitic of the verb, as `words` splits it ("les deux camps s'accusent"); "m'"
    // is in [`noun_phrase`], as a first word "M." is "Monsieur"
    "s",
    "n",
    "qu",
    // the clitic "y" stands before its verb ("des manifestants y dénonçaient…")
    "y",
];

/// The noun phrase inside `(s, e)` of `t`: leading adverbials skipped, cut before the first
/// verb or subordinate; `None` when nothing noun-like is left.
fn noun_phrase(t: &str, (s, e): (usize, usize)) -> Option<(usize, usize)> {
    let ws: Vec<(usize, usize)> = words(&t[s..e]).into_iter().map(|(a, b)| (s + a, s + b)).collect();
    let w = |i: usize| &t[ws[i].0..ws[i].1];
    let mut i = 0;
    loop {
        if i >= ws.len() {
            return None;
        }
        if ADVERBIAL.contains(&w(i))
            || crate::time::weekday_of(w(i)).is_some()
            || w(i).bytes().all(|b| b.is_ascii_digit())
        {
            i += 1;
        } else if matches!(w(i), "de" | "pour")
            && i + 2 < ws.len()
            && matches!(w(i + 1), "son" | "sa" | "leur")
            && matches!(w(i + 2), "cote" | "part")
        {
            // "de son côté", "pour sa part"
            i += 3;
        } else if CHANNEL.contains(&w(i)) && i + 1 < ws.len() && AGENCIES.contains(&w(i + 1)) {
            // "a dit à l'AFP un témoin": the addressee is one name
            i += 2;
        } else if CHANNEL.contains(&w(i)) {
            // "sur la chaîne publique le porte-parole": skip to the next determiner that
            // follows a content word
            let mut k = i + 1;
            while k < ws.len() && DETERMINERS.contains(&w(k)) {
                k += 1;
            }
            while k < ws.len() && !DETERMINERS.contains(&w(k)) && !w(k).starts_with("l'") {
                k += 1;
            }
            if k >= ws.len() {
                return None;
            }
            i = k;
        } else {
            break;
        }
    }
    // a conjunction of time opens the clause whose subject follows it ("Depuis que le
    // ministère a annoncé …", "Lorsque l'armée a affirmé …")
    if i + 2 < ws.len() && matches!(w(i + 1), "que" | "qu") && SUBORDINATORS.contains(&w(i)) {
        i += 2;
    } else if i + 1 < ws.len() && matches!(w(i), "lorsque" | "lorsqu" | "quand") {
        i += 1;
    }
    let start = i;
    // an infinitive clause ("ont affirmé jeudi avoir repris la gare") is what was said
    if matches!(w(start), "avoir" | "etre" | "s" | "n") {
        return None;
    }
    let mut end = start;
    // "et" joins two claimants, unless a verb follows it ("et a ajouté")
    // an infinitive of the past ("a accusé Bakou d'avoir miné…", "de n'avoir pas…") is
    // what the phrase before it is accused of: the phrase ends there
    let accused_of = |i: usize| {
        matches!(w(i), "d" | "de") && i + 1 < ws.len() && matches!(w(i + 1), "avoir" | "etre" | "n" | "ne")
    };
    // an indefinite apposition describes the speaker ("le comité des médecins, un syndicat
    // proche de l'opposition, a affirmé"): the name ends before it
    let described = |i: usize| matches!(w(i), "un" | "une") && t[ws[i - 1].1..ws[i].0].contains(',');
    let ends = |i: usize| {
        PHRASE_END.contains(&w(i))
            || accused_of(i)
            || described(i)
            || w(i) == "m"
            || (w(i) == "et" && i + 1 < ws.len() && PHRASE_END.contains(&w(i + 1)))
    };
    while end < ws.len() && (end == start || !ends(end)) {
        end += 1;
    }
    // an elided object clitic belongs to the verb ("les enquêteurs l'accusent")
    while end - start > 1 && matches!(w(end - 1), "l" | "m" | "t") && t[ws[end - 1].1..].starts_with('\'') {
        end -= 1;
    }
    // a pronoun or a lone determiner ("une a dit", "la a…") names nobody
    let lone_determiner = end - start == 1 && DETERMINERS.contains(&w(start));
    if PHRASE_END.contains(&w(start)) || PRONOUNS.contains(&w(start)) || lone_determiner || end - start > 16 {
        return None;
    }
    // an acronym in brackets is closed ("Médecins sans frontières (MSF)")
    let last = ws[end - 1].1;
    let open = t[ws[start].0..last].matches('(').count() > t[ws[start].0..last].matches(')').count();
    let last = if open && t[last..].starts_with(')') { last + 1 } else { last };
    Some(document_source(t, &ws[start..end], last).unwrap_or((ws[start].0, last)))
}

/// Nouns of a count or a document a source publishes: "d'après le décompte final de l'OMS",
/// "d'après un communiqué de l'armée" name that source, not the document.
const DOCUMENTS: &[&str] = &[
    "bilan",
    "bilans",
    "decompte",
    "decomptes",
    "chiffres",
    "chiffre",
    "releve",
    "estimation",
    "estimations",
    "communique",
    "rapport",
    "donnees",
    "statistiques",
    "comptage",
    "recensement",
];

/// The source of a claimant phrase `ws` (words of `t`) whose head is a count or a document
/// ([`DOCUMENTS`]): the phrase after "par" when a participle says who published it ("un
/// bilan diffusé lundi par le ministère"), else after the "de" that follows the
/// noun ("le décompte de l'ONG", "un communiqué des rebelles"). `None` when the head is no
/// document or no source follows it ("le bilan officiel"). The phrase ends at `end`.
fn document_source(t: &str, ws: &[(usize, usize)], end: usize) -> Option<(usize, usize)> {
    let w = |i: usize| &t[ws[i].0..ws[i].1];
    // the head: past the determiner and an adjective or two ("le dernier bilan")
    let head = (0..ws.len().min(4)).find(|&i| DOCUMENTS.contains(&w(i)))?;
    let by = (head + 1..ws.len()).find(|&i| w(i) == "par");
    let of = || {
        (head + 1..ws.len())
            .find(|&i| matches!(w(i), "de" | "du" | "des" | "d"))
            .filter(|&i| i == head + 1 || i == head + 2)
    };
    let from = by.or_else(of)? + 1;
    (from < ws.len()).then(|| (ws[from].0, end))
}

/// Reporting verbs, as lemmas: each gives its compound past (with "a", "ont", "avait",
/// "avaient"), present, imperfect and simple past in the third person.
const REPORTING_LEMMAS: &[&str] = &[
    "declarer",
    "affirmer",
    "annoncer",
    "indiquer",
    "rapporter",
    "estimer",
    "accuser",
    "denoncer",
    "confirmer",
    "ajouter",
    "preciser",
    "assurer",
    "souligner",
    "deplorer",
    "expliquer",
    "signaler",
    "communiquer",
    "revendiquer",
    "dementir",
    "avertir",
    "dire",
    "raconter",
    "temoigner",
    "rappeler",
    "evoquer",
    "faire etat",
];

/// The third-person forms of [`REPORTING_LEMMAS`] that introduce a report.
fn reporting_forms() -> Vec<String> {
    let mut out = Vec::new();
    for lemma in REPORTING_LEMMAS {
        let forms = crate::frames::conjugate::verb_forms(lemma).unwrap_or_default();
        let participle = match *lemma {
            "dire" => "dit".to_string(),
            "dementir" => "dementi".to_string(),
            "avertir" => "averti".to_string(),
            "faire etat" => "fait etat".to_string(),
            l => format!("{}e", l.trim_end_matches("er")),
        };
        for aux in ["a", "ont", "avait", "avaient"] {
            out.push(format!("{aux} {participle}"));
        }
        // third persons only: no participle ("déclarée", "reconnue" are adjectives)
        let finite = |f: &&String| {
            ["e", "ent", "ait", "aient", "a", "erent", "it", "irent", "issent", "issait"]
                .iter()
                .any(|x| f.ends_with(x))
                && !["ee", "ue", "ie"].iter().any(|x| f.ends_with(x))
                && f.as_str() != participle
                // the infinitive ("dire") is governed by another verb ("l'enjeu est de dire
                // si…"): nobody reports there
                && f.as_str() != *lemma
        };
        out.extend(forms.iter().filter(finite).cloned());
    }
    out
}

const DENIALS: &[&str] = &[
    "a dementi",
    "ont dementi",
    "dement",
    "dementent",
    "a nie",
    "ont nie",
    "completement fausses",
    "completement faux",
    "totalement fausses",
    "totalement faux",
    "sans fondement",
    "infondees",
    "infondes",
    "a rejete ces accusations",
    "a rejete les accusations",
    "rejette les accusations",
    "mensonges",
];

/// Byte offset of a denial in the folded sentence, if any.
///
/// Asked of every sentence, and most have none: a scan of word starts against the phrases'
/// first letters, with no automaton walk or allocation (the same whole-word matches as
/// the phrase matcher: each phrase starts and ends with a letter).
pub fn denial(t: &str) -> Option<usize> {
    use crate::fold::is_word_byte;
    // the phrases' first letters, as a mask: most words are rejected by one test
    const FIRST: u32 = {
        let mut m = 0u32;
        let mut i = 0;
        while i < DENIALS.len() {
            m |= 1 << (DENIALS[i].as_bytes()[0] - b'a');
            i += 1;
        }
        m
    };
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !is_word_byte(b[i]) {
            i += 1;
            continue;
        }
        // a word starts at i
        let first = b[i].wrapping_sub(b'a');
        if first < 26
            && FIRST & (1 << first) != 0
            && DENIALS.iter().any(|p| {
                let e = i + p.len();
                b[i..].starts_with(p.as_bytes()) && (e == b.len() || !is_word_byte(b[e]))
            })
        {
            return Some(i);
        }
        while i < b.len() && is_word_byte(b[i]) {
            i += 1;
        }
    }
    None
}

/// Casualty figures found in a folded sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Toll {
    pub killed: Option<u32>,
    pub wounded: Option<u32>,
}

/// "Périr" in its perfect, present and simple past: a written toll's verb ("treize
/// soldats ont péri", "périssent", "périrent").
const KILLED: &[&str] = &[
    "morts",
    "mort",
    "tues",
    "tuees",
    "tue",
    "tuee",
    "decedes",
    "victimes",
    "perdu",
    "peri",
    "perissent",
    "perit",
    "perirent",
];
const WOUNDED: &[&str] = &["blesses", "blessees", "blesse", "blessee"];
const PEOPLE: &[&str] = &[
    "soldat",
    "civil",
    "personne",
    "militaire",
    "policier",
    "personnes",
    "civils",
    "soldats",
    "militaires",
    "combattants",
    "morts",
    "blesses",
    "autres",
    "membres",
    "habitants",
    // people named by their trade, state or place, as tolls name them ("12 manifestants
    // ont été tués", "trois employés de l'ONU tués")
    "enfants",
    "femmes",
    "hommes",
    "manifestants",
    "policiers",
    "gendarmes",
    "employes",
    "salaries",
    "travailleurs",
    "humanitaires",
    "secouristes",
    "journalistes",
    "passagers",
    "eleves",
    "patients",
    "detenus",
    "pelerins",
    "fideles",
    "villageois",
    "refugies",
    "deplaces",
    "migrants",
];

/// People a movement or a shelter is told of: civilians, not troops ("400 soldats sont
/// arrivés" is a deployment).
const CIVILIANS: &[&str] = &[
    "personne",
    "personnes",
    "habitant",
    "habitants",
    "refugie",
    "refugies",
    "refugiee",
    "refugiees",
    "civil",
    "civils",
    "famille",
    "familles",
    "patient",
    "patients",
    "malade",
    "malades",
    "blesse",
    "blesses",
    "enfant",
    "enfants",
    "femme",
    "femmes",
    "deplace",
    "deplaces",
    "deplacees",
    "evacue",
    "evacues",
    "rescape",
    "rescapes",
    "migrant",
    "migrants",
    "exile",
    "exiles",
    // people counted by their trade or state when they are moved or sheltered: staff
    // evacuated, pupils sheltered, pilgrims or passengers stranded, foreigners flown out
    "employe",
    "employes",
    "salarie",
    "salaries",
    "travailleur",
    "travailleurs",
    "humanitaire",
    "humanitaires",
    "fonctionnaire",
    "fonctionnaires",
    "eleve",
    "eleves",
    "etudiant",
    "etudiants",
    "ecolier",
    "ecoliers",
    "detenu",
    "detenus",
    "pelerin",
    "pelerins",
    "touriste",
    "touristes",
    "passager",
    "passagers",
    "ressortissant",
    "ressortissants",
    "expatrie",
    "expatries",
    "villageois",
];

/// Rough counts, in the singular: "une quarantaine de", "des milliers de", "plusieurs
/// centaines de".
const ROUGH_COUNTS: &[&str] = &[
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "millier",
];

/// Is `word` a rough count, singular or plural ("une dizaine", "des centaines")? Case is
/// ignored, so that the merge step can ask it of a quote's own words without folding them.
pub(crate) fn is_rough_count(word: &str) -> bool {
    let w = word.strip_suffix(['s', 'S']).unwrap_or(word);
    ROUGH_COUNTS.iter().any(|r| w.eq_ignore_ascii_case(r))
}

/// Cardinals that [`WORD_NUMBERS`] does not need for tolls.
/// Hundreds and millions written in words count too ("six cents habitants", "deux
/// millions de déplacés").
const MORE_CARDINALS: &[&str] = &[
    "treize",
    "quatorze",
    "seize",
    "quarante",
    "cinquante",
    "soixante",
    "mille",
    "cent",
    "cents",
    "million",
    "millions",
];

/// A cardinal above one written in words ("deux", "trente", "cents", "mille"): the one
/// list the frame index and the time module read too.
pub(crate) fn is_cardinal_word(w: &str) -> bool {
    WORD_NUMBERS.iter().any(|(n, v)| *n == w && *v > 1) || MORE_CARDINALS.contains(&w)
}

/// Does the folded sentence count civilians: a figure ("400", "seize", "des milliers de")
/// then a civilian noun, with only "de", a digit group or an adjective of number between
/// ("2 000 personnes", "une quarantaine de familles", "des milliers d'autres réfugiés")?
pub fn counts_people(t: &str, ws: &[(usize, usize)]) -> bool {
    counts(t, ws, CIVILIANS)
}

/// Does the folded sentence give a figure of people of any kind, soldiers as well as
/// civilians ("quatre soldats", "une dizaine de civils"), even a rough one or one no toll
/// word follows ("la mort de quatre soldats")? A sentence with a count of its own tells
/// a fact of its own.
pub fn counts_anyone(t: &str, ws: &[(usize, usize)]) -> bool {
    counts(t, ws, CIVILIANS) || counts(t, ws, PEOPLE)
}

/// A figure then one of `nouns`, with only "de", a digit group or an adjective of number
/// between ([`counts_people`]).
fn counts(t: &str, ws: &[(usize, usize)], nouns: &[&str]) -> bool {
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    (0..ws.len()).any(|i| {
        let x = w(i);
        let figure = digits(x) || is_rough_count(x) || is_cardinal_word(x);
        if !figure {
            return false;
        }
        let mut k = i + 1;
        while k <= i + 3
            && (digits(w(k))
                || matches!(w(k), "de" | "d" | "autres" | "nouveaux" | "nouvelles" | "jeunes" | "petits"))
        {
            k += 1;
        }
        nouns.contains(&w(k))
    })
}

/// Value of a cardinal word below one hundred ("trois", "seize", "soixante").
///
/// Every word of a sentence is asked when its figures are read: most are let go by
/// [`WordGate`] before the lists are scanned.
fn small_cardinal(w: &str) -> Option<u64> {
    const SMALL: &[(&str, u64)] = &[
        ("treize", 13),
        ("quatorze", 14),
        ("seize", 16),
        ("vingts", 20),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
    ];
    const GATE: WordGate = WordGate::of_keys(&[WORD_NUMBERS, SMALL]);
    if !GATE.may_hold(w) {
        return None;
    }
    WORD_NUMBERS.iter().chain(SMALL).find(|(x, _)| *x == w).map(|&(_, v)| v).filter(|&v| v < 100)
}

/// A cardinal written in words from word `i` on: its last word index and its value.
/// French cardinals are read by their arithmetic: parts below a hundred add up in
/// descending order ("soixante-dix", "dix-sept", "vingt et un"), "quatre-vingt" multiplies,
/// "cent", "mille" and "million" multiply what precedes them ("deux cents", "trois mille
/// cinq cents"). "Pour cent" is a rate, not a count.
fn cardinal_in_words(t: &str, ws: &[(usize, usize)], i: usize) -> Option<(usize, u64)> {
    let w = |k: usize| -> &str { ws.get(k).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    if i > 0 && w(i - 1) == "pour" && matches!(w(i), "cent" | "cents" | "mille") {
        return None;
    }
    let (mut total, mut cur, mut part, mut last) = (0u64, 0u64, u64::MAX, None);
    let mut k = i;
    loop {
        let x = w(k);
        if let Some(v) = small_cardinal(x) {
            if v == 20 && cur % 100 == 4 && part == 4 {
                cur += 76; // "quatre-vingt(s)"
            } else if v < part && (v > 1 || k == i || w(k - 1) == "et") {
                cur += v;
            } else {
                break;
            }
            part = v;
        } else if x == "et" && (20..100).contains(&part) && matches!(w(k + 1), "un" | "une" | "onze") {
            k += 1;
            continue;
        } else if matches!(x, "cent" | "cents") && cur < 100 {
            cur = cur.max(1) * 100;
            part = 100;
        } else if x == "mille" && total == 0 {
            total = cur.max(1) * 1000;
            (cur, part) = (0, 1000);
        } else if matches!(x, "million" | "millions") && total == 0 {
            total = cur.max(1) * 1_000_000;
            (cur, part) = (0, 1_000_000);
        } else {
            break;
        }
        last = Some(k);
        k += 1;
    }
    last.map(|l| (l, total + cur))
}

/// Numbers with their word index: "5 000" and "30 000" are one number.
fn numbers(t: &str, ws: &[(usize, usize)]) -> Vec<(usize, usize, u64)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &t[ws[i].0..ws[i].1];
        if let Some((last, n)) = cardinal_in_words(t, ws, i) {
            // "deux de ses soldats": the noun may follow "de ses"
            let skip = if ws.len() > last + 2
                && &t[ws[last + 1].0..ws[last + 1].1] == "de"
                && matches!(&t[ws[last + 2].0..ws[last + 2].1], "ses" | "leurs")
            {
                2
            } else {
                0
            };
            out.push((i, last + skip, n));
            i = last + 1;
            continue;
        }
        if w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 9 {
            let mut n: u64 = w.parse().unwrap_or(0);
            let first = i;
            while i + 1 < ws.len() {
                let nx = &t[ws[i + 1].0..ws[i + 1].1];
                let gap = &t[ws[i].1..ws[i + 1].0];
                if nx.len() == 3
                    && nx.bytes().all(|b| b.is_ascii_digit())
                    && (gap == " " || gap == ".")
                    && n < 1_000_000
                {
                    n = n * 1000 + nx.parse::<u64>().unwrap_or(0);
                    i += 1;
                } else {
                    break;
                }
            }
            out.push((first, i, n));
        }
        i += 1;
    }
    out
}

/// Casualty figures: a number followed (within a few words) by a people noun, itself
/// followed by a killed or wounded word; the first such number is the headline figure.
#[cfg(test)]
pub fn toll(t: &str) -> Toll {
    toll_with(t, &words(t))
}

/// [`toll`] with the words of `t` (`crate::fold::words`) already computed.
pub fn toll_with(t: &str, ws: &[(usize, usize)]) -> Toll {
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let mut out = Toll::default();
    for (first, last, n) in numbers(t, ws) {
        let prev = if first > 0 { w(first - 1) } else { "" };
        if (1900..=2100).contains(&n) && matches!(prev, "en" | "de" | "depuis" | "annees") {
            continue;
        }
        if n == 0 || n > 10_000_000 {
            continue;
        }
        // a partitive between the figure and the people it counts: "135 de ses soldats",
        // "12 de leurs combattants", "3 d'entre eux"
        let last = count_of(t, ws, last);
        let (last, of_them) = match (w(last + 1), w(last + 2)) {
            ("de" | "d", x) if POSSESSIVES.contains(&x) => (last + 2, false),
            ("d", "entre") if matches!(w(last + 3), "eux" | "elles") => (last + 3, true),
            _ => (last, false),
        };
        let next = w(last + 1);
        if matches!(
            next,
            "km" | "kilometres" | "heures" | "tonnes" | "jours" | "semaines" | "ans" | "mois" | "h"
        ) {
            continue;
        }
        let is_people =
            of_them || PEOPLE.contains(&next) || KILLED.contains(&next) || WOUNDED.contains(&next);
        if !is_people {
            continue;
        }
        if killed_before(t, ws, first) && PEOPLE.contains(&next) {
            if out.killed.is_none() {
                out.killed = Some(n.min(u32::MAX as u64) as u32);
            }
            continue;
        }
        // look ahead for the verb or noun that says killed or wounded
        for k in (last + 1)..(last + 12).min(ws.len()) {
            let x = w(k);
            if KILLED.contains(&x) {
                if out.killed.is_none() && !(x == "perdu" && n > 100) {
                    out.killed = Some(n.min(u32::MAX as u64) as u32);
                }
                break;
            }
            if WOUNDED.contains(&x) {
                if out.wounded.is_none() {
                    out.wounded = Some(n.min(u32::MAX as u64) as u32);
                }
                break;
            }
        }
    }
    out
}

/// Does a verb of killing govern the figure at word `first`, a bound between them ("a tué
/// au moins 12 civils", "tuant plus de cent habitants", "a coûté la vie à près de 300
/// soldats")?
fn killed_before(t: &str, ws: &[(usize, usize)], first: usize) -> bool {
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let back = |n: usize| first.checked_sub(n).map_or("", w);
    let bound = match (back(3), back(2), back(1)) {
        ("pas", "moins", "de") => 3,
        (_, "au", "moins") | (_, "plus" | "pres", "de") => 2,
        (_, _, "quelque" | "environ") => 1,
        _ => 0,
    };
    let at = |n: usize| back(bound + n);
    matches!(at(1), "perdu" | "tuant" | "tue" | "tuer" | "tuent" | "tuait" | "tuaient" | "tuerent")
        || (at(1) == "a" && at(2) == "vie" && at(3) == "la" && at(4).starts_with("cout"))
}

/// Determiners of a partitive between a figure and what it counts ("17 de ses soldats").
const POSSESSIVES: &[&str] = &["ses", "leurs", "nos", "vos", "ces"];

/// A figure a toll is brought to names what it counts after it: "porte à 60 le total de
/// leurs tués", "a porté à plus de quarante le bilan des victimes". Returns the word
/// before what is counted (the figure's last word when no such phrase follows).
fn count_of(t: &str, ws: &[(usize, usize)], last: usize) -> usize {
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    match (w(last + 1), w(last + 2), w(last + 3)) {
        // "de ses morts": the partitive is read by the caller
        ("le", "nombre" | "bilan" | "total", "de" | "d") if POSSESSIVES.contains(&w(last + 4)) => last + 2,
        ("le", "nombre" | "bilan" | "total", "de" | "d" | "des") => last + 3,
        _ => last,
    }
}

fn find_word(t: &str, w: &str) -> Option<usize> {
    find_phrase(t, w)
}

/// Whole-word search of a folded phrase.
///
/// Most sentences lack the phrase: `contains` (a vector scan) says so without the
/// substring searcher that every `find` sets up.
pub fn find_phrase(t: &str, p: &str) -> Option<usize> {
    if !t.contains(p) {
        return None;
    }
    let b = t.as_bytes();
    let mut from = 0;
    while let Some(i) = t[from..].find(p) {
        let s = from + i;
        let e = s + p.len();
        let ok_s = s == 0 || !crate::fold::is_word_byte(b[s - 1]);
        let ok_e = e >= b.len() || !crate::fold::is_word_byte(b[e]);
        if ok_s && ok_e {
            return Some(s);
        }
        from = s + 1;
        while from < t.len() && !t.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// The phrase starting at `s`, up to punctuation or `max` words.
fn phrase_after(t: &str, s: usize, max: usize) -> (usize, usize) {
    let rest = &t[s..];
    let lead = rest.len() - rest.trim_start().len();
    let s = s + lead;
    let rest = &t[s..];
    let mut end = crate::fold::find_any(rest, b".;\"(:!?").unwrap_or(rest.len());
    // a comma ends the phrase unless an apposition follows a title ("la porte-parole de l'ONG, Marie Durand")
    if let Some(c) = rest[..end].find(", ") {
        let after = &rest[c + 2..end];
        let n = after.split_whitespace().count();
        // a figure after the comma is the count the source gives ("d'après l'agence, plus
        // de 3 000 blessés"), never a name in apposition
        let figure = after.bytes().any(|b| b.is_ascii_digit());
        if n > 3
            || figure
            || after.split_whitespace().next().is_some_and(|w| {
                matches!(w, "a" | "qui" | "que" | "dont" | "mais" | "et" | "ajoutant" | "citant")
            })
        {
            end = c;
        }
    }
    let mut e = s + end;
    let words: Vec<(usize, usize)> = words(&t[s..e]);
    if words.len() > max {
        e = s + words[max - 1].1;
    }
    let trimmed = t[s..e].trim_end();
    (s, s + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    /// The `contains` gate of [`find_phrase`] answers as the search without it: a phrase
    /// inside a longer word, at either end, after a multi-byte letter, or absent.
    #[test]
    fn a_gated_phrase_search_answers_as_the_plain_one() {
        fn plain(t: &str, p: &str) -> Option<usize> {
            let b = t.as_bytes();
            t.char_indices().map(|(s, _)| s).filter(|&s| t[s..].starts_with(p)).find(|&s| {
                let e = s + p.len();
                (s == 0 || !crate::fold::is_word_byte(b[s - 1]))
                    && (e >= b.len() || !crate::fold::is_word_byte(b[e]))
            })
        }
        let texts = ["selon lui", "deselon selon", "é selon", "selonx", "d'apres elle", "", "s", "x selon"];
        for t in texts {
            for p in ["selon", "d'apres", "s"] {
                assert_eq!(find_phrase(t, p), plain(t, p), "{t} / {p}");
            }
        }
    }

    #[test]
    fn attribution_patterns() {
        let t = fold("Trois obus sont tombés sur Goris, selon l'agence Armenpress.");
        let (a, b) = attribution(&t).unwrap();
        assert_eq!(&t[a..b], "l'agence armenpress");
        let t = fold("« Rien ne bouge », a précisé le porte-parole du ministère, Anna Naghdalian.");
        let (a, b) = attribution(&t).unwrap();
        assert_eq!(&t[a..b], "le porte-parole du ministere, anna naghdalian");
        let t = fold("Le ministère de l'Intérieur a annoncé que la frontière était fermée.");
        let (a, b) = attribution(&t).unwrap();
        assert_eq!(&t[a..b], "le ministere de l'interieur");
    }

    fn claimant(s: &str) -> Option<String> {
        let t = fold(s);
        attribution(&t).map(|(a, b)| t[a..b].to_string())
    }

    #[test]
    fn what_a_reporting_verb_governs_is_no_speaker() {
        // must act: the subject before the verb, not its object after an apposition (a
        // quotation it opens, a demonstrative, one accused of something)
        let cases = [
            (
                "La ministre kestrienne, Léa Ardent, a dénoncé dès jeudi une \"provocation\" à la frontière.",
                Some("la ministre kestrienne, lea ardent"),
            ),
            (
                "Le commandant rebelle, dit \"Faucon\", a revendiqué cet enlèvement dans un message, assurant que les otages vont bien.",
                Some("le commandant rebelle"),
            ),
            (
                "Dans la soirée, Paul Ardent, qui conseille le président, a accusé la Kestrie d'avoir violé la trêve.",
                Some("paul ardent"),
            ),
            // a clitic "y" ends the subject before its verb
            ("Dimanche, des milliers d'habitants y dénonçaient les coupures d'eau.", Some("des milliers d'habitants")),
            // an infinitive governed by another verb reports nothing
            ("Au tribunal, l'avocat a tenté en vain de dire toute la vérité.", None),
        ];
        for (s, want) in cases {
            assert_eq!(claimant(s).as_deref(), want, "{s}");
        }
        // near misses: an inverted speaker after a closing quote or a clause stays one
        assert_eq!(
            claimant("« Rien ne bouge », a dénoncé le porte-parole de la milice.").as_deref(),
            Some("le porte-parole de la milice")
        );
        assert_eq!(
            claimant("Les combats continuent, a dit le porte-parole.").as_deref(),
            Some("le porte-parole")
        );
    }

    #[test]
    fn the_source_of_a_count_or_a_document_is_the_claimant() {
        let cases = [
            // must act: "de" after the document, "par" after its participle, a plural
            (
                "Selon le dernier bilan du ministère valdorien de la Santé, 40 civils ont péri.",
                Some("ministere valdorien de la sante"),
            ),
            ("D'après un communiqué de l'état-major, la colline a été reprise.", Some("l'etat-major")),
            (
                "Selon un premier décompte publié lundi par l'ONG Veille-Sud, 12 villages ont été vidés.",
                Some("l'ong veille-sud"),
            ),
            (
                "Selon les chiffres de l'agence onusienne, 90 000 personnes ont fui.",
                Some("l'agence onusienne"),
            ),
            // near misses: a document with no source stays the claimant; a source that is
            // no document keeps its complement
            ("Selon le bilan officiel, 40 civils ont péri.", Some("le bilan officiel")),
            ("Selon le porte-parole du ministère, 40 civils ont péri.", Some("le porte-parole du ministere")),
        ];
        for (s, want) in cases {
            assert_eq!(claimant(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn a_pronoun_or_a_joined_clause_names_no_speaker() {
        let cases = [
            // must act: a stressed pronoun is nobody; the subject of a clause after ", mais"
            // or ";" is the speaker, not the clause before; an opening phrase of place
            ("Selon lui, la trêve ne tiendra pas.", None),
            ("D'après eux, le pont a sauté dans la nuit.", None),
            (
                "Le bilan n'a jamais été rendu public, mais des sources hospitalières ont évoqué trente morts.",
                Some("des sources hospitalieres"),
            ),
            ("Le convoi est reparti ; les secouristes ont annoncé deux blessés.", Some("les secouristes")),
            (
                "Mardi, devant le conseil réuni à huis clos, la ministre Léa Ardent a affirmé que la frontière restait fermée.",
                Some("la ministre lea ardent"),
            ),
            ("La trêve que les deux milices disaient vouloir respecter n'a pas tenu.", Some("les deux milices")),
            ("Ils visent aussi des fermiers qu'ils accusent de trahison.", None),
            ("Le 2 mai, le maire a été arrêté ; les enquêteurs l'accusent de corruption.", Some("les enqueteurs")),
            (
                "Sur la radio Voix-du-Nord, qu'elles tiennent depuis mai, les milices ont assuré avoir pris le col.",
                Some("les milices"),
            ),
            // near misses: a long clause after "que" is what the verb before it reports;
            // "et" without a comma joins two speakers; a named speaker after "selon" stays
            (
                "L'état-major a reconnu hier que ses troupes s'étaient repliées du col et a annoncé une enquête.",
                Some("l'etat-major"),
            ),
            ("Le maire et le préfet ont annoncé la réouverture du pont.", Some("le maire et le prefet")),
            ("Selon Léa Ardent, la trêve ne tiendra pas.", Some("lea ardent")),
        ];
        for (s, want) in cases {
            assert_eq!(claimant(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn claimants_are_noun_phrases() {
        // adverbials between the verb and its inverted subject are skipped
        assert_eq!(
            claimant(
                "« Le calme est revenu », a déclaré hier soir sur une radio privée le maire de la ville."
            )
            .as_deref(),
            Some("le maire de la ville")
        );
        assert_eq!(
            claimant("Deux obus sont tombés, d'après un responsable local.").as_deref(),
            Some("un responsable local")
        );
        assert_eq!(
            claimant("Le gouverneur affirmait lundi que les routes restaient ouvertes.").as_deref(),
            Some("le gouverneur")
        );
        // a subordinating conjunction before the subject is no part of it
        assert_eq!(
            claimant("Depuis que le préfet a annoncé le couvre-feu, les rues sont vides.").as_deref(),
            Some("le prefet")
        );
        assert_eq!(
            claimant("Lorsque la mairie a indiqué la fermeture du pont, il pleuvait.").as_deref(),
            Some("la mairie")
        );
        // near miss: a pronoun after the conjunction names nobody
        assert_eq!(claimant("Depuis qu'il a annoncé sa démission, le port est calme."), None);
        assert_eq!(
            claimant("Les secours ont indiqué à l'AFP que trois maisons avaient brûlé.").as_deref(),
            Some("les secours")
        );
        // a leading phrase of time before the subject is no part of it (fires: a date with
        // three words; near miss: a subject with an apposition is kept whole)
        assert_eq!(
            claimant("Le 4 mars, le ministère a affirmé que la route était fermée.").as_deref(),
            Some("le ministere")
        );
        assert_eq!(
            claimant("Le porte-parole du ministère, Anna Petrossian, a affirmé que tout était calme.")
                .as_deref(),
            Some("le porte-parole du ministere, anna petrossian")
        );
        // the verb's elided clitic ends the phrase (fires); a noun phrase that runs on to
        // the verb is kept whole, and "M." opens a name (near misses)
        assert_eq!(
            claimant("Des familles m'ont affirmé que la route était fermée.").as_deref(),
            Some("des familles")
        );
        assert_eq!(
            claimant("Des familles réfugiées ont affirmé que la route était fermée.").as_deref(),
            Some("des familles refugiees")
        );
        assert_eq!(claimant("M. Dupont a affirmé que la route était fermée.").as_deref(), Some("m. dupont"));
        // an acronym in brackets is closed (fires); without brackets nothing is added
        assert_eq!(
            claimant("Médecins du désert (MDD) a affirmé que la route était fermée.").as_deref(),
            Some("medecins du desert (mdd)")
        );
        assert_eq!(
            claimant("Médecins du désert a affirmé que la route était fermée.").as_deref(),
            Some("medecins du desert")
        );
        // a subject pronoun names nobody (fires), a named subject does (near miss)
        assert_eq!(claimant("Ils ont affirmé que la route était fermée."), None);
        assert_eq!(
            claimant("Les habitants ont affirmé que la route était fermée.").as_deref(),
            Some("les habitants")
        );
        // near misses: no noun phrase, no claimant
        assert_eq!(claimant("Selon que la route rouvrira ou non, les convois passeront."), None);
        assert_eq!(claimant("« Tout est calme », a ajouté hier soir."), None);
        // an agency as addressee, a long title with an apposition, two claimants
        assert_eq!(
            claimant("« Rien n'a changé », a déclaré à Reuters Anna Petrossian, maire adjointe.").as_deref(),
            Some("anna petrossian, maire adjointe")
        );
        assert_eq!(
            claimant("La porte-parole du comité régional de la protection civile du nord, Léa Martin, a indiqué que le pont était fermé.").as_deref(),
            Some("la porte-parole du comite regional de la protection civile du nord, lea martin")
        );
        assert_eq!(
            claimant("La préfecture et la gendarmerie ont indiqué que la route était rouverte.").as_deref(),
            Some("la prefecture et la gendarmerie")
        );
    }

    #[test]
    fn a_claimant_ends_before_a_count_a_description_or_a_circumstance() {
        // must fire: a count after the source's comma, an indefinite apposition, where the
        // speaker spoke
        assert_eq!(
            claimant("Les combats ont tué, d'après l'ONU, environ 12.000 civils.").as_deref(),
            Some("l'onu")
        );
        assert_eq!(
            claimant("Selon la Croix-Rouge, 340 familles ont fui.").as_deref(),
            Some("la croix-rouge")
        );
        assert_eq!(
            claimant("Le syndicat des infirmiers, une organisation proche de l'opposition, a affirmé que l'hôpital était plein.").as_deref(),
            Some("le syndicat des infirmiers")
        );
        assert_eq!(
            claimant(
                "« Le pont a cédé », a affirmé le gouverneur lors d'un passage à la digue du vieux port."
            )
            .as_deref(),
            Some("le gouverneur")
        );
        // a participle after an opening phrase qualifies its noun, in any gender
        assert_eq!(
            claimant("Lors d'une séance, retransmise en direct, le président a dénoncé une provocation.")
                .as_deref(),
            Some("le president")
        );
        assert_eq!(
            claimant("Dans une vidéo, diffusée dimanche soir, le chef rebelle a affirmé tenir la ville.")
                .as_deref(),
            Some("le chef rebelle")
        );
        assert_eq!(
            claimant("Dans la soirée, chaque ministère a indiqué que les routes restaient ouvertes.")
                .as_deref(),
            Some("chaque ministere")
        );
        // near misses: a name in apposition stays; an indefinite source opens the phrase
        assert_eq!(
            claimant("Trois ponts ont cédé, selon le maire adjoint, Léa Valdo.").as_deref(),
            Some("le maire adjoint, lea valdo")
        );
        assert_eq!(
            claimant("Selon une source militaire, deux ponts ont cédé.").as_deref(),
            Some("une source militaire")
        );
    }

    #[test]
    fn a_long_opening_phrase_of_a_preposition_is_no_part_of_the_claimant() {
        // fires: a preposition's phrase of eight words before the subject and its apposition
        assert_eq!(
            claimant("Dans un message publié tard dans la soirée, le porte-parole de la milice, Jon Arra, a affirmé que le pont tenait.")
                .as_deref(),
            Some("le porte-parole de la milice, jon arra")
        );
        // near miss: a long subject with an apposition, no preposition first, is kept whole
        assert_eq!(
            claimant(
                "Le chef de la délégation venue des vallées du nord, Jon Arra, a affirmé que le pont tenait."
            )
            .as_deref(),
            Some("le chef de la delegation venue des vallees du nord, jon arra")
        );
    }

    #[test]
    fn phrases_of_time_and_datelines_before_the_speaker_are_no_part_of_it() {
        // must fire: a phrase of time without a figure, two of them, a dateline, a lead-in
        assert_eq!(
            claimant("Trois jours plus tard, le préfet de Borel a annoncé la levée du couvre-feu.")
                .as_deref(),
            Some("le prefet de borel")
        );
        assert_eq!(
            claimant("Au matin, le lendemain de la trêve, la ministre a affirmé que le col était rouvert.")
                .as_deref(),
            Some("la ministre")
        );
        assert_eq!(
            claimant("LIMA, 3 mai (AFP) - La garde côtière a indiqué mardi que deux bateaux avaient sombré.")
                .as_deref(),
            Some("la garde cotiere")
        );
        assert_eq!(
            claimant("Notre invité : le médiateur norvégien a estimé que les pourparlers avançaient.")
                .as_deref(),
            Some("le mediateur norvegien")
        );
        // near misses: a subject and its apposition are kept whole
        assert_eq!(
            claimant("Le maire du bourg, Paul Varin, a déclaré que l'école était fermée.").as_deref(),
            Some("le maire du bourg, paul varin")
        );
    }

    #[test]
    fn an_object_after_a_reporting_verb_is_no_speaker() {
        // must fire: what the verb governs, running on to a clause of its own ("que",
        // "qui"), is no inverted speaker: the subject before the verb is
        assert_eq!(
            claimant(
                "Le chef de la milice, ancien gendarme, a revendiqué l'attaque qu'il attribue à ses hommes."
            )
            .as_deref(),
            Some("le chef de la milice, ancien gendarme")
        );
        assert_eq!(
            claimant("Le colonel Arra, chef des insurgés, a dénoncé la présence de mercenaires qui combattraient aux côtés de l'armée.")
                .as_deref(),
            Some("le colonel arra, chef des insurges")
        );
        // and the subject of the reported clause is no speaker either
        assert_eq!(claimant("Des centaines de bergers sont partis, a dénoncé la révocation du maire que réclamaient les rebelles."), None);
        // near misses: an inverted speaker at the end of its clause, before brackets, or
        // before the place he spoke in; "à" before a determiner is no verb
        assert_eq!(
            claimant("Des centaines de familles ont fui, a indiqué l'Office des réfugiés (ODR).").as_deref(),
            Some("l'office des refugies")
        );
        assert_eq!(
            claimant("Des centaines de familles ont fui, a indiqué un responsable onusien à Genève, sans plus de détail.")
                .as_deref(),
            Some("un responsable onusien")
        );
        assert!(claimant(
            "Le Syndicat des médecins, une association favorable à la paix, a fait état de dix morts."
        )
        .is_some_and(|c| c.starts_with("le syndicat des medecins")));
    }

    #[test]
    fn a_nickname_is_not_a_speaker() {
        // ", dit « X »" names someone, and what follows the reporting verb is an infinitive
        // clause (what was said), not an inverted speaker
        assert_eq!(
            claimant("Les partisans du colonel Ivan Petrov, dit « le Loup », ont affirmé jeudi avoir repris la gare.")
                .as_deref(),
            Some("les partisans du colonel ivan petrov")
        );
        // near miss: an inverted speaker after "a dit" still counts
        assert_eq!(
            claimant("« La ville est encerclée », a dit un habitant joint par téléphone.").as_deref(),
            Some("un habitant joint par telephone")
        );
    }

    #[test]
    fn counted_civilians() {
        let counts = |s: &str| {
            let t = fold(s);
            counts_people(&t, &crate::fold::words(&t))
        };
        assert!(counts("Plus de 2 000 personnes ont passé la nuit dehors."));
        assert!(counts("Une trentaine de familles ont trouvé refuge à l'école."));
        assert!(counts("Seize jeunes patients ont été transférés."));
        assert!(counts("Des milliers d'autres réfugiés attendent."));
        assert!(counts("Six cents habitants ont passé la nuit au gymnase."));
        assert!(counts("Près de deux millions de déplacés vivent dans les camps."));
        assert!(counts("Plus de 500 employés d'organisations humanitaires ont gagné la côte."));
        assert!(counts("Quelque 300 élèves ont été mis à l'abri dans le stade."));
        assert!(counts("Deux cents ressortissants étrangers ont quitté la capitale."));
        // near misses: troops, a year, a distance
        assert!(!counts("Deux cents soldats ont rejoint la ville."));
        assert!(!counts("En 2023, des familles ont quitté la ville."));
        assert!(!counts("La colonne a parcouru 40 kilomètres."));
    }

    #[test]
    fn denials() {
        assert!(denial(&fold("Le ministère a démenti ces informations.")).is_some());
        assert!(denial(&fold("Ces affirmations sont « totalement fausses »")).is_some());
        assert!(denial(&fold("Le ministère a confirmé l'attaque.")).is_none());
    }

    /// The scan finds what the phrase matcher finds: the first whole-word denial.
    #[test]
    fn denial_is_the_phrase_matchers_first_hit() {
        let m = PhraseMatcher::new(DENIALS.iter().map(|v| (v.to_string(), ())));
        for s in [
            "Le ministère a démenti, puis a nié : « mensonges ».",
            "Une accusation sans fondement, totalement fausse, totalement fausses",
            "rapidement, profondement, independamment, demente, dementi",
            "Ils dément.",
            "mensongesx mensonges",
            "infondées!",
            "",
            "a nie",
            "a nier tout",
        ] {
            let t = fold(s);
            assert_eq!(denial(&t), m.find(&t).first().map(|h| h.start), "{s}");
        }
    }

    #[test]
    fn tolls() {
        let r = toll(&fold(
            "Au moins 35 personnes, dont 4 civils, ont été tuées mardi et plus de 120 autres blessées.",
        ));
        assert_eq!(r, Toll { killed: Some(35), wounded: Some(120) });
        let r = toll(&fold("Le bombardement a fait 1 200 morts et 3 000 blessés en 2020."));
        assert_eq!(r, Toll { killed: Some(1200), wounded: Some(3000) });
        assert_eq!(toll(&fold("Une colonne de 40 camions a parcouru 295 km.")), Toll::default());
        // a partitive between the figure and the people counted
        let r = toll(&fold(
            "L'armée a reconnu que 17 de ses militaires ont été tués et que 40 d'entre eux ont été blessés.",
        ));
        assert_eq!(r, Toll { killed: Some(17), wounded: Some(40) });
        // people named by their trade or state
        let r = toll(&fold("Onze manifestants ont été tués et 40 policiers blessés."));
        assert_eq!(r, Toll { killed: Some(11), wounded: Some(40) });
        let r = toll(&fold("Trois employés d'une ONG locale ont été tués lors du pilonnage."));
        assert_eq!(r, Toll { killed: Some(3), wounded: None });
        // near miss: a partitive of things, not people
        assert_eq!(toll(&fold("L'armée a perdu 12 de ses blindés dans l'assaut.")), Toll::default());
    }

    #[test]
    fn tolls_written_in_words() {
        let killed = |s: &str| toll(&fold(s)).killed;
        // cardinals in words, compound ones by French arithmetic, behind a bound
        assert_eq!(killed("Plus de cinquante soldats ont été tués pendant la nuit."), Some(50));
        assert_eq!(killed("Au moins quarante-deux civils sont morts sous les frappes."), Some(42));
        assert_eq!(killed("Près de soixante-dix-sept personnes ont été tuées au marché."), Some(77));
        assert_eq!(killed("Quelque quatre-vingt-dix villageois ont été tués."), Some(90));
        assert_eq!(killed("Vingt et un policiers ont été tués dans l'embuscade."), Some(21));
        assert_eq!(killed("Deux cent trente passagers ont péri dans le naufrage."), Some(230));
        assert_eq!(killed("Trois mille cinq cents morts sont à déplorer."), Some(3500));
        // "périr", and a toll brought to a figure ("porter à N le nombre de …")
        assert_eq!(killed("Seize gendarmes étrangers ont péri dans l'attaque du poste."), Some(16));
        assert_eq!(
            killed(
                "La milice publie une liste qui porte à plus de soixante le total de ses combattants tués."
            ),
            Some(60)
        );
        assert_eq!(killed("Ce dernier raid porte à 45 le bilan des victimes civiles."), Some(45));
        // a verb of killing before the figure, a bound between them
        assert_eq!(killed("Des hommes armés ont tué plus de cent villageois du bourg."), Some(100));
        assert_eq!(killed("Le siège a coûté la vie à près de 900 personnes selon une ONG."), Some(900));
        assert_eq!(killed("Les frappes ont tué au moins douze civils à l'aube."), Some(12));
        // near misses: rough counts are not figures, a rate is not a count, a figure of
        // things is not a toll
        assert_eq!(killed("Une vingtaine de civils ont été tués au marché."), None);
        assert_eq!(killed("Trente pour cent des victimes étaient des enfants."), None);
        assert_eq!(killed("Cinquante blindés ont été détruits, mais aucun soldat tué."), None);
        assert_eq!(killed("Le gouvernement a porté à trente le nombre de ses ministres."), None);
        assert_eq!(killed("La crue a coûté la vie économique à plus de 900 habitants."), None);
        assert_eq!(killed("Le convoi a apporté de l'aide à plus de 900 personnes."), None);
    }
}
