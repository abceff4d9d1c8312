//! A panic inside the widget is contained (issue 7): the release build aborts on panic (a
//! wasm trap, `scripts/trunk-release.sh`), the loader (`chronocarte.js`) sees the trap, each
//! widget shows a small error box inside its own element, and the host page keeps working.
//! The host page's own errors, even a `WebAssembly.RuntimeError` of its own, are left alone.
use chronocarte_e2e::{dist, Browser, Mount, Server};
use serde_json::Value;

/// The error boxes, the host page's state and a check that its scripts still run.
const AFTER: &str = r#"return {
     boxes: [...document.querySelectorAll('[data-chronocarte-mounted]')].map(h => {
       const b = h.querySelector('.cc-crashed[role=alert]');
       return b ? { text: b.textContent, lang: b.getAttribute('lang'), alone: h.children.length === 1 } : null; }),
     h1: document.querySelector('main.article h1').textContent,
     hostScript: (() => { const p = document.createElement('p'); p.id = 'after-panic'; p.textContent = 'ok';
                          document.querySelector('main.article').appendChild(p);
                          return document.getElementById('after-panic').textContent; })(),
     iframeAlive: !!document.getElementById('chronocarte-iframe'),
   };"#;

fn check_boxes(after: &Value, host_before: &Value) {
    let boxes = after["boxes"].as_array().unwrap();
    // Two declared in the page, and the one `examples/api-demo.js` mounts with `mount()`.
    assert_eq!(boxes.len(), 3, "three mounted widgets expected: {after}");
    for b in boxes {
        assert!(!b.is_null(), "a widget shows no error box: {after}");
        assert_eq!(b["alone"], true, "the crashed widget's old content is still there");
    }
    assert!(boxes[0]["text"].as_str().unwrap().contains("erreur"), "French message expected: {after}");
    assert_eq!(boxes[1]["lang"], "en", "the English instance should explain in English");
    assert!(boxes[1]["text"].as_str().unwrap().contains("error"), "English message expected: {after}");
    assert_eq!(&after["h1"], host_before, "the host page changed");
    assert_eq!(after["hostScript"], "ok", "the host page's scripts stopped working");
    assert_eq!(after["iframeAlive"], true);
}

#[tokio::test]
async fn a_panic_shows_an_error_box_and_leaves_the_host_page_working() {
    let server = Server::start(vec![Mount { prefix: "/".into(), root: dist() }], vec![]);
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.client.goto(&server.url("/examples/news-article.html")).await.unwrap();
    s.wait_ready(3).await;
    let host_before = s.js("return document.querySelector('main.article h1').textContent").await;

    // The host page's own uncaught errors (one of them a RuntimeError of its own) are not ours.
    let v = s
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               setTimeout(() => { throw new Error('host page error'); });
               setTimeout(() => { throw new WebAssembly.RuntimeError('host page wasm error'); });
               setTimeout(() => done(document.querySelectorAll('.cc-crashed').length), 100);"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(v, 0, "the host page's own errors crashed the widgets");

    // Call the wasm export that panics, from the page, through the loader that host pages
    // import (as `mount` and the handle's methods are called).
    let v = s
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               const loader = performance.getEntriesByType('resource').map(r => r.name)
                 .find(n => /\/chronocarte\.js$/.test(n));
               import(loader).then(m => {
                 try { m.__chronocarte_test_panic(); done({ threw: false }); }
                 catch (e) { done({ threw: true, runtime: e instanceof WebAssembly.RuntimeError, error: String(e) }); }
               }).catch(e => done({ importError: String(e) }));"#,
            vec![],
        )
        .await
        .unwrap();
    assert!(v.get("importError").is_none(), "{v}");
    assert_eq!(v["threw"], true, "the panic should surface as a trap to its caller: {v}");
    assert_eq!(v["runtime"], true, "the trap should be a WebAssembly.RuntimeError: {v}");
    let after = s.js(AFTER).await;
    check_boxes(&after, &host_before);

    // The loader logged the crash.
    let logs = s.logs().await;
    assert!(
        logs.iter().any(|l| l.message.contains("chronocarte: the widget stopped after an error")),
        "the crash was not logged: {logs:#?}"
    );
    s.screenshot("panic-1280.png").await;

    // A trap that nobody catches (as in an event handler of the widget, or a timer): the
    // page's `error` event, where the loader sees it too.
    s.client.goto(&server.url("/examples/news-article.html")).await.unwrap();
    s.wait_ready(3).await;
    let v = s
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               const glue = performance.getEntriesByType('resource').map(r => r.name)
                 .find(n => /chronocarte-widget-[0-9a-f]+\.js$/.test(n));
               import(glue).then(m => {
                 addEventListener('error', (ev) => setTimeout(() => done({ error: String(ev.error) })));
                 setTimeout(() => m.__chronocarte_test_panic());
               }).catch(e => done({ importError: String(e) }));"#,
            vec![],
        )
        .await
        .unwrap();
    assert!(v["error"].as_str().is_some_and(|e| e.contains("RuntimeError")), "{v}");
    let after = s.js(AFTER).await;
    check_boxes(&after, &host_before);
    s.close().await;
}
