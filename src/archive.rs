//! A large story's archive, loaded in pieces (`chronocarte_model::archive` says why).
//!
//! Compiled only for a story baked in shards (`cfg(chronocarte_archive)`, set by
//! `build.rs`), so a small story's bundle carries none of this code. The index is compiled
//! in; the shards are fetched from next to the wasm (the same origin, so the CSP and the
//! "no other origin" rule hold) when a query needs them, then merged with the bundle into
//! the data the engine filters. A failed load shows a retry message; the list keeps what it
//! had.
use chronocarte_model::archive::{merge, Archive, Shard};
use chronocarte_model::filter::{query_words, Engine, Facets, Query, Results};
use chronocarte_model::Bundle;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/archive.bin"));

#[wasm_bindgen]
extern "C" {
    /// The wasm-bindgen glue's URL: the shards are its neighbours, wherever the build is
    /// served from (a sub-path, another origin's page).
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MODULE_URL: String;
}

/// The archive's index, read once.
pub fn index() -> &'static Archive<'static> {
    static ONCE: OnceLock<Archive<'static>> = OnceLock::new();
    ONCE.get_or_init(|| {
        Archive::from_bytes(INDEX)
            .unwrap_or_else(|e| panic!("the embedded archive index is invalid: {}", e.0))
    })
}

/// The events the engine filters: the bundle's, plus the shards loaded so far.
#[derive(Clone, Copy)]
pub struct Data {
    pub bundle: &'static Bundle<'static>,
    pub engine: &'static Engine<'static>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing in flight.
    Idle,
    /// This many shard files are being fetched.
    Loading(usize),
    /// The last load failed; the reader can retry.
    Failed,
}

/// Per-instance archive state (in the [`crate::store::Store`]).
#[derive(Clone, Copy)]
pub struct State {
    pub index: &'static Archive<'static>,
    base: &'static Bundle<'static>,
    pub data: RwSignal<Data>,
    /// Shards fetched so far, by their place in the index.
    loaded: StoredValue<Vec<Option<&'static Shard<'static>>>>,
    pub status: RwSignal<Status>,
    /// The reader asked for every period, or opened a link to an event not loaded yet.
    pub want_all: RwSignal<bool>,
    /// The link (a URL fragment) that waits for every period to load
    /// ([`State::wait_for_link`]).
    link_waiting: StoredValue<Option<String>>,
}

impl State {
    pub fn new(base: &'static Bundle<'static>, engine: &'static Engine<'static>) -> Self {
        let index = index();
        State {
            index,
            base,
            data: RwSignal::new(Data { bundle: base, engine }),
            loaded: StoredValue::new(vec![None; index.shards.len()]),
            status: RwSignal::new(Status::Idle),
            want_all: RwSignal::new(false),
            link_waiting: StoredValue::new(None),
        }
    }

    /// For a link (`hash`) whose event is not in the loaded periods: loads every period and
    /// returns `true` (the caller reads the link again once [`State::link_ready`]), or
    /// `false` when everything is loaded already (the event does not exist).
    pub fn wait_for_link(&self, hash: &str) -> bool {
        if self.complete() {
            return false;
        }
        self.link_waiting.set_value(Some(hash.to_owned()));
        self.want_all.set(true);
        true
    }

    /// The waiting link, once it can be read (once: it stops waiting). Kept here because
    /// the page's fragment follows the state meanwhile, which does not hold the event yet.
    pub fn link_ready(&self) -> Option<String> {
        if !self.complete() {
            return None;
        }
        self.link_waiting.try_update_value(Option::take).flatten()
    }

    /// Whether every shard is loaded (the data is then the single bundle's).
    pub fn complete(&self) -> bool {
        let embedded = self.index.embedded();
        self.loaded.with_value(|l| l.iter().enumerate().all(|(i, s)| s.is_some() || Some(i) == embedded))
    }

    /// Events in the whole archive.
    pub fn total(&self) -> usize {
        self.index.total_events() as usize
    }

    /// The shards `q` needs that are not loaded.
    fn missing(&self, q: &Query, all: bool) -> Vec<usize> {
        let need = if all {
            (0..self.index.shards.len()).filter(|&i| !self.index.shards[i].file.is_empty()).collect()
        } else {
            self.index.needed(q)
        };
        self.loaded.with_value(|l| need.into_iter().filter(|&i| l[i].is_none()).collect())
    }

    /// The engine's results, with the counts the index knows exactly while shards are
    /// missing: every count of the unfiltered view, and the histogram of a date range.
    pub fn results(&self, q: &Query, d: Data) -> Results {
        let mut r = d.engine.run(q);
        if self.complete() {
            return r;
        }
        let date_only = Query { from: None, to: None, ..q.clone() }.is_empty();
        if q.is_empty() {
            r.facets = self.totals().clone();
        } else if date_only && query_words(&q.text).is_empty() {
            r.facets.days = self.totals().days.clone();
        }
        r
    }

