//! The event's date: the sentence's time expression or the nearest one, background and
//! undated sentences, and how a date becomes a baked value.
use super::*;

pub(super) fn day(d: Date) -> DateValue {
    DateValue { start: d, end: None, precision: Precision::Day, fine: time::Precision::Day }
}

pub(super) fn to_value(v: time::Interval) -> DateValue {
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

/// The date of an event whose sentence names none of its own: a decision's day (the day
/// it was announced, else the reference time), a cumulative toll's telling day
/// ([`toll_told`]), the reference time the story is at (by document type and tense, never
/// after the report that tells it, never before an apposition's later day:
/// [`later_apposition`]), the report's own date, or the publication date.
pub(super) fn undated(
    tl: &Timeline,
    st: &time::SentenceTime,
    tense: Tense,
    para: usize,
    pub_value: DateValue,
    text: &str,
    f: &View,
) -> (DateValue, DateOrigin, Option<String>, Basis) {
    if let Some(h) = st.hits.iter().find(|h| h.role == TimeRole::Decision && h.value.is_some()) {
        // "a fait savoir mardi que la frontière rouvrirait à compter du 3": decided on Tuesday
        if let Some(rh) = st.report() {
            let v = to_value(rh.value.unwrap());
            return (v, DateOrigin::Explicit, Some(orig(text, f, rh.start, rh.end)), tl.basis(rh));
        }
        let r = tl.anchors.reference;
        return (
            to_value(time::Interval { start: r, end: r, precision: time::Precision::Day }),
            DateOrigin::Inherited,
            Some(orig(text, f, h.start, h.end)),
            Basis::Reference(r),
        );
    }
    if st.toll_to_date && tl.anchors.doc != time::DocType::Narrative {
        return toll_told(tl, st, pub_value, text, f);
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
        if let Some(h) = later_apposition(st, v.start).filter(|_| tense != Tense::Pluperfect) {
            let d = to_value(h.value.unwrap());
            return (d, DateOrigin::Explicit, Some(orig(text, f, h.start, h.end)), tl.basis(h));
        }
        return (to_value(v), DateOrigin::Inherited, e, b);
    }
    (pub_value, DateOrigin::Publication, None, Basis::Publication)
}

/// The day of an appositive participle or a relative clause of the sentence later than the
/// story's day `day` ("Les renforts, arrivés mardi dans la ville, ont pris position", "Selon
/// le gouverneur, qui s'exprimait lundi, 3 000 habitants ont fui", told after a Sunday): the
/// main clause tells what followed that fact or was told with it, so it is no earlier than
/// its day. When the story is already past that day, the main clause keeps the story's; a
/// main clause in the plus-que-parfait tells what came before (the caller's check).
fn later_apposition(st: &time::SentenceTime, day: Date) -> Option<&TimeHit> {
    st.hits.iter().find(|h| {
        h.apposition.is_some()
            && h.role == TimeRole::Event
            && h.value.is_some_and(|v| v.precision.is_daily() && v.start > day)
    })
}

/// A toll counted from an onset ("quarante morts depuis mercredi", "péris depuis le
/// commencement du siège") is the count on the day it is told: its report's day, else its live-blog
/// entry's or dateline's, else publication; never the story's day, which may be the onset's.
/// Not in a narrative, whose present tells the story's day (the caller's check).
fn toll_told(
    tl: &Timeline,
    st: &time::SentenceTime,
    pub_value: DateValue,
    text: &str,
    f: &View,
) -> (DateValue, DateOrigin, Option<String>, Basis) {
    if let Some(rh) = st.report() {
        let v = to_value(rh.value.unwrap());
        return (v, DateOrigin::Explicit, Some(orig(text, f, rh.start, rh.end)), tl.basis(rh));
    }
    match tl.telling_day() {
        d if d == tl.anchors.published => (pub_value, DateOrigin::Publication, None, Basis::Publication),
        d => (day(d), DateOrigin::Inherited, None, Basis::Entry(d)),
    }
}

pub(super) fn orig(text: &str, f: &View, s: usize, e: usize) -> String {
    let (a, b) = f.orig_range(s, e);
    text[a..b].to_string()
}

/// The usable date hit nearest to a trigger; a sentence-initial "Jeudi, …" governs the
/// whole sentence unless another date is closer. A date belongs to its own clause:
/// across a clause bound ([`dated_clause_bounds`]) a trigger takes a date of its own
/// clause first, else one told before it (a date carries forward: "Le 3, X a tiré ; Y a
/// riposté"), never one that opens a later clause ("X cesse ; le surlendemain, Y").
pub(super) fn nearest_date(dates: &[&TimeHit], h: &TriggerHit, bounds: &[usize]) -> Option<usize> {
    let apart = |d: &TimeHit| {
        let (a, b) = if d.start < h.start { (d.end, h.start) } else { (h.end, d.start) };
        bounds.iter().any(|&c| a <= c && c < b)
    };
    let gap = |d: &TimeHit| h.start.saturating_sub(d.end).max(d.start.saturating_sub(h.end));
    let nearest = |keep: &dyn Fn(&TimeHit) -> bool| {
        dates.iter().enumerate().filter(|(_, d)| keep(d)).min_by_key(|(_, d)| gap(d)).map(|(i, _)| i)
    };
    nearest(&|d| !apart(d)).or_else(|| nearest(&|d| d.start < h.start))
}

/// Where a sentence's clauses part, for dating: at ";", and at "puis" or ", et" when a
/// date opens the clause they join ("…, puis, trois jours plus tard, …"). Folded offsets.
pub(super) fn dated_clause_bounds(s: &Sentence, st: &SentenceTime) -> Vec<usize> {
    let mut bounds = occurrences(s, &["; "]);
    for sep in [" puis ", ", et "] {
        let dated = occurrences(s, &[sep]).into_iter().filter(|&c| {
            let rest = s.t[c + sep.len()..].trim_start_matches([',', ' ']);
            dated_at(s, st, s.t.len() - rest.len())
        });
        bounds.extend(dated);
    }
    bounds
}

impl<'p> Walk<'p> {
    /// Step 2: the sentence's dates, after entering any live-blog entry that starts before
    /// it (`None`: the sentence is only a timestamp or a dateline).
    pub(super) fn time(&mut self, s: &Sentence) -> Option<SentenceTime> {
        while self.stamps.get(self.next_stamp).is_some_and(|(o, _)| *o <= s.start) {
            self.timeline.enter(self.stamps[self.next_stamp].1, s.para);
            self.next_stamp += 1;
        }
        let st = self.timeline.sentence(s.text, s.t, s.para, &s.tenses);
        (!st.header).then_some(st)
    }
    /// Step 4: an event's date: the written date that governs its frame, else the one its
    /// sentence inherits ([`undated`]).
    pub(super) fn date_of(
        &self,
        s: &Sentence,
        st: &SentenceTime,
        date: Option<&TimeHit>,
        args: &Arguments,
    ) -> (DateValue, DateOrigin, Option<String>, Basis) {
        match date {
            Some(d) => (
                to_value(d.value.unwrap()),
                DateOrigin::Explicit,
                Some(orig(s.text, &s.f, d.start, d.end)),
                self.timeline.basis(d),
            ),
            None => undated(&self.timeline, st, args.tense, s.para, self.pub_value, s.text, &s.f),
        }
    }
    /// Background is not part of the chronology: a fact dated only by its year ("en 1991",
    /// "l'an dernier"), or an old one dated by a season or a span of months ("à l'automne
    /// 2020"). A fact dated to its month or finer is part of it, however old: an explainer or
    /// an anniversary piece retells the war month by month.
    pub(super) fn is_background(&self, value: &DateValue) -> bool {
        let year_ago = self.anchor.checked_sub(jiff::Span::new().days(366)).unwrap_or(self.anchor);
        let one_month = value.end.is_none_or(|e| e.since(value.start).is_ok_and(|d| d.get_days() <= 31));
        value.precision == Precision::Year || value.start < year_ago && !one_month
    }
}
