//! Articles: `<story>/articles/<id>.md` = TOML front matter between `+++` lines, then the
//! body exactly as scraped.
//!
//! The body is everything after the closing `+++` line, byte for byte: quotes exported
//! for events are slices of it, and the scorer reads the same bytes (it splits the file on
//! the second `+++`). Problems are reported with the file and line and a fix; one bad
//! article never stops the others.
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use crate::diagnostics::{line_of, Diagnostic};
use crate::export::ArticleMeta;

/// How precisely the publication date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Day(Date),
    /// Only the month is known (`YYYY-MM`): `Date` is the first of the month.
    Month(Date),
}

#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub path: PathBuf,
    pub meta: ArticleMeta,
    pub published: Published,
    pub note: Option<String>,
    /// The editor's genre label (`wire`, `liveblog`, `explainer`, …), informative only.
    pub genre: Option<String>,
    /// The document type given in the front matter (`document = "narrative"`), which
    /// overrides the one the temporal resolver detects from the text.
    pub document: Option<crate::time::DocType>,
    pub body: String,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<toml::Value>,
    language: Option<String>,
    url: Option<String>,
    note: Option<String>,
    genre: Option<String>,
    document: Option<String>,
}

/// Parse a publication date: `YYYY-MM-DD`, RFC 3339, or `YYYY-MM`.
pub(crate) fn parse_published(s: &str) -> Option<Published> {
    let s = s.trim();
    if s.len() == 7 {
        let d: Date = format!("{s}-01").parse().ok()?;
        return Some(Published::Month(d));
    }
    if s.len() == 10 {
        return s.parse::<Date>().ok().map(Published::Day);
    }
    if s.parse::<jiff::Timestamp>().is_ok() {
        // keep the local calendar day written in the string
        let day: Date = s.get(..10)?.parse().ok()?;
        return Some(Published::Day(day));
    }
    None
}

/// Read and parse one article file. Every problem found is pushed to `diags`; `None`
/// when the article cannot be used.
pub fn load(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Article> {
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::error(
                path,
                0,
                format!("cannot read file: {e}"),
                "check the file permissions",
            ));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let line = line_of(&String::from_utf8_lossy(&e.as_bytes()[..pos]), pos);
            diags.push(Diagnostic::error(
                path,
                line,
                format!("text is not valid UTF-8 (byte {pos})"),
                "re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
            ));
            return None;
        }
    };
    parse(path, &id, &text, diags)
}

/// Parse an article from its text (see [`load`]).
pub fn parse(path: &Path, id: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<Article> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (fm_text, body_start) = split_front_matter(path, text, diags)?;
    let body = text[body_start..].to_string();
    let body_line = line_of(text, body_start);
    let fm = read_front_matter(path, fm_text, diags)?;
    // Every problem is reported before giving up, in the order of the fields.
    let fields = Fields { path, fm_text };
    let mut ok = fields.required(&fm, diags);
    let published = fields.published(&fm, diags);
    ok &= published.is_some() & fields.french(&fm, diags);
    let document = fields.document(&fm, diags);
    ok &= document.is_ok();
    if body.trim().is_empty() {
        diags.push(Diagnostic::error(
            path,
            body_line,
            "empty body",
            "paste the article text after the closing `+++` line",
        ));
        ok = false;
    }
    if !ok {
        return None;
    }
    let (published, published_str) = published?;
    let outlet = fm.outlet.filter(|o| !o.trim().is_empty());
    let url = fm.url.and_then(|u| fields.http_url(u, diags));
    Some(Article {
        id: id.to_string(),
        path: path.to_path_buf(),
        meta: ArticleMeta {
            id: id.to_string(),
            title: fm.title.unwrap_or_default(),
            outlet,
            published: published_str,
            url,
        },
        published,
        note: fm.note,
        genre: fm.genre,
        document: document.ok().flatten(),
        body,
        body_line,
    })
}

