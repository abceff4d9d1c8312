//! A small hand-written export for tests and for building the widget before the
//! extractor's output exists. Never shipped once `process` is wired (see [`super::build`]).
use crate::export::*;

struct P(&'static str, &'static str, f64, f64, PlacePrecision);
const PLACES: &[P] = &[
    P("stepanakert", "Stepanakert / Khankendi", 39.8177, 46.7528, PlacePrecision::City),
    P("shusha", "Chouchi / Choucha", 39.7601, 46.7499, PlacePrecision::City),
    P("mardakert", "Martakert / Aghdara", 40.2124, 46.8209, PlacePrecision::City),
    P("lachin_corridor", "corridor de Latchine", 39.64, 46.5, PlacePrecision::Region),
    P("jermuk", "Djermouk", 39.8414, 45.6700, PlacePrecision::City),
    P("goris", "Goris", 39.5111, 46.3417, PlacePrecision::City),
    P("yerevan", "Erevan", 40.1811, 44.5136, PlacePrecision::City),
    P("baku", "Bakou", 40.3777, 49.8920, PlacePrecision::City),
    P("un_hq_new_york", "siège de l'ONU, New York", 40.7494, -73.9681, PlacePrecision::Exact),
    P("moscow", "Moscou", 55.7522, 37.6156, PlacePrecision::City),
    P("brussels", "Bruxelles", 50.8505, 4.3488, PlacePrecision::City),
];

