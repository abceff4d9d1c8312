//! The chronological list (the primary view): events grouped by day (or by their span or
//! week/month precision), rendered incrementally ("show more").
use crate::i18n::{
    group_heading, kind_label, n_days, n_sources, precision_label, short_date, t, tr, Lang, K,
};
use crate::store::{use_store, Store, PAGE};
use crate::style_kinds::{kind_color_var, kind_icon};
use chronocarte_model::{Event, Fatalities, Mention, PlacePrecision, Precision};
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
struct Group {
    start: i32,
    end: i32,
    precision: Precision,
    events: Vec<u32>,
}

impl Group {
    fn key(&self) -> (i32, i32, Precision) {
        (self.start, self.end, self.precision)
    }
}

#[component]
pub fn EventList() -> impl IntoView {
    #[cfg(not(chronocarte_archive))]
    return list();
    // The cards hold event indexes, which move when archive periods load: rebuilt then.
    #[cfg(chronocarte_archive)]
    {
        let store = use_store();
        move || {
            store.track_data();
            list()
        }
    }
}

fn list() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let groups = Memo::new(move |_| {
        let limit = store.limit.get();
        let b = store.data();
        store.results.with(|r| {
            let mut out: Vec<Group> = vec![];
            for &i in r.events.iter().take(limit) {
                let e = &b.events[i as usize];
                match out.last_mut() {
                    Some(g) if g.start == e.start && g.end == e.end && g.precision == e.precision => {
                        g.events.push(i)
                    }
                    _ => out.push(Group {
                        start: e.start,
                        end: e.end,
                        precision: e.precision,
                        events: vec![i],
                    }),
                }
            }
            out
        })
    });
    let remaining = move || store.results.with(|r| r.events.len().saturating_sub(store.limit.get()));
    let empty = move || store.results.with(|r| r.events.is_empty());
    view! {
        <h3 class="cc-visually-hidden">{tr(lang, K::Chronology)}</h3>
        <Show
            when=move || !empty()
            fallback=move || {
                view! {
                    <div class="cc-empty" role="status">
                        <p class="cc-empty-title">{tr(lang, K::NoResults)}</p>
                        <p>{tr(lang, K::NoResultsHint)}</p>
                        <button type="button" class="cc-btn cc-btn-primary" on:click=move |_| store.clear()>
                            {tr(lang, K::ClearAll)}
                        </button>
                    </div>
                }
            }
        >
            // Keyed twice (day group, then event) so that a filter click only adds and
            // removes the cards that changed: the others keep their DOM.
            <ol class="cc-groups">
                <For each=move || groups.with(|gs| gs.iter().map(Group::key).collect::<Vec<_>>()) key=|k| *k let:k>
                    <li class="cc-group">
                        <h4 class="cc-group-h">
                            {move || group_heading(lang.get(), k.0, k.1, k.2)}
                            {(k.2 == Precision::Day && k.1 > k.0).then(|| view! {
                                <span class="cc-badge">{move || n_days(lang.get(), k.1 - k.0 + 1)}</span>
                            })}
                        </h4>
                        <ol class="cc-events">
                            <For
                                each=move || groups.with(|gs| gs.iter().find(|g| g.key() == k).map(|g| g.events.clone()).unwrap_or_default())
                                key=|i| *i
                                let:i
                            >
                                <EventCard index=i />
                            </For>
                        </ol>
                    </li>
                </For>
            </ol>
            <Show when=move || { remaining() > 0 }>
                <button type="button" class="cc-btn cc-more" on:click=move |_| store.limit.update(|l| *l += PAGE)>
                    {tr(lang, K::ShowMore)} " (" {remaining} ")"
                </button>
            </Show>
        </Show>
    }
}

/// The quote as text, with the event's words in `<mark>`.
fn quote_view(store: &Store, m: &Mention) -> impl IntoView {
    let q = store.s(m.quote);
    match m.trigger {
        Some((s, e))
            if (e as usize) <= q.len()
                && q.is_char_boundary(s as usize)
                && q.is_char_boundary(e as usize) =>
        {
            let (a, rest) = q.split_at(s as usize);
            let (mid, z) = rest.split_at((e - s) as usize);
            view! { {a}<mark class="cc-mark">{mid}</mark>{z} }.into_any()
        }
        _ => view! { {q} }.into_any(),
    }
}

