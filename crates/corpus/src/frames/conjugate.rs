//! Surface forms of French verbs and nouns, generated from their lemmas.
//!
//! Why generate forms rather than stem the text: a stemmer folds words of different senses
//! onto one stem ("arrêt", a stop, and "arrêté", arrested or a decree), and its stems of
//! irregular verbs scatter ("prendre", "pris", "prennent"). Generating every form of a lemma
//! keeps matching exact: the phrase matcher sees each inflected form, and nothing else.
//!
//! Everything here works on folded text (lower case, no accents: see [`crate::fold`]), the
//! form the matcher compares, so the accent changes of the first group ("céder" → "cède",
//! "lever" → "lève") and the cedilla ("lancer" → "lança") need no rule of their own.
//!
//! The third group is a table of conjugation models, each named after its usual example
//! and chosen by the infinitive's ending, the way a Bescherelle groups verbs. A verb that
//! ends in `-re` or `-oir` and fits no model is an error, not a guess.

/// Endings of the first group (`-er`), added to the stem: every person of the present,
/// imperfect, simple past, future, conditional and subjunctive, the participles in four
/// genders and numbers, and the infinitive.
const FIRST: &[&str] = &[
    "er", "e", "es", "ent", "ons", "ez", "ait", "ais", "aient", "ions", "iez", "a", "as", "ames", "ates",
    "erent", "era", "eras", "erons", "erez", "eront", "erai", "erait", "erais", "eraient", "erions", "eriez",
    "ee", "ees", "ant",
];

/// First-group endings in which the stem's last vowel is mute (`appelle`, `emploie`).
const MUTE_E: &[&str] = &[
    "e", "es", "ent", "era", "eras", "erons", "erez", "eront", "erai", "erait", "erais", "eraient", "erions",
    "eriez",
];

/// Endings of the second group (`finir`: `finissons`, `fini`).
const SECOND: &[&str] = &[
    "ir", "is", "it", "issons", "issez", "issent", "issait", "issais", "issaient", "issions", "issiez",
    "irent", "ira", "iras", "irons", "irez", "iront", "irai", "irait", "irais", "iraient", "isse", "i", "ie",
    "ies", "issant",
];

