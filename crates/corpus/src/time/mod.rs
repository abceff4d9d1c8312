//! Time: every time expression of an article resolved against the right anchor, in the
//! HeidelTime tradition (Strötgen & Gertz): a *publication time* for deictics, a
//! *reference time* that moves with the story for anaphora and underspecified dates, and
//! a *document type* that says which one an undated sentence takes.
//!
//! - **Deictics** ("hier", "il y a trois jours", "mardi dernier", "la semaine
//!   dernière") count from the publication day.
//! - **Anaphora** ("la veille", "le lendemain", "trois jours plus tard") and
//!   **underspecified dates** ("le 20", "dimanche 24") count from the reference time: the
//!   date of the last main-clause event. A date in a subordinate clause, on a reporting
//!   verb alone, or marking an onset ("depuis") or a deadline ("d'ici au 15") does not
//!   move it.
//! - **Document types** ([`DocType`], detected from the text, overridable in the front
//!   matter): in *news* an undated past-tense sentence keeps the reference time; in a
//!   *narrative* (explainer, retrospective) the narrative present moves along the story's
//!   dates; in a *live blog* each timestamped entry ("19h42", "Hier, 23h10") sets the
//!   reference time to its own day.
//! - **Roles**: a date on a reporting verb ("a annoncé jeudi que…") dates the report,
//!   not the reported event; "depuis dimanche" is the onset of a state; "à compter du 1er
//!   janvier" is the effective date of a decision taken at the reference time.
//!
//! Every resolved date keeps the words it came from and what it was resolved against
//! ([`Derivation`]), and its precision (day, night, week, month, year, interval).
//! The table of cases in `testdata/time/cases.toml` is the specification.
mod expr;
mod named;
pub mod tense;

use jiff::civil::Date;

use crate::fold::{lowercase_into, words_into, Folded};
pub(crate) use expr::{month_of, weekday_of};
pub use tense::{Tense, TenseMap};

/// What kind of text an article is, for undated sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocType {
    News,
    /// Explainers and retrospectives told in the narrative present.
    Narrative,
    /// Timestamped entries, often newest first.
    LiveBlog,
}

impl DocType {
    /// The front matter's spelling (`news`, `narrative`, `liveblog`).
    pub fn parse(s: &str) -> Option<DocType> {
        match s.trim().to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "news" => Some(DocType::News),
            "narrative" => Some(DocType::Narrative),
            "liveblog" => Some(DocType::LiveBlog),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            DocType::News => "news",
            DocType::Narrative => "narrative",
            DocType::LiveBlog => "liveblog",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    /// A night, dated by the day it ends ("la nuit de X à Y": the day Y).
    Night,
    Week,
    Month,
    Year,
    /// A span of days with both ends known ("du 19 au 20 septembre").
    Interval,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Night => "night",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Interval => "interval",
        }
    }
    /// Precise to the day: such a date can serve as the reference time.
    pub(crate) fn is_daily(self) -> bool {
        matches!(self, Precision::Day | Precision::Night | Precision::Interval)
    }
}

/// An event's date as exported: the first day, the last day when it spans more than one,
/// and the export's precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    pub start: Date,
    pub end: Option<Date>,
    pub precision: crate::export::Precision,
    /// The resolver's own precision (night and interval are finer than the export's).
    pub fine: Precision,
}

/// A resolved time: first and last day (equal for a day), and how precise it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

impl Interval {
    /// The day that stands for a part of a month ("début mai": the 5th, "mi-août": the
    /// 15th, "fin mars": about the 25th), which "quelques jours plus tard" or "le lendemain"
    /// count from: the middle of those days. `None` for a whole month and anything else.
    pub(crate) fn part_of_a_month_day(&self) -> Option<Date> {
        let days = (self.end - self.start).get_days();
        (self.precision == Precision::Month && days <= 10)
            .then(|| expr::add_days(self.start, i64::from(days / 2)))
    }
}

/// What a date does in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// When the event happened.
    Event,
    /// The start of a state ("depuis dimanche").
    Onset,
    /// The effective date or deadline of a decision ("à compter du 1er janvier").
    Decision,
    /// When a report was made ("a annoncé jeudi que…").
    Report,
}

/// How an expression is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Explicit,
    Numeric,
    Partial,
    Weekday,
    Deictic,
    Anaphoric,
    Fuzzy,
    Range,
}

/// One time expression of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimeHit {
    /// Byte range in the folded sentence.
    pub start: usize,
    pub end: usize,
    /// `None` when it cannot be resolved (a weekday against a month-only publication date).
    pub value: Option<Interval>,
    pub kind: Kind,
    pub role: Role,
    /// Inside a relative or temporal subordinate clause.
    pub subordinate: bool,
    /// Inside an appositive past participle (", interpellé la veille,"): the byte range of
    /// that segment. Such a date is subordinate, except for a frame inside the segment.
    pub apposition: Option<(usize, usize)>,
}

impl TimeHit {
    /// Can this hit date the sentence's main event?
    pub(crate) fn dates_event(&self) -> bool {
        self.value.is_some() && self.role == Role::Event && !self.subordinate
    }

    /// Can this hit date a frame at byte `at`? Any event date can, and an apposition's date
    /// can date the frames of its own segment ("…, interpellé la veille au poste, …").
    pub(crate) fn dates_event_at(&self, at: usize) -> bool {
        self.dates_event()
            || self.value.is_some()
                && self.role == Role::Event
                && self.apposition.is_some_and(|(a, b)| a <= at && at < b)
    }
}

/// What an expression was resolved against, for readers ("mardi dernier → 19 sept.,
/// d'après l'article du 26 sept.").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Written in full: nothing to resolve against.
    Absolute,
    /// The publication day.
    Publication,
    /// The story's reference time (the date of the last main-clause event).
    Reference(Date),
    /// A live-blog entry's timestamp or a wire dateline.
    Entry(Date),
}

/// The anchors an expression is resolved against.
#[derive(Debug, Clone, Copy)]
pub struct Anchors {
    pub published: Date,
    /// Whether the publication day is known (else `published` is the month's last day).
    pub day_known: bool,
    pub reference: Date,
    /// The start of the month, season or year the story last named in the paragraph ("À
    /// l'automne 2021"): a later "le 3 octobre" is in it.
    pub period: Option<Date>,
    /// The year of a full date the sentence wrote ("le 3 mars 2022"): its later days and
    /// months written without a year are in it ("…, puis le 5 mars").
    pub year: Option<i16>,
    /// A full date an earlier sentence of the paragraph wrote with its year ("Tout commence
    /// le 27 septembre 2020. […] Le 9 octobre, …"): the paragraph's later days without a
    /// year follow it.
    pub para_date: Option<Date>,
    pub doc: DocType,
    /// The dates the article gave the events it named ("l'accord", "la chute"): see
    /// [`named`].
    pub named: named::NamedEvents,
}

/// The time of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceTime {
    pub hits: Vec<TimeHit>,
    /// The sentence is only a live-blog timestamp or a dateline.
    pub header: bool,
    /// Folded byte offset where the sentence proper starts, after a wire dateline or a
    /// live-blog timestamp that opens it (0 when there is none): quotes start there.
    pub lead: usize,
    /// The date that would move the reference time counts from it ("la veille", "deux
    /// jours plus tôt") on a verb in the plus-que-parfait ("La veille, il avait révélé que
    /// Bakou exigeait…"): a flashback off the story's line, even when another verb of the
    /// sentence is in a past tense. It moves the reference time for the plus-que-parfait
    /// sentences that follow it, and the story's line comes back after them (see
    /// [`Timeline::back_to_main_line`]). A pluperfect with a date of its own ("avait
    /// déclenché dimanche") is no such flashback: it may start a background line.
    pub flashback: bool,
    /// The story's day is the report's ("Le ministre a dit samedi qu'une trêve avait été
    /// signée jeudi. Le même jour, …" is Saturday): the day a dated report tells an earlier fact in
    /// the plus-que-parfait of its completive clause: that fact is a flashback from the
    /// report's day ([`Timeline::advance`]).
    pub on_report: bool,
    /// A toll counted from an onset ("quarante morts depuis mercredi", "péris depuis le
    /// commencement du siège"): it adds up the dead until the day it is told
    /// ([`Timeline::telling_day`]), not the story's day.
    pub toll_to_date: bool,
}

impl SentenceTime {
    /// The hit on a reporting verb, if any.
    pub fn report(&self) -> Option<&TimeHit> {
        self.hits.iter().find(|h| h.role == Role::Report && h.value.is_some())
    }
}

