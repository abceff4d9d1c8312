//! The pure filter engine: per-facet bitset indexes, dates sorted, folded text.
//!
//! Semantics (shared by [`Engine::run`] and [`naive`], which the proptest compares):
//! - within a facet, values are OR-ed ("any of the chosen actors"); facets are AND-ed;
//! - source = chosen outlets ∪ chosen articles: an event matches when one of its mentions
//!   comes from a chosen article or from an article of a chosen outlet;
//! - dates: the event's `[start, end]` overlaps `[from, to]` (either bound optional);
//! - text: every word of the query is the prefix of a word of one of the event's quotes,
//!   ignoring case and accents;
//! - facet counts for a facet are computed with every *other* filter applied, so they
//!   tell how many results choosing that value would add or keep;
//! - the day histogram counts events by start day with every filter except the date applied.
use crate::bitset::Bitset;
use crate::fold::{fold, words};
use crate::{Bundle, EventKind};
use std::borrow::Cow;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub actors: Vec<u32>,
    pub kinds: Vec<EventKind>,
    pub places: Vec<u32>,
    pub outlets: Vec<u32>,
    pub articles: Vec<u32>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub text: String,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        *self == Query::default() || (self.active_count() == 0)
    }
    /// Number of active filters (for "clear all" and badges).
    pub fn active_count(&self) -> usize {
        self.actors.len()
            + self.kinds.len()
            + self.places.len()
            + self.outlets.len()
            + self.articles.len()
            + usize::from(self.from.is_some() || self.to.is_some())
            + usize::from(!query_words(&self.text).is_empty())
    }
}

/// Folded query words.
pub fn query_words(text: &str) -> Vec<String> {
    let f = fold(text);
    words(&f).map(str::to_owned).collect()
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histogram {
    /// Day of `counts[0]`.
    pub first_day: i32,
    pub counts: Vec<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub actors: Vec<u32>,
    pub kinds: Vec<u32>,
    pub places: Vec<u32>,
    pub outlets: Vec<u32>,
    pub articles: Vec<u32>,
    pub days: Histogram,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Matching events, chronological.
    pub events: Vec<u32>,
    pub facets: Facets,
}

/// Sorted vocabulary of folded quote words with their postings.
#[derive(Debug, Clone, Default)]
struct TextIndex {
    words: Vec<String>,
    postings: Vec<Vec<u32>>,
}

/// The indexes over one bundle. The text index is built on first use (or by
/// [`Engine::warm_text`]): folding every quote is most of the start-up cost of a large corpus,
/// and most readers never search.
#[derive(Debug, Clone)]
pub struct Engine<'a> {
    bundle: &'a Bundle<'a>,
    n: usize,
    by_actor: Vec<Bitset>,
    by_kind: Vec<Bitset>,
    by_place: Vec<Bitset>,
    by_outlet: Vec<Bitset>,
    /// Articles are many: sparse sorted postings instead of bitsets.
    by_article: Vec<Vec<u32>>,
    start: Vec<i32>,
    end: Vec<i32>,
    max_span: i32,
    first_day: i32,
    last_day: i32,
    text: std::sync::OnceLock<TextIndex>,
}

const F_ACTOR: usize = 0;
const F_KIND: usize = 1;
const F_PLACE: usize = 2;
const F_SOURCE: usize = 3;
const F_DATE: usize = 4;
const F_TEXT: usize = 5;
const NF: usize = 6;

impl TextIndex {
    fn build(b: &Bundle) -> Self {
        // A BTreeMap, not a HashMap: already sorted, and no hasher in the wasm.
        let mut vocab: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
        for (i, e) in b.events.iter().enumerate() {
            for m in &e.mentions {
                let f = fold(b.s(m.quote));
                for w in words(&f) {
                    match vocab.get_mut(w) {
                        Some(post) => {
                            if post.last() != Some(&(i as u32)) {
                                post.push(i as u32);
                            }
                        }
                        None => {
                            vocab.insert(w.to_owned(), vec![i as u32]);
                        }
                    }
                }
            }
        }
        let (words, postings) = vocab.into_iter().unzip();
        TextIndex { words, postings }
    }
}

