//! The grammar of French time expressions, on folded words, one linear pass.
//!
//! Each expression is resolved against the anchor its kind calls for (see the module docs
//! of [`crate::time`]): deictics against the publication day, anaphora and underspecified
//! dates against the reference time, bare weekdays against the publication day in news
//! and against the reference time in narratives.
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use super::tense::{Tense, TenseMap};
use super::{Anchors, DocType, Interval, Kind, Precision, Role, TimeHit};
use crate::numbers;

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Monday),
    ("mardi", Weekday::Tuesday),
    ("mercredi", Weekday::Wednesday),
    ("jeudi", Weekday::Thursday),
    ("vendredi", Weekday::Friday),
    ("samedi", Weekday::Saturday),
    ("dimanche", Weekday::Sunday),
];
const MONTHS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
const SEASONS: &[(&str, i8)] = &[("printemps", 3), ("ete", 6), ("automne", 9), ("hiver", 12)];
/// "quelques jours" is read as three days (a range of three to seven where a rule says so);
/// the other counts written in words are [`numbers::up_to_twenty`].
const SOME: (&str, i64) = ("quelques", 3);
/// Words before a date that make it an effective date or a deadline of a decision.
const DECISION_CUES: &[&[&str]] = &[
    &["a", "compter", "du"],
    &["a", "compter", "de"],
    &["a", "partir", "du"],
    &["a", "partir", "de"],
    &["d", "ici", "au"],
    &["d", "ici", "le"],
    &["d", "ici", "a"],
    &["d", "ici"],
    &["avant", "le"],
    &["jusqu", "au"],
    &["au", "plus", "tard", "le"],
    &["des", "le"],
    &["effective", "le"],
    &["a", "compter", "d"],
];

pub(crate) fn month_of(w: &str) -> Option<i8> {
    MONTHS.iter().position(|m| *m == w).map(|i| i as i8 + 1)
}

pub(crate) fn weekday_of(w: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

/// Whether a folded word is a year ("2020").
pub(super) fn is_year(w: &str) -> bool {
    year_of(w).is_some()
}

fn year_of(w: &str) -> Option<i16> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i16 = w.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(y);
    }
    None
}

fn day_of(w: &str) -> Option<i8> {
    let d = w.strip_suffix("er").unwrap_or(w);
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i8 = d.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn number_of(w: &str) -> Option<i64> {
    w.parse::<i64>()
        .ok()
        .filter(|n| *n < 1000)
        .or_else(|| numbers::up_to_twenty(w).map(|n| n as i64))
        .or_else(|| (w == SOME.0).then_some(SOME.1))
}

pub(super) fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(d)
}

fn monday_of(d: Date) -> Date {
    add_days(d, -(d.weekday().to_monday_zero_offset() as i64))
}

fn day(d: Date) -> Interval {
    Interval { start: d, end: d, precision: Precision::Day }
}

fn month(d: Date) -> Interval {
    let f = d.first_of_month();
    Interval { start: f, end: f.last_of_month(), precision: Precision::Month }
}

fn year(y: i16) -> Option<Interval> {
    Some(Interval {
        start: Date::new(y, 1, 1).ok()?,
        end: Date::new(y, 12, 31).ok()?,
        precision: Precision::Year,
    })
}

fn week(monday: Date) -> Interval {
    Interval { start: monday, end: add_days(monday, 6), precision: Precision::Week }
}

/// The latest `wd` on or before `d` (strictly before when `strict`).
fn weekday_back(d: Date, wd: Weekday, strict: bool) -> Date {
    let back = (d.weekday().to_monday_zero_offset() as i64 - wd.to_monday_zero_offset() as i64).rem_euclid(7);
    add_days(d, -if strict && back == 0 { 7 } else { back })
}

/// The next `wd` on or after `d` (strictly after when `strict`).
fn weekday_forward(d: Date, wd: Weekday, strict: bool) -> Date {
    let fwd = (wd.to_monday_zero_offset() as i64 - d.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
    add_days(d, if strict && fwd == 0 { 7 } else { fwd })
}

/// A day of the month written without its month ("le 20", "dimanche 24"): the month of
/// the reference time, or the one before or after it when the weekday says so or when a
/// past event would otherwise fall after publication.
fn partial_day(a: &Anchors, n: i8, wd: Option<Weekday>, tense: Tense) -> Option<Date> {
    // a month the paragraph named since the reference time (a day clears it) is where the
    // story now is: "Tout bascule début août. Le 3, …"
    let r = a.period.unwrap_or(a.reference);
    let month_day = |k: i64| {
        let m = r.first_of_month().checked_add(k.months()).ok()?;
        Date::new(m.year(), m.month(), n).ok()
    };
    let cands: Vec<Date> = [-1i64, 0, 1].iter().filter_map(|k| month_day(*k)).collect();
    if let Some(wd) = wd {
        // the day nearest the reference time whose weekday matches, never after
        // publication for a past event (a year back at most)
        let matching = (-12i64..=1)
            .filter_map(month_day)
            .filter(|d| d.weekday() == wd && !(tense.is_past() && *d > a.published));
        // in the news, with no month named, a past "dimanche 24" is the latest one before
        // publication, as a bare "dimanche" is, even after a flashback moved the story
        if a.doc != DocType::Narrative && a.period.is_none() && tense.is_past() {
            let recent = (-12i64..=0)
                .filter_map(|k| {
                    let m = a.published.first_of_month().checked_add(k.months()).ok()?;
                    Date::new(m.year(), m.month(), n).ok()
                })
                .filter(|d| d.weekday() == wd && *d <= a.published)
                .max();
            if recent.is_some() {
                return recent;
            }
        }
        return matching.min_by_key(|d| (*d - r).get_days().abs());
    }
    let this = Date::new(r.year(), r.month(), n).ok();
    match this {
        Some(d) if tense.is_past() && d > a.published => cands.first().copied().filter(|c| *c < d),
        Some(d) => Some(d),
        None => cands.first().copied(),
    }
}

/// Year for a day and month written without one. Past and present: the most recent such
/// day not after publication (a week's grace in the present); in a narrative, the first
/// one from the reference time on, since the story moves forward. Future: the next one.
/// Reported speech in the conditional: the nearest one.
fn infer_year(a: &Anchors, m: i8, d: i8, tense: Tense) -> Option<Date> {
    let (p, r) = (a.published, a.reference);
    // "le 3 mars 2022, …, puis le 5 mars": the year the sentence just wrote
    if let Some(x) = a.year.and_then(|y| Date::new(y, m, d).ok()) {
        if !(tense.is_certainly_past() && x > p) {
            return Some(x);
        }
    }
    // a full date an earlier sentence of the paragraph wrote, when the day follows it
    // closely, a season at most: "le 27 septembre 2020 […] Le 9 octobre", "le 12 décembre
    // 2022 […] Le 9 janvier". Further on, the paragraph has left that date's story ("l'accord
    // signé le 12 novembre 2019 […] début juillet" is the July before publication).
    if let Some(w) = a.para_date {
        let close = [w.year(), w.year() + 1]
            .into_iter()
            .filter_map(|y| Date::new(y, m, d).ok())
            .find(|x| *x >= add_days(w, -7) && *x <= add_days(w, 92));
        if let Some(x) = close.filter(|x| !(tense.is_certainly_past() && *x > p)) {
            return Some(x);
        }
    }
    let mut years = vec![r.year() - 1, r.year(), r.year() + 1, p.year() - 1, p.year(), p.year() + 1];
    years.extend(a.period.map(|d| d.year()));
    years.sort_unstable();
    years.dedup();
    let cands: Vec<Date> = years.iter().filter_map(|y| Date::new(*y, m, d).ok()).collect();
    match tense {
        Tense::Conditional => cands.into_iter().min_by_key(|x| (*x - p).get_days().abs()),
        Tense::Future | Tense::Scheduled => cands.into_iter().find(|x| *x >= add_days(p, -60)),
        _ => {
            let grace = if tense == Tense::Present { 7 } else { 0 };
            let past: Vec<Date> = cands.into_iter().filter(|x| *x <= add_days(p, grace)).collect();
            if let Some(start) = a.period {
                if let Some(x) = past.iter().find(|x| **x >= add_days(start, -7)) {
                    return Some(*x);
                }
            }
            if a.doc == DocType::Narrative && r != p {
                if let Some(x) = past.iter().find(|x| **x >= add_days(r, -7)) {
                    return Some(*x);
                }
            }
            past.last().copied()
        }
    }
}

/// A day and month written with their weekday but no year ("le dimanche 8 novembre"): the
/// weekday names the year. Of the years near the one inferred without it, the nearest whose
/// day has that weekday (the earlier on a tie; never after publication for a past event);
/// the inferred day when none has it (a typo in the text).
fn year_of_weekday(inferred: Date, wd: Weekday, a: &Anchors, tense: Tense) -> Date {
    if inferred.weekday() == wd {
        return inferred;
    }
    let y = inferred.year();
    [-1i16, 1, -2, 2, -3, 3]
        .iter()
        .filter_map(|k| Date::new(y + k, inferred.month(), inferred.day()).ok())
        .find(|d| d.weekday() == wd && !(tense.is_past() && *d > a.published))
        .unwrap_or(inferred)
}

/// The day with weekday `wd` nearest `d` (`d` itself if it has it; the earlier on a tie).
fn nearest_weekday(d: Date, wd: Weekday) -> Date {
    let (b, f) = (weekday_back(d, wd, false), weekday_forward(d, wd, false));
    if (f - d).get_days() < (d - b).get_days() {
        f
    } else {
        b
    }
}

/// A bare or qualified weekday.
fn weekday_date(a: &Anchors, wd: Weekday, qualifier: &str, tense: Tense) -> Date {
    match qualifier {
        "dernier" => weekday_back(a.published, wd, true),
        "prochain" => weekday_forward(a.published, wd, true),
        _ => {
            let base = if a.doc == DocType::Narrative { a.reference } else { a.published };
            match tense {
                Tense::Future => weekday_forward(a.published, wd, false),
                Tense::Scheduled => nearest_weekday(base, wd),
                // the narrative present moves forward from the story's last date
                Tense::Present if a.doc == DocType::Narrative => weekday_forward(base, wd, false),
                _ => weekday_back(base, wd, false),
            }
        }
    }
}

/// The words of a folded sentence, with helpers.
pub(super) struct Words<'t> {
    pub t: &'t str,
    pub ws: &'t [(usize, usize)],
}

