use super::test_story::{events_titled, seed_story};
use super::*;

/// An invented one-paragraph article published on 2024-03-07.
fn article_of(body: &str) -> crate::article::Article {
    super::test_story::article_titled("t", body)
}

/// The kind, place id and actor ids of each event of an invented article, with the places
/// of `extra` added to the story's.
fn events_with(body: &str, extra: &str) -> Vec<(EventType, Option<String>, Vec<String>)> {
    events_titled("t", body, extra)
        .into_iter()
        .map(|e| (e.kind, e.place.map(|p| p.id), e.actors.into_iter().map(|a| a.id).collect()))
        .collect()
}

/// The kind, place id and actor ids of each event of an invented one-paragraph article.
fn events_of(body: &str) -> Vec<(EventType, Option<String>, Vec<String>)> {
    events_with(body, "")
}

/// The kind and place id of each event of an invented one-paragraph article.
fn kinds_and_places(body: &str) -> Vec<(EventType, Option<String>)> {
    kinds_and_places_with(body, "")
}

/// The same, with the places of the TOML text `extra` added to the story's.
fn kinds_and_places_with(body: &str, extra: &str) -> Vec<(EventType, Option<String>)> {
    events_with(body, extra).into_iter().map(|(k, p, _)| (k, p)).collect()
}

/// Each sentence's event of the given kind is at the given place (or at none).
fn assert_places(cases: &[(&str, EventType, Option<&str>)]) {
    for (body, kind, place) in cases {
        let got = kinds_and_places(body);
        let ev = got.iter().find(|(k, _)| k == kind).unwrap_or_else(|| panic!("{body}: {got:?}"));
        assert_eq!(ev.1.as_deref(), *place, "{body}: {got:?}");
    }
}

#[test]
fn a_meeting_or_a_signature_takes_place_in_a_capital() {
    // (sentence, kind of its event, expected place)
    let cases: &[(&str, EventType, Option<&str>)] = &[
            // fires: "à Erevan" is where the signature happened, though "Erevan" also
            // names the Armenian government
            (
                "Mardi, les deux ministres ont signé à Erevan un accord de coopération militaire.",
                EventType::Political,
                Some("yerevan"),
            ),
            // near miss: "à Erevan" after the report's speaker is where it spoke
            (
                "Mardi, les deux ministres se sont entretenus par téléphone, a indiqué le ministère à Erevan.",
                EventType::Diplomacy,
                None,
            ),
            // near miss: "à Erevan de …" is the one asked, a dative
            (
                "Mardi, Moscou a proposé à Erevan de signer un accord de coopération militaire.",
                EventType::Political,
                None,
            ),
            // fires: of a town and a capital, the one nearer the signature is its place,
            // however small the other
            (
                "Arrivés mardi depuis Goris, les deux ministres ont signé à Erevan un accord de coopération militaire.",
                EventType::Political,
                Some("yerevan"),
            ),
            // fires: a truce signed somewhere is signed there too
            (
                "Mardi, les chefs des deux armées ont signé à Erevan un cessez-le-feu durable.",
                EventType::Ceasefire,
                Some("yerevan"),
            ),
            // near miss: where the truce was announced, after its speaker
            (
                "Mardi, les deux armées ont conclu un cessez-le-feu durable, a annoncé le ministère à Erevan.",
                EventType::Ceasefire,
                None,
            ),
            // near miss: a town still wins over a region, even one nearer the signature
            (
                "Mardi, les deux ministres réunis à Goris ont signé dans le Syunik un accord de coopération militaire.",
                EventType::Talks,
                Some("goris"),
            ),
        ];
    assert_places(cases);
}

#[test]
fn a_capital_where_the_event_happens_is_no_actor() {
    // (sentence, whether Baku, also a name of the Azerbaijani government, stays an actor)
    let cases: &[(&str, bool)] = &[
        // fires: the capital after "à" or "dans" in an event that happens there, or set apart
        ("Mardi, des obus sont tombés à Bakou sur un quartier résidentiel.", false),
        ("Mardi, les soldats arméniens sont entrés dans Bakou sans combattre.", false),
        ("Mardi, à Bakou, des milliers de manifestants ont défilé contre la vie chère.", false),
        // near misses: the capital as a subject; as a dative; framing the speaker
        ("Mardi, Bakou a dénoncé des tirs arméniens sur ses positions.", true),
        ("Mardi, Moscou a proposé à Bakou de signer un cessez-le-feu.", true),
        ("Mardi, à Bakou, la présidence a confirmé le décès de deux soldats.", true),
    ];
    for (body, actor) in cases {
        let got = events_of(body);
        assert!(!got.is_empty(), "{body}: no event");
        let has = got.iter().any(|e| e.2.iter().any(|a| a == "azerbaijan"));
        assert_eq!(has, *actor, "{body}: {got:?}");
    }
}

