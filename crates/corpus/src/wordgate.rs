//! A cheap first test of whether a word may be in a short list of words, made at compile
//! time from the list itself.
//!
//! Why: some passes read every word of every sentence against a short list (the generic
//! nouns of the lexicon, the cardinals written in words). A scan compares each word with
//! each entry, while most words of a sentence ("de", "la", "des", "frappé") have no entry
//! of their length beginning with their first byte: one table lookup and a bit test let
//! them go. The gate is derived from the lists, so a word added to a list is never gated
//! out.

/// For each first byte, the lengths of the listed words that begin with it, as bit sets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordGate {
    /// `lengths[b]` has bit `n` set when some word begins with byte `b` and is `n` bytes
    /// long (bit 63: 63 bytes or more).
    lengths: [u64; 256],
    /// Some listed word is empty.
    empty: bool,
}

/// The bit of [`WordGate::lengths`] for a word of `n` bytes.
const fn length_bit(n: usize) -> u32 {
    if n < 63 {
        n as u32
    } else {
        63
    }
}

impl WordGate {
    const NONE: WordGate = WordGate { lengths: [0; 256], empty: false };

    /// Lets one more word through.
    const fn with(mut self, w: &str) -> WordGate {
        let b = w.as_bytes();
        if b.is_empty() {
            self.empty = true;
        } else {
            self.lengths[b[0] as usize] |= 1 << length_bit(b.len());
        }
        self
    }

    /// The gate of every word of `lists`.
    pub(crate) const fn of(lists: &[&[&str]]) -> WordGate {
        let mut gate = WordGate::NONE;
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                gate = gate.with(lists[l][i]);
                i += 1;
            }
            l += 1;
        }
        gate
    }

    /// The gate of every key of `lists` of (word, value) pairs.
    pub(crate) const fn of_keys<T: Copy>(lists: &[&[(&str, T)]]) -> WordGate {
        let mut gate = WordGate::NONE;
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                gate = gate.with(lists[l][i].0);
                i += 1;
            }
            l += 1;
        }
        gate
    }

    /// False when no listed word is `w` (none has its first byte and its length); true
    /// when one may be, and the lists must be read.
    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) => (self.lengths[b as usize] >> length_bit(w.len())) & 1 == 1,
            None => self.empty,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WordGate;

    const NOUNS: &[&str] = &["armee", "junte", "gouvernement", "égal"];
    const ADJECTIVES: &[&str] = &["loyalistes", "z"];
    const GATE: WordGate = WordGate::of(&[NOUNS, ADJECTIVES]);

    #[test]
    fn every_listed_word_passes() {
        for w in NOUNS.iter().chain(ADJECTIVES) {
            assert!(GATE.may_hold(w), "{w}");
        }
        const NUMBERS: WordGate = WordGate::of_keys(&[&[("deux", 2), ("", 0)]]);
        assert!(NUMBERS.may_hold("deux") && NUMBERS.may_hold("dent") && NUMBERS.may_hold(""));
        assert!(!NUMBERS.may_hold("de"));
    }

    #[test]
    fn words_of_other_lengths_or_first_bytes_are_let_go() {
        // near misses: a listed first byte with another length (of a word that begins
        // with another byte: "junte" and "armee" are both five bytes long), an unlisted
        // first byte, the empty word
        for w in ["de", "a", "armees", "jihadiste", "", "bbbbb", "azerty", "xy"] {
            assert!(!GATE.may_hold(w), "{w}");
        }
        // a multi-byte first letter is told by its first byte
        assert!(GATE.may_hold("élan"));
        assert!(!GATE.may_hold("ŝlan"));
        // a very long word shares the last length bit with any other very long word
        let long = "g".repeat(70);
        assert!(!GATE.may_hold(&long));
        let longest: &str = "x".repeat(63).leak();
        assert!(WordGate::of(&[&[longest]]).may_hold(&"x".repeat(80)));
    }

    /// The gate never changes what a scan of the lists answers.
    #[test]
    fn a_gated_scan_answers_as_the_plain_scan() {
        let text = "l'armee et la junte, le gouvernement égal loyalistes z zz armee- égale jarmee";
        for w in text.split([' ', '\'', ',']) {
            let plain = NOUNS.contains(&w) || ADJECTIVES.contains(&w);
            assert_eq!(GATE.may_hold(w) && plain, plain, "{w}");
        }
    }
}
