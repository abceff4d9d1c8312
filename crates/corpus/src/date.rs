//! Temporal expressions → resolved dates, against the article's publication date.
//!
//! Grammar (on folded text, one linear pass over words):
//! - weekdays, optionally with a day and month ("vendredi 22 septembre"): a bare weekday
//!   follows the tense of the nearest verb — past or present: the latest such day on or
//!   before publication; future: the next one; a scheduling verb with a meeting noun ("a
//!   prévu jeudi une réunion"): the nearest one;
//! - explicit dates "le 13 septembre", "13 septembre 2023", "le 13 septembre de cette
//!   année": the year is written, or the publication year (the previous one when the date
//!   would be well after publication in a past-tense sentence);
//! - months "en août", "août 2021", "en mai et avril" (month precision);
//! - years "en 2020", "l'automne 2020" (year precision);
//! - deictics "hier", "aujourd'hui", "demain", "il y a trois jours";
//! - weeks "la semaine dernière", "cette semaine", "en début de semaine" (week precision).
//!
//! Every hit keeps its byte range so the event can show the words it came from.
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use crate::export::Precision;
use crate::fold::words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    pub start: Date,
    pub end: Option<Date>,
    pub precision: Precision,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateHit {
    /// Byte range in the folded sentence.
    pub start: usize,
    pub end: usize,
    /// `None` when the expression could not be resolved (e.g. a weekday against a
    /// month-only publication date).
    pub value: Option<DateValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// A scheduling verb with a meeting noun: the date is that of the meeting.
    Scheduled,
}

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
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
];
const SEASONS: &[(&str, i8)] = &[("printemps", 3), ("ete", 6), ("automne", 9), ("hiver", 12)];
const NUMBERS: &[(&str, i64)] = &[
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8),
    ("neuf", 9), ("dix", 10), ("quelques", 3),
];

fn month_of(w: &str) -> Option<i8> {
    MONTHS.iter().position(|m| *m == w).map(|i| i as i8 + 1)
}

fn weekday_of(w: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

fn year_of(w: &str) -> Option<i16> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i16 = w.parse().ok()?;
        if (1900..=2100).contains(&y) {
            return Some(y);
        }
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

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(d)
}

fn monday_of(d: Date) -> Date {
    add_days(d, -(d.weekday().to_monday_zero_offset() as i64))
}

