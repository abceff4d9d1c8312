//! "Télécharger : CSV · JSON": the events the reader sees, as a file made in the page.
//!
//! The file is built from the current results (`chronocarte_model::download`) and handed to
//! the browser as a `Blob` behind a temporary link: no request leaves the page, and it works
//! under the strict Content-Security-Policy (no inline script, no other origin).
//!
//! In a story baked in shards, a download holds every period: when some are not loaded
//! yet, the click loads them (the note above the list says so) and the file is saved once
//! they are in.
use crate::i18n::{tr, K};
use crate::store::use_store;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Saves `text` as a file called `name`.
fn save(name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = doc.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        a.click();
    }
    // Revoked once the browser has taken the file.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(10));
}

#[component]
pub fn Download() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let export = move |json: bool| {
        let events = store.results.with_untracked(|r| r.events.clone());
        let b = store.data();
        if json {
            save("chronocarte.json", "application/json", &chronocarte_model::download::json(b, &events));
        } else {
            save("chronocarte.csv", "text/csv;charset=utf-8", &chronocarte_model::download::csv(b, &events));
        }
    };
    // The format asked for while periods load (saved once they are all in).
    #[cfg(chronocarte_archive)]
    let waiting = StoredValue::new(None::<bool>);
    #[cfg(chronocarte_archive)]
    Effect::new(move |_| {
        store.track_data();
        if store.archive.complete() {
            if let Some(json) = waiting.try_update_value(Option::take).flatten() {
                export(json);
            }
        }
    });
    #[cfg(chronocarte_archive)]
    let export = move |json: bool| {
        if store.archive.complete() {
            export(json);
        } else {
            waiting.set_value(Some(json));
            store.want_everything();
        }
    };
    view! {
        <div class="cc-download" role="group" aria-label=tr(lang, K::DownloadLabel)>
            <span class="cc-download-label" aria-hidden="true">{tr(lang, K::Download)}</span>
            <button type="button" class="cc-btn cc-download-btn" data-format="csv" on:click=move |_| export(false)>"CSV"</button>
            <button type="button" class="cc-btn cc-download-btn" data-format="json" on:click=move |_| export(true)>"JSON"</button>
        </div>
    }
}
