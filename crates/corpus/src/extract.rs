//! Extraction of one article: boilerplate → sentences → places, actors, dates, triggers,
//! claims → candidate events (one per date a sentence reports), with provenance.
//!
//! Each sentence goes through five named steps, in this order:
//! 1. **sentence analysis** ([`Sentences`], [`Sentence`]): folded words, places, actors, tenses;
//! 2. **time** ([`Walk::time`]): the date expressions, against the article's timeline;
//! 3. **frames** ([`frames_of`], [`group_by_date`]): the event triggers, grouped by the date
//!    nearest to each;
//! 4. **arguments** ([`Arguments`], [`place_of`], [`actors_of`]): claimant, toll, place, actors;
//! 5. **candidates** ([`Walk::report`]): a new event, more of the previous one, or a dispute.
//!
//! Discourse rules, all general:
//! - a sentence without a date expression inherits the *temporal focus* (the last day
//!   named earlier in the article) when it is in a past tense, and the publication date
//!   otherwise ("L'Azerbaïdjan envisage une amnistie" is today's news);
//! - a sentence that only denies ("Bakou a démenti", "complètement fausses") disputes the
//!   event told just before it instead of creating one;
//! - statements need a named actor; background (years ago, or year precision) is skipped;
//! - an event without a named place happens where its paragraph set the scene ("à Goris"
//!   earlier in the paragraph: "Le lendemain, elles ont signé…"); fighting, tolls and
//!   statements do not, since a front moves from one sentence to the next, a toll often
//!   counts a whole war and a statement is made anywhere;
//! - "la ville", "cette localité" or "la capitale" without a name of its own stands for the
//!   town (or capital) last named in its paragraph or the two sentences before;
//! - events in the conflict zone without a named place take the article's main region;
//! - "ce fut le tour de X" tells the previous event again, at X, on the sentence's date.
use std::borrow::Cow;

use jiff::civil::Date;

use crate::article::{Article, Published};
use crate::boilerplate;
pub use crate::candidate::{Candidate, DateOrigin, Extra};
use crate::claim::{self, Toll};
use crate::classify::{
    armed_subject, clause_words_before, looks_finite, stem_pos, TriggerHit, TriggerIndex, FEARS, MODALS,
};
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::export::{EventType, Fatalities, Precision, Role};
use crate::fold::{words_into, Folded, View};
use crate::frames::FrameClass;
use crate::gazetteer::{Gazetteer, PlaceHit, PlaceIndex, PlaceKind};
use crate::lexicon::{ActorHit, ActorIndex, GenericActors, Lexicon};
use crate::sentence;
use crate::time::DateValue;
use crate::time::{self, Basis, Role as TimeRole, SentenceTime, Tense, TenseMap, TimeHit, Timeline};

/// Everything extraction needs, built once per corpus.
pub struct Context<'a> {
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
    pub places: PlaceIndex,
    pub actors: ActorIndex,
    pub triggers: TriggerIndex,
    /// Index of each place's parent in the gazetteer (resolved once, not per hit).
    pub parents: Vec<Option<usize>>,
    /// Per actor, the capital that names it ("Washington" for the United States), for
    /// "la capitale américaine" ([`national_capital`]).
    pub capitals: Vec<Option<usize>>,
}

impl<'a> Context<'a> {
    pub fn new(gazetteer: &'a Gazetteer, lexicon: &'a Lexicon) -> Self {
        let parents = gazetteer.parents().to_vec();
        Context {
            gazetteer,
            lexicon,
            places: PlaceIndex::new(gazetteer),
            actors: ActorIndex::new(lexicon).with_place_actors(lexicon, gazetteer),
            triggers: TriggerIndex::new(),
            parents,
            capitals: capitals_of(gazetteer, lexicon),
        }
    }
}

/// Per actor, the capital among its aliases: a government is named after its capital.
fn capitals_of(g: &Gazetteer, l: &Lexicon) -> Vec<Option<usize>> {
    let capitals: Vec<(usize, String)> = g
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PlaceKind::Capital)
        .map(|(i, p)| (i, crate::fold::fold(&p.name_fr)))
        .collect();
    l.actors
        .iter()
        .map(|a| {
            let aliases: Vec<String> = a.aliases.iter().map(|n| crate::fold::fold(n)).collect();
            capitals.iter().find(|(_, name)| aliases.contains(name)).map(|(i, _)| *i)
        })
        .collect()
}

/// Result of extracting one article.
#[derive(Debug, Default)]
pub struct Extraction {
    pub candidates: Vec<Candidate>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many sentences of the article were kept (after boilerplate).
    pub sentences: usize,
}

fn day(d: Date) -> DateValue {
    DateValue { start: d, end: None, precision: Precision::Day, fine: time::Precision::Day }
}

/// Extract candidate events from an article (the steps are in the module docs).
pub fn extract(a: &Article, ctx: &Context) -> Extraction {
    let mut out = Extraction::default();
    let sentences = Sentences::new(a, ctx, &mut out.diagnostics);
    out.sentences = sentences.spans.len();
    let mut walk = Walk::new(a, &sentences);
    for si in 0..sentences.spans.len() {
        walk.sentence(si, ctx, &mut out);
    }
    out
}

/// Step 1, for the whole article: the prose split into sentences, folded once, with the
/// places of every sentence (the main region needs them all before the first event).
struct Sentences<'a> {
    body: &'a str,
    lines: LineIndex,
    /// Byte ranges of the sentences in the body, and the paragraph of each.
    spans: Vec<(usize, usize)>,
    para_of: Vec<usize>,
    folded: Folded,
    places: Vec<Vec<PlaceHit>>,
    /// Per sentence, the capitals named as a government or in a dateline
    /// ([`PlaceIndex::find_with_capitals`]): antecedents of "la capitale", never places.
    seats: Vec<Vec<PlaceHit>>,
    /// The article's main region: the most named region-like place.
    region: Option<usize>,
    /// The town the title sets the article in ([`title_town`]).
    title_town: Option<usize>,
    doc: time::DocType,
    /// The tense maps the document-type pass built, by sentence (`None`: not built there):
    /// [`Walk::analyse`] borrows them rather than building them again (a tense map is read
    /// off every word of its sentence).
    tenses: Vec<Option<TenseMap>>,
}

impl<'a> Sentences<'a> {
    fn new(a: &'a Article, ctx: &Context, diags: &mut Vec<Diagnostic>) -> Self {
        let body = &a.body;
        let folded = Folded::new(body);
        let cleaned = boilerplate::clean_folded(body, &folded, &a.meta.title);
        let lines = LineIndex::new(body);
        for s in &cleaned.skipped {
            // its first 60 chars, sliced rather than collected char by char (a page skips a
            // dozen lines, and each is reported)
            let line = &body[s.start..s.end];
            let text = &line[..line.char_indices().nth(60).map_or(line.len(), |(i, _)| i)];
            diags.push(Diagnostic::warning(
                &a.path,
                a.body_line - 1 + lines.line(s.start),
                format!("skipped as boilerplate ({}): {}", s.reason, text),
            ));
        }
        let (spans, para_of) = prose_sentences(body, &cleaned);
        let mut ws = Vec::new();
        let (places, seats): (Vec<Vec<PlaceHit>>, Vec<Vec<PlaceHit>>) = spans
            .iter()
            .map(|&(ss, se)| {
                let t = folded.view(ss, se).text;
                words_into(t, &mut ws);
                ctx.places.find_with_capitals(ctx.gazetteer, t, &ws)
            })
            .unzip();
        let region = main_region(&places, ctx);
        let mut tenses = Vec::new();
        let doc = detected_type(a, &spans, &folded, &mut tenses);
        let title_town = title_town(&a.meta.title, ctx);
        Sentences { body, lines, spans, para_of, folded, places, seats, region, title_town, doc, tenses }
    }
}

/// Step 1, for one sentence: its text, folded view and words, places, actors and tenses.
struct Sentence<'s> {
    index: usize,
    /// Byte offset in the body.
    start: usize,
    text: &'s str,
    f: View<'s>,
    /// The folded text (`f.text`).
    t: &'s str,
    words: Vec<(usize, usize)>,
    /// Where the words that open separators stand, for [`occurrences`].
    separators: SeparatorWords,
    places: &'s [PlaceHit],
    actors: Vec<ActorHit>,
    /// Borrowed from [`Sentences::tenses`] when the document-type pass built it.
    tenses: Cow<'s, TenseMap>,
    para: usize,
    /// Line in the article file.
    line: usize,
}

/// Where the words that open the clause steps' separators (", *et* ", " *qui* ", " *tandis*
/// que ", [`separator_word`]) stand in a sentence: (the word's number, its byte offset), in
/// text order. Noted in one pass over the sentence's words when it is analysed, so that
/// [`occurrences`] reads a separator's few places, where it passed over every word of the
/// sentence for each of the dozen separators it is asked for (callgrind: 168 M instructions
/// of the bench with a filter of word shapes, which "et" and "qui" nearly always passed).
#[derive(Clone, Default)]
struct SeparatorWords(Vec<(u8, usize)>);

impl SeparatorWords {
    fn of(t: &str, words: &[(usize, usize)]) -> Self {
        let b = t.as_bytes();
        SeparatorWords(words.iter().filter_map(|&(a, e)| Some((separator_word(&b[a..e])?, a))).collect())
    }

    /// The byte offsets of the separator word numbered `k`.
    fn of_word(&self, k: u8) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().filter(move |w| w.0 == k).map(|w| w.1)
    }
}

/// The number of a word that opens a separator of the clause steps ("et", "puis", "qui",
/// "dont", "ou", "tandis", "alors", "pendant"), or `None`: one `match` on the bytes (a
/// test of the length, then of the bytes), as it runs for every word of every sentence.
fn separator_word(w: &[u8]) -> Option<u8> {
    match w {
        b"et" => Some(0),
        b"puis" => Some(1),
        b"qui" => Some(2),
        b"dont" => Some(3),
        b"ou" => Some(4),
        b"tandis" => Some(5),
        b"alors" => Some(6),
        b"pendant" => Some(7),
        _ => None,
    }
}

/// The walk through an article's sentences: the timeline and what the previous sentences
/// reported (for continuations and denials).
struct Walk<'p> {
    a: &'p Article,
    sentences: &'p Sentences<'p>,
    anchor: Date,
    pub_value: DateValue,
    timeline: Timeline,
    /// Live-blog entries: each timestamp line dates the sentences after it.
    stamps: Vec<(usize, Date)>,
    next_stamp: usize,
    /// The sentence of the last candidate.
    last: Option<usize>,
    /// The paragraph's scene: the last place named with a locative ("à Goris", "devant le
    /// Parlement") in the current paragraph, as (paragraph, place).
    scene: Option<(usize, usize)>,
    /// The towns named so far, for "la ville" and "la capitale" pointing back to them.
    towns: Towns,
    /// The same, before the current sentence.
    towns_before: Towns,
    /// The parties named so far by generic nouns ("l'armée soudanaise"), for their bare
    /// uses ("l'armée").
    generic: GenericActors,
    /// Reused buffers.
    lower: String,
    words: Vec<(usize, usize)>,
}

/// Step 4, what a sentence (or one of its coordinated clauses) says of every event it
/// reports.
struct Arguments {
    /// The clause, as a byte range of the folded sentence (the whole sentence when it
    /// tells one fact).
    span: (usize, usize),
    /// The clause's actors (those of the clauses before it when it names none: "X a été
    /// arrêté puis placé en détention") and places.
    actors: Vec<ActorHit>,
    places: Vec<PlaceHit>,
    attribution: Option<(usize, usize)>,
    claimed_by: Option<String>,
    toll: Toll,
    tense: Tense,
    /// The sentence starts with a subject pronoun ("Il a ajouté…").
    pronoun_subject: bool,
    /// The sentence presents itself as more of what was just told: an accusation about it
    /// ("X a accusé Y d'avoir…") or an additive ("également", "à son tour").
    adds_to_previous: bool,
    denial: Option<usize>,
}

impl<'p> Walk<'p> {
    fn new(a: &'p Article, sentences: &'p Sentences<'p>) -> Self {
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
        let doc = sentences.doc;
        let stamps =
            if doc == time::DocType::LiveBlog { time::entry_stamps(&a.body, anchor) } else { Vec::new() };
        Walk {
            a,
            sentences,
            anchor,
            pub_value,
            timeline: Timeline::new(anchor, day_known, doc),
            stamps,
            next_stamp: 0,
            last: None,
            scene: None,
            towns: Towns::default(),
            towns_before: Towns::default(),
            generic: GenericActors::default(),
            lower: String::new(),
            words: Vec::new(),
        }
    }

    /// Every step for sentence `si`.
    fn sentence(&mut self, si: usize, ctx: &Context, out: &mut Extraction) {
        let Some(mut s) = self.analyse(si, ctx) else { return };
        let Some(st) = self.time(&s) else {
            self.words = s.words;
            return;
        };
        // a wire's dateline ("BANGKOK, 30 octobre (AFP) -") names where the dispatch was
        // written: its capital is no party to what the dispatch tells
        s.actors.retain(|h| h.start >= st.lead);
        // a wire dateline ("BAKOU, 14 mars (Reuters) -") or an entry's timestamp is not part
        // of any quote: quotes start after it, at the next letter, digit or opening quote
        let lead = {
            let o = s.f.orig_range(st.lead, st.lead).0.min(s.text.len());
            o + s.text[o..].find(|c: char| c.is_alphanumeric() || matches!(c, '«' | '"' | '“')).unwrap_or(0)
        };
        let triggers = frames_of(&s, ctx);
        self.warn(&s, &st, out);
        if triggers.is_empty() && self.takes_its_turn(&s, &st, lead, out) {
            self.timeline.advance(&st, s.tenses.overall(), s.text, &s.f, s.para);
            self.set_scene(&s, ctx);
            self.words = s.words;
            return;
        }
        if triggers.is_empty() && self.last.is_none_or(|p| s.index > p + 2) {
            // nothing to report and nothing just before to dispute
            self.timeline.advance(&st, s.tenses.overall(), s.text, &s.f, s.para);
            self.words = s.words;
            return;
        }
        let args = Arguments::of(&s, (0, s.t.len()));
        if self.disputes_previous(&s, &st, &triggers, &args, lead, out) {
            self.words = s.words;
            return;
        }
        let mut before: Option<TriggerHit> = None;
        for span in if triggers.is_empty() { Vec::new() } else { clauses(&s, &st, &triggers) } {
            let clause = (span != args.span).then(|| args.clause(&s, span));
            let args = clause.as_ref().unwrap_or(&args);
            let mut mine: Vec<TriggerHit> =
                triggers.iter().filter(|h| h.start >= span.0 && h.start < span.1).cloned().collect();
            if relative_at(s.t, span.0) {
                // a relative clause cut off with its own date tells a fact of its own: its
                // frame is no longer a mere qualifier of the noun before it
                mine.iter_mut().filter(|h| h.trigger.weight == 2).for_each(|h| h.trigger.weight = 3);
            }
            let strongest = mine.iter().filter(|h| h.trigger.kind != EventType::Statement);
            match strongest.max_by_key(|h| h.trigger.weight).filter(|h| h.trigger.weight >= 3) {
                Some(h) => before = Some(*h),
                // a dated sequel without a fact's frame of its own ([`dated_sequel`])
                None if !mine.iter().any(|h| h.trigger.kind == EventType::Statement) => {
                    mine.extend(before.map(|h| sequel_of(&h, &s, span)));
                }
                None => {}
            }
            let (usable, groups) = group_by_date(&s, &st, &mine, span);
            let any_strong = groups.iter().any(|(_, v)| v.iter().any(|h| h.trigger.weight >= 3));
            for (g, hits) in groups {
                let date = g.map(|i| usable[i]);
                self.report(&s, &st, date, &hits, any_strong, args, lead, ctx, out);
            }
        }
        self.timeline.advance(&st, s.tenses.overall(), s.text, &s.f, s.para);
        self.set_scene(&s, ctx);
        self.words = s.words;
    }

    /// The paragraph's scene after sentence `s`: its last locative place of a town or
    /// finer, else the scene of the sentences before it in the same paragraph.
    fn set_scene(&mut self, s: &Sentence, ctx: &Context) {
        if self.scene.is_some_and(|(p, _)| p != s.para) {
            self.scene = None;
        }
        // a town called by its kind ("la ville est aux mains des rebelles") is named anew:
        // a later "la ville" reaches back from here
        if self.towns.town.is_none_or(|(si, _, _)| si != s.index) {
            if let Some(p) = self.towns_before.resolve(s, (0, s.t.len()), None, ctx) {
                self.towns.note(s.index, s.para, [&p], ctx.gazetteer);
                if !s.places.iter().any(|p| p.locative) {
                    self.scene = Some((s.para, p.place));
                }
            }
        }
        if let Some(p) =
            s.places.iter().rev().find(|p| p.locative && ctx.gazetteer.places[p.place].specificity() >= 3)
        {
            self.scene = Some((s.para, p.place));
        }
    }

    /// Step 1: analyse sentence `si` (`None`: not a sentence, a wall of text).
    fn analyse(&mut self, si: usize, ctx: &Context) -> Option<Sentence<'p>> {
        let sentences = self.sentences;
        let (ss, se) = sentences.spans[si];
        let text = &sentences.body[ss..se];
        if text.len() > 5000 {
            return None; // a wall of text without punctuation
        }
        let f = sentences.folded.view(ss, se);
        let t = f.text;
        let mut words = std::mem::take(&mut self.words);
        words_into(t, &mut words);
        let places: &[PlaceHit] = &sentences.places[si];
        let para = sentences.para_of[si];
        self.towns_before = self.towns;
        let seats: &[PlaceHit] = &sentences.seats[si];
        self.towns.note(si, para, named_towns(si, t, places, seats, ctx.gazetteer), ctx.gazetteer);
        self.towns.note_there(si, para, t, places.iter().chain(seats), ctx.gazetteer);
        let mut actors =
            ctx.actors.find_with(ctx.lexicon, ctx.gazetteer, t, &words, places, Some((text, &f)));
        self.generic.note_regions(ctx.lexicon, t, places);
        self.generic.resolve(ctx.lexicon, t, &words, &mut actors);
        Some(Sentence {
            index: si,
            start: ss,
            text,
            f,
            t,
            separators: SeparatorWords::of(t, &words),
            words,
            places,
            actors,
            tenses: match sentences.tenses.get(si) {
                Some(Some(map)) => Cow::Borrowed(map),
                // lower-cased only here: the sentences with a date already have their map
                _ => {
                    self.lower.clear();
                    crate::fold::lowercase_into(text, &mut self.lower);
                    Cow::Owned(TenseMap::new(&self.lower, text))
                }
            },
            para,
            line: self.a.body_line - 1 + sentences.lines.line(ss),
        })
    }

    /// Step 2: the sentence's dates, after entering any live-blog entry that starts before
    /// it (`None`: the sentence is only a timestamp or a dateline).
    fn time(&mut self, s: &Sentence) -> Option<SentenceTime> {
        while self.stamps.get(self.next_stamp).is_some_and(|(o, _)| *o <= s.start) {
            self.timeline.enter(self.stamps[self.next_stamp].1, s.para);
            self.next_stamp += 1;
        }
        let st = self.timeline.sentence(s.text, s.t, s.para, &s.tenses);
        (!st.header).then_some(st)
    }

    /// Warnings: dates that cannot be resolved, names after "à" that are no known place.
    fn warn(&self, s: &Sentence, st: &SentenceTime, out: &mut Extraction) {
        for d in st.hits.iter().filter(|d| d.value.is_none()) {
            out.diagnostics.push(Diagnostic::warning(
                &self.a.path,
                s.line,
                format!(
                    "could not resolve the date `{}` (publication date `{}` has no day)",
                    &s.t[d.start..d.end],
                    self.a.meta.published
                ),
            ));
        }
        unknown_places(self.a, s.line, s.text, &s.f, s.places, &s.actors, &mut out.diagnostics);
    }

    /// Step 5, denials: a sentence that denies without an event of its own disputes the
    /// event told just before it; when it names who denies, it is also their statement.
    /// True when the sentence was used so.
    fn disputes_previous(
        &mut self,
        s: &Sentence,
        st: &SentenceTime,
        triggers: &[TriggerHit],
        args: &Arguments,
        lead: usize,
        out: &mut Extraction,
    ) -> bool {
        let only_weak = triggers
            .iter()
            .filter(|h| h.trigger.kind != EventType::Statement)
            .all(|h| h.trigger.class == FrameClass::Combat);
        let (Some(dpos), Some(prev)) = (args.denial, self.last) else { return false };
        if !only_weak || s.index > prev + 2 {
            return false;
        }
        let deniers: Vec<usize> = s.actors.iter().filter(|h| h.start < dpos).map(|h| h.actor).collect();
        let Some(c) = out.candidates.last_mut() else { return false };
        for &d in &deniers {
            if !c.disputed_by.contains(&d) {
                c.disputed_by.push(d);
            }
        }
        if deniers.is_empty() {
            // nobody named: the denial is told as part of the event
            c.extra.push(Extra {
                quote: s.text[lead..].to_string(),
                claimed_by: args.claimed_by.clone(),
                why: "denies it, right after it",
            });
        } else {
            // a named party's denial is a statement of its own, dated by its sentence
            let mut denial = c.clone();
            let date = st.hits.iter().find(|d| d.dates_event());
            let (value, origin, expression, basis) = self.date_of(s, st, date, args);
            denial.pos = s.start;
            (denial.kind, denial.class) = (EventType::Statement, FrameClass::Statement);
            (denial.date, denial.date_origin, denial.expression, denial.basis) =
                (value, origin, expression, basis);
            (denial.place, denial.place_default) = (None, false);
            denial.actors = deniers.iter().map(|&d| (d, Role::Initiator)).collect();
            denial.fatalities = None;
            denial.quote = s.text[lead..].to_string();
            denial.claimed_by = args.claimed_by.clone();
            denial.trigger = None;
            denial.disputed_by = Vec::new();
            denial.extra = Vec::new();
            out.candidates.push(denial);
            self.last = Some(s.index);
        }
        true
    }

    /// Step 5, the same again elsewhere: "ce fut le tour de X", "c'est au tour de X de…"
    /// tells that what the previous event did to one place or party happened to another,
    /// on this sentence's date. The new event is the previous one's kind, at the place (or
    /// with the party) the sentence names after "tour". True when the sentence was used so.
    fn takes_its_turn(&mut self, s: &Sentence, st: &SentenceTime, lead: usize, out: &mut Extraction) -> bool {
        let Some(turn) = turn_of(s.t) else { return false };
        let Some(prev) = out.candidates.last() else { return false };
        let place = s.places.iter().find(|p| p.start > turn).map(|p| p.place);
        let party = s.actors.iter().find(|a| a.start > turn).map(|a| a.actor);
        if place.is_none() && party.is_none() {
            return false;
        }
        let args = Arguments::of(s, (0, s.t.len()));
        let date = st.hits.iter().find(|d| d.dates_event());
        let (date, date_origin, expression, basis) = self.date_of(s, st, date, &args);
        if self.is_background(&date) {
            return false;
        }
        let mut actors = prev.actors.clone();
        if let Some(a) = party.filter(|a| !actors.iter().any(|(b, _)| b == a)) {
            actors.push((a, Role::Participant));
        }
        let next = Candidate {
            pos: s.start,
            date,
            date_origin,
            expression,
            basis,
            place: place.or(prev.place),
            place_default: place.is_none() && prev.place_default,
            actors,
            fatalities: None,
            quote: s.text[lead..].trim_end().to_string(),
            claimed_by: args.claimed_by.clone(),
            trigger: None,
            disputed_by: Vec::new(),
            extra: Vec::new(),
            ..prev.clone()
        };
        out.candidates.push(next);
        self.last = Some(s.index);
        true
    }

    /// Step 5: the candidate of one group of triggers that share a date (`date`: the
    /// written date that governs them, if any), or more of the previous candidate.
    #[allow(clippy::too_many_arguments)] // one sentence's steps, each named by its type
    fn report(
        &mut self,
        s: &Sentence,
        st: &SentenceTime,
        date: Option<&TimeHit>,
        hits: &[&TriggerHit],
        any_strong: bool,
        args: &Arguments,
        lead: usize,
        ctx: &Context,
        out: &mut Extraction,
    ) {
        let Some((main, kind, class)) = event_kind(s, hits, any_strong, date.is_none(), args) else {
            return;
        };
        let (value, origin, expression, basis) = self.date_of(s, st, date, args);
        if self.is_background(&value) {
            return;
        }
        let named = place_of(s, args, kind, main, ctx);
        let named = match named {
            Some(p) if ctx.gazetteer.places[p.place].specificity() >= 3 => Some(p),
            _ => national_capital(s, args.span, ctx).or(named),
        };
        let place_hit = self.towns_before.resolve(s, args.span, named, ctx);
        let (place, place_default) = self.place_or_region(place_hit, kind, s.para);
        let actors = with_state_organs(actors_of(s, kind, main, args), s, args, place, ctx);
        let actors = with_people(actors, s, kind, main, args, ctx);
        let disputed_by = disputers(main, args);
        let (q0, q1) = args.quote(s, lead);
        let quote = &s.text[q0..q1];
        let statement = kind == EventType::Statement;
        let back_reference = out.candidates.last().is_some_and(|prev| refers_back(s.t, main, prev));
        if origin != DateOrigin::Explicit
            && (place_hit.is_none() || statement || back_reference)
            && self.last.is_some_and(|p| p + 2 >= s.index)
        {
            if let Some(prev) = out.candidates.last_mut() {
                if let Some(why) = continues(prev, kind, class, &actors, args, back_reference, s.t) {
                    for d in &disputed_by {
                        if !prev.disputed_by.contains(d) {
                            prev.disputed_by.push(*d);
                        }
                    }
                    prev.extra.push(Extra {
                        quote: quote.to_string(),
                        claimed_by: args.claimed_by.clone(),
                        why,
                    });
                    self.last = Some(s.index);
                    return;
                }
            }
        }
        let (ts, te) = s.f.orig_range(main.start, main.end);
        let fatalities = (args.toll.killed.is_some() || args.toll.wounded.is_some()).then(|| Fatalities {
            killed_min: args.toll.killed,
            wounded_min: args.toll.wounded,
            claimed_by: args.claimed_by.clone(),
        });
        out.candidates.push(Candidate {
            article: self.a.id.clone(),
            pos: s.start,
            kind,
            class,
            date: value,
            date_origin: origin,
            expression,
            basis,
            place,
            place_default,
            actors,
            fatalities,
            quote: quote.to_string(),
            claimed_by: args.claimed_by.clone(),
            // an empty trigger is one a dated sequel borrowed ([`sequel_of`]): no words of its own
            trigger: (ts >= q0 && te <= q1 && te > ts).then(|| (ts - q0, te - q0)),
            disputed_by,
            extra: Vec::new(),
        });
        self.last = Some(s.index);
    }

    /// Step 4: an event's date: the written date that governs its frame, else the one its
    /// sentence inherits ([`undated`]).
    fn date_of(
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

    /// Step 4: the named place, else the paragraph's scene or the place the question it
    /// answers asks about (not for fighting, tolls and statements), else the town the
    /// title sets the article in (not for statements), else for events in the conflict zone
    /// the article's region (all marked as a default). Returns (place, defaulted).
    fn place_or_region(&self, hit: Option<PlaceHit>, kind: EventType, para: usize) -> (Option<usize>, bool) {
        let staged = !matches!(kind, EventType::Fighting | EventType::Casualties | EventType::Statement);
        let scene = || {
            let set = self.scene.filter(|&(sp, _)| sp == para).map(|(_, p)| p);
            set.or_else(|| self.asked_about(para))
        };
        match hit {
            Some(p) => (Some(p.place), false),
            None if staged && scene().is_some() => (scene(), true),
            // a statement is made anywhere
            None if self.sentences.title_town.is_some() && kind != EventType::Statement => {
                (self.sentences.title_town, true)
            }
            None if matches!(
                kind,
                EventType::Fighting | EventType::Ceasefire | EventType::Humanitarian | EventType::Casualties
            ) =>
            {
                (self.sentences.region, self.sentences.region.is_some())
            }
            None => (None, false),
        }
    }

    /// The place an interviewer's question asks about when paragraph `para` answers it
    /// ("Quelle est la situation à Brellan ?" / "Hier, nous avons servi 900 repas."): the
    /// question, a paragraph of its own just before, names it after a locative word. The
    /// answer's events happen there, as those after a paragraph's scene do.
    fn asked_about(&self, para: usize) -> Option<usize> {
        let sentences = self.sentences;
        let first = sentences.para_of.partition_point(|&p| p < para);
        let question = first.checked_sub(1).filter(|&q| sentences.para_of[q] + 1 == para)?;
        let (qs, qe) = sentences.spans[question];
        if !sentences.body[qs..qe].trim_end().ends_with('?') {
            return None;
        }
        sentences.places[question].iter().rfind(|p| p.locative).map(|p| p.place)
    }

    /// Background is not part of the chronology: a fact dated only by its year ("en 1991",
    /// "l'an dernier"), or an old one dated by a season or a span of months ("à l'automne
    /// 2020"). A fact dated to its month or finer is part of it, however old: an explainer or
    /// an anniversary piece retells the war month by month.
    fn is_background(&self, value: &DateValue) -> bool {
        let year_ago = self.anchor.checked_sub(jiff::Span::new().days(366)).unwrap_or(self.anchor);
        let one_month = value.end.is_none_or(|e| e.since(value.start).is_ok_and(|d| d.get_days() <= 31));
        value.precision == Precision::Year || value.start < year_ago && !one_month
    }
}

