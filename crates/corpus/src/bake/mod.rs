//! Bake: turns an extraction into the compact bytes the widget embeds (see `chronocarte-model`).
//!
//! Strings are interned once, days become integers, events are sorted chronologically
//! (`start`, `end`, `id`), and the map geometry (`assets/geo/*.geojson`) is projected and
//! simplified into SVG paths ([`geo`]). The output is deterministic: the same inputs give
//! byte-identical bytes.
use crate::export::{self, Export};
use crate::story::Story;
use chronocarte_model as m;
use chronocarte_model::date::{civil_from_days, days_from_civil, parse_ymd};
use chronocarte_model::fold::fold;
use std::path::Path;

pub mod archive;
mod episodes;
pub mod geo;
mod headline;

/// A place as the baker needs it (from the gazetteer, or from an event's `PlaceRef`).
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceIn {
    pub id: String,
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
    /// Neutral display name ("Stepanakert / Khankendi").
    pub display: String,
    /// `(language tag, name)` in the story's order of name languages.
    pub names: Vec<(String, String)>,
}

/// An actor as the baker needs it (from the lexicon, or from an event's `ActorRef`).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorIn {
    pub id: String,
    pub label_fr: String,
    pub label_en: String,
    pub color: String,
}

/// The credit lines the widget shows under the map.
pub(crate) const CREDITS: [&str; 2] = ["Made with Natural Earth", "Place coordinates: GeoNames (CC BY 4.0)"];

pub fn slug(s: &str) -> String {
    let f = fold(s);
    let mut out = String::new();
    for c in f.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn last_day(start: i32, p: m::Precision) -> i32 {
    let (y, mo, _) = civil_from_days(start);
    match p {
        m::Precision::Day => start,
        m::Precision::Week => start + 6,
        m::Precision::Month => {
            let (ny, nm) = if mo == 12 { (y + 1, 1) } else { (y, mo + 1) };
            days_from_civil(ny, nm, 1) - 1
        }
        m::Precision::Year => days_from_civil(y + 1, 1, 1) - 1,
    }
}

fn area_radius(kind: &str, precision: Option<export::PlacePrecision>) -> Option<f32> {
    match (kind, precision) {
        ("corridor", _) => Some(10.0),
        ("region", _) | (_, Some(export::PlacePrecision::Region)) => Some(22.0),
        ("country", _) | (_, Some(export::PlacePrecision::Country)) => Some(45.0),
        _ => None,
    }
}

/// Bakes an export into one bundle's bytes, however many events it has. `warnings`
/// receives non-fatal problems.
pub fn bake(
    ex: &Export,
    places: &[PlaceIn],
    actors: &[ActorIn],
    story: &Story,
    world: &geo::World,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>, String> {
    Ok(bake_story(ex, places, actors, story, world, warnings, usize::MAX)?.bundle)
}

/// What the baker writes for a story: the bundle the widget embeds and, for a story of
/// more than `story.toml`'s `archive.shard_above` events, the archive index and its shard
/// files ([`archive`]).
#[derive(Debug, Clone)]
pub struct Baked {
    pub bundle: Vec<u8>,
    pub archive: Option<archive::Files>,
}

/// An event of the export with its first and last day, in the bundle's order.
type Dated<'a> = (i32, i32, &'a export::Event);

/// Bakes an export, in shards when it has more than `shard_above` events.
///
/// The order of the steps is the order in which strings enter the table (map, outlets,
/// articles, actors, places, the story's texts, then the events'), which keeps the output
/// byte-identical and lets a sharded bake split the table where the events' strings begin.
fn bake_story(
    ex: &Export,
    places: &[PlaceIn],
    actors: &[ActorIn],
    story: &Story,
    world: &geo::World,
    warnings: &mut Vec<String>,
    shard_above: usize,
) -> Result<Baked, String> {
    let (mut it, mut paths) = (m::Interner::default(), m::Interner::default());
    let (mut map, proj) =
        geo::build_map(story, world, &mut it, &mut paths).map_err(|e| format!("map geometry: {}", e.0))?;
    let (outlet_names, outlets) = outlets_of(ex, &mut it);
    let articles = articles_of(ex, &outlet_names, &mut it, warnings);
    let dated = dated_events(ex, warnings);
    let (actor_ids, place_ids) = used_ids(&dated);
    let actors_out = actors_of(&actor_ids, actors, &dated, &mut it, warnings);
    let places_out = places_of(&place_ids, places, &dated, &proj, &mut it);
    // The story's texts before the events': the strings from `events_from` on are first used
    // by events, which is where a sharded bake splits the string table (`archive::Layout`).
    let credits = CREDITS.iter().map(|c| it.intern(c)).collect();
    let days: Vec<i32> = dated.iter().map(|d| d.0).collect();
    let story = story_of(story, &days, &mut it);
    let events_from = it.strings.len() as u32;
    let known = Known {
        articles: &articles,
        // Hashed: a linear search per mention made baking quadratic (24 s at 10k articles).
        article_index: ex.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).rev().collect(),
        actor_ids: &actor_ids,
        place_ids: &place_ids,
        actors,
    };
    let events = dated.into_iter().map(|d| known.event(d, &mut it, warnings)).collect();
    // The map's markup goes last in the string table: text next to text and geometry next to
    // geometry compress a little better (the seed bundle: 46 bytes less after brotli).
    let text_strings = it.strings.len() as u32;
    (map.svg.0, map.svg_detail.0) = (map.svg.0 + text_strings, map.svg_detail.0 + text_strings);
    let strings: Vec<&str> = it.refs().into_iter().chain(paths.refs()).collect();
    let bundle = m::Bundle {
        version: m::VERSION,
        strings,
        outlets,
        articles,
        actors: actors_out,
        places: places_out,
        events,
        map,
        credits,
        story,
    };
    bundle.validate().map_err(|e| format!("baked bundle is invalid: {}", e.0))?;
    let layout = archive::Layout { events_from, paths_from: text_strings };
    Ok(match archive::shard(&bundle, layout, shard_above) {
        Some((bundle, files)) => Baked { bundle, archive: Some(files) },
        None => Baked { bundle: bundle.to_bytes(), archive: None },
    })
}

