//! Boilerplate: the parts of a scraped page that are not article text.
//!
//! Reader comments, "A lire aussi" teasers, photo captions and credits, outlet banners,
//! headings, subscription prompts and "Loading…" lines are recognised line by line and
//! removed before anything is extracted: nothing may ever be extracted from them. Each
//! skipped line is kept with its reason so that `check` can show what was dropped.
//!
//! The rules are about page furniture, not about any one site: a comment section swallows
//! everything after it; a line without sentence-final punctuation is a heading or banner;
//! a line repeated verbatim is a duplicated caption or title.
use std::sync::OnceLock;

use crate::fold::Folded;

/// Substring matcher for [`PROMPTS`] (built once per process).
fn prompts() -> &'static aho_corasick::AhoCorasick {
    static M: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    M.get_or_init(|| aho_corasick::AhoCorasick::new(PROMPTS).expect("prompt patterns are valid"))
}

/// A body line kept as article prose. `start..end` is a byte range of the body (a leading
/// dateline such as `date 2023-09` is left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prose {
    pub start: usize,
    pub end: usize,
}

/// A body line skipped as boilerplate, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub prose: Vec<Prose>,
    pub skipped: Vec<Skipped>,
}

/// Lines that open a comment section wherever they stand: no sentence of news starts so.
const COMMENT_SECTION: &[&str] = &[
    "voir les commentaires",
    "commentaires (",
    "vous avez droit a",
    "laisser un commentaire",
    "ajouter un commentaire",
    "sur le meme sujet",
    "ecrire un commentaire",
    "connectez-vous pour commenter",
    "signaler un abus",
];
/// Headers of a comment section that a sentence may also start with ("Les réactions
/// internationales se sont multipliées."): they open the section only as a short line that
/// no sentence mark closes.
const COMMENT_HEADERS: &[&str] = &[
    "commentaires",
    "les commentaires",
    "vos commentaires",
    "tous les commentaires",
    "espace commentaires",
    "fil des commentaires",
    "reactions",
    "les reactions",
    "vos reactions",
    "reactions des lecteurs",
    "reagir",
    "reagissez",
    "commenter",
    "debat",
    "le debat",
    "participez au debat",
    "donnez votre avis",
    "votre avis",
    "l'avis des lecteurs",
    "avis des lecteurs",
    "courrier des lecteurs",
];
const TEASERS: &[&str] = &[
    "a lire aussi",
    "lire aussi",
    "a voir aussi",
    "voir aussi",
    "lire la suite",
    "a lire egalement",
    "lire egalement",
    "a decouvrir",
    "sur le meme theme",
    "pour aller plus loin",
    "en savoir plus",
    // a live blog's or an explainer's invitation to the reader
    "suivez avec nous",
    "suivez en direct",
    "suivez notre direct",
    "suivez ici",
    "retrouvez ici",
    "retrouvez notre",
    "retrouvez tous",
    "revivez",
    "retour sur",
];
const PROMPTS: &[&str] = &[
    "abonnez",
    "s'abonner",
    "abonnement",
    "newsletter",
    "cookies",
    "notification",
    "inscrivez-vous",
    "publicite",
    "loading",
    "chargement",
    "partager sur",
    "envoyer par e-mail",
    "tous droits reserves",
    "souhaitez-vous recevoir",
];
const AGENCIES: &[&str] = &[
    "afp",
    "reuters",
    "ap",
    "epa",
    "getty images",
    "sputnik",
    "anadolu",
    "tass",
    "ria novosti",
    "photo",
    "photos",
    "illustration",
];
/// How a prose line may end. `;` closes an item of an enumerated list (a chronology's
/// entries, the points of a statement): a clause, never a heading.
const TERMINAL: &[char] = &['.', '!', '?', '…', '»', '"', '”', ')', ':', ';'];

/// Split `body` into prose lines and skipped boilerplate lines. A line that repeats the
/// article's `title` is its headline, printed again by the page: skipped as a repeat (the
/// body tells the same facts in sentences).
pub fn clean(body: &str, title: &str) -> Cleaned {
    clean_folded(body, &Folded::new(body), title)
}

