//! The event's actors and claimant: the parties named around the trigger, the agent of
//! a passive, coordinated subjects, state organs, mediators and the side a sentence takes.
use super::*;

/// Step 4, what a sentence (or one of its coordinated clauses) says of every event it
/// reports.
pub(super) struct Arguments {
    /// The clause, as a byte range of the folded sentence (the whole sentence when it
    /// tells one fact).
    pub(super) span: (usize, usize),
    /// The clause's actors (those of the clauses before it when it names none: "X a été
    /// arrêté puis placé en détention") and places.
    pub(super) actors: Vec<ActorHit>,
    pub(super) places: Vec<PlaceHit>,
    pub(super) attribution: Option<(usize, usize)>,
    pub(super) claimed_by: Option<String>,
    pub(super) toll: Toll,
    pub(super) tense: Tense,
    /// The sentence starts with a subject pronoun ("Il a ajouté…").
    pub(super) pronoun_subject: bool,
    /// The sentence presents itself as more of what was just told: an accusation about it
    /// ("X a accusé Y d'avoir…") or an additive ("également", "à son tour").
    pub(super) adds_to_previous: bool,
    pub(super) denial: Option<usize>,
}

/// Where "le tour de" / "au tour de" follows a form of "être" or "venir" ("ce fut ensuite le
/// tour de Dorvik", "c'est maintenant au tour de l'est"): the folded offset of "tour".
/// Not "faire le tour de" or "à tour de rôle".
pub(super) fn turn_of(t: &str) -> Option<usize> {
    const BE: &[&str] =
        &["fut", "est", "etait", "sera", "serait", "vint", "vient", "venait", "arrive", "viendra"];
    t.match_indices(" tour d").find_map(|(i, _)| {
        let before = t[..i].trim_end();
        let (rest, det) = before.rsplit_once(' ')?;
        if !matches!(det, "le" | "au") {
            return None;
        }
        // "maintenant", "désormais", "enfin" may stand between the verb and the turn
        let words: Vec<&str> = rest.split(' ').rev().take(3).collect();
        words.iter().any(|w| BE.contains(w)).then_some(i + 1)
    })
}

/// Words by which a sentence says it adds to what was just told.
pub(super) const ADDITIVES: &[&str] = &["egalement"];

impl Arguments {
    pub(super) fn of(s: &Sentence, span: (usize, usize)) -> Self {
        Self::with(s, span, None)
    }

    /// A clause's arguments within a sentence whose own are `self`: the facts of the whole
    /// sentence (its tense, its denial, its speaker) are taken from it, not sought again in
    /// the sentence once per clause.
    pub(super) fn clause(&self, s: &Sentence, span: (usize, usize)) -> Self {
        Self::with(s, span, Some(self))
    }