/// The outlets' names, sorted for stable ids, and the outlets.
fn outlets_of<'a>(ex: &'a Export, it: &mut m::Interner) -> (Vec<&'a str>, Vec<m::Outlet>) {
    let mut names: Vec<&str> = ex.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
    names.sort();
    names.dedup();
    let outlets = names.iter().map(|n| m::Outlet { slug: it.intern(&slug(n)), name: it.intern(n) }).collect();
    (names, outlets)
}

fn articles_of(
    ex: &Export,
    outlet_names: &[&str],
    it: &mut m::Interner,
    warnings: &mut Vec<String>,
) -> Vec<m::Article> {
    let mut articles = vec![];
    for a in &ex.articles {
        let published = parse_ymd(&a.published).unwrap_or_else(|| {
            warnings.push(format!("article {}: unreadable publication date {:?}", a.id, a.published));
            0
        });
        articles.push(m::Article {
            id: it.intern(&a.id),
            title: it.intern(&a.title),
            outlet: a.outlet.as_deref().and_then(|o| outlet_names.binary_search(&o).ok()).map(|i| i as u32),
            published,
            url: a.url.as_deref().map(|u| it.intern(u)),
        });
    }
    articles
}

/// The events with a readable date, with their last day, sorted by (start, end, id).
fn dated_events<'a>(ex: &'a Export, warnings: &mut Vec<String>) -> Vec<Dated<'a>> {
    let mut dated = vec![];
    for e in &ex.events {
        let Some(start) = parse_ymd(&e.date.start) else {
            warnings.push(format!("event {}: unreadable date {:?}, skipped", e.id, e.date.start));
            continue;
        };
        let p = precision(e.date.precision);
        let end = e.date.end.as_deref().and_then(parse_ymd).unwrap_or_else(|| last_day(start, p)).max(start);
        dated.push((start, end, e));
    }
    dated.sort_by(|a, b| (a.0, a.1, &a.2.id).cmp(&(b.0, b.1, &b.2.id)));
    dated
}