fn date_line(store: &Store, e: &Event, l: Lang) -> String {
    let b = store.bundle;
    let when = if e.end > e.start && e.precision == Precision::Day {
        format!("{} – {}", short_date(l, e.start), short_date(l, e.end))
    } else if e.night {
        // "nuit du 18 au 19 sept. 2023": a night is dated by the day it ends
        match l {
            Lang::Fr => format!(
                "{} {} au {}",
                t(l, K::NightOf),
                crate::i18n::short_date_no_year(l, e.start - 1),
                short_date(l, e.start)
            ),
            Lang::En => format!("{} {}", t(l, K::NightOf), short_date(l, e.start)),
        }
    } else {
        short_date(l, e.start)
    };
    let against = e.resolved_against.map(|a| short_date(l, b.articles[a as usize].published));
    // an anaphor ("la veille") or a live-blog entry counts from the story's date, not the
    // publication day: say which
    let story =
        e.date_anchor.map(|d| format!(" ({} {})", t(l, K::StoryDate), short_date(l, d))).unwrap_or_default();
    match (e.date_expr.map(|s| store.s(s)), against) {
        (Some(expr), Some(a)) => format!("« {expr} » → {when}{story}, {} {a}", t(l, K::According)),
        (Some(expr), None) => format!("« {expr} » → {when}"),
        // an undated sentence of a live-blog entry or of a story already under way takes
        // the story's date, not the publication day
        (None, Some(a)) if e.date_anchor.is_some() => format!("{when}{story}, {} {a}", t(l, K::According)),
        (None, Some(a)) => format!("{when} ({} {a})", t(l, K::DateFallback)),
        (None, None) => when,
    }
}

#[component]
fn EventCard(index: u32) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let b = store.data();
    let e: &'static Event = &b.events[index as usize];
    let place = e.place.map(|p| &b.places[p as usize]);
    // The most informative report heads the card (chosen at bake time).
    let lede = e.mentions.get(e.headline as usize).or(e.mentions.first()).map(|m| quote_view(&store, m));
    let n_src = e.mentions.len();
    let region = matches!(e.place_precision, PlacePrecision::Region | PlacePrecision::Country);
    // A link to this event (`#event=<id>`) highlights it, opens its sources and scrolls to it.
    let focused = move || store.focus.get() == Some(index);
    let card = NodeRef::<leptos::html::Li>::new();
    let sources_el = NodeRef::<leptos::html::Details>::new();
    let sources_open = RwSignal::new(false);
    Effect::new(move |_| {
        if focused() {
            reveal(store, card, sources_el, sources_open);
        }
    });
    let data = CardData::of(store, e);
    view! {
        <li
            class="cc-event"
            class:cc-focused=focused
            aria-current=move || focused().then_some("true")
            node_ref=card
            style:--cc-kind=kind_color_var(e.kind)
            data-event-id=store.s(e.id)
            data-kind=e.kind.id()
            data-place=place.map(|p| store.s(p.id)).unwrap_or("")
            data-actors=data.actors
            data-outlets=data.outlets
            data-articles=data.articles
            data-start=chronocarte_model::date::format_ymd(e.start)
            data-end=chronocarte_model::date::format_ymd(e.end)
        >
            <div class="cc-event-top">
                <span class="cc-type">{kind_icon(e.kind)} {move || kind_label(lang.get(), e.kind)}</span>
                {place.map(|p| view! {
                    <span class="cc-place" class:cc-place-region=region>{store.s(p.name)}</span>
                })}
                <span class="cc-precision" title=tr(lang, K::Dates)>{move || precision_label(lang.get(), e.precision)}</span>
                {permalink(store, e, index)}
            </div>
            {lede.map(|l| view! { <p class="cc-lede" lang="fr">"« " {l} " »"</p> })}
            <p class="cc-date-line">{move || date_line(&store, e, lang.get())}</p>
            {(!e.actors.is_empty()).then(|| view! { <ul class="cc-actors">{actor_items(store, e)}</ul> })}
            {toll_line(store, e)}
            {disputed_line(store, e)}
            <details
                class="cc-sources"
                node_ref=sources_el
                on:toggle=move |ev| {
                    if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
                        sources_open.set(true);
                    }
                }
            >
                <summary>{move || n_sources(lang.get(), n_src)}</summary>
                <Show when=move || sources_open.get()>
                    <ol class="cc-source-list">{move || source_items(store, e)}</ol>
                </Show>
            </details>
        </li>
    }
}

/// The card a link points at: its sources opened and, once per link, scrolled into view.
fn reveal(
    store: Store,
    card: NodeRef<leptos::html::Li>,
    sources_el: NodeRef<leptos::html::Details>,
    sources_open: RwSignal<bool>,
) {
    if let (Some(li), Some(d)) = (card.get(), sources_el.get()) {
        d.set_open(true);
        sources_open.set(true);
        if store.scroll_to_focus.get_untracked() {
            store.scroll_to_focus.set(false);
            li.scroll_into_view();
        }
    }
}

/// Machine-readable facts of a card for tests and host pages (ids, not text), each a
/// space-separated list.
struct CardData {
    actors: String,
    outlets: String,
    articles: String,
}

