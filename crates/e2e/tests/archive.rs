//! A story baked in shards (issue 15; README, "A large archive"), built by `./dev test` from
//! a synthetic story into `target/dist-archive`:
//! - the first view loads no shard, and its facet counts are the whole archive's (from the
//!   index compiled into the widget);
//! - choosing the whole period loads every shard, from a sub-path under a strict CSP, each
//!   once, and gives the same counts and the same events, in the same order, as the single bundle
//!   baked from the same story;
//! - a shard answering 404 or 500 shows a retry message and the list stays; retrying once
//!   the server answers loads the archive, says so, and keeps the keyboard focus on the note;
//!   the shards that did arrive are kept, so a retry asks for the others only;
//! - a download from the first view holds every period.
use chronocarte_e2e::{archive_dist, Browser, Mount, Server, Session};
use chronocarte_model::filter::{Engine, Query};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

const SUBPATH: &str = "/news/archive/";
const CSP: &str = chronocarte_e2e::STRICT_CSP;
const WATCH_JS: &str = chronocarte_e2e::WATCH_CSP_JS;

/// The single bundle of the same story, baked natively.
fn single_bundle(story: &std::path::Path) -> Vec<u8> {
    let node_modules = chronocarte_e2e::workspace_root().join("node_modules");
    chronocarte_corpus::bake::build(story, &node_modules).unwrap_or_else(|e| panic!("{e:#?}")).0
}

fn shard_files(dist: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dist)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("events-") && n.ends_with(".bin"))
        .collect();
    v.sort();
    v
}

async fn open(server: &Server) -> (Browser, Session) {
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.on_new_document(WATCH_JS).await;
    s.load(&server.url(&format!("{SUBPATH}index.html"))).await;
    s.wait_ready(1).await;
    (browser, s)
}

/// Actor chip label → count, from the open filter panel.
async fn actor_counts(s: &Session) -> BTreeMap<String, u64> {
    let v = s
        .js("return [...document.querySelectorAll('.cc-root .cc-chip')].map(c => [
               (c.querySelector('.cc-chip-label') || c).textContent.trim(),
               (c.querySelector('.cc-chip-count') || {textContent: ''}).textContent.trim()])")
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(|p| {
            Some((p[0].as_str()?.to_string(), p[1].as_str()?.replace(['\u{202f}', ' '], "").parse().ok()?))
        })
        .collect()
}

