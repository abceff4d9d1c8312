#!/usr/bin/env bash
# `trunk build --release "$@"` with the standard library rebuilt for the widget's size.
#
# The prebuilt `std` for wasm32 is compiled for speed and carries every panic location (file
# paths) and `Debug` formatting for the panic messages of std, alloc and core. Rebuilding it
# with the release profile (`opt-level = "z"`, LTO with our code) and without them cuts
# about 8 KB brotli from the seed bundle (171.3 -> 163.0 KB of wasm, BENCHMARKS.md). The
# panic hook (`src/panic.rs`) still runs and still shows its error box; its console message
# keeps the panic's text, with `<redacted>` for the location.
#
# These are unstable flags of the pinned toolchain (rustc 1.95), enabled with
# RUSTC_BOOTSTRAP as for the fuzz targets; they need the `rust-src` component (`./dev`
# installs it) and std's own dependencies in cargo's cache (`./dev setup` fetches them).
# The flags apply to the wasm target only: build scripts and the baker stay as they are.
# Plain `trunk build --release` still works; its bundle is only larger.
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none"
exec trunk build --release "$@"