/// The reference time's value, its expression, paragraph and basis.
type Focus = Option<(Interval, Option<String>, usize, Basis)>;

/// The time state of one article, fed its sentences in order.
#[derive(Debug, Clone)]
pub(crate) struct Timeline {
    pub anchors: Anchors,
    /// The reference time's value (any precision) and its expression, with the paragraph
    /// it was set in: a coarse one (a month) only holds for its paragraph.
    focus: Focus,
    /// The story's line before a flashback moved the reference time (its reference and
    /// focus): see [`Timeline::back_to_main_line`].
    main_line: Option<(Date, Focus)>,
    period_para: usize,
    /// The paragraph of `anchors.para_date`.
    year_para: usize,
    /// The day of an onset ("Depuis dimanche, la ville vit sous les drones.") that the
    /// story named last, with its paragraph: see [`Timeline::onset_day`].
    onset: Option<(Date, usize)>,
    /// The reference time was set by "le lendemain": see [`Timeline::series_base`].
    after_lendemain: bool,
    /// The reference time was set by a night ("dans la nuit du samedi au dimanche"): see
    /// [`Timeline::series_base`].
    after_night: bool,
    /// The day of the last live-blog entry or wire dateline read: the day its text is told.
    entry_day: Option<Date>,
    ws: Vec<(usize, usize)>,
}

impl Timeline {
    pub fn new(published: Date, day_known: bool, doc: DocType) -> Timeline {
        Timeline {
            anchors: Anchors {
                published,
                day_known,
                reference: published,
                period: None,
                year: None,
                para_date: None,
                doc,
                named: Default::default(),
            },
            focus: None,
            main_line: None,
            period_para: 0,
            year_para: 0,
            onset: None,
            after_lendemain: false,
            after_night: false,
            entry_day: None,
            ws: Vec::new(),
        }
    }

    /// Analyse one sentence (`text` original, `t` its folded form) of paragraph `para`.
    pub fn sentence(&mut self, text: &str, t: &str, para: usize, tenses: &TenseMap) -> SentenceTime {
        let mut ws = std::mem::take(&mut self.ws);
        words_into(t, &mut ws);
        if para != self.period_para {
            self.anchors.period = None;
        }
        if para != self.year_para {
            self.anchors.para_date = None;
        }
        let mut st = SentenceTime::default();
        let skip = self.header(text, t, &ws, para);
        if let Some(n) = skip {
            if n >= ws.len() {
                st.header = true;
                self.ws = ws;
                return st;
            }
        }
        self.back_to_main_line(tenses);
        let from = skip.unwrap_or(0);
        st.lead = if from > 0 { ws[from - 1].1 } else { 0 };
        let reference = self.anchors.reference;
        if let Some(d) = self.onset_day(t, para).or_else(|| self.series_base(t)) {
            self.anchors.reference = d;
        }
        expr::find(t, &ws[from..], tenses, &self.anchors, &mut st.hits);
        self.anchors.reference = reference;
        // most sentences name no time, and what follows only qualifies the times named
        if !st.hits.is_empty() {
            st.toll_to_date = self.qualify(text, t, &ws, tenses, &mut st.hits);
            self.keep_written_year(t, &ws[from..], &st.hits, para);
            self.anchors.named.record(t, &ws[from..], &st.hits);
            st.on_report = told_before_report(t, tenses, &st.hits);
            st.flashback = st
                .hits
                .iter()
                .rev()
                .find(|h| h.dates_event())
                .is_some_and(|h| h.kind == Kind::Anaphoric && tenses.at(h.start, t) == Tense::Pluperfect);
        }
        if !st.toll_to_date && t.contains("depuis") {
            st.toll_to_date = toll_since_the_start(t, &ws[from..], tenses);
        }
        self.ws = ws;
        st
    }

    /// After a flashback ("La veille, il avait révélé…"), a sentence with no
    /// plus-que-parfait returns to the story's line ("Le surlendemain, il réunit…" counts
    /// from the day told before the flashback); one in the plus-que-parfait stays in the
    /// flashback ("…avaient repris la veille X. Ils avaient proclamé le jour même…").
    fn back_to_main_line(&mut self, tenses: &TenseMap) {
        if self.main_line.is_some() && !tenses.has(Tense::Pluperfect) {
            let (r, focus) = self.main_line.take().unwrap();
            self.anchors.reference = r;
            self.focus = focus;
        }
    }

    /// The day a "ce jour-là" of sentence `t` points back at when the last dated sentence,
    /// in the same paragraph, named only the onset of a state: "Depuis dimanche, la ville
    /// vit sous les bombes. Ce jour-là, …" tells what happened on that Sunday. Only "ce
    /// jour-là" (and "le même jour"), which corefer with the last day named; "le lendemain"
    /// and the like keep the story's reference time.
    fn onset_day(&self, t: &str, para: usize) -> Option<Date> {
        let (d, p) = self.onset?;
        let corefers = t.contains("ce jour-la") || t.contains("meme jour");
        (p == para && corefers).then_some(d)
    }

    /// "Le lendemain, … Le surlendemain, …": both count from the same day, the one told
    /// before the series, so a "surlendemain" right after a sentence dated by "le
    /// lendemain" is one day after it, not two. A night is told as the evening of its
    /// first day: "Dans la nuit du samedi au dimanche, … Le lendemain, …" is the Sunday
    /// the night ended on, not the Monday.
    fn series_base(&self, t: &str) -> Option<Date> {
        let night_before = self.after_night && t.contains("lendemain");
        (self.after_lendemain && t.contains("surlendemain") || night_before)
            .then(|| expr::add_days(self.anchors.reference, -1))
    }

    /// The roles of the times `hits` named in a sentence (report, subordinate, apposition),
    /// and their values checked against publication.
    /// Returns whether the sentence tells a toll counted from an onset ([`cumulative_tolls`]).
    fn qualify(
        &self,
        text: &str,
        t: &str,
        ws: &[(usize, usize)],
        tenses: &TenseMap,
        hits: &mut [TimeHit],
    ) -> bool {
        // an opening past participle ("Annoncé dimanche par …, le …"), read on the
        // original text, where "é" is still told apart from "e"
        let first = text.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let opening = first.chars().count() > 4
            && ["é", "ée", "és", "ées"].iter().any(|x| first.ends_with(x))
            && first.starts_with(char::is_uppercase);
        clause_roles(t, ws, opening, text, hits);
        participle_dates(t, ws, text, hits);
        eve_of_a_named_day(t, hits);
        count_apposed_to_a_day(t, hits);
        let cumulative = cumulative_tolls(t, ws, tenses, hits);
        scheduled_dates(t, ws, tenses, hits);
        entry_roles(t, hits);
        self.bound_by_publication(t, tenses, hits);
        cumulative
    }

    /// Past events never come after publication: move or drop the values of `hits` that do.
    fn bound_by_publication(&self, t: &str, tenses: &TenseMap, hits: &mut [TimeHit]) {
        for h in hits.iter_mut() {
            if let Some(v) = h.value.as_mut() {
                let tense = tenses.at(h.start, t);
                if tense.is_past() && v.start > self.anchors.published && h.kind == Kind::Weekday {
                    v.start = expr::add_days(v.start, -7);
                    v.end = expr::add_days(v.end, -7);
                }
                // "au lendemain" of a story told on its publication day is that day
                if !matches!(tense, Tense::Future | Tense::Scheduled)
                    && v.start > self.anchors.published
                    && h.kind == Kind::Anaphoric
                {
                    let p = self.anchors.published;
                    *v = Interval { start: p, end: p, precision: v.precision };
                }
                // "quelques jours plus tard" told the day before publication: those days
                // end at publication
                if !matches!(tense, Tense::Future | Tense::Scheduled) && h.kind == Kind::Anaphoric {
                    v.end = v.end.min(self.anchors.published.max(v.start));
                }
            }
            // anything else after publication cannot date a past event ("a attaqué demain",
            // a mistyped year): the sentence is dated as an undated one would be
            // ("a suggéré un scrutin en juin prochain": the verb's tense, read around the date)
            if matches!(h.role, Role::Event | Role::Report)
                && tenses.around(h.start, h.end, t).is_certainly_past()
                && h.value.is_some_and(|v| v.start > self.anchors.published)
            {
                h.value = None;
            }
        }
    }

