//! Merging: one real-world event reported by several sentences or articles becomes one
//! event with several mentions.
//!
//! Two reports are the same event when they have the same type and trigger class (an
//! offensive is not a skirmish), compatible places (equal, nested, one unnamed, or one only
//! guessed from its article's region while another article names it, on the same day),
//! compatible actors (sharing one, or one side without actors), no differing tolls, and
//! their dates agree:
//! equal when both are written, within a day when one is only inherited or the
//! publication date. Campaign-like classes (offensives) span days, so their written
//! dates may differ by two days; across articles, a night and the day next to it may be
//! one event at one place both name ([`night_straddles`]). One article's own dating is trusted: two of its reports
//! with their parties dated on two days, or two sentences it dates anew in other words,
//! are two events ([`told_on_other_days`], [`redated`]). The merged event keeps the
//! best-attested date: written before inherited before publication, day before week,
//! a night before a day, then the earliest (of nights, the latest: a night is dated by
//! its morning).
//!
//! Two sources may word one event differently. Across articles, on one written day, some
//! classes of different families still tell one event ([`told_otherwise`]: an offensive
//! and the fighting that broke out, a shelling and the explosions heard, a toll and the
//! fighting at a place both name, aid and its blocking, a town taken and the hold on it);
//! an incident at one named
//! place is one event whoever its sources name; a strike told by one source with only
//! the civilians it hit, by another with who fought, at one named place, is one strike
//! ([`struck_and_striker`]); a statement may be told with fewer of its
//! signatories; and counts of an ongoing exodus given on days close together are one
//! process ([`counted_process`]); a strike on several places may be placed at another of
//! them by each source, when a sentence names the other's place ([`names_both`]); one act
//! may be placed at a town by one source and at a spot beside it by another
//! ([`one_locality`]); an offensive launched on one written day is one whichever side each
//! source names, when one of them names no attacker ([`one_offensive_launched`]); a truce
//! or aid may be told by one source with who acted, by another with whom it struck
//! ([`complementary`]). Each of these shows in `--explain`.
//!
//! Some reports stay apart whatever else agrees: a fact written over several days and a
//! fact of one day (fighting, and talks at one named place, excepted: [`span_and_point`]),
//! and, across articles, a report
//! with no written date, place or party of its own and an event pinned to a place and a
//! party ([`bare`]); across articles, two fights, tolls or incidents that neither places
//! itself and that name no party in common, a claimant counting as one
//! ([`unplaced_and_unshared`]).
//!
//! A cluster never holds two reports that their own article tells as two events: merging
//! is not transitive through a third source ([`not_told_apart`]), and a third source naming
//! two parties does not glue one party's act to the other's ([`other_parties_than_best`]).
//! A report that several
//! clusters would take goes to the nearest day, then to a cluster whose best report itself
//! agrees with its parties ([`fit`]); a report with nothing of its own joins another
//! article's event only on its own day ([`bare_on_another_day`]).
//!
//! Ids are short hashes of what the event is (type, start date, place, sorted actor ids),
//! taken from the merged event's best report;
//! never of positions; the ids the merged reports would have had alone are kept in
//! `aliases` so old links still resolve.
use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::candidate::{hash, hash_parts, Candidate, DateOrigin};
use crate::export::{ActorRef, Event, EventDate, EventType, Mention, Origin, PlaceRef, Precision};
use crate::frames::{Family, FrameClass};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;

struct Cluster {
    members: Vec<Candidate>,
    /// Index of the best-attested member (kept up to date by `push`).
    best: usize,
}

/// The best-attested report comes first: written before inherited before publication,
/// day before week, then the earliest day. A night is finer than a day, and one night told
/// by two sources is dated by its morning, as a night named by its two weekdays is
/// dated by the second: of two nights a day apart ([`night_straddles`]) the later gives the date.
fn rank(c: &Candidate) -> (DateOrigin, u8, i64, &str, usize) {
    let day = days_between(c.date.start, Date::constant(1900, 1, 1));
    let day = if c.date.fine == crate::time::Precision::Night { -day } else { day };
    (c.date_origin, precision_rank(c.date.precision), day, c.article.as_str(), c.pos)
}

impl Cluster {
    fn new(c: Candidate) -> Self {
        Cluster { members: vec![c], best: 0 }
    }

    fn push(&mut self, c: Candidate) {
        if rank(&c) < rank(&self.members[self.best]) {
            self.best = self.members.len();
        }
        self.members.push(c);
    }

    fn best(&self) -> &Candidate {
        &self.members[self.best]
    }
}

fn precision_rank(p: Precision) -> u8 {
    match p {
        Precision::Day => 0,
        Precision::Week => 1,
        Precision::Month => 2,
        Precision::Year => 3,
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    (a.since(b).map(|s| s.get_days() as i64).unwrap_or(i64::MAX / 2)).abs()
}

fn dates_agree(a: &Candidate, b: &Candidate, g: &Gazetteer) -> bool {
    // Asked only when the days differ: reading the quotes for figures is the costly part.
    let campaign = || a.class == FrameClass::Offensive || counted_process(a, b);
    let d = days_between(a.date.start, b.date.start);
    let both_written = a.date_origin == DateOrigin::Explicit && b.date_origin == DateOrigin::Explicit;
    if a.date.precision != Precision::Day || b.date.precision != Precision::Day {
        return periods_meet(a, b) || d <= 2 && campaign();
    }
    if d != 0 && told_on_other_days(a, b) {
        return false;
    }
    if redated(a, b) {
        return false;
    }
    if both_written {
        d == 0 || d <= 2 && campaign() || d == 1 && night_straddles(a, b, g) || battle_over_days(a, b)
    } else {
        d <= 1 || d <= 3 && campaign()
    }
}

/// Fighting that one source writes over a span of days ("le week-end dernier", "du 3 au 5")
/// and another on one day inside it is one battle told at two grains; within one article
/// the writer's days stand ([`redated`]). Talks are not: a week of talks and the text
/// signed on its last day are two facts.
fn battle_over_days(a: &Candidate, b: &Candidate) -> bool {
    a.article != b.article
        && a.kind == EventType::Fighting
        && b.kind == EventType::Fighting
        && periods_meet(a, b)
}

/// Do the two reports' periods share a day? A report dated to a month, a week or a span
/// of days may tell the event another source dates to one day inside it.
fn periods_meet(a: &Candidate, b: &Candidate) -> bool {
    let ((s1, e1), (s2, e2)) = (period(a), period(b));
    s1 <= e2 && s2 <= e1
}

/// A report dated only to a month (or a season, a year) is loose: many events of its kind
/// fall inside it (a week, or a part of a month, is close enough to tell one event). One
/// article that dates a report to a day and another only to its month tells two facts
/// ("fin juin, les rebelles prennent le col ; le samedi 29, ils entrent dans la ville").
/// Across articles, a whole month meets another report only when the two share something
/// of their own: a party, or the place both name (or one inside the other). Any report of
/// the cluster may vouch, as for parties ([`joins`]).
fn loosely_dated_apart(k: &Cluster, c: &Candidate, g: &Gazetteer) -> bool {
    let b = k.best();
    if b.article == c.article {
        let by_month = |c: &Candidate| matches!(c.date.precision, Precision::Month | Precision::Year);
        return by_month(b) != by_month(c);
    }
    (monthly(b) || monthly(c))
        && !k.members.iter().any(|m| m.article != c.article && share_own_detail(m, c, g))
}

/// Dated only to a whole month, a season or a year: a period longer than ten days ("mi-juin"
/// or a week is as close as a day or two).
fn monthly(c: &Candidate) -> bool {
    let (start, end) = period(c);
    matches!(c.date.precision, Precision::Month | Precision::Year) && days_between(start, end) > 10
}

/// The two reports name a common party (claimants and mediators aside), or places they
/// both name that are one, or one inside the other.
fn share_own_detail(a: &Candidate, b: &Candidate, g: &Gazetteer) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    let party = Actors(&a.actors, &[Claimant, Mediator]).meets(Actors(&b.actors, &[Claimant, Mediator]));
    party
        || match (a.place, b.place) {
            (Some(x), Some(y)) if named_place(a) && named_place(b) => {
                x == y || g.within(x, y) || g.within(y, x)
            }
            _ => false,
        }
}

/// The days a report's date covers. A part of a month is exported as its whole month, but
/// the writer said which part: "début juillet" is its first ten days, "mi-juillet" the
/// next ten, "fin juillet" the last ten or so (as the temporal module resolves them);
/// "fin avril" does not tell an event of the 3rd.
fn period(c: &Candidate) -> (Date, Date) {
    let (start, end) = (c.date.start, c.date.end.unwrap_or(c.date.start));
    if c.date.precision != Precision::Month || start.day() != 1 || end.month() != start.month() {
        return (start, end);
    }
    let part = c.expression.as_deref().map(month_part).unwrap_or(MonthPart::Whole);
    let day = |n: i8| start.with().day(n).build().unwrap_or(start);
    match part {
        MonthPart::Start => (start, day(10)),
        MonthPart::Middle => (day(11), day(20)),
        MonthPart::End => (day(21), end),
        MonthPart::Whole => (start, end),
    }
}

/// Which part of a month a date expression names by its first word.
#[derive(Debug, PartialEq)]
enum MonthPart {
    Start,
    Middle,
    End,
    Whole,
}

fn month_part(expression: &str) -> MonthPart {
    let first = expression.trim().split([' ', '-', '\u{a0}']).next().unwrap_or("").to_lowercase();
    match first.as_str() {
        "début" | "debut" => MonthPart::Start,
        "mi" => MonthPart::Middle,
        "fin" => MonthPart::End,
        _ => MonthPart::Whole,
    }
}

/// A night straddles two days, and sources resolve it to either: one names the night by
/// its two weekdays, "du jeudi au vendredi" (dated the Friday), another writes "la nuit
/// même" after a Thursday (dated the Thursday). Across articles, a report dated to a night and another report a day from it
/// may be one event, when both name the same place themselves: a war has fighting on
/// every night, and only the place tells that two sources speak of the same one: the
/// same place, or, for one kind of act (a raid, a shelling), a site and the town that
/// holds it ("les casernes de l'aéroport" / "des casernes à Bourg et dans sa périphérie").
/// Within one article the writer's days stand ([`redated`]).
fn night_straddles(a: &Candidate, b: &Candidate, g: &Gazetteer) -> bool {
    let night = |c: &Candidate| c.date.fine == crate::time::Precision::Night;
    let (Some(x), Some(y)) = (a.place, b.place) else { return false };
    // a country holds too many towns for a night there to be the night at one of them
    let country = |p: usize| g.places.get(p).is_some_and(|q| q.kind == crate::gazetteer::PlaceKind::Country);
    let nested = || a.class == b.class && !country(x) && !country(y) && (g.within(x, y) || g.within(y, x));
    a.article != b.article
        && (night(a) || night(b))
        && named_place(a)
        && named_place(b)
        && (x == y || nested())
}

/// One article giving two reports, each with its parties, dated (written, or carried
/// from the sentence before) on two different days, tells two events: the writer dated
/// them apart ("jeudi, Erevan retirait sa candidature" … "vendredi, Sofia renonçait").
/// The publication date says nothing of when, so a lead without a date still joins; and
/// a sentence naming no party continues the report before it ("le bilan s'est alourdi").
/// Talks and calls are left to their parties ([`actors_agree`]): a meeting told over the
/// days it lasted keeps its days.
fn told_on_other_days(a: &Candidate, b: &Candidate) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    let own = |c: &Candidate| {
        c.date_origin != DateOrigin::Publication && !Actors(&c.actors, &[Claimant, Mediator]).is_empty()
    };
    let talks = |c: &Candidate| matches!(c.kind, EventType::Talks | EventType::Diplomacy);
    a.article == b.article && own(a) && own(b) && !talks(a) && !talks(b)
}

/// One article writing a date of its own in two sentences, in other words ("jeudi 3,
/// la colonne s'empare du pont" … "le soir même, elle atteint le bourg"),
/// tells two steps even on one day: a writer dates anew what comes next. The same words
/// repeated (a live blog's "mardi" in each entry) may still tell more of one event, and
/// across articles wordings differ anyway.
fn redated(a: &Candidate, b: &Candidate) -> bool {
    match (&a.expression, &b.expression) {
        (Some(x), Some(y)) => {
            a.article == b.article
                && a.date_origin == DateOrigin::Explicit
                && b.date_origin == DateOrigin::Explicit
                && !x.eq_ignore_ascii_case(y)
        }
        _ => false,
    }
}

/// Counts of one ongoing exodus that two articles give on days close together ("quelque
/// 40 000 habitants fuient la ville" on the 3rd, "quelques dizaines de milliers de résidents sont
/// partis vers le sud" on the 4th) are one process, not two flights: like a campaign,
/// their written dates may differ by two days. Both must give a figure, so that a departure
/// told without one stays apart from the exodus counted the day before; within one article
/// days apart are told apart.
fn counted_process(a: &Candidate, b: &Candidate) -> bool {
    a.article != b.article
        && a.class.family() == Family::Exodus
        && b.class.family() == Family::Exodus
        && a.date_origin == DateOrigin::Explicit
        && b.date_origin == DateOrigin::Explicit
        && tells_a_figure(&a.quote)
        && tells_a_figure(&b.quote)
}

/// Does the sentence give a count of people or things: a number of at least 100 that is no
/// year ("55 000", "300"), or a count noun ("des centaines de milliers")? Days of the month
/// and years are not figures: "le 26 août 2022" gives none.
fn tells_a_figure(quote: &str) -> bool {
    // One pass, no allocation: merging asks this of many pairs of reports.
    const COUNTS: [&str; 4] = ["dizaines", "centaines", "milliers", "millions"];
    let digits = |w: &str| w.bytes().all(|c| c.is_ascii_digit());
    let mut words = quote.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
    while let Some(w) = words.next() {
        if COUNTS.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            return true;
        }
        if digits(w) {
            // "55 000": groups of three digits after a number continue it
            let mut n: u64 = w.parse().unwrap_or(0);
            while let Some(group) = words.next_if(|g| g.len() == 3 && digits(g)) {
                n = n.saturating_mul(1000).saturating_add(group.parse().unwrap_or(0));
            }
            if n >= 100 && !(1900..=2100).contains(&n) {
                return true;
            }
        }
    }
    false
}

fn places_agree(a: &Candidate, b: &Candidate, g: &Gazetteer) -> bool {
    use crate::gazetteer::PlaceKind::{Country, Region};
    let weak = |p: Option<usize>| p.is_some_and(|p| matches!(g.places[p].kind, Region | Country));
    if matches!(a.kind, EventType::Talks | EventType::Diplomacy) && (weak(a.place) || weak(b.place)) {
        return true; // talks are held in a city; a region is their topic
    }
    // A place one report only guessed (its article's region: the sentence names none) says
    // where that article is about, not where the event was. Another source that names the
    // place is not contradicted by it, when both give the same day, or when the other names
    // it and their days are a day apart (a wire dates the night by its morning, an explainer
    // by its eve: the dates decide, [`dates_agree`]); two guesses a day apart say nothing of
    // one place. Within one article the guess stands, so that two sentences of one text
    // about two places stay two events.
    if a.article != b.article
        && (a.place_default || b.place_default)
        && (a.date.start == b.date.start
            || a.place_default != b.place_default && days_between(a.date.start, b.date.start) <= 1)
    {
        return true;
    }
    match (a.place, b.place) {
        (Some(x), Some(y)) if x == y => true,
        (Some(x), Some(y)) => {
            let nested = g.within(x, y) || g.within(y, x);
            // a place one report only guessed (the article's region) agrees with any place
            // inside it; two named places must nest, for events that span an area, or for
            // two sources, one of which names the town and the other its province ("la
            // dissolution proclamée à Stepanakert" / "… au Haut-Karabakh"). One article
            // naming a town, then its province, tells two events. The quotes are searched
            // for the other's place ([`names_both`]) only when the cheap checks fail.
            nested
                && (a.place_default
                    || b.place_default
                    || a.article != b.article
                    || a.class == FrameClass::Offensive
                    || a.kind == EventType::Ceasefire)
                || a.article != b.article && written_same_day(a, b) && names_both(a, b, x, y, g)
                || one_locality(a, b, x, y, g)
        }
        _ => true,
    }
}

