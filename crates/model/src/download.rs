//! The events a reader sees, as files to take away: CSV for a spreadsheet, JSON for code.
//!
//! Both carry every report of each event (article, outlet, publication day, title, URL,
//! verbatim quote, claimant) and the derivation of the event's date (the words it came
//! from, the article and the story day it was counted from), so a figure copied out of the
//! widget can still be traced to its sentence. The column names are documented in the
//! README ("Export"); changing them breaks readers' spreadsheets.
//!
//! CSV follows RFC 4180 (fields quoted when they hold a comma, a quote or a line break;
//! quotes doubled; CRLF line ends) and starts with a UTF-8 byte-order mark, so spreadsheet
//! programs read the accents right. One row per report: event columns repeat.
use crate::date::format_ymd;
use crate::{Bundle, Event, Precision};

/// CSV columns, in order.
pub const CSV_COLUMNS: [&str; 24] = [
    "event_id",
    "type",
    "start",
    "end",
    "precision",
    "date_words",
    "date_counted_from_article",
    "date_counted_from_day",
    "night",
    "place_id",
    "place",
    "actors",
    "killed_min",
    "wounded_min",
    "toll_claimed_by",
    "disputed_by",
    "report_article",
    "report_outlet",
    "report_published",
    "report_title",
    "report_url",
    "report_quote",
    "report_claimed_by",
    "headline",
];

fn precision(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

/// The event's own fields, as (CSV column / JSON key, value) pairs; `None` is empty/null.
fn event_fields(b: &Bundle, e: &Event) -> Vec<(&'static str, Option<String>)> {
    let s = |x| Some(b.s(x).to_owned());
    let ids = |v: &mut dyn Iterator<Item = u32>| {
        v.map(|a| b.s(b.actors[a as usize].id)).collect::<Vec<_>>().join(";")
    };
    let place = e.place.map(|p| &b.places[p as usize]);
    let against = e.resolved_against.map(|a| &b.articles[a as usize]);
    let tolls = e.fatalities.as_ref();
    vec![
        ("event_id", s(e.id)),
        ("type", Some(e.kind.id().to_owned())),
        ("start", Some(format_ymd(e.start))),
        ("end", Some(format_ymd(e.end))),
        ("precision", Some(precision(e.precision).to_owned())),
        ("date_words", e.date_expr.and_then(s)),
        ("date_counted_from_article", against.and_then(|a| s(a.id))),
        ("date_counted_from_day", e.date_anchor.or(against.map(|a| a.published)).map(format_ymd)),
        ("night", Some(if e.night { "true" } else { "false" }.to_owned())),
        ("place_id", place.and_then(|p| s(p.id))),
        ("place", place.and_then(|p| s(p.name))),
        ("actors", Some(ids(&mut e.actors.iter().map(|a| a.actor)))),
        ("killed_min", tolls.and_then(|f| f.killed_min).map(|n| n.to_string())),
        ("wounded_min", tolls.and_then(|f| f.wounded_min).map(|n| n.to_string())),
        ("toll_claimed_by", tolls.and_then(|f| f.claimed_by).and_then(s)),
        ("disputed_by", Some(ids(&mut e.disputed_by.iter().copied()))),
    ]
}

/// One report's fields.
fn report_fields(b: &Bundle, e: &Event, i: usize) -> Vec<(&'static str, Option<String>)> {
    let m = &e.mentions[i];
    let a = &b.articles[m.article as usize];
    let s = |x| Some(b.s(x).to_owned());
    vec![
        ("report_article", s(a.id)),
        ("report_outlet", a.outlet.and_then(|o| s(b.outlets[o as usize].name))),
        ("report_published", Some(format_ymd(a.published))),
        ("report_title", s(a.title)),
        ("report_url", a.url.and_then(s)),
        ("report_quote", s(m.quote)),
        ("report_claimed_by", m.claimed_by.and_then(s)),
        ("headline", Some(if i == e.headline as usize { "true" } else { "false" }.to_owned())),
    ]
}

/// A CSV field, quoted when it must be (RFC 4180).
fn csv_field(out: &mut String, v: &str) {
    if v.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&v.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(v);
    }
}

