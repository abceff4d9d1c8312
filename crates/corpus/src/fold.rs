//! Text folding: lowercase, accents stripped, typographic apostrophes, quotes, dashes and
//! spaces unified.
//!
//! Why: scraped French pages mix `’` and `'`, `«  »` with narrow no-break spaces, `Ə`/`ə`
//! in Azerbaijani names and capitalised headlines. Every lexicon (places, actors, triggers,
//! dates) is matched against the folded text so none of them has to spell out these
//! variants. The folded text keeps a byte map back into the original so that every match
//! can be quoted verbatim.
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded copy of a text with a map from folded bytes to original bytes.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    map: Vec<u32>,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        // built as bytes: an ASCII run is folded by one table lookup per byte in a single
        // pass, and its map entries are one range; copying the run, lower-casing it, then
        // scanning it again for the bytes that fold otherwise took three passes (callgrind:
        // 146 M instructions of the bench, for one pass over each article)
        let mut text: Vec<u8> = Vec::with_capacity(s.len() + 16);
        let mut map = Vec::with_capacity(s.len() + 16);
        let mut folded_char = String::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let run = &b[i..i + ascii_run(&b[i..])];
            text.extend(run.iter().map(|&c| ASCII_FOLD[c as usize]));
            map.extend(i as u32..(i + run.len()) as u32);
            i += run.len();
            if let Some(c) = s[i..].chars().next() {
                folded_char.clear();
                fold_char(c, &mut folded_char);
                text.extend_from_slice(folded_char.as_bytes());
                map.extend(std::iter::repeat_n(i as u32, folded_char.len()));
                i += c.len_utf8();
            }
        }
        // every piece pushed is a whole char: an ASCII byte, or a char's folding
        let text = String::from_utf8(text).expect("folded ASCII bytes and whole chars are UTF-8");
        Folded { text, map }
    }

    /// Folded offset of original byte offset `o` (the first folded byte at or after it).
    pub(crate) fn folded_pos(&self, o: usize) -> usize {
        self.map.partition_point(|&m| (m as usize) < o)
    }

    /// The folded view of the original byte range `start..end`: folding is char by char,
    /// so this is exactly what folding that range alone would give, without copying.
    pub fn view(&self, start: usize, end: usize) -> View<'_> {
        let fs = self.folded_pos(start);
        let fe = self.folded_pos(end).max(fs);
        View { text: &self.text[fs..fe], map: &self.map[fs..fe], base: start, orig_len: end - start }
    }
}

/// A folded range of a [`Folded`] text; offsets in and out are relative to the range.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub text: &'a str,
    map: &'a [u32],
    base: usize,
    orig_len: usize,
}

impl View<'_> {
    /// Original byte offset (relative to the range) of folded byte `i`.
    pub(crate) fn orig(&self, i: usize) -> usize {
        self.map.get(i).map(|&x| x as usize - self.base).unwrap_or(self.orig_len)
    }

    /// Original byte range (relative to the range) of the folded range `start..end`.
    pub(crate) fn orig_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig(start);
        let e = if end >= self.map.len() { self.orig_len } else { self.orig(end) };
        (s, e.max(s))
    }
}

/// Fold a whole string (no offset map).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Append the folding of `s` to `out` (as [`fold_char`] on every char, ASCII runs at once).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] < 0x80 {
            i += 1;
        }
        if i > start {
            push_ascii_folded(out, &s[start..i]);
        }
        if let Some(c) = s[i..].chars().next() {
            fold_char(c, out);
            i += c.len_utf8();
        }
    }
}

/// Append `s` lower-cased char by char (`char::to_lowercase`, ASCII runs at once).
pub(crate) fn lowercase_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] < 0x80 {
            i += 1;
        }
        if i > start {
            let o = out.len();
            out.push_str(&s[start..i]);
            out[o..].make_ascii_lowercase();
        }
        if let Some(c) = s[i..].chars().next() {
            out.extend(c.to_lowercase());
            i += c.len_utf8();
        }
    }
}

/// Append an all-ASCII `run` folded as [`fold_char`] folds ASCII chars.
fn push_ascii_folded(out: &mut String, run: &str) {
    out.extend(run.bytes().map(|c| ASCII_FOLD[c as usize] as char));
}

/// The length of the run of ASCII bytes that opens `b`.
fn ascii_run(b: &[u8]) -> usize {
    b.iter().position(|&c| c >= 0x80).unwrap_or(b.len())
}

