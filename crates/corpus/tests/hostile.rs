//! Hostile input (issue 7): huge articles, comment-only pages, empty corpora, colliding ids,
//! markup, `javascript:` URLs, bidi controls and endless words all give a normal export
//! (possibly empty, with warnings) or an error naming the file: never a panic or a hang.
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_dir() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().to_path_buf();
    std::fs::create_dir_all(d.join("articles")).unwrap();
    let root = chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan");
    for f in ["places.toml", "actors.toml", "story.toml", "nagorno-karabakh.geojson", "lakes.geojson"] {
        std::fs::copy(root.join(f), d.join(f)).unwrap();
    }
    (tmp, d)
}

fn article(front: &str, body: &str) -> String {
    format!("+++\n{front}outlet = \"\"\npublished = \"2023-09-22\"\nlanguage = \"fr\"\n+++\n{body}")
}

fn write(d: &Path, name: &str, text: &str) {
    std::fs::write(d.join("articles").join(name), text).unwrap();
}

/// Every exported quote is a verbatim slice of its article's body.
fn check_faithful(p: &chronocarte_corpus::Processed, d: &Path) {
    for e in &p.export.events {
        for m in &e.mentions {
            let text = std::fs::read_to_string(d.join("articles").join(format!("{}.md", m.article))).unwrap();
            assert!(text.contains(&m.quote), "quote not in {}: {}", m.article, m.quote);
        }
    }
}

#[test]
fn ten_megabyte_article() {
    let (_t, d) = corpus_dir();
    let mut body = String::new();
    // sentences, then walls of text without punctuation, then one endless word
    while body.len() < 4_000_000 {
        body.push_str("Mardi, des obus sont tombés sur Goris, selon le ministère arménien. ");
    }
    body.push('\n');
    while body.len() < 8_000_000 {
        body.push_str("des tirs à Stepanakert et encore des mots sans aucune ponctuation ");
    }
    body.push('\n');
    body.push_str(&"x".repeat(2_100_000));
    body.push_str(".\n");
    write(&d, "big.md", &article("title = \"gros\"\n", &body));
    let p = chronocarte_corpus::process(&d);
    assert!(p.diagnostics.iter().all(|x| !x.is_error()));
    assert_eq!(p.export.articles.len(), 1);
    assert!(!p.export.events.is_empty());
    check_faithful(&p, &d);
}

#[test]
fn comments_only_article_gives_no_event() {
    let (_t, d) = corpus_dir();
    let body = "Commentaires (12)\nlecteur42 Il y a 2 jours\nMardi, l'armée a bombardé Stepanakert, c'est une honte.\nRéagir\nAnonyme\nLes négociations de jeudi à Bruxelles ne servent à rien.\n";
    write(&d, "comments.md", &article("title = \"c\"\n", body));
    let p = chronocarte_corpus::process(&d);
    assert_eq!(p.export.articles.len(), 1);
    assert!(p.export.events.is_empty(), "{:?}", p.export.events);
    assert!(p.diagnostics.iter().any(|x| x.to_string().contains("reader comments")));
}

#[test]
fn empty_corpus_exports_an_empty_valid_export() {
    let (_t, d) = corpus_dir();
    let p = chronocarte_corpus::process(&d);
    assert!(p.export.articles.is_empty() && p.export.events.is_empty());
    for cmd in ["export", "check"] {
        let out = Command::new(env!("CARGO_BIN_EXE_chronocarte")).arg(cmd).arg(&d).output().unwrap();
        assert!(out.status.success(), "{cmd}: {}", String::from_utf8_lossy(&out.stderr));
        if cmd == "export" {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(v["articles"].as_array().map(|a| a.len()), Some(0));
            assert_eq!(v["events"].as_array().map(|a| a.len()), Some(0));
        }
    }
}

#[test]
fn colliding_ids_are_errors_naming_the_file() {
    let (_t, d) = corpus_dir();
    let good =
        article("title = \"a\"\n", "Mardi, des obus sont tombés sur Goris, selon le ministère arménien.\n");
    write(&d, "a.md", &good);
    write(&d, "A.md", &good);
    write(&d, "a.txt", "Mardi, des obus sont tombés sur Goris.\n");
    let p = chronocarte_corpus::process(&d);
    assert_eq!(p.export.articles.len(), 1);
    let errs: Vec<String> = p.diagnostics.iter().filter(|x| x.is_error()).map(|x| x.to_string()).collect();
    assert!(
        errs.iter().any(|e| e.contains("duplicate article id") && (e.contains("A.md") || e.contains("a.md"))),
        "{errs:?}"
    );
    let ids: Vec<&str> = p.export.events.iter().map(|e| e.id.as_str()).collect();
    let mut u = ids.clone();
    u.sort();
    u.dedup();
    assert_eq!(u.len(), ids.len());
}

#[test]
fn markup_scripts_urls_bidi_and_long_words() {
    let (_t, d) = corpus_dir();
    let long = "a".repeat(200_000);
    let body = format!(
        "<p>Mardi, l'armée azerbaïdjanaise a <b>bombardé</b> Latchine, selon le ministère arménien.</p>\n<script>alert('Mardi, des obus sont tombés sur Goris.')</script>\nMercredi, des tirs ont visé \u{202e}Goris\u{202c} selon Erevan \u{200f}ce jour-là\u{200e}.\nJeudi, {long} a tiré sur Sotk.\n{long}\n"
    );
    write(
        &d,
        "html.md",
        &article(
            "title = \"<img src=x onerror=alert(1)> \u{202e}titre\"\nurl = \"javascript:alert(1)\"\n",
            &body,
        ),
    );
    write(
        &d,
        "data.md",
        &article(
            "title = \"t\"\nurl = \"data:text/html,<script>alert(1)</script>\"\n",
            "Mardi, des obus sont tombés sur Goris, selon le ministère arménien.\n",
        ),
    );
    write(
        &d,
        "ok.md",
        &article(
            "title = \"t\"\nurl = \"https://example.org/a?b=1\"\n",
            "Mardi, des obus sont tombés sur Goris, selon le ministère arménien.\n",
        ),
    );
    let p = chronocarte_corpus::process(&d);
    let url = |id: &str| p.export.articles.iter().find(|a| a.id == id).unwrap().url.clone();
    assert_eq!(url("html"), None);
    assert_eq!(url("data"), None);
    assert_eq!(url("ok").as_deref(), Some("https://example.org/a?b=1"));
    let warns: Vec<String> = p.diagnostics.iter().map(|x| x.to_string()).collect();
    assert!(warns.iter().any(|w| w.contains("html.md") && w.contains("not an http(s) address")), "{warns:?}");
    assert!(p.diagnostics.iter().all(|x| !x.is_error()), "{warns:?}");
    check_faithful(&p, &d);
    // the export serialises and parses back
    let j = serde_json::to_string(&p.export).unwrap();
    let _: serde_json::Value = serde_json::from_str(&j).unwrap();
}
