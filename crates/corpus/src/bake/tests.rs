use super::*;
use crate::export::*;
use std::path::PathBuf;

fn root() -> PathBuf {
    crate::manifest_dir().join("../..")
}

static WORLD: std::sync::LazyLock<geo::World> = std::sync::LazyLock::new(|| {
    geo::World::load(&root().join("node_modules")).unwrap_or_else(|e| panic!("{}", e.0))
});

fn story() -> Story {
    Story::load(&root().join("stories/armenia-azerbaijan"), &mut vec![]).expect("the default story loads")
}

pub(crate) fn sample() -> Export {
    let art = |id: &str, outlet: &str, published: &str| ArticleMeta {
        id: id.into(),
        title: format!("Titre {id}"),
        outlet: Some(outlet.into()),
        published: published.into(),
        url: None,
    };
    let ev = |id: &str, start: &str, place: &str, actors: &[&str], quote: &str, art: &str| Event {
        id: id.into(),
        kind: EventType::Fighting,
        date: EventDate {
            start: start.into(),
            end: None,
            precision: Precision::Day,
            expression: Some("mardi".into()),
            resolved_against: Some(art.into()),
            anchor: None,
            detail: None,
        },
        place: Some(PlaceRef {
            id: place.into(),
            name: place.into(),
            lat: 39.8,
            lon: 46.75,
            precision: PlacePrecision::City,
        }),
        actors: actors
            .iter()
            .map(|a| ActorRef { id: (*a).into(), name: (*a).into(), role: Role::Participant })
            .collect(),
        fatalities: None,
        origin: Origin::Extracted,
        disputed_by: vec![],
        mentions: vec![Mention {
            article: art.into(),
            quote: quote.into(),
            claimed_by: None,
            trigger: Some((0, 5)),
        }],
        aliases: vec![],
    };
    Export {
        articles: vec![art("a1", "Le Monde", "2023-09-21"), art("a2", "France 24", "2023-09-20")],
        events: vec![
            ev("e2", "2023-09-20", "stepanakert", &["azerbaijan"], "Tirés sur Stepanakert", "a2"),
            ev("e1", "2023-09-19", "shusha", &["armenia", "azerbaijan"], "Bombardements à Choucha", "a1"),
        ],
    }
}

#[test]
fn bakes_sorted_deterministic_bundle() {
    let mut w = vec![];
    let bytes = bake(&sample(), &[], &[], &story(), &WORLD, &mut w).unwrap();
    let again = bake(&sample(), &[], &[], &story(), &WORLD, &mut vec![]).unwrap();
    assert_eq!(bytes, again, "byte-identical");
    let b = m::Bundle::from_bytes(&bytes).unwrap();
    assert_eq!(b.events.len(), 2);
    assert_eq!(b.s(b.events[0].id), "e1");
    assert_eq!(b.outlets.len(), 2);
    assert_eq!(b.s(b.outlets[1].slug), "le-monde");
    assert!(b.map.shapes.iter().any(|s| s.kind == m::ShapeKind::Outline && s.legend));
    let countries: Vec<&str> =
        b.map.shapes.iter().filter(|s| s.kind == m::ShapeKind::Country).map(|s| b.s(s.id)).collect();
    for c in ["ARM", "AZE", "GEO", "IRN", "RUS", "TUR"] {
        assert!(countries.contains(&c), "{c} in {countries:?}");
    }
    let focus: Vec<&str> = b.map.shapes.iter().filter(|s| s.focus).map(|s| b.s(s.id)).collect();
    assert_eq!(focus, ["ARM", "AZE"]);
    let arm = b.map.shapes.iter().find(|s| b.s(s.id) == "ARM").unwrap();
    assert_eq!((b.s(arm.name.fr), b.s(arm.name.en)), ("Arménie", "Armenia"));
    assert!(arm.labels.iter().any(|l| l.0 == 0), "Armenia is labelled in the regional view");
    assert!(w.iter().any(|w| w.contains("not in the lexicon")));
    // Lake Sevan, the sea, and the close-up.
    assert!(b.map.shapes.iter().any(|s| b.s(s.id) == "sevan" && s.kind == m::ShapeKind::Lake));
    assert!(b.map.shapes.iter().any(|s| s.kind == m::ShapeKind::Sea));
    assert_eq!(b.map.views.iter().map(|v| b.s(v.id)).collect::<Vec<_>>(), ["region", "nk"]);
    assert_eq!(b.s(b.story.episodes[1].label.fr), "Sept. 2023");
    let unpack = |s| m::outline::unpack(b.s(s));
    let (svg, svg_detail) = (&unpack(b.map.svg)[..], &unpack(b.map.svg_detail)[..]);
    let map_bytes = svg.len() + if svg_detail == svg { 0 } else { svg_detail.len() };
    eprintln!("map markup: {map_bytes} bytes, bundle {} bytes", bytes.len());
    // One path per shape in each view, and nothing but the baker's class names and path data:
    // the widget inserts this markup as it is.
    for markup in [svg, svg_detail] {
        assert_eq!(markup.matches("<path ").count(), b.map.shapes.len());
        let rest = markup.replace("<path class=\"", "").replace("\" d=\"", "").replace("\"/>", "");
        assert!(rest.chars().all(|c| c.is_ascii_digit() || " .-MlZ".contains(c) || c.is_ascii_lowercase()));
        assert!(!rest.contains("script") && !rest.contains("style"), "{rest}");
    }
    assert!(map_bytes < 120_000, "{map_bytes}");
}

