//! The baked corpus shared by the baker (native) and the widget (wasm).