/// [`fold_char`] of every ASCII byte, looked up (the entries past 127 are never read: a
/// byte there is part of a longer char): lower-cased, the backquote made an apostrophe,
/// tabs and line ends made spaces. Indexed by a whole byte, so the lookup needs no bound check.
static ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'`' => b'\'',
            b'\t' | b'\r' | b'\n' => b' ',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Fold one character into `out`.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(match c {
            '`' => '\'',
            '\t' | '\r' | '\n' => ' ',
            _ => c.to_ascii_lowercase(),
        });
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' | '\u{2032}' => out.push('\''),
        '\u{00ab}' | '\u{00bb}' | '\u{201c}' | '\u{201d}' | '\u{201e}' => out.push('"'),
        '\u{00a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\u{2002}'..='\u{2006}' => out.push(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ə' | 'Ə' => out.push('e'),
        'ı' => out.push('i'),
        'ß' => out.push_str("ss"),
        'ʻ' => {}
        // French and most Latin names: their foldings are looked up, computed once
        _ if (LATIN_FROM..LATIN_TO).contains(&(c as u32)) => {
            out.push_str(&LATIN[(c as u32 - LATIN_FROM) as usize])
        }
        _ => fold_decomposed(c, out),
    }
}

/// The Latin letters with accents (Latin-1 and Latin Extended-A, U+00C0 to U+017F).
const LATIN_FROM: u32 = 0xC0;
const LATIN_TO: u32 = 0x180;

/// [`fold_decomposed`] of each char from [`LATIN_FROM`] to [`LATIN_TO`]: decomposing a char
/// takes a table search, and accented letters are a few in every French word.
static LATIN: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    (LATIN_FROM..LATIN_TO)
        .map(|u| {
            let mut s = String::new();
            if let Some(c) = char::from_u32(u) {
                fold_decomposed(c, &mut s);
            }
            s
        })
        .collect()
});

/// Lower-case `c`, decompose it and drop its accents.
fn fold_decomposed(c: char, out: &mut String) {
    for lc in c.to_lowercase() {
        decompose_canonical(lc, |d| {
            if !is_combining_mark(d) {
                out.push(d)
            }
        });
    }
}

/// Is this folded byte part of a word? (ASCII alphanumerics and any non-ASCII byte.)
pub(crate) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[b as usize]
}

/// `u8::is_ascii_alphanumeric` of every byte, looked up (see [`WORD_BYTES`]).
static ALNUM_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// [`is_word_byte`] of every byte, looked up: word scans test every byte of every sentence
/// several times, and the table takes one load where the ranges take several tests.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    t
};

/// Word spans (byte ranges) of a folded text. Apostrophes and hyphens split words, so
/// `l'armee` gives `l` and `armee`.
pub fn words(t: &str) -> Vec<(usize, usize)> {
    // sized once for the words a text of this length holds (a French word and its space
    // take six bytes on average): growing from empty reallocated three or four times per
    // sentence (callgrind: 50 M instructions of the bench in the tense map alone)
    let mut out = Vec::with_capacity(t.len() / 4 + 1);
    words_into(t, &mut out);
    out
}

