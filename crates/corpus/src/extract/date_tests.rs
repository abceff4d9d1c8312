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