impl CardData {
    fn of(store: Store, e: &Event) -> Self {
        let b = store.data();
        let actors =
            e.actors.iter().map(|a| store.s(b.actors[a.actor as usize].id)).collect::<Vec<_>>().join(" ");
        let mut outlets: Vec<&str> = e
            .mentions
            .iter()
            .filter_map(|m| b.articles[m.article as usize].outlet)
            .map(|o| store.s(b.outlets[o as usize].slug))
            .collect();
        outlets.dedup();
        let articles = e
            .mentions
            .iter()
            .map(|m| store.s(b.articles[m.article as usize].id))
            .collect::<Vec<_>>()
            .join(" ");
        CardData { actors, outlets: outlets.join(" "), articles }
    }
}

/// The link to this event, when the state lives in the URL.
fn permalink(store: Store, e: &Event, index: u32) -> Option<impl IntoView> {
    let lang = store.lang;
    store.url_state.then(|| {
        let href = format!("#event={}", chronocarte_model::fragment::percent_encode(store.s(e.id)));
        view! {
            <a
                class="cc-permalink"
                href=href
                aria-label=tr(lang, K::PermalinkLabel)
                on:click=move |ev| {
                    // Keeps the reader's filters; the URL gets the event added.
                    ev.prevent_default();
                    store.focus.set(Some(index));
                }
            >
                {tr(lang, K::Permalink)}
            </a>
        }
    })
}

/// The event's actors, each with its colour.
fn actor_items(store: Store, e: &Event) -> impl IntoView {
    let lang = store.lang;
    let b = store.data();
    e.actors
        .iter()
        .map(|ea| {
            let color = store.s(b.actors[ea.actor as usize].color);
            let color = if color.is_empty() { "var(--cc-muted)".to_owned() } else { color.to_owned() };
            let a = ea.actor;
            view! {
                <li class="cc-actor">
                    <span class="cc-swatch" style:background=color></span>
                    {move || store.actor_label(a, lang.get())}
                </li>
            }
        })
        .collect_view()
}

/// The toll, as the lowest figures reported, with who claimed it.
fn toll_line(store: Store, e: &'static Event) -> Option<impl IntoView> {
    let lang = store.lang;
    let f = e.fatalities.as_ref().filter(|f| f.killed_min.is_some() || f.wounded_min.is_some())?;
    let claimed = f.claimed_by.map(|c| store.s(c));
    let text = move || toll_text(lang.get(), f, claimed);
    Some(view! { <p class="cc-fatalities">{text}</p> })
}

/// "≥ 3 tués, ≥ 1 blessé (selon X)": the singular when the figure is one.
fn toll_text(l: Lang, f: &Fatalities, claimed: Option<&str>) -> String {
    let figure = |n: u32, key: K| {
        let word = t(l, key);
        format!("≥ {n} {}", if n == 1 { word.trim_end_matches('s') } else { word })
    };
    let mut parts = vec![];
    if let Some(k) = f.killed_min {
        parts.push(figure(k, K::Killed));
    }
    if let Some(w) = f.wounded_min {
        parts.push(figure(w, K::Wounded));
    }
    let mut s = parts.join(", ");
    if let Some(c) = claimed {
        s.push_str(&format!(" ({} {c})", t(l, K::ClaimedBy)));
    }
    s
}

/// Who denies the event, when anyone does.
fn disputed_line(store: Store, e: &'static Event) -> Option<impl IntoView> {
    let lang = store.lang;
    (!e.disputed_by.is_empty()).then(|| {
        let who = &e.disputed_by;
        view! {
            <p class="cc-disputed">
                <span class="cc-disputed-flag">{tr(lang, K::Disputed)}</span>
                " " {tr(lang, K::DeniedBy)} " "
                {move || who.iter().map(|&a| store.actor_label(a, lang.get())).collect::<Vec<_>>().join(", ")}
            </p>
        }
    })
}

/// The event's reports, built when the reader opens them: most cards are never opened, and
/// a card is half the DOM without its sources (this is what keeps first paint and filter
/// clicks fast).
fn source_items(store: Store, e: &'static Event) -> impl IntoView {
    let lang = store.lang;
    let b = store.data();
    e.mentions
        .iter()
        .map(|m| {
            let a = &b.articles[m.article as usize];
            let outlet = a.outlet.map(|o| store.s(b.outlets[o as usize].name)).unwrap_or("—");
            let claimed = m.claimed_by.map(|c| store.s(c));
            view! {
                <li class="cc-source">
                    <details>
                        <summary>
                            <span class="cc-source-outlet">{outlet}</span>
                            <span class="cc-source-title">{store.s(a.title)}</span>
                            <span class="cc-source-date">{move || short_date(lang.get(), a.published)}</span>
                        </summary>
                        <blockquote class="cc-quote" lang="fr">
                            {quote_view(&store, m)}
                            {claimed.map(|c| view! { <footer class="cc-quote-claim">{tr(lang, K::ClaimedBy)} " " {c}</footer> })}
                        </blockquote>
                    </details>
                </li>
            }
        })
        .collect_view()
}
