//! A story's gazetteer (`places.toml`) and actors (`actors.toml`) from arbitrary text: never
//! panics, and every problem is a diagnostic that names the file. (`story.toml` joins this
//! target when the story folder of issue 13 exists.)
#![no_main]
use chronocarte_corpus::{gazetteer::Gazetteer, lexicon::Lexicon};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let mut diags = Vec::new();
    let g = Gazetteer::parse(Path::new("places.toml"), text, &mut diags);
    let l = Lexicon::parse(Path::new("actors.toml"), text, &mut diags);
    assert!(diags.iter().all(|d| d.file.ends_with("places.toml") || d.file.ends_with("actors.toml")));
    // what was loaded can be indexed for extraction
    std::hint::black_box(chronocarte_corpus::extract::Context::new(&g, &l));
});
