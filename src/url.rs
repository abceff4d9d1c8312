//! Keeps an instance's filter state in the URL fragment (only when the option is on).
use crate::store::Store;
use chronocarte_model::fragment::{self, State};
use leptos::prelude::*;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[cfg(not(chronocarte_archive))]
fn read(store: Store) {
    let parsed = fragment::parse(&current_hash(), store.data());
    if !parsed.dropped.is_empty() {
        let list = parsed.dropped.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        web_sys::console::warn_1(&format!("chronocarte: ignored URL values: {list}").into());
    }
    store.open_link(parsed);
}

#[cfg(chronocarte_archive)]
fn read(store: Store) {
    read_hash(store, current_hash());
}

#[cfg(chronocarte_archive)]
fn read_hash(store: Store, hash: String) {
    let parsed = fragment::parse(&hash, store.data());
    // A link to an event of a period not loaded yet: load every period, then read it again.
    if parsed.state.event.is_none() && hash.contains("event=") && store.archive.wait_for_link(&hash) {
        return;
    }
    apply(store, parsed);
}

#[cfg(chronocarte_archive)]
fn apply(store: Store, parsed: fragment::Parsed) {
    if !parsed.dropped.is_empty() {
        let list = parsed.dropped.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        web_sys::console::warn_1(&format!("chronocarte: ignored URL values: {list}").into());
    }
    store.open_link(parsed);
}

/// Restores the state from the fragment, writes it back on every change (a history entry
/// per change; typing in the search box replaces the entry), and follows `hashchange`.
pub fn sync(store: Store) {
    if current_hash().len() > 1 {
        read(store);
    }
    #[cfg(chronocarte_archive)]
    Effect::new(move |_| {
        store.archive.data.track();
        if let Some(hash) = store.archive.link_ready() {
            read_hash(store, hash);
        }
    });
    Effect::new(move |prev: Option<State>| {
        let st = store.state();
        let frag = fragment::serialize(&st, store.data());
        let cur = current_hash();
        let cur = cur.strip_prefix('#').unwrap_or(&cur);
        if cur != frag {
            let loc = window().location();
            let url = if frag.is_empty() {
                format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
            } else {
                format!("#{frag}")
            };
            let replace = match &prev {
                None => true,
                Some(p) => {
                    p.query.text != st.query.text && {
                        let mut a = p.clone();
                        a.query.text = st.query.text.clone();
                        a == st
                    }
                }
            };
            if let Ok(h) = window().history() {
                let _ = if replace {
                    h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                } else {
                    h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                };
            }
        }
        st
    });
    // Removed from `window` when dropped, which unmounting does.
    let listener = gloo_events::EventListener::new(&window(), "hashchange", move |_| read(store));
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
}
