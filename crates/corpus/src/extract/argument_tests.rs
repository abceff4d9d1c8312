//! Places of events: antecedents of "la capitale", the town a title sets the article in,
//! quoted names, appositions and the event's own complement. Invented places (Kestrie,
//! its capital Dorvik, the towns Brellan and Morvane in the Haute-Sarne, the lake of
//! Ombre), added to the seed story's gazetteer.
use super::*;

const KESTRIE: &str = r#"
[[place]]
id = "kestrie"
kind = "country"
name_en = "Kestria"
name_fr = "Kestrie"
lat = 10.0
lon = 10.0
[[place]]
id = "dorvik"
kind = "capital"
name_en = "Dorvik"
name_fr = "Dorvik"
parent = "kestrie"
lat = 10.1
lon = 10.1
[[place]]
id = "haute_sarne"
kind = "region"
name_en = "Upper Sarne"
name_fr = "Haute-Sarne"
parent = "kestrie"
lat = 11.0
lon = 11.0
[[place]]
id = "brellan"
kind = "town"
name_en = "Brellan"
name_fr = "Brellan"
parent = "haute_sarne"
lat = 11.1
lon = 11.1
[[place]]
id = "morvane"
kind = "town"
name_en = "Morvane"
name_fr = "Morvane"
parent = "haute_sarne"
lat = 11.3
lon = 11.3
[[place]]
id = "lac_ombre"
kind = "site"
name_en = "Lake Ombre"
name_fr = "lac d'Ombre"
parent = "haute_sarne"
lat = 11.2
lon = 11.2
"#;

/// The kind and place id of each event of an invented article with this title.
fn places_titled(title: &str, body: &str) -> Vec<(EventType, Option<String>)> {
    places_titled_with(title, body, "")
}

/// The same, with the places of the TOML text `extra` added to Kestrie's.
fn places_titled_with(title: &str, body: &str, extra: &str) -> Vec<(EventType, Option<String>)> {
    let events = super::test_story::events_titled(title, body, &format!("{KESTRIE}{extra}"));
    events.into_iter().map(|e| (e.kind, e.place.map(|p| p.id))).collect()
}

/// Whether an event of `kind` is at `place` in each (title, body, expected) case.
fn assert_at(kind: EventType, place: &str, cases: &[(&str, &str, bool)]) {
    for (title, body, there) in cases {
        let got = places_titled(title, body);
        let at = got.iter().any(|(k, p)| *k == kind && p.as_deref() == Some(place));
        assert_eq!(at, *there, "{title} / {body}: {got:?}");
    }
}

#[test]
fn the_capital_of_a_dateline_is_the_capital_named_next() {
    assert_at(
            EventType::Fighting,
            "dorvik",
            &[
                // fires: the dateline names the capital "la capitale" then points back to
                ("t", "DORVIK, 6 mars (AFP) - Les pourparlers sont suspendus.\n\nDans la capitale, des frappes ont visé mercredi un dépôt de munitions.", true),
                // near miss: the capital as the government that speaks is no antecedent
                ("t", "Dorvik a dénoncé mardi une provocation.\n\nDans la capitale, des frappes ont visé mercredi un dépôt de munitions.", false),
            ],
        );
}

#[test]
fn the_town_people_flee_is_the_town_named_next_not_where_they_go() {
    assert_at(
            EventType::Fighting,
            "morvane",
            &[
                // fires: "la ville" is the town they fled, not their destination
                ("t", "Des milliers d'habitants de Morvane ont fui vers Brellan. Mardi, des frappes ont visé les quartiers de la ville.", true),
                // near miss: a destination named alone stays the town in focus
                ("t", "Les rebelles avancent vers Morvane. Mardi, des frappes ont visé les quartiers de la ville.", true),
            ],
        );
    assert_at(
            EventType::Fighting,
            "brellan",
            &[("t", "Des milliers d'habitants de Morvane ont fui vers Brellan. Mardi, des frappes ont visé les quartiers de la ville.", false)],
        );
}