    /// The unfiltered view's counts over every period, summed from the index once per page.
    pub fn totals(&self) -> &'static Facets {
        static ONCE: OnceLock<Facets> = OnceLock::new();
        ONCE.get_or_init(|| self.index.facets(self.base))
    }

    /// Loads what the query (or "show all") needs, unless a load is running or failed.
    pub fn follow(&self, q: &Query) {
        if self.status.get() != Status::Idle {
            return;
        }
        let missing = self.missing(q, self.want_all.get());
        if !missing.is_empty() {
            self.fetch(missing);
        }
    }

    fn fetch(&self, which: Vec<usize>) {
        let this = *self;
        this.status.set(Status::Loading(which.len()));
        leptos::task::spawn_local(async move {
            // Every request starts before the first is awaited (a `Promise` runs at once; an
            // `async fn` would wait to be polled): they load in parallel.
            let pending: Vec<_> =
                which.iter().map(|&i| (i, start_fetch(this.index.shards[i].file))).collect();
            // Every answer is awaited, failed or not: the shards that did arrive are kept (read
            // once per page), so a retry asks only for the others, and no request of this load
            // is still on its way when the reader can retry.
            let mut got = vec![];
            let mut failed = false;
            for (i, p) in pending {
                match finish_fetch(p).await {
                    Ok(s) => got.push((i, s)),
                    Err(e) => {
                        web_sys::console::error_1(&format!("chronocarte: archive shard {i}: {e}").into());
                        failed = true;
                    }
                }
            }
            if failed {
                this.status.set(Status::Failed);
                return;
            }
            let mut shards: Vec<&Shard> = this.loaded.with_value(|l| l.iter().flatten().copied().collect());
            shards.extend(got.iter().map(|g| g.1));
            let merged = match merge(this.base, &shards) {
                Ok(b) => b,
                Err(e) => {
                    web_sys::console::error_1(&format!("chronocarte: archive: {}", e.0).into());
                    this.status.set(Status::Failed);
                    return;
                }
            };
            this.loaded.update_value(|l| got.into_iter().for_each(|(i, s)| l[i] = Some(s)));
            // Leaked: a merge happens a few times per page at most, and the cards and the
            // engine hold `'static` references into it.
            let bundle: &'static Bundle<'static> = Box::leak(Box::new(merged));
            let engine = Box::leak(Box::new(Engine::new(bundle)));
            this.data.set(Data { bundle, engine });
            this.status.set(Status::Idle);
        });
    }
}

thread_local! {
    /// Shards read so far, by file name: another widget of the same story on the page reuses
    /// them instead of fetching them again.
    static READ: std::cell::RefCell<std::collections::HashMap<&'static str, &'static Shard<'static>>> =
        Default::default();
}

/// A shard being fetched (or already read).
enum Pending {
    Read(&'static Shard<'static>),
    Fetching(&'static str, String, Result<js_sys::Promise, String>),
}

/// Starts fetching the file next to the wasm, unless it was read already.
fn start_fetch(file: &'static str) -> Pending {
    if let Some(s) = READ.with(|r| r.borrow().get(file).copied()) {
        return Pending::Read(s);
    }
    let url = MODULE_URL.with(|base| web_sys::Url::new_with_base(file, base).map(|u| u.href()));
    let url = url.unwrap_or_else(|_| file.to_owned());
    let promise = web_sys::window().ok_or_else(|| "no window".to_owned()).map(|w| w.fetch_with_str(&url));
    Pending::Fetching(file, url, promise)
}

/// Waits for the file and reads it as a shard.
async fn finish_fetch(p: Pending) -> Result<&'static Shard<'static>, String> {
    let (file, url, promise) = match p {
        Pending::Read(s) => return Ok(s),
        Pending::Fetching(file, url, promise) => (file, url, promise?),
    };
    let fail = |what: &str| format!("{what} ({url})");
    let resp = JsFuture::from(promise).await.map_err(|_| fail("network error"))?;
    let resp: web_sys::Response = resp.unchecked_into();
    if !resp.ok() {
        return Err(fail(&format!("HTTP {}", resp.status())));
    }
    let buf = resp.array_buffer().map_err(|_| fail("unreadable body"))?;
    let buf = JsFuture::from(buf).await.map_err(|_| fail("unreadable body"))?;
    let bytes: &'static [u8] = Box::leak(js_sys::Uint8Array::new(&buf).to_vec().into_boxed_slice());
    let shard: &'static Shard<'static> =
        Box::leak(Box::new(Shard::from_bytes(bytes).map_err(|e| fail(&e.0))?));
    READ.with(|r| r.borrow_mut().insert(file, shard));
    Ok(shard)
}
