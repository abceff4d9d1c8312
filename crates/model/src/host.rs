//! What a host page exchanges with a mounted widget (`handle.setFilters()`,
//! `handle.getFilters()`, `handle.events()`, the `change` callback), as plain values.
//!
//! The widget turns them into JavaScript objects with `serde-wasm-bindgen`; they live here so
//! that their shape is tested natively. Filters name things by their stable ids, the same ones
//! as the URL fragment ([`crate::fragment`]) and the exports; events have exactly the fields of
//! the JSON export ([`crate::download`]), so a host page and a reader's file agree.
use crate::date::{format_ymd, parse_ymd};
use crate::download::{event_fields, report_fields, Field};
use crate::filter::{query_words, Query};
use crate::fragment::{clean_text, Dropped};
use crate::{Bundle, EventKind};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};

/// The filters, by id. A missing key is an unset filter, so `{}` clears everything.
///
/// `{ actor: ["army"], type: ["fighting"], place: [], outlet: ["daily-news"], article: [],
///    from: "2023-09-19", to: null, q: null }`
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Filters {
    /// Actor ids (any of them).
    pub actor: Vec<String>,
    /// Event types (`fighting`, `casualties`, …).
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    /// Place ids.
    pub place: Vec<String>,
    /// Outlet slugs.
    pub outlet: Vec<String>,
    /// Article ids.
    pub article: Vec<String>,
    /// First day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Search text.
    pub q: Option<String>,
}

impl Filters {
    /// The keys of the object, as JavaScript sees them.
    pub const KEYS: [&'static str; 8] = ["actor", "type", "place", "outlet", "article", "from", "to", "q"];

    /// The list a key names (`actor`, `type`, `place`, `outlet`, `article`).
    pub fn list_mut(&mut self, key: &str) -> Option<&mut Vec<String>> {
        Some(match key {
            "actor" => &mut self.actor,
            "type" => &mut self.kind,
            "place" => &mut self.place,
            "outlet" => &mut self.outlet,
            "article" => &mut self.article,
            _ => return None,
        })
    }

    /// The single value a key names (`from`, `to`, `q`).
    pub fn value_mut(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "from" => &mut self.from,
            "to" => &mut self.to,
            "q" => &mut self.q,
            _ => return None,
        })
    }

    /// The error for a key that is not one of [`Filters::KEYS`] (a typo such as `actors`
    /// would otherwise be ignored silently by a deserializer that only asks for known keys).
    pub fn check_key(key: &str) -> Result<(), String> {
        if Self::KEYS.contains(&key) {
            Ok(())
        } else {
            Err(format!("unknown field `{key}`, expected one of {}", Self::KEYS.join(", ")))
        }
    }
}

/// Looks each id up; what the bundle does not know is reported under `key`, not guessed.
fn resolve<T: PartialEq>(
    key: &str,
    ids: &[String],
    find: impl Fn(&str) -> Option<T>,
    dropped: &mut Vec<Dropped>,
) -> Vec<T> {
    let mut out = Vec::new();
    for id in ids {
        match find(id) {
            Some(x) if !out.contains(&x) => out.push(x),
            Some(_) => {}
            None => dropped.push(Dropped { key: key.to_owned(), value: id.clone() }),
        }
    }
    out
}

fn day(key: &str, v: &Option<String>, dropped: &mut Vec<Dropped>) -> Option<i32> {
    let v = v.as_deref()?;
    let d = parse_ymd(v.trim());
    if d.is_none() {
        dropped.push(Dropped { key: key.to_owned(), value: v.to_owned() });
    }
    d
}

impl Filters {
    /// The query these filters ask for, and what could not be applied (unknown ids,
    /// malformed dates). The rest applies: the same rule as a stale link.
    pub fn to_query(&self, b: &Bundle) -> (Query, Vec<Dropped>) {
        let mut dropped = Vec::new();
        let d = &mut dropped;
        let mut q = Query {
            actors: resolve("actor", &self.actor, |id| b.find_actor(id), d),
            kinds: resolve("type", &self.kind, EventKind::from_id, d),
            places: resolve("place", &self.place, |id| b.find_place(id), d),
            outlets: resolve("outlet", &self.outlet, |id| b.find_outlet(id), d),
            articles: resolve("article", &self.article, |id| b.find_article(id), d),
            from: day("from", &self.from, d),
            to: day("to", &self.to, d),
            text: self.q.as_deref().map(clean_text).unwrap_or_default(),
        };
        if let (Some(f), Some(t)) = (q.from, q.to) {
            q.from = Some(f.min(t));
            q.to = Some(f.max(t));
        }
        (q, dropped)
    }

    /// The filters of a query, by id.
    pub fn from_query(q: &Query, b: &Bundle) -> Self {
        let ids =
            |v: &[u32], id: &dyn Fn(u32) -> crate::Str| v.iter().map(|&i| b.s(id(i)).to_owned()).collect();
        Filters {
            actor: ids(&q.actors, &|i| b.actors[i as usize].id),
            kind: q.kinds.iter().map(|k| k.id().to_owned()).collect(),
            place: ids(&q.places, &|i| b.places[i as usize].id),
            outlet: ids(&q.outlets, &|i| b.outlets[i as usize].slug),
            article: ids(&q.articles, &|i| b.articles[i as usize].id),
            from: q.from.map(format_ymd),
            to: q.to.map(format_ymd),
            q: (!query_words(&q.text).is_empty()).then(|| q.text.clone()),
        }
    }
}