/// Two sources may place one act at a town and at a spot beside it: the checkpoint or the
/// bridge at its gate, the road or corridor leaving it, the airport serving it ("le barrage
/// dressé à l'entrée de Bourg" / "… sur la route du col"). Two points a few kilometres
/// apart ([`LOCALITY_KM`]: a town and its outskirts) are one place for two articles telling one kind of act
/// on one written day, with a party in common. Regions and countries are not points.
fn one_locality(a: &Candidate, b: &Candidate, x: usize, y: usize, g: &Gazetteer) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    use crate::gazetteer::PlaceKind::{Country, Institution, Region};
    let point = |p: usize| !matches!(g.places[p].kind, Region | Country | Institution);
    a.article != b.article
        && a.class == b.class
        && written_same_day(a, b)
        && point(x)
        && point(y)
        && Actors(&a.actors, &[Claimant, Mediator]).meets(Actors(&b.actors, &[Claimant, Mediator]))
        && km_between(&g.places[x], &g.places[y]) <= LOCALITY_KM
}

/// How far a spot may lie from a town to be told as the town: its outskirts, its gates.
const LOCALITY_KM: f64 = 25.0;

/// Distance between two places (an equirectangular approximation: exact enough at the
/// scale of a town's surroundings, and cheap).
fn km_between(p: &crate::gazetteer::Place, q: &crate::gazetteer::Place) -> f64 {
    let mid = ((p.lat + q.lat) / 2.0).to_radians();
    let dx = (q.lon - p.lon).to_radians() * mid.cos();
    let dy = (q.lat - p.lat).to_radians();
    6371.0 * (dx * dx + dy * dy).sqrt()
}

/// An event that struck several places is told with one of them by each source: one
/// names the town shelled "de Jermouk à Goris", the other lists "Sotk, Goris et Vardenis"
/// and is placed at Sotk. When either sentence names the other's place, the places agree.
fn names_both(a: &Candidate, b: &Candidate, x: usize, y: usize, g: &Gazetteer) -> bool {
    names_place(&a.quote, y, g) || names_place(&b.quote, x, g)
}

/// Does `quote` name place `p` (any of its names, as whole words)?
fn names_place(quote: &str, p: usize, g: &Gazetteer) -> bool {
    g.places[p].names().any(|n| names_word(quote, n))
}

/// Is `name` in `quote` as a whole word? Merging asks this of many pairs of reports, so
/// it jumps between occurrences of the name's first character (a `memchr` inside
/// `str::find`) instead of setting up a substring searcher per name; it tries the same
/// leftmost, non-overlapping occurrences as `str::match_indices`.
///
/// Most quotes lack most names: `contains` (a vector scan of the quote) says so first, at a
/// quarter of the cost of the jumps.
fn names_word(quote: &str, name: &str) -> bool {
    let Some(first) = name.chars().next() else { return false };
    if !quote.contains(name) {
        return false;
    }
    let mut from = 0;
    while let Some(off) = quote[from..].find(first) {
        let i = from + off;
        if !quote[i..].starts_with(name) {
            from = i + first.len_utf8();
            continue;
        }
        let before = quote[..i].chars().next_back();
        let after = quote[i + name.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = i + name.len();
    }
    false
}

/// Actor agreement depends on the kind of event: a ceasefire or an aid delivery on one
/// day is one event whoever reports it; talks and calls need the same parties (one side
/// may name fewer); statements need the same speakers; the rest share an actor.
fn actors_agree(a: &Candidate, b: &Candidate, civilians: Option<usize>) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    // actor lists are a handful long: sets as filtered slices, no allocation (merging
    // compares many pairs)
    fn all(c: &Candidate) -> Actors<'_> {
        Actors(&c.actors, &[Mediator])
    }
    fn key(c: &Candidate) -> Actors<'_> {
        Actors(&c.actors, &[Claimant, Mediator])
    }
    match a.kind {
        // one truce or one aid delivery on a day may be told with different parties, but
        // never with wholly different ones: share an actor, or one side names no party
        EventType::Ceasefire | EventType::Humanitarian => {
            key(a).is_empty() || key(b).is_empty() || all(a).meets(all(b)) || complementary(a, b)
        }
        EventType::Talks | EventType::Diplomacy => {
            let (x, y) = (all(a), all(b));
            if a.place.is_some() && a.place == b.place && !a.place_default && !b.place_default {
                return true;
            }
            if a.article == b.article {
                // one article telling two calls or meetings tells two events
                return x.same(y) || x.is_empty() || y.is_empty();
            }
            x.is_empty() || y.is_empty() || x.within(y) || y.within(x)
        }
        EventType::Statement => {
            let (x, y) = (all(a), all(b));
            a.article == b.article && x.same(y)
                || !x.is_empty()
                    && x.same(y)
                    && a.date_origin == DateOrigin::Explicit
                    && b.date_origin == DateOrigin::Explicit
                || cosigned(a, b)
        }
        _ => {
            let (x, y) = (key(a), key(b));
            x.is_empty()
                || y.is_empty()
                || x.meets(y)
                || one_incident_site(a, b)
                || one_offensive_launched(a, b)
                || struck_and_striker(a, b, civilians)
                || claimed_by_its_party(a, b)
                || claimed_by_its_party(b, a)
        }
    }
}

/// A belligerent that one source quotes as the claimant of a fight ("selon les rebelles, la
/// base est tombée") is a party to it, and another source naming it as the attacker tells
/// the same fight: the claimant of `a` is an acting party of `b`. Two articles, fighting.
/// So with an act that its author announces ("le gouvernement a annoncé qu'il décrétait
/// l'état d'urgence" / "le gouvernement décrète l'état d'urgence"): one source makes the
/// author the claimant, the other the actor. Other kinds than fighting (a decree, a
/// protest, an incident) on one written day only: an announcement of one's own act is
/// news of that day.
fn claimed_by_its_party(a: &Candidate, b: &Candidate) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    let claimants = a.actors.iter().filter(|(_, r)| *r == Claimant).map(|(i, _)| *i);
    a.article != b.article
        && a.kind == b.kind
        && (a.kind == EventType::Fighting || written_same_day(a, b))
        && claimants.clone().any(|i| Actors(&b.actors, &[Claimant, Mediator]).has(i))
}

/// Civilians named as a strike's only party tell whom it hit, not who fought: "un
/// missile tue des civils à Bourg" and "l'artillerie de l'un frappe Bourg, selon l'autre",
/// two sources of one written day, are one strike. Fighting only, both at a place they
/// name themselves (the place, not the parties, pins the event); two sources both naming
/// belligerents, and none shared, stay apart.
fn struck_and_striker(a: &Candidate, b: &Candidate, civilians: Option<usize>) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    let Some(civ) = civilians else { return false };
    let only_civilians = |c: &Candidate| {
        let k = Actors(&c.actors, &[Claimant, Mediator]);
        !k.is_empty() && k.ids().all(|i| i == civ)
    };
    let named_place = |c: &Candidate| c.place.is_some() && !c.place_default;
    a.article != b.article
        && a.kind == EventType::Fighting
        && b.kind == EventType::Fighting
        && only_civilians(a) != only_civilians(b)
        && named_place(a)
        && named_place(b)
        && written_same_day(a, b)
}

/// Two sources of one written day, one naming only who acted, the other only whom it
/// struck ("l'Azerbaïdjan installe un poste" / "un poste sur la frontière arménienne"): the
/// parties do not contradict each other, they complete each other. Same class, two
/// articles; a truce or aid of wholly other acting parties stays apart.
fn complementary(a: &Candidate, b: &Candidate) -> bool {
    use crate::export::Role::{Claimant, Mediator, Target};
    let only = |c: &Candidate, t: bool| {
        let k = Actors(&c.actors, &[Claimant, Mediator]);
        !k.is_empty()
            && c.actors
                .iter()
                .filter(|(_, r)| *r != Claimant && *r != Mediator)
                .all(|(_, r)| (*r == Target) == t)
    };
    a.article != b.article
        && a.class == b.class
        && written_same_day(a, b)
        && (only(a, true) && only(b, false) || only(a, false) && only(b, true))
}

/// Both reports name parties (any role, claimants and mediators included) and share none.
fn told_by_other_parties(a: &Candidate, b: &Candidate) -> bool {
    let (x, y) = (Actors(&a.actors, &[]), Actors(&b.actors, &[]));
    !x.is_empty() && !y.is_empty() && !x.meets(y)
}

/// One text signed by several parties, told by two articles on the same day, one naming
/// fewer signatories ("les deux présidents ont paraphé un texte commun" and "les deux
/// présidents et leur hôte ont paraphé, à Genève, …"): one side's parties are within the other's
/// and at least two are shared, one date is written. One speaker's two statements (a single
/// shared party) stay apart, and so do two articles' reports on different days.
fn cosigned(a: &Candidate, b: &Candidate) -> bool {
    use crate::export::Role::Mediator;
    let (x, y) = (Actors(&a.actors, &[Mediator]), Actors(&b.actors, &[Mediator]));
    a.article != b.article
        && a.date.start == b.date.start
        && (a.date_origin == DateOrigin::Explicit || b.date_origin == DateOrigin::Explicit)
        && x.ids().filter(|&i| y.has(i)).count() >= 2
        && (x.within(y) || y.within(x))
}

/// An incident (a mine, an explosion, an accident) at one named place on one written day,
/// told by two articles, is one incident even when the sources name different parties (one
/// the victims' side, the other the side blamed): "un camion a sauté sur une mine près de
/// Susuzlug, district de Kelbajar, vendredi" and "vendredi 4 juin, deux journalistes ont péri
/// … dans le district de Kelbajar". So is a place taken (an advance): a town falls once on a
/// given day, and the sources name its attackers differently (the rebels for one, the army
/// said to back them for another: "la milice entre dans Bourg le 3" / "appuyées par
/// l'armée voisine, les colonnes prennent Bourg le 3"). Places only guessed from the
/// article's region, or another day, or one article, are not enough.
fn one_incident_site(a: &Candidate, b: &Candidate) -> bool {
    a.article != b.article
        && (a.kind == EventType::Incident && b.kind == EventType::Incident || a.class == FrameClass::Advance)
        && a.class == b.class
        && a.place.is_some()
        && a.place == b.place
        && !a.place_default
        && !b.place_default
        && written_same_day(a, b)
}

/// An offensive has two sides, and each source may name one: the attacker for one ("les
/// gangs de la capitale déclenchent une offensive"), only the side attacked for another
/// ("l'assaut lancé contre les positions de l'armée"). Two articles telling an offensive
/// launched on one written day, at places that agree, one of them naming no attacker, tell
/// one assault. Two sources each naming another attacker tell two offensives (an attack and
/// the counter-offensive of that day), and a party attacking in one and attacked in the
/// other tells the answer to it ([`strike_and_answer`]).
fn one_offensive_launched(a: &Candidate, b: &Candidate) -> bool {
    let no_attacker = |c: &Candidate| c.actors.iter().all(|(_, r)| *r != crate::export::Role::Initiator);
    a.article != b.article
        && a.class == FrameClass::Offensive
        && b.class == FrameClass::Offensive
        && written_same_day(a, b)
        && (no_attacker(a) || no_attacker(b))
}

/// The report names its place itself (not guessed from its article's region).
fn named_place(c: &Candidate) -> bool {
    c.place.is_some() && !c.place_default
}

/// Both dates written, to the day, the same day.
fn written_same_day(a: &Candidate, b: &Candidate) -> bool {
    a.date_origin == DateOrigin::Explicit
        && b.date_origin == DateOrigin::Explicit
        && a.date.precision == Precision::Day
        && b.date.precision == Precision::Day
        && a.date.start == b.date.start
}

/// A candidate's actors without those of the given roles, as a set.
#[derive(Clone, Copy)]
struct Actors<'a>(&'a [(usize, crate::export::Role)], &'a [crate::export::Role]);

impl<'a> Actors<'a> {
    fn ids(self) -> impl Iterator<Item = usize> + Clone + 'a {
        self.0.iter().filter(move |(_, r)| !self.1.contains(r)).map(|(a, _)| *a)
    }
    fn is_empty(self) -> bool {
        self.ids().next().is_none()
    }
    fn has(self, a: usize) -> bool {
        self.ids().any(|b| b == a)
    }
    fn meets(self, other: Actors) -> bool {
        self.ids().any(|a| other.has(a))
    }
    fn within(self, other: Actors) -> bool {
        self.ids().all(|a| other.has(a))
    }
    fn same(self, other: Actors) -> bool {
        self.within(other) && other.within(self)
    }
}

/// Does `c` report the event of cluster `k`? Type, class, date and place are compared with
/// the cluster's best-attested report; actors with every report, since each source names
/// only some of the parties (one names the mediator, another the two sides).
fn joins(k: &Cluster, c: &Candidate, g: &Gazetteer, civilians: Option<usize>, leads: &Leads) -> bool {
    let b = k.best();
    // parties before places: places may search both quotes for the other's place names
    same_kind(b, c)
        && dates_agree(b, c, g)
        && (actors_agree(b, c, civilians)
            || !other_parties_than_best(b, c) && k.members.iter().any(|m| actors_agree(m, c, civilians)))
        && places_agree(b, c, g)
        && k.members.iter().all(|m| tolls_agree(m, c))
        && k.members.iter().all(|m| not_told_apart(m, c, leads))
        && k.members.iter().all(|m| !strike_and_answer(m, c, civilians))
        && k.members.iter().all(|m| named_places_agree(m, c, g))
        && !span_and_point(b, c)
        && !loosely_dated_apart(k, c, g)
        && (b.article == c.article || !(bare(c) && pinned(b)))
        && !bare_on_another_day(b, c)
        && !unplaced_and_unshared(b, c)
}

/// Two sources' reports of a fight, a toll or an incident that neither places itself (no
/// place, or only its article's region) are tied by their kind and day alone, and a war has
/// many of them a day: both must then share a party, a claimant counting as one ("selon
/// l'armée de A, ses frappes ont visé des dépôts" and "les avions de B ont bombardé des camps
/// de C" are two strikes; so are one side's count of its dead and the other side's count of
/// civilians killed). Each must name someone (a report naming no one may continue any of
/// them), and the parties the other rules reconcile stay reconciled: an offensive whose
/// attacker one source leaves unnamed ([`one_offensive_launched`]), a belligerent quoted as
/// the claimant of the fight it waged ([`claimed_by_its_party`]).
fn unplaced_and_unshared(a: &Candidate, b: &Candidate) -> bool {
    use crate::export::Role::Mediator;
    let at_a_place = |c: &Candidate| {
        matches!(c.kind, EventType::Fighting | EventType::Casualties | EventType::Incident) && !named_place(c)
    };
    let (x, y) = (Actors(&a.actors, &[Mediator]), Actors(&b.actors, &[Mediator]));
    a.article != b.article
        && at_a_place(a)
        && at_a_place(b)
        && !x.is_empty()
        && !y.is_empty()
        && !x.meets(y)
        && !one_offensive_launched(a, b)
        && !claimed_by_its_party(a, b)
        && !claimed_by_its_party(b, a)
}

/// Another member may vouch for a report's parties (one source names the mediator, another
/// the two sides), but not against the best report: when the report and the best report
/// both name the parties who acted and share none, they tell two acts ("Erevan décrète la
/// loi martiale" and "les dirigeants du Karabakh proclament la loi martiale"), even if a
/// third source names both parties in one sentence.
fn other_parties_than_best(best: &Candidate, c: &Candidate) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    let (x, y) = (Actors(&best.actors, &[Claimant, Mediator]), Actors(&c.actors, &[Claimant, Mediator]));
    !x.is_empty() && !y.is_empty() && !x.meets(y)
}

/// A [`bare`] report is one event with another article's report only on the same day:
/// having nothing of its own (no written date, place or party), it is linked to the other
/// by its kind and day alone, and the day is all it has. Two articles' reports a day
/// apart, one of them bare ("les canons tonnent encore", its day carried from sentences
/// before, and a raid of the previous day) are two moments of a war, not one.
/// Within one article a bare report continues what came before, whatever its day.
fn bare_on_another_day(a: &Candidate, b: &Candidate) -> bool {
    a.article != b.article && (bare(a) || bare(b)) && a.date.start != b.date.start
}

/// A report that names its place itself and a party: what it tells is pinned to them.
fn pinned(c: &Candidate) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    c.place.is_some() && !c.place_default && !Actors(&c.actors, &[Claimant, Mediator]).is_empty()
}

/// A report that tells nothing of its own but its kind: its date not written (inherited
/// from the sentences before it, or the publication's), its place none or guessed from its
/// article's region, no party named ("dans la nuit, des tirs restaient audibles"). Within
/// its article it continues what came before. Another article's event of that day which
/// is [`pinned`] to a place and a party may well be another fact of the same kind (the
/// shots heard in the capital are not the fire that killed aid workers in a province, a
/// president's announcement is not another country's airlift), so a bare report never
/// joins it blind to place and parties. Talks, diplomacy and statements are recognised by
/// their parties ([`actors_agree`]), not by this.
fn bare(c: &Candidate) -> bool {
    use crate::export::Role::{Claimant, Mediator};
    !matches!(c.kind, EventType::Talks | EventType::Diplomacy | EventType::Statement)
        && c.date_origin != DateOrigin::Explicit
        && (c.place.is_none() || c.place_default)
        && Actors(&c.actors, &[Claimant, Mediator]).is_empty()
}