/// Third-group models: the infinitive ending, then every form with that ending replaced.
/// Checked in order, so the longer endings come first.
const MODELS: &[(&str, &[&str])] = &[
    (
        "prendre",
        &[
            "prendre",
            "prends",
            "prend",
            "prenons",
            "prenez",
            "prennent",
            "prenait",
            "prenaient",
            "prit",
            "prirent",
            "prendra",
            "prendront",
            "prendrait",
            "prendraient",
            "prenne",
            "pris",
            "prise",
            "prises",
            "prenant",
        ],
    ),
    (
        "mettre",
        &[
            "mettre",
            "mets",
            "met",
            "mettons",
            "mettez",
            "mettent",
            "mettait",
            "mettaient",
            "mit",
            "mirent",
            "mettra",
            "mettront",
            "mettrait",
            "mettraient",
            "mette",
            "mis",
            "mise",
            "mises",
            "mettant",
        ],
    ),
    (
        "battre",
        &[
            "battre",
            "bat",
            "bats",
            "battons",
            "battez",
            "battent",
            "battait",
            "battaient",
            "battit",
            "battirent",
            "battra",
            "battront",
            "battrait",
            "battraient",
            "batte",
            "battu",
            "battue",
            "battus",
            "battues",
            "battant",
        ],
    ),
    (
        "rompre",
        &[
            "rompre",
            "romps",
            "rompt",
            "rompons",
            "rompez",
            "rompent",
            "rompait",
            "rompaient",
            "rompit",
            "rompirent",
            "rompra",
            "rompront",
            "romprait",
            "rompe",
            "rompu",
            "rompue",
            "rompus",
            "rompues",
            "rompant",
        ],
    ),
    (
        "vaincre",
        &[
            "vaincre",
            "vaincs",
            "vainc",
            "vainquons",
            "vainquez",
            "vainquent",
            "vainquait",
            "vainquaient",
            "vainquit",
            "vainquirent",
            "vaincra",
            "vaincront",
            "vaincrait",
            "vainque",
            "vaincu",
            "vaincue",
            "vaincus",
            "vaincues",
            "vainquant",
        ],
    ),
    (
        "suivre",
        &[
            "suivre",
            "suit",
            "suivons",
            "suivez",
            "suivent",
            "suivait",
            "suivaient",
            "suivit",
            "suivirent",
            "suivra",
            "suivront",
            "suivrait",
            "suive",
            "suivi",
            "suivie",
            "suivis",
            "suivies",
        ],
    ),
    (
        "indre",
        &[
            "indre",
            "int",
            "ignons",
            "ignez",
            "ignent",
            "ignait",
            "ignaient",
            "ignit",
            "ignirent",
            "indra",
            "indront",
            "indrait",
            "indraient",
            "igne",
            "inte",
            "ints",
            "intes",
            "ignant",
        ],
    ),
    (
        "uire",
        &[
            "uire", "uit", "uisons", "uisez", "uisent", "uisait", "uisaient", "uisit", "uisirent", "uira",
            "uiront", "uirait", "uiraient", "uise", "uite", "uits", "uites", "uisant",
        ],
    ),
    (
        "crire",
        &[
            "crire",
            "crit",
            "crivons",
            "crivez",
            "crivent",
            "crivait",
            "crivaient",
            "crivit",
            "crivirent",
            "crira",
            "criront",
            "crirait",
            "crive",
            "crite",
            "crits",
            "crites",
            "crivant",
        ],
    ),
    (
        "clure",
        &[
            "clure", "clut", "cluons", "cluez", "cluent", "cluait", "cluaient", "clurent", "clura",
            "cluront", "clurait", "clue", "clu", "clus", "clues", "cluant",
        ],
    ),
    (
        "faire",
        &[
            "faire",
            "fait",
            "faisons",
            "faites",
            "font",
            "faisait",
            "faisaient",
            "fit",
            "firent",
            "fera",
            "feront",
            "ferait",
            "feraient",
            "fasse",
            "fassent",
            "faite",
            "faits",
            "faisant",
        ],
    ),
    (
        "dire",
        &[
            "dire", "dit", "disons", "disent", "disait", "disaient", "dirent", "dira", "diront", "dirait",
            "diraient", "dise", "dite", "dits", "dites", "disant",
        ],
    ),
    (
        "lire",
        &[
            "lire", "lit", "lisons", "lisez", "lisent", "lisait", "lisaient", "lut", "lurent", "lira",
            "liront", "lirait", "liraient", "lise", "lu", "lue", "lus", "lues", "lisant",
        ],
    ),
    (
        "aitre",
        &[
            "aitre",
            "ait",
            "aissons",
            "aissez",
            "aissent",
            "aissait",
            "aissaient",
            "ut",
            "urent",
            "aitra",
            "aitront",
            "aitrait",
            "aitraient",
            "aisse",
            "u",
            "ue",
            "us",
            "ues",
            "aissant",
        ],
    ),
    (
        "soudre",
        &[
            "soudre",
            "sout",
            "solvons",
            "solvez",
            "solvent",
            "solvait",
            "solvaient",
            "solut",
            "solurent",
            "soudra",
            "soudront",
            "soudrait",
            "solve",
            "sous",
            "soute",
            "soutes",
            "solvant",
        ],
    ),
    (
        "dre",
        &[
            "dre", "ds", "d", "dons", "dez", "dent", "dait", "daient", "dit", "dirent", "dra", "dront",
            "drait", "draient", "de", "du", "due", "dus", "dues", "dant",
        ],
    ),
    (
        "cevoir",
        &[
            "cevoir",
            "coit",
            "cevons",
            "cevez",
            "coivent",
            "cevait",
            "cevaient",
            "cut",
            "curent",
            "cevra",
            "cevront",
            "cevrait",
            "cevraient",
            "coive",
            "cu",
            "cue",
            "cus",
            "cues",
            "cevant",
        ],
    ),
    (
        "voir",
        &[
            "voir", "voit", "voyons", "voyez", "voient", "voyait", "voyaient", "vit", "virent", "verra",
            "verront", "verrait", "voira", "voiront", "voirait", "voie", "vu", "vue", "vus", "vues",
            "voyant",
        ],
    ),
    (
        "enir",
        &[
            "enir",
            "iens",
            "ient",
            "enons",
            "enez",
            "iennent",
            "enait",
            "enaient",
            "int",
            "inrent",
            "iendra",
            "iendront",
            "iendrait",
            "iendraient",
            "ienne",
            "enu",
            "enue",
            "enus",
            "enues",
            "enant",
        ],
    ),
    (
        "mourir",
        &[
            "mourir",
            "meurt",
            "mourons",
            "mourez",
            "meurent",
            "mourait",
            "mouraient",
            "mourut",
            "moururent",
            "mourra",
            "mourront",
            "mourrait",
            "mourraient",
            "meure",
            "mort",
            "morte",
            "morts",
            "mortes",
            "mourant",
        ],
    ),
    (
        "courir",
        &[
            "courir",
            "court",
            "courons",
            "courez",
            "courent",
            "courait",
            "couraient",
            "courut",
            "coururent",
            "courra",
            "courront",
            "courrait",
            "coure",
            "couru",
            "courue",
            "courus",
            "courues",
            "courant",
        ],
    ),
    (
        "querir",
        &[
            "querir",
            "quiert",
            "querons",
            "querez",
            "quierent",
            "querait",
            "queraient",
            "quit",
            "quirent",
            "querra",
            "querront",
            "querrait",
            "quiere",
            "quis",
            "quise",
            "quises",
            "querant",
        ],
    ),
    (
        "fuir",
        &[
            "fuir",
            "fuit",
            "fuyons",
            "fuyez",
            "fuient",
            "fuyait",
            "fuyaient",
            "fuirent",
            "fuira",
            "fuiront",
            "fuirait",
            "fuiraient",
            "fuie",
            "fui",
            "fuis",
            "fuies",
            "fuyant",
        ],
    ),
    // -vrir and -frir: ouvrir, couvrir, offrir, souffrir
    (
        "vrir",
        &[
            "vrir", "vre", "vrent", "vrons", "vrez", "vrait", "vraient", "vrit", "vrirent", "vrira",
            "vriront", "vrirait", "vert", "verte", "verts", "vertes", "vrant",
        ],
    ),
    (
        "frir",
        &[
            "frir", "fre", "frent", "frons", "frez", "frait", "fraient", "frit", "frirent", "frira",
            "friront", "frirait", "fert", "ferte", "ferts", "fertes", "frant",
        ],
    ),
    // partir, sortir and their prefixed forms (not convertir, avertir: second group)
    (
        "partir",
        &[
            "partir",
            "part",
            "partons",
            "partez",
            "partent",
            "partait",
            "partaient",
            "partit",
            "partirent",
            "partira",
            "partiront",
            "partirait",
            "parte",
            "parti",
            "partie",
            "partis",
            "parties",
            "partant",
        ],
    ),
    (
        "sortir",
        &[
            "sortir",
            "sort",
            "sortons",
            "sortez",
            "sortent",
            "sortait",
            "sortaient",
            "sortit",
            "sortirent",
            "sortira",
            "sortiront",
            "sortirait",
            "sorte",
            "sorti",
            "sortie",
            "sortis",
            "sorties",
            "sortant",
        ],
    ),
];

