//! The map: offline SVG (baked, projected paths, inserted as the baker's markup), the
//! regional view and the story's close-ups, one marker per place with events among the
//! results, off-map places as chips.
//! The list is the primary view; the map is a complement (every marker is also a button).
use super::facet_chip::{Facet, FacetChip};
use crate::i18n::{n_events, t, tr, K};
use crate::num::{num, px};
use crate::order::by_count;
use crate::store::{dom_id, use_store, Store};
use chronocarte_model::fold::fold;
use chronocarte_model::fragment::View;
use chronocarte_model::ShapeKind;
use leptos::prelude::*;

/// Names for the hover/focus card: the place's names in the story's languages that the
/// display name does not already show.
fn other_names(store: &Store, p: u32) -> String {
    let pl = &store.bundle.places[p as usize];
    // Folded (as search folds), not `to_lowercase`: its code is 4 KB of wasm.
    let shown = fold(store.s(pl.name));
    let mut parts: Vec<String> = vec![];
    for &(tag, n) in &pl.names {
        let n = store.s(n);
        if !n.is_empty() && !contains(&shown, &fold(n)) && !parts.iter().any(|x| x.ends_with(n)) {
            parts.push(format!("{} : {n}", store.s(tag)));
        }
    }
    parts.join(" · ")
}

/// `haystack.contains(needle)` by comparing windows: `str::contains` with a string pattern
/// brings the two-way searcher (1.5 KB of wasm) for names of a few dozen bytes.
fn contains(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.as_bytes().windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[cfg(test)]
mod tests {
    #[test]
    fn contains_agrees_with_str_contains() {
        for (h, n) in [
            ("stepanakert / khankendi", "khankendi"),
            ("choucha", "susa"),
            ("ab", "abc"),
            ("", ""),
            ("x", ""),
        ] {
            assert_eq!(super::contains(h, n), h.contains(n), "{h:?} contains {n:?}");
        }
    }
}

/// The regional view's box: the projected frame's edges are curved, so it is inset a little.
fn region_viewbox(map: &chronocarte_model::Map) -> (f32, f32, f32, f32) {
    (map.width * 0.03, map.height * 0.03, map.width * 0.94, map.height * 0.94)
}

#[component]
pub fn MapPanel() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let map = &store.bundle.map;
    let view_sig = store.view;
    let region_vb = region_viewbox(map);
    // The frame takes the region's shape, so that no view is cropped at its sides.
    let aspect = format!("{} / {}", num(region_vb.2 as f64, 1), num(region_vb.3 as f64, 1));
    let vb = move || match view_sig.get().0 as usize {
        0 => region_vb,
        i => map.views.get(i).map_or(region_vb, |v| v.viewbox),
    };
    let detail = move || view_sig.get().0 > 0;
    let counts = place_counts(store);
    // Map units per screen pixel (about): keeps markers and labels a constant size.
    let unit = move || vb().2 / 560.0;
    // The outlines never change with the filters: the baker's markup (class names and path
    // data only, escaped natively; `Map::svg`), inserted as it is rather than one element per
    // path built by the view code (seed bundle: 618 bytes less after brotli).
    // Unpacked once: the bundle holds them in a compact code (`chronocarte_model::outline`;
    // seed bundle: about 800 bytes less after brotli, the unpacking included).
    let unpack = |s| chronocarte_model::outline::unpack(store.s(s));
    let (svg, svg_detail) = (unpack(map.svg), unpack(map.svg_detail));
    let shapes = move || if detail() { svg_detail.clone() } else { svg.clone() };
    let b = store.bundle;
    let has_offmap = move || counts.with(|c| (0..b.places.len()).any(|p| c[p] > 0 && !b.places[p].on_map));
    let has_legend = map.shapes.iter().any(|s| s.legend);
    let heading_id = dom_id(&store, "map-h");
    let offmap_id = dom_id(&store, "offmap-h");
    view! {
        <div class="cc-map-head">
            <h3 class="cc-facet-h" id=heading_id>{tr(lang, K::Map)}</h3>
            {(map.views.len() > 1).then(|| view! {
                <div class="cc-seg" role="group" aria-label=tr(lang, K::Zoom)>
                    {(0..map.views.len()).map(|i| view_button(store, i)).collect_view()}
                </div>
            })}
        </div>
        <div class="cc-map-frame">
            <svg
                class="cc-map"
                style:aspect-ratio=aspect
                viewBox=move || { let v = vb(); [v.0, v.1, v.2, v.3].map(|x| num(x as f64, 2)).join(" ") }
                preserveAspectRatio="xMidYMid slice"
                role="group"
                aria-label=tr(lang, K::MapLabel)
            >
                <g class="cc-shapes" aria-hidden="true" inner_html=shapes></g>
                <g class="cc-labels" aria-hidden="true">{labels(store, unit)}</g>
                <g class="cc-markers">{markers(store, counts, unit)}</g>
            </svg>
            {hover_card(store, counts)}
        </div>
        <Show when=has_offmap>
            <div class="cc-offmap">
                <h4 class="cc-offmap-h" id=offmap_id.clone()>{tr(lang, K::OffMap)}</h4>
                <ul class="cc-chips" aria-labelledby=offmap_id.clone()>{offmap(store, counts)}</ul>
            </div>
        </Show>
        // Phones get the legend folded (one line), so the first event fits on the first screen;
        // CSS shows one of the two (the hidden one is out of the accessibility tree too).
        {has_legend.then(|| view! {
            <ul class="cc-map-legend" aria-label=tr(lang, K::Legend)>{legend(store)}</ul>
            <details class="cc-legend-folded">
                <summary>{tr(lang, K::Legend)}</summary>
                <ul class="cc-map-legend">{legend(store)}</ul>
            </details>
        })}
    }
}

