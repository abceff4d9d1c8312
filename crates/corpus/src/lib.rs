//! Chronocarte's corpus tool: parse articles, extract events, merge them, bake them.
//!
//! Everything here runs natively at build time (the widget's `build.rs`) or from the
//! `chronocarte` command; nothing here runs in the browser.
//!
//! Pipeline ([`process`]): [`article`] (front matter, body) → [`boilerplate`] →
//! [`sentence`] → per sentence [`gazetteer`], [`lexicon`], [`time`], [`classify`],
//! [`claim`] ([`extract`] orchestrates) → [`merge`] → [`overrides`] → [`export`].
pub mod article;
pub mod bake;
pub(crate) mod boilerplate;
pub(crate) mod candidate;
pub(crate) mod claim;
pub(crate) mod classify;
pub mod diagnostics;
pub mod export;
pub mod extract;
pub mod fold;
pub(crate) mod frames;
pub mod gazetteer;
pub mod isolate;
pub mod lexicon;
pub(crate) mod matcher;
pub(crate) mod merge;
pub mod names;
pub(crate) mod numbers;
pub(crate) mod overrides;
pub mod review;
pub mod scaffold;
pub mod score;
pub(crate) mod sentence;
pub mod story;
pub mod synth;
pub mod time;
pub(crate) mod wordgate;

use std::path::Path;

use diagnostics::Diagnostic;

/// The result of processing a corpus directory.
#[derive(Debug, Clone)]
pub struct Processed {
    pub export: export::Export,
    pub gazetteer: gazetteer::Gazetteer,
    pub lexicon: lexicon::Lexicon,
    /// The articles as loaded (bodies included), sorted by id.
    pub articles: Vec<article::Article>,
    /// Errors and warnings, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
}

/// Process the corpus in `dir`: articles in `dir/articles`, `places.toml`, `actors.toml`
/// and the optional `overrides.toml` in `dir`.
pub fn process(dir: &Path) -> Processed {
    let mut diags = Vec::new();
    let (gazetteer, lexicon, articles) = load(dir, &mut diags);
    let (export, more) = process_articles(&articles, &gazetteer, &lexicon, Some(&dir.join("overrides.toml")));
    diags.extend(more);
    diags.sort_by(|a, b| {
        (a.file.as_path(), a.line, a.level, &a.message).cmp(&(b.file.as_path(), b.line, b.level, &b.message))
    });
    diags.dedup();
    Processed { export, gazetteer, lexicon, articles, diagnostics: diags }
}

/// The story folder's places, actors and articles, with every problem in `diags`: what
/// [`process`] and [`explain`] both read.
fn load(
    dir: &Path,
    diags: &mut Vec<Diagnostic>,
) -> (gazetteer::Gazetteer, lexicon::Lexicon, Vec<article::Article>) {
    let gazetteer = gazetteer::Gazetteer::load(&dir.join("places.toml"), diags);
    let lexicon = lexicon::Lexicon::load(&dir.join("actors.toml"), diags);
    let articles = article::load_dir(&dir.join("articles"), diags);
    (gazetteer, lexicon, articles)
}

/// Why the event `id` of the corpus in `dir` is made of its reports, criterion by
/// criterion, and why nearby events were kept apart (`chronocarte check DIR --explain ID`).
pub fn explain(dir: &Path, id: &str) -> Result<String, String> {
    let (gazetteer, lexicon, articles) = load(dir, &mut Vec::new());
    let ctx = extract::Context::new(&gazetteer, &lexicon);
    let (cands, _) = candidates(&ctx, &articles);
    merge::explain(cands, &gazetteer, &lexicon, id).ok_or_else(|| {
        format!("no event `{id}` in {}: take an id from `chronocarte check` or the export", dir.display())
    })
}

/// Extract, merge and export already loaded articles (the benchmark's entry point).
pub fn process_articles(
    articles: &[article::Article],
    gazetteer: &gazetteer::Gazetteer,
    lexicon: &lexicon::Lexicon,
    overrides: Option<&Path>,
) -> (export::Export, Vec<Diagnostic>) {
    let ctx = extract::Context::new(gazetteer, lexicon);
    process_articles_in(&ctx, articles, overrides)
}

/// [`process_articles`] with an extraction context built once by the caller (the fuzz
/// target reuses one across inputs: building the place and actor indices costs more than
/// extracting a short article).
pub fn process_articles_in(
    ctx: &extract::Context<'_>,
    articles: &[article::Article],
    overrides: Option<&Path>,
) -> (export::Export, Vec<Diagnostic>) {
    let (gazetteer, lexicon) = (ctx.gazetteer, ctx.lexicon);
    let (cands, mut diags) = candidates(ctx, articles);
    let mut events = merge::merge(cands, gazetteer, lexicon);
    if let Some(p) = overrides {
        if p.exists() {
            let ov = overrides::load(p, &mut diags);
            overrides::apply(&mut events, &ov, gazetteer, lexicon, p, &mut diags);
            merge::sort_events(&mut events);
        }
    }
    let mut metas: Vec<export::ArticleMeta> = articles.iter().map(|a| a.meta.clone()).collect();
    metas.sort_by(|a, b| a.id.cmp(&b.id));
    (export::Export { articles: metas, events }, diags)
}

/// Every article's candidate events, each article extracted on its own
/// ([`isolate`]: one that fails loses its events, not the others'), with their problems.
fn candidates(
    ctx: &extract::Context<'_>,
    articles: &[article::Article],
) -> (Vec<candidate::Candidate>, Vec<Diagnostic>) {
    let mut cands = Vec::new();
    let mut diags = Vec::new();
    for a in articles {
        let x = isolate::extract_isolated(a, |a| extract::extract(a, ctx));
        cands.extend(x.candidates);
        diags.extend(x.diagnostics);
    }
    (cands, diags)
}

/// This crate's directory, for tests, benches and the synthetic corpus to find the stories
/// and fixtures: the one cargo names at run time (`CARGO_MANIFEST_DIR` is set when it runs a
/// test or a bench), else the compile-time one. With the target directory shared between
/// clones (`./dev`), a test binary may have been compiled in another clone, and its
/// compile-time path would read that clone's files.
#[doc(hidden)]
pub fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")), std::path::PathBuf::from)
}