    /// Keeps the year of a full date the sentence wrote ("le 27 septembre 2020") for the rest
    /// of its paragraph ([`Anchors::para_date`]).
    fn keep_written_year(&mut self, t: &str, ws: &[(usize, usize)], hits: &[TimeHit], para: usize) {
        let written = hits.iter().filter(|h| h.role == Role::Event).find_map(|h| {
            let v = h.value.filter(|v| v.precision.is_daily())?;
            let year_in =
                ws.iter().filter(|w| w.0 >= h.start && w.1 <= h.end).any(|w| expr::is_year(&t[w.0..w.1]));
            year_in.then_some(v.start)
        });
        if let Some(d) = written {
            self.anchors.para_date = Some(d);
            self.year_para = para;
        }
    }

    /// After the extractor has used a sentence: move the reference time to its main-clause
    /// event date, if it has one.
    ///
    /// A sentence in the plus-que-parfait alone ("La veille, il avait démis…") does not move
    /// the story forward, so it leaves the reference time alone; an anaphoric flashback in a
    /// sentence with other tenses ([`SentenceTime::flashback`]) moves it but keeps the
    /// story's line to come back to. A month or a year ("Au printemps 2024") moves it too,
    /// so that a later "le 9 mai" finds its year.
    pub fn advance(
        &mut self,
        st: &SentenceTime,
        tense: Tense,
        text: &str,
        f: &crate::fold::View,
        para: usize,
    ) {
        if tense == Tense::Pluperfect {
            return;
        }
        let told = st.hits.iter().rev().find(|h| h.dates_event());
        if st.on_report {
            // the story's line is the report's day; the fact told before it a flashback
            self.move_to(st.report().unwrap(), text, f, para);
            self.main_line = Some((self.anchors.reference, self.focus.clone()));
        } else if st.flashback {
            if self.main_line.is_none() {
                self.main_line = Some((self.anchors.reference, self.focus.clone()));
            }
        } else if told.is_some() {
            self.main_line = None;
        }
        let main = told.or_else(|| st.report());
        if main.is_some() {
            self.onset = None;
        } else if let Some(h) = st.hits.iter().find(|h| h.role == Role::Onset && !h.subordinate) {
            // a day-precise onset in a main clause, awaiting a "ce jour-là"
            self.onset = h.value.filter(|v| v.precision == Precision::Day).map(|v| (v.start, para));
        }
        if let Some(h) = main {
            self.move_to(h, text, f, para);
        }
    }

    /// Move the reference time to the date of hit `h` (of the sentence `text`, folded `f`).
    fn move_to(&mut self, h: &TimeHit, text: &str, f: &crate::fold::View, para: usize) {
        let v = h.value.unwrap();
        let (a, b) = f.orig_range(h.start, h.end);
        let expr = text.get(a..b).map(str::to_string);
        let basis = self.basis(h);
        let said = f.text.get(h.start..h.end).unwrap_or("");
        self.after_night = v.precision == Precision::Night;
        self.after_lendemain =
            v.precision.is_daily() && said.contains("lendemain") && !said.contains("surlendemain");
        if v.precision.is_daily() {
            self.anchors.reference = v.start;
            self.anchors.period = None;
        } else if let Some(d) = v.part_of_a_month_day() {
            // "Mi-juin, … Dans les jours qui suivent, …": the middle of that part of the
            // month stands for the story's day
            self.anchors.reference = d;
            self.anchors.period = None;
        } else if (self.anchors.published.year() - v.start.year()) <= 2 {
            // a recent month or year, for the rest of its paragraph
            self.anchors.period = Some(v.start);
            self.period_para = para;
        }
        self.focus = Some((v, expr, para, basis));
    }

    /// What hit `h` was resolved against.
    pub(crate) fn basis(&self, h: &TimeHit) -> Basis {
        match h.kind {
            Kind::Explicit | Kind::Numeric | Kind::Range | Kind::Fuzzy => Basis::Absolute,
            Kind::Anaphoric | Kind::Partial => Basis::Reference(self.anchors.reference),
            Kind::Weekday if self.anchors.doc == DocType::Narrative => {
                Basis::Reference(self.anchors.reference)
            }
            _ => Basis::Publication,
        }
    }

    /// The date an undated event of tense `tense` in paragraph `para` takes, if any:
    /// the reference time (news: past tenses; narrative: past and present; live blog: the
    /// entry's day), else `None` (the caller uses the publication date).
    pub fn inherited(&self, tense: Tense, para: usize) -> Option<(Interval, Option<String>, Basis)> {
        let (v, e, p, b) = self.focus.as_ref()?;
        // the narrative present of an explainer told as news ("Le 3 août, l'armée lance une
        // offensive. Elle s'empare de trois crêtes.") goes on at the paragraph's day, well
        // before publication; a present far from any such day tells the present
        let narrative_present =
            tense == Tense::Present && *p == para && (self.anchors.published - v.end).get_days() > 10;
        let fits = match self.anchors.doc {
            DocType::News => tense.is_past() || narrative_present,
            DocType::Narrative => tense != Tense::Future,
            DocType::LiveBlog => true,
        };
        // a reference time after publication (set by an announced event) is not when a
        // past event happened
        let after = tense.is_certainly_past() && v.start > self.anchors.published;
        (fits && !after && (v.precision.is_daily() || *p == para)).then(|| (*v, e.clone(), *b))
    }

    /// The day the text being read is told: its live-blog entry's or dateline's day, else
    /// the publication day.
    pub(crate) fn telling_day(&self) -> Date {
        self.entry_day.unwrap_or(self.anchors.published)
    }

    /// A live-blog timestamp or wire dateline at the start of the sentence: sets the
    /// reference time and returns the number of words it used.
    fn header(&mut self, text: &str, t: &str, ws: &[(usize, usize)], para: usize) -> Option<usize> {
        let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
        let p = self.anchors.published;
        if let Some((date, used)) = dateline(text, t, ws, &self.anchors) {
            self.set_entry(date, para);
            return Some(used);
        }
        // "[Hier|Lundi][,] 19h42", "MAJ 7h15", "19:42"
        let mut i = 0;
        let mut day = p;
        if w(0) == "hier" {
            day = expr::add_days(p, -1);
            i = 1;
        } else if w(0) == "avant" && w(1) == "hier" {
            day = expr::add_days(p, -2);
            i = 2;
        } else if let Some(wd) = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            .iter()
            .position(|d| *d == w(0))
        {
            let back = (p.weekday().to_monday_zero_offset() as i64 - wd as i64).rem_euclid(7);
            day = expr::add_days(p, -back);
            i = 1;
        } else if w(0) == "mise" && w(1) == "a" && w(2) == "jour" {
            i = if w(3) == "a" { 4 } else { 3 };
        }
        let used = time_of_day(t, ws, i)?;
        if self.anchors.doc != DocType::LiveBlog && i == 0 {
            return None;
        }
        self.set_entry(day, para);
        Some(i + used)
    }

    /// A live-blog entry begins (its timestamp line was read apart from the prose).
    pub(crate) fn enter(&mut self, day: Date, para: usize) {
        self.set_entry(day, para);
    }

    fn set_entry(&mut self, day: Date, para: usize) {
        self.entry_day = Some(day);
        self.main_line = None;
        self.anchors.reference = day;
        self.anchors.period = None;
        self.focus = Some((
            Interval { start: day, end: day, precision: Precision::Day },
            None,
            para,
            Basis::Entry(day),
        ));
    }
}

/// "19h42", "19 h 42", "9h", "19:42" at word `i`: the number of words used.
fn time_of_day(t: &str, ws: &[(usize, usize)], i: usize) -> Option<usize> {
    let w = |k: usize| -> &str { ws.get(k).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let hour = |s: &str| s.len() <= 2 && s.parse::<u8>().is_ok_and(|h| h < 24);
    let cur = w(i);
    // "19h42" / "19h" as one word
    if let Some((h, m)) = cur.split_once('h') {
        if hour(h) && (m.is_empty() || m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit())) {
            return Some(i + 1 - i);
        }
    }
    if hour(cur) {
        let gap = ws.get(i + 1).map(|&(s, _)| &t[ws[i].1..s]).unwrap_or("");
        if gap == ":" && w(i + 1).len() == 2 {
            return Some(2);
        }
        if w(i + 1) == "h" {
            let used =
                if w(i + 2).len() == 2 && w(i + 2).bytes().all(|b| b.is_ascii_digit()) { 3 } else { 2 };
            return Some(used);
        }
        if let Some(m) = w(i + 1).strip_prefix('h') {
            if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) {
                return Some(2);
            }
        }
    }
    None
}

