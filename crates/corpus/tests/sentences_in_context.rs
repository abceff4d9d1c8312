//! Frames in running text: invented two-sentence articles, each rule with a case that must
//! fire and a near miss that must not.
use std::path::Path;

use chronocarte_corpus::{article, export::EventType, gazetteer::Gazetteer, lexicon::Lexicon};

fn events(body: &str) -> Vec<chronocarte_corpus::export::Event> {
    events_of(&[body])
}

/// How many of `e` are of `kind`.
fn count(e: &[chronocarte_corpus::export::Event], kind: EventType) -> usize {
    e.iter().filter(|e| e.kind == kind).count()
}

/// The place id of the first event of `kind` in an invented article.
fn place_of(body: &str, kind: EventType) -> Option<String> {
    let e = events(body);
    let first = e.iter().find(|e| e.kind == kind).unwrap_or_else(|| panic!("{e:#?}"));
    first.place.as_ref().map(|p| p.id.clone())
}

/// The events of several invented articles (ids a0, a1…), merged.
fn events_of(bodies: &[&str]) -> Vec<chronocarte_corpus::export::Event> {
    let root = chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan");
    let mut d = Vec::new();
    let g = Gazetteer::load(&root.join("places.toml"), &mut d);
    let l = Lexicon::load(&root.join("actors.toml"), &mut d);
    let articles: Vec<_> = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let text = format!(
                "+++\ntitle = \"t\"\noutlet = \"o{i}\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
            );
            let id = format!("a{i}");
            article::parse(Path::new(&format!("{id}.md")), &id, &text, &mut d).expect("parses")
        })
        .collect();
    chronocarte_corpus::process_articles(&articles, &g, &l, None).0.events
}

#[test]
fn a_definite_back_reference_continues_the_event() {
    // fires: "les camions" names again the trucks of the sentence before
    let e = events(
        "Mercredi matin, quatre camions d'aide humanitaire ont quitté Goris. \
         Chargés de farine, les camions roulent vers Stepanakert.",
    );
    let aid: Vec<_> = e.iter().filter(|e| e.kind == EventType::Humanitarian).collect();
    assert_eq!(aid.len(), 1, "{e:#?}");
    assert_eq!(aid[0].mentions.len(), 2);
    // near miss: "d'autres camions" are other trucks, going elsewhere
    let e = events(
        "Mercredi matin, quatre camions d'aide humanitaire ont quitté Goris. \
         Chargés de farine, d'autres camions roulent vers Stepanakert.",
    );
    assert_eq!(count(&e, EventType::Humanitarian), 2, "{e:#?}");
}

#[test]
fn the_claimant_is_a_noun_phrase_not_a_fragment() {
    let e = events("« Trois obus sont tombés sur Goris mardi », a déclaré hier soir sur une radio privée le maire de la ville.");
    let m = &e.iter().find(|e| e.kind == EventType::Fighting).expect("an event").mentions[0];
    assert_eq!(m.claimed_by.as_deref(), Some("le maire de la ville"));
    // near miss: a reporting verb with no subject after it gives no claimant
    let e = events("« Trois obus sont tombés sur Goris mardi », a ajouté hier soir.");
    let m = &e.iter().find(|e| e.kind == EventType::Fighting).expect("an event").mentions[0];
    assert_eq!(m.claimed_by, None);
}