/// Where "le tour de" / "au tour de" follows a form of "être" or "venir" ("ce fut ensuite le
/// tour de Dorvik", "c'est maintenant au tour de l'est"): the folded offset of "tour".
/// Not "faire le tour de" or "à tour de rôle".
fn turn_of(t: &str) -> Option<usize> {
    const BE: &[&str] =
        &["fut", "est", "etait", "sera", "serait", "vint", "vient", "venait", "arrive", "viendra"];
    t.match_indices(" tour d").find_map(|(i, _)| {
        let before = t[..i].trim_end();
        let (rest, det) = before.rsplit_once(' ')?;
        if !matches!(det, "le" | "au") {
            return None;
        }
        // "maintenant", "désormais", "enfin" may stand between the verb and the turn
        let words: Vec<&str> = rest.split(' ').rev().take(3).collect();
        words.iter().any(|w| BE.contains(w)).then_some(i + 1)
    })
}

/// A town named in the article: (sentence, paragraph, place).
type Named = Option<(usize, usize, usize)>;

/// The last town (a town, city, village or capital) and the last capital named, for a
/// definite back-reference ("la ville", "cette localité", "la capitale"): French names a
/// town once, then calls it by its kind. A town a distance is measured from ("à Ber, à 60
/// km de Tombouctou") only says where the other is: it is not the one in focus. The clitic
/// "y" points back to the last town named in any role ([`Towns::note_there`]).
#[derive(Clone, Copy, Default)]
struct Towns {
    town: Named,
    capital: Named,
    /// The last town or capital named in any role, the antecedent of the clitic "y".
    there: Named,
    /// The last sentence that names any place at all: while none has been named since a
    /// town, that town is still the one in focus ([`Towns::resolve`]).
    placed: Option<usize>,
}

/// The towns sentence `si` names, in order, for [`Towns::note`]: its places, the capital
/// of a wire's dateline ("DORVIK, 3 mai (AFP) - …"), where the dispatch is written
/// from: "Dans la capitale, …" right after it is that one, and a capital people travel to
/// or from ([`travelled`]). Not a capital named as its
/// government ("Bakou a dénoncé…"), nor a town a distance is measured from when the
/// sentence names another town (after "l'aéroport de Tessel, à 30 km de Brellan", "la
/// ville" is Brellan: an airport is no town), nor where
/// people go when the sentence names the town they come from ("les familles de Morvane
/// partent pour Brellan. … le centre de la ville" is Morvane's).
fn named_towns<'h>(
    si: usize,
    t: &'h str,
    places: &'h [PlaceHit],
    seats: &'h [PlaceHit],
    g: &Gazetteer,
) -> impl Iterator<Item = &'h PlaceHit> {
    let seats = seats
        .iter()
        .filter(move |p| si == 0 && p.start == 0 && t[p.end..].starts_with(',') || travelled(t, p.start));
    let focus = places.iter().any(|p| town_level(&g.places[p.place]) == 4 && !measured_from(t, p.start));
    let towns = places.iter().filter(move |p| !focus || !measured_from(t, p.start));
    let to = move |p: &PlaceHit| destination(t, p.start, places);
    let from_a_town = towns.clone().any(|p| town_level(&g.places[p.place]) == 4 && !to(p));
    seats.chain(towns.filter(move |p| !(from_a_town && to(p))))
}

/// Is the capital at `start` the object of a verb of going or leaving ("pour rejoindre
/// Dorvik", "ils ont gagné Dorvik", "avant de quitter Dorvik", "atteindre Dorvik")? Then it
/// is a town people travel to or from, not a government: "la capitale" next points back to it.
fn travelled(t: &str, start: usize) -> bool {
    const VERBS: &[&str] = &["rejoi", "regagn", "gagn", "quitt", "attei", "ralli", "fui", "fuy", "evacu"];
    let (w, _) = word_before(t, start);
    VERBS.iter().any(|v| w.starts_with(v))
}

/// Can "y" point back to the place `p`: a town, or a site people stay in or pass through ("le
/// camp de Vell … des familles y ont été blessées", "l'aéroport … les avions y atterrissent")?
/// Not a region or a country, which "y" rarely stands for in a report.
fn there_antecedent(p: &crate::gazetteer::Place) -> bool {
    town_level(p) == 4 || matches!(p.kind, PlaceKind::Site | PlaceKind::Airport)
}

/// How many sentences back a reference reaches outside its own paragraph.
const TOWN_REACH: usize = 2;

impl Towns {
    fn note<'h>(
        &mut self,
        si: usize,
        para: usize,
        places: impl IntoIterator<Item = &'h PlaceHit>,
        g: &Gazetteer,
    ) {
        for h in places {
            match g.places[h.place].kind {
                PlaceKind::Capital => {
                    self.capital = Some((si, para, h.place));
                    self.town = self.capital;
                }
                PlaceKind::City | PlaceKind::Town | PlaceKind::Village => {
                    self.town = Some((si, para, h.place))
                }
                _ => {}
            }
        }
    }

    /// The last town or capital sentence `si` names, whatever its role ("Dorvik n'est pas
    /// apaisée. Des manifestants y défilaient"): "y" points back to a place, never to a
    /// government.
    fn note_there<'h>(
        &mut self,
        si: usize,
        para: usize,
        t: &str,
        places: impl Iterator<Item = &'h PlaceHit>,
        g: &Gazetteer,
    ) {
        let mut any = false;
        let last = places.inspect(|_| any = true);
        let last = last.filter(|p| there_antecedent(&g.places[p.place]) && !measured_from(t, p.start));
        let last = last.max_by_key(|p| p.start);
        if any {
            self.placed = Some(si);
        }
        if let Some(p) = last {
            self.there = Some((si, para, p.place));
        }
    }

    /// Step 4, back-reference: the place of a clause that calls a town by its kind ("les
    /// dépôts de la ville ont brûlé") is the town last named before it, in its sentence,
    /// its paragraph or the sentences just before. Only where the clause names no town
    /// itself, or only a region or country holding that one. `self`: the towns named
    /// before sentence `s`.
    fn resolve(
        &self,
        s: &Sentence,
        span: (usize, usize),
        hit: Option<PlaceHit>,
        ctx: &Context,
    ) -> Option<PlaceHit> {
        let g = ctx.gazetteer;
        if hit.is_some_and(|h| g.places[h.place].specificity() >= 3) {
            return hit;
        }
        // a clause without a place of its own shares the one a clause before it points back
        // to ("des maisons y ont brûlé, et les habitants ont fui")
        let earlier = || hit.is_none().then(|| town_reference(s.t, (0, span.0), s.places)).flatten();
        let Some((start, end, back)) = town_reference(s.t, span, s.places).or_else(earlier) else {
            return hit;
        };
        let mut named = *self;
        let before = s.places.iter().filter(|p| p.end <= start && !measured_from(s.t, p.start));
        named.note(s.index, s.para, before.clone(), g);
        named.note_there(s.index, s.para, s.t, before, g);
        let antecedent = match back {
            Back::Capital => named.capital,
            Back::There => named.there,
            Back::Town => named.town,
        };
        let Some((si, para, place)) = antecedent else { return hit };
        let near = para == s.para || s.index <= si + TOWN_REACH || self.still_in_focus(si, para, s.para);
        if !near || hit.is_some_and(|h| !g.within(place, h.place)) {
            return hit;
        }
        Some(PlaceHit { place, start, end, descriptive: true, locative: true })
    }

    /// Is the town named in sentence `si` of paragraph `para` still in focus for a
    /// reference in paragraph `here`, however many sentences lie between: no sentence
    /// since has named any place, and the reference is in that paragraph or the next
    /// ("… entrent dans Morvane. Des soldats se rendent. ¶ Le bilan est lourd : 300 morts
    /// dans la ville"). A writer who moves elsewhere names the new place.
    fn still_in_focus(&self, si: usize, para: usize, here: usize) -> bool {
        here <= para + 1 && self.placed.is_none_or(|p| p <= si)
    }
}

/// "la capitale américaine", "dans la capitale russe": the capital of the country whose
/// adjective follows "capitale", where the clause names no town itself.
fn national_capital(s: &Sentence, span: (usize, usize), ctx: &Context) -> Option<PlaceHit> {
    s.actors.iter().filter(|h| h.demonym && h.start >= span.0 && h.start < span.1).find_map(|h| {
        let before = s.t[..h.start].trim_end();
        let start = before.strip_suffix("capitale").map(|b| b.trim_end().len())?;
        let after_article = matches!(word_before(s.t, before.len() - "capitale".len()).0, "la" | "l");
        let place = ctx.capitals.get(h.actor).copied().flatten().filter(|_| after_article)?;
        Some(PlaceHit { place, start, end: h.end, descriptive: true, locative: true })
    })
}

/// How a clause refers back to a town: by its kind ("la ville"), as "la capitale", or
/// with the clitic "y".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Back {
    Town,
    Capital,
    There,
}

/// Where the clause `span` of the folded sentence `t` calls a town by its kind with a
/// definite or demonstrative determiner ("la ville", "cette localité", "la capitale"), or
/// with the clitic "y": (start, end, how). Not when the noun names its own town ("la ville de X") or
/// another one ("la ville voisine", "la capitale soudanaise", "la capitale économique").
/// "La ville de la Haute-Sarne", "la localité du Darfour" name the region the town lies in,
/// with its article: still the town named before, if it lies there ([`Towns::resolve`]).
fn town_reference(t: &str, span: (usize, usize), places: &[PlaceHit]) -> Option<(usize, usize, Back)> {
    const NOUNS: &[&str] =
        &["la ville", "cette ville", "la localite", "cette localite", "la capitale", "cette capitale"];
    const OTHER: &[&str] =
        &["de", "d", "du", "des", "voisine", "natale", "proche", "sainte", "suivante", "jumelle"];
    const ADJECTIVE_ENDS: &[&str] = &["aise", "aine", "ienne", "enne", "oise", "ique", "ane"];
    let b = t.as_bytes();
    let clause = t.get(span.0..span.1)?;
    let there = || clitic_there(clause, span.0).map(|(a, e)| (a, e, Back::There));
    if !names_a_town_noun(clause) {
        return there();
    }
    NOUNS
        .iter()
        .find_map(|n| {
            clause.match_indices(n).map(|(i, _)| (span.0 + i, span.0 + i + n.len())).find(|&(a, e)| {
                let bounded = (a == 0 || !crate::fold::is_word_byte(b[a - 1]))
                    && b.get(e).is_none_or(|&c| !crate::fold::is_word_byte(c));
                let rest = t[e..].trim_start_matches([' ', '\'']);
                let next =
                    &rest[..rest.bytes().position(|c| !crate::fold::is_word_byte(c)).unwrap_or(rest.len())];
                let sized = matches!(next, "de" | "d") && sized_after(&rest[next.len()..]);
                let located = region_after(t, e, next, places);
                bounded
                    && (!OTHER.contains(&next) || sized || located)
                    && !ADJECTIVE_ENDS.iter().any(|x| next.ends_with(x))
            })
        })
        .map(|(a, e)| (a, e, if t[a..e].ends_with("capitale") { Back::Capital } else { Back::Town }))
        .or_else(there)
}

/// Whether `clause` holds a noun a town is called back by ("ville", "localité",
/// "capitale"): one pass over its bytes before a searcher per noun, since
/// [`town_reference`] runs for most clauses and few name a town that way (callgrind: the
/// searchers were 60 M instructions of the benchmark).
fn names_a_town_noun(clause: &str) -> bool {
    let b = clause.as_bytes();
    (0..b.len()).any(|i| match b[i] {
        b'v' => b[i..].starts_with(b"ville"),
        b'l' => b[i..].starts_with(b"localite"),
        b'c' => b[i..].starts_with(b"capitale"),
        _ => false,
    })
}

/// Does the town noun ending at `e` go on with a place named with its article ("la ville de
/// la Haute-Sarne", "la localité du Val-Noir", "la ville de l'Etat du Nord"), `next` being the
/// word after the noun? A town's own name takes no article: it is the region it lies in.
fn region_after(t: &str, e: usize, next: &str, places: &[PlaceHit]) -> bool {
    let after_article = |at: usize| {
        let rest = t[at..].trim_start_matches([' ', '\'']);
        let (w, _) = rest.split_once([' ', '\'']).unwrap_or((rest, ""));
        matches!(w, "la" | "l").then(|| t.len() - rest.len() + w.len())
    };
    let complement = match next {
        "du" | "des" => t[e..].find(next).map(|i| e + i + next.len()),
        "de" => t[e..].find("de").and_then(|i| after_article(e + i + 2)),
        _ => None,
    };
    complement.is_some_and(|c| {
        places.iter().any(|p| {
            p.start >= c && t.get(c..p.start).is_some_and(|gap| gap.trim_matches([' ', '\'']).is_empty())
        })
    })
}

/// Does the text after "la ville de" give the town's size ("d'environ trois cent mille
/// âmes", "de 20 000 âmes", "de plus de cent mille habitants") rather than its name?
/// Then "la ville" still points back to a town named before.
fn sized_after(rest: &str) -> bool {
    const ABOUT: &[&str] = &["environ", "plus", "pres", "quelque", "quelques", "moins", "presque"];
    let w = rest.trim_start_matches([' ', '\'']).split([' ', '\'']).next().unwrap_or("");
    ABOUT.contains(&w) || w.bytes().next().is_some_and(|c| c.is_ascii_digit())
}

/// Is `w` a finite verb of the third person by its ending: an imperfect ("dénonçaient",
/// "vivait"), a present or a simple past plural ("meurent", "entrèrent")? After the
/// clitic "y", only a verb stands.
fn finite_verb(w: &str) -> bool {
    w.len() > 4 && ["aient", "ait", "ent", "erent"].iter().any(|e| w.ends_with(e))
}

/// Where the clause `c` (starting at byte `from` of its sentence) points back to a place
/// with the clitic "y" before a compound or finite verb ("les rebelles y sont entrés", "ils
/// s'y sont installés"): the town named just before. Not the impersonal "il y a", nor a
/// negation ("personne n'y est allé": nothing happened there).
fn clitic_there(c: &str, from: usize) -> Option<(usize, usize)> {
    // the indicative, and the conditional of hearsay ("deux gardes y seraient morts")
    const FINITE: &[&str] = &[
        "sont", "est", "ont", "a", "etaient", "etait", "avaient", "avait", "furent", "fut", "ont-ils",
        "auraient", "aurait", "seraient", "serait",
    ];
    const HAVE: &[&str] = &["a", "avait", "aura", "eut", "ait", "aurait", "avoir"];
    if !c.contains(" y ") && !c.contains("'y ") {
        return None;
    }
    let ws: Vec<(usize, usize)> = crate::fold::words(c);
    let word = |j: usize| ws.get(j).map(|&(a, b)| &c[a..b]);
    let i = (0..ws.len()).find(|&i| {
        word(i) == Some("y")
            && word(i + 1).is_some_and(|w| FINITE.contains(&w) || finite_verb(w))
            && !(i > 0 && word(i - 1) == Some("il") && word(i + 1).is_some_and(|w| HAVE.contains(&w)))
            && !(i > 0 && word(i - 1) == Some("n"))
    })?;
    Some((from + ws[i].0, from + ws[i].1))
}

/// Words by which a sentence says it adds to what was just told.
const ADDITIVES: &[&str] = &["egalement"];

impl Arguments {
    fn of(s: &Sentence, span: (usize, usize)) -> Self {
        Self::with(s, span, None)
    }

    /// A clause's arguments within a sentence whose own are `self`: the facts of the whole
    /// sentence (its tense, its denial, its speaker) are taken from it, not sought again in
    /// the sentence once per clause.
    fn clause(&self, s: &Sentence, span: (usize, usize)) -> Self {
        Self::with(s, span, Some(self))
    }

    fn with(s: &Sentence, span: (usize, usize), sentence: Option<&Arguments>) -> Self {
        let t = s.t;
        let inside = |p: usize| p >= span.0 && p < span.1;
        let mut actors: Vec<ActorHit> = s.actors.iter().filter(|h| inside(h.start)).copied().collect();
        if actors.is_empty() {
            actors = s.actors.iter().filter(|h| h.start < span.0).copied().collect();
        }
        if actors.is_empty() {
            // a first clause without a party shares the sentence's ("les deux capitales
            // ont publié…, et deux jours plus tard, les soldats arméniens…")
            actors = s.actors.iter().filter(|h| h.start >= span.1).copied().collect();
        }
        let mut places: Vec<PlaceHit> = s.places.iter().filter(|p| inside(p.start)).copied().collect();
        if places.is_empty() {
            places = s.places.iter().filter(|p| p.start < span.0).copied().collect();
        }
        let words = {
            let from = s.words.partition_point(|w| w.0 < span.0);
            let to = s.words.partition_point(|w| w.0 < span.1);
            &s.words[from..to]
        };
        let whole = || sentence.map_or_else(|| claim::attribution(t), |a| a.attribution);
        let attribution = if span == (0, t.len()) {
            whole()
        } else {
            // a clause's own reporting frame ("…, tandis que Bakou a fait état de 71 morts")
            // names its claimant; else the sentence's does
            let c = &t[span.0..span.1];
            let lead = c.len() - strip_conjunction(c).len();
            let from = span.0 + lead;
            claim::attribution(&c[lead..])
                .map(|(x, y)| (from + x, from + y))
                .or_else(|| contrasted_subject(s, c, from))
                .or_else(whole)
        };
        let toll = claim::toll_with(t, words);
        let claimed_by = attribution.map(|(x, y)| orig(s.text, &s.f, x, y));
        if let Some(a) = sentence {
            return Arguments {
                span,
                actors,
                places,
                attribution,
                claimed_by,
                toll,
                tense: a.tense,
                pronoun_subject: a.pronoun_subject,
                adds_to_previous: a.adds_to_previous,
                denial: a.denial,
            };
        }
        Arguments {
            span,
            actors,
            places,
            attribution,
            claimed_by,
            tense: s.tenses.overall(),
            pronoun_subject: ["il ", "elle ", "ils ", "elles "].iter().any(|p| t.starts_with(p))
                || t.contains("a-t-il")
                || t.contains("a-t-elle"),
            denial: claim::denial(t),
            adds_to_previous: (s.words.iter().any(|&(a, b)| {
                let w = &t[a..b];
                ADDITIVES.contains(&w) || w.starts_with("accus") || w.starts_with("denonc")
            }) || turn_without_figure(t, &s.words, &toll))
                // "de son côté" brings in another party's side: not more of the same
                && !other_side(t),
            toll,
        }
    }

