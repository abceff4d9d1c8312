use super::*;

/// The kind and quote of each event of an invented one-paragraph article of the seed
/// story, published on 2024-03-07.
fn facts_of(body: &str) -> Vec<(EventType, String)> {
    let events = super::test_story::events_titled("t", body, "");
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
    let (candidates, _) = super::test_story::candidates_of(body);
    candidates.into_iter().map(|c| (c.kind, c.quote, c.extra.len())).collect()
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
