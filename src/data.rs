//! The baked corpus, embedded at build time (`build.rs`) and read zero-copy once.
use chronocarte_model::filter::Engine;
use chronocarte_model::Bundle;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
static BUNDLE: OnceLock<Bundle<'static>> = OnceLock::new();
static ENGINE: OnceLock<Engine<'static>> = OnceLock::new();

pub fn bundle() -> &'static Bundle<'static> {
    BUNDLE.get_or_init(|| {
        Bundle::from_bytes(BYTES).expect("the embedded corpus is valid (checked at bake time)")
    })
}

pub fn engine() -> &'static Engine<'static> {
    ENGINE.get_or_init(|| Engine::new(bundle()))
}
