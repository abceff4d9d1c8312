//! Date filter: a histogram of events per day (other filters applied) that readers brush
//! with the pointer, date inputs for the keyboard, and presets per episode.
use crate::i18n::{short_date, tr, K};
use crate::num::num;
use crate::store::{dom_id, use_store};
use chronocarte_model::axis::{Axis, Layout};
use chronocarte_model::date::{civil_from_days, days_from_civil, format_ymd, parse_ymd};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const W: f64 = 1000.0;
const H: f64 = 64.0;

#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    // The axis: the dated events (day/week precision), so a few "context" years don't
    // flatten it, with every long empty stretch cut to a break (`chronocarte_model::axis`).
    #[cfg(not(chronocarte_archive))]
    let days: Vec<i32> = store
        .bundle
        .events
        .iter()
        .filter(|e| {
            matches!(e.precision, chronocarte_model::Precision::Day | chronocarte_model::Precision::Week)
        })
        .flat_map(|e| [e.start, e.end])
        .collect();
    // A story baked in shards: every period's event days, from the index.
    #[cfg(chronocarte_archive)]
    let days: Vec<i32> = {
        let index = store.archive.index;
        index.shards.iter().flat_map(|s| s.days.iter().map(|d| d.0)).chain([index.last_day]).collect()
    };
    let axis = Axis::new(&days, store.day_range(), Layout { width: W, ..Layout::default() });
    let (d0, d1) = axis.span();
    let ticks = ticks(&axis);
    // The axis line, cut at each break, and two slanted strokes per break.
    let axis_d: String =
        axis.segments().iter().map(|s| format!("M{} {}H{}", num(s.x0, 1), num(H, 1), num(s.x1, 1))).collect();
    let breaks_d: String = axis
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
    let axis: &'static Axis = Box::leak(Box::new(axis));
    let x_of = move |d: i32| axis.x(d);
    let day_of = move |frac: f64| axis.day(frac.clamp(0.0, 1.0) * W);

    let drag = RwSignal::new(None::<(i32, i32)>);
    let selection = move || {
        drag.get().or_else(|| {
            store.query.with(|q| {
                (q.from.is_some() || q.to.is_some()).then(|| (q.from.unwrap_or(d0), q.to.unwrap_or(d1)))
            })
        })
    };
    let bars = Memo::new(move |_| {
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
                    num(x_of(d), 1),
                    num(H - bh, 1),
                    num(bw, 1),
                    num(bh, 1),
                    num(-bw, 1)
                ));
            }
            (inside, outside)
        })
    });
    let frac_of = |ev: &web_sys::PointerEvent| -> f64 {
        let el: web_sys::Element = ev.current_target().unwrap().unchecked_into();
        let r = el.get_bounding_client_rect();
        (ev.client_x() as f64 - r.left()) / r.width().max(1.0)
    };
    let anchor = StoredValue::new(0i32);
    let on_down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let d = day_of(frac_of(&ev));
        anchor.set_value(d);
        drag.set(Some((d, d)));
        let el: web_sys::Element = ev.current_target().unwrap().unchecked_into();
        let _ = el.set_pointer_capture(ev.pointer_id());
        ev.prevent_default();
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        if drag.get_untracked().is_some() {
            let d = day_of(frac_of(&ev));
            let a = anchor.get_value();
            drag.set(Some((a.min(d), a.max(d))));
        }
    };
    let on_up = move |_ev: web_sys::PointerEvent| {
        if let Some((a, z)) = drag.get_untracked() {
            drag.set(None);
            store.update(|q| {
                q.from = Some(a);
                q.to = Some(z);
            });
        }
    };
    let preset = move |from: Option<i32>, to: Option<i32>| {
        store.update(|q| {
            q.from = from;
            q.to = to;
        })
    };
    let (c0, c1) = store.day_range();
    let has = move |(a, z): (i32, i32)| a <= c1 && z >= c0;
    let is_sel = move |(a, z): (i32, i32)| store.query.with(|q| q.from == Some(a) && q.to == Some(z));
    // The story's episodes (declared in story.toml, or derived from gaps in the events).
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
    let from_id = dom_id(&store, "from");
    let to_id = dom_id(&store, "to");
    let hint_id = dom_id(&store, "hist-hint");
    let min = format_ymd(c0);
    let max = format_ymd(c1);
    view! {
        <div class="cc-timeline">
            <div class="cc-timeline-head">
                <h3 class="cc-facet-h">{tr(lang, K::Dates)}</h3>
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
                <div class="cc-dates">
                    <label for=from_id.clone()>{tr(lang, K::From)}</label>
                    <input
                        id=from_id
                        type="date"
                        class="cc-date"
                        min=min.clone()
                        max=max.clone()
                        prop:value=move || store.query.with(|q| q.from.map(format_ymd).unwrap_or_default())
                        on:change=move |ev| {
                            let v = parse_ymd(&event_target_value(&ev));
                            store.update(|q| q.from = v);
                        }
                    />
                    <label for=to_id.clone()>{tr(lang, K::To)}</label>
                    <input
                        id=to_id
                        type="date"
                        class="cc-date"
                        min=min
                        max=max
                        prop:value=move || store.query.with(|q| q.to.map(format_ymd).unwrap_or_default())
                        on:change=move |ev| {
                            let v = parse_ymd(&event_target_value(&ev));
                            store.update(|q| q.to = v);
                        }
                    />
                </div>
            </div>
            <div class="cc-hist-wrap">
                <svg
                    class="cc-hist"
                    viewBox=format!("0 0 {} {}", num(W, 0), num(H + 18.0, 1))
                    preserveAspectRatio="none"
                    role="img"
                    aria-label=tr(lang, K::Histogram)
                    aria-describedby=hint_id.clone()
                    on:pointerdown=on_down
                    on:pointermove=on_move
                    on:pointerup=on_up
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
                    {ticks.iter().map(|t| {
                        let x = x_of(t.day);
                        view! {
                            <line class="cc-hist-tick" x1=num(x, 1) x2=num(x, 1) y1=num(H, 1) y2=num(H + 4.0, 1)></line>
                        }
                    }).collect_view()}
                    <path class="cc-hist-break" d=breaks_d></path>
                </svg>
                <div class="cc-hist-labels" aria-hidden="true">
                    {ticks.into_iter().map(|t| {
                        let x = x_of(t.day);
                        let left = num(x / W * 100.0, 2) + "%";
                        let end = x > 0.8 * W;
                        view! {
                            <span class:cc-tick-major=t.major class:cc-tick-end=end style:left=left>
                                {move || month_tick(lang.get(), t.day, t.major)}
                            </span>
                        }
                    }).collect_view()}
                </div>
                <p class="cc-hint" id=hint_id>
                    {tr(lang, K::HistogramHint)}
                    {move || selection().map(|(a, z)| format!(" {} – {}", short_date(lang.get(), a), short_date(lang.get(), z)))}
                </p>
            </div>
        </div>
    }
}

