//! Harness for Chronocarte's end-to-end tests.
//!
//! The tests drive Debian's Chromium through chromedriver against the *release* build
//! (`dist/`), served by the small loopback server below. The release build matters: a bad
//! `wasm-opt` produces a bundle that builds fine and renders a blank page, and only a test
//! on that build catches it.
//!
//! - [`Server`] serves directories under URL prefixes on 127.0.0.1 with optional extra
//!   headers (CSP, CORS) and records every request, so tests can check what was fetched.
//! - [`Browser`] owns a chromedriver process and opens headless sessions with a fresh
//!   profile, browser logging on, and the flags this machine needs.
//! - [`Session`] wraps a fantoccini client with the checks every test wants: wait for the
//!   widget, collect console errors, list network requests, save screenshots.
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use fantoccini;

/// The workspace root. Read at run time (cargo sets `CARGO_MANIFEST_DIR` for tests): with
/// a target directory shared between clones, a test binary compiled in another clone is
/// reused when this clone's files are older, and its compile-time path names that clone.
pub fn workspace_root() -> PathBuf {
    let here = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    here.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// The release build to test: `$CHRONOCARTE_DIST` or `<workspace>/dist`.
pub fn dist() -> PathBuf {
    let d = std::env::var_os("CHRONOCARTE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("dist"));
    assert!(
        d.join("index.html").exists(),
        "no release build at {}: run `./dev test` (or `trunk build --release`) first",
        d.display()
    );
    d
}

/// The release build of the hostile test corpus (`crates/e2e/fixtures/hostile`), made by
/// `./dev test`: `$CHRONOCARTE_HOSTILE_DIST` or `<workspace>/target/dist-hostile`.
pub fn hostile_dist() -> PathBuf {
    let d = std::env::var_os("CHRONOCARTE_HOSTILE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/dist-hostile"));
    assert!(
        d.join("index.html").exists(),
        "no hostile-corpus build at {}: run `./dev test`, which builds it",
        d.display()
    );
    d
}

/// The release build of the second story (`stories/sudan-2023`), made by `./dev test`:
/// `$CHRONOCARTE_SECOND_DIST` or `<workspace>/target/dist-sudan`.
pub fn second_story_dist() -> PathBuf {
    let d = std::env::var_os("CHRONOCARTE_SECOND_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/dist-sudan"));
    assert!(
        d.join("index.html").exists(),
        "no build of the second story at {}: run `./dev test`, which builds it",
        d.display()
    );
    d
}

/// The release build of a synthetic story baked in shards (README, "A large archive"),
/// made by `./dev test`: `$CHRONOCARTE_ARCHIVE_DIST` or `<workspace>/target/dist-archive`.
/// Its story folder is `target/archive-story` (`$CHRONOCARTE_ARCHIVE_STORY`).
pub fn archive_dist() -> (PathBuf, PathBuf) {
    let var =
        |k: &str, d: &str| std::env::var_os(k).map(PathBuf::from).unwrap_or_else(|| workspace_root().join(d));
    let d = var("CHRONOCARTE_ARCHIVE_DIST", "target/dist-archive");
    assert!(
        d.join("index.html").exists(),
        "no build of the archive story at {}: run `./dev test`, which builds it",
        d.display()
    );
    (d, var("CHRONOCARTE_ARCHIVE_STORY", "target/archive-story"))
}