/// A wire dateline: "BAKOU, 14 mars (Reuters) -": the capitalised place, a comma, a day
/// and month, the agency in brackets. Returns its date and the words it used.
fn dateline(text: &str, t: &str, ws: &[(usize, usize)], a: &Anchors) -> Option<(Date, usize)> {
    let comma = text.find(',')?;
    // the place in capitals, maybe with its country in brackets: "GORIS (Arménie)"
    let place = &text[..comma];
    let place = match (place.find('('), place.ends_with(')')) {
        (Some(i), true) => place[..i].trim_end(),
        _ => place,
    };
    if place.is_empty()
        || place.len() > 40
        || !place.chars().any(|c| c.is_alphabetic())
        || place.chars().any(|c| c.is_lowercase())
    {
        return None;
    }
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let n = ws.iter().position(|&(s, _)| s > comma)?;
    let d = w(n).strip_suffix("er").unwrap_or(w(n)).parse::<i8>().ok()?;
    let mo = expr::month_of(w(n + 1))?;
    let mut used = n + 2;
    let mut y = a.published.year();
    if let Ok(yy) = w(used).parse::<i16>() {
        if (1900..2100).contains(&yy) {
            y = yy;
            used += 1;
        }
    }
    let after = ws.get(used - 1).map(|&(_, e)| &t[e..]).unwrap_or("");
    if !after.trim_start().starts_with('(') {
        return None;
    }
    // skip the agency's words up to the closing bracket
    let close = ws[used - 1].1 + after.find(')')?;
    while ws.get(used).is_some_and(|&(s, _)| s < close) {
        used += 1;
    }
    let mut date = Date::new(y, mo, d).ok()?;
    if date > a.published {
        date = Date::new(y - 1, mo, d).ok()?;
    }
    Some((date, used))
}

const REPORTING: &[&str] = &[
    "annonce",
    "indique",
    "declare",
    "affirme",
    "assure",
    "precise",
    "confirme",
    "rapporte",
    "dit",
    "explique",
    "estime",
    "souligne",
    "fait",
    "savoir",
    "accuse",
    "denonce",
    "dementi",
    "revendique",
    "reconnu",
    "communique",
    "signale",
    "annoncait",
    "indiquait",
    "affirmait",
    "assurait",
    "ecrit",
    "publie",
    "repete",
    "martele",
    "insiste",
    "avertit",
    "averti",
    "prevenu",
    "raconte",
    "temoigne",
    "rappele",
    "rappelle",
    "ajoute",
    "confie",
];
/// Also the causal conjunctions ("parce que", "puisque", "au motif que"): a date in a
/// reason is the reason's time, not the main event's.
const SUBORDINATORS: &[&str] =
    &["qui", "dont", "lorsque", "lorsqu", "quand", "tandis", "alors", "parce", "puisque", "puisqu", "motif"];
/// A date right after these dates a publication ("selon un communiqué publié samedi",
/// "selon les chiffres communiqués lundi"): the participles of publishing, issuing and
/// dating, in their four forms.
const PUBLISHED: &[&str] = &[
    "publie",
    "publiee",
    "publies",
    "publiees",
    "diffuse",
    "diffusee",
    "diffuses",
    "diffusees",
    "paru",
    "parue",
    "parus",
    "parues",
    "communique",
    "communiquee",
    "communiques",
    "communiquees",
    "date",
    "datee",
    "datees",
];

/// Mark report dates (on a reporting verb followed by "que") and dates inside relative or
/// temporal subordinate clauses (`text`: the original sentence).
fn clause_roles(t: &str, ws: &[(usize, usize)], opening_participle: bool, text: &str, hits: &mut [TimeHit]) {
    // the commas that open an appositive participle, read only for a date after a comma
    let appositive = std::cell::OnceCell::new();
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let word_at = |b: usize| {
        ws.iter()
            .position(|&(s, e)| s <= b && b < e.max(s + 1))
            .or_else(|| ws.iter().position(|&(s, _)| s >= b))
    };
    let opening_day = opening_day_end(t, hits);
    for h in hits.iter_mut() {
        let Some(i) = word_at(h.start) else { continue };
        let j = ws.iter().rposition(|&(_, e)| e <= h.end).unwrap_or(i);
        // a reporting verb just before or just after the date, and a "que" after it
        let near = (i.saturating_sub(3)..i).any(|k| REPORTING.contains(&w(k)));
        let que_after = (j + 1..(j + 6).min(ws.len())).any(|k| matches!(w(k), "que" | "qu"));
        let colon_after = ws.get(j).is_some_and(|&(_, e)| t[e..].trim_start().starts_with(':'));
        let published = (i.saturating_sub(2)..i).any(|k| PUBLISHED.contains(&w(k)));
        if h.role == Role::Event && (near && (que_after || colon_after) || published) {
            h.role = Role::Report;
            continue;
        }
        // a subordinator earlier in the same comma-delimited segment
        let seg_start = crate::fold::rfind_any(&t[..h.start], b",;(:").map(|p| p + 1).unwrap_or(0);
        let in_seg: Vec<usize> =
            (0..ws.len()).filter(|&k| ws[k].0 >= seg_start && ws[k].0 < h.start).collect();
        // "où" folds to "ou": taken as a subordinator only when it opens the segment
        let sub = in_seg.iter().any(|&k| {
            SUBORDINATORS.contains(&w(k))
                && !(w(k) == "dont" && including(&w, k, i))
                && !(k == 0 && asks_who(t, &w))
        }) || in_seg.first().is_some_and(|&k| w(k) == "ou" && seg_start > 0)
            || object_relative(&in_seg, &w);
        // "qui avait eu lieu mardi" is subordinate; "Mardi, l'armée qui…" is not (the date is first)
        // "Signé lundi à Genève, l'accord a pris effet ce matin":
        // a date in an opening participial phrase dates the participle, not the main verb
        let opening = opening_participle && seg_start == 0 && t[h.end..].contains(',') && i <= 3;
        // "ont signé l'accord, négocié en janvier, puis…": a date in an appositive past
        // participle dates the participle, and neither the main verb nor the story's day
        let apposition = seg_start > 0
            && t.as_bytes()[seg_start - 1] == b','
            && appositive
                .get_or_init(|| appositive_commas(text))
                .contains(&t[..seg_start - 1].matches(',').count())
            && (tells_a_past_event(t, ws, seg_start - 1)
                || main_verb_after_apposition(t, h.end)
                || opening_day.is_some_and(|e| e < seg_start));
        if apposition && !sub && !opening {
            let seg_end = crate::fold::find_any(&t[h.end..], b",;(:").map_or(t.len(), |p| h.end + p);
            // set between the subject and its verb, the participle dates the subject too
            // ("Un cessez-le-feu, signé le 20, est violé…": the truce is of the 20th)
            let subject = crate::fold::rfind_any(&t[..seg_start - 1], b",;(:").map_or(0, |p| p + 1);
            let from = if tells_a_past_event(t, ws, seg_start - 1) { seg_start } else { subject };
            h.apposition = Some((from, seg_end));
        }
        // a day in a relative or subordinate clause dates the frames of that clause
        // ("…, qui se réunit le 25", "alors qu'une conférence réunie hier a recueilli…")
        let daily = h.value.is_some_and(|v| v.precision.is_daily());
        if sub && daily && h.apposition.is_none() {
            if let Some(from) = clause_opener(&in_seg, &w, i, seg_start) {
                let seg_end = crate::fold::find_any(&t[h.end..], b",;(:").map_or(t.len(), |p| h.end + p);
                h.apposition = Some((ws[from].0, seg_end));
            }
        }
        h.subordinate |= sub || opening || apposition;
    }
    // "l'accord de paix du 2 juin 2019": a date that tells which text is meant names a
    // document, not the time of what the sentence tells, when the sentence has another
    // date for that ("Dans une note diffusée mardi, le ministère a reproché à ses voisins
    // d'ignorer l'accord du 2 juin 2019")
    let names: Vec<bool> = hits
        .iter()
        .map(|h| {
            let i = ws.partition_point(|&(s, _)| s < h.start);
            t[h.start..].starts_with("du ") && (i.saturating_sub(2)..i).any(|k| DOCUMENTS.contains(&w(k)))
        })
        .collect();
    let other_date = hits.iter().zip(&names).any(|(h, n)| !n && h.value.is_some());
    if other_date {
        for (h, n) in hits.iter_mut().zip(names) {
            h.subordinate |= n;
        }
    }
    // "la pire crue depuis l'inondation de 2013": a bare year after "de"
    // names an event (a war, an election, a law of that year); it does not date the
    // sentence. "de 2020 à 2022" is a span and keeps its role.
    for h in hits.iter_mut() {
        let i = ws.partition_point(|&(s, _)| s < h.start);
        let j = ws.partition_point(|&(s, _)| s < h.end);
        let year = h.value.is_some_and(|v| v.precision == Precision::Year);
        let before = if i >= 2 { w(i - 2) } else { "" };
        if year && i > 0 && w(i - 1) == "de" && expr::year_names_event(before, w(j)) {
            h.subordinate = true;
        }
    }
}