/// A month label under the axis. Major labels (the start of each segment, and January)
/// carry the year; on phones only they are shown.
#[derive(Clone, Copy)]
struct Tick {
    day: i32,
    major: bool,
}

/// Month labels for each segment of the axis: the segment's first month (with its year),
/// then each month that starts inside it, kept only where they do not crowd each other
/// (majors first, at least `MAJOR_GAP` apart; the others `MINOR_GAP` from any kept label).
fn ticks(axis: &Axis) -> Vec<Tick> {
    const MAJOR_GAP: f64 = 0.2 * W;
    const MINOR_GAP: f64 = 0.08 * W;
    let mut all = vec![];
    for s in axis.segments() {
        all.push(Tick { day: s.first, major: true });
        let (mut y, mut m, _) = civil_from_days(s.first);
        loop {
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            let d = days_from_civil(y, m, 1);
            if d > s.last {
                break;
            }
            all.push(Tick { day: d, major: m == 1 });
        }
    }
    // `all` is in day order; keep it so (no sort: each sort is its own code in the wasm).
    let mut keep = vec![false; all.len()];
    for (major, gap) in [(true, MAJOR_GAP), (false, MINOR_GAP)] {
        for i in 0..all.len() {
            let x = axis.x(all[i].day);
            let clear = (0..all.len()).filter(|&j| keep[j]).all(|j| (axis.x(all[j].day) - x).abs() >= gap);
            if all[i].major == major && clear {
                keep[i] = true;
            }
        }
    }
    all.into_iter().zip(keep).filter_map(|(t, k)| k.then_some(t)).collect()
}

fn month_tick(lang: crate::i18n::Lang, d: i32, major: bool) -> String {
    let (y, m, _) = civil_from_days(d);
    let fr =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let name = if lang == crate::i18n::Lang::Fr { fr[m as usize - 1] } else { en[m as usize - 1] };
    if major {
        format!("{name} {y}")
    } else {
        name.to_owned()
    }
}
