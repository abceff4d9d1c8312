//! The first screen as static markup, rendered at build time.
//!
//! A phone on a slow network waits for the whole wasm (about 157 KB brotli for the seed
//! story) before it can paint a single event: Lighthouse's mobile run measured the first
//! card at 1,955 ms against 1,053 ms for a bare Leptos page (BENCHMARKS.md). So a release
//! build renders the same `App`, natively, into the host `<div data-chronocarte>` of the
//! page (`chronocarte-prerender`, run by `scripts/trunk-post-build.sh`): the reader sees the
//! title, the map's box and the first cards as soon as the HTML and the stylesheet arrive.
//! When the wasm starts, [`remove_from`] takes that markup away and the live widget mounts
//! in its place, with the same classes and sizes, so nothing moves.
//!
//! The markup is `inert` until then: a click or a keystroke in a control that does nothing
//! yet would be lost. Its text is escaped by the renderer like any other corpus text.
//! Inline `style` attributes would break a strict CSP (`style-src 'self'`), which blocks
//! them in markup (the live widget sets the same properties through the CSSOM, which CSP
//! allows): they become `data-cc-s` attributes, styled by a stylesheet written beside the
//! page ([`Page::stylesheet`]).

/// The attribute that marks the static markup, removed when the widget mounts.
pub const MARK: &str = "data-chronocarte-prerendered";