/// The end of a day that opens the sentence as its own segment ("Le 28 mars, les
/// milices, formées quelques jours plus tôt, lancent…", "Mardi, le général, nommé la
/// veille, a pris…"): the main clause's day. An appositive participle after it carries a
/// day of its own fact, whatever the main verb's tense, not a second day for the main
/// clause ([`clause_roles`]).
fn opening_day_end(t: &str, hits: &[TimeHit]) -> Option<usize> {
    let first = hits.first()?;
    let opens = t[..first.start].trim().is_empty();
    let closed = t[first.end..].trim_start().starts_with(',');
    let daily = first.value.is_some_and(|v| v.precision.is_daily()) && first.role == Role::Event;
    (opens && closed && daily).then_some(first.end)
}

/// The word that opens the subordinate clause a date at word `date` stands in: a relative
/// pronoun ("qui", "dont" with a verb, "où" opening the segment) or a conjunction of
/// [`SUBORDINATORS`] ("lorsque", "alors que", "parce que"). The clause tells a fact of its
/// own, dated by that day ("le Conseil, qui se réunit le 25", "alors qu'une conférence
/// réunie hier à Paris a recueilli…", "parce que les rebelles ont attaqué mardi"), while
/// the main clause keeps its own date ([`clause_roles`] marks the day subordinate).
fn clause_opener<'a>(
    in_seg: &[usize],
    w: &impl Fn(usize) -> &'a str,
    date: usize,
    seg_start: usize,
) -> Option<usize> {
    let opens = |k: usize| match w(k) {
        "qui" => k > 0,
        "dont" => !including(w, k, date),
        "ou" => seg_start > 0 && in_seg.first() == Some(&k),
        x => SUBORDINATORS.contains(&x),
    };
    in_seg.iter().copied().find(|&k| opens(k))
}

/// A question that opens with "qui" ("Qui se rappelle que le 2 juin, …?", "Qui a tiré
/// le 3 mars ?") asks who: that "qui" is an interrogative pronoun, the main clause's
/// subject, and opens no relative clause. Only in a question: "Qui veut la paix…" opening
/// a statement is a free relative.
fn asks_who<'a>(t: &str, w: &impl Fn(usize) -> &'a str) -> bool {
    w(0) == "qui" && t.trim_end().ends_with('?')
}

/// "…civils tués, dont une famille morte dimanche": a "dont" that opens a noun phrase
/// (a determiner or a number after it) with no verb before the date at word `date` means
/// "including": the date is that of the told toll, not of a relative clause. With a verb
/// ("dont le père avait été arrêté dimanche") it is a relative clause.
fn including<'a>(w: &impl Fn(usize) -> &'a str, dont: usize, date: usize) -> bool {
    const NOMINAL: &[&str] = &["un", "une", "le", "la", "l", "les", "des", "deux", "trois", "plusieurs"];
    const AUX: &[&str] = &[
        "a", "ont", "est", "sont", "avait", "avaient", "etait", "etaient", "fut", "furent", "aurait",
        "auraient", "serait", "seraient", "sera", "seront",
    ];
    let nominal = NOMINAL.contains(&w(dont + 1)) || w(dont + 1).bytes().all(|b| b.is_ascii_digit());
    nominal
        && (dont + 1..date).all(|k| {
            let x = w(k);
            !AUX.contains(&x) && !x.ends_with("ait") && !x.ends_with("aient") && !x.ends_with("rent")
        })
}

/// An object relative clause before the date in its segment: "que" right after a noun
/// that follows a determiner ("les positions qu'elles tenaient le 3 mai", "l'accord que
/// les deux camps ont signé le 9"), unlike a completive after a verb ("a exigé que") or the
/// restrictive "ne … que" ("ne sont entrés dans la ville que le 5").
fn object_relative<'a>(in_seg: &[usize], w: &impl Fn(usize) -> &'a str) -> bool {
    const DETERMINERS: &[&str] =
        &["le", "la", "l", "les", "des", "ces", "cette", "ce", "cet", "ses", "sa", "son", "leurs", "leur"];
    let negated = in_seg.iter().any(|&k| matches!(w(k), "ne" | "n"));
    !negated
        && in_seg.iter().any(|&k| matches!(w(k), "que" | "qu") && k >= 2 && DETERMINERS.contains(&w(k - 2)))
}

/// A chronology entry ("- 03/03/2022 : les terres de trois villages, vidés
/// dans les années 1980, repassent sous contrôle…") is dated by its head: a date that opens the
/// line, followed by a colon or a dash. Any other date of the entry tells its backdrop.
fn entry_roles(t: &str, hits: &mut [TimeHit]) {
    let Some(head) = hits.first() else { return };
    let opens = t[..head.start]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '•' | '*'))
        .is_empty();
    let after = t[head.end..].trim_start();
    let headed = after.starts_with(':') || after.starts_with('–') || after.starts_with("- ");
    if opens && headed && head.value.is_some() {
        for h in &mut hits[1..] {
            h.subordinate = true;
        }
    }
}

/// Whether the sentence before the comma `comma` has a compound past of its own ("les
/// ministres ont signé l'accord, négocié…"), outside any relative clause: then an
/// apposition after it qualifies a noun of a told event. Without one ("Le pacte, signé le
/// 4 mars, prévoyait…", "le pacte qui a clos le conflit, signé…"), the participle is
/// what the sentence tells, and its date stays the sentence's.
fn tells_a_past_event(t: &str, ws: &[(usize, usize)], comma: usize) -> bool {
    const AUX: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"];
    // any segment before the comma: "a heurté une mine mardi près du hameau, dans la vallée
    // de X, reconquise fin janvier" qualifies a place of the told event
    let mut from = 0;
    for end in t[..comma].match_indices([',', ';', '(', ':']).map(|(i, _)| i).chain([comma]) {
        let words = ws.iter().filter(|&&(s, _)| s >= from && s < end).map(|&(s, e)| &t[s..e]);
        let main_aux = words
            .take_while(|w| !SUBORDINATORS.contains(w) && !matches!(*w, "que" | "qu"))
            .any(|w| AUX.contains(&w));
        if main_aux {
            return true;
        }
        from = end + 1;
    }
    false
}

