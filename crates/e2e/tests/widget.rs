//! The reader's widget end to end (issue 4): filters change both the list and the map
//! markers, the URL fragment round-trips and follows the back button, the language switch
//! works, keyboard-only use applies and clears a filter, and axe-core finds no serious or
//! critical violation. Run against the release build: `trunk build --release` first.
use chronocarte_e2e::fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use chronocarte_e2e::fantoccini::key::Key;
use chronocarte_e2e::fantoccini::Locator;
use chronocarte_e2e::{dist, workspace_root, Browser, Server, Session};
use serde_json::Value;
use std::collections::BTreeMap;

/// Longer than the search box's debounce (`SEARCH_PAUSE_MS`, 150 ms).
const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(350);

/// Everything the checks need, read from the DOM in one go (after expanding the list).
const STATE_JS: &str = r#"
const root = document.querySelector('.cc-root');
for (let i = 0; i < 100; i++) { const more = root.querySelector('.cc-more'); if (!more) break; more.click(); }
const ev = [...root.querySelectorAll('.cc-event')].map(e => ({
  kind: e.dataset.kind, place: e.dataset.place, actors: e.dataset.actors.split(' ').filter(Boolean),
  outlets: e.dataset.outlets.split(' ').filter(Boolean), articles: e.dataset.articles.split(' ').filter(Boolean),
  start: e.dataset.start, end: e.dataset.end,
  text: [...e.querySelectorAll('.cc-quote')].map(q => q.textContent).join(' ')
}));
const markers = {}; root.querySelectorAll('.cc-marker').forEach(m => markers[m.dataset.place] = +m.dataset.count);
const offmap = {}; root.querySelectorAll('.cc-offmap-chip').forEach(m => offmap[m.dataset.place] = +m.querySelector('.cc-chip-count').textContent);
return { events: ev, markers, offmap, count: root.querySelector('.cc-count').textContent, hash: location.hash };
"#;