/// Event count per place among the current results.
fn place_counts(store: Store) -> Memo<Vec<u32>> {
    Memo::new(move |_| {
        let events = &store.data().events;
        store.results.with(|r| {
            let mut c = vec![0u32; store.bundle.places.len()];
            for &e in &r.events {
                if let Some(p) = events[e as usize].place {
                    c[p as usize] += 1;
                }
            }
            c
        })
    })
}

/// The names of countries, seas, lakes and the story's outlines in the current view.
fn labels(store: Store, unit: impl Fn() -> f32 + Copy + Send + Sync + 'static) -> impl IntoView {
    let map = &store.bundle.map;
    move || {
        let l = store.lang.get();
        let v = store.view.get().0;
        map.shapes
            .iter()
            .filter_map(|s| {
                let &(_, x, y) = s.labels.iter().find(|a| a.0 == v)?;
                let class = match s.kind {
                    // Capitals by CSS (`text-transform`), not `to_uppercase` (its Unicode table is ~12 KB of wasm).
                    ShapeKind::Country => "cc-label-country",
                    ShapeKind::Sea => "cc-label-sea",
                    ShapeKind::Lake => "cc-label-lake",
                    ShapeKind::Outline | ShapeKind::Line => "cc-label-outline",
                };
                let size = if s.kind == ShapeKind::Outline { 13.0 * unit() } else { 14.0 * unit() };
                Some(view! { <text class=class x=num(x as f64, 2) y=num(y as f64, 2) text-anchor="middle" style:font-size=px(size as f64)>{store.text(s.name, l)}</text> })
            })
            .collect_view()
    }
}

/// One marker per place on the map with events among the results, big first, so that small
/// markers stay on top and clickable.
fn markers(
    store: Store,
    counts: Memo<Vec<u32>>,
    unit: impl Fn() -> f32 + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let b = store.bundle;
    move || {
        let c = counts.get();
        let k = unit();
        let l = store.lang.get();
        let order = by_count(&c, &|p| b.places[p as usize].on_map);
        // Labels are placed greedily, biggest marker first: to the right of the marker, else
        // to its left, else not at all (the name stays in the marker's accessible name and
        // its hover card). Boxes in map units, from the label's font size and length.
        let mut placed: Vec<[f32; 4]> = vec![];
        order
            .into_iter()
            .map(|p| {
                let pl = &b.places[p as usize];
                let n = c[p as usize];
                let r = (4.5 + 3.2 * (n as f32).sqrt()).min(22.0) * k;
                let name = store.s(pl.name);
                let (w, gap) = (name.chars().count() as f32 * 6.8 * k, r + 3.0 * k);
                let (top, bottom) = (pl.y - 7.0 * k, pl.y + 7.0 * k);
                let side = [(pl.x + gap, pl.x + gap + w, "start"), (pl.x - gap - w, pl.x - gap, "end")]
                    .into_iter()
                    .find(|&(x0, x1, _)| {
                        let b = [x0, top, x1, bottom];
                        !placed.iter().any(|p| b[0] < p[2] && p[0] < b[2] && b[1] < p[3] && p[1] < b[3])
                    });
                if let Some((x0, x1, _)) = side {
                    placed.push([x0, top, x1, bottom]);
                }
                let label = side.map(|(x0, x1, anchor)| (if anchor == "start" { x0 } else { x1 }, anchor));
                marker(store, p, n, r, k, label, format!("{name} : {}", n_events(l, n as usize)))
            })
            .collect_view()
    }
}

