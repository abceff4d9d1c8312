//! Title, language switch, and the compact filter bar: search box, the "Filtres" button
//! (with the number of active filters), result count, active-filter chips, "clear all".
use crate::i18n::{count_line, kind_label, short_date, t, tr, Lang, K};
use crate::store::{dom_id, use_store};
use leptos::prelude::*;

mod download;

/// `title_h1`: the story title is the page's `h1` (standalone page), not an `h2` (embed).
#[component]
pub fn Header(title_h1: bool) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let b = store.bundle;
    let dek = move || {
        let l = lang.get();
        let n_art = b.articles.len();
        let n_out = b.outlets.len();
        let src = match l {
            Lang::Fr => format!(
                "D'après {n_art} article{} de {n_out} média{}. ",
                if n_art > 1 { "s" } else { "" },
                if n_out > 1 { "s" } else { "" }
            ),
            Lang::En => format!(
                "From {n_art} article{} by {n_out} outlet{}. ",
                if n_art > 1 { "s" } else { "" },
                if n_out > 1 { "s" } else { "" }
            ),
        };
        let standfirst = store.text(b.story.standfirst, l);
        let sep = if standfirst.is_empty() { "" } else { " " };
        format!("{standfirst}{sep}{src}{}", t(l, K::Dek))
    };
    let title = move || store.text(b.story.title, lang.get());
    let dek_open = RwSignal::new(false);
    let lang_button = move |l: Lang, label: &'static str, full: &'static str| {
        view! {
            <button
                type="button"
                class="cc-lang-btn"
                lang=l.id()
                aria-pressed=move || (lang.get() == l).to_string()
                title=full
                on:click=move |_| lang.set(l)
            >
                {label}
            </button>
        }
    };
    view! {
        <header class="cc-header">
            <div class="cc-header-text">
                <p class="cc-kicker">{tr(lang, K::Kicker)}</p>
                {if title_h1 {
                    view! { <h1 class="cc-title">{title}</h1> }.into_any()
                } else {
                    view! { <h2 class="cc-title">{title}</h2> }.into_any()
                }}
                <p class="cc-dek" class:cc-dek-open=move || dek_open.get() on:click=move |_| dek_open.update(|o| *o = !*o)>{dek}</p>
            </div>
            <div class="cc-lang" role="group" aria-label=tr(lang, K::Language)>
                {lang_button(Lang::Fr, "FR", "Français")}
                {lang_button(Lang::En, "EN", "English")}
            </div>
        </header>
    }
}

/// How long typing must pause before the list follows the search box: shorter than a
/// reader notices (about 100–200 ms), longer than the gap between keystrokes.
pub const SEARCH_PAUSE_MS: u32 = 150;

#[component]
pub fn Toolbar() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let q = store.query;
    let total = store.total_events();
    let shown = move || store.results.with(|r| r.events.len());
    let search_id = dom_id(&store, "search");
    let panel_id = dom_id(&store, "panel");
    let open = store.panel_open;
    let n_filters = move || store.panel_filter_count();
    // The list follows the search box once typing pauses (README, "JavaScript API").
    let typing = crate::debounce::Debounced::new(SEARCH_PAUSE_MS);
    view! {
        <div class="cc-toolbar">
            <div class="cc-search">
                <label class="cc-visually-hidden" for=search_id.clone()>{tr(lang, K::Search)}</label>
                <svg class="cc-search-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M6.5 1a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 6.5 1Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" fill="currentColor"></path>
                </svg>
                <input
                    id=search_id
                    class="cc-search-input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=tr(lang, K::SearchPlaceholder)
                    prop:value=move || q.with(|q| q.text.clone())
                    on:focus=move |_| store.engine().warm_text()
                    on:input={
                        let typing = typing.clone();
                        move |ev| {
                            let v = event_target_value(&ev);
                            typing.call(move || store.update(|q| q.text = v));
                        }
                    }
                    on:change=move |ev| {
                        // Enter (or leaving the box) applies the text at once.
                        typing.cancel();
                        let v = event_target_value(&ev);
                        if q.with_untracked(|q| q.text != v) {
                            store.update(|q| q.text = v);
                        }
                    }
                />
            </div>
            <button
                type="button"
                class="cc-btn cc-panel-toggle"
                id=dom_id(&store, "panel-toggle")
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <svg class="cc-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M1 3h14v1.5H1zM3.5 7.25h9v1.5h-9zM6 11.5h4V13H6z" fill="currentColor"></path>
                </svg>
                {tr(lang, K::Filters)}
                {move || (n_filters() > 0).then(|| view! { <span class="cc-badge">{n_filters()}</span> })}
            </button>
        </div>
        <div class="cc-countbar">
            <p class="cc-count" aria-live="polite" aria-atomic="true">
                <strong>{move || count_line(lang.get(), shown(), total)}</strong>
            </p>
            <Show when=move || q.with(|q| q.active_count() > 0)>
                <button type="button" class="cc-btn cc-btn-clear" on:click=move |_| store.clear()>
                    {tr(lang, K::ClearAll)}
                </button>
            </Show>
            <download::Download />
        </div>
        <ActiveChips />
    }
}

