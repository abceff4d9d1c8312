//! Date filter: a histogram of events per day (other filters applied) that readers brush
//! with the pointer, date inputs for the keyboard, and presets per episode.
use crate::i18n::{short_date, t, K};
use crate::num::num;
use crate::store::{dom_id, use_store};
use chronocarte_model::date::{civil_from_days, days_from_civil, format_ymd, parse_ymd};
use chronocarte_model::Precision;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const W: f64 = 1000.0;
const H: f64 = 64.0;

#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let b = store.bundle;
    // Domain: the dated events (day/week precision), so a few "context" years don't flatten it.
    let fine: Vec<_> =
        b.events.iter().filter(|e| matches!(e.precision, Precision::Day | Precision::Week)).collect();
    let (d0, d1) = if fine.is_empty() {
        store.engine.day_range()
    } else {
        (fine.iter().map(|e| e.start).min().unwrap(), fine.iter().map(|e| e.end).max().unwrap())
    };
    let (d0, d1) = (d0 - 3, d1 + 3);
    let span = (d1 - d0 + 1).max(1);
    let x_of = move |d: i32| (d - d0) as f64 / span as f64 * W;
    let day_of = move |frac: f64| d0 + (frac.clamp(0.0, 0.9999) * span as f64).floor() as i32;

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
            let bw = (W / span as f64).max(1.5);
            for (i, &c) in h.counts.iter().enumerate() {
                let d = h.first_day + i as i32;
                if c == 0 || d < d0 || d > d1 {
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
    // Month ticks.
    let ticks = {
        let (y0, m0, _) = civil_from_days(d0);
        let mut v = vec![];
        let (mut y, mut m) = (y0, m0);
        loop {
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            let d = days_from_civil(ny, nm, 1);
            if d > d1 {
                break;
            }
            v.push(d);
            (y, m) = (ny, nm);
        }
        let step = (v.len() / 8).max(1);
        v.into_iter().enumerate().filter(|(i, _)| i % step == 0).map(|(_, d)| d).collect::<Vec<_>>()
    };
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
    let (c0, c1) = store.engine.day_range();
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
                <h3 class="cc-facet-h">{move || t(lang.get(), K::Dates)}</h3>
                <div class="cc-presets">
                    <button type="button" class="cc-chip cc-preset" aria-pressed=move || store.query.with(|q| q.from.is_none() && q.to.is_none()).to_string() on:click=move |_| preset(None, None)>
                        {move || t(lang.get(), K::AllDates)}
                    </button>
                    {presets.collect_view()}
                </div>
                <div class="cc-dates">
                    <label for=from_id.clone()>{move || t(lang.get(), K::From)}</label>
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
                    <label for=to_id.clone()>{move || t(lang.get(), K::To)}</label>
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
                    aria-label=move || t(lang.get(), K::Histogram)
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
                    <line class="cc-hist-axis" x1="0" x2=num(W, 1) y1=num(H, 1) y2=num(H, 1)></line>
                    {ticks.iter().map(|&d| {
                        let x = x_of(d);
                        view! {
                            <line class="cc-hist-tick" x1=num(x, 1) x2=num(x, 1) y1=num(H, 1) y2=num(H + 4.0, 1)></line>
                        }
                    }).collect_view()}
                </svg>
                <div class="cc-hist-labels" aria-hidden="true">
                    {ticks.iter().map(|&d| {
                        let left = num(x_of(d) / W * 100.0, 2) + "%";
                        let (_, m, _) = civil_from_days(d);
                        view! { <span class:cc-tick-major=m == 1 || m == 9 style:left=left>{move || month_tick(lang.get(), d)}</span> }
                    }).collect_view()}
                </div>
                <p class="cc-hint" id=hint_id>
                    {move || t(lang.get(), K::HistogramHint)}
                    {move || selection().map(|(a, z)| format!(" {} – {}", short_date(lang.get(), a), short_date(lang.get(), z)))}
                </p>
            </div>
        </div>
    }
}

fn month_tick(lang: crate::i18n::Lang, d: i32) -> String {
    let (y, m, _) = civil_from_days(d);
    let fr =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let name = if lang == crate::i18n::Lang::Fr { fr[m as usize - 1] } else { en[m as usize - 1] };
    if m == 1 || m == 9 {
        format!("{name} {y}")
    } else {
        name.to_owned()
    }
}