/// `(date, end, precision, type, place, actors, killed, quote, trigger word, article)`.
#[allow(clippy::type_complexity)]
const EVENTS: &[(&str, Option<&str>, Precision, EventType, usize, &[&str], Option<u32>, &str, &str, usize)] = &[
    ("2022-09-13", None, Precision::Day, EventType::Fighting, 4, &["azerbaijan", "armenia"], Some(49), "Dans la nuit de lundi à mardi, l'armée azerbaïdjanaise a bombardé plusieurs localités arméniennes, dont Djermouk, selon Erevan, qui fait état de 49 soldats tués.", "bombardé", 0),
    ("2022-09-13", None, Precision::Day, EventType::Statement, 7, &["azerbaijan"], None, "Bakou a affirmé avoir répondu à des « provocations à grande échelle » des forces arméniennes près de la frontière.", "affirmé", 0),
    ("2022-09-14", None, Precision::Day, EventType::Ceasefire, 6, &["armenia", "azerbaijan", "russia"], None, "Un cessez-le-feu négocié par la Russie est entré en vigueur mercredi soir, a annoncé le secrétaire du Conseil de sécurité arménien.", "cessez-le-feu", 1),
    ("2022-09-15", None, Precision::Day, EventType::Diplomacy, 8, &["un", "armenia", "azerbaijan"], None, "Le Conseil de sécurité de l'ONU s'est réuni à New York pour évoquer les affrontements à la frontière.", "réuni", 1),
    ("2022-09-12", Some("2022-09-14"), Precision::Day, EventType::Casualties, 4, &["armenia", "azerbaijan"], Some(155), "Les combats des 12 au 14 septembre ont fait au moins 155 morts des deux côtés, selon les bilans officiels.", "combats", 2),
    ("2022-09-01", None, Precision::Month, EventType::Context, 6, &["armenia"], None, "En septembre, l'Arménie a demandé à plusieurs reprises l'aide de l'Organisation du traité de sécurité collective.", "demandé", 2),
    ("2022-12-12", None, Precision::Day, EventType::Protest, 3, &["azerbaijan"], None, "Des militants se présentant comme écologistes bloquent depuis lundi le corridor de Latchine, seule route reliant le Haut-Karabakh à l'Arménie.", "bloquent", 3),
    ("2023-06-15", None, Precision::Day, EventType::Incident, 3, &["azerbaijan", "armenia"], None, "Un garde-frontière azerbaïdjanais a été blessé par des tirs près du pont de Hakari, sur le corridor de Latchine.", "tirs", 3),
    ("2023-07-24", None, Precision::Week, EventType::Humanitarian, 0, &["nk_authorities"], None, "Cette semaine, les pénuries de nourriture et de médicaments se sont aggravées à Stepanakert, selon les autorités locales.", "pénuries", 4),
    ("2023-09-19", None, Precision::Day, EventType::Fighting, 0, &["azerbaijan", "nk_authorities"], None, "Mardi, l'Azerbaïdjan a lancé une opération « antiterroriste » au Haut-Karabakh ; des explosions ont retenti à Stepanakert.", "opération", 5),
    ("2023-09-19", None, Precision::Day, EventType::Fighting, 1, &["azerbaijan"], None, "Des tirs d'artillerie ont visé les environs de Chouchi mardi après-midi, selon des habitants.", "tirs d'artillerie", 5),
    ("2023-09-19", None, Precision::Day, EventType::Statement, 6, &["armenia", "azerbaijan"], None, "Le premier ministre arménien, Nikol Pachinian, a dénoncé une « agression à grande échelle » et appelé la communauté internationale à réagir.", "dénoncé", 6),
    ("2023-09-20", None, Precision::Day, EventType::Ceasefire, 0, &["nk_authorities", "azerbaijan", "russia"], None, "Les séparatistes arméniens ont accepté mercredi de déposer les armes, aux termes d'un accord conclu avec la médiation des soldats russes de la paix.", "déposer les armes", 6),
    ("2023-09-20", None, Precision::Day, EventType::Casualties, 0, &["nk_authorities"], Some(200), "Au moins 200 personnes ont été tuées, dont des civils, selon les séparatistes arméniens.", "tuées", 7),
    ("2023-09-21", None, Precision::Day, EventType::Talks, 7, &["azerbaijan", "nk_authorities"], None, "Des représentants des Arméniens du Karabakh et de Bakou se sont rencontrés jeudi à Yevlakh pour des pourparlers sur la « réintégration ».", "pourparlers", 7),
    ("2023-09-21", None, Precision::Day, EventType::Diplomacy, 8, &["un", "armenia", "azerbaijan", "france"], None, "Le Conseil de sécurité de l'ONU a tenu une réunion d'urgence jeudi à New York à la demande de la France.", "réunion d'urgence", 8),
    ("2023-09-24", None, Precision::Day, EventType::Humanitarian, 5, &["armenia", "nk_authorities"], None, "Les premiers réfugiés du Haut-Karabakh sont arrivés dimanche à Goris, dans le sud de l'Arménie.", "réfugiés", 8),
    ("2023-09-25", None, Precision::Day, EventType::Incident, 0, &["nk_authorities"], Some(68), "L'explosion d'un dépôt de carburant près de Stepanakert a fait au moins 68 morts, selon les autorités séparatistes.", "explosion", 9),
    ("2023-09-26", None, Precision::Day, EventType::Humanitarian, 3, &["armenia"], None, "Plus de 28 000 personnes ont emprunté le corridor de Latchine vers l'Arménie, selon Erevan.", "emprunté", 9),
    ("2023-09-28", None, Precision::Day, EventType::Political, 0, &["nk_authorities"], None, "Le dirigeant séparatiste a signé un décret prévoyant la dissolution de toutes les institutions de la république autoproclamée au 1er janvier 2024.", "dissolution", 10),
    ("2023-10-05", None, Precision::Day, EventType::Diplomacy, 10, &["eu", "armenia", "azerbaijan"], None, "À Bruxelles, l'Union européenne a de nouveau proposé d'accueillir des négociations entre Erevan et Bakou.", "négociations", 10),
    ("2023-09-19", None, Precision::Day, EventType::Statement, 9, &["russia"], None, "Moscou a appelé les deux parties à cesser le feu et à revenir aux négociations.", "appelé", 6),
];

