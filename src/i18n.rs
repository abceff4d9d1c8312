//! Interface strings (French by default, English). Corpus text (quotes, titles) stays in French.
use chronocarte_model::date::{
    civil_from_days, weekday, MONTHS_EN, MONTHS_EN_SHORT, MONTHS_FR, MONTHS_FR_SHORT,
};
pub use chronocarte_model::fragment::Lang;
use chronocarte_model::{EventKind, Precision};
use leptos::prelude::{Get, RwSignal};

/// Interface string keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum K {
    Kicker,
    Dek,
    Search,
    SearchPlaceholder,
    ClearAll,
    Actors,
    Types,
    Sources,
    Articles,
    Dates,
    AllDates,
    From,
    To,
    Map,
    MapLabel,
    ViewRegion,
    OffMap,
    Legend,
    Chronology,
    NoResults,
    NoResultsHint,
    ShowMore,
    Disputed,
    DeniedBy,
    Killed,
    Wounded,
    ClaimedBy,
    According,
    StoryDate,
    NightOf,
    Quote,
    Language,
    Event,
    Events,
    Filters,
    ActiveFilters,
    Remove,
    Place,
    Text,
    Histogram,
    HistogramHint,
    PublishedOn,
    DateFallback,
    Zoom,
    Reported,
    Close,
    Show,
    Download,
    DownloadLabel,
    Permalink,
    PermalinkLabel,
}

/// An interface text in the reader's current language, as a reactive text node or attribute
/// value (`{tr(lang, K::Map)}`, `aria-label=tr(lang, K::Zoom)`). Every such text shares this
/// one closure type, so Leptos' render code for it is compiled once instead of once per
/// `move || t(lang.get(), …)` (40 of them: BENCHMARKS.md, twelfth session).
pub fn tr(lang: RwSignal<Lang>, k: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || t(lang.get(), k)
}