impl<'a> Engine<'a> {
    /// Builds the indexes. Events must be sorted by start (as [`Bundle::validate`] checks).
    pub fn new(b: &'a Bundle<'a>) -> Self {
        let n = b.events.len();
        let mk = |k: usize| vec![Bitset::empty(n); k];
        let (mut by_actor, mut by_kind, mut by_place) =
            (mk(b.actors.len()), mk(EventKind::ALL.len()), mk(b.places.len()));
        let mut by_outlet = mk(b.outlets.len());
        let mut by_article: Vec<Vec<u32>> = vec![vec![]; b.articles.len()];
        let mut max_span = 0;
        for (i, e) in b.events.iter().enumerate() {
            for a in &e.actors {
                by_actor[a.actor as usize].set(i);
            }
            by_kind[e.kind.index()].set(i);
            if let Some(p) = e.place {
                by_place[p as usize].set(i);
            }
            for m in &e.mentions {
                let post = &mut by_article[m.article as usize];
                if post.last() != Some(&(i as u32)) {
                    post.push(i as u32);
                }
                if let Some(o) = b.articles[m.article as usize].outlet {
                    by_outlet[o as usize].set(i);
                }
            }
            max_span = max_span.max(e.end - e.start);
        }
        let start: Vec<i32> = b.events.iter().map(|e| e.start).collect();
        let end: Vec<i32> = b.events.iter().map(|e| e.end).collect();
        assert!(start.windows(2).all(|w| w[0] <= w[1]), "events must be sorted by start");
        let first_day = start.first().copied().unwrap_or(0);
        let last_day = end.iter().copied().max().unwrap_or(first_day);
        Engine {
            bundle: b,
            n,
            by_actor,
            by_kind,
            by_place,
            by_outlet,
            by_article,
            start,
            end,
            max_span,
            first_day,
            last_day,
            text: std::sync::OnceLock::new(),
        }
    }

    /// Builds the text index now (the widget calls it when the search box gets focus, so
    /// the first keystroke does not pay for it).
    pub fn warm_text(&self) {
        self.text_index();
    }

    fn text_index(&self) -> &TextIndex {
        self.text.get_or_init(|| TextIndex::build(self.bundle))
    }

    pub fn len(&self) -> usize {
        self.n
    }
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }
    /// First and last day covered by the corpus.
    pub fn day_range(&self) -> (i32, i32) {
        (self.first_day, self.last_day)
    }

    fn union(n: usize, idx: &[Bitset], values: impl Iterator<Item = usize>) -> Bitset {
        let mut m = Bitset::empty(n);
        for v in values {
            if let Some(b) = idx.get(v) {
                m.or_with(b);
            }
        }
        m
    }

    /// Events whose `[start, end]` overlaps `[from, to]`.
    pub fn date_mask(&self, from: Option<i32>, to: Option<i32>) -> Bitset {
        let from = from.unwrap_or(i32::MIN);
        let to = to.unwrap_or(i32::MAX);
        let mut m = Bitset::empty(self.n);
        let hi = self.start.partition_point(|&s| s <= to);
        let lo = self.start.partition_point(|&s| s < from.saturating_sub(self.max_span));
        for i in lo..hi.max(lo) {
            if self.end[i] >= from {
                m.set(i);
            }
        }
        m
    }

    /// Events matching every query word as a word prefix (None: no text filter).
    pub fn text_mask(&self, text: &str) -> Option<Bitset> {
        let q = query_words(text);
        if q.is_empty() {
            return None;
        }
        let mut acc: Option<Bitset> = None;
        let text = self.text_index();
        for w in &q {
            let mut m = Bitset::empty(self.n);
            let lo = text.words.partition_point(|x| x.as_str() < w.as_str());
            for (word, post) in text.words[lo..].iter().zip(&text.postings[lo..]) {
                if !word.starts_with(w.as_str()) {
                    break;
                }
                for &i in post {
                    m.set(i as usize);
                }
            }
            match &mut acc {
                None => acc = Some(m),
                Some(a) => a.and_with(&m),
            }
        }
        acc
    }

    /// One mask per facet (None: facet inactive).
    fn masks(&self, q: &Query) -> [Option<Bitset>; NF] {
        let n = self.n;
        let mut out: [Option<Bitset>; NF] = Default::default();
        if !q.actors.is_empty() {
            out[F_ACTOR] = Some(Self::union(n, &self.by_actor, q.actors.iter().map(|&v| v as usize)));
        }
        if !q.kinds.is_empty() {
            out[F_KIND] = Some(Self::union(n, &self.by_kind, q.kinds.iter().map(|k| k.index())));
        }
        if !q.places.is_empty() {
            out[F_PLACE] = Some(Self::union(n, &self.by_place, q.places.iter().map(|&v| v as usize)));
        }
        if !q.outlets.is_empty() || !q.articles.is_empty() {
            let mut m = Self::union(n, &self.by_outlet, q.outlets.iter().map(|&v| v as usize));
            for &a in &q.articles {
                for &i in self.by_article.get(a as usize).map(Vec::as_slice).unwrap_or(&[]) {
                    m.set(i as usize);
                }
            }
            out[F_SOURCE] = Some(m);
        }
        if q.from.is_some() || q.to.is_some() {
            out[F_DATE] = Some(self.date_mask(q.from, q.to));
        }
        out[F_TEXT] = self.text_mask(&q.text);
        out
    }

    fn combine(&self, masks: &[Option<Bitset>; NF], except: Option<usize>) -> Bitset {
        let mut acc = Bitset::full(self.n);
        for (f, m) in masks.iter().enumerate() {
            if Some(f) != except {
                if let Some(m) = m {
                    acc.and_with(m);
                }
            }
        }
        acc
    }

    fn counts(base: &Bitset, idx: &[Bitset]) -> Vec<u32> {
        idx.iter().map(|b| base.count_and(b)).collect()
    }

    /// Matching events only (no facets).
    pub fn matches(&self, q: &Query) -> Vec<u32> {
        let masks = self.masks(q);
        self.combine(&masks, None).ones().map(|i| i as u32).collect()
    }

    /// Matching events plus facet counts and the day histogram.
    pub fn run(&self, q: &Query) -> Results {
        let masks = self.masks(q);
        let all = self.combine(&masks, None);
        let events = all.ones().map(|i| i as u32).collect();
        let base = |f: usize| {
            if masks[f].is_some() {
                Cow::Owned(self.combine(&masks, Some(f)))
            } else {
                Cow::Borrowed(&all)
            }
        };
        let src = base(F_SOURCE);
        let date_base = base(F_DATE);
        let articles = self
            .by_article
            .iter()
            .map(|post| post.iter().filter(|&&i| src.get(i as usize)).count() as u32)
            .collect();
        let mut days = vec![0u32; (self.last_day - self.first_day + 1).max(0) as usize];
        for i in date_base.ones() {
            days[(self.start[i] - self.first_day) as usize] += 1;
        }
        Results {
            events,
            facets: Facets {
                actors: Self::counts(&base(F_ACTOR), &self.by_actor),
                kinds: Self::counts(&base(F_KIND), &self.by_kind),
                places: Self::counts(&base(F_PLACE), &self.by_place),
                outlets: Self::counts(&src, &self.by_outlet),
                articles,
                days: Histogram { first_day: self.first_day, counts: days },
            },
        }
    }
}