/// Waits until the archive note is in `state` ("gone", "failed", "loaded").
async fn wait_note(s: &Session, state: &str) {
    let t0 = Instant::now();
    loop {
        let v = s
            .js("const n = document.querySelector('.cc-archive');
                 return !n ? 'gone' : n.classList.contains('cc-archive-failed') ? 'failed'
                   : n.classList.contains('cc-archive-loaded') ? 'loaded' : n.textContent")
            .await;
        if v.as_str() == Some(state) {
            return;
        }
        assert!(t0.elapsed() < Duration::from_secs(20), "archive note not {state} after 20 s: {v}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn click_note_button(s: &Session) {
    s.js("document.querySelector('.cc-archive button').click(); return true").await;
}

/// The text with the thousands separators taken out.
fn digits(v: &Value) -> String {
    v.as_str().unwrap_or("").replace(['\u{202f}', '\u{a0}'], "")
}

fn shard_requests(server: &Server) -> Vec<(String, u16)> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.path.contains("/events-"))
        .map(|r| (r.path.rsplit('/').next().unwrap().to_string(), r.status))
        .collect()
}

#[tokio::test]
async fn loads_the_archive_in_pieces_under_a_strict_csp_from_a_sub_path() {
    let (dist, story) = archive_dist();
    let files = shard_files(&dist);
    assert!(files.len() >= 2, "the archive story has {} shards", files.len());
    let bytes = single_bundle(&story);
    let single = chronocarte_model::Bundle::from_bytes(&bytes).unwrap();
    let all = Engine::new(&single).run(&Query::default());
    let expected: BTreeMap<String, u64> = single
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| all.facets.actors[*i] > 0)
        .map(|(i, a)| (single.s(a.label_fr).to_string(), all.facets.actors[i] as u64))
        .collect();

    let server = Server::start(
        vec![Mount { prefix: SUBPATH.into(), root: dist.clone() }],
        vec![("Content-Security-Policy".into(), CSP.into())],
    );
    let (_browser, s) = open(&server).await;
    assert_eq!(shard_requests(&server), vec![], "the first view loads no shard");
    let note = s.js("return document.querySelector('.cc-archive').textContent").await;
    assert!(
        note.as_str().unwrap().contains(&all.events.len().to_string()),
        "the note names the total: {note}"
    );
    s.screenshot("archive-1280.png").await;
    s.set_viewport(375, 800).await;
    s.screenshot("archive-375.png").await;
    s.set_viewport(1280, 900).await;
    s.open_panel().await;
    let before = actor_counts(&s).await;
    for (label, n) in &expected {
        assert_eq!(before.get(label), Some(n), "actor {label} before any shard loads: {before:?}");
    }

    // "Toute la période", the timeline's first preset.
    s.js("document.querySelector('.cc-root .cc-preset').click(); return true").await;
    wait_note(&s, "loaded").await;
    let mut got = shard_requests(&server);
    got.sort();
    assert_eq!(got, files.iter().map(|f| (f.clone(), 200)).collect::<Vec<_>>(), "each shard once");
    assert_eq!(actor_counts(&s).await, before, "counts once every shard is in");
    let count = s.js("return document.querySelector('.cc-count').textContent").await;
    assert!(digits(&count).contains(&all.events.len().to_string()), "{count}");

    // The same events, in the same order, as the single bundle's: through the host API, on
    // a second instance that loads the shards its date range needs.
    let from = chronocarte_model::date::format_ymd(single.events[single.events.len() / 3].start);
    let q = Query { from: chronocarte_model::date::parse_ymd(&from), ..Query::default() };
    let want: Vec<String> = Engine::new(&single)
        .run(&q)
        .events
        .iter()
        .map(|&i| single.s(single.events[i as usize].id).into())
        .collect();
    let script = format!(
        "const done = arguments[arguments.length - 1];
         import('./chronocarte.js').then(async (m) => {{
           const el = document.createElement('div'); document.body.appendChild(el);
           const h = m.mount(el, {{}});
           h.setFilters({{from: '{from}'}});
           for (let i = 0; i < 200 && el.querySelector('.cc-archive'); i++) await new Promise(r => setTimeout(r, 50));
           done(h.events().map(e => e.event_id));
         }}).catch(e => done(String(e)));"
    );
    let ids = s.client.execute_async(&script, vec![]).await.unwrap();
    let ids: Vec<String> = ids
        .as_array()
        .unwrap_or_else(|| panic!("{ids}"))
        .iter()
        .map(|v| v.as_str().unwrap().into())
        .collect();
    assert_eq!(ids.len(), want.len());
    assert_eq!(ids, want, "events from {from}");
    assert_eq!(shard_requests(&server).len(), files.len(), "the second widget reuses the shards read");

    assert_eq!(s.js("return window.__ccViolations").await, Value::Array(vec![]), "CSP violations");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
}

