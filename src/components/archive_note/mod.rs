//! What the reader sees of a story baked in shards (`crate::archive`): which period the
//! list shows before the others load, a loading line, and a retry button when a load fails.
//! Its texts live here rather than in `i18n`, whose table every build compiles in.
use crate::archive::Status;
use crate::i18n::Lang;
use crate::store::{dom_id, focus_id, use_store};
use leptos::prelude::*;

fn latest_text(l: Lang, since: i32, shown: usize, total: usize) -> String {
    let since = crate::i18n::short_date(l, since);
    match l {
        Lang::Fr => format!(
            "Période la plus récente, depuis le {since} : {shown} événements sur {total}. Les autres se chargent quand vous filtrez ou cherchez."
        ),
        Lang::En => format!(
            "Latest period, since {since}: {shown} of {total} events. The others load when you filter or search."
        ),
    }
}

fn loaded_text(l: Lang, total: usize) -> String {
    match l {
        Lang::Fr => format!("Toute l'archive est chargée : {total} événements."),
        Lang::En => format!("The whole archive is loaded: {total} events."),
    }
}

#[component]
pub fn ArchiveNote() -> impl IntoView {
    let store = use_store();
    let (a, lang) = (store.archive, store.lang);
    let note = move || {
        let l = lang.get();
        let fr = l == Lang::Fr;
        let (text, button): (String, Option<(&str, bool)>) = match a.status.get() {
            Status::Loading(_) => {
                ((if fr { "Chargement des archives…" } else { "Loading the archive…" }).into(), None)
            }
            Status::Failed => (
                (if fr {
                    "Les archives n'ont pas pu être chargées."
                } else {
                    "The archive could not be loaded."
                })
                .into(),
                Some((if fr { "Réessayer" } else { "Retry" }, false)),
            ),
            Status::Idle => {
                a.data.track();
                let unfiltered = store.query.with(|q| q.is_empty());
                // The reader asked for everything: say that it is all there (the keyboard
                // focus is on this note, which the button it pressed was part of).
                if a.complete() && a.want_all.get() && unfiltered {
                    return Some(
                        view! {
                            <div class="cc-notice cc-archive cc-archive-loaded" role="status">
                                <p class="cc-notice-text">{loaded_text(l, a.total())}</p>
                            </div>
                        }
                        .into_any(),
                    );
                }
                let latest = !a.complete() && !a.want_all.get() && unfiltered;
                if !latest {
                    return None;
                }
                let shown = store.results.with(|r| r.events.len());
                let since = a.index.embedded().map_or(0, |i| a.index.shards[i].start);
                (
                    latest_text(l, since, shown, a.total()),
                    Some((if fr { "Tout charger" } else { "Load everything" }, true)),
                )
            }
        };
        let failed = a.status.get() == Status::Failed;
        let slot_id = dom_id(&store, "archive");
        Some(view! {
            <div class="cc-notice cc-archive" class:cc-archive-failed=failed role=if failed { "alert" } else { "status" }>
                <p class="cc-notice-text">{text}</p>
                {button.map(|(label, all)| view! {
                    <button type="button" class="cc-btn cc-notice-close" on:click=move |_| {
                        if all {
                            a.want_all.set(true);
                        }
                        a.status.set(Status::Idle);
                        // The button goes away with the note's state: keep the focus here.
                        focus_id(&slot_id);
                    }>{label}</button>
                })}
            </div>
        }.into_any())
    };
    view! { <div class="cc-notice-slot" id=dom_id(&store, "archive") tabindex="-1">{note}</div> }
}