pub fn t(lang: Lang, k: K) -> &'static str {
    let (fr, en) = match k {
        K::Kicker => ("Chronologie interactive", "Interactive timeline"),
        K::Dek => (
            "Chaque événement est extrait automatiquement des articles et renvoie aux phrases qui le rapportent.",
            "Every event is extracted automatically from the articles and links back to the sentences that report it.",
        ),
        K::Search => ("Rechercher dans les citations", "Search the quotes"),
        K::SearchPlaceholder => ("Rechercher un lieu, un mot…", "Search a place, a word…"),
        K::ClearAll => ("Tout effacer", "Clear all"),
        K::Actors => ("Acteurs", "Actors"),
        K::Types => ("Types d'événement", "Event types"),
        K::Sources => ("Sources", "Sources"),
        K::Articles => ("Articles", "Articles"),
        K::Dates => ("Période", "Dates"),
        K::AllDates => ("Toute la période", "All dates"),
        K::From => ("Du", "From"),
        K::To => ("au", "to"),
        K::Map => ("Carte", "Map"),
        K::MapLabel => ("Carte des lieux des événements", "Map of event places"),
        K::ViewRegion => ("Région", "Region"),
        K::OffMap => ("Hors carte", "Off the map"),
        K::Legend => ("Légende", "Legend"),
        K::Chronology => ("Chronologie", "Chronology"),
        K::NoResults => ("Aucun événement ne correspond à ces filtres.", "No event matches these filters."),
        K::NoResultsHint => ("Élargissez la période ou retirez un filtre.", "Widen the dates or remove a filter."),
        K::ShowMore => ("Afficher plus d'événements", "Show more events"),
        K::Disputed => ("Contesté", "Disputed"),
        K::DeniedBy => ("démenti par", "denied by"),
        K::Killed => ("tués", "killed"),
        K::Wounded => ("blessés", "wounded"),
        K::ClaimedBy => ("selon", "according to"),
        K::According => ("d'après l'article du", "from the article of"),
        K::StoryDate => ("compté depuis le", "counted from"),
        K::NightOf => ("nuit du", "night ending"),
        K::Quote => ("Citation", "Quote"),
        K::Language => ("Langue de l'interface", "Interface language"),
        K::Event => ("événement", "event"),
        K::Events => ("événements", "events"),
        K::Filters => ("Filtres", "Filters"),
        K::ActiveFilters => ("Filtres actifs", "Active filters"),
        K::Remove => ("Retirer", "Remove"),
        K::Place => ("Lieu", "Place"),
        K::Text => ("Texte", "Text"),
        K::Histogram => ("Événements par jour", "Events per day"),
        K::HistogramHint => (
            "Faites glisser sur l'histogramme pour choisir une période.",
            "Drag across the histogram to pick a period.",
        ),
        K::PublishedOn => ("publié le", "published"),
        K::DateFallback => ("date de publication de l'article du", "publication date of the article of"),
        K::Zoom => ("Vue de la carte", "Map view"),
        K::Reported => ("rapporté par", "reported by"),
        K::Close => ("Fermer", "Close"),
        K::Show => ("Voir", "Show"),
        K::Download => ("Télécharger", "Download"),
        K::DownloadLabel => ("Télécharger les événements affichés", "Download the events shown"),
        K::Permalink => ("Lien", "Link"),
        K::PermalinkLabel => ("Lien vers cet événement", "Link to this event"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The capital of a letter that starts a French or English month name (no Unicode table).
fn capital(c: char) -> char {
    match c {
        'é' => 'É',
        'è' => 'È',
        'à' => 'À',
        c => c.to_ascii_uppercase(),
    }
}

pub fn kind_label(lang: Lang, k: EventKind) -> &'static str {
    use EventKind::*;
    let (fr, en) = match k {
        Fighting => ("Combats", "Fighting"),
        Ceasefire => ("Cessez-le-feu", "Ceasefire"),
        Talks => ("Négociations", "Talks"),
        Diplomacy => ("Diplomatie", "Diplomacy"),
        Statement => ("Déclaration", "Statement"),
        Humanitarian => ("Humanitaire", "Humanitarian"),
        Casualties => ("Bilan humain", "Casualties"),
        Protest => ("Manifestation", "Protest"),
        Political => ("Politique", "Political"),
        Incident => ("Incident", "Incident"),
        Context => ("Contexte", "Context"),
    };
    if lang == Lang::Fr {
        fr
    } else {
        en
    }
}

pub fn precision_label(lang: Lang, p: Precision) -> &'static str {
    let (fr, en) = match p {
        Precision::Day => ("jour", "day"),
        Precision::Week => ("semaine", "week"),
        Precision::Month => ("mois", "month"),
        Precision::Year => ("année", "year"),
    };
    if lang == Lang::Fr {
        fr
    } else {
        en
    }
}

const DAYS_FR: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const DAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// "19 sept. 2023" / "19 Sep 2023".
pub fn short_date(lang: Lang, day: i32) -> String {
    let (y, m, d) = civil_from_days(day);
    match lang {
        Lang::Fr => format!("{d} {} {y}", MONTHS_FR_SHORT[m as usize - 1]),
        Lang::En => format!("{d} {} {y}", MONTHS_EN_SHORT[m as usize - 1]),
    }
}

/// "19 sept." without the year.
pub fn short_date_no_year(lang: Lang, day: i32) -> String {
    let (_, m, d) = civil_from_days(day);
    match lang {
        Lang::Fr => format!("{d} {}", MONTHS_FR_SHORT[m as usize - 1]),
        Lang::En => format!("{d} {}", MONTHS_EN_SHORT[m as usize - 1]),
    }
}