    pub(super) fn with(s: &Sentence, span: (usize, usize), sentence: Option<&Arguments>) -> Self {
        let t = s.t;
        let inside = |p: usize| p >= span.0 && p < span.1;
        let mut actors: Vec<ActorHit> = s.actors.iter().filter(|h| inside(h.start)).copied().collect();
        if actors.is_empty() {
            actors = s.actors.iter().filter(|h| h.start < span.0).copied().collect();
        }
        if actors.is_empty() {
            // a first clause without a party shares the sentence's ("les deux capitales
            // ont publié…, et deux jours plus tard, les soldats arméniens…")
            actors = s.actors.iter().filter(|h| h.start >= span.1).copied().collect();
        }
        let mut places: Vec<PlaceHit> = s.places.iter().filter(|p| inside(p.start)).copied().collect();
        if places.is_empty() {
            places = s.places.iter().filter(|p| p.start < span.0).copied().collect();
        }
        let words = {
            let from = s.words.partition_point(|w| w.0 < span.0);
            let to = s.words.partition_point(|w| w.0 < span.1);
            &s.words[from..to]
        };
        let whole = || sentence.map_or_else(|| claim::attribution(t), |a| a.attribution);
        let attribution = if span == (0, t.len()) {
            whole()
        } else {
            // a clause's own reporting frame ("…, tandis que Bakou a fait état de 71 morts")
            // names its claimant; else the sentence's does
            let c = &t[span.0..span.1];
            let lead = c.len() - strip_conjunction(c).len();
            let from = span.0 + lead;
            claim::attribution(&c[lead..])
                .map(|(x, y)| (from + x, from + y))
                .or_else(|| contrasted_subject(s, c, from))
                .or_else(whole)
        };
        let toll = claim::toll_with(t, words);
        let claimed_by = attribution.map(|(x, y)| orig(s.text, &s.f, x, y));
        if let Some(a) = sentence {
            return Arguments {
                span,
                actors,
                places,
                attribution,
                claimed_by,
                toll,
                tense: a.tense,
                pronoun_subject: a.pronoun_subject,
                adds_to_previous: a.adds_to_previous,
                denial: a.denial,
            };
        }
        Arguments {
            span,
            actors,
            places,
            attribution,
            claimed_by,
            tense: s.tenses.overall(),
            pronoun_subject: ["il ", "elle ", "ils ", "elles "].iter().any(|p| t.starts_with(p))
                || t.contains("a-t-il")
                || t.contains("a-t-elle"),
            denial: claim::denial(t),
            adds_to_previous: (s.words.iter().any(|&(a, b)| {
                let w = &t[a..b];
                ADDITIVES.contains(&w) || w.starts_with("accus") || w.starts_with("denonc")
            }) || turn_without_figure(t, &s.words, &toll))
                // "de son côté" brings in another party's side: not more of the same
                && !other_side(t),
            toll,
        }
    }

    /// The clause's quote: the sentence from `lead` on, or the clause alone when the
    /// sentence tells several facts. Returns its byte range in the sentence.
    pub(super) fn quote(&self, s: &Sentence, lead: usize) -> (usize, usize) {
        if self.span == (0, s.t.len()) {
            return (lead, s.text.len());
        }
        let (a, b) = s.f.orig_range(self.span.0, self.span.1);
        let (a, b) = (a.max(lead).min(b), b.min(s.text.len()));
        let clause = &s.text[a..b];
        let start = a + (clause.len() - clause.trim_start_matches([' ', ',', ';']).len());
        let end = a + clause.trim_end_matches([' ', ',', ';']).len();
        (start, end.max(start))
    }
}

/// "à son tour": the sentence goes on with another party's turn in what was just told.
/// Told with a figure of its own ("Bakou, à son tour, fait état de dix civils tués", "une
/// dizaine de civils"), it is that party's own count, a fact of its own, not more of the one
/// before. ("de son côté" always brings in another party's side: [`other_side`].)
pub(super) fn turn_without_figure(t: &str, words: &[(usize, usize)], toll: &Toll) -> bool {
    t.contains("a son tour")
        && toll.killed.is_none()
        && toll.wounded.is_none()
        && !claim::counts_anyone(t, words)
}

/// A clause without the conjunction that joins it to the one before ("tandis que", "puis",
/// "et").
pub(super) fn strip_conjunction(c: &str) -> &str {
    let c = c.trim_start_matches([' ', ',', ';']);
    ["tandis que ", "alors que ", "tandis qu'", "alors qu'", "et puis ", "puis ", "et "]
        .iter()
        .find_map(|j| c.strip_prefix(j))
        .unwrap_or(c)
}

