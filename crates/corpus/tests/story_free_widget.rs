//! The widget's code holds nothing that belongs to one story: no place, actor, country
//! code or date of any story folder under `stories/` appears in `src/` or
//! `crates/model/src/` outside their tests (`#[cfg(test)]` modules are cut off).
//! Everything a story shows comes from its folder, baked into the bundle.
use std::path::{Path, PathBuf};

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its test module, folded, as words joined by single spaces.
fn code_words(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let folded = chronocarte_corpus::fold::fold(code);
    let words: Vec<&str> =
        chronocarte_corpus::fold::words(&folded).into_iter().map(|(s, e)| &folded[s..e]).collect();
    format!(" {} ", words.join(" "))
}

fn folded_words(s: &str) -> String {
    let f = chronocarte_corpus::fold::fold(s);
    chronocarte_corpus::fold::words(&f).into_iter().map(|(s, e)| &f[s..e]).collect::<Vec<_>>().join(" ")
}

/// Names, codes and dates of a story: the strings its code must not hold.
fn story_terms(dir: &Path) -> (Vec<String>, Vec<String>) {
    let mut names = vec![];
    let mut exact = vec![];
    let toml =
        |f: &str| -> toml::Value { toml::from_str(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap() };
    let strs = |v: &toml::Value| -> Vec<String> {
        match v {
            toml::Value::String(s) => vec![s.clone()],
            toml::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect(),
            toml::Value::Table(t) => t.values().filter_map(|x| x.as_str().map(str::to_owned)).collect(),
            _ => vec![],
        }
    };
    for p in toml("places.toml")["place"].as_array().into_iter().flatten() {
        for k in ["name_fr", "name_en", "names", "variants", "alt_fr"] {
            names.extend(p.get(k).map(strs).unwrap_or_default());
        }
        exact.extend(p.get("id").and_then(|v| v.as_str()).map(str::to_owned));
    }
    for a in toml("actors.toml")["actor"].as_array().into_iter().flatten() {
        for k in ["label_fr", "label_en", "aliases"] {
            names.extend(a.get(k).map(strs).unwrap_or_default());
        }
        exact.extend(a.get("id").and_then(|v| v.as_str()).map(str::to_owned));
    }
    let story = toml("story.toml");
    for k in ["focus", "countries"] {
        exact.extend(story["map"].get(k).map(strs).unwrap_or_default());
    }
    for e in story.get("episode").and_then(|e| e.as_array()).into_iter().flatten() {
        exact.extend(
            ["from", "to"].iter().filter_map(|k| e.get(*k).and_then(|v| v.as_str()).map(str::to_owned)),
        );
    }
    // Short or common-word names ("ONU", "Paris", "armée") say nothing about a story.
    names.retain(|n| n.chars().count() >= 5 && n.starts_with(char::is_uppercase));
    exact.retain(|x| {
        x.len() >= 3 && x.contains(|c: char| c.is_ascii_digit() || c == '_' || c.is_ascii_uppercase())
    });
    (names, exact)
}

#[test]
fn no_story_data_in_the_widget_or_the_model() {
    let root = chronocarte_corpus::manifest_dir().join("../..");
    let mut files = vec![];
    rs_files(&root.join("src"), &mut files);
    rs_files(&root.join("crates/model/src"), &mut files);
    let sources: Vec<(PathBuf, String, String)> = files
        .into_iter()
        .map(|f| {
            let t = std::fs::read_to_string(&f).unwrap();
            let raw = t.split("#[cfg(test)]").next().unwrap_or("").to_owned();
            (f, code_words(&t), raw)
        })
        .collect();
    let mut stories = vec![];
    for e in std::fs::read_dir(root.join("stories")).unwrap() {
        let d = e.unwrap().path();
        if d.join("story.toml").exists() {
            stories.push(d);
        }
    }
    assert!(stories.len() >= 2, "{stories:?}");
    let mut found = vec![];
    for s in &stories {
        let (names, exact) = story_terms(s);
        assert!(
            names.len() > 20 && exact.len() > 5,
            "{}: {} names, {} codes",
            s.display(),
            names.len(),
            exact.len()
        );
        for (f, words, raw) in &sources {
            for n in &names {
                if words.contains(&format!(" {} ", folded_words(n))) {
                    found.push(format!("{}: {n:?}", f.display()));
                }
            }
            for x in &exact {
                let hit = raw.match_indices(x.as_str()).any(|(i, _)| {
                    let before =
                        raw[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_');
                    let after =
                        raw[i + x.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '_');
                    before && after
                });
                if hit {
                    found.push(format!("{}: {x:?}", f.display()));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "story data in the widget's code:\n{}", found.join("\n"));
}

#[test]
fn the_check_sees_a_planted_name() {
    let words = code_words(
        "const X: &str = \"Stepanakert\";\n#[cfg(test)]\nmod tests { const Y: &str = \"Goris\"; }",
    );
    assert!(words.contains(&format!(" {} ", folded_words("Stepanakert"))));
    assert!(!words.contains(&format!(" {} ", folded_words("Goris"))), "tests are exempt");
}