/// "mardi 19 septembre 2023" / "Tuesday 19 September 2023".
pub fn long_date(lang: Lang, day: i32) -> String {
    let (y, m, d) = civil_from_days(day);
    let wd = weekday(day) as usize;
    match lang {
        Lang::Fr => format!(
            "{} {}{} {} {y}",
            DAYS_FR[wd],
            d,
            if d == 1 { "er" } else { "" },
            MONTHS_FR[m as usize - 1]
        ),
        Lang::En => format!("{} {d} {} {y}", DAYS_EN[wd], MONTHS_EN[m as usize - 1]),
    }
}

pub fn month_year(lang: Lang, day: i32) -> String {
    let (y, m, _) = civil_from_days(day);
    match lang {
        Lang::Fr => format!("{} {y}", MONTHS_FR[m as usize - 1]),
        Lang::En => format!("{} {y}", MONTHS_EN[m as usize - 1]),
    }
}

/// Heading for a group of events with the same dates and precision.
pub fn group_heading(lang: Lang, start: i32, end: i32, p: Precision) -> String {
    match p {
        Precision::Day if start == end => long_date(lang, start),
        Precision::Day => match lang {
            Lang::Fr => format!("Du {} au {}", short_date_no_year(lang, start), short_date(lang, end)),
            Lang::En => format!("{} – {}", short_date_no_year(lang, start), short_date(lang, end)),
        },
        Precision::Week => match lang {
            Lang::Fr => format!("Semaine du {}", short_date(lang, start)),
            Lang::En => format!("Week of {}", short_date(lang, start)),
        },
        Precision::Month => {
            let s = month_year(lang, start);
            let mut c = s.chars();
            c.next().map(|f| capital(f).to_string() + c.as_str()).unwrap_or_default()
        }
        Precision::Year => civil_from_days(start).0.to_string(),
    }
}

/// "3 événements" / "1 event".
pub fn n_events(lang: Lang, n: usize) -> String {
    format!("{n} {}", if n == 1 { t(lang, K::Event) } else { t(lang, K::Events) })
}

pub fn n_sources(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (_, 1) => "1 source".into(),
        (_, n) => format!("{n} sources"),
    }
}

/// "12 événements sur 40" / "12 of 40 events".
pub fn count_line(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Fr => format!("{shown} {} sur {total}", if shown == 1 { "événement" } else { "événements" }),
        Lang::En => format!("{shown} of {total} {}", if total == 1 { "event" } else { "events" }),
    }
}

