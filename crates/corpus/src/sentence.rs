//! French sentence splitting.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (after any closing quotes or brackets) when
//! whitespace and then a capital, a digit or an opening quote follow. It does not end after
//! abbreviations (`M.`, `Mme.`, `Dr.`) or initials (`J.`), nor inside
//! `« … . » a déclaré …`, where a lower-case word follows the closing guillemet.
//! Splitting is one linear pass over the bytes.

/// Abbreviations after which a period does not end a sentence (compared case-sensitively).
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Cie", "av", "cf", "etc", "ex",
    "p", "vol", "n°", "No", "Gén", "Gal", "Col", "Lt", "Cdt", "Sgt", "Jr", "Sr", "env", "art", "min",
];

/// Byte ranges of the sentences of `text` (a paragraph), trimmed.
///
/// Walks byte offsets, jumping from one end mark to the next ([`next_mark`]) and decoding
/// characters only around a mark: a paragraph is mostly letters, which need no decoding
/// (callgrind: the vector of every character it used to collect cost half of its time).
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while let Some(at) = next_mark(text, i) {
        i = at;
        let c = char_at(text, i).unwrap_or('.');
        let mut j = i + c.len_utf8();
        while let Some(n) = char_at(text, j).filter(|&n| is_end_mark(n)) {
            j += n.len_utf8();
        }
        // closing quotes/brackets, possibly after one or two (no-break) spaces
        let mut k = j;
        loop {
            let mut m = k;
            for _ in 0..2 {
                match char_at(text, m) {
                    Some(n @ ('\u{a0}' | '\u{202f}' | ' ')) => m += n.len_utf8(),
                    _ => break,
                }
            }
            match char_at(text, m) {
                Some(n @ ('»' | '"' | '”' | '’' | ')' | ']')) => k = m + n.len_utf8(),
                _ => break,
            }
        }
        // whitespace then a sentence start
        let mut m = k;
        let mut ws = false;
        while let Some(n) = char_at(text, m).filter(|n| n.is_whitespace()) {
            ws = true;
            m += n.len_utf8();
        }
        let starts = char_at(text, m).is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '«' | '"' | '“' | '—' | '–' | '-' | '(' | '[')
        });
        if c == '.' && j == i + 1 && is_abbreviation(text, i) {
            i = j;
            continue;
        }
        if ws && starts {
            push(text, start, k, &mut out);
            start = m;
            i = m;
            continue;
        }
        i = k;
    }
    push(text, start, text.len(), &mut out);
    out
}

/// The marks that may end a sentence.
fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// The character at byte `i` of `text` (a character boundary), if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|r| r.chars().next())
}

/// The byte offset of the first end mark at or after `from`: the ASCII marks by byte, "…"
/// by its three bytes (0xE2 only ever leads a character, so a match is a whole "…").
///
/// Eight bytes are tested at once ([`may_hold_mark`]) and only a group that may hold a mark
/// is read byte by byte: a paragraph is mostly letters, and the byte loop over every byte
/// was most of the splitter's cost (callgrind: 60 M instructions of the extraction bench).
fn next_mark(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut p = from;
    while let Some(group) = b.get(p..p + 8).and_then(|g| <[u8; 8]>::try_from(g).ok()) {
        if may_hold_mark(u64::from_le_bytes(group)) {
            if let Some(at) = (p..p + 8).find(|&q| is_mark_at(b, q)) {
                return Some(at);
            }
        }
        p += 8;
    }
    (p..b.len()).find(|&q| is_mark_at(b, q))
}

/// Is the byte at `p` an end mark ("." "!" "?", or the first byte of "…")?
fn is_mark_at(b: &[u8], p: usize) -> bool {
    match b[p] {
        b'.' | b'!' | b'?' => true,
        0xE2 => b[p..].starts_with("…".as_bytes()),
        _ => false,
    }
}

/// Does one of the eight bytes of `group` equal ".", "!", "?" or 0xE2 (the first byte of
/// "…")? `false` only when none does. Each test XORs the group with the byte repeated, so
/// that equal bytes become zero, then tests for a zero byte the classic way: subtracting 1
/// from each byte borrows from its high bit only for a zero byte (or after a borrow, which
/// starts at a zero byte), and `!x` keeps the high bits of the bytes that had none set.
fn may_hold_mark(group: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    [b'.', b'!', b'?', 0xE2].iter().any(|&m| has_zero(group ^ (ONES * m as u64)))
}

