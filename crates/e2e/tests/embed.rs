//! Embedding and static hosting (issue 5), against the release build:
//! - the example article page (two instances and an iframe) served from a sub-path;
//! - instances filter independently; the iframe reports its height to the host;
//! - host and widget styles do not bleed into each other (computed styles);
//! - the build runs under a strict CSP with no violation, from a sub-path;
//! - every request goes to the serving origin, also when the host page is on another one;
//! - `mount()` / `unmount()` from JavaScript leave nothing behind.
use chronocarte_e2e::{dist, workspace_root, Browser, Mount, Server, Session};
use serde_json::Value;
use std::time::Duration;

const SUBPATH: &str = "/graphics/karabakh/";
const CSP: &str = chronocarte_e2e::STRICT_CSP;
const WATCH_JS: &str = chronocarte_e2e::WATCH_CSP_JS;

fn subpath_server(headers: Vec<(String, String)>) -> Server {
    Server::start(vec![Mount { prefix: SUBPATH.into(), root: dist() }], headers)
}

async fn count_line(s: &Session, root_css: &str) -> String {
    s.js(&format!("return document.querySelector('{root_css} .cc-count').textContent"))
        .await
        .as_str()
        .unwrap_or("")
        .to_string()
}

fn assert_same_origin(resources: &[(String, u16)], origin: &str) {
    assert!(!resources.is_empty());
    for (url, status) in resources {
        assert!(url.starts_with(origin), "request to another origin than {origin}: {url}");
        assert!(*status == 200 || *status == 0, "{url} answered {status}");
    }
}

