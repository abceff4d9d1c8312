//! Splits a large story's events into period shards (the format and why:
//! `chronocarte_model::archive`).
//!
//! Periods are calendar months of the events' start days; a month with fewer events than a
//! tenth of the threshold joins the next one, so a quiet stretch is one request, not ten.
//! The latest episode stays in the bundle (the periods since the story's last long gap, when
//! they hold no more events than the threshold; else the latest period): the first view
//! shows the story's current chapter whole and needs no extra request.
use chronocarte_model::archive::{self, Archive, Counts, Shard, ShardInfo};
use chronocarte_model::filter::{Engine, Query};
use chronocarte_model::{self as m, Str};
use std::collections::HashMap;
use std::ops::Range;

/// What a sharded story adds to its bundle (which keeps the latest episode's events).
#[derive(Debug, Clone, PartialEq)]
pub struct Files {
    /// The [`Archive`] index, compiled into the widget.
    pub index: Vec<u8>,
    /// The shard files, `(name, bytes)`, served next to the wasm.
    pub shards: Vec<(String, Vec<u8>)>,
}

/// Where the full bundle's string table changes hands: strings below `events_from` belong to
/// the story, the map, the articles, actors and places; from there to `paths_from`, to the
/// events that first used them; from `paths_from`, to the map's paths.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    pub events_from: u32,
    pub paths_from: u32,
}

/// Splits `b` (a validated, fully baked bundle) when it has more than `shard_above` events:
/// the new bundle's bytes and the archive's files.
pub(crate) fn shard(b: &m::Bundle, layout: Layout, shard_above: usize) -> Option<(Vec<u8>, Files)> {
    if b.events.len() <= shard_above {
        return None;
    }
    let periods = periods(&b.events, (shard_above / 10).max(1));
    let starts: Vec<i32> = b.events.iter().map(|e| e.start).collect();
    let episode = b.story.episodes.last().map(|e| e.start);
    let (earlier, kept) = periods.split_at(periods.len() - kept(&periods, &starts, episode, shard_above));
    let latest = kept.first()?.start..kept.last()?.end;
    let mut infos = vec![];
    let mut files = vec![];
    for r in earlier {
        let shard = shard_of(b, r.clone());
        let bytes = shard.to_bytes();
        let (y, mo, _) = m::date::civil_from_days(b.events[r.start].start);
        let name = format!("events-{y:04}-{mo:02}-{:016x}.bin", fnv1a(&bytes));
        infos.push(info(b, r.clone(), name.clone()));
        files.push((name, bytes));
    }
    infos.push(info(b, latest.clone(), String::new()));
    let base = base_of(b, layout, latest.clone());
    let index = Archive {
        version: archive::VERSION,
        shards: infos.iter().map(|(i, file)| ShardInfo { file: file.as_str(), ..i.clone() }).collect(),
        first_day: b.events.first().map_or(0, |e| e.start),
        last_day: b.events.iter().map(|e| e.end).max().unwrap_or(0),
    };
    Some((base.to_bytes(), Files { index: index.to_bytes(), shards: files }))
}

/// How many of the last `periods` stay in the bundle: every period with events of the latest
/// episode (from `episode_start`), so that the first view holds the story's current chapter
/// rather than its last month; only the latest period when that would be more than `cap`
/// events (a war covered for two years without a pause is one long episode).
fn kept(periods: &[Range<usize>], starts: &[i32], episode_start: Option<i32>, cap: usize) -> usize {
    let latest_only = 1.min(periods.len());
    let Some(from) = episode_start else { return latest_only };
    // The first period with an event of the episode.
    let first = periods.iter().position(|p| starts[p.end - 1] >= from).unwrap_or(periods.len());
    match periods.get(first) {
        Some(p) if starts.len() - p.start <= cap => periods.len() - first,
        _ => latest_only,
    }
}

/// Ranges of `events` (sorted by start), one per period.
fn periods(events: &[m::Event], min: usize) -> Vec<Range<usize>> {
    let month = |e: &m::Event| {
        let (y, mo, _) = m::date::civil_from_days(e.start);
        y * 12 + mo as i32
    };
    let mut out: Vec<Range<usize>> = vec![];
    let mut start = 0;
    for i in 1..=events.len() {
        let boundary = i == events.len() || month(&events[i]) != month(&events[i - 1]);
        if boundary && i - start >= min {
            out.push(start..i);
            start = i;
        }
    }
    // A quiet last stretch joins the period before it.
    if start < events.len() {
        match out.last_mut() {
            Some(last) => last.end = events.len(),
            None => out.push(start..events.len()),
        }
    }
    out
}

/// The events of `r` with their own string table.
fn shard_of<'a>(b: &m::Bundle<'a>, r: Range<usize>) -> Shard<'a> {
    let mut table = Table::default();
    let events = b.events[r].iter().map(|e| table.move_event(b, e)).collect();
    Shard { version: archive::VERSION, strings: table.strings, events }
}