/// Resolve a bare weekday against `anchor`.
pub fn resolve_weekday(anchor: Date, wd: Weekday, tense: Tense) -> Date {
    let back = (anchor.weekday().to_monday_zero_offset() as i64 - wd.to_monday_zero_offset() as i64).rem_euclid(7);
    let fwd = (wd.to_monday_zero_offset() as i64 - anchor.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
    match tense {
        Tense::Past | Tense::Present => add_days(anchor, -back),
        Tense::Future => add_days(anchor, if fwd == 0 { 7 } else { fwd }),
        Tense::Scheduled => {
            if fwd < back {
                add_days(anchor, fwd)
            } else {
                add_days(anchor, -back)
            }
        }
    }
}

fn day_value(d: Date) -> DateValue {
    DateValue { start: d, end: None, precision: Precision::Day }
}

/// Year for a day and month written without one.
fn infer_year(anchor: Date, month: i8, day: i8, tense: Tense) -> Option<Date> {
    let y = anchor.year();
    let d = Date::new(y, month, day).ok()?;
    if tense != Tense::Future && d > add_days(anchor, 31) {
        return Date::new(y - 1, month, day).ok();
    }
    if tense == Tense::Future && d < add_days(anchor, -31) {
        return Date::new(y + 1, month, day).ok();
    }
    Some(d)
}

/// Find and resolve the temporal expressions of a sentence.
///
/// `t` is the folded sentence, `lower` the same sentence lower-cased but not folded (for
/// tense), `anchor` the publication date and `day_known` whether its day is known.
pub fn find(t: &str, lower: &str, anchor: Date, day_known: bool) -> Vec<DateHit> {
    let ws = words(t);
    let tenses = TenseMap::new(lower);
    let mut out = Vec::new();
    find_in(t, &ws, &tenses, anchor, day_known, &mut out);
    out
}

/// [`find`] with the sentence's words (`crate::fold::words` of `t`) and tense map already
/// computed, into a reused buffer (cleared first).
pub fn find_in(t: &str, ws: &[(usize, usize)], tenses: &TenseMap, anchor: Date, day_known: bool, out: &mut Vec<DateHit>) {
    out.clear();
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let mut i = 0;
    while i < ws.len() {
        let cur = w(i);
        let start = ws[i].0;
        let mut consumed = 0usize;
        let mut value: Option<Option<DateValue>> = None;
        if let Some(wd) = weekday_of(cur) {
            // weekday + day + month (+ year)
            if let (Some(d), Some(m)) = (day_of(w(i + 1)), month_of(w(i + 2))) {
                let (date, used) = explicit(anchor, d, m, ws, t, i + 3, tenses.at(start, t));
                consumed = 3 + used;
                value = Some(date.map(day_value));
            } else {
                consumed = 1;
                let mut tense = tenses.at(start, t);
                if w(i + 1) == "prochain" {
                    tense = Tense::Future;
                    consumed = 2;
                } else if w(i + 1) == "dernier" {
                    tense = Tense::Past;
                    consumed = 2;
                }
                if matches!(w(i + consumed), "matin" | "soir" | "midi" | "apres" | "nuit") {
                    consumed += if w(i + consumed) == "apres" { 2 } else { 1 };
                }
                value = Some(day_known.then(|| day_value(resolve_weekday(anchor, wd, tense))));
            }
        } else if let (Some(d), Some(m)) = (day_of(cur), month_of(w(i + 1))) {
            let (date, used) = explicit(anchor, d, m, ws, t, i + 2, tenses.at(start, t));
            consumed = 2 + used;
            value = Some(date.map(day_value));
        } else if let Some(m) = month_of(cur) {
            let prev = if i > 0 { w(i - 1) } else { "" };
            if let Some(y) = year_of(w(i + 1)) {
                consumed = 2;
                value = Some(Date::new(y, m, 1).ok().map(|d| month_value(d)));
            } else if matches!(prev, "en" | "d" | "mi" | "debut" | "fin" | "courant" | "depuis") && cur != "mai" || matches!(prev, "en" | "debut" | "fin" | "mi") {
                consumed = 1;
                let tense = tenses.at(start, t);
                let mut y = anchor.year();
                if tense != Tense::Future && m > anchor.month() {
                    y -= 1;
                }
                value = Some(Date::new(y, m, 1).ok().map(month_value));
            }
        } else if let Some(y) = year_of(cur) {
            let prev = if i > 0 { w(i - 1) } else { "" };
            if let Some(&(_, m)) = SEASONS.iter().find(|(s, _)| *s == prev) {
                consumed = 1;
                value = Some(Date::new(y, m, 1).ok().map(|d| DateValue { start: d, end: None, precision: Precision::Month }));
            } else if matches!(prev, "en" | "de" | "annees" | "depuis" | "d") {
                consumed = 1;
                value = Some(Date::new(y, 1, 1).ok().map(|d| DateValue { start: d, end: None, precision: Precision::Year }));
            }
        } else {
            let (v, used) = deictic(ws, t, i, anchor, day_known);
            if used > 0 {
                consumed = used;
                value = Some(v);
            }
        }
        if consumed > 0 {
            let end = ws[(i + consumed - 1).min(ws.len() - 1)].1;
            // include a leading "le" / "en" in the expression for display
            let s = if i > 0 && matches!(w(i - 1), "le" | "en" | "la" | "l" | "d" | "depuis") { ws[i - 1].0 } else { start };
            out.push(DateHit { start: s, end, value: value.flatten() });
            i += consumed;
        } else {
            i += 1;
        }
    }
}

fn month_value(d: Date) -> DateValue {
    DateValue { start: d, end: Some(d.last_of_month()), precision: Precision::Month }
}

/// Day + month, then an optional year: `2023`, `de cette année`, `dernier`.
fn explicit(anchor: Date, d: i8, m: i8, ws: &[(usize, usize)], t: &str, k: usize, tense: Tense) -> (Option<Date>, usize) {
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    if let Some(y) = year_of(w(k)) {
        return (Date::new(y, m, d).ok(), 1);
    }
    if w(k) == "de" && w(k + 1) == "cette" && w(k + 2) == "annee" {
        return (Date::new(anchor.year(), m, d).ok(), 3);
    }
    if w(k) == "de" && w(k + 1) == "l" && w(k + 2) == "annee" && w(k + 3) == "derniere" {
        return (Date::new(anchor.year() - 1, m, d).ok(), 4);
    }
    if w(k) == "dernier" {
        return (infer_year(anchor, m, d, Tense::Past), 1);
    }
    (infer_year(anchor, m, d, tense), 0)
}

/// Deictic expressions at word `i`: returns the value and the number of words used.
fn deictic(ws: &[(usize, usize)], t: &str, i: usize, anchor: Date, day_known: bool) -> (Option<DateValue>, usize) {
    let w = |k: usize| -> &str { ws.get(k).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let day = |n: i64| day_known.then(|| day_value(add_days(anchor, n)));
    let week = |monday: Date, days: i64| DateValue { start: monday, end: Some(add_days(monday, days)), precision: Precision::Week };
    let monday = monday_of(anchor);
    match w(i) {
        "hier" => (day(-1), 1),
        "avant" if w(i + 1) == "hier" => (day(-2), 2),
        "aujourd" if w(i + 1) == "hui" => (day(0), 2),
        "demain" => (day(1), 1),
        "apres" if w(i + 1) == "demain" => (day(2), 2),
        "ce" | "cet" | "cette" if matches!(w(i + 1), "matin" | "soir" | "nuit" | "apres") => (day(0), 2),
        "semaine" if matches!(w(i + 1), "derniere" | "passee") => (day_known.then(|| week(add_days(monday, -7), 6)), 2),
        "semaine" if w(i + 1) == "prochaine" => (day_known.then(|| week(add_days(monday, 7), 6)), 2),
        "cette" if w(i + 1) == "semaine" => (day_known.then(|| week(monday, 6)), 2),
        "debut" if w(i + 1) == "de" && w(i + 2) == "semaine" => (day_known.then(|| week(monday, 2)), 3),
        "fin" if w(i + 1) == "de" && w(i + 2) == "semaine" && w(i.wrapping_sub(1)) != "la" => {
            (day_known.then(|| week(add_days(monday, 3), 3)), 3)
        }
        "mois" if w(i + 1) == "dernier" => {
            let d = anchor.first_of_month();
            let prev = add_days(d, -1).first_of_month();
            (Some(month_value(prev)), 2)
        }
        "an" | "annee" if matches!(w(i + 1), "dernier" | "derniere" | "passee") => {
            (Date::new(anchor.year() - 1, 1, 1).ok().map(|d| DateValue { start: d, end: None, precision: Precision::Year }), 2)
        }
        "il" if w(i + 1) == "y" && w(i + 2) == "a" => {
            let n = w(i + 3).parse::<i64>().ok().or_else(|| NUMBERS.iter().find(|(s, _)| *s == w(i + 3)).map(|(_, n)| *n));
            match (n, w(i + 4)) {
                (Some(n), "jours" | "jour") if n < 400 => (day(-n), 5),
                (Some(n), "semaines" | "semaine") if n < 60 => {
                    (day_known.then(|| week(monday_of(add_days(anchor, -7 * n)), 6)), 5)
                }
                _ => (None, 0),
            }
        }
        _ => (None, 0),
    }
}

/// Where the verbs of a sentence are, and their tense (on the lower-cased, unfolded
/// sentence: "à" must not be mistaken for the auxiliary "a").
pub struct TenseMap {
    /// (byte offset in the lower-cased sentence, tense)
    marks: Vec<(usize, Tense)>,
    len: usize,
    scheduled: bool,
}

const FUTURE: &[&str] = &[
    "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "tiendra", "tiendront", "prochain", "prochaine",
    "prochains", "prochaines", "va", "vont", "devra", "devront", "pourra", "pourront", "viendra", "viendront",
];
const AUX: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "eut", "eurent", "fut", "furent", "ai", "avons", "avez"];
const SCHEDULE_VERBS: &[&str] = &["prévu", "prévue", "prévus", "programmé", "programmée", "convoqué", "convoquée", "confirmé", "annoncé", "fixé", "fixée"];
const MEETING_NOUNS: &[&str] = &["réunion", "négociations", "pourparlers", "sommet", "rencontre", "discussions", "entretien", "vote", "visite", "séance"];

fn is_participle(w: &str) -> bool {
    ["é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "it", "ert", "int", "aint", "eint"]
        .iter()
        .any(|s| w.ends_with(s))
        && w.chars().count() > 2
}

impl TenseMap {
    /// The tense map of a lower-cased (not folded) sentence.
    pub fn new(lower: &str) -> Self {
        let ws = words(lower);
        let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &lower[s..e]).unwrap_or("") };
        let mut marks = Vec::new();
        let mut sched_verb = false;
        let mut meeting = false;
        for i in 0..ws.len() {
            let cur = w(i);
            if SCHEDULE_VERBS.contains(&cur) {
                sched_verb = true;
            }
            if MEETING_NOUNS.contains(&cur) {
                meeting = true;
            }
            if FUTURE.contains(&cur) || (cur.len() >= 6 && cur.ends_with("ront")) || (cur.len() >= 5 && ["era", "ira", "dra", "ura"].iter().any(|x| cur.ends_with(x))) {
                marks.push((ws[i].0, Tense::Future));
            } else if AUX.contains(&cur) {
                let next = if matches!(w(i + 1), "pas" | "déjà" | "également" | "aussi" | "ensuite" | "notamment" | "été" | "bien" | "encore") {
                    w(i + 2)
                } else {
                    w(i + 1)
                };
                if is_participle(next) || next == "été" || next == "eu" {
                    marks.push((ws[i].0, Tense::Past));
                }
            } else if cur.chars().count() > 5 && (cur.ends_with("ait") || cur.ends_with("aient")) {
                marks.push((ws[i].0, Tense::Past));
            }
        }
        TenseMap { marks, len: lower.len(), scheduled: sched_verb && meeting }
    }

    /// Tense of the verb nearest to byte `pos` of the folded text (positions are scaled:
    /// folding changes lengths only slightly).
    fn at(&self, pos: usize, folded: &str) -> Tense {
        if self.scheduled {
            return Tense::Scheduled;
        }
        let p = if folded.is_empty() { 0 } else { pos * self.len / folded.len().max(1) };
        self.marks
            .iter()
            .min_by_key(|(m, _)| m.abs_diff(p))
            .map(|(_, t)| *t)
            .unwrap_or(Tense::Present)
    }
}