/// Where tests write screenshots.
pub fn screenshot_dir() -> PathBuf {
    // The run's package directory, not the compile-time one: with the target directory shared
    // between clones (`./dev`), a test binary may have been built by another clone.
    let d = workspace_root().join("crates/e2e/screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The strict Content-Security-Policy the widget must run under (README, "Static hosting").
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// Run before a document's scripts ([`Session::on_new_document`]): records every CSP
/// violation in `window.__ccViolations`.
pub const WATCH_CSP_JS: &str = r#"
window.__ccViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__ccViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"#;

// ---------------------------------------------------------------- static server

/// One directory served under a URL prefix ("/", "/graphics/karabakh/").
#[derive(Clone, Debug)]
pub struct Mount {
    pub prefix: String,
    pub root: PathBuf,
}

/// A request the server saw: method, path, and the status it answered.
#[derive(Clone, Debug)]
pub struct Logged {
    pub path: String,
    pub status: u16,
}

/// A threaded std-only static file server on 127.0.0.1, stopped on drop.
pub struct Server {
    pub port: u16,
    log: Arc<Mutex<Vec<Logged>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
    failing: Failing,
}

/// Paths answered with an error status instead of their file: `(part of the path, status)`.
type Failing = Arc<Mutex<Vec<(String, u16)>>>;

impl Server {
    /// Serve `root` at `/`.
    pub fn dist(root: PathBuf) -> Server {
        Server::start(vec![Mount { prefix: "/".into(), root }], vec![])
    }

    /// Serve each mount under its prefix (longest prefix wins), adding `headers` to every
    /// response.
    pub fn start(mut mounts: Vec<Mount>, headers: Vec<(String, String)>) -> Server {
        mounts.sort_by_key(|m| std::cmp::Reverse(m.prefix.len()));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let failing: Failing = Arc::default();
        let (log2, stop2, failing2) = (log.clone(), stop.clone(), failing.clone());
        let shared = Arc::new((mounts, headers));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (shared, log, failing) = (shared.clone(), log2.clone(), failing2.clone());
                std::thread::spawn(move || handle(stream, &shared.0, &shared.1, &log, &failing));
            }
        });
        Server { port, log, stop, failing }
    }

    /// From now on, answer every path that contains `part` with `status` (and no file);
    /// an empty list serves files again.
    pub fn set_failing(&self, rules: Vec<(String, u16)>) {
        *self.failing.lock().unwrap() = rules;
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin(), path)
    }

    /// Every request served so far.
    pub fn requests(&self) -> Vec<Logged> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port)); // wake the accept loop
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn handle(
    mut s: TcpStream,
    mounts: &[Mount],
    headers: &[(String, String)],
    log: &Mutex<Vec<Logged>>,
    failing: &Mutex<Vec<(String, u16)>>,
) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let mut r = BufReader::new(match s.try_clone() {
        Ok(c) => c,
        Err(_) => return,
    });
    let mut line = String::new();
    if r.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut content_length = 0usize;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).unwrap_or(0) <= 2 {
            break;
        }
        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
            content_length = v.trim().parse().unwrap_or(0);
        }
    }
    if content_length > 0 {
        let mut body = vec![0; content_length.min(1 << 20)];
        let _ = r.read_exact(&mut body);
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("GET").to_string();
    let raw = parts.next().unwrap_or("/").to_string();
    let path = raw.split(['?', '#']).next().unwrap_or("/").to_string();
    let found = if path.contains("..") {
        None
    } else {
        mounts.iter().find(|m| path.starts_with(&m.prefix)).and_then(|m| {
            let rel = &path[m.prefix.len()..];
            let mut file = m.root.join(rel);
            if file.is_dir() {
                file = file.join("index.html");
            }
            std::fs::read(&file).ok().map(|b| (file, b))
        })
    };
    let fail = failing.lock().unwrap().iter().find(|(part, _)| path.contains(part.as_str())).map(|f| f.1);
    let (status, ct, body) = match (fail, found) {
        (Some(status), _) => (status, "text/plain", b"failing on purpose".to_vec()),
        (None, Some((file, b))) => (200u16, content_type(&file), b),
        (None, None) => (404, "text/plain", b"not found".to_vec()),
    };
    log.lock().unwrap().push(Logged { path: raw.clone(), status });
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Error",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        if method == "HEAD" { 0 } else { body.len() }
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = s.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = s.write_all(&body);
    }
}

// ---------------------------------------------------------------- browser