/// The party that opens a contrasted clause ("…, tandis que Bakou a relevé son décompte à
/// 71 morts"): the source of that clause's figure, not the sentence's first speaker. An
/// actor among the clause's first three words, where a French subject stands.
pub(super) fn contrasted_subject(s: &Sentence, clause: &str, from: usize) -> Option<(usize, usize)> {
    let c = clause.trim_start_matches([' ', ',', ';']);
    if !["tandis qu", "alors qu"].iter().any(|j| c.starts_with(j)) {
        return None;
    }
    let first = s.words.partition_point(|w| w.0 < from);
    let h = s.actors.iter().find(|h| h.start >= from)?;
    let before = s.words[first..].iter().take_while(|w| w.0 < h.start).count();
    (before <= 2).then_some((h.start, h.end))
}

/// Nouns and participles that name what follows in quotes: a movement, an operation, a
/// campaign ("le mouvement « Brellan debout »", "l'opération baptisée « Aube sur
/// Kestre »").
pub(super) const NAMERS: &[&str] = &[
    "mouvement",
    "operation",
    "campagne",
    "collectif",
    "association",
    "coalition",
    "plateforme",
    "front",
    "comite",
    "slogan",
    "baptisee",
    "baptise",
    "nommee",
    "nomme",
    "appelee",
    "appele",
    "intitulee",
    "intitule",
];

/// Step 4: the event's actors and their roles, each actor once (a claimant that also
/// acts takes its acting role).
pub(super) fn actors_of(
    s: &Sentence,
    kind: EventType,
    main: &TriggerHit,
    args: &Arguments,
) -> Vec<(usize, Role)> {
    let mut acts: Vec<(usize, Role)> = Vec::new();
    let claims = |h: &ActorHit| args.attribution.is_some_and(|(x, y)| h.start >= x && h.start < y);
    for h in args.actors.iter().filter(|h| {
        !metonym_as_place(s.t, kind, main, h, args)
            && (claims(h) || !in_subject_apposition(s.t, main, h, &args.actors))
    }) {
        let claimant = claims(h);
        let role = if claimant {
            Role::Claimant
        } else if is_mediation(s.t, h) {
            Role::Mediator
        } else if matches!(kind, EventType::Talks | EventType::Diplomacy | EventType::Ceasefire) {
            Role::Participant
        } else if h.start < main.start {
            Role::Initiator
        } else if targets(s.t, main.end, h.start) {
            Role::Target
        } else {
            Role::Participant
        };
        if let Some(x) = acts.iter_mut().find(|(a, _)| *a == h.actor) {
            if x.1 == Role::Claimant && role != Role::Claimant {
                x.1 = role;
            }
        } else {
            acts.push((h.actor, role));
        }
    }
    acts
}

/// Is the party `h` named only in a participial apposition set between a named subject
/// and the event's word ("Les soldats tchadiens, déployés en appui à l'armée
/// malienne, se replient", "Les insurgés, soutenus par des mercenaires étrangers,
/// prennent la ville", "Le colonel, nommé par la junte, a démissionné")? The apposition
/// tells who the subject is, not who acts with it: the subject's party stands alone.
pub(super) fn in_subject_apposition(t: &str, main: &TriggerHit, h: &ActorHit, actors: &[ActorHit]) -> bool {
    if h.end >= main.start {
        return false;
    }
    let Some(open) = t[..h.start].rfind(", ") else { return false };
    let closes = t[h.end..main.start].contains(',');
    let after_subject = actors.iter().any(|s| s.end == open && s.start < open);
    // "les diplomaties russe, iranienne et turque": a list of parties, not an apposition
    let party_opens = actors.iter().any(|a| a.start == open + 2);
    closes && after_subject && !party_opens && participle_opens_apposition(&t[open + 2..h.start])
}