impl<'t> Words<'t> {
    pub fn w(&self, i: usize) -> &'t str {
        self.ws.get(i).map(|&(s, e)| &self.t[s..e]).unwrap_or("")
    }
    /// The characters between word `i` and word `i + 1`.
    fn gap(&self, i: usize) -> &'t str {
        match (self.ws.get(i), self.ws.get(i + 1)) {
            (Some(a), Some(b)) => &self.t[a.1..b.0],
            _ => "",
        }
    }
    fn prev(&self, i: usize) -> &'t str {
        if i == 0 {
            ""
        } else {
            self.w(i - 1)
        }
    }
}

/// One match: its value, its kind, the words it used.
struct Match {
    value: Option<Interval>,
    kind: Kind,
    used: usize,
    /// The date of an event named after an occurrence verb and counted back from the
    /// story's day ([`occurs_after`]): it dates the noun phrase after it only.
    counted_back: bool,
}

fn m(value: Option<Interval>, kind: Kind, used: usize) -> Option<Match> {
    Some(Match { value, kind, used, counted_back: false })
}

/// Find and resolve the time expressions of a sentence into `out` (cleared first).
pub(super) fn find(t: &str, ws: &[(usize, usize)], tenses: &TenseMap, a: &Anchors, out: &mut Vec<TimeHit>) {
    out.clear();
    let words = Words { t, ws };
    // the anchors move as the sentence is read: a year it names dates its yearless days,
    // and a day it names ("le 20", "jeudi") is what a later "ce jour-là" or "la veille" in
    // it refers to
    let mut named = named_year(&words, a);
    let mut a = *a;
    let a = &mut a;
    let mut i = 0;
    while i < ws.len() {
        let opens = may_open(words.w(i));
        // a copy of the anchors only where a named year holds (they carry the named events)
        let in_year;
        let here: &Anchors = match named {
            Some((d, from, to)) if i > from && i < to => {
                in_year = Anchors { period: Some(d), ..*a };
                &in_year
            }
            _ => &*a,
        };
        debug_assert!(
            opens || expression_at(&words, i, here, tenses).is_none_or(|h| h.used == 0),
            "an expression opens with `{}`: add it to may_open",
            words.w(i)
        );
        let hit = if opens { expression_at(&words, i, here, tenses) } else { None };
        match hit {
            Some(h) if h.used > 0 => {
                let end = ws[(i + h.used - 1).min(ws.len() - 1)].1;
                // include a leading "le", "en", "depuis"… in the expression shown to readers
                let s = if i > 0
                    && matches!(
                        words.prev(i),
                        "le" | "en"
                            | "la"
                            | "l"
                            | "d"
                            | "depuis"
                            | "du"
                            | "les"
                            | "dans"
                            | "au"
                            | "a"
                            | "des"
                    ) {
                    ws[i - 1].0
                } else {
                    ws[i].0
                };
                out.push(TimeHit {
                    start: s,
                    end,
                    value: h.value,
                    kind: h.kind,
                    role: match role(&words, i) {
                        _ if names_its_day(&words, i + h.used) => Role::Event,
                        Role::Decision if as_soon_as(&words, i, h.kind, tenses) => Role::Event,
                        Role::Event if set_for(&words, i, tenses) => Role::Decision,
                        r => r,
                    },
                    // "le raid survient une semaine après la chute de X": the story's
                    // day stays the strike's; the date is the fall's, named after it
                    subordinate: h.counted_back,
                    apposition: h.counted_back.then_some((s, t.len())),
                });
                // "le lendemain …, le surlendemain …" count from the same day: an anaphor
                // does not move the reference
                // "le pont, rouvert mi-mai, a vu passer les premiers camions quelques jours
                // plus tard" counts from the middle of that part of the month
                if let Some(d) = h.value.and_then(|v| v.part_of_a_month_day()) {
                    a.reference = d;
                    a.period = None;
                }
                if let Some(v) = h.value.filter(|v| v.precision.is_daily() && h.kind != Kind::Anaphoric) {
                    a.reference = v.start;
                    a.period = None;
                    named = None;
                    if (i..i + h.used).any(|k| year_of(words.w(k)).is_some()) {
                        a.year = Some(v.start.year());
                    }
                }
                i += h.used;
            }
            _ => i += 1,
        }
    }
}