/// The sentence's overall tense: past if any verb is past, else future if any is.
pub fn sentence_tense(lower: &str) -> Tense {
    TenseMap::new(lower).overall()
}

impl TenseMap {
    /// The sentence's overall tense (see [`sentence_tense`]).
    pub fn overall(&self) -> Tense {
        if self.marks.iter().any(|(_, t)| *t == Tense::Past) {
            Tense::Past
        } else if self.marks.iter().any(|(_, t)| *t == Tense::Future) {
            Tense::Future
        } else {
            Tense::Present
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn resolve(s: &str, anchor: &str) -> Vec<(String, String, Precision)> {
        let f = fold(s);
        find(&f, &s.to_lowercase(), d(anchor), true)
            .into_iter()
            .filter_map(|h| h.value.map(|v| (f[h.start..h.end].to_string(), v.start.to_string(), v.precision)))
            .collect()
    }

    #[test]
    fn weekdays_follow_tense() {
        // 2024-03-07 is a Thursday
        assert_eq!(resolve("Les soldats ont quitté la ville lundi.", "2024-03-07")[0].1, "2024-03-04");
        assert_eq!(resolve("Le convoi partira lundi vers le nord.", "2024-03-07")[0].1, "2024-03-11");
        assert_eq!(resolve("Jeudi, les ministres se sont parlé.", "2024-03-07")[0].1, "2024-03-07");
        assert_eq!(resolve("Le gouvernement a prévu samedi une réunion des partis.", "2024-03-07")[0].1, "2024-03-09");
    }

    #[test]
    fn explicit_dates_take_their_year_from_context() {
        assert_eq!(resolve("Les combats ont repris le 2 mars de cette année.", "2024-03-07")[0].1, "2024-03-02");
        assert_eq!(resolve("Un accord avait été signé le 28 décembre.", "2024-03-07")[0].1, "2023-12-28");
        assert_eq!(resolve("La trêve du samedi 2 mars 2024 a tenu.", "2024-03-07")[0].1, "2024-03-02");
        assert_eq!(resolve("Le 1er avril prochain, ils voteront.", "2024-03-07")[0].1, "2024-04-01");
    }

    #[test]
    fn coarse_precisions() {
        let r = resolve("La semaine dernière, des obus sont tombés.", "2024-03-07");
        assert_eq!((r[0].1.as_str(), r[0].2), ("2024-02-26", Precision::Week));
        let r = resolve("En novembre, le pont avait été détruit.", "2024-03-07");
        assert_eq!((r[0].1.as_str(), r[0].2), ("2023-11-01", Precision::Month));
        let r = resolve("La guerre de 1994 a laissé des traces.", "2024-03-07");
        assert_eq!((r[0].1.as_str(), r[0].2), ("1994-01-01", Precision::Year));
        let r = resolve("Des blindés ont été vus en début de semaine.", "2024-03-07");
        assert_eq!((r[0].1.as_str(), r[0].2), ("2024-03-04", Precision::Week));
        assert_eq!(resolve("Il est rentré hier soir.", "2024-03-07")[0].1, "2024-03-06");
        assert_eq!(resolve("Il y a trois jours, un drone a frappé.", "2024-03-07")[0].1, "2024-03-04");
    }
}
