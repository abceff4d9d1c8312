use super::*;

/// The kind and actor ids of each candidate an invented article yields, with the seed
/// story, before any merge.
fn parties(body: &str) -> Vec<(EventType, Vec<String>)> {
    let (candidates, l) = super::test_story::candidates_of(body);
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
    assert!(!has("Mardi, à Erevan, la police russe a interpellé une vingtaine de manifestants.", "armenia"));
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
    let kinds = |body: &str| parties(body).into_iter().filter(|(k, _)| *k == EventType::Casualties).count();
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

#[test]
fn a_participial_apposition_to_the_subject_names_no_party_of_the_fact() {
    // must fire: who backs, sends or appoints the subject, in an apposition opened by a
    // participle of any gender and number, before verbs of several tenses
    for (body, party, aside) in [
        ("Mardi, les séparatistes, appuyés par des mercenaires turcs, ont pris le village de Talich.", "karabakh", "turkey"),
        ("Jeudi, les soldats arméniens, soutenus par des instructeurs français, repoussent une attaque près de Sotk.", "armenia", "france"),
        ("Le 3 mai, les troupes azerbaïdjanaises, équipées par Ankara, avaient bombardé Martouni.", "azerbaijan", "turkey"),
    ] {
        assert!(has(body, party), "{body}");
        assert!(!has(body, aside), "{body}: {:?}", parties(body));
    }
    // near misses: a coordinated party acts too; an apposition to an unnamed subject names
    // the one party; an apposition that opens with a preposition
    assert!(has("Mardi, les séparatistes et des mercenaires turcs ont pris le village de Talich.", "turkey"));
    assert!(has("Mardi, des hommes armés, appuyés par la Turquie, ont pris le village de Talich.", "turkey"));
    assert!(has(
        "Mardi, les séparatistes, avec des mercenaires turcs, ont pris le village de Talich.",
        "turkey"
    ));
    // near misses: a list of parties after a comma; the subject's own chief
    assert!(has(
        "Mardi, les ministres russe, iranien et turc, réunis à Téhéran, ont appelé au calme.",
        "turkey"
    ));
    assert!(has(
        "Mardi, les manifestants, menés par Bagrat Galstanian, ont bloqué une route près d'Erevan.",
        "galstanyan"
    ));
}

#[test]
fn a_government_or_a_ministry_that_opens_the_clause_acts_for_its_state() {
    // must fire: the government, a ministry, the general staff as the clause's subject,
    // in several tenses and after a circumstantial
    assert!(has("Mardi, à Erevan, le gouvernement a décrété deux jours de deuil.", "armenia"));
    assert!(has(
        "Le lendemain, à Goris, l'état-major ordonne l'évacuation des villages frontaliers.",
        "armenia"
    ));
    assert!(has("Le ministère de la Défense civile a ordonné jeudi l'évacuation de Jermouk.", "armenia"));
    assert!(has("Le ministère de la Santé a ordonné jeudi l'évacuation des écoles de Goris.", "armenia"));
    // near misses: a government protested against, the source of a report
    assert!(!has(
        "Mardi, à Erevan, des milliers de manifestants ont défilé contre le gouvernement.",
        "armenia"
    ));
    assert!(!has("Selon le ministère, trois civils ont été tués mardi à Goris.", "armenia"));
    assert!(!has("Le ministère affirme que trois civils ont été tués mardi à Goris.", "armenia"));
}
