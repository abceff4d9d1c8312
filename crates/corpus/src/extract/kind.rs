//! The event's type: the main clause's frame, pledges, caused tolls and asides.
use super::*;

/// Step 5: the main trigger of a group and the event's type and class, or `None` when the
/// group reports no event: only references ("face à l'offensive") or the generic
/// "combats", a weak frame when another group is strong, or a statement by nobody named.
pub(super) fn event_kind<'h>(
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
pub(super) fn armed_subject_after_que(t: &str, start: usize) -> bool {
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
pub(super) fn is_pledge(rest: &str) -> bool {
    let reflexive = ["s'", "se sont ", "se "].iter().find_map(|r| rest.strip_prefix(r));
    let verb = reflexive.unwrap_or(rest);
    crate::classify::is_pledge_stem(verb) && (reflexive.is_some() || !verb.starts_with("engag"))
}

/// Is the subject of the verb at `start` two parties joined by "et" ("Erevan et Bakou ont
/// promis…", "les deux camps s'engagent…")? The "et" must come before the clause's first
/// auxiliary, where a subject stands, not after it ("a tiré et a promis", two verbs).
pub(super) fn coordinated_subject(t: &str, start: usize) -> bool {
    let words = clause_words_before(t, start);
    let subject =
        words.iter().position(|w| matches!(*w, "a" | "ont" | "se" | "s")).map_or(&words[..], |i| &words[..i]);
    subject.contains(&"et") || subject.windows(2).any(|p| p == ["deux", "camps"] || p == ["deux", "parties"])
}

/// Does a passive auxiliary stand right before the participle at `start` ("deux soldats ont
/// été capturés", "furent faits prisonniers")? The clause's subject is then the one acted on.
pub(super) fn after_passive_auxiliary(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    let last = crate::fold::ascii_split(before).next_back().unwrap_or("");
    matches!(last, "ete" | "sont" | "furent" | "fut" | "est")
}

/// The toll whose cause `main` is: a casualty participle or noun right before "par" or
/// "sous" and an article, then the frame ("deux civils blessés par des éclats d'obus").
pub(super) fn caused_toll<'h>(
    s: &Sentence,
    hits: &[&'h TriggerHit],
    main: &TriggerHit,
) -> Option<&'h TriggerHit> {
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
pub(super) fn agent_phrase(between: &str) -> bool {
    let article = ["des", "les", "un", "une", "le", "la", "l'", "du"].iter().find_map(|a| {
        between.strip_suffix(a).filter(|p| p.is_empty() || p.ends_with(' ') || p.ends_with('\''))
    });
    let Some(prep) = article.map(str::trim_end) else { return false };
    let prep = prep.strip_suffix(" d'").or_else(|| prep.strip_suffix(" de")).map_or(prep, str::trim_end);
    matches!(prep, "par" | "sous" | "dans" | "lors" | "au cours" | "pendant")
}

/// `between` without a leading "selon" and its pronoun ("tué, selon lui, par des tirs"): the
/// source of the claim stands aside from the agent it names.
pub(super) fn without_source_aside(between: &str) -> &str {
    let Some(rest) = between.trim_start_matches([',', ' ']).strip_prefix("selon ") else { return between };
    let pronoun_end = rest.find([' ', ',']).unwrap_or(rest.len());
    if !matches!(&rest[..pronoun_end], "lui" | "elle" | "eux" | "elles") {
        return between;
    }
    rest[pronoun_end..].trim_start_matches([',', ' '])
}
