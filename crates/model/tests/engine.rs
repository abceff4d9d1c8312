use chronocarte_model::filter::{naive, Engine, Query};
use chronocarte_model::fragment::{self, Lang, State, View};
use chronocarte_model::synth::generate;
use chronocarte_model::{date::parse_ymd, Bundle, EventKind, Fatalities, Str, VERSION};
use proptest::prelude::*;

#[test]
fn empty_query_matches_everything() {
    let s = generate(500, 8, 10, 4, 30, 7);
    let b = s.bundle();
    b.validate().unwrap();
    let e = Engine::new(&b);
    let r = e.run(&Query::default());
    assert_eq!(r.events.len(), 500);
    assert_eq!(r, naive(&b, &Query::default()));
    assert_eq!(r.facets.days.counts.iter().sum::<u32>(), 500);
}

#[test]
fn single_filters() {
    let s = generate(2000, 8, 10, 4, 30, 11);
    let b = s.bundle();
    let e = Engine::new(&b);
    let q = Query { actors: vec![2], ..Default::default() };
    let r = e.run(&q);
    assert!(!r.events.is_empty());
    assert!(r.events.iter().all(|&i| b.events[i as usize].actors.iter().any(|a| a.actor == 2)));
    // Facet counts for the active facet ignore it: the count for actor 2 = the result size.
    assert_eq!(r.facets.actors[2] as usize, r.events.len());
    let q = Query { text: "CASTELN valmont".into(), ..Default::default() };
    let r = e.run(&q);
    assert!(!r.events.is_empty());
    assert_eq!(r, naive(&b, &q));
    let q = Query { text: "armee".into(), ..Default::default() };
    assert_eq!(e.run(&q), naive(&b, &q)); // "armée" folded
    assert!(!e.run(&q).events.is_empty());
    let q = Query { from: parse_ymd("2021-01-01"), to: parse_ymd("2021-01-31"), ..Default::default() };
    let r = e.run(&q);
    assert!(
        r.events
            .iter()
            .all(|&i| b.events[i as usize].start <= q.to.unwrap()
                && b.events[i as usize].end >= q.from.unwrap())
    );
    assert_eq!(r, naive(&b, &q));
    let q =
        Query { kinds: vec![EventKind::Fighting], places: vec![3], outlets: vec![1], ..Default::default() };
    assert_eq!(e.run(&q), naive(&b, &q));
    let q = Query { text: "zzzz".into(), ..Default::default() };
    assert!(e.run(&q).events.is_empty());
}

