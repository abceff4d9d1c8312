//! The release build loads, renders its event list, and nothing fails on the way.
//!
//! This is the test that catches a miscompiled bundle (Debian's binaryen 108 makes one
//! that builds and then renders a blank page with a `WebAssembly.Table.set` error).
use chronocarte_e2e::{dist, Browser, Server};

#[tokio::test]
async fn release_build_renders_without_errors() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.load(&server.url("/")).await;

    let events = s.js("return document.querySelectorAll('[data-chronocarte-ready] .cc-event').length").await;
    assert!(events.as_u64().unwrap_or(0) > 0, "the event list is empty");

    let shot = s.screenshot("smoke-1280.png").await;
    println!("screenshot: {}", shot.display());

    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    for (url, status) in s.resources().await {
        assert!(url.starts_with(&server.origin()), "request to another origin: {url}");
        assert!(status == 200 || status == 0, "{url} answered {status}");
    }
    let requests = server.requests();
    for r in &requests {
        assert_eq!(r.status, 200, "{} answered {}", r.path, r.status);
    }
    // index.html preloads the glue and the wasm (scripts/trunk-post-build.sh), and the
    // preload is the download the glue uses: one request for the wasm, not two
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    assert!(html.contains("rel=modulepreload") && html.contains("as=fetch"), "no preload links: {html}");
    let wasm = requests.iter().filter(|r| r.path.ends_with(".wasm")).count();
    assert_eq!(wasm, 1, "the wasm was requested {wasm} times");
    s.close().await;
}
