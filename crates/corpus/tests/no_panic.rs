//! No input panics the extractor. (Speed on long inputs is measured in `benches/extract.rs`,
//! never timed here.)
use std::path::Path;

use chronocarte_corpus::{article, extract, gazetteer::Gazetteer, lexicon::Lexicon};
use proptest::prelude::*;

fn ctx_parts() -> (Gazetteer, Lexicon) {
    let root = chronocarte_corpus::manifest_dir().join("../../corpus");
    let mut d = Vec::new();
    (Gazetteer::load(&root.join("places.toml"), &mut d), Lexicon::load(&root.join("actors.toml"), &mut d))
}

fn run(body: &str, g: &Gazetteer, l: &Lexicon) {
    let text = format!(
        "+++\ntitle = \"t\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}"
    );
    let mut d = Vec::new();
    if let Some(a) = article::parse(Path::new("p.md"), "p", &text, &mut d) {
        let ctx = extract::Context::new(g, l);
        let x = extract::extract(&a, &ctx);
        for c in &x.candidates {
            assert!(a.body.contains(&c.quote));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let (g, l) = ctx_parts();
        run(&s, &g, &l);
    }

    #[test]
    fn frenchish_text_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("mardi "), Just("le 31 février "), Just("« "), Just(" »"), Just(". "), Just("M. "), Just("Stepanakert "),
        Just("a tiré "), Just("cessez-le-feu "), Just("au moins 3 000 morts "), Just("selon "), Just("\n"), Just("…"),
        Just("il y a 99999 jours "), Just("2099 "), Just("0 "), Just("Ə"), Just("’"), Just("a démenti "),
    ], 0..80)) {
        let (g, l) = ctx_parts();
        run(&parts.concat(), &g, &l);
    }
}

#[test]
fn twenty_thousand_sentences() {
    let (g, l) = ctx_parts();
    let body = "Mardi, l'armée a bombardé Stepanakert, selon le médiateur. ".repeat(20_000);
    run(&body, &g, &l);
}