/// Whether an appositive participle set between the subject and its verb ("Les renforts,
/// arrivés mardi dans la ville, ont pris position", "Le blessé, évacué la veille vers
/// Erevan, a succombé") closes, after the date at byte `date_end`, on a comma followed by
/// the main verb in a compound past: the participle's date is that of its own fact, and the
/// main clause tells another one, which keeps its own date. A verb in the imperfect ("Le
/// pacte, signé le 4 mars, prévoyait…") describes the participle's fact, which is what the
/// sentence tells.
fn main_verb_after_apposition(t: &str, date_end: usize) -> bool {
    const AUX: &[&str] = &["a", "ont", "est", "sont", "fut", "furent"];
    const CLITICS: &[&str] = &["se", "s", "y", "n", "ne", "l", "les", "leur", "lui", "en"];
    let Some(comma) = t[date_end..].find([',', ';', '(', ':']).map(|c| date_end + c) else {
        return false;
    };
    if !t[comma..].starts_with(',') {
        return false;
    }
    let mut words = t[comma + 1..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words.by_ref().take(3).find(|w| !CLITICS.contains(w)).is_some_and(|w| AUX.contains(&w))
}

/// The commas of `text`, by rank (the first is 0), that open an appositive past participle
/// (", négocié en janvier"). Read on the original text like the opening participle:
/// folded, "négocié" and the present "négocie" are one word. Folding keeps every comma, so
/// ranks are the same in the folded sentence.
fn appositive_commas(text: &str) -> Vec<usize> {
    text.split(',')
        .skip(1)
        .enumerate()
        .filter(|(_, seg)| {
            let w = seg.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            w.chars().count() > 4
                && w.starts_with(char::is_lowercase)
                && ["é", "ée", "és", "ées"].iter().any(|x| w.ends_with(x))
        })
        .map(|(i, _)| i)
        .collect()
}

/// A date right after a past participle that qualifies a noun ("un soldat blessé la
/// semaine dernière a succombé mardi", "les deux otages libérés en mars") dates the
/// participle, not the main verb: like an apposition without its commas. The participle
/// is read on the original text ("blessé", not the present "blesse") or is an irregular
/// one ("les quartiers repris en mai", "la route ouverte jeudi"), and must follow a
/// determiner or a number and its noun, so that "a été blessé mardi" keeps its date.
/// A short prepositional complement may stand between the participle and its date ("les
/// pourparlers engagés avec les rebelles deux ans plus tôt", "le traité conclu à Genève
/// en mai"): then the date is the participle's only when the sentence names another day
/// for its main verb ("Le lendemain, le président suspend les pourparlers engagés…").
/// The participle's date dates the frame of its noun, wherever the noun phrase stands: the
/// subject ("l'offensive déclenchée le 4 février", "le couvre-feu décrété samedi"), a
/// complement ("deux jours après la trêve signée jeudi") or an object
/// ("suspend les pourparlers engagés en 2022"); the main verb keeps its own day.
fn participle_dates(t: &str, ws: &[(usize, usize)], text: &str, hits: &mut [TimeHit]) {
    let participles = std::cell::OnceCell::new();
    let participle = |w: &str| {
        is_irregular_participle(w) || participles.get_or_init(|| participles_of(text)).iter().any(|p| p == w)
    };
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let qualified: Vec<Option<usize>> = hits
        .iter()
        .map(|h| {
            if h.role != Role::Event || h.subordinate {
                return None;
            }
            let i = ws.partition_point(|&(s, _)| s < h.start);
            // "les municipales anticipées du 3 mai": a date after "du" names the noun's own day
            if matches!(w(i), "du" | "des" | "de") {
                return None;
            }
            qualifying_participle(t, ws, i, &participle)
        })
        .collect();
    let own_day = |k: usize, h: &TimeHit| qualified[k].is_none() && h.dates_event();
    let other_day: Vec<bool> =
        (0..hits.len()).map(|k| hits.iter().enumerate().any(|(j, h)| j != k && own_day(j, h))).collect();
    for (k, h) in hits.iter_mut().enumerate() {
        let Some(p) = qualified[k] else { continue };
        let i = ws.partition_point(|&(s, _)| s < h.start);
        if p + 1 != i && !other_day[k] {
            continue;
        }
        h.subordinate = true;
        // the whole written word of the noun ("couvre-feu", not its last part): the date is
        // that noun's, wherever its phrase stands ("le couvre-feu décrété samedi", "au
        // lendemain de la trêve signée jeudi à Doha")
        let noun = t[..ws[p - 1].0].rfind(' ').map_or(0, |x| x + 1);
        h.apposition = Some((noun, h.end));
    }
}

/// The word index of a past participle that qualifies a noun and that the date at word
/// `i` follows, right after it or after a short prepositional complement with no comma
/// ("ouvertes avec la guérilla", "signé à Moscou"): a determiner or a number, a noun, the
/// participle. An object pronoun and an auxiliary ("l'avaient interpellé hier") make a
/// compound tense of the main verb instead.
fn qualifying_participle(
    t: &str,
    ws: &[(usize, usize)],
    i: usize,
    participle: &impl Fn(&str) -> bool,
) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "un",
        "une",
        "le",
        "la",
        "les",
        "l",
        "des",
        "plusieurs",
        "ses",
        "leurs",
        "son",
        "sa",
        "ce",
        "cet",
        "cette",
        "ces",
        // "à le", "à les", "de le": "levant le blocus imposé en mars"
        "au",
        "aux",
        "du",
    ];
    /// Prepositions that open a participle's complement ("engagés avec…", "signé à…").
    const COMPLEMENT: &[&str] =
        &["avec", "a", "au", "aux", "par", "en", "dans", "entre", "sur", "contre", "pour", "sous"];
    let opens = |w: &str| OPENERS.contains(&w) || crate::claim::is_cardinal_word(w);
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let comma_between =
        |a: usize, b: usize| t[ws[a].1..ws.get(b).map_or(t.len(), |x| x.0)].contains([',', ';', ':', '(']);
    // the cheap word tests first: `participle` may read the whole text once
    (i.saturating_sub(5)..i).rev().find(|&p| {
        p >= 2
            && (p + 1 == i || COMPLEMENT.contains(&w(p + 1)))
            && !AUXILIARIES.contains(&w(p - 1))
            && !opens(w(p - 1))
            && opens(w(p - 2))
            && !comma_between(p - 1, i)
            && participle(w(p))
            && !completes_a_compound_tense(t, ws, p)
    })
}

/// Whether the participle at word `p` is the main verb's, its auxiliary right before an
/// adverbial's preposition and determiner ("a de son côté rejeté lundi", "ont à leur tour
/// annoncé mardi", "a pour sa part confirmé jeudi"), unlike a verb's object ("a rompu
/// les pourparlers engagés en mai" qualifies the talks).
fn completes_a_compound_tense(t: &str, ws: &[(usize, usize)], p: usize) -> bool {
    const ADVERBIAL: &[&str] = &["de", "d", "a", "pour", "en", "par"];
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let opener = p - 2;
    opener >= 2
        && ADVERBIAL.contains(&w(opener - 1))
        && AUXILIARIES.contains(&w(opener - 2))
        && !t[ws[opener - 2].1..ws[p].0].contains([',', ';', ':', '('])
}

/// The auxiliaries' forms that make a compound tense of a participle after them.
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent", "est", "sont",
    "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "furent", "ete",
];

/// Folded past participles that end neither in "-é" nor in a letter that tells them apart
/// ("ouvert", "pris", "détruit", "conclu"), in their four forms: the verbs a reporter
/// uses for what was taken, opened, agreed or destroyed.
fn is_irregular_participle(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "ouvert",
        "rouvert",
        "couvert",
        "offert",
        "pris",
        "repris",
        "conquis",
        "reconquis",
        "acquis",
        "promis",
        "remis",
        "soumis",
        "detruit",
        "construit",
        "conduit",
        "reconduit",
        "conclu",
        "obtenu",
        "detenu",
        "retenu",
        "maintenu",
        "soutenu",
        "rendu",
        "perdu",
        "abattu",
        "recu",
        "atteint",
        "rejoint",
        "interdit",
        "inscrit",
    ];
    let forms = [Some(w), w.strip_suffix("es"), w.strip_suffix('e'), w.strip_suffix('s')];
    forms.into_iter().flatten().any(|s| STEMS.contains(&s))
}

/// Whether the last event date of a sentence dates a fact its dated report tells in the
/// plus-que-parfait, after the report ("l'état-major a indiqué mardi que ses unités
/// avaient pris la veille…", "le ministre a dit samedi qu'une trêve avait été signée
/// jeudi"): that fact is
/// before the report, and the story goes on from the report's day.
fn told_before_report(t: &str, tenses: &TenseMap, hits: &[TimeHit]) -> bool {
    let Some(report) = hits.iter().find(|h| h.role == Role::Report && h.value.is_some()) else {
        return false;
    };
    let told = hits.iter().rev().find(|h| h.dates_event());
    told.is_some_and(|h| h.start > report.end && tenses.at(h.start, t) == Tense::Pluperfect)
}

/// "à la veille de …" and "au lendemain de …" before a noun place the day next to that
/// noun's ("Le 31 mars, à la veille du sommet, le ministre a démissionné"): when the
/// sentence also writes the day itself (a date, a weekday), that day is the event's, and
/// the relative one only situates it. Alone, the relative one still dates the event.
fn eve_of_a_named_day(t: &str, hits: &mut [TimeHit]) {
    let relative_to_noun = |h: &TimeHit| {
        let said = &t[h.start..h.end];
        let of = t[h.end..].trim_start();
        let opens =
            said.starts_with("au lendemain") || said.starts_with("la veille") && t[..h.start].ends_with("a ");
        let of_noun = of.starts_with('d') && !of.starts_with("dans") || said.contains(" d");
        h.kind == Kind::Anaphoric && opens && of_noun
    };
    let own_day = |h: &TimeHit| {
        !matches!(h.kind, Kind::Anaphoric | Kind::Fuzzy)
            && h.role == Role::Event
            && h.value.is_some_and(|v| v.precision.is_daily())
    };
    if hits.iter().any(own_day) {
        for h in hits.iter_mut().filter(|h| relative_to_noun(h)) {
            h.subordinate = true;
        }
    }
}

