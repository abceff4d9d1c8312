//! Scoring an export against hand-made gold events, phenomenon by phenomenon.
//!
//! This is the evaluation kit's scorer (the `score.py` the team was given) written again in
//! Rust, so that the project tests itself without anything outside the repository, and
//! extended with the per-phenomenon report the development corpus needs: accuracy per date
//! class (how the article gives the date: "hier", "la veille", "le 20", a live-blog
//! timestamp…), per genre, events found, type, place and actors, merges and over-merges.
//!
//! Matching follows the scorer exactly: a predicted mention matches a gold event when its
//! quote, found in the normalised article text, overlaps one of the gold anchors by at
//! least 15 characters (or the whole anchor when it is shorter). A gold event's attributes
//! are judged on its best matching predicted event.
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::export::{ActorRef, Event, Export};

/// A gold file (`gold.toml`): events and negatives.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Gold {
    #[serde(default)]
    pub event: Vec<GoldEvent>,
    #[serde(default)]
    pub negative: Vec<Negative>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    pub article: String,
    pub world: String,
    pub anchors: Vec<String>,
    pub dates: Vec<String>,
    #[serde(default)]
    pub end: Option<String>,
    pub types: Vec<String>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub tier: String,
    /// How the article gives the date (`weekday`, `anaphoric`, …); `unlabelled` when absent
    /// (the seed gold predates the classes).
    #[serde(default)]
    pub date_class: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Negative {
    pub article: String,
    pub text: String,
}

/// The scorer's canon: actor aliases, places (lat, lon, radius in km) and world ids that
/// name one real-world event twice (`same`: alias → id), because gold batches were written
/// apart.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Canon {
    #[serde(default)]
    pub actors: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub places: BTreeMap<String, Vec<f64>>,
    #[serde(default)]
    pub same: BTreeMap<String, String>,
}

impl Gold {
    /// Parse several gold files as one.
    pub(crate) fn parse_all(texts: &[(String, String)]) -> Result<Gold, String> {
        let mut all = Gold::default();
        for (name, text) in texts {
            let g: Gold = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
            all.event.extend(g.event);
            all.negative.extend(g.negative);
        }
        Ok(all)
    }

    /// Keep only the events and negatives of `articles`.
    pub(crate) fn restrict(&mut self, articles: &BTreeSet<String>) {
        self.event.retain(|e| articles.contains(&e.article));
        self.negative.retain(|n| articles.contains(&n.article));
    }
}

impl Canon {
    /// Parse several canon files as one (later files add codes).
    pub(crate) fn parse_all(texts: &[(String, String)]) -> Result<Canon, String> {
        let mut all = Canon::default();
        for (name, text) in texts {
            let c: Canon = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
            all.actors.extend(c.actors);
            all.places.extend(c.places);
            all.same.extend(c.same);
        }
        if let Some((alias, id)) = all.same.iter().find(|(_, id)| all.same.contains_key(*id)) {
            return Err(format!(
                "canon `same`: {alias} = {id}, but {id} is itself an alias: name the final id"
            ));
        }
        Ok(all)
    }

    /// Read every gold world id that is an alias as the id it stands for.
    pub(crate) fn unify(&self, gold: &mut Gold) {
        for e in &mut gold.event {
            if let Some(id) = self.same.get(&e.world) {
                e.world = id.clone();
            }
        }
    }
}

/// The scorer's text normalisation: NFC, typographic quotes and spaces made plain, spaces
/// around double quotes removed, whitespace collapsed, lower case.
pub fn norm(s: &str) -> String {
    let s: String = s
        .nfc()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{2bc}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(s.len());
    let mut chars = s.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            // no space before or after a double quote
            if out.ends_with('"') || chars.peek() == Some(&'"') {
                continue;
            }
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out.to_lowercase()
}

/// Lower case, accents stripped, every run of other characters made one `-`.
fn fold_token(s: &str) -> String {
    let mut out = String::new();
    for c in
        s.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).flat_map(char::to_lowercase)
    {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn actor_codes(actors: &[ActorRef], canon: &Canon) -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    for a in actors {
        let toks = format!("-{}-{}-", fold_token(&a.id), fold_token(&a.name));
        for (code, aliases) in &canon.actors {
            if aliases
                .iter()
                .any(|al| toks.contains(&format!("-{al}-")) || al.len() > 4 && toks.contains(al.as_str()))
            {
                codes.insert(code.clone());
            }
        }
    }
    codes
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let p = std::f64::consts::PI / 180.0;
    let h = ((b.0 - a.0) * p / 2.0).sin().powi(2)
        + (a.0 * p).cos() * (b.0 * p).cos() * ((b.1 - a.1) * p / 2.0).sin().powi(2);
    12742.0 * h.sqrt().asin()
}