/// Events (indices into the bundle, in list order) as records with the JSON export's fields
/// and their `reports`. Serialises lazily: nothing is copied until a serializer asks.
pub struct Records<'a> {
    pub bundle: &'a Bundle<'a>,
    pub events: &'a [u32],
}

impl Serialize for Records<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.bundle;
        let mut seq = s.serialize_seq(Some(self.events.len()))?;
        for &ix in self.events {
            let e = &b.events[ix as usize];
            let reports: Vec<_> =
                (0..e.mentions.len()).map(|i| Record(report_fields(b, e, i), None)).collect();
            seq.serialize_element(&Record(event_fields(b, e), Some(reports)))?;
        }
        seq.end()
    }
}

/// One record: its fields, then its reports (events only).
struct Record(Vec<(&'static str, Field)>, Option<Vec<Record>>);

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len() + usize::from(self.1.is_some())))?;
        for (k, v) in &self.0 {
            match v {
                Field::Null => map.serialize_entry(k, &())?,
                Field::Bool(x) => map.serialize_entry(k, x)?,
                Field::Num(n) => map.serialize_entry(k, n)?,
                Field::Text(t) => map.serialize_entry(k, t)?,
            }
        }
        if let Some(r) = &self.1 {
            map.serialize_entry("reports", r)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::small_bundle as bundle;

    #[test]
    fn filters_round_trip_through_a_query() {
        let b = bundle();
        let f = Filters {
            actor: vec![b.s(b.actors[1].id).to_owned()],
            kind: vec!["fighting".into()],
            place: vec![b.s(b.places[0].id).to_owned()],
            outlet: vec![b.s(b.outlets[0].slug).to_owned()],
            article: vec![b.s(b.articles[2].id).to_owned()],
            from: Some("2024-03-02".into()),
            to: Some("2024-03-05".into()),
            q: Some("pont".into()),
        };
        let (q, dropped) = f.to_query(&b);
        assert!(dropped.is_empty(), "{dropped:?}");
        assert_eq!(q.active_count(), 7);
        assert_eq!(Filters::from_query(&q, &b), f);
        assert_eq!(Filters::from_query(&Query::default(), &b), Filters::default());
    }

    #[test]
    fn unknown_ids_and_bad_dates_are_reported_and_the_rest_applies() {
        let b = bundle();
        let f = Filters {
            actor: vec!["nobody".into(), b.s(b.actors[0].id).to_owned()],
            kind: vec!["picnic".into()],
            from: Some("2024-02-30".into()),
            q: Some("  \u{7}  ".into()),
            ..Filters::default()
        };
        let (q, dropped) = f.to_query(&b);
        assert_eq!(q.actors, vec![0]);
        assert!(q.kinds.is_empty() && q.from.is_none() && q.text.is_empty());
        let shown: Vec<String> = dropped.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["actor=nobody", "type=picnic", "from=2024-02-30"]);
    }

    #[test]
    fn reversed_dates_are_swapped_like_a_link() {
        let b = bundle();
        let f =
            Filters { from: Some("2024-03-05".into()), to: Some("2024-03-02".into()), ..Filters::default() };
        let (q, _) = f.to_query(&b);
        assert!(q.from < q.to);
    }

    #[test]
    fn the_shape_is_the_documented_one() {
        let v: Filters =
            serde_json::from_str(r#"{"actor":["a"],"type":["fighting"],"from":"2024-03-02"}"#).unwrap();
        assert_eq!(v.kind, ["fighting"]);
        let e = serde_json::from_str::<Filters>(r#"{"actors":["a"]}"#).unwrap_err().to_string();
        assert!(e.contains("unknown field `actors`"), "{e}");
        let out = serde_json::to_value(Filters::default()).unwrap();
        let mut keys: Vec<&str> = out.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = Filters::KEYS.to_vec();
        keys.sort();
        expected.sort();
        assert_eq!(keys, expected, "{out}");
        assert!(Filters::check_key("from").is_ok());
        let mut f = Filters::default();
        for k in Filters::KEYS {
            assert!(f.list_mut(k).is_some() != f.value_mut(k).is_some(), "{k}");
        }
        assert!(Filters::check_key("actors").unwrap_err().contains("unknown field `actors`"));
        assert!(out["from"].is_null() && out["actor"].as_array().unwrap().is_empty());
    }

    #[test]
    fn records_are_the_json_export() {
        let b = bundle();
        let ev = [0, 3, 5];
        let records = serde_json::to_value(Records { bundle: &b, events: &ev }).unwrap();
        let export: serde_json::Value = serde_json::from_str(&crate::download::json(&b, &ev)).unwrap();
        assert_eq!(records, export);
        assert!(records[0]["reports"].as_array().is_some_and(|r| !r.is_empty()));
    }
}
