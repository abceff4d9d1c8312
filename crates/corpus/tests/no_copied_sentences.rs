//! Rules are general patterns, never copied sentences: no sequence of 6 or more words of
//! any article (every story's, held-out, development and test splits) may appear in the
//! extractor's source (every module of `crates/corpus/src` that reads articles, comments,
//! strings and unit tests included), in the event frames (`lexicon/frames.toml`) and their
//! invented test sentences (`testdata/frames/cases.toml`), or in the story's lexicon files
//! (every story's `places.toml` and `actors.toml` under `stories/`).
//!
//! Not scanned: the baker (`bake/`) and the synthetic benchmark corpus (`synth.rs`), which
//! extract nothing. In the lexicons, names (`aliases`, `variants`, `name_*`, `label_*`)
//! are names of institutions ("Comité international de la Croix-Rouge"), not rules, and are
//! exempt; descriptive `references` are scanned.
use std::collections::HashSet;
use std::path::{Path, PathBuf};

const N: usize = 6;

fn words(text: &str) -> Vec<String> {
    let folded = chronocarte_corpus::fold::fold(text);
    chronocarte_corpus::fold::words(&folded).into_iter().map(|(s, e)| folded[s..e].to_string()).collect()
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

#[test]
fn no_six_word_sequence_of_an_article_in_the_rules() {
    let here = chronocarte_corpus::manifest_dir();
    let root = here.join("../..");
    let mut articles = Vec::new();
    for d in ["stories", "crates/corpus/tests/heldout/articles", "crates/corpus/tests/eval/articles"] {
        files(&root.join(d), "md", &mut articles);
    }
    assert!(articles.len() >= 40, "articles found: {}", articles.len());
    let mut grams: HashSet<Vec<String>> = HashSet::new();
    for a in &articles {
        let text = std::fs::read_to_string(a).unwrap();
        let body = text.splitn(3, "+++").nth(2).unwrap_or(&text);
        for w in words(body).windows(N) {
            grams.insert(w.to_vec());
        }
    }
    let mut rules = Vec::new();
    files(&here.join("src"), "rs", &mut rules);
    rules.retain(|p| !p.components().any(|c| c.as_os_str() == "bake") && !p.ends_with("synth.rs"));
    assert!(rules.len() >= 15, "sources found: {}", rules.len());
    // the event frames and their invented test sentences are rules too, read whole
    rules.push(here.join("lexicon/frames.toml"));
    rules.push(here.join("testdata/frames/cases.toml"));
    let mut texts: Vec<(PathBuf, String)> =
        rules.iter().map(|r| (r.clone(), std::fs::read_to_string(r).unwrap())).collect();
    let mut lexicons = Vec::new();
    files(&root.join("stories"), "toml", &mut lexicons);
    lexicons.retain(|f| f.ends_with("places.toml") || f.ends_with("actors.toml"));
    assert!(lexicons.len() >= 2, "{lexicons:?}");
    for f in lexicons {
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let mut strings = Vec::new();
        lexicon_strings(&v, "", &mut strings);
        texts.push((f, strings.join(" | ")));
    }
    let mut copied = Vec::new();
    for (r, text) in &texts {
        // each string of a lexicon is checked on its own
        for part in text.split(" | ") {
            for w in words(part).windows(N) {
                if grams.contains(w) {
                    copied.push(format!(
                        "{}: «{}»",
                        r.strip_prefix(&root).unwrap_or(r).display(),
                        w.join(" ")
                    ));
                }
            }
        }
    }
    assert!(copied.is_empty(), "word sequences copied from articles into the rules:\n{}", copied.join("\n"));
}

/// Every string of a lexicon file except names (and capitalised references, which are names).
fn lexicon_strings(v: &toml::Value, key: &str, out: &mut Vec<String>) {
    let name = matches!(key, "aliases" | "variants") || key.starts_with("name") || key.starts_with("label");
    match v {
        // a capitalised reference is an institution's name ("Conseil de sécurité de l'ONU")
        toml::Value::String(s) if !name && !s.starts_with(char::is_uppercase) => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|x| lexicon_strings(x, key, out)),
        // a `names` table's keys are languages: its strings are names too
        toml::Value::Table(t) => {
            t.iter().for_each(|(k, x)| lexicon_strings(x, if name { key } else { k }, out))
        }
        _ => {}
    }
}

#[test]
fn the_check_catches_a_copied_sentence() {
    // near miss and hit, on the same machinery: five shared words pass, six fail
    let article: HashSet<Vec<String>> = words("Mardi, les forces ont franchi la rivière au petit matin.")
        .windows(N)
        .map(|w| w.to_vec())
        .collect();
    let five = words("les forces ont franchi la digue");
    let six = words("// exemple : les forces ont franchi la rivière");
    assert!(!five.windows(N).any(|w| article.contains(w)));
    assert!(six.windows(N).any(|w| article.contains(w)));
}