/// Character span of `needle` in `text` (both normalised).
fn span_of(text: &str, needle: &str) -> Option<(usize, usize)> {
    let b = text.find(needle)?;
    let s = text[..b].chars().count();
    Some((s, s + needle.chars().count()))
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The scorer's date rule: the start is an accepted date, or a short interval (≤ 7 days)
/// contains one.
fn date_ok(e: &Event, gold: &[String]) -> bool {
    let parse = |s: &str| s.get(..10).and_then(|s| s.parse::<jiff::civil::Date>().ok());
    let Some(st) = parse(&e.date.start) else { return false };
    let gd: Vec<_> = gold.iter().filter_map(|g| parse(g)).collect();
    if gd.contains(&st) {
        return true;
    }
    match e.date.end.as_deref().and_then(parse) {
        Some(en) if (en - st).get_days() <= 7 && en >= st => gd.iter().any(|g| st <= *g && *g <= en),
        _ => false,
    }
}

/// Found / correct counts of one phenomenon.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub gold: usize,
    pub found: usize,
    pub date: usize,
    pub place: usize,
    pub actors: usize,
    pub kind: usize,
    pub full: usize,
}

impl Tally {
    fn add(&mut self, found: Option<[bool; 4]>) {
        self.gold += 1;
        if let Some(s) = found {
            self.found += 1;
            self.date += s[0] as usize;
            self.place += s[1] as usize;
            self.actors += s[2] as usize;
            self.kind += s[3] as usize;
            self.full += s.iter().all(|x| *x) as usize;
        }
    }
}

/// Everything the scorer measures.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub core: Tally,
    pub minor: Tally,
    /// Core and minor events by date class.
    pub by_date_class: BTreeMap<String, Tally>,
    /// Core and minor events by the article's genre.
    pub by_genre: BTreeMap<String, Tally>,
    pub predicted_events: usize,
    pub matched_predicted: usize,
    pub negative_hits: usize,
    pub unfaithful_quotes: usize,
    pub mentions: usize,
    pub merge_pairs: usize,
    pub merged_pairs: usize,
    pub overmerged_pairs: usize,
    /// Human-readable lines for every miss, partial match, false positive and over-merge.
    pub details: Vec<String>,
}

impl Report {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_predicted, self.predicted_events)
    }
    pub fn core_recall(&self) -> f64 {
        ratio(self.core.found, self.core.gold)
    }
    pub fn core_fully_correct(&self) -> f64 {
        ratio(self.core.full, self.core.gold)
    }
    pub fn all_fully_correct(&self) -> f64 {
        ratio(self.core.full + self.minor.full, self.core.gold + self.minor.gold)
    }
    /// Share of found (core and minor) events whose date is right.
    pub fn found_date_accuracy(&self) -> f64 {
        ratio(self.core.date + self.minor.date, self.core.found + self.minor.found)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Score `export` against `gold`. `texts` maps article ids to their bodies; `genres` maps
/// them to their genre (for the per-genre table).
pub fn score(
    export: &Export,
    gold: &Gold,
    canon: &Canon,
    texts: &HashMap<String, String>,
    genres: &HashMap<String, String>,
) -> Report {
    let texts: HashMap<&str, String> = texts.iter().map(|(k, v)| (k.as_str(), norm(v))).collect();
    let mut r = Report::default();
    let mentions = located_mentions(export, gold, &texts, &mut r);
    let matched = matched_events(gold, &texts, &mentions);
    let best = best_events(export, gold, canon, &matched);
    for (gi, g) in gold.event.iter().enumerate() {
        if g.tier != "context" {
            tally(&mut r, g, best.get(&gi), export, genres);
        }
    }
    // precision over predicted events with a mention in a gold article
    let pred: BTreeSet<usize> = mentions.iter().map(|m| m.0).collect();
    let hit: BTreeSet<usize> = matched.values().flatten().copied().collect();
    r.predicted_events = pred.len();
    r.matched_predicted = pred.intersection(&hit).count();
    for ei in pred.difference(&hit) {
        let ev = &export.events[*ei];
        let q = ev.mentions.first().map(|m| short(&m.quote)).unwrap_or_default();
        r.details.push(format!(
            "EXTRA {:?} {} in {}: {q}",
            ev.kind,
            ev.date.start,
            ev.mentions.first().map(|m| m.article.as_str()).unwrap_or("")
        ));
    }
    negatives(gold, &texts, &mentions, &mut r);
    merges(gold, &best, export, &mut r);
    r
}

/// A predicted mention found in its article's text: (event index, article, span).
type Located<'a> = (usize, &'a str, (usize, usize));

