//! The whole extraction (boilerplate, sentences, gazetteer, actors, frames, dates, claims,
//! merge, export) on an article whose body is arbitrary UTF-8: never panics, quotes stay
//! verbatim. One extraction context serves every input (built once: its place and actor
//! indices cost more than a short article).
#![no_main]
use chronocarte_corpus::{
    article, extract::Context, gazetteer::Gazetteer, lexicon::Lexicon, process_articles_in,
};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn context() -> &'static Context<'static> {
    static L: OnceLock<(Gazetteer, Lexicon)> = OnceLock::new();
    static C: OnceLock<Context<'static>> = OnceLock::new();
    C.get_or_init(|| {
        let (g, l) = L.get_or_init(|| {
            let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stories/armenia-azerbaijan");
            let mut d = Vec::new();
            (
                Gazetteer::load(&corpus.join("places.toml"), &mut d),
                Lexicon::load(&corpus.join("actors.toml"), &mut d),
            )
        });
        Context::new(g, l)
    })
}

fuzz_target!(|body: &str| {
    let text = format!(
        "+++\ntitle = \"Fuzz\"\noutlet = \"Fuzz\"\npublished = \"2023-09-21\"\nlanguage = \"fr\"\n+++\n{body}"
    );
    let mut diags = Vec::new();
    let Some(a) = article::parse(Path::new("fuzz.md"), "fuzz", &text, &mut diags) else { return };
    let (export, _) = process_articles_in(context(), std::slice::from_ref(&a), None);
    for e in &export.events {
        for m in &e.mentions {
            assert!(body.contains(&m.quote), "quote not verbatim: {:?}", m.quote);
        }
    }
});
