//! Screenshots of the release build at 375 and 1280 px (`./dev screenshots`, or
//! `cargo test -p chronocarte-e2e --test screenshots -- --nocapture` after
//! `trunk build --release`). PNGs go to `crates/e2e/screenshots/`.
use chronocarte_e2e::{dist, workspace_root, Browser, Server};

#[tokio::test]
async fn screenshots_375_and_1280() {
    // an id merged into another event, read from this build's corpus (ids follow the extractor)
    let export = chronocarte_corpus::process(&workspace_root().join("stories/armenia-azerbaijan")).export;
    let merged = export
        .events
        .iter()
        .find(|e| !e.aliases.is_empty() && e.kind == chronocarte_corpus::export::EventType::Fighting)
        .expect("the seed corpus has a merged fighting event");
    let stale = format!("/#actor=nobody&type=fighting&event={}", merged.aliases[0]);
    let server = Server::dist(dist());
    let browser = Browser::start();
    for (w, h) in [(1280u32, 900u32), (375, 812)] {
        let s = browser.session(w, h).await;
        s.load(&server.url("/")).await;
        // Open the first event's sources so the quote and its highlight show.
        s.js("const d = document.querySelector('.cc-sources'); if (d) d.open = true; return true;").await;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        s.js("const q = document.querySelector('.cc-sources details'); if (q) q.open = true; return true;")
            .await;
        let p = s.screenshot(&format!("widget-{w}.png")).await;
        println!("{}", p.display());
        s.js("document.querySelector('.cc-main').scrollIntoView(); window.scrollBy(0, -60); return true;")
            .await;
        let p = s.screenshot(&format!("widget-{w}-main.png")).await;
        println!("{}", p.display());
        let p = s.full_page_screenshot(&format!("widget-{w}-full.png")).await;
        println!("{}", p.display());
        // The filter panel open (a sheet on phones), with a filter set.
        s.js("window.scrollTo(0, 0); return true;").await;
        s.open_panel().await;
        s.js("document.querySelector('.cc-filters [data-actor]').click(); return true;").await;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let p = s.screenshot(&format!("widget-{w}-panel.png")).await;
        println!("{}", p.display());
        s.js("document.querySelector('.cc-panel-close').click(); return true;").await;
        // A filtered state on the Nagorno-Karabakh close-up, in English, dark theme.
        s.load(&server.url("/#from=2023-09-01&to=2023-09-30&view=nk&lang=en")).await;
        s.js("document.querySelector('.cc-root').setAttribute('data-theme', 'dark'); return true;").await;
        let p = s.screenshot(&format!("widget-{w}-nk-dark.png")).await;
        println!("{}", p.display());
        // A stale link: unknown actor, merged event id (notice, then the focused event).
        s.goto("about:blank").await.unwrap();
        s.load(&server.url(&stale)).await;
        s.js("window.scrollTo(0, 0); return true;").await;
        let p = s.screenshot(&format!("stale-link-{w}.png")).await;
        println!("{}", p.display());
        s.js("document.querySelector('.cc-focused').scrollIntoView(); return true;").await;
        let p = s.screenshot(&format!("stale-link-{w}-event.png")).await;
        println!("{}", p.display());
        // The example host article (two embedded instances, a hostile host stylesheet).
        s.goto(&server.url("/examples/news-article.html")).await.unwrap();
        s.wait_ready(2).await;
        let p = s.full_page_screenshot(&format!("example-article-{w}.png")).await;
        println!("{}", p.display());
        let errors: Vec<String> = s.errors().await.into_iter().filter(|e| !e.contains("favicon")).collect();
        assert!(errors.is_empty(), "browser errors: {errors:#?}");
        s.close().await;
    }
}