/// The predicted mentions of gold articles, located in their text; a quote that is not
/// the text's (or too short to tell) counts as unfaithful.
fn located_mentions<'a>(
    export: &'a Export,
    gold: &Gold,
    texts: &HashMap<&str, String>,
    r: &mut Report,
) -> Vec<Located<'a>> {
    let gold_articles: BTreeSet<&str> = gold.event.iter().map(|g| g.article.as_str()).collect();
    let mut mentions = Vec::new();
    for (i, ev) in export.events.iter().enumerate() {
        for m in ev.mentions.iter().filter(|m| gold_articles.contains(m.article.as_str())) {
            r.mentions += 1;
            let q = norm(&m.quote);
            let sp = if q.chars().count() >= 8 {
                texts.get(m.article.as_str()).and_then(|t| span_of(t, &q))
            } else {
                None
            };
            match sp {
                Some(sp) => mentions.push((i, m.article.as_str(), sp)),
                None => {
                    r.unfaithful_quotes += 1;
                    r.details.push(format!("UNFAITHFUL QUOTE {}: {}", m.article, short(&m.quote)));
                }
            }
        }
    }
    mentions
}

/// Gold index -> the predicted events whose mention overlaps one of its anchors.
fn matched_events(
    gold: &Gold,
    texts: &HashMap<&str, String>,
    mentions: &[Located],
) -> BTreeMap<usize, Vec<usize>> {
    let mut matched: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (gi, g) in gold.event.iter().enumerate() {
        let t = texts.get(g.article.as_str()).map(String::as_str).unwrap_or("");
        let gs: Vec<(usize, usize)> = g.anchors.iter().filter_map(|a| span_of(t, &norm(a))).collect();
        for &(ei, art, sp) in mentions {
            if art == g.article && gs.iter().any(|a| overlap(sp, *a) >= 15.min(a.1 - a.0)) {
                matched.entry(gi).or_default().push(ei);
            }
        }
    }
    matched
}

/// The best event per matched gold event (the most checks right, the first on a tie), with
/// its four checks: date, place, actors, type.
fn best_events(
    export: &Export,
    gold: &Gold,
    canon: &Canon,
    matched: &BTreeMap<usize, Vec<usize>>,
) -> BTreeMap<usize, (usize, [bool; 4])> {
    let mut best: BTreeMap<usize, (usize, [bool; 4])> = BTreeMap::new();
    for (&gi, eis) in matched {
        let g = &gold.event[gi];
        for &ei in eis {
            let s = checks(&export.events[ei], g, canon);
            let n = s.iter().filter(|x| **x).count();
            if best.get(&gi).is_none_or(|(_, b)| n > b.iter().filter(|x| **x).count()) {
                best.insert(gi, (ei, s));
            }
        }
    }
    best
}

fn checks(ev: &Event, g: &GoldEvent, canon: &Canon) -> [bool; 4] {
    let d = date_ok(ev, &g.dates);
    let t = g.types.iter().any(|t| {
        serde_json::to_value(ev.kind).ok().and_then(|v| v.as_str().map(|s| s == t)).unwrap_or(false)
    });
    let codes = actor_codes(&ev.actors, canon);
    let a = g.actors.iter().all(|c| codes.contains(c));
    let p = g.places.iter().any(|c| c == "ANY")
        || ev.place.as_ref().is_some_and(|pl| {
            g.places.iter().any(|c| {
                canon
                    .places
                    .get(c)
                    .is_some_and(|v| v.len() >= 3 && km((pl.lat, pl.lon), (v[0], v[1])) <= v[2])
            })
        });
    [d, p, a, t]
}

