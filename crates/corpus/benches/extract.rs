//! Extraction throughput (MB/s) on a synthetic corpus of at least 5 MB.
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use chronocarte_corpus::{article, gazetteer::Gazetteer, lexicon::Lexicon, synth};

fn bench(c: &mut Criterion) {
    let root = chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan");
    let mut diags = Vec::new();
    let g = Gazetteer::load(&root.join("places.toml"), &mut diags);
    let l = Lexicon::load(&root.join("actors.toml"), &mut diags);
    let mut articles = Vec::new();
    let mut bytes = 0usize;
    let mut n = 0;
    let docs = synth::corpus(4000, 7);
    for (id, text) in docs {
        if bytes >= 5_200_000 {
            break;
        }
        if let Some(a) = article::parse(Path::new(&format!("{id}.md")), &id, &text, &mut diags) {
            bytes += a.body.len();
            articles.push(a);
            n += 1;
        }
    }
    eprintln!("corpus: {n} articles, {:.2} MB of body text", bytes as f64 / 1e6);
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("synthetic_corpus", |b| {
        b.iter(|| chronocarte_corpus::process_articles(&articles, &g, &l, None));
    });
    // one article of 20,000 sentences: the same MB/s as the corpus means linear passes
    // (the project has no timed tests; linearity is checked here)
    let body = "Mardi, l'armée a bombardé Stepanakert, selon le médiateur. Des réfugiés sont arrivés à Goris jeudi.\n".repeat(10_000);
    let text = format!(
        "+++\ntitle = \"t\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}"
    );
    let long =
        article::parse(Path::new("long.md"), "long", &text, &mut diags).into_iter().collect::<Vec<_>>();
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("one_article_20000_sentences", |b| {
        b.iter(|| chronocarte_corpus::process_articles(&long, &g, &l, None));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
