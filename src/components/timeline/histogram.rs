//! The histogram of events per day (other filters applied), brushed with the pointer.
use super::ticks::{month_tick, ticks, Tick};
use super::{H, W};
use crate::i18n::{short_date, tr, K};
use crate::num::num;
use crate::store::{dom_id, use_store, Store};
use chronocarte_model::axis::Axis;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// While the reader brushes: the day where the brush started, and the day under the pointer.
type Drag = RwSignal<Option<(i32, i32)>>;

/// A brush's days in order.
fn span((a, z): (i32, i32)) -> (i32, i32) {
    (a.min(z), a.max(z))
}

#[component]
pub(super) fn Histogram(axis: &'static Axis) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let (d0, d1) = axis.span();
    let x_of = move |d: i32| axis.x(d);
    let drag: Drag = RwSignal::new(None);
    // What is shown as selected: the range being brushed, else the query's dates.
    let selection = move || {
        drag.get().map(span).or_else(|| {
            store.query.with(|q| {
                (q.from.is_some() || q.to.is_some()).then(|| (q.from.unwrap_or(d0), q.to.unwrap_or(d1)))
            })
        })
    };
    let bars = Memo::new(move |_| bar_paths(store, axis));
    let (axis_d, breaks_d) = axis_paths(axis);
    let hint_id = dom_id(&store, "hist-hint");
    let ticks = ticks(axis);
    view! {
        <div class="cc-hist-wrap">
            <svg
                class="cc-hist"
                viewBox=format!("0 0 {} {}", num(W, 0), num(H + 18.0, 1))
                preserveAspectRatio="none"
                role="img"
                aria-label=tr(lang, K::Histogram)
                aria-describedby=hint_id.clone()
                on:pointerdown=move |ev| brush_start(axis, drag, &ev)
                on:pointermove=move |ev| brush_move(axis, drag, &ev)
                on:pointerup=move |_| brush_end(store, drag)
                on:pointercancel=move |_| drag.set(None)
            >
                <rect class="cc-hist-bg" x="0" y="0" width=num(W, 1) height=num(H, 1)></rect>
                {move || selection().map(|(a, z)| {
                    let x = x_of(a.max(d0));
                    let w = (x_of(z.min(d1) + 1) - x).max(2.0);
                    view! { <rect class="cc-hist-sel" x=num(x, 1) y="0" width=num(w, 1) height=num(H, 1)></rect> }
                })}
                <path class="cc-hist-out" d=move || bars.with(|b| b.1.clone())></path>
                <path class="cc-hist-in" d=move || bars.with(|b| b.0.clone())></path>
                <path class="cc-hist-axis" d=axis_d></path>
                {tick_lines(axis, &ticks)}
                <path class="cc-hist-break" d=breaks_d></path>
            </svg>
            {tick_labels(store, axis, ticks)}
            <p class="cc-hint" id=hint_id>
                {tr(lang, K::HistogramHint)}
                {move || selection().map(|(a, z)| format!(" {} – {}", short_date(lang.get(), a), short_date(lang.get(), z)))}
            </p>
        </div>
    }
}

/// The axis line, cut at each break, and two slanted strokes per break.
fn axis_paths(axis: &Axis) -> (String, String) {
    let axis_d =
        axis.segments().iter().map(|s| format!("M{} {}H{}", num(s.x0, 1), num(H, 1), num(s.x1, 1))).collect();
    let breaks_d = axis
        .breaks()
        .map(|x| {
            let (lo, hi) = (num(H + 6.0, 1), num(H - 6.0, 1));
            format!(
                "M{} {lo}L{} {hi}M{} {lo}L{} {hi}",
                num(x - 7.0, 1),
                num(x - 1.0, 1),
                num(x + 1.0, 1),
                num(x + 7.0, 1)
            )
        })
        .collect();
    (axis_d, breaks_d)
}

/// The bars as two paths, inside and outside the query's dates: one element each, however
/// many days (a rect per day was thousands of nodes at 10k articles).
fn bar_paths(store: Store, axis: &Axis) -> (String, String) {
    store.results.with(|r| {
        let h = &r.facets.days;
        let max = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
        let sel = store.query.with(|q| (q.from.unwrap_or(i32::MIN), q.to.unwrap_or(i32::MAX)));
        let (mut inside, mut outside) = (String::new(), String::new());
        for (i, &c) in h.counts.iter().enumerate() {
            let d = h.first_day + i as i32;
            let Some(bw) = axis.segment_of(d).map(|s| s.day_width().max(1.5)) else {
                continue;
            };
            if c == 0 {
                continue;
            }
            let bh = (c as f64 / max).sqrt() * (H - 4.0);
            let path = if d >= sel.0 && d <= sel.1 { &mut inside } else { &mut outside };
            path.push_str(&format!(
                "M{} {}h{}v{}h{}Z",
                num(axis.x(d), 1),
                num(H - bh, 1),
                num(bw, 1),
                num(bh, 1),
                num(-bw, 1)
            ));
        }
        (inside, outside)
    })
}

/// The day under the pointer.
fn day_at(axis: &Axis, ev: &web_sys::PointerEvent) -> i32 {
    let el: web_sys::Element = ev.current_target().unwrap().unchecked_into();
    let r = el.get_bounding_client_rect();
    let frac = (ev.client_x() as f64 - r.left()) / r.width().max(1.0);
    axis.day(frac.clamp(0.0, 1.0) * W)
}

/// A primary button pressed: the brush starts on that day, and follows the pointer even
/// outside the graphic.
fn brush_start(axis: &Axis, drag: Drag, ev: &web_sys::PointerEvent) {
    if ev.button() != 0 {
        return;
    }
    let d = day_at(axis, ev);
    drag.set(Some((d, d)));
    let el: web_sys::Element = ev.current_target().unwrap().unchecked_into();
    let _ = el.set_pointer_capture(ev.pointer_id());
    ev.prevent_default();
}

/// The brush spans its first day and the day under the pointer, in either direction.
fn brush_move(axis: &Axis, drag: Drag, ev: &web_sys::PointerEvent) {
    if let Some((anchor, _)) = drag.get_untracked() {
        drag.set(Some((anchor, day_at(axis, ev))));
    }
}

/// The brush released: its range becomes the query's dates.
fn brush_end(store: Store, drag: Drag) {
    if let Some((a, z)) = drag.get_untracked().map(span) {
        drag.set(None);
        store.update(|q| {
            q.from = Some(a);
            q.to = Some(z);
        });
    }
}

fn tick_lines(axis: &Axis, ticks: &[Tick]) -> impl IntoView {
    ticks
        .iter()
        .map(|t| {
            let x = num(axis.x(t.day), 1);
            view! { <line class="cc-hist-tick" x1=x.clone() x2=x y1=num(H, 1) y2=num(H + 4.0, 1)></line> }
        })
        .collect_view()
}

fn tick_labels(store: Store, axis: &Axis, ticks: Vec<Tick>) -> impl IntoView {
    let lang = store.lang;
    let labels = ticks.into_iter().map(move |t| {
        let x = axis.x(t.day);
        let left = num(x / W * 100.0, 2) + "%";
        let end = x > 0.8 * W;
        view! {
            <span class:cc-tick-major=t.major class:cc-tick-end=end style:left=left>
                {move || month_tick(lang.get(), t.day, t.major)}
            </span>
        }
    });
    view! { <div class="cc-hist-labels" aria-hidden="true">{labels.collect_view()}</div> }
}
