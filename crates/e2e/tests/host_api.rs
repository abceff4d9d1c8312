//! The JavaScript API a host page gets from `mount()` (issue 14; README, "JavaScript API"):
//! `setFilters`, `getFilters`, `events()`, `on("change")`/`off`, the debounced search box,
//! and `unmount()` leaving no listener behind on `window`, `document` or the host element.
//! Run against the release build (`trunk build --release` first).
use chronocarte_e2e::{dist, Browser, Server, Session};
use serde_json::{json, Value};

/// Counts the listeners alive on `window`, `document` and elements marked
/// `data-watch-listeners`, by wrapping `addEventListener`/`removeEventListener` before any
/// script of the page runs.
const TRACK_LISTENERS_JS: &str = r#"
window.__live = new Map();
const watched = (t) => t === window || t === document || (t instanceof Element && t.hasAttribute('data-watch-listeners'));
const key = (t, type, f, o) => [t === window ? 'window' : t === document ? 'document' : 'host', type, !!(o === true || (o && o.capture))];
const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (type, f, o) {
  if (watched(this) && f) {
    const k = key(this, type, f, o).join(' ');
    const fs = window.__live.get(k) || new Set(); fs.add(f); window.__live.set(k, fs);
  }
  return add.call(this, type, f, o);
};
EventTarget.prototype.removeEventListener = function (type, f, o) {
  if (watched(this) && f) {
    const k = key(this, type, f, o).join(' ');
    const fs = window.__live.get(k); if (fs) { fs.delete(f); if (!fs.size) window.__live.delete(k); }
  }
  return remove.call(this, type, f, o);
};
window.__listeners = () => [...window.__live.entries()].flatMap(([k, fs]) => [...fs].map(() => k)).sort();
"#;

/// Runs an async JavaScript body (it may `await`; `m` is the loader module, `pause(ms)`
/// waits) and returns what it returns; a thrown error comes back as `{error}`.
async fn run(s: &Session, body: &str) -> Value {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const pause = (ms) => new Promise(r => setTimeout(r, ms));
         import('./chronocarte.js').then(async (m) => {{ {body} }})
           .then(done, e => done({{ error: String(e && e.stack || e) }}));"
    );
    let v = s.client.execute_async(&script, vec![]).await.unwrap();
    assert!(v.get("error").is_none(), "{v}");
    v
}

async fn page(browser: &Browser, server: &Server) -> Session {
    let s = browser.session(1024, 800).await;
    s.on_new_document(TRACK_LISTENERS_JS).await;
    s.load(&server.url("/")).await;
    // The standalone page's own widget: gone, so that only the API's instance is measured.
    s.js("document.querySelector('[data-chronocarte]').remove(); return true;").await;
    s
}

/// A fresh widget in `window.__el`, its handle in `window.__h`, its `change` calls in
/// `window.__changes`.
const MOUNT: &str = r#"
const el = document.createElement('div');
el.setAttribute('data-watch-listeners', '');
document.body.appendChild(el);
window.__before = window.__listeners();
window.__el = el;
window.__h = m.mount(el, { lang: 'en' });
window.__changes = [];
window.__cb = (c) => window.__changes.push(JSON.parse(JSON.stringify(c)));
window.__h.on('change', window.__cb);
await pause(150);
"#;

#[tokio::test]
async fn filters_in_and_out_events_and_change_callbacks() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = page(&browser, &server).await;
    let v = run(
        &s,
        &format!(
            "{MOUNT}
             const h = window.__h;
             const fresh = h.getFilters();
             const total = h.events().length;
             const ignored = h.setFilters({{ type: ['fighting'], from: '2023-09-19' }});
             await pause(100);
             const after = h.getFilters();
             const events = h.events();
             const cards = [...window.__el.querySelectorAll('.cc-event')].map(e => e.getAttribute('data-event-id'));
             const count = window.__el.querySelector('.cc-count').textContent;
             const stale = h.setFilters({{ actor: ['nobody'], type: ['fighting'], from: '2023-09-19' }});
             let typo = null;
             try {{ h.setFilters({{ actors: ['russia'] }}); }} catch (e) {{ typo = String(e.message); }}
             await pause(50);
             return {{ fresh, total, ignored, after, events, cards, count, stale, typo, changes: window.__changes }};"
        ),
    )
    .await;
    // Every key is there from the start, unset.
    assert_eq!(
        v["fresh"],
        json!({"actor": [], "type": [], "place": [], "outlet": [], "article": [], "from": null, "to": null, "q": null})
    );
    assert_eq!(v["ignored"], json!([]));
    assert_eq!(v["after"]["type"], json!(["fighting"]));
    assert_eq!(v["after"]["from"], "2023-09-19");
    // events(): what the list shows, in its order, with the JSON export's fields.
    let events = v["events"].as_array().unwrap();
    let total = v["total"].as_u64().unwrap() as usize;
    assert!(!events.is_empty() && events.len() < total, "{} of {total}", events.len());
    for e in events {
        assert_eq!(e["type"], "fighting", "{e}");
        assert!(e["end"].as_str().unwrap() >= "2023-09-19", "{e}");
        let reports = e["reports"].as_array().unwrap();
        assert!(!reports.is_empty() && reports.iter().all(|r| r["report_quote"].is_string()), "{e}");
        assert!(e["night"].is_boolean() && (e["killed_min"].is_null() || e["killed_min"].is_u64()));
    }
    let ids: Vec<&str> = events.iter().map(|e| e["event_id"].as_str().unwrap()).collect();
    let cards: Vec<&str> = v["cards"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(&ids[..cards.len()], cards, "events() is not the list's order");
    assert!(v["count"].as_str().unwrap().contains(&events.len().to_string()), "{}", v["count"]);
    // An unknown id is reported and the rest applies; a misspelt key throws.
    assert_eq!(v["stale"], json!(["actor=nobody"]));
    assert!(v["typo"].as_str().is_some_and(|t| t.contains("unknown field `actors`")), "{}", v["typo"]);
    // One change per effective change (the stale call changed nothing), none at mount.
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["filters"], v["after"]);
    assert_eq!(changes[0]["count"], events.len());
    assert_eq!(changes[0]["total"], total);
    let errors = s.errors().await;
    assert!(errors.iter().all(|e| e.contains("setFilters")), "browser errors: {errors:#?}");
    s.close().await;
}