#[test]
fn an_event_without_a_place_is_in_the_town_its_title_sets_the_article_in() {
    let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
    assert_at(
        EventType::Protest,
        "brellan",
        &[
            // fires: the town before the title's colon, or after a locative word
            ("Brellan : la colère monte contre les coupures d'eau", body, true),
            ("DIRECT. Kestrie : des milliers de manifestants à Brellan", body, true),
            // near misses: a route between two towns, a second scene elsewhere
            ("De Morvane à Brellan : la longue marche des habitants", body, false),
            ("À Brellan, les déplacés de Morvane racontent leur exil", body, false),
        ],
    );
}

#[test]
fn a_place_in_a_quoted_name_is_no_place() {
    assert_at(
        EventType::Protest,
        "brellan",
        &[
            // fires (no place): the town is part of a movement's name
            ("t", "Samedi, des centaines de partisans du mouvement « Brellan debout » ont manifesté.", false),
            // near miss: a quote that reports speech keeps its place
            ("t", "Samedi, des centaines de manifestants ont défilé en criant « tous à Brellan ».", true),
        ],
    );
}

#[test]
fn a_place_described_in_an_apposition_gives_way_to_the_place_it_describes() {
    assert_at(
        EventType::Fighting,
        "brellan",
        &[
            // fires: the region only says where the town lies, though the town is a
            // destination
            (
                "t",
                "Mardi, les rebelles ont poursuivi leur offensive vers Brellan, chef-lieu de la Haute-Sarne.",
                true,
            ),
            // near miss: the region as the origin, not in apposition, stays preferred
            (
                "t",
                "Mardi, les rebelles ont poursuivi leur offensive depuis la Haute-Sarne vers Brellan.",
                false,
            ),
        ],
    );
}

#[test]
fn the_town_an_attack_governs_is_its_place() {
    assert_at(
            EventType::Fighting,
            "brellan",
            &[
                // fires: the town right after the attack, before a finer site named later
                ("t", "Mardi, des insurgés ont lancé une attaque contre Brellan peu après la reprise des travaux sur le site du lac d'Ombre.", true),
                // near miss: the town far from the attack's word, the site wins
                ("t", "Mardi, des insurgés venus de Brellan ont lancé une attaque peu après la reprise des travaux sur le site du lac d'Ombre.", false),
            ],
        );
}

/// A district of the Haute-Sarne, for places set in apposition.
const ARVIDE: &str = r#"
[[place]]
id = "arvide"
kind = "region"
name_en = "Arvide District"
name_fr = "canton d'Arvide"
parent = "haute_sarne"
lat = 11.4
lon = 11.4
"#;

#[test]
fn a_larger_place_set_after_a_place_only_says_where_it_lies() {
    let at = |body: &str, place: &str| {
        places_titled_with("t", body, ARVIDE)
            .iter()
            .any(|(k, p)| *k == EventType::Fighting && p.as_deref() == Some(place))
    };
    // fires: the province after the comma holds the district, where the raid happened
    let body = "Samedi, des rebelles ont attaqué trois hameaux du canton d'Arvide, dans la Haute-Sarne.";
    assert!(at(body, "arvide"), "{:?}", places_titled_with("t", body, ARVIDE));
    // near miss: a province that does not hold the district is a place of its own
    let body = "Samedi, des rebelles ont attaqué trois hameaux du canton d'Arvide, dans le Syunik.";
    assert!(!at(body, "arvide"), "{:?}", places_titled_with("t", body, ARVIDE));
}

#[test]
fn a_place_that_begins_an_association_s_name_is_no_place() {
    let protest_at = |body: &str| {
        places_titled("t", body).into_iter().find(|(k, _)| *k == EventType::Protest).and_then(|(_, p)| p)
    };
    // fires: "Brellan" opens the name of the collective that called the rally
    let body =
        "Dimanche, une centaine de personnes ont manifesté sur l'initiative du collectif Brellan Entraide.";
    assert_eq!(protest_at(body), None);
    // near miss: the rally is in Brellan
    let body = "Dimanche, une centaine de personnes ont manifesté à Brellan à l'appel d'une association.";
    assert_eq!(protest_at(body).as_deref(), Some("brellan"));
}