#[test]
fn a_place_in_a_relative_clause_after_the_event_is_not_its_place() {
    // (sentence, kind of its event, expected place)
    let cases: &[(&str, EventType, Option<&str>)] = &[
            // fires: the capital belongs to the relative clause's verb
            (
                "Jeudi, les troupes azerbaïdjanaises ont déclenché une attaque dans le Haut-Karabakh, une région qui échappait à Bakou.",
                EventType::Fighting,
                Some("haut_karabakh"),
            ),
            // near miss: the only place named, in the relative clause, still places it
            (
                "Mardi, des obus ont touché des maisons qui se trouvent à Goris.",
                EventType::Fighting,
                Some("goris"),
            ),
        ];
    assert_places(cases);
}

#[test]
fn a_building_after_a_locative_word_is_the_place() {
    // a building whose name is also an actor alias of the story ("Maison-Blanche")
    const HOUSE: &str = "\n[[place]]\nid = \"white_house\"\nkind = \"institution\"\n\
            name_en = \"White House\"\nname_fr = \"Maison-Blanche\"\nparent = \"washington\"\n\
            lat = 38.9\nlon = -77.0\n";
    // (article body, whether an event takes place at the building)
    let cases: &[(&str, bool)] = &[
        // fires: "à la Maison-Blanche" says where, though it also names the US
        (
            "Jeudi, à la Maison-Blanche, les deux ministres ont signé un accord de coopération militaire.",
            true,
        ),
        ("Jeudi, les délégués des deux pays se sont réunis à la Maison-Blanche pour des pourparlers.", true),
        // near miss: the building as the subject is the government that acts
        ("Jeudi, la Maison-Blanche a signé un accord de coopération militaire avec Erevan.", false),
    ];
    for (body, there) in cases {
        let got = kinds_and_places_with(body, HOUSE);
        let at = got.iter().any(|(_, p)| p.as_deref() == Some("white_house"));
        assert_eq!(at, *there, "{body}: {got:?}");
    }
}

#[test]
fn a_part_of_a_town_locates_the_event_though_the_town_is_an_actor() {
    // (article body, whether the event takes place in Erevan, also a name of Armenia)
    let cases: &[(&str, bool)] = &[
        // fires: the streets or the heart of the capital
        ("Mardi, des milliers de protestataires se sont rassemblés au cœur d'Erevan sous la pluie.", true),
        ("Mardi, des tirs ont blessé trois passants dans plusieurs quartiers d'Erevan.", true),
        // near misses: the capital as the government a protest targets; a destination
        ("Mardi, des milliers de manifestants ont défilé contre la politique d'Erevan.", false),
        ("Mardi, un blessé grave a été évacué vers un hôpital d'Erevan.", false),
    ];
    for (body, there) in cases {
        let got = kinds_and_places(body);
        let at = got.iter().any(|(_, p)| p.as_deref() == Some("yerevan"));
        assert_eq!(at, *there, "{body}: {got:?}");
    }
}

