//! The seed corpus: deterministic, unique ids, no event from boilerplate, and the scorer's
//! thresholds on the seed gold copied into `tests/eval/seeds/`.

fn corpus() -> std::path::PathBuf {
    chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan")
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
    let before: Vec<String> =
        chronocarte_corpus::process(d).export.events.iter().map(|e| e.id.clone()).collect();
    std::fs::write(
        d.join("articles/zzz_new.md"),
        "+++\ntitle = \"Nouveau\"\noutlet = \"\"\npublished = \"2024-05-02\"\nlanguage = \"fr\"\n+++\nMercredi, des obus sont tombés sur Goris, selon le ministère arménien.\n",
    )
    .unwrap();
    let after: Vec<String> =
        chronocarte_corpus::process(d).export.events.iter().map(|e| e.id.clone()).collect();
    for id in &before {
        assert!(after.contains(id), "{id} disappeared");
    }
    assert!(after.len() > before.len());
}

/// The seed scores, by the in-repository scorer (`chronocarte_corpus::score`, the
/// evaluation kit's scorer in Rust) on the seed gold copied into `tests/eval/seeds/`.
#[test]
fn seed_export_scores() {
    let set = chronocarte_corpus::manifest_dir().join("tests/eval/seeds");
    let (r, _) =
        chronocarte_corpus::score::evaluate(&set, &corpus(), chronocarte_corpus::score::Split::All).unwrap();
    eprintln!("{}", r.markdown("seeds"));
    assert!(r.core_fully_correct() >= 0.95, "core fully correct {:.3}", r.core_fully_correct());
    assert!(r.all_fully_correct() >= 0.90, "all fully correct {:.3}", r.all_fully_correct());
    assert!(r.precision() >= 0.90, "precision {:.3}", r.precision());
    assert_eq!(r.negative_hits, 0);
    assert_eq!(r.unfaithful_quotes, 0);
    assert!(
        r.merged_pairs as f64 >= 0.95 * r.merge_pairs as f64,
        "merges {}/{}",
        r.merged_pairs,
        r.merge_pairs
    );
    // 4 since the temporal module: a report's own date no longer dates the ceasefire it
    // reports, and an undated call by another leader is folded into the talks told before
    // it by the continuation rule, which issue 12 replaces with back-references.
    assert!(r.overmerged_pairs <= 4, "over-merges {}", r.overmerged_pairs);
}