#[test]
fn the_clitic_y_before_any_finite_verb_points_back_to_the_town() {
    let protest_at = |body: &str| {
        places_titled("t", body).into_iter().find(|(k, _)| *k == EventType::Protest).and_then(|(_, p)| p)
    };
    // fires: an imperfect after "y", and the capital named as the sentence's subject
    let body = "Dorvik ne dort plus. Jeudi soir, des milliers de manifestants y défilaient \
                    contre la hausse des prix.";
    assert_eq!(protest_at(body).as_deref(), Some("dorvik"));
    // near miss: "y compris" is no clitic before a verb
    let body = "Dorvik ne dort plus. Jeudi soir, des milliers de manifestants, y compris des \
                    lycéens, ont défilé contre la hausse des prix.";
    assert_eq!(protest_at(body), None);
}

#[test]
fn a_town_a_distance_is_measured_from_is_in_focus_when_no_other_town_is() {
    let fighting_places = |body: &str| {
        places_titled("t", body)
            .into_iter()
            .filter(|(k, _)| *k == EventType::Fighting)
            .map(|(_, p)| p)
            .collect::<Vec<_>>()
    };
    // fires: a lake is no town, so "la ville" is the town the distance is taken from
    let body = "Vendredi, les rebelles ont pris les rives du lac d'Ombre, à vingt kilomètres \
                    au nord de Brellan. Le soir, ils ont pénétré dans les quartiers sud de la ville.";
    let got = fighting_places(body);
    assert_eq!(got.last(), Some(&Some("brellan".to_string())), "{got:?}");
    // near miss: another town named in the sentence is the one in focus
    let body = "Vendredi, les rebelles ont pris Morvane, à vingt kilomètres au nord de \
                    Brellan. Le soir, ils ont pénétré dans les quartiers sud de la ville.";
    let got = fighting_places(body);
    assert_eq!(got.last(), Some(&Some("morvane".to_string())), "{got:?}");
}

#[test]
fn a_town_the_title_names_as_a_scene_sets_the_article_in_it() {
    let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
    assert_at(
        EventType::Protest,
        "brellan",
        &[
            // fires: the object of the title's verb, the complement of a fact's noun
            ("Kestrie : l'armée reprend Brellan après trois jours de combats", body, true),
            ("Kestrie : la bataille de Brellan entre dans sa deuxième semaine", body, true),
            // near misses: where a person or news come from
            ("Kestrie : une infirmière de Brellan raconte la guerre", body, false),
            ("Kestrie : les exilés attendent des nouvelles de Brellan", body, false),
        ],
    );
}

#[test]
fn a_town_the_title_names_twice_is_one_town() {
    let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
    assert_at(
        EventType::Protest,
        "stepanakert",
        &[
            // fires: the town and its reference in apposition
            ("Karabakh : l'armée entre dans Stepanakert, la capitale du Haut-Karabakh", body, true),
            // near miss: a second town is a second scene
            ("Karabakh : l'armée entre dans Stepanakert et dans Chouchi", body, false),
        ],
    );
}

/// Kinds and places of the events of an untitled article's body.
fn places_in(body: &str) -> Vec<(EventType, Option<String>)> {
    places_titled_with("Kestrie", body, VELL)
}

/// An invented site (a camp) and two invented regions, one next to Brellan, one far away.
const VELL: &str = r#"
[[place]]
id = "vell"
kind = "site"
name_en = "Vell camp"
name_fr = "camp de Vell"
parent = "haute_sarne"
lat = 11.4
lon = 11.4
[[place]]
id = "val_noir"
kind = "region"
name_en = "Val-Noir"
name_fr = "Val-Noir"
lat = 12.0
lon = 12.0
[[place]]
id = "terres_lointaines"
kind = "region"
name_en = "Far Lands"
name_fr = "Terres-Lointaines"
lat = 45.0
lon = -60.0
"#;

#[test]
fn a_capital_the_title_names_as_a_scene_sets_the_article_in_it() {
    let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
    assert_at(
        EventType::Protest,
        "dorvik",
        &[
            // fires: a capital after a fact's noun, or as the object of the title's verb
            ("Kestrie : la chute de Dorvik après trois semaines de siège", body, true),
            ("Kestrie : les rebelles prennent Dorvik sans combattre", body, true),
            ("Kestrie : après le siège de Dorvik, la peur", body, true),
            // near misses: the capital as a government, after a colon or a person's noun
            ("Kestrie : Dorvik dénonce une provocation", body, false),
            ("Kestrie : l'ambassadeur de Dorvik rappelé", body, false),
        ],
    );
}