#[test]
fn the_town_a_clause_points_back_to() {
    // (article body, kind of the event, its expected place, or the place it must not take)
    let cases: &[(&str, EventType, Result<&str, &str>)] = &[
        // fires: "la ville" is the town named two sentences before, in its paragraph
        (
            "Goris accueille depuis lundi des milliers de familles. Les écoles restent fermées. \
                 Mercredi, un entrepôt de la ville a été bombardé par des drones.",
            EventType::Fighting,
            Ok("goris"),
        ),
        // fires: "la capitale" is the capital last named
        (
            "À Erevan, on attend des renforts depuis lundi. Mercredi, une caserne de la capitale a été \
                 bombardée par des drones.",
            EventType::Fighting,
            Ok("yerevan"),
        ),
        // fires: the clitic "y" before a compound verb points back to the town named
        (
            "Goris accueille depuis lundi des milliers de familles. Mercredi, des drones y ont \
                 bombardé un entrepôt.",
            EventType::Fighting,
            Ok("goris"),
        ),
        // near miss: the impersonal "il y a" points to no town
        (
            "Goris accueille depuis lundi des milliers de familles. Mercredi, il y a eu des tirs \
                 dans le Syunik.",
            EventType::Fighting,
            Err("goris"),
        ),
        // near miss: "la ville de X" names its own town, even one the gazetteer lacks
        (
            "Goris accueille depuis lundi des milliers de familles. Mercredi, un entrepôt de la \
                 ville de Zarbenk a été bombardé par des drones.",
            EventType::Fighting,
            Err("goris"),
        ),
        // near miss: "la ville voisine" is another town
        (
            "Goris accueille depuis lundi des milliers de familles. Mercredi, un entrepôt de la \
                 ville voisine a été bombardé par des drones.",
            EventType::Fighting,
            Err("goris"),
        ),
        // near miss: a town named paragraphs and sentences away is no antecedent
        (
            "Goris accueille depuis lundi des milliers de familles.\n\nLes écoles restent fermées. \
                 Les routes sont coupées. Les vivres manquent.\n\nMercredi, un entrepôt de la ville \
                 a été bombardé par des drones.",
            EventType::Fighting,
            Err("goris"),
        ),
    ];
    for (body, kind, place) in cases {
        let got = kinds_and_places(body);
        let ev = got.iter().find(|(k, _)| k == kind).unwrap_or_else(|| panic!("{body}: {got:?}"));
        match place {
            Ok(p) => assert_eq!(ev.1.as_deref(), Some(*p), "{body}: {got:?}"),
            Err(p) => assert_ne!(ev.1.as_deref(), Some(*p), "{body}: {got:?}"),
        }
    }
}

/// Whether some event of the invented article `body` takes place at `place`.
fn takes_place_at(body: &str, place: &str) -> bool {
    kinds_and_places(body).iter().any(|(_, p)| p.as_deref() == Some(place))
}

#[test]
fn a_court_or_a_prison_of_a_capital_is_in_it() {
    // fires: a court of the capital, though the capital also names the government
    let body = "Jeudi, un tribunal de Bakou a condamné un ancien ministre à dix ans de prison.";
    assert!(takes_place_at(body, "baku"), "{:?}", kinds_and_places(body));
    // near miss: a person close to the capital is no building in it
    let body = "Jeudi, un proche de Bakou a condamné un ancien ministre à dix ans de prison.";
    assert!(!takes_place_at(body, "baku"), "{:?}", kinds_and_places(body));
}

#[test]
fn a_capital_that_hosts_is_where_it_happens() {
    // fires: the capital hosts the meeting, in any tense
    for body in [
        "Mardi, Bakou accueille un sommet régional sur le déminage du Karabakh.",
        "Mardi, Bakou a accueilli un sommet régional sur le déminage du Karabakh.",
    ] {
        assert!(takes_place_at(body, "baku"), "{body}: {:?}", kinds_and_places(body));
    }
    // near miss: the capital as a party that criticises the meeting
    let body = "Mardi, Bakou a critiqué un sommet régional sur le déminage du Karabakh.";
    assert!(!takes_place_at(body, "baku"), "{:?}", kinds_and_places(body));
}

#[test]
fn an_event_without_a_place_happens_where_its_paragraph_set_the_scene() {
    // fires: a signature told right after the delegates arrived in a town
    let body = "Lundi, les délégations des deux pays sont arrivées à Goris. Le lendemain, elles \
                    ont signé un accord sur les frontières.";
    let got = kinds_and_places(body);
    assert!(got.iter().any(|(k, p)| *k == EventType::Political && p.as_deref() == Some("goris")), "{got:?}");
    // near miss: the signature is told in another paragraph
    let body = "Lundi, les délégations des deux pays sont arrivées à Goris.\n\nLe lendemain, elles \
                    ont signé un accord sur les frontières.";
    let got = kinds_and_places(body);
    assert!(got.iter().any(|(k, p)| *k == EventType::Political && p.is_none()), "{got:?}");
}

#[test]
fn a_town_a_distance_is_measured_from_is_not_the_one_in_focus() {
    // fires: "la localité" is the village where it happened, not the town it is measured from
    let body = "Lundi, des obus sont tombés à Sotk, à vingt kilomètres de Vardenis. Mardi, des \
                    tirs ont encore visé les abords de la localité.";
    let got = kinds_and_places(body);
    assert!(
        got.iter().filter(|(k, _)| *k == EventType::Fighting).all(|(_, p)| p.as_deref() == Some("sotk")),
        "{got:?}"
    );
    // near miss: named as a place of its own, the second town is the one in focus
    let body = "Lundi, des obus sont tombés à Sotk, puis à Vardenis. Mardi, des tirs ont encore \
                    visé les abords de la localité.";
    assert!(takes_place_at(body, "vardenis"), "{:?}", kinds_and_places(body));
}