/// A chromedriver process, killed on drop.
pub struct Browser {
    child: Child,
    pub port: u16,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    pub fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {bin} ({e}): install Debian's chromium-driver (./dev test does)")
            });
        let t0 = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(t0.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Browser { child, port }
    }

    /// A new headless session with a fresh profile at `width`×`height` CSS pixels.
    pub async fn session(&self, width: u32, height: u32) -> Session {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!("chronocarte-e2e-{}-{n}", std::process::id()));
        let caps = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-quic", "--no-first-run", "--hide-scrollbars",
                         format!("--window-size={width},{height}"),
                         format!("--user-data-dir={}", profile.display())]
            }
        });
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("webdriver session");
        let s = Session { client, profile };
        // Headless window sizes include no browser chrome; make the viewport exact.
        s.set_viewport(width, height).await;
        s
    }
}

/// `POST /session/{id}/se/log`: chromedriver's browser log (console, failed loads, CSP).
#[derive(Debug)]
struct GetLog;
impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"type": "browser"}).to_string()))
    }
}

/// `POST /session/{id}/goog/cdp/execute`: a Chrome DevTools Protocol command.
#[derive(Debug)]
struct Cdp(Value);
impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// A browser log entry.
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub level: String,
    pub message: String,
}

/// A headless Chromium session; call [`Session::close`] at the end.
pub struct Session {
    pub client: Client,
    profile: PathBuf,
}

impl std::ops::Deref for Session {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Session {
    pub async fn close(self) {
        self.client.close().await.ok();
        let _ = std::fs::remove_dir_all(&self.profile);
    }

    /// Run a Chrome DevTools Protocol command.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client.issue_cmd(Cdp(json!({"cmd": cmd, "params": params}))).await.expect(cmd)
    }

    /// Emulate a viewport of exactly `width`×`height` CSS pixels.
    pub async fn set_viewport(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
        )
        .await;
    }

    /// Run `source` in every document before its own scripts (flags, listeners).
    pub async fn on_new_document(&self, source: &str) {
        self.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": source })).await;
    }

    /// Browser log entries since the last call (chromedriver drains them).
    pub async fn logs(&self) -> Vec<LogEntry> {
        let v = self.client.issue_cmd(GetLog).await.unwrap_or(Value::Null);
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|e| LogEntry {
                        level: e["level"].as_str().unwrap_or("").to_string(),
                        message: e["message"].as_str().unwrap_or("").to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Console errors, uncaught exceptions, failed loads and CSP violations since the
    /// last call.
    pub async fn errors(&self) -> Vec<String> {
        self.logs().await.into_iter().filter(|e| e.level == "SEVERE").map(|e| e.message).collect()
    }

    /// Navigate and wait until a widget root says it has rendered its first event list.
    pub async fn load(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.wait_ready(1).await;
    }

    /// Opens the first widget's filter panel (the facets and the timeline), if it is closed.
    pub async fn open_panel(&self) {
        self.js("const t = document.querySelector('.cc-panel-toggle');
                 if (t.getAttribute('aria-expanded') !== 'true') t.click(); return true;")
            .await;
        tokio::time::sleep(Duration::from_millis(60)).await;
    }

    /// Wait until `count` widget roots carry `data-chronocarte-ready`.
    pub async fn wait_ready(&self, count: usize) {
        let t0 = Instant::now();
        loop {
            let n = self
                .client
                .find_all(Locator::Css("[data-chronocarte-ready]"))
                .await
                .map(|v| v.len())
                .unwrap_or(0);
            if n >= count {
                return;
            }
            if t0.elapsed() > Duration::from_secs(20) {
                let errors = self.errors().await;
                panic!("widget not ready after 20 s ({n}/{count} roots); browser errors: {errors:#?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Every resource the page loaded, with its HTTP status (Resource Timing).
    pub async fn resources(&self) -> Vec<(String, u16)> {
        let v = self
            .client
            .execute(
                "return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))\
                 .map(r => [r.name, r.responseStatus || 0]);",
                vec![],
            )
            .await
            .expect("resource timing");
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap_or("").to_string(), p[1].as_u64().unwrap_or(0) as u16))
            .collect()
    }

    /// Whether the focused element matches the CSS selector `css`.
    pub async fn active_matches(&self, css: &str) -> bool {
        self.js(&format!("return !!document.activeElement && document.activeElement.matches({css:?})"))
            .await
            .as_bool()
            .unwrap_or(false)
    }

    /// Run JavaScript and return its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("{e}: {script}"))
    }

    /// axe-core's serious and critical violations inside the first widget root (axe is
    /// loaded from `node_modules/axe-core`), as `id: help (nodes)` lines. Every rule is
    /// enabled, the experimental ones included.
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(workspace_root().join("node_modules/axe-core/axe.min.js"))
            .expect("node_modules/axe-core/axe.min.js: run `npm ci`");
        self.js(&format!("{axe}; return true;")).await;
        let r = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const rules = Object.fromEntries(axe.getRules().map(r => [r.ruleId, { enabled: true }]));
                 axe.run(document.querySelector('.cc-root'), { resultTypes: ['violations'], rules })
                    .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
                    .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e) }]));",
                vec![],
            )
            .await
            .expect("axe.run");
        r.as_array()
            .into_iter()
            .flatten()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| format!("{}: {} {}", v["id"], v["help"], v["nodes"]))
            .collect()
    }

    /// Save a PNG screenshot of the viewport under `crates/e2e/screenshots/`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let out = screenshot_dir().join(name);
        std::fs::write(&out, &png).unwrap();
        out
    }

    /// Save a screenshot of the whole page (not just the viewport).
    pub async fn full_page_screenshot(&self, name: &str) -> PathBuf {
        let v =
            self.cdp("Page.captureScreenshot", json!({"format": "png", "captureBeyondViewport": true})).await;
        let b64 = v["data"].as_str().expect("png data");
        let png = base64_decode(b64);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let out = screenshot_dir().join(name);
        std::fs::write(&out, &png).unwrap();
        out
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s.bytes().filter(|c| *c != b'=' && !c.is_ascii_whitespace()).collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= (val(c) as u32) << (18 - 6 * i);
        }
        out.push((n >> 16) as u8);
        if chunk.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if chunk.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

