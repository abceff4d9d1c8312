use super::*;
use crate::export::*;
use std::path::PathBuf;

fn geo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/geo")
}

pub fn sample() -> Export {
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
    let bytes = bake(&sample(), &[], &[], &geo_dir(), &mut w).unwrap();
    let again = bake(&sample(), &[], &[], &geo_dir(), &mut vec![]).unwrap();
    assert_eq!(bytes, again, "byte-identical");
    let b = m::Bundle::from_bytes(&bytes).unwrap();
    assert_eq!(b.events.len(), 2);
    assert_eq!(b.s(b.events[0].id), "e1");
    assert_eq!(b.outlets.len(), 2);
    assert_eq!(b.s(b.outlets[1].slug), "le-monde");
    assert!(b.map.shapes.iter().any(|s| s.kind == m::ShapeKind::Nkao));
    assert_eq!(b.map.shapes.iter().filter(|s| s.kind == m::ShapeKind::Country).count(), 6);
    assert!(w.iter().any(|w| w.contains("not in the lexicon")));
    // A Lake Sevan path and the Caspian.
    assert!(b.map.shapes.iter().any(|s| b.s(s.id) == "sevan"));
    assert!(b.map.shapes.iter().any(|s| s.kind == m::ShapeKind::Sea));
    let map_bytes: usize = b
        .map
        .shapes
        .iter()
        .map(|s| b.s(s.d).len() + if s.d_detail == s.d { 0 } else { b.s(s.d_detail).len() })
        .sum();
    eprintln!("map paths: {map_bytes} bytes, bundle {} bytes", bytes.len());
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
    let bytes = bake(&demo::export(), &[], &demo::actors(), &geo_dir(), &mut w).unwrap();
    assert!(w.iter().all(|w| !w.contains("trigger")), "{w:?}");
    let b = m::Bundle::from_bytes(&bytes).unwrap();
    assert!(b.places.iter().any(|p| !p.on_map), "New York is off the map");
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let t0 = std::time::Instant::now();
    let (bytes, warnings) = build(&corpus, &geo_dir()).unwrap_or_else(|e| panic!("{e:?}"));
    eprintln!("real corpus: {} bytes in {:?}, {} warnings", bytes.len(), t0.elapsed(), warnings.len());
    let b = m::Bundle::from_bytes(&bytes).unwrap();
    assert!(!b.events.is_empty());
    // Deterministic.
    assert_eq!(build(&corpus, &geo_dir()).unwrap().0, bytes);
}
