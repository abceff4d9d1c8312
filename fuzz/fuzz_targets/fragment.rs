//! The URL-fragment parser against the baked seed corpus: never panics, and what it keeps
//! round-trips (serialize then parse gives the same state, with nothing dropped).
#![no_main]
use chronocarte_model::{fragment, Bundle};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn bundle() -> &'static Bundle<'static> {
    static B: OnceLock<Bundle<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (bytes, _) = chronocarte_corpus::bake::build(
            &root.join("stories/armenia-azerbaijan"),
            &root.join("node_modules"),
        )
        .expect("bake the seed corpus");
        Bundle::from_bytes(Box::leak(bytes.into_boxed_slice())).expect("valid bundle")
    })
}

fuzz_target!(|s: &str| {
    let b = bundle();
    let parsed = fragment::parse(s, b);
    let again = fragment::parse(&fragment::serialize(&parsed.state, b), b);
    assert_eq!(again.state, parsed.state, "fragment state does not round-trip");
    assert!(again.dropped.is_empty(), "serialized state was not fully understood: {:?}", again.dropped);
});