/// The expression that opens at word `i`, by the first rule that reads one there.
fn expression_at(words: &Words, i: usize, a: &Anchors, tenses: &TenseMap) -> Option<Match> {
    let tense = tenses.at(words.ws[i].0, words.t);
    ranges(words, i, a, tense)
        .or_else(|| night(words, i, a, tense))
        .or_else(|| numeric(words, i))
        .or_else(|| weekday(words, i, a, tense, tense == Tense::Past && tenses.has_compound_past()))
        .or_else(|| explicit(words, i, a, tense))
        .or_else(|| partial(words, i, a, tense))
        .or_else(|| fuzzy(words, i, a, tense))
        .or_else(|| anaphora(words, i, a, tense))
        .or_else(|| deictic(words, i, a, tense))
}

/// Can a time expression open with the word `w`? Most words open none, and trying every
/// rule on each of them cost 7% of extraction. Every rule reads its first word as a
/// number, a month, a weekday or one of these words; a rule that opens with another word
/// must add it here (`find` checks it in debug builds, hence in the tests).
fn may_open(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || month_of(w).is_some()
        || weekday_of(w).is_some()
        || numbers::up_to_twenty(w).is_some()
        || w == SOME.0
        || matches!(
            w,
            // ranges, nights, parts of months
            "de" | "du" | "les" | "des" | "entre" | "nuit" | "cette" | "mi" | "debut" | "fin" | "courant"
            // anaphora
            | "veille" | "avant" | "lendemain" | "surlendemain" | "soir" | "jour" | "matin" | "journee"
            | "soiree" | "matinee" | "pendant" | "durant"
            // deictics
            | "hier" | "aujourd" | "demain" | "apres" | "ce" | "cet" | "semaine" | "week" | "mois" | "an"
            | "annee" | "il"
        )
}

/// A past year the sentence names as a time ("la guerre de 2020", "en 2021"): a day and
/// month written without a year after it in the same sentence belong to it ("le traité qui
/// mit fin à la guerre de 2018, paraphé le 4 mars"), with the word range they must open in.
/// Not those written before it ("Le 4 mars, le pouvoir renie le pacte conclu en 2016": the
/// reader has placed that day before reaching the year), nor those after an apposition that
/// holds the year ("Les milices, parties au pacte de 2016, ont rouvert le feu en mai").
fn named_year(words: &Words, a: &Anchors) -> Option<(Date, usize, usize)> {
    (1..words.ws.len()).find_map(|i| {
        let y = year_of(words.w(i))?;
        // "de 2000 soldats" is a quantity. "La guerre de 2018" names an event, but its year
        // still tells which "4 mars" a clause about that war means.
        let named = matches!(words.prev(i), "en" | "de" | "annee")
            && y <= a.published.year()
            && !NOT_AFTER_DAY.contains(&words.w(i + 1));
        let d = named.then(|| Date::new(y, 1, 1).ok()).flatten()?;
        Some((d, i, apposition_end(words, i)))
    })
}

/// The first word after the comma that closes an apposition holding word `i` (a segment
/// opened by a comma), else the number of words.
fn apposition_end(words: &Words, i: usize) -> usize {
    let n = words.ws.len();
    let opened = (1..=i)
        .rev()
        .take_while(|k| !words.gap(k - 1).contains([';', ':']))
        .any(|k| words.gap(k - 1).contains(','));
    if !opened {
        return n;
    }
    (i..n).find(|&k| words.gap(k).contains(',')).map_or(n, |k| k + 1)
}

/// Whether a year written "<before> de <year> <next>" names an event ("la guerre de 2020",
/// "l'élection de 2018", "la loi de 2019") rather than a time ("au printemps de 2022", "la
/// fin de 2021", "de 2020 à 2022").
pub(super) fn year_names_event(before: &str, next: &str) -> bool {
    const TIME_NOUNS: &[&str] = &[
        "printemps",
        "ete",
        "automne",
        "hiver",
        "fin",
        "debut",
        "milieu",
        "courant",
        "mois",
        "annee",
        "cours",
    ];
    !TIME_NOUNS.contains(&before) && month_of(before).is_none() && !matches!(next, "a" | "au")
}

/// "…jusqu'au 18 décembre, jour où les rebelles ont pris la ville": a date followed by "jour
/// où" (or "date à laquelle") dates the clause that follows, whatever cue comes before it.
fn names_its_day(words: &Words, after: usize) -> bool {
    let w = |k: usize| words.w(after + k);
    let k = usize::from(matches!(w(0), "le" | "la"));
    matches!((w(k), w(k + 1)), ("jour", "ou") | ("date", "a") | ("nuit", "ou") | ("soir", "ou"))
        && (w(k) != "date" || w(k + 2) == "laquelle")
}

/// The role of an expression starting at word `i`: onset after "depuis", decision after
/// an effective-date or deadline cue, else a plain event date.
fn role(words: &Words, i: usize) -> Role {
    let back = |n: usize| if i >= n { words.w(i - n) } else { "" };
    if back(1) == "depuis" || back(2) == "depuis" && matches!(back(1), "le" | "la" | "l") {
        return Role::Onset;
    }
    if back(1) == "au" && postponed_before(words, i - 1) {
        return Role::Decision;
    }
    for cue in DECISION_CUES {
        let n = cue.len();
        for extra in 0..=1 {
            if i >= n + extra
                && (0..n).all(|k| words.w(i - n - extra + k) == cue[k])
                && (extra == 0 || matches!(back(1), "le" | "la" | "l"))
            {
                return Role::Decision;
            }
        }
    }
    Role::Event
}

/// "dès" before a date that tells when something happened, "as early as" that day: an
/// anaphor of the story ("Dès le lendemain, le gaz cesse d'arriver") or a date on a verb
/// in the past ("atterrirent dès le 10 novembre"). Only before a date in the present or
/// the future is it the day a decision takes effect ("applicable dès le 1er janvier").
fn as_soon_as(words: &Words, i: usize, kind: Kind, tenses: &TenseMap) -> bool {
    let des = words.prev(i) == "des"
        || matches!(words.prev(i), "le" | "la" | "l") && words.w(i.wrapping_sub(2)) == "des";
    des && (kind == Kind::Anaphoric || tenses.at(words.ws[i].0, words.t).is_certainly_past())
}

/// "pour" before a date on a verb in the past ("a réuni les députés pour le 3 juin",
/// "ont été invités pour lundi"): the day something was set for, a target
/// like "d'ici au 15", not the day the past verb tells. Not in the present or the future,
/// where "la réunion est prévue pour lundi" tells the meeting's own day.
fn set_for(words: &Words, i: usize, tenses: &TenseMap) -> bool {
    let k = if matches!(words.prev(i), "le" | "la" | "l") { i - 1 } else { i };
    k > 0 && words.prev(k) == "pour" && tenses.at(words.ws[i].0, words.t).is_certainly_past()
}

/// Verbs that move a date ("reporter", "repousser", "différer", "ajourner", "décaler",
/// "renvoyer"), by the stem their forms share once folded.
const POSTPONING: &[&str] = &["report", "repouss", "differ", "ajourn", "decal", "renvoy"];