/// Only the actors and places the events use (sorted ids): the bundle carries no others.
fn used_ids(dated: &[Dated]) -> (Vec<String>, Vec<String>) {
    let mut actor_ids: Vec<String> = vec![];
    let mut place_ids: Vec<String> = vec![];
    for (_, _, e) in dated {
        for a in e.actors.iter().map(|a| &a.id).chain(&e.disputed_by) {
            if !actor_ids.contains(a) {
                actor_ids.push(a.clone());
            }
        }
        if let Some(p) = &e.place {
            if !place_ids.contains(&p.id) {
                place_ids.push(p.id.clone());
            }
        }
    }
    actor_ids.sort();
    place_ids.sort();
    (actor_ids, place_ids)
}

/// The actors, from the lexicon; one it lacks is shown by the name an event gave it.
fn actors_of(
    actor_ids: &[String],
    actors: &[ActorIn],
    dated: &[Dated],
    it: &mut m::Interner,
    warnings: &mut Vec<String>,
) -> Vec<m::Actor> {
    actor_ids
        .iter()
        .map(|id| {
            let known = actors.iter().find(|a| &a.id == id);
            let fallback = dated
                .iter()
                .flat_map(|(_, _, e)| &e.actors)
                .find(|a| &a.id == id)
                .map(|a| a.name.clone())
                .unwrap_or_else(|| id.clone());
            if known.is_none() {
                warnings.push(format!("actor {id}: not in the lexicon, shown as {fallback:?}"));
            }
            m::Actor {
                id: it.intern(id),
                label_fr: it.intern(known.map(|a| a.label_fr.as_str()).unwrap_or(&fallback)),
                label_en: it.intern(known.map(|a| a.label_en.as_str()).unwrap_or(&fallback)),
                color: it.intern(known.map(|a| a.color.as_str()).unwrap_or("")),
            }
        })
        .collect()
}

/// The places, from the gazetteer (or the event's own reference), projected on the map.
fn places_of(
    place_ids: &[String],
    places: &[PlaceIn],
    dated: &[Dated],
    proj: &geo::Projection,
    it: &mut m::Interner,
) -> Vec<m::Place> {
    place_ids
        .iter()
        .map(|id| {
            let pref = dated.iter().filter_map(|(_, _, e)| e.place.as_ref()).find(|p| &p.id == id).unwrap();
            let known = places.iter().find(|p| &p.id == id).cloned().unwrap_or_else(|| PlaceIn {
                id: id.clone(),
                kind: String::new(),
                lat: pref.lat,
                lon: pref.lon,
                display: pref.name.clone(),
                names: vec![],
            });
            let (x, y) = proj.project(known.lon, known.lat);
            let r1 = |v: f64| ((v * 10.0).round() / 10.0) as f32;
            m::Place {
                id: it.intern(id),
                kind: it.intern(&known.kind),
                name: it.intern(if pref.name.is_empty() { &known.display } else { &pref.name }),
                names: known.names.iter().map(|(l, n)| (it.intern(l), it.intern(n))).collect(),
                lat: known.lat as f32,
                lon: known.lon as f32,
                x: r1(x),
                y: r1(y),
                on_map: proj.in_frame(known.lon, known.lat),
                area_radius: area_radius(&known.kind, Some(pref.precision)),
            }
        })
        .collect()
}

/// What the events' fields refer to, once the articles, actors and places are baked.
struct Known<'a> {
    articles: &'a [m::Article],
    article_index: std::collections::HashMap<&'a str, u32>,
    actor_ids: &'a [String],
    place_ids: &'a [String],
    actors: &'a [ActorIn],
}