/// The bundle with only the events of `latest`, and only the strings it still uses.
fn base_of<'a>(b: &m::Bundle<'a>, layout: Layout, latest: Range<usize>) -> m::Bundle<'a> {
    let mut table = Table::default();
    for (i, s) in b.strings[..layout.events_from as usize].iter().enumerate() {
        table.index.insert(s, i as u32);
        table.strings.push(s);
    }
    let events = b.events[latest].iter().map(|e| table.move_event(b, e)).collect();
    let paths_to = table.strings.len() as u32;
    table.strings.extend_from_slice(&b.strings[layout.paths_from as usize..]);
    let mut map = b.map.clone();
    for d in [&mut map.svg, &mut map.svg_detail] {
        d.0 = d.0 - layout.paths_from + paths_to;
    }
    m::Bundle { strings: table.strings, events, map, ..b.clone() }
}

/// A string table being built: every string once.
#[derive(Default)]
struct Table<'a> {
    strings: Vec<&'a str>,
    index: HashMap<&'a str, u32>,
}

impl<'a> Table<'a> {
    fn intern(&mut self, s: &'a str) -> Str {
        let next = self.strings.len() as u32;
        let i = *self.index.entry(s).or_insert(next);
        if i == next {
            self.strings.push(s);
        }
        Str(i)
    }

    /// A copy of `e` whose strings index this table.
    fn move_event(&mut self, b: &m::Bundle<'a>, e: &m::Event) -> m::Event {
        let mut e = e.clone();
        e.each_str_mut(&mut |s| *s = self.intern(b.s(*s)));
        e
    }
}

/// The index entry of the events in `r`, with the counts of the unfiltered view.
fn info(b: &m::Bundle, r: Range<usize>, file: String) -> (ShardInfo<'static>, String) {
    let part = m::Bundle { events: b.events[r].to_vec(), ..b.clone() };
    let f = Engine::new(&part).run(&Query::default()).facets;
    let sparse = |v: &[u32]| -> Counts {
        v.iter().enumerate().filter(|(_, &c)| c > 0).map(|(i, &c)| (i as u32, c)).collect()
    };
    let days = f.days.counts.iter().enumerate().filter(|(_, &c)| c > 0);
    let info = ShardInfo {
        file: "",
        start: part.events.first().map_or(0, |e| e.start),
        end: part.events.iter().map(|e| e.end).max().unwrap_or(0),
        events: part.events.len() as u32,
        actors: sparse(&f.actors),
        kinds: sparse(&f.kinds),
        places: sparse(&f.places),
        outlets: sparse(&f.outlets),
        articles: sparse(&f.articles),
        days: days.map(|(i, &c)| (f.days.first_day + i as i32, c)).collect(),
    };
    (info, file)
}

/// FNV-1a, 64 bits: a content hash for file names (a cache key, not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::kept;
    use chronocarte_model::date::days_from_civil;

    /// Three events on the 5th, 12th and 19th of each `(year, month)`, and their periods.
    fn months(list: &[(i32, u32)]) -> (Vec<i32>, Vec<std::ops::Range<usize>>) {
        let starts = list.iter().flat_map(|&(y, m)| [5, 12, 19].map(|d| days_from_civil(y, m, d))).collect();
        let periods = (0..list.len()).map(|i| 3 * i..3 * i + 3).collect();
        (starts, periods)
    }

    #[test]
    fn the_bundle_keeps_the_latest_episode_when_it_fits() {
        // January and February, a long gap, then June and July: the episode is June-July.
        let (starts, periods) = months(&[(2024, 1), (2024, 2), (2024, 6), (2024, 7)]);
        let june = days_from_civil(2024, 6, 1);
        assert_eq!(kept(&periods, &starts, Some(june), 6), 2);
        // An episode that starts inside a period keeps that period whole.
        assert_eq!(kept(&periods, &starts, Some(days_from_civil(2024, 6, 10)), 6), 2);
    }

    #[test]
    fn an_episode_too_large_for_the_bundle_keeps_only_the_latest_period() {
        let (starts, periods) = months(&[(2024, 1), (2024, 2), (2024, 6), (2024, 7)]);
        assert_eq!(kept(&periods, &starts, Some(days_from_civil(2024, 6, 1)), 5), 1);
        // A story without a pause is one episode: the latest period only.
        assert_eq!(kept(&periods, &starts, Some(days_from_civil(2024, 1, 1)), 11), 1);
        assert_eq!(kept(&periods, &starts, None, 100), 1);
    }

    #[test]
    fn an_episode_within_the_latest_period_keeps_that_period() {
        let (starts, periods) = months(&[(2024, 1), (2024, 2)]);
        assert_eq!(kept(&periods, &starts, Some(days_from_civil(2024, 2, 15)), 100), 1);
    }
}