/// Does a verb that moves a date stand within the five words before word `au` of the same
/// clause ("a repoussé au 25 novembre", "ont reporté la rétrocession au 25")? The date
/// after it is the new deadline; the postponement itself is dated by the sentence's other
/// time or the reference, as for "d'ici au".
fn postponed_before(words: &Words, au: usize) -> bool {
    (1..=5).take_while(|&n| au >= n && !words.gap(au - n).contains([',', ';', ':'])).any(|n| {
        let w = words.w(au - n);
        // "reportage", "différent(e)s" share the stems and move nothing
        POSTPONING.iter().any(|p| w.starts_with(p))
            && !w.starts_with("reportage")
            && !w.starts_with("different")
    })
}

/// "du 19 au 20 septembre", "les 19 et 20 septembre", "entre le 3 et le 5 mai",
/// "du 30 décembre 2023 au 2 janvier 2024", "du 10 au 14" (the reference month), "de
/// lundi à mercredi".
fn ranges(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    if let ("de" | "du", Some(wd1), "a" | "au", Some(wd2)) = (w(0), weekday_of(w(1)), w(2), weekday_of(w(3)))
    {
        let end = weekday_date(a, wd2, "", tense);
        let start = weekday_back(end, wd1, false);
        return m(Some(Interval { start, end, precision: Precision::Interval }), Kind::Range, 4);
    }
    if let Some(m) = two_weekdays(words, i, a, tense) {
        return Some(m);
    }
    // a weekday may stand before either day ("du samedi 4 au lundi 6 mai")
    let day_at = |k: usize| {
        let k = k + usize::from(weekday_of(w(k)).is_some());
        day_of(w(k)).map(|d| (d, k + 1))
    };
    let (d1, mut k) = match w(0) {
        // "du 3 au 4", "les 3 et 4", "des 4 et 5"
        "du" | "les" | "des" => day_at(1)?,
        "entre" if w(1) == "le" => day_at(2)?,
        _ => return None,
    };
    let m1 = month_of(w(k));
    if m1.is_some() {
        k += 1;
    }
    let y1 = year_of(w(k)).filter(|_| m1.is_some());
    if y1.is_some() {
        k += 1;
    }
    if !matches!(w(k), "au" | "et" | "a") {
        return None;
    }
    k += 1;
    if w(k) == "le" {
        k += 1;
    }
    let (d2, next) = day_at(k)?;
    k = next - 1;
    let Some(m2) = month_of(w(k + 1)) else {
        // "du 10 au 14": both days in the reference month
        if m1.is_some() || matches!(w(0), "les" | "des") && !words.gap(i + k).contains(',') {
            return None;
        }
        let end = partial_day(a, d2, None, tense)?;
        let start = Date::new(end.year(), end.month(), d1).ok().filter(|s| *s <= end)?;
        return m(Some(Interval { start, end, precision: Precision::Interval }), Kind::Range, k + 1);
    };
    k += 2;
    let y = year_of(w(k));
    if y.is_some() {
        k += 1;
    }
    let m1 = m1.unwrap_or(m2);
    let end = match y {
        Some(y) => Date::new(y, m2, d2).ok()?,
        None => match ongoing_span(a, (m1, d1), (m2, d2)) {
            Some(e) => e,
            None => infer_year(a, m2, d2, tense)?,
        },
    };
    let y1 = y1.unwrap_or(if m1 > m2 { end.year() - 1 } else { end.year() });
    let start = Date::new(y1, m1, d1).ok()?;
    (start <= end).then_some(())?;
    m(Some(Interval { start, end, precision: Precision::Interval }), Kind::Range, k)
}

/// "jeudi et vendredi", "entre lundi et mercredi", "samedi et dimanche derniers": the span
/// from the first weekday to the second, the second found as a bare weekday is. Not before
/// a day of the month ("jeudi et vendredi 3 et 4 mai" is read by its days).
fn two_weekdays(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let k = usize::from(words.w(i) == "entre");
    let w = |n: usize| words.w(i + k + n);
    let (wd1, wd2) = (weekday_of(w(0))?, weekday_of(w(2))?);
    if w(1) != "et" || day_of(w(3)).is_some() || wd1 == wd2 {
        return None;
    }
    let last = matches!(w(3), "derniers" | "dernier");
    let qualifier = if last { "dernier" } else { "" };
    let start = match sequel_weekday(words, i, a, wd1, tense) {
        Some(s) => s,
        None => weekday_back(weekday_date(a, wd2, qualifier, tense), wd1, false),
    };
    let end = weekday_forward(start, wd2, false);
    m(Some(Interval { start, end, precision: Precision::Interval }), Kind::Range, k + 3 + last as usize)
}

/// A weekday told as what came next ("Puis, mardi, …", "ensuite, dimanche et lundi, …")
/// in a past story whose reference time is a day of its own: the first such weekday after
/// that day, never after publication. The news's own weeks ("mardi" alone: the last one
/// before publication) do not hold when "puis" counts on from the story's day.
fn sequel_weekday(words: &Words, i: usize, a: &Anchors, wd: Weekday, tense: Tense) -> Option<Date> {
    let next = matches!(words.prev(i), "puis" | "ensuite");
    let d = weekday_forward(a.reference, wd, true);
    (next && tense.is_past() && a.reference < a.published && d <= a.published).then_some(d)
}

/// The last day of a span of days written without its year that runs through the day of
/// publication ("les pourparlers, du 28 avril au 6 mai, …" in a paper of 2 May): the
/// span is this one, under way, even when a past tense tells its start.
fn ongoing_span(a: &Anchors, (m1, d1): (i8, i8), (m2, d2): (i8, i8)) -> Option<Date> {
    let p = a.published;
    let end = Date::new(p.year(), m2, d2).ok()?;
    let start = Date::new(if m1 > m2 { p.year() - 1 } else { p.year() }, m1, d1).ok()?;
    (start <= p && p < end).then_some(end)
}

/// "la nuit de <weekday> à <weekday>", "la nuit du <day> au <day> <month>", "cette nuit",
/// "la nuit dernière": the day the night ends, night precision.
fn night(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    if w(0) == "nuit" && matches!(words.prev(i), "la" | "cette") && w(1) == "derniere"
        || w(0) == "cette" && w(1) == "nuit"
    {
        let d = a.published;
        return m(Some(Interval { start: d, end: d, precision: Precision::Night }), Kind::Deictic, 2);
    }
    if w(0) != "nuit" || !matches!(w(1), "de" | "du") {
        return None;
    }
    if let (Some(wd1), "a" | "au", Some(_)) = (weekday_of(w(2)), w(3), weekday_of(w(4))) {
        let d = night_end(a, wd1, tense);
        return m(Some(Interval { start: d, end: d, precision: Precision::Night }), Kind::Weekday, 5);
    }
    if let (Some(_), "au", Some(d2), Some(mo)) = (day_of(w(2)), w(3), day_of(w(4)), month_of(w(5))) {
        let (date, used) = with_year(words, i + 6, a, mo, d2, tense);
        let date = date?;
        return m(
            Some(Interval { start: date, end: date, precision: Precision::Night }),
            Kind::Explicit,
            6 + used,
        );
    }
    if let Some(wd) = weekday_of(w(2)) {
        let d = weekday_date(a, wd, "", tense);
        return m(Some(Interval { start: d, end: d, precision: Precision::Night }), Kind::Weekday, 3);
    }
    None
}