async fn state(s: &Session) -> Value {
    // Rendering is synchronous after the click, but give the microtask queue a turn.
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    // Open every event's sources (rendered on `toggle`, a task later) so quotes are in the DOM.
    s.js("const root = document.querySelector('.cc-root');
          for (let i = 0; i < 100; i++) { const more = root.querySelector('.cc-more'); if (!more) break; more.click(); }
          root.querySelectorAll('.cc-sources').forEach(d => d.open = true); return true;")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(60)).await;
    s.js(STATE_JS).await
}

fn events(v: &Value) -> &Vec<Value> {
    v["events"].as_array().unwrap()
}

/// The markers and off-map chips count exactly the listed events per place.
fn check_markers(v: &Value) {
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    for e in events(v) {
        let p = e["place"].as_str().unwrap();
        if !p.is_empty() {
            *expected.entry(p.to_owned()).or_default() += 1;
        }
    }
    let mut got: BTreeMap<String, u64> = BTreeMap::new();
    for k in ["markers", "offmap"] {
        for (p, c) in v[k].as_object().unwrap() {
            got.insert(p.clone(), c.as_u64().unwrap());
        }
    }
    assert_eq!(got, expected, "markers + off-map chips = events per place");
    // "N événements sur M" shows the list's length.
    let n = events(v).len();
    assert!(
        v["count"].as_str().unwrap().starts_with(&format!("{n} ")),
        "count line {:?} vs {n} events",
        v["count"]
    );
}

async fn click(s: &Session, css: &str) {
    s.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
}

async fn attr(s: &Session, css: &str, name: &str) -> String {
    s.js(&format!("const e = document.querySelector({css:?}); return e ? e.getAttribute({name:?}) : null;"))
        .await
        .as_str()
        .unwrap_or("")
        .to_owned()
}

/// Applies a filter by clicking `css`, checks the list against `pred` and the markers,
/// then clears everything with the toolbar button.
async fn apply_and_check(s: &Session, total: usize, css: &str, what: &str, pred: impl Fn(&Value) -> bool) {
    click(s, css).await;
    let v = state(s).await;
    let n = events(&v).len();
    assert!(n > 0 && n < total, "{what}: {n} of {total} events");
    for e in events(&v) {
        assert!(pred(e), "{what}: event does not match: {e}");
    }
    check_markers(&v);
    click(s, ".cc-btn-clear").await;
    assert_eq!(events(&state(s).await).len(), total, "{what}: clear all restores everything");
}

fn has(list: &Value, x: &str) -> bool {
    list.as_array().unwrap().iter().any(|v| v.as_str() == Some(x))
}

fn fold(s: &str) -> String {
    s.to_lowercase()
        .replace(['é', 'è', 'ê', 'ë'], "e")
        .replace(['à', 'â', 'ä'], "a")
        .replace(['î', 'ï'], "i")
        .replace(['ô', 'ö'], "o")
        .replace(['ù', 'û', 'ü'], "u")
        .replace('ç', "c")
}

#[tokio::test]
async fn filters_change_list_and_markers() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/")).await;
    let all = state(&s).await;
    let total = events(&all).len();
    assert!(total > 3, "{total} events");
    check_markers(&all);
    // The facets and the timeline are one tap away, in the filter panel.
    click(&s, ".cc-panel-toggle").await;

    // Actor: the first actor chip.
    let actor = attr(&s, ".cc-filters [data-actor]", "data-actor").await;
    apply_and_check(&s, total, &format!(".cc-filters [data-actor='{actor}']"), "actor", |e| {
        has(&e["actors"], &actor)
    })
    .await;
    // Type: the first type chip.
    let kind = attr(&s, ".cc-filters [data-kind]", "data-kind").await;
    apply_and_check(&s, total, &format!(".cc-filters [data-kind='{kind}']"), "type", |e| {
        e["kind"] == kind.as_str()
    })
    .await;
    // Source: an outlet, then an article.
    let outlet = attr(&s, ".cc-filters [data-outlet]", "data-outlet").await;
    apply_and_check(&s, total, &format!(".cc-filters [data-outlet='{outlet}']"), "outlet", |e| {
        has(&e["outlets"], &outlet)
    })
    .await;
    s.js("document.querySelector('.cc-articles').open = true").await;
    let article = attr(&s, ".cc-filters [data-article]", "data-article").await;
    apply_and_check(&s, total, &format!(".cc-filters [data-article='{article}']"), "article", |e| {
        has(&e["articles"], &article)
    })
    .await;
    // Place: the biggest marker on the map.
    let place = s
        .js("return [...document.querySelectorAll('.cc-marker')].sort((a, b) => b.dataset.count - a.dataset.count)[0].dataset.place")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    // (Markers can overlap at the regional scale: dispatch the click on the marker itself.)
    s.js(&format!("document.querySelector(\".cc-marker[data-place='{place}']\").dispatchEvent(new MouseEvent('click', {{bubbles: true}})); return true;")).await;
    let v = state(&s).await;
    let n = events(&v).len();
    assert!(n > 0 && n < total, "place: {n} of {total}");
    assert!(events(&v).iter().all(|e| e["place"] == place.as_str()), "place");
    check_markers(&v);
    assert_eq!(
        v["markers"].as_object().unwrap().len() + v["offmap"].as_object().unwrap().len(),
        1,
        "one marker left"
    );
    click(&s, ".cc-btn-clear").await;
    // Date range: the September 2023 preset (second preset after "all dates").
    apply_and_check(&s, total, ".cc-presets .cc-preset:nth-child(3)", "date", |e| {
        e["start"].as_str().unwrap() <= "2023-09-30" && e["end"].as_str().unwrap() >= "2023-09-01"
    })
    .await;
    // Text: accent-insensitive search over the quotes ("armee" finds "armée").
    let search = s.find(Locator::Css(".cc-search-input")).await.unwrap();
    search.send_keys("armee").await.unwrap();
    // The list follows once typing pauses (150 ms).
    tokio::time::sleep(SEARCH_PAUSE).await;
    let v = state(&s).await;
    let n = events(&v).len();
    assert!(n > 0 && n < total, "text: {n} of {total}");
    for e in events(&v) {
        assert!(fold(e["text"].as_str().unwrap()).contains("armee"), "text: {e}");
    }
    check_markers(&v);
    // Something absent gives the empty state, whose button resets everything.
    search.send_keys("zzzqqq").await.unwrap();
    tokio::time::sleep(SEARCH_PAUSE).await;
    assert_eq!(events(&state(&s).await).len(), 0);
    click(&s, ".cc-empty button").await;
    assert_eq!(events(&state(&s).await).len(), total);

    // Brushing the histogram with the pointer sets a date range.
    let hist = s.find(Locator::Css(".cc-hist")).await.unwrap();
    let rect = s.js("const r = document.querySelector('.cc-hist').getBoundingClientRect(); return [r.width, r.height]").await;
    let w = rect[0].as_f64().unwrap();
    let actions = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: hist.clone(), duration: None, x: -w * 0.45, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveToElement { element: hist.clone(), duration: None, x: w * 0.45, y: 0.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    s.perform_actions(actions).await.unwrap();
    let v = state(&s).await;
    assert!(v["hash"].as_str().unwrap().contains("from="), "brush sets the range: {}", v["hash"]);
    check_markers(&v);

    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

#[tokio::test]
async fn url_fragment_round_trips_and_back_button() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/")).await;
    let total = events(&state(&s).await).len();
    click(&s, ".cc-panel-toggle").await;
    let kind = attr(&s, ".cc-filters [data-kind]", "data-kind").await;
    click(&s, &format!(".cc-filters [data-kind='{kind}']")).await;
    let with_kind = state(&s).await;
    assert_eq!(with_kind["hash"].as_str().unwrap(), format!("#type={kind}"));
    let actor = attr(&s, ".cc-filters [data-actor]", "data-actor").await;
    click(&s, &format!(".cc-filters [data-actor='{actor}']")).await;
    let both = state(&s).await;
    let hash = both["hash"].as_str().unwrap().to_owned();
    assert!(hash.contains(&format!("actor={actor}")) && hash.contains(&format!("type={kind}")), "{hash}");

    // Restored on load, in a fresh page.
    s.goto("about:blank").await.unwrap();
    s.load(&server.url(&format!("/{hash}"))).await;
    let restored = state(&s).await;
    assert_eq!(restored["hash"].as_str().unwrap(), hash);
    assert_eq!(events(&restored).len(), events(&both).len());
    assert_eq!(attr(&s, &format!(".cc-filters [data-actor='{actor}']"), "aria-pressed").await, "true");

    // Un-toggle the actor (type only), then the back button brings the actor back.
    click(&s, ".cc-panel-toggle").await;
    click(&s, &format!(".cc-filters [data-actor='{actor}']")).await;
    assert_eq!(state(&s).await["hash"].as_str().unwrap(), format!("#type={kind}"));
    assert_eq!(events(&state(&s).await).len(), events(&with_kind).len());
    s.back().await.unwrap();
    let back = state(&s).await;
    assert_eq!(back["hash"].as_str().unwrap(), hash, "back restores the fragment");
    assert_eq!(events(&back).len(), events(&both).len(), "back restores the filters");
    assert_eq!(attr(&s, &format!(".cc-filters [data-actor='{actor}']"), "aria-pressed").await, "true");

    // Invalid and stale values are ignored, never fatal.
    s.load(&server.url("/#type=bogus&actor=nobody&from=2023-02-30&place=atlantis&lang=xx&zzz")).await;
    let v = state(&s).await;
    assert_eq!(events(&v).len(), total, "invalid values are dropped");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

#[tokio::test]
async fn language_switch() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/")).await;
    let fr = s.find(Locator::Css(".cc-title")).await.unwrap().text().await.unwrap();
    assert!(state(&s).await["count"].as_str().unwrap().contains(" sur "));
    click(&s, ".cc-lang-btn[lang='en']").await;
    let en = s.find(Locator::Css(".cc-title")).await.unwrap().text().await.unwrap();
    assert_ne!(fr, en);
    let v = state(&s).await;
    assert!(v["count"].as_str().unwrap().contains(" of "), "{}", v["count"]);
    assert_eq!(attr(&s, ".cc-root", "lang").await, "en");
    assert!(v["hash"].as_str().unwrap().contains("lang=en"));
    // Quotes stay in French.
    assert_eq!(attr(&s, ".cc-lede", "lang").await, "fr");
    click(&s, ".cc-lang-btn[lang='fr']").await;
    assert_eq!(s.find(Locator::Css(".cc-title")).await.unwrap().text().await.unwrap(), fr);
    s.close().await;
}

/// Presses Tab (or Shift+Tab) until the focused element matches `css`.
async fn tab_to(s: &Session, css: &str, back: bool) {
    for _ in 0..300 {
        if s.active_matches(css).await {
            return;
        }
        let keys = if back {
            format!("{}{}", char::from(Key::Shift), char::from(Key::Tab))
        } else {
            char::from(Key::Tab).to_string()
        };
        s.active_element().await.unwrap().send_keys(&keys).await.unwrap();
    }
    panic!("could not reach {css} with the keyboard");
}

#[tokio::test]
async fn keyboard_only_apply_and_clear() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/")).await;
    let total = events(&state(&s).await).len();
    // Tab to the "Filtres" button and open the panel: the focus moves into it.
    tab_to(&s, ".cc-panel-toggle", false).await;
    s.active_element().await.unwrap().send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(80)).await;
    assert!(s.active_matches(".cc-panel-h").await, "opening the panel focuses its heading");
    // Tab to the first actor chip, press Enter.
    tab_to(&s, ".cc-filters [data-actor]", false).await;
    // Focus is visible.
    let outline = s.js("return getComputedStyle(document.activeElement).outlineStyle").await;
    assert_ne!(outline.as_str(), Some("none"), "visible focus ring");
    s.active_element().await.unwrap().send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
    let n = events(&state(&s).await).len();
    assert!(n < total, "Enter applied the filter ({n} of {total})");
    assert!(s.active_matches("[aria-pressed='true']").await);
    // Escape closes the panel and gives the focus back to its button, which shows the count.
    s.active_element().await.unwrap().send_keys(&char::from(Key::Escape).to_string()).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert!(s.active_matches(".cc-panel-toggle[aria-expanded='false']").await, "focus returns to the button");
    assert_eq!(s.js("return document.querySelector('.cc-panel').hidden").await, true);
    assert_eq!(s.js("return document.querySelector('.cc-panel-toggle .cc-badge').textContent").await, "1");
    // A map marker with Enter (markers are in the tab order).
    tab_to(&s, ".cc-marker", false).await;
    s.active_element().await.unwrap().send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
    let m = events(&state(&s).await).len();
    assert!(m <= n && m > 0, "marker filter: {m}");
    assert!(state(&s).await["hash"].as_str().unwrap().contains("place="));
    // Back up to "clear all" and press Enter.
    tab_to(&s, ".cc-btn-clear", true).await;
    s.active_element().await.unwrap().send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
    assert_eq!(events(&state(&s).await).len(), total, "cleared with the keyboard");
    s.close().await;
}

