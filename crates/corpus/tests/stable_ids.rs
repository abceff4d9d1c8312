//! Stable links (issue 7): an event's id depends on what the event is, not on where it sits
//! in the corpus. Adding an article must not change the id of an existing event, and when an
//! event merges into another, its old id still resolves (through `aliases`).
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan")
}

/// A copy of the project corpus without `skip` (an article file name).
fn corpus_without(skip: &str) -> tempfile::TempDir {
    let src = corpus_dir();
    let tmp = tempfile::tempdir().unwrap();
    for f in ["places.toml", "actors.toml", "overrides.toml"] {
        if src.join(f).exists() {
            std::fs::copy(src.join(f), tmp.path().join(f)).unwrap();
        }
    }
    std::fs::create_dir(tmp.path().join("articles")).unwrap();
    for e in std::fs::read_dir(src.join("articles")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name != skip {
            std::fs::copy(e.path(), tmp.path().join("articles").join(&name)).unwrap();
        }
    }
    tmp
}

fn resolvable_ids(dir: &Path) -> (Vec<String>, HashSet<String>) {
    let p = chronocarte_corpus::process(dir);
    assert!(!p.diagnostics.iter().any(|d| d.is_error()), "corpus has errors");
    let ids: Vec<String> = p.export.events.iter().map(|e| e.id.clone()).collect();
    let all = p
        .export
        .events
        .iter()
        .flat_map(|e| std::iter::once(e.id.clone()).chain(e.aliases.iter().cloned()))
        .collect();
    (ids, all)
}

#[test]
fn adding_an_article_keeps_every_existing_event_id_resolvable() {
    let (full_ids, full) = resolvable_ids(&corpus_dir());
    let unique: HashSet<_> = full_ids.iter().collect();
    assert_eq!(unique.len(), full_ids.len(), "event ids are not unique");
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir().join("articles"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    assert!(names.len() >= 2);
    for skip in &names {
        let tmp = corpus_without(skip);
        let (before, _) = resolvable_ids(tmp.path());
        let lost: Vec<_> = before.iter().filter(|id| !full.contains(*id)).collect();
        assert!(lost.is_empty(), "adding {skip} made these event ids unresolvable: {lost:?}");
    }
}

#[test]
fn ids_do_not_depend_on_article_order_or_runs() {
    let (a, _) = resolvable_ids(&corpus_dir());
    let (b, _) = resolvable_ids(&corpus_dir());
    assert_eq!(a, b);
}
