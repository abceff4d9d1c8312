//! Per-instance state, provided in context: the filter query (signals) and derived memos.
//! Filtering itself lives in `chronocarte_model::filter`.
use crate::data;
use crate::i18n::Lang;
use chronocarte_model::filter::{query_words, Engine, Query, Results};
use chronocarte_model::fragment::{Parsed, State, View};
use chronocarte_model::{Bundle, EventKind};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Store {
    /// The embedded bundle. In a story baked in shards its events are the latest period's
    /// only: what needs events reads [`Store::data`].
    pub bundle: &'static Bundle<'static>,
    #[cfg(not(chronocarte_archive))]
    engine: &'static Engine<'static>,
    /// A story baked in shards: the index and the periods loaded so far.
    #[cfg(chronocarte_archive)]
    pub archive: crate::archive::State,
    pub query: RwSignal<Query>,
    pub lang: RwSignal<Lang>,
    pub view: RwSignal<View>,
    /// Place under the pointer or keyboard focus on the map.
    pub hover_place: RwSignal<Option<u32>>,
    pub results: Memo<Results>,
    /// How many events the list renders (grows with "show more").
    pub limit: RwSignal<usize>,
    /// Default language of this instance (not written to the fragment).
    pub default_lang: Lang,
    /// The event a link points at: highlighted, its sources open, scrolled into view.
    pub focus: RwSignal<Option<u32>>,
    /// Set when a link asks for `focus` to be scrolled into view; cleared once done, so a
    /// card re-created by a later filter change does not make the page jump again.
    pub scroll_to_focus: RwSignal<bool>,
    /// What the last link opened could not honour (shown to the reader until closed).
    pub notice: RwSignal<Option<(Parsed, bool)>>,
    /// Whether the state lives in the URL (then each event offers a link to itself).
    pub url_state: bool,
    /// Whether the filter panel (facets and timeline) is open.
    pub panel_open: RwSignal<bool>,
    /// Unique per page: prefixes element ids.
    pub id: u32,
}

/// Cards rendered at first and added by "Afficher plus": 15, about three screens on a
/// desktop and five on a phone. A filter click re-renders this many cards, which is most of
/// its cost at 1k articles (measured, click to next frame: 17.7 ms with 30 cards, 11.2 ms
/// with 8; BENCHMARKS.md).
pub const PAGE: usize = 15;

impl Store {
    pub fn new(default_lang: Lang, url_state: bool) -> Self {
        let engine = data::engine();
        crate::mark("chronocarte-data");
        let query = RwSignal::new(Query::default());
        #[cfg(not(chronocarte_archive))]
        let results = Memo::new(move |_| query.with(|q| engine.run(q)));
        #[cfg(chronocarte_archive)]
        let archive = crate::archive::State::new(data::bundle(), engine);
        #[cfg(chronocarte_archive)]
        let results = Memo::new(move |_| {
            let d = archive.data.get();
            query.with(|q| archive.results(q, d))
        });
        #[cfg(chronocarte_archive)]
        Effect::new(move |_| query.with(|q| archive.follow(q)));
        Store {
            bundle: data::bundle(),
            #[cfg(not(chronocarte_archive))]
            engine,
            #[cfg(chronocarte_archive)]
            archive,
            query,
            lang: RwSignal::new(default_lang),
            view: RwSignal::new(View::default()),
            hover_place: RwSignal::new(None),
            results,
            limit: RwSignal::new(PAGE),
            default_lang,
            focus: RwSignal::new(None),
            scroll_to_focus: RwSignal::new(false),
            notice: RwSignal::new(None),
            url_state,
            panel_open: RwSignal::new(false),
            id: {
                use std::sync::atomic::{AtomicU32, Ordering};
                static NEXT: AtomicU32 = AtomicU32::new(1);
                NEXT.fetch_add(1, Ordering::Relaxed)
            },
        }
    }

    /// The bundle whose events [`Store::results`] indexes. In a story baked in shards it
    /// changes when periods load (untracked here: what shows events re-renders then, see
    /// [`Store::track_data`]).
    #[cfg(not(chronocarte_archive))]
    pub fn data(&self) -> &'static Bundle<'static> {
        self.bundle
    }
    #[cfg(chronocarte_archive)]
    pub fn data(&self) -> &'static Bundle<'static> {
        self.archive.data.get_untracked().bundle
    }

    /// The engine over [`Store::data`].
    #[cfg(not(chronocarte_archive))]
    pub fn engine(&self) -> &'static Engine<'static> {
        self.engine
    }
    #[cfg(chronocarte_archive)]
    pub fn engine(&self) -> &'static Engine<'static> {
        self.archive.data.get_untracked().engine
    }

    /// Subscribes the current reactive scope to loads of archive periods (a no-op for a
    /// story in one bundle): views that hold event indexes are rebuilt when they move.
    pub fn track_data(&self) {
        #[cfg(chronocarte_archive)]
        self.archive.data.track();
    }