fn csv_row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// `events` (indices into the bundle, in list order) as CSV, one row per report.
pub fn csv(b: &Bundle, events: &[u32]) -> String {
    let mut out = String::from("\u{feff}");
    csv_row(&mut out, CSV_COLUMNS.iter().copied());
    for &ix in events {
        let e = &b.events[ix as usize];
        let head = event_fields(b, e);
        for i in 0..e.mentions.len() {
            let report = report_fields(b, e, i);
            let row: Vec<&str> =
                head.iter().chain(&report).map(|(_, v)| v.as_deref().unwrap_or("")).collect();
            csv_row(&mut out, row.into_iter());
        }
    }
    out
}

/// A JSON string literal.
fn json_str(out: &mut String, v: &str) {
    out.push('"');
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str("\\u");
                let n = c as u32;
                out.extend(
                    (0..4).rev().map(|i| char::from(b"0123456789abcdef"[(n >> (4 * i) & 15) as usize])),
                );
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// An object of string (or null) fields; "night" and "headline" are booleans, counts numbers.
fn json_object(out: &mut String, fields: &[(&'static str, Option<String>)], tail: Option<&str>) {
    out.push('{');
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_str(out, k);
        out.push(':');
        match v {
            None => out.push_str("null"),
            Some(v) if matches!(*k, "night" | "headline" | "killed_min" | "wounded_min") => out.push_str(v),
            Some(v) => json_str(out, v),
        }
    }
    if let Some(t) = tail {
        out.push_str(t);
    }
    out.push('}');
}

/// `events` (indices into the bundle, in list order) as a JSON array of events, each with
/// its `reports`. Field names are the CSV column names.
pub fn json(b: &Bundle, events: &[u32]) -> String {
    let mut out = String::from("[");
    for (n, &ix) in events.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push('\n');
        let e = &b.events[ix as usize];
        let mut reports = String::from(",\"reports\":[");
        for i in 0..e.mentions.len() {
            if i > 0 {
                reports.push(',');
            }
            json_object(&mut reports, &report_fields(b, e, i), None);
        }
        reports.push(']');
        json_object(&mut out, &event_fields(b, e), Some(&reports));
    }
    out.push_str("\n]\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth;

    fn bundle() -> Bundle<'static> {
        let s: &'static synth::Synth = Box::leak(Box::new(synth::generate(20, 4, 5, 3, 8, 7)));
        s.bundle()
    }

    #[test]
    fn csv_has_a_bom_a_header_and_one_row_per_report() {
        let b = bundle();
        let all: Vec<u32> = (0..b.events.len() as u32).collect();
        let out = csv(&b, &all);
        assert!(out.starts_with("\u{feff}event_id,type,start,end,"));
        let reports: usize = b.events.iter().map(|e| e.mentions.len()).sum();
        assert_eq!(out.matches("\r\n").count(), reports + 1, "header + one line per report");
    }

    #[test]
    fn csv_quotes_what_must_be_quoted() {
        let mut out = String::new();
        csv_row(&mut out, ["plain", "a, b", "il a dit « non », puis \"oui\"", "deux\nlignes"].into_iter());
        assert_eq!(out, "plain,\"a, b\",\"il a dit « non », puis \"\"oui\"\"\",\"deux\nlignes\"\r\n");
    }

    #[test]
    fn json_escapes_and_keeps_text_verbatim() {
        let mut out = String::new();
        json_str(&mut out, "« cité » \"x\" \\ \n\u{1}\u{2028}é");
        assert_eq!(out, "\"« cité » \\\"x\\\" \\\\ \\n\\u0001\\u2028é\"");
    }

    #[test]
    fn json_lists_the_chosen_events_with_their_reports() {
        let b = bundle();
        let out = json(&b, &[0, 2]);
        assert!(out.starts_with("[\n{\"event_id\":"));
        assert_eq!(out.matches("\"reports\":[").count(), 2);
        let e = &b.events[2];
        assert!(out.contains(&format!("\"event_id\":\"{}\"", b.s(e.id))));
        assert_eq!(json(&b, &[]), "[\n]\n");
    }
}