/// The reference implementation: a straightforward scan, used by tests.
pub fn naive(b: &Bundle, q: &Query) -> Results {
    let qw = query_words(&q.text);
    let text_ok = |e: &crate::Event| {
        qw.iter().all(|w| {
            e.mentions.iter().any(|m| {
                let f = fold(b.s(m.quote));
                let hit = words(&f).any(|x| x.starts_with(w.as_str()));
                hit
            })
        })
    };
    let tests = |e: &crate::Event, skip: usize| -> bool {
        (skip == F_ACTOR || q.actors.is_empty() || e.actors.iter().any(|a| q.actors.contains(&a.actor)))
            && (skip == F_KIND || q.kinds.is_empty() || q.kinds.contains(&e.kind))
            && (skip == F_PLACE || q.places.is_empty() || e.place.is_some_and(|p| q.places.contains(&p)))
            && (skip == F_SOURCE
                || (q.outlets.is_empty() && q.articles.is_empty())
                || e.mentions.iter().any(|m| {
                    q.articles.contains(&m.article)
                        || b.articles[m.article as usize].outlet.is_some_and(|o| q.outlets.contains(&o))
                }))
            && (skip == F_DATE || (q.from.is_none_or(|f| e.end >= f) && q.to.is_none_or(|t| e.start <= t)))
            && (skip == F_TEXT || text_ok(e))
    };
    let mut r = Results::default();
    let first = b.events.first().map(|e| e.start).unwrap_or(0);
    let last = b.events.iter().map(|e| e.end).max().unwrap_or(first);
    r.facets.actors = vec![0; b.actors.len()];
    r.facets.kinds = vec![0; EventKind::ALL.len()];
    r.facets.places = vec![0; b.places.len()];
    r.facets.outlets = vec![0; b.outlets.len()];
    r.facets.articles = vec![0; b.articles.len()];
    r.facets.days = Histogram { first_day: first, counts: vec![0; (last - first + 1).max(0) as usize] };
    for (i, e) in b.events.iter().enumerate() {
        if tests(e, usize::MAX) {
            r.events.push(i as u32);
        }
        if tests(e, F_ACTOR) {
            let mut seen = vec![];
            for a in &e.actors {
                if !seen.contains(&a.actor) {
                    seen.push(a.actor);
                    r.facets.actors[a.actor as usize] += 1;
                }
            }
        }
        if tests(e, F_KIND) {
            r.facets.kinds[e.kind.index()] += 1;
        }
        if tests(e, F_PLACE) {
            if let Some(p) = e.place {
                r.facets.places[p as usize] += 1;
            }
        }
        if tests(e, F_SOURCE) {
            let mut arts: Vec<u32> = e.mentions.iter().map(|m| m.article).collect();
            arts.sort_unstable();
            arts.dedup();
            let mut outs: Vec<u32> = arts.iter().filter_map(|&a| b.articles[a as usize].outlet).collect();
            outs.sort_unstable();
            outs.dedup();
            for a in arts {
                r.facets.articles[a as usize] += 1;
            }
            for o in outs {
                r.facets.outlets[o as usize] += 1;
            }
        }
        if tests(e, F_DATE) {
            r.facets.days.counts[(e.start - first) as usize] += 1;
        }
    }
    r
}