#[tokio::test]
async fn a_shard_that_fails_shows_a_retry_message_and_the_list_stays() {
    let (dist, _) = archive_dist();
    let server = Server::start(vec![Mount { prefix: SUBPATH.into(), root: dist.clone() }], vec![]);
    let (_browser, s) = open(&server).await;
    let cards = "return document.querySelectorAll('.cc-root .cc-event').length";
    let shown = s.js(cards).await.as_u64().unwrap();
    assert!(shown > 0);
    for status in [404, 500] {
        server.set_failing(vec![("/events-".into(), status)]);
        click_note_button(&s).await;
        let t0 = Instant::now();
        while !shard_requests(&server).iter().any(|r| r.1 == status) {
            assert!(t0.elapsed() < Duration::from_secs(20), "no shard request after the click");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        wait_note(&s, "failed").await;
        let role = s.js("return document.querySelector('.cc-archive').getAttribute('role')").await;
        assert_eq!(role, "alert", "after a {status}");
        assert_eq!(s.js(cards).await.as_u64().unwrap(), shown, "the list stays after a {status}");
    }
    // One shard fails and the others arrive: the message shows once every answer is in, and
    // a retry asks for the missing shard only.
    let files = shard_files(&dist);
    let n = files.len();
    let ok = |server: &Server| shard_requests(server).iter().filter(|r| r.1 == 200).count();
    server.set_failing(vec![(format!("/{}", files[0]), 503)]);
    click_note_button(&s).await;
    wait_note(&s, "failed").await;
    assert_eq!(ok(&server), n - 1, "every other shard arrived before the message");
    server.set_failing(vec![]);
    click_note_button(&s).await;
    // The button the reader pressed goes away: the keyboard focus stays on the note.
    assert!(s.active_matches(".cc-notice-slot").await, "focus after the retry");
    wait_note(&s, "loaded").await;
    assert!(s.active_matches(".cc-notice-slot").await, "focus once loaded");
    assert_eq!(ok(&server), n, "retried the missing shard only, and loaded");
    assert_eq!(s.js(cards).await.as_u64().unwrap(), shown, "the first page of the list");
}

#[tokio::test]
async fn a_link_to_an_event_of_an_earlier_period_loads_it_and_opens_it() {
    let (dist, story) = archive_dist();
    let bytes = single_bundle(&story);
    let single = chronocarte_model::Bundle::from_bytes(&bytes).unwrap();
    let first = &single.events[0];
    let id = chronocarte_model::fragment::percent_encode(single.s(first.id));
    let server = Server::start(vec![Mount { prefix: SUBPATH.into(), root: dist.clone() }], vec![]);
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url(&format!("{SUBPATH}index.html#event={id}"))).await;
    s.wait_ready(1).await;
    let t0 = Instant::now();
    let quote = single.s(first.mentions[first.headline as usize].quote);
    loop {
        let text = s
            .js("const c = document.querySelector('.cc-event.cc-focused'); return c ? c.textContent : null")
            .await;
        if let Some(t) = text.as_str() {
            assert!(t.contains(quote), "the focused card is the linked event: {t}");
            break;
        }
        if t0.elapsed() > Duration::from_secs(20) {
            let dbg = s.js("return [location.hash, (document.querySelector('.cc-count')||{}).textContent, (document.querySelector('.cc-notice-slot')||{}).textContent, document.querySelectorAll('.cc-event').length]").await;
            panic!(
                "the linked event never opened: {dbg} {:?} {:?}",
                shard_requests(&server).len(),
                s.errors().await
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!shard_requests(&server).is_empty());
    let notice = s.js("const n = document.querySelector('.cc-notice-slot .cc-notice:not(.cc-archive)'); return n ? n.textContent : null").await;
    assert_eq!(notice, Value::Null, "no stale-link notice for an event that exists");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
}

#[tokio::test]
async fn a_download_before_the_archive_is_loaded_holds_every_period() {
    let (dist, story) = archive_dist();
    let bytes = single_bundle(&story);
    let single = chronocarte_model::Bundle::from_bytes(&bytes).unwrap();
    // What the file must hold: every event of the story, in list order (the first view
    // shows the latest period's only).
    let want: Vec<String> = Engine::new(&single)
        .run(&Query::default())
        .events
        .iter()
        .map(|&i| single.s(single.events[i as usize].id).into())
        .collect();
    let server = Server::start(
        vec![Mount { prefix: SUBPATH.into(), root: dist.clone() }],
        vec![("Content-Security-Policy".into(), CSP.into())],
    );
    let (_browser, s) = open(&server).await;
    // Saved files are recorded instead of downloaded.
    s.js("window.__saved = [];
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (b) => { window.__saved.push(b); return create(b); };
          HTMLAnchorElement.prototype.click = function () {};
          return true")
        .await;
    let shown = s.js("return document.querySelectorAll('.cc-root .cc-event').length").await;
    assert!(shown.as_u64().unwrap() < want.len() as u64, "the first view shows one period: {shown}");
    s.js("document.querySelector('.cc-download-btn[data-format=json]').click(); return true").await;
    assert_eq!(s.js("return window.__saved.length").await, 0, "nothing saved before the periods are in");
    wait_note(&s, "loaded").await;
    let v = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             (async () => {
               for (let i = 0; i < 100 && !window.__saved.length; i++) await new Promise(r => setTimeout(r, 50));
               const b = window.__saved[window.__saved.length - 1];
               done(b ? JSON.parse(await b.text()).map(e => e.event_id) : 'nothing saved');
             })();",
            vec![],
        )
        .await
        .unwrap();
    let got: Vec<String> =
        v.as_array().unwrap_or_else(|| panic!("{v}")).iter().map(|e| e.as_str().unwrap().into()).collect();
    assert_eq!(got.len(), want.len(), "every period's events");
    assert_eq!(shard_requests(&server).len(), shard_files(&dist).len(), "the download loaded every period");
    assert_eq!(got, want);
    assert_eq!(s.js("return window.__saved.length").await, 1, "one file");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
}
