//! Which report heads an event's card.
//!
//! A card shows one quote in full, and readers judge the event by it. The chronologically
//! first report is often a poor one: "Des dizaines de personnes auraient également été
//! tuées." says neither who nor where, while another source of the same event names the
//! place, the parties and the toll. So the headline is the report that says the most about
//! the event, by plain cues a reader would use:
//! - it names the event's place or its actors (each distinct name counts);
//! - it gives a figure (digits or a number word);
//! - it stands on its own (it does not open on a pronoun that points back to an earlier
//!   sentence);
//! - it is a readable length.
//!
//! Ties go to the earliest report, so the choice is stable.
use chronocarte_model::fold::{fold, words};

/// Number words that make a count ("des dizaines", "trois soldats").
const NUMBER_WORDS: [&str; 17] = [
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "vingt",
    "cent",
    "mille",
    "dizaine",
    "dizaines",
    "centaine",
    "centaines",
    "milliers",
];

/// First words that point back to an earlier sentence.
const BACK_REFERENCES: [&str; 11] =
    ["il", "elle", "ils", "elles", "cela", "ceci", "ces", "celui", "celle", "ceux", "on"];

/// How much a quote says about an event whose place and actors are `names` (folded).
pub(super) fn score(quote: &str, names: &[String]) -> i32 {
    let folded = fold(quote);
    let mut s = 2 * names.iter().filter(|n| !n.is_empty() && folded.contains(n.as_str())).count() as i32;
    let mut ws = words(&folded);
    let first = ws.next().unwrap_or("");
    let has_number =
        quote.chars().any(|c| c.is_ascii_digit()) || words(&folded).any(|w| NUMBER_WORDS.contains(&w));
    if has_number {
        s += 2;
    }
    if BACK_REFERENCES.contains(&first) {
        s -= 2;
    }
    let len = quote.chars().count();
    if !(40..=400).contains(&len) {
        s -= 1;
    }
    s
}

/// The index of the headline among `quotes` (in source order); 0 when there is none.
pub(super) fn pick(quotes: &[&str], names: &[String]) -> usize {
    let mut best = (i32::MIN, 0);
    for (i, q) in quotes.iter().enumerate() {
        let s = score(q, names);
        if s > best.0 {
            best = (s, i);
        }
    }
    best.1
}

/// Folded names an event's reports may use: each part of the place's display name
/// ("Stepanakert / Khankendi"), and each actor's name.
pub(super) fn names<'a>(place: Option<&'a str>, actors: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for n in place.into_iter().flat_map(|p| p.split(" / ")).chain(actors) {
        let n = fold(n.split(" (").next().unwrap_or(n).trim());
        if n.chars().count() >= 3 && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(place: &str, actors: &[&str]) -> Vec<String> {
        names(Some(place), actors.iter().copied())
    }

    #[test]
    fn the_report_that_says_who_where_and_how_many_heads_the_card() {
        let n = names_of("Lachine / Lachin", &["Arménie", "Azerbaïdjan"]);
        let quotes = [
            "Des dizaines de personnes auraient également été tuées.",
            "Selon Erevan, des tirs azerbaïdjanais ont tué trois civils près de Lachine mardi.",
        ];
        assert_eq!(pick(&quotes, &n), 1);
    }

    #[test]
    fn a_sentence_that_points_back_loses_to_one_that_stands_alone() {
        let n = names_of("Goris", &["Arménie"]);
        let quotes = [
            "Il a ajouté que les tirs avaient repris près de Goris dans la soirée.",
            "L'Arménie a signalé une reprise des tirs près de Goris dans la soirée.",
        ];
        assert_eq!(pick(&quotes, &n), 1);
    }

    #[test]
    fn ties_keep_the_earliest_report() {
        let n = names_of("Goris", &[]);
        let quotes = [
            "Des tirs ont été entendus près de Goris ce matin-là.",
            "Des tirs ont été signalés près de Goris le même jour.",
        ];
        assert_eq!(pick(&quotes, &n), 0);
        assert_eq!(pick(&[], &n), 0);
    }

    #[test]
    fn a_date_is_not_a_count_unless_it_has_digits() {
        // Near miss: "septembre" is not the number word "sept".
        let n: Vec<String> = vec![];
        assert_eq!(score("Les combats ont repris en septembre, sans bilan connu à ce stade.", &n), 0);
        assert_eq!(score("Les combats ont fait sept morts, sans bilan officiel à ce stade.", &n), 2);
    }

    #[test]
    fn names_split_the_neutral_display_name_and_drop_notes() {
        assert_eq!(
            names(Some("aéroport de Stepanakert (Khodjaly)"), ["Russie"].into_iter()),
            vec!["aeroport de stepanakert".to_owned(), "russie".to_owned()]
        );
        assert_eq!(
            names(Some("Stepanakert / Khankendi"), std::iter::empty()),
            vec!["stepanakert", "khankendi"]
        );
    }
}