/// Days between `a` and `b` inclusive, as "3 jours".
pub fn n_days(lang: Lang, n: i32) -> String {
    match lang {
        Lang::Fr => format!("{n} jour{}", if n > 1 { "s" } else { "" }),
        Lang::En => format!("{n} day{}", if n > 1 { "s" } else { "" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronocarte_model::date::parse_ymd;
    // The widget is tested in wasm32, where only wasm-bindgen-test runs tests.
    use wasm_bindgen_test::wasm_bindgen_test as test;
    #[test]
    fn dates() {
        let d = parse_ymd("2023-09-19").unwrap();
        assert_eq!(short_date(Lang::Fr, d), "19 sept. 2023");
        assert_eq!(long_date(Lang::Fr, d), "mardi 19 septembre 2023");
        assert_eq!(long_date(Lang::En, d), "Tuesday 19 September 2023");
        assert_eq!(count_line(Lang::Fr, 3, 40), "3 événements sur 40");
        assert_eq!(
            group_heading(
                Lang::Fr,
                parse_ymd("2022-09-01").unwrap(),
                parse_ymd("2022-09-30").unwrap(),
                Precision::Month
            ),
            "Septembre 2022"
        );
    }
}

/// What a stale link could not open, for the reader: `fragment::Parsed` in words.
/// `hidden`: the linked event exists but the link's own filters hide it.
pub fn stale_link_notice(lang: Lang, p: &chronocarte_model::fragment::Parsed, hidden: bool) -> String {
    let short = |v: &str| -> String {
        let v: String = v.chars().filter(|c| !c.is_control()).collect();
        if v.chars().count() > 40 {
            v.chars().take(39).collect::<String>() + "…"
        } else {
            v
        }
    };
    let (o, c) = if lang == Lang::Fr { ("«\u{a0}", "\u{a0}»") } else { ("“", "”") };
    let mut out = vec![];
    if !p.dropped.is_empty() {
        let what = p
            .dropped
            .iter()
            .map(|d| {
                let (fr, en) = match d.key.as_str() {
                    "actor" => ("acteur", "actor"),
                    "type" => ("type", "type"),
                    "place" => ("lieu", "place"),
                    "source" => ("source", "source"),
                    "from" => ("date de début", "start date"),
                    "to" => ("date de fin", "end date"),
                    "q" => ("recherche", "search"),
                    "lang" => ("langue", "language"),
                    "view" => ("vue", "view"),
                    "event" => ("événement", "event"),
                    _ => ("paramètre", "parameter"),
                };
                let known = fr != "paramètre";
                let label = if lang == Lang::Fr { fr } else { en };
                match (known, d.value.is_empty()) {
                    (true, _) => format!("{label} {o}{}{c}", short(&d.value)),
                    (false, true) => format!("{label} {o}{}{c}", short(&d.key)),
                    (false, false) => format!("{label} {o}{}={}{c}", short(&d.key), short(&d.value)),
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        out.push(match lang {
            Lang::Fr => format!("Ce lien vient d'une version précédente de la chronologie ; ignoré car introuvable ici : {what}."),
            Lang::En => format!("This link comes from an earlier version of the timeline; ignored because it no longer exists: {what}."),
        });
    }
    for (old, _new) in &p.merged {
        out.push(match lang {
            Lang::Fr => format!("L'événement «\u{a0}{}\u{a0}» a depuis été fusionné avec un autre récit du même fait : c'est celui-ci qui est affiché.", short(old)),
            Lang::En => format!("The event “{}” has since been merged with another report of the same facts: that one is shown.", short(old)),
        });
    }
    if hidden {
        out.push(
            match lang {
                Lang::Fr => {
                    "L'événement lié n'apparaît pas avec les filtres de ce lien : « Tout effacer » l'affiche."
                }
                Lang::En => "The linked event is hidden by this link's filters: “Clear all” shows it.",
            }
            .to_owned(),
        );
    }
    out.join(" ")
}

#[cfg(test)]
mod stale_link_tests {
    use super::*;
    use chronocarte_model::fragment::{Dropped, Parsed};
    // The widget is tested in wasm32, where only wasm-bindgen-test runs tests.
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn parsed() -> Parsed {
        let d = |k: &str, v: &str| Dropped { key: k.into(), value: v.into() };
        Parsed {
            dropped: vec![d("actor", "nobody"), d("zoom", "3"), d("zzz", ""), d("place", &"x".repeat(100))],
            merged: vec![("old-id".into(), "new-id".into())],
            ..Default::default()
        }
    }

    #[test]
    fn names_every_dropped_value_in_both_languages() {
        let fr = stale_link_notice(Lang::Fr, &parsed(), true);
        for part in [
            "acteur «\u{a0}nobody\u{a0}»",
            "paramètre «\u{a0}zoom=3\u{a0}»",
            "paramètre «\u{a0}zzz\u{a0}»",
            "«\u{a0}old-id\u{a0}»",
            "Tout effacer",
        ] {
            assert!(fr.contains(part), "{part:?} in {fr}");
        }
        assert!(!fr.contains(&"x".repeat(41)), "long values are shortened: {fr}");
        let en = stale_link_notice(Lang::En, &parsed(), false);
        assert!(
            en.contains("actor “nobody”") && en.contains("“old-id”") && !en.contains("Clear all"),
            "{en}"
        );
    }

    #[test]
    fn a_clean_link_says_nothing() {
        assert_eq!(stale_link_notice(Lang::Fr, &Parsed::default(), false), "");
    }
}
