//! The reader's widget: an interactive chronology and map of the baked corpus.
//!
//! Mount one or several independent instances with [`mount_in`]; each instance has its own
//! state (a [`store::Store`] in context). Filtering is done by `chronocarte_model::filter`.
use leptos::prelude::*;

#[cfg(chronocarte_archive)]
pub mod archive;
pub mod components;
pub mod data;
pub mod debounce;
pub mod host;
pub mod i18n;
pub mod num;
pub mod order;
pub mod panic;
pub mod prerender;
pub mod store;
pub mod style_kinds;
pub mod url;

pub use chronocarte_model::fragment::Lang;
use components::App;

/// A `performance.mark` (a no-op where the Performance API is missing): the phases of
/// start-up, read by the browser benchmark (`crates/e2e/tests/perf.rs`).
pub fn mark(name: &str) {
    // Natively (the first screen rendered at build time, `prerender`) there is no browser.
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Per-instance options.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Keep the filter state in the page's URL fragment (and follow the back button).
    /// On for the standalone page; off by default, for embeds.
    pub url_fragment: bool,
    /// Default interface language.
    pub lang: Lang,
    /// Colour theme: `"auto"` (follows `prefers-color-scheme`), `"light"` or `"dark"`.
    pub theme: String,
    /// Initial filters in the URL-fragment syntax (`type=fighting&from=2023-09-19`).
    pub filters: Option<String>,
    /// Fixed height in CSS pixels (the widget scrolls inside); `None`: content height.
    pub height: Option<u32>,
    /// The story title is the page's `h1` (a standalone page) rather than an `h2` (an embed
    /// inside an article, which has its own `h1`). `data-heading-level="1"`.
    pub title_h1: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url_fragment: false,
            lang: Lang::Fr,
            theme: "auto".into(),
            filters: None,
            height: None,
            title_h1: false,
        }
    }
}

impl Options {
    /// Reads `data-lang`, `data-theme`, `data-filters`, `data-height`, `data-url-state` and
    /// `data-heading-level` from the host element.
    pub fn from_element(self, el: &web_sys::Element) -> Self {
        self.from_attributes(|name| el.get_attribute(name))
    }

    /// The same from any source of attributes: the host element in the browser, the host
    /// `<div>` of a page's markup when the first screen is rendered at build time.
    pub fn from_attributes(mut self, attr: impl Fn(&str) -> Option<String>) -> Self {
        if let Some(l) = attr("data-lang") {
            self.lang = if l == "en" { Lang::En } else { Lang::Fr };
        }
        if let Some(t) = attr("data-theme").filter(|t| matches!(t.as_str(), "auto" | "light" | "dark")) {
            self.theme = t;
        }
        if let Some(f) = attr("data-url-state") {
            self.url_fragment = f == "true" || f.is_empty();
        }
        if let Some(h) = attr("data-heading-level") {
            self.title_h1 = h.trim() == "1";
        }
        if let Some(f) = attr("data-filters") {
            self.filters = Some(f);
        }
        if let Some(h) = attr("data-height").and_then(|h| h.trim().trim_end_matches("px").parse().ok()) {
            self.height = Some(h);
        }
        self
    }
}

/// A mounted widget; dropping it unmounts the widget and removes its listeners (the host
/// page's `change` callbacks included).
pub struct Instance {
    _handle: Box<dyn std::any::Any>,
    store: store::Store,
    listeners: host::Listeners,
}

impl Instance {
    /// Keeps the widget mounted for the life of the page.
    pub fn forget(self) {
        std::mem::forget(self);
    }

    /// The instance's state, for the host page's API.
    pub fn store(&self) -> store::Store {
        self.store
    }

    /// The host page's `change` callbacks.
    pub fn listeners(&self) -> &host::Listeners {
        &self.listeners
    }
}

/// Mounts a widget inside `element` (its content is appended).
pub fn mount_in(element: web_sys::HtmlElement, options: Options) -> Instance {
    panic::install();
    prerender::remove_from(&element);
    let created = std::rc::Rc::new(std::cell::Cell::new(None));
    let listeners = host::Listeners::default();
    let (slot, notify) = (created.clone(), listeners.clone());
    let handle = leptos::mount::mount_to(element, move || {
        // Created under the mount's owner, so that unmounting disposes of it.
        let store = store::Store::new(options.lang, options.url_fragment);
        slot.set(Some(store));
        host::notify_changes(store, notify);
        view! { <App options=options store=store /> }
    });
    let store = created.get().expect("mount_to runs the view function before returning");
    Instance { _handle: Box::new(handle), store, listeners }
}

/// Mounts a widget into every `<div data-chronocarte>` of the page that has none yet.
pub fn mount_all(defaults: Options) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = doc.query_selector_all("[data-chronocarte]") else { return };
    for i in 0..hosts.length() {
        let Some(el) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else {
            continue;
        };
        if el.has_attribute("data-chronocarte-mounted") {
            continue;
        }
        let _ = el.set_attribute("data-chronocarte-mounted", "");
        let options = defaults.clone().from_element(&el);
        mount_in(el, options).forget();
    }
}
