//! Content first (issue 14): what a reader sees before scrolling, the filter panel behind
//! one compact bar, and a timeline whose labels never leave the widget. Run against the
//! release build (`trunk build --release` first).
use chronocarte_e2e::fantoccini::key::Key;
use chronocarte_e2e::fantoccini::Locator;
use chronocarte_e2e::{dist, Browser, Server, Session};
use serde_json::Value;
use std::time::Duration;

/// Page-relative boxes of what the first screen must show, and the viewport.
const GEOMETRY_JS: &str = r#"
const root = document.querySelector('.cc-root');
const box = (sel) => { const e = root.querySelector(sel); if (!e) return null;
  const r = e.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY }; };
return { vh: innerHeight, title: box('.cc-title'), count: box('.cc-count'), map: box('.cc-map'),
         toggle: box('.cc-panel-toggle'), event: box('.cc-event'), headline: box('.cc-event .cc-lede'),
         overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
"#;

async fn pause(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

async fn press(s: &Session, key: Key) {
    s.active_element().await.unwrap().send_keys(&char::from(key).to_string()).await.unwrap();
    pause(60).await;
}

#[tokio::test]
async fn first_screen_shows_title_count_map_and_first_event() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for (w, h) in [(375u32, 740u32), (1280, 800)] {
        let s = browser.session(w, h).await;
        s.load(&server.url("/")).await;
        let g = s.js(GEOMETRY_JS).await;
        let vh = g["vh"].as_f64().unwrap();
        let at = |k: &str, edge: &str| g[k][edge].as_f64().unwrap_or_else(|| panic!("{w}px: no {k}: {g}"));
        assert!(at("title", "bottom") <= vh, "{w}px: the title is on the first screen: {g}");
        assert!(at("count", "bottom") <= vh, "{w}px: the count is on the first screen: {g}");
        assert!(at("toggle", "bottom") <= vh, "{w}px: the filter button is on the first screen: {g}");
        // The map's top half at least, and the first event's first lines: its header and the
        // start of its headline quote.
        let map_mid = (at("map", "top") + at("map", "bottom")) / 2.0;
        assert!(map_mid <= vh, "{w}px: the map is on the first screen: {g}");
        assert!(at("event", "top") + 40.0 <= vh, "{w}px: the first event starts on the first screen: {g}");
        assert!(at("headline", "top") + 20.0 <= vh, "{w}px: its headline starts on the first screen: {g}");
        assert!(g["overflow"].as_f64().unwrap() <= 0.0, "{w}px: nothing overflows the page: {g}");
        s.close().await;
    }
}

/// Geometry of the open panel, its backdrop and the toolbar, in viewport coordinates.
const PANEL_JS: &str = r#"
const p = document.querySelector('.cc-panel'); const r = p.getBoundingClientRect();
const b = document.querySelector('.cc-backdrop'); const t = document.querySelector('.cc-toolbar').getBoundingClientRect();
return { hidden: p.hidden, top: r.top, bottom: r.bottom, vh: innerHeight, position: getComputedStyle(p).position,
         backdrop: getComputedStyle(b).display, toolbar_bottom: t.bottom,
         expanded: document.querySelector('.cc-panel-toggle').getAttribute('aria-expanded') };
"#;

#[tokio::test]
async fn filter_panel_opens_as_a_sheet_on_phones_and_closes_with_escape() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for (w, h) in [(375u32, 740u32), (1280, 800)] {
        let s = browser.session(w, h).await;
        s.load(&server.url("/")).await;
        let count = || s.js("return document.querySelector('.cc-count').textContent");
        let before = count().await;
        assert_eq!(s.js(PANEL_JS).await["hidden"], true, "{w}px: closed at first");

        s.find(Locator::Css(".cc-panel-toggle")).await.unwrap().click().await.unwrap();
        pause(80).await;
        let p = s.js(PANEL_JS).await;
        assert_eq!(p["hidden"], false, "{w}px: {p}");
        assert_eq!(p["expanded"], "true", "{w}px: {p}");
        assert!(s.active_matches(".cc-panel-h").await, "{w}px: the focus moves into the panel");
        if w < 640 {
            // A sheet from the bottom of the screen, over a backdrop.
            assert_eq!(p["position"], "fixed", "{p}");
            assert!((p["bottom"].as_f64().unwrap() - p["vh"].as_f64().unwrap()).abs() < 1.5, "{p}");
            assert_eq!(p["backdrop"], "block", "{p}");
        } else {
            // Under the toolbar, in the flow of the widget.
            assert_ne!(p["position"], "fixed", "{p}");
            assert!(p["top"].as_f64().unwrap() >= p["toolbar_bottom"].as_f64().unwrap() - 1.0, "{p}");
            assert_eq!(p["backdrop"], "none", "{p}");
        }

        // Facets in the panel filter live: the count, the chip and the button's badge.
        s.find(Locator::Css(".cc-panel .cc-filters [data-actor]")).await.unwrap().click().await.unwrap();
        pause(60).await;
        assert_ne!(count().await, before, "{w}px: the actor chip filtered");
        assert_eq!(
            s.js("return document.querySelector('.cc-panel-toggle .cc-badge').textContent").await,
            "1"
        );
        let done = s.js("return document.querySelector('.cc-panel-done').textContent").await;
        let shown = count().await.as_str().unwrap().split(' ').next().unwrap().to_owned();
        assert!(done.as_str().unwrap().contains(&shown), "{w}px: {done} names the {shown} results");

        // Escape closes it and gives the focus back to the button.
        press(&s, Key::Escape).await;
        assert_eq!(s.js(PANEL_JS).await["hidden"], true, "{w}px: Escape closes the panel");
        assert!(s.active_matches(".cc-panel-toggle").await, "{w}px: the focus returns to the button");
        s.close().await;
    }
}