/// A fact written as lasting several days ("du 22 au 24 avril", "les 19 et 20 septembre")
/// and a fact dated one day are two facts: the span tells a process (the evacuations of
/// that weekend, an exodus), the day one episode of it or another event of that day (one
/// country's ship docking on the 22nd, the villages evacuated on the first day). The span
/// must be written to the day; the single day written or inherited (a date of publication
/// says nothing of when). Fighting is exempt: a campaign told over its days and one of its
/// days are one offensive (see [`dates_agree`]). So are two sources' counts of one exodus
/// ([`counted_process`]: "en quelques jours, 40 000 habitants quittent la ville" / "12 500
/// déplacés mardi"): each count is a figure of the one ongoing process, kept as its mention.
fn span_and_point(a: &Candidate, b: &Candidate) -> bool {
    if a.kind == EventType::Fighting || b.kind == EventType::Fighting || one_meeting_place(a, b) {
        return false;
    }
    if counted_process(a, b) {
        return false;
    }
    let day = |c: &Candidate| c.date.precision == Precision::Day && c.date_origin != DateOrigin::Publication;
    let span = |c: &Candidate| c.date.end.is_some_and(|e| e > c.date.start);
    let written_span = |c: &Candidate| span(c) && c.date_origin == DateOrigin::Explicit;
    day(a) && day(b) && (written_span(a) && !span(b) || written_span(b) && !span(a))
}

/// Talks that both reports hold at one place they name: a meeting told by one source over
/// the two days it lasted ("les 3 et 4 mai, à Bourg") and by another with one of them
/// ("mercredi à Bourg") is one meeting, not a process and one of its episodes.
fn one_meeting_place(a: &Candidate, b: &Candidate) -> bool {
    let talks = |c: &Candidate| matches!(c.kind, EventType::Talks | EventType::Diplomacy);
    talks(a) && talks(b) && named_place(a) && a.place == b.place && named_place(b)
}

/// A cluster never gathers two reports that their own article tells as two kinds of
/// event. Kind is compared with the best report only, so without this a third source
/// glues them: one article tells the exchange of fire, then the air strikes that answered
/// it; another source's "les combats ont éclaté" joins both, one as a word for each.
/// Merging is not transitive through another article, except through an article's lead
/// that sums up a campaign ([`campaign_summed_up`]).
fn not_told_apart(m: &Candidate, c: &Candidate, leads: &Leads) -> bool {
    m.article != c.article
        || same_kind(m, c)
        || campaign_summed_up(m, c, leads)
        || campaign_summed_up(c, m, leads)
}

/// Two reports that each name their own place are one event only if the places agree,
/// whichever report is the cluster's best: a best report placed only by its article's
/// region would otherwise gather acts named at places far apart (a bombardment of one
/// district and the raid on a town across the border, both "in the region").
fn named_places_agree(m: &Candidate, c: &Candidate, g: &Gazetteer) -> bool {
    use crate::gazetteer::PlaceKind::{Country, Region};
    // a country or a region named is an area, not a spot: it pins nothing
    let spot = |x: &Candidate| {
        named_place(x)
            && x.place.is_some_and(|p| g.places.get(p).is_some_and(|pl| !matches!(pl.kind, Region | Country)))
    };
    !(spot(m) && spot(c)) || m.place == c.place || places_agree(m, c, g)
}

/// A strike and the answer to it are two acts, even on one day and one front: when a
/// party acts in one report and is struck in the other ("l'aviation de A frappe B" / "les
/// obus de B s'abattent sur A"), the two reports tell blows exchanged, not one blow told
/// twice. Reprisals, counter-attacks and the raid they answer are each a fact of their own,
/// whoever tells them. Only the acting and struck roles count: a claimant or a mere
/// participant says nothing of who struck whom.
fn strike_and_answer(a: &Candidate, b: &Candidate, civilians: Option<usize>) -> bool {
    use crate::export::Role::{Initiator, Participant, Target};
    // `y` must name who struck `p`: a party named alone as struck may be a role misread
    let acts_in_one_struck_in_other = |x: &Candidate, y: &Candidate| {
        x.actors.iter().any(|&(p, r)| {
            r == Initiator
                && y.actors.contains(&(p, Target))
                && y.actors.iter().any(|&(q, s)| q != p && matches!(s, Initiator | Participant))
        })
    };
    acts_in_one_struck_in_other(a, b) || acts_in_one_struck_in_other(b, a) || other_strikers(a, b, civilians)
}

/// A bombardment is fired by one side: two shellings or air strikes whose sources each
/// name who fired, and name no striker in common, are two strikes ("l'artillerie de A
/// pilonne la ville" / "les avions de B frappent en retour les dépôts de A"), the blow and
/// the reprisal. Civilians fire nothing (a sentence may put them first: "des habitants
/// pris sous les bombes"). Combat and skirmishes have two sides and are left to the shared
/// parties.
fn other_strikers(a: &Candidate, b: &Candidate, civilians: Option<usize>) -> bool {
    let (x, y) = (Strikers(&a.actors, civilians), Strikers(&b.actors, civilians));
    a.class == FrameClass::Shelling
        && b.class == FrameClass::Shelling
        && x.named()
        && y.named()
        && !x.meets(y)
}

/// The parties a report names as acting (its initiators), civilians aside.
#[derive(Clone, Copy)]
struct Strikers<'a>(&'a [(usize, crate::export::Role)], Option<usize>);

impl<'a> Strikers<'a> {
    fn ids(self) -> impl Iterator<Item = usize> + Clone + 'a {
        let civilians = self.1;
        self.0
            .iter()
            .filter(move |&&(p, r)| r == crate::export::Role::Initiator && Some(p) != civilians)
            .map(|(p, _)| *p)
    }
    fn named(self) -> bool {
        self.ids().next().is_some()
    }
    fn meets(self, other: Strikers) -> bool {
        self.ids().any(|p| other.ids().any(|q| q == p))
    }
}

/// An article's lead (its standfirst, its first report) that names an offensive sums up the
/// campaign its body then tells day by day ("de l'offensive du 3 mai à l'accord de juin,
/// retour sur…" before "le 3 mai, les canons frappent la ligne"): the offensive of the lead
/// and the body's fighting are not two facts. A lead telling an exchange of fire, and the
/// air strikes of the next sentence, stay two.
fn campaign_summed_up(lead: &Candidate, c: &Candidate, leads: &Leads) -> bool {
    lead.class == FrameClass::Offensive && c.kind == EventType::Fighting && leads.is_lead(lead)
}

/// Each article's first report (the smallest position among its reports): its lead.
#[derive(Default)]
struct Leads(std::collections::HashMap<String, usize>);

impl Leads {
    fn of(cands: &[Candidate]) -> Self {
        let mut first: std::collections::HashMap<String, usize> = Default::default();
        for c in cands {
            match first.get_mut(c.article.as_str()) {
                Some(p) => *p = (*p).min(c.pos),
                None => {
                    first.insert(c.article.clone(), c.pos);
                }
            }
        }
        Leads(first)
    }

    fn is_lead(&self, c: &Candidate) -> bool {
        self.0.get(c.article.as_str()) == Some(&c.pos)
    }
}

/// Two different tolls are two claims, kept apart so that each keeps its figure and its
/// claimant: two parties' ("Erevan a fait état de 135 morts, Bakou de 71"), or one party's
/// toll and its later update ("105 soldats tués" on the first evening, "135" the next day).
/// The same figure, or a toll and a report without one, may be one event. One article's
/// two sentences that count the dead, one with a figure, the other only roughly ("au moins
/// 30 morts, selon l'agence" / "les secouristes parlent de plusieurs dizaines de corps"),
/// are two claims too: the writer gave each its own source.
fn tolls_agree(a: &Candidate, b: &Candidate) -> bool {
    let killed = |c: &Candidate| c.fatalities.as_ref().and_then(|f| f.killed_min);
    match (killed(a), killed(b)) {
        (Some(x), Some(y)) => x == y,
        (Some(_), None) => !(a.article == b.article && counts_dead(b)),
        (None, Some(_)) => !(a.article == b.article && counts_dead(a)),
        (None, None) => true,
    }
}

/// A toll report that gives a rough count ("des dizaines", "une quarantaine", "des
/// centaines de corps").
fn counts_dead(c: &Candidate) -> bool {
    c.class == FrameClass::Toll && rough_count(&c.quote)
}

/// Does the sentence give a rough count: a French approximate numeral ("une dizaine", "une
/// quarantaine", "des centaines") or "milliers"? One pass over the words, no allocation.
fn rough_count(quote: &str) -> bool {
    quote.split(|ch: char| !ch.is_alphanumeric()).any(crate::claim::is_rough_count)
}

/// Same type and class, or classes of one family ([`Family`]: an arrest and a detention,
/// a toll and the explosion that caused it). Across taxonomy types (incident and
/// casualties), both reports must name the place themselves: a toll somewhere in the
/// region is not the toll of a given explosion. Classes of different families are the same
/// kind only as two articles' wordings of one event ([`told_otherwise`]).
fn same_kind(a: &Candidate, b: &Candidate) -> bool {
    if a.class.family() != b.class.family() {
        return told_otherwise(a, b).is_some();
    }
    if a.class != b.class
        && a.article == b.article
        && matches!(a.class.family(), Family::Custody | Family::Justice | Family::Clash)
    {
        // one article telling an arrest, then a detention, tells two steps; shelling, then
        // an exchange of fire, two episodes
        return false;
    }
    a.kind == b.kind || a.place.is_some() && !a.place_default && b.place.is_some() && !b.place_default
}

/// Two articles may word one event with classes of different families. On the same written
/// day these pairs tell one event; within one article two such sentences tell two. Returns why, for `--explain`:
/// - an offensive and combat ("l'armée lançait une offensive le 4 mars" / "mardi, les
///   combats ont repris au lever du jour"): the start of one assault;
/// - a shelling and explosions ("le bourg pilonné mardi par les canons" / "mardi, des
///   explosions ont secoué le bourg");
/// - aid and its blocking, when the two share a party ("la capitale a bloqué les camions du
///   CICR le 4 mars" told as aid by one, as a blockade by another);
/// - a toll and the fighting that caused it ("trois soldats tués mardi par des tirs" /
///   "mardi, des tirs ont visé le poste"), at a place both name, unless both name parties
///   and share none (a union's count of civilians killed is not the fighting in which an
///   agency lost staff; a count of villagers killed somewhere in the region is not a
///   barrage along the whole front);
/// - a place taken and the hold on it ("les miliciens s'emparent de Bourg" / "ils
///   contrôlent désormais l'essentiel de Bourg"), at one place both name, on one day
///   ([`one_place_one_day`]: the day of publication will do, the control being news of it);
/// - a truce agreed or taking effect and a text signed, when the two share a party (the
///   truce of one source is the text its parties initialled for another: extraction files
///   one signature under ceasefire or politics by the words around it). A meeting, even
///   one that signs, stays talks: a signature word in a meeting's sentence glued talks to
///   another truce as often as it found one agreement.
///
/// A shelling and an offensive, aid and an exodus, or talks and a statement of their parties
/// (one side's denunciation on the day of the talks) stay apart: those are different events
/// on one day.
fn told_otherwise(a: &Candidate, b: &Candidate) -> Option<&'static str> {
    use crate::export::Role::{Claimant, Mediator};
    use FrameClass::*;
    if a.article == b.article {
        return None;
    }
    let either = |x: FrameClass, y: FrameClass| a.class == x && b.class == y || a.class == y && b.class == x;
    if either(Offensive, Combat) && written_same_day(a, b) {
        return Some("an offensive and the combat it started, told by two sources on one day");
    }
    if either(Shelling, Explosion) && written_same_day(a, b) {
        return Some("a shelling and the explosions it caused, told by two sources on one day");
    }
    let clash = |x: FrameClass, y: FrameClass| x == Toll && y.family() == Family::Clash;
    if (clash(a.class, b.class) || clash(b.class, a.class))
        && written_same_day(a, b)
        && !told_by_other_parties(a, b)
        && named_place(a)
        && named_place(b)
    {
        return Some("a toll and the fighting that caused it, told by two sources on one day");
    }
    if either(Agreement, Signing)
        && written_same_day(a, b)
        && Actors(&a.actors, &[]).meets(Actors(&b.actors, &[]))
    {
        return Some("one agreement told as agreed, signed or taking effect, by two sources on one day");
    }
    // the quote's words last: merging compares many pairs
    if written_same_day(a, b)
        && Actors(&a.actors, &[]).meets(Actors(&b.actors, &[]))
        && (capture_told(a, b) || capture_told(b, a))
    {
        return Some("a capture and a party's announcement of it, told by two sources on one day");
    }
    if either(Advance, Hold) && one_place_one_day(a, b) {
        return Some("a place taken and the hold on it, told by two sources on one day at that place");
    }
    if either(Aid, Blockade)
        && written_same_day(a, b)
        && Actors(&a.actors, &[Claimant, Mediator]).meets(Actors(&b.actors, &[Claimant, Mediator]))
    {
        return Some("aid and its blocking, with a shared party, told by two sources on one day");
    }
    None
}

/// Both reports name one place themselves and tell one day: the same day, a day inside
/// the other's span (a night written as its two days, and the second of them), or a night
/// and a day next to it (a night is dated by either of its days, [`night_straddles`]). A
/// town taken ("les rebelles prennent Bourg", an advance) and the hold on it that same day ("ils
/// contrôlent désormais l'essentiel de Bourg") are one capture. A day apart without a
/// night they are two steps: the first columns entering a town and the town held next day.
fn one_place_one_day(a: &Candidate, b: &Candidate) -> bool {
    let night = |c: &Candidate| c.date.fine == crate::time::Precision::Night;
    let days = days_between(a.date.start, b.date.start);
    named_place(a)
        && a.place == b.place
        && named_place(b)
        && a.date.precision == Precision::Day
        && b.date.precision == Precision::Day
        && (periods_meet(a, b) || days == 1 && (night(a) || night(b)))
}

/// `s` is a statement whose sentence tells a place taken, fallen or given up, and `f` the
/// fighting that took it (an advance or an offensive): one source tells the capture, another
/// the victor's announcement of it ("le président annonce que la ville est tombée"), or the
/// loser's owning up to the retreat. A statement about anything else (a denial, a demand)
/// on the day of an advance stays a statement.
fn capture_told(s: &Candidate, f: &Candidate) -> bool {
    const TAKEN: [&str; 9] =
        ["prise", "repris", "tomb", "chute", "empar", "retrait", "retir", "abandonn", "libér"];
    s.class == FrameClass::Statement
        && matches!(f.class, FrameClass::Advance | FrameClass::Offensive)
        && s.quote.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
            TAKEN.iter().any(|t| {
                w.len() >= t.len() && w.is_char_boundary(t.len()) && w[..t.len()].eq_ignore_ascii_case(t)
            })
        })
}

/// The other families a report of `class` may join through [`told_otherwise`].
fn partner_families(class: FrameClass) -> impl Iterator<Item = Family> {
    use FrameClass::*;
    let partners: &[FrameClass] = match class {
        Offensive => &[Combat, Statement],
        Advance => &[Statement, Hold],
        Hold => &[Advance],
        Statement => &[Advance, Offensive],
        Combat | Skirmish => &[Offensive, Toll],
        Shelling => &[Explosion, Toll],
        Explosion => &[Shelling],
        Toll => &[Combat],
        Aid => &[Blockade],
        Blockade => &[Aid],
        Agreement => &[Signing],
        Signing => &[Agreement],
        _ => &[],
    };
    partners.iter().map(|c| c.family())
}

/// One criterion of [`joins`] for two reports, with what was compared.
pub struct Check {
    pub criterion: &'static str,
    pub holds: bool,
    pub detail: String,
}