fn push(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let seg = &text[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trimmed = seg.trim();
    if !trimmed.is_empty() {
        out.push((s + lead, s + lead + trimmed.len()));
    }
}

fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '°'))
        .map(|i| i + before[i..].chars().next().map_or(1, |c| c.len_utf8()))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    let first = cs.next().unwrap_or(' ');
    if cs.next().is_none() && first.is_uppercase() {
        return true; // an initial
    }
    ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test of eight bytes at once finds the marks the byte loop finds: at every place
    /// of a group, at the edges of groups and of the text, "…" cut by a group's end, other
    /// characters led by 0xE2 ("’", "–").
    #[test]
    fn marks_found_eight_bytes_at_once_as_byte_by_byte() {
        let plain = |t: &str, from: usize| (from..t.len()).find(|&p| is_mark_at(t.as_bytes(), p));
        let pieces = ["abcdefg", ".", "!", "?", "…", "’", "–", " ", "é", "xy", "\u{a0}"];
        let mut texts = Vec::new();
        for a in pieces {
            for b in pieces {
                for pad in 0..10 {
                    texts.push(format!("{}{a}{}{b}l’armée", "x".repeat(pad), "y".repeat(pad % 3)));
                }
            }
        }
        for t in &texts {
            for from in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(next_mark(t, from), plain(t, from), "{t:?} from {from}");
            }
        }
        assert!(may_hold_mark(u64::from_le_bytes(*b"abc.defg")));
        assert!(!may_hold_mark(u64::from_le_bytes(*b"abcdefgh")));
    }

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn french_quotes_and_abbreviations() {
        let t = "« La trêve tiendra. » a assuré M. Dupont devant J. Martin. Les combats ont cessé ! « Nous restons vigilants », a-t-il ajouté. 3 soldats sont morts.";
        assert_eq!(
            sents(t),
            vec![
                "« La trêve tiendra. » a assuré M. Dupont devant J. Martin.",
                "Les combats ont cessé !",
                "« Nous restons vigilants », a-t-il ajouté.",
                "3 soldats sont morts."
            ]
        );
    }

    /// The splitter as it was before it walked bytes: one step per character, over a
    /// vector of them. The byte walk must cut every paragraph where this one did.
    fn split_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let (mut start, mut i) = (0usize, 0usize);
        while i < chars.len() {
            let (_, c) = chars[i];
            if !is_end_mark(c) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() && is_end_mark(chars[j].1) {
                j += 1;
            }
            let mut k = j;
            loop {
                let mut m = k;
                while m < chars.len() && matches!(chars[m].1, '\u{a0}' | '\u{202f}' | ' ') && m < k + 2 {
                    m += 1;
                }
                if m < chars.len() && matches!(chars[m].1, '»' | '"' | '”' | '’' | ')' | ']') {
                    k = m + 1;
                } else {
                    break;
                }
            }
            let end_byte = if k < chars.len() { chars[k].0 } else { text.len() };
            let mut m = k;
            while m < chars.len() && chars[m].1.is_whitespace() {
                m += 1;
            }
            let ws = m > k;
            let starts = m < chars.len() && {
                let n = chars[m].1;
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '«' | '"' | '“' | '—' | '–' | '-' | '(' | '[')
            };
            if c == '.' && j == i + 1 && is_abbreviation(text, chars[i].0) {
                i = j;
                continue;
            }
            if ws && starts {
                push(text, start, end_byte, &mut out);
                start = chars[m].0;
                i = m;
                continue;
            }
            i = k.max(i + 1);
        }
        push(text, start, text.len(), &mut out);
        out
    }

    #[test]
    fn byte_walk_cuts_where_the_character_walk_did() {
        for t in [
            "Le convoi est parti… Il a atteint Tilsa à l’aube !! « Tout va bien. »  Ensuite, rien.",
            "Selon Mme. Ivanova, le Dr. Sorel est arrivé. Puis le col. Brandt ; 3 blindés.",
            "Fin ?\u{a0}» Non.\u{202f}» Oui. (Silence.) [Note.] — Tiret. – Autre. - Trait.",
            "Il dit « stop ».\u{a0}\u{a0}\u{a0}» Suite… …et fin…",
            "Un… deux. ",
            "",
            "…",
            "Sans point final",
            "Éclats. Été. «Guillemets». “Anglais”. ’x’. n°. 5. J. K. Rowling.",
        ] {
            assert_eq!(split(t), split_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn quote_ending_a_sentence() {
        let t = "Il a parlé d'une « provocation ». Le ministère a démenti.";
        assert_eq!(sents(t), vec!["Il a parlé d'une « provocation ».", "Le ministère a démenti."]);
    }
}