/// The day that ends "la nuit du samedi au dimanche": the night is found by its first
/// evening, the day it starts, as any weekday is; it ends the next morning. Found by its
/// last day instead, a narrative at Saturday ("Samedi 14, … Dans la nuit du samedi au
/// dimanche, …") would go back to the Sunday before.
fn night_end(a: &Anchors, first: Weekday, tense: Tense) -> Date {
    add_days(weekday_date(a, first, "", tense), 1)
}

/// "28/02/2024", "28.02.2024", "28-02-2024".
fn numeric(words: &Words, i: usize) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    let d = day_of(w(0)).filter(|_| w(0).len() <= 2)?;
    let sep = words.gap(i);
    if !matches!(sep, "/" | "." | "-") || words.gap(i + 1) != sep {
        return None;
    }
    let mo: i8 = w(1).parse().ok().filter(|m| (1..=12).contains(m) && w(1).len() <= 2)?;
    let y: i16 = match w(2).len() {
        4 => year_of(w(2))?,
        2 => 2000 + w(2).parse::<i16>().ok()?,
        _ => return None,
    };
    m(Date::new(y, mo, d).ok().map(day), Kind::Numeric, 3)
}

/// A day and month, then an optional year ("2023", "de cette année", "de l'année
/// dernière", "dernier").
fn with_year(words: &Words, k: usize, a: &Anchors, mo: i8, d: i8, tense: Tense) -> (Option<Date>, usize) {
    let w = |n: usize| words.w(k + n);
    if let Some(y) = year_of(w(0)) {
        return (Date::new(y, mo, d).ok(), 1);
    }
    if let Some((y, n)) = same_year(words, k, a) {
        return (Date::new(y, mo, d).ok(), n);
    }
    if w(0) == "de" && w(1) == "cette" && w(2) == "annee" {
        return (Date::new(a.published.year(), mo, d).ok(), 3);
    }
    if w(0) == "de" && w(1) == "l" && w(2) == "annee" && matches!(w(3), "derniere" | "passee") {
        return (Date::new(a.published.year() - 1, mo, d).ok(), 4);
    }
    if w(0) == "dernier" {
        return (infer_year(a, mo, d, Tense::Past), 1);
    }
    if w(0) == "prochain" {
        return (infer_year(a, mo, d, Tense::Future), 1);
    }
    // "le 16 novembre suivant": the first such day after the story's reference time (a
    // year named elsewhere in the sentence does not count)
    if w(0) == "suivant" {
        let r = a.reference;
        let this_year = Date::new(r.year(), mo, d).ok();
        let date = this_year.filter(|x| *x > r).or_else(|| Date::new(r.year() + 1, mo, d).ok());
        return (date, 1);
    }
    (infer_year(a, mo, d, tense), 0)
}

/// "de la même année", "de cette année-là" at word `k`: the year the story last wrote
/// (in this sentence, else in the paragraph's last full date, else the reference time's),
/// and the number of words used. Unlike "de cette année" it never means publication's.
fn same_year(words: &Words, k: usize, a: &Anchors) -> Option<(i16, usize)> {
    let w = |n: usize| words.w(k + n);
    let said = w(0) == "de"
        && (w(1) == "la" && w(2) == "meme" && w(3) == "annee"
            || w(1) == "cette" && w(2) == "annee" && w(3) == "la");
    let y = a.year.or(a.para_date.map(|d| d.year())).unwrap_or(a.reference.year());
    said.then_some((y, 4))
}

/// Weekdays: "mardi", "mardi dernier", "jeudi prochain", "mardi soir", "dimanche 24",
/// "vendredi 22 septembre (2023)".
///
/// In a narrative, "ce mardi" (without "-là") is the week of publication, like "ce matin";
/// and a bare weekday on a verb in the passé composé (`news_past`) is the last such day
/// before publication when the story has come within a week of it: an explainer told in
/// the narrative present switches to the news's tense for the latest days ("Dimanche, Bakou
/// a accepté…"). Further back, the story's own week is meant.
fn weekday(words: &Words, i: usize, a: &Anchors, tense: Tense, news_past: bool) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    let wd = weekday_of(w(0))?;
    // "ce mardi-là", like "ce jour-là", points back at the day the text is telling: the
    // reference time's own weekday, or the nearest day with that weekday; never the week
    // of publication.
    if words.prev(i) == "ce" && w(1) == "la" {
        return m(Some(day(nearest_weekday(a.reference, wd))), Kind::Anaphoric, 2);
    }
    // "Le lundi soir, …" in a past story that has moved to a day of its own: the definite
    // article points at that story's Monday, as "ce lundi-là" would, not at the week of
    // publication ("lundi" alone). In the present it is a habit ("le lundi, le marché…").
    if words.prev(i) == "le" && tense.is_past() && a.reference != a.published && day_of(w(1)).is_none() {
        let mut used = 1;
        if matches!(w(1), "matin" | "soir" | "midi" | "nuit") {
            used = 2;
        }
        if !matches!(w(used), "dernier" | "prochain" | "suivant" | "precedent") {
            return m(Some(day(nearest_weekday(a.reference, wd))), Kind::Anaphoric, used);
        }
    }
    // "vendredi 11 heures" is a clock time on Friday, not Friday the 11th
    if let Some(d) = day_of(w(1)).filter(|_| !matches!(w(2), "h" | "heure" | "heures")) {
        if let Some(mo) = month_of(w(2)) {
            let (date, used) = with_year(words, i + 3, a, mo, d, tense);
            let date =
                if year_of(w(3)).is_none() { date.map(|x| year_of_weekday(x, wd, a, tense)) } else { date };
            return m(date.map(day), Kind::Explicit, 3 + used);
        }
        return m(partial_day(a, d, Some(wd), tense).map(day), Kind::Partial, 2);
    }
    let mut used = 1;
    let mut qualifier = "";
    if matches!(w(1), "dernier" | "prochain") {
        qualifier = w(1);
        used = 2;
    }
    if matches!(w(used), "matin" | "soir" | "midi" | "apres" | "nuit") {
        used += if w(used) == "apres" { 2 } else { 1 };
    }
    if matches!(w(used), "dernier" | "prochain") && qualifier.is_empty() {
        qualifier = w(used);
        used += 1;
    }
    if let Some(d) = sequel_weekday(words, i, a, wd, tense).filter(|_| qualifier.is_empty()) {
        return m(Some(day(d)), Kind::Weekday, used);
    }
    let recent = weekday_back(a.published, wd, false);
    let caught_up = news_past && recent > a.reference && (recent - a.reference).get_days() <= 7;
    let a = if caught_up || words.prev(i) == "ce" { Anchors { doc: DocType::News, ..*a } } else { *a };
    let value = a.day_known.then(|| day(weekday_date(&a, wd, qualifier, tense)));
    m(value, Kind::Weekday, used)
}

/// "13 septembre", "1er octobre 2023", "13 septembre dernier".
fn explicit(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let d = day_of(words.w(i))?;
    let mo = month_of(words.w(i + 1))?;
    let (date, used) = with_year(words, i + 2, a, mo, d, tense);
    m(date.map(day), Kind::Explicit, 2 + used)
}

