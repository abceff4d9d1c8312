//! A story folder's TOML files from arbitrary text: the gazetteer (`places.toml`), the
//! actors (`actors.toml`) and `story.toml` never panic, every problem is a diagnostic that
//! names its file with a fix, and a story that loads has no error.
#![no_main]
use chronocarte_corpus::{gazetteer::Gazetteer, lexicon::Lexicon, story::Story};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let mut diags = Vec::new();
    let g = Gazetteer::parse(Path::new("places.toml"), text, &mut diags);
    let l = Lexicon::parse(Path::new("actors.toml"), text, &mut diags);
    assert!(diags.iter().all(|d| d.file.ends_with("places.toml") || d.file.ends_with("actors.toml")));
    let mut story_diags = Vec::new();
    let story = Story::parse(Path::new("story.toml"), text, &mut story_diags);
    assert!(story_diags.iter().all(|d| d.file.ends_with("story.toml") && d.is_error() && d.fix.is_some()));
    assert_eq!(story.is_some(), story_diags.is_empty());
    // what was loaded can be indexed for extraction
    std::hint::black_box(chronocarte_corpus::extract::Context::new(&g, &l));
});
