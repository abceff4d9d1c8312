//! Date filter: a histogram of events per day (other filters applied) that readers brush
//! with the pointer, date inputs for the keyboard, and presets per episode.
mod histogram;
mod ticks;

use crate::i18n::{tr, K};
use crate::store::{dom_id, use_store, Store};
use chronocarte_model::axis::{Axis, Layout};
use chronocarte_model::date::{format_ymd, parse_ymd};
use chronocarte_model::filter::Query;
use histogram::Histogram;
use leptos::prelude::*;

/// The histogram's drawing width and bar height, in viewBox units.
const W: f64 = 1000.0;
const H: f64 = 64.0;

#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    // The axis: the dated events (day/week precision), so a few "context" years don't
    // flatten it, with every long empty stretch cut to a break (`chronocarte_model::axis`).
    let axis = Axis::new(&axis_days(store), store.day_range(), Layout { width: W, ..Layout::default() });
    let axis: &'static Axis = Box::leak(Box::new(axis));
    view! {
        <div class="cc-timeline">
            <div class="cc-timeline-head">
                <h3 class="cc-facet-h">{tr(lang, K::Dates)}</h3>
                <Presets/>
                <DateInputs/>
            </div>
            <Histogram axis=axis/>
        </div>
    }
}

/// The days the axis must show: each dated event's first and last day.
#[cfg(not(chronocarte_archive))]
fn axis_days(store: Store) -> Vec<i32> {
    use chronocarte_model::Precision;
    let dated =
        store.bundle.events.iter().filter(|e| matches!(e.precision, Precision::Day | Precision::Week));
    dated.flat_map(|e| [e.start, e.end]).collect()
}

/// A story baked in shards: every period's event days, from the index.
#[cfg(chronocarte_archive)]
fn axis_days(store: Store) -> Vec<i32> {
    let index = store.archive.index;
    index.shards.iter().flat_map(|s| s.days.iter().map(|d| d.0)).chain([index.last_day]).collect()
}

/// "All dates", then one button per episode of the story (declared in story.toml, or
/// derived from gaps in the events) that has events in the corpus's range.
#[component]
fn Presets() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let preset = move |from: Option<i32>, to: Option<i32>| {
        store.update(|q| {
            q.from = from;
            q.to = to;
        })
    };
    let (c0, c1) = store.day_range();
    let has = move |(a, z): (i32, i32)| a <= c1 && z >= c0;
    let is_sel = move |(a, z): (i32, i32)| store.query.with(|q| q.from == Some(a) && q.to == Some(z));
    let presets = store.bundle.story.episodes.iter().filter_map(move |ep| {
        let range = (ep.start, ep.end);
        has(range).then(|| {
            view! {
                <button type="button" class="cc-chip cc-preset" aria-pressed=move || is_sel(range).to_string() on:click=move |_| preset(Some(range.0), Some(range.1))>
                    {move || store.text(ep.label, lang.get())}
                </button>
            }
        })
    });
    view! {
        <div class="cc-presets">
            <button type="button" class="cc-chip cc-preset" aria-pressed=move || store.query.with(|q| q.from.is_none() && q.to.is_none()).to_string() on:click=move |_| {
                preset(None, None);
                // Gated here, not only in the method: capturing the store in this
                // closure costs the seed bundle 300 bytes brotli (measured).
                #[cfg(chronocarte_archive)]
                store.want_everything();
            }>
                {tr(lang, K::AllDates)}
            </button>
            {presets.collect_view()}
        </div>
    }
}

/// The two date fields, for the keyboard and for exact days.
#[component]
fn DateInputs() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="cc-dates">
            {date_field(store, "from", K::From, |q| q.from, |q| &mut q.from)}
            {date_field(store, "to", K::To, |q| q.to, |q| &mut q.to)}
        </div>
    }
}

/// A labelled date input bound to one end of the query's range, read by `get` and written
/// through `end` (function pointers, not closures: the two fields share their code in the
/// wasm).
fn date_field(
    store: Store,
    name: &str,
    label: K,
    get: fn(&Query) -> Option<i32>,
    end: fn(&mut Query) -> &mut Option<i32>,
) -> impl IntoView {
    let id = dom_id(&store, name);
    let (c0, c1) = store.day_range();
    let value = move || store.query.with(|q| get(q).map(format_ymd).unwrap_or_default());
    view! {
        <label for=id.clone()>{tr(store.lang, label)}</label>
        <input
            id=id
            type="date"
            class="cc-date"
            min=format_ymd(c0)
            max=format_ymd(c1)
            prop:value=value
            on:change=move |ev| {
                let v = parse_ymd(&event_target_value(&ev));
                store.update(|q| *end(q) = v);
            }
        />
    }
}
