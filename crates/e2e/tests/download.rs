//! Export of what the reader sees (issue 14): the "CSV" and "JSON" buttons save the
//! filtered events, with every report and the derivation of each date, as a file made in
//! the page (a `Blob`): no request, under the strict CSP of the test server. Run against
//! the release build (`trunk build --release` first).
use chronocarte_e2e::{dist, Browser, Mount, Server, Session};
use serde_json::Value;

/// Records the Blobs the page turns into URLs and the names of the links it clicks,
/// instead of letting the browser download them.
const CAPTURE_JS: &str = r#"
window.__saved = []; window.__names = [];
const create = URL.createObjectURL.bind(URL);
URL.createObjectURL = (b) => { window.__saved.push(b); return create(b); };
HTMLAnchorElement.prototype.click = function () { window.__names.push(this.getAttribute('download')); };
return true;
"#;

/// Clicks a download button and returns (file name, MIME type, text) of what was saved.
async fn download(s: &Session, format: &str) -> (String, String, String) {
    s.js(&format!("document.querySelector('.cc-download-btn[data-format={format}]').click(); return true;"))
        .await;
    let v: Value = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const b = window.__saved[window.__saved.length - 1];
             // Decoded keeping the byte-order mark (Blob.text() would drop it).
             b.arrayBuffer().then(buf => done([window.__names[window.__names.length - 1], b.type,
               new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf)]));",
            vec![],
        )
        .await
        .unwrap();
    (v[0].as_str().unwrap().into(), v[1].as_str().unwrap().into(), v[2].as_str().unwrap().into())
}

#[tokio::test]
async fn csv_and_json_hold_the_filtered_events_with_every_report() {
    // The strict policy of the embedding tests: no inline script, nothing from elsewhere.
    let csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    let server = Server::start(
        vec![Mount { prefix: "/".into(), root: dist() }],
        vec![("Content-Security-Policy".into(), csp.into())],
    );
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/#type=fighting")).await;
    s.js(CAPTURE_JS).await;
    let requests = server.requests().len();
    // What the list shows: its events, and how many reports each has.
    let shown: Value = s
        .js("const root = document.querySelector('.cc-root');
             for (let i = 0; i < 100; i++) { const m = root.querySelector('.cc-more'); if (!m) break; m.click(); }
             return [...root.querySelectorAll('.cc-event')].map(e => e.dataset.eventId);")
        .await;
    let ids: Vec<&str> = shown.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(!ids.is_empty());

    let (name, mime, json) = download(&s, "json").await;
    assert_eq!(name, "chronocarte.json");
    assert_eq!(mime, "application/json");
    let events: Value = serde_json::from_str(&json).expect("valid JSON");
    let events = events.as_array().unwrap();
    let got: Vec<&str> = events.iter().map(|e| e["event_id"].as_str().unwrap()).collect();
    assert_eq!(got, ids, "the JSON lists the events shown, in list order");
    let mut reports = 0;
    for e in events {
        assert_eq!(e["type"], "fighting");
        assert!(e["start"].as_str().unwrap().len() == 10 && e["precision"].is_string(), "{e}");
        assert!(e.get("date_words").is_some() && e.get("date_counted_from_day").is_some(), "{e}");
        let rs = e["reports"].as_array().unwrap();
        assert!(!rs.is_empty());
        assert_eq!(rs.iter().filter(|r| r["headline"] == true).count(), 1, "one headline: {e}");
        for r in rs {
            for k in ["report_article", "report_published", "report_title", "report_quote"] {
                assert!(r[k].as_str().is_some_and(|v| !v.is_empty()), "{k} in {r}");
            }
        }
        reports += rs.len();
    }

    let (name, mime, csv) = download(&s, "csv").await;
    assert_eq!(name, "chronocarte.csv");
    assert!(mime.starts_with("text/csv"), "{mime}");
    assert!(csv.starts_with("\u{feff}event_id,type,start,end,precision,date_words,"), "BOM and header");
    // RFC 4180: count records, not lines (quotes may hold line breaks).
    let mut records = 0;
    let mut quoted = false;
    for c in csv.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => records += 1,
            _ => {}
        }
    }
    assert_eq!(records, reports + 1, "header + one row per report");
    assert!(!quoted, "quotes are balanced");
    for id in &ids {
        assert!(csv.contains(id), "{id} in the CSV");
    }
    assert_eq!(server.requests().len(), requests, "a download makes no request");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}
