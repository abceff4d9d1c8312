//! The event's place: the most specific named place, then the nearest to the trigger;
//! towns set by an earlier sentence, capitals as metonyms, venues and destinations.
use super::*;

/// A town named in the article: (sentence, paragraph, place).
pub(super) type Named = Option<(usize, usize, usize)>;

/// The last town (a town, city, village or capital) and the last capital named, for a
/// definite back-reference ("la ville", "cette localité", "la capitale"): French names a
/// town once, then calls it by its kind. A town a distance is measured from ("à Ber, à 60
/// km de Tombouctou") only says where the other is: it is not the one in focus. The clitic
/// "y" points back to the last town named in any role ([`Towns::note_there`]).
#[derive(Clone, Copy, Default)]
pub(super) struct Towns {
    pub(super) town: Named,
    pub(super) capital: Named,
    /// The last town or capital named in any role, the antecedent of the clitic "y".
    pub(super) there: Named,
    /// The last sentence that names any place at all: while none has been named since a
    /// town, that town is still the one in focus ([`Towns::resolve`]).
    pub(super) placed: Option<usize>,
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
pub(super) fn named_towns<'h>(
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
pub(super) fn travelled(t: &str, start: usize) -> bool {
    const VERBS: &[&str] = &["rejoi", "regagn", "gagn", "quitt", "attei", "ralli", "fui", "fuy", "evacu"];
    let (w, _) = word_before(t, start);
    VERBS.iter().any(|v| w.starts_with(v))
}

/// Can "y" point back to the place `p`: a town, or a site people stay in or pass through ("le
/// camp de Vell … des familles y ont été blessées", "l'aéroport … les avions y atterrissent")?
/// Not a region or a country, which "y" rarely stands for in a report.
pub(super) fn there_antecedent(p: &crate::gazetteer::Place) -> bool {
    town_level(p) == 4 || matches!(p.kind, PlaceKind::Site | PlaceKind::Airport)
}

/// How many sentences back a reference reaches outside its own paragraph.
pub(super) const TOWN_REACH: usize = 2;

impl Towns {
    pub(super) fn note<'h>(
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
    pub(super) fn note_there<'h>(
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
    pub(super) fn resolve(
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
    pub(super) fn still_in_focus(&self, si: usize, para: usize, here: usize) -> bool {
        here <= para + 1 && self.placed.is_none_or(|p| p <= si)
    }
}

/// "la capitale américaine", "dans la capitale russe": the capital of the country whose
/// adjective follows "capitale", where the clause names no town itself.
pub(super) fn national_capital(s: &Sentence, span: (usize, usize), ctx: &Context) -> Option<PlaceHit> {
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
pub(super) enum Back {
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
pub(super) fn town_reference(
    t: &str,
    span: (usize, usize),
    places: &[PlaceHit],
) -> Option<(usize, usize, Back)> {
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
pub(super) fn names_a_town_noun(clause: &str) -> bool {
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
pub(super) fn region_after(t: &str, e: usize, next: &str, places: &[PlaceHit]) -> bool {
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
pub(super) fn sized_after(rest: &str) -> bool {
    const ABOUT: &[&str] = &["environ", "plus", "pres", "quelque", "quelques", "moins", "presque"];
    let w = rest.trim_start_matches([' ', '\'']).split([' ', '\'']).next().unwrap_or("");
    ABOUT.contains(&w) || w.bytes().next().is_some_and(|c| c.is_ascii_digit())
}

/// Is `w` a finite verb of the third person by its ending: an imperfect ("dénonçaient",
/// "vivait"), a present or a simple past plural ("meurent", "entrèrent")? After the
/// clitic "y", only a verb stands.
pub(super) fn finite_verb(w: &str) -> bool {
    w.len() > 4 && ["aient", "ait", "ent", "erent"].iter().any(|e| w.ends_with(e))
}

/// Where the clause `c` (starting at byte `from` of its sentence) points back to a place
/// with the clitic "y" before a compound or finite verb ("les rebelles y sont entrés", "ils
/// s'y sont installés"): the town named just before. Not the impersonal "il y a", nor a
/// negation ("personne n'y est allé": nothing happened there).
pub(super) fn clitic_there(c: &str, from: usize) -> Option<(usize, usize)> {
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

/// Step 4: the event's place: the most specific, then the nearest to the trigger. A name
/// that is also an actor counts as the place of events that happen somewhere (not of calls
/// or declarations, where "à Moscou" is more often "to Moscow").
pub(super) fn place_of(
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
        .filter(|p| !in_subject_relative(s.t, main.start, p))
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
pub(super) fn in_dateline(t: &str, p: &PlaceHit) -> bool {
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
pub(super) fn spoken_at(t: &str, main: &TriggerHit, args: &Arguments, p: &PlaceHit) -> bool {
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
pub(super) fn describes_place(t: &str, p: &PlaceHit, places: &[PlaceHit]) -> bool {
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
pub(super) fn locates_place(t: &str, p: &PlaceHit, places: &[PlaceHit], g: &Gazetteer) -> bool {
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

/// Is the place at `start` inside a quoted name ("le collectif « Morvane solidaire »")? A name is no place where something happens. A quote that reports speech («
/// nous avons frappé Goris ») keeps its places.
pub(super) fn in_quoted_name(t: &str, start: usize) -> bool {
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
pub(super) fn governed_by(t: &str, main: &TriggerHit, p: &PlaceHit) -> bool {
    p.start > main.end
        && t.get(main.end..p.start).is_some_and(|gap| {
            !gap.contains([',', ';', ':', '(', '"']) && gap.split_whitespace().count() <= 3
        })
}

/// Is the place at `start` the first word of a name that a namer noun introduces without
/// quotes ("l'association Morvane Solidarité", "le collectif Brellan Accueil")? An
/// association's name is no place where something happens.
pub(super) fn named_by(t: &str, start: usize) -> bool {
    NAMERS.contains(&word_before(t, start).0)
}

/// Does a relative clause open between the event's word (ending at `from`) and the place
/// at `to` ("une offensive sur l'enclave qui échappait à Bakou")? Then the place belongs
/// to that clause's verb, not to the event's: a place outside it is preferred.
pub(super) fn in_relative_after(t: &str, from: usize, to: usize) -> bool {
    from < to
        && t.get(from..to).is_some_and(|between| {
            [" qui ", " dont ", " lequel ", " laquelle ", " lesquels ", " lesquelles "]
                .iter()
                .any(|r| between.contains(r))
        })
}

/// Is the place `p` inside a relative clause set between commas before the event's word
/// (starting at `main`), one that tells who the subject is ("Le général, qui commandait la
/// garnison de Goris, a été limogé", "L'archevêque, qui avait mené les cortèges dans le
/// Tavouch, a été arrêté")? That clause has its own verb: the event is not there. Not a
/// relative that dates its own fact ("Le ministre, qui avait signé le 3 mai à Dorvik
/// l'accord, …"): the sentence's date, and so its event, may be that fact.
pub(super) fn in_subject_relative(t: &str, main: usize, p: &PlaceHit) -> bool {
    if p.end >= main {
        return false;
    }
    let Some(open) = t[..p.start].rfind(", ") else { return false };
    let opens = [", qui ", ", dont "].iter().any(|r| t[open..].starts_with(r));
    // the relative closes with a comma before the event's word, and holds no other comma
    let Some(close) = t[p.end..main].find(',').map(|k| p.end + k) else { return false };
    let dated = t[open..close].bytes().any(|b| b.is_ascii_digit());
    opens && !t[open + 2..p.start].contains(',') && !dated
}

/// Is the place at `start` where someone goes ("ont fui vers Mandalay", "avance en direction
/// de Kyaukme", "jusqu'à la frontière", "vers Sennar, Gedaref ou Kassala")? A destination is
/// not where the event happens: a place named as the origin or the scene is preferred ("les
/// villageois de Sotk se replient vers Vardenis" is a flight from Sotk). `places`: the
/// clause's places, for a list of destinations.
pub(super) fn destination(t: &str, start: usize, places: &[PlaceHit]) -> bool {
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
pub(super) fn came_from(t: &str, start: usize) -> bool {
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
pub(super) fn talked_about(t: &str, start: usize) -> bool {
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
pub(super) fn venue_at(p: &PlaceHit, ctx: &Context) -> bool {
    let kind = ctx.gazetteer.places[p.place].kind;
    p.locative
        && !p.descriptive
        && matches!(kind, PlaceKind::Institution | PlaceKind::Site | PlaceKind::Airport)
}

/// A town named after a part or a building of it and "de" ("les quartiers de Khartoum", "au
/// cœur d'Erevan", "l'hôpital de Goma") is where the event happens, even when its name
/// also stands for a government: nobody speaks or acts through a town's streets. Not
/// where that part is a destination ("conduit vers un hôpital d'Erevan").
pub(super) fn part_of_town(t: &str, p: &PlaceHit, ctx: &Context) -> bool {
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
pub(super) fn town_level(p: &crate::gazetteer::Place) -> u8 {
    match p.kind {
        PlaceKind::Capital | PlaceKind::City | PlaceKind::Town | PlaceKind::Village => 4,
        _ => p.specificity(),
    }
}

/// Is the actor hit `h` a capital that names a government by metonymy ("Damas", "Bakou")
/// used here as the place where the event happens, not as who acts? So when the name is
/// set apart as where ("À Bakou, …"), or follows "à"/"dans"/"en" in an event that happens
/// somewhere ("les rebelles entrent dans Damas", "des tirs à Bakou"). A dative stays the
/// actor ("a proposé à Bakou de…"), and so does a subject ("Damas a dénoncé…"), and a
/// capital that frames the speaker who tells the event ("À Bakou, la présidence fait état de
/// trois blessés": that speaker is the capital's government).
pub(super) fn metonym_as_place(
    t: &str,
    kind: EventType,
    main: &TriggerHit,
    h: &ActorHit,
    args: &Arguments,
) -> bool {
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

/// The word before byte `i` of `t` (folded), skipping spaces and apostrophes, and where it starts.
pub(super) fn word_before(t: &str, i: usize) -> (&str, usize) {
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
pub(super) fn strictly_locative(t: &str, start: usize) -> bool {
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
pub(super) fn given_to(t: &str, start: usize) -> bool {
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
pub(super) fn governs_infinitive(t: &str, end: usize) -> bool {
    let rest = t[end.min(t.len())..].trim_start();
    rest.starts_with("de ") || rest.starts_with("d'")
}

/// Is the place at `start` the point a distance or a bearing is measured from ("à 30 km de
/// Goris", "à une centaine de kilomètres au nord du lac", "à l'est de Tripoli")? Then the
/// event is not there. Not "dans le nord de X", which is inside X.
pub(super) fn measured_from(t: &str, start: usize) -> bool {
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
pub(super) fn set_apart_locative(t: &str, start: usize, end: usize) -> bool {
    let (w, s) = word_before(t, start);
    matches!(w, "a" | "en")
        && matches!(t[..s].trim_end().chars().last(), None | Some(','))
        && t[end.min(t.len())..].trim_start().starts_with(',')
}

pub(super) fn targets(t: &str, from: usize, to: usize) -> bool {
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
pub(super) fn title_town(title: &str, ctx: &Context) -> Option<usize> {
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
pub(super) fn region_as_topic(t: &str, p: &PlaceHit, town: usize, g: &Gazetteer) -> bool {
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
pub(super) const SCENE_NOUNS: &[&str] = &[
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
pub(super) fn titled_scene(t: &str, start: usize) -> bool {
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
pub(super) fn titled_seat(t: &str, start: usize) -> bool {
    let (w, at) = word_before(t, start);
    let gap = &t[at + w.len()..start];
    gap.chars().all(|c| c == ' ' || c == '\'') && titled_scene(t, start)
}

/// The region most named in the article's prose (by place hits of region kind).
pub(super) fn main_region(sent_places: &[Vec<PlaceHit>], ctx: &Context) -> Option<usize> {
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

/// The byte after each " a " of the folded text `t` (its word "a" between two spaces), as
/// `t.match_indices(" a ")` finds them (never overlapping: " a a " holds one), read off
/// the sentence's `words`: every sentence is asked, and a substring search (a searcher set
/// up, then every byte read) cost three times as much.
pub(super) fn after_preposition_a<'w>(
    t: &'w str,
    words: &'w [(usize, usize)],
) -> impl Iterator<Item = usize> + 'w {
    let b = t.as_bytes();
    // where the last occurrence ended: the next one's space must come at or after it
    let mut free = 0;
    words.iter().filter_map(move |&(s, e)| {
        let alone = e == s + 1 && b[s] == b'a' && s > free && b[s - 1] == b' ' && b.get(e) == Some(&b' ');
        alone.then(|| {
            free = e + 1;
            e + 1
        })
    })
}

/// Warn about capitalised names after "à" that are neither places nor actors.
#[allow(clippy::too_many_arguments)] // one sentence's parts, each named by its type
pub(super) fn unknown_places(
    a: &Article,
    line: usize,
    text: &str,
    f: &View,
    words: &[(usize, usize)],
    places: &[PlaceHit],
    actors: &[ActorHit],
    diags: &mut Vec<Diagnostic>,
) {
    for s in after_preposition_a(f.text, words) {
        let (os, _) = f.orig_range(s, s);
        let rest = &text[os.min(text.len())..];
        // most words after "a" are no names ("a été", "a frappé"): no name is collected
        if !rest.chars().next().is_some_and(|c| c.is_alphabetic() && c.is_uppercase()) {
            continue;
        }
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

impl<'p> Walk<'p> {
    /// The paragraph's scene after sentence `s`: its last locative place of a town or
    /// finer, else the scene of the sentences before it in the same paragraph.
    pub(super) fn set_scene(&mut self, s: &Sentence, ctx: &Context) {
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
    /// Step 4: the named place, else the paragraph's scene or the place the question it
    /// answers asks about (not for fighting, tolls and statements), else the town the
    /// title sets the article in (not for statements), else for events in the conflict zone
    /// the article's region (all marked as a default). Returns (place, defaulted).
    pub(super) fn place_or_region(
        &self,
        hit: Option<PlaceHit>,
        kind: EventType,
        para: usize,
    ) -> (Option<usize>, bool) {
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
}
