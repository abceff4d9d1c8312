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
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            // closing quotes/brackets, possibly after a (no-break) space
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
            // whitespace then a sentence start
            let mut m = k;
            let mut ws = false;
            while m < chars.len() && chars[m].1.is_whitespace() {
                ws = true;
                m += 1;
            }
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
            continue;
        }
        i += 1;
    }
    push(text, start, text.len(), &mut out);
    out
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

    #[test]
    fn quote_ending_a_sentence() {
        let t = "Il a parlé d'une « provocation ». Le ministère a démenti.";
        assert_eq!(sents(t), vec!["Il a parlé d'une « provocation ».", "Le ministère a démenti."]);
    }
}