/// Words after a number that make it a quantity, not a day of the month.
const NOT_AFTER_DAY: &[&str] = &[
    "pour",
    "heures",
    "heure",
    "h",
    "ans",
    "an",
    "km",
    "kilometres",
    "metres",
    "points",
    "fois",
    "mm",
    "cm",
    "kg",
    "tonnes",
    "hectares",
    "morts",
    "blesses",
    "personnes",
    "soldats",
    "victimes",
    "minutes",
    "secondes",
    "jours",
    "jour",
    "mois",
    "semaines",
    "millions",
    "milliards",
    "mille",
    "euros",
    "dollars",
    "degres",
    "e",
    "eme",
    "ieme",
    "etage",
    "rue",
    "avenue",
    "boulevard",
    "numero",
    "pays",
    "membres",
    "sur",
    "pourcent",
    "voix",
    "sieges",
    "deputes",
    "habitants",
    "enfants",
];

/// "le 20" (no month): the month of the reference time; also "au 15" after a deadline
/// cue ("d'ici au 15", "jusqu'au 20").
fn partial(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let deadline =
        words.prev(i) == "au" && matches!(words.w(i.wrapping_sub(2)), "ici" | "jusqu" | "compter" | "partir");
    if !(words.prev(i) == "le" || deadline || of_a_part_of_day(words, i)) || words.w(i).len() > 3 {
        return None;
    }
    let d = day_of(words.w(i))?;
    let next = words.w(i + 1);
    // "le 20" followed by a unit or a noun is a number ("le 20 pour cent", "le 3 fois"),
    // unless punctuation closes it: "le 12, jour du scrutin", "le 3 : deux morts"
    let closed = words.gap(i).contains([',', ';', ':', '(', ')']);
    if !closed
        && (NOT_AFTER_DAY.contains(&next)
            || next == "de" && month_of(words.w(i + 2)).is_none() && words.w(i + 2) != "ce")
    {
        return None;
    }
    m(partial_day(a, d, None, tense).map(day), Kind::Partial, 1)
}

/// "le matin du 29", "dans la nuit du 12", "l'après-midi du 3", "au soir du 5", "dans la
/// journée du 7": a part of a day, then "du" and the day (word `i`), names that day.
fn of_a_part_of_day(words: &Words, i: usize) -> bool {
    words.prev(i) == "du"
        && words.w(i + 1) != "au"
        && matches!(
            words.w(i.wrapping_sub(2)),
            "matin" | "soir" | "nuit" | "midi" | "aube" | "journee" | "soiree" | "matinee"
        )
}

/// Months, parts of months, years, seasons: "en août", "mi-septembre", "fin août",
/// "début 2023", "août 2021", "l'automne 2020", "en 2020".
fn fuzzy(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    let prev = words.prev(i);
    let part = matches!(w(0), "mi" | "debut" | "fin" | "courant");
    let at = if part { part_of_a_month(words, i) } else { 0 };
    let (mo_word, y_word, used) = (w(at), w(at + 1), at + 1);
    if let Some(mo) = month_of(mo_word) {
        let same = same_year(words, i + used, a);
        let explicit_year = year_of(y_word).or(same.map(|(y, _)| y));
        if !part
            && explicit_year.is_none()
            && prev != "en"
            && !matches!(prev, "d" | "depuis" | "des")
            && !opens_as_subject(words, i)
        {
            return None;
        }
        // no year: the same choice as for a day and month ("début août" in a paper of
        // September is this August, even after a flashback to another year)
        let y = match explicit_year {
            Some(y) => y,
            None if tense.is_past() || tense == Tense::Present => infer_year(a, mo, 1, tense)?.year(),
            // the future: the first such month that has not ended
            None => {
                let y = a.reference.year();
                y + (Date::new(y, mo, 1).ok()?.last_of_month() < a.published) as i16
            }
        };
        let mut first = Date::new(y, mo, 1).ok()?;
        // "mi-septembre" told in the past in a paper of 1 September is last year's
        let offset = match w(0) {
            "mi" => 10,
            "fin" => 20,
            _ => 0,
        };
        if explicit_year.is_none() && tense.is_past() && add_days(first, offset) > a.published {
            first = Date::new(y - 1, mo, 1).ok()?;
        }
        let iv = match w(0) {
            "mi" => {
                Interval { start: add_days(first, 10), end: add_days(first, 19), precision: Precision::Month }
            }
            "debut" => Interval { start: first, end: add_days(first, 9), precision: Precision::Month },
            "fin" => Interval {
                start: add_days(first, 20),
                end: first.last_of_month(),
                precision: Precision::Month,
            },
            _ => month(first),
        };
        let year_words = same.map_or(explicit_year.is_some() as usize, |(_, n)| n);
        // "en juin prochain": the qualifier is part of the date, not a verb's tense
        let next = explicit_year.is_none() && matches!(w(used), "prochain" | "prochaine");
        return m(Some(iv), Kind::Fuzzy, used + year_words + next as usize);
    }
    if let Some(y) = year_of(w(at)) {
        if part {
            let (s, e) = match w(0) {
                "debut" => ((1, 1), (3, 31)),
                "mi" => ((5, 1), (8, 31)),
                _ => ((10, 1), (12, 31)),
            };
            let iv = Interval {
                start: Date::new(y, s.0, s.1).ok()?,
                end: Date::new(y, e.0, e.1).ok()?,
                precision: Precision::Month,
            };
            return m(Some(iv), Kind::Fuzzy, at + 1);
        }
        if let Some(&(_, mo)) = SEASONS.iter().find(|(s, _)| *s == prev) {
            let start = Date::new(y, mo, 1).ok()?;
            let end = add_days(start.checked_add(3.months()).ok()?, -1);
            return m(Some(Interval { start, end, precision: Precision::Month }), Kind::Fuzzy, 1);
        }
        if matches!(prev, "en" | "de" | "annees" | "depuis" | "d" | "annee") {
            return m(year(y), Kind::Fuzzy, 1);
        }
    }
    None
}

/// Where the month or year of a part of it ("début", "mi", "fin", "courant" at word `i`)
/// is written: right after it ("fin mai", "début 2024"), after "de" ("au début de
/// juillet", "à la fin de 2023") or after "du mois de" ("fin du mois de juin", "au
/// début du mois d'octobre"). The offset from `i`; a word that is neither a month nor a year
/// there makes no date.
fn part_of_a_month(words: &Words, i: usize) -> usize {
    let w = |k: usize| words.w(i + k);
    match (w(1), w(2), w(3)) {
        ("du", "mois", "de" | "d") => 4,
        ("de" | "d", _, _) => 2,
        _ => 1,
    }
}

/// A bare month that opens the sentence as its subject ("Septembre marque le tournant.",
/// "Octobre s'ouvre sur un massacre."): the story moves to that month, and the days it
/// names next without a month ("Le 7, …") are in it. Not "Septembre dernier" (a deictic)
/// nor a month with its day or year.
fn opens_as_subject(words: &Words, i: usize) -> bool {
    let next = words.w(i + 1);
    i == 0
        && !next.is_empty()
        && !next.as_bytes()[0].is_ascii_digit()
        && !matches!(next, "dernier" | "prochain" | "de" | "et" | "ou")
}

