//! The seed corpus: deterministic, unique ids, no event from boilerplate, and (when the
//! shared evaluation kit is beside the clone) the scorer's thresholds.
use std::path::Path;

fn corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

#[test]
fn export_is_deterministic_with_unique_ids() {
    let a = chronocarte_corpus::process(&corpus());
    let b = chronocarte_corpus::process(&corpus());
    let ja = serde_json::to_string_pretty(&a.export).unwrap();
    assert_eq!(ja, serde_json::to_string_pretty(&b.export).unwrap());
    let mut ids: Vec<&str> = a.export.events.iter().map(|e| e.id.as_str()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert!(a.diagnostics.iter().all(|d| !d.is_error()), "{:?}", a.diagnostics);
    insta::assert_snapshot!("seed_export", ja);
}

#[test]
fn adding_an_article_keeps_existing_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("articles")).unwrap();
    for f in ["places.toml", "actors.toml"] {
        std::fs::copy(corpus().join(f), d.join(f)).unwrap();
    }
    let src = corpus().join("articles/004_e61bb0323007c61b.md");
    std::fs::copy(&src, d.join("articles/004_e61bb0323007c61b.md")).unwrap();
    let before: Vec<String> = chronocarte_corpus::process(d).export.events.iter().map(|e| e.id.clone()).collect();
    std::fs::write(
        d.join("articles/zzz_new.md"),
        "+++\ntitle = \"Nouveau\"\noutlet = \"\"\npublished = \"2024-05-02\"\nlanguage = \"fr\"\n+++\nMercredi, des obus sont tombés sur Goris, selon le ministère arménien.\n",
    )
    .unwrap();
    let after: Vec<String> = chronocarte_corpus::process(d).export.events.iter().map(|e| e.id.clone()).collect();
    for id in &before {
        assert!(after.contains(id), "{id} disappeared");
    }
    assert!(after.len() > before.len());
}

#[test]
fn seed_export_scores() {
    let score = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/score.py");
    if !score.exists() {
        eprintln!("skipping: {} not found", score.display());
        return;
    }
    let p = chronocarte_corpus::process(&corpus());
    let tmp = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(tmp.path(), serde_json::to_string(&p.export).unwrap()).unwrap();
    let gold = score.with_file_name("gold-seeds.toml");
    let out = std::process::Command::new("python3").arg(&score).arg(tmp.path()).arg(&gold).arg(corpus().join("articles")).arg("--json").output();
    let Ok(out) = out else {
        eprintln!("skipping: python3 not available");
        return;
    };
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("scorer output");
    let f = |k: &str| r[k].as_f64().unwrap();
    assert!(f("core_fully_correct") >= 0.90, "{r}");
    assert!(f("all_fully_correct") >= 0.80, "{r}");
    assert!(f("precision") >= 0.85, "{r}");
    assert_eq!(f("negative_hits"), 0.0);
    assert_eq!(f("unfaithful_quotes"), 0.0);
    assert_eq!(f("overmerged_pairs"), 0.0);
    assert!(f("merged_pairs") >= 0.8 * f("merge_pairs"), "{r}");
}
