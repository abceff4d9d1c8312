//! The seed story and invented one-paragraph articles, shared by the extraction tests.
use super::*;

/// The seed story's gazetteer, with the places of the TOML text `extra` added, and its
/// actors.
pub(super) fn seed_story(extra: &str) -> (Gazetteer, Lexicon) {
    let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
    let mut d = Vec::new();
    let places = std::fs::read_to_string(root.join("places.toml")).expect("places") + extra;
    let g = Gazetteer::parse(&root.join("places.toml"), &places, &mut d);
    (g, Lexicon::load(&root.join("actors.toml"), &mut d))
}

/// An invented one-paragraph article titled `title`, published on Thursday 2024-03-07.
pub(super) fn article_titled(title: &str, body: &str) -> Article {
    let text = format!(
        "+++\ntitle = \"{title}\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
    );
    crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut Vec::new()).expect("parses")
}

/// The merged events of an invented article of the seed story, with the places of `extra`
/// added to the story's.
pub(super) fn events_titled(title: &str, body: &str, extra: &str) -> Vec<crate::export::Event> {
    let (g, l) = seed_story(extra);
    crate::process_articles(&[article_titled(title, body)], &g, &l, None).0.events
}

/// The candidates of an invented article of the seed story, before any merge, with the
/// story's actors to name them.
pub(super) fn candidates_of(body: &str) -> (Vec<Candidate>, Lexicon) {
    let (g, l) = seed_story("");
    let candidates = extract(&article_titled("t", body), &Context::new(&g, &l)).candidates;
    (candidates, l)
}