/// Every folded surface form of the folded infinitive `inf` (one word), or why not.
pub(crate) fn verb_forms(inf: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    if let Some((ending, forms)) = MODELS.iter().find(|(e, _)| inf.ends_with(e)) {
        let stem = &inf[..inf.len() - ending.len()];
        out.extend(forms.iter().map(|f| format!("{stem}{f}")));
    } else if let Some(stem) = inf.strip_suffix("er") {
        out.extend(first_group(stem));
    } else if let Some(stem) = inf.strip_suffix("ir") {
        out.extend(SECOND.iter().map(|e| format!("{stem}{e}")));
    } else {
        return Err(format!(
            "no conjugation model for `{inf}`: add one to MODELS in crates/corpus/src/frames/conjugate.rs"
        ));
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The past participle of the folded infinitive `inf` in four genders and numbers
/// (masculine, feminine, masculine plural, feminine plural), found among its forms: the
/// feminine is the form in `-e` whose stem and `-es` plural are forms too ("signee",
/// "prise", "conclue", "faite").
pub(crate) fn participles(inf: &str) -> Option<[String; 4]> {
    let forms = verb_forms(inf).ok()?;
    let has = |f: &str| forms.binary_search_by(|x| x.as_str().cmp(f)).is_ok();
    let fem = forms
        .iter()
        .find(|f| f.strip_suffix('e').is_some_and(|m| !m.is_empty() && has(m)) && has(&format!("{f}s")))?;
    let m = &fem[..fem.len() - 1];
    let mpl = if m.ends_with('s') || m.ends_with('x') || !has(&format!("{m}s")) {
        m.to_string()
    } else {
        format!("{m}s")
    };
    Some([m.to_string(), fem.clone(), mpl, format!("{fem}s")])
}

/// First-group forms, with the spelling changes that survive folding: `-ger` keeps an `e`
/// before `a` and `o` (`mangeait`), `-yer` turns `y` into `i` before a mute `e`
/// (`emploie`), and `-eler`/`-eter` may double the consonant there (`appelle`, `jette`).
fn first_group(stem: &str) -> Vec<String> {
    let mut out: Vec<String> = FIRST
        .iter()
        .map(|e| {
            let soft_g = stem.ends_with('g') && (e.starts_with('a') || e.starts_with('o'));
            format!("{stem}{}{e}", if soft_g { "e" } else { "" })
        })
        .collect();
    out.push(format!("{stem}e")); // the past participle (folded "é")
    let mute_stem = if let Some(s) = stem.strip_suffix('y') {
        Some(format!("{s}i"))
    } else if stem.ends_with("el") || stem.ends_with("et") {
        Some(format!("{stem}{}", &stem[stem.len() - 1..]))
    } else {
        None
    };
    if let Some(m) = mute_stem {
        out.extend(MUTE_E.iter().map(|e| format!("{m}{e}")));
    }
    out
}

/// The folded singular and plural forms of a noun. The plural marks the head and the
/// adjectives that agree with it, up to the first preposition ("appel téléphonique" →
/// "appels téléphoniques", "échange de tirs" → "échanges de tirs"); the head alone is also
/// kept, for adjectives written invariable ("mines antipersonnel").
pub(crate) fn noun_forms(noun: &str) -> Vec<String> {
    let words: Vec<&str> = noun.split(' ').collect();
    let governed = words
        .iter()
        .position(|w| matches!(*w, "de" | "du" | "des" | "a" | "au" | "aux" | "en") || w.starts_with("d'"))
        .unwrap_or(words.len());
    let agree = |n: usize| -> String {
        let w: Vec<String> =
            words.iter().enumerate().map(|(i, w)| if i < n { plural(w) } else { w.to_string() }).collect();
        w.join(" ")
    };
    let mut out = vec![noun.to_string(), agree(governed), agree(1)];
    out.dedup();
    out.sort();
    out.dedup();
    out
}

pub(crate) fn plural(word: &str) -> String {
    if word.ends_with(['s', 'x', 'z']) || word == "non" {
        word.to_string()
    } else if let Some(s) = word.strip_suffix("al") {
        format!("{s}aux")
    } else if word.ends_with("eau") || word.ends_with("eu") {
        format!("{word}x")
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(inf: &str, forms: &[&str]) {
        let all = verb_forms(inf).unwrap();
        for f in forms {
            assert!(all.iter().any(|x| x == f), "{inf}: no `{f}` in {all:?}");
        }
    }

    #[test]
    fn participles_in_four_genders_and_numbers() {
        let p = |inf: &str| participles(inf).map(|p| p.join(" "));
        assert_eq!(p("signer").as_deref(), Some("signe signee signes signees"));
        assert_eq!(p("envahir").as_deref(), Some("envahi envahie envahis envahies"));
        assert_eq!(p("conclure").as_deref(), Some("conclu conclue conclus conclues"));
        assert_eq!(p("reprendre").as_deref(), Some("repris reprise repris reprises"));
        assert_eq!(p("rendre").as_deref(), Some("rendu rendue rendus rendues"));
        assert_eq!(p("faire").as_deref(), Some("fait faite faits faites"));
        assert_eq!(p("dire").as_deref(), Some("dit dite dits dites"));
    }

    #[test]
    fn first_group_with_spelling_changes() {
        has(
            "bombarder",
            &["bombarde", "bombardee", "bombardees", "bombardaient", "bombarderont", "bombardant"],
        );
        has("encourager", &["encourageait", "encourageant", "encouragea", "encouragent"]);
        has("appeler", &["appelle", "appellent", "appellera", "appelait"]);
        has("employer", &["emploie", "emploieront", "employait", "employe"]);
        has("lancer", &["lanca", "lancaient", "lancent"]);
    }

    #[test]
    fn second_and_third_groups() {
        has("envahir", &["envahissent", "envahi", "envahie", "envahirent", "envahissant"]);
        has("reprendre", &["repris", "reprennent", "reprit", "reprendra", "reprise"]);
        has("rendre", &["rendu", "rendent", "rendit", "rendra", "rendues"]);
        has("detruire", &["detruit", "detruite", "detruisent", "detruisirent"]);
        has("atteindre", &["atteint", "atteignent", "atteignit", "atteinte"]);
        has("maintenir", &["maintient", "maintiennent", "maintenu", "maintint"]);
        has("mourir", &["meurt", "mort", "mortes", "moururent"]);
        has("offrir", &["offre", "offert", "offertes", "offrira"]);
        has("partir", &["part", "partent", "parti", "parties"]);
        has("avertir", &["avertit", "avertissent", "averti"]);
        has("recevoir", &["recoit", "recu", "recoivent", "recevra"]);
        has("conquerir", &["conquis", "conquiert", "conquierent"]);
        has("secourir", &["secouru", "secourt", "secourra"]);
        has("fuir", &["fuient", "fuyaient", "fui", "fuyant"]);
        has("elire", &["elu", "elue", "elit", "elisent", "elurent"]);
        has("dissoudre", &["dissous", "dissoute", "dissolvent", "dissoudra"]);
    }

    #[test]
    fn near_misses_are_not_forms() {
        // a verb's forms never include a neighbouring noun or another verb's forms
        let f = verb_forms("arreter").unwrap();
        assert!(!f.contains(&"arret".to_string()));
        assert!(!verb_forms("rendre").unwrap().contains(&"rendez-vous".to_string()));
        assert!(!verb_forms("tirer").unwrap().contains(&"tir".to_string()));
    }

    #[test]
    fn unknown_models_are_errors() {
        let e = verb_forms("boire").unwrap_err();
        assert!(e.contains("boire") && e.contains("MODELS"), "{e}");
    }

    #[test]
    fn nouns() {
        assert_eq!(noun_forms("bombardement"), ["bombardement", "bombardements"]);
        assert_eq!(noun_forms("tribunal"), ["tribunal", "tribunaux"]);
        assert_eq!(noun_forms("reseau"), ["reseau", "reseaux"]);
        assert_eq!(noun_forms("echange de tirs"), ["echange de tirs", "echanges de tirs"]);
        assert_eq!(
            noun_forms("appel telephonique"),
            ["appel telephonique", "appels telephonique", "appels telephoniques"]
        );
        assert_eq!(noun_forms("pourparlers"), ["pourparlers"]);
    }
}
