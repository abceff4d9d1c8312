//! The host page's API on a widget it mounted (README, "JavaScript API"): set and read the
//! filters, read the events the reader sees, and hear about changes.
//!
//! Values cross as plain JavaScript objects through `serde-wasm-bindgen`; their shape is
//! `chronocarte_model::host`, tested natively. Listeners belong to the mounted instance: they
//! are dropped with it on `unmount()`, so a host callback is never called by a dead widget.
use crate::store::Store;
use chronocarte_model::host::{Filters, Records};
use leptos::prelude::*;
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsError, JsValue};

/// The host page's `change` callbacks, in the order they were added.
#[derive(Clone, Default)]
pub struct Listeners(Rc<RefCell<Vec<js_sys::Function>>>);

impl Listeners {
    /// Adds `f` (once: adding the same function again does nothing, as `addEventListener`).
    pub fn add(&self, f: js_sys::Function) {
        let mut v = self.0.borrow_mut();
        if !v.iter().any(|g| js_sys::Object::is(g, &f)) {
            v.push(f);
        }
    }

    pub fn remove(&self, f: &js_sys::Function) {
        self.0.borrow_mut().retain(|g| !js_sys::Object::is(g, f));
    }
}

/// Plain objects, `null` for missing values (not `undefined`, so JSON.stringify keeps them).
fn to_js<T: Serialize>(v: &T) -> JsValue {
    let s =
        serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    v.serialize(&s).unwrap_or(JsValue::NULL)
}

/// What a `change` callback receives.
#[derive(Serialize)]
struct Change {
    filters: Filters,
    /// Events shown with these filters.
    count: usize,
    /// Events in the story.
    total: usize,
}

/// Calls the host's `change` callbacks once after each change of the filters (by the reader
/// or by `setFilters`), when the widget has updated; not at mount. A callback that throws is
/// reported on the console and the others still run.
pub fn notify_changes(store: Store, listeners: Listeners) {
    Effect::new(move |prev: Option<()>| {
        let query = store.query.get();
        let count = store.results.with(|r| r.events.len());
        if prev.is_none() {
            return;
        }
        let filters = Filters::from_query(&query, store.bundle);
        let detail = to_js(&Change { filters, count, total: store.total_events() });
        let callbacks = listeners.0.borrow().clone();
        for cb in callbacks {
            if let Err(e) = cb.call1(&JsValue::UNDEFINED, &detail) {
                web_sys::console::error_2(&"chronocarte: a change listener threw".into(), &e);
            }
        }
    });
}

/// `handle.setFilters(filters)`: replaces every filter (a missing key clears it) and returns
/// what could not be applied, as `"key=value"` strings. Throws on a malformed object.
pub fn set_filters(store: Store, value: JsValue) -> Result<js_sys::Array, JsError> {
    let filters = read_filters(&value).map_err(|e| JsError::new(&format!("chronocarte: setFilters: {e}")))?;
    let (query, dropped) = filters.to_query(store.bundle);
    if store.query.with_untracked(|q| *q != query) {
        store.update(|q| *q = query);
    }
    let ignored: js_sys::Array = dropped.iter().map(|d| JsValue::from_str(&d.to_string())).collect();
    if ignored.length() > 0 {
        let list = ignored.join(", ");
        web_sys::console::warn_1(&format!("chronocarte: setFilters: not in this story: {list}").into());
    }
    Ok(ignored)
}

/// Reads a filters object. By hand rather than with `serde_wasm_bindgen::from_value`: its
/// error messages format floats, which cost 13 KB of wasm (measured 2026-11-27), and a
/// misspelt key must be an error, which a deserializer that only asks for known keys misses.
/// A list also takes a single string (`{actor: "army"}`); `null` is an unset filter.
fn read_filters(value: &JsValue) -> Result<Filters, String> {
    let object = value
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !js_sys::Array::is_array(value) && !value.is_function())
        .ok_or("expects an object such as {type: [\"fighting\"], from: \"2023-09-19\"}")?;
    let mut filters = Filters::default();
    for entry in js_sys::Object::entries(object) {
        let entry: js_sys::Array = entry.unchecked_into();
        let (key, v) = (entry.get(0).as_string().unwrap_or_default(), entry.get(1));
        Filters::check_key(&key)?;
        if v.is_null() || v.is_undefined() {
            continue;
        }
        let text = |x: JsValue| x.as_string().ok_or_else(|| format!("`{key}` takes strings"));
        if let Some(list) = filters.list_mut(&key) {
            *list = match v.dyn_into::<js_sys::Array>() {
                Ok(a) => a.iter().map(text).collect::<Result<_, _>>()?,
                Err(v) => vec![text(v)?],
            };
        } else if let Some(slot) = filters.value_mut(&key) {
            *slot = Some(text(v)?);
        }
    }
    Ok(filters)
}

/// `handle.getFilters()`: the current filters, every key present.
pub fn get_filters(store: Store) -> JsValue {
    to_js(&store.query.with_untracked(|q| Filters::from_query(q, store.bundle)))
}

/// `handle.events()`: the events the reader sees, in list order, with the JSON export's fields.
pub fn events(store: Store) -> JsValue {
    store.results.with_untracked(|r| to_js(&Records { bundle: store.data(), events: &r.events }))
}
