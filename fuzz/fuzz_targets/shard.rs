//! An archive shard as it comes over the network (`chronocarte_model::archive`): reading any
//! bytes never panics, and a shard that reads is merged with the seed bundle into a valid
//! bundle the engine can index, or refused; the widget then shows its retry message rather
//! than its crash message. (The archive's index is compiled into the widget by the same
//! build, so it is not untrusted input.)
#![no_main]
use chronocarte_model::archive::{merge, Shard};
use chronocarte_model::filter::{Engine, Query};
use chronocarte_model::Bundle;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

/// The seed story baked in shards of a few events: its bundle is the base a shard is merged
/// with (the repository's `fuzz/corpus/shard` holds its shards).
fn bundle() -> &'static Bundle<'static> {
    static B: OnceLock<Bundle<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let dir = root.join("stories/armenia-azerbaijan");
        let p = chronocarte_corpus::process(&dir);
        let story = chronocarte_corpus::story::Story::load(&dir, &mut vec![]).expect("the seed story");
        let story = chronocarte_corpus::story::Story {
            archive: chronocarte_corpus::story::ArchiveSpec { shard_above: 10 },
            ..story
        };
        let world = chronocarte_corpus::bake::geo::World::load(&root.join("node_modules")).expect("map data");
        let baked = chronocarte_corpus::bake::bake_processed_story(&p, &story, &world, &mut vec![])
            .expect("bake the seed story");
        if let Ok(dir) = std::env::var("CHRONOCARTE_WRITE_SHARDS") {
            for (name, bytes) in baked.archive.iter().flat_map(|a| &a.shards) {
                std::fs::write(Path::new(&dir).join(name), bytes).unwrap();
            }
        }
        Bundle::from_bytes(Box::leak(baked.bundle.into_boxed_slice())).expect("valid bundle")
    })
}

fuzz_target!(|data: &[u8]| {
    let base = bundle();
    let Ok(shard) = Shard::from_bytes(data) else { return };
    let Ok(merged) = merge(base, &[&shard]) else { return };
    merged.validate().expect("merge returns valid bundles only");
    let engine = Engine::new(&merged);
    let all = engine.run(&Query::default());
    assert_eq!(all.events.len(), merged.events.len());
});
