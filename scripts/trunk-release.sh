#!/usr/bin/env bash
# `trunk build --release "$@"` with the standard library rebuilt for the widget's size.
#
# The prebuilt `std` for wasm32 is compiled for speed and carries every panic location (file
# paths) and `Debug` formatting for the panic messages of std, alloc and core. Rebuilding it
# with the release profile (`opt-level = "z"`, LTO with our code) and without them cuts
# about 8 KB brotli from the seed bundle (171.3 -> 163.0 KB of wasm, BENCHMARKS.md).
# `-C panic=immediate-abort` makes every panic a bare wasm trap, without the panic machinery
# and messages (5 KB brotli less, BENCHMARKS.md, twelfth session): no panic hook runs, and the
# loader (`chronocarte.js`, scripts/trunk-post-build.sh) shows the error box of a crashed
# widget when it sees the trap (`src/panic.rs`). std is built with its `optimize_for_size`
# feature.
#
# These are unstable flags of the pinned toolchain (rustc 1.95), enabled with
# RUSTC_BOOTSTRAP as for the fuzz targets; they need the `rust-src` component (`./dev`
# installs it) and std's own dependencies in cargo's cache (`./dev setup` fetches them).
# The flags apply to the wasm target only: build scripts and the baker stay as they are.
# Plain `trunk build --release` still works; its bundle is only larger.
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# core's and alloc's smaller variants (sorting, formatting): 464 bytes brotli (BENCHMARKS.md).
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort"
exec trunk build --release "$@"