/// Visible month labels of the histogram, and the box they must stay in.
const LABELS_JS: &str = r#"
const wrap = document.querySelector('.cc-hist-wrap').getBoundingClientRect();
const spans = [...document.querySelectorAll('.cc-hist-labels span')].filter(s => getComputedStyle(s).display !== 'none');
return { wrap: [wrap.left, wrap.right], labels: spans.map(s => { const r = s.getBoundingClientRect();
  return [s.textContent, r.left, r.right]; }), overflow: document.documentElement.scrollWidth - innerWidth };
"#;

#[tokio::test]
async fn timeline_labels_stay_inside_the_widget_from_320px() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for w in [320u32, 375, 414, 768, 1024, 1280] {
        let s = browser.session(w, 800).await;
        s.load(&server.url("/")).await;
        s.open_panel().await;
        let v: Value = s.js(LABELS_JS).await;
        let (l0, r0) = (v["wrap"][0].as_f64().unwrap(), v["wrap"][1].as_f64().unwrap());
        let labels = v["labels"].as_array().unwrap();
        assert!(labels.len() >= 2, "{w}px: month labels are shown: {v}");
        for l in labels {
            let (left, right) = (l[1].as_f64().unwrap(), l[2].as_f64().unwrap());
            assert!(left >= l0 - 0.5 && right <= r0 + 0.5, "{w}px: label {} leaves the timeline: {v}", l[0]);
        }
        assert!(v["overflow"].as_f64().unwrap() <= 0.0, "{w}px: the page overflows: {v}");
        s.close().await;
    }
}

/// Boxes of the visible place labels on the map.
const MAP_LABELS_JS: &str = r#"
return [...document.querySelectorAll('.cc-marker-label')].map(t => { const r = t.getBoundingClientRect();
  return [t.textContent, r.left, r.top, r.right, r.bottom]; });
"#;