/// The front matter's text and where the body starts: after the closing `+++` (the next
/// occurrence, as the scorer reads it) and the rest of its line when that is blank.
fn split_front_matter<'t>(
    path: &Path,
    text: &'t str,
    diags: &mut Vec<Diagnostic>,
) -> Option<(&'t str, usize)> {
    if !text.starts_with("+++") {
        diags.push(Diagnostic::error(
            path,
            1,
            "missing front matter: the file must start with a `+++` line",
            "add `+++`, the TOML fields title, outlet, published and language, and a closing `+++` line",
        ));
        return None;
    }
    let Some(close_rel) = text[3..].find("+++") else {
        diags.push(Diagnostic::error(
            path,
            1,
            "front matter is not closed",
            "add a closing `+++` line after the TOML fields",
        ));
        return None;
    };
    let close = 3 + close_rel;
    let after = close + 3;
    let body_start = match text[after..].find('\n') {
        Some(n) if text[after..after + n].trim().is_empty() => after + n + 1,
        _ => after,
    };
    Some((&text[3..close], body_start))
}

fn read_front_matter(path: &Path, fm_text: &str, diags: &mut Vec<Diagnostic>) -> Option<FrontMatter> {
    match toml::from_str(fm_text) {
        Ok(f) => Some(f),
        Err(e) => {
            let line = e.span().map(|s| line_of(fm_text, s.start)).unwrap_or(1);
            let msg = e.message().to_string();
            diags.push(Diagnostic::error(
                path,
                line,
                format!("malformed front matter: {msg}"),
                "write the front matter as TOML, e.g. `title = \"…\"` on its own line",
            ));
            None
        }
    }
}

/// The front matter's fields checked one by one, each problem reported at its field's line.
struct Fields<'a> {
    path: &'a Path,
    fm_text: &'a str,
}

impl Fields<'_> {
    fn line(&self, name: &str) -> usize {
        self.fm_text.lines().position(|l| l.trim_start().starts_with(name)).map(|i| i + 1).unwrap_or(1)
    }

    /// Title, outlet and language are there (`published` is checked with its format).
    fn required(&self, fm: &FrontMatter, diags: &mut Vec<Diagnostic>) -> bool {
        let mut ok = true;
        let mut require = |v: &Option<String>, name: &str, example: &str| {
            if v.is_none() {
                diags.push(Diagnostic::error(
                    self.path,
                    1,
                    format!("missing field `{name}` in the front matter"),
                    format!("add `{name} = {example}`"),
                ));
                ok = false;
            }
        };
        require(&fm.title, "title", "\"…\"");
        require(&fm.outlet, "outlet", "\"…\" (or \"\" when the text names no outlet)");
        require(&fm.language, "language", "\"fr\"");
        ok
    }

    /// The publication date, and the text it was written as.
    fn published(&self, fm: &FrontMatter, diags: &mut Vec<Diagnostic>) -> Option<(Published, String)> {
        let Some(v) = &fm.published else {
            diags.push(Diagnostic::error(
                self.path,
                1,
                "missing field `published` in the front matter",
                "add `published = \"YYYY-MM-DD\"`",
            ));
            return None;
        };
        let s = match v {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            other => other.to_string(),
        };
        let p = parse_published(&s);
        if p.is_none() {
            diags.push(Diagnostic::error(
                self.path,
                self.line("published"),
                format!("bad date `published = {v}`"),
                "use YYYY-MM-DD, an RFC 3339 datetime, or YYYY-MM when only the month is known",
            ));
        }
        Some((p?, s))
    }

    /// The language, when given, is French: the extractor reads nothing else.
    fn french(&self, fm: &FrontMatter, diags: &mut Vec<Diagnostic>) -> bool {
        match &fm.language {
            Some(lang) if lang != "fr" => {
                diags.push(Diagnostic::error(
                    self.path,
                    self.line("language"),
                    format!("unknown language `{lang}`: the extractor reads French only"),
                    "set `language = \"fr\"` or remove the article",
                ));
                false
            }
            _ => true,
        }
    }

    /// The document type the writer forced, if any (`Err` when it is unknown).
    fn document(
        &self,
        fm: &FrontMatter,
        diags: &mut Vec<Diagnostic>,
    ) -> Result<Option<crate::time::DocType>, ()> {
        let Some(d) = fm.document.as_deref() else { return Ok(None) };
        match crate::time::DocType::parse(d) {
            Some(t) => Ok(Some(t)),
            None => {
                diags.push(Diagnostic::error(
                    self.path,
                    self.line("document"),
                    format!("unknown document type `document = \"{d}\"`"),
                    "use `document = \"news\"`, `\"narrative\"` (explainers, retrospectives) or `\"liveblog\"`, or remove the line to let the text decide",
                ));
                Err(())
            }
        }
    }

    /// The widget links only http(s) pages: anything else (javascript:, data:, a bare path)
    /// is dropped with a warning.
    fn http_url(&self, u: String, diags: &mut Vec<Diagnostic>) -> Option<String> {
        let l = u.trim().to_ascii_lowercase();
        let ok = (l.starts_with("https://") || l.starts_with("http://"))
            && !u.chars().any(|c| c.is_control() || c.is_whitespace());
        if !ok {
            let shown: String = u.chars().filter(|c| !c.is_control()).take(60).collect();
            diags.push(Diagnostic::warning(
                self.path,
                self.line("url"),
                format!("`url` is not an http(s) address, exported as null: `{shown}`"),
            ));
        }
        ok.then_some(u)
    }
}