/// [`words`] into a reused buffer (cleared first).
pub(crate) fn words_into(t: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if is_word_byte(b[i]) {
            let s = i;
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
}

/// The pieces of a folded text between bytes that are not ASCII letters or digits: the
/// non-empty ones are the same words as `s.split(|c: char| !c.is_ascii_alphanumeric())`
/// gives, found byte by byte. Rules scan clause words many times per trigger, and decoding
/// each char was a tenth of the extraction's instructions. A non-ASCII char gives empty
/// pieces between its bytes, which callers skip as they skip the char's own empty piece.
pub(crate) fn ascii_split(s: &str) -> impl DoubleEndedIterator<Item = &str> + Clone {
    // a non-empty piece is ASCII, so its ends are char boundaries; an empty one inside a
    // multi-byte char is ""
    s.as_bytes().split(|&b| !ALNUM_BYTES[b as usize]).map(move |w| {
        let at = w.as_ptr() as usize - s.as_ptr() as usize;
        s.get(at..at + w.len()).unwrap_or("")
    })
}

/// The non-empty pieces of [`ascii_split`]: the sentence's words for the rules that read
/// letters and digits only.
pub(crate) fn ascii_words(s: &str) -> impl DoubleEndedIterator<Item = &str> + Clone {
    ascii_split(s).filter(|w| !w.is_empty())
}

/// The offset of the first byte of `s` in `set` (ASCII punctuation: it never occurs inside
/// a multi-byte char, so the offset is a char boundary), without decoding chars.
pub(crate) fn find_any(s: &str, set: &[u8]) -> Option<usize> {
    let m = mask(set);
    s.bytes().position(|b| in_mask(m, b))
}

/// The ASCII bytes of `set` as bits: one test per byte of text, where `set.contains` calls
/// `memchr` on the set for each byte.
fn mask(set: &[u8]) -> u128 {
    set.iter().filter(|b| b.is_ascii()).fold(0, |m, &b| m | 1 << b)
}

fn in_mask(m: u128, b: u8) -> bool {
    b < 128 && m >> b & 1 == 1
}

/// The offset of the last byte of `s` in `set` (ASCII punctuation), see [`find_any`].
pub(crate) fn rfind_any(s: &str, set: &[u8]) -> Option<usize> {
    let m = mask(set);
    s.bytes().rposition(|b| in_mask(m, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_words_are_the_char_words() {
        for s in ["l'armee a tire, hier", "Ελλάδα et l'ONU: 12 morts", "", "  a--b  ", "é"] {
            let chars: Vec<&str> =
                s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(ascii_words(s).collect::<Vec<_>>(), chars, "{s}");
            assert_eq!(ascii_split(s).next(), s.split(|c: char| !c.is_ascii_alphanumeric()).next(), "{s}");
            assert_eq!(
                ascii_split(s).next_back(),
                s.rsplit(|c: char| !c.is_ascii_alphanumeric()).next(),
                "{s}"
            );
            let set = [b',', b':', b'\''];
            assert_eq!(find_any(s, &set), s.find([',', ':', '\'']), "{s}");
            assert_eq!(rfind_any(s, &set), s.rfind([',', ':', '\'']), "{s}");
        }
    }

    #[test]
    fn folds_accents_quotes_and_spaces() {
        assert_eq!(fold("L’Azerbaïdjan « Şuşa » Xankəndi"), "l'azerbaidjan \" susa \" xankendi");
        assert_eq!(fold("Œuvre—été"), "oeuvre-ete");
    }

    #[test]
    fn bulk_folding_equals_char_by_char() {
        let s = "Des `tirs`\tà\r\nXankəndi — L’ÉTÉ «\u{202f}Œ» ß ʻ AbC\n";
        let mut slow = String::new();
        for c in s.chars() {
            fold_char(c, &mut slow);
        }
        assert_eq!(fold(s), slow);
        assert_eq!(Folded::new(s).text, slow);
        // the map, char by char: each folded byte points at the start of its char
        let mut slow_map = Vec::new();
        for (i, c) in s.char_indices() {
            let mut one = String::new();
            fold_char(c, &mut one);
            slow_map.extend(std::iter::repeat_n(i as u32, one.len()));
        }
        assert_eq!(Folded::new(s).map, slow_map);
        // every ASCII byte, alone and between two accented letters
        for c in 0u8..128 {
            let mut one = String::new();
            fold_char(c as char, &mut one);
            let s = format!("é{}É", c as char);
            assert_eq!(Folded::new(&s).text, format!("e{one}e"), "{c}");
            assert_eq!(fold(&s), format!("e{one}e"), "{c}");
        }
        let mut lower = String::new();
        lowercase_into(s, &mut lower);
        assert_eq!(lower, s.chars().flat_map(char::to_lowercase).collect::<String>());
    }

    #[test]
    fn map_points_back_into_original() {
        let s = "Élysée’s";
        let f = Folded::new(s);
        let v = f.view(0, s.len());
        let i = v.text.rfind("s").unwrap();
        assert_eq!(&s[v.orig(i)..], "s");
        let (a, b) = v.orig_range(0, v.text.len());
        assert_eq!(&s[a..b], s);
    }

    #[test]
    fn views_equal_folding_the_range_alone() {
        let s = "L’Œuvre. À Xankəndi, «\u{202f}tirs\u{202f}» — ʻfin.";
        let f = Folded::new(s);
        for (a, _) in s.char_indices() {
            for (b, _) in s.char_indices().chain(std::iter::once((s.len(), ' '))).filter(|&(b, _)| b >= a) {
                let v = f.view(a, b);
                let alone = Folded::new(&s[a..b]);
                let alone = alone.view(0, b - a);
                assert_eq!(v.text, alone.text);
                for i in 0..=v.text.len() {
                    assert_eq!(v.orig(i), alone.orig(i));
                    assert_eq!(v.orig_range(0, i), alone.orig_range(0, i));
                }
            }
        }
    }
}