/// [`clean`], given the body already folded (`folded`: [`Folded::new`] of `body`):
/// extraction folds the whole body once, and each line's folding is then a view of it
/// (folding goes char by char, so a view is what folding the line alone gives), where
/// folding every line again took a fifth of this pass.
pub(crate) fn clean_folded(body: &str, folded: &Folded, title: &str) -> Cleaned {
    let mut out = Cleaned::default();
    // repeated lines are recognised by their folded text, kept as views of the folded body:
    // a set of strings with a hash that reads eight bytes at a time, where a hash of each
    // line read byte by byte was a tenth of this pass
    let title = crate::fold::fold(title.trim());
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    if !title.is_empty() {
        seen.insert(&title);
    }
    let mut in_comments = false;
    let mut pos = 0;
    for raw in body.split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let lead = line.len() - line.trim_start().len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let (s, e) = (line_start + lead, line_start + lead + t.len());
        let skip = dateline_len(t);
        let f = folded.view(s + skip, e).text;
        let reason = classify_line(t, f, &mut in_comments, &out.prose.len(), &mut seen);
        match reason {
            Some(reason) => out.skipped.push(Skipped { start: s, end: e, reason }),
            None => {
                out.prose.push(Prose { start: s + skip, end: e });
            }
        }
    }
    out
}

fn classify_line<'f>(
    t: &str,
    f: &'f str,
    in_comments: &mut bool,
    prose_seen: &usize,
    seen: &mut rustc_hash::FxHashSet<&'f str>,
) -> Option<&'static str> {
    if *in_comments {
        return Some("reader comments");
    }
    if COMMENT_SECTION.iter().any(|p| f.starts_with(p)) || is_comment_header(t, f) {
        *in_comments = true;
        return Some("reader comments");
    }
    if *prose_seen >= 3 && is_comment_signature(f) {
        *in_comments = true;
        return Some("reader comments");
    }
    if TEASERS.iter().any(|p| f.starts_with(p)) {
        return Some("teaser");
    }
    if t.starts_with(['•', '©', '▶', '►', '→']) {
        return Some("photo caption");
    }
    if is_credit(t, f) {
        return Some("photo credit");
    }
    // counted up to 40: prose lines are whole paragraphs, and no test below looks further
    let words = words_up_to(f, 40);
    if words < 40 && prompts().is_match(f) {
        return Some("prompt or banner");
    }
    if !seen.insert(f) {
        return Some("repeated line");
    }
    if !t.ends_with(TERMINAL) {
        return Some(if words <= 3 { "banner" } else { "heading" });
    }
    if words < 4 {
        return Some("banner");
    }
    None
}

/// The number of words of the folded line `f` (as `split_whitespace` counts them), counted
/// up to `cap`. A folded line is nearly always ASCII (folding drops the accents): its words
/// are then counted byte by byte, where decoding chars took a sixth of this pass.
fn words_up_to(f: &str, cap: usize) -> usize {
    if !f.is_ascii() {
        return f.split_whitespace().take(cap).count();
    }
    let mut n = 0;
    let mut in_word = false;
    for &b in f.as_bytes() {
        // `char::is_whitespace` of an ASCII char: the space, and tab to carriage return
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        if !space && !in_word {
            if n == cap {
                return cap;
            }
            n += 1;
        }
        in_word = !space;
    }
    n
}

/// A comment section's header: one of [`COMMENT_HEADERS`], alone on a short line or followed
/// by a count ("Commentaires", "12 commentaires", "Vos réactions (3)"), never closed by a
/// sentence mark.
fn is_comment_header(t: &str, f: &str) -> bool {
    if t.ends_with(['.', '!', '?', '…', ';', '»', ':']) || f.split_whitespace().nth(5).is_some() {
        return false;
    }
    // a leading count: "12 commentaires"
    let f = f.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
    COMMENT_HEADERS.iter().any(|h| {
        f.strip_prefix(h).is_some_and(|rest| {
            let rest = rest.trim();
            rest.is_empty() || rest.starts_with('(')
        })
    })
}

/// A reader comment's signature line: a short name, a separator, then a day and a time
/// ("Gaby_13 · 2 juin 2023 à 21h40", "Mado L. – 02/06/2023 à 21:40", "lucien, il y a 2
/// heures"). A byline starts with "par" or "publié"; a live blog's entry header gives a time
/// without a day: neither is a signature.
fn is_comment_signature(f: &str) -> bool {
    // folded text: dashes are "-"
    const SEPARATORS: &[&str] = &[" · ", " - ", " | ", ", le ", ", il y a "];
    if f.split_whitespace().nth(10).is_some() || f.ends_with(['.', '!', '?', ';']) {
        return false;
    }
    let Some((name, stamp)) = SEPARATORS.iter().find_map(|sep| f.find(sep).map(|i| (&f[..i], &f[i..])))
    else {
        return false;
    };
    let name_words = name.split_whitespace().count();
    if name_words == 0 || name_words > 4 || name.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if ["par ", "publie", "mis a jour", "modifie", "le ", "la ", "les "].iter().any(|p| name.starts_with(p)) {
        return false;
    }
    let ago = stamp.contains("il y a ");
    let day = stamp.split_whitespace().any(|w| crate::time::month_of(w).is_some() || is_numeric_day(w));
    ago || (day && has_clock_time(stamp))
}

