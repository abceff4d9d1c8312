//! A story too large for one bundle: its events in period shards, loaded when a reader needs
//! them.
//!
//! Why: the bundle grows by 124 to 665 bytes per event, mostly verbatim quotes. A newsroom
//! that covers a war for two years has tens of thousands of events, and its readers are on
//! phones. So above a size the baker (`chronocarte_corpus::bake::shard`) writes:
//! - the bundle as usual, with every article, actor, place and the map, but only the events
//!   of the latest episode (or of the latest period, when the episode is too large);
//! - one [`Shard`] file per earlier period (a calendar month, or several quiet months), named
//!   by a hash of its content so a static host can cache it forever;
//! - an [`Archive`] index baked into the widget: per shard, its file, date range and counts
//!   per actor, type, place and source, and its day histogram. The counts of the unfiltered
//!   view ([`Archive::facets`]) are therefore exact before any shard loads.
//!
//! The widget loads the shards a query needs ([`Archive::needed`]) and [`merge`]s them into
//! one bundle, whose events are then the same, in the same order, as the single-bundle
//! build's (a test bakes a story both ways and compares).
use crate::filter::{Facets, Histogram, Query};
use crate::{string_table, Bundle, Event, Invalid, Str};
use serde::{Deserialize, Serialize};

/// Format version of [`Archive`] and [`Shard`]; bump when their layout changes.
pub const VERSION: u32 = 1;

/// The index of a sharded story, compiled into the widget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Archive<'a> {
    pub version: u32,
    /// In chronological order; the last one's events are the bundle's own (its `file` is
    /// empty).
    #[serde(borrow)]
    pub shards: Vec<ShardInfo<'a>>,
    /// First event start and last event end over every shard (the single bundle's
    /// [`crate::filter::Engine::day_range`]).
    pub first_day: i32,
    pub last_day: i32,
}

/// `(index, events)` pairs, for the values that occur in a shard.
pub type Counts = Vec<(u32, u32)>;

/// One period of the archive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardInfo<'a> {
    /// File name next to the wasm (`events-2023-09-<hash>.bin`); empty for the period whose
    /// events are in the bundle.
    pub file: &'a str,
    /// First start day and last end day of its events. The shards partition the events by
    /// start day; an event may end in a later period, so the ranges can overlap.
    pub start: i32,
    pub end: i32,
    pub events: u32,
    pub actors: Counts,
    /// By [`crate::EventKind::index`].
    pub kinds: Counts,
    pub places: Counts,
    pub outlets: Counts,
    pub articles: Counts,
    /// Events per start day, `(day, count)`.
    pub days: Vec<(i32, u32)>,
}

/// The events of one period, with the strings they use (their [`Str`]s index this table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shard<'a> {
    pub version: u32,
    #[serde(borrow, with = "string_table")]
    pub strings: Vec<&'a str>,
    pub events: Vec<Event>,
}

impl<'a> Archive<'a> {
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Invalid> {
        let a: Self = postcard::from_bytes(bytes).map_err(|e| Invalid(format!("archive index: {e}")))?;
        check_version("archive index", a.version)?;
        Ok(a)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("archive serialises")
    }

    pub fn total_events(&self) -> u32 {
        self.shards.iter().map(|s| s.events).sum()
    }

    /// Index of the period whose events the bundle holds.
    pub fn embedded(&self) -> Option<usize> {
        self.shards.iter().position(|s| s.file.is_empty())
    }