#[test]
fn coordinated_facts_are_separate_events() {
    // fires: an arrest, then a detention, in one sentence: two events, each quoting its clause
    let e = events("Mardi, le militant a été arrêté à Latchine puis placé en détention provisoire à Bakou.");
    let political: Vec<_> = e.iter().filter(|e| e.kind == EventType::Political).collect();
    assert_eq!(political.len(), 2, "{e:#?}");
    assert!(political.iter().any(|e| e.mentions[0].quote.starts_with("puis placé en détention")), "{e:#?}");
    // fires: two sides' competing tolls give two events, each with its own figure
    let e = events(
        "Mardi, l'Arménie a fait état de 49 soldats tués, tandis que l'Azerbaïdjan a reconnu 50 morts dans ses rangs.",
    );
    let tolls: Vec<_> = e.iter().filter_map(|e| e.fatalities.as_ref()?.killed_min).collect();
    assert!(tolls.contains(&49) && tolls.contains(&50), "{e:#?}");
    // near miss: a contrast without figures on both sides is one fact and a comment on it
    let e =
        events("Mardi, l'armée azerbaïdjanaise a bombardé Latchine, tandis que Bakou affirme avoir riposté.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: "puis" between a fact and a clause without a frame of its own
    let e = events("Mardi, le militant a été arrêté à Latchine, puis conduit vers une destination inconnue.");
    assert_eq!(count(&e, EventType::Political), 1, "{e:#?}");
}

#[test]
fn a_named_partys_denial_is_its_own_statement() {
    // fires: Bakou, named, denies: the shelling is disputed, and the denial is Bakou's statement
    let e = events(
        "Mardi, Erevan a accusé l'armée azerbaïdjanaise d'avoir bombardé Goris. \
         Bakou a démenti ces accusations.",
    );
    let fighting = e.iter().find(|e| e.kind == EventType::Fighting).expect("the shelling");
    assert!(fighting.disputed_by.contains(&"azerbaijan".to_string()), "{e:#?}");
    assert!(e
        .iter()
        .any(|e| e.kind == EventType::Statement && e.mentions[0].quote.starts_with("Bakou a démenti")));
    // near miss: a denial by nobody named stays a mention of the event
    let e = events(
        "Mardi, Erevan a accusé l'armée azerbaïdjanaise d'avoir bombardé Goris. \
         Ces accusations ont été démenties.",
    );
    assert!(!e.iter().any(|e| e.kind == EventType::Statement), "{e:#?}");
}

#[test]
fn continuation_needs_a_reference_not_just_a_position() {
    // fires: "ils", a pronoun subject, refers back to the shelling's authors
    let e = events("Mardi, l'armée azerbaïdjanaise a bombardé Goris. Ils ont aussi pilonné la route au sud.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: right after it, another side's shelling, not referred back to
    let e = events(
        "Mardi, l'armée azerbaïdjanaise a bombardé Goris. Les forces arméniennes ont pilonné des positions ennemies.",
    );
    assert_eq!(count(&e, EventType::Fighting), 2, "{e:#?}");
}

#[test]
fn questions_and_partyless_talks_are_no_events() {
    // fires: a meeting with its parties named
    let e = events("Mardi, les ministres arménien et azerbaïdjanais se sont réunis à Bruxelles.");
    assert_eq!(count(&e, EventType::Talks), 1, "{e:#?}");
    // near misses: an interviewer's question; talks with nobody named and nowhere
    let e = events("Les ministres arménien et azerbaïdjanais se sont-ils réunis à Bruxelles mardi ?");
    assert!(e.is_empty(), "{e:#?}");
    let e = events("Mardi, les négociations ont repris dans une ambiance tendue.");
    assert!(!e.iter().any(|e| e.kind == EventType::Talks), "{e:#?}");
}

#[test]
fn reports_of_one_family_merge_across_sources() {
    // fires: one source tells the arrest, another the detention, same day, same person
    let e = events_of(&[
        "Mardi, la police azerbaïdjanaise a arrêté un militant arménien à Latchine.",
        "Un militant arménien a été placé en détention mardi à Latchine par les autorités azerbaïdjanaises.",
    ]);
    assert_eq!(count(&e, EventType::Political), 1, "{e:#?}");
    // near miss: the same two steps told by one article are two facts
    let e = events("Mardi, la police azerbaïdjanaise a arrêté un militant à Latchine. Mercredi, il a été placé en détention à Bakou.");
    assert_eq!(count(&e, EventType::Political), 2, "{e:#?}");
    // near miss: an arrest and a trial are not one family
    let e = events_of(&[
        "Mardi, la police azerbaïdjanaise a arrêté un militant arménien à Latchine.",
        "Mardi, un militant arménien a été jugé à Latchine par un tribunal azerbaïdjanais.",
    ]);
    assert_eq!(count(&e, EventType::Political), 2, "{e:#?}");
}

#[test]
fn a_truce_called_for_is_a_statement() {
    // fires: a call, a demand or a promise of a truce is what was said
    for body in [
        "Les chefs de la diplomatie russe et française ont appelé hier à une trêve générale.",
        "Mardi, la Russie a exigé sans délai une trêve dans la région.",
    ] {
        let e = events(body);
        assert!(e.iter().all(|e| e.kind != EventType::Ceasefire), "{body}: {e:#?}");
        assert!(e.iter().any(|e| e.kind == EventType::Statement), "{body}: {e:#?}");
    }
    // near miss: a truce agreed is a ceasefire
    let e = events("Mardi, l'Arménie et l'Azerbaïdjan ont conclu un cessez-le-feu immédiat.");
    assert!(e.iter().any(|e| e.kind == EventType::Ceasefire), "{e:#?}");
}

#[test]
fn an_old_day_is_inherited_by_the_sentence_that_tells_more() {
    // fires: a day two years before publication, then an undated past sentence about a
    // request for help: the request is dated by that day
    let e = events(
        "Le 3 mai 2022, des obus sont tombés sur Goris. \
         Erevan a aussitôt appelé à l'aide ses alliés.",
    );
    let call = e.iter().find(|e| e.kind == EventType::Diplomacy).unwrap_or_else(|| panic!("{e:#?}"));
    assert_eq!(call.date.start, "2022-05-03");
    // near miss: an old season only is background, and so is what inherits it
    let e = events(
        "Au printemps 2022, des obus sont tombés sur Goris. \
         Erevan a aussitôt appelé à l'aide ses alliés.",
    );
    assert!(e.iter().all(|e| e.kind != EventType::Diplomacy), "{e:#?}");
}

#[test]
fn armed_men_crossing_a_border_are_an_incursion() {
    // fires: soldiers as the subject of "franchir la frontière"
    let e = events("Mardi, des soldats azerbaïdjanais ont franchi la frontière près de Goris.");
    assert!(e.iter().any(|e| e.kind == EventType::Fighting), "{e:#?}");
    assert!(e.iter().all(|e| e.kind != EventType::Humanitarian), "{e:#?}");
    // near miss: civilians crossing the same border are people fleeing
    let e = events("Mardi, des milliers de civils ont franchi la frontière près de Goris.");
    assert!(e.iter().any(|e| e.kind == EventType::Humanitarian), "{e:#?}");
}

#[test]
fn an_announcement_by_a_named_party_is_a_statement() {
    // fires: a named party announces something no other frame reports
    let e = events("Mardi, Bakou a annoncé une hausse du prix du pain dans les villes du nord.");
    assert!(e.iter().any(|e| e.kind == EventType::Statement), "{e:#?}");
    // near miss: the noun in another sense, and nobody who announces
    let e = events("Mardi, les petites annonces du journal local occupaient deux pages.");
    assert!(e.is_empty(), "{e:#?}");
}

#[test]
fn a_guessed_region_does_not_keep_apart_a_place_another_source_names() {
    // fires: one source names no place (the article's region is a guess), the other names
    // a town outside that region, on the same day
    let e = events_of(&[
        "Le Haut-Karabakh reste sous tension. Le 3 mars, des soldats azerbaïdjanais ont ouvert le feu sur un poste arménien.",
        "Le 3 mars, des soldats azerbaïdjanais ont ouvert le feu près de Goris.",
    ]);
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: another day
    let e = events_of(&[
        "Le Haut-Karabakh reste sous tension. Le 3 mars, des soldats azerbaïdjanais ont ouvert le feu sur un poste arménien.",
        "Le 4 mars, des soldats azerbaïdjanais ont ouvert le feu près de Goris.",
    ]);
    assert_eq!(count(&e, EventType::Fighting), 2, "{e:#?}");
    // near miss: one article telling two shootings, one with no place of its own
    let e = events(
        "Le 3 mars, des soldats azerbaïdjanais ont ouvert le feu près de Goris. Le Haut-Karabakh reste sous tension. Le 3 mars, des soldats azerbaïdjanais ont aussi ouvert le feu sur un poste arménien.",
    );
    assert_eq!(count(&e, EventType::Fighting), 2, "{e:#?}");
}

#[test]
fn two_sides_figures_in_one_sentence_are_two_tolls() {
    // fires: each side's count, joined by "tandis que", the first through a partitive
    let e = events(
        "Samedi, Bakou a affirmé que 48 de ses militaires avaient été tués, tandis qu'Erevan a évoqué de son côté 20 morts.",
    );
    assert_eq!(count(&e, EventType::Casualties), 2, "{e:#?}");
    // near miss: one figure and a comment on it
    let e = events("Samedi, Bakou a affirmé que 48 de ses militaires avaient été tués, tandis qu'Erevan s'est refusé à tout commentaire.");
    assert_eq!(count(&e, EventType::Casualties), 1, "{e:#?}");
}

#[test]
fn a_noun_after_a_negative_determiner_tells_no_event() {
    // fires: a shot fired
    let e = events("Un coup de feu a été tiré cette nuit près du poste frontière de Latchine.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: none was
    let e = events("Aucun coup de feu n'a été tiré cette nuit près du poste frontière de Latchine.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
    let e = events("Mardi, les soldats ont quitté le village sans combat, selon Erevan.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
}

#[test]
fn what_a_reporting_relative_reports_is_the_event() {
    // fires: the attack is reported through "qui affirme que"
    let e = events(
        "Mardi, la situation restait confuse, selon le ministère arménien, qui affirme que des soldats azerbaïdjanais ont bombardé le village de Tegh.",
    );
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: a relative clause that only qualifies its noun
    let e = events(
        "Mardi, les habitants du village de Tegh, qui avaient été bombardés en 2021, ont accueilli des réfugiés.",
    );
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
}

#[test]
fn a_place_set_apart_says_where_a_statement_was_made() {
    let place = |body: &str| place_of(body, EventType::Statement);
    // fires: "à Erevan" between commas is where the refusal was told, though "Erevan" is
    // also the Armenian government
    assert_eq!(
        place("Jeudi, à Erevan, le gouvernement a dénoncé une provocation de Bakou.").as_deref(),
        Some("yerevan")
    );
    // near miss: "à Erevan" as the one addressed
    assert_eq!(place("Jeudi, Moscou a dénoncé à Erevan une provocation de Bakou.").as_deref(), None);
}

#[test]
fn a_distance_is_measured_from_a_place_where_nothing_happened() {
    let place = |body: &str| place_of(body, EventType::Fighting);
    // fires: Goris is where the distance starts; the shelling was in Djermouk
    assert_eq!(
        place("Mardi, l'artillerie a bombardé Djermouk, à une soixantaine de kilomètres au nord de Goris.")
            .as_deref(),
        Some("jermuk")
    );
    // near miss: the only place named, even as a landmark, is kept
    assert_eq!(
        place("Mardi, l'artillerie a bombardé un village à 20 km de Goris.").as_deref(),
        Some("goris")
    );
}

#[test]
fn fighting_told_in_other_words_by_another_source_is_one_event() {
    // fires: two sources, one day, one place: "combats" and "tirs échangés" are one clash
    let e = events_of(&[
        "Mardi, de violents combats ont éclaté à Goris entre les deux armées.",
        "Mardi, des tirs nourris ont été échangés à Goris, selon le ministère.",
    ]);
    let f: Vec<_> = e.iter().filter(|e| e.kind == EventType::Fighting).collect();
    assert_eq!(f.len(), 1, "{e:#?}");
    // near miss: one article telling shelling, then an exchange of fire, tells two episodes
    let e = events(
        "Mardi matin, l'artillerie a bombardé Goris pendant deux heures. \
         Mardi soir, des tirs ont été échangés à Goris près du pont.",
    );
    assert_eq!(count(&e, EventType::Fighting), 2, "{e:#?}");
}

#[test]
fn an_appositive_participle_dates_its_own_frame_only() {
    // fires: the arrest told by the apposition keeps the apposition's day (the eve of
    // Tuesday 5 March), and the charges of the main clause keep Tuesday
    let e = events(
        "Le parquet de Bakou a annoncé mardi avoir inculpé un ancien ministre du Karabakh, \
         arrêté la veille au poste de Latchine.",
    );
    let days: Vec<&str> = e.iter().map(|e| e.date.start.as_str()).collect();
    assert!(days.contains(&"2024-03-04") && days.contains(&"2024-03-05"), "{e:#?}");
    // near miss: an apposition without a frame qualifies a place; its month dates nothing
    let e = events(
        "Un camion a sauté sur une mine mardi près d'un village du district de Kalbajar, \
         rebaptisé fin novembre.",
    );
    assert!(!e.is_empty() && e.iter().all(|e| e.date.start == "2024-03-05"), "{e:#?}");
}

#[test]
fn a_chronology_entry_is_dated_by_its_head() {
    // fires: the decade inside the entry is its backdrop, the head date dates the handover
    let e = events(
        "Les dates à retenir.\n\n- 03/03/2022 : les terres de trois villages, vidés dans les \
         années 1980, passent sous le contrôle des gardes-frontières azerbaïdjanais ;",
    );
    assert!(e.iter().any(|e| e.date.start == "2022-03-03"), "{e:#?}");
    // near miss: a sentence that only opens with a date is no entry: its other dates count
    let e =
        events("Le 3 mars 2022, des obus ont frappé Goris ; le 5 mars 2022, des roquettes ont visé Sotk.");
    assert!(e.iter().any(|e| e.date.start == "2022-03-05"), "{e:#?}");
}

#[test]
fn a_town_the_gazetteer_lacks_can_be_taken() {
    // fires: a capitalised name right after "prendre" is the town taken
    let e = events("Mardi, les rebelles ont pris Dorvik, une bourgade du nord, après une nuit de combats.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: a name after a determiner, or an acronym, is no town ("la chute de l'URSS")
    let e = events("Mardi, le ministre a rappelé que la région avait prospéré jusqu'à la chute de l'URSS.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
}

#[test]
fn a_day_after_a_full_date_is_in_its_year() {
    // fires: "le 5 mars" follows "le 3 mars 2022" in the same sentence (published 2024)
    let e = events("Le 3 mars 2022, des obus ont frappé Goris ; le 5 mars, des roquettes ont visé Sotk.");
    let days: Vec<&str> = e.iter().map(|e| e.date.start.as_str()).collect();
    assert!(days.contains(&"2022-03-05"), "{e:#?}");
    // each clause is dated by its own date: two events, not a third from the first clause
    // taking the second clause's date
    assert_eq!(e.len(), 2, "{e:#?}");
    // near miss: a day written before the full date is read before its year is known
    let e =
        events("Le 5 mars, des roquettes ont visé Sotk, comme des obus avaient frappé Goris le 3 mars 2022.");
    let days: Vec<&str> = e.iter().map(|e| e.date.start.as_str()).collect();
    assert!(days.contains(&"2024-03-05"), "{e:#?}");
}

#[test]
fn armed_men_who_leave_a_place_pull_back() {
    // fires: soldiers leaving a region are a withdrawal (a handover), not people fleeing
    let e = events("Mardi, les derniers soldats russes ont quitté la région.");
    assert_eq!(count(&e, EventType::Ceasefire), 1, "{e:#?}");
    assert_eq!(count(&e, EventType::Humanitarian), 0, "{e:#?}");
    // near miss: families leaving the same region are displaced
    let e = events("Mardi, des milliers de familles ont quitté la région.");
    assert_eq!(count(&e, EventType::Humanitarian), 1, "{e:#?}");
}

#[test]
fn armed_men_who_leave_a_place_are_read_after_que() {
    // fires: the soldiers are the subject of the completive, after the speaker's "que"
    let e =
        events("Moscou a confirmé mardi que les derniers soldats russes ont quitté la ville de Latchine.");
    assert_eq!((count(&e, EventType::Ceasefire), count(&e, EventType::Humanitarian)), (1, 0), "{e:#?}");
    // near miss: civilians leaving, in the same frame, are displaced
    let e = events("Moscou a confirmé mardi que les derniers habitants ont quitté la ville de Latchine.");
    assert_eq!((count(&e, EventType::Ceasefire), count(&e, EventType::Humanitarian)), (0, 1), "{e:#?}");
}

#[test]
fn a_second_speaker_after_a_semicolon_is_a_second_event() {
    // fires: "; Erevan accuse…": another named party opens its own clause with its own verb
    let e = events(
        "Mardi, Bakou affirme que deux de ses soldats ont été blessés par des tirs arméniens ; \
         Erevan accuse les troupes azerbaïdjanaises d'avoir franchi la rivière.",
    );
    assert_eq!((count(&e, EventType::Casualties), count(&e, EventType::Statement)), (1, 1), "{e:#?}");
    let statement = e.iter().find(|e| e.kind == EventType::Statement).unwrap();
    assert!(statement.mentions[0].quote.starts_with("Erevan accuse"), "{e:#?}");
    // near miss: a comment after ";" without a party of its own stays with the fact
    let e = events(
        "Mardi, Bakou affirme que deux de ses soldats ont été blessés par des tirs arméniens ; \
         selon lui, la rivière a été franchie de nuit.",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
}

#[test]
fn a_second_clause_with_its_own_named_subject_is_a_second_fact() {
    // fires: "…, et Bakou a fermé…": a named party and its verb open a clause of its own
    let e = events("Mardi, des roquettes ont frappé Goris, et Bakou a fermé le corridor de Latchine.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    assert_eq!(count(&e, EventType::Humanitarian), 1, "{e:#?}");
    // near miss: "et" before a subject that is no named party stays inside one fact
    let e = events("Mardi, des roquettes ont frappé Goris, et les habitants ont fermé les écoles.");
    assert_eq!(e.len(), 1, "{e:#?}");
}

#[test]
fn a_release_called_for_and_a_feared_offensive_are_statements() {
    // fires: a call for a release is what was said, a fear is no offensive
    let e = events("Mardi, Erevan a appelé à la libération des prisonniers arméniens.");
    assert_eq!(count(&e, EventType::Humanitarian), 0, "{e:#?}");
    let e = events("Mardi, Erevan a déclaré craindre une offensive contre Goris dans les prochains jours.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
    // near misses: a release made, an offensive denounced
    let e = events("Mardi, Bakou a libéré six prisonniers arméniens à la frontière.");
    assert_eq!(count(&e, EventType::Humanitarian), 1, "{e:#?}");
    let e = events("Mardi, Erevan a dénoncé l'offensive lancée à l'aube sur Goris.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
}

#[test]
fn a_date_after_a_participle_qualifying_a_noun_is_the_participle_s() {
    // fires: the wound dates "blessé", the death keeps Tuesday
    let e = events("Mardi, un soldat blessé la semaine dernière a succombé à ses blessures à Erevan.");
    let days: Vec<&str> = e.iter().map(|e| e.date.start.as_str()).collect();
    assert!(days.contains(&"2024-03-05"), "{e:#?}");
    // near miss: after an auxiliary, the participle is the main verb and the date is its own
    let e = events("Un soldat a été blessé la semaine dernière près de Sotk.");
    assert!(e.iter().all(|e| e.date.start != "2024-03-05"), "{e:#?}");
    // near miss: a date after "du" names the noun's own day ("les municipales anticipées du…")
    let e = events("Le parti du maire a remporté les municipales anticipées du 20 juin à Goris.");
    assert!(e.iter().any(|e| e.date.start == "2023-06-20"), "{e:#?}");
}

#[test]
fn a_turn_repeats_the_previous_event_elsewhere() {
    // fires: "ce fut le tour de X" tells the bombing again, two days later, at X
    let e = events(
        "Le 3 mars, l'artillerie azerbaïdjanaise a pilonné Latchine. \
         Deux jours plus tard, ce fut le tour de Kelbajar.",
    );
    let fighting: Vec<_> = e.iter().filter(|e| e.kind == EventType::Fighting).collect();
    assert_eq!(fighting.len(), 2, "{e:#?}");
    assert!(fighting
        .iter()
        .any(|e| e.date.start == "2024-03-05" && e.place.as_ref().is_some_and(|p| p.id == "kelbajar")));
    // near misses: a tour of a place, and turns taken, are no event
    for second in [
        "Deux jours plus tard, le ministre a fait le tour de Kelbajar.",
        "Deux jours plus tard, les habitants de Kelbajar parlaient à tour de rôle.",
    ] {
        let e = events(&format!("Le 3 mars, l'artillerie azerbaïdjanaise a pilonné Latchine. {second}"));
        assert_eq!(count(&e, EventType::Fighting), 1, "{second}: {e:#?}");
    }
}

#[test]
fn an_event_without_a_place_takes_its_paragraph_scene() {
    // fires: the food is handed out in the paragraph that sets the scene in Goris
    let place = place_of(
        "Mardi, des centaines de manifestants se sont rassemblés à Goris. \
         Des bénévoles ont distribué des repas chauds à deux cents familles.",
        EventType::Humanitarian,
    );
    assert_eq!(place.as_deref(), Some("goris"));
    // near miss: a new paragraph is a new scene
    let place = place_of(
        "Mardi, des centaines de manifestants se sont rassemblés à Goris.\n\n\
         Des bénévoles ont distribué des repas chauds à deux cents familles.",
        EventType::Humanitarian,
    );
    assert_ne!(place.as_deref(), Some("goris"));
}

#[test]
fn a_coordinated_clause_with_its_own_date_is_its_own_fact() {
    // fires: ", et deux jours plus tard, …" opens a second fact on another day
    let e = events(
        "Lundi, l'artillerie azerbaïdjanaise a pilonné Latchine, et deux jours plus tard, \
         les forces arméniennes ont repris Kelbajar.",
    );
    let mut days: Vec<&str> =
        e.iter().filter(|e| e.kind == EventType::Fighting).map(|e| e.date.start.as_str()).collect();
    days.sort();
    assert_eq!(days, ["2024-03-04", "2024-03-06"], "{e:#?}");
    // near miss: a second clause without a date or a subject of its own is the same fact
    let e = events(
        "Lundi, l'artillerie azerbaïdjanaise a pilonné Latchine, et deux obus sont tombés sur Kelbajar.",
    );
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
}

#[test]
fn a_coordinated_clause_whose_subject_is_a_described_party_is_its_own_fact() {
    // fires: "les autorités arméniennes décrètent…": determiner, noun, party, finite verb
    let e =
        events("Mardi, des drones ont frappé Goris, et les autorités arméniennes décrètent un couvre-feu.");
    assert_eq!((count(&e, EventType::Fighting), count(&e, EventType::Political)), (1, 1), "{e:#?}");
    // near miss: the party ends an enumeration, with a participle and no verb of its own
    let e = events(
        "Mardi, l'Azerbaïdjan a bombardé les positions des gardes-frontières, \
         et les forces arméniennes stationnées près de Goris.",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
}

#[test]
fn an_old_fact_dated_to_its_month_is_part_of_the_chronology() {
    // fires: more than a year before publication (2024-03-07), dated to its month
    let e = events("En novembre 2020, les forces azerbaïdjanaises ont repris Choucha.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    assert_eq!(e[0].date.start, "2020-11-01");
    // near misses: the same fact dated by its season or its year only is background
    for when in ["À l'automne 2020", "En 2020"] {
        let e = events(&format!("{when}, les forces azerbaïdjanaises ont repris Choucha."));
        assert!(e.is_empty(), "{when}: {e:#?}");
    }
}

#[test]
fn soldiers_captured_are_taken_in_war_not_arrested() {
    // fires: armed men as the passive subject of a capture
    let e = events("Mardi, quatre soldats arméniens ont été capturés près de Goris.");
    assert_eq!((count(&e, EventType::Incident), count(&e, EventType::Political)), (1, 0), "{e:#?}");
    // near miss: civilians arrested stay a political arrest
    let e = events("Mardi, quatre militants arméniens ont été capturés près de Goris.");
    assert_eq!((count(&e, EventType::Incident), count(&e, EventType::Political)), (0, 1), "{e:#?}");
}

#[test]
fn a_pledge_both_sides_make_together_is_a_deal() {
    // fires: two parties joined by "et" pledge together
    let e = events("Mardi, l'Arménie et l'Azerbaïdjan se sont engagés à rouvrir les postes-frontières.");
    assert_eq!((count(&e, EventType::Talks), count(&e, EventType::Statement)), (1, 0), "{e:#?}");
    // near miss: one party's pledge is its word
    let e = events("Mardi, l'Arménie s'est engagée à rouvrir les postes-frontières.");
    assert_eq!(count(&e, EventType::Talks), 0, "{e:#?}");
}

#[test]
fn a_toll_whose_agent_is_the_fighting_is_a_toll() {
    // fires: the fire is the agent of the participle; the wounded are the event
    let e = events("Mardi, deux civils ont été blessés par des tirs près de Goris.");
    assert_eq!(count(&e, EventType::Casualties), 1, "{e:#?}");
    // near miss: the fire is the subject of the main clause: fighting
    let e = events("Mardi, des tirs ont visé le poste de Goris, sans faire de victimes.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
}

#[test]
fn a_stronghold_retaken_or_left_without_a_fight_is_an_advance() {
    // fires: a named kind of stronghold retaken, and a garrison that falls back without a fight
    let e = events("Mardi, les rebelles ont repris la garnison de Goris.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    let e = events("Mardi, la garnison de Goris s'est repliée sans combattre.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: a concert that resumes at a garrison's hall, a coach's figure of speech
    let e = events("Mardi, l'orchestre a repris le concert dans la salle de la garnison de Goris.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
    let e = events("Mardi, l'entraîneur de Goris a promis de ne pas abandonner sans combattre.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
}

#[test]
fn a_famine_declared_is_a_humanitarian_fact() {
    // fires: the famine declared (the passive of "déclarer la famine")
    let e = events("Mardi, la famine a été déclarée dans les camps autour de Goris.");
    assert_eq!(count(&e, EventType::Humanitarian), 1, "{e:#?}");
    // near miss: a famine feared is no declaration
    let e = events("Mardi, les agronomes de Goris craignent une famine dans les camps.");
    assert_eq!(count(&e, EventType::Humanitarian), 0, "{e:#?}");
}

#[test]
fn the_fall_of_a_town_is_an_event_unless_it_anchors_another() {
    // fires: the fall of the town told as the day's fact
    let e = events("Le 4 mars, la chute de la localité a été confirmée par l'état-major.");
    assert_eq!(count(&e, EventType::Fighting), 1, "{e:#?}");
    // near miss: "la veille de la chute" dates what the inhabitants did, not a fall
    let e =
        events("La veille de la chute de la localité, le 5 mars, les habitants ont manifesté sur la place.");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
}

#[test]
fn a_remembrance_day_celebrated_is_political_not_the_battle_it_recalls() {
    // fires: the day celebrated, heavier than the capture that fixed its date
    let e = events(
        "Mardi, la république a fêté, pour la deuxième année, son « Jour de la victoire », fixé à la date de la prise de la capitale.",
    );
    assert_eq!(count(&e, EventType::Political), 1, "{e:#?}");
    assert_eq!(count(&e, EventType::Fighting), 0, "{e:#?}");
    // near miss: a team's victory celebrated is no ceremony
    let e =
        events("Mardi, les supporters ont célébré la victoire de leur équipe dans les rues de la capitale.");
    assert_eq!(count(&e, EventType::Political), 0, "{e:#?}");
}

#[test]
fn a_relative_clause_with_an_earlier_date_of_its_own_is_its_own_fact() {
    // fires: "où", a pluperfect and a date of its own tell what happened the day before
    let e = events(
        "Mardi, les forces azerbaïdjanaises ont bombardé Goris, \
         où les séparatistes avaient décrété la loi martiale la veille.",
    );
    let days = |kind| e.iter().filter(|e| e.kind == kind).map(|e| e.date.start.as_str()).collect::<Vec<_>>();
    assert_eq!(
        (days(EventType::Fighting), days(EventType::Political)),
        (vec!["2024-03-05"], vec!["2024-03-04"]),
        "{e:#?}"
    );
    // fires: "dont", with its own party, verb and date
    let e =
        events("Samedi, Erevan a promulgué la loi électorale, dont Bakou avait dénoncé le texte le 3 mars.");
    let statement = e.iter().find(|e| e.kind == EventType::Statement).unwrap_or_else(|| panic!("{e:#?}"));
    assert_eq!(statement.date.start, "2024-03-03", "{e:#?}");
    // near miss: a relative without a date of its own only qualifies its noun
    let e = events("Mardi, les soldats qui gardaient le poste de Goris ont été attaqués.");
    assert_eq!(e.len(), 1, "{e:#?}");
    // near miss: a negated relative tells what did not happen
    let e = events(
        "Samedi, Erevan a promulgué la loi électorale, dont Bakou n'avait pas dénoncé le texte le 3 mars.",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    // near miss: a relative in the present tells what the fact entails, not an earlier one
    let e = events("Lundi, les deux camps ont conclu un cessez-le-feu, qui entre en vigueur mardi.");
    assert_eq!(e.len(), 1, "{e:#?}");
}
