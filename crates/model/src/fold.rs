//! Accent- and case-insensitive folding for text search ("Kharkiv" = "KHARKIV", "é" = "e").

/// Lowercases and strips diacritics from Latin letters (French, Azerbaijani, Armenian
/// romanisations). Other characters are lowercased and kept.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let mapped: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā'
        | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' | 'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ'
        | 'Ė' | 'Ę' | 'Ě' | 'Ə' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' | 'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'ĭ' | 'į' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' | 'Ī' | 'Ĭ' | 'Į' => {
            "i"
        }
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ž' | 'ż' | 'Ź' | 'Ž' | 'Ż' => "z",
        'ʻ' | 'ʼ' | '’' | '‘' => "'",
        '\u{0300}'..='\u{036f}' => "", // combining marks (decomposed input)
        _ => {
            out.push(lower_other(c));
            return;
        }
    };
    out.push_str(mapped);
}

/// Lowercases the capitals of the other alphabets a news story names things in (Greek,
/// Cyrillic, Armenian, Georgian Mtavruli) by their fixed offsets; anything else is kept.
///
/// Not `char::to_lowercase`: its Unicode table is about 11 KB of the widget's wasm, for
/// scripts whose capitals sit in a few contiguous blocks.
fn lower_other(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x391..=0x3a9 if u != 0x3a2 => u + 0x20,        // Greek Α–Ω
        0x400..=0x40f => u + 0x50,                      // Cyrillic Ѐ–Џ
        0x410..=0x42f => u + 0x20,                      // Cyrillic А–Я
        0x531..=0x556 => u + 0x30,                      // Armenian Ա–Ֆ
        0x1c90..=0x1cba | 0x1cbd..=0x1cbf => u - 0xbc0, // Georgian Mtavruli → Mkhedruli
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Splits folded text into words (letters and digits).
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// Letters and digits of folded text: ASCII ones, and any other character outside the
/// blocks of punctuation, spaces and symbols (Latin-1's, general punctuation, arrows and
/// mathematical signs, CJK punctuation, full-width ASCII punctuation).
///
/// Not `char::is_alphanumeric`: its Unicode tables cost the wasm bundle several KB, and
/// folding has already turned every Latin letter of the story into ASCII.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c as u32,
        0x80..=0xbf | 0xd7 | 0xf7 | 0x2000..=0x2bff | 0x2e00..=0x2e7f | 0x3000..=0x303f
        | 0xfe10..=0xfe1f | 0xfe30..=0xfe6f | 0xff00..=0xff0f | 0xff1a..=0xff20 | 0xfff0..=0xffff)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn folds() {
        assert_eq!(fold("Élysée CHOUCHA Xankəndi Şuşa œuvre"), "elysee choucha xankendi susa oeuvre");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        let f = fold("l’armée d'Azerbaïdjan");
        assert_eq!(words(&f).collect::<Vec<_>>(), ["l", "armee", "d", "azerbaidjan"]);
    }

    #[test]
    fn other_alphabets_fold_to_lowercase() {
        assert_eq!(fold("МОСКВА Ереван ЁЛКА"), "москва ереван ёлка");
        assert_eq!(fold("ԵՐԵՎԱՆ"), "երեվան");
        assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
        assert_eq!(fold("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ"), "საქართველო");
        // Characters without a capital, and CJK, are kept.
        assert_eq!(fold("東京 ß"), "東京 ss");
    }

    #[test]
    fn the_folding_agrees_with_unicode_lowercase_on_these_alphabets() {
        for u in (0x391..=0x3a9).chain(0x400..=0x42f).chain(0x531..=0x556).chain(0x1c90..=0x1cbf) {
            let Some(c) = char::from_u32(u) else { continue };
            let want: String = c.to_lowercase().collect();
            if want.chars().count() == 1 && want != c.to_string() {
                assert_eq!(fold(&c.to_string()), want, "U+{u:04X}");
            }
        }
    }

    #[test]
    fn words_split_on_punctuation_and_spaces_of_any_block() {
        let f = fold("« Bakou » — l’offensive… (19/09)\u{a0}: Степанакерт, 1\u{202f}000 morts");
        assert_eq!(
            words(&f).collect::<Vec<_>>(),
            ["bakou", "l", "offensive", "19", "09", "степанакерт", "1", "000", "morts"]
        );
    }
}