/// Does the phrase `part` open with a past participle ("déployés", "nommé", "venus",
/// "soutenue", "équipés")? Words that end like one but are prepositions or determiners
/// ("entre", "après", "toutes") open other phrases, and a participle of leading ("dirigées
/// par", "menés par", "conduite par") names the subject's own chief: its party.
fn participle_opens_apposition(part: &str) -> bool {
    const LEADING: &[&str] = &["dirige", "mene", "conduit", "commande", "preside", "emmene"];
    const ENDS: &[&str] =
        &["e", "es", "ee", "ees", "us", "ue", "ues", "is", "ise", "ises", "it", "its", "ite", "ites"];
    const NOT: &[&str] = &[
        "entre", "contre", "comme", "apres", "tandis", "depuis", "toutes", "autres", "notre", "votre",
        "presque",
    ];
    let w = part.split([' ', '\'']).next().unwrap_or("");
    let determiner = w.trim_end_matches('s').ends_with("que");
    let leading =
        LEADING.iter().any(|l| w.strip_prefix(l).is_some_and(|r| matches!(r, "" | "e" | "s" | "es")));
    w.len() > 4 && !determiner && !leading && !NOT.contains(&w) && ENDS.iter().any(|e| w.ends_with(e))
}

/// Police, courts and investigators act for the state they serve, the one where they act
/// ("les policiers ont chargé", "un tribunal l'a placé en détention", "le comité d'enquête
/// inculpe trois hommes"). A clause that names one of them and no party but civilians gets
/// that state: the government named after the capital of the country of the event's place.
pub(super) fn with_state_organs(
    mut acts: Vec<(usize, Role)>,
    s: &Sentence,
    args: &Arguments,
    place: Option<usize>,
    ctx: &Context,
) -> Vec<(usize, Role)> {
    if acts.iter().any(|&(a, _)| !ctx.lexicon.is_civilians(a))
        || !(names_state_organ(s, args.span) || executive_subject(s, args))
    {
        return acts;
    }
    let places = &ctx.gazetteer.places;
    let Some(country) = place.and_then(|p| places[p].country.as_deref()) else { return acts };
    let state =
        ctx.capitals.iter().position(|c| c.is_some_and(|c| places[c].country.as_deref() == Some(country)));
    acts.extend(state.map(|a| (a, Role::Initiator)));
    acts
}

/// Nouns of ordinary people, folded: the subject of a gathering they name is civilians.
pub(super) const PEOPLE: &[&str] = &[
    "personnes",
    "familles",
    "femmes",
    "jeunes",
    "etudiants",
    "villageois",
    "citadins",
    "paysans",
    "agriculteurs",
    "riverains",
    "deplaces",
    "exiles",
    "ressortissants",
    "diaspora",
];

/// Nouns of kin, folded: the relatives a witness speaks of are civilians.
pub(super) const KIN: &[&str] = &[
    "mere",
    "pere",
    "frere",
    "soeur",
    "fils",
    "fille",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "parents",
    "famille",
    "epouse",
    "mari",
    "grand-mere",
    "grand-pere",
];

/// Nouns of a state's police and justice.
pub(super) const STATE_ORGANS: &[&str] = &[
    "police",
    "policiers",
    "gendarmerie",
    "gendarmes",
    "tribunal",
    "tribunaux",
    "cour",
    "parquet",
    "procureur",
    "juge",
    "juges",
    "enqueteurs",
];

/// Does the clause `span` name a state's police or justice ("la police", "un tribunal",
/// "le ministère de l'Intérieur", "les forces de l'ordre")? Not an international court
/// ("la Cour pénale internationale", "la Cour européenne").
pub(super) fn names_state_organ(s: &Sentence, span: (usize, usize)) -> bool {
    let c = &s.t[span.0..span.1.min(s.t.len())];
    let from = s.words.partition_point(|w| w.0 < span.0);
    let to = s.words.partition_point(|w| w.0 < span.1);
    let ws = &s.words[from..to];
    let word = |i: usize| ws.get(i).map_or("", |&(a, b)| &s.t[a..b]);
    let organ = (0..ws.len()).any(|i| {
        STATE_ORGANS.contains(&word(i))
            && !(i + 1..i + 4).any(|j| matches!(word(j), "internationale" | "europeenne" | "africaine"))
    });
    organ
        || ["ministere de l'interieur", "comite d'enquete", "forces de l'ordre", "forces de securite"]
            .iter()
            .any(|p| c.contains(p))
}

