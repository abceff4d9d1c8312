//! The temporal resolver on arbitrary sentences and publication dates: never panics;
//! every resolved interval has start <= end; a date on a past-tense verb never comes after
//! publication, and neither does the main event date of a sentence whose verbs are all in
//! the past.
#![no_main]
use chronocarte_corpus::time::{self, DocType, Role};
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, u8, u8, u8, &str)| {
    let (y, m, d, doc, text) = input;
    let Ok(published) = Date::new(1900 + (y % 200) as i16, 1 + (m % 12) as i8, 1 + (d % 28) as i8) else {
        return;
    };
    let doc = [DocType::News, DocType::Narrative, DocType::LiveBlog][doc as usize % 3];
    let sentences: Vec<&str> = text.split('\n').collect();
    for (s, a) in sentences.iter().zip(time::analyse(&sentences, published, doc)) {
        for (v, role, tense) in &a.hits {
            assert!(v.start <= v.end, "{v:?} in {s:?}");
            if matches!(role, Role::Event | Role::Report) && tense.is_certainly_past() {
                assert!(v.start <= published, "{v:?} on a past verb, after {published}, in {s:?}");
            }
        }
        if let Some((v, role)) = a.main {
            assert!(v.start <= v.end, "{v:?} in {s:?}");
            if role == Role::Event && a.tenses.only_past() {
                assert!(v.start <= published, "main date {v:?} after {published} in {s:?}");
            }
        }
    }
});
