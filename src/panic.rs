//! A bug in the widget must never take the host page down.
//!
//! The release build aborts on panic (`panic = "abort"`, for size), so the wasm instance is
//! dead after one. This hook runs first: it logs the panic (console.error, with the message
//! and location) and replaces the content of every mounted widget with a small error box,
//! so readers see a message instead of a frozen graphic. It touches nothing outside the
//! widgets' own host elements, and the host page's scripts keep running.
use std::sync::Once;
use wasm_bindgen::JsCast;

/// Installs the hook once per page (every `mount` calls it).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // The message and its location (what `console_error_panic_hook` printed, without
            // its JS stack trace, which names only minified wasm functions in a release build).
            web_sys::console::error_1(&format!("chronocarte: {info}").into());
            show_error_boxes();
        }));
    });
}

/// Every host element a widget was mounted into.
const MOUNTED: &str = "[data-chronocarte-mounted]";

fn show_error_boxes() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = doc.query_selector_all(MOUNTED) else { return };
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let english = host
            .query_selector(".cc-root")
            .ok()
            .flatten()
            .and_then(|r| r.get_attribute("lang"))
            .is_some_and(|l| l == "en");
        let (title, body) = if english {
            (
                "This graphic stopped because of an error.",
                "The rest of the page is not affected. Reloading the page may help.",
            )
        } else {
            (
                "Ce graphique s'est arrêté à cause d'une erreur.",
                "Le reste de la page n'est pas affecté. Recharger la page peut aider.",
            )
        };
        host.set_text_content(None);
        let Ok(root) = doc.create_element("div") else { continue };
        let _ = root.set_attribute("class", "cc-root cc-crashed");
        let _ = root.set_attribute("role", "alert");
        let _ = root.set_attribute("lang", if english { "en" } else { "fr" });
        for (tag, text) in [("strong", title), ("p", body)] {
            if let Ok(el) = doc.create_element(tag) {
                el.set_text_content(Some(text));
                let _ = root.append_child(&el);
            }
        }
        let _ = host.append_child(&root);
    }
}
