//! The reader's widget: an interactive chronology and map of the baked corpus.
//!
//! Mount one or several independent instances with [`mount_in`]; each instance has its own
//! state (a [`store::Store`] in context). Filtering is done by `chronocarte_model::filter`.
use leptos::prelude::*;

pub mod components;
pub mod data;
pub mod i18n;
pub mod store;
pub mod style_kinds;
pub mod url;

pub use chronocarte_model::fragment::Lang;
use components::App;

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
}

impl Default for Options {
    fn default() -> Self {
        Options { url_fragment: false, lang: Lang::Fr, theme: "auto".into() }
    }
}

impl Options {
    /// Reads `data-lang`, `data-theme` and `data-url-fragment` from the host element.
    pub fn from_element(mut self, el: &web_sys::Element) -> Self {
        if let Some(l) = el.get_attribute("data-lang") {
            self.lang = if l == "en" { Lang::En } else { Lang::Fr };
        }
        if let Some(t) = el.get_attribute("data-theme").filter(|t| matches!(t.as_str(), "auto" | "light" | "dark")) {
            self.theme = t;
        }
        if let Some(f) = el.get_attribute("data-url-fragment") {
            self.url_fragment = f != "false" && f != "off";
        }
        self
    }
}

/// A mounted widget; dropping it unmounts the widget and removes its listeners.
pub struct Instance {
    _handle: Box<dyn std::any::Any>,
}

impl Instance {
    /// Keeps the widget mounted for the life of the page.
    pub fn forget(self) {
        std::mem::forget(self);
    }
}

/// Mounts a widget inside `element` (its content is appended).
pub fn mount_in(element: web_sys::HtmlElement, options: Options) -> Instance {
    console_error_panic_hook::set_once();
    let handle = leptos::mount::mount_to(element, move || view! { <App options=options /> });
    Instance { _handle: Box::new(handle) }
}
