//! The baseline of issue 15's "first list ≤ 1.4× a bare Leptos page": the same toolchain
//! (Leptos 0.8 CSR, Trunk, wasm-opt, the workspace's release profile), a search box and a
//! keyed list of 1,000 items filtered as the reader types, and nothing else. It sets the
//! `bare-interactive` mark when its first effect runs, as the widget sets
//! `chronocarte-interactive` once its first list is in the DOM.
use leptos::prelude::*;

/// "Item 0000" … "Item 0999".
fn all_items() -> Vec<String> {
    (0..1000).map(|i| format!("Item {i:04}")).collect()
}

fn filter_items<'a>(items: &'a [String], query: &str) -> Vec<&'a String> {
    let q = query.to_ascii_lowercase();
    items.iter().filter(|s| s.to_ascii_lowercase().contains(&q)).collect()
}

#[component]
fn App() -> impl IntoView {
    let (query, set_query) = signal(String::new());
    let items = StoredValue::new(all_items());
    let filtered = Memo::new(move |_| {
        items.with_value(|all| filter_items(all, &query.get()).into_iter().cloned().collect::<Vec<_>>())
    });
    Effect::new(move |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("bare-interactive");
        }
    });
    view! {
        <main>
            <input
                type="search"
                aria-label="Filtrer"
                prop:value=query
                on:input=move |ev| set_query.set(event_target_value(&ev))
            />
            <p>{move || filtered.with(Vec::len)} " sur 1000"</p>
            <ul>
                <For each=move || filtered.get() key=|s| s.clone() let:item>
                    <li>{item}</li>
                </For>
            </ul>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_keeps_matching_items() {
        let items = all_items();
        assert_eq!(filter_items(&items, "").len(), 1000);
        assert_eq!(filter_items(&items, "ITEM 09").len(), 100);
        assert_eq!(filter_items(&items, "0999").len(), 1);
    }
}