#[tokio::test]
async fn map_labels_never_overlap_and_names_are_capitalised() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for (w, h) in [(375u32, 740u32), (1280, 800)] {
        let s = browser.session(w, h).await;
        for view in ["", "#view=nk"] {
            s.goto("about:blank").await.unwrap();
            s.load(&server.url(&format!("/{view}"))).await;
            pause(60).await;
            let v = s.js(MAP_LABELS_JS).await;
            let labels = v.as_array().unwrap();
            assert!(!labels.is_empty(), "{w}px {view}: labelled markers: {v}");
            let f = |l: &Value, i: usize| l[i].as_f64().unwrap();
            for (i, a) in labels.iter().enumerate() {
                let name = a[0].as_str().unwrap();
                assert!(!name.starts_with(char::is_lowercase), "{w}px {view}: {name} is capitalised");
                for b in &labels[i + 1..] {
                    let overlap =
                        f(a, 1) < f(b, 3) && f(b, 1) < f(a, 3) && f(a, 2) < f(b, 4) && f(b, 2) < f(a, 4);
                    assert!(!overlap, "{w}px {view}: {} and {} overlap: {v}", a[0], b[0]);
                }
            }
        }
        s.close().await;
    }
}

/// How far the page scrolls sideways (0 when nothing overflows).
const OVERFLOW_JS: &str =
    "return document.documentElement.scrollWidth - document.documentElement.clientWidth";

/// Drags across the histogram from `a` to `b` (fractions of its width) with the mouse.
async fn brush(s: &Session, a: f64, b: f64) {
    use chronocarte_e2e::fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    let hist = s.find(Locator::Css(".cc-hist")).await.unwrap();
    s.js("document.querySelector('.cc-hist').scrollIntoView({ block: 'center' }); return true").await;
    let w = s.js("return document.querySelector('.cc-hist').getBoundingClientRect().width").await;
    let w = w.as_f64().unwrap();
    // Offsets are from the element's centre.
    let at = |f: f64| PointerAction::MoveToElement {
        element: hist.clone(),
        duration: None,
        x: w * (f - 0.5),
        y: 0.0,
    };
    let drag = MouseActions::new("mouse".into())
        .then(at(a))
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(at(b))
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    s.perform_actions(drag).await.unwrap();
    pause(80).await;
}

#[tokio::test]
async fn brushing_across_the_break_and_nothing_overflows_from_320px() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for w in [320u32, 375, 768] {
        let s = browser.session(w, 760).await;
        s.load(&server.url("/")).await;
        let overflow = |step: &'static str| {
            let s = &s;
            async move {
                let o = s.js(OVERFLOW_JS).await.as_f64().unwrap();
                assert!(o <= 0.0, "{w}px, {step}: the page overflows by {o} px");
            }
        };
        overflow("first screen").await;
        s.open_panel().await;
        overflow("filters panel open").await;
        // One drag from the 2022 episode to the 2023 one crosses the compressed year.
        assert!(s.js("return !!document.querySelector('.cc-hist-break')").await.as_bool().unwrap());
        brush(&s, 0.04, 0.96).await;
        let hash = s.js("return decodeURIComponent(location.hash)").await;
        let hash = hash.as_str().unwrap();
        let day =
            |k: &str| hash.split(&format!("{k}=")).nth(1).map(|v| v[..10].to_owned()).unwrap_or_default();
        assert!(day("from").as_str() < "2022-10-01", "{w}px: the brush starts in 2022: {hash}");
        assert!(day("to").as_str() >= "2023-09-19", "{w}px: the brush ends in 2023: {hash}");
        let years = s
            .js("return [...new Set([...document.querySelectorAll('.cc-event')].map(e => e.dataset.start.slice(0, 4)))]")
            .await;
        let years = years.as_array().unwrap();
        assert!(years.iter().any(|y| y == "2022") && years.iter().any(|y| y == "2023"), "{w}px: {years:?}");
        overflow("after brushing").await;
        // A preset still selects one episode exactly after a brush.
        s.js("document.querySelector('.cc-presets .cc-preset:nth-child(2)').click(); return true").await;
        pause(60).await;
        let pressed = s.js("return document.querySelector('.cc-presets .cc-preset:nth-child(2)').getAttribute('aria-pressed')");
        assert_eq!(pressed.await, "true", "{w}px: the episode preset is selected after a brush");
        s.js("document.querySelector('.cc-panel-done').click(); document.querySelectorAll('.cc-root details').forEach(d => d.open = true); return true").await;
        pause(60).await;
        overflow("sources open").await;
        s.close().await;
    }
}
