//! Events the article has named and dated, for the anaphors that point back at them by
//! name: "au lendemain de l'accord", "la veille de l'offensive", "deux jours après la chute
//! de la ville", "deux jours après son entrée en vigueur". Such an anaphor counts from the
//! day the article gave that event, which is often not the story's current reference time
//! (the article has moved on, or comes back to it in another paragraph).
//!
//! Only a few head nouns of decisions, effective dates and military events are kept, each
//! with the last day-precise date given for it: the map is a fixed array, copied with the
//! anchors, and filled from the sentences that name a time only.

use jiff::civil::Date;

use super::expr::Words;
use super::{Kind, TimeHit};
use crate::wordgate::WordGate;

/// The head nouns kept, in the folded form of their first word (singular: a plural is
/// read as its singular, "les frappes", "les élections"): agreements and their effect,
/// military events, votes and their results, meetings and ceremonies a reporter counts
/// days from ("deux jours après le référendum", "au lendemain de l'attentat", "la veille
/// du sommet").
const HEADS: &[&str] = &[
    "accord",
    "cessez",
    "treve",
    "chute",
    "prise",
    "reprise",
    "offensive",
    "attaque",
    "assaut",
    "incursion",
    "invasion",
    "attentat",
    "massacre",
    "bombardement",
    "raid",
    "frappe",
    "putsch",
    "enlevement",
    "assassinat",
    "explosion",
    "referendum",
    "scrutin",
    "election",
    "presidentielle",
    "vote",
    "sommet",
    "investiture",
    "signature",
    "vigueur",
];

/// The index of "entrée en vigueur" in [`HEADS`].
const VIGUEUR: usize = HEADS.len() - 1;

/// Words that may stand between "de" and the head noun: "de l'accord", "de son entrée en
/// vigueur", "de cette offensive".
const DETERMINERS: &[&str] = &["l", "la", "le", "les", "son", "sa", "cette", "cet", "ce", "leur"];

/// The last date the article gave each head noun of [`HEADS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NamedEvents([Option<Date>; HEADS.len()]);

/// The index in [`HEADS`] of the head noun at word `k` ("entrée en vigueur" is read at its
/// first word or its last; a bare "entrée" names no event).
fn head(words: &Words, k: usize) -> Option<usize> {
    let w = words.w(k);
    if w == "entree" && words.w(k + 1) == "en" && words.w(k + 2) == "vigueur" {
        return Some(VIGUEUR);
    }
    let singular = w.strip_suffix('s').unwrap_or(w);
    // Most words have no head noun of their first byte and length (nor one byte shorter):
    // the gate lets them go before the list is scanned (`head` is asked of every word of a
    // dated sentence).
    if !HEAD_GATE.may_hold(w) && !HEAD_GATE.may_hold(singular) {
        return None;
    }
    HEADS.iter().position(|h| *h == w || *h == singular)
}

/// The first bytes and lengths of [`HEADS`].
const HEAD_GATE: WordGate = WordGate::of(&[HEADS]);

impl NamedEvents {
    /// The date of the event named from word `k` on ("de l'accord", "du cessez-le-feu",
    /// "de son entrée en vigueur", "[après] la chute"), if the article dated it, with the
    /// number of words used from `k` on.
    pub(super) fn after(&self, words: &Words, k: usize) -> Option<(Date, usize)> {
        // "deux jours après la chute": a determiner straight after "après" or "avant"
        let bare = k > 0 && matches!(words.w(k - 1), "apres" | "avant");
        // "le même jour que la chute de la ville": the day of that event
        let same_day = k > 1 && words.w(k - 1) == "jour" && words.w(k - 2) == "meme";
        let mut n = match words.w(k) {
            "de" | "d" | "du" => 1,
            "que" | "qu" if same_day => 1,
            w if bare && DETERMINERS.contains(&w) => 0,
            _ => return None,
        };
        if words.w(k) != "du" {
            while n < 3 && DETERMINERS.contains(&words.w(k + n)) {
                n += 1;
            }
        }
        let h = head(words, k + n)?;
        let used = if words.w(k + n) == "entree" { n + 3 } else { n + 1 };
        Some((self.0[h]?, used))
    }

    /// Keep the dates a sentence gives its named events: each head noun takes the day of
    /// the nearest day-precise hit of the sentence. A head inside an anaphor that points
    /// back at it ("au lendemain de l'accord") is not given a new date; an effective date
    /// ("entre en vigueur", "s'applique à compter du") is the date of the entry into force
    /// only, not of the agreement the sentence also names.
    pub(super) fn record(&mut self, t: &str, ws: &[(usize, usize)], hits: &[TimeHit]) {
        // the day-precise hits that may date a named event, with where they start
        let days = || {
            hits.iter()
                .filter(|h| h.kind != Kind::Anaphoric || !names_after(t, h.end))
                .filter_map(|h| Some((h.start, h.value.filter(|v| v.precision.is_daily())?.start)))
        };
        if days().next().is_none() {
            return;
        }
        let words = Words { t, ws };
        let in_force = t.contains("en vigueur") || t.contains("appliquer a compter");
        for (k, &(at, _)) in ws.iter().enumerate() {
            let h = head(&words, k).or_else(|| (words.w(k) == "appliquer").then_some(VIGUEUR));
            let Some(h) = h.filter(|h| !in_force || *h == VIGUEUR) else { continue };
            if hits.iter().any(|x| x.start <= at && at < x.end) || counted_from(&words, k) {
                continue;
            }
            self.0[h] = days().min_by_key(|(s, _)| s.abs_diff(at)).map(|(_, d)| d);
        }
    }
}

/// Is the head noun at word `k` the bound of a span ("sa première attaque depuis la
/// trêve", "deux jours avant l'offensive", "après l'accord")? Its event is before or
/// after the day the sentence tells, not on it.
fn counted_from(words: &Words, k: usize) -> bool {
    let mut j = k;
    while j > 0 && DETERMINERS.contains(&words.w(j - 1)) {
        j -= 1;
    }
    j > 0 && matches!(words.w(j - 1), "depuis" | "avant" | "apres")
}

/// Does an anaphor ending at byte `end` name its event ("au lendemain de l'accord")? Such
/// an anaphor's date is no new date for the nouns after it.
fn names_after(t: &str, end: usize) -> bool {
    let rest = t.get(end..).unwrap_or("").trim_start();
    rest.starts_with("de ") || rest.starts_with("du ") || rest.starts_with("d'")
}