/// Counts one gold event (core or minor) in its tier, date class and genre, and prints it
/// when it is missed or partly wrong.
fn tally(
    r: &mut Report,
    g: &GoldEvent,
    best: Option<&(usize, [bool; 4])>,
    export: &Export,
    genres: &HashMap<String, String>,
) {
    let found = best.map(|(_, s)| *s);
    if g.tier == "core" { &mut r.core } else { &mut r.minor }.add(found);
    r.by_date_class
        .entry(g.date_class.clone().unwrap_or_else(|| "unlabelled".into()))
        .or_default()
        .add(found);
    r.by_genre
        .entry(genres.get(&g.article).cloned().unwrap_or_else(|| "unlabelled".into()))
        .or_default()
        .add(found);
    match best {
        None => r.details.push(format!(
            "MISSED {} {} {} [{}]: {}",
            g.tier,
            g.article,
            g.world,
            class(g),
            short(&g.anchors[0])
        )),
        Some((ei, s)) if !s.iter().all(|x| *x) => r.details.push(wrong(g, &export.events[*ei], s)),
        _ => {}
    }
}

/// The detail line of a found gold event with some checks wrong.
fn wrong(g: &GoldEvent, ev: &Event, s: &[bool; 4]) -> String {
    let what: Vec<&str> =
        ["date", "place", "actors", "type"].iter().zip(s).filter(|(_, ok)| !**ok).map(|(n, _)| *n).collect();
    format!(
        "WRONG {} {} {} [{}] {}: got {} {}{:?} (against {}) {:?} at {} with {:?}; gold {:?} {:?} {:?} {:?}",
        what.join("+"),
        g.tier,
        g.article,
        class(g),
        g.world,
        ev.date.start,
        ev.date.expression.as_deref().map(|e| format!("«{e}» ")).unwrap_or_default(),
        ev.date.precision,
        ev.date.resolved_against.as_deref().unwrap_or("-"),
        ev.kind,
        ev.place.as_ref().map(|p| p.id.as_str()).unwrap_or("-"),
        ev.actors.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        g.dates,
        g.types,
        g.places,
        g.actors
    )
}

/// Predicted mentions inside comments or boilerplate that the gold marks as such.
fn negatives(gold: &Gold, texts: &HashMap<&str, String>, mentions: &[Located], r: &mut Report) {
    for n in &gold.negative {
        let t = texts.get(n.article.as_str()).map(String::as_str).unwrap_or("");
        let Some(nsp) = span_of(t, &norm(&n.text)) else { continue };
        for &(_, art, sp) in mentions {
            if art == n.article && overlap(sp, nsp) > 0 {
                r.negative_hits += 1;
                r.details.push(format!("NEGATIVE HIT {}: {}", n.article, short(&n.text)));
            }
        }
    }
}

fn merges(gold: &Gold, best: &BTreeMap<usize, (usize, [bool; 4])>, export: &Export, r: &mut Report) {
    let id = |gi: usize| export.events.get(best[&gi].0).map(|e| e.id.as_str()).unwrap_or("?");
    let live: Vec<usize> = best.keys().copied().filter(|gi| gold.event[*gi].tier != "context").collect();
    for (x, &gx) in live.iter().enumerate() {
        for &gy in &live[x + 1..] {
            let (a, b) = (&gold.event[gx], &gold.event[gy]);
            let same_event = best[&gx].0 == best[&gy].0;
            if a.world == b.world {
                if a.article != b.article {
                    r.merge_pairs += 1;
                    r.merged_pairs += same_event as usize;
                    if !same_event {
                        r.details.push(format!(
                            "NOT MERGED {}: {} / {} (events {} / {})",
                            a.world,
                            a.article,
                            b.article,
                            id(gx),
                            id(gy)
                        ));
                    }
                }
            } else if same_event {
                r.overmerged_pairs += 1;
                r.details
                    .push(format!("OVER-MERGED {} + {} ({} / {})", a.world, b.world, a.article, b.article));
            }
        }
    }
}

fn class(g: &GoldEvent) -> &str {
    g.date_class.as_deref().unwrap_or("unlabelled")
}

fn short(s: &str) -> String {
    let t: String = s.chars().take(90).collect();
    t.replace('\n', " ")
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "    -".into()
    } else {
        format!("{:5.1}", 100.0 * a as f64 / b as f64)
    }
}

fn tally_row(out: &mut String, name: &str, t: &Tally) {
    let _ = writeln!(
        out,
        "| {name:<12} | {:>4} | {:>4} {} | {} | {} | {} | {} | {} |",
        t.gold,
        t.found,
        pct(t.found, t.gold),
        pct(t.date, t.found),
        pct(t.kind, t.found),
        pct(t.place, t.found),
        pct(t.actors, t.found),
        pct(t.full, t.gold)
    );
}