/// Nouns of a state's executive: its government, a ministry, its general staff.
pub(super) const EXECUTIVE: &[&str] = &["gouvernement", "ministere"];

/// Does the clause open with a state's executive as its subject ("Le gouvernement proclame
/// un deuil", "Jeudi, l'état-major s'aligne sur la junte", "le
/// ministère de la Santé a déclaré une épidémie")? It acts for the state where the event
/// happens, like its police ([`with_state_organs`]). Only a subject: a clause's opening
/// words or those after a comma, with a definite article; not a government protested
/// against ("des milliers de manifestants contre le gouvernement"), nor the source of
/// the report ("selon le ministère, …", "le ministère affirme que…"), who only says it.
pub(super) fn executive_subject(s: &Sentence, args: &Arguments) -> bool {
    let from = s.words.partition_point(|w| w.0 < args.span.0);
    let to = s.words.partition_point(|w| w.0 < args.span.1);
    let claims = |i: usize| args.attribution.is_some_and(|(x, y)| s.words[i].0 >= x && s.words[i].0 < y);
    (from + 1..to).any(|i| {
        let (a, b) = s.words[i];
        // "état-major" is two words joined by a hyphen
        let noun = EXECUTIVE.contains(&&s.t[a..b]) || &s.t[a..b] == "etat" && s.t[b..].starts_with("-major");
        let (da, db) = s.words[i - 1];
        let opens = i - 1 == from || s.t[s.words[i - 2].1..da].contains(',');
        noun && matches!(&s.t[da..db], "le" | "l" | "la")
            && opens
            && !claims(i)
            && !says_that(s.t, b, args.span.1)
    })
}

/// Does the subject ending at `from` govern a completive before the clause's next comma
/// ("le ministère affirme que…", "le gouvernement a annoncé qu'il…")? Then it reports
/// what others did: a speaker, not the one who acts.
fn says_that(t: &str, from: usize, to: usize) -> bool {
    let rest = &t[from..to.min(t.len())];
    let rest = &rest[..rest.find(',').unwrap_or(rest.len())];
    rest.contains(" que ") || rest.contains(" qu'")
}