/// "Le 18 mars, trois jours après l'attaque, …", "quelques jours avant le scrutin, le
/// 2 juin, …": a count of days or weeks from a noun, set off by a comma against a day the
/// sentence writes (a date, a weekday), is an apposition to that day: it only situates the
/// day against the noun's event and dates nothing itself. Only when the two stand side by
/// side: "Le 3, X a tiré ; deux jours après la chute de Y, Z a …" dates two clauses, and a
/// count with no noun ("deux jours après, …") counts from the story's day.
fn count_apposed_to_a_day(t: &str, hits: &mut [TimeHit]) {
    // "trois jours après l'attaque": a noun after "après" or "avant", inside the count
    // (a named event it resolved against) or right after it
    let counted_from_noun = |h: &TimeHit| {
        // the kind first: most dates are no count, and each `find` sets up a searcher
        if h.kind != Kind::Anaphoric {
            return false;
        }
        let said = &t[h.start..h.end];
        let Some(k) = said.find(" apres").or_else(|| said.find(" avant")) else { return false };
        let noun_in = !said[k + " apres".len()..].trim().is_empty();
        let noun_next =
            t[h.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
        !said.contains("lendemain") && !said.contains("veille") && (noun_in || noun_next)
    };
    let own_day = |h: &TimeHit| {
        !matches!(h.kind, Kind::Anaphoric | Kind::Fuzzy)
            && h.role == Role::Event
            && h.value.is_some_and(|v| v.precision.is_daily())
    };
    // the day, then a comma and the count ("le 18, trois jours après l'attaque"); or the
    // count with its short noun phrase, then a comma and the day ("trois jours après
    // l'attaque, le 18")
    let side_by_side = |day: &TimeHit, count: &TimeHit| {
        if day.end <= count.start {
            return t[day.end..count.start].trim() == ",";
        }
        let gap = t.get(count.end..day.start).unwrap_or("").trim_end();
        gap.len() < 60 && gap.strip_suffix(',').is_some_and(|np| !np.contains([',', ';', ':', '(']))
    };
    for k in 0..hits.len() {
        let apposed = counted_from_noun(&hits[k])
            && [k.wrapping_sub(1), k + 1]
                .iter()
                .filter_map(|&j| hits.get(j))
                .any(|d| own_day(d) && side_by_side(d, &hits[k]));
        if apposed {
            hits[k].subordinate = true;
        }
    }
}

/// A toll told in the passé composé or the present with its onset ("quarante personnes ont
/// été tuées depuis jeudi", "le ministère compte vingt morts depuis samedi") adds up the
/// dead until the day it is told: the fact is the count at that day, not the onset, which
/// only bounds it. Such an onset does not date the sentence, which is dated by its report
/// or else on the day it is told (returns true: [`SentenceTime::toll_to_date`]), never on
/// the story's day. A state in the present ("la ville est assiégée depuis mai") keeps its
/// onset.
fn cumulative_tolls(t: &str, ws: &[(usize, usize)], tenses: &TenseMap, hits: &mut [TimeHit]) -> bool {
    let mut any = false;
    for h in hits.iter_mut().filter(|h| h.role == Role::Onset && !h.subordinate) {
        let i = ws.partition_point(|&(s, _)| s < h.start);
        if toll_before(t, ws, i) && matches!(tenses.at(h.start, t), Tense::Past | Tense::Present) {
            h.subordinate = true;
            any = true;
        }
    }
    any
}

/// Whether a toll word ("tués", "morts", "la mort de") stands in the eight words before
/// word `i`, in its clause.
fn toll_before(t: &str, ws: &[(usize, usize)], i: usize) -> bool {
    const TOLL: &[&str] = &[
        "tues", "tuees", "tue", "tuee", "morts", "mortes", "mort", "blesses", "blessees", "peri", "decedes",
        "victimes",
    ];
    let Some(&(at, _)) = ws.get(i) else { return false };
    let clause = t[..at].rfind([',', ';', ':', '.']).map_or(0, |c| c + 1);
    let near = ws[i.saturating_sub(8)..i].iter().filter(|&&(s, _)| s >= clause);
    near.map(|&(s, e)| &t[s..e]).any(|w| TOLL.contains(&w))
}

/// A toll counted from the start of what the article tells, with no date ("onze bergers
/// ont péri depuis le commencement du siège", "la mort de soixante pêcheurs depuis le
/// déclenchement du blocus"): like [`cumulative_tolls`], it is the count on the day
/// it is told. Not a toll in the imperfect or the plus-que-parfait, told at a past day.
fn toll_since_the_start(t: &str, ws: &[(usize, usize)], tenses: &TenseMap) -> bool {
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    (0..ws.len()).any(|i| {
        w(i) == "depuis"
            && matches!(w(i + 1), "le" | "l")
            && matches!(w(i + 2), "debut" | "declenchement" | "commencement")
            && toll_before(t, ws, i)
            && matches!(tenses.at(ws[i].0, t), Tense::Past | Tense::Present)
    })
}

/// A date right after "prévu" qualifying a noun ("la réunion prévue le 3 juin", "au forum,
/// prévu mardi", "la visite prévue pour lundi") is when that plan was to happen, not when
/// the told event did, in a sentence that tells a past or reported event ("a fait savoir
/// que la réunion prévue le 3 serait reportée"). Not after an auxiliary or a
/// copula ("le sommet est prévu jeudi": the plan is what is told), nor in a sentence
/// about the future ("le sommet, prévu jeudi, réunira…"), where the plan's day is the event's.
fn scheduled_dates(t: &str, ws: &[(usize, usize)], tenses: &TenseMap, hits: &mut [TimeHit]) {
    const COPULAS: &[&str] = &[
        "est", "sont", "etait", "etaient", "ete", "sera", "seront", "serait", "a", "ont", "reste", "restait",
    ];
    let told = tenses.has(Tense::Past) || tenses.has(Tense::Pluperfect) || tenses.has(Tense::Conditional);
    if !told {
        return;
    }
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    for h in hits.iter_mut().filter(|h| h.role == Role::Event && !h.subordinate) {
        let i = ws.partition_point(|&(s, _)| s < h.start);
        let k = if i >= 1 && w(i - 1) == "pour" { i - 1 } else { i };
        let planned = k >= 2 && w(k - 1).starts_with("prevu") && w(k - 1).len() <= 7;
        if planned && !COPULAS.contains(&w(k - 2)) {
            h.subordinate = true;
        }
    }
}

/// The past participles of the original `text` ("blessé", not the present "blesse"), folded.
fn participles_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            w.chars().count() > 4
                && w.starts_with(char::is_lowercase)
                && ["é", "ée", "és", "ées"].iter().any(|x| w.ends_with(x))
        })
        .map(crate::fold::fold)
        .collect()
}

/// Texts that a date names ("l'accord du 9 novembre", "la loi du 5 mai").
const DOCUMENTS: &[&str] = &[
    "declaration",
    "accord",
    "accords",
    "traite",
    "resolution",
    "decret",
    "loi",
    "ordonnance",
    "protocole",
    "memorandum",
    "communique",
    "arret",
    "constitution",
];

/// The entry timestamps of a live blog: every line of `body` that opens with a time
/// ("19h42", "17 h 05", "Hier, 23h10", "Lundi, 22h15", "MAJ 7h15"), with the
/// byte offset where the line starts and the day the entry belongs to.
pub(crate) fn entry_stamps(body: &str, published: Date) -> Vec<(usize, Date)> {
    let mut out = Vec::new();
    let mut ws = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        if let Some(day) = stamp_day(line, published, &mut ws) {
            out.push((offset, day));
        }
        offset += line.len();
    }
    out
}

/// The day of the entry whose timestamp opens `line`, if one does (`ws`: a buffer).
fn stamp_day(line: &str, published: Date, ws: &mut Vec<(usize, usize)>) -> Option<Date> {
    // a time of day is written in figures, and folding makes no figure: most lines have
    // none in their head, and are not folded
    if !line.chars().take(40).any(|c| c.is_ascii_digit()) {
        return None;
    }
    let head: String = line.chars().take(40).collect();
    let t = crate::fold::fold(&head);
    words_into(&t, ws);
    let w = |i: usize| -> &str { ws.get(i).map(|&(s, e)| &t[s..e]).unwrap_or("") };
    let (day, i) = match w(0) {
        "hier" => (expr::add_days(published, -1), 1),
        "avant" if w(1) == "hier" => (expr::add_days(published, -2), 2),
        "mise" if w(1) == "a" && w(2) == "jour" && w(3) == "a" => (published, 4),
        x => match ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            .iter()
            .position(|d| *d == x)
        {
            Some(wd) => {
                let back = (published.weekday().to_monday_zero_offset() as i64 - wd as i64).rem_euclid(7);
                (expr::add_days(published, -back), 1)
            }
            None => (published, 0),
        },
    };
    time_of_day(&t, ws, i).map(|_| day)
}