    /// The facet counts and histogram of the unfiltered view over every shard: what
    /// [`crate::filter::Engine::run`] gives for an empty query on the single bundle.
    pub fn facets(&self, b: &Bundle) -> Facets {
        let add = |n: usize, pick: for<'s> fn(&'s ShardInfo<'a>) -> &'s Counts| {
            let mut v = vec![0u32; n];
            for (i, c) in self.shards.iter().flat_map(pick) {
                if let Some(x) = v.get_mut(*i as usize) {
                    *x += c;
                }
            }
            v
        };
        let len = (self.last_day - self.first_day + 1).max(0) as usize;
        let mut days = vec![0u32; len];
        for (d, c) in self.shards.iter().flat_map(|s| &s.days) {
            if let Some(x) = days.get_mut((d - self.first_day) as usize) {
                *x += c;
            }
        }
        Facets {
            actors: add(b.actors.len(), |s| &s.actors),
            kinds: add(crate::EventKind::ALL.len(), |s| &s.kinds),
            places: add(b.places.len(), |s| &s.places),
            outlets: add(b.outlets.len(), |s| &s.outlets),
            articles: add(b.articles.len(), |s| &s.articles),
            days: Histogram { first_day: self.first_day, counts: days },
        }
    }

    /// The shards a query needs before its results and counts are exact:
    /// - none for the unfiltered view (the latest period is shown, the counts come from the
    ///   index);
    /// - those whose period overlaps the date range when the query is a date range alone (its
    ///   histogram leaves the date out, so the index's histogram is still exact);
    /// - every shard for any other filter: its facet counts and histogram span every period.
    pub fn needed(&self, q: &Query) -> Vec<usize> {
        if q.is_empty() {
            return vec![];
        }
        let date_only = q.actors.is_empty()
            && q.kinds.is_empty()
            && q.places.is_empty()
            && q.outlets.is_empty()
            && q.articles.is_empty()
            && crate::filter::query_words(&q.text).is_empty();
        let (from, to) = (q.from.unwrap_or(i32::MIN), q.to.unwrap_or(i32::MAX));
        (0..self.shards.len())
            .filter(|&i| !self.shards[i].file.is_empty())
            .filter(|&i| !date_only || (self.shards[i].start <= to && self.shards[i].end >= from))
            .collect()
    }
}

fn check_version(what: &str, v: u32) -> Result<(), Invalid> {
    if v != VERSION {
        return Err(Invalid(format!("{what} version {v} != {VERSION}: rebuild")));
    }
    Ok(())
}

impl<'a> Shard<'a> {
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Invalid> {
        let s: Self = postcard::from_bytes(bytes).map_err(|e| Invalid(format!("archive shard: {e}")))?;
        check_version("archive shard", s.version)?;
        let n = s.strings.len() as u32;
        let mut ok = true;
        for e in &s.events {
            e.each_str(&mut |x| ok &= x.0 < n);
        }
        if !ok {
            return Err(Invalid("archive shard: a string index is out of range".into()));
        }
        Ok(s)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("shard serialises")
    }
}

impl Event {
    /// Calls `f` on every string index of the event (its id, date words, quotes, claimants
    /// and aliases): what moves when events change string tables.
    pub fn each_str(&self, f: &mut impl FnMut(Str)) {
        let opt = |s: Option<Str>| s.into_iter();
        let claim = self.fatalities.as_ref().and_then(|x| x.claimed_by);
        let mentions = self.mentions.iter().flat_map(|m| [Some(m.quote), m.claimed_by]).flatten();
        [self.id]
            .into_iter()
            .chain(opt(self.date_expr))
            .chain(opt(claim))
            .chain(mentions)
            .chain(self.aliases.iter().copied())
            .for_each(f);
    }

    /// Like [`Event::each_str`], to rewrite them.
    pub fn each_str_mut(&mut self, f: &mut impl FnMut(&mut Str)) {
        f(&mut self.id);
        if let Some(s) = &mut self.date_expr {
            f(s);
        }
        if let Some(s) = self.fatalities.as_mut().and_then(|x| x.claimed_by.as_mut()) {
            f(s);
        }
        for m in &mut self.mentions {
            f(&mut m.quote);
            if let Some(s) = &mut m.claimed_by {
                f(s);
            }
        }
        self.aliases.iter_mut().for_each(f);
    }
}