/// Every criterion of [`joins`] for `a` and `b`, each with its verdict and what it
/// compared: the reasons `chronocarte check --explain` prints.
pub fn checks(a: &Candidate, b: &Candidate, g: &Gazetteer, l: &Lexicon) -> Vec<Check> {
    let place = |c: &Candidate| match c.place {
        Some(p) if c.place_default => format!("{} (the article's region)", g.places[p].id),
        Some(p) => g.places[p].id.clone(),
        None => "none".into(),
    };
    let actors = |c: &Candidate| {
        let v: Vec<String> =
            c.actors.iter().map(|(x, r)| format!("{} ({})", l.actors[*x].id, role_name(*r))).collect();
        if v.is_empty() {
            "none".into()
        } else {
            v.join(", ")
        }
    };
    let toll = |c: &Candidate| match c.fatalities.as_ref().and_then(|f| f.killed_min) {
        Some(n) => format!("{n} killed according to {}", c.claimed_by.as_deref().unwrap_or("nobody named")),
        None => match c.claimed_by.as_deref() {
            Some(by) => format!("no toll, according to {by}"),
            None => "no toll".into(),
        },
    };
    let why = |note: Option<&str>| note.map(|n| format!(" ({n})")).unwrap_or_default();
    let kind_note = (a.class.family() != b.class.family()).then(|| told_otherwise(a, b)).flatten();
    let date_note = if counted_process(a, b) {
        Some("counts of one ongoing process from two sources: two days apart may be one")
    } else if redated(a, b) {
        Some("one article writing each date anew, in other words: two steps")
    } else if a.date.start != b.date.start && told_on_other_days(a, b) {
        Some("one article dating them, each with its parties, on two days: two events")
    } else {
        None
    };
    let actor_note = if struck_and_striker(a, b, civilians(l)) {
        Some("one source names only the civilians struck, the other who fought, one named place, one written day")
    } else if cosigned(a, b) {
        Some("one side's parties within the other's, two shared, same day, two sources")
    } else if claimed_by_its_party(a, b) || claimed_by_its_party(b, a) {
        Some("one source quotes as claimant the party the other names as fighting, two sources")
    } else if one_incident_site(a, b) {
        Some("one incident or capture at one named place on one written day, two sources")
    } else if one_offensive_launched(a, b) {
        Some("one offensive launched on one written day, one source naming no attacker, two sources")
    } else if matches!(a.kind, EventType::Ceasefire | EventType::Humanitarian) && complementary(a, b) {
        Some("one source names only who acted, the other only whom it struck, one written day")
    } else {
        None
    };
    vec![
        Check {
            criterion: "kind",
            holds: same_kind(a, b),
            detail: format!("{}/{} and {}/{}{}", a.kind.id(), a.class, b.kind.id(), b.class, why(kind_note)),
        },
        Check {
            criterion: "date",
            holds: dates_agree(a, b, g),
            detail: format!("{} and {}{}", describe_date(a), describe_date(b), why(date_note)),
        },
        Check {
            criterion: "place",
            holds: places_agree(a, b, g),
            detail: format!("{} and {}", place(a), place(b)),
        },
        Check {
            criterion: "actors",
            holds: actors_agree(a, b, civilians(l)),
            detail: format!("{} and {}{}", actors(a), actors(b), why(actor_note)),
        },
        Check {
            criterion: "tolls",
            holds: tolls_agree(a, b),
            detail: format!("{} and {}", toll(a), toll(b)),
        },
    ]
    .into_iter()
    .chain(rule_checks(a, b, g, l))
    .collect()
}

/// The criteria of [`joins`] that keep two reports apart whatever else agrees, each with
/// the reason it states.
fn rule_checks(a: &Candidate, b: &Candidate, g: &Gazetteer, l: &Lexicon) -> [Check; 7] {
    [
        Check {
            criterion: "span",
            holds: !span_and_point(a, b),
            detail:
                "a written span of days and a single day are two facts (fighting, and talks at one named \
                     place, excepted)"
                    .into(),
        },
        Check {
            criterion: "period",
            holds: !loosely_dated_apart(&Cluster::new(a.clone()), b, g),
            detail: "a report dated only to a month and one dated to a day: two facts in one article; \
                     across articles, one event only if they share a party or a place both name"
                .into(),
        },
        Check {
            criterion: "own details",
            holds: a.article == b.article || !(bare(b) && pinned(a)),
            detail: "a report with no written date, place or party of its own joins no other \
                     article's event pinned to a place and a party"
                .into(),
        },
        Check {
            criterion: "own day",
            holds: !bare_on_another_day(a, b),
            detail: "a report with nothing of its own joins another article's report only on its day".into(),
        },
        Check {
            criterion: "strike and answer",
            holds: !strike_and_answer(a, b, civilians(l)),
            detail: "a party acting in one report and struck in the other, or two bombardments fired \
                     by other sides: a blow and the answer to it are two acts"
                .into(),
        },
        Check {
            criterion: "named spots",
            holds: named_places_agree(a, b, g),
            detail: "two reports each naming a spot of their own (not a region or a country) are one \
                     event only if the spots agree, whichever report is the cluster's best"
                .into(),
        },
        Check {
            criterion: "unplaced",
            holds: !unplaced_and_unshared(a, b),
            detail: "two sources' fights, tolls or incidents that neither places itself are one event \
                     only if they share a party (a claimant counts)"
                .into(),
        },
    ]
}

fn role_name(r: crate::export::Role) -> &'static str {
    use crate::export::Role::*;
    match r {
        Initiator => "initiator",
        Target => "target",
        Participant => "participant",
        Mediator => "mediator",
        Claimant => "claimant",
    }
}

fn describe_date(c: &Candidate) -> String {
    let how = match c.date_origin {
        DateOrigin::Explicit => "written",
        DateOrigin::Inherited => "inherited",
        DateOrigin::Publication => "publication date",
    };
    let span = match c.date.end {
        Some(e) => format!("{}..{}", c.date.start, e),
        None => c.date.start.to_string(),
    };
    match &c.expression {
        Some(x) => format!("{span} ({how}, «{x}»)"),
        None => format!("{span} ({how})"),
    }
}

/// Why the event `id` (an event id or one of its aliases) is made of its reports, and why
/// the events of nearby days were kept apart from it. `None`: no such event.
pub fn explain(cands: Vec<Candidate>, g: &Gazetteer, l: &Lexicon, id: &str) -> Option<String> {
    use std::fmt::Write;
    let leads = Leads::of(&cands);
    let clusters = clusters(cands, g, civilians(l));
    let events: Vec<Event> = clusters.iter().map(|k| build(k, g, l)).collect();
    let found = events.iter().position(|e| {
        e.id == id || e.aliases.iter().any(|a| a == id) || id.starts_with(&format!("{}-", e.id))
    })?;
    let (k, e) = (&clusters[found], &events[found]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "event {} ({} report{})",
        e.id,
        k.members.len(),
        if k.members.len() == 1 { "" } else { "s" }
    );
    for (i, c) in k.members.iter().enumerate() {
        let best = if i == k.best { ", the best attested: it gives the date and id" } else { "" };
        let _ = writeln!(out, "\nreport {} ({}{best}): «{}»", i + 1, c.article, c.quote.trim());
        if i != k.best {
            let _ = writeln!(out, "  joined report {} because:", k.best + 1);
            for ch in checks(k.best(), c, g, l) {
                let _ =
                    writeln!(out, "    {} {}: {}", if ch.holds { "✓" } else { "✗" }, ch.criterion, ch.detail);
            }
        } else {
            let _ = writeln!(out, "  {} {}, {}", c.kind.id(), c.class, describe_date(c));
        }
        for x in &c.extra {
            let _ = writeln!(out, "  + «{}»\n    attached by extraction: {}", x.quote.trim(), x.why);
        }
    }
    let best = k.best();
    let near: Vec<usize> = (0..clusters.len())
        .filter(|&j| j != found && near_in_time(clusters[j].best(), best))
        .filter(|&j| clusters[j].best().kind == best.kind)
        .collect();
    if !near.is_empty() {
        let _ = writeln!(out, "\nkept apart (same type, within three days or in one period):");
    }
    for j in near {
        let other = clusters[j].best();
        let why: Vec<String> = checks(best, other, g, l)
            .into_iter()
            .filter(|ch| !ch.holds)
            .map(|ch| format!("{} differs: {}", ch.criterion, ch.detail))
            .collect();
        let apart = k.members.iter().position(|m| !not_told_apart(m, other, &leads));
        let why = if let (true, Some(i)) = (why.is_empty(), apart) {
            format!("its own article tells it apart from report {} (another kind of event)", i + 1)
        } else if why.is_empty() {
            "every criterion holds against the best report, but its own best report joined first".to_string()
        } else {
            why.join("; ")
        };
        let _ = writeln!(out, "  {} ({}): {why}", events[j].id, other.article);
    }
    Some(out)
}

/// Within three days of each other, or one's period (a month, a week, a span) holding the
/// other's day: the events `--explain` compares with the one it explains.
fn near_in_time(a: &Candidate, b: &Candidate) -> bool {
    let holds =
        |x: &Candidate, y: &Candidate| x.date.start <= y.date.start && Some(y.date.start) <= x.date.end;
    days_between(a.date.start, b.date.start) <= 3 || holds(a, b) || holds(b, a)
}

/// The stable id of an event with these attributes (the tests' view of [`event_id_refs`]).
#[cfg(test)]
pub fn event_id(kind: EventType, start: &str, place: Option<&str>, actors: &[String]) -> String {
    let a: Vec<&str> = actors.iter().map(String::as_str).collect();
    event_id_refs(kind, start, place, a)
}

/// The stable id of an event: `<type>-<start>-<12 hex>`, over borrowed actor ids (sorted
/// and deduplicated here).
fn event_id_refs(kind: EventType, start: &str, place: Option<&str>, mut a: Vec<&str>) -> String {
    a.sort_unstable();
    a.dedup();
    // hash of `kind|start|place|a1,a2,…` without building it
    let name = EventType::id(kind);
    let head = [name, "|", start, "|", place.unwrap_or("-"), "|"];
    let tail = a.iter().enumerate().flat_map(|(i, s)| [if i == 0 { "" } else { "," }, *s]);
    let h = hash_parts(head.into_iter().chain(tail));
    // written by hand: `format!` with a padded hex field cost more than hashing the event
    // (ids are built for every report of every event); [`hex12`] is tested against it
    let mut id = String::with_capacity(name.len() + start.len() + 14);
    for part in [name, "-", start, "-"] {
        id.push_str(part);
    }
    hex12(&mut id, h);
    id
}

/// Append the low 48 bits of `h` as twelve lowercase hex digits (what `{:012x}` writes of
/// `h & 0xffff_ffff_ffff`).
fn hex12(out: &mut String, h: u64) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for nibble in (0..12).rev() {
        out.push(DIGITS[((h >> (4 * nibble)) & 0xf) as usize] as char);
    }
}

fn candidate_id(c: &Candidate, g: &Gazetteer, l: &Lexicon) -> String {
    let actors: Vec<&str> = c
        .actors
        .iter()
        .filter(|(_, r)| *r != crate::export::Role::Claimant)
        .map(|(a, _)| l.actors[*a].id.as_str())
        .collect();
    event_id_refs(c.kind, &c.date.start.to_string(), c.place.map(|p| g.places[p].id.as_str()), actors)
}

/// The lexicon's generic party of civilians, if it has one ([`struck_and_striker`]).
fn civilians(l: &Lexicon) -> Option<usize> {
    l.actors.iter().position(|a| a.id == "civilians")
}

/// Merge candidates (from all articles, in article and sentence order) into events.
pub fn merge(cands: Vec<Candidate>, g: &Gazetteer, l: &Lexicon) -> Vec<Event> {
    let clusters = clusters(cands, g, civilians(l));
    let mut events: Vec<Event> = clusters.iter().map(|k| build(k, g, l)).collect();
    name_and_order(&mut events);
    events
}

/// Unique ids, then the export order. Two events left with one id (two suffixes alike) keep
/// their first mentions' order, as if sorted by them first.
fn name_and_order(events: &mut [Event]) {
    unique_ids(events);
    events.sort_by(|a, b| export_key(a).cmp(&export_key(b)).then_with(|| first_key(a).cmp(&first_key(b))));
}

/// Group candidates into clusters, one per real-world event.
fn clusters(mut cands: Vec<Candidate>, g: &Gazetteer, civilians: Option<usize>) -> Vec<Cluster> {
    // written dates first, so that inherited ones attach to them rather than chain; then in
    // article and sentence order. Candidates usually arrive in that order already ([`merge`]):
    // then the stable sort by origin alone gives the same order, and compares no article
    // names (a check of one pass, where the full sort compared them about n log n times)
    let by_article =
        |a: &Candidate, b: &Candidate| (a.article.as_str(), a.pos) <= (b.article.as_str(), b.pos);
    if cands.is_sorted_by(by_article) {
        sort_by_index(&mut cands, |a, b| a.date_origin.cmp(&b.date_origin));
    } else {
        sort_by_index(&mut cands, |a, b| {
            (a.date_origin, a.article.as_str(), a.pos).cmp(&(b.date_origin, b.article.as_str(), b.pos))
        });
    }
    // clusters are bucketed by family and day so that merging stays near-linear; a
    // candidate searches its own family and the families [`told_otherwise`] pairs with it
    let mut clusters: Vec<Cluster> = Vec::new();
    // (Fx: the keys are small integers, looked up a few times per report and day)
    let mut buckets: rustc_hash::FxHashMap<(Family, i32), Vec<usize>> = Default::default();
    // A cluster filed under several days is met once per candidate: `seen[k]` holds the
    // number of the last candidate that met cluster k (a stamp, not a list to search).
    let mut seen: Vec<usize> = Vec::new();
    let leads = Leads::of(&cands);
    for (round, c) in cands.into_iter().enumerate() {
        let (first, last) = reach(&c);
        let own = c.class.family();
        let families = std::iter::once(own).chain(partner_families(c.class));
        let mut best: Option<(Fit, usize)> = None;
        for fam in families {
            for day in first - 3..=last + 3 {
                for &ki in buckets.get(&(fam, day)).into_iter().flatten() {
                    if seen[ki] == round + 1 {
                        continue;
                    }
                    seen[ki] = round + 1;
                    let k = &clusters[ki];
                    if joins(k, &c, g, civilians, &leads) {
                        let f = fit(k, &c, civilians);
                        if best.is_none_or(|(bf, bk)| (f, ki) < (bf, bk)) {
                            best = Some((f, ki));
                        }
                    }
                }
            }
        }
        match best {
            Some((_, ki)) => clusters[ki].push(c),
            None => {
                clusters.push(Cluster::new(c));
                seen.push(0);
                for day in first..=last {
                    buckets.entry((own, day)).or_default().push(clusters.len() - 1);
                }
            }
        }
    }
    clusters
}

/// The days (numbered from 1900) under which a report is filed and searched for: its
/// period's, so that a month or a span of days meets the reports of one of its days
/// ([`periods_meet`]). Periods longer than a month (a year, a season) keep their first
/// day only: they are too loose to say which day's report they tell.
fn reach(c: &Candidate) -> (i32, i32) {
    let day_no = |d: Date| d.since(Date::constant(1900, 1, 1)).map(|s| s.get_days()).unwrap_or(0);
    let (start, end) = period(c);
    let (first, last) = (day_no(start), day_no(end));
    if last - first > 31 {
        (day_no(c.date.start), day_no(c.date.start))
    } else {
        (first, last.max(first))
    }
}

/// How closely a report fits a cluster that would take it, smaller first: the nearer
/// day, then a cluster whose best report itself agrees with the report's parties, not
/// only through another member. A sentence naming two parties ("les deux capitales ont
/// décrété la mobilisation") joins one party's decree, and then lets the other party's
/// own decree in too; a report that both clusters accept goes to the one of its own party.
type Fit = (i64, bool);

fn fit(k: &Cluster, c: &Candidate, civilians: Option<usize>) -> Fit {
    let b = k.best();
    (days_between(b.date.start, c.date.start), !actors_agree(b, c, civilians))
}

/// Unique ids: a collision (two distinct events alike in type, date, place and actors)
/// gets a suffix derived from its own first mention, never from position.
///
/// Of the events that share an id, the one whose first mention comes first (by article and
/// quote, then by position) keeps it; the others take the suffix. A suffixed id (`…-<4
/// hex>`) never equals a plain one (`…-<12 hex>`), so which events are renamed is settled by
/// the plain ids alone: one pass over a hash map, with no sort of all the events.
fn unique_ids(events: &mut [Event]) {
    let mut keeper: rustc_hash::FxHashMap<&str, usize> = Default::default();
    let mut renamed = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match keeper.entry(e.id.as_str()) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let k = *o.get();
                if first_key(e) < first_key(&events[k]) {
                    o.insert(i);
                    renamed.push(k);
                } else {
                    renamed.push(i);
                }
            }
        }
    }
    for i in renamed {
        let e = &mut events[i];
        let m = e.mentions.first().map(|m| format!("{}|{}", m.article, m.quote)).unwrap_or_default();
        let id = format!("{}-{:04x}", e.id, hash(&m) & 0xffff);
        e.aliases.retain(|a| a != &id);
        e.id = id;
    }
}

/// A stable sort that moves each (large) element once: indices are sorted, then applied.
fn sort_by_index<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    let mut idx: Vec<usize> = (0..v.len()).collect();
    idx.sort_by(|&i, &j| cmp(&v[i], &v[j]));
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| old[i].take()));
}