#[test]
fn a_region_next_door_the_title_names_as_a_topic_is_no_second_scene() {
    let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
    for (title, there) in [
        // fires: the region people come from, next to the town the title is set in
        ("À Brellan, une infirmière raconte l'exode du Val-Noir", true),
        ("Brellan : les déplacés du Val-Noir attendent l'hiver", true),
        // near misses: a region far away is where the article's facts happen; a region
        // after a locative word is a second scene
        ("À Brellan, une infirmière raconte la guerre des Terres-Lointaines", false),
        ("À Brellan et au Val-Noir, les secours s'organisent", false),
    ] {
        let got = places_titled_with(title, body, VELL);
        let at = got.iter().any(|(k, p)| *k == EventType::Protest && p.as_deref() == Some("brellan"));
        assert_eq!(at, there, "{title}: {got:?}");
    }
}

#[test]
fn a_place_where_the_speaker_spoke_is_not_where_the_event_happened() {
    let title = "Kestrie : les rebelles entrent dans Brellan";
    assert_at(
            EventType::Fighting,
            "brellan",
            &[
                // fires: the speaker's place, after the event and the speaker
                (title, "Lundi, des combats ont éclaté près du marché, a déclaré un haut fonctionnaire de l'ONU à Dorvik.", true),
                (title, "Lundi, des combats ont éclaté près du marché, selon un diplomate en poste à Dorvik.", true),
                (title, "Lundi, des combats ont éclaté près du marché, a affirmé mardi à Dorvik le porte-parole des rebelles.", true),
            ],
        );
    assert_at(
        EventType::Fighting,
        "morvane",
        &[
            // near misses: the event's own place, before the speaker or after a speaker who
            // comes first
            (
                title,
                "Lundi, des combats ont éclaté à Morvane, a déclaré un haut fonctionnaire de l'ONU à Dorvik.",
                true,
            ),
            (title, "Un responsable onusien a indiqué que des combats avaient éclaté lundi à Morvane.", true),
        ],
    );
}

#[test]
fn a_town_called_by_its_kind_stays_in_focus() {
    let cases = [
            // fires: "la ville" with its size, then again three paragraphs on
            ("Les rebelles sont entrés dans Brellan lundi.\n\nMardi, des combats ont éclaté dans la ville d'environ 40 000 habitants. Les renforts se faisaient attendre.\n\nJeudi, des obus sont tombés sur la ville.", true),
            ("Les rebelles sont entrés dans Brellan lundi.\n\nMardi, des combats ont éclaté dans la ville de 40 000 habitants. Personne ne comprenait.\n\nJeudi, des obus sont tombés sur la ville.", true),
            // near miss: nothing calls the town back in between, and it is far
            ("Les rebelles sont entrés dans Brellan lundi.\n\nMardi, des combats ont éclaté près du fleuve. Les renforts se faisaient attendre.\n\nJeudi, des obus sont tombés sur la ville.", false),
        ];
    for (body, there) in cases {
        let got = places_in(body);
        let thursday = got.iter().rfind(|(k, _)| *k == EventType::Fighting);
        assert_eq!(thursday.is_some_and(|(_, p)| p.as_deref() == Some("brellan")), there, "{body}: {got:?}");
    }
}

#[test]
fn a_place_pointed_back_to_is_the_scene_of_what_follows() {
    let cases = [
            // fires: the clause after "y", then the sentence after it in the paragraph
            ("Lundi, les miliciens ont attaqué Morvane.\n\nMardi, une vingtaine de villageois y ont été tués. Mercredi, des milliers d'habitants ont fui.", "morvane", true),
            // the clause after "y" in the same sentence
            ("Lundi, les miliciens ont attaqué Morvane.\n\nMardi, une vingtaine de villageois y ont été tués, et des milliers d'habitants ont été jetés sur les routes.", "morvane", true),
            // a camp is a place "y" points back to
            ("Lundi, les miliciens ont attaqué le camp de Vell.\n\nMardi, une vingtaine de villageois y ont été tués. Mercredi, des milliers d'habitants ont fui.", "vell", true),
            // near miss: a country is not
            ("Lundi, les miliciens sont entrés en Kestrie.\n\nMardi, une vingtaine de villageois y ont été tués. Mercredi, des milliers d'habitants ont fui.", "kestrie", false),
        ];
    for (body, place, there) in cases {
        let got = places_in(body);
        let fled = got.iter().any(|(k, p)| *k == EventType::Humanitarian && p.as_deref() == Some(place));
        assert_eq!(fled, there, "{body}: {got:?}");
    }
}