impl Known<'_> {
    fn article(&self, id: &str) -> Option<u32> {
        self.article_index.get(id).copied()
    }

    fn actor(&self, id: &str) -> Option<u32> {
        self.actor_ids.binary_search_by(|a| a.as_str().cmp(id)).ok().map(|i| i as u32)
    }

    fn event(&self, (start, end, e): Dated, it: &mut m::Interner, warnings: &mut Vec<String>) -> m::Event {
        let (mentions, quotes) = self.mentions(e, it, warnings);
        let names = headline::names(
            e.place.as_ref().map(|p| p.name.as_str()),
            e.actors.iter().flat_map(|a| {
                let label = self.actors.iter().find(|k| k.id == a.id).map(|k| k.label_fr.as_str());
                [Some(a.name.as_str()), label].into_iter().flatten()
            }),
        );
        m::Event {
            id: it.intern(&e.id),
            kind: e.kind,
            start,
            end,
            precision: precision(e.date.precision),
            date_expr: e.date.expression.as_deref().map(|s| it.intern(s)),
            resolved_against: e.date.resolved_against.as_deref().and_then(|a| self.article(a)),
            date_anchor: e.date.anchor.as_deref().and_then(parse_ymd),
            night: e.date.detail.as_deref() == Some("night"),
            place: e.place.as_ref().and_then(|p| self.place_ids.binary_search(&p.id).ok()).map(|i| i as u32),
            place_precision: match e.place.as_ref().map(|p| p.precision) {
                Some(export::PlacePrecision::Exact) => m::PlacePrecision::Exact,
                Some(export::PlacePrecision::Region) => m::PlacePrecision::Region,
                Some(export::PlacePrecision::Country) => m::PlacePrecision::Country,
                _ => m::PlacePrecision::City,
            },
            actors: e
                .actors
                .iter()
                .filter_map(|a| Some(m::EventActor { actor: self.actor(&a.id)?, role: role(a.role) }))
                .collect(),
            fatalities: e.fatalities.as_ref().map(|f| m::Fatalities {
                killed_min: f.killed_min,
                wounded_min: f.wounded_min,
                claimed_by: f.claimed_by.as_deref().map(|c| it.intern(c)),
            }),
            disputed_by: e.disputed_by.iter().filter_map(|a| self.actor(a)).collect(),
            headline: headline::pick(&quotes, &names) as u32,
            mentions,
            aliases: e.aliases.iter().map(|a| it.intern(a)).collect(),
        }
    }

    /// The event's reports in a stable order (publication day, then article), with their
    /// quotes; a report of an unknown article or a trigger outside its quote is reported.
    fn mentions<'e>(
        &self,
        e: &'e export::Event,
        it: &mut m::Interner,
        warnings: &mut Vec<String>,
    ) -> (Vec<m::Mention>, Vec<&'e str>) {
        let mut mentions = vec![];
        for mn in &e.mentions {
            let Some(article) = self.article(&mn.article) else {
                warnings.push(format!("event {}: mention of unknown article {}", e.id, mn.article));
                continue;
            };
            let trigger = mn.trigger.filter(|&(s, t)| {
                s < t && t <= mn.quote.len() && mn.quote.is_char_boundary(s) && mn.quote.is_char_boundary(t)
            });
            if mn.trigger.is_some() && trigger.is_none() {
                warnings
                    .push(format!("event {}: trigger {:?} is not a range of the quote", e.id, mn.trigger));
            }
            let mention = m::Mention {
                article,
                quote: it.intern(&mn.quote),
                claimed_by: mn.claimed_by.as_deref().map(|c| it.intern(c)),
                trigger: trigger.map(|(s, t)| (s as u32, t as u32)),
            };
            mentions.push((mention, mn.quote.as_str()));
        }
        mentions.sort_by_key(|(mn, _)| (self.articles[mn.article as usize].published, mn.article));
        mentions.into_iter().unzip()
    }
}

fn precision(p: export::Precision) -> m::Precision {
    match p {
        export::Precision::Day => m::Precision::Day,
        export::Precision::Week => m::Precision::Week,
        export::Precision::Month => m::Precision::Month,
        export::Precision::Year => m::Precision::Year,
    }
}