#[test]
fn the_capital_of_a_country_named_by_its_adjective() {
    // fires: "la capitale russe" is Moscow
    let body =
        "Mardi, dans la capitale russe, les deux ministres ont signé un accord de coopération militaire.";
    assert!(takes_place_at(body, "moscow"), "{:?}", kinds_and_places(body));
    // near miss: the clause names its town itself
    let body = "Vendredi, les deux ministres se sont réunis à Munich, loin de la capitale russe, pour des pourparlers.";
    let got = kinds_and_places(body);
    assert!(takes_place_at(body, "munich") && !takes_place_at(body, "moscow"), "{got:?}");
}

#[test]
fn the_clitic_y_of_hearsay_points_back_to_the_town() {
    // fires: a conditional auxiliary after "y"
    let body = "Lundi, des drones ont frappé Goris. Trois civils y auraient été tués, selon la mairie.";
    let got = kinds_and_places(body);
    assert!(got.iter().any(|(k, p)| *k == EventType::Casualties && p.as_deref() == Some("goris")), "{got:?}");
    // near miss: the impersonal "il y aurait" points to no town
    let body =
        "Lundi, des drones ont frappé Goris. Il y aurait eu trois morts dans le Syunik, selon la mairie.";
    let got = kinds_and_places(body);
    assert!(
        !got.iter().any(|(k, p)| *k == EventType::Casualties && p.as_deref() == Some("goris")),
        "{got:?}"
    );
}

#[test]
fn a_destination_is_not_where_a_flight_happens() {
    // fires: the flight is from the town its people leave, not the capital they head for
    let body = "Lundi, des milliers d'habitants de Goris ont fui vers Sotk.";
    assert!(takes_place_at(body, "goris") && !takes_place_at(body, "sotk"), "{:?}", kinds_and_places(body));
    // fires: each town of a list of destinations is one
    let body = "Lundi, des milliers d'habitants de Goris ont fui vers Sotk, Vardenis ou Erevan.";
    assert!(takes_place_at(body, "goris"), "{:?}", kinds_and_places(body));
    // near miss: a destination alone still places the flight
    let body = "Lundi, des milliers d'habitants ont fui vers Goris.";
    assert!(takes_place_at(body, "goris"), "{:?}", kinds_and_places(body));
}

#[test]
fn a_town_a_bearing_is_taken_from_is_not_the_place() {
    // fires: "à l'est de Vardenis" says where Sotk lies
    let body = "Mardi, des obus sont tombés du côté de Sotk, à l'est de Vardenis.";
    assert!(
        takes_place_at(body, "sotk") && !takes_place_at(body, "vardenis"),
        "{:?}",
        kinds_and_places(body)
    );
    // near miss: "dans l'est de" is inside the town
    let body = "Mardi, des obus sont tombés dans l'est de Vardenis.";
    assert!(takes_place_at(body, "vardenis"), "{:?}", kinds_and_places(body));
}

#[test]
fn the_capital_of_a_dateline_is_no_party() {
    let has_russia = |body: &str| events_of(body).iter().any(|e| e.2.iter().any(|a| a == "russia"));
    // fires: the dateline's capital is where the dispatch was written
    let body = "MOSCOU, 7 mars (AFP) - Des obus sont tombés mardi sur Goris, selon les secours.";
    assert!(!has_russia(body), "{:?}", events_of(body));
    // near miss: the capital as the sentence's speaker is a party
    let body = "Des obus sont tombés mardi sur Goris, a indiqué Moscou.";
    assert!(has_russia(body), "{:?}", events_of(body));
}

/// The candidates of an invented one-paragraph article published on 2024-03-07: their
/// kind, day and quote.
fn candidates_of(body: &str) -> Vec<(EventType, String, String)> {
    let (g, l) = seed_story("");
    let out = extract(&article_of(body), &Context::new(&g, &l));
    out.candidates.into_iter().map(|c| (c.kind, c.date.start.to_string(), c.quote)).collect()
}