/// Anaphora against the reference time: "la veille", "le lendemain", "le surlendemain",
/// "ce jour-là", "le même jour", "trois jours plus tard", "une semaine plus tôt", "deux
/// jours après", "au lendemain de …".
fn anaphora(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    // "au lendemain de l'accord": from the day the article gave that event, if it did;
    // "la veille du 3 mars", "au lendemain du 12": from the day it writes
    let base = |used: usize| {
        a.named
            .after(words, i + used)
            .or_else(|| day_after_du(words, i + used, a, tense))
            .unwrap_or((a.reference, 0))
    };
    let rel = |n: i64, used: usize| {
        let (base, more) = base(used);
        // "X survient deux jours après Y": X is the story's day, Y two days before it
        let back = occurs_after(words, i, used);
        let n = match (back, more) {
            (false, _) => n,
            (true, 0) => -n,
            (true, _) => 0,
        };
        Some(Match {
            value: Some(day(add_days(base, n))),
            kind: Kind::Anaphoric,
            used: used + more,
            counted_back: back,
        })
    };
    let r = a.reference;
    if compares_with_a_day(words, i) {
        return None;
    }
    match w(0) {
        "les" => days_that_followed(words, i, a),
        "veille" if matches!(words.prev(i), "la" | "l") => rel(-1, 1),
        "avant" if w(1) == "veille" => rel(-2, 2),
        "lendemain" => rel(1, if matches!(w(1), "matin" | "soir" | "midi") { 2 } else { 1 }),
        "surlendemain" => rel(2, 1),
        // "le soir même", "le jour même", "la nuit même"
        "soir" | "jour" | "nuit" | "matin"
            if w(1) == "meme" && matches!(words.prev(i), "le" | "la" | "au" | "du") =>
        {
            rel(0, 2)
        }
        "jour" if words.prev(i) == "ce" && w(1) == "la" => rel(0, 2),
        // "dans la journée", "dans la soirée": later on the day being told (a date of its
        // own after it, "dans la soirée du 3", is read by the explicit rules first)
        "journee" | "soiree" | "matinee"
            if words.prev(i) == "la"
                && words.w(i.wrapping_sub(2)) == "dans"
                && !matches!(w(1), "du" | "de") =>
        {
            rel(0, 1)
        }
        "jour" if words.prev(i) == "meme" && matches!(words.w(i.wrapping_sub(2)), "le" | "du" | "au") => {
            rel(0, 1)
        }
        "pendant" | "durant" => {
            let n = number_of(w(1)).filter(|n| *n < 60)?;
            if !matches!(w(2), "jour" | "jours") {
                return None;
            }
            let end = add_days(r, n - 1);
            m(Some(Interval { start: r, end, precision: Precision::Interval }), Kind::Range, 3)
        }
        _ => {
            let n = number_of(w(0))?;
            let unit = match w(1) {
                "jour" | "jours" => 1,
                "semaine" | "semaines" => 7,
                "mois" | "an" | "ans" | "annee" | "annees" => return months_later(words, i, a),
                _ => return None,
            };
            let sign = match (w(2), w(3)) {
                ("plus", "tard") | ("apres", _) | ("plus", "loin") => 1,
                ("plus", "tot") | ("auparavant", _) | ("avant", _) => -1,
                _ => return None,
            };
            let used = if w(2) == "plus" { 4 } else { 3 };
            if w(0) == "quelques" && unit == 1 {
                let (base, more) = base(used);
                return m(Some(a_few_days(base, sign)), Kind::Anaphoric, used + more);
            }
            rel(sign * n * unit, used)
        }
    }
}

/// A figure compared with the day before or after ("celui de la veille", "ceux
/// du lendemain", "en hausse par rapport à la veille"): the anaphor at word `i` names the
/// day of the compared figure, not a day the sentence's fact happened on.
fn compares_with_a_day(words: &Words, i: usize) -> bool {
    const PRONOUNS: &[&str] = &["celui", "celle", "ceux", "celles"];
    let back = |n: usize| if i >= n { words.w(i - n) } else { "" };
    if !matches!(words.w(i), "veille" | "lendemain" | "surlendemain") {
        return false;
    }
    let of = match back(1) {
        "du" => 2,
        "la" | "l" | "le" if back(2) == "de" => 3,
        "la" | "l" | "le" if back(2) == "a" && back(3) == "rapport" => return back(4) == "par",
        _ => return false,
    };
    PRONOUNS.contains(&back(of))
}

/// "Quelques jours plus tard" (or "après"): from three to seven days on (two days are
/// "deux jours", and a reader counts "quelques" as three at least); "quelques jours plus
/// tôt" (or "auparavant", "avant"): as many days back. A few days are no one day: the span
/// of the days it may be, which a reader's date falls in, rather than a guessed day.
fn a_few_days(base: Date, sign: i64) -> Interval {
    let (near, far) = (add_days(base, 3 * sign), add_days(base, 7 * sign));
    Interval { start: near.min(far), end: near.max(far), precision: Precision::Interval }
}

/// "Le raid survient une semaine après la chute de la ville", "le verdict intervient
/// au surlendemain du scrutin", "l'annonce tombe à la veille du sommet":
/// an occurrence verb places a fact the story has told (its subject, on the story's day)
/// against another, named after the anaphor at word `i` (of `used` words). The count
/// then runs backwards: the named fact is a week before the story's day, not after it.
/// Only "survenir" and "intervenir", and "tomber" said of news ("la décision tombe"):
/// "la ville tombe deux jours après l'assaut" tells a new fact, the fall, dated forward.
fn occurs_after(words: &Words, i: usize, used: usize) -> bool {
    const LINKS: &[&str] =
        &["au", "a", "la", "l", "exactement", "precisement", "seulement", "juste", "pile", "donc", "ainsi"];
    const NAMED: &[&str] = &[
        "de", "du", "d", "des", "le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
        "cette", "ces",
    ];
    const NEWS: &[&str] =
        &["decision", "annonce", "nouvelle", "verdict", "sanction", "sanctions", "condamnation", "reponse"];
    if !NAMED.contains(&words.w(i + used)) {
        return false;
    }
    let mut k = i;
    while k > 0 && i - k < 4 && LINKS.contains(&words.prev(k)) {
        k -= 1;
    }
    let Some(v) = k.checked_sub(1) else { return false };
    let verb = words.w(v);
    let occurs = ["survien", "intervien", "survenu", "intervenu"].iter().any(|p| verb.starts_with(p));
    let subject = |j: usize| j > 0 && NEWS.contains(&words.w(j - 1));
    let news_falls = matches!(verb, "tombe" | "tombent") && subject(v)
        || verb.starts_with("tombe") && matches!(words.prev(v), "est" | "sont") && subject(v - 1);
    occurs || news_falls
}

/// "Les deux jours suivants", "les jours suivants", "dans les jours qui suivent" (or "qui
/// suivirent", "qui ont suivi"), at word `i` ("les"): the days right after the reference
/// time, as many as written, else a week at most.
fn days_that_followed(words: &Words, i: usize, a: &Anchors) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    // after a whole month ("Tout s'envenime en décembre. Dans les jours suivants, …") the
    // story has no day to count from
    if a.period.is_some() {
        return None;
    }
    let r = a.reference;
    let (n, k) = match number_of(w(1)).filter(|n| *n < 8 && w(1) != "quelques") {
        Some(n) => (n, 2),
        None => (7, 1),
    };
    if w(k) != "jours" {
        return None;
    }
    let used = match (w(k + 1), w(k + 2), w(k + 3)) {
        ("suivants", _, _) => k + 2,
        ("qui", x, _) if x.starts_with("suivi") || x.starts_with("suiv") => k + 3,
        ("qui", "ont" | "avaient", x) if x.starts_with("suivi") => k + 4,
        _ => return None,
    };
    let span = Interval { start: add_days(r, 1), end: add_days(r, n), precision: Precision::Interval };
    m(Some(span), Kind::Anaphoric, used)
}

