//! The held-out articles (`tests/heldout/`): articles written for evaluation only, never
//! part of `corpus/articles`, with hand-made gold events (`gold.toml`, same format as the
//! shared `gold-seeds.toml`). The key checks of the scorer are done here in Rust, so this
//! test needs nothing outside this crate: core events found with an accepted date and type,
//! no event from a negative (boilerplate) text, every quote verbatim.

use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    event: Vec<GoldEvent>,
    #[serde(default)]
    negative: Vec<Negative>,
}

#[derive(Deserialize)]
struct GoldEvent {
    article: String,
    anchors: Vec<String>,
    dates: Vec<String>,
    types: Vec<String>,
    tier: String,
}

#[derive(Deserialize)]
struct Negative {
    article: String,
    text: String,
}

#[test]
fn heldout_minimum_figures() {
    let here = chronocarte_corpus::manifest_dir().join("tests/heldout");
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("articles")).unwrap();
    for e in std::fs::read_dir(here.join("articles")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, d.join("articles").join(p.file_name().unwrap())).unwrap();
    }
    let root = chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan");
    for f in ["places.toml", "actors.toml"] {
        std::fs::copy(root.join(f), d.join(f)).unwrap();
    }
    let p = chronocarte_corpus::process(d);
    assert!(p.diagnostics.iter().all(|x| !x.is_error()), "{:?}", p.diagnostics);
    let gold: Gold = toml::from_str(&std::fs::read_to_string(here.join("gold.toml")).unwrap()).unwrap();
    let kind = |e: &chronocarte_corpus::export::Event| {
        serde_json::to_value(e.kind).unwrap().as_str().unwrap().to_string()
    };
    let (mut core, mut core_ok, mut all, mut all_ok) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for g in gold.event.iter().filter(|g| g.tier != "context") {
        let ok = p.export.events.iter().any(|e| {
            e.mentions
                .iter()
                .any(|m| m.article == g.article && g.anchors.iter().any(|a| m.quote.contains(a.as_str())))
                && g.dates.contains(&e.date.start)
                && g.types.contains(&kind(e))
        });
        all += 1;
        all_ok += ok as usize;
        if g.tier == "core" {
            core += 1;
            core_ok += ok as usize;
        }
        if !ok {
            misses.push(g.anchors[0].clone());
        }
    }
    let (c, a) = (core_ok as f64 / core as f64, all_ok as f64 / all as f64);
    eprintln!("held-out: core {core_ok}/{core} = {c:.3}, all {all_ok}/{all} = {a:.3}; missed: {misses:#?}");
    assert!(c >= 0.80, "core date+type recall {c:.3} < 0.80");
    assert!(a >= 0.70, "all date+type recall {a:.3} < 0.70");
    for n in &gold.negative {
        for e in &p.export.events {
            for m in &e.mentions {
                assert!(
                    !(m.article == n.article && m.quote.contains(n.text.as_str())),
                    "event from boilerplate: {}",
                    n.text
                );
            }
        }
    }
    for e in &p.export.events {
        for m in &e.mentions {
            let text = std::fs::read_to_string(d.join("articles").join(format!("{}.md", m.article))).unwrap();
            assert!(text.contains(&m.quote), "unfaithful quote: {}", m.quote);
        }
    }
    // the held-out article with a javascript: url exports it as null
    assert!(p
        .export
        .articles
        .iter()
        .all(|a| a.url.as_deref().is_none_or(|u| u.starts_with("https://") || u.starts_with("http://"))));
}
