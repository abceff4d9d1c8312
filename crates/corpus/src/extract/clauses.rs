//! Clause structure: where one sentence tells two facts (coordination, relatives,
//! appositions, simultaneity), and which frames each clause carries.
use super::*;

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
pub(super) fn clauses(s: &Sentence, st: &SentenceTime, triggers: &[TriggerHit]) -> Vec<(usize, usize)> {
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
pub(super) fn appositive_facts(
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
pub(super) fn dated_sequel(
    s: &Sentence,
    st: &SentenceTime,
    triggers: &[TriggerHit],
    a: usize,
    b: usize,
) -> bool {
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
pub(super) fn sequel_of(before: &TriggerHit, s: &Sentence, span: (usize, usize)) -> TriggerHit {
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
pub(super) fn relative_cuts(
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
pub(super) const SIMULTANEOUS: [&str; 4] = [" pendant que ", " tandis que ", " pendant qu'", " tandis qu'"];

/// Does the clause after the conjunction at byte `c` ([`SIMULTANEOUS`]) open with a subject
/// of its own and a verb that tells a fact ("…, tandis que les miliciens ont incendié le
/// marché")? Another subject acting at the same time is a second fact. Not a verb in the
/// imperfect, which sets a background ("…, pendant que les négociations se poursuivaient":
/// the state the fact happened in), nor another party's word ("…, tandis que Bakou assure
/// que…": a comment on the fact, unless figures stand on both sides). The cut holds only
/// where the clause has a fact's frame of its own ([`clauses`]).
pub(super) fn simultaneous_fact_at(s: &Sentence, c: usize, triggers: &[TriggerHit]) -> bool {
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
pub(super) const RELATIVES: [&str; 3] = [" qui ", " dont ", ", ou "];

/// Does a clause cut off by [`relative_cuts`] start at byte `a`?
pub(super) fn relative_at(t: &str, a: usize) -> bool {
    a > 0 && RELATIVES.iter().any(|r| t[a..].starts_with(r))
}

/// A date that dates an event, in a main clause or in a relative one (where the timeline
/// marks it subordinate: it does not date the sentence's main event, but its own clause's).
pub(super) fn dates_relative(d: &TimeHit) -> bool {
    d.value.is_some() && d.role == TimeRole::Event
}

/// Where each of `seps` occurs in the sentence, as `match_indices` finds them (the
/// matches of one separator never overlap). Every sentence with a frame is searched for
/// nine separators, and a text search per separator cost 4% of extraction: a separator
/// with a word (" puis ", ", et ") is looked for where the sentence has that word. Its
/// first word must stand alone in it (spaces or punctuation around it), as in the text.
pub(super) fn occurrences(s: &Sentence, seps: &[&str]) -> Vec<usize> {
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
pub(super) fn dated_at(s: &Sentence, st: &SentenceTime, from: usize) -> bool {
    let first = s.words.partition_point(|w| w.0 < from);
    st.hits.iter().filter(|d| d.dates_event() && d.start >= from).any(|d| {
        let at = s.words.partition_point(|w| w.0 < d.start);
        at - first <= 2
    })
}

/// Where a clause's words start after the date that opens it, if any ("Ce jour-là, les
/// rebelles…", "le surlendemain, Bakou…"): after the comma that closes an opening of at
/// most four words holding a date.
pub(super) fn after_opening_date(s: &Sentence, st: &SentenceTime, from: usize) -> usize {
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
pub(super) fn named_subject_at(s: &Sentence, from: usize) -> bool {
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
pub(super) fn subject_then_verb_at(s: &Sentence, from: usize) -> bool {
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
pub(super) fn second_verb_at(s: &Sentence, from: usize, triggers: &[TriggerHit]) -> bool {
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
pub(super) fn is_finite(w: &str) -> bool {
    const AUX: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"];
    AUX.contains(&w) || looks_finite(w)
}

/// Does a clause start at byte `from` with a named party whose verb is a frame of its own
/// ("Erevan accuse…", "le Kremlin dément…")? A verb in the present singular has no ending
/// [`named_subject_at`] knows, but a frame right after the party is its verb.
pub(super) fn party_then_frame(s: &Sentence, from: usize, triggers: &[TriggerHit]) -> bool {
    let Some(actor) = s.actors.iter().find(|a| a.start >= from) else { return false };
    let first = s.words.partition_point(|w| w.0 < from);
    let at_actor = s.words.partition_point(|w| w.0 < actor.start);
    let after = s.words.partition_point(|w| w.0 < actor.end);
    let verb = s.words.get(after).map(|w| w.0);
    at_actor - first <= 2 && verb.is_some_and(|v| triggers.iter().any(|h| h.start == v))
}

/// Step 3: the sentence's event triggers. Fears and hypotheses report no event from where
/// they are voiced on, but who voiced them did say something, and what is told before
/// them happened.
pub(super) fn frames_of(s: &Sentence, ctx: &Context) -> Vec<TriggerHit> {
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
pub(super) fn unknown_names(s: &Sentence) -> Vec<usize> {
    let known = |w: usize| {
        s.places.iter().any(|p| p.start <= w && w < p.end)
            || s.actors.iter().any(|a| a.start <= w && w < a.end)
    };
    let determiner =
        |&(a, b): &(usize, usize)| matches!(&s.t[a..b], "l" | "la" | "le" | "les" | "du" | "des");
    // a word written with an ASCII letter other than a capital is no name: told by its first
    // byte, before its text is sliced and decoded (most words of a sentence)
    let lower_ascii = |&(a, _): &(usize, usize)| {
        s.text.as_bytes().get(s.f.orig(a)).is_some_and(|c| c.is_ascii() && !c.is_ascii_uppercase())
    };
    s.words
        .windows(2)
        .filter(|pair| !lower_ascii(&pair[1]) && !determiner(&pair[0]))
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
pub(super) fn group_by_date<'s>(
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
pub(super) fn dated_onset(s: &Sentence, d: &TimeHit, clause: (usize, usize)) -> bool {
    d.role == TimeRole::Onset
        && !s.t[..d.start].trim_end().trim_end_matches("depuis").trim_end().ends_with("en cours")
        && !d.subordinate
        && clause.0 <= d.start
        && d.start < clause.1
        && d.value.is_some_and(|v| v.precision != time::Precision::Year)
}
