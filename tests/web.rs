//! Widget tests in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p chronocarte`
#![cfg(target_arch = "wasm32")]
use chronocarte::{mount_in, Options};
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn host() -> web_sys::HtmlElement {
    let d: web_sys::HtmlElement = doc().create_element("div").unwrap().unchecked_into();
    doc().body().unwrap().append_child(&d).unwrap();
    d
}

fn count(root: &web_sys::Element, sel: &str) -> u32 {
    root.query_selector_all(sel).unwrap().length()
}

fn text(root: &web_sys::Element, sel: &str) -> String {
    root.query_selector(sel).unwrap().unwrap().text_content().unwrap()
}

#[wasm_bindgen_test]
async fn renders_events_and_filters_by_type() {
    let h = host();
    let inst = mount_in(h.clone(), Options::default());
    tick().await;
    let root = h.query_selector(".cc-root").unwrap().expect("widget root");
    assert!(root.has_attribute("data-chronocarte-ready"));
    let total = chronocarte::data::bundle().events.len() as u32;
    assert!(total > 0);
    assert_eq!(count(&root, ".cc-event"), total.min(chronocarte::store::PAGE as u32));
    assert!(text(&root, ".cc-count").contains(&format!("sur {total}")));
    // Apply the first event-type filter.
    let chip: web_sys::HtmlElement =
        root.query_selector(".cc-filters .cc-facet:nth-child(2) .cc-chip").unwrap().unwrap().unchecked_into();
    chip.click();
    tick().await;
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    let shown = count(&root, ".cc-event");
    assert!(shown > 0 && shown < total, "{shown} of {total}");
    // Clear all.
    let clear: web_sys::HtmlElement = root.query_selector(".cc-btn-clear").unwrap().unwrap().unchecked_into();
    clear.click();
    tick().await;
    assert_eq!(count(&root, ".cc-event"), total.min(chronocarte::store::PAGE as u32));
    drop(inst);
    assert!(h.query_selector(".cc-root").unwrap().is_none(), "unmounted");
}

#[wasm_bindgen_test]
async fn two_instances_are_independent_and_text_is_escaped() {
    let (h1, h2) = (host(), host());
    let _a = mount_in(h1.clone(), Options::default());
    let _b = mount_in(h2.clone(), Options { lang: chronocarte::Lang::En, ..Options::default() });
    tick().await;
    let search: web_sys::HtmlInputElement =
        h1.query_selector(".cc-search-input").unwrap().unwrap().unchecked_into();
    search.set_value("<img src=x onerror=alert(1)> zzzzzz");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    // `change` (Enter) applies the text at once; typing (`input`) waits for a pause.
    search.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    tick().await;
    let r1 = h1.query_selector(".cc-root").unwrap().unwrap();
    let r2 = h2.query_selector(".cc-root").unwrap().unwrap();
    assert_eq!(count(&r1, ".cc-event"), 0);
    assert_eq!(count(&r1, ".cc-empty"), 1);
    assert_eq!(count(&r1, "img"), 0, "text stays text");
    assert!(count(&r2, ".cc-event") > 0, "the other instance is unaffected");
    assert!(text(&r2, ".cc-count").contains(" of "), "English instance");
    // The empty state's reset button restores the list.
    let reset: web_sys::HtmlElement =
        r1.query_selector(".cc-empty button").unwrap().unwrap().unchecked_into();
    reset.click();
    tick().await;
    assert!(count(&r1, ".cc-event") > 0);
}
