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
//!
//! This file holds the walk over sentences (steps 1 and 5); each other step has its own
//! module: [`clauses`] (where a sentence tells two facts, which frames each clause carries),
//! [`dates`], [`kind`] (the event's type), [`place`] and [`actors`] (with the claimant and
//! toll in [`Arguments`]).
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

mod actors;
mod clauses;
mod dates;
mod kind;
mod place;
use actors::*;
use clauses::*;
use dates::*;
use kind::*;
use place::*;

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
        unknown_places(self.a, s.line, s.text, &s.f, &s.words, s.places, &s.actors, &mut out.diagnostics);
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
}

#[cfg(test)]
mod two_facts_tests;

#[cfg(test)]
mod kind_tests;

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

#[cfg(test)]
mod actor_tests;

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

#[cfg(test)]
mod argument_tests;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod date_tests;
#[cfg(test)]
mod test_story;