    /// The clause's quote: the sentence from `lead` on, or the clause alone when the
    /// sentence tells several facts. Returns its byte range in the sentence.
    fn quote(&self, s: &Sentence, lead: usize) -> (usize, usize) {
        if self.span == (0, s.t.len()) {
            return (lead, s.text.len());
        }
        let (a, b) = s.f.orig_range(self.span.0, self.span.1);
        let (a, b) = (a.max(lead).min(b), b.min(s.text.len()));
        let clause = &s.text[a..b];
        let start = a + (clause.len() - clause.trim_start_matches([' ', ',', ';']).len());
        let end = a + clause.trim_end_matches([' ', ',', ';']).len();
        (start, end.max(start))
    }
}

/// "à son tour": the sentence goes on with another party's turn in what was just told.
/// Told with a figure of its own ("Bakou, à son tour, fait état de dix civils tués", "une
/// dizaine de civils"), it is that party's own count, a fact of its own, not more of the one
/// before. ("de son côté" always brings in another party's side: [`other_side`].)
fn turn_without_figure(t: &str, words: &[(usize, usize)], toll: &Toll) -> bool {
    t.contains("a son tour")
        && toll.killed.is_none()
        && toll.wounded.is_none()
        && !claim::counts_anyone(t, words)
}

/// A clause without the conjunction that joins it to the one before ("tandis que", "puis",
/// "et").
fn strip_conjunction(c: &str) -> &str {
    let c = c.trim_start_matches([' ', ',', ';']);
    ["tandis que ", "alors que ", "tandis qu'", "alors qu'", "et puis ", "puis ", "et "]
        .iter()
        .find_map(|j| c.strip_prefix(j))
        .unwrap_or(c)
}

/// The party that opens a contrasted clause ("…, tandis que Bakou a relevé son décompte à
/// 71 morts"): the source of that clause's figure, not the sentence's first speaker. An
/// actor among the clause's first three words, where a French subject stands.
fn contrasted_subject(s: &Sentence, clause: &str, from: usize) -> Option<(usize, usize)> {
    let c = clause.trim_start_matches([' ', ',', ';']);
    if !["tandis qu", "alors qu"].iter().any(|j| c.starts_with(j)) {
        return None;
    }
    let first = s.words.partition_point(|w| w.0 < from);
    let h = s.actors.iter().find(|h| h.start >= from)?;
    let before = s.words[first..].iter().take_while(|w| w.0 < h.start).count();
    (before <= 2).then_some((h.start, h.end))
}

/// Step 3, coordinated facts: the clauses of a sentence that tells several ("X a été
/// arrêté puis placé en détention", "Erevan a fait état de 49 morts, tandis que Bakou en a
/// reconnu 50"). A sentence is cut at "puis" and ";"; at ", et" before a subject and its
/// verb ("…, et Bakou a fermé le corridor", "…, et les habitants ont fui…") or before a
/// date of its own ("…, et deux jours plus tard, …"); at "et" before a second finite verb
/// of the same subject ([`second_verb_at`]); and at "tandis que" and "alors que" between
/// two figures; only when two of its parts each hold a frame of their own; a part without
/// one stays with the part before it. So is an appositive relative that tells what a named
/// party did ([`appositive_facts`]). A part that opens (after its date) with its own named
/// party and verb holds a frame of its own even when it only reports ("…; Erevan
/// accuse…": a second speaker). Byte ranges of the folded sentence.
fn clauses(s: &Sentence, st: &SentenceTime, triggers: &[TriggerHit]) -> Vec<(usize, usize)> {
    let whole = vec![(0, s.t.len())];
    let t = s.t;
    let at = |seps: &[&str]| occurrences(s, seps);
    // a sequence of facts, or two sides' competing figures (a contrast without figures on
    // both sides is one fact and a comment on it: "X a bombardé Y, tandis que X assure…")
    let toll_in = |a: usize, b: usize| {
        let from = s.words.partition_point(|w| w.0 < a);
        let to = s.words.partition_point(|w| w.0 < b);
        let toll = claim::toll_with(t, &s.words[from..to]);
        toll.killed.is_some() || toll.wounded.is_some()
    };
    let mut cuts = at(&[" puis ", "; ", " et puis "]);
    let and = at(&[", et "]);
    let sequel = |a: usize, b: usize| dated_sequel(s, st, triggers, a, b);
    // two clauses, each with its own subject, named or not: "…, et Washington a
    // suspendu…", "…, et les habitants ont fui…"
    cuts.extend(
        and.iter().copied().filter(|&c| {
            named_subject_at(s, c + ", et ".len()) || subject_then_verb_at(s, c + ", et ".len())
        }),
    );
    // two clauses, the second with its own date: "…, et cinq jours plus tard, dix soldats…"
    cuts.extend(and.into_iter().filter(|&c| dated_at(s, st, c + ", et ".len())));
    // two verbs of one subject, each a fact: "déplore douze morts et ordonne la mobilisation"
    cuts.extend(at(&[" et "]).into_iter().filter(|&c| second_verb_at(s, c + " et ".len(), triggers)));
    cuts.extend(relative_cuts(s, st, &at(&RELATIVES), &toll_in));
    cuts.extend(
        at(&[" tandis que ", " alors que ", " tandis qu'", " alors qu'"])
            .into_iter()
            .filter(|&c| toll_in(0, c) && toll_in(c, t.len())),
    );
    cuts.extend(at(&SIMULTANEOUS).into_iter().filter(|&c| simultaneous_fact_at(s, c, triggers)));
    cuts.extend(appositive_facts(s, triggers, &toll_in));
    if cuts.is_empty() {
        return whole;
    }
    cuts.sort_unstable();
    cuts.dedup();
    // a part that opens with its own named subject and verb ("…; Erevan accuse Bakou de…")
    // is that party's word even when it only reports: a second speaker, not a comment. So
    // is the first part, after the date that opens the sentence ("Mardi, X affirme…; Y
    // dément…": two speakers)
    let own_subject = |a: usize| {
        let c = &t[a..];
        let from = a + c.len() - strip_conjunction(c).len();
        let from = after_opening_date(s, st, from);
        named_subject_at(s, from) || party_then_frame(s, from, triggers)
    };
    let fact_in = |a: usize, b: usize| {
        sequel(a, b)
            || triggers.iter().any(|h| {
                let inside = h.start >= a && h.start < b;
                inside
                    && (h.trigger.kind != EventType::Statement
                        && h.trigger.weight >= 3 - u8::from(relative_at(t, a))
                        || h.trigger.kind == EventType::Statement && h.trigger.weight >= 1 && own_subject(a))
            })
    };
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for &c in cuts.iter().chain(std::iter::once(&s.t.len())) {
        if c <= start {
            continue;
        }
        match spans.last_mut() {
            Some(last) if !fact_in(start, c) => last.1 = c,
            _ => spans.push((start, c)),
        }
        start = c;
    }
    // a first part without a fact of its own joins the next one
    if spans.len() >= 2 && !fact_in(spans[0].0, spans[0].1) {
        spans[1].0 = spans[0].0;
        spans.remove(0);
    }
    if spans.len() < 2 {
        return whole;
    }
    spans
}

/// Appositive relative clauses that tell a new fact of their antecedent, at the byte before
/// their pronoun: ", qui a" or ", qui ont" then a participle that is a fact's frame ("…,
/// a annoncé l'agence, qui a suspendu ses opérations"). The comma sets the clause apart:
/// it does not pick out its noun ("les soldats qui ont fui" does) but adds what the
/// antecedent did. Not a report ("…, qui a affirmé…"), nor a toll ("…, qui a fait trois
/// morts": the toll of the fact it follows).
fn appositive_facts(
    s: &Sentence,
    triggers: &[TriggerHit],
    toll_in: &dyn Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let t = s.t;
    occurrences(s, &[", qui "])
        .into_iter()
        .filter(|&c| {
            let from = c + 1;
            // one search for the pronoun (the sentence's words), then its auxiliary
            let Some(verb) =
                [", qui a ", ", qui ont "].iter().find(|p| t[c..].starts_with(**p)).map(|p| c + p.len())
            else {
                return false;
            };
            let end = crate::fold::find_any(&t[from..], b",;:").map_or(t.len(), |e| from + e);
            // the participle itself is the frame: a noun further on ("…, qui a critiqué le
            // bombardement") is its object, not what the antecedent did. A relative's frame
            // counts one weight more (see `relative_at` in the walk)
            let fact = triggers.iter().any(|h| {
                from <= h.start
                    && h.start <= verb
                    && verb < h.end
                    && h.trigger.kind != EventType::Statement
                    && h.trigger.weight >= 2
            });
            // the antecedent is a named party, right before the comma
            let named = s.actors.iter().any(|a| a.end <= c && t[a.end..c].trim().is_empty());
            fact && named && !toll_in(from, end)
        })
        .map(|c| c + 1)
        .collect()
}

/// Does the part `a..b` of a sentence cut by [`clauses`] hold a date of its own and a
/// verb, without a frame strong enough to tell a fact ("…; le surlendemain, ses soldats
/// gagnent le village", "…, puis a déclaré quatre jours après vouloir négocier")? Such
/// a part tells the next step of the fact told before it, on its own day. Not a negated one
/// ("; le lendemain, rien n'a bougé": what did not happen), nor one that goes on with the
/// same ("…, et ce matin encore, des impacts").
fn dated_sequel(s: &Sentence, st: &SentenceTime, triggers: &[TriggerHit], a: usize, b: usize) -> bool {
    if a == 0 || !st.hits.iter().any(|d| d.dates_event() && a <= d.start && d.start < b) {
        return false;
    }
    let framed = triggers.iter().any(|h| a <= h.start && h.start < b);
    let (first, last) = (s.words.partition_point(|w| w.0 < a), s.words.partition_point(|w| w.0 < b));
    let words = || s.words[first..last].iter().map(|w| &s.t[w.0..w.1]);
    let negated = words().any(|w| matches!(w, "pas" | "rien" | "jamais" | "encore"));
    // a date that opens the part makes it a clause of its own ("; le surlendemain, les
    // écoles ferment"); further in, a verb must show that it is one
    let c = &s.t[a..b];
    let opens = dated_at(s, st, a + (c.len() - strip_conjunction(c).len()));
    (opens || framed || words().any(is_finite)) && !negated
}

/// The frame a dated sequel ([`dated_sequel`]) borrows from the fact before it: the same
/// kind of event, placed where the sequel's clause opens (its places and parties are the
/// nearest), and empty, for it has no words of its own.
fn sequel_of(before: &TriggerHit, s: &Sentence, span: (usize, usize)) -> TriggerHit {
    let c = &s.t[span.0..span.1];
    let from = span.0 + (c.len() - strip_conjunction(c).len());
    TriggerHit { start: from, end: from, trigger: before.trigger }
}

/// Relative clauses that tell an earlier fact of their own, at the byte before their
/// pronoun: the clause holds its own date and a past before the main clause's, a pluperfect
/// or a reported past conditional ("le traité, dont le texte avait été arrêté en mars", "un
/// tir qui aurait blessé un soldat la veille", "la ville, où la milice était entrée
/// l'avant-veille"). The timeline marks such a date subordinate, so the fact was told as
/// part of the main one. Without a date of its own a relative qualifies its noun ("les
/// soldats qui gardaient le poste"); in the present it tells what the fact entails ("une
/// trêve, qui entre en vigueur mardi"); negated it tells what did not happen; one that
/// counts victims ("…, qui avait fait trois morts") gives the toll of the fact it follows.
/// "ou" is "où" only after a comma, its date not right after it ("…, ou le lendemain" is
/// an alternative).
fn relative_cuts(
    s: &Sentence,
    st: &SentenceTime,
    at: &[usize],
    toll_in: &dyn Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let t = s.t;
    let word = |i: usize| s.words.get(i).map(|w| &t[w.0..w.1]);
    at.iter()
        .copied()
        .filter(|&c| {
            let from = t[c + 2..].find(' ').map_or(t.len(), |e| c + 3 + e);
            // the relative clause runs to the next comma or semicolon
            let end = crate::fold::find_any(&t[from..], b",;").map_or(t.len(), |e| from + e);
            let first = s.words.partition_point(|w| w.0 < from);
            let last = s.words.partition_point(|w| w.0 < end);
            // a past before the main clause's: pluperfect, or the conditional of a report
            let earlier =
                |w: &str| matches!(w, "avait" | "avaient" | "etait" | "etaient" | "aurait" | "auraient");
            let own_verb = (first..last).any(|i| word(i).is_some_and(earlier));
            let negated =
                (first..last).any(|i| word(i).is_some_and(|w| matches!(w, "pas" | "jamais" | "guere")));
            let dates = || st.hits.iter().filter(|d| dates_relative(d) && from <= d.start && d.start < end);
            let alternative = t[c..].starts_with(", ou ") && dates().any(|d| d.start == from);
            dates().next().is_some() && !alternative && own_verb && !negated && !toll_in(c, end)
        })
        .collect()
}

/// The conjunctions that join two facts told as simultaneous ("les rebelles atteignent la
/// ville, pendant que l'armée se replie vers le sud").
const SIMULTANEOUS: [&str; 4] = [" pendant que ", " tandis que ", " pendant qu'", " tandis qu'"];

/// Does the clause after the conjunction at byte `c` ([`SIMULTANEOUS`]) open with a subject
/// of its own and a verb that tells a fact ("…, tandis que les miliciens ont incendié le
/// marché")? Another subject acting at the same time is a second fact. Not a verb in the
/// imperfect, which sets a background ("…, pendant que les négociations se poursuivaient":
/// the state the fact happened in), nor another party's word ("…, tandis que Bakou assure
/// que…": a comment on the fact, unless figures stand on both sides). The cut holds only
/// where the clause has a fact's frame of its own ([`clauses`]).
fn simultaneous_fact_at(s: &Sentence, c: usize, triggers: &[TriggerHit]) -> bool {
    let from = s.t[c..].find("qu").map_or(c, |q| c + q + 3).min(s.t.len());
    let from = from + usize::from(s.t[from..].starts_with(' '));
    let first = s.words.partition_point(|w| w.0 < from);
    let opening = &s.words[first..(first + 8).min(s.words.len())];
    let background = opening.iter().any(|w| {
        let v = &s.t[w.0..w.1];
        (v.ends_with("ait") || v.ends_with("aient")) && v.len() > 4
    });
    let reports = opening
        .iter()
        .any(|w| triggers.iter().any(|h| h.start == w.0 && h.trigger.kind == EventType::Statement));
    let subject = named_subject_at(s, from) || party_then_frame(s, from, triggers);
    !background && !reports && (subject || subject_then_verb_at(s, from))
}

/// The pronouns that open a relative clause [`relative_cuts`] may cut at.
const RELATIVES: [&str; 3] = [" qui ", " dont ", ", ou "];

/// Does a clause cut off by [`relative_cuts`] start at byte `a`?
fn relative_at(t: &str, a: usize) -> bool {
    a > 0 && RELATIVES.iter().any(|r| t[a..].starts_with(r))
}

/// A date that dates an event, in a main clause or in a relative one (where the timeline
/// marks it subordinate: it does not date the sentence's main event, but its own clause's).
fn dates_relative(d: &TimeHit) -> bool {
    d.value.is_some() && d.role == TimeRole::Event
}

/// Where each of `seps` occurs in the sentence, as `match_indices` finds them (the
/// matches of one separator never overlap). Every sentence with a frame is searched for
/// nine separators, and a text search per separator cost 4% of extraction: a separator
/// with a word (" puis ", ", et ") is looked for where the sentence has that word. Its
/// first word must stand alone in it (spaces or punctuation around it), as in the text.
fn occurrences(s: &Sentence, seps: &[&str]) -> Vec<usize> {
    let t = s.t;
    let mut out = Vec::new();
    for sep in seps {
        let mut end = 0;
        let mut accept = |i: usize| {
            // `i` may fall inside a multi-byte character when the separator's first word
            // follows one ("km² et"): `get` refuses it where slicing would panic
            if i >= end && t.get(i..).is_some_and(|r| r.starts_with(sep)) {
                out.push(i);
                end = i + sep.len();
            }
        };
        match sep.find(|c: char| c.is_ascii_alphanumeric()) {
            Some(lead) => {
                // bytes, length first: slicing `&t[a..b]` would check both ends for char
                // boundaries at every word (callgrind: 47 M -> 32 M instructions)
                let word = crate::fold::ascii_split(&sep[lead..]).next().unwrap_or("").as_bytes();
                // a separator word's places were noted with the sentence ([`SeparatorWords`])
                if let Some(k) = separator_word(word) {
                    s.separators.of_word(k).filter(|&a| a >= lead).for_each(|a| accept(a - lead));
                    continue;
                }
                let bytes = t.as_bytes();
                let Some(&first) = word.first() else { continue };
                for &(a, b) in &s.words {
                    // the first byte before the slice: two-letter words are many ("et", "de")
                    if b - a == word.len() && bytes[a] == first && a >= lead && &bytes[a..b] == word {
                        accept(a - lead);
                    }
                }
            }
            // punctuation alone ("; "): where its first char stands (a `memchr`), where a
            // searcher for the whole separator was set up anew for every sentence
            None => {
                let Some(lead) = sep.chars().next() else { continue };
                let mut from = 0;
                while let Some(k) = t[from..].find(lead) {
                    accept(from + k);
                    from += k + lead.len_utf8();
                }
            }
        }
    }
    out
}

/// Does a date that dates an event start among the first three words from byte `from`?
fn dated_at(s: &Sentence, st: &SentenceTime, from: usize) -> bool {
    let first = s.words.partition_point(|w| w.0 < from);
    st.hits.iter().filter(|d| d.dates_event() && d.start >= from).any(|d| {
        let at = s.words.partition_point(|w| w.0 < d.start);
        at - first <= 2
    })
}

/// Where a clause's words start after the date that opens it, if any ("Ce jour-là, les
/// rebelles…", "le surlendemain, Bakou…"): after the comma that closes an opening of at
/// most four words holding a date.
fn after_opening_date(s: &Sentence, st: &SentenceTime, from: usize) -> usize {
    let first = s.words.partition_point(|w| w.0 < from);
    let Some(comma) = s
        .words
        .get(first..(first + 5).min(s.words.len()))
        .and_then(|ws| ws.windows(2).find(|p| s.t[p[0].1..p[1].0].contains(',')).map(|p| (p[0].1, p[1].0)))
    else {
        return from;
    };
    let dated = st.hits.iter().any(|d| from <= d.start && d.start < comma.0);
    if dated {
        comma.1
    } else {
        from
    }
}

/// Does a clause start at byte `from` with a named party as its subject, then its verb
/// ("Washington a suspendu", "les forces azerbaïdjanaises ont repris")? The party is an
/// actor of the lexicon at most one word (a determiner) after `from`, an auxiliary right
/// after it.
fn named_subject_at(s: &Sentence, from: usize) -> bool {
    let verb = |w: &str| is_finite(w);
    let Some(actor) = s.actors.iter().find(|a| a.start >= from) else { return false };
    let first = s.words.partition_point(|w| w.0 < from);
    let at_actor = s.words.partition_point(|w| w.0 < actor.start);
    let after = s.words.partition_point(|w| w.0 < actor.end);
    let word = |i: usize| s.words.get(i).map(|w| &s.t[w.0..w.1]);
    // "forces azerbaidjanaises": a demonym after a noun is part of the subject
    let after = if word(after).is_some_and(verb) { after } else { after + 1 };
    // the party, after a determiner and a noun at most ("les autorités séparatistes")
    at_actor - first <= 2 && word(after).is_some_and(verb)
}

/// Does a clause start at byte `from` with a subject of its own, then its verb ("…, et
/// les pays de la région ont approuvé…", "…, et leur chef a annoncé…", "…, et quelque 300
/// familles ont fui…")? A new subject is a noun phrase that opens with a determiner or a
/// figure and runs, without a comma or a relative pronoun, to a finite verb at most six
/// words on. Nobody need be named: a coordination that brings in its own subject and verb
/// tells a second fact ("a attaqué la ville, et la ville a brûlé"), while one that only
/// adds an object ("…, et les villages voisins") has no verb.
fn subject_then_verb_at(s: &Sentence, from: usize) -> bool {
    // determiners, possessives, demonstratives and quantifiers
    const OPENERS: &str =
        "le la les l un une des son sa ses leur leurs ce cet cette ces quelque plusieurs certains certaines";
    let first = s.words.partition_point(|w| w.0 < from);
    let word = |i: usize| s.words.get(i).map(|w| &s.t[w.0..w.1]);
    let opens = word(first)
        .is_some_and(|w| OPENERS.split(' ').any(|o| o == w) || w.starts_with(|c: char| c.is_ascii_digit()));
    if !opens {
        return false;
    }
    for i in first + 1..(first + 7).min(s.words.len()) {
        let gap = &s.t[s.words[i - 1].1..s.words[i].0];
        let w = word(i).unwrap_or("");
        if gap.contains([',', ';', ':', '(']) || matches!(w, "qui" | "que" | "qu" | "dont") {
            return false;
        }
        if is_finite(w) {
            return true;
        }
    }
    false
}

/// Does a second verb of the same subject start at byte `from`, right after "et" ("le
/// ministère déplore douze morts et ordonne la mobilisation", "la milice a pris le pont et a
/// coupé la route")? Either an auxiliary, or a frame in a finite form: not a participle
/// that shares the first verb's auxiliary ("ont attaqué et pris la ville", one assault told
/// by two verbs), nor a bare noun of a list ("des tirs et bombardements"). A present after
/// a compound past tells where the fact left things ("a pris la ville et avance vers le
/// nord": a state), not a second fact.
fn second_verb_at(s: &Sentence, from: usize, triggers: &[TriggerHit]) -> bool {
    const AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient"];
    let at = s.words.partition_point(|w| w.0 < from);
    // "a", not the preposition "à" that folds to it ("et à obtenir")
    let auxiliary = |&(a, b): &(usize, usize)| {
        AUXILIARIES.contains(&&s.t[a..b]) && s.text.get(s.f.orig(a)..s.f.orig(b)) != Some("à")
    };
    // a second reporting verb goes on with the same speaker's words ("a accusé X et a
    // déclaré que…"): one statement
    let reports = |i: usize| {
        s.words.get(i).is_some_and(|w| {
            triggers.iter().any(|h| h.start == w.0 && h.trigger.kind == EventType::Statement)
        })
    };
    let Some(&(a, b)) = s.words.get(at) else { return false };
    if auxiliary(&(a, b)) {
        return !reports(at + 1);
    }
    if s.words[..at].iter().any(auxiliary) {
        return false;
    }
    let w = &s.t[a..b];
    let original = s.text.get(s.f.orig(a)..s.f.orig(b)).unwrap_or("");
    let participle = ["é", "ée", "és", "ées"].iter().any(|e| original.ends_with(e));
    let noun = ["s", "x", "tion", "ment", "age", "ure"].iter().any(|e| w.ends_with(e));
    triggers.iter().any(|h| h.start == a) && !reports(at) && !participle && !noun
}

/// A finite verb: an auxiliary, or a third-person form by its ending ("decretent", "tenait").
fn is_finite(w: &str) -> bool {
    const AUX: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"];
    AUX.contains(&w) || looks_finite(w)
}

/// Does a clause start at byte `from` with a named party whose verb is a frame of its own
/// ("Erevan accuse…", "le Kremlin dément…")? A verb in the present singular has no ending
/// [`named_subject_at`] knows, but a frame right after the party is its verb.
fn party_then_frame(s: &Sentence, from: usize, triggers: &[TriggerHit]) -> bool {
    let Some(actor) = s.actors.iter().find(|a| a.start >= from) else { return false };
    let first = s.words.partition_point(|w| w.0 < from);
    let at_actor = s.words.partition_point(|w| w.0 < actor.start);
    let after = s.words.partition_point(|w| w.0 < actor.end);
    let verb = s.words.get(after).map(|w| w.0);
    at_actor - first <= 2 && verb.is_some_and(|v| triggers.iter().any(|h| h.start == v))
}