#[tokio::test]
async fn axe_core_finds_no_serious_or_critical_violation() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    for (w, h, theme) in [(1280, 900, "light"), (375, 800, "light"), (1280, 900, "dark"), (375, 800, "dark")]
    {
        let s = browser.session(w, h).await;
        s.load(&server.url("/")).await;
        s.js(&format!(
            "document.querySelector('.cc-root').setAttribute('data-theme', '{theme}'); return true"
        ))
        .await;
        // Audit the default view (panel closed), then with the panel open, sources expanded,
        // a filter and the close-up map. Every rule is on, AAA contrast included.
        for step in 0..2 {
            if step == 1 {
                s.js("document.querySelectorAll('.cc-root details').forEach(d => d.open = true); document.querySelector('.cc-seg-btn:nth-child(2)').click(); document.querySelector('.cc-filters [data-kind]').click(); document.querySelector('.cc-panel-toggle').click(); return true;").await;
                tokio::time::sleep(std::time::Duration::from_millis(60)).await;
            }
            let bad = s.axe_violations().await;
            for v in &bad {
                println!("axe {w}px {theme} step {step}: {v}");
            }
            assert!(bad.is_empty(), "axe at {w}px, {theme}, step {step}: {bad:#?}");
        }
        s.close().await;
    }
}