#[test]
fn a_date_belongs_to_its_own_clause() {
    // (sentence, a phrase of the quote, the day of its event)
    let cases: &[(&str, &str, &str)] = &[
        // fires: the fact before ";" keeps the date that opens its clause, though the
        // date that opens the next clause stands nearer to its frame
        (
            "Le 4 mars, à l'aube, après une nuit de tirs sporadiques, l'armée azerbaïdjanaise a \
                 bombardé Goris ; le lendemain, rien n'avait changé.",
            "a bombardé Goris",
            "2024-03-04",
        ),
        // near miss: a frame after the ";" takes the date of its own clause
        (
            "Le 4 mars, à l'aube, après une nuit de tirs sporadiques, l'armée azerbaïdjanaise a \
                 bombardé Goris ; le lendemain, elle a pilonné Tegh.",
            "elle a pilonné Tegh",
            "2024-03-05",
        ),
    ];
    for (body, phrase, date) in cases {
        let got = candidates_of(body);
        let c = got.iter().find(|c| c.2.contains(phrase)).unwrap_or_else(|| panic!("{body}: {got:?}"));
        assert_eq!(c.1, *date, "{body}: {got:?}");
    }
}

#[test]
fn a_dated_sequel_is_a_fact_of_its_own() {
    // (sentence, the kind and day of each candidate)
    let cases: &[(&str, &[(EventType, &str)])] = &[
        // fires: a clause after ";" opens with its own date and names no frame: the next
        // step of the fact before it, on its own day
        (
            "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris ; deux jours plus tard, ses \
                 soldats s'installent dans Tegh.",
            &[(EventType::Fighting, "2024-03-02"), (EventType::Fighting, "2024-03-04")],
        ),
        // fires: a statement after "puis" with a date of its own tells a second fact
        (
            "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris, puis a déclaré quatre jours plus \
                 tard vouloir négocier.",
            &[(EventType::Fighting, "2024-03-02"), (EventType::Statement, "2024-03-06")],
        ),
        // fires: a first clause without a party of its own shares the sentence's, so a
        // meeting told before the sequel still has its parties
        (
            "Le 2 mars, les deux capitales ont publié une déclaration commune ; deux jours plus \
                 tard, les soldats arméniens rentrent à Goris.",
            &[(EventType::Talks, "2024-03-02"), (EventType::Talks, "2024-03-04")],
        ),
        // near miss: with no party named anywhere, talks are nobody's
        (
            "Le 2 mars, les deux capitales ont publié une déclaration commune ; deux jours plus \
                 tard, les prisonniers rentrent chez eux.",
            &[],
        ),
        // near miss: without a date of its own the coordinated clause is more of the fact
        (
            "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris ; ses soldats s'installent dans Tegh.",
            &[(EventType::Fighting, "2024-03-02")],
        ),
        // near miss: a reporting verb without a date of its own is part of the fact
        (
            "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris, puis a déclaré vouloir négocier.",
            &[(EventType::Fighting, "2024-03-02")],
        ),
        // near miss: a dated clause that tells what goes on ("encore") is no new fact
        (
            "Le 2 mars, l'armée azerbaïdjanaise a bombardé Goris ; le surlendemain, elle y est encore.",
            &[(EventType::Fighting, "2024-03-02")],
        ),
    ];
    for (body, expected) in cases {
        let got: Vec<(EventType, String)> = candidates_of(body).into_iter().map(|c| (c.0, c.1)).collect();
        let expected: Vec<(EventType, String)> = expected.iter().map(|(k, d)| (*k, d.to_string())).collect();
        assert_eq!(got, expected, "{body}");
    }
}

#[test]
fn a_state_is_dated_by_its_onset() {
    // (sentence, a phrase of the quote, the day its event must have or must not have)
    let cases: &[(&str, &str, Result<&str, &str>)] = &[
        // fires: a state told with its onset alone began that day
        ("Depuis lundi, des habitants de Tegh bloquent la route de Goris.", "bloquent", Ok("2024-03-04")),
        // fires: in a reported clause too, the onset dates the fact, not the report
        (
            "L'ONU a indiqué mercredi que plus de 10 000 personnes avaient fui Goris depuis lundi.",
            "avaient fui",
            Ok("2024-03-04"),
        ),
        // near miss: a year is the background of the state, the fact is told now
        ("Des habitants de Tegh bloquent la route de Goris depuis 2021.", "bloquent", Ok("2024-03-07")),
        // near miss: a thing named as ongoing since a day is not what the clause tells
        ("La trêve en cours depuis lundi est respectée autour de Goris.", "respect", Err("2024-03-04")),
        // near miss: a speaker's words are not dated by the state they describe
        (
            "Erevan assure qu'aucun de ses soldats n'est resté près de Goris depuis lundi.",
            "assure",
            Err("2024-03-04"),
        ),
    ];
    for (body, phrase, date) in cases {
        let got = candidates_of(body);
        let c = got.iter().find(|c| c.2.contains(phrase)).unwrap_or_else(|| panic!("{body}: {got:?}"));
        match date {
            Ok(d) => assert_eq!(c.1, *d, "{body}: {got:?}"),
            Err(d) => assert_ne!(c.1, *d, "{body}: {got:?}"),
        }
    }
}