/// "03/09/2024", "3/9", "2024-09-03".
fn is_numeric_day(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['/', '-']).collect();
    parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A time of day: "07h52", "7 h 52", "10:03".
fn has_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| {
        let sep = b[i] == b'h' || b[i] == b':';
        sep && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()
    }) || s.contains(" h ")
}

/// Photo credits: `Name / AFP`, `… AFP - NAME SURNAME`, `Photo : …`, `© …`.
fn is_credit(t: &str, f: &str) -> bool {
    if f.starts_with("photo :") || f.starts_with("credit") || f.starts_with("photo:") {
        return true;
    }
    // only a separator in the last 40 bytes counts: searched there, not along a paragraph
    let mut near_end = f.len().saturating_sub(40);
    while !f.is_char_boundary(near_end) {
        near_end -= 1;
    }
    if let Some(i) = f[near_end..].rfind(" / ").map(|k| near_end + k) {
        let tail = f[i + 3..].trim();
        if AGENCIES.iter().any(|a| tail == *a || tail.starts_with(&format!("{a} "))) && f.len() - i < 40 {
            return true;
        }
    }
    // "… AFP - BRYAN R. SMITH": an agency then a name in capitals at the end. Tails grow
    // leftwards, so the scan stops at the first tail with a lower-case letter.
    let mut end = f.len();
    while let Some(i) = f[..end].rfind(" - ") {
        end = i;
        let tail_len = f.len() - i - 3;
        let mut from = t.len().saturating_sub(tail_len);
        while !t.is_char_boundary(from) {
            from += 1;
        }
        if t[from..].chars().any(|c| c.is_lowercase()) {
            return false;
        }
        let head = &f[..i];
        if AGENCIES.iter().any(|a| head.strip_suffix(a).is_some_and(|h| h.ends_with(' '))) {
            return true;
        }
    }
    false
}

