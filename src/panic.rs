//! A bug in the widget must never take the host page down.
//!
//! The release build aborts on panic, and `scripts/trunk-release.sh` builds it with
//! `-C panic=immediate-abort` (5 KB brotli less: no panic machinery, no messages): a panic is
//! then a wasm trap, with no hook to run. The trap reaches JavaScript as a
//! `WebAssembly.RuntimeError` thrown from the call into the module, and the loader
//! (`chronocarte.js`, written by `scripts/trunk-post-build.sh`) replaces the content of every
//! mounted widget with a small error box, in the widget's language, so readers see a message
//! instead of a frozen graphic; it touches nothing outside the widgets' own host elements,
//! and the host page's scripts keep running (`crates/e2e/tests/panic.rs`).
//!
//! Debug builds (`trunk serve`) keep a panic hook that logs the panic's message and location
//! to the console before the trap; release builds have no message to log.

/// Installs the hook once per page (every `mount` calls it); a no-op in release builds.
pub fn install() {
    #[cfg(debug_assertions)]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                web_sys::console::error_1(&format!("chronocarte: {info}").into());
            }));
        });
    }
}