/// Step 4: who denies the event later in its own sentence ("…, ce que Bakou a démenti").
pub(super) fn disputers(main: &TriggerHit, args: &Arguments) -> Vec<usize> {
    match args.denial {
        Some(dpos) if dpos > main.start => {
            let before: Vec<usize> = args
                .actors
                .iter()
                .filter(|h| h.start < dpos && h.start > main.end)
                .map(|h| h.actor)
                .collect();
            before.last().copied().into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// Step 5, continuation: an undated report right after an event tells more of it when it
/// refers back to it: it names the event again with a definite determiner, or its subject
/// is a pronoun, or it is a statement by the same speaker. Position alone is not enough
/// ("Des dizaines de personnes ont été tuées." after a toll elsewhere is another event),
/// and neither is a sentence `t` (folded) that brings in a new side: a reciprocal
/// ([`reciprocal`]), another party's side ([`other_side`]), or an impersonal "il" that
/// points back to nothing ([`impersonal`]). Returns why, or `None`.
pub(super) fn continues(
    prev: &Candidate,
    kind: EventType,
    class: FrameClass,
    actors: &[(usize, Role)],
    args: &Arguments,
    back_reference: bool,
    t: &str,
) -> Option<&'static str> {
    if reciprocal(t) {
        return None;
    }
    let statement = kind == EventType::Statement;
    let shares = actors.iter().any(|(a, r)| *r != Role::Claimant && prev.actors.iter().any(|(b, _)| b == a));
    // an impersonal "il" names no speaker and points back to nothing
    let impersonal = impersonal(t);
    let pronoun_subject = args.pronoun_subject && !impersonal;
    let speech = matches!(prev.kind, EventType::Statement | EventType::Talks | EventType::Diplomacy);
    let same = prev.kind == kind && (prev.class == class || kind == EventType::Fighting);
    if same && !statement && back_reference {
        Some("names it again with a definite determiner, right after it")
    } else if same && !statement && pronoun_subject {
        Some("same kind of event, its subject a pronoun, right after it")
    } else if same && !statement && args.adds_to_previous {
        Some("same kind of event, told as more of it (an accusation, « également », « à son tour »)")
    } else if statement && pronoun_subject {
        Some("a statement whose subject is a pronoun, right after it")
    } else if statement && shares && (same || speech) && !impersonal {
        Some("a statement by the same speaker, right after it")
    } else {
        None
    }
}

/// Does the folded sentence `t` tell what each of two parties says or does to the other
/// ("ils s'en accusent mutuellement", "chaque armée accuse l'autre…")? A
/// reciprocal is both parties' word, a fact of its own, not more of the fact before it.
pub(super) fn reciprocal(t: &str) -> bool {
    t.contains("mutuellement") || t.contains("reciproquement") || t.contains("l'un l'autre") || {
        t.starts_with("chaque ") && t.contains(" l'autre")
    }
}

/// Does the folded sentence `t` open with an impersonal "il" ("il en est sorti un
/// accord", "il y a eu", "il faut")? That "il" stands for nothing told before.
pub(super) fn impersonal(t: &str) -> bool {
    const OPENINGS: [&str; 10] = [
        "il en est ",
        "il en sort",
        "il en resulte",
        "il en ressort",
        "il y ",
        "il faut",
        "il fallut",
        "il fallait",
        "il s'agit",
        "il reste",
    ];
    OPENINGS.iter().any(|o| t.starts_with(o))
}

/// Does the folded sentence `t` give another party's side ("X a de son côté annoncé…",
/// "pour sa part", "quant à Y")? That party's report is a fact of its own (its own toll,
/// its own move), not more of the fact before it.
pub(super) fn other_side(t: &str) -> bool {
    ["de son cote", "de leur cote", "pour sa part", "pour leur part", "quant a "]
        .iter()
        .any(|m| t.contains(m))
}

/// Does the trigger `hit` of the folded sentence `t` name again, with a definite or
/// demonstrative determiner, what the previous report named ("deux camions sont partis…
/// Les camions roulent vers…")? Then the sentence tells more of that event, even when it
/// names a new place.
pub(super) fn refers_back(t: &str, hit: &TriggerHit, prev: &Candidate) -> bool {
    let before = t[..hit.start].trim_end();
    let det = before.rsplit(' ').next().unwrap_or(before);
    let definite = matches!(det, "le" | "la" | "les" | "ce" | "cet" | "cette" | "ces") || det.ends_with("l'");
    definite
        && prev.class == hit.trigger.class
        && crate::fold::fold(&prev.quote).contains(&t[hit.start..hit.end])
}

pub(super) fn is_mediation(t: &str, h: &ActorHit) -> bool {
    let mut from = h.start.saturating_sub(45);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let window = &t[from..h.start];
    if window.contains("en presence de")
        || window.contains("sous la mediation")
        || window.contains("sous l'egide")
    {
        return true;
    }
    let mut from = h.start.saturating_sub(30);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = &t[from..h.start];
    let before = before.trim_end();
    before.ends_with("en presence de")
        || before.ends_with("negocie par la")
        || before.ends_with("negocie par")
        || before.ends_with("mediation de la")
        || before.ends_with("mediation de l'")
        || before.ends_with("sous la mediation de")
        || before.ends_with("mediation de")
        || before.ends_with("par la") && before.contains("negoci")
}

impl<'p> Walk<'p> {
    /// Step 5, denials: a sentence that denies without an event of its own disputes the
    /// event told just before it; when it names who denies, it is also their statement.
    /// True when the sentence was used so.
    pub(super) fn disputes_previous(
        &mut self,
        s: &Sentence,
        st: &SentenceTime,
        triggers: &[TriggerHit],
        args: &Arguments,
        lead: usize,
        out: &mut Extraction,
    ) -> bool {
        let only_weak = triggers
            .iter()
            .filter(|h| h.trigger.kind != EventType::Statement)
            .all(|h| h.trigger.class == FrameClass::Combat);
        let (Some(dpos), Some(prev)) = (args.denial, self.last) else { return false };
        if !only_weak || s.index > prev + 2 {
            return false;
        }
        let deniers: Vec<usize> = s.actors.iter().filter(|h| h.start < dpos).map(|h| h.actor).collect();
        let Some(c) = out.candidates.last_mut() else { return false };
        for &d in &deniers {
            if !c.disputed_by.contains(&d) {
                c.disputed_by.push(d);
            }
        }
        if deniers.is_empty() {
            // nobody named: the denial is told as part of the event
            c.extra.push(Extra {
                quote: s.text[lead..].to_string(),
                claimed_by: args.claimed_by.clone(),
                why: "denies it, right after it",
            });
        } else {
            // a named party's denial is a statement of its own, dated by its sentence
            let mut denial = c.clone();
            let date = st.hits.iter().find(|d| d.dates_event());
            let (value, origin, expression, basis) = self.date_of(s, st, date, args);
            denial.pos = s.start;
            (denial.kind, denial.class) = (EventType::Statement, FrameClass::Statement);
            (denial.date, denial.date_origin, denial.expression, denial.basis) =
                (value, origin, expression, basis);
            (denial.place, denial.place_default) = (None, false);
            denial.actors = deniers.iter().map(|&d| (d, Role::Initiator)).collect();
            denial.fatalities = None;
            denial.quote = s.text[lead..].to_string();
            denial.claimed_by = args.claimed_by.clone();
            denial.trigger = None;
            denial.disputed_by = Vec::new();
            denial.extra = Vec::new();
            out.candidates.push(denial);
            self.last = Some(s.index);
        }
        true
    }
    /// Step 5, the same again elsewhere: "ce fut le tour de X", "c'est au tour de X de…"
    /// tells that what the previous event did to one place or party happened to another,
    /// on this sentence's date. The new event is the previous one's kind, at the place (or
    /// with the party) the sentence names after "tour". True when the sentence was used so.
    pub(super) fn takes_its_turn(
        &mut self,
        s: &Sentence,
        st: &SentenceTime,
        lead: usize,
        out: &mut Extraction,
    ) -> bool {
        let Some(turn) = turn_of(s.t) else { return false };
        let Some(prev) = out.candidates.last() else { return false };
        let place = s.places.iter().find(|p| p.start > turn).map(|p| p.place);
        let party = s.actors.iter().find(|a| a.start > turn).map(|a| a.actor);
        if place.is_none() && party.is_none() {
            return false;
        }
        let args = Arguments::of(s, (0, s.t.len()));
        let date = st.hits.iter().find(|d| d.dates_event());
        let (date, date_origin, expression, basis) = self.date_of(s, st, date, &args);
        if self.is_background(&date) {
            return false;
        }
        let mut actors = prev.actors.clone();
        if let Some(a) = party.filter(|a| !actors.iter().any(|(b, _)| b == a)) {
            actors.push((a, Role::Participant));
        }
        let next = Candidate {
            pos: s.start,
            date,
            date_origin,
            expression,
            basis,
            place: place.or(prev.place),
            place_default: place.is_none() && prev.place_default,
            actors,
            fatalities: None,
            quote: s.text[lead..].trim_end().to_string(),
            claimed_by: args.claimed_by.clone(),
            trigger: None,
            disputed_by: Vec::new(),
            extra: Vec::new(),
            ..prev.clone()
        };
        out.candidates.push(next);
        self.last = Some(s.index);
        true
    }
}