#[tokio::test]
async fn example_article_page_two_instances_and_an_iframe_from_a_sub_path() {
    let server = subpath_server(vec![]);
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.on_new_document(WATCH_JS).await;
    s.client.goto(&server.url(&format!("{SUBPATH}examples/news-article.html"))).await.unwrap();
    s.wait_ready(2).await;

    // Two independent instances: filtering one leaves the other alone.
    let a0 = count_line(&s, "#chronologie").await;
    let b0 = count_line(&s, "#episode-2022").await;
    s.js("document.querySelector('#chronologie .cc-filters button.cc-chip').click()").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let a1 = count_line(&s, "#chronologie").await;
    let b1 = count_line(&s, "#episode-2022").await;
    assert_ne!(a0, a1, "the first instance did not filter");
    assert_eq!(b0, b1, "filtering the first instance changed the second");
    // Options come from data- attributes: the second instance is in English, dark, and
    // starts on September 2022; neither writes to the host page's URL.
    let second = s
        .js("const r = document.querySelector('#episode-2022 .cc-root'); return [r.getAttribute('lang'), r.getAttribute('data-theme'), location.hash]")
        .await;
    assert_eq!(second[0], "en", "data-lang=en not applied");
    assert_eq!(second[1], "dark", "data-theme=dark not applied");
    assert_eq!(second[2], "", "an embed wrote to the host page's URL fragment");

    // The iframe reports its height and the host snippet applies it.
    let t0 = std::time::Instant::now();
    let reported = loop {
        let v = s.js("const f = document.getElementById('chronocarte-iframe'); return f.dataset.reportedHeight || null").await;
        if let Some(h) = v.as_str().and_then(|h| h.parse::<u32>().ok()) {
            break h;
        }
        assert!(t0.elapsed() < Duration::from_secs(20), "the iframe never reported its height");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(reported > 300, "implausible iframe height {reported}");
    // The host snippet clamps the height to 200..4000 px.
    let applied =
        s.js("return document.getElementById('chronocarte-iframe').getBoundingClientRect().height").await;
    let expected = reported.clamp(200, 4000) as f64;
    assert!(
        (applied.as_f64().unwrap() - expected).abs() <= 1.0,
        "host did not resize the iframe to {expected}: {applied}"
    );

    // Computed styles: the host's hostile CSS does not reach into the widget...
    let inside = s
        .js(r#"const r = document.querySelector('#chronologie .cc-root');
               const b = r.querySelector('.cc-filters button.cc-chip');
               const svg = r.querySelector('svg');
               return { sizing: getComputedStyle(b).boxSizing, bg: getComputedStyle(b).backgroundColor,
                        transform: getComputedStyle(b).textTransform, font: getComputedStyle(r).fontSize,
                        svgBorder: svg ? getComputedStyle(svg).borderTopStyle : 'none' }"#)
        .await;
    assert_eq!(inside["sizing"], "border-box", "host `* {{ box-sizing }}` reached the widget");
    assert_ne!(inside["bg"], "rgb(204, 0, 0)", "host button colours reached the widget");
    assert_eq!(inside["transform"], "none", "host button text-transform reached the widget");
    assert_ne!(inside["svgBorder"], "dashed", "host svg border reached the widget");
    let font: f64 = inside["font"].as_str().unwrap().trim_end_matches("px").parse().unwrap();
    assert!(font < 20.0, "host's 22px base font inflated the widget ({font}px)");
    // ...and the widget's CSS does not reach the host.
    let outside = s
        .js(r#"const p = document.querySelector('.standfirst'); const h = document.querySelector('h1');
               return { font: getComputedStyle(p).fontFamily, h1: getComputedStyle(h).fontSize, bodyBg: getComputedStyle(document.body).backgroundColor }"#)
        .await;
    assert!(
        outside["font"].as_str().unwrap().contains("Georgia"),
        "widget CSS changed the host's text: {outside}"
    );
    assert_eq!(outside["h1"], "48.4px", "widget CSS changed the host's headings");
    assert_eq!(outside["bodyBg"], "rgb(251, 250, 247)", "widget CSS changed the host's background");

    assert_same_origin(&s.resources().await, &server.origin());
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

#[tokio::test]
async fn strict_csp_from_a_sub_path_has_no_violation() {
    let server = subpath_server(vec![("Content-Security-Policy".into(), CSP.into())]);
    let browser = Browser::start();
    let s = browser.session(1280, 900).await;
    s.on_new_document(WATCH_JS).await;
    s.load(&server.url(SUBPATH)).await;
    // Use it a little: filtering, expanding, the language switch all run under the policy.
    s.js("document.querySelector('.cc-filters button.cc-chip').click()").await;
    s.js("const b = document.querySelector('.cc-lang-btn:not([aria-pressed=true])'); if (b) b.click();")
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let violations = s.js("return window.__ccViolations").await;
    assert_eq!(violations, Value::Array(vec![]), "CSP violations under {CSP}");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors under CSP: {errors:#?}");
    assert_same_origin(&s.resources().await, &server.origin());
    for r in server.requests() {
        assert!(r.path.starts_with(SUBPATH), "request outside the sub-path: {}", r.path);
    }
    s.close().await;
}

#[tokio::test]
async fn host_page_on_another_origin_loads_the_bundle_with_cors() {
    let bundle = Server::start(
        vec![Mount { prefix: "/".into(), root: dist() }],
        vec![("Access-Control-Allow-Origin".into(), "*".into())],
    );
    let host_dir = tempdir();
    std::fs::write(
        host_dir.join("index.html"),
        format!(
            "<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><title>Hôte</title>\
             <link rel=icon href=\"{0}/favicon.svg\">\
             <script type=module src=\"{0}/chronocarte.js\"></script></head>\
             <body><h1>Article</h1><div id=g data-chronocarte></div></body></html>",
            bundle.origin()
        ),
    )
    .unwrap();
    let host = Server::start(vec![Mount { prefix: "/".into(), root: host_dir.clone() }], vec![]);
    let browser = Browser::start();
    let s = browser.session(1024, 800).await;
    s.load(&host.url("/")).await;
    for (url, status) in s.resources().await {
        assert!(
            url.starts_with(&bundle.origin()) || url.starts_with(&host.origin()),
            "request to a third origin: {url}"
        );
        assert!(status == 200 || status == 0, "{url} answered {status}");
    }
    assert!(
        bundle.requests().iter().any(|r| r.path.ends_with(".wasm")),
        "wasm not fetched from the bundle origin"
    );
    let title = s.js("return document.title;").await;
    assert_eq!(title.as_str(), Some("Hôte"), "the widget never renames its host page");
    let errors = s.errors().await;
    assert!(errors.iter().all(|e| e.contains("favicon.ico")), "browser errors: {errors:#?}");
    s.close().await;
    let _ = std::fs::remove_dir_all(host_dir);
}

#[tokio::test]
async fn js_mount_and_unmount_leave_nothing_behind() {
    let server = Server::dist(dist());
    let browser = Browser::start();
    let s = browser.session(1024, 800).await;
    s.load(&server.url("/")).await;
    let v = s
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               import('./chronocarte.js').then(async (m) => {
                 const el = document.createElement('div');
                 document.body.appendChild(el);
                 const h = m.mount(el, { lang: 'en', filters: 'type=fighting' });
                 await new Promise(r => setTimeout(r, 200));
                 const mounted = el.querySelectorAll('.cc-event').length;
                 const lang = el.querySelector('.cc-root').getAttribute('lang');
                 h.unmount();
                 await new Promise(r => setTimeout(r, 50));
                 done({ mounted, lang, after: el.childElementCount });
               }).catch(e => done({ error: String(e) }));"#,
            vec![],
        )
        .await
        .unwrap();
    assert!(v.get("error").is_none(), "{v}");
    assert!(v["mounted"].as_u64().unwrap() > 0, "mount() rendered no event: {v}");
    assert_eq!(v["lang"], "en");
    assert_eq!(v["after"], 0, "unmount() left nodes behind: {v}");
    let errors = s.errors().await;
    assert!(errors.is_empty(), "browser errors: {errors:#?}");
    s.close().await;
}

fn tempdir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "chronocarte-host-{}-{}",
        std::process::id(),
        workspace_root().display().to_string().len()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}
