//! Event-type colours and icons (12×12 SVG paths), shared by the list, legend and filters.
use chronocarte_model::EventKind;
use leptos::prelude::*;

pub fn kind_color_var(k: EventKind) -> String {
    format!("var(--cc-type-{})", k.id())
}

fn icon_path(k: EventKind) -> &'static str {
    use EventKind::*;
    match k {
        // burst
        Fighting => "M6 0.5 7.3 4 11 3 8.6 6 11 9 7.3 8 6 11.5 4.7 8 1 9 3.4 6 1 3 4.7 4Z",
        // two bars (pause)
        Ceasefire => "M2.5 1.5h2.6v9H2.5ZM6.9 1.5h2.6v9H6.9Z",
        // speech bubbles
        Talks => "M1 2h7v5H4L2 9V7H1ZM9 4h2v5h-1v2l-2-2H5V8h4Z",
        // flag
        Diplomacy => "M2 1h1.4v10H2ZM3.4 1.5h7l-1.6 2.5 1.6 2.5h-7Z",
        // quote mark
        Statement => "M1.5 2.5h4v4L3.5 10H2l1.4-3.5H1.5ZM6.5 2.5h4v4L8.5 10H7l1.4-3.5H6.5Z",
        // cross
        Humanitarian => "M4.3 1h3.4v3.3H11v3.4H7.7V11H4.3V7.7H1V4.3h3.3Z",
        // diamond
        Casualties => "M6 1 11 6 6 11 1 6Z",
        // raised fist-like triangle
        Protest => "M6 1 11 10H1Z",
        // columns
        Political => "M1 4 6 1l5 3ZM2 5h1.5v4.5H2ZM5.25 5h1.5v4.5h-1.5ZM8.5 5H10v4.5H8.5ZM1 10h10v1.2H1Z",
        // exclamation in circle
        Incident => "M6 .8a5.2 5.2 0 1 0 0 10.4A5.2 5.2 0 0 0 6 .8Zm-.8 2.2h1.6l-.3 4.2H5.5Zm.8 5a.9.9 0 1 1 0 1.8.9.9 0 0 1 0-1.8Z",
        // ring
        Context => "M6 1.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Zm0 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z",
    }
}

/// A small coloured icon for an event type (decorative: the label is always next to it).
pub fn kind_icon(k: EventKind) -> impl IntoView {
    view! {
        <svg class="cc-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d=icon_path(k) fill=kind_color_var(k)></path>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{kind_label, Lang};
    // The widget is tested in wasm32, where only wasm-bindgen-test runs tests.
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// Every type of the model's taxonomy has its colour in the stylesheet (light and
    /// dark themes), an icon and a label in each language, distinct within the language.
    #[test]
    fn every_type_has_colour_icon_and_labels() {
        let css = include_str!("../style.css");
        let mut labels: [Vec<&str>; 2] = [vec![], vec![]];
        for k in EventKind::ALL {
            let var = format!("--cc-type-{}:", k.id());
            assert!(css.matches(&var).count() >= 2, "{var} in the light and dark themes");
            assert!(!icon_path(k).is_empty());
            for (i, l) in [Lang::Fr, Lang::En].into_iter().enumerate() {
                let label = kind_label(l, k);
                assert!(!label.is_empty() && !labels[i].contains(&label), "{k:?} {label:?}");
                labels[i].push(label);
            }
        }
    }
}