/// Detect the document type of an article: a live blog has at least three lines that open
/// with a timestamp; a narrative tells, in the present, dated events well before
/// publication (`sentences`: the prose's sentences, each as written and folded).
///
/// The tense map of every sentence read is pushed on `maps` (`None` for a sentence not
/// read; the pass may stop before the last one): extraction reads the same sentences again
/// and takes these maps rather than building each a second time.
pub(crate) fn detect<'a>(
    body: &str,
    sentences: impl IntoIterator<Item = (&'a str, &'a str)>,
    published: Date,
    maps: &mut Vec<Option<TenseMap>>,
) -> DocType {
    if entry_stamps(body, published).len() >= 3 {
        return DocType::LiveBlog;
    }
    let mut narrative = 0;
    let mut ws = Vec::new();
    let mut lower = String::new();
    for (st, t) in sentences {
        // an explicit date has its day in figures: a sentence without any is skipped
        // before reading its tenses (this pass reads every sentence of every article)
        if !st.chars().any(char::is_numeric) {
            maps.push(None);
            continue;
        }
        words_into(t, &mut ws);
        lower.clear();
        lowercase_into(st, &mut lower);
        maps.push(Some(TenseMap::new(&lower, st)));
        let tenses = maps.last().and_then(Option::as_ref).expect("just pushed");
        if tenses.overall() != Tense::Present {
            continue;
        }
        let mut hits = Vec::new();
        let a = Anchors {
            published,
            day_known: true,
            reference: published,
            period: None,
            year: None,
            para_date: None,
            doc: DocType::News,
            named: Default::default(),
        };
        expr::find(t, &ws, tenses, &a, &mut hits);
        if hits.iter().any(|h| {
            h.kind == Kind::Explicit && h.value.is_some_and(|v| (published - v.start).get_days() > 10)
        }) {
            narrative += 1;
            if narrative >= 2 {
                return DocType::Narrative;
            }
        }
    }
    DocType::News
}

/// Resolve the main event date of the last of `sentences` (earlier ones set the
/// reference time), as the extractor does for an article of type `doc` published on
/// `published`. Used by the table of cases.
pub fn resolve(sentences: &[&str], published: Date, doc: DocType) -> Option<(Interval, Role)> {
    analyse(sentences, published, doc).pop().and_then(|a| a.main)
}

/// What [`analyse`] found in one sentence.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// Every resolved time expression, with its role and the tense of its verb.
    pub hits: Vec<(Interval, Role, Tense)>,
    /// The main event date ([`event_date`]).
    pub main: Option<(Interval, Role)>,
    pub tenses: TenseMap,
}

/// The time of each of `sentences`, read in order as one paragraph of an article of type
/// `doc` published on `published`. Used by the fuzz target, which checks its invariants.
pub fn analyse(sentences: &[&str], published: Date, doc: DocType) -> Vec<Analysed> {
    let mut tl = Timeline::new(published, true, doc);
    let mut lower = String::new();
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let f = Folded::new(s);
        lower.clear();
        lowercase_into(s, &mut lower);
        let tenses = TenseMap::new(&lower, s);
        let v = f.view(0, s.len());
        let st = tl.sentence(s, v.text, 0, &tenses);
        let main = event_date(&tl, &st, tenses.overall(), 0);
        let hits =
            st.hits.iter().filter_map(|h| Some((h.value?, h.role, tenses.at(h.start, v.text)))).collect();
        tl.advance(&st, tenses.overall(), s, &v, 0);
        out.push(Analysed { hits, main, tenses });
    }
    out
}

/// The main event date of an analysed sentence: its first main-clause event date; else a
/// decision's or onset's date (the reference time for a decision); else the report's date
/// when the report is all there is; else the inherited reference time; else publication.
pub(crate) fn event_date(
    tl: &Timeline,
    st: &SentenceTime,
    tense: Tense,
    para: usize,
) -> Option<(Interval, Role)> {
    if st.header {
        return None;
    }
    let decision = st.hits.iter().any(|h| h.role == Role::Decision && h.value.is_some());
    let role = if decision { Role::Decision } else { Role::Event };
    if let Some(h) = st.hits.iter().find(|h| h.dates_event()) {
        return Some((h.value.unwrap(), role));
    }
    let r = tl.anchors.reference;
    if decision {
        // a decision is taken the day it is announced ("a annoncé jeudi que le couvre-feu
        // serait levé à compter du 1er juin"), else on the story's day
        let day = st.report().and_then(|h| h.value).unwrap_or(Interval {
            start: r,
            end: r,
            precision: Precision::Day,
        });
        return Some((day, Role::Decision));
    }
    if let Some(h) = st.hits.iter().find(|h| h.role == Role::Onset && h.value.is_some() && !h.subordinate) {
        return Some((h.value.unwrap(), Role::Onset));
    }
    if let Some(h) = st.report() {
        return Some((h.value.unwrap(), Role::Event));
    }
    if let Some((v, _, _)) = tl.inherited(tense, para) {
        return Some((v, Role::Event));
    }
    let p = tl.anchors.published;
    Some((Interval { start: p, end: p, precision: Precision::Day }, Role::Event))
}

#[cfg(test)]
mod part_of_a_month_tests {
    use super::*;

    /// The span every "quelques jours plus tard" of the last sentence resolves to.
    fn few_days_later(sentences: &[&str], published: &str) -> Vec<(String, String)> {
        let last = analyse(sentences, published.parse().unwrap(), DocType::News).pop().unwrap();
        let spans = last.hits.iter().filter(|(v, _, _)| v.precision == Precision::Interval);
        spans.map(|(v, _, _)| (v.start.to_string(), v.end.to_string())).collect()
    }

    #[test]
    fn a_part_of_a_month_anchors_the_anaphors_after_it_in_its_sentence() {
        // acts: from the middle of mid-October (the 15th), three to seven days on
        let got = few_days_later(
            &["La route de Kati a rouvert mi-octobre, et les premiers convois l'ont empruntée quelques jours plus tard."],
            "2024-11-20",
        );
        assert_eq!(got, [("2024-10-18".to_string(), "2024-10-22".to_string())]);
        // acts: "fin mars" (about the 26th), counted back
        let got = few_days_later(
            &["Les deux camps ont signé fin mars un accord négocié quelques jours plus tôt à Doha."],
            "2024-05-02",
        );
        assert_eq!(got, [("2024-03-19".to_string(), "2024-03-23".to_string())]);
        // near miss: a whole month is no day: the story's day stays the anchor
        let got = few_days_later(
            &[
                "Le 2 octobre, l'armée a quitté Kati.",
                "La route a rouvert en octobre, et les convois l'ont empruntée quelques jours plus tard.",
            ],
            "2024-11-20",
        );
        assert_eq!(got, [("2024-10-05".to_string(), "2024-10-09".to_string())]);
    }
}

#[cfg(test)]
mod occurs_after_tests {
    use super::*;

    /// The values of every time the last sentence names, after `context`.
    fn days(context: &[&str], text: &str, published: &str) -> Vec<String> {
        let sentences: Vec<&str> = context.iter().copied().chain([text]).collect();
        let last = analyse(&sentences, published.parse().unwrap(), DocType::News).pop().unwrap();
        last.hits.iter().map(|(v, _, _)| v.start.to_string()).collect()
    }

    #[test]
    fn a_fact_named_after_an_occurrence_verb_is_counted_back_from_the_story_s_day() {
        let raid = ["Mardi, un raid aérien a détruit un dépôt de carburant à Kidira."];
        // acts: a week before the raid's Tuesday
        let got =
            days(&raid, "Ce raid intervient une semaine après la prise du poste de Goudiry.", "2019-07-10");
        assert_eq!(got, ["2019-07-02"]);
        // acts: news that falls the day after the hearings closed
        let got = days(
            &["Jeudi, le gouvernement a annoncé la libération de quarante détenus."],
            "Le verdict tombe au lendemain de la clôture des débats à Lomé.",
            "2021-03-22",
        );
        assert_eq!(got, ["2021-03-17"]);
        // acts: "à la veille de" counts forward from the told attack
        let got = days(
            &["Le 12 mars, des hommes armés ont attaqué un convoi près de Gao."],
            "L'attaque est survenue à la veille de la visite du ministre.",
            "2022-03-20",
        );
        assert_eq!(got, ["2022-03-13"]);
        // near miss: without an occurrence verb, a week after the story's day
        let got = days(&raid, "Les rebelles ont repris le poste deux jours après le raid.", "2019-07-12");
        assert_eq!(got, ["2019-07-11"]);
        // near miss: "tomber" said of a town is a new fact, dated forward
        let got = days(&raid, "La ville est tombée deux jours après le raid.", "2019-07-12");
        assert_eq!(got, ["2019-07-11"]);
    }
}
