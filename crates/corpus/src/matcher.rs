//! Phrase matching on folded text: Aho-Corasick over folded phrases, whole words only,
//! leftmost-longest without overlaps.
//!
//! Why not regexes: every lexicon here is a list of phrases, and Aho-Corasick matches all
//! of them in one linear pass with no backtracking, which keeps extraction linear in the
//! size of the input whatever an editor adds to the lexicons.
//!
//! A phrase ending in `*` is a stem: it matches any word that starts with it
//! (`bombard*` matches `bombardements`).
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::fold::{fold, is_word_byte};

#[derive(Debug, Clone)]
pub struct PhraseMatcher<T> {
    ac: Option<AhoCorasick>,
    entries: Vec<(T, bool)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
}

impl<T> PhraseMatcher<T> {
    /// Build from `(phrase, value)` pairs; phrases are folded here.
    pub fn new<I: IntoIterator<Item = (String, T)>>(items: I) -> Self {
        let mut pats = Vec::new();
        let mut entries = Vec::new();
        for (p, v) in items {
            let mut f = fold(p.trim());
            let stem = f.ends_with('*');
            if stem {
                f.pop();
            }
            if f.trim().is_empty() {
                continue;
            }
            pats.push(f);
            entries.push((v, stem));
        }
        let ac = if pats.is_empty() {
            None
        } else {
            // a DFA for the lexicons of names (built once per run, then the fastest automaton
            // per sentence); for tens of thousands of patterns a DFA takes seconds to build:
            // a contiguous NFA there (the frames' heads are looked up by word instead, in
            // `frames::index`)
            let kind = if pats.len() > 4000 { AhoCorasickKind::ContiguousNFA } else { AhoCorasickKind::DFA };
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(kind))
                .prefilter(false)
                .build(&pats)
                .ok()
        };
        PhraseMatcher { ac, entries }
    }

    /// All whole-word matches, leftmost-longest, without overlaps, sorted by start.
    pub fn find<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        leftmost_longest(self.find_all(text), |h| (h.start, h.end))
    }

    /// Every whole-word match, overlaps included, in pattern order at each position.
    pub fn find_all<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let b = text.as_bytes();
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (s, mut e) = (m.start(), m.end());
            let (_, stem) = &self.entries[m.pattern().as_usize()];
            if s > 0 && is_word_byte(b[s - 1]) && is_word_byte(b[s]) {
                continue;
            }
            if *stem {
                while e < b.len() && is_word_byte(b[e]) {
                    e += 1;
                }
            } else if e < b.len() && is_word_byte(b[e]) && is_word_byte(b[e - 1]) {
                continue;
            }
            cands.push((s, e, m.pattern().as_usize()));
        }
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(a.2.cmp(&b.2)));
        cands.into_iter().map(|(s, e, p)| Hit { start: s, end: e, value: &self.entries[p].0 }).collect()
    }
}

/// Keep the leftmost, then longest, then first listed of overlapping spans (the sort is
/// stable), sorted by start. The kept spans are moved to the front of `cands` itself, so
/// that no second vector is allocated for them (this runs for every sentence and lexicon).
pub(crate) fn leftmost_longest<X>(mut cands: Vec<X>, span: impl Fn(&X) -> (usize, usize)) -> Vec<X> {
    cands.sort_by(|a, b| {
        let ((sa, ea), (sb, eb)) = (span(a), span(b));
        sa.cmp(&sb).then(eb.cmp(&ea))
    });
    let mut kept = 0;
    for i in 0..cands.len() {
        if kept > 0 && span(&cands[i]).0 < span(&cands[kept - 1]).1 {
            continue;
        }
        // the spans before `kept` are kept; the one dropped at `kept` moves behind `i`
        cands.swap(kept, i);
        kept += 1;
    }
    cands.truncate(kept);
    cands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_longest_first_and_stems() {
        let m = PhraseMatcher::new(vec![
            ("Karabakh".to_string(), 1),
            ("Haut-Karabakh".to_string(), 2),
            ("bombard*".to_string(), 3),
            ("tir".to_string(), 4),
        ]);
        let t = fold("Au Haut-Karabakh, des bombardements et des tirs");
        let v: Vec<i32> = m.find(&t).iter().map(|h| *h.value).collect();
        assert_eq!(v, vec![2, 3]);
    }
}
