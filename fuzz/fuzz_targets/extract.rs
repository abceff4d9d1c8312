//! The whole extraction (boilerplate, sentences, gazetteer, actors, dates, claims, merge,
//! export) on an article whose body is arbitrary UTF-8: never panics, quotes stay verbatim.
#![no_main]
use chronocarte_corpus::{article, gazetteer::Gazetteer, lexicon::Lexicon, process_articles};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn lexicons() -> &'static (Gazetteer, Lexicon) {
    static L: OnceLock<(Gazetteer, Lexicon)> = OnceLock::new();
    L.get_or_init(|| {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        let mut d = Vec::new();
        (
            Gazetteer::load(&corpus.join("places.toml"), &mut d),
            Lexicon::load(&corpus.join("actors.toml"), &mut d),
        )
    })
}

fuzz_target!(|body: &str| {
    let (g, l) = lexicons();
    let text = format!(
        "+++\ntitle = \"Fuzz\"\noutlet = \"Fuzz\"\npublished = \"2023-09-21\"\nlanguage = \"fr\"\n+++\n{body}"
    );
    let mut diags = Vec::new();
    let Some(a) = article::parse(Path::new("fuzz.md"), "fuzz", &text, &mut diags) else { return };
    let (export, _) = process_articles(std::slice::from_ref(&a), g, l, None);
    for e in &export.events {
        for m in &e.mentions {
            assert!(body.contains(&m.quote), "quote not verbatim: {:?}", m.quote);
        }
    }
});
