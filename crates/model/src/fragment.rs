//! The shareable filter state in the URL fragment.
//!
//! `#actor=army,rebels&type=fighting&place=port-town&source=o:le-monde,a:lm-0001&from=2024-03-02&to=2024-03-05&q=pont&lang=en&view=north`
//!
//! Values are ids (stable across rebuilds), comma-separated, percent-encoded. Parsing never
//! fails: unknown keys, unknown ids and malformed values are dropped and reported.
use crate::date::{format_ymd, parse_ymd};
use crate::filter::Query;
use crate::{Bundle, EventKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub fn id(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// A map view: an index into [`crate::Map::views`] (0, the default, is the region).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct View(pub u8);

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub query: Query,
    /// `None`: the page's default.
    pub lang: Option<Lang>,
    pub view: Option<View>,
    /// The event a link points at (`event=<id>`): shown highlighted with its sources open.
    pub event: Option<u32>,
}

/// One `key=value` that a fragment asked for and this build cannot honour (an actor, place
/// or source that no longer exists, a malformed date, an unknown key). The rest of the
/// fragment still applies: that is the closest valid view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The fragment key (`actor`, `source`, … or an unknown key as written).
    pub key: String,
    /// The value as written, percent-decoded where possible.
    pub value: String,
}

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.value.is_empty() {
            write!(f, "{}", self.key)
        } else {
            write!(f, "{}={}", self.key, self.value)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub state: State,
    /// Pieces that were ignored (unknown key, unknown id, malformed value).
    pub dropped: Vec<Dropped>,
    /// `event=` ids that name an event merged into another since the link was made:
    /// `(old id, current id)`. The link still opens the event it meant.
    pub merged: Vec<(String, String)>,
}

impl Parsed {
    /// Whether the reader should be told that the link did not open exactly as written.
    pub fn is_stale(&self) -> bool {
        !self.dropped.is_empty() || !self.merged.is_empty()
    }
}

pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'\'' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+` (as a space); `None` if the result is not UTF-8 or an escape is bad.
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let h = b.get(i + 1..i + 3)?;
                let h = std::str::from_utf8(h).ok()?;
                out.push(u8::from_str_radix(h, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Search text as the state keeps it: control characters dropped, at most 200 characters,
/// and blank text is no search.
pub(crate) fn clean_text(t: &str) -> String {
    let t: String = t.chars().filter(|c| !c.is_control()).take(200).collect();
    if t.trim().is_empty() {
        String::new()
    } else {
        t
    }
}

/// Parses a fragment (with or without the leading `#`) against the bundle's ids.
pub fn parse(fragment: &str, b: &Bundle) -> Parsed {
    let mut p = Parsed::default();
    let frag = fragment.strip_prefix('#').unwrap_or(fragment);
    for piece in frag.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        for value in apply(&mut p, k, v, b) {
            p.dropped.push(Dropped { key: k.to_owned(), value });
        }
    }
    let q = &mut p.state.query;
    if let (Some(f), Some(t)) = (q.from, q.to) {
        if f > t {
            q.from = Some(t);
            q.to = Some(f);
        }
    }
    p
}

/// Applies one `key=value` piece to the state, and returns the values it could not honour
/// (each percent-decoded where possible), in the order written.
fn apply(p: &mut Parsed, k: &str, v: &str, b: &Bundle) -> Vec<String> {
    let q = &mut p.state.query;
    let applied =
        |ok: bool| if ok { vec![] } else { vec![percent_decode(v).unwrap_or_else(|| v.to_owned())] };
    match k {
        "actor" => ids_into(v, &mut q.actors, |id| b.find_actor(id)),
        "type" => ids_into(v, &mut q.kinds, EventKind::from_id),
        "place" => ids_into(v, &mut q.places, |id| b.find_place(id)),
        "source" => sources_into(v, q, b),
        "from" | "to" => {
            let d = percent_decode(v).as_deref().and_then(parse_ymd);
            if d.is_some() {
                *(if k == "from" { &mut q.from } else { &mut q.to }) = d;
            }
            applied(d.is_some())
        }
        // Control characters are dropped and blank text means no search, exactly as
        // `serialize` writes it, so a parsed state always round-trips.
        "q" => applied(percent_decode(v).map(|t| q.text = clean_text(&t)).is_some()),
        "event" => applied(event_into(p, v, b)),
        "lang" => {
            p.state.lang = match v {
                "fr" => Some(Lang::Fr),
                "en" => Some(Lang::En),
                _ => return applied(false),
            };
            vec![]
        }
        "view" => match b.map.views.iter().position(|w| b.s(w.id) == v) {
            Some(i) if i <= u8::MAX as usize => {
                p.state.view = Some(View(i as u8));
                vec![]
            }
            _ => applied(false),
        },
        _ => applied(false),
    }
}