#[test]
fn occurrences_are_those_of_match_indices() {
    let seps = [
        " puis ",
        "; ",
        " et puis ",
        ", et ",
        " tandis qu'",
        " qui ",
        ", ou ",
        " dont ",
        " pendant que ",
        " alors qu'",
        // a separator whose word is not noted with the sentence: the words are read
        " mais ",
    ];
    for t in [
        "ils ont tire puis ils sont partis; et puis, et rien",
        "qui part, ou reste, dont acte, mais alors qu'il pleut pendant que tout qui ou",
        "et et et, et ou, ou ou pendant que pendant qu'elle mais mais",
        // one separator's matches never overlap: the second " puis " is not one
        "x puis puis y",
        ", et , et ; ;  puis , tandis qu'il",
        // a mark doubled, glued to a word, at the end, or after a char of several bytes
        ";; ;  ;x; puis; et; ",
        "déjà; tandis qu'à \"; \";",
        // near misses: the word glued to another, or without its spaces
        "depuis puisque et,puis tandis",
        // a separator's word after a multi-byte character: its lead would start inside
        // the character ("²" is two bytes)
        "1 200 km² et des villages, km² puis, ²; ",
        "",
    ] {
        let mut expected: Vec<usize> =
            seps.iter().flat_map(|sep| t.match_indices(sep).map(|(i, _)| i)).collect();
        let (words, folded) = (crate::fold::words(t), Folded::new(t));
        let s = Sentence {
            index: 0,
            start: 0,
            text: t,
            f: folded.view(0, t.len()),
            t,
            separators: SeparatorWords::of(t, &words),
            words,
            places: &[],
            actors: Vec::new(),
            tenses: Cow::Owned(TenseMap::new(t, t)),
            para: 0,
            line: 1,
        };
        let mut found = occurrences(&s, &seps);
        expected.sort_unstable();
        found.sort_unstable();
        assert_eq!(found, expected, "{t:?}");
    }
}

/// The unknown-place warnings of an invented article: one per capitalised name after "à"
/// that is neither a place nor an actor, whatever else follows "à" or "a" in its sentences
/// (the search skips the words that cannot be names before collecting any).
#[test]
fn names_after_a_preposition_the_gazetteer_lacks_are_warned_about() {
    let (g, l) = seed_story("");
    let body = "Le convoi est arrivé à Tessaly et a frappé à Goris. Il a été vu à Élouan, puis à \
                l'aube à Paris-Nord a Xo et à NATO. Il a Vireux. On va à À-côté. À Brenne, rien.";
    let out = extract(&article_of(body), &Context::new(&g, &l));
    let warned: Vec<&str> = out
        .diagnostics
        .iter()
        .filter_map(|d| d.message.strip_prefix("place not in the gazetteer: `"))
        .map(|m| m.trim_end_matches('`'))
        .collect();
    // near misses: names the gazetteer or the lexicon knows ("Goris", "Paris"), a
    // lower-case word, a name of two letters, an acronym, a sentence that opens with "À"
    assert_eq!(warned, ["Tessaly", "Élouan", "Vireux", "À-côté"]);
}

/// The places of " a " read off a sentence's words are those a substring search finds: at
/// either end, repeated, overlapping, inside words, after a multi-byte letter.
#[test]
fn a_preposition_read_off_the_words_is_where_a_search_finds_it() {
    let texts = [
        " a a a b",
        "a a",
        "il a  a vu a",
        "la a b",
        "é a b a",
        "xa a ax",
        "a",
        "",
        " a ",
        "  a  a ",
        "va a l'est a a",
    ];
    for t in texts {
        let words = crate::fold::words(t);
        let plain: Vec<usize> = t.match_indices(" a ").map(|(i, _)| i + 3).collect();
        assert_eq!(super::place::after_preposition_a(t, &words).collect::<Vec<_>>(), plain, "{t:?}");
    }
}
