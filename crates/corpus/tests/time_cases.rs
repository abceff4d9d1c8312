//! The temporal resolver's specification: `testdata/time/cases.toml`, one case per
//! sentence (with its publication date, document type and the earlier sentences that set
//! the reference time), grouped by phenomenon, with minimal pairs. Every case must pass;
//! the failures are printed all at once.
use chronocarte_corpus::time::{self, DocType, Precision, Role};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    published: String,
    doc: String,
    #[serde(default)]
    context: Vec<String>,
    start: String,
    end: Option<String>,
    precision: String,
    role: Option<String>,
    pair: Option<String>,
}

fn run(c: &Case) -> Result<(), String> {
    let published = c.published.parse().map_err(|e| format!("bad published: {e}"))?;
    let doc = DocType::parse(&c.doc).ok_or("bad doc")?;
    let mut sentences: Vec<&str> = c.context.iter().map(String::as_str).collect();
    sentences.push(&c.text);
    let got = time::resolve(&sentences, published, doc);
    if c.start == "none" {
        // a generic statement: no date of its own and none of the context's
        return match got {
            Some((v, _)) if v.start != published => Err(format!("expected no date, got {v:?}")),
            _ => Ok(()),
        };
    }
    let (v, role) = got.ok_or("no date")?;
    let want_end = c.end.clone().unwrap_or_else(|| c.start.clone());
    let prec = match c.precision.as_str() {
        "day" => Precision::Day,
        "night" => Precision::Night,
        "week" => Precision::Week,
        "month" => Precision::Month,
        "year" => Precision::Year,
        "interval" => Precision::Interval,
        p => return Err(format!("bad precision {p}")),
    };
    let want_role = match c.role.as_deref().unwrap_or("event") {
        "event" => Role::Event,
        "onset" => Role::Onset,
        "decision" => Role::Decision,
        r => return Err(format!("bad role {r}")),
    };
    let got_s = (v.start.to_string(), v.end.to_string(), v.precision, role);
    if got_s != (c.start.clone(), want_end.clone(), prec, want_role) {
        return Err(format!(
            "got {} .. {} {:?} {:?}; want {} .. {} {:?} {:?}",
            got_s.0, got_s.1, got_s.2, got_s.3, c.start, want_end, prec, want_role
        ));
    }
    Ok(())
}

#[test]
fn temporal_cases() {
    let path = chronocarte_corpus::manifest_dir().join("testdata/time/cases.toml");
    let cases: Cases = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(cases.case.len() >= 150, "the table must hold at least 150 cases");
    let pairs = cases.case.iter().filter(|c| c.pair.is_some()).count();
    assert!(pairs >= 20, "minimal pairs: {pairs}");
    let mut failures = Vec::new();
    for c in &cases.case {
        if let Err(e) = run(c) {
            failures.push(format!("{}: {e}\n    {}", c.id, c.text));
        }
    }
    eprintln!("{} of {} temporal cases pass", cases.case.len() - failures.len(), cases.case.len());
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

mod invariants {
    use chronocarte_corpus::time::{self, DocType};
    use jiff::civil::Date;
    use proptest::prelude::*;

    const EXPRS: &[&str] = &[
        "mardi",
        "dimanche dernier",
        "le 20",
        "le 1er",
        "hier",
        "avant-hier",
        "il y a trois jours",
        "la semaine dernière",
        "le week-end dernier",
        "la veille",
        "le lendemain",
        "trois jours plus tard",
        "dimanche 24",
        "mi-septembre",
        "fin août",
        "en mars",
        "le 13 septembre",
        "du 19 au 20 septembre",
        "les 2 et 3 janvier",
        "dans la nuit de lundi à mardi",
        "le mois dernier",
        "l'an dernier",
        "au lendemain de l'attaque",
        "ce jour-là",
        "pendant deux jours",
        "le 31",
    ];
    const PAST: &[&str] = &[
        "les forces ont bombardé la ville",
        "le convoi a été arrêté",
        "des milliers de personnes manifestaient",
    ];

    proptest! {
        /// Every resolved interval has start <= end, and a past-tense main verb never gets a
        /// date after publication (no date with a written year is generated here).
        #[test]
        fn past_events_are_never_after_publication(
            days in 0i64..4000, ctx in 0usize..26, e in 0usize..26, v in 0usize..3, doc in 0usize..3, with_ctx: bool,
        ) {
            let published = Date::new(2015, 1, 1).unwrap().checked_add(jiff::Span::new().days(days)).unwrap();
            let doc = [DocType::News, DocType::Narrative, DocType::LiveBlog][doc];
            let first = format!("{}, {}.", capitalise(EXPRS[ctx]), PAST[(v + 1) % 3]);
            let last = format!("{}, {}.", capitalise(EXPRS[e]), PAST[v]);
            let sentences: Vec<&str> = if with_ctx { vec![&first, &last] } else { vec![&last] };
            if let Some((iv, _)) = time::resolve(&sentences, published, doc) {
                prop_assert!(iv.start <= iv.end, "{iv:?} for {sentences:?}");
                prop_assert!(iv.start <= published, "{iv:?} after publication {published} for {sentences:?}");
            }
        }
    }

    fn capitalise(s: &str) -> String {
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }
}
