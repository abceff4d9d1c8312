use super::*;

/// The kind and first day of each event of an invented one-paragraph article of the
/// seed story, published on Thursday 2024-03-07.
fn dates_of(body: &str) -> Vec<(EventType, String)> {
    let events = super::test_story::events_titled("t", body, "");
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

/// The kind, first day and quote of each candidate of an invented article published on
/// Thursday 2024-03-07, before any merge.
fn dated_quotes(body: &str) -> Vec<(EventType, String, String)> {
    let (candidates, _) = super::test_story::candidates_of(body);
    candidates.into_iter().map(|c| (c.kind, c.date.start.to_string(), c.quote)).collect()
}

/// The day of the candidate whose quote holds `words`.
fn day_of(got: &[(EventType, String, String)], words: &str) -> String {
    got.iter().find(|(_, _, q)| q.contains(words)).map(|(_, d, _)| d.clone()).unwrap_or_default()
}

#[test]
fn an_apposition_between_subject_and_verb_dates_its_own_fact_not_the_main_clause() {
    // acts: the arrival is Monday's; the positions were taken on the story's day
    let got = dated_quotes(
        "Mercredi, les combats ont repris à Goris. Les renforts arméniens, arrivés lundi dans la ville, ont pris position au nord du pont.",
    );
    assert_eq!(day_of(&got, "ont pris position"), "2024-03-06", "{got:?}");
    // acts: another verb, a written day; the encirclement keeps its own day
    let got = dated_quotes(
        "Le 5 mars, l'armée azerbaïdjanaise a bombardé Kapan. Les combattants arméniens, encerclés le 2 mars près de Latchine, ont été capturés par l'armée azerbaïdjanaise.",
    );
    assert!(got.iter().any(|(k, d, _)| *k == EventType::Fighting && d == "2024-03-02"), "{got:?}");
    assert!(got.iter().any(|(k, d, _)| *k == EventType::Political && d == "2024-03-05"), "{got:?}");
    // the main clause is no earlier than the apposition's day: told after Saturday, the
    // positions taken after Monday's arrival are Monday's
    let got = dated_quotes(
        "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris. Les renforts arméniens, arrivés lundi dans la ville, ont pris position au nord du pont.",
    );
    assert_eq!(day_of(&got, "ont pris position"), "2024-03-04", "{got:?}");
    // near miss: a verb in the imperfect describes the participle's fact, which the
    // sentence tells: its day stays the sentence's
    let got = dated_quotes(
        "Mercredi, les combats ont repris à Goris. L'offensive azerbaïdjanaise, déclenchée lundi contre Kapan, visait la route de Latchine.",
    );
    assert_eq!(day_of(&got, "visait"), "2024-03-04", "{got:?}");
}

#[test]
fn a_day_in_a_subordinate_clause_dates_the_frames_of_that_clause() {
    // acts: the conference of "alors que" is yesterday's; the main clause has no day
    let got = dated_quotes(
        "Alors qu'une conférence réunie hier à Paris a promis une aide à l'Arménie, les combats ont repris à Goris.",
    );
    assert!(got.iter().any(|(k, d, _)| *k == EventType::Talks && d == "2024-03-06"), "{got:?}");
    // acts: a relative on the source of "selon" dates what it reports, told after the
    // story's day
    let got = dated_quotes(
        "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris. Selon le gouverneur du Syunik, qui s'exprimait lundi à la télévision, trois mille habitants ont fui la ville.",
    );
    assert_eq!(day_of(&got, "ont fui"), "2024-03-04", "{got:?}");
    // near miss: the main clause keeps its own day
    let got = dated_quotes(
        "Le Conseil de sécurité, qui s'est réuni le 20 février, a condamné mardi le bombardement de Goris.",
    );
    assert_eq!(day_of(&got, "a condamné"), "2024-03-05", "{got:?}");
}

#[test]
fn a_toll_counted_from_an_onset_is_the_count_on_the_day_it_is_told() {
    // acts: "depuis le commencement du siège", no day: publication, not Tuesday's story
    let got = dated_quotes(
        "Mardi, l'armée azerbaïdjanaise a bombardé Goris. Quarante et un bergers de Goris ont péri depuis le commencement du siège, selon Erevan.",
    );
    assert_eq!(day_of(&got, "Quarante et un bergers"), "2024-03-07", "{got:?}");
    // acts: another verb, an onset day
    let got =
        dated_quotes("Mardi, l'armée azerbaïdjanaise a bombardé Goris. Au moins vingt soldats arméniens sont morts depuis dimanche.");
    assert_eq!(day_of(&got, "vingt soldats"), "2024-03-07", "{got:?}");
    // acts: a dated report is the day the toll is told
    let got = dated_quotes(
        "Mardi, l'armée azerbaïdjanaise a bombardé Goris. Erevan a fait état mercredi de la mort de trente soldats depuis le déclenchement du pilonnage de Goris.",
    );
    assert_eq!(day_of(&got, "trente soldats"), "2024-03-06", "{got:?}");
    // near miss: a toll in the plus-que-parfait was counted at the story's day
    let got = dated_quotes(
        "Mardi, l'armée azerbaïdjanaise a bombardé Goris. Quarante et un bergers de Goris avaient péri depuis le commencement du siège, selon Erevan.",
    );
    assert_eq!(day_of(&got, "Quarante et un bergers"), "2024-03-05", "{got:?}");
}

#[test]
fn a_present_told_after_a_day_of_its_paragraph_is_that_day_s() {
    // acts: an explainer's narrative present, in an article not detected as a narrative
    let got = dated_quotes(
        "Le 8 février, l'armée azerbaïdjanaise entre dans Goris. Les soldats arrêtent une vingtaine de miliciens arméniens.",
    );
    assert_eq!(day_of(&got, "arrêtent"), "2024-02-08", "{got:?}");
    // near miss: in another paragraph the present tells the present
    let got = dated_quotes(
        "Le 8 février, l'armée azerbaïdjanaise entre dans Goris.\n\nLes soldats arrêtent une vingtaine de miliciens arméniens.",
    );
    assert_eq!(day_of(&got, "arrêtent"), "2024-03-07", "{got:?}");
    // near miss: two days after the story's day, the present is the publication's
    let got = dated_quotes(
        "Mardi, les blindés azerbaïdjanais ont pénétré dans Goris. Les soldats arrêtent une vingtaine de miliciens arméniens.",
    );
    assert_eq!(day_of(&got, "arrêtent"), "2024-03-07", "{got:?}");
}