#[tokio::test]
async fn readers_changes_reach_the_host_and_search_is_debounced() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = page(&browser, &server).await;
    let v = run(
        &s,
        &format!(
            "{MOUNT}
             const root = window.__el;
             root.querySelector('.cc-panel-toggle').click();
             await pause(60);
             const chip = root.querySelector('.cc-panel button.cc-chip[aria-pressed=false]');
             chip.click();
             await pause(100);
             const afterChip = window.__changes.length;
             root.querySelector('.cc-btn-clear').click();
             await pause(100);
             window.__changes = [];
             // Typed quickly: one change once typing pauses, not one per key.
             const input = root.querySelector('.cc-search-input');
             for (const t of ['s', 'st', 'ste', 'step']) {{
               input.value = t; input.dispatchEvent(new Event('input', {{ bubbles: true }}));
               await pause(20);
             }}
             const whileTyping = window.__changes.length;
             await pause(400);
             const typed = window.__changes.slice();
             // Enter applies at once.
             input.value = 'stepanakert'; input.dispatchEvent(new Event('change', {{ bubbles: true }}));
             await pause(50);
             const entered = window.__changes.length;
             window.__h.off('change', window.__cb);
             window.__h.setFilters({{}});
             await pause(100);
             return {{ afterChip, whileTyping, typed, entered, afterOff: window.__changes.length }};"
        ),
    )
    .await;
    assert!(v["afterChip"].as_u64().unwrap() >= 1, "a reader's click did not reach the host: {v}");
    assert_eq!(v["whileTyping"], 0, "the list followed every keystroke: {v}");
    let typed = v["typed"].as_array().unwrap();
    assert_eq!(typed.len(), 1, "{v}");
    assert_eq!(typed[0]["filters"]["q"], "step");
    assert_eq!(v["entered"], 2, "Enter did not apply the search at once: {v}");
    assert_eq!(v["afterOff"], 2, "off() did not remove the callback: {v}");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

#[tokio::test]
async fn unmount_leaves_no_listener_and_no_callback() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = page(&browser, &server).await;
    let v = run(
        &s,
        "const el0 = document.createElement('div');
             el0.setAttribute('data-watch-listeners', '');
             document.body.appendChild(el0);
             const before = window.__listeners();
             // With the URL state on, the widget listens to `hashchange` on window.
             const h = m.mount(el0, { urlState: true });
             let calls = 0;
             h.on('change', () => calls++);
             await pause(150);
             const mounted = window.__listeners();
             // A search typed just before unmounting must not fire into the dead widget.
             const input = el0.querySelector('.cc-search-input');
             input.value = 'arm'; input.dispatchEvent(new Event('input', { bubbles: true }));
             h.unmount();
             const after = window.__listeners();
             location.hash = 'type=fighting';
             await pause(400);
             let thrown = null;
             try { h.getFilters(); } catch (e) { thrown = String(e.message); }
             return { before, mounted, after, calls, thrown, children: el0.childElementCount };",
    )
    .await;
    assert!(
        v["mounted"].as_array().unwrap().iter().any(|l| l == "window hashchange false"),
        "the test does not see the widget's listeners: {v}"
    );
    // What was there before: the standalone page's own widget (which keeps the URL state),
    // the loader's two listeners that show the error box if the wasm traps (`error`,
    // `unhandledrejection`: src/panic.rs), and nothing else: the widget delegates no event to
    // `document` or `window`.
    assert!(
        v["before"].as_array().unwrap().iter().all(|l| [
            "window hashchange false",
            "window error false",
            "window unhandledrejection false"
        ]
        .contains(&l.as_str().unwrap_or(""))),
        "{v}"
    );
    assert_eq!(v["after"], v["before"], "unmount() left listeners: {v}");
    assert_eq!(v["calls"], 0, "a callback ran after unmount: {v}");
    assert_eq!(v["children"], 0);
    assert!(v["thrown"].as_str().is_some_and(|t| t.contains("unmounted")), "{v}");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

#[tokio::test]
async fn the_example_page_drives_a_widget_through_the_api() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/examples/news-article.html")).await;
    s.wait_ready(3).await;
    let status = || s.js("return document.getElementById('api-status').textContent");
    let count = || s.js("return document.querySelector('#api-demo .cc-count').textContent");
    let (status0, count0) = (status().await, count().await);
    assert!(status0.as_str().unwrap().contains("aucun filtre"), "{status0}");
    s.js("document.querySelector('[data-api-filters*=fighting]').click(); return true").await;
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    let status1 = status().await;
    assert!(status1.as_str().unwrap().contains("type = fighting"), "{status1}");
    assert_ne!(count().await, count0, "the page's button did not filter the widget");
    // The reader clears the filters in the widget: the page hears it.
    s.js("document.querySelector('#api-demo .cc-btn-clear').click(); return true").await;
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    assert!(status().await.as_str().unwrap().contains("aucun filtre"));
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}