fn role(r: export::Role) -> m::Role {
    match r {
        export::Role::Initiator => m::Role::Initiator,
        export::Role::Target => m::Role::Target,
        export::Role::Participant => m::Role::Participant,
        export::Role::Claimant => m::Role::Claimant,
        export::Role::Mediator => m::Role::Mediator,
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod demo;

/// What `build.rs` calls: process the story folder `story_dir` ([`crate::process`]) and
/// bake it with the world's map data from `node_modules`. Returns the bytes and the
/// warnings (every diagnostic, then the baker's own), or every message when there is an
/// error.
/// Always one bundle, whatever the story's size.
pub fn build(story_dir: &Path, node_modules: &Path) -> Result<(Vec<u8>, Vec<String>), Vec<String>> {
    build_with(story_dir, node_modules, false).map(|(b, w)| (b.bundle, w))
}

/// Like [`build`], in shards when the story is larger than its `archive.shard_above`.
pub fn build_story(story_dir: &Path, node_modules: &Path) -> Result<(Baked, Vec<String>), Vec<String>> {
    build_with(story_dir, node_modules, true)
}

fn build_with(
    story_dir: &Path,
    node_modules: &Path,
    shards: bool,
) -> Result<(Baked, Vec<String>), Vec<String>> {
    let p = crate::process(story_dir);
    let mut warnings: Vec<String> = p.diagnostics.iter().map(|d| d.to_string()).collect();
    let mut diags = vec![];
    let story = Story::load(story_dir, &mut diags);
    warnings.extend(diags.iter().map(|d| d.to_string()));
    let Some(story) = story.filter(|_| !p.diagnostics.iter().any(|d| d.is_error())) else {
        return Err(warnings);
    };
    let world = geo::World::load(node_modules).map_err(|e| {
        warnings.push(e.0.clone());
        warnings.clone()
    })?;
    let story = if shards {
        story
    } else {
        Story { archive: crate::story::ArchiveSpec { shard_above: usize::MAX }, ..story }
    };
    let baked = bake_processed_story(&p, &story, &world, &mut warnings).map_err(|e| {
        warnings.push(e);
        warnings.clone()
    })?;
    Ok((baked, warnings))
}

/// Bakes a [`crate::Processed`] with its gazetteer and lexicon.
pub fn bake_processed(
    p: &crate::Processed,
    story: &Story,
    world: &geo::World,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>, String> {
    let single = Story { archive: crate::story::ArchiveSpec { shard_above: usize::MAX }, ..story.clone() };
    Ok(bake_processed_story(p, &single, world, warnings)?.bundle)
}

/// Like [`bake_processed`], in shards when the story says so (`story.archive.shard_above`).
pub fn bake_processed_story(
    p: &crate::Processed,
    story: &Story,
    world: &geo::World,
    warnings: &mut Vec<String>,
) -> Result<Baked, String> {
    let places: Vec<PlaceIn> = p
        .gazetteer
        .places
        .iter()
        .map(|g| PlaceIn {
            id: g.id.clone(),
            kind: format!("{:?}", g.kind).to_lowercase(),
            lat: g.lat,
            lon: g.lon,
            display: g.display_name(),
            names: story
                .place_names
                .iter()
                .filter_map(|l| {
                    let n = match l.as_str() {
                        "fr" => Some(&g.name_fr),
                        "en" => Some(&g.name_en),
                        _ => g.names.get(l),
                    };
                    Some((l.clone(), n?.clone()))
                })
                .collect(),
        })
        .collect();
    let actors: Vec<ActorIn> = p
        .lexicon
        .actors
        .iter()
        .map(|a| ActorIn {
            id: a.id.clone(),
            label_fr: a.label_fr.clone(),
            label_en: a.label_en.clone(),
            color: a.color.clone(),
        })
        .collect();
    bake_story(&p.export, &places, &actors, story, world, warnings, story.archive.shard_above)
}

/// The bundle's story: what `story.toml` declares, with the episodes derived from the
/// events when it declares none.
fn story_of(s: &Story, days: &[i32], it: &mut m::Interner) -> m::Story {
    let text = |it: &mut m::Interner, l: &crate::story::Localized| m::Text {
        fr: it.intern(&l.fr),
        en: it.intern(&l.en),
    };
    let episodes = if s.episode.is_empty() {
        episodes::derive(days)
            .into_iter()
            .map(|(start, end)| {
                let (fr, en) = episodes::label(start, end);
                m::Episode { label: m::Text { fr: it.intern(&fr), en: it.intern(&en) }, start, end }
            })
            .collect()
    } else {
        s.episode
            .iter()
            .filter_map(|e| {
                let (start, end) = (parse_ymd(&e.from)?, parse_ymd(&e.to)?);
                Some(m::Episode { label: text(it, &e.label), start, end })
            })
            .collect()
    };
    m::Story {
        title: text(it, &s.title),
        standfirst: text(it, &s.standfirst),
        credit: text(it, &s.credit),
        episodes,
        name_languages: s.place_names.iter().map(|l| it.intern(l)).collect(),
    }
}