fn first_key(e: &Event) -> (&str, &str) {
    e.mentions.first().map(|m| (m.article.as_str(), m.quote.as_str())).unwrap_or_default()
}

/// Export order: date, type, id.
pub fn sort_events(events: &mut [Event]) {
    events.sort_by(|a, b| export_key(a).cmp(&export_key(b)));
}

fn export_key(e: &Event) -> (&str, EventType, &str) {
    (e.date.start.as_str(), e.kind, e.id.as_str())
}

fn build(k: &Cluster, g: &Gazetteer, l: &Lexicon) -> Event {
    let best = k.best();
    // The id is the best member's own id, which depends only on that member's sentence, and
    // every other member's id becomes an alias. So whatever article is added later, the id
    // this event had before is still the id or an alias of the event it belongs to.
    let id = candidate_id(best, g, l);
    let aliases = aliases(k, &id, g, l);
    Event {
        id,
        kind: best.kind,
        date: event_date(best),
        place: cluster_place(k, g).map(|p| place_ref(&g.places[p])),
        actors: cluster_actors(k, l),
        fatalities: k
            .members
            .iter()
            .filter_map(|c| c.fatalities.clone())
            .max_by_key(|f| (f.killed_min.unwrap_or(0), f.wounded_min.unwrap_or(0))),
        origin: Origin::Extracted,
        disputed_by: disputers(k, l),
        mentions: mentions(k),
        aliases,
    }
}

/// The cluster's most specific named place, else a default one.
fn cluster_place(k: &Cluster, g: &Gazetteer) -> Option<usize> {
    k.members
        .iter()
        .filter(|c| c.place.is_some())
        .max_by_key(|c| {
            (
                !c.place_default,
                c.place.map(|p| g.places[p].specificity()).unwrap_or(0),
                std::cmp::Reverse((c.article.as_str(), c.pos)),
            )
        })
        .and_then(|c| c.place)
}

fn place_ref(pl: &crate::gazetteer::Place) -> PlaceRef {
    PlaceRef {
        id: pl.id.clone(),
        name: pl.display_name(),
        lat: pl.lat,
        lon: pl.lon,
        precision: pl.precision(),
    }
}

/// Every member's actors once, by id; a party's role wins over a claimant's.
fn cluster_actors(k: &Cluster, l: &Lexicon) -> Vec<ActorRef> {
    use crate::export::Role::Claimant;
    let mut actors: Vec<ActorRef> = Vec::new();
    for c in &k.members {
        for (a, role) in &c.actors {
            let actor = &l.actors[*a];
            if let Some(x) = actors.iter_mut().find(|x| x.id == actor.id) {
                if x.role == Claimant && *role != Claimant {
                    x.role = *role;
                }
            } else {
                actors.push(ActorRef { id: actor.id.clone(), name: actor.label_fr.clone(), role: *role });
            }
        }
    }
    actors.sort_by(|a, b| a.id.cmp(&b.id));
    actors
}

/// Every member's quote and its extra quotes, each (article, quote) once, in member order.
fn mentions(k: &Cluster) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::new();
    for c in &k.members {
        mentions.push(Mention {
            article: c.article.clone(),
            quote: c.quote.clone(),
            claimed_by: c.claimed_by.clone(),
            trigger: c.trigger,
        });
        for x in &c.extra {
            mentions.push(Mention {
                article: c.article.clone(),
                quote: x.quote.clone(),
                claimed_by: x.claimed_by.clone(),
                trigger: None,
            });
        }
    }
    let keep: Vec<bool> = {
        let mut seen = BTreeSet::new();
        mentions.iter().map(|m| seen.insert((m.article.as_str(), m.quote.as_str()))).collect()
    };
    let mut keep = keep.into_iter();
    mentions.retain(|_| keep.next().unwrap_or(true));
    mentions
}

/// The ids of the parties who dispute any member, sorted, once each.
fn disputers(k: &Cluster, l: &Lexicon) -> Vec<String> {
    let mut disputed: Vec<String> =
        k.members.iter().flat_map(|c| c.disputed_by.iter().map(|a| l.actors[*a].id.clone())).collect();
    disputed.sort();
    disputed.dedup();
    disputed
}

/// The other members' own ids, sorted, once each.
fn aliases(k: &Cluster, id: &str, g: &Gazetteer, l: &Lexicon) -> Vec<String> {
    let mut aliases: Vec<String> =
        k.members.iter().map(|c| candidate_id(c, g, l)).filter(|a| a != id).collect();
    aliases.sort();
    aliases.dedup();
    aliases
}