#[tokio::test]
async fn independent_instances_and_js_mount() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.goto(&server.url("/examples/news-article.html")).await.unwrap();
    s.wait_ready(2).await;
    let counts = "return [...document.querySelectorAll('.cc-root')].map(r => r.querySelector('.cc-count').textContent)";
    let before = s.js(counts).await;
    // The second instance starts on its data-filters (September 2022), in English.
    assert!(before[1].as_str().unwrap().contains(" of "), "{before}");
    assert_ne!(before[0], before[1]);
    s.js("document.querySelector('.cc-root .cc-filters [data-kind]').click(); return true").await;
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    let after = s.js(counts).await;
    assert_ne!(after[0], before[0], "the first instance filtered");
    assert_eq!(after[1], before[1], "the second instance kept its state");
    // Embeds leave the host page's URL alone.
    assert_eq!(s.js("return location.hash").await.as_str().unwrap(), "");

    // The JavaScript entry point mounts and unmounts.
    let r = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             import(new URL('../chronocarte.js', location.href).href).then(m => {
               const el = document.createElement('div'); document.body.appendChild(el);
               const h = m.mount(el, { lang: 'en', filters: 'type=fighting' });
               setTimeout(() => {
                 const mounted = !!el.querySelector('.cc-root[data-chronocarte-ready]');
                 const count = el.querySelector('.cc-count').textContent;
                 h.unmount();
                 done({ mounted, count, after: el.querySelectorAll('.cc-root').length });
               }, 50);
             }).catch(e => done({ error: String(e) }));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(r["mounted"], true, "{r}");
    assert!(r["count"].as_str().unwrap().contains(" of "), "{r}");
    assert_eq!(r["after"], 0, "unmount removes the widget: {r}");
    let errors: Vec<String> = s.errors().await.into_iter().filter(|e| !e.contains("favicon")).collect();
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