/// In each (body, kind, place, expected) case, whether an event of the untitled body
/// (with the invented camp and regions) of that kind (any kind: `None`) is at
/// `place`.
fn assert_somewhere(cases: &[(&str, Option<EventType>, &str, bool)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(body, kind, place, there)| {
            let got = places_titled_with("Kestrie", body, VELL);
            let of_kind = |k: &EventType| kind.is_none_or(|kind| kind == *k);
            let at = got.iter().any(|(k, p)| of_kind(k) && p.as_deref() == Some(*place));
            (at != *there).then(|| format!("{body}: {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_judge_or_a_prosecutor_of_a_capital_acts_in_it() {
    assert_somewhere(&[
        // fires: the court's people and the town hall of a capital
        ("Jeudi, un juge de Dorvik a placé en détention trois opposants.", None, "dorvik", true),
        ("Le parquet de Dorvik a inculpé mardi deux journalistes pour espionnage.", None, "dorvik", true),
        (
            "Mardi, le procureur de Dorvik a requis dix ans de prison contre l'ancien ministre.",
            None,
            "dorvik",
            true,
        ),
        ("Samedi, la mairie de Dorvik a ouvert un centre d'accueil pour les déplacés.", None, "dorvik", true),
        // near misses: a person from the capital, the capital as a government
        ("Jeudi, un juge a placé en détention trois opposants venus de Dorvik.", None, "dorvik", false),
        (
            "Jeudi, un juge a placé en détention trois opposants, ce que Dorvik a dénoncé.",
            None,
            "dorvik",
            false,
        ),
    ]);
}

#[test]
fn a_town_called_by_its_kind_and_its_region_is_the_town_named_before() {
    let before = "Des centaines de familles sont arrivées à Brellan lundi.\n\n";
    let fighting = Some(EventType::Fighting);
    assert_somewhere(&[
            // fires: the region with its article after the noun of a town
            (&format!("{before}Mardi, la ville de la Haute-Sarne a de nouveau été bombardée."), fighting, "brellan", true),
            (&format!("{before}Mardi, des combats ont éclaté dans les faubourgs de la localité de la Haute-Sarne."), fighting, "brellan", true),
            ("Lundi, des centaines de familles sont arrivées à Dorvik.\n\nMardi, des obus sont tombés sur la capitale de la Kestrie.", fighting, "dorvik", true),
            // near misses: the town's own name after the noun; a town that does not lie in
            // the region named
            (&format!("{before}Mardi, la ville de Morvane a de nouveau été bombardée."), fighting, "brellan", false),
            ("Lundi, des centaines de familles sont arrivées à Dorvik.\n\nMardi, la ville de la Haute-Sarne a de nouveau été bombardée.", fighting, "dorvik", false),
        ]);
}

#[test]
fn a_capital_people_travel_to_or_from_is_the_capital_named_next() {
    let fighting = Some(EventType::Fighting);
    assert_somewhere(&[
            // fires: the capital as the object of a verb of going or leaving
            ("Des milliers de familles ont marché toute la nuit pour rejoindre Dorvik.\n\nMardi, des frappes ont touché la banlieue de la capitale.", fighting, "dorvik", true),
            ("Les évacués ont gagné Dorvik lundi. Mardi, des obus sont tombés près du palais de la capitale.", fighting, "dorvik", true),
            ("Le convoi a quitté Dorvik à l'aube. Le soir, des tirs ont éclaté dans la capitale.", fighting, "dorvik", true),
            // near miss: the capital as the government that speaks
            ("Lundi, Dorvik a condamné l'attaque. Mardi, des frappes ont touché la banlieue de la capitale.", fighting, "dorvik", false),
        ]);
}

#[test]
fn a_capital_things_are_handed_over_to_is_no_scene() {
    let body = "Samedi, des centaines de manifestants ont défilé contre les coupures d'eau.";
    assert_at(
        EventType::Protest,
        "dorvik",
        &[
            // fires (no scene): the capital receives what is given back or handed over
            ("Kestrie : 40 prisonniers rendus à Dorvik", body, false),
            ("Kestrie : trois villages rétrocédés à Dorvik malgré la colère", body, false),
            ("Kestrie : l'opposant extradé à Dorvik", body, false),
            // near misses: going to the capital, a fact set in it
            ("Kestrie : le président s'est rendu à Dorvik", body, true),
            ("Kestrie : des milliers de manifestants à Dorvik", body, true),
        ],
    );
    let released = |body: &str| {
        places_titled("Kestrie", body)
            .into_iter()
            .find(|(k, _)| *k == EventType::Humanitarian)
            .and_then(|(_, p)| p)
    };
    // fires: in the body, the dative of a handover is no place either
    assert_eq!(released("Mardi, les rebelles ont remis à Dorvik douze otages libérés."), None);
    // near miss: the handover happens in the town named after "à" without a verb of giving
    assert_eq!(
        released("Mardi, douze otages ont été libérés à Brellan par les rebelles.").as_deref(),
        Some("brellan")
    );
}

#[test]
fn an_answer_happens_where_the_question_asks_about() {
    let aid = Some(EventType::Humanitarian);
    assert_somewhere(&[
            // fires: an interviewer's question names the place, the answer does not
            ("Quelle est la situation à Brellan ?\n\nHier, nous avons distribué 900 repas chauds aux familles.", aid, "brellan", true),
            ("Comment se passe l'accueil des déplacés à Morvane ?\n\nLundi, trois cents familles sont arrivées en bus.", aid, "morvane", true),
            ("Et dans le camp de Vell, que voyez-vous ?\n\nCette nuit, des dizaines de familles ont été évacuées.", aid, "vell", true),
            // near misses: a statement, not a question, in the paragraph before; a
            // question with another answer between
            ("La situation reste tendue à Brellan.\n\nHier, nous avons distribué 900 repas chauds aux familles.", aid, "brellan", false),
            ("Quelle est la situation à Brellan ?\n\nC'est très dur, les familles arrivent épuisées et sans rien.\n\nHier, nous avons distribué 900 repas chauds aux familles.", aid, "brellan", false),
        ]);
}

#[test]
fn a_town_stays_in_focus_while_no_other_place_is_named() {
    assert_somewhere(&[
            // fires: "la ville", "cette localité", "la capitale" three sentences and a
            // paragraph after the town, nothing named between
            (
                "Dans la nuit, les rebelles entrent dans Brellan. Des soldats se rendent aux casques bleus ghanéens. Le chef de l'armée reconnaît la défaite.\n\nLe bilan est lourd. Lundi, l'ONU fait état de 300 morts dans la ville.",
                Some(EventType::Casualties),
                "brellan",
                true,
            ),
            (
                "Mardi, les miliciens ont attaqué Morvane. Des centaines d'habitants fuient à pied. Les routes sont coupées.\n\nMercredi, deux civils ont été tués dans cette localité.",
                Some(EventType::Casualties),
                "morvane",
                true,
            ),
            (
                "Jeudi, des blindés ont été vus à Dorvik. Les écoles ont fermé. Les marchés restent vides.\n\nVendredi, des tirs nourris ont éclaté dans la capitale.",
                Some(EventType::Fighting),
                "dorvik",
                true,
            ),
            // near misses: a place named since; the reference two paragraphs on
            (
                "Dans la nuit, les rebelles entrent dans Brellan. Des soldats se rendent aux casques bleus ghanéens. Les combats s'étendent au Val-Noir.\n\nLe bilan est lourd. Lundi, l'ONU fait état de 300 morts dans la ville.",
                Some(EventType::Casualties),
                "brellan",
                false,
            ),
            (
                "Dans la nuit, les rebelles entrent dans Brellan. Des soldats se rendent aux casques bleus ghanéens. Le chef de l'armée reconnaît la défaite.\n\nLe bilan est lourd.\n\nLundi, l'ONU fait état de 300 morts dans la ville.",
                Some(EventType::Casualties),
                "brellan",
                false,
            ),
        ]);
}

#[test]
fn people_act_where_they_arrive_not_where_they_come_from() {
    assert_somewhere(&[
        // fires: a participle of coming before "de" names where they come from
        (
            "Lundi, des réfugiés venus de Brellan ont été accueillis dans un gymnase de Morvane.",
            None,
            "morvane",
            true,
        ),
        (
            "Mardi, des déplacés originaires de Brellan ont reçu des couvertures dans une salle de Morvane.",
            None,
            "morvane",
            true,
        ),
        (
            "Mercredi, des réfugiés en provenance de Brellan ont été accueillis dans une école de Morvane.",
            None,
            "morvane",
            true,
        ),
        // near misses: the town people leave is where their flight starts; a part of a
        // town is in it
        (
            "Jeudi, des centaines de familles ont quitté Brellan pour rejoindre Morvane.",
            None,
            "brellan",
            true,
        ),
        (
            "Vendredi, l'artillerie a pilonné une partie de Brellan, selon des habitants.",
            None,
            "brellan",
            true,
        ),
    ]);
}

#[test]
fn talks_happen_where_they_sit_not_where_they_are_about() {
    let talks = Some(EventType::Talks);
    assert_somewhere(&[
        // fires: the place of a topic noun ("la situation à", "l'avenir de") is what the
        // talks are about
        ("Une réunion sur la situation à Brellan s'est tenue lundi à Dorvik.", talks, "dorvik", true),
        ("Une rencontre sur le statut de la Haute-Sarne a eu lieu mardi à Morvane.", talks, "morvane", true),
        ("Des pourparlers sur l'avenir de Brellan se sont ouverts mercredi à Dorvik.", talks, "dorvik", true),
        ("Des discussions sur la situation à Morvane ont repris vendredi à Brellan.", talks, "brellan", true),
        // near misses: a meeting with no topic place; a fight is where its place is
        ("Une réunion des maires de la Haute-Sarne s'est tenue lundi à Brellan.", talks, "brellan", true),
        (
            "Vendredi, la situation à Brellan s'est dégradée : des tirs ont visé le marché.",
            None,
            "brellan",
            true,
        ),
    ]);
}

#[test]
fn a_dispatch_s_town_gives_way_to_a_town_the_report_names() {
    assert_somewhere(&[
            // must fire: the front a force advances toward, after another town's dateline
            (
                "BRELLAN, 6 mars (AFP) - Les rebelles ont poursuivi mercredi leur avancée vers Morvane.",
                Some(EventType::Fighting),
                "morvane",
                true,
            ),
            (
                "BRELLAN (Kestrie), 6 mars (AFP) - Les soldats progressaient mercredi en direction de Morvane sous les obus.",
                Some(EventType::Fighting),
                "morvane",
                true,
            ),
            (
                "MORVANE, 6 mars (Reuters) - Les rebelles ont lancé mardi une offensive vers Brellan.",
                Some(EventType::Fighting),
                "brellan",
                true,
            ),
            // near misses: no other town named, the dispatch's town stays; a town that
            // opens a sentence with no date after it is no dateline
            ("BRELLAN, 6 mars (AFP) - Des obus sont tombés mercredi sur le marché.", None, "brellan", true),
            (
                "Brellan, ville de garnison, a été bombardée mercredi par des avions venus de Morvane.",
                None,
                "brellan",
                true,
            ),
        ]);
}

#[test]
fn a_place_in_a_relative_that_tells_who_the_subject_is_is_not_the_event_s() {
    let at = |body: &str, place: &str| {
        let got = places_titled("t", body);
        assert!(!got.is_empty(), "{body}: no event");
        got.iter().any(|(_, p)| p.as_deref() == Some(place))
    };
    // fires: a relative between commas, after the subject, names where the subject was
    // or what it did before; the event (an arrest, a dismissal, a resignation) is not there
    assert!(!at("Le général Arvan, qui commandait la garnison de Morvane, a été arrêté mardi.", "morvane"));
    assert!(!at("Le préfet, qui avait fui Brellan pendant les combats, a été limogé jeudi.", "brellan"));
    assert!(!at("Le colonel Sarno, dont la brigade tenait Morvane, a démissionné lundi.", "morvane"));
    // near misses: the place is the event's own complement, after the relative closes
    assert!(at("Le général Arvan, qui commandait la garnison, a été arrêté mardi à Morvane.", "morvane"));
    assert!(at("Les rebelles, qui tenaient les collines, ont attaqué mardi Brellan.", "brellan"));
}
