//! Thin components, one folder each; state comes from the [`Store`] in context.
#[cfg(chronocarte_archive)]
pub mod archive_note;
pub mod event_list;
pub mod facet_chip;
pub mod filters;
pub mod header;
pub mod map;
pub mod notice;
pub mod timeline;

use crate::i18n::{tr, K};
use crate::store::Store;
use crate::Options;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn App(options: Options, store: Store) -> impl IntoView {
    provide_context(store);
    if let Some(f) = &options.filters {
        // The host page's own filters: a stale one is the page developer's to fix.
        let parsed = chronocarte_model::fragment::parse(f, store.data());
        if !parsed.dropped.is_empty() {
            let list = parsed.dropped.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            web_sys::console::warn_1(
                &format!("chronocarte: data-filters values not in this corpus: {list}").into(),
            );
        }
        store.apply_state(parsed.state);
    }
    // Natively (the first screen rendered at build time) there is no URL to follow.
    if options.url_fragment && cfg!(target_arch = "wasm32") {
        crate::url::sync(store);
    }
    let height = options.height;
    let root = NodeRef::<Div>::new();
    // Ready once the first event list is in the DOM (effects run after mount).
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(el) = root.get() else { return false };
        let _ = el.set_attribute("data-chronocarte-ready", "");
        crate::mark("chronocarte-interactive");
        true
    });
    let lang = store.lang;
    view! {
        <div
            class="cc-root"
            class:cc-fixed=height.is_some()
            style:--cc-height=height.map(|h| format!("{h}px")).unwrap_or_default()
            node_ref=root
            data-theme=options.theme
            lang=move || lang.get().id()
        >
            <header::Header title_h1=options.title_h1 />
            <header::Toolbar />
            <filters::Panel />
            <notice::Notice />
            <div class="cc-main">
                <section class="cc-map-col" aria-labelledby=format!("cc-{}-map-h", store.id)>
                    <map::MapPanel />
                </section>
                <section class="cc-list-col" aria-label=tr(lang, K::Chronology)>
                    {archive_note()}
                    <event_list::EventList />
                </section>
            </div>
            <footer class="cc-footer">
                {move || {
                    let c = store.text(store.bundle.story.credit, lang.get());
                    (!c.is_empty()).then(|| view! { <span class="cc-credit">{c}</span> })
                }}
                {store.bundle.credits.iter().map(|c| view! { <span>{store.s(*c)}</span> }).collect_view()}
                <span>{store.s(store.bundle.map.projection)}</span>
            </footer>
        </div>
    }
}

/// The archive's note above the list, for a story baked in shards.
#[cfg(chronocarte_archive)]
fn archive_note() -> impl IntoView {
    view! { <archive_note::ArchiveNote /> }
}
#[cfg(not(chronocarte_archive))]
fn archive_note() {}