#[test]
fn slugs() {
    assert_eq!(slug("Le Monde"), "le-monde");
    assert_eq!(slug("  L'Obs — Société "), "l-obs-societe");
}

#[test]
fn bakes_the_demo_and_the_real_corpus() {
    let mut w = vec![];
    let bytes = bake(&demo::export(), &[], &demo::actors(), &story(), &WORLD, &mut w).unwrap();
    assert!(w.iter().all(|w| !w.contains("trigger")), "{w:?}");
    let b = m::Bundle::from_bytes(&bytes).unwrap();
    assert!(b.places.iter().any(|p| !p.on_map), "New York is off the map");
    let corpus = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
    let t0 = std::time::Instant::now();
    let (bytes, warnings) = build(&corpus, &root().join("node_modules")).unwrap_or_else(|e| panic!("{e:?}"));
    eprintln!("real corpus: {} bytes in {:?}, {} warnings", bytes.len(), t0.elapsed(), warnings.len());
    let b = m::Bundle::from_bytes(&bytes).unwrap();
    assert!(!b.events.is_empty());
    // The widget's hand-written reader and serde's postcard decoder read the same bundle.
    let by_serde: m::Bundle = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(b, by_serde);
    // Deterministic.
    assert_eq!(build(&corpus, &root().join("node_modules")).unwrap().0, bytes);
}

/// The event with its strings resolved, to compare events across string tables.
fn resolved<'a>(b: &m::Bundle<'a>, e: &m::Event) -> (m::Event, Vec<&'a str>) {
    let mut strings = vec![];
    e.each_str(&mut |s| strings.push(b.s(s)));
    let mut bare = e.clone();
    bare.each_str_mut(&mut |s| *s = m::Str(0));
    (bare, strings)
}

#[test]
fn a_large_story_bakes_in_shards_that_merge_back_into_the_single_bundle() {
    use chronocarte_model::archive::{merge, Archive, Shard};
    use chronocarte_model::filter::{Engine, Query};
    let tmp = tempfile::tempdir().unwrap();
    crate::synth::write_corpus(tmp.path(), 240, 11).unwrap();
    let p = crate::process(tmp.path());
    let story = Story::load(tmp.path(), &mut vec![]).unwrap();
    let single_bytes = bake_processed(&p, &story, &WORLD, &mut vec![]).unwrap();
    let single = m::Bundle::from_bytes(&single_bytes).unwrap();
    let n = single.events.len();
    let sharded = Story { archive: crate::story::ArchiveSpec { shard_above: n / 4 }, ..story };
    let baked = bake_processed_story(&p, &sharded, &WORLD, &mut vec![]).unwrap();
    let archive::Files { index, shards: files } =
        baked.archive.expect("more events than the threshold: sharded");
    let base = m::Bundle::from_bytes(&baked.bundle).unwrap();
    let archive = Archive::from_bytes(&index).unwrap();
    assert!(files.len() >= 2, "{} shards for {n} events", files.len());
    assert!(base.events.len() < n / 2, "the bundle keeps the latest period only");
    assert!(baked.bundle.len() < single_bytes.len() / 2, "the quotes of earlier periods leave the bundle");
    assert_eq!(archive.total_events() as usize, n);
    assert_eq!(archive.shards.iter().filter(|s| s.file.is_empty()).count(), 1);
    // Before any shard loads, the index gives the unfiltered view's exact counts.
    let engine = Engine::new(&single);
    assert_eq!(archive.facets(&base), engine.run(&Query::default()).facets);
    assert_eq!((archive.first_day, archive.last_day), engine.day_range());
    // Every shard, merged back, gives the single bundle's events in its order.
    let shards: Vec<Shard> = files.iter().map(|(_, b)| Shard::from_bytes(b).unwrap()).collect();
    for ((name, bytes), info) in files.iter().zip(&archive.shards) {
        assert_eq!(name, info.file);
        assert!(name.starts_with("events-") && name.ends_with(".bin"), "{name}");
        assert_eq!(Shard::from_bytes(bytes).unwrap().events.len() as u32, info.events);
    }
    let merged = merge(&base, &shards.iter().rev().collect::<Vec<_>>()).expect("the merge is valid");
    let all =
        |b: &m::Bundle<'_>| b.events.iter().map(|e| format!("{:?}", resolved(b, e))).collect::<Vec<_>>();
    assert_eq!(all(&merged), all(&single));
    // The rest of the bundle is the same once strings are resolved.
    let shapes = |b: &m::Bundle<'_>| {
        let outlines = [b.s(b.map.svg), b.s(b.map.svg_detail)];
        b.map.shapes.iter().map(|s| b.s(s.id)).chain(outlines).map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(shapes(&merged), shapes(&single));
    let articles = |b: &m::Bundle<'_>| {
        b.articles.iter().map(|a| format!("{} {}", b.s(a.id), b.s(a.title))).collect::<Vec<_>>()
    };
    assert_eq!(articles(&merged), articles(&single));
    assert_eq!(merged.s(merged.story.title.fr), single.s(single.story.title.fr));
    // Same bytes for the same story: the file names are content hashes.
    let again = bake_processed_story(&p, &sharded, &WORLD, &mut vec![]).unwrap();
    assert_eq!(again.archive.unwrap().shards, files);
}
