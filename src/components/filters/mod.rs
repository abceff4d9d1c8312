//! The filter panel ([`Panel`]: the timeline and the facets behind the toolbar's "Filtres"
//! button) and the facets themselves ([`Filters`]: actors, event types, sources (outlets
//! and articles), each with counts computed with the other filters applied).
use super::facet_chip::{Facet, FacetChip};
use super::timeline::Timeline;
use crate::i18n::{kind_label, n_events, short_date, t, tr, K};
use crate::order::{by_count, signed_key, sort_ids};
use crate::store::{dom_id, focus_id, use_store, Store};
use crate::style_kinds::kind_icon;
use chronocarte_model::filter::Facets;
use chronocarte_model::EventKind;
use leptos::prelude::*;

/// Static order for a facet: by count over the whole corpus, most frequent first.
fn order_by(counts: &[u32]) -> Vec<u32> {
    by_count(counts, &|_| true)
}

/// The facets' counts with the other filters applied, shared by every chip.
type Counts = Memo<Facets>;

#[component]
pub fn Filters() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let all = store.all_facets();
    let facets: Counts = Memo::new(move |_| store.results.with(|r| r.facets.clone()));
    let h_actors = dom_id(&store, "f-actors");
    let h_types = dom_id(&store, "f-types");
    let h_sources = dom_id(&store, "f-sources");
    view! {
        <div class="cc-filters">
            <div class="cc-facet">
                <h3 class="cc-facet-h" id=h_actors.clone()>{tr(lang, K::Actors)}</h3>
                <ul class="cc-chips" aria-labelledby=h_actors>{actor_chips(store, facets, &all.actors)}</ul>
            </div>
            <div class="cc-facet">
                <h3 class="cc-facet-h" id=h_types.clone()>{tr(lang, K::Types)}</h3>
                <ul class="cc-chips" aria-labelledby=h_types>{kind_chips(store, facets, &all.kinds)}</ul>
            </div>
            <div class="cc-facet">
                <h3 class="cc-facet-h" id=h_sources.clone()>{tr(lang, K::Sources)}</h3>
                <ul class="cc-chips" aria-labelledby=h_sources>{outlet_chips(store, facets, &all.outlets)}</ul>
                {article_list(store, facets, &all.articles)}
            </div>
        </div>
    }
}

/// One chip per actor, most reported first, with the actor's colour.
fn actor_chips(store: Store, facets: Counts, totals: &[u32]) -> impl IntoView {
    let lang = store.lang;
    let b = store.bundle;
    order_by(totals)
        .into_iter()
        .map(|a| {
            let act = &b.actors[a as usize];
            let color = store.s(act.color).to_owned();
            let pressed = move || store.query.with(|q| q.actors.contains(&a));
            let count = move || facets.with(|f| f.actors[a as usize]);
            let swatch = if color.is_empty() { "var(--cc-muted)".to_owned() } else { color };
            view! {
                <li>
                    <FacetChip
                        label=move || store.actor_label(a, lang.get())
                        count=count
                        pressed=pressed
                        on_toggle=move || store.toggle_actor(a)
                        facet=Facet::Actor
                        id=store.s(act.id)
                    >
                        <span class="cc-swatch" style:background=swatch.clone()></span>
                    </FacetChip>
                </li>
            }
        })
        .collect_view()
}

/// One chip per event type, most frequent first, with its icon.
fn kind_chips(store: Store, facets: Counts, totals: &[u32]) -> impl IntoView {
    let lang = store.lang;
    order_by(totals)
        .into_iter()
        .map(|i| {
            let k = EventKind::ALL[i as usize];
            let pressed = move || store.query.with(|q| q.kinds.contains(&k));
            let count = move || facets.with(|f| f.kinds[k.index()]);
            view! {
                <li>
                    <FacetChip
                        label=move || kind_label(lang.get(), k)
                        count=count
                        pressed=pressed
                        on_toggle=move || store.toggle_kind(k)
                        facet=Facet::Kind
                        id=k.id()
                    >
                        {kind_icon(k)}
                    </FacetChip>
                </li>
            }
        })
        .collect_view()
}

