//! The baked corpus, embedded at build time (`build.rs`) and read zero-copy once.
use chronocarte_model::filter::Engine;
use chronocarte_model::Bundle;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
static BUNDLE: OnceLock<Bundle<'static>> = OnceLock::new();
static ENGINE: OnceLock<Engine<'static>> = OnceLock::new();

pub fn bundle() -> &'static Bundle<'static> {
    BUNDLE.get_or_init(|| {
        // Validated by the baker in this build (build.rs). The error is shown with `Display`:
        // `expect` would format it with `Debug`, a kilobyte of string-escaping code in the wasm.
        Bundle::from_baked(BYTES)
            .unwrap_or_else(|e| panic!("the embedded corpus is invalid (checked at bake time): {}", e.0))
    })
}

pub fn engine() -> &'static Engine<'static> {
    ENGINE.get_or_init(|| Engine::new(bundle()))
}