#[cfg(test)]
mod two_facts_tests {
    use super::*;

    /// The kind and quote of each event of an invented one-paragraph article of the seed
    /// story, published on 2024-03-07.
    fn facts_of(body: &str) -> Vec<(EventType, String)> {
        let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        let mut d = Vec::new();
        let places = std::fs::read_to_string(root.join("places.toml")).expect("places");
        let g = Gazetteer::parse(&root.join("places.toml"), &places, &mut d);
        let l = crate::lexicon::Lexicon::load(&root.join("actors.toml"), &mut d);
        let text = format!(
            "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        let a = crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut d).expect("parses");
        let events = crate::process_articles(&[a], &g, &l, None).0.events;
        let mut out: Vec<(EventType, String)> =
            events.into_iter().flat_map(|e| e.mentions.into_iter().map(move |m| (e.kind, m.quote))).collect();
        out.sort_by_key(|(_, q)| body.find(q.as_str()));
        out
    }

    /// Each case gives one event per expected (kind, quote start).
    fn assert_facts(cases: &[(&str, &[(EventType, &str)])]) {
        for (body, want) in cases {
            let got = facts_of(body);
            let ok = got.len() == want.len()
                && got.iter().zip(want.iter()).all(|((k, q), (wk, wq))| k == wk && q.starts_with(wq));
            assert!(ok, "{body}\n got {got:?}\nwant {want:?}");
        }
    }

    #[test]
    fn a_coordinated_clause_with_its_own_subject_tells_a_second_fact() {
        assert_facts(&[
            // acts: a new subject nobody names as a party, and its own verb
            (
                "Mardi, l'armée azerbaïdjanaise a bombardé Stepanakert, et quelque deux cents familles ont fui vers Goris.",
                &[(EventType::Fighting, "Mardi"), (EventType::Humanitarian, "et quelque")],
            ),
            // near miss: "et" adds an object, no verb follows
            (
                "Mardi, l'armée azerbaïdjanaise a bombardé Stepanakert, et les villages voisins de Goris.",
                &[(EventType::Fighting, "Mardi")],
            ),
        ]);
    }

    #[test]
    fn a_second_finite_verb_of_the_same_subject_tells_a_second_fact() {
        assert_facts(&[
            // acts: two verbs in the present, each its own frame
            (
                "Le gouvernement arménien déplore quatre gardes-frontières tués et ordonne une mobilisation partielle.",
                &[(EventType::Casualties, "Le gouvernement"), (EventType::Political, "et ordonne")],
            ),
            // near miss: two participles of one auxiliary tell one assault
            ("Mardi, les rebelles ont attaqué et pris la ville de Goris.", &[(EventType::Fighting, "Mardi")]),
            // near miss: a present after a compound past tells the state the fact left
            ("Mardi, la milice a pris Goris et avance vers Stepanakert.", &[(EventType::Fighting, "Mardi")]),
            // near miss: a second reporting verb goes on with the same speaker's words
            (
                "Mardi, Erevan a accusé Bakou de bombarder Goris et a déclaré qu'il demandait l'aide militaire de la Russie.",
                &[(EventType::Diplomacy, "Mardi")],
            ),
        ]);
    }

    #[test]
    fn a_first_speaker_after_an_opening_date_is_a_fact_of_its_own() {
        assert_facts(&[
            // acts: one party claims, then another acts, after a date of three words
            (
                "Le 5 mars, les forces azerbaïdjanaises affirment contrôler l'aéroport de Goris ; l'armée arménienne a bombardé leurs positions.",
                &[(EventType::Statement, "Le 5 mars"), (EventType::Fighting, "l'armée")],
            ),
            // near miss: nobody named says the first part, a comment on the fact after it
            (
                "Le 5 mars, on dit que Goris est calme ; l'armée arménienne a bombardé les positions adverses.",
                &[(EventType::Fighting, "Le 5 mars")],
            ),
        ]);
    }

    /// The kind and quote of each candidate of an invented one-paragraph article of the seed
    /// story, with the number of sentences extraction attached to it as its continuations.
    fn reports_of(body: &str) -> Vec<(EventType, String, usize)> {
        let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        let mut d = Vec::new();
        let places = std::fs::read_to_string(root.join("places.toml")).expect("places");
        let g = Gazetteer::parse(&root.join("places.toml"), &places, &mut d);
        let l = crate::lexicon::Lexicon::load(&root.join("actors.toml"), &mut d);
        let text = format!(
            "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        let a = crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut d).expect("parses");
        let out = extract(&a, &Context::new(&g, &l));
        out.candidates.into_iter().map(|c| (c.kind, c.quote, c.extra.len())).collect()
    }

    /// Each case gives, per candidate, the start of its quote and its number of
    /// continuations.
    fn assert_reports(cases: &[(&str, &[(&str, usize)])]) {
        for (body, want) in cases {
            let got = reports_of(body);
            let ok = got.len() == want.len()
                && got.iter().zip(want.iter()).all(|((_, q, n), (wq, wn))| q.starts_with(wq) && n == wn);
            assert!(ok, "{body}\n got {got:?}\nwant {want:?}");
        }
    }

    #[test]
    fn an_appositive_relative_tells_what_a_named_party_did() {
        assert_facts(&[
            // acts: the party that reports a toll also stops its work
            (
                "Mardi, deux chauffeurs ont été tués près de Goris, a annoncé mercredi le CICR, qui a suspendu ses opérations dans la région.",
                &[(EventType::Casualties, "Mardi"), (EventType::Humanitarian, "qui a suspendu")],
            ),
            // near miss: the frame after the party is the object of the relative's verb
            (
                "Mardi, deux chauffeurs ont été tués près de Goris, a annoncé mercredi le CICR, qui a vu leur évacuation échouer.",
                &[(EventType::Casualties, "Mardi")],
            ),
            // near miss: the antecedent is nobody named
            (
                "Mardi, deux chauffeurs ont été tués près de Goris, a annoncé mercredi une association, qui a suspendu ses opérations dans la région.",
                &[(EventType::Casualties, "Mardi")],
            ),
        ]);
    }

    #[test]
    fn a_reciprocal_accusation_is_no_continuation() {
        assert_reports(&[
            // acts: each side accuses the other, a fact of its own
            (
                "Mardi, des combats ont éclaté près de Goris. Les deux armées s'accusent mutuellement d'avoir rompu la trêve.",
                &[("Mardi", 0), ("Les deux armées", 0)],
            ),
            // near miss: one side's accusation tells more of the fighting
            (
                "Mardi, des combats ont éclaté près de Goris. Erevan accuse l'armée azerbaïdjanaise d'avoir rompu la trêve.",
                &[("Mardi", 1)],
            ),
        ]);
    }

    #[test]
    fn another_partys_side_is_no_continuation() {
        assert_reports(&[
            // acts: "de son côté" brings in the other party's own toll
            (
                "Mardi, des tirs ont tué trois soldats arméniens près de Goris. L'Azerbaïdjan a de son côté annoncé la mort de deux de ses soldats.",
                &[("Mardi", 0), ("L'Azerbaïdjan", 0)],
            ),
            // near miss: "également" adds to the same toll
            (
                "Mardi, des tirs ont tué trois soldats arméniens près de Goris. Deux civils ont également été tués.",
                &[("Mardi", 1)],
            ),
        ]);
    }

    #[test]
    fn an_impersonal_il_points_back_to_nothing() {
        assert_reports(&[
            // acts: "il en est sorti" names no speaker
            (
                "Mardi, l'Arménie a négocié avec Bakou à Moscou. Il en est sorti une promesse : l'Arménie s'engage à ouvrir la route.",
                &[("Mardi", 0), ("Il en est sorti", 0)],
            ),
            // near miss: the same speaker, named again, goes on with its word
            (
                "Mardi, l'Arménie a négocié avec Bakou à Moscou. L'Arménie s'engage à ouvrir la route.",
                &[("Mardi", 1)],
            ),
        ]);
    }

    #[test]
    fn another_subject_acting_meanwhile_tells_a_second_fact() {
        assert_facts(&[
            // acts: "tandis que", a named party and a compound past
            (
                "Mardi, l'armée azerbaïdjanaise a bombardé Goris, tandis que les forces arméniennes ont repris le village de Sissian.",
                &[(EventType::Fighting, "Mardi"), (EventType::Fighting, "tandis que")],
            ),
            // acts: "pendant que", a subject nobody names and its own verb
            (
                "Le 5 mars, l'armée arménienne a attaqué Goris pendant que des centaines de familles ont fui vers Erevan.",
                &[(EventType::Fighting, "Le 5 mars"), (EventType::Humanitarian, "pendant que")],
            ),
            // acts: "pendant qu'", a party that acts in a frame of another kind
            (
                "Mercredi, les rebelles ont pris Sissian, pendant qu'Erevan a signé un accord de trêve avec Bakou.",
                &[(EventType::Fighting, "Mercredi"), (EventType::Ceasefire, "pendant qu")],
            ),
            // near miss: the imperfect sets the background the fact happened in
            (
                "Mardi, l'armée arménienne a bombardé Goris pendant qu'Erevan négociait avec Bakou à Moscou.",
                &[(EventType::Fighting, "Mardi")],
            ),
            // near miss: another party's word on the fact, no figures on either side
            (
                "Mardi, l'armée arménienne a bombardé Goris, tandis que Bakou assure respecter la trêve.",
                &[(EventType::Fighting, "Mardi")],
            ),
        ]);
    }
}

/// Step 3: the sentence's event triggers. Fears and hypotheses report no event from where
/// they are voiced on, but who voiced them did say something, and what is told before
/// them happened.
fn frames_of(s: &Sentence, ctx: &Context) -> Vec<TriggerHit> {
    let mut places: Vec<usize> = s.places.iter().map(|p| p.start).collect();
    places.extend(unknown_names(s));
    let mut triggers = ctx.triggers.find_near(s.t, &places);
    // a fear cuts off the facts after it: looked for only when there is a fact to cut (the
    // search compares every word with each stem, 122 M instructions of the bench when it
    // ran for every sentence)
    let fact = triggers.iter().any(|h| h.trigger.kind != EventType::Statement);
    if let Some(fp) = fact.then(|| stem_pos(s.t, FEARS)).flatten() {
        triggers.retain(|h| h.trigger.kind == EventType::Statement || h.end <= fp);
    }
    triggers
}

/// Capitalised words inside the sentence that are neither a known place nor an actor (a
/// town the gazetteer lacks: "ont pris Dorvik"), as folded offsets: a frame that needs a
/// place as its object may take one of them. Not after a determiner, and not an acronym:
/// towns take none ("la chute de l'URSS", "la prise du Parlement" are no towns).
fn unknown_names(s: &Sentence) -> Vec<usize> {
    let known = |w: usize| {
        s.places.iter().any(|p| p.start <= w && w < p.end)
            || s.actors.iter().any(|a| a.start <= w && w < a.end)
    };
    let determiner =
        |&(a, b): &(usize, usize)| matches!(&s.t[a..b], "l" | "la" | "le" | "les" | "du" | "des");
    s.words
        .windows(2)
        .filter(|pair| !determiner(&pair[0]))
        .map(|pair| (pair[1].0, s.text.get(s.f.orig(pair[1].0)..s.f.orig(pair[1].1)).unwrap_or("")))
        .filter(|&(w, name)| {
            name.starts_with(char::is_uppercase) && !name.chars().all(char::is_uppercase) && !known(w)
        })
        .map(|(w, _)| w)
        .collect()
}

/// Step 3: group triggers by their nearest usable date. A statement takes the date of its
/// report ("a déclaré jeudi"); other triggers take the nearest written date before it.
/// Returns the usable dates and, per group, the index of its date in them.
#[allow(clippy::type_complexity)] // (dates, groups by date index): used once, right away
fn group_by_date<'s>(
    s: &Sentence,
    st: &'s SentenceTime,
    triggers: &'s [TriggerHit],
    clause: (usize, usize),
) -> (Vec<&'s TimeHit>, Vec<(Option<usize>, Vec<&'s TriggerHit>)>) {
    let mut usable: Vec<&TimeHit> = st.hits.iter().filter(|d| d.dates_event()).collect();
    // a relative clause cut off as a fact of its own is dated by its own date
    // ("…, où la milice était entrée la veille"), which the timeline marks subordinate
    if relative_at(s.t, clause.0) {
        let own = st.hits.iter().filter(|d| dates_relative(d) && clause.0 <= d.start && d.start < clause.1);
        usable.extend(own.filter(|d| !d.dates_event()));
    }
    // a clause of several ("le 3 mars, X ; le 5 mars, Y") is dated by its own dates: the
    // next clause's date is nearer to the end of this one, not its date
    if usable.iter().any(|d| clause.0 <= d.start && d.start < clause.1) {
        usable.retain(|d| clause.0 <= d.start && d.start < clause.1);
    }
    // a state told with its onset only ("bloquent la route depuis vendredi") is dated by
    // that onset: the fact is when the state began, not when it was reported
    if usable.is_empty() {
        usable.extend(st.hits.iter().filter(|d| dated_onset(s, d, clause)));
    }
    let report_idx = st.report().map(|r| {
        usable.push(r);
        usable.len() - 1
    });
    // an apposition's date dates the frames of its own segment only: kept after the others
    let shared = usable.len();
    usable.extend(st.hits.iter().filter(|d| !d.dates_event() && d.apposition.is_some()));
    let bounds = if usable.is_empty() { Vec::new() } else { dated_clause_bounds(s, st) };
    let mut groups: Vec<(Option<usize>, Vec<&TriggerHit>)> = Vec::new();
    for h in triggers {
        let own = (shared..usable.len()).find(|&i| usable[i].dates_event_at(h.start));
        // a speaker's words are not the state they describe ("dit n'avoir plus aucun
        // poste là-bas depuis mars"): a statement is never dated by an onset
        let onset = |i: &usize| usable[*i].role == TimeRole::Onset;
        let g = match report_idx {
            _ if own.is_some() => own,
            None if h.trigger.kind == EventType::Statement => {
                nearest_date(&usable[..shared], h, &bounds).filter(|i| !onset(i))
            }
            Some(ri) if h.trigger.kind == EventType::Statement => Some(ri),
            Some(ri) => nearest_date(&usable[..ri], h, &bounds),
            None => nearest_date(&usable[..shared], h, &bounds),
        };
        match groups.iter_mut().find(|(k, _)| *k == g) {
            Some((_, v)) => v.push(h),
            None => groups.push((g, vec![h])),
        }
    }
    (usable, groups)
}

/// An onset ("depuis dimanche", "depuis le 9 janvier", "depuis mai") in the clause
/// `clause`, of the main clause, that names a day or a month: a year ("depuis 1992") is
/// the background of a state, not a fact of the chronology. Not after "en cours": a thing
/// "en cours depuis mercredi" is named as ongoing, and the clause tells what it does now
/// ("le blocus, en cours depuis lundi, se resserre").
fn dated_onset(s: &Sentence, d: &TimeHit, clause: (usize, usize)) -> bool {
    d.role == TimeRole::Onset
        && !s.t[..d.start].trim_end().trim_end_matches("depuis").trim_end().ends_with("en cours")
        && !d.subordinate
        && clause.0 <= d.start
        && d.start < clause.1
        && d.value.is_some_and(|v| v.precision != time::Precision::Year)
}

/// Step 5: the main trigger of a group and the event's type and class, or `None` when the
/// group reports no event: only references ("face à l'offensive") or the generic
/// "combats", a weak frame when another group is strong, or a statement by nobody named.
fn event_kind<'h>(
    s: &Sentence,
    hits: &[&'h TriggerHit],
    any_strong: bool,
    undated: bool,
    args: &Arguments,
) -> Option<(&'h TriggerHit, EventType, FrameClass)> {
    let hits: Vec<&TriggerHit> = hits
        .iter()
        .copied()
        .filter(|h| h.trigger.kind == EventType::Statement || h.trigger.weight >= 3)
        .collect();
    let main = hits.iter().max_by_key(|h| (h.trigger.weight, std::cmp::Reverse(h.start))).copied()?;
    if main.trigger.weight < 3 && any_strong {
        return None;
    }
    // "blessé par des tirs", "tués sous les bombardements": the frame after the agent's
    // preposition is the cause; the toll it is the agent of is the event
    let main = caused_toll(s, &hits, main).unwrap_or(main);
    let (mut kind, mut class) = (main.trigger.kind, main.trigger.class);
    let modal_within = |n: usize| {
        crate::fold::ascii_words(&s.t[..main.start])
            .rev()
            .take(n)
            .any(|w| MODALS.iter().any(|m| w.starts_with(m)))
    };
    // a decree that is demanded, a truce that is called for, promised or proposed ("ont
    // appelé hier à une trêve"), a release called for ("a appelé à la libération des
    // prisonniers"), is what someone said, not what happened
    if modal_within(3) && matches!(kind, EventType::Political | EventType::Humanitarian)
        || modal_within(4) && kind == EventType::Ceasefire
        || args.tense == Tense::Future && undated && kind != EventType::Statement
    {
        // an intention, a demand or an announcement of the future: a statement
        kind = EventType::Statement;
        class = FrameClass::Statement;
    }
    // armed men who cross a border are an incursion, not people fleeing; armed men who leave
    // a place pull back from it, and hand it over
    if class == FrameClass::Displacement && armed_subject_after_que(s.t, main.start) {
        let trigger = &s.t[main.start..];
        if trigger.starts_with("franch") {
            kind = EventType::Fighting;
            class = FrameClass::Advance;
        } else if trigger.starts_with("quitt") {
            kind = EventType::Ceasefire;
            class = FrameClass::Handover;
        }
    }
    // "l'armée et les rebelles se sont engagés à…": a pledge that both sides make together
    // is a deal between them, not one party's word
    if kind == EventType::Statement && is_pledge(&s.t[main.start..]) && coordinated_subject(s.t, main.start) {
        kind = EventType::Talks;
        class = FrameClass::Meeting;
    }
    // soldiers who "were captured" are taken in war, not arrested by a state's police
    if class == FrameClass::Arrest
        && armed_subject_after_que(s.t, main.start)
        && after_passive_auxiliary(s.t, main.start)
    {
        kind = EventType::Incident;
        class = FrameClass::Kidnapping;
    }
    // a party only inferred from a bare "l'armée" tells who acts in an event found anyway,
    // but is too weak a name to make a statement or a call an event of its own
    let named = args.actors.iter().any(|h| !h.inferred);
    if kind == EventType::Statement && (!named || hits.iter().all(|h| h.trigger.weight < 1)) {
        return None;
    }
    // talks and calls need parties: with nobody named and nowhere, the words are the
    // reporter's own ("joint par téléphone") or a generality ("les négociations piétinent")
    if matches!(kind, EventType::Talks | EventType::Diplomacy) && !named && args.places.is_empty() {
        return None;
    }
    // a question asserts nothing (an interviewer's question, a rhetorical one)
    if s.text.trim_end().trim_end_matches(['»', '"', '”', ' ', '\u{a0}']).ends_with('?') {
        return None;
    }
    Some((main, kind, class))
}

/// [`armed_subject`] of the verb at `start`, read in its completive clause: in "Bakou
/// confirme que les soldats ont quitté…" the subject of "quitté" opens after "que", not
/// where the sentence's speaker stands.
fn armed_subject_after_que(t: &str, start: usize) -> bool {
    let segment = crate::fold::rfind_any(&t[..start], b",;:(\"").map_or(0, |i| i + 1);
    let from = [" que ", " qu'"]
        .iter()
        .filter_map(|q| t[segment..start].rfind(q).map(|i| segment + i + q.len()))
        .max()
        .unwrap_or(0);
    armed_subject(&t[from..], start - from)
}

/// Does the trigger text `rest` open with a pledge ("s'engagent à", "ont promis de", "ont
/// juré de")? "engager" is a pledge only reflexive: "engager des troupes" commits them.
fn is_pledge(rest: &str) -> bool {
    let reflexive = ["s'", "se sont ", "se "].iter().find_map(|r| rest.strip_prefix(r));
    let verb = reflexive.unwrap_or(rest);
    crate::classify::is_pledge_stem(verb) && (reflexive.is_some() || !verb.starts_with("engag"))
}

/// Is the subject of the verb at `start` two parties joined by "et" ("Erevan et Bakou ont
/// promis…", "les deux camps s'engagent…")? The "et" must come before the clause's first
/// auxiliary, where a subject stands, not after it ("a tiré et a promis", two verbs).
fn coordinated_subject(t: &str, start: usize) -> bool {
    let words = clause_words_before(t, start);
    let subject =
        words.iter().position(|w| matches!(*w, "a" | "ont" | "se" | "s")).map_or(&words[..], |i| &words[..i]);
    subject.contains(&"et") || subject.windows(2).any(|p| p == ["deux", "camps"] || p == ["deux", "parties"])
}

/// Does a passive auxiliary stand right before the participle at `start` ("deux soldats ont
/// été capturés", "furent faits prisonniers")? The clause's subject is then the one acted on.
fn after_passive_auxiliary(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    let last = crate::fold::ascii_split(before).next_back().unwrap_or("");
    matches!(last, "ete" | "sont" | "furent" | "fut" | "est")
}

/// The toll whose cause `main` is: a casualty participle or noun right before "par" or
/// "sous" and an article, then the frame ("deux civils blessés par des éclats d'obus").
fn caused_toll<'h>(s: &Sentence, hits: &[&'h TriggerHit], main: &TriggerHit) -> Option<&'h TriggerHit> {
    if main.trigger.kind != EventType::Fighting {
        return None;
    }
    let toll = hits.iter().copied().rfind(|h| h.trigger.class == FrameClass::Toll && h.end <= main.start)?;
    let between = without_source_aside(s.t[toll.end..main.start].trim());
    agent_phrase(between).then_some(toll)
}

/// Is `between` a preposition of agent or cause and an article ("par des", "sous les",
/// "dans les", "lors d'une", "au cours des"), all that stands between a toll and the frame
/// that caused it ("blessés par des tirs", "tués dans les bombardements de la veille", "morts lors
/// d'un bombardement")?
fn agent_phrase(between: &str) -> bool {
    let article = ["des", "les", "un", "une", "le", "la", "l'", "du"].iter().find_map(|a| {
        between.strip_suffix(a).filter(|p| p.is_empty() || p.ends_with(' ') || p.ends_with('\''))
    });
    let Some(prep) = article.map(str::trim_end) else { return false };
    let prep = prep.strip_suffix(" d'").or_else(|| prep.strip_suffix(" de")).map_or(prep, str::trim_end);
    matches!(prep, "par" | "sous" | "dans" | "lors" | "au cours" | "pendant")
}

/// `between` without a leading "selon" and its pronoun ("tué, selon lui, par des tirs"): the
/// source of the claim stands aside from the agent it names.
fn without_source_aside(between: &str) -> &str {
    let Some(rest) = between.trim_start_matches([',', ' ']).strip_prefix("selon ") else { return between };
    let pronoun_end = rest.find([' ', ',']).unwrap_or(rest.len());
    if !matches!(&rest[..pronoun_end], "lui" | "elle" | "eux" | "elles") {
        return between;
    }
    rest[pronoun_end..].trim_start_matches([',', ' '])
}

#[cfg(test)]
mod kind_tests {
    use super::{agent_phrase, is_pledge, without_source_aside};

    #[test]
    fn a_toll_names_its_cause_by_an_agent_or_a_circumstance() {
        for p in [
            "par des",
            "sous les",
            "dans les",
            "dans une",
            "lors d'une",
            "lors des",
            "au cours des",
            "par l'",
        ] {
            assert!(agent_phrase(p), "{p}");
        }
        // near misses: a time, a source, a place phrase that goes on
        for p in ["dans la nuit de", "selon les", "a cause des", "pres des", "des"] {
            assert!(!agent_phrase(p), "{p}");
        }
    }