/// The bundle with the events of `shards` added, in chronological order: shards are periods
/// of start days, so their events go before the bundle's own (the latest period) in the
/// order of their start. Strings are appended, so the bundle's own indexes do not move.
///
/// The result is [validated](Bundle::validate): a shard comes over the network, and one
/// that names an article, actor or place the bundle lacks, or breaks the order, is refused
/// here rather than crashing the widget later.
pub fn merge<'a>(base: &Bundle<'a>, shards: &[&Shard<'a>]) -> Result<Bundle<'a>, Invalid> {
    let mut order: Vec<&Shard<'a>> = shards.to_vec();
    order.sort_by_key(|s| s.events.first().map(|e| e.start));
    let mut out = Bundle { events: vec![], ..base.clone() };
    for s in order {
        let offset = out.strings.len() as u32;
        out.strings.extend_from_slice(&s.strings);
        out.events.extend(s.events.iter().cloned().map(|mut e| {
            e.each_str_mut(&mut |x| x.0 = x.0.saturating_add(offset));
            e
        }));
    }
    out.events.extend_from_slice(&base.events);
    out.validate()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(file: &'static str, start: i32, end: i32) -> ShardInfo<'static> {
        let none = Vec::new;
        ShardInfo {
            file,
            start,
            end,
            events: 1,
            actors: none(),
            kinds: none(),
            places: none(),
            outlets: none(),
            articles: none(),
            days: vec![(start, 1)],
        }
    }

    fn archive() -> Archive<'static> {
        Archive {
            version: VERSION,
            shards: vec![info("a.bin", 0, 40), info("b.bin", 31, 59), info("", 60, 90)],
            first_day: 0,
            last_day: 90,
        }
    }

    #[test]
    fn the_unfiltered_view_needs_no_shard() {
        assert_eq!(archive().needed(&Query::default()), Vec::<usize>::new());
        assert_eq!(archive().needed(&Query { text: " ,; ".into(), ..Query::default() }), Vec::<usize>::new());
    }

    #[test]
    fn a_date_range_needs_the_periods_it_overlaps_and_never_the_embedded_one() {
        let range = |from, to| Query { from, to, ..Query::default() };
        assert_eq!(archive().needed(&range(Some(45), None)), vec![1]);
        // An event of the first period runs to day 40: a range from day 35 needs it too.
        assert_eq!(archive().needed(&range(Some(35), Some(50))), vec![0, 1]);
        assert_eq!(archive().needed(&range(Some(70), Some(80))), Vec::<usize>::new());
        assert_eq!(archive().needed(&range(None, Some(10))), vec![0]);
    }

    #[test]
    fn any_other_filter_needs_every_shard() {
        let a = archive();
        assert_eq!(a.needed(&Query { actors: vec![0], ..Query::default() }), vec![0, 1]);
        assert_eq!(
            a.needed(&Query { text: "Stepanakert".into(), from: Some(70), ..Query::default() }),
            vec![0, 1]
        );
    }

    #[test]
    fn the_index_round_trips_and_refuses_another_version() {
        let bytes = archive().to_bytes();
        assert_eq!(Archive::from_bytes(&bytes).unwrap(), archive());
        let old = Archive { version: VERSION + 1, ..archive() }.to_bytes();
        assert!(Archive::from_bytes(&old).unwrap_err().0.contains("rebuild"));
        assert!(Archive::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    }

    #[test]
    fn a_shard_that_names_what_the_bundle_lacks_is_refused() {
        let base = crate::synth::small_bundle();
        let mut event = base.events[0].clone();
        event.each_str_mut(&mut |s| *s = Str(0));
        let good = Shard { version: VERSION, strings: vec!["x"], events: vec![event.clone()] };
        let good = Shard::from_bytes(Box::leak(good.to_bytes().into_boxed_slice())).unwrap();
        assert!(merge(&base, &[&good]).is_ok());
        let bad_place =
            Shard { events: vec![crate::Event { place: Some(9_999), ..event.clone() }], ..good.clone() };
        assert!(merge(&base, &[&bad_place]).is_err());
        let bad_string = Shard { strings: vec![], ..good.clone() };
        assert!(Shard::from_bytes(&bad_string.to_bytes()).is_err());
    }
}
