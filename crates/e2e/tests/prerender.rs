//! The first screen as static markup (issue 15, `src/prerender.rs`): a release build's page
//! shows the title, the count, the map's box and the first cards before any script runs,
//! and the widget that mounts over it puts every one of them at the same place. Run against
//! the release build (`trunk build --release` first).
use chronocarte_e2e::{dist, Browser, Server, STRICT_CSP, WATCH_CSP_JS};
use serde_json::Value;
use std::time::{Duration, Instant};

/// Page-relative boxes of the first screen's parts, and what is on the page.
const GEOMETRY_JS: &str = r#"
const root = document.querySelector('.cc-root');
const box = (sel) => { const e = root && root.querySelector(sel); if (!e) return null;
  const r = e.getBoundingClientRect();
  return [r.left, r.top + scrollY, r.width, r.height].map(Math.round); };
return { roots: document.querySelectorAll('.cc-root').length,
         prerendered: document.querySelectorAll('[data-chronocarte-prerendered]').length,
         inert: !!(root && root.inert), ready: !!(root && root.hasAttribute('data-chronocarte-ready')),
         title: box('.cc-title'), toolbar: box('.cc-toolbar'), count: box('.cc-count'),
         map: box('.cc-map'), heading: box('.cc-group-h'), lede: box('.cc-event .cc-lede'),
         kind: root && getComputedStyle(root.querySelector('.cc-event')).getPropertyValue('--cc-kind').trim(),
         text: root && root.querySelector('.cc-event .cc-lede').textContent };
"#;

const PARTS: [&str; 6] = ["title", "toolbar", "count", "map", "heading", "lede"];

#[tokio::test]
async fn the_first_screen_is_painted_before_the_wasm_and_the_widget_mounts_in_its_place() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for (w, h) in [(375u32, 740u32), (1280, 800)] {
        // No script at all: the loader answers 404.
        server.set_failing(vec![("chronocarte.js".into(), 404)]);
        let s = browser.session(w, h).await;
        s.goto(&server.url("/")).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let before = s.js(GEOMETRY_JS).await;
        assert_eq!(before["prerendered"], 1, "{w}px: the static first screen is in the page: {before}");
        assert_eq!(before["inert"], true, "{w}px: inert until the widget mounts: {before}");
        assert_eq!(before["ready"], false, "{w}px: {before}");
        for part in PARTS {
            assert!(before[part].is_array(), "{w}px: no {part} before the wasm: {before}");
        }
        assert!(
            before["lede"][1].as_f64().unwrap() < h as f64,
            "{w}px: the first card's quote is on screen: {before}"
        );
        assert!(before["kind"].as_str().is_some_and(|k| !k.is_empty()), "{w}px: the card's colour: {before}");

        server.set_failing(vec![]);
        s.goto(&server.url("/")).await.unwrap();
        s.wait_ready(1).await;
        let after = s.js(GEOMETRY_JS).await;
        assert_eq!(after["prerendered"], 0, "{w}px: the static markup is gone: {after}");
        assert_eq!(after["roots"], 1, "{w}px: one widget: {after}");
        assert_eq!(after["inert"], false, "{w}px: {after}");
        assert_eq!(after["text"], before["text"], "{w}px: the same first event");
        // the inline styles moved to the page's stylesheet give the same colour
        assert_eq!(after["kind"], before["kind"], "{w}px: the first card's colour");
        for part in PARTS {
            assert_eq!(after[part], before[part], "{w}px: {part} moved when the widget mounted");
        }
        s.close().await;
    }
}

#[tokio::test]
async fn the_static_first_screen_breaks_no_strict_csp() {
    let server = Server::start(
        vec![chronocarte_e2e::Mount { prefix: "/".into(), root: dist() }],
        vec![("Content-Security-Policy".into(), STRICT_CSP.into())],
    );
    server.set_failing(vec![("chronocarte.js".into(), 404)]);
    let browser = Browser::start();
    let s = browser.session(375, 740).await;
    s.on_new_document(WATCH_CSP_JS).await;
    s.goto(&server.url("/")).await.unwrap();
    let t0 = Instant::now();
    let mut g: Value;
    loop {
        g = s.js(GEOMETRY_JS).await;
        if g["prerendered"] == 1 || t0.elapsed() > Duration::from_secs(10) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(g["prerendered"], 1, "{g}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let violations = s.js("return window.__ccViolations").await;
    assert_eq!(violations, Value::Array(vec![]), "CSP violations of the static markup under {STRICT_CSP}");
    s.close().await;
}
