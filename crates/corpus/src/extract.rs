//! Extraction of one article: boilerplate → sentences → places, actors, dates, triggers,
//! claims → candidate events (one per date a sentence reports), with provenance.
//!
//! Discourse rules, all general:
//! - a sentence without a date expression inherits the *temporal focus* (the last day
//!   named earlier in the article) when it is in a past tense, and the publication date
//!   otherwise ("L'Azerbaïdjan envisage une amnistie" is today's news);
//! - a sentence that only denies ("Bakou a démenti", "complètement fausses") disputes the
//!   event told just before it instead of creating one;
//! - statements need a named actor; background (years ago, or year precision) is skipped;
//! - events in the conflict zone without a named place take the article's main region.
use jiff::civil::Date;

use crate::article::{Article, Published};
use crate::boilerplate;
use crate::claim;
use crate::classify::{stem_pos, TriggerHit, TriggerIndex, FEARS, MODALS};
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::export::{EventType, Fatalities, Precision, Role};
use crate::fold::{words_into, Folded, View};
use crate::gazetteer::{Gazetteer, PlaceHit, PlaceIndex, PlaceKind};
use crate::lexicon::{ActorHit, ActorIndex, Lexicon};
use crate::sentence;
use crate::time::DateValue;
use crate::time::{self, Basis, Role as TimeRole, Tense, TenseMap, TimeHit, Timeline};

/// Everything extraction needs, built once per corpus.
pub struct Context<'a> {
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
    pub places: PlaceIndex,
    pub actors: ActorIndex,
    pub triggers: TriggerIndex,
    /// Index of each place's parent in the gazetteer (resolved once, not per hit).
    pub parents: Vec<Option<usize>>,
}