/// A place's marker: a button (click, Enter or Space toggles the place filter) with its
/// area for a region, its dot, and its label where one fits (`label`: x and anchor).
fn marker(
    store: Store,
    p: u32,
    n: u32,
    r: f32,
    k: f32,
    label: Option<(f32, &'static str)>,
    aria: String,
) -> impl IntoView {
    let pl = &store.bundle.places[p as usize];
    let area = pl.area_radius.map(|a| a.max(r / k * 1.2));
    let pressed = move || store.query.with(|q| q.places.contains(&p));
    let activate = move || store.toggle_place(p);
    view! {
        <g
            class="cc-marker"
            class:cc-marker-area=area.is_some()
            role="button"
            tabindex="0"
            aria-label=aria
            aria-pressed=move || pressed().to_string()
            data-place=store.s(pl.id)
            data-count=n
            on:click=move |_| activate()
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    activate();
                }
            }
            on:mouseenter=move |_| store.hover_place.set(Some(p))
            on:mouseleave=move |_| store.hover_place.set(None)
            on:focus=move |_| store.hover_place.set(Some(p))
            on:blur=move |_| store.hover_place.set(None)
        >
            {area.map(|a| view! { <circle class="cc-area" cx=num(pl.x as f64, 2) cy=num(pl.y as f64, 2) r=num((a * k) as f64, 2)></circle> })}
            <circle class="cc-dot" cx=num(pl.x as f64, 2) cy=num(pl.y as f64, 2) r=num(if area.is_some() { r * 0.6 } else { r } as f64, 2)></circle>
            {label.map(|(x, anchor)| view! {
                <text class="cc-marker-label" x=num(x as f64, 2) y=num((pl.y + 4.0 * k) as f64, 2) text-anchor=anchor style:font-size=px((12.0 * k) as f64)>{store.s(pl.name)}</text>
            })}
        </g>
    }
}

/// Places outside the map's frame, as chips.
fn offmap(store: Store, counts: Memo<Vec<u32>>) -> impl IntoView {
    let b = store.bundle;
    move || {
        let c = counts.get();
        by_count(&c, &|p| !b.places[p as usize].on_map)
            .into_iter()
            .map(|p| {
                let pl = &b.places[p as usize];
                let n = c[p as usize];
                let pressed = move || store.query.with(|q| q.places.contains(&p));
                let name = store.s(pl.name);
                view! {
                    <li>
                        <FacetChip
                            facet=Facet::Place
                            id=store.s(pl.id)
                            label=move || name
                            count=move || n
                            pressed=pressed
                            on_toggle=move || store.toggle_place(p)
                            class="cc-chip cc-offmap-chip"
                        />
                    </li>
                }
            })
            .collect_view()
    }
}

/// The card of the hovered or focused marker: the place's other names and its count.
fn hover_card(store: Store, counts: Memo<Vec<u32>>) -> impl IntoView {
    move || {
        store.hover_place.get().map(|p| {
            let pl = &store.bundle.places[p as usize];
            let n = counts.with(|c| c[p as usize]);
            view! {
                <div class="cc-map-card" aria-hidden="true">
                    <strong>{store.s(pl.name)}</strong>
                    <span class="cc-map-card-names">{other_names(&store, p)}</span>
                    <span class="cc-map-card-count">{move || n_events(store.lang.get(), n as usize)}</span>
                </div>
            }
        })
    }
}

/// The button of view `i` (0: the region, then the story's close-ups).
fn view_button(store: Store, i: usize) -> impl IntoView {
    let (lang, view_sig, map) = (store.lang, store.view, &store.bundle.map);
    let v = View(i as u8);
    let label = move || {
        if i == 0 {
            t(lang.get(), K::ViewRegion)
        } else {
            store.text(map.views[i].label, lang.get())
        }
    };
    view! {
        <button type="button" class="cc-seg-btn" aria-pressed=move || (view_sig.get() == v).to_string() on:click=move |_| view_sig.set(v)>
            {label}
        </button>
    }
}

/// The story's outlines and lines, with their notes.
fn legend(store: Store) -> impl IntoView {
    let map = &store.bundle.map;
    move || {
        let l = store.lang.get();
        map.shapes
            .iter()
            .filter(|s| s.legend)
            .map(|s| {
                let key =
                    if s.kind == ShapeKind::Line { "cc-key cc-key-line" } else { "cc-key cc-key-outline" };
                view! { <li><span class=key aria-hidden="true"></span>{store.text(s.note, l)}</li> }
            })
            .collect_view()
    }
}