/// Removes the static first screen from a host element, just before the widget mounts.
pub fn remove_from(host: &web_sys::Element) {
    let mut child = host.first_element_child();
    while let Some(c) = child {
        child = c.next_element_sibling();
        if c.has_attribute(MARK) {
            c.remove();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{fill_page, first_screen, Page};

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::MARK;
    use crate::components::App;
    use crate::store::Store;
    use crate::Options;
    use leptos::prelude::*;

    /// Cards in the static first screen: those a phone shows before scrolling, and more on
    /// a desktop (each card is about 400 bytes of brotli in the page).
    const CARDS: usize = 3;

    /// Effects never run at build time, as on a server: nothing is measured or scrolled.
    struct NoEffects;

    impl any_spawner::CustomExecutor for NoEffects {
        fn spawn(&self, _fut: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _fut: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }

    /// The widget's first screen for these options, as HTML.
    pub fn first_screen(options: Options) -> String {
        // Already set when a page has several hosts: the same executor serves them all.
        let _ = any_spawner::Executor::init_custom_executor(NoEffects);
        let owner = Owner::new();
        let html = owner.with(|| {
            // Read once, outside any effect, as on a server: not the mistake the debug
            // build's diagnostics warn about.
            let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
            let store = Store::new(options.lang, options.url_fragment);
            store.limit.set(CARDS);
            view! { <App options=options store=store /> }.to_html()
        });
        match html.strip_prefix("<div ") {
            Some(rest) => format!("<div {MARK} inert {rest}"),
            None => html,
        }
    }

    /// A page with its hosts filled, and the stylesheet their inline styles moved to.
    pub struct Page {
        pub html: String,
        pub stylesheet: String,
    }

    /// Fills every empty `<div data-chronocarte …></div>` of `page` with its first screen,
    /// read with the options of that element's attributes. `None` when there is no host.
    pub fn fill_page(page: &str) -> Option<Page> {
        let mut html = String::with_capacity(page.len() * 2);
        let mut styles = Styles::default();
        let mut rest = page;
        let mut hosts = 0;
        while let Some(at) = rest.find("<div data-chronocarte") {
            let Some(tag_len) = rest[at..].find('>').map(|i| i + 1) else { break };
            let tag = &rest[at..at + tag_len];
            html.push_str(&rest[..at + tag_len]);
            rest = &rest[at + tag_len..];
            if !rest.starts_with("</div>") {
                continue; // not empty: the page's own content stays
            }
            let options = Options::default().from_attributes(|name| attribute(tag, name));
            html.push_str(&styles.extract(&first_screen(options)));
            hosts += 1;
        }
        html.push_str(rest);
        (hosts > 0).then_some(Page { html, stylesheet: styles.sheet })
    }

    /// The value of `name` in one start tag (`name="v"` or a bare `name`), unescaped for
    /// the few entities an attribute holds.
    fn attribute(tag: &str, name: &str) -> Option<String> {
        let mut from = 0;
        while let Some(i) = tag[from..].find(name).map(|i| i + from) {
            from = i + name.len();
            let before = tag[..i].chars().last();
            if !matches!(before, Some(c) if c.is_whitespace()) {
                continue;
            }
            let after = &tag[from..];
            if let Some(v) = after.strip_prefix("=\"") {
                return Some(unescape(&v[..v.find('"')?]));
            }
            // a release build's minified page drops the quotes where it can
            if let Some(v) = after.strip_prefix('=') {
                let end = v.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(v.len());
                return Some(unescape(v[..end].trim_end_matches('/')));
            }
            if after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
                return Some(String::new());
            }
        }
        None
    }

    fn unescape(v: &str) -> String {
        v.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    }

    /// Inline styles turned into numbered attributes and one stylesheet.
    #[derive(Default)]
    struct Styles {
        seen: Vec<String>,
        sheet: String,
    }

    impl Styles {
        fn extract(&mut self, html: &str) -> String {
            let mut out = String::with_capacity(html.len());
            let mut rest = html;
            while let Some(i) = rest.find(" style=\"") {
                let body = &rest[i + 8..];
                let Some(end) = body.find('"') else { break };
                let decl = &body[..end];
                let n = self.number(decl);
                out.push_str(&rest[..i]);
                out.push_str(&format!(" data-cc-s=\"{n}\""));
                rest = &body[end + 1..];
            }
            out.push_str(rest);
            out
        }

        fn number(&mut self, decl: &str) -> usize {
            if let Some(n) = self.seen.iter().position(|d| d == decl) {
                return n;
            }
            let n = self.seen.len();
            // The renderer escapes attribute values; CSS reads them unescaped.
            let css = decl.replace("&quot;", "\"").replace("&amp;", "&");
            self.sheet
                .push_str(&format!("[{MARK}] [data-cc-s=\"{n}\"],[{MARK}][data-cc-s=\"{n}\"]{{{css}}}\n"));
            self.seen.push(decl.to_owned());
            n
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn attributes_are_read_from_a_start_tag() {
            let tag = r#"<div data-chronocarte data-lang="en" data-url-state data-filters="a=1&amp;b=2" data-height=400>"#;
            assert_eq!(attribute(tag, "data-lang").as_deref(), Some("en"));
            assert_eq!(attribute(tag, "data-url-state").as_deref(), Some(""));
            assert_eq!(attribute(tag, "data-filters").as_deref(), Some("a=1&b=2"));
            assert_eq!(attribute(tag, "data-chronocarte").as_deref(), Some(""));
            // a prefix of another attribute's name is not that attribute
            assert_eq!(attribute(tag, "data-lan"), None);
            assert_eq!(attribute(tag, "data-height").as_deref(), Some("400"), "unquoted");
            assert_eq!(attribute(tag, "data-theme"), None);
        }

        #[test]
        fn inline_styles_become_rules_of_one_sheet() {
            let mut s = Styles::default();
            let out = s.extract(
                r#"<a style="left:1%;"></a><b style="left:1%;"></b><i style="x:&quot;y&quot;"></i>"#,
            );
            assert_eq!(out, r#"<a data-cc-s="0"></a><b data-cc-s="0"></b><i data-cc-s="1"></i>"#);
            assert_eq!(s.sheet.lines().count(), 2);
            assert!(s.sheet.contains(r#"[data-cc-s="1"]{x:"y"}"#), "{}", s.sheet);
        }

        #[test]
        fn a_page_gets_the_first_screen_in_its_empty_hosts_only() {
            let page = r#"<body><div data-chronocarte data-lang="en"></div><div data-chronocarte><p>own</p></div></body>"#;
            let filled = fill_page(page).expect("one empty host");
            assert_eq!(filled.html.matches(MARK).count(), 1, "{}", filled.html);
            assert!(filled.html.contains("<p>own</p>"));
            assert!(filled.html.contains(r#"lang="en""#), "the host's language");
            assert!(!filled.html.contains(" style=\""), "no inline style is left");
            assert!(filled.html.contains("class=\"cc-event\""), "the first cards");
            assert_eq!(filled.html.matches("class=\"cc-event\"").count(), CARDS);
            assert!(fill_page("<body></body>").is_none());
        }
    }
}
