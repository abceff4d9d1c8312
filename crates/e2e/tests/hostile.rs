//! A corpus full of markup renders as inert text (issue 7).
//!
//! `./dev test` bakes `crates/e2e/fixtures/hostile` (titles, outlets, URLs and bodies with
//! `<script>`, `<img onerror>`, `<svg onload>`, `<iframe>`, `javascript:` URLs, bidi
//! controls and a 3,200-character word) into `target/dist-hostile`. Any of those payloads
//! that ran would set `window.__ccPwned`.
use chronocarte_e2e::{hostile_dist, Browser, Server};

#[tokio::test]
async fn hostile_corpus_renders_as_inert_text_and_the_layout_holds() {
    let server = Server::dist(hostile_dist());
    let browser = Browser::start();
    for width in [375u32, 1280] {
        let s = browser.session(width, 900).await;
        s.load(&server.url("/")).await;
        // Open every source so that quotes, titles and outlets are all in the DOM.
        // Twice: sources are rendered when their `<details>` opens, and hold more `<details>`.
        for _ in 0..2 {
            s.js(
                "document.querySelectorAll('.cc-root details').forEach(d => d.open = true);
                  document.querySelectorAll('.cc-root button[aria-expanded=false]').forEach(b => b.click());",
            )
            .await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
        let v = s
            .js(r#"const r = document.querySelector('.cc-root');
                   return {
                     pwned: window.__ccPwned === undefined ? null : String(window.__ccPwned),
                     events: r.querySelectorAll('.cc-event').length,
                     elements: r.querySelectorAll('script, img, iframe, object, embed, b, svg[onload], [onerror], [onload]').length,
                     badLinks: [...r.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => !/^(https?:|#event=)/i.test(h)),
                     text: r.textContent,
                     overflow: document.documentElement.scrollWidth - window.innerWidth,
                     rootWidth: r.getBoundingClientRect().width,
                   };"#)
            .await;
        assert_eq!(v["pwned"], serde_json::Value::Null, "injected code ran at {width}px: {}", v["pwned"]);
        assert!(v["events"].as_u64().unwrap() >= 4, "the hostile corpus should still give events: {v}");
        assert_eq!(v["elements"], 0, "corpus markup became elements at {width}px");
        assert_eq!(v["badLinks"], serde_json::json!([]), "non-http(s) links at {width}px");
        let text = v["text"].as_str().unwrap().to_owned();
        let v = {
            let mut v = v;
            v["text"] = serde_json::json!(format!("{} chars", text.len()));
            v
        };
        assert!(text.contains("<script>window.__ccPwned"), "markup should show as literal text");
        assert!(v["overflow"].as_f64().unwrap() <= 1.0, "page overflows horizontally at {width}px: {v}");
        assert!(v["rootWidth"].as_f64().unwrap() <= width as f64, "widget wider than the viewport");
        s.screenshot(&format!("hostile-{width}.png")).await;
        let errors = s.errors().await;
        assert!(errors.is_empty(), "browser errors: {errors:#?}");
        s.close().await;
    }
}