const ARTICLES: &[(&str, &str, &str, &str)] = &[
    (
        "lm-2022-09-13",
        "Le Monde",
        "2022-09-13",
        "Affrontements meurtriers à la frontière entre l'Arménie et l'Azerbaïdjan",
    ),
    ("f24-2022-09-15", "France 24", "2022-09-15", "Arménie-Azerbaïdjan : un cessez-le-feu fragile"),
    ("lf-2022-09-30", "Le Figaro", "2022-09-30", "Septembre noir dans le Caucase"),
    ("lm-2023-06-16", "Le Monde", "2023-06-16", "Le corridor de Latchine sous tension"),
    ("rfi-2023-07-28", "RFI", "2023-07-28", "Au Haut-Karabakh, le blocus affame la population"),
    ("lm-2023-09-20", "Le Monde", "2023-09-20", "L'Azerbaïdjan lance une offensive au Haut-Karabakh"),
    ("f24-2023-09-21", "France 24", "2023-09-21", "Les séparatistes du Haut-Karabakh capitulent"),
    ("lf-2023-09-21", "Le Figaro", "2023-09-21", "Karabakh : des pourparlers à Yevlakh"),
    ("rfi-2023-09-25", "RFI", "2023-09-25", "L'exode des Arméniens du Karabakh"),
    ("lm-2023-09-29", "Le Monde", "2023-09-29", "La fin de la république du Haut-Karabakh"),
    ("lf-2023-10-06", "Le Figaro", "2023-10-06", "L'Europe veut relancer le dialogue"),
];

pub fn export() -> Export {
    let articles = ARTICLES
        .iter()
        .map(|(id, o, d, t)| ArticleMeta {
            id: (*id).into(),
            title: (*t).into(),
            outlet: Some((*o).into()),
            published: (*d).into(),
            url: None,
        })
        .collect();
    let events = EVENTS
        .iter()
        .enumerate()
        .map(|(i, (date, end, prec, kind, place, actors, killed, quote, trig, art))| {
            let p = &PLACES[*place];
            let t0 = quote.find(trig).unwrap_or(0);
            let mut mentions = vec![Mention {
                article: ARTICLES[*art].0.into(),
                quote: (*quote).into(),
                claimed_by: None,
                trigger: Some((t0, t0 + trig.len())),
            }];
            if i % 3 == 0 && art + 1 < ARTICLES.len() {
                mentions.push(Mention {
                    article: ARTICLES[art + 1].0.into(),
                    quote: format!("Selon nos informations, {}", quote.to_lowercase()),
                    claimed_by: Some("l'AFP".into()),
                    trigger: None,
                });
            }
            Event {
                id: format!("demo-{i:02}"),
                kind: *kind,
                date: EventDate {
                    start: (*date).into(),
                    end: end.map(Into::into),
                    precision: *prec,
                    expression: Some(if *prec == Precision::Day {
                        "mardi".into()
                    } else {
                        "cette semaine".into()
                    }),
                    resolved_against: Some(ARTICLES[*art].0.into()),
                    anchor: None,
                    detail: None,
                },
                place: Some(PlaceRef {
                    id: p.0.into(),
                    name: p.1.into(),
                    lat: p.2,
                    lon: p.3,
                    precision: p.4,
                }),
                actors: actors
                    .iter()
                    .map(|a| ActorRef { id: (*a).into(), name: (*a).into(), role: Role::Participant })
                    .collect(),
                fatalities: killed.map(|k| Fatalities {
                    killed_min: Some(k),
                    wounded_min: None,
                    claimed_by: Some(if *place == 0 {
                        "autorités séparatistes".into()
                    } else {
                        "ministère arménien de la Défense".into()
                    }),
                }),
                origin: Origin::Extracted,
                disputed_by: if i == 0 { vec!["azerbaijan".into()] } else { vec![] },
                mentions,
                aliases: vec![],
            }
        })
        .collect();
    Export { articles, events }
}

pub fn actors() -> Vec<super::ActorIn> {
    [
        ("armenia", "Arménie", "Armenia", "#d1495b"),
        ("azerbaijan", "Azerbaïdjan", "Azerbaijan", "#2e86ab"),
        ("nk_authorities", "autorités du Haut-Karabakh", "Nagorno-Karabakh authorities", "#edae49"),
        ("russia", "Russie", "Russia", "#6c757d"),
        ("un", "ONU", "UN", "#4c9f70"),
        ("eu", "Union européenne", "European Union", "#3d5a80"),
        ("france", "France", "France", "#7b2cbf"),
    ]
    .iter()
    .map(|(id, fr, en, c)| super::ActorIn {
        id: (*id).into(),
        label_fr: (*fr).into(),
        label_en: (*en).into(),
        color: (*c).into(),
    })
    .collect()
}