    #[test]
    fn a_statement_opens_with_a_pledge() {
        for p in ["promis de riposter", "s'engagent a", "se sont engagees a", "jurent de", "promettent"] {
            assert!(is_pledge(p), "{p}");
        }
        // "engager des troupes" commits them; an announcement is no pledge
        for p in ["engage des troupes", "annonce", "a promis"] {
            assert!(!is_pledge(p), "{p}");
        }
    }

    #[test]
    fn a_source_aside_does_not_hide_the_agent_of_a_toll() {
        // "blessé, selon elle, par des tirs": the agent's preposition follows the aside
        assert_eq!(without_source_aside("selon lui par des"), "par des");
        assert_eq!(without_source_aside(", selon elles, sous les"), "sous les");
        // near misses: a named source is no aside of the toll's agent; nothing to strip
        assert_eq!(without_source_aside("selon le maire par des"), "selon le maire par des");
        assert_eq!(without_source_aside("dans la nuit par des"), "dans la nuit par des");
    }
}

/// Step 4: the event's place: the most specific, then the nearest to the trigger. A name
/// that is also an actor counts as the place of events that happen somewhere (not of calls
/// or declarations, where "à Moscou" is more often "to Moscow").
fn place_of(
    s: &Sentence,
    args: &Arguments,
    kind: EventType,
    main: &TriggerHit,
    ctx: &Context,
) -> Option<PlaceHit> {
    let places = &args.places[..];
    let where_kind = matches!(
        kind,
        EventType::Talks
            | EventType::Protest
            | EventType::Fighting
            | EventType::Incident
            | EventType::Casualties
            | EventType::Humanitarian
    );
    // visits, conferences, signatures and truces happen somewhere too, but their verbs also take a
    // dative ("a proposé à Bakou de…"): there the name must not govern an infinitive. Nor
    // is a place told after the report's own speaker the event's: "…, a déclaré le
    // ministère à Erevan" is where the ministry spoke
    let reported_after = args.attribution.is_some_and(|(a, _)| a > main.end);
    let meeting = matches!(kind, EventType::Talks | EventType::Diplomacy);
    let met_at = |p: &PlaceHit| {
        matches!(kind, EventType::Diplomacy | EventType::Political | EventType::Ceasefire)
            && strictly_locative(s.t, p.start)
            && !governs_infinitive(s.t, p.end)
            && !(reported_after && args.attribution.is_some_and(|(a, _)| p.start > a))
    };
    places
        .iter()
        .copied()
        .filter(|p| {
            (where_kind && strictly_locative(s.t, p.start))
                || met_at(p)
                || venue_at(p, ctx)
                || set_apart_locative(s.t, p.start, p.end)
                || part_of_town(s.t, p, ctx)
                || crate::gazetteer::hosts(s.t, p.end)
                || !s.actors.iter().any(|h| h.start == p.start && h.end == p.end)
        })
        .filter(|p| !spoken_at(s.t, main, args, p) && !given_to(s.t, p.start))
        // a distance "à 80 km au nord de X" is measured from X: the event is elsewhere
        .filter(|p| !measured_from(s.t, p.start) || places.iter().all(|q| measured_from(s.t, q.start)))
        .filter(|p| !describes_place(s.t, p, places) && !in_quoted_name(s.t, p.start))
        .filter(|p| !named_by(s.t, p.start) && !locates_place(s.t, p, places, ctx.gazetteer))
        .max_by_key(|p| {
            let pl = &ctx.gazetteer.places[p.place];
            (
                !in_relative_after(s.t, main.end, p.start),
                !(meeting && talked_about(s.t, p.start)),
                // the dispatch's town gives way to any town the report itself names,
                // even one it goes to ("DORVIK, 3 mai (AFP) - … avancent vers Brellan")
                !(in_dateline(s.t, p)
                    && places
                        .iter()
                        .any(|q| q.start > p.end && town_level(&ctx.gazetteer.places[q.place]) >= 4)),
                !destination(s.t, p.start, places),
                !came_from(s.t, p.start),
                town_level(pl) >= 4 && governed_by(s.t, main, p),
                town_level(pl) + if p.locative || p.descriptive { 2 } else { 0 },
                std::cmp::Reverse(p.start.abs_diff(main.start)),
            )
        })
}

/// Is the place `p` the town of a wire's dateline ("DORVIK, 3 mai (AFP) - …", "TESSEL
/// (Valdorie), 12 juin - …"): the sentence's first words, a comma, a day and a month? That
/// is where the dispatch was written, not where what it tells happened.
fn in_dateline(t: &str, p: &PlaceHit) -> bool {
    if p.start != 0 {
        return false;
    }
    let rest = t[p.end..].trim_start();
    // a country in brackets after the town
    let rest = match rest.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or("", |(_, after)| after.trim_start()),
        None => rest,
    };
    let Some(rest) = rest.strip_prefix(',') else { return false };
    let mut words = crate::fold::ascii_words(rest);
    let day = words
        .next()
        .map(|w| w.trim_end_matches("er"))
        .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    day && words.next().is_some_and(|w| crate::time::month_of(w).is_some())
}

/// Is the place `p` where the speaker who reports the event spoke ("…, a précisé mardi un
/// officier de l'ONU à Genève", "…, a déclaré le porte-parole depuis Genève", "…,
/// selon l'ambassade à Paris", "…, a affirmé à Dorvik le porte-parole")? A speaker named
/// after the event's word, the place right before it, within it or right after it, before
/// any other clause: the event happened elsewhere.
fn spoken_at(t: &str, main: &TriggerHit, args: &Arguments, p: &PlaceHit) -> bool {
    let Some((a, b)) = args.attribution.filter(|&(a, _)| a > main.end) else { return false };
    if p.start < a {
        // between the inverted verb and its speaker: "…, a affirmé à Dorvik le porte-parole"
        return p.start > main.end && t.get(p.end..a).is_some_and(|gap| gap.trim().is_empty());
    }
    let gap = t.get(b.min(p.start)..p.start).unwrap_or("");
    !gap.contains([',', ';', ':', '(', '"']) && gap.split_whitespace().count() <= 2
}

/// Is the place `p` the complement of a noun set in apposition to another place of the
/// clause ("Brellan, port de la Haute-Sarne", "Morvane, capitale de la province du Sud", "le
/// bourg de Tessel, dans le canton d'Arvide")? It only says where that other
/// place lies: the event is at the place the apposition describes.
fn describes_place(t: &str, p: &PlaceHit, places: &[PlaceHit]) -> bool {
    let (w, _) = word_before(t, p.start);
    let (w, _) = if matches!(w, "la" | "le" | "l" | "les") {
        word_before(t, word_before(t, p.start).1)
    } else {
        (w, 0)
    };
    if !matches!(w, "de" | "du" | "d" | "des") {
        return false;
    }
    places.iter().any(|q| {
        let gap = t.get(q.end..p.start).unwrap_or("");
        gap.trim_start().starts_with(',')
            && gap.matches([',', ';', ':', '(']).count() == 1
            && gap.split_whitespace().count() <= 7
    })
}

/// Is the place `p` a larger place set in apposition after a place it holds, with a
/// locative word ("Tessel, dans le canton d'Arvide", "Sotk, en Arménie", "Kabkabiya, au
/// Darfour-Nord")? It only says where that place lies: the event is at the finer one.
fn locates_place(t: &str, p: &PlaceHit, places: &[PlaceHit], g: &Gazetteer) -> bool {
    let Some(comma) = t[..p.start].rfind(',') else { return false };
    let apposition = &t[comma + 1..p.start];
    let opens =
        apposition.split_whitespace().next().is_some_and(|w| matches!(w, "dans" | "en" | "au" | "aux" | "a"));
    let short = apposition.split_whitespace().count() <= 5;
    opens
        && short
        && places.iter().any(|q| {
            q.end <= comma
                && q.place != p.place
                && g.within(q.place, p.place)
                && t[q.end..comma].trim().is_empty()
        })
}

/// Nouns and participles that name what follows in quotes: a movement, an operation, a
/// campaign ("le mouvement « Brellan debout »", "l'opération baptisée « Aube sur
/// Kestre »").
const NAMERS: &[&str] = &[
    "mouvement",
    "operation",
    "campagne",
    "collectif",
    "association",
    "coalition",
    "plateforme",
    "front",
    "comite",
    "slogan",
    "baptisee",
    "baptise",
    "nommee",
    "nomme",
    "appelee",
    "appele",
    "intitulee",
    "intitule",
];

/// Is the place at `start` inside a quoted name ("le collectif « Morvane solidaire »")? A name is no place where something happens. A quote that reports speech («
/// nous avons frappé Goris ») keeps its places.
fn in_quoted_name(t: &str, start: usize) -> bool {
    let before = &t[..start];
    if before.matches('"').count().is_multiple_of(2) {
        return false;
    }
    let open = before.rfind('"').unwrap_or(0);
    NAMERS.contains(&word_before(t, open).0)
}

/// Does the event's word govern the place right after it ("une attaque contre Brellan", "ils
/// entrent dans Morvane", "ont bombardé Dorvik")? A few words, no punctuation between: the
/// event's own complement, where it happens, before a finer place named further on.
fn governed_by(t: &str, main: &TriggerHit, p: &PlaceHit) -> bool {
    p.start > main.end
        && t.get(main.end..p.start).is_some_and(|gap| {
            !gap.contains([',', ';', ':', '(', '"']) && gap.split_whitespace().count() <= 3
        })
}

/// Is the place at `start` the first word of a name that a namer noun introduces without
/// quotes ("l'association Morvane Solidarité", "le collectif Brellan Accueil")? An
/// association's name is no place where something happens.
fn named_by(t: &str, start: usize) -> bool {
    NAMERS.contains(&word_before(t, start).0)
}

/// Does a relative clause open between the event's word (ending at `from`) and the place
/// at `to` ("une offensive sur l'enclave qui échappait à Bakou")? Then the place belongs
/// to that clause's verb, not to the event's: a place outside it is preferred.
fn in_relative_after(t: &str, from: usize, to: usize) -> bool {
    from < to
        && t.get(from..to).is_some_and(|between| {
            [" qui ", " dont ", " lequel ", " laquelle ", " lesquels ", " lesquelles "]
                .iter()
                .any(|r| between.contains(r))
        })
}
/// Is the place at `start` where someone goes ("ont fui vers Mandalay", "avance en direction
/// de Kyaukme", "jusqu'à la frontière", "vers Sennar, Gedaref ou Kassala")? A destination is
/// not where the event happens: a place named as the origin or the scene is preferred ("les
/// villageois de Sotk se replient vers Vardenis" is a flight from Sotk). `places`: the
/// clause's places, for a list of destinations.
fn destination(t: &str, start: usize, places: &[PlaceHit]) -> bool {
    let mut at = start;
    loop {
        let (mut w, mut s) = word_before(t, at);
        if matches!(w, "la" | "le" | "l" | "les") {
            (w, s) = word_before(t, s);
        }
        let listed = matches!(w, "ou" | "et") || t[..at].trim_end().ends_with(',');
        match w {
            "vers" | "jusqu" => return true,
            "de" | "d" => return word_before(t, s).0 == "direction",
            _ if listed => {
                // one more of a list: the place before it decides
                let before = if t[..at].trim_end().ends_with(',') { at } else { s };
                let gap = |q: &&PlaceHit| t[q.end.min(before)..before].trim_matches([' ', ',']).is_empty();
                match places.iter().filter(|q| q.end <= before).rfind(gap) {
                    Some(q) => at = q.start,
                    None => return false,
                }
            }
            _ => return false,
        }
    }
}

/// Is the place at `start` where people or things come from, after a participle of coming
/// and "de" ("des familles venues de Morvane", "des camions partis de Brellan", "des ambulances
/// sont arrivées de Tessel", "originaires du Val-Noir", "en provenance de Dorvik")? What
/// they do next (are sheltered, are attacked, arrive) happens elsewhere: a place named as
/// the scene is preferred. Not "quitter Morvane", "fuir Morvane", where the flight starts.
fn came_from(t: &str, start: usize) -> bool {
    const COMING: &[&str] = &[
        // not "parti", "partie": also nouns ("une partie de Morvane" is in it)
        "venu",
        "venue",
        "venus",
        "venues",
        "partis",
        "arrive",
        "arrivee",
        "arrives",
        "arrivees",
        "originaire",
        "originaires",
        "provenance",
        "rentre",
        "rentree",
        "rentres",
        "rentrees",
        "revenu",
        "revenue",
        "revenus",
        "revenues",
    ];
    let (w, at) = word_before(t, start);
    if !matches!(w, "de" | "d" | "du" | "des") {
        return false;
    }
    // the participle right before "de", or one adverb between ("venus directement de")
    let (w, at) = word_before(t, at);
    COMING.contains(&w) || COMING.contains(&word_before(t, at).0) && w.ends_with("ment")
}

/// Is the place at `start` what a meeting is about rather than where it sits: the
/// complement of a noun of a topic ("sur la situation au Val-Noir", "l'avenir de Morvane",
/// "le statut de la Haute-Sarne", "la reconstruction de Brellan")? Talks held in one town
/// about another happen in the first.
fn talked_about(t: &str, start: usize) -> bool {
    const TOPICS: &[&str] = &[
        "situation",
        "sort",
        "avenir",
        "statut",
        "question",
        "dossier",
        "reconstruction",
        "securite",
        "retour",
        "normalisation",
    ];
    let (mut w, mut at) = word_before(t, start);
    if matches!(w, "la" | "le" | "l" | "les") {
        (w, at) = word_before(t, at);
    }
    if !matches!(w, "a" | "au" | "aux" | "en" | "dans" | "de" | "du" | "d" | "des") {
        return false;
    }
    // the noun right before, or one adjective between ("la situation humanitaire à Brellan")
    let (w, at) = word_before(t, at);
    TOPICS.contains(&w) || TOPICS.contains(&word_before(t, at).0)
}

/// A building or site that also names who acts there ("la Maison-Blanche", "le Kremlin")
/// is where the event happens when a locative word stands before it, its article between
/// ("à la Maison-Blanche", "devant le Kremlin"): unlike "à l'Arménie", a building takes no
/// dative. The actor it names stays an actor too.
fn venue_at(p: &PlaceHit, ctx: &Context) -> bool {
    let kind = ctx.gazetteer.places[p.place].kind;
    p.locative
        && !p.descriptive
        && matches!(kind, PlaceKind::Institution | PlaceKind::Site | PlaceKind::Airport)
}

/// A town named after a part or a building of it and "de" ("les quartiers de Khartoum", "au
/// cœur d'Erevan", "l'hôpital de Goma") is where the event happens, even when its name
/// also stands for a government: nobody speaks or acts through a town's streets. Not
/// where that part is a destination ("conduit vers un hôpital d'Erevan").
fn part_of_town(t: &str, p: &PlaceHit, ctx: &Context) -> bool {
    let (w, at) = word_before(t, p.start);
    let town = town_level(&ctx.gazetteer.places[p.place]) == 4;
    let toward = || {
        let mut at = at;
        (0..4).any(|_| {
            let (w, s) = word_before(t, at);
            at = s;
            w == "vers"
        })
    };
    p.locative && !p.descriptive && town && matches!(w, "de" | "d" | "du") && !toward()
}

/// How specific a place is, towns of every size and capitals alike: of two towns in a
/// clause ("venus de Goris, ils ont signé à Erevan"), the one nearer the event's word is
/// its place, whatever their sizes; a town still wins over a region or a country.
fn town_level(p: &crate::gazetteer::Place) -> u8 {
    match p.kind {
        PlaceKind::Capital | PlaceKind::City | PlaceKind::Town | PlaceKind::Village => 4,
        _ => p.specificity(),
    }
}

