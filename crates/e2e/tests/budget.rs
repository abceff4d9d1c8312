//! Size budget for the seed-corpus bundle: every asset a reader downloads, brotli-compressed.
//!
//! This is a size check, not a timing: sizes are deterministic. Time budgets live in
//! BENCHMARKS.md. Lower `BUDGET_BROTLI` as the bundle shrinks; never raise it above 200 KB
//! (issue 6) without a note in BENCHMARKS.md.
use chronocarte_e2e::{bundle_sizes, dist};

/// Bytes, brotli quality 11, all assets of the seed-corpus release build.
const BUDGET_BROTLI: usize = 200_000;

#[test]
fn seed_bundle_fits_its_brotli_budget() {
    let sizes = bundle_sizes(&dist());
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    println!("{:<48} {:>10} {:>10} {:>10}", "asset", "raw", "gzip", "brotli");
    for s in &sizes {
        println!("{:<48} {:>10} {:>10} {:>10}", s.name, s.raw, s.gzip, s.brotli);
        raw += s.raw;
        gz += s.gzip;
        br += s.brotli;
    }
    println!("{:<48} {raw:>10} {gz:>10} {br:>10}", "total");
    assert!(sizes.iter().any(|s| s.name.ends_with(".wasm")), "no wasm in the build");
    assert!(
        br <= BUDGET_BROTLI,
        "the seed bundle is {br} bytes brotli, over its {BUDGET_BROTLI}-byte budget"
    );
}