impl Report {
    /// The per-phenomenon report as Markdown tables (percentages: found of gold; date, type,
    /// place and actors of found; fully correct of gold).
    pub fn markdown(&self, title: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "### {title}\n");
        let head = "| phenomenon   | gold | found    % | date % | type % | place % | actors % | fully correct % |\n|---|---:|---:|---:|---:|---:|---:|---:|";
        let _ = writeln!(out, "{head}");
        tally_row(&mut out, "core", &self.core);
        tally_row(&mut out, "minor", &self.minor);
        let mut all = self.core;
        for (a, b) in [
            (&mut all.gold, self.minor.gold),
            (&mut all.found, self.minor.found),
            (&mut all.date, self.minor.date),
        ] {
            *a += b;
        }
        all.kind += self.minor.kind;
        all.place += self.minor.place;
        all.actors += self.minor.actors;
        all.full += self.minor.full;
        tally_row(&mut out, "all", &all);
        let _ = writeln!(out, "\nBy date class (core + minor):\n\n{head}");
        for (k, t) in &self.by_date_class {
            tally_row(&mut out, k, t);
        }
        let _ = writeln!(out, "\nBy genre (core + minor):\n\n{head}");
        for (k, t) in &self.by_genre {
            tally_row(&mut out, k, t);
        }
        let _ = writeln!(
            out,
            "\nfound events with a correct date: {:.1}% · precision {:.3} ({} of {} predicted events match gold) · cross-source merges {}/{} · over-merges {} · negatives hit {} · unfaithful quotes {}/{}",
            100.0 * self.found_date_accuracy(),
            self.precision(),
            self.matched_predicted,
            self.predicted_events,
            self.merged_pairs,
            self.merge_pairs,
            self.overmerged_pairs,
            self.negative_hits,
            self.unfaithful_quotes,
            self.mentions
        );
        let _ = writeln!(
            out,
            "SCORE core_found={:.3} core_fully_correct={:.3} all_fully_correct={:.3} precision={:.3} found_date_accuracy={:.3}",
            self.core_recall(),
            self.core_fully_correct(),
            self.all_fully_correct(),
            self.precision(),
            self.found_date_accuracy()
        );
        out
    }
}

/// Where an evaluation set lives (see `crates/corpus/tests/eval/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Dev,
    Test,
    All,
}

/// Score the evaluation set in `dir` on `split`: its articles (or `base/articles` when it
/// has none), its gold (`gold.toml` or `gold/*.toml`), its canon (`canon/*.toml`), the
/// gazetteer and actors of `base` plus `dir/story-extra/` when present. Returns the report
/// or an error naming the file.
pub fn evaluate(dir: &Path, base: &Path, split: Split) -> Result<(Report, crate::Processed), String> {
    let mut gold = Gold::parse_all(&gold_files(dir)?)?;
    let canon = Canon::parse_all(&tomls(&dir.join("canon"))?)?;
    canon.unify(&mut gold);
    let staged = Staged::new(dir, base, split)?;
    let p = crate::process(&staged.dir);
    gold.restrict(&staged.kept);
    let texts: HashMap<String, String> = p.articles.iter().map(|a| (a.id.clone(), a.body.clone())).collect();
    let genres: HashMap<String, String> =
        p.articles.iter().filter_map(|a| a.genre.clone().map(|g| (a.id.clone(), g))).collect();
    let r = score(&p.export, &gold, &canon, &texts, &genres);
    Ok((r, p))
}