/// One chip per outlet, most reporting first.
fn outlet_chips(store: Store, facets: Counts, totals: &[u32]) -> impl IntoView {
    let b = store.bundle;
    order_by(totals)
        .into_iter()
        .map(|o| {
            let pressed = move || store.query.with(|q| q.outlets.contains(&o));
            let count = move || facets.with(|f| f.outlets[o as usize]);
            let name = store.s(b.outlets[o as usize].name);
            view! {
                <li>
                    <FacetChip
                        label=move || name
                        count=count
                        pressed=pressed
                        on_toggle=move || store.toggle_outlet(o)
                        facet=Facet::Outlet
                        id=store.s(b.outlets[o as usize].slug)
                    />
                </li>
            }
        })
        .collect_view()
}

/// The articles with events, newest first, behind a disclosure. A large archive has
/// thousands of articles: their buttons are built only once the reader opens the list, so
/// first paint and every filter click stay cheap.
fn article_list(store: Store, facets: Counts, totals: &[u32]) -> impl IntoView {
    let lang = store.lang;
    let b = store.bundle;
    let mut order: Vec<u32> = (0..b.articles.len() as u32).filter(|&a| totals[a as usize] > 0).collect();
    sort_ids(&mut order, &|a| signed_key(b.articles[a as usize].published));
    let n_articles = order.len();
    let open = RwSignal::new(false);
    let buttons = move || order.iter().map(|&a| article_button(store, facets, a)).collect_view();
    view! {
        <details
            class="cc-articles"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{tr(lang, K::Articles)} " (" {n_articles} ")"</summary>
            <Show when=move || open.get()>
                <ul class="cc-article-list">{buttons.clone()}</ul>
            </Show>
        </details>
    }
}

/// An article's toggle: outlet, date, title and its count of events.
fn article_button(store: Store, facets: Counts, a: u32) -> impl IntoView {
    let lang = store.lang;
    let b = store.bundle;
    let art = &b.articles[a as usize];
    let pressed = move || store.query.with(|q| q.articles.contains(&a));
    let count = move || facets.with(|f| f.articles[a as usize]);
    let outlet = art.outlet.map(|o| store.s(b.outlets[o as usize].name)).unwrap_or("—");
    view! {
        <li>
            <button
                type="button"
                class="cc-article-btn"
                class:cc-zero=move || count() == 0
                aria-pressed=move || pressed().to_string()
                data-article=store.s(art.id)
                on:click=move |_| store.toggle_article(a)
            >
                <span class="cc-article-meta">{outlet} " · " {move || short_date(lang.get(), art.published)}</span>
                <span class="cc-article-title">{store.s(art.title)}</span>
                <span class="cc-chip-count">{count}</span>
            </button>
        </li>
    }
}

/// The timeline and the facets, behind the toolbar's "Filtres" button: under the toolbar on
/// wide screens, a sheet from the bottom of the screen on phones (CSS). It stays in the DOM
/// while closed (`hidden`), so its counts are live whenever it opens. Escape and the close
/// buttons close it and give the focus back to the button that opened it.
#[component]
pub fn Panel() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let open = store.panel_open;
    let close = move || {
        open.set(false);
        focus_id(&dom_id(&store, "panel-toggle"));
    };
    // Opening moves the focus into the panel (once it is shown).
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open && was_open == Some(false) {
            request_animation_frame(move || focus_id(&dom_id(&store, "panel-h")));
        }
        is_open
    });
    let shown = move || store.results.with(|r| r.events.len());
    let h_id = dom_id(&store, "panel-h");
    let labelled_by = h_id.clone();
    view! {
        <div class="cc-backdrop" hidden=move || !open.get() on:click=move |_| close()></div>
        <section
            class="cc-panel"
            id=dom_id(&store, "panel")
            hidden=move || !open.get()
            aria-labelledby=labelled_by
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <div class="cc-panel-head">
                <h3 class="cc-panel-h" id=h_id tabindex="-1">{tr(lang, K::Filters)}</h3>
                <button type="button" class="cc-btn cc-panel-close" on:click=move |_| close()>
                    {tr(lang, K::Close)}
                </button>
            </div>
            <Timeline />
            <Filters />
            <div class="cc-panel-foot">
                <button type="button" class="cc-btn cc-btn-primary cc-panel-done" on:click=move |_| close()>
                    {move || format!("{} {}", t(lang.get(), K::Show), n_events(lang.get(), shown()))}
                </button>
            </div>
        </section>
    }
}
