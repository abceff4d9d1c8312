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

/// One value of a record: typed, so that JSON and the host page's objects get booleans and
/// numbers where a spreadsheet gets their text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Field {
    Null,
    Bool(bool),
    Num(u32),
    Text(String),
}

impl Field {
    fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Field::Null => "".into(),
            Field::Bool(b) => if *b { "true" } else { "false" }.into(),
            Field::Num(n) => n.to_string().into(),
            Field::Text(t) => t.as_str().into(),
        }
    }
}

impl From<Option<String>> for Field {
    fn from(v: Option<String>) -> Self {
        v.map_or(Field::Null, Field::Text)
    }
}

impl From<Option<u32>> for Field {
    fn from(v: Option<u32>) -> Self {
        v.map_or(Field::Null, Field::Num)
    }
}

/// A record's fields, as (CSV column / JSON key, value) pairs.
pub(crate) type Fields = Vec<(&'static str, Field)>;

/// The event's own fields.
pub(crate) fn event_fields(b: &Bundle, e: &Event) -> Fields {
    let s = |x| Some(b.s(x).to_owned());
    let ids = |v: &mut dyn Iterator<Item = u32>| {
        v.map(|a| b.s(b.actors[a as usize].id)).collect::<Vec<_>>().join(";")
    };
    let place = e.place.map(|p| &b.places[p as usize]);
    let against = e.resolved_against.map(|a| &b.articles[a as usize]);
    let tolls = e.fatalities.as_ref();
    let text = |t: String| Field::Text(t);
    vec![
        ("event_id", s(e.id).into()),
        ("type", text(e.kind.id().to_owned())),
        ("start", text(format_ymd(e.start))),
        ("end", text(format_ymd(e.end))),
        ("precision", text(precision(e.precision).to_owned())),
        ("date_words", e.date_expr.and_then(s).into()),
        ("date_counted_from_article", against.and_then(|a| s(a.id)).into()),
        ("date_counted_from_day", e.date_anchor.or(against.map(|a| a.published)).map(format_ymd).into()),
        ("night", Field::Bool(e.night)),
        ("place_id", place.and_then(|p| s(p.id)).into()),
        ("place", place.and_then(|p| s(p.name)).into()),
        ("actors", text(ids(&mut e.actors.iter().map(|a| a.actor)))),
        ("killed_min", tolls.and_then(|f| f.killed_min).into()),
        ("wounded_min", tolls.and_then(|f| f.wounded_min).into()),
        ("toll_claimed_by", tolls.and_then(|f| f.claimed_by).and_then(s).into()),
        ("disputed_by", text(ids(&mut e.disputed_by.iter().copied()))),
    ]
}

/// One report's fields.
pub(crate) fn report_fields(b: &Bundle, e: &Event, i: usize) -> Fields {
    let m = &e.mentions[i];
    let a = &b.articles[m.article as usize];
    let s = |x| Some(b.s(x).to_owned());
    vec![
        ("report_article", s(a.id).into()),
        ("report_outlet", a.outlet.and_then(|o| s(b.outlets[o as usize].name)).into()),
        ("report_published", Field::Text(format_ymd(a.published))),
        ("report_title", s(a.title).into()),
        ("report_url", a.url.and_then(s).into()),
        ("report_quote", s(m.quote).into()),
        ("report_claimed_by", m.claimed_by.and_then(s).into()),
        ("headline", Field::Bool(i == e.headline as usize)),
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
            let row: Vec<_> = head.iter().chain(&report).map(|(_, v)| v.text()).collect();
            csv_row(&mut out, row.iter().map(|v| v.as_ref()));
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

/// An object of the fields, then `tail` (more members, each with its leading comma).
fn json_object(out: &mut String, fields: &[(&'static str, Field)], tail: Option<&str>) {
    out.push('{');
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_str(out, k);
        out.push(':');
        match v {
            Field::Null => out.push_str("null"),
            Field::Text(t) => json_str(out, t),
            v => out.push_str(&v.text()),
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
    use crate::synth::small_bundle as bundle;

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