/// Length of a leading scraper dateline such as `date 2023-09 ` (0 when there is none).
fn dateline_len(t: &str) -> usize {
    let b = t.as_bytes();
    if !t.starts_with("date ") {
        return 0;
    }
    let mut i = 5;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'-' || b[i] == b'/') {
        i += 1;
    }
    if i == 5 {
        return 0;
    }
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words counted by bytes are the words `split_whitespace` finds, up to the cap, for
    /// every blank ASCII has (a vertical tab among them) and for a line that is not ASCII.
    #[test]
    fn words_counted_as_split_whitespace() {
        let many = "mot ".repeat(45);
        for f in ["", " ", "un", " deux  mots ", "a\tb\nc\x0bd\x0ce\rf", "fin ", "sans\u{a0}espace x", &many]
        {
            for cap in [0, 3, 40] {
                assert_eq!(words_up_to(f, cap), f.split_whitespace().take(cap).count(), "{f:?} {cap}");
            }
        }
    }

    /// A credit's agency is read after a " / " in the last 40 bytes only: a separator
    /// further back, or one followed by more than the agency, is no credit.
    #[test]
    fn credit_after_slash_near_the_end_only() {
        let credit = "Un convoi arrêté près de Vorlak / AFP";
        assert!(is_credit(credit, &crate::fold::fold(credit)));
        let far = format!("{} / AFP {}", "x".repeat(10), "y".repeat(40));
        assert!(!is_credit(&far, &crate::fold::fold(&far)));
        // a char of two bytes across the 40th byte from the end
        let accented = format!("{}a / Reuters", "Ж".repeat(30));
        assert!(is_credit(&accented, &crate::fold::fold(&accented)));
    }

    /// [`clean_folded`] reads each line's folding as a view of the folded body: for every
    /// line and every start inside it (a dateline skipped), the view is the line folded
    /// alone, whatever the line holds (ligatures, a letter that folds to nothing, a capital
    /// that lower-cases to two chars, no-break spaces, CRLF ends, tabs).
    #[test]
    fn line_views_are_line_foldings() {
        let body = "date 2024-03 Œuvre à Tbilissi\u{a0}: l\u{2019}armée «\u{202f}avance\u{202f}».\r\n\
                    \tİstanbul, Sheʻba et Bakı — 12\u{a0}000 réfugiés.\n\n  Ærø ß ǅ `x`  \n";
        let folded = Folded::new(body);
        let mut pos = 0;
        for raw in body.split_inclusive('\n') {
            let (start, end) = (pos, pos + raw.trim_end().len());
            pos += raw.len();
            for s in (start..end).filter(|&s| body.is_char_boundary(s)) {
                assert_eq!(folded.view(s, end).text, crate::fold::fold(&body[s..end]), "{:?}", &body[s..end]);
            }
        }
    }

    fn kept(body: &str) -> Vec<String> {
        clean(body, "").prose.iter().map(|p| body[p.start..p.end].to_string()).collect()
    }

    #[test]
    fn the_headline_printed_again_is_skipped() {
        let title = "DIRECT – Offensive sur la ville : l'armée annonce « des gains »";
        let body = "DIRECT – Offensive sur la ville : l'armée annonce « des gains »\nL'armée a annoncé mardi des gains autour de la ville.\n";
        let c = clean(body, title);
        assert_eq!(c.prose.len(), 1);
        assert_eq!(c.skipped[0].reason, "repeated line");
        // near miss: a sentence that only starts like the title is prose
        let body = "DIRECT – Offensive sur la ville : l'armée annonce « des gains » dès mardi.\n";
        assert_eq!(clean(body, title).prose.len(), 1);
    }

    #[test]
    fn drops_page_furniture() {
        let body = "Le Monde du Soir\n\nÀ lire aussi : Le sommet de Genève reporté\nPhoto prise à Gyumri. AFP - JEAN DUPONT\nMarie Durand / AFP\nLes troupes ont franchi la rivière lundi.\nLoading...\nRéagir\nQuel scandale, vraiment.\n";
        assert_eq!(kept(body), vec!["Les troupes ont franchi la rivière lundi."]);
    }

    #[test]
    fn invitations_to_the_reader_are_skipped() {
        let body =
            "Suivez avec nous l'évolution de la situation dans la vallée, où l'armée a lancé une offensive.
Retour sur trois semaines de combats dans la vallée.
L'armée a lancé une offensive dans la vallée.
";
        assert_eq!(kept(body), vec!["L'armée a lancé une offensive dans la vallée."]);
        // near miss: the same verb inside a sentence
        let body = "Les observateurs suivent avec nous la situation depuis lundi.
";
        assert_eq!(kept(body).len(), 1);
    }

    #[test]
    fn list_items_closed_by_a_semicolon_are_prose() {
        let body = "Les dates clés du conflit\n- 02/03/2021 : reprise des pourparlers entre les deux capitales ;\n- 04/05/2021 : les gardes-frontières quittent le col ;\n";
        assert_eq!(kept(body).len(), 2);
        // near miss: the list's title, without a closing mark, is still a heading
        assert_eq!(clean(body, "").skipped[0].reason, "heading");
    }

    #[test]
    fn strips_datelines_and_repeats() {
        let body = "date 2024-02 Des soldats ont été blessés à Goris mardi.\nDes soldats ont été blessés à Goris mardi.\n";
        assert_eq!(kept(body), vec!["Des soldats ont été blessés à Goris mardi."]);
    }

    #[test]
    fn credits_with_multibyte_tails_do_not_panic() {
        let body =
            "Photo prise à Goris. AFP - D’ARC D’ŒUVRE\nUn bilan a été publié mardi à Goris. AFP - ’’’\n";
        assert_eq!(kept(body), Vec::<String>::new());
    }

    #[test]
    fn comment_sections_under_other_headers_are_skipped() {
        let story = "Les troupes ont franchi la rivière lundi.\nLe ministère a confirmé mardi.\nDes renforts sont arrivés mercredi.\n";
        for header in ["Commentaires", "12 commentaires", "Vos réactions (3)", "Réagir", "Donnez votre avis"]
        {
            let body = format!("{story}{header}\nLes blindés ont bombardé le village hier, quelle honte.\n");
            assert_eq!(kept(&body).len(), 3, "{header}");
        }
        // near misses: sentences that start with the same words are prose, and so is what follows
        let body = format!("{story}Les réactions internationales se sont multipliées mercredi.\nRéagir vite était nécessaire, a dit le maire.\n");
        assert_eq!(kept(&body).len(), 5);
    }

    #[test]
    fn a_comment_signature_opens_the_comment_section() {
        let story = "Les troupes ont franchi la rivière lundi.\nLe ministère a confirmé mardi.\nDes renforts sont arrivés mercredi.\n";
        for sig in
            ["Rouge_et_noir · 4 mars 2022 à 18h05", "Mado L. – 04/03/2022 à 18:05", "lucien, il y a 3 heures"]
        {
            let body = format!("{story}{sig}\nLes blindés ont bombardé le village hier, quelle honte.\n");
            assert_eq!(kept(&body).len(), 3, "{sig}");
        }
        // near misses: a byline before the text, a live blog's entry header (a time, no day)
        let body = format!("Par Léa Martin · 4 mars 2022 à 18h05\n{story}");
        assert_eq!(kept(&body).len(), 3);
        let body = format!("Léa Martin · 4 mars 2022 à 18h05\n{story}");
        assert_eq!(kept(&body).len(), 3);
        let body = format!("{story}Léa Martin · 18h05\nLes blindés ont bombardé le village hier soir.\n");
        assert_eq!(kept(&body).len(), 4);
    }
}