/// A day written after "du" at word `k` ("du 3 mars", "du 12"), which "la veille", "le
/// lendemain" or a part of a day before it count from: the day and the words it used.
fn day_after_du(words: &Words, k: usize, a: &Anchors, tense: Tense) -> Option<(Date, usize)> {
    if words.w(k) != "du" {
        return None;
    }
    let d = day_of(words.w(k + 1)).filter(|_| words.w(k + 1).len() <= 3)?;
    if let Some(mo) = month_of(words.w(k + 2)) {
        let (date, used) = with_year(words, k + 3, a, mo, d, tense);
        return Some((date?, 3 + used));
    }
    if NOT_AFTER_DAY.contains(&words.w(k + 2)) {
        return None;
    }
    Some((partial_day(a, d, None, tense)?, 2))
}

/// "Un mois plus tard", "deux ans plus tôt", "six mois auparavant": the same day that many
/// months or years from the reference time. Only with "plus tard", "plus tôt" or
/// "auparavant": "un an après" mostly names an anniversary of an event it names ("un an
/// après la guerre"), and "quelques mois" is too vague for a day.
fn months_later(words: &Words, i: usize, a: &Anchors) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    let n = number_of(w(0)).filter(|_| w(0) != "quelques")?;
    let per = if w(1) == "mois" { 1 } else { 12 };
    let (sign, used) = match (w(2), w(3)) {
        ("plus", "tard") => (1, 4),
        ("plus", "tot") => (-1, 4),
        ("auparavant", _) => (-1, 3),
        _ => return None,
    };
    let d = a.reference.checked_add((sign * n * per).months()).ok()?;
    m(Some(day(d)), Kind::Anaphoric, used)
}

/// Deictics against the publication day: "hier", "avant-hier", "aujourd'hui", "demain",
/// "ce matin", "il y a trois jours", "la semaine dernière", "le week-end dernier", "le
/// mois dernier", "l'an dernier", "cette année".
fn deictic(words: &Words, i: usize, a: &Anchors, tense: Tense) -> Option<Match> {
    let w = |k: usize| words.w(i + k);
    let p = a.published;
    let dk = a.day_known;
    let rel = |n: i64, used: usize| m(dk.then(|| day(add_days(p, n))), Kind::Deictic, used);
    let monday = monday_of(p);
    let tod = |k: usize| if matches!(w(k), "matin" | "soir" | "midi") { 1 } else { 0 };
    match w(0) {
        "hier" => rel(-1, 1 + tod(1)),
        "avant" if w(1) == "hier" => rel(-2, 2),
        "aujourd" if w(1) == "hui" => rel(0, 2),
        "demain" => rel(1, 1 + tod(1)),
        "apres" if w(1) == "demain" => rel(2, 2),
        "ce" | "cet" if matches!(w(1), "matin" | "soir" | "midi" | "apres") => rel(0, 2),
        "semaine" if matches!(w(1), "derniere" | "passee") => {
            m(dk.then(|| week(add_days(monday, -7))), Kind::Deictic, 2)
        }
        "semaine" if w(1) == "prochaine" => m(dk.then(|| week(add_days(monday, 7))), Kind::Deictic, 2),
        "cette" if w(1) == "semaine" => m(dk.then(|| week(monday)), Kind::Deictic, 2),
        "debut" if w(1) == "de" && w(2) == "semaine" => m(
            dk.then(|| Interval { start: monday, end: add_days(monday, 2), precision: Precision::Week }),
            Kind::Deictic,
            3,
        ),
        "fin" if w(1) == "de" && w(2) == "semaine" && words.prev(i) != "la" => m(
            dk.then(|| Interval {
                start: add_days(monday, 3),
                end: add_days(monday, 6),
                precision: Precision::Week,
            }),
            Kind::Deictic,
            3,
        ),
        "week" if w(1) == "end" => {
            let last_sunday = weekday_back(p, Weekday::Sunday, true);
            let used = if matches!(w(2), "dernier" | "passe") { 3 } else { 2 };
            let sunday = if used == 3
                || tense.is_past() && !matches!(p.weekday(), Weekday::Saturday | Weekday::Sunday)
            {
                last_sunday
            } else {
                weekday_forward(p, Weekday::Sunday, false)
            };
            m(
                dk.then(|| Interval {
                    start: add_days(sunday, -1),
                    end: sunday,
                    precision: Precision::Interval,
                }),
                Kind::Deictic,
                used,
            )
        }
        "mois" if matches!(w(1), "dernier" | "passe") => {
            m(Some(month(add_days(p.first_of_month(), -1))), Kind::Deictic, 2)
        }
        "mois" if w(1) == "prochain" => m(p.last_of_month().tomorrow().ok().map(month), Kind::Deictic, 2),
        "an" | "annee" if matches!(w(1), "dernier" | "derniere" | "passee") => {
            m(year(p.year() - 1), Kind::Deictic, 2)
        }
        "cette" if w(1) == "annee" => m(year(p.year()), Kind::Deictic, 2),
        "il" if w(1) == "y" && w(2) == "a" => ago(words, i, a),
        // "depuis trois jours": the onset of a state, counted from publication
        _ if words.prev(i) == "depuis" && matches!(w(1), "jour" | "jours") => {
            let n = number_of(w(0)).filter(|n| *n < 400)?;
            rel(-n, 2)
        }
        // not "au début du mois de ramadan": a named month of another calendar, or a month
        // name the fuzzy rule read ("vers la fin du mois de juin")
        "fin" | "debut" | "mi"
            if matches!(w(1), "du" | "de")
                && matches!(w(2), "mois" | "semaine")
                && !matches!(w(3), "de" | "d") =>
        {
            let first = if w(2) == "mois" { p.first_of_month() } else { monday };
            let last = if w(2) == "mois" { p.last_of_month() } else { add_days(monday, 6) };
            let (s, e) = match w(0) {
                "fin" if w(2) == "mois" => (add_days(first, 20), last),
                "fin" => (add_days(first, 3), last),
                "debut" if w(2) == "mois" => (first, add_days(first, 9)),
                "debut" => (first, add_days(first, 2)),
                _ => (add_days(first, 10), add_days(first, 19)),
            };
            let precision = if w(2) == "mois" { Precision::Month } else { Precision::Week };
            m(Some(Interval { start: s, end: e, precision }), Kind::Deictic, 3)
        }
        _ => None,
    }
}

/// "il y a trois jours", "il y a deux semaines", "il y a un mois", "il y a un an".
fn ago(words: &Words, i: usize, a: &Anchors) -> Option<Match> {
    let n = number_of(words.w(i + 3))?;
    let p = a.published;
    let v = match words.w(i + 4) {
        "jours" | "jour" if n < 400 => a.day_known.then(|| day(add_days(p, -n))),
        "semaines" | "semaine" if n < 60 => a.day_known.then(|| day(add_days(p, -7 * n))),
        "mois" if n < 24 => p.checked_sub((n as i32).months()).ok().map(month),
        "an" | "ans" if n < 30 => p.checked_sub((n as i32).years()).ok().map(day),
        _ => return None,
    };
    m(v, Kind::Deictic, 5)
}