/// Issue 7, stale links: a fragment from an older build opens the closest valid view and
/// tells the reader what it dropped; an event id merged away since still opens its event;
/// each event's own link highlights it and goes into the URL.
#[tokio::test]
async fn stale_links_say_what_they_dropped() {
    let export = chronocarte_corpus::process(&workspace_root().join("stories/armenia-azerbaijan")).export;
    let merged =
        export.events.iter().find(|e| !e.aliases.is_empty()).expect("the seed corpus has a merged event");
    let (old, current) = (merged.aliases[0].clone(), merged.id.clone());
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    let notice = "const n = document.querySelector('.cc-notice-text'); return n ? n.textContent : null;";

    // A valid link shows no notice.
    s.load(&server.url("/#type=fighting")).await;
    assert_eq!(s.js(notice).await, Value::Null);

    // Unknown actor and source, an unknown key and markup in a value: dropped, named, inert;
    // the valid type filter still applies and the URL is rewritten to what was kept.
    s.goto("about:blank").await.unwrap();
    s.load(&server.url("/#actor=nobody&type=fighting&source=o:gone-outlet&zoom=3&place=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E")).await;
    let v = state(&s).await;
    assert!(
        !events(&v).is_empty() && events(&v).iter().all(|e| e["kind"] == "fighting"),
        "the valid part applies"
    );
    assert_eq!(v["hash"].as_str().unwrap(), "#type=fighting", "the fragment keeps what is valid");
    let text = s.js(notice).await.as_str().expect("a notice is shown").to_owned();
    for word in ["nobody", "o:gone-outlet", "zoom=3", "<img src=x"] {
        assert!(text.contains(word), "notice names {word:?}: {text}");
    }
    assert_eq!(
        s.js("return window.__pwned === undefined && !document.querySelector('.cc-notice img');").await,
        true
    );
    click(&s, ".cc-notice-close").await;
    assert_eq!(s.js(notice).await, Value::Null, "the notice can be closed");

    // An id merged into another event since the link was made opens that event.
    s.goto("about:blank").await.unwrap();
    s.load(&server.url(&format!("/#event={old}"))).await;
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    let focus = s
        .js("const e = document.querySelector('.cc-event.cc-focused');
             return e && { id: e.dataset.eventId, current: e.getAttribute('aria-current'), open: e.querySelector('.cc-sources').open, hash: location.hash };")
        .await;
    assert_eq!(focus["id"].as_str(), Some(current.as_str()), "{focus}");
    assert_eq!(focus["current"], "true");
    assert_eq!(focus["open"], true, "the linked event's sources are open");
    assert_eq!(
        focus["hash"].as_str().unwrap(),
        format!("#event={current}"),
        "the link is rewritten to the current id"
    );
    let text = s.js(notice).await.as_str().expect("a notice is shown").to_owned();
    assert!(text.contains(&old), "{text}");

    // An id that never existed: the whole timeline, and a notice.
    s.goto("about:blank").await.unwrap();
    s.load(&server.url("/#event=fighting-1999-01-01-000000000000")).await;
    assert_eq!(s.js("return document.querySelectorAll('.cc-event.cc-focused').length").await, 0);
    assert!(s
        .js(notice)
        .await
        .as_str()
        .expect("a notice is shown")
        .contains("fighting-1999-01-01-000000000000"));

    // Each event's own link: keeps the filters, highlights the event, goes into the URL.
    s.goto("about:blank").await.unwrap();
    s.load(&server.url("/#type=fighting")).await;
    let id = attr(&s, ".cc-event:nth-child(1)", "data-event-id").await;
    click(&s, ".cc-event:nth-child(1) .cc-permalink").await;
    let v = state(&s).await;
    assert_eq!(v["hash"].as_str().unwrap(), format!("#type=fighting&event={id}"));
    assert_eq!(attr(&s, ".cc-event.cc-focused", "data-event-id").await, id);
    assert_eq!(s.js(notice).await, Value::Null);

    // A linked event scrolls into view once: when a search hides it and clearing the search
    // brings its card back, the page does not jump to it again.
    s.goto("about:blank").await.unwrap();
    s.load(&server.url(&format!("/#event={current}"))).await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let search = "const i = document.querySelector('.cc-search-input'); i.value = arguments[0];
                  i.dispatchEvent(new Event('input', { bubbles: true })); return true;";
    s.js("window.scrollTo(0, 0); return true;").await;
    s.client.execute(search, vec![serde_json::json!("zzzzqqq")]).await.unwrap();
    tokio::time::sleep(SEARCH_PAUSE).await;
    assert_eq!(s.js("return document.querySelectorAll('.cc-event').length").await, 0);
    s.client.execute(search, vec![serde_json::json!("")]).await.unwrap();
    tokio::time::sleep(SEARCH_PAUSE).await;
    let v = s.js("return { y: window.scrollY, focused: document.querySelectorAll('.cc-event.cc-focused').length };").await;
    assert_eq!(v["focused"], 1, "the linked event is back and still highlighted: {v}");
    assert_eq!(v["y"], 0, "no second jump: {v}");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}