/// The best report's date, with what it was resolved against.
fn event_date(best: &Candidate) -> EventDate {
    use crate::time::Basis;
    EventDate {
        start: best.date.start.to_string(),
        end: best.date.end.map(|d| d.to_string()),
        precision: best.date.precision,
        expression: best.expression.clone(),
        resolved_against: Some(best.article.clone()),
        anchor: match best.basis {
            Basis::Reference(d) | Basis::Entry(d) => Some(d.to_string()),
            _ => None,
        },
        detail: matches!(best.date.fine, crate::time::Precision::Night | crate::time::Precision::Interval)
            .then(|| best.date.fine.name().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Fatalities;
    use crate::time::DateValue;

    #[test]
    fn kind_names_are_the_serialised_names() {
        for k in EventType::ALL {
            assert_eq!(serde_json::to_value(k).unwrap().as_str().unwrap(), EventType::id(k));
        }
    }

    /// An invented report: one article's sentence of kind `kind/class` on `day`.
    fn cand(
        article: &str,
        kind: EventType,
        class: FrameClass,
        day: &str,
        written: bool,
        quote: &str,
    ) -> Candidate {
        Candidate {
            article: article.into(),
            pos: 0,
            kind,
            class,
            date: DateValue {
                start: day.parse().unwrap(),
                end: None,
                precision: Precision::Day,
                fine: crate::time::Precision::Day,
            },
            date_origin: if written { DateOrigin::Explicit } else { DateOrigin::Inherited },
            expression: None,
            basis: crate::time::Basis::Absolute,
            place: None,
            place_default: false,
            actors: Vec::new(),
            fatalities: None,
            quote: quote.into(),
            claimed_by: None,
            trigger: None,
            disputed_by: Vec::new(),
            extra: Vec::new(),
        }
    }

    fn with_actors(mut c: Candidate, ids: &[usize]) -> Candidate {
        c.actors = ids.iter().map(|&a| (a, crate::export::Role::Initiator)).collect();
        c
    }

    fn at(mut c: Candidate, place: usize, guessed: bool) -> Candidate {
        c.place = Some(place);
        c.place_default = guessed;
        c
    }

    /// How many events these reports make.
    fn events(cands: Vec<Candidate>) -> usize {
        clusters(cands, &Gazetteer::default(), None).len()
    }

    #[test]
    fn an_offensive_and_its_combat_from_two_sources_are_one_event() {
        use EventType::Fighting;
        let offensive = || {
            cand("a", Fighting, FrameClass::Offensive, "2020-09-27", true, "l'armée lançait une offensive")
        };
        let combat = cand("b", Fighting, FrameClass::Combat, "2020-09-27", true, "les combats ont repris");
        assert_eq!(events(vec![offensive(), combat.clone()]), 1);
        // one article telling both tells two steps; a shelling is not the offensive
        let mut same_article = combat;
        same_article.article = "a".into();
        assert_eq!(events(vec![offensive(), same_article]), 2);
        let shelling = cand("b", Fighting, FrameClass::Shelling, "2020-09-27", true, "la ville pilonnée");
        assert_eq!(events(vec![offensive(), shelling]), 2);
    }

    #[test]
    fn a_toll_and_the_fighting_that_caused_it_are_one_event_on_a_written_day() {
        use EventType::{Casualties, Fighting};
        let toll = |written| {
            at(cand("a", Casualties, FrameClass::Toll, "2020-09-27", written, "trois soldats tués"), 0, false)
        };
        let fire = || {
            at(
                cand("b", Fighting, FrameClass::Skirmish, "2020-09-27", true, "des tirs ont visé le poste"),
                0,
                false,
            )
        };
        assert_eq!(events(vec![toll(true), fire()]), 1);
        // near misses: a toll dated only by inheritance, and one article telling both
        assert_eq!(events(vec![toll(false), fire()]), 2);
        let mut same_article = fire();
        same_article.article = "a".into();
        assert_eq!(events(vec![toll(true), same_article]), 2);
    }

    #[test]
    fn a_toll_joins_fighting_only_where_both_sources_name_the_place() {
        use EventType::{Casualties, Fighting};
        // a count of villagers killed somewhere in the region, and a front-wide barrage
        let toll = |place: Option<(usize, bool)>| {
            let c = cand("a", Casualties, FrameClass::Toll, "2021-03-14", true, "onze villageois tués");
            place.map_or(c.clone(), |(p, guessed)| at(c, p, guessed))
        };
        let barrage = || {
            at(
                cand(
                    "b",
                    Fighting,
                    FrameClass::Shelling,
                    "2021-03-14",
                    true,
                    "les obusiers pilonnent le front",
                ),
                0,
                false,
            )
        };
        assert_eq!(events(vec![toll(None), barrage()]), 2);
        assert_eq!(events(vec![toll(Some((0, true))), barrage()]), 2);
        // near miss: the toll names the place the barrage struck
        assert_eq!(events(vec![toll(Some((0, false))), barrage()]), 1);
    }

    #[test]
    fn a_third_source_naming_both_parties_does_not_glue_their_two_acts() {
        use EventType::Political;
        // each capital proclaims its own state of emergency; a third source names both
        let decree = |art: &str, who: &[usize]| {
            with_actors(
                cand(art, Political, FrameClass::Decree, "2019-06-02", true, "proclame l'état d'urgence"),
                who,
            )
        };
        assert_eq!(events(vec![decree("a", &[0]), decree("m", &[0, 1]), decree("z", &[1])]), 2);
        // near misses: the last source names no party, or the first capital
        assert_eq!(events(vec![decree("a", &[0]), decree("m", &[0, 1]), decree("z", &[])]), 1);
        assert_eq!(events(vec![decree("a", &[0]), decree("m", &[0, 1]), decree("z", &[0])]), 1);
    }

    #[test]
    fn a_shelling_and_the_explosions_heard_are_one_event_on_a_written_day() {
        let shelling =
            || cand("a", EventType::Fighting, FrameClass::Shelling, "2020-09-27", true, "tirs d'artillerie");
        let heard = |written| {
            cand("b", EventType::Incident, FrameClass::Explosion, "2020-09-27", written, "des explosions")
        };
        assert_eq!(events(vec![shelling(), heard(true)]), 1);
        assert_eq!(events(vec![shelling(), heard(false)]), 2);
    }

    #[test]
    fn aid_and_its_blocking_merge_only_with_a_shared_party() {
        use EventType::Humanitarian;
        let aid =
            || with_actors(cand("a", Humanitarian, FrameClass::Aid, "2023-07-11", true, "convois"), &[0, 1]);
        let blockade = |who| {
            with_actors(
                cand("b", Humanitarian, FrameClass::Blockade, "2023-07-11", true, "passage suspendu"),
                who,
            )
        };
        assert_eq!(events(vec![aid(), blockade(&[0])]), 1);
        assert_eq!(events(vec![aid(), blockade(&[2])]), 2);
    }

    #[test]
    fn a_truce_and_the_text_signed_with_a_shared_party_are_one_agreement() {
        use EventType::{Ceasefire, Political};
        let truce = || {
            with_actors(
                cand("a", Ceasefire, FrameClass::Agreement, "2021-03-14", true, "la trêve conclue à minuit"),
                &[0, 1],
            )
        };
        let signed = |day, who| {
            with_actors(
                cand("b", Political, FrameClass::Signing, day, true, "les délégués apposent leur nom"),
                who,
            )
        };
        assert_eq!(events(vec![truce(), signed("2021-03-14", &[1, 2])]), 1);
        // near misses: a text of wholly other parties, another day, or the same article
        assert_eq!(events(vec![truce(), signed("2021-03-14", &[3])]), 2);
        assert_eq!(events(vec![truce(), signed("2021-03-15", &[1])]), 2);
        let mut same_article = signed("2021-03-14", &[1]);
        same_article.article = "a".into();
        assert_eq!(events(vec![truce(), same_article]), 2);
        // a meeting whose sentence signs is left to talks
        let meeting = with_actors(
            cand("b", EventType::Talks, FrameClass::Meeting, "2021-03-14", true, "ils signent un texte"),
            &[1],
        );
        assert_eq!(events(vec![truce(), meeting]), 2);
    }

    #[test]
    fn a_capture_and_a_party_announcing_it_are_one_event() {
        use EventType::{Fighting, Statement};
        let capture = || {
            with_actors(
                cand("a", Fighting, FrameClass::Advance, "2021-06-02", true, "la colonne entre au bourg"),
                &[0],
            )
        };
        let said = |quote, who| {
            with_actors(cand("b", Statement, FrameClass::Statement, "2021-06-02", true, quote), who)
        };
        assert_eq!(events(vec![capture(), said("le chef déclare que le bourg est tombé", &[0])]), 1);
        assert_eq!(
            events(vec![capture(), said("l'état-major reconnaît le retrait de ses unités", &[0, 1])]),
            1
        );
        // near misses: a statement of something else, or by a party not in the fighting
        assert_eq!(events(vec![capture(), said("le chef exige des excuses", &[0])]), 2);
        assert_eq!(events(vec![capture(), said("le ministre déclare que le bourg est tombé", &[2])]), 2);
    }

    #[test]
    fn one_source_naming_who_acted_and_another_whom_it_struck_tell_one_event() {
        use crate::export::Role::{Initiator, Target};
        let post = |art: &str, who, role, written| {
            let mut c =
                cand(art, EventType::Humanitarian, FrameClass::Blockade, "2023-05-02", written, "un poste");
            c.actors = vec![(who, role)];
            c
        };
        assert_eq!(events(vec![post("a", 0, Initiator, true), post("b", 1, Target, true)]), 1);
        // near misses: two acting parties; a date only inherited; one article
        assert_eq!(events(vec![post("a", 0, Initiator, true), post("b", 1, Initiator, true)]), 2);
        assert_eq!(events(vec![post("a", 0, Initiator, true), post("b", 1, Target, false)]), 2);
        assert_eq!(events(vec![post("a", 0, Initiator, true), post("a", 1, Target, true)]), 2);
    }

    #[test]
    fn a_declaration_told_with_fewer_signatories_is_one_event() {
        let signed = || {
            with_actors(
                cand("a", EventType::Statement, FrameClass::Statement, "2025-08-08", true, "ont signé"),
                &[0, 1, 2],
            )
        };
        let told =
            |kind, class, who| with_actors(cand("b", kind, class, "2025-08-08", false, "ont signé"), who);
        // a statement of two of the three signatories, its date inherited
        assert_eq!(events(vec![signed(), told(EventType::Statement, FrameClass::Statement, &[0, 1])]), 1);
        // one shared speaker, or a party the other does not name: two statements
        assert_eq!(events(vec![signed(), told(EventType::Statement, FrameClass::Statement, &[0])]), 2);
        assert_eq!(events(vec![signed(), told(EventType::Statement, FrameClass::Statement, &[0, 1, 3])]), 2);
        // talks of the same parties that day are another event (the text's signing is told
        // as a statement by one source, the talks by another: kept apart)
        assert_eq!(events(vec![signed(), told(EventType::Talks, FrameClass::Meeting, &[0, 1])]), 2);
    }

    #[test]
    fn one_incident_at_one_named_place_merges_whoever_the_sources_blame() {
        use EventType::Incident;
        let mine = |art: &str, who, guessed| {
            at(
                with_actors(cand(art, Incident, FrameClass::Mine, "2021-06-04", true, "une mine"), who),
                0,
                guessed,
            )
        };
        assert_eq!(events(vec![mine("a", &[0], false), mine("b", &[1], false)]), 1);
        // a place only guessed from the article's region does not say where it was
        assert_eq!(events(vec![mine("a", &[0], false), mine("b", &[1], true)]), 2);
        // one article naming two parties tells two incidents
        assert_eq!(events(vec![mine("a", &[0], false), mine("a", &[1], false)]), 2);
    }

    #[test]
    fn one_town_taken_on_one_written_day_merges_whoever_the_sources_name() {
        use EventType::Fighting;
        let taken = |art: &str, class, who, written, guessed| {
            at(
                with_actors(
                    cand(art, Fighting, class, "2024-02-03", written, "les colonnes entrent dans Bourg"),
                    who,
                ),
                0,
                guessed,
            )
        };
        let adv = FrameClass::Advance;
        assert_eq!(events(vec![taken("a", adv, &[0], true, false), taken("b", adv, &[1], true, false)]), 1);
        // near misses: a place only guessed; a date only inherited; a shelling of the town
        // by other parties; one article naming two attackers
        assert_eq!(events(vec![taken("a", adv, &[0], true, false), taken("b", adv, &[1], true, true)]), 2);
        assert_eq!(events(vec![taken("a", adv, &[0], true, false), taken("b", adv, &[1], false, false)]), 2);
        let sh = FrameClass::Shelling;
        assert_eq!(events(vec![taken("a", sh, &[0], true, false), taken("b", sh, &[1], true, false)]), 2);
        assert_eq!(events(vec![taken("a", adv, &[0], true, false), taken("a", adv, &[1], true, false)]), 2);
    }

    #[test]
    fn one_night_dated_on_either_of_its_days_by_two_sources_is_one_event() {
        use EventType::Fighting;
        let raid = |art: &str, day, night, place: Option<(usize, bool)>| {
            let mut c = with_actors(
                cand(art, Fighting, FrameClass::Advance, day, true, "les rebelles pénètrent dans Bourg"),
                &[0],
            );
            if night {
                c.date.fine = crate::time::Precision::Night;
            }
            if let Some((p, guessed)) = place {
                c = at(c, p, guessed);
            }
            c
        };
        let here = Some((0, false));
        let k = clusters(
            vec![raid("a", "2025-03-09", true, here), raid("b", "2025-03-10", true, here)],
            &Gazetteer::default(),
            None,
        );
        assert_eq!(k.len(), 1);
        // the night is dated by its morning
        assert_eq!(k[0].best().date.start.to_string(), "2025-03-10");
        assert_eq!(
            events(vec![raid("a", "2025-03-09", false, here), raid("b", "2025-03-10", true, here)]),
            1
        );
        // near misses: two days with no night; a place only guessed or not named; another
        // place; one article's two nights; two days apart
        assert_eq!(
            events(vec![raid("a", "2025-03-09", false, here), raid("b", "2025-03-10", false, here)]),
            2
        );
        let guessed = Some((0, true));
        assert_eq!(
            events(vec![raid("a", "2025-03-09", true, here), raid("b", "2025-03-10", true, guessed)]),
            2
        );
        assert_eq!(events(vec![raid("a", "2025-03-09", true, None), raid("b", "2025-03-10", true, None)]), 2);
        let there = Some((1, false));
        assert_eq!(
            events(vec![raid("a", "2025-03-09", true, here), raid("b", "2025-03-10", true, there)]),
            2
        );
        assert_eq!(events(vec![raid("a", "2025-03-09", true, here), raid("a", "2025-03-10", true, here)]), 2);
        assert_eq!(events(vec![raid("a", "2025-03-09", true, here), raid("b", "2025-03-11", true, here)]), 2);
    }

    #[test]
    fn fighting_over_a_weekend_and_on_one_of_its_days_is_one_battle() {
        use EventType::{Fighting, Talks};
        let spanned = |art: &str, kind, class| {
            let mut c = cand(art, kind, class, "2021-05-08", true, "les tirs durent tout le week-end");
            c.date.end = Some("2021-05-09".parse().unwrap());
            c
        };
        let sunday = |art: &str, kind, class| {
            cand(art, kind, class, "2021-05-09", true, "dimanche, la colline est bombardée")
        };
        let shelling = FrameClass::Shelling;
        assert_eq!(events(vec![spanned("a", Fighting, shelling), sunday("b", Fighting, shelling)]), 1);
        // near misses: a day outside the span; one article's own two dates; talks over days
        // and the text of their last day
        let monday = cand("b", Fighting, shelling, "2021-05-10", true, "lundi, la colline est bombardée");
        assert_eq!(events(vec![spanned("a", Fighting, shelling), monday]), 2);
        assert_eq!(events(vec![spanned("a", Fighting, shelling), sunday("a", Fighting, shelling)]), 2);
        let meeting = FrameClass::Meeting;
        assert_eq!(events(vec![spanned("a", Talks, meeting), sunday("b", Talks, meeting)]), 2);
    }

    #[test]
    fn a_fight_claimed_by_a_party_and_told_with_it_as_attacker_is_one_fight() {
        use crate::export::Role::{Claimant, Initiator, Participant};
        use EventType::Fighting;
        let fight = |art: &str, actors: &[(usize, crate::export::Role)]| {
            let mut c =
                cand(art, Fighting, FrameClass::Advance, "2023-06-02", true, "la base aérienne est tombée");
            c.actors = actors.to_vec();
            c
        };
        // "a": the rebels (0) took the base; "b": the base fell, according to the rebels,
        // and foreign soldiers (2) were captured there
        let told = fight("a", &[(0, Initiator)]);
        let claimed = fight("b", &[(0, Claimant), (2, Participant)]);
        assert_eq!(events(vec![told.clone(), claimed.clone()]), 1);
        // near misses: the claimant is a third party (an agency, 1); one article's two
        // sentences; a statement is not a fight
        assert_eq!(events(vec![told.clone(), fight("b", &[(1, Claimant), (2, Participant)])]), 2);
        let mut same_article = claimed.clone();
        same_article.article = "a".into();
        same_article.pos = 1;
        assert_eq!(events(vec![told.clone(), same_article]), 2);
        let mut said = claimed;
        said.kind = EventType::Statement;
        said.class = FrameClass::Statement;
        assert_eq!(events(vec![told, said]), 2);
    }

    #[test]
    fn an_act_announced_by_its_author_and_told_with_it_acting_is_one_act() {
        use crate::export::Role::{Claimant, Initiator, Participant, Target};
        let report = |art: &str, kind: EventType, class: FrameClass, day: &str, actors: &[_]| {
            let mut c = cand(art, kind, class, day, true, "");
            c.actors = actors.to_vec();
            c
        };
        let decree = |art: &str, day: &str, actors: &[_]| {
            report(art, EventType::Political, FrameClass::Decree, day, actors)
        };
        // "le gouvernement (0) a annoncé jeudi qu'il instaurait le couvre-feu dans la
        // province (1)" / "jeudi, le gouvernement instaure le couvre-feu"
        let announced = decree("a", "2019-03-07", &[(0, Claimant), (1, Participant)]);
        let told = decree("b", "2019-03-07", &[(0, Initiator)]);
        assert_eq!(events(vec![announced.clone(), told.clone()]), 1);
        // "la junte (2) a fait savoir qu'elle avait démis le préfet" / "le préfet est limogé par la junte"
        let resign = |art: &str, actors: &[_]| {
            report(art, EventType::Political, FrameClass::Resignation, "2016-10-12", actors)
        };
        assert_eq!(
            events(vec![resign("c", &[(2, Claimant), (3, Target)]), resign("d", &[(2, Initiator)])]),
            1
        );
        // "les dockers (6) bloquent le port, a indiqué le syndicat (4)" / "le syndicat a
        // organisé un blocage du port"
        let protest = |art: &str, actors: &[_]| {
            report(art, EventType::Protest, FrameClass::Protest, "2021-05-02", actors)
        };
        assert_eq!(
            events(vec![protest("e", &[(4, Claimant), (6, Initiator)]), protest("f", &[(4, Initiator)])]),
            1
        );
        // near misses: a day only carried from the sentence before (the announcement of a
        // decree is the news of the day it names); the claimant a third party (a news agency,
        // 5); one article's two sentences; another kind
        let mut carried = announced.clone();
        carried.date_origin = DateOrigin::Inherited;
        assert_eq!(events(vec![carried, told.clone()]), 2);
        assert_eq!(
            events(vec![decree("a", "2019-03-07", &[(5, Claimant), (1, Participant)]), told.clone()]),
            2
        );
        let mut same_article = announced.clone();
        same_article.article = "b".into();
        same_article.pos = 1;
        assert_eq!(events(vec![same_article, told.clone()]), 2);
        let said = report("a", EventType::Statement, FrameClass::Statement, "2019-03-07", &[(0, Claimant)]);
        assert_eq!(events(vec![said, told]), 2);
    }

    #[test]
    fn civilians_struck_and_the_side_that_struck_are_one_strike_at_one_named_place() {
        use EventType::Fighting;
        const CIVILIANS: usize = 5;
        let strike = |art: &str, who: &[usize], written, place: Option<(usize, bool)>| {
            let mut c = with_actors(
                cand(
                    art,
                    Fighting,
                    FrameClass::Shelling,
                    "2022-04-03",
                    written,
                    "une roquette frappe un marché",
                ),
                who,
            );
            if let Some((p, guessed)) = place {
                c = at(c, p, guessed);
            }
            c
        };
        let n = |v| clusters(v, &Gazetteer::default(), Some(CIVILIANS)).len();
        let here = Some((0, false));
        assert_eq!(n(vec![strike("a", &[0, 1], true, here), strike("b", &[CIVILIANS], true, here)]), 1);
        // near misses: another belligerent named instead of civilians; one place only
        // guessed; a date only inherited; one article; no civilians actor in the lexicon
        assert_eq!(n(vec![strike("a", &[0, 1], true, here), strike("b", &[2], true, here)]), 2);
        let guessed = Some((0, true));
        assert_eq!(n(vec![strike("a", &[0, 1], true, here), strike("b", &[CIVILIANS], true, guessed)]), 2);
        assert_eq!(n(vec![strike("a", &[0, 1], true, here), strike("b", &[CIVILIANS], false, here)]), 2);
        assert_eq!(n(vec![strike("a", &[0, 1], true, here), strike("a", &[CIVILIANS], true, here)]), 2);
        let v = vec![strike("a", &[0, 1], true, here), strike("b", &[CIVILIANS], true, here)];
        assert_eq!(clusters(v, &Gazetteer::default(), None).len(), 2);
    }

    #[test]
    fn a_report_goes_to_the_cluster_whose_best_report_shares_its_party() {
        use EventType::Political;
        let decree = |art: &str, who| {
            with_actors(
                cand(art, Political, FrameClass::Decree, "2022-04-04", true, "décrète la mobilisation"),
                who,
            )
        };
        // "a" and "b": each party's own decree; "m" names both parties and joins the first;
        // "z" names the second party, whose own decree is the other cluster
        let g = Gazetteer::default();
        let ks = clusters(
            vec![decree("a", &[0]), decree("b", &[1]), decree("m", &[0, 1]), decree("z", &[1])],
            &g,
            None,
        );
        let with = |art: &str| ks.iter().position(|k| k.members.iter().any(|c| c.article == art));
        assert_eq!(ks.len(), 2);
        assert_eq!(with("z"), with("b"));
        assert_eq!(with("m"), with("a"));
        // near miss: a report of the first party stays with the first decree
        let ks = clusters(
            vec![decree("a", &[0]), decree("b", &[1]), decree("m", &[0, 1]), decree("z", &[0])],
            &g,
            None,
        );
        let with = |art: &str| ks.iter().position(|k| k.members.iter().any(|c| c.article == art));
        assert_eq!(with("z"), with("a"));
    }

    #[test]
    fn a_bare_report_joins_another_article_only_on_its_own_day() {
        use EventType::Fighting;
        let raid =
            || with_actors(cand("a", Fighting, FrameClass::Shelling, "2024-03-05", true, "un raid"), &[0]);
        let bare =
            |art: &str, day| cand(art, Fighting, FrameClass::Shelling, day, false, "les canons tonnent");
        assert_eq!(events(vec![raid(), bare("b", "2024-03-06")]), 2);
        // near misses: the same day; the same article (it continues the raid); a report
        // of its own (a party named) a day later
        assert_eq!(events(vec![raid(), bare("b", "2024-03-05")]), 1);
        assert_eq!(events(vec![raid(), bare("a", "2024-03-06")]), 1);
        assert_eq!(events(vec![raid(), with_actors(bare("b", "2024-03-06"), &[0])]), 1);
    }

    /// A report of article `art` dated to the month of May 2021 ("en mai", "fin mai"…).
    fn in_may(art: &str, expression: &str) -> Candidate {
        let mut c =
            cand(art, EventType::Fighting, FrameClass::Advance, "2021-05-01", true, "la colonne avance");
        c.date.end = Some("2021-05-31".parse().unwrap());
        c.date.precision = Precision::Month;
        c.expression = Some(expression.into());
        c
    }

    #[test]
    fn a_month_meets_a_day_inside_it_told_at_the_same_place() {
        let day = |art: &str| {
            at(
                cand(art, EventType::Fighting, FrameClass::Advance, "2021-05-12", true, "le col est pris"),
                0,
                false,
            )
        };
        assert_eq!(events(vec![at(in_may("a", "en mai"), 0, false), day("b")]), 1);
        assert_eq!(events(vec![with_actors(in_may("a", "en mai"), &[3]), with_actors(day("b"), &[3])]), 1);
        // near misses: nothing shared but the month; the part of the month named is
        // another; one article dating one fact to the day, another only to the month
        assert_eq!(events(vec![in_may("a", "en mai"), day("b")]), 2);
        assert_eq!(events(vec![at(in_may("a", "fin mai"), 0, false), day("b")]), 2);
        assert_eq!(events(vec![at(in_may("a", "Mi-mai"), 0, false), day("b")]), 1);
        assert_eq!(events(vec![at(in_may("a", "en mai"), 0, false), day("a")]), 2);
    }

    #[test]
    fn a_part_of_a_month_is_its_days() {
        assert_eq!(month_part("Fin juillet"), MonthPart::End);
        assert_eq!(month_part("début août"), MonthPart::Start);
        assert_eq!(month_part("Mi-juin"), MonthPart::Middle);
        assert_eq!(month_part("en juin"), MonthPart::Whole);
        assert_eq!(month_part("finalement en juin"), MonthPart::Whole);
        let (s, e) = period(&in_may("a", "fin mai"));
        assert_eq!((s.day(), e.day()), (21, 31));
    }

    #[test]
    fn counts_of_one_exodus_two_days_apart_are_one_process() {
        use EventType::Humanitarian;
        let counted = || {
            cand(
                "a",
                Humanitarian,
                FrameClass::Displacement,
                "2023-12-19",
                true,
                "quelque 40 000 habitants fuient la ville",
            )
        };
        let later = |quote| cand("b", Humanitarian, FrameClass::Displacement, "2023-12-20", true, quote);
        assert_eq!(
            events(vec![
                counted(),
                later("quelques dizaines de milliers de résidents sont partis vers le sud")
            ]),
            1
        );
        // a departure without a count is an event of its own day
        assert_eq!(
            events(vec![counted(), later("le 20 décembre 2023, ses habitants venaient d'évacuer")]),
            2
        );
    }

    #[test]
    fn a_third_source_does_not_glue_two_events_of_one_article() {
        use EventType::Fighting;
        // "b" tells an exchange of fire, then the air strikes that answered it; "a" (the
        // best attested, read first) only says that fighting broke out that day
        let fighting = cand("a", Fighting, FrameClass::Combat, "2024-03-02", true, "les combats ont éclaté");
        let told = |class, pos, quote| {
            let mut c = cand("b", Fighting, class, "2024-03-02", true, quote);
            c.pos = pos;
            c
        };
        let fire = told(FrameClass::Skirmish, 0, "des tirs ont été échangés au poste");
        let strikes = told(FrameClass::Shelling, 1, "l'aviation a riposté en frappant leurs dépôts");
        assert_eq!(events(vec![fighting.clone(), fire.clone(), strikes]), 2);
        // near miss: the article's second sentence tells the same kind, more of the fire
        let more = told(FrameClass::Skirmish, 1, "les tirs ont duré jusqu'au soir");
        assert_eq!(events(vec![fighting, fire, more]), 1);
    }

    #[test]
    fn a_lead_summing_up_an_offensive_does_not_tell_its_first_strikes_apart() {
        use EventType::Fighting;
        // "a" only says that fighting broke out; "b" opens on the campaign, then tells its
        // first day in its body
        let fighting = cand("a", Fighting, FrameClass::Combat, "2022-05-03", true, "les combats ont éclaté");
        let told = |class, pos, quote| {
            let mut c = cand("b", Fighting, class, "2022-05-03", true, quote);
            c.pos = pos;
            c
        };
        let lead = told(FrameClass::Offensive, 0, "de l'offensive du 3 mai à la trêve, retour sur un mois");
        let strikes = told(FrameClass::Shelling, 9, "le 3 mai, les canons frappent toute la ligne");
        assert_eq!(events(vec![fighting.clone(), lead, strikes.clone()]), 1);
        // near miss: the offensive told later in the body, after the article's lead, is
        // another step than the strikes
        let opening = told(FrameClass::Statement, 0, "le ministre a pris la parole ce matin");
        let later = told(FrameClass::Offensive, 5, "au matin du 3 mai, l'assaut commence");
        assert_eq!(events(vec![fighting, opening, later, strikes]), 3);
    }

    #[test]
    fn a_written_span_and_a_single_day_are_two_facts() {
        use EventType::{Fighting, Humanitarian};
        let span = |art: &str, kind, class, written| {
            let mut c = cand(art, kind, class, "2024-03-05", written, "du 5 au 7 mars");
            c.date.end = Some("2024-03-07".parse().unwrap());
            c
        };
        let day = |kind, class, written| cand("b", kind, class, "2024-03-05", written, "mardi, un bateau");
        let (d, f) = (FrameClass::Displacement, FrameClass::Offensive);
        assert_eq!(events(vec![span("a", Humanitarian, d, true), day(Humanitarian, d, true)]), 2);
        assert_eq!(events(vec![span("a", Humanitarian, d, true), day(Humanitarian, d, false)]), 2);
        // near misses: two spans; a span only inherited; a campaign and one of its days
        assert_eq!(events(vec![span("a", Humanitarian, d, true), span("b", Humanitarian, d, true)]), 1);
        assert_eq!(events(vec![span("a", Humanitarian, d, false), day(Humanitarian, d, true)]), 1);
        assert_eq!(events(vec![span("a", Fighting, f, true), day(Fighting, f, true)]), 1);
    }

    #[test]
    fn talks_over_two_days_and_one_of_them_at_one_named_place_are_one_meeting() {
        use EventType::Talks;
        let g = Gazetteer::parse(
            std::path::Path::new("p.toml"),
            r#"
[[place]]
id = "port"
kind = "city"
lat = 10.0
lon = 20.0
name_fr = "Port"
name_en = "Port"
[[place]]
id = "col"
kind = "town"
lat = 11.0
lon = 21.0
name_fr = "Col"
name_en = "Col"
"#,
            &mut Vec::new(),
        );
        let talks = |art: &str, two_days: bool, place: Option<usize>| {
            let mut c =
                cand(art, Talks, FrameClass::Meeting, "2022-02-09", true, "les émissaires se retrouvent");
            if two_days {
                c.date.end = Some("2022-02-10".parse().unwrap());
            }
            place.map_or(c.clone(), |p| at(c, p, false))
        };
        let n = |v| clusters(v, &g, None).len();
        assert_eq!(n(vec![talks("a", true, Some(0)), talks("b", false, Some(0))]), 1);
        // near misses: one source names no place; the two name other places
        assert_eq!(n(vec![talks("a", true, Some(0)), talks("b", false, None)]), 2);
        assert_eq!(n(vec![talks("a", true, Some(0)), talks("b", false, Some(1))]), 2);
    }

    #[test]
    fn fights_that_no_source_places_are_one_only_with_a_party_in_common() {
        use crate::export::Role::{Claimant, Initiator, Participant, Target};
        use EventType::{Casualties, Fighting, Incident};
        let g = Gazetteer::parse(
            std::path::Path::new("p.toml"),
            r#"
[[place]]
id = "gue"
kind = "town"
lat = 10.0
lon = 20.0
name_fr = "Gué"
name_en = "Gué"
"#,
            &mut Vec::new(),
        );
        let n = |v| clusters(v, &g, None).len();
        let with = |mut c: Candidate, parties: &[(usize, crate::export::Role)]| {
            c.actors = parties.to_vec();
            c
        };
        // "selon l'état-major de A, ses avions ont visé des dépôts mardi" / "mardi, des
        // drones de B ont frappé des camps de C": two strikes
        let claimed = || {
            let c = cand("a", Fighting, FrameClass::Shelling, "2024-03-05", true, "des dépôts visés");
            with(c, &[(0, Claimant)])
        };
        let other = || {
            let c = cand("b", Fighting, FrameClass::Shelling, "2024-03-05", true, "des camps frappés");
            with(c, &[(1, Initiator), (2, Participant)])
        };
        assert_eq!(n(vec![claimed(), other()]), 2);
        // one side's count of its fighters killed; the next day, the other side's count of
        // civilians killed by the first side's guns
        let own = cand("a", Casualties, FrameClass::Toll, "2021-04-12", true, "cinquante combattants tués");
        let civilians = cand("b", Casualties, FrameClass::Toll, "2021-04-13", false, "des civils tués");
        assert_eq!(n(vec![with(own, &[(0, Claimant)]), with(civilians, &[(1, Initiator), (3, Target)])]), 2);
        // an explosion reported by one party, another by a second party's losses
        let blast =
            |art: &str| cand(art, Incident, FrameClass::Explosion, "2019-07-01", true, "une explosion");
        assert_eq!(n(vec![with(blast("a"), &[(0, Claimant)]), with(blast("b"), &[(1, Participant)])]), 2);
        // near misses: both name the town; a party in common; one names no one; one
        // article; an offensive whose attacker one source leaves unnamed
        assert_eq!(n(vec![at(claimed(), 0, false), at(other(), 0, false)]), 1);
        assert_eq!(n(vec![claimed(), with(other(), &[(1, Initiator), (0, Participant)])]), 1);
        assert_eq!(n(vec![claimed(), with(other(), &[])]), 1);
        let mut same_article = other();
        same_article.article = "a".into();
        assert_eq!(n(vec![claimed(), same_article]), 1);
        let offensive =
            |art: &str| cand(art, Fighting, FrameClass::Offensive, "2024-02-29", true, "l'offensive");
        assert_eq!(
            n(vec![with(offensive("a"), &[(4, Participant)]), with(offensive("b"), &[(5, Initiator)])]),
            1
        );
    }

    #[test]
    fn a_report_with_nothing_of_its_own_joins_no_pinned_event_of_another_article() {
        use EventType::Fighting;
        let pinned = || {
            at(
                with_actors(cand("a", Fighting, FrameClass::Skirmish, "2024-03-05", true, "tirs"), &[0]),
                0,
                false,
            )
        };
        let bare =
            |art: &str| cand(art, Fighting, FrameClass::Skirmish, "2024-03-05", false, "des tirs audibles");
        assert_eq!(events(vec![pinned(), bare("b")]), 2);
        // near misses: the same article continues; the report names the place; the event
        // is not pinned (no place of its own)
        assert_eq!(events(vec![pinned(), bare("a")]), 1);
        assert_eq!(events(vec![pinned(), at(bare("b"), 0, false)]), 1);
        let mut loose = pinned();
        loose.place = None;
        assert_eq!(events(vec![loose, bare("b")]), 1);
    }

    #[test]
    fn one_article_dating_two_reports_on_two_days_tells_two_events() {
        use EventType::Political;
        let withdrawn = || {
            with_actors(
                cand("a", Political, FrameClass::Resignation, "2023-05-04", true, "Sofia renonçait vendredi"),
                &[0],
            )
        };
        let before = |who: &[usize], written| {
            let mut c =
                cand("a", Political, FrameClass::Resignation, "2023-05-03", written, "Lima se retirait");
            c.pos = 1;
            with_actors(c, who)
        };
        assert_eq!(events(vec![withdrawn(), before(&[0, 1], false)]), 2);
        // near misses: a sentence naming no party continues the report; a lead dated only
        // by the publication; two articles (a day apart, one date inherited)
        assert_eq!(events(vec![withdrawn(), before(&[], false)]), 1);
        let mut lead = before(&[0, 1], false);
        lead.date_origin = DateOrigin::Publication;
        assert_eq!(events(vec![withdrawn(), lead]), 1);
        let mut other = before(&[0, 1], false);
        other.article = "b".into();
        assert_eq!(events(vec![withdrawn(), other]), 1);
    }

    #[test]
    fn one_article_dating_two_sentences_anew_tells_two_steps() {
        use EventType::Fighting;
        let step = |art: &str, pos, expr: &str| {
            let mut c =
                cand(art, Fighting, FrameClass::Offensive, "2025-03-07", true, "les rebelles avancent");
            c.pos = pos;
            c.expression = Some(expr.into());
            c
        };
        assert_eq!(events(vec![step("a", 0, "Vendredi 7"), step("a", 1, "le soir même")]), 2);
        // near misses: the same words repeated; another article's wording
        assert_eq!(events(vec![step("a", 0, "vendredi"), step("a", 1, "Vendredi")]), 1);
        assert_eq!(events(vec![step("a", 0, "Vendredi 7"), step("b", 0, "le soir même")]), 1);
    }

    #[test]
    fn two_different_tolls_are_two_claims() {
        use EventType::Casualties;
        let toll = |art: &str, day, written, killed| {
            let mut c =
                with_actors(cand(art, Casualties, FrameClass::Toll, day, written, "soldats tués"), &[0]);
            c.fatalities = Some(Fatalities { killed_min: Some(killed), ..Default::default() });
            c
        };
        // one party's toll of the next day, and its first toll told by another source
        assert_eq!(events(vec![toll("a", "2022-05-04", true, 71), toll("b", "2022-05-03", false, 49)]), 2);
        // near miss: the same figure
        assert_eq!(events(vec![toll("a", "2022-05-04", true, 71), toll("b", "2022-05-03", false, 71)]), 1);
    }

    #[test]
    fn a_toll_and_fighting_of_wholly_other_parties_stay_apart() {
        use EventType::{Casualties, Fighting};
        // a count of civilians killed that one party gives, and fire naming another party
        let mut toll =
            at(cand("a", Casualties, FrameClass::Toll, "2023-02-02", true, "civils tués"), 0, false);
        toll.actors = vec![(0, crate::export::Role::Claimant)];
        let fire = |who| {
            at(
                with_actors(cand("b", Fighting, FrameClass::Skirmish, "2023-02-02", true, "des tirs"), who),
                0,
                false,
            )
        };
        assert_eq!(events(vec![toll.clone(), fire(&[1])]), 2);
        // near miss: the fire names that party too
        assert_eq!(events(vec![toll, fire(&[0, 1])]), 1);
    }

    /// A province and a town inside it.
    fn province_and_town() -> Gazetteer {
        let t = r#"
[[place]]
id = "province"
kind = "region"
lat = 40.0
lon = 45.0
name_fr = "Province"
name_en = "Province"
parent = "land"
[[place]]
id = "town"
kind = "town"
lat = 40.1
lon = 45.1
name_fr = "Bourg"
name_en = "Town"
parent = "province"
[[place]]
id = "land"
kind = "country"
lat = 41.0
lon = 45.0
name_fr = "Pays"
name_en = "Land"
"#;
        Gazetteer::parse(std::path::Path::new("p.toml"), t, &mut Vec::new())
    }

    #[test]
    fn one_night_raid_placed_at_a_site_and_at_the_town_holding_it_is_one_event() {
        let g = province_and_town();
        let raid = |art: &str, class, day, night: bool, place| {
            let mut c =
                at(cand(art, EventType::Fighting, class, day, true, "des frappes aériennes"), place, false);
            if night {
                c.date.fine = crate::time::Precision::Night;
            }
            c
        };
        let k = |v| clusters(v, &g, None).len();
        let (sh, adv) = (FrameClass::Shelling, FrameClass::Advance);
        // a night told as its morning by one source, its evening by the other, either way
        assert_eq!(k(vec![raid("a", sh, "2019-02-03", true, 1), raid("b", sh, "2019-02-02", false, 0)]), 1);
        assert_eq!(k(vec![raid("a", sh, "2019-02-03", true, 0), raid("b", sh, "2019-02-02", false, 1)]), 1);
        assert_eq!(k(vec![raid("a", adv, "2019-02-02", false, 1), raid("b", adv, "2019-02-03", true, 0)]), 1);
        // near misses: two kinds of act, one article's two days, no night named
        let combat = FrameClass::Combat;
        assert_eq!(
            k(vec![raid("a", sh, "2019-02-03", true, 1), raid("b", combat, "2019-02-02", false, 0)]),
            2
        );
        assert_eq!(k(vec![raid("a", sh, "2019-02-03", true, 1), raid("a", sh, "2019-02-02", false, 0)]), 2);
        assert_eq!(k(vec![raid("a", sh, "2019-02-03", false, 1), raid("b", sh, "2019-02-02", false, 0)]), 2);
        // near miss: a night at a town and a day's strikes told of the whole country
        assert_eq!(k(vec![raid("a", sh, "2019-02-03", true, 1), raid("b", sh, "2019-02-02", false, 2)]), 2);
    }

    /// A town, a checkpoint at its gate (7 km), a town 90 km away, and a region.
    fn town_and_its_gate() -> Gazetteer {
        let place = |id: &str, kind: &str, lat: f64| {
            format!("[[place]]\nid = \"{id}\"\nkind = \"{kind}\"\nlat = {lat}\nlon = 45.0\nname_fr = \"{id}\"\nname_en = \"{id}\"\n")
        };
        let t = [
            place("bourg", "town", 40.0),
            place("col", "site", 40.06),
            place("ville", "town", 40.8),
            place("vallee", "region", 40.0),
        ]
        .concat();
        Gazetteer::parse(std::path::Path::new("p.toml"), &t, &mut Vec::new())
    }

    #[test]
    fn one_act_placed_at_a_town_and_at_a_spot_beside_it_is_one_event() {
        let g = town_and_its_gate();
        let report = |art: &str, kind, class, written, place, parties: &[usize]| {
            with_actors(at(cand(art, kind, class, "2018-05-07", written, "un fait"), place, false), parties)
        };
        let k = |v| clusters(v, &g, None).len();
        use EventType::{Fighting, Humanitarian, Political};
        for (kind, class) in [
            (Humanitarian, FrameClass::Blockade),
            (Political, FrameClass::Arrest),
            (Fighting, FrameClass::Shelling),
        ] {
            let town = report("a", kind, class, true, 0, &[0]);
            assert_eq!(k(vec![town.clone(), report("b", kind, class, true, 1, &[0, 1])]), 1, "{class}");
            // near misses: a town 90 km away, a region, a date only carried over, one article
            assert_eq!(k(vec![town.clone(), report("b", kind, class, true, 2, &[0])]), 2, "{class}");
            assert_eq!(k(vec![town.clone(), report("b", kind, class, true, 3, &[0])]), 2, "{class}");
            assert_eq!(k(vec![town.clone(), report("b", kind, class, false, 1, &[0])]), 2, "{class}");
            assert_eq!(k(vec![town, report("a", kind, class, true, 1, &[0])]), 2, "{class}");
        }
        // near miss: a blockade whose other report names no party
        let block = |art, place, parties: &[usize]| {
            report(art, Humanitarian, FrameClass::Blockade, true, place, parties)
        };
        assert_eq!(k(vec![block("a", 0, &[0]), block("b", 1, &[])]), 2);
    }

    #[test]
    fn one_article_counting_the_dead_with_a_figure_and_roughly_tells_two_claims() {
        use EventType::Casualties;
        let toll = |article: &str, pos, killed: Option<u32>, quote: &str| {
            let mut c = cand(article, Casualties, FrameClass::Toll, "2022-10-02", false, quote);
            c.pos = pos;
            c.fatalities = killed.map(|k| Fatalities { killed_min: Some(k), ..Default::default() });
            c
        };
        let counted = || toll("a", 0, Some(12), "douze morts selon la préfecture");
        for rough in [
            "les pompiers évoquent des dizaines de corps",
            "une quarantaine de tués, affirme un élu",
            "des centaines de victimes, selon une ONG",
        ] {
            assert_eq!(events(vec![counted(), toll("a", 1, None, rough)]), 2, "{rough}");
        }
        // near misses: a sentence with no count continues the toll; two rough counts; another
        // article's rough count
        assert_eq!(events(vec![counted(), toll("a", 1, None, "le bilan pourrait s'alourdir")]), 1);
        let rough = |article, pos| toll(article, pos, None, "des dizaines de morts");
        assert_eq!(events(vec![rough("a", 0), rough("a", 1)]), 1);
        assert_eq!(events(vec![counted(), rough("b", 1)]), 1);
    }

    #[test]
    fn one_sentence_split_into_a_counted_toll_and_a_rough_one_tells_two_claims() {
        use EventType::Casualties;
        // one sentence, two clauses, each counting the dead its own way: extraction gives
        // each clause a report at the sentence's position
        let clause = |killed: Option<u32>, quote: &str| {
            let mut c = cand("a", Casualties, FrameClass::Toll, "2016-03-08", true, quote);
            c.fatalities = killed.map(|k| Fatalities { killed_min: Some(k), ..Default::default() });
            c
        };
        for (figure, rough) in [
            ("l'ONU recense 2 000 morts", "des centaines de corps gisent encore dans les rues"),
            ("le maire annonce 45 tués", "une soixantaine de blessés seraient morts depuis"),
            ("on compte 300 victimes au marché", "des dizaines d'autres ont péri dans l'incendie du port"),
        ] {
            assert_eq!(events(vec![clause(Some(2000), figure), clause(None, rough)]), 2, "{rough}");
        }
        // near miss: the other clause counts nothing, it tells the same dead
        assert_eq!(events(vec![clause(Some(45), "45 tués"), clause(None, "les corps ont été rendus")]), 1);
    }

    /// A report of `class` with its parties in their roles.
    fn acting(
        art: &str,
        class: FrameClass,
        parties: &[(usize, crate::export::Role)],
        quote: &str,
    ) -> Candidate {
        let mut c = cand(art, EventType::Fighting, class, "2017-11-04", true, quote);
        c.actors = parties.to_vec();
        c
    }

    #[test]
    fn a_strike_and_the_answer_to_it_are_two_acts() {
        use crate::export::Role::{Initiator, Participant, Target};
        use FrameClass::{Shelling, Skirmish};
        // one side strikes the other; a second source tells the other side's shells on the first
        let strike = || acting("a", Shelling, &[(0, Initiator), (1, Target)], "l'aviation de A bombarde B");
        for (class, quote) in [
            (Shelling, "les obus de B s'abattent sur les villages de A"),
            (Shelling, "A a été pilonné toute la nuit par les batteries de B"),
            (Skirmish, "des tirs venus des lignes de B ont visé un poste de A"),
        ] {
            let answer = acting("b", class, &[(0, Target), (1, Participant)], quote);
            assert_eq!(events(vec![strike(), answer]), 2, "{quote}");
        }
        // a third source with no party of its own does not glue them
        let hub = cand("0", EventType::Fighting, Shelling, "2017-11-04", true, "des frappes ont eu lieu");
        let answer = acting("b", Shelling, &[(0, Target), (1, Initiator)], "B riposte en frappant A");
        assert_eq!(events(vec![hub, strike(), answer]), 2);
        // near misses: the same blow told twice; a party named alone as struck
        let again = acting("b", Shelling, &[(0, Initiator), (1, Target)], "A a frappé des positions de B");
        assert_eq!(events(vec![strike(), again]), 1);
        let alone = acting("b", Shelling, &[(0, Target)], "A visé par des frappes");
        assert_eq!(events(vec![strike(), alone]), 1);
    }

    #[test]
    fn two_bombardments_fired_by_other_sides_are_two_strikes() {
        use crate::export::Role::{Initiator, Participant};
        use FrameClass::{Combat, Shelling};
        let fired = |art: &str, class, by: usize, quote: &str| {
            acting(art, class, &[(by, Initiator), (2, Participant)], quote)
        };
        for quote in [
            "les avions de B frappent en retour les dépôts",
            "l'artillerie de B a pilonné la vallée",
            "des drones lancés par B ont bombardé la ville",
        ] {
            assert_eq!(
                events(vec![fired("a", Shelling, 0, "A bombarde la vallée"), fired("b", Shelling, 1, quote)]),
                2
            );
        }
        // near misses: one striker shared; combat has two sides, whoever each source names first
        let both = acting("b", Shelling, &[(0, Initiator), (1, Initiator)], "A et son allié B frappent");
        assert_eq!(events(vec![fired("a", Shelling, 0, "A bombarde la vallée"), both]), 1);
        assert_eq!(
            events(vec![
                fired("a", Combat, 0, "A attaque dans la vallée"),
                fired("b", Combat, 1, "B contre-attaque")
            ]),
            1
        );
    }

    #[test]
    fn reports_naming_spots_far_apart_stay_apart_under_a_report_placed_by_its_region() {
        let g = town_and_its_gate();
        // a source placing the day's strikes only by its article's region, then two sources
        // each naming a town of their own: 0 = bourg, 1 = col beside it, 2 = ville 90 km away,
        // 3 = the region
        let strikes = |art: &str, place, guessed| {
            let c = cand(art, EventType::Fighting, FrameClass::Shelling, "2018-05-07", true, "des frappes");
            with_actors(at(c, place, guessed), &[0])
        };
        let k = |v| clusters(v, &g, None).len();
        assert_eq!(k(vec![strikes("a", 3, true), strikes("b", 0, false), strikes("c", 2, false)]), 2);
        let decree = |art: &str, place, guessed| {
            let c =
                cand(art, EventType::Political, FrameClass::Arrest, "2018-05-07", true, "des arrestations");
            with_actors(at(c, place, guessed), &[0])
        };
        assert_eq!(k(vec![decree("a", 3, true), decree("b", 0, false), decree("c", 2, false)]), 2);
        // near misses: a spot beside the town; a region named is an area, not a spot
        assert_eq!(k(vec![strikes("a", 3, true), strikes("b", 0, false), strikes("c", 1, false)]), 1);
        assert_eq!(k(vec![strikes("a", 3, true), strikes("b", 0, false), strikes("c", 3, false)]), 1);
    }

    #[test]
    fn two_sources_naming_a_town_and_its_province_tell_one_event() {
        let g = province_and_town();
        let decree = |art: &str, place, pos| {
            let mut c = at(
                cand(art, EventType::Political, FrameClass::Decree, "2023-09-28", true, "un décret"),
                place,
                false,
            );
            c.pos = pos;
            c
        };
        assert_eq!(clusters(vec![decree("a", 1, 0), decree("b", 0, 0)], &g, None).len(), 1);
        // near miss: one article naming the town, then the province, tells two events
        assert_eq!(clusters(vec![decree("a", 1, 0), decree("a", 0, 1)], &g, None).len(), 2);
    }

    #[test]
    fn two_sources_placing_one_strike_at_two_towns_it_names_tell_one_event() {
        let g = Gazetteer::parse(
            std::path::Path::new("p.toml"),
            r#"
[[place]]
id = "bourg"
kind = "town"
lat = 40.0
lon = 45.0
name_fr = "Bourg"
name_en = "Bourg"
[[place]]
id = "hameau"
kind = "town"
lat = 40.3
lon = 45.3
name_fr = "Hameau"
name_en = "Hameau"
"#,
            &mut Vec::new(),
        );
        let strike = |art: &str, place, quote| {
            at(cand(art, EventType::Fighting, FrameClass::Shelling, "2024-03-05", true, quote), place, false)
        };
        let listed = || strike("a", 0, "obus sur Bourg et Hameau");
        assert_eq!(clusters(vec![listed(), strike("b", 1, "Hameau pilonnée")], &g, None).len(), 1);
        // near misses: neither sentence names the other's town; one article, two towns
        assert_eq!(
            clusters(vec![strike("a", 0, "obus sur Bourg"), strike("b", 1, "Hameau pilonnée")], &g, None)
                .len(),
            2
        );
        assert_eq!(clusters(vec![listed(), strike("a", 1, "Hameau pilonnée")], &g, None).len(), 2);
        assert!(!names_place("obus sur Hameaux", 1, &g));
    }

    #[test]
    fn a_name_is_found_as_a_whole_word_only() {
        assert!(names_word("obus sur Hameau.", "Hameau"));
        assert!(names_word("Hameau pilonné", "Hameau"));
        assert!(names_word("les Hameaux et Hameau", "Hameau"));
        assert!(names_word("vers Érevan", "Érevan"));
        assert!(!names_word("vers Érevanais", "Érevan"));
        assert!(!names_word("obus sur Hameaux", "Hameau"));
        assert!(!names_word("obus", ""));
        // as `str::match_indices`: occurrences do not overlap
        assert!(!names_word("xa a a", "a a"));
        // the `contains` gate: a name the quote lacks, a quote shorter than the name
        assert!(!names_word("obus sur Bourg, près de Hameux", "Hameau"));
        assert!(!names_word("Ham", "Hameau"));
        assert!(names_word("Hameau", "Hameau"));
    }

    #[test]
    fn figures_are_counts_not_days_or_years() {
        assert!(tells_a_figure("plus de 55 000 personnes"));
        assert!(tells_a_figure("des dizaines de milliers"));
        assert!(tells_a_figure("160 habitants"));
        assert!(!tells_a_figure("le 26 août 2022, 19 camions"));
    }

    #[test]
    fn event_ids_hash_the_joined_key() {
        let actors = vec!["b".to_string(), "a".to_string(), "b".to_string()];
        let key = "fighting|2023-09-19|stepanakert|a,b";
        let want = format!("fighting-2023-09-19-{:012x}", hash(key) & 0xffff_ffff_ffff);
        assert_eq!(event_id(EventType::Fighting, "2023-09-19", Some("stepanakert"), &actors), want);
        let want = format!("talks-2023-09-19-{:012x}", hash("talks|2023-09-19|-|") & 0xffff_ffff_ffff);
        assert_eq!(event_id(EventType::Talks, "2023-09-19", None, &[]), want);
    }

    #[test]
    fn a_town_taken_and_held_on_one_day_from_two_sources_is_one_capture() {
        let g = town_and_its_gate();
        let k = |v| clusters(v, &g, None).len();
        let report = |art: &str, class, day: &str, place| {
            at(cand(art, EventType::Fighting, class, day, true, "un fait d'armes"), place, false)
        };
        let taken = |day| report("a", FrameClass::Advance, day, 0);
        let held = |art, day, place| report(art, FrameClass::Hold, day, place);
        let published = |mut c: Candidate| {
            c.date_origin = DateOrigin::Publication;
            c
        };
        // one written day; the hold told as news of the day of publication; a night written
        // as the span of its two days and the morning after
        assert_eq!(k(vec![taken("2019-03-02"), held("b", "2019-03-02", 0)]), 1);
        assert_eq!(k(vec![taken("2019-03-02"), published(held("b", "2019-03-02", 0))]), 1);
        let mut night = taken("2019-03-01");
        night.date.end = Some("2019-03-02".parse().unwrap());
        assert_eq!(k(vec![night, held("b", "2019-03-02", 0)]), 1);
        // near misses: the columns entering the day before the town is held, a hold placed
        // only by its article's region, and one article telling both
        assert_eq!(k(vec![taken("2019-03-01"), published(held("b", "2019-03-02", 0))]), 2);
        let mut guessed = held("b", "2019-03-02", 0);
        guessed.place_default = true;
        assert_eq!(k(vec![taken("2019-03-02"), guessed]), 2);
        assert_eq!(k(vec![taken("2019-03-02"), held("a", "2019-03-02", 0)]), 2);
    }

    #[test]
    fn an_offensive_launched_on_one_written_day_is_one_whichever_side_each_source_names() {
        use crate::export::Role::{Initiator, Participant, Target};
        let g = town_and_its_gate();
        let k = |v| clusters(v, &g, None).len();
        let launched = |art: &str, day, written, parties: &[(usize, crate::export::Role)]| {
            let mut c = at(
                cand(art, EventType::Fighting, FrameClass::Offensive, day, written, "l'assaut est donné"),
                0,
                false,
            );
            c.actors = parties.to_vec();
            c
        };
        let attacker = || launched("a", "2016-10-17", true, &[(0, Initiator)]);
        // the side attacked alone, as target or as a party; or a third party besides it
        assert_eq!(k(vec![attacker(), launched("b", "2016-10-17", true, &[(1, Target)])]), 1);
        assert_eq!(k(vec![attacker(), launched("b", "2016-10-17", true, &[(1, Participant)])]), 1);
        let third = [(1, Participant), (2, Participant)];
        assert_eq!(k(vec![attacker(), launched("b", "2016-10-17", true, &third)]), 1);
        // near misses: two attackers (an attack and a counter-offensive), a date carried
        // over, another day, one article
        assert_eq!(k(vec![attacker(), launched("b", "2016-10-17", true, &[(1, Initiator)])]), 2);
        assert_eq!(k(vec![attacker(), launched("b", "2016-10-17", false, &[(1, Target)])]), 2);
        assert_eq!(k(vec![attacker(), launched("b", "2016-10-18", true, &[(1, Target)])]), 2);
        assert_eq!(k(vec![attacker(), launched("a", "2016-10-17", true, &[(1, Target)])]), 2);
    }

    #[test]
    fn a_place_guessed_from_the_region_agrees_with_a_place_named_a_day_away() {
        let g = town_and_its_gate();
        let k = |v| clusters(v, &g, None).len();
        let report = |art: &str, kind, class, day, written, place, guessed| {
            with_actors(
                at(cand(art, kind, class, day, written, "des avions en action"), place, guessed),
                &[0],
            )
        };
        use EventType::{Fighting, Humanitarian};
        for (kind, class) in [(Fighting, FrameClass::Shelling), (Humanitarian, FrameClass::Aid)] {
            // a wire names the town and dates the night by its morning; another article
            // carries the eve from the sentence before and is placed only by its region
            let named = || report("a", kind, class, "2019-04-16", true, 0, false);
            assert_eq!(k(vec![named(), report("b", kind, class, "2019-04-15", false, 3, true)]), 1);
            // near misses: two guesses a day apart, one article
            let guess = report("a", kind, class, "2019-04-16", true, 0, true);
            assert_eq!(k(vec![guess, report("b", kind, class, "2019-04-15", false, 3, true)]), 2);
            assert_eq!(k(vec![named(), report("a", kind, class, "2019-04-15", false, 3, true)]), 2);
        }
    }

    #[test]
    fn counts_of_one_exodus_over_some_days_and_on_one_of_them_are_one_process() {
        use EventType::Humanitarian;
        let exodus =
            |art: &str, day, quote| cand(art, Humanitarian, FrameClass::Displacement, day, true, quote);
        let days = || {
            let mut c =
                exodus("a", "2021-06-28", "en quelques jours, plus de 40 000 habitants quittent la ville");
            c.date.end = Some("2021-07-01".parse().unwrap());
            c
        };
        let day = "2021-06-28";
        assert_eq!(events(vec![days(), exodus("b", day, "12 500 déplacés ont rejoint les camps")]), 1);
        assert_eq!(events(vec![days(), exodus("b", day, "des milliers de familles fuient vers le nord")]), 1);
        // near misses: the day's departures told without a figure, one article
        assert_eq!(events(vec![days(), exodus("b", day, "des familles fuient vers le nord")]), 2);
        assert_eq!(events(vec![days(), exodus("a", day, "12 500 déplacés ont rejoint les camps")]), 2);
    }

    /// An invented event with id `id`, first told by `article` in `quote`.
    fn told(id: &str, kind: EventType, article: &str, quote: &str) -> Event {
        let date = EventDate {
            start: "2025-03-04".into(),
            end: None,
            precision: Precision::Day,
            expression: None,
            resolved_against: None,
            anchor: None,
            detail: None,
        };
        let mention =
            Mention { article: article.into(), quote: quote.into(), claimed_by: None, trigger: None };
        Event {
            id: id.into(),
            kind,
            date,
            place: None,
            actors: vec![],
            fatalities: None,
            origin: Origin::Extracted,
            disputed_by: vec![],
            mentions: vec![mention],
            aliases: vec![],
        }
    }

    /// The plain way [`name_and_order`] stands for: sort by first mention, suffix every id
    /// already seen, then sort for export.
    fn named_and_ordered_plainly(events: &mut Vec<Event>) {
        let mut seen = BTreeSet::new();
        sort_by_index(events, |a, b| first_key(a).cmp(&first_key(b)));
        for e in events.iter_mut() {
            if !seen.insert(e.id.clone()) {
                let m = e.mentions.first().map(|m| format!("{}|{}", m.article, m.quote)).unwrap_or_default();
                let id = format!("{}-{:04x}", e.id, hash(&m) & 0xffff);
                e.aliases.retain(|a| a != &id);
                e.id = id;
                seen.insert(e.id.clone());
            }
        }
        sort_events(events);
    }

    #[test]
    fn ids_are_made_unique_as_the_plain_sort_would() {
        let [k, j] = [EventType::ALL[0], EventType::ALL[1]];
        let id = |n: u64| format!("{}-2025-03-04-{n:012x}", EventType::id(k));
        let events = vec![
            told(&id(7), k, "c", "Des tirs ont visé le port."),
            told(&id(3), k, "b", "Un convoi a été bombardé."),
            told(&id(7), k, "a", "Le port a essuyé des tirs."),
            told(&id(7), k, "a", "Le port a essuyé des tirs."),
            told(&id(3), j, "a", "Un convoi a été bombardé."),
            told(&id(7), k, "b", "Le port visé par des tirs."),
            told(&id(9), j, "d", "Trêve rompue au nord."),
        ];
        // every order of arrival gives the plain result: same ids, same order
        for turn in 0..events.len() {
            let mut arrived = events.clone();
            arrived.rotate_left(turn);
            if turn % 2 == 1 {
                arrived.reverse();
            }
            let mut plain = arrived.clone();
            named_and_ordered_plainly(&mut plain);
            name_and_order(&mut arrived);
            assert_eq!(arrived, plain);
        }
    }

    #[test]
    fn ids_end_with_twelve_hex_digits_as_format_writes_them() {
        for h in [0, 1, 0xabc, 0xffff_ffff_ffff, 0x1234_5678_9abc_def0, u64::MAX, 1 << 47, 1 << 48] {
            let mut id = String::new();
            hex12(&mut id, h);
            assert_eq!(id, format!("{:012x}", h & 0xffff_ffff_ffff));
        }
    }
}
