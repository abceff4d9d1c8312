//! One facet value as a toggle chip: the actor, event-type, source and off-map place chips
//! are all this button. Its accessible name is its visible text (label, then count), so
//! speech input can say what the reader sees (WCAG 2.5.3).
//!
//! The props are plain closures, so each call site compiles to what a hand-written chip
//! would: type-erased props (`Signal`, `Callback`) cost 2.8 KB of brotli in the bundle
//! (measured), and so does spreading `data-*` attributes onto the component. The chip's
//! `data-*` attribute is chosen by [`Facet`] instead.
use leptos::prelude::*;

/// Which facet a chip filters on: its `data-actor`, `data-kind`, `data-outlet` or
/// `data-place` attribute carries the value's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Actor,
    Kind,
    Outlet,
    Place,
}

#[component]
pub fn FacetChip(
    facet: Facet,
    /// The value's id (the `data-*` attribute).
    id: &'static str,
    /// The chip's text.
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    /// Events among the results with this value (other filters applied).
    count: impl Fn() -> u32 + Copy + Send + Sync + 'static,
    pressed: impl Fn() -> bool + Send + Sync + 'static,
    on_toggle: impl Fn() + Send + Sync + 'static,
    /// The button's classes: "cc-chip" by default.
    #[prop(default = "cc-chip")]
    class: &'static str,
    /// A swatch or an icon before the label.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let data = move |f: Facet| (facet == f).then_some(id);
    view! {
        <button
            type="button"
            class=class
            class:cc-zero=move || count() == 0
            aria-pressed=move || pressed().to_string()
            data-actor=data(Facet::Actor)
            data-kind=data(Facet::Kind)
            data-outlet=data(Facet::Outlet)
            data-place=data(Facet::Place)
            on:click=move |_| on_toggle()
        >
            {children.map(|c| c())}
            <span class="cc-chip-label">{label}</span>
            <span class="cc-chip-count">{count}</span>
        </button>
    }
}