// ---------------------------------------------------------------- bundle size

/// One shipped asset and its sizes in bytes.
#[derive(Debug, Clone)]
pub struct AssetSize {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// Sizes of every file a reader downloads from a build directory (html, js, wasm, css),
/// compressed as a static host would serve them (gzip -9, brotli quality 11).
pub fn bundle_sizes(dir: &Path) -> Vec<AssetSize> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                // The example host page is not part of what a reader downloads.
                if p.file_name().is_some_and(|n| n != "examples") {
                    stack.push(p);
                }
                continue;
            }
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !matches!(ext, "html" | "js" | "wasm" | "css" | "svg" | "ico") {
                continue;
            }
            let raw = std::fs::read(&p).unwrap();
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&raw).unwrap();
            let gzip = gz.finish().unwrap().len();
            let mut br = Vec::new();
            {
                let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
                w.write_all(&raw).unwrap();
            }
            out.push(AssetSize {
                name: p.strip_prefix(dir).unwrap().display().to_string(),
                raw: raw.len(),
                gzip,
                brotli: br.len(),
            });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Print a size table (one `SIZE` line per asset and a total) and return the totals
/// `(raw, gzip, brotli)`.
pub fn print_sizes(sizes: &[AssetSize]) -> (usize, usize, usize) {
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    for s in sizes {
        println!("SIZE {:<44} raw {:>9} gzip {:>9} brotli {:>9}", s.name, s.raw, s.gzip, s.brotli);
        raw += s.raw;
        gz += s.gzip;
        br += s.brotli;
    }
    println!("SIZE {:<44} raw {raw:>9} gzip {gz:>9} brotli {br:>9}", "total");
    (raw, gz, br)
}
