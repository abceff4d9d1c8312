//! One article's failure stays with that article.
//!
//! Why: an editor adds an article and rebuilds; a bug in one extraction rule (the twentieth
//! session found a slice one byte inside "²") must not stop the other articles, and the
//! editor must learn which file set it off. Where the build unwinds (the build script that
//! bakes the widget's corpus, `cargo run` without `--release`, tests), the failing article's
//! events are left out and an error names its file. The release profile is
//! `panic = "abort"` for the wasm's size, so the release CLI still stops at the first such
//! bug; its panic hook (`main.rs`) names the article from [`article_in_progress`] before it
//! does.
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use crate::article::Article;
use crate::diagnostics::Diagnostic;
use crate::extract::Extraction;

thread_local! {
    static IN_PROGRESS: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
}

/// The file of the article this thread is extracting, if any (for a panic hook).
pub fn article_in_progress() -> Option<PathBuf> {
    IN_PROGRESS.with(|p| p.borrow().clone())
}

/// Runs `extract` on `article`; if it panics, an empty extraction with an error that names
/// the article instead.
pub(crate) fn extract_isolated(
    article: &Article,
    extract: impl FnOnce(&Article) -> Extraction,
) -> Extraction {
    IN_PROGRESS.with(|p| *p.borrow_mut() = Some(article.path.clone()));
    let done = catch_unwind(AssertUnwindSafe(|| extract(article)));
    IN_PROGRESS.with(|p| *p.borrow_mut() = None);
    done.unwrap_or_else(|_| failed(article))
}

fn failed(article: &Article) -> Extraction {
    let message = "the extractor failed on this article (a bug in Chronocarte, not in the article): \
                   its events are left out, the other articles are processed";
    let fix = "send this article to Chronocarte's developers; to publish meanwhile, keep it \
               or move it out of `articles/`, the rest of the story builds either way";
    Extraction {
        candidates: Vec::new(),
        diagnostics: vec![Diagnostic::error(&article.path, article.body_line, message, fix)],
        sentences: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(path: &str) -> Article {
        let text = "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-04\"\nlanguage = \"fr\"\n+++\nUne phrase.\n";
        let mut diags = Vec::new();
        crate::article::parse(std::path::Path::new(path), "a", text, &mut diags).expect("a valid article")
    }

    #[test]
    fn a_failing_article_gives_an_error_that_names_it_and_no_events() {
        let a = article("articles/bug.md");
        let x = extract_isolated(&a, |_| panic!("a rule's bug"));
        assert!(x.candidates.is_empty());
        assert_eq!(x.diagnostics.len(), 1);
        let d = &x.diagnostics[0];
        assert!(d.is_error());
        assert_eq!(d.file, std::path::PathBuf::from("articles/bug.md"));
        assert_eq!(d.line, a.body_line);
        assert_eq!(article_in_progress(), None, "the marker is cleared after a failure");
    }

    #[test]
    fn a_sound_article_passes_through_and_is_marked_while_it_runs() {
        let a = article("articles/ok.md");
        let x = extract_isolated(&a, |a| {
            assert_eq!(article_in_progress().as_deref(), Some(a.path.as_path()));
            Extraction { candidates: Vec::new(), diagnostics: Vec::new(), sentences: 7 }
        });
        assert_eq!((x.sentences, x.diagnostics.len()), (7, 0));
        assert_eq!(article_in_progress(), None);
    }
}
