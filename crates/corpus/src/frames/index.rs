//! Matching tens of thousands of generated forms in one pass.
//!
//! Why not one automaton over every form: a frame's forms multiply (each verb form × each
//! determiner × each reflexive pronoun), and an Aho-Corasick automaton over ~50,000
//! phrases is too big for a DFA and slow as an NFA. Almost all of those phrases share a
//! few thousand *head* words (the first word that is not a function word: "emparés" in
//! "se sont emparés", "rendu" in "rendu leurs armes"). So the automaton holds the heads
//! only, and each head lists the words that must stand before it (prefix) and after it
//! (suffix); those are checked by plain string comparison where a head is found.
use std::collections::HashMap;

use crate::fold::{is_word_byte, words};
use crate::matcher::{leftmost_longest, PhraseMatcher};

/// Words that never head a form: pronouns, auxiliaries, determiners, prepositions.
const FUNCTION: &[&str] = &[
    "se", "s", "y", "en", "est", "sont", "etait", "etaient", "etre", "serait", "seraient", "soit", "soient",
    "a", "ont", "avait", "avaient", "ete", "l", "d", "de", "du", "des", "le", "la", "les", "un", "une", "au",
    "aux", "par", "pas", "ne", "n",
];

#[derive(Debug)]
struct Form<T> {
    prefix: String,
    suffix: String,
    value: T,
}

/// An index of folded phrases by their head word.
#[derive(Debug)]
pub(crate) struct FormIndex<T> {
    heads: PhraseMatcher<Vec<Form<T>>>,
}

/// A match: the byte range in the text and the phrase's value.
pub(crate) struct FormHit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
}

impl<T> FormIndex<T> {
    /// Index folded phrases (a final `*` on a one-word phrase makes it a stem).
    pub(crate) fn new(forms: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut by_head: HashMap<String, Vec<Form<T>>> = HashMap::new();
        let mut order = Vec::new();
        for (phrase, value) in forms {
            let ws = words(&phrase);
            let Some(&(hs, he)) =
                ws.iter().find(|&&(s, e)| !FUNCTION.contains(&&phrase[s..e])).or(ws.first())
            else {
                continue;
            };
            let stem = phrase.ends_with('*') && he + 1 == phrase.len();
            let head = if stem { format!("{}*", &phrase[hs..he]) } else { phrase[hs..he].to_string() };
            let suffix = if stem { String::new() } else { phrase[he..].to_string() };
            let form = Form { prefix: phrase[..hs].to_string(), suffix, value };
            by_head.entry(head.clone()).or_insert_with(|| {
                order.push(head.clone());
                Vec::new()
            });
            by_head.get_mut(&head).unwrap().push(form);
        }
        let heads = PhraseMatcher::new(order.into_iter().map(|h| {
            let forms = by_head.remove(&h).unwrap_or_default();
            (h, forms)
        }));
        FormIndex { heads }
    }

    /// Every whole-phrase match in the folded text `t`, leftmost-longest, without
    /// overlaps, sorted by start. Among the forms of one head, the leftmost, then longest wins.
    pub(crate) fn find(&self, t: &str) -> Vec<FormHit<'_, T>> {
        let b = t.as_bytes();
        let mut cands: Vec<FormHit<'_, T>> = Vec::new();
        for h in self.heads.find_all(t) {
            let best = h
                .value
                .iter()
                .filter_map(|f| {
                    let start = h.start.checked_sub(f.prefix.len())?;
                    let end = h.end + f.suffix.len();
                    let fits = t.get(start..h.start)? == f.prefix
                        && t.get(h.end..end)? == f.suffix
                        && (start == 0 || !is_word_byte(b[start - 1]) || !is_word_byte(b[start]))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(index: &FormIndex<u8>, t: &str) -> Vec<(String, u8)> {
        index.find(t).iter().map(|h| (t[h.start..h.end].to_string(), *h.value)).collect()
    }

    #[test]
    fn heads_prefixes_and_suffixes() {
        let index = FormIndex::new([
            ("se sont empares".to_string(), 1),
            ("rendu leurs armes".to_string(), 2),
            ("tirs".to_string(), 3),
            ("echanges de tirs".to_string(), 4),
            ("declar*".to_string(), 5),
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
    }
}