impl<'a> Context<'a> {
    pub fn new(gazetteer: &'a Gazetteer, lexicon: &'a Lexicon) -> Self {
        let parents = gazetteer
            .places
            .iter()
            .map(|p| p.parent.as_deref().and_then(|id| gazetteer.index_of(id)))
            .collect();
        Context {
            gazetteer,
            lexicon,
            places: PlaceIndex::new(gazetteer),
            actors: ActorIndex::new(lexicon).with_place_actors(lexicon, gazetteer),
            triggers: TriggerIndex::new(),
            parents,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateOrigin {
    /// Written in the sentence.
    Explicit,
    /// Carried over from an earlier sentence of the article.
    Inherited,
    /// The publication date.
    Publication,
}

/// One sentence's report of one event.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub article: String,
    /// Byte offset of the sentence in the body (for ordering).
    pub pos: usize,
    pub kind: EventType,
    pub class: &'static str,
    pub date: DateValue,
    pub date_origin: DateOrigin,
    pub expression: Option<String>,
    /// What the date was resolved against.
    pub basis: Basis,
    pub place: Option<usize>,
    /// The place was not named but defaulted to the article's region.
    pub place_default: bool,
    pub actors: Vec<(usize, Role)>,
    pub fatalities: Option<Fatalities>,
    pub quote: String,
    pub claimed_by: Option<String>,
    pub trigger: Option<(usize, usize)>,
    pub disputed_by: Vec<usize>,
    /// Further sentences about the same event (denials): (quote, claimed_by).
    pub extra: Vec<(String, Option<String>)>,
}

/// Result of extracting one article.
#[derive(Debug, Default)]
pub struct Extraction {
    pub candidates: Vec<Candidate>,
    pub diagnostics: Vec<Diagnostic>,
    /// Sentences of the article that were kept (byte ranges of the body).
    pub sentences: usize,
}

fn day(d: Date) -> DateValue {
    DateValue { start: d, end: None, precision: Precision::Day, fine: time::Precision::Day }
}

/// Extract candidate events from an article.
pub fn extract(a: &Article, ctx: &Context) -> Extraction {
    let mut out = Extraction::default();
    let body = &a.body;
    let cleaned = boilerplate::clean(body);
    let lines = LineIndex::new(body);
    let line_of = |_: &str, pos: usize| lines.line(pos);
    for s in &cleaned.skipped {
        let text: String = body[s.start..s.end].chars().take(60).collect();
        out.diagnostics.push(Diagnostic::warning(
            &a.path,
            a.body_line - 1 + line_of(body, s.start),
            format!("skipped as boilerplate ({}): {}", s.reason, text),
        ));
    }
    let (anchor, day_known) = match a.published {
        Published::Day(d) => (d, true),
        Published::Month(d) => (d.last_of_month(), false),
    };
    let pub_value = match a.published {
        Published::Day(d) => day(d),
        Published::Month(d) => DateValue {
            start: d,
            end: Some(d.last_of_month()),
            precision: Precision::Month,
            fine: time::Precision::Month,
        },
    };
    // sentences
    let mut sents: Vec<(usize, usize)> = Vec::new();
    let mut para_of: Vec<usize> = Vec::new();
    for (pi, p) in cleaned.prose.iter().enumerate() {
        for (s, e) in sentence::split(&body[p.start..p.end]) {
            sents.push((p.start + s, p.start + e));
            para_of.push(pi);
        }
    }
    out.sentences = sents.len();
    // the body is folded once; each sentence is a view into it
    let folded = Folded::new(body);
    let mut ws: Vec<(usize, usize)> = Vec::new();
    let sent_places: Vec<Vec<PlaceHit>> = sents
        .iter()
        .map(|&(ss, se)| {
            let t = folded.view(ss, se).text;
            words_into(t, &mut ws);
            ctx.places.find_with(ctx.gazetteer, t, &ws)
        })
        .collect();
    // the article's main region: the most named region-like place
    let region = main_region(&sent_places, ctx);
    let mut lower = String::new();
    let doc = document_type(a, &cleaned);
    let mut timeline = Timeline::new(anchor, day_known, doc);
    // live-blog entries: each timestamp line dates the sentences after it
    let stamps = if doc == time::DocType::LiveBlog { time::entry_stamps(body, anchor) } else { Vec::new() };
    let mut next_stamp = 0;
    let mut last_candidate_sentence: Option<usize> = None;
    for (si, &(ss, se)) in sents.iter().enumerate() {
        let text = &body[ss..se];
        if text.len() > 5000 {
            continue; // not a sentence: a wall of text without punctuation
        }
        let f = folded.view(ss, se);
        let t = f.text;
        lower.clear();
        crate::fold::lowercase_into(text, &mut lower);
        words_into(t, &mut ws);
        let places: &[PlaceHit] = &sent_places[si];
        let actors = ctx.actors.find_with(ctx.lexicon, ctx.gazetteer, t, &ws, places);
        let tenses = TenseMap::new(&lower);
        let para = para_of[si];
        while stamps.get(next_stamp).is_some_and(|(o, _)| *o <= ss) {
            timeline.enter(stamps[next_stamp].1, para);
            next_stamp += 1;
        }
        let st = timeline.sentence(text, t, para, &tenses);
        if st.header {
            continue;
        }
        let dates = &st.hits;
        // a wire dateline ("BAKOU, 14 mars (Reuters) -") or an entry's timestamp is not part
        // of any quote: quotes start after it, at the next letter, digit or opening quote
        let lead = {
            let o = f.orig_range(st.lead, st.lead).0.min(text.len());
            o + text[o..].find(|c: char| c.is_alphanumeric() || matches!(c, '«' | '"' | '“')).unwrap_or(0)
        };
        let quote = &text[lead..];
        let mut triggers = ctx.triggers.find(t);
        // fears and hypotheses report no event from where they are voiced on, but who
        // voiced them did say something, and what is told before them happened
        if let Some(fp) = stem_pos(t, FEARS) {
            triggers.retain(|h| h.trigger.kind == EventType::Statement || h.end <= fp);
        }
        let line = a.body_line - 1 + line_of(body, ss);
        for d in dates {
            if d.value.is_none() {
                out.diagnostics.push(Diagnostic::warning(
                    &a.path,
                    line,
                    format!(
                        "could not resolve the date `{}` (publication date `{}` has no day)",
                        &t[d.start..d.end],
                        a.meta.published
                    ),
                ));
            }
        }
        unknown_places(a, line, text, &f, places, &actors, &mut out.diagnostics);
        let usable: Vec<&TimeHit> = dates.iter().filter(|d| d.dates_event()).collect();
        let strong: Vec<&TriggerHit> =
            triggers.iter().filter(|h| h.trigger.kind != EventType::Statement).collect();
        let denial = claim::denial(t);
        // a denial without an event of its own disputes the previous event
        if strong.is_empty() || strong.iter().all(|h| h.trigger.class == "combat") {
            if let (Some(dpos), Some(prev)) = (denial, last_candidate_sentence) {
                if si <= prev + 2 {
                    let deniers: Vec<usize> =
                        actors.iter().filter(|h| h.start < dpos).map(|h| h.actor).collect();
                    let claimed = claim::attribution(t).map(|(x, y)| orig(text, &f, x, y));
                    if let Some(c) = out.candidates.last_mut() {
                        for d in deniers {
                            if !c.disputed_by.contains(&d) {
                                c.disputed_by.push(d);
                            }
                        }
                        c.extra.push((quote.to_string(), claimed));
                    }
                    continue;
                }
            }
        }
        if triggers.is_empty() {
            timeline.advance(&st, tenses.overall(), text, &f, para);
            continue;
        }
        // group triggers by their nearest usable date
        let mut groups: Vec<(Option<usize>, Vec<&TriggerHit>)> = Vec::new();
        let report = st.report();
        let mut usable = usable;
        let report_idx = report.map(|r| {
            usable.push(r);
            usable.len() - 1
        });
        for h in &triggers {
            let g = match report_idx {
                Some(ri) if h.trigger.kind == EventType::Statement => Some(ri),
                Some(ri) => nearest_date(&usable[..ri], h, t),
                None => nearest_date(&usable, h, t),
            };
            match groups.iter_mut().find(|(k, _)| *k == g) {
                Some((_, v)) => v.push(h),
                None => groups.push((g, vec![h])),
            }
        }
        let any_strong_group = groups.iter().any(|(_, v)| v.iter().any(|h| h.trigger.weight >= 3));
        let attribution = claim::attribution(t);
        let claimed_by = attribution.map(|(x, y)| orig(text, &f, x, y));
        let toll = claim::toll_with(t, &ws);
        let tense = tenses.overall();
        let pronoun_subject = ["il ", "elle ", "ils ", "elles "].iter().any(|p| t.starts_with(p))
            || t.contains("a-t-il")
            || t.contains("a-t-elle");
        for (g, hits) in groups {
            // references ("face à l'offensive") and the generic "combats" never make an event
            let hits: Vec<&TriggerHit> = hits
                .into_iter()
                .filter(|h| h.trigger.kind == EventType::Statement || h.trigger.weight >= 3)
                .collect();
            let Some(main) =
                hits.iter().max_by_key(|h| (h.trigger.weight, std::cmp::Reverse(h.start))).copied()
            else {
                continue;
            };
            let mut kind = main.trigger.kind;
            let mut class = main.trigger.class;
            if main.trigger.weight < 3 && any_strong_group {
                continue;
            }
            let modal_before = {
                let head = &t[..main.start];
                head.split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(3)
                    .any(|w| MODALS.iter().any(|m| w.starts_with(m)))
            };
            if modal_before && kind == EventType::Political
                || tense == Tense::Future && g.is_none() && kind != EventType::Statement
            {
                // an intention, a demand or an announcement of the future: a statement
                kind = EventType::Statement;
                class = "statement";
            }
            if kind == EventType::Statement
                && (actors.is_empty() || hits.iter().all(|h| h.trigger.weight < 1))
            {
                continue;
            }
            // date
            let (value, origin, expression, basis) = match g {
                Some(i) => {
                    let d = usable[i];
                    (
                        to_value(d.value.unwrap()),
                        DateOrigin::Explicit,
                        Some(orig(text, &f, d.start, d.end)),
                        timeline.basis(d),
                    )
                }
                None => undated(&timeline, &st, tense, para, pub_value, text, &f),
            };
            // background is not part of the chronology
            // (an old fact dated to the day is a fact an op-ed or an anniversary piece recalls)
            let old = value.start < anchor.checked_sub(jiff::Span::new().days(366)).unwrap_or(anchor);
            if value.precision == Precision::Year
                || old && (value.precision != Precision::Day || origin != DateOrigin::Explicit)
            {
                continue;
            }
            // place: the most specific, then the nearest to the trigger. A name that is also
            // an actor counts as the place of events that happen somewhere (not of calls or
            // declarations, where "à Moscou" is more often "to Moscow")
            let where_kind = matches!(
                kind,
                EventType::Talks
                    | EventType::Protest
                    | EventType::Fighting
                    | EventType::Incident
                    | EventType::Casualties
                    | EventType::Humanitarian
            );
            let place_hit = places
                .iter()
                .filter(|p| {
                    (where_kind && strictly_locative(t, p.start))
                        || !actors.iter().any(|h| h.start == p.start && h.end == p.end)
                })
                .max_by_key(|p| {
                    let pl = &ctx.gazetteer.places[p.place];
                    (
                        pl.specificity() + if p.locative || p.descriptive { 2 } else { 0 },
                        std::cmp::Reverse(p.start.abs_diff(main.start)),
                    )
                });
            let (place, place_default) = match place_hit {
                Some(p) => (Some(p.place), false),
                None if matches!(
                    kind,
                    EventType::Fighting
                        | EventType::Ceasefire
                        | EventType::Humanitarian
                        | EventType::Casualties
                ) =>
                {
                    (region, region.is_some())
                }
                None => (None, false),
            };
            // actors and roles
            let mut acts: Vec<(usize, Role)> = Vec::new();
            for h in &actors {
                let claimant = attribution.is_some_and(|(x, y)| h.start >= x && h.start < y);
                let role = if claimant {
                    Role::Claimant
                } else if is_mediation(t, h) {
                    Role::Mediator
                } else if matches!(kind, EventType::Talks | EventType::Diplomacy | EventType::Ceasefire) {
                    Role::Participant
                } else if h.start < main.start {
                    Role::Initiator
                } else if targets(t, main.end, h.start) {
                    Role::Target
                } else {
                    Role::Participant
                };
                if let Some(x) = acts.iter_mut().find(|(a, _)| *a == h.actor) {
                    if x.1 == Role::Claimant && role != Role::Claimant {
                        x.1 = role;
                    }
                } else {
                    acts.push((h.actor, role));
                }
            }
            let fatalities = (toll.killed.is_some() || toll.wounded.is_some()).then(|| Fatalities {
                killed_min: toll.killed,
                wounded_min: toll.wounded,
                claimed_by: claimed_by.clone(),
            });
            let disputed_by: Vec<usize> = match denial {
                Some(dpos) if dpos > main.start => {
                    let before: Vec<usize> = actors
                        .iter()
                        .filter(|h| h.start < dpos && h.start > main.end)
                        .map(|h| h.actor)
                        .collect();
                    before.last().copied().into_iter().collect()
                }
                _ => Vec::new(),
            };
            // continuation: an undated, unplaced report right after an event of the same
            // kind, or a statement by the same speaker or a pronoun, tells more of it
            let statement = kind == EventType::Statement;
            let back_reference = out.candidates.last().is_some_and(|prev| refers_back(t, main, prev));
            if origin != DateOrigin::Explicit
                && (place_hit.is_none() || statement || back_reference)
                && last_candidate_sentence.is_some_and(|p| p + 2 >= si)
            {
                if let Some(prev) = out.candidates.last_mut() {
                    let shares = acts
                        .iter()
                        .any(|(a, r)| *r != Role::Claimant && prev.actors.iter().any(|(b, _)| b == a));
                    let speech =
                        matches!(prev.kind, EventType::Statement | EventType::Talks | EventType::Diplomacy);
                    let same = prev.kind == kind
                        && (prev.class == class || kind == EventType::Fighting)
                        && (!statement || shares || pronoun_subject);
                    if same || statement && (pronoun_subject || shares && speech) {
                        for d in &disputed_by {
                            if !prev.disputed_by.contains(d) {
                                prev.disputed_by.push(*d);
                            }
                        }
                        prev.extra.push((quote.to_string(), claimed_by.clone()));
                        last_candidate_sentence = Some(si);
                        continue;
                    }
                }
            }
            let (ts, te) = f.orig_range(main.start, main.end);
            out.candidates.push(Candidate {
                article: a.id.clone(),
                pos: ss,
                kind,
                class,
                date: value,
                date_origin: origin,
                expression,
                basis,
                place,
                place_default,
                actors: acts,
                fatalities,
                quote: quote.to_string(),
                claimed_by: claimed_by.clone(),
                trigger: (ts >= lead).then(|| (ts - lead, te - lead)),
                disputed_by,
                extra: Vec::new(),
            });
            last_candidate_sentence = Some(si);
        }
        timeline.advance(&st, tenses.overall(), text, &f, para);
    }
    out
}

/// Does the trigger `hit` of the folded sentence `t` name again, with a definite or
/// demonstrative determiner, what the previous report named ("deux camions sont partis…
/// Les camions roulent vers…")? Then the sentence tells more of that event, even when it
/// names a new place.
fn refers_back(t: &str, hit: &TriggerHit, prev: &Candidate) -> bool {
    let before = t[..hit.start].trim_end();
    let det = before.rsplit(' ').next().unwrap_or(before);
    let definite = matches!(det, "le" | "la" | "les" | "ce" | "cet" | "cette" | "ces") || det.ends_with("l'");
    definite
        && prev.class == hit.trigger.class
        && crate::fold::fold(&prev.quote).contains(&t[hit.start..hit.end])
}

/// The article's document type: the front matter's `document`, else detected from its
/// prose (live-blog timestamps, a narrative present over old dates).
pub fn document_type(a: &Article, cleaned: &boilerplate::Cleaned) -> time::DocType {
    a.document.unwrap_or_else(|| {
        let paras: Vec<&str> = cleaned.prose.iter().map(|p| &a.body[p.start..p.end]).collect();
        let anchor = match a.published {
            Published::Day(d) => d,
            Published::Month(d) => d.last_of_month(),
        };
        time::detect(&a.body, &paras, anchor)
    })
}

fn to_value(v: time::Interval) -> DateValue {
    let precision = match v.precision {
        time::Precision::Day | time::Precision::Night => Precision::Day,
        time::Precision::Interval => Precision::Day,
        time::Precision::Week => Precision::Week,
        time::Precision::Month => Precision::Month,
        time::Precision::Year => Precision::Year,
    };
    // a part of a month ("fin juillet") is shown and merged as its month
    let (start, end) = if precision == Precision::Month {
        (v.start.first_of_month(), v.end.last_of_month())
    } else {
        (v.start, v.end)
    };
    let end = (end != start || precision != Precision::Day).then_some(end);
    DateValue { start, end, precision, fine: v.precision }
}

/// The date of an event whose sentence names none of its own: a decision's reference
/// time, the reference time the story is at (by document type and tense, never after the
/// report that tells it), the report's own date, or the publication date.
fn undated(
    tl: &Timeline,
    st: &time::SentenceTime,
    tense: Tense,
    para: usize,
    pub_value: DateValue,
    text: &str,
    f: &View,
) -> (DateValue, DateOrigin, Option<String>, Basis) {
    if let Some(h) = st.hits.iter().find(|h| h.role == TimeRole::Decision && h.value.is_some()) {
        let r = tl.anchors.reference;
        return (
            to_value(time::Interval { start: r, end: r, precision: time::Precision::Day }),
            DateOrigin::Inherited,
            Some(orig(text, f, h.start, h.end)),
            Basis::Reference(r),
        );
    }
    let inherited = tl.inherited(tense, para);
    if let Some(h) = st.report() {
        // a pluperfect report tells of an earlier event: the reference time, if it is
        // before the report; anything else is dated by the report
        let rv = h.value.unwrap();
        if let Some((v, e, b)) =
            inherited.filter(|(v, _, _)| tense == Tense::Pluperfect && v.start <= rv.start)
        {
            return (to_value(v), DateOrigin::Inherited, e, b);
        }
        return (to_value(rv), DateOrigin::Explicit, Some(orig(text, f, h.start, h.end)), tl.basis(h));
    }
    if let Some((v, e, b)) = inherited {
        return (to_value(v), DateOrigin::Inherited, e, b);
    }
    (pub_value, DateOrigin::Publication, None, Basis::Publication)
}

fn orig(text: &str, f: &View, s: usize, e: usize) -> String {
    let (a, b) = f.orig_range(s, e);
    text[a..b].to_string()
}

/// The usable date hit nearest to a trigger; a sentence-initial "Jeudi, …" governs the
/// whole sentence unless another date is closer.
fn nearest_date(dates: &[&TimeHit], h: &TriggerHit, _t: &str) -> Option<usize> {
    dates
        .iter()
        .enumerate()
        .min_by_key(|(_, d)| {
            // The gap between the two spans (0 when they overlap).
            h.start.saturating_sub(d.end).max(d.start.saturating_sub(h.end))
        })
        .map(|(i, _)| i)
}

fn is_mediation(t: &str, h: &ActorHit) -> bool {
    let mut from = h.start.saturating_sub(45);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let window = &t[from..h.start];
    if window.contains("en presence de")
        || window.contains("sous la mediation")
        || window.contains("sous l'egide")
    {
        return true;
    }
    let mut from = h.start.saturating_sub(30);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = &t[from..h.start];
    let before = before.trim_end();
    before.ends_with("en presence de")
        || before.ends_with("negocie par la")
        || before.ends_with("negocie par")
        || before.ends_with("mediation de la")
        || before.ends_with("mediation de l'")
        || before.ends_with("sous la mediation de")
        || before.ends_with("mediation de")
        || before.ends_with("par la") && before.contains("negoci")
}

/// The word before byte `i` of `t` (folded), skipping spaces and apostrophes, and where it starts.
fn word_before(t: &str, i: usize) -> (&str, usize) {
    let b = t.as_bytes();
    let mut e = i.min(b.len());
    while e > 0 && !crate::fold::is_word_byte(b[e - 1]) {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && crate::fold::is_word_byte(b[s - 1]) {
        s -= 1;
    }
    (&t[s..e], s)
}

/// A name right after "à", "au", "aux", "en" or "dans" is where something happened, even
/// when it also names an actor ("à Erevan", "en Arménie", "dans la capitale"). "à l'Arménie",
/// with an article, is a dative ("une proposition faite à l'Ouzbékistan").
fn strictly_locative(t: &str, start: usize) -> bool {
    let (w, s) = word_before(t, start);
    if matches!(w, "la" | "le" | "l" | "les") {
        return word_before(t, s).0 == "dans";
    }
    matches!(w, "a" | "au" | "aux" | "en" | "dans")
}

fn targets(t: &str, from: usize, to: usize) -> bool {
    if from >= to || to > t.len() || !t.is_char_boundary(from) || !t.is_char_boundary(to) {
        return false;
    }
    let between = &t[from..to];
    [" contre ", " sur ", " visant ", " vers "].iter().any(|w| between.contains(w))
}

/// The region most named in the article's prose (by place hits of region kind).
fn main_region(sent_places: &[Vec<PlaceHit>], ctx: &Context) -> Option<usize> {
    let mut counts: std::collections::BTreeMap<usize, usize> = Default::default();
    for hits in sent_places {
        for h in hits {
            let p = &ctx.gazetteer.places[h.place];
            if p.kind == PlaceKind::Region {
                *counts.entry(h.place).or_default() += 1;
            }
            if let Some(parent) = ctx.parents[h.place] {
                if ctx.gazetteer.places[parent].kind == PlaceKind::Region {
                    *counts.entry(parent).or_default() += 1;
                }
            }
        }
    }
    counts.into_iter().max_by_key(|&(p, n)| (n, std::cmp::Reverse(p))).map(|(p, _)| p)
}

/// Warn about capitalised names after "à" that are neither places nor actors.
fn unknown_places(
    a: &Article,
    line: usize,
    text: &str,
    f: &View,
    places: &[PlaceHit],
    actors: &[ActorHit],
    diags: &mut Vec<Diagnostic>,
) {
    let t = f.text;
    let mut from = 0;
    while let Some(i) = t[from..].find(" a ") {
        let s = from + i + 3;
        from = s;
        let (os, _) = f.orig_range(s, s);
        let rest = &text[os.min(text.len())..];
        let name: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
        if name.chars().next().is_some_and(|c| c.is_uppercase())
            && name.chars().count() > 2
            && !name.chars().all(|c| c.is_uppercase() || c == '-')
        {
            let covered = places.iter().any(|p| p.start <= s && s < p.end.max(p.start + 1))
                || actors.iter().any(|h| h.start <= s && s < h.end);
            let first = name.to_lowercase();
            if !covered
                && !matches!(
                    first.as_str(),
                    "la" | "le" | "les" | "l" | "un" | "une" | "partir" | "cause" | "travers" | "propos"
                )
            {
                diags.push(Diagnostic::warning(
                    &a.path,
                    line,
                    format!("place not in the gazetteer: `{name}`"),
                ));
            }
        }
    }
}