/// A comma-separated list of ids into `into` (each once); returns the ids not found.
fn ids_into<T: PartialEq>(v: &str, into: &mut Vec<T>, find: impl Fn(&str) -> Option<T>) -> Vec<String> {
    let mut missing = vec![];
    for id in v.split(',').filter(|s| !s.is_empty()).map(percent_decode) {
        match id.as_deref().and_then(&find) {
            Some(x) => push_unique(into, x),
            None => missing.push(id.unwrap_or_default()),
        }
    }
    missing
}

/// `source=o:<outlet>,a:<article>`: outlets and articles share one key, told apart by
/// their prefix; returns the values that name neither.
fn sources_into(v: &str, q: &mut Query, b: &Bundle) -> Vec<String> {
    let mut missing = vec![];
    for id in v.split(',').filter(|s| !s.is_empty()).map(percent_decode) {
        let id = id.unwrap_or_default();
        if let Some(o) = id.strip_prefix("o:").and_then(|s| b.find_outlet(s)) {
            push_unique(&mut q.outlets, o);
        } else if let Some(a) = id.strip_prefix("a:").and_then(|s| b.find_article(s)) {
            push_unique(&mut q.articles, a);
        } else {
            missing.push(id);
        }
    }
    missing
}

/// `event=<id>`: the event a link points at, found by its id or by an alias it had before a
/// merge (then recorded in `merged`, so the reader is told). False when no event has it.
fn event_into(p: &mut Parsed, v: &str, b: &Bundle) -> bool {
    let Some(id) = percent_decode(v) else { return false };
    let Some((i, via_alias)) = b.find_event(&id) else { return false };
    p.state.event = Some(i);
    if via_alias {
        p.merged.push((id, b.s(b.events[i as usize].id).to_owned()));
    }
    true
}

/// Serialises the state (without `#`); the empty state gives `""`.
pub fn serialize(s: &State, b: &Bundle) -> String {
    let q = &s.query;
    let mut parts: Vec<String> = vec![];
    let join = |ids: Vec<&str>| ids.iter().map(|s| percent_encode(s)).collect::<Vec<_>>().join(",");
    if !q.actors.is_empty() {
        parts.push(format!(
            "actor={}",
            join(q.actors.iter().map(|&a| b.s(b.actors[a as usize].id)).collect())
        ));
    }
    if !q.kinds.is_empty() {
        parts.push(format!("type={}", join(q.kinds.iter().map(|k| k.id()).collect())));
    }
    if !q.places.is_empty() {
        parts.push(format!(
            "place={}",
            join(q.places.iter().map(|&a| b.s(b.places[a as usize].id)).collect())
        ));
    }
    if !q.outlets.is_empty() || !q.articles.is_empty() {
        let mut ids: Vec<String> =
            q.outlets.iter().map(|&o| format!("o:{}", b.s(b.outlets[o as usize].slug))).collect();
        ids.extend(q.articles.iter().map(|&a| format!("a:{}", b.s(b.articles[a as usize].id))));
        parts.push(format!("source={}", join(ids.iter().map(String::as_str).collect())));
    }
    if let Some(f) = q.from {
        parts.push(format!("from={}", format_ymd(f)));
    }
    if let Some(t) = q.to {
        parts.push(format!("to={}", format_ymd(t)));
    }
    if !q.text.trim().is_empty() {
        parts.push(format!("q={}", percent_encode(&q.text)));
    }
    if let Some(l) = s.lang {
        parts.push(format!("lang={}", l.id()));
    }
    if let Some(v) = s.view {
        if let Some(w) = b.map.views.get(v.0 as usize) {
            parts.push(format!("view={}", b.s(w.id)));
        }
    }
    if let Some(e) = s.event.and_then(|e| b.events.get(e as usize)) {
        parts.push(format!("event={}", percent_encode(b.s(e.id))));
    }
    parts.join("&")
}