    /// The reader chose the whole period: in a story baked in shards, every period loads.
    #[cfg(chronocarte_archive)]
    pub fn want_everything(&self) {
        self.archive.want_all.set(true);
    }

    /// Events in the whole story (loaded or not).
    pub fn total_events(&self) -> usize {
        #[cfg(chronocarte_archive)]
        return self.archive.total();
        #[cfg(not(chronocarte_archive))]
        self.bundle.events.len()
    }

    /// The unfiltered view's counts, over the whole story.
    pub fn all_facets(&self) -> chronocarte_model::filter::Facets {
        #[cfg(chronocarte_archive)]
        return self.archive.totals().clone();
        #[cfg(not(chronocarte_archive))]
        self.engine.run(&Query::default()).facets
    }

    /// First and last day of the whole story.
    pub fn day_range(&self) -> (i32, i32) {
        #[cfg(chronocarte_archive)]
        return (self.archive.index.first_day, self.archive.index.last_day);
        #[cfg(not(chronocarte_archive))]
        self.engine.day_range()
    }

    pub fn s(&self, s: chronocarte_model::Str) -> &'static str {
        self.data().s(s)
    }

    /// A story text in the interface's language (the French one when the English is empty).
    pub fn text(&self, t: chronocarte_model::Text, lang: Lang) -> &'static str {
        let en = self.s(t.en);
        if lang == Lang::En && !en.is_empty() {
            en
        } else {
            self.s(t.fr)
        }
    }

    /// Updates the query and resets the list's length.
    pub fn update(&self, f: impl FnOnce(&mut Query)) {
        self.query.update(f);
        self.limit.set(PAGE);
    }

    pub fn toggle_actor(&self, a: u32) {
        self.update(|q| toggle(&mut q.actors, a));
    }
    pub fn toggle_kind(&self, k: EventKind) {
        self.update(|q| toggle(&mut q.kinds, k));
    }
    pub fn toggle_place(&self, p: u32) {
        self.update(|q| toggle(&mut q.places, p));
    }
    pub fn toggle_outlet(&self, o: u32) {
        self.update(|q| toggle(&mut q.outlets, o));
    }
    pub fn toggle_article(&self, a: u32) {
        self.update(|q| toggle(&mut q.articles, a));
    }
    /// Filters set in the panel (the search box is in the toolbar, so it is not counted).
    pub fn panel_filter_count(&self) -> usize {
        self.query.with(|q| q.active_count() - usize::from(!query_words(&q.text).is_empty()))
    }
    pub fn clear(&self) {
        self.update(|q| *q = Query::default());
    }

    pub fn state(&self) -> State {
        State {
            query: self.query.get(),
            lang: Some(self.lang.get()).filter(|l| *l != self.default_lang),
            view: Some(self.view.get()).filter(|v| *v != View::default()),
            event: self.focus.get(),
        }
    }

    pub fn apply_state(&self, s: State) {
        if self.query.with_untracked(|q| *q != s.query) {
            self.query.set(s.query);
            self.limit.set(PAGE);
        }
        self.lang.set(s.lang.unwrap_or(self.default_lang));
        self.view.set(s.view.unwrap_or_default());
        if let Some(e) = s.event {
            // Show enough of the list to reach the linked event.
            if let Some(pos) = self.results.with_untracked(|r| r.events.iter().position(|&x| x == e)) {
                self.limit.update(|l| *l = (*l).max((pos / PAGE + 1) * PAGE));
            }
        }
        self.scroll_to_focus.set(s.event.is_some());
        self.focus.set(s.event);
    }

    /// Applies a parsed link and tells the reader what it could not honour.
    pub fn open_link(&self, parsed: Parsed) {
        let event = parsed.state.event;
        self.apply_state(parsed.state.clone());
        let hidden = event.is_some_and(|e| self.results.with_untracked(|r| !r.events.contains(&e)));
        self.notice.set((parsed.is_stale() || hidden).then_some((parsed, hidden)));
    }

    pub fn actor_label(&self, a: u32, lang: Lang) -> &'static str {
        let act = &self.bundle.actors[a as usize];
        self.s(if lang == Lang::Fr { act.label_fr } else { act.label_en })
    }
}

pub fn toggle<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if let Some(i) = v.iter().position(|y| *y == x) {
        v.remove(i);
    } else {
        v.push(x);
    }
}

/// An element id unique to this instance.
pub fn dom_id(store: &Store, name: &str) -> String {
    format!("cc-{}-{name}", store.id)
}

pub fn use_store() -> Store {
    // Not `expect_context`: its panic message formats the type name with `Debug`, whose
    // string escaping brings Unicode tables into the wasm (about 1 KB brotli).
    use_context::<Store>().unwrap_or_else(|| panic!("chronocarte: a component ran outside the widget"))
}

/// Moves the keyboard focus to the element with this id (a no-op if it is gone). By id
/// rather than through `NodeRef`s: each `NodeRef` element type is its own code in the wasm.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