/// Load every `*.md` article of `dir`, sorted by id. Only files whose extension is exactly
/// `md` are read; every other file (`.txt`, `.MD`, no extension, …) is skipped without a
/// diagnostic. The file stem is the id, and ids are compared ignoring case: when two stems
/// differ only in case (`A.md` and `a.md`), the first in path order is loaded and the
/// other is reported as a duplicate-id error and skipped.
pub(crate) fn load_dir(dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<Article> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect(),
        Err(e) => {
            diags.push(Diagnostic::error(
                dir,
                0,
                format!("cannot read the articles directory: {e}"),
                "create DIR/articles with <id>.md files",
            ));
            return Vec::new();
        }
    };
    paths.sort();
    let mut seen: std::collections::BTreeMap<String, PathBuf> = Default::default();
    let mut out = Vec::new();
    for p in paths {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "md" {
            continue;
        }
        let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let key = id.to_lowercase();
        if let Some(first) = seen.get(&key) {
            diags.push(Diagnostic::error(
                &p,
                1,
                format!("duplicate article id `{id}` (already used by {})", first.display()),
                "rename one of the files: the file stem is the article id",
            ));
            continue;
        }
        seen.insert(key, p.clone());
        if let Some(a) = load(&p, diags) {
            out.push(a);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<Article>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let a = parse(Path::new("x.md"), "x", text, &mut d);
        (a, d)
    }

    #[test]
    fn parses_front_matter_and_keeps_body_verbatim() {
        let (a, d) = run("+++\ntitle = \"T\"\noutlet = \"\"\npublished = \"2024-03-05\"\nlanguage = \"fr\"\n+++\n  Corps  brut\n");
        assert!(d.is_empty(), "{d:?}");
        let a = a.unwrap();
        assert_eq!(a.body, "  Corps  brut\n");
        assert_eq!(a.meta.outlet, None);
        assert_eq!(a.body_line, 7);
    }

    #[test]
    fn reports_every_problem() {
        let (a, d) = run("+++\ntitle = \"T\"\npublished = \"2024-13-05\"\nlanguage = \"en\"\n+++\n");
        assert!(a.is_none());
        let all: Vec<String> = d.iter().map(|x| x.to_string()).collect();
        assert!(all.iter().any(|m| m.contains("missing field `outlet`")), "{all:?}");
        assert!(all.iter().any(|m| m.contains("x.md:3: error: bad date")), "{all:?}");
        assert!(all.iter().any(|m| m.contains("unknown language")), "{all:?}");
        assert!(all.iter().any(|m| m.contains("empty body")), "{all:?}");
    }

    #[test]
    fn publication_formats() {
        assert!(matches!(parse_published("2023-09"), Some(Published::Month(_))));
        assert!(matches!(parse_published("2023-09-22T18:58:00+01:00"), Some(Published::Day(_))));
        assert!(parse_published("22/09/2023").is_none());
    }
}