/// One removable chip per active filter value.
/// One active filter: its facet, its label, and what removes it.
type ActiveChip = (String, String, Box<dyn Fn() + Send + Sync>);

#[component]
fn ActiveChips() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let b = store.bundle;
    let chips = move || {
        let l = lang.get();
        let q = store.query.get();
        let mut out: Vec<ActiveChip> = vec![];
        for &a in &q.actors {
            out.push((
                t(l, K::Actors).into(),
                store.actor_label(a, l).into(),
                Box::new(move || store.toggle_actor(a)),
            ));
        }
        for &k in &q.kinds {
            out.push((
                t(l, K::Types).into(),
                kind_label(l, k).into(),
                Box::new(move || store.toggle_kind(k)),
            ));
        }
        for &p in &q.places {
            out.push((
                t(l, K::Place).into(),
                b.s(b.places[p as usize].name).into(),
                Box::new(move || store.toggle_place(p)),
            ));
        }
        for &o in &q.outlets {
            out.push((
                t(l, K::Sources).into(),
                b.s(b.outlets[o as usize].name).into(),
                Box::new(move || store.toggle_outlet(o)),
            ));
        }
        for &a in &q.articles {
            out.push((
                t(l, K::Articles).into(),
                b.s(b.articles[a as usize].title).into(),
                Box::new(move || store.toggle_article(a)),
            ));
        }
        if q.from.is_some() || q.to.is_some() {
            let (d0, d1) = store.day_range();
            let v =
                format!("{} – {}", short_date(l, q.from.unwrap_or(d0)), short_date(l, q.to.unwrap_or(d1)));
            out.push((
                t(l, K::Dates).into(),
                v,
                Box::new(move || {
                    store.update(|q| {
                        q.from = None;
                        q.to = None;
                    })
                }),
            ));
        }
        if !q.text.trim().is_empty() {
            out.push((
                t(l, K::Text).into(),
                format!("« {} »", q.text.trim()),
                Box::new(move || store.update(|q| q.text.clear())),
            ));
        }
        out
    };
    view! {
        <Show when=move || store.query.with(|q| q.active_count() > 0)>
            <ul class="cc-active" aria-label=tr(lang, K::ActiveFilters)>
                {move || {
                    chips()
                        .into_iter()
                        .map(|(facet, value, remove)| {
                            // Named by its visible text (WCAG 2.5.3), with "Retirer" for
                            // screen readers; the spaces are not laid out in the flex chip.
                            let remove_label = t(lang.get_untracked(), K::Remove);
                            view! {
                                <li>
                                    <button type="button" class="cc-chip cc-chip-active" on:click=move |_| remove()>
                                        <span class="cc-visually-hidden">{remove_label}" "</span>
                                        <span class="cc-chip-facet">{facet}</span>" "
                                        <span class="cc-chip-value">{value}</span>
                                        <span class="cc-chip-x" aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