/// `chronocarte eval --explain EVENT`: [`crate::explain`] on the evaluation set's corpus
/// (its articles, the base gazetteer and actors with `story-extra/`). The explanation, or
/// an error (an unknown id among them, as for `check --explain`).
pub fn explain(dir: &Path, base: &Path, split: Split, id: &str) -> Result<String, String> {
    let staged = Staged::new(dir, base, split)?;
    // The staged folder is temporary: name the set and its split instead.
    crate::explain(&staged.dir, id).map_err(|_| {
        format!(
            "no event `{id}` in the {split:?} split of {}: take an id from its `--details` lines",
            dir.display()
        )
    })
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// The `(path, text)` of `d` if it is a file, or of every `*.toml` in it (sorted) if it is
/// a folder; none if it does not exist.
fn tomls(d: &Path) -> Result<Vec<(String, String)>, String> {
    let mut v = Vec::new();
    if d.is_file() {
        v.push((d.display().to_string(), read(d)?));
    } else if d.is_dir() {
        for p in sorted_entries(d)?.into_iter().filter(|p| p.extension().is_some_and(|x| x == "toml")) {
            v.push((p.display().to_string(), read(&p)?));
        }
    }
    Ok(v)
}

fn sorted_entries(d: &Path) -> Result<Vec<PathBuf>, String> {
    let mut ps: Vec<PathBuf> = std::fs::read_dir(d)
        .map_err(|e| format!("{}: {e}", d.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    ps.sort();
    Ok(ps)
}

/// `gold.toml`, then `gold/*.toml`.
fn gold_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = tomls(&dir.join("gold.toml"))?;
    files.extend(tomls(&dir.join("gold"))?);
    Ok(files)
}

/// The test split's article ids (`split.toml`); none without the file.
fn test_ids(dir: &Path) -> Result<BTreeSet<String>, String> {
    #[derive(Deserialize)]
    struct SplitFile {
        test: Vec<String>,
    }
    let path = dir.join("split.toml");
    let Ok(text) = std::fs::read_to_string(&path) else { return Ok(BTreeSet::new()) };
    let s: SplitFile = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(s.test.into_iter().collect())
}

/// A story folder in the temporary directory with the split's articles and the base
/// gazetteer and actors followed by the set's `story-extra/`; removed when dropped.
struct Staged {
    dir: PathBuf,
    /// The ids of the articles copied.
    kept: BTreeSet<String>,
}

impl Staged {
    fn new(dir: &Path, base: &Path, split: Split) -> Result<Staged, String> {
        let tmp = std::env::temp_dir().join(format!(
            "chronocarte-eval-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&tmp);
        std::fs::create_dir_all(tmp.join("articles")).map_err(|e| format!("{}: {e}", tmp.display()))?;
        let mut staged = Staged { dir: tmp, kept: BTreeSet::new() };
        staged.copy_articles(dir, base, split)?;
        staged.write_lexicons(dir, base)?;
        Ok(staged)
    }

    /// The set's own `articles/` (or the base story's), those of `split` only.
    fn copy_articles(&mut self, dir: &Path, base: &Path, split: Split) -> Result<(), String> {
        let test = test_ids(dir)?;
        let from = if dir.join("articles").is_dir() { dir.join("articles") } else { base.join("articles") };
        for p in sorted_entries(&from)? {
            let Some(id) = p.file_stem().map(|s| s.to_string_lossy().into_owned()) else { continue };
            let keep = match split {
                Split::All => true,
                Split::Test => test.contains(&id),
                Split::Dev => !test.contains(&id),
            };
            if keep && p.extension().is_some_and(|x| x == "md") {
                std::fs::copy(&p, self.dir.join("articles").join(p.file_name().unwrap()))
                    .map_err(|e| format!("{}: {e}", p.display()))?;
                self.kept.insert(id);
            }
        }
        Ok(())
    }

    fn write_lexicons(&self, dir: &Path, base: &Path) -> Result<(), String> {
        for f in ["places.toml", "actors.toml"] {
            let mut text = read(&base.join(f))?;
            let extra = dir.join("story-extra").join(f);
            if extra.exists() {
                text.push('\n');
                text.push_str(&read(&extra)?);
            }
            std::fs::write(self.dir.join(f), text).map_err(|e| format!("{}: {e}", self.dir.display()))?;
        }
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(world: &str) -> GoldEvent {
        GoldEvent {
            article: "a".into(),
            world: world.into(),
            anchors: vec![],
            dates: vec![],
            end: None,
            types: vec![],
            actors: vec![],
            places: vec![],
            tier: "core".into(),
            date_class: None,
        }
    }

    #[test]
    fn aliases_of_one_world_event_are_read_as_one_id() {
        let files = [("same.toml".to_string(), "[same]\n\"wb-truce\" = \"wa-truce\"\n".to_string())];
        let canon = Canon::parse_all(&files).unwrap();
        let mut gold =
            Gold { event: vec![event("wb-truce"), event("wa-truce"), event("wb-siege")], negative: vec![] };
        canon.unify(&mut gold);
        let ids: Vec<&str> = gold.event.iter().map(|e| e.world.as_str()).collect();
        assert_eq!(ids, ["wa-truce", "wa-truce", "wb-siege"]);
        // an alias of an alias is refused: the table names final ids only
        let chain = [("same.toml".to_string(), "[same]\nc = \"b\"\nb = \"a\"\n".to_string())];
        let e = Canon::parse_all(&chain).unwrap_err();
        assert!(e.contains("itself an alias"), "{e}");
    }
}
