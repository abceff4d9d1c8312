//! `cargo bench -p chronocarte-model --bench filter`: filter latency at 10k and 100k events.
use chronocarte_model::date::parse_ymd;
use chronocarte_model::filter::{Engine, Query};
use chronocarte_model::synth::generate;
use chronocarte_model::EventKind;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("filter");
    for n in [10_000usize, 100_000] {
        let s = generate(n, 30, 40, 12, n / 20, 42);
        let b = s.bundle();
        let e = Engine::new(&b);
        let queries: Vec<(&str, Query)> = vec![
            ("none", Query::default()),
            ("actor", Query { actors: vec![3], ..Default::default() }),
            (
                "date",
                Query { from: parse_ymd("2021-03-01"), to: parse_ymd("2021-04-15"), ..Default::default() },
            ),
            ("source", Query { outlets: vec![2], ..Default::default() }),
            ("type", Query { kinds: vec![EventKind::Fighting], ..Default::default() }),
            ("place", Query { places: vec![5], ..Default::default() }),
            ("text", Query { text: "bombard".into(), ..Default::default() }),
            (
                "combined",
                Query {
                    actors: vec![1, 3],
                    kinds: vec![EventKind::Fighting, EventKind::Casualties],
                    places: vec![5, 6],
                    outlets: vec![2],
                    from: parse_ymd("2021-01-01"),
                    to: parse_ymd("2022-06-30"),
                    text: "stepan".into(),
                    ..Default::default()
                },
            ),
        ];
        for (name, q) in &queries {
            g.bench_with_input(BenchmarkId::new(*name, n), q, |bch, q| {
                bch.iter(|| black_box(e.run(black_box(q))))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
