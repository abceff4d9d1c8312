//! The front-matter + body parser on arbitrary UTF-8: never panics, and every rejected
//! file comes with at least one error diagnostic (nothing is dropped silently).
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let mut diags = Vec::new();
    let parsed = chronocarte_corpus::article::parse(Path::new("fuzz.md"), "fuzz", text, &mut diags);
    if parsed.is_none() {
        assert!(diags.iter().any(|d| d.is_error()), "article rejected without an error");
    }
});