/// Step 4: the event's actors and their roles, each actor once (a claimant that also
/// acts takes its acting role).
fn actors_of(s: &Sentence, kind: EventType, main: &TriggerHit, args: &Arguments) -> Vec<(usize, Role)> {
    let mut acts: Vec<(usize, Role)> = Vec::new();
    for h in args.actors.iter().filter(|h| !metonym_as_place(s.t, kind, main, h, args)) {
        let claimant = args.attribution.is_some_and(|(x, y)| h.start >= x && h.start < y);
        let role = if claimant {
            Role::Claimant
        } else if is_mediation(s.t, h) {
            Role::Mediator
        } else if matches!(kind, EventType::Talks | EventType::Diplomacy | EventType::Ceasefire) {
            Role::Participant
        } else if h.start < main.start {
            Role::Initiator
        } else if targets(s.t, main.end, h.start) {
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
    acts
}

/// Police, courts and investigators act for the state they serve, the one where they act
/// ("les policiers ont chargé", "un tribunal l'a placé en détention", "le comité d'enquête
/// inculpe trois hommes"). A clause that names one of them and no party but civilians gets
/// that state: the government named after the capital of the country of the event's place.
fn with_state_organs(
    mut acts: Vec<(usize, Role)>,
    s: &Sentence,
    args: &Arguments,
    place: Option<usize>,
    ctx: &Context,
) -> Vec<(usize, Role)> {
    if acts.iter().any(|&(a, _)| !ctx.lexicon.is_civilians(a)) || !names_state_organ(s, args.span) {
        return acts;
    }
    let places = &ctx.gazetteer.places;
    let Some(country) = place.and_then(|p| places[p].country.as_deref()) else { return acts };
    let state =
        ctx.capitals.iter().position(|c| c.is_some_and(|c| places[c].country.as_deref() == Some(country)));
    acts.extend(state.map(|a| (a, Role::Initiator)));
    acts
}

/// People who gather, or one's kin who leave, are civilians ("une centaine de personnes se
/// sont rassemblées", "son frère a quitté la ville avec sa famille"): a protest whose
/// subject, before its frame, is a noun of ordinary people or of kin, or a flight whose
/// subject is a relative, and that names no party there gets the civilians as its actor.
/// A crowd that flees stays without one: the reports of an exodus name the agencies that
/// count it, and one report of a crowd in flight would part them. Not the people
/// someone acts on, named after the frame ("la police a dispersé des familles").
fn with_people(
    mut acts: Vec<(usize, Role)>,
    s: &Sentence,
    kind: EventType,
    main: &TriggerHit,
    args: &Arguments,
    ctx: &Context,
) -> Vec<(usize, Role)> {
    let nouns: &[&str] = match kind {
        EventType::Protest => PEOPLE,
        EventType::Humanitarian => KIN,
        _ => return acts,
    };
    // a party before the frame acts; the source of the report ("selon l'ONU, …") does not
    let claimant = |h: &ActorHit| args.attribution.is_some_and(|(x, y)| h.start >= x && h.start < y);
    let party_before = args
        .actors
        .iter()
        .any(|h| h.start < main.start && !claimant(h) && !ctx.lexicon.is_civilians(h.actor));
    if party_before || acts.iter().any(|&(a, _)| ctx.lexicon.is_civilians(a)) {
        return acts;
    }
    let from = s.words.partition_point(|w| w.0 < args.span.0);
    let to = s.words.partition_point(|w| w.0 < main.start.max(args.span.0));
    let named = |w: &str| nouns.contains(&w) || KIN.contains(&w);
    let people = s.words[from..to].iter().any(|&(a, b)| named(&s.t[a..b]));
    if let Some(c) = ctx.lexicon.civilians().filter(|_| people) {
        acts.push((c, Role::Initiator));
    }
    acts
}

/// Nouns of ordinary people, folded: the subject of a gathering they name is civilians.
const PEOPLE: &[&str] = &[
    "personnes",
    "familles",
    "femmes",
    "jeunes",
    "etudiants",
    "villageois",
    "citadins",
    "paysans",
    "agriculteurs",
    "riverains",
    "deplaces",
    "exiles",
    "ressortissants",
    "diaspora",
];

/// Nouns of kin, folded: the relatives a witness speaks of are civilians.
const KIN: &[&str] = &[
    "mere",
    "pere",
    "frere",
    "soeur",
    "fils",
    "fille",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "parents",
    "famille",
    "epouse",
    "mari",
    "grand-mere",
    "grand-pere",
];

/// Nouns of a state's police and justice.
const STATE_ORGANS: &[&str] = &[
    "police",
    "policiers",
    "gendarmerie",
    "gendarmes",
    "tribunal",
    "tribunaux",
    "cour",
    "parquet",
    "procureur",
    "juge",
    "juges",
    "enqueteurs",
];

/// Does the clause `span` name a state's police or justice ("la police", "un tribunal",
/// "le ministère de l'Intérieur", "les forces de l'ordre")? Not an international court
/// ("la Cour pénale internationale", "la Cour européenne").
fn names_state_organ(s: &Sentence, span: (usize, usize)) -> bool {
    let c = &s.t[span.0..span.1.min(s.t.len())];
    let from = s.words.partition_point(|w| w.0 < span.0);
    let to = s.words.partition_point(|w| w.0 < span.1);
    let ws = &s.words[from..to];
    let word = |i: usize| ws.get(i).map_or("", |&(a, b)| &s.t[a..b]);
    let organ = (0..ws.len()).any(|i| {
        STATE_ORGANS.contains(&word(i))
            && !(i + 1..i + 4).any(|j| matches!(word(j), "internationale" | "europeenne" | "africaine"))
    });
    organ
        || ["ministere de l'interieur", "comite d'enquete", "forces de l'ordre", "forces de securite"]
            .iter()
            .any(|p| c.contains(p))
}

#[cfg(test)]
mod actor_tests {
    use super::*;

    /// The kind and actor ids of each candidate an invented article yields, with the seed
    /// story, before any merge.
    fn parties(body: &str) -> Vec<(EventType, Vec<String>)> {
        let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        let mut d = Vec::new();
        let g = Gazetteer::load(&root.join("places.toml"), &mut d);
        let l = Lexicon::load(&root.join("actors.toml"), &mut d);
        let text = format!(
            "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        let a = crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut d).expect("parses");
        let candidates = extract(&a, &Context::new(&g, &l)).candidates;
        let ids = |c: &Candidate| c.actors.iter().map(|&(i, _)| l.actors[i].id.clone()).collect();
        candidates.iter().map(|c| (c.kind, ids(c))).collect()
    }

    fn has(body: &str, actor: &str) -> bool {
        let got = parties(body);
        assert!(!got.is_empty(), "{body}: no event");
        got.iter().any(|(_, ids)| ids.iter().any(|a| a == actor))
    }

    #[test]
    fn police_and_courts_act_for_the_state_where_they_act() {
        // must fire: the police in the capital, a court there
        assert!(has("Mardi, à Erevan, la police a interpellé une vingtaine de manifestants.", "armenia"));
        assert!(has("Mardi, à Erevan, un tribunal a placé en détention trois manifestants.", "armenia"));
        // near misses: no organ of the state; another party named as the organ's
        assert!(!has("Mardi, à Erevan, des milliers de manifestants ont défilé.", "armenia"));
        assert!(!has(
            "Mardi, à Erevan, la police russe a interpellé une vingtaine de manifestants.",
            "armenia"
        ));
    }

    #[test]
    fn people_who_gather_and_kin_who_flee_are_civilians() {
        let civilians = |body: &str| has(body, "civilians");
        // must fire: crowds of ordinary people at a rally, as subject, in several words
        // and tenses; a relative who flees
        assert!(civilians(
            "Samedi, à Lyon, près de trois cents personnes se sont rassemblées devant la préfecture."
        ));
        assert!(civilians(
            "Dimanche, des dizaines de femmes ont défilé à Goris pour réclamer des nouvelles de leurs fils."
        ));
        assert!(civilians("Mardi, sa sœur a fui Stepanakert avec ses deux enfants."));
        // near misses: a crowd that flees (the agencies that count it are its parties), a
        // party that gathers people, an aid group that moves families
        assert!(!civilians("Samedi, près de deux mille personnes ont fui Martouni sous les obus."));
        assert!(!civilians("Samedi, Nikol Pachinian a réuni des milliers de partisans à Erevan."));
        assert!(!civilians("Mardi, la Croix-Rouge a évacué des familles de Stepanakert."));
    }

    #[test]
    fn another_party_s_own_figure_is_a_fact_of_its_own() {
        let kinds =
            |body: &str| parties(body).into_iter().filter(|(k, _)| *k == EventType::Casualties).count();
        // must fire: the second party's own count, "de son côté"
        let two = "Mardi, les séparatistes ont fait état de douze soldats tués près de Martouni. \
                   Bakou, de son côté, assure que des obus ont tué une dizaine de civils à Terter.";
        assert_eq!(kinds(two), 2, "{:?}", parties(two));
        assert!(has(two, "azerbaijan"));
        let turn = "Mardi, les séparatistes ont fait état de douze soldats tués près de Martouni. \
                    Bakou, à son tour, assure que des obus ont tué une dizaine de civils à Terter.";
        assert_eq!(kinds(turn), 2, "{:?}", parties(turn));
        // near miss: "à son tour" without a figure of its own goes on with the first ("de
        // son côté" always tells another party's fact: `other_side`)
        let one = "Mardi, les séparatistes ont fait état de douze soldats tués près de Martouni. \
                   Bakou, à son tour, assure que des civils ont été tués à Terter.";
        assert_eq!(kinds(one), 1, "{:?}", parties(one));
    }
}

/// Is the actor hit `h` a capital that names a government by metonymy ("Damas", "Bakou")
/// used here as the place where the event happens, not as who acts? So when the name is
/// set apart as where ("À Bakou, …"), or follows "à"/"dans"/"en" in an event that happens
/// somewhere ("les rebelles entrent dans Damas", "des tirs à Bakou"). A dative stays the
/// actor ("a proposé à Bakou de…"), and so does a subject ("Damas a dénoncé…"), and a
/// capital that frames the speaker who tells the event ("À Bakou, la présidence fait état de
/// trois blessés": that speaker is the capital's government).
fn metonym_as_place(t: &str, kind: EventType, main: &TriggerHit, h: &ActorHit, args: &Arguments) -> bool {
    let happens = matches!(
        kind,
        EventType::Fighting
            | EventType::Incident
            | EventType::Casualties
            | EventType::Humanitarian
            | EventType::Protest
    );
    if args.attribution.is_some_and(|(a, _)| a > h.end && a < main.start) {
        return false;
    }
    args.places.iter().any(|p| {
        p.start == h.start
            && p.end == h.end
            && (set_apart_locative(t, p.start, p.end)
                || happens
                    && strictly_locative(t, p.start)
                    && !governs_infinitive(t, p.end)
                    && !given_to(t, p.start))
    })
}

/// Step 4: who denies the event later in its own sentence ("…, ce que Bakou a démenti").
fn disputers(main: &TriggerHit, args: &Arguments) -> Vec<usize> {
    match args.denial {
        Some(dpos) if dpos > main.start => {
            let before: Vec<usize> = args
                .actors
                .iter()
                .filter(|h| h.start < dpos && h.start > main.end)
                .map(|h| h.actor)
                .collect();
            before.last().copied().into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// Step 5, continuation: an undated report right after an event tells more of it when it
/// refers back to it: it names the event again with a definite determiner, or its subject
/// is a pronoun, or it is a statement by the same speaker. Position alone is not enough
/// ("Des dizaines de personnes ont été tuées." after a toll elsewhere is another event),
/// and neither is a sentence `t` (folded) that brings in a new side: a reciprocal
/// ([`reciprocal`]), another party's side ([`other_side`]), or an impersonal "il" that
/// points back to nothing ([`impersonal`]). Returns why, or `None`.
fn continues(
    prev: &Candidate,
    kind: EventType,
    class: FrameClass,
    actors: &[(usize, Role)],
    args: &Arguments,
    back_reference: bool,
    t: &str,
) -> Option<&'static str> {
    if reciprocal(t) {
        return None;
    }
    let statement = kind == EventType::Statement;
    let shares = actors.iter().any(|(a, r)| *r != Role::Claimant && prev.actors.iter().any(|(b, _)| b == a));
    // an impersonal "il" names no speaker and points back to nothing
    let impersonal = impersonal(t);
    let pronoun_subject = args.pronoun_subject && !impersonal;
    let speech = matches!(prev.kind, EventType::Statement | EventType::Talks | EventType::Diplomacy);
    let same = prev.kind == kind && (prev.class == class || kind == EventType::Fighting);
    if same && !statement && back_reference {
        Some("names it again with a definite determiner, right after it")
    } else if same && !statement && pronoun_subject {
        Some("same kind of event, its subject a pronoun, right after it")
    } else if same && !statement && args.adds_to_previous {
        Some("same kind of event, told as more of it (an accusation, « également », « à son tour »)")
    } else if statement && pronoun_subject {
        Some("a statement whose subject is a pronoun, right after it")
    } else if statement && shares && (same || speech) && !impersonal {
        Some("a statement by the same speaker, right after it")
    } else {
        None
    }
}

/// Does the folded sentence `t` tell what each of two parties says or does to the other
/// ("ils s'en accusent mutuellement", "chaque armée accuse l'autre…")? A
/// reciprocal is both parties' word, a fact of its own, not more of the fact before it.
fn reciprocal(t: &str) -> bool {
    t.contains("mutuellement") || t.contains("reciproquement") || t.contains("l'un l'autre") || {
        t.starts_with("chaque ") && t.contains(" l'autre")
    }
}

/// Does the folded sentence `t` open with an impersonal "il" ("il en est sorti un
/// accord", "il y a eu", "il faut")? That "il" stands for nothing told before.
fn impersonal(t: &str) -> bool {
    const OPENINGS: [&str; 10] = [
        "il en est ",
        "il en sort",
        "il en resulte",
        "il en ressort",
        "il y ",
        "il faut",
        "il fallut",
        "il fallait",
        "il s'agit",
        "il reste",
    ];
    OPENINGS.iter().any(|o| t.starts_with(o))
}

/// Does the folded sentence `t` give another party's side ("X a de son côté annoncé…",
/// "pour sa part", "quant à Y")? That party's report is a fact of its own (its own toll,
/// its own move), not more of the fact before it.
fn other_side(t: &str) -> bool {
    ["de son cote", "de leur cote", "pour sa part", "pour leur part", "quant a "]
        .iter()
        .any(|m| t.contains(m))
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
pub(crate) fn document_type(a: &Article, cleaned: &boilerplate::Cleaned) -> time::DocType {
    let (spans, _) = prose_sentences(&a.body, cleaned);
    detected_type(a, &spans, &Folded::new(&a.body), &mut Vec::new())
}

/// [`document_type`] from the prose's sentences already split (`spans` in the body) and
/// the body already folded: extraction has both, and detection reads every sentence. The
/// tense maps detection builds are pushed on `tenses` ([`time::detect`]).
fn detected_type(
    a: &Article,
    spans: &[(usize, usize)],
    folded: &Folded,
    tenses: &mut Vec<Option<TenseMap>>,
) -> time::DocType {
    a.document.unwrap_or_else(|| {
        let anchor = match a.published {
            Published::Day(d) => d,
            Published::Month(d) => d.last_of_month(),
        };
        let sentences = spans.iter().map(|&(s, e)| (&a.body[s..e], folded.view(s, e).text));
        time::detect(&a.body, sentences, anchor, tenses)
    })
}

/// The sentences of the prose paragraphs of `body` (byte ranges) and the paragraph of each.
fn prose_sentences(body: &str, cleaned: &boilerplate::Cleaned) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut spans = Vec::new();
    let mut para_of = Vec::new();
    for (pi, p) in cleaned.prose.iter().enumerate() {
        for (s, e) in sentence::split(&body[p.start..p.end]) {
            spans.push((p.start + s, p.start + e));
            para_of.push(pi);
        }
    }
    (spans, para_of)
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

/// The date of an event whose sentence names none of its own: a decision's day (the day
/// it was announced, else the reference time), the reference time the story is at (by
/// document type and tense, never after the report that tells it), the report's own date,
/// or the publication date.
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
/// whole sentence unless another date is closer. A date belongs to its own clause:
/// across a clause bound ([`dated_clause_bounds`]) a trigger takes a date of its own
/// clause first, else one told before it (a date carries forward: "Le 3, X a tiré ; Y a
/// riposté"), never one that opens a later clause ("X cesse ; le surlendemain, Y").
fn nearest_date(dates: &[&TimeHit], h: &TriggerHit, bounds: &[usize]) -> Option<usize> {
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
fn dated_clause_bounds(s: &Sentence, st: &SentenceTime) -> Vec<usize> {
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

/// Is the name at `start` the one something is handed over to, after "à" and a verb of
/// giving back or handing over ("32 soldats rendus à Dorvik", "a remis mercredi à Dorvik
/// trois prisonniers", "les villages rétrocédés à Dorvik", "extradé à Dorvik")? A dative:
/// the party that receives, not where it happens. Not "se rendre à Dorvik", which is going
/// there.
fn given_to(t: &str, start: usize) -> bool {
    const GIVING: &[&str] = &["rend", "remis", "remet", "restitu", "ced", "retroced", "extrad"];
    const REFLEXIVE: &[&str] = &["se", "s", "me", "m", "te", "t", "nous", "vous"];
    let (w, mut at) = word_before(t, start);
    if w != "a" {
        return false;
    }
    // the verb right before "à", or a date, an adverb or an auxiliary between
    for _ in 0..3 {
        let (w, s) = word_before(t, at);
        let giving = GIVING.iter().any(|g| w.starts_with(g)) && !w.starts_with("rendez");
        if giving {
            let (before, b) = word_before(t, s);
            let reflexive = |w: &str| REFLEXIVE.contains(&w);
            return !reflexive(before) && !reflexive(word_before(t, b).0);
        }
        at = s;
    }
    false
}

/// Does the name ending at `end` govern an infinitive ("a demandé à Moscou d'intervenir",
/// "propose à Erevan de signer")? Then "à" before it is a dative, not a place.
fn governs_infinitive(t: &str, end: usize) -> bool {
    let rest = t[end.min(t.len())..].trim_start();
    rest.starts_with("de ") || rest.starts_with("d'")
}

/// Is the place at `start` the point a distance or a bearing is measured from ("à 30 km de
/// Goris", "à une centaine de kilomètres au nord du lac", "à l'est de Tripoli")? Then the
/// event is not there. Not "dans le nord de X", which is inside X.
fn measured_from(t: &str, start: usize) -> bool {
    const BEARINGS: &[&str] = &["nord", "sud", "est", "ouest"];
    let (w, mut at) = word_before(t, start);
    if !matches!(w, "de" | "du" | "d") {
        return false;
    }
    let mut bearing = false;
    for _ in 0..5 {
        let (w, s) = word_before(t, at);
        if matches!(w, "km" | "kilometres" | "kilometre" | "metres" | "miles") {
            return true;
        }
        if w.is_empty() {
            return false;
        }
        if bearing && matches!(w, "a" | "au") {
            return true;
        }
        // "à l'est de", "au sud-est de", read backwards
        bearing = BEARINGS.contains(&w) || bearing && w == "l";
        at = s;
    }
    false
}

/// "Mercredi, à Erevan, le Premier ministre a refusé …": a place between commas (or at the
/// start of the sentence) after "à" or "en" says where, whatever the event; "a demandé à
/// Moscou d'intervenir" is a dative.
fn set_apart_locative(t: &str, start: usize, end: usize) -> bool {
    let (w, s) = word_before(t, start);
    matches!(w, "a" | "en")
        && matches!(t[..s].trim_end().chars().last(), None | Some(','))
        && t[end.min(t.len())..].trim_start().starts_with(',')
}

fn targets(t: &str, from: usize, to: usize) -> bool {
    if from >= to || to > t.len() || !t.is_char_boundary(from) || !t.is_char_boundary(to) {
        return false;
    }
    let between = &t[from..to];
    [" contre ", " sur ", " visant ", " vers "].iter().any(|w| between.contains(w))
}

/// The town a title sets its article in: one town named with a locative ("…, des dizaines
/// de blessés à Brellan", "À Morvane, un médecin raconte…") or opening it before a colon
/// ("Grenoble : la communauté…"), as a live blog, a report or the regional press does. Not
/// when the title also names a place outside that town: a route ("De Morvane à Brellan"), or
/// a second scene ("à Brellan, les déplacés de Morvane").
fn title_town(title: &str, ctx: &Context) -> Option<usize> {
    let t = crate::fold::fold(title);
    let (hits, seats) = ctx.places.find_with_capitals(ctx.gazetteer, &t, &crate::fold::words(&t));
    let mut towns: Vec<&PlaceHit> = hits
        .iter()
        .filter(|p| town_level(&ctx.gazetteer.places[p.place]) == 4)
        .filter(|p| {
            p.locative
                || p.start == 0 && t[p.end..].trim_start().starts_with(':')
                || titled_scene(&t, p.start)
        })
        // the party handed something over is no scene ("32 soldats rendus à Dorvik")
        .filter(|p| !given_to(&t, p.start))
        // a capital named without a locative word is kept apart as a government ("Damas
        // menace…"), but the object of the title's verb or of a fact's noun is its scene
        // ("la chute de Kaboul", "les rebelles prennent Damas")
        .chain(seats.iter().filter(|p| titled_seat(&t, p.start)))
        .collect();
    towns.sort_by_key(|p| p.start);
    // a town named twice ("Brellan, la capitale de la Haute-Sarne") is one town
    towns.dedup_by_key(|p| p.place);
    let [town] = towns.as_slice() else { return None };
    // every other place of the title holds the town or lies in it ("Brellan, le chef-lieu de
    // la Haute-Sarne"), or is a country (the war's frame: "Kestrie : …"); a second place
    // elsewhere is a route or a second scene
    let g = ctx.gazetteer;
    let one_scene = hits.iter().chain(&seats).all(|p| {
        let same = p.place == town.place || g.within(town.place, p.place) || g.within(p.place, town.place);
        same || g.places[p.place].kind == PlaceKind::Country || region_as_topic(&t, p, town.place, g)
    });
    one_scene.then_some(town.place)
}

/// Is the place `p` of the folded title a region near the title's `town`, named as the
/// complement of a noun ("à Goris, l'exode du Karabakh", "à Adré, les rescapés du
/// Darfour"; not "au Darfour")? It tells what reaches the town from next door, not a
/// second scene. A region far away ("Lyon : la diaspora suit la guerre du Darfour") is
/// where the article's events happen: the town is no default for them.
fn region_as_topic(t: &str, p: &PlaceHit, town: usize, g: &Gazetteer) -> bool {
    const NEXT_DOOR_DEGREES: f64 = 4.0;
    let (a, b) = (&g.places[p.place], &g.places[town]);
    let near = (a.lat - b.lat).abs() + (a.lon - b.lon).abs() <= NEXT_DOOR_DEGREES;
    let (w, at) = word_before(t, p.start);
    let (w, at) = if matches!(w, "la" | "le" | "l" | "les") { word_before(t, at) } else { (w, at) };
    near && a.kind == PlaceKind::Region
        && matches!(w, "de" | "d" | "du" | "des")
        && !word_before(t, at).0.is_empty()
}

/// Nouns of a fact that happens in a town: the town after them and "de" is where the
/// article is set ("la bataille d'Aden", "la chute de Brellan").
const SCENE_NOUNS: &[&str] = &[
    "bataille",
    "chute",
    "siege",
    "prise",
    "reprise",
    "bombardement",
    "bombardements",
    "offensive",
    "assaut",
    "combats",
    "liberation",
    "evacuation",
    "encerclement",
    "massacre",
    "attaque",
    "attaques",
];

/// Is the town at `start` of the folded title named as a scene without a locative word: the
/// object of the title's verb ("l'armée reprend Brellan") or the complement of the noun of
/// a fact ("la bataille de Brellan")? Not the complement of another noun, which tells where
/// people or news come from ("une infirmière de Brellan", "des nouvelles de Brellan").
fn titled_scene(t: &str, start: usize) -> bool {
    let (w, at) = word_before(t, start);
    if matches!(w, "de" | "d" | "du") {
        return SCENE_NOUNS.contains(&word_before(t, at).0);
    }
    !w.is_empty()
}

/// Is the capital at `start` of the folded title, named without a locative word, its scene
/// ([`titled_scene`]), right after the word that governs it ("les rebelles prennent Damas",
/// "la chute de Kaboul")? Not after a colon or a comma, where it is the subject of what
/// follows ("Kestrie : Dorvik dénonce…").
fn titled_seat(t: &str, start: usize) -> bool {
    let (w, at) = word_before(t, start);
    let gap = &t[at + w.len()..start];
    gap.chars().all(|c| c == ' ' || c == '\'') && titled_scene(t, start)
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

#[cfg(test)]
mod argument_tests {
    //! Places of events: antecedents of "la capitale", the town a title sets the article in,
    //! quoted names, appositions and the event's own complement. Invented places (Kestrie,
    //! its capital Dorvik, the towns Brellan and Morvane in the Haute-Sarne, the lake of
    //! Ombre), added to the seed story's gazetteer.
    use super::*;

    const KESTRIE: &str = r#"
[[place]]
id = "kestrie"
kind = "country"
name_en = "Kestria"
name_fr = "Kestrie"
lat = 10.0
lon = 10.0
[[place]]
id = "dorvik"
kind = "capital"
name_en = "Dorvik"
name_fr = "Dorvik"
parent = "kestrie"
lat = 10.1
lon = 10.1
[[place]]
id = "haute_sarne"
kind = "region"
name_en = "Upper Sarne"
name_fr = "Haute-Sarne"
parent = "kestrie"
lat = 11.0
lon = 11.0
[[place]]
id = "brellan"
kind = "town"
name_en = "Brellan"
name_fr = "Brellan"
parent = "haute_sarne"
lat = 11.1
lon = 11.1
[[place]]
id = "morvane"
kind = "town"
name_en = "Morvane"
name_fr = "Morvane"
parent = "haute_sarne"
lat = 11.3
lon = 11.3
[[place]]
id = "lac_ombre"
kind = "site"
name_en = "Lake Ombre"
name_fr = "lac d'Ombre"
parent = "haute_sarne"
lat = 11.2
lon = 11.2
"#;

    /// The kind and place id of each event of an invented article with this title.
    fn places_titled(title: &str, body: &str) -> Vec<(EventType, Option<String>)> {
        places_titled_with(title, body, "")
    }

    /// The same, with the places of the TOML text `extra` added to Kestrie's.
    fn places_titled_with(title: &str, body: &str, extra: &str) -> Vec<(EventType, Option<String>)> {
        let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        let mut d = Vec::new();
        let places = std::fs::read_to_string(root.join("places.toml")).expect("places") + KESTRIE + extra;
        let g = Gazetteer::parse(&root.join("places.toml"), &places, &mut d);
        let l = crate::lexicon::Lexicon::load(&root.join("actors.toml"), &mut d);
        let text = format!(
            "+++\ntitle = \"{title}\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        let a = crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut d).expect("parses");
        let events = crate::process_articles(&[a], &g, &l, None).0.events;
        events.into_iter().map(|e| (e.kind, e.place.map(|p| p.id))).collect()
    }

    /// Whether an event of `kind` is at `place` in each (title, body, expected) case.
    fn assert_at(kind: EventType, place: &str, cases: &[(&str, &str, bool)]) {
        for (title, body, there) in cases {
            let got = places_titled(title, body);
            let at = got.iter().any(|(k, p)| *k == kind && p.as_deref() == Some(place));
            assert_eq!(at, *there, "{title} / {body}: {got:?}");
        }
    }

    #[test]
    fn the_capital_of_a_dateline_is_the_capital_named_next() {
        assert_at(
            EventType::Fighting,
            "dorvik",
            &[
                // fires: the dateline names the capital "la capitale" then points back to
                ("t", "DORVIK, 6 mars (AFP) - Les pourparlers sont suspendus.\n\nDans la capitale, des frappes ont visé mercredi un dépôt de munitions.", true),
                // near miss: the capital as the government that speaks is no antecedent
                ("t", "Dorvik a dénoncé mardi une provocation.\n\nDans la capitale, des frappes ont visé mercredi un dépôt de munitions.", false),
            ],
        );
    }

    #[test]
    fn the_town_people_flee_is_the_town_named_next_not_where_they_go() {
        assert_at(
            EventType::Fighting,
            "morvane",
            &[
                // fires: "la ville" is the town they fled, not their destination
                ("t", "Des milliers d'habitants de Morvane ont fui vers Brellan. Mardi, des frappes ont visé les quartiers de la ville.", true),
                // near miss: a destination named alone stays the town in focus
                ("t", "Les rebelles avancent vers Morvane. Mardi, des frappes ont visé les quartiers de la ville.", true),
            ],
        );
        assert_at(
            EventType::Fighting,
            "brellan",
            &[("t", "Des milliers d'habitants de Morvane ont fui vers Brellan. Mardi, des frappes ont visé les quartiers de la ville.", false)],
        );
    }

    #[test]
    fn an_event_without_a_place_is_in_the_town_its_title_sets_the_article_in() {
        let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
        assert_at(
            EventType::Protest,
            "brellan",
            &[
                // fires: the town before the title's colon, or after a locative word
                ("Brellan : la colère monte contre les coupures d'eau", body, true),
                ("DIRECT. Kestrie : des milliers de manifestants à Brellan", body, true),
                // near misses: a route between two towns, a second scene elsewhere
                ("De Morvane à Brellan : la longue marche des habitants", body, false),
                ("À Brellan, les déplacés de Morvane racontent leur exil", body, false),
            ],
        );
    }

    #[test]
    fn a_place_in_a_quoted_name_is_no_place() {
        assert_at(
            EventType::Protest,
            "brellan",
            &[
                // fires (no place): the town is part of a movement's name
                (
                    "t",
                    "Samedi, des centaines de partisans du mouvement « Brellan debout » ont manifesté.",
                    false,
                ),
                // near miss: a quote that reports speech keeps its place
                ("t", "Samedi, des centaines de manifestants ont défilé en criant « tous à Brellan ».", true),
            ],
        );
    }

    #[test]
    fn a_place_described_in_an_apposition_gives_way_to_the_place_it_describes() {
        assert_at(
            EventType::Fighting,
            "brellan",
            &[
                // fires: the region only says where the town lies, though the town is a
                // destination
                ("t", "Mardi, les rebelles ont poursuivi leur offensive vers Brellan, chef-lieu de la Haute-Sarne.", true),
                // near miss: the region as the origin, not in apposition, stays preferred
                ("t", "Mardi, les rebelles ont poursuivi leur offensive depuis la Haute-Sarne vers Brellan.", false),
            ],
        );
    }

    #[test]
    fn the_town_an_attack_governs_is_its_place() {
        assert_at(
            EventType::Fighting,
            "brellan",
            &[
                // fires: the town right after the attack, before a finer site named later
                ("t", "Mardi, des insurgés ont lancé une attaque contre Brellan peu après la reprise des travaux sur le site du lac d'Ombre.", true),
                // near miss: the town far from the attack's word, the site wins
                ("t", "Mardi, des insurgés venus de Brellan ont lancé une attaque peu après la reprise des travaux sur le site du lac d'Ombre.", false),
            ],
        );
    }

    /// A district of the Haute-Sarne, for places set in apposition.
    const ARVIDE: &str = r#"
[[place]]
id = "arvide"
kind = "region"
name_en = "Arvide District"
name_fr = "canton d'Arvide"
parent = "haute_sarne"
lat = 11.4
lon = 11.4
"#;

    #[test]
    fn a_larger_place_set_after_a_place_only_says_where_it_lies() {
        let at = |body: &str, place: &str| {
            places_titled_with("t", body, ARVIDE)
                .iter()
                .any(|(k, p)| *k == EventType::Fighting && p.as_deref() == Some(place))
        };
        // fires: the province after the comma holds the district, where the raid happened
        let body = "Samedi, des rebelles ont attaqué trois hameaux du canton d'Arvide, dans la Haute-Sarne.";
        assert!(at(body, "arvide"), "{:?}", places_titled_with("t", body, ARVIDE));
        // near miss: a province that does not hold the district is a place of its own
        let body = "Samedi, des rebelles ont attaqué trois hameaux du canton d'Arvide, dans le Syunik.";
        assert!(!at(body, "arvide"), "{:?}", places_titled_with("t", body, ARVIDE));
    }

    #[test]
    fn a_place_that_begins_an_association_s_name_is_no_place() {
        let protest_at = |body: &str| {
            places_titled("t", body).into_iter().find(|(k, _)| *k == EventType::Protest).and_then(|(_, p)| p)
        };
        // fires: "Brellan" opens the name of the collective that called the rally
        let body = "Dimanche, une centaine de personnes ont manifesté sur l'initiative du collectif Brellan Entraide.";
        assert_eq!(protest_at(body), None);
        // near miss: the rally is in Brellan
        let body = "Dimanche, une centaine de personnes ont manifesté à Brellan à l'appel d'une association.";
        assert_eq!(protest_at(body).as_deref(), Some("brellan"));
    }

    #[test]
    fn the_clitic_y_before_any_finite_verb_points_back_to_the_town() {
        let protest_at = |body: &str| {
            places_titled("t", body).into_iter().find(|(k, _)| *k == EventType::Protest).and_then(|(_, p)| p)
        };
        // fires: an imperfect after "y", and the capital named as the sentence's subject
        let body = "Dorvik ne dort plus. Jeudi soir, des milliers de manifestants y défilaient \
                    contre la hausse des prix.";
        assert_eq!(protest_at(body).as_deref(), Some("dorvik"));
        // near miss: "y compris" is no clitic before a verb
        let body = "Dorvik ne dort plus. Jeudi soir, des milliers de manifestants, y compris des \
                    lycéens, ont défilé contre la hausse des prix.";
        assert_eq!(protest_at(body), None);
    }

    #[test]
    fn a_town_a_distance_is_measured_from_is_in_focus_when_no_other_town_is() {
        let fighting_places = |body: &str| {
            places_titled("t", body)
                .into_iter()
                .filter(|(k, _)| *k == EventType::Fighting)
                .map(|(_, p)| p)
                .collect::<Vec<_>>()
        };
        // fires: a lake is no town, so "la ville" is the town the distance is taken from
        let body = "Vendredi, les rebelles ont pris les rives du lac d'Ombre, à vingt kilomètres \
                    au nord de Brellan. Le soir, ils ont pénétré dans les quartiers sud de la ville.";
        let got = fighting_places(body);
        assert_eq!(got.last(), Some(&Some("brellan".to_string())), "{got:?}");
        // near miss: another town named in the sentence is the one in focus
        let body = "Vendredi, les rebelles ont pris Morvane, à vingt kilomètres au nord de \
                    Brellan. Le soir, ils ont pénétré dans les quartiers sud de la ville.";
        let got = fighting_places(body);
        assert_eq!(got.last(), Some(&Some("morvane".to_string())), "{got:?}");
    }

    #[test]
    fn a_town_the_title_names_as_a_scene_sets_the_article_in_it() {
        let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
        assert_at(
            EventType::Protest,
            "brellan",
            &[
                // fires: the object of the title's verb, the complement of a fact's noun
                ("Kestrie : l'armée reprend Brellan après trois jours de combats", body, true),
                ("Kestrie : la bataille de Brellan entre dans sa deuxième semaine", body, true),
                // near misses: where a person or news come from
                ("Kestrie : une infirmière de Brellan raconte la guerre", body, false),
                ("Kestrie : les exilés attendent des nouvelles de Brellan", body, false),
            ],
        );
    }

    #[test]
    fn a_town_the_title_names_twice_is_one_town() {
        let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
        assert_at(
            EventType::Protest,
            "stepanakert",
            &[
                // fires: the town and its reference in apposition
                ("Karabakh : l'armée entre dans Stepanakert, la capitale du Haut-Karabakh", body, true),
                // near miss: a second town is a second scene
                ("Karabakh : l'armée entre dans Stepanakert et dans Chouchi", body, false),
            ],
        );
    }

    /// Kinds and places of the events of an untitled article's body.
    fn places_in(body: &str) -> Vec<(EventType, Option<String>)> {
        places_titled_with("Kestrie", body, VELL)
    }

    /// An invented site (a camp) and two invented regions, one next to Brellan, one far away.
    const VELL: &str = r#"
[[place]]
id = "vell"
kind = "site"
name_en = "Vell camp"
name_fr = "camp de Vell"
parent = "haute_sarne"
lat = 11.4
lon = 11.4
[[place]]
id = "val_noir"
kind = "region"
name_en = "Val-Noir"
name_fr = "Val-Noir"
lat = 12.0
lon = 12.0
[[place]]
id = "terres_lointaines"
kind = "region"
name_en = "Far Lands"
name_fr = "Terres-Lointaines"
lat = 45.0
lon = -60.0
"#;

    #[test]
    fn a_capital_the_title_names_as_a_scene_sets_the_article_in_it() {
        let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
        assert_at(
            EventType::Protest,
            "dorvik",
            &[
                // fires: a capital after a fact's noun, or as the object of the title's verb
                ("Kestrie : la chute de Dorvik après trois semaines de siège", body, true),
                ("Kestrie : les rebelles prennent Dorvik sans combattre", body, true),
                ("Kestrie : après le siège de Dorvik, la peur", body, true),
                // near misses: the capital as a government, after a colon or a person's noun
                ("Kestrie : Dorvik dénonce une provocation", body, false),
                ("Kestrie : l'ambassadeur de Dorvik rappelé", body, false),
            ],
        );
    }

    #[test]
    fn a_region_next_door_the_title_names_as_a_topic_is_no_second_scene() {
        let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
        for (title, there) in [
            // fires: the region people come from, next to the town the title is set in
            ("À Brellan, une infirmière raconte l'exode du Val-Noir", true),
            ("Brellan : les déplacés du Val-Noir attendent l'hiver", true),
            // near misses: a region far away is where the article's facts happen; a region
            // after a locative word is a second scene
            ("À Brellan, une infirmière raconte la guerre des Terres-Lointaines", false),
            ("À Brellan et au Val-Noir, les secours s'organisent", false),
        ] {
            let got = places_titled_with(title, body, VELL);
            let at = got.iter().any(|(k, p)| *k == EventType::Protest && p.as_deref() == Some("brellan"));
            assert_eq!(at, there, "{title}: {got:?}");
        }
    }

    #[test]
    fn a_place_where_the_speaker_spoke_is_not_where_the_event_happened() {
        let title = "Kestrie : les rebelles entrent dans Brellan";
        assert_at(
            EventType::Fighting,
            "brellan",
            &[
                // fires: the speaker's place, after the event and the speaker
                (title, "Lundi, des combats ont éclaté près du marché, a déclaré un haut fonctionnaire de l'ONU à Dorvik.", true),
                (title, "Lundi, des combats ont éclaté près du marché, selon un diplomate en poste à Dorvik.", true),
                (title, "Lundi, des combats ont éclaté près du marché, a affirmé mardi à Dorvik le porte-parole des rebelles.", true),
            ],
        );
        assert_at(
            EventType::Fighting,
            "morvane",
            &[
                // near misses: the event's own place, before the speaker or after a speaker who
                // comes first
                (
                    title,
                    "Lundi, des combats ont éclaté à Morvane, a déclaré un haut fonctionnaire de l'ONU à Dorvik.",
                    true,
                ),
                (
                    title,
                    "Un responsable onusien a indiqué que des combats avaient éclaté lundi à Morvane.",
                    true,
                ),
            ],
        );
    }

    #[test]
    fn a_town_called_by_its_kind_stays_in_focus() {
        let cases = [
            // fires: "la ville" with its size, then again three paragraphs on
            ("Les rebelles sont entrés dans Brellan lundi.\n\nMardi, des combats ont éclaté dans la ville d'environ 40 000 habitants. Les renforts se faisaient attendre.\n\nJeudi, des obus sont tombés sur la ville.", true),
            ("Les rebelles sont entrés dans Brellan lundi.\n\nMardi, des combats ont éclaté dans la ville de 40 000 habitants. Personne ne comprenait.\n\nJeudi, des obus sont tombés sur la ville.", true),
            // near miss: nothing calls the town back in between, and it is far
            ("Les rebelles sont entrés dans Brellan lundi.\n\nMardi, des combats ont éclaté près du fleuve. Les renforts se faisaient attendre.\n\nJeudi, des obus sont tombés sur la ville.", false),
        ];
        for (body, there) in cases {
            let got = places_in(body);
            let thursday = got.iter().rfind(|(k, _)| *k == EventType::Fighting);
            assert_eq!(
                thursday.is_some_and(|(_, p)| p.as_deref() == Some("brellan")),
                there,
                "{body}: {got:?}"
            );
        }
    }

    #[test]
    fn a_place_pointed_back_to_is_the_scene_of_what_follows() {
        let cases = [
            // fires: the clause after "y", then the sentence after it in the paragraph
            ("Lundi, les miliciens ont attaqué Morvane.\n\nMardi, une vingtaine de villageois y ont été tués. Mercredi, des milliers d'habitants ont fui.", "morvane", true),
            // the clause after "y" in the same sentence
            ("Lundi, les miliciens ont attaqué Morvane.\n\nMardi, une vingtaine de villageois y ont été tués, et des milliers d'habitants ont été jetés sur les routes.", "morvane", true),
            // a camp is a place "y" points back to
            ("Lundi, les miliciens ont attaqué le camp de Vell.\n\nMardi, une vingtaine de villageois y ont été tués. Mercredi, des milliers d'habitants ont fui.", "vell", true),
            // near miss: a country is not
            ("Lundi, les miliciens sont entrés en Kestrie.\n\nMardi, une vingtaine de villageois y ont été tués. Mercredi, des milliers d'habitants ont fui.", "kestrie", false),
        ];
        for (body, place, there) in cases {
            let got = places_in(body);
            let fled = got.iter().any(|(k, p)| *k == EventType::Humanitarian && p.as_deref() == Some(place));
            assert_eq!(fled, there, "{body}: {got:?}");
        }
    }

    /// In each (body, kind, place, expected) case, whether an event of the untitled body
    /// (with the invented camp and regions) of that kind (any kind: `None`) is at
    /// `place`.
    fn assert_somewhere(cases: &[(&str, Option<EventType>, &str, bool)]) {
        let wrong: Vec<String> = cases
            .iter()
            .filter_map(|(body, kind, place, there)| {
                let got = places_titled_with("Kestrie", body, VELL);
                let of_kind = |k: &EventType| kind.is_none_or(|kind| kind == *k);
                let at = got.iter().any(|(k, p)| of_kind(k) && p.as_deref() == Some(*place));
                (at != *there).then(|| format!("{body}: {got:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_judge_or_a_prosecutor_of_a_capital_acts_in_it() {
        assert_somewhere(&[
            // fires: the court's people and the town hall of a capital
            ("Jeudi, un juge de Dorvik a placé en détention trois opposants.", None, "dorvik", true),
            ("Le parquet de Dorvik a inculpé mardi deux journalistes pour espionnage.", None, "dorvik", true),
            (
                "Mardi, le procureur de Dorvik a requis dix ans de prison contre l'ancien ministre.",
                None,
                "dorvik",
                true,
            ),
            (
                "Samedi, la mairie de Dorvik a ouvert un centre d'accueil pour les déplacés.",
                None,
                "dorvik",
                true,
            ),
            // near misses: a person from the capital, the capital as a government
            ("Jeudi, un juge a placé en détention trois opposants venus de Dorvik.", None, "dorvik", false),
            (
                "Jeudi, un juge a placé en détention trois opposants, ce que Dorvik a dénoncé.",
                None,
                "dorvik",
                false,
            ),
        ]);
    }

    #[test]
    fn a_town_called_by_its_kind_and_its_region_is_the_town_named_before() {
        let before = "Des centaines de familles sont arrivées à Brellan lundi.\n\n";
        let fighting = Some(EventType::Fighting);
        assert_somewhere(&[
            // fires: the region with its article after the noun of a town
            (&format!("{before}Mardi, la ville de la Haute-Sarne a de nouveau été bombardée."), fighting, "brellan", true),
            (&format!("{before}Mardi, des combats ont éclaté dans les faubourgs de la localité de la Haute-Sarne."), fighting, "brellan", true),
            ("Lundi, des centaines de familles sont arrivées à Dorvik.\n\nMardi, des obus sont tombés sur la capitale de la Kestrie.", fighting, "dorvik", true),
            // near misses: the town's own name after the noun; a town that does not lie in
            // the region named
            (&format!("{before}Mardi, la ville de Morvane a de nouveau été bombardée."), fighting, "brellan", false),
            ("Lundi, des centaines de familles sont arrivées à Dorvik.\n\nMardi, la ville de la Haute-Sarne a de nouveau été bombardée.", fighting, "dorvik", false),
        ]);
    }

    #[test]
    fn a_capital_people_travel_to_or_from_is_the_capital_named_next() {
        let fighting = Some(EventType::Fighting);
        assert_somewhere(&[
            // fires: the capital as the object of a verb of going or leaving
            ("Des milliers de familles ont marché toute la nuit pour rejoindre Dorvik.\n\nMardi, des frappes ont touché la banlieue de la capitale.", fighting, "dorvik", true),
            ("Les évacués ont gagné Dorvik lundi. Mardi, des obus sont tombés près du palais de la capitale.", fighting, "dorvik", true),
            ("Le convoi a quitté Dorvik à l'aube. Le soir, des tirs ont éclaté dans la capitale.", fighting, "dorvik", true),
            // near miss: the capital as the government that speaks
            ("Lundi, Dorvik a condamné l'attaque. Mardi, des frappes ont touché la banlieue de la capitale.", fighting, "dorvik", false),
        ]);
    }

    #[test]
    fn a_capital_things_are_handed_over_to_is_no_scene() {
        let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
        assert_at(
            EventType::Protest,
            "dorvik",
            &[
                // fires (no scene): the capital receives what is given back or handed over
                ("Kestrie : 40 prisonniers rendus à Dorvik", body, false),
                ("Kestrie : trois villages rétrocédés à Dorvik malgré la colère", body, false),
                ("Kestrie : l'opposant extradé à Dorvik", body, false),
                // near misses: going to the capital, a fact set in it
                ("Kestrie : le président s'est rendu à Dorvik", body, true),
                ("Kestrie : des milliers de manifestants à Dorvik", body, true),
            ],
        );
        let released = |body: &str| {
            places_titled("Kestrie", body)
                .into_iter()
                .find(|(k, _)| *k == EventType::Humanitarian)
                .and_then(|(_, p)| p)
        };
        // fires: in the body, the dative of a handover is no place either
        assert_eq!(released("Mardi, les rebelles ont remis à Dorvik douze otages libérés."), None);
        // near miss: the handover happens in the town named after "à" without a verb of giving
        assert_eq!(
            released("Mardi, douze otages ont été libérés à Brellan par les rebelles.").as_deref(),
            Some("brellan")
        );
    }

    #[test]
    fn an_answer_happens_where_the_question_asks_about() {
        let aid = Some(EventType::Humanitarian);
        assert_somewhere(&[
            // fires: an interviewer's question names the place, the answer does not
            ("Quelle est la situation à Brellan ?\n\nHier, nous avons distribué 900 repas chauds aux familles.", aid, "brellan", true),
            ("Comment se passe l'accueil des déplacés à Morvane ?\n\nLundi, trois cents familles sont arrivées en bus.", aid, "morvane", true),
            ("Et dans le camp de Vell, que voyez-vous ?\n\nCette nuit, des dizaines de familles ont été évacuées.", aid, "vell", true),
            // near misses: a statement, not a question, in the paragraph before; a
            // question with another answer between
            ("La situation reste tendue à Brellan.\n\nHier, nous avons distribué 900 repas chauds aux familles.", aid, "brellan", false),
            ("Quelle est la situation à Brellan ?\n\nC'est très dur, les familles arrivent épuisées et sans rien.\n\nHier, nous avons distribué 900 repas chauds aux familles.", aid, "brellan", false),
        ]);
    }

    #[test]
    fn a_town_stays_in_focus_while_no_other_place_is_named() {
        assert_somewhere(&[
            // fires: "la ville", "cette localité", "la capitale" three sentences and a
            // paragraph after the town, nothing named between
            (
                "Dans la nuit, les rebelles entrent dans Brellan. Des soldats se rendent aux casques bleus ghanéens. Le chef de l'armée reconnaît la défaite.\n\nLe bilan est lourd. Lundi, l'ONU fait état de 300 morts dans la ville.",
                Some(EventType::Casualties),
                "brellan",
                true,
            ),
            (
                "Mardi, les miliciens ont attaqué Morvane. Des centaines d'habitants fuient à pied. Les routes sont coupées.\n\nMercredi, deux civils ont été tués dans cette localité.",
                Some(EventType::Casualties),
                "morvane",
                true,
            ),
            (
                "Jeudi, des blindés ont été vus à Dorvik. Les écoles ont fermé. Les marchés restent vides.\n\nVendredi, des tirs nourris ont éclaté dans la capitale.",
                Some(EventType::Fighting),
                "dorvik",
                true,
            ),
            // near misses: a place named since; the reference two paragraphs on
            (
                "Dans la nuit, les rebelles entrent dans Brellan. Des soldats se rendent aux casques bleus ghanéens. Les combats s'étendent au Val-Noir.\n\nLe bilan est lourd. Lundi, l'ONU fait état de 300 morts dans la ville.",
                Some(EventType::Casualties),
                "brellan",
                false,
            ),
            (
                "Dans la nuit, les rebelles entrent dans Brellan. Des soldats se rendent aux casques bleus ghanéens. Le chef de l'armée reconnaît la défaite.\n\nLe bilan est lourd.\n\nLundi, l'ONU fait état de 300 morts dans la ville.",
                Some(EventType::Casualties),
                "brellan",
                false,
            ),
        ]);
    }

    #[test]
    fn people_act_where_they_arrive_not_where_they_come_from() {
        assert_somewhere(&[
            // fires: a participle of coming before "de" names where they come from
            ("Lundi, des réfugiés venus de Brellan ont été accueillis dans un gymnase de Morvane.", None, "morvane", true),
            ("Mardi, des déplacés originaires de Brellan ont reçu des couvertures dans une salle de Morvane.", None, "morvane", true),
            ("Mercredi, des réfugiés en provenance de Brellan ont été accueillis dans une école de Morvane.", None, "morvane", true),
            // near misses: the town people leave is where their flight starts; a part of a
            // town is in it
            ("Jeudi, des centaines de familles ont quitté Brellan pour rejoindre Morvane.", None, "brellan", true),
            ("Vendredi, l'artillerie a pilonné une partie de Brellan, selon des habitants.", None, "brellan", true),
        ]);
    }

    #[test]
    fn talks_happen_where_they_sit_not_where_they_are_about() {
        let talks = Some(EventType::Talks);
        assert_somewhere(&[
            // fires: the place of a topic noun ("la situation à", "l'avenir de") is what the
            // talks are about
            ("Une réunion sur la situation à Brellan s'est tenue lundi à Dorvik.", talks, "dorvik", true),
            (
                "Une rencontre sur le statut de la Haute-Sarne a eu lieu mardi à Morvane.",
                talks,
                "morvane",
                true,
            ),
            (
                "Des pourparlers sur l'avenir de Brellan se sont ouverts mercredi à Dorvik.",
                talks,
                "dorvik",
                true,
            ),
            (
                "Des discussions sur la situation à Morvane ont repris vendredi à Brellan.",
                talks,
                "brellan",
                true,
            ),
            // near misses: a meeting with no topic place; a fight is where its place is
            ("Une réunion des maires de la Haute-Sarne s'est tenue lundi à Brellan.", talks, "brellan", true),
            (
                "Vendredi, la situation à Brellan s'est dégradée : des tirs ont visé le marché.",
                None,
                "brellan",
                true,
            ),
        ]);
    }

    #[test]
    fn a_dispatch_s_town_gives_way_to_a_town_the_report_names() {
        assert_somewhere(&[
            // must fire: the front a force advances toward, after another town's dateline
            (
                "BRELLAN, 6 mars (AFP) - Les rebelles ont poursuivi mercredi leur avancée vers Morvane.",
                Some(EventType::Fighting),
                "morvane",
                true,
            ),
            (
                "BRELLAN (Kestrie), 6 mars (AFP) - Les soldats progressaient mercredi en direction de Morvane sous les obus.",
                Some(EventType::Fighting),
                "morvane",
                true,
            ),
            (
                "MORVANE, 6 mars (Reuters) - Les rebelles ont lancé mardi une offensive vers Brellan.",
                Some(EventType::Fighting),
                "brellan",
                true,
            ),
            // near misses: no other town named, the dispatch's town stays; a town that
            // opens a sentence with no date after it is no dateline
            ("BRELLAN, 6 mars (AFP) - Des obus sont tombés mercredi sur le marché.", None, "brellan", true),
            (
                "Brellan, ville de garnison, a été bombardée mercredi par des avions venus de Morvane.",
                None,
                "brellan",
                true,
            ),
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed story's gazetteer, with the places of the TOML text `extra` added, and its
    /// actors.
    fn seed_story(extra: &str) -> (Gazetteer, crate::lexicon::Lexicon) {
        let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        let mut d = Vec::new();
        let places = std::fs::read_to_string(root.join("places.toml")).expect("places") + extra;
        let g = Gazetteer::parse(&root.join("places.toml"), &places, &mut d);
        (g, crate::lexicon::Lexicon::load(&root.join("actors.toml"), &mut d))
    }

    /// An invented one-paragraph article published on 2024-03-07.
    fn article_of(body: &str) -> crate::article::Article {
        let text = format!(
            "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut Vec::new()).expect("parses")
    }

    /// The kind, place id and actor ids of each event of an invented article, with the places
    /// of `extra` added to the story's.
    fn events_with(body: &str, extra: &str) -> Vec<(EventType, Option<String>, Vec<String>)> {
        let (g, l) = seed_story(extra);
        let events = crate::process_articles(&[article_of(body)], &g, &l, None).0.events;
        events
            .into_iter()
            .map(|e| (e.kind, e.place.map(|p| p.id), e.actors.into_iter().map(|a| a.id).collect()))
            .collect()
    }

    /// The kind, place id and actor ids of each event of an invented one-paragraph article.
    fn events_of(body: &str) -> Vec<(EventType, Option<String>, Vec<String>)> {
        events_with(body, "")
    }

    /// The kind and place id of each event of an invented one-paragraph article.
    fn kinds_and_places(body: &str) -> Vec<(EventType, Option<String>)> {
        kinds_and_places_with(body, "")
    }

    /// The same, with the places of the TOML text `extra` added to the story's.
    fn kinds_and_places_with(body: &str, extra: &str) -> Vec<(EventType, Option<String>)> {
        events_with(body, extra).into_iter().map(|(k, p, _)| (k, p)).collect()
    }

    /// Each sentence's event of the given kind is at the given place (or at none).
    fn assert_places(cases: &[(&str, EventType, Option<&str>)]) {
        for (body, kind, place) in cases {
            let got = kinds_and_places(body);
            let ev = got.iter().find(|(k, _)| k == kind).unwrap_or_else(|| panic!("{body}: {got:?}"));
            assert_eq!(ev.1.as_deref(), *place, "{body}: {got:?}");
        }
    }

    #[test]
    fn a_meeting_or_a_signature_takes_place_in_a_capital() {
        // (sentence, kind of its event, expected place)
        let cases: &[(&str, EventType, Option<&str>)] = &[
            // fires: "à Erevan" is where the signature happened, though "Erevan" also
            // names the Armenian government
            (
                "Mardi, les deux ministres ont signé à Erevan un accord de coopération militaire.",
                EventType::Political,
                Some("yerevan"),
            ),
            // near miss: "à Erevan" after the report's speaker is where it spoke
            (
                "Mardi, les deux ministres se sont entretenus par téléphone, a indiqué le ministère à Erevan.",
                EventType::Diplomacy,
                None,
            ),
            // near miss: "à Erevan de …" is the one asked, a dative
            (
                "Mardi, Moscou a proposé à Erevan de signer un accord de coopération militaire.",
                EventType::Political,
                None,
            ),
            // fires: of a town and a capital, the one nearer the signature is its place,
            // however small the other
            (
                "Arrivés mardi depuis Goris, les deux ministres ont signé à Erevan un accord de coopération militaire.",
                EventType::Political,
                Some("yerevan"),
            ),
            // fires: a truce signed somewhere is signed there too
            (
                "Mardi, les chefs des deux armées ont signé à Erevan un cessez-le-feu durable.",
                EventType::Ceasefire,
                Some("yerevan"),
            ),
            // near miss: where the truce was announced, after its speaker
            (
                "Mardi, les deux armées ont conclu un cessez-le-feu durable, a annoncé le ministère à Erevan.",
                EventType::Ceasefire,
                None,
            ),
            // near miss: a town still wins over a region, even one nearer the signature
            (
                "Mardi, les deux ministres réunis à Goris ont signé dans le Syunik un accord de coopération militaire.",
                EventType::Talks,
                Some("goris"),
            ),
        ];
        assert_places(cases);
    }

    #[test]
    fn a_capital_where_the_event_happens_is_no_actor() {
        // (sentence, whether Baku, also a name of the Azerbaijani government, stays an actor)
        let cases: &[(&str, bool)] = &[
            // fires: the capital after "à" or "dans" in an event that happens there, or set apart
            ("Mardi, des obus sont tombés à Bakou sur un quartier résidentiel.", false),
            ("Mardi, les soldats arméniens sont entrés dans Bakou sans combattre.", false),
            ("Mardi, à Bakou, des milliers de manifestants ont défilé contre la vie chère.", false),
            // near misses: the capital as a subject; as a dative; framing the speaker
            ("Mardi, Bakou a dénoncé des tirs arméniens sur ses positions.", true),
            ("Mardi, Moscou a proposé à Bakou de signer un cessez-le-feu.", true),
            ("Mardi, à Bakou, la présidence a confirmé le décès de deux soldats.", true),
        ];
        for (body, actor) in cases {
            let got = events_of(body);
            assert!(!got.is_empty(), "{body}: no event");
            let has = got.iter().any(|e| e.2.iter().any(|a| a == "azerbaijan"));
            assert_eq!(has, *actor, "{body}: {got:?}");
        }
    }

    #[test]
    fn a_place_in_a_relative_clause_after_the_event_is_not_its_place() {
        // (sentence, kind of its event, expected place)
        let cases: &[(&str, EventType, Option<&str>)] = &[
            // fires: the capital belongs to the relative clause's verb
            (
                "Jeudi, les troupes azerbaïdjanaises ont déclenché une attaque dans le Haut-Karabakh, une région qui échappait à Bakou.",
                EventType::Fighting,
                Some("haut_karabakh"),
            ),
            // near miss: the only place named, in the relative clause, still places it
            (
                "Mardi, des obus ont touché des maisons qui se trouvent à Goris.",
                EventType::Fighting,
                Some("goris"),
            ),
        ];
        assert_places(cases);
    }

    #[test]
    fn a_building_after_a_locative_word_is_the_place() {
        // a building whose name is also an actor alias of the story ("Maison-Blanche")
        const HOUSE: &str = "\n[[place]]\nid = \"white_house\"\nkind = \"institution\"\n\
            name_en = \"White House\"\nname_fr = \"Maison-Blanche\"\nparent = \"washington\"\n\
            lat = 38.9\nlon = -77.0\n";
        // (article body, whether an event takes place at the building)
        let cases: &[(&str, bool)] = &[
            // fires: "à la Maison-Blanche" says where, though it also names the US
            ("Jeudi, à la Maison-Blanche, les deux ministres ont signé un accord de coopération militaire.", true),
            ("Jeudi, les délégués des deux pays se sont réunis à la Maison-Blanche pour des pourparlers.", true),
            // near miss: the building as the subject is the government that acts
            ("Jeudi, la Maison-Blanche a signé un accord de coopération militaire avec Erevan.", false),
        ];
        for (body, there) in cases {
            let got = kinds_and_places_with(body, HOUSE);
            let at = got.iter().any(|(_, p)| p.as_deref() == Some("white_house"));
            assert_eq!(at, *there, "{body}: {got:?}");
        }
    }

    #[test]
    fn a_part_of_a_town_locates_the_event_though_the_town_is_an_actor() {
        // (article body, whether the event takes place in Erevan, also a name of Armenia)
        let cases: &[(&str, bool)] = &[
            // fires: the streets or the heart of the capital
            (
                "Mardi, des milliers de protestataires se sont rassemblés au cœur d'Erevan sous la pluie.",
                true,
            ),
            ("Mardi, des tirs ont blessé trois passants dans plusieurs quartiers d'Erevan.", true),
            // near misses: the capital as the government a protest targets; a destination
            ("Mardi, des milliers de manifestants ont défilé contre la politique d'Erevan.", false),
            ("Mardi, un blessé grave a été évacué vers un hôpital d'Erevan.", false),
        ];
        for (body, there) in cases {
            let got = kinds_and_places(body);
            let at = got.iter().any(|(_, p)| p.as_deref() == Some("yerevan"));
            assert_eq!(at, *there, "{body}: {got:?}");
        }
    }

    #[test]
    fn the_town_a_clause_points_back_to() {
        // (article body, kind of the event, its expected place, or the place it must not take)
        let cases: &[(&str, EventType, Result<&str, &str>)] = &[
            // fires: "la ville" is the town named two sentences before, in its paragraph
            (
                "Goris accueille depuis lundi des milliers de familles. Les écoles restent fermées. \
                 Mercredi, un entrepôt de la ville a été bombardé par des drones.",
                EventType::Fighting,
                Ok("goris"),
            ),
            // fires: "la capitale" is the capital last named
            (
                "À Erevan, on attend des renforts depuis lundi. Mercredi, une caserne de la capitale a été \
                 bombardée par des drones.",
                EventType::Fighting,
                Ok("yerevan"),
            ),
            // fires: the clitic "y" before a compound verb points back to the town named
            (
                "Goris accueille depuis lundi des milliers de familles. Mercredi, des drones y ont \
                 bombardé un entrepôt.",
                EventType::Fighting,
                Ok("goris"),
            ),
            // near miss: the impersonal "il y a" points to no town
            (
                "Goris accueille depuis lundi des milliers de familles. Mercredi, il y a eu des tirs \
                 dans le Syunik.",
                EventType::Fighting,
                Err("goris"),
            ),
            // near miss: "la ville de X" names its own town, even one the gazetteer lacks
            (
                "Goris accueille depuis lundi des milliers de familles. Mercredi, un entrepôt de la \
                 ville de Zarbenk a été bombardé par des drones.",
                EventType::Fighting,
                Err("goris"),
            ),
            // near miss: "la ville voisine" is another town
            (
                "Goris accueille depuis lundi des milliers de familles. Mercredi, un entrepôt de la \
                 ville voisine a été bombardé par des drones.",
                EventType::Fighting,
                Err("goris"),
            ),
            // near miss: a town named paragraphs and sentences away is no antecedent
            (
                "Goris accueille depuis lundi des milliers de familles.\n\nLes écoles restent fermées. \
                 Les routes sont coupées. Les vivres manquent.\n\nMercredi, un entrepôt de la ville \
                 a été bombardé par des drones.",
                EventType::Fighting,
                Err("goris"),
            ),
        ];
        for (body, kind, place) in cases {
            let got = kinds_and_places(body);
            let ev = got.iter().find(|(k, _)| k == kind).unwrap_or_else(|| panic!("{body}: {got:?}"));
            match place {
                Ok(p) => assert_eq!(ev.1.as_deref(), Some(*p), "{body}: {got:?}"),
                Err(p) => assert_ne!(ev.1.as_deref(), Some(*p), "{body}: {got:?}"),
            }
        }
    }

    /// Whether some event of the invented article `body` takes place at `place`.
    fn takes_place_at(body: &str, place: &str) -> bool {
        kinds_and_places(body).iter().any(|(_, p)| p.as_deref() == Some(place))
    }

    #[test]
    fn a_court_or_a_prison_of_a_capital_is_in_it() {
        // fires: a court of the capital, though the capital also names the government
        let body = "Jeudi, un tribunal de Bakou a condamné un ancien ministre à dix ans de prison.";
        assert!(takes_place_at(body, "baku"), "{:?}", kinds_and_places(body));
        // near miss: a person close to the capital is no building in it
        let body = "Jeudi, un proche de Bakou a condamné un ancien ministre à dix ans de prison.";
        assert!(!takes_place_at(body, "baku"), "{:?}", kinds_and_places(body));
    }

    #[test]
    fn a_capital_that_hosts_is_where_it_happens() {
        // fires: the capital hosts the meeting, in any tense
        for body in [
            "Mardi, Bakou accueille un sommet régional sur le déminage du Karabakh.",
            "Mardi, Bakou a accueilli un sommet régional sur le déminage du Karabakh.",
        ] {
            assert!(takes_place_at(body, "baku"), "{body}: {:?}", kinds_and_places(body));
        }
        // near miss: the capital as a party that criticises the meeting
        let body = "Mardi, Bakou a critiqué un sommet régional sur le déminage du Karabakh.";
        assert!(!takes_place_at(body, "baku"), "{:?}", kinds_and_places(body));
    }

    #[test]
    fn an_event_without_a_place_happens_where_its_paragraph_set_the_scene() {
        // fires: a signature told right after the delegates arrived in a town
        let body = "Lundi, les délégations des deux pays sont arrivées à Goris. Le lendemain, elles \
                    ont signé un accord sur les frontières.";
        let got = kinds_and_places(body);
        assert!(
            got.iter().any(|(k, p)| *k == EventType::Political && p.as_deref() == Some("goris")),
            "{got:?}"
        );
        // near miss: the signature is told in another paragraph
        let body = "Lundi, les délégations des deux pays sont arrivées à Goris.\n\nLe lendemain, elles \
                    ont signé un accord sur les frontières.";
        let got = kinds_and_places(body);
        assert!(got.iter().any(|(k, p)| *k == EventType::Political && p.is_none()), "{got:?}");
    }

    #[test]
    fn a_town_a_distance_is_measured_from_is_not_the_one_in_focus() {
        // fires: "la localité" is the village where it happened, not the town it is measured from
        let body = "Lundi, des obus sont tombés à Sotk, à vingt kilomètres de Vardenis. Mardi, des \
                    tirs ont encore visé les abords de la localité.";
        let got = kinds_and_places(body);
        assert!(
            got.iter().filter(|(k, _)| *k == EventType::Fighting).all(|(_, p)| p.as_deref() == Some("sotk")),
            "{got:?}"
        );
        // near miss: named as a place of its own, the second town is the one in focus
        let body = "Lundi, des obus sont tombés à Sotk, puis à Vardenis. Mardi, des tirs ont encore \
                    visé les abords de la localité.";
        assert!(takes_place_at(body, "vardenis"), "{:?}", kinds_and_places(body));
    }

    #[test]
    fn the_capital_of_a_country_named_by_its_adjective() {
        // fires: "la capitale russe" is Moscow
        let body =
            "Mardi, dans la capitale russe, les deux ministres ont signé un accord de coopération militaire.";
        assert!(takes_place_at(body, "moscow"), "{:?}", kinds_and_places(body));
        // near miss: the clause names its town itself
        let body = "Vendredi, les deux ministres se sont réunis à Munich, loin de la capitale russe, pour des pourparlers.";
        let got = kinds_and_places(body);
        assert!(takes_place_at(body, "munich") && !takes_place_at(body, "moscow"), "{got:?}");
    }

    #[test]
    fn the_clitic_y_of_hearsay_points_back_to_the_town() {
        // fires: a conditional auxiliary after "y"
        let body = "Lundi, des drones ont frappé Goris. Trois civils y auraient été tués, selon la mairie.";
        let got = kinds_and_places(body);
        assert!(
            got.iter().any(|(k, p)| *k == EventType::Casualties && p.as_deref() == Some("goris")),
            "{got:?}"
        );
        // near miss: the impersonal "il y aurait" points to no town
        let body =
            "Lundi, des drones ont frappé Goris. Il y aurait eu trois morts dans le Syunik, selon la mairie.";
        let got = kinds_and_places(body);
        assert!(
            !got.iter().any(|(k, p)| *k == EventType::Casualties && p.as_deref() == Some("goris")),
            "{got:?}"
        );
    }

    #[test]
    fn a_destination_is_not_where_a_flight_happens() {
        // fires: the flight is from the town its people leave, not the capital they head for
        let body = "Lundi, des milliers d'habitants de Goris ont fui vers Sotk.";
        assert!(
            takes_place_at(body, "goris") && !takes_place_at(body, "sotk"),
            "{:?}",
            kinds_and_places(body)
        );
        // fires: each town of a list of destinations is one
        let body = "Lundi, des milliers d'habitants de Goris ont fui vers Sotk, Vardenis ou Erevan.";
        assert!(takes_place_at(body, "goris"), "{:?}", kinds_and_places(body));
        // near miss: a destination alone still places the flight
        let body = "Lundi, des milliers d'habitants ont fui vers Goris.";
        assert!(takes_place_at(body, "goris"), "{:?}", kinds_and_places(body));
    }

    #[test]
    fn a_town_a_bearing_is_taken_from_is_not_the_place() {
        // fires: "à l'est de Vardenis" says where Sotk lies
        let body = "Mardi, des obus sont tombés du côté de Sotk, à l'est de Vardenis.";
        assert!(
            takes_place_at(body, "sotk") && !takes_place_at(body, "vardenis"),
            "{:?}",
            kinds_and_places(body)
        );
        // near miss: "dans l'est de" is inside the town
        let body = "Mardi, des obus sont tombés dans l'est de Vardenis.";
        assert!(takes_place_at(body, "vardenis"), "{:?}", kinds_and_places(body));
    }

    #[test]
    fn the_capital_of_a_dateline_is_no_party() {
        let has_russia = |body: &str| events_of(body).iter().any(|e| e.2.iter().any(|a| a == "russia"));
        // fires: the dateline's capital is where the dispatch was written
        let body = "MOSCOU, 7 mars (AFP) - Des obus sont tombés mardi sur Goris, selon les secours.";
        assert!(!has_russia(body), "{:?}", events_of(body));
        // near miss: the capital as the sentence's speaker is a party
        let body = "Des obus sont tombés mardi sur Goris, a indiqué Moscou.";
        assert!(has_russia(body), "{:?}", events_of(body));
    }

    /// The candidates of an invented one-paragraph article published on 2024-03-07: their
    /// kind, day and quote.
    fn candidates_of(body: &str) -> Vec<(EventType, String, String)> {
        let (g, l) = seed_story("");
        let out = extract(&article_of(body), &Context::new(&g, &l));
        out.candidates.into_iter().map(|c| (c.kind, c.date.start.to_string(), c.quote)).collect()
    }

    #[test]
    fn a_date_belongs_to_its_own_clause() {
        // (sentence, a phrase of the quote, the day of its event)
        let cases: &[(&str, &str, &str)] = &[
            // fires: the fact before ";" keeps the date that opens its clause, though the
            // date that opens the next clause stands nearer to its frame
            (
                "Le 4 mars, à l'aube, après une nuit de tirs sporadiques, l'armée azerbaïdjanaise a \
                 bombardé Goris ; le lendemain, rien n'avait changé.",
                "a bombardé Goris",
                "2024-03-04",
            ),
            // near miss: a frame after the ";" takes the date of its own clause
            (
                "Le 4 mars, à l'aube, après une nuit de tirs sporadiques, l'armée azerbaïdjanaise a \
                 bombardé Goris ; le lendemain, elle a pilonné Tegh.",
                "elle a pilonné Tegh",
                "2024-03-05",
            ),
        ];
        for (body, phrase, date) in cases {
            let got = candidates_of(body);
            let c = got.iter().find(|c| c.2.contains(phrase)).unwrap_or_else(|| panic!("{body}: {got:?}"));
            assert_eq!(c.1, *date, "{body}: {got:?}");
        }
    }

    #[test]
    fn a_dated_sequel_is_a_fact_of_its_own() {
        // (sentence, the kind and day of each candidate)
        let cases: &[(&str, &[(EventType, &str)])] = &[
            // fires: a clause after ";" opens with its own date and names no frame: the next
            // step of the fact before it, on its own day
            (
                "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris ; deux jours plus tard, ses \
                 soldats s'installent dans Tegh.",
                &[(EventType::Fighting, "2024-03-02"), (EventType::Fighting, "2024-03-04")],
            ),
            // fires: a statement after "puis" with a date of its own tells a second fact
            (
                "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris, puis a déclaré quatre jours plus \
                 tard vouloir négocier.",
                &[(EventType::Fighting, "2024-03-02"), (EventType::Statement, "2024-03-06")],
            ),
            // fires: a first clause without a party of its own shares the sentence's, so a
            // meeting told before the sequel still has its parties
            (
                "Le 2 mars, les deux capitales ont publié une déclaration commune ; deux jours plus \
                 tard, les soldats arméniens rentrent à Goris.",
                &[(EventType::Talks, "2024-03-02"), (EventType::Talks, "2024-03-04")],
            ),
            // near miss: with no party named anywhere, talks are nobody's
            (
                "Le 2 mars, les deux capitales ont publié une déclaration commune ; deux jours plus \
                 tard, les prisonniers rentrent chez eux.",
                &[],
            ),
            // near miss: without a date of its own the coordinated clause is more of the fact
            (
                "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris ; ses soldats s'installent dans Tegh.",
                &[(EventType::Fighting, "2024-03-02")],
            ),
            // near miss: a reporting verb without a date of its own is part of the fact
            (
                "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris, puis a déclaré vouloir négocier.",
                &[(EventType::Fighting, "2024-03-02")],
            ),
            // near miss: a dated clause that tells what goes on ("encore") is no new fact
            (
                "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris ; le surlendemain, elle y est encore.",
                &[(EventType::Fighting, "2024-03-02")],
            ),
        ];
        for (body, expected) in cases {
            let got: Vec<(EventType, String)> = candidates_of(body).into_iter().map(|c| (c.0, c.1)).collect();
            let expected: Vec<(EventType, String)> =
                expected.iter().map(|(k, d)| (*k, d.to_string())).collect();
            assert_eq!(got, expected, "{body}");
        }
    }

    #[test]
    fn a_state_is_dated_by_its_onset() {
        // (sentence, a phrase of the quote, the day its event must have or must not have)
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            // fires: a state told with its onset alone began that day
            ("Depuis lundi, des habitants de Tegh bloquent la route de Goris.", "bloquent", Ok("2024-03-04")),
            // fires: in a reported clause too, the onset dates the fact, not the report
            (
                "L'ONU a indiqué mercredi que plus de 10 000 personnes avaient fui Goris depuis lundi.",
                "avaient fui",
                Ok("2024-03-04"),
            ),
            // near miss: a year is the background of the state, the fact is told now
            ("Des habitants de Tegh bloquent la route de Goris depuis 2021.", "bloquent", Ok("2024-03-07")),
            // near miss: a thing named as ongoing since a day is not what the clause tells
            ("La trêve en cours depuis lundi est respectée autour de Goris.", "respect", Err("2024-03-04")),
            // near miss: a speaker's words are not dated by the state they describe
            (
                "Erevan assure qu'aucun de ses soldats n'est resté près de Goris depuis lundi.",
                "assure",
                Err("2024-03-04"),
            ),
        ];
        for (body, phrase, date) in cases {
            let got = candidates_of(body);
            let c = got.iter().find(|c| c.2.contains(phrase)).unwrap_or_else(|| panic!("{body}: {got:?}"));
            match date {
                Ok(d) => assert_eq!(c.1, *d, "{body}: {got:?}"),
                Err(d) => assert_ne!(c.1, *d, "{body}: {got:?}"),
            }
        }
    }

    #[test]
    fn occurrences_are_those_of_match_indices() {
        let seps = [
            " puis ",
            "; ",
            " et puis ",
            ", et ",
            " tandis qu'",
            " qui ",
            ", ou ",
            " dont ",
            " pendant que ",
            " alors qu'",
            // a separator whose word is not noted with the sentence: the words are read
            " mais ",
        ];
        for t in [
            "ils ont tire puis ils sont partis; et puis, et rien",
            "qui part, ou reste, dont acte, mais alors qu'il pleut pendant que tout qui ou",
            "et et et, et ou, ou ou pendant que pendant qu'elle mais mais",
            // one separator's matches never overlap: the second " puis " is not one
            "x puis puis y",
            ", et , et ; ;  puis , tandis qu'il",
            // a mark doubled, glued to a word, at the end, or after a char of several bytes
            ";; ;  ;x; puis; et; ",
            "déjà; tandis qu'à \"; \";",
            // near misses: the word glued to another, or without its spaces
            "depuis puisque et,puis tandis",
            // a separator's word after a multi-byte character: its lead would start inside
            // the character ("²" is two bytes)
            "1 200 km² et des villages, km² puis, ²; ",
            "",
        ] {
            let mut expected: Vec<usize> =
                seps.iter().flat_map(|sep| t.match_indices(sep).map(|(i, _)| i)).collect();
            let (words, folded) = (crate::fold::words(t), Folded::new(t));
            let s = Sentence {
                index: 0,
                start: 0,
                text: t,
                f: folded.view(0, t.len()),
                t,
                separators: SeparatorWords::of(t, &words),
                words,
                places: &[],
                actors: Vec::new(),
                tenses: Cow::Owned(TenseMap::new(t, t)),
                para: 0,
                line: 1,
            };
            let mut found = occurrences(&s, &seps);
            expected.sort_unstable();
            found.sort_unstable();
            assert_eq!(found, expected, "{t:?}");
        }
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    /// The kind and first day of each event of an invented one-paragraph article of the
    /// seed story, published on Thursday 2024-03-07.
    fn dates_of(body: &str) -> Vec<(EventType, String)> {
        let root = crate::manifest_dir().join("../../stories/armenia-azerbaijan");
        let mut d = Vec::new();
        let places = std::fs::read_to_string(root.join("places.toml")).expect("places");
        let g = Gazetteer::parse(&root.join("places.toml"), &places, &mut d);
        let l = crate::lexicon::Lexicon::load(&root.join("actors.toml"), &mut d);
        let text = format!(
            "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        let a = crate::article::parse(std::path::Path::new("a0.md"), "a0", &text, &mut d).expect("parses");
        let events = crate::process_articles(&[a], &g, &l, None).0.events;
        events.into_iter().map(|e| (e.kind, e.date.start)).collect()
    }

    #[test]
    fn a_participle_dates_the_event_noun_it_qualifies() {
        // acts: "l'offensive déclenchée le 4 février": the offensive is dated by its participle
        let got = dates_of(
            "Depuis l'offensive déclenchée le 4 février par les forces azerbaïdjanaises contre Stepanakert, des centaines de civils ont péri.",
        );
        assert!(got.iter().any(|(k, d)| *k == EventType::Fighting && d == "2024-02-04"), "{got:?}");
        // near miss: the participle qualifies a noun that tells no event; the main verb
        // keeps its own day
        let got = dates_of("Un soldat arménien blessé le 4 février a succombé mardi à l'hôpital de Goris.");
        assert!(got.iter().any(|(k, d)| *k == EventType::Casualties && d == "2024-03-05"), "{got:?}");
    }

    #[test]
    fn a_count_from_a_noun_beside_a_day_leaves_the_event_its_day() {
        // acts: "trois jours après l'attaque" is an apposition to the written 18 February,
        // and the verb, nearer to the count, still takes the written day
        let got = dates_of(
            "Le 18 février, trois jours après l'attaque contre Goris, le Premier ministre arménien a condamné les frappes azerbaïdjanaises.",
        );
        assert!(got.iter().any(|(_, d)| d == "2024-02-18"), "{got:?}");
        assert!(got.iter().all(|(_, d)| d != "2024-02-21"), "{got:?}");
        // near miss: a count with no noun after it counts from the story's day
        let got = dates_of(
            "Le 18 février, l'armée azerbaïdjanaise a bombardé Goris. Trois jours plus tard, le Premier ministre arménien a condamné les frappes.",
        );
        assert!(got.iter().any(|(_, d)| d == "2024-02-21"), "{got:?}");
    }
}