fn arb_query(actors: u32, places: u32, outlets: u32, articles: u32) -> impl Strategy<Value = Query> {
    let day0 = parse_ymd("2020-09-01").unwrap();
    (
        prop::collection::vec(0..actors, 0..3),
        prop::collection::vec(0..11usize, 0..3),
        prop::collection::vec(0..places, 0..3),
        prop::collection::vec(0..outlets, 0..2),
        prop::collection::vec(0..articles, 0..2),
        prop::option::of(0..1200i32),
        prop::option::of(0..1200i32),
        prop::sample::select(vec![
            "",
            "a",
            "stepan",
            "CHOUCHA",
            "armée arm",
            "bombardement tirs",
            "cessez",
            "le feu",
            "zz",
            "é",
        ]),
    )
        .prop_map(move |(a, k, p, o, ar, f, t, text)| Query {
            actors: a,
            kinds: k.into_iter().map(|i| EventKind::ALL[i]).collect(),
            places: p,
            outlets: o,
            articles: ar,
            from: f.map(|f| day0 + f),
            to: t.map(|t| day0 + t),
            text: text.into(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn indexed_equals_naive(seed in 1u64..10_000, n in 0usize..300, q in arb_query(6, 8, 3, 20)) {
        let s = generate(n, 6, 8, 3, 20, seed);
        let b = s.bundle();
        let e = Engine::new(&b);
        prop_assert_eq!(e.run(&q), naive(&b, &q));
    }

    #[test]
    fn fragment_round_trips(q in arb_query(6, 8, 3, 20), lang in prop::option::of(prop::bool::ANY), nk in prop::option::of(prop::bool::ANY), ev in prop::option::of(0usize..200)) {
        let s = generate(10, 6, 8, 3, 20, 3);
        let b = s.bundle();
        let mut q = q;
        // Normalise what the parser normalises: no duplicates, from <= to.
        for v in [&mut q.actors, &mut q.places, &mut q.outlets, &mut q.articles] { let mut seen = vec![]; v.retain(|x| { let n = !seen.contains(x); seen.push(*x); n }); }
        let mut seen = vec![]; q.kinds.retain(|x| { let n = !seen.contains(x); seen.push(*x); n });
        if let (Some(f), Some(t)) = (q.from, q.to) { if f > t { q.from = Some(t); q.to = Some(f); } }
        if q.text.trim().is_empty() { q.text.clear(); }
        let st = State { query: q, lang: lang.map(|l| if l { Lang::En } else { Lang::Fr }), view: nk.map(|v| View(v as u8)), event: ev.map(|e| (e % b.events.len()) as u32) };
        let frag = fragment::serialize(&st, &b);
        let p = fragment::parse(&frag, &b);
        prop_assert!(p.dropped.is_empty(), "{:?}", p.dropped);
        prop_assert_eq!(p.state, st);
    }

    #[test]
    fn fragment_never_panics(s in ".{0,80}") {
        let syn = generate(5, 3, 3, 2, 4, 3);
        let b = syn.bundle();
        let _ = fragment::parse(&s, &b);
        let _ = fragment::parse(&format!("actor={s}&from={s}&source={s}&q={s}"), &b);
    }
}

#[test]
fn fragment_drops_invalid_values() {
    let s = generate(10, 3, 3, 2, 4, 3);
    let b: Bundle = s.bundle();
    let p = fragment::parse("#actor=actor-1,nobody&type=fighting,bogus&from=2023-02-30&to=2023-09-21&lang=de&zoom=3&q=Chouchi%20%C3%A9&source=o:outlet-1,a:art-2,x:y&place=place-0", &b);
    assert_eq!(p.state.query.actors, vec![1]);
    assert_eq!(p.state.query.kinds, vec![EventKind::Fighting]);
    assert_eq!(p.state.query.from, None);
    assert_eq!(p.state.query.to, parse_ymd("2023-09-21"));
    assert_eq!(p.state.query.text, "Chouchi é");
    assert_eq!(p.state.query.outlets, vec![1]);
    assert_eq!(p.state.query.articles, vec![2]);
    assert_eq!(p.state.query.places, vec![0]);
    assert_eq!(p.state.lang, None);
    assert_eq!(
        p.dropped.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["actor=nobody", "type=bogus", "from=2023-02-30", "lang=de", "zoom=3", "source=x:y"]
    );
    assert_eq!(fragment::parse("%%%&&=&actor=%FF", &b).state, State::default());
}

#[test]
fn bundle_round_trips_through_postcard() {
    let s = generate(50, 3, 3, 2, 4, 3);
    let b = s.bundle();
    let bytes = b.to_bytes();
    let back = Bundle::from_bytes(&bytes).unwrap();
    assert_eq!(back, b);
    // zero-copy: strings point into the bytes
    let range = bytes.as_ptr_range();
    assert!(back.strings.iter().filter(|s| !s.is_empty()).all(|s| range.contains(&s.as_ptr())));
    assert!(Bundle::from_bytes(&bytes[..bytes.len() / 2]).is_err());
}

/// `Bundle::from_bytes` is a hand-written postcard reader: it must read exactly what serde's
/// derived decoder reads, on stories of every shape the generator makes.
#[test]
fn the_bundle_reader_agrees_with_serde() {
    for (n, actors, places, outlets, articles, seed) in [
        (0, 0, 0, 0, 0, 1),
        (1, 1, 1, 1, 1, 2),
        (50, 3, 3, 2, 4, 3),
        (400, 12, 30, 9, 60, 4),
        (3000, 40, 200, 30, 900, 5),
    ] {
        let s = generate(n, actors, places, outlets, articles, seed);
        let b = s.bundle();
        let bytes = b.to_bytes();
        let by_serde: Bundle = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(Bundle::from_bytes(&bytes).unwrap(), by_serde, "story of {n} events");
    }
    // The generator leaves optional fields empty: fill each with a distinct value, so that
    // two fields of one type read in the wrong order cannot pass.
    let s = generate(20, 3, 4, 2, 5, 9);
    let mut b = s.bundle();
    let k = b.strings.len() as u32;
    for (i, a) in b.articles.iter_mut().enumerate() {
        a.url = Some(Str(i as u32 % k));
    }
    for (i, p) in b.places.iter_mut().enumerate() {
        (p.area_radius, p.on_map, p.names) = (Some(i as f32 + 0.5), i % 2 == 0, vec![(Str(1), Str(2))]);
    }
    for (i, e) in b.events.iter_mut().enumerate() {
        let i = i as u32;
        e.date_expr = Some(Str(i % k));
        e.resolved_against = Some(i % 5);
        e.date_anchor = Some(-(i as i32) - 3);
        e.night = i % 2 == 1;
        e.fatalities =
            Some(Fatalities { killed_min: Some(i + 1), wounded_min: Some(i + 7), claimed_by: Some(Str(3)) });
        for m in &mut e.mentions {
            (m.claimed_by, m.trigger) = (Some(Str(i % k)), Some((0, 0)));
        }
    }
    let bytes = b.to_bytes();
    let by_serde: Bundle = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(by_serde, b);
    assert_eq!(Bundle::from_bytes(&bytes).unwrap(), by_serde, "story with every optional field");
}

/// Every truncation and every single-byte corruption of a bundle is an error or a valid
/// bundle, never a panic; truncations are always errors, and so are trailing bytes.
#[test]
fn the_bundle_reader_rejects_damaged_bytes() {
    let s = generate(30, 3, 4, 2, 5, 7);
    let bytes = s.bundle().to_bytes();
    for cut in 0..bytes.len() {
        assert!(Bundle::from_bytes(&bytes[..cut]).is_err(), "truncated at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    let e = Bundle::from_bytes(&longer).unwrap_err();
    assert!(e.0.contains("trailing bytes"), "{e:?}");
    for i in (0..bytes.len()).step_by(3) {
        for v in [0x00, 0x01, 0x7f, 0x80, 0xff] {
            let mut bad = bytes.clone();
            bad[i] = v;
            let _ = Bundle::from_bytes(&bad);
        }
    }
    let mut huge = vec![VERSION as u8]; // the version, then a string count of 2^32 - 1
    huge.extend([0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert!(Bundle::from_bytes(&huge).is_err());
}

#[test]
fn the_string_table_cuts_the_text_exactly_on_character_boundaries() {
    use chronocarte_model::string_table::split;
    assert_eq!(split("Erevanété", &[6, 0, 5]), Some(vec!["Erevan", "", "été"]));
    assert_eq!(split("", &[]), Some(vec![]));
    assert_eq!(split("été", &[1, 4]), None, "inside a character");
    assert_eq!(split("abc", &[1, 1]), None, "text left over");
    assert_eq!(split("abc", &[2, 2]), None, "past the end");
    assert_eq!(split("abc", &[u32::MAX, u32::MAX]), None);
}

/// The widget reads its embedded corpus with `from_baked`, which trusts the baker's
/// validation; anything else uses `from_bytes`, which checks every index.
#[test]
fn only_from_bytes_checks_indices_and_both_check_the_version() {
    let s = generate(10, 2, 2, 1, 3, 11);
    let mut b = s.bundle();
    b.events[0].place = Some(999);
    let bytes = b.to_bytes();
    assert!(Bundle::from_bytes(&bytes).is_err());
    assert_eq!(Bundle::from_baked(&bytes).unwrap().events[0].place, Some(999));
    b.version = VERSION + 1;
    let e = Bundle::from_baked(&b.to_bytes()).unwrap_err();
    assert!(e.0.contains("version"), "{e:?}");
}

#[test]
fn event_links_resolve_through_aliases_and_report_what_was_dropped() {
    let s = generate(10, 6, 8, 3, 20, 3);
    let mut b: Bundle = s.bundle();
    // Event 3 absorbed an event whose id was `old-id` (as `merge` records it).
    let old = chronocarte_model::Str(b.strings.len() as u32);
    b.strings.push("old-id");
    b.events[3].aliases.push(old);
    let current = b.s(b.events[3].id).to_owned();

    let p = fragment::parse(&format!("#event={current}"), &b);
    assert_eq!(p.state.event, Some(3));
    assert!(!p.is_stale());

    let p = fragment::parse("#event=old-id&actor=nobody&type=fighting", &b);
    assert_eq!(p.state.event, Some(3), "an old id opens the event it was merged into");
    assert_eq!(p.merged, vec![("old-id".to_owned(), current.clone())]);
    assert_eq!(p.dropped.iter().map(ToString::to_string).collect::<Vec<_>>(), ["actor=nobody"]);
    assert_eq!(p.state.query.kinds, vec![EventKind::Fighting], "the valid rest still applies");
    assert!(p.is_stale());
    // Written back with the current id, so the next share is a clean link.
    assert_eq!(fragment::serialize(&p.state, &b), format!("type=fighting&event={current}"));

    let p = fragment::parse("#event=never-existed", &b);
    assert_eq!(p.state.event, None);
    assert_eq!(p.dropped, vec![fragment::Dropped { key: "event".into(), value: "never-existed".into() }]);
}
