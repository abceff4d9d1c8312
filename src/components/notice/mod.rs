//! Tells the reader what a link from an older build could not open (an actor, source or
//! place that no longer exists, an event merged into another), so a shared link never
//! fails silently. The rest of the link still applies: the closest valid view.
use crate::i18n::{stale_link_notice, tr, K};
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn Notice() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    view! {
        <div class="cc-notice-slot" role="status">
            {move || store.notice.get().map(|(parsed, hidden)| view! {
                <div class="cc-notice">
                    <p class="cc-notice-text">{move || stale_link_notice(lang.get(), &parsed, hidden)}</p>
                    <button type="button" class="cc-btn cc-notice-close" on:click=move |_| store.notice.set(None)>
                        {tr(lang, K::Close)}
                    </button>
                </div>
            })}
        </div>
    }
}
