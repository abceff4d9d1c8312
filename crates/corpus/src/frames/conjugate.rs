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
    // "extraire", "soustraire": no simple past in use
    (
        "traire",
        &[
            "traire",
            "trais",
            "trait",
            "trayons",
            "trayez",
            "traient",
            "trayait",
            "trayaient",
            "traira",
            "trairont",
            "trairait",
            "trairaient",
            "traie",
            "traite",
            "traits",
            "traites",
            "trayant",
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

/// A verb conjugated in full: its infinitive, every form, its participle in four genders
/// and numbers if it has a passive.
type Auxiliary = (&'static str, &'static [&'static str], Option<[&'static str; 4]>);

/// The two auxiliaries, conjugated in full: they are whole verbs, not endings ("savoir" ends
/// like "avoir" but is conjugated otherwise), so they match the infinitive exactly. Every
/// person of the present, imperfect, simple past, future, conditional, both subjunctives
/// and the imperative, the participles, the infinitive; then the past participle in four
/// genders and numbers, when the verb has a passive.
const AUXILIARIES: &[Auxiliary] = &[
    (
        "avoir",
        &[
            "avoir", "ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient",
            "eus", "eut", "eumes", "eutes", "eurent", "aurai", "auras", "aura", "aurons", "aurez", "auront",
            "aurais", "aurait", "aurions", "auriez", "auraient", "aie", "aies", "ait", "ayons", "ayez",
            "aient", "eusse", "eusses", "eussions", "eussiez", "eussent", "ayant", "eu", "eue", "eus",
            "eues",
        ],
        Some(["eu", "eue", "eus", "eues"]),
    ),
    (
        "etre",
        &[
            "etre", "suis", "es", "est", "sommes", "etes", "sont", "etais", "etait", "etions", "etiez",
            "etaient", "fus", "fut", "fumes", "futes", "furent", "serai", "seras", "sera", "serons", "serez",
            "seront", "serais", "serait", "serions", "seriez", "seraient", "sois", "soit", "soyons", "soyez",
            "soient", "fusse", "fusses", "fussions", "fussiez", "fussent", "etant", "ete",
        ],
        None,
    ),
];

/// Clitic pronouns that stand before a verb and keep their place before its auxiliary in
/// compound tenses ("y laisser la vie" → "y a laissé la vie"; "en venir aux mains" → "en
/// sont venus aux mains").
const CLITICS: &[&str] = &["y", "en"];

/// Verbs conjugated with "être" in compound tenses, listed whole: an ending would take in
/// verbs conjugated with "avoir" ("installer" ends like "aller", "prévenir" like "venir").
/// A clitic phrase of these takes "est", "sont", "était"… before its participle.
const WITH_ETRE: &[&str] = &[
    "venir",
    "revenir",
    "devenir",
    "parvenir",
    "intervenir",
    "survenir",
    "mourir",
    "partir",
    "repartir",
    "sortir",
    "ressortir",
    "tomber",
    "retomber",
    "rester",
    "arriver",
    "entrer",
    "rentrer",
    "naitre",
    "deceder",
    "aller",
];

/// Every folded form of a verb led by a clitic (`clitic` one of [`CLITICS`], `inf` the
/// folded infinitive): the clitic before each simple form ("y perd", "y perdirent", "y
/// perdant"), and before each auxiliary of a compound tense, the participle after it ("y
/// a perdu", "y avaient perdu", "y sont morts"). The clitic never stands alone before a
/// participle ("y perdu" is no French), so bare participles are left out.
pub(crate) fn clitic_forms(clitic: &str, inf: &str) -> Result<Vec<String>, String> {
    if !CLITICS.contains(&clitic) {
        return Err(format!("`{clitic}` is not a clitic pronoun (one of {CLITICS:?})"));
    }
    let simple = verb_forms(inf)?;
    let parts = participles(inf);
    let bare: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
    let mut out: Vec<String> = simple
        .iter()
        .filter(|f| !bare.contains(&f.as_str()) || finite_too(inf, f))
        .map(|f| format!("{clitic} {f}"))
        .collect();
    if let Some([m, f, mpl, fpl]) = &parts {
        if WITH_ETRE.contains(&inf) {
            for aux in auxiliary_forms("etre") {
                let agree: &[&String] = if aux_is_plural(aux) { &[mpl, fpl] } else { &[m, f] };
                out.extend(agree.iter().map(|p| format!("{clitic} {aux} {p}")));
            }
        } else {
            out.extend(auxiliary_forms("avoir").iter().map(|aux| format!("{clitic} {aux} {m}")));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// A participle that is also a finite form of its verb keeps its clitic: the folded
/// first-group participle "laisse" is the present "laisse" too ("il y laisse la vie").
fn finite_too(inf: &str, f: &str) -> bool {
    inf.strip_suffix("er").is_some_and(|stem| f == format!("{stem}e"))
}

/// The finite forms of an auxiliary, the participle "eu"/"été" aside (it would make a
/// double compound), with the infinitive kept ("avoir perdu").
fn auxiliary_forms(aux: &str) -> Vec<&'static str> {
    let (_, forms, _) = AUXILIARIES.iter().find(|(a, _, _)| *a == aux).expect("an auxiliary");
    forms.iter().copied().filter(|f| !matches!(*f, "eu" | "eue" | "eus" | "eues" | "ete")).collect()
}

/// Plural persons of "être", whose participle takes the plural ("sont morts").
fn aux_is_plural(aux: &str) -> bool {
    ["ent", "ont", "ons", "ez"].iter().any(|e| aux.ends_with(e))
        || matches!(aux, "sommes" | "etes" | "fumes" | "futes")
}

/// Every folded surface form of the folded infinitive `inf` (one word), or why not.
pub(crate) fn verb_forms(inf: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    if let Some((_, forms, _)) = AUXILIARIES.iter().find(|(a, _, _)| *a == inf) {
        out.extend(forms.iter().map(|f| f.to_string()));
    } else if CLITICS.contains(&inf) {
        return Err(format!(
            "`{inf}` is a clitic pronoun, not a verb: its phrase is conjugated by `clitic_forms`"
        ));
    } else if let Some((ending, forms)) = MODELS.iter().find(|(e, _)| inf.ends_with(e)) {
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
    if let Some((_, _, p)) = AUXILIARIES.iter().find(|(a, _, _)| *a == inf) {
        return p.map(|p| p.map(String::from));
    }
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
        assert_eq!(p("extraire").as_deref(), Some("extrait extraite extraits extraites"));
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

    /// The auxiliaries in every tense and mood, one row per tense: each form must be there.
    const AUXILIARY_TABLE: &[(&str, &str, &[&str])] = &[
        ("avoir", "present", &["ai", "as", "a", "avons", "avez", "ont"]),
        ("avoir", "imperfect", &["avais", "avait", "avions", "aviez", "avaient"]),
        ("avoir", "simple past", &["eus", "eut", "eumes", "eutes", "eurent"]),
        ("avoir", "future", &["aurai", "auras", "aura", "aurons", "aurez", "auront"]),
        ("avoir", "conditional", &["aurais", "aurait", "aurions", "auriez", "auraient"]),
        ("avoir", "subjunctive", &["aie", "aies", "ait", "ayons", "ayez", "aient"]),
        ("avoir", "past subjunctive", &["eusse", "eusses", "eussions", "eussiez", "eussent"]),
        ("avoir", "participles", &["ayant", "eu", "eue", "eus", "eues", "avoir"]),
        ("etre", "present", &["suis", "es", "est", "sommes", "etes", "sont"]),
        ("etre", "imperfect", &["etais", "etait", "etions", "etiez", "etaient"]),
        ("etre", "simple past", &["fus", "fut", "fumes", "futes", "furent"]),
        ("etre", "future", &["serai", "sera", "serons", "serez", "seront"]),
        ("etre", "conditional", &["serais", "serait", "serions", "seriez", "seraient"]),
        ("etre", "subjunctive", &["sois", "soit", "soyons", "soyez", "soient", "fussent"]),
        ("etre", "participles", &["etant", "ete", "etre"]),
    ];

    #[test]
    fn auxiliaries_in_every_tense() {
        for (inf, tense, forms) in AUXILIARY_TABLE {
            let all = verb_forms(inf).unwrap();
            for f in *forms {
                assert!(all.iter().any(|x| x == f), "{inf}, {tense}: no `{f}`");
            }
        }
        // near misses: "avoir" is not conjugated like "voir", and "savoir" not like "avoir"
        let avoir = verb_forms("avoir").unwrap();
        assert!(!avoir.iter().any(|f| ["avu", "avoit", "avit"].contains(&f.as_str())), "{avoir:?}");
        assert!(!verb_forms("savoir").unwrap().iter().any(|f| f == "sont" || f == "seu"));
        assert_eq!(participles("avoir").map(|p| p.join(" ")).as_deref(), Some("eu eue eus eues"));
        assert_eq!(participles("etre"), None);
    }

    /// A clitic phrase: the forms that must be generated, and near misses that must not.
    type CliticCase = (&'static str, &'static str, &'static [&'static str], &'static [&'static str]);
    const CLITIC_TABLE: &[CliticCase] = &[
        (
            "y",
            "perdre",
            &[
                "y perd",
                "y perdent",
                "y perdit",
                "y perdra",
                "y a perdu",
                "y ont perdu",
                "y avaient perdu",
                "y aurait perdu",
                "y avoir perdu",
                "y perdant",
            ],
            &["y perdu", "y ete perdu", "y eu perdu"],
        ),
        (
            "y",
            "laisser",
            &[
                "y laisse",
                "y laissent",
                "y laissa",
                "y a laisse",
                "y ont laisse",
                "y eurent laisse",
                "y laisser",
            ],
            &["y laissee", "y a laissee"],
        ),
        (
            "y",
            "mourir",
            &[
                "y meurt",
                "y moururent",
                "y est mort",
                "y sont morts",
                "y sont mortes",
                "y etait morte",
                "y etre mort",
            ],
            &["y a mort", "y est morts", "y sont mort", "y mort"],
        ),
        (
            "en",
            "venir",
            &["en vient", "en viennent", "en est venu", "en sont venus", "en etaient venues"],
            &["en a venu", "en venu"],
        ),
        ("y", "avoir", &["y a", "y avait", "y aura", "y a eu", "y avait eu"], &["y eu", "y avu"]),
    ];

    #[test]
    fn clitics_stand_before_the_auxiliary() {
        for (clitic, inf, must, never) in CLITIC_TABLE {
            let all = clitic_forms(clitic, inf).unwrap();
            for f in *must {
                assert!(all.iter().any(|x| x == f), "{clitic} {inf}: no `{f}` in {all:?}");
            }
            for f in *never {
                assert!(!all.iter().any(|x| x == f), "{clitic} {inf}: `{f}` is no French");
            }
        }
        // a clitic is no verb, and a noun is no clitic
        assert!(verb_forms("y").unwrap_err().contains("clitic_forms"));
        assert!(clitic_forms("le", "perdre").is_err());
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
