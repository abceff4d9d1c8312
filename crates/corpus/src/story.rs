//! `story.toml`: what a story folder says about itself, so that the widget's code holds
//! nothing that belongs to one story.
//!
//! A story folder is `story.toml`, `articles/`, `places.toml`, `actors.toml`, an optional
//! `overrides.toml`, and any GeoJSON file its `[[map.outline]]` tables name. `story.toml`
//! declares the title, standfirst and credit (French and English), the episodes (named date
//! ranges for the timeline's presets; derived from gaps in the events when none are
//! declared), the map's region and focus countries, its close-up views and outlines, and the
//! languages in which place names are shown. Every unknown key and bad value is an error
//! that names the file, the line and the fix (`chronocarte new` writes a commented
//! template).
use crate::diagnostics::{line_of, Diagnostic};
use chronocarte_model::date::parse_ymd;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A text in French and English.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub fr: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Episode {
    pub label: Localized,
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, inclusive.
    pub to: String,
}

/// A rectangle in degrees: `[west, south, east, north]`.
pub(crate) type BBox = [f64; 4];

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// URL-safe id, used by the `view=` fragment key.
    pub id: String,
    pub label: Localized,
    pub bbox: BBox,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OutlineStyle {
    /// A labelled area (a former province, a disputed zone).
    #[default]
    Area,
    /// A line (a front line, a ceasefire line).
    Line,
    Lake,
    Sea,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outline {
    /// A GeoJSON file in the story folder.
    pub file: String,
    /// The feature whose `properties.id` is this; every feature of the file when absent.
    #[serde(default)]
    pub feature: Option<String>,
    #[serde(default)]
    pub style: OutlineStyle,
    /// The legend's text (and the map's, without `map_label`).
    pub label: Localized,
    /// A shorter label for the map itself ("Haut-Karabakh").
    #[serde(default)]
    pub map_label: Option<Localized>,
    /// The legend's second sentence (may be empty).
    #[serde(default)]
    pub note: Localized,
    /// Where the label goes, `[lon, lat]`; unlabelled on the map when absent.
    #[serde(default)]
    pub label_at: Option<[f64; 2]>,
    /// Listed in the map's legend (the default for areas and lines).
    #[serde(default = "yes")]
    pub legend: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapSpec {
    /// The regional frame. Either this or `countries`.
    #[serde(default)]
    pub bbox: Option<BBox>,
    /// ISO 3166 alpha-3 codes whose outlines, with a margin, make the frame.
    #[serde(default)]
    pub countries: Vec<String>,
    /// ISO 3166 alpha-3 codes of the countries the story is about (drawn stronger).
    #[serde(default)]
    pub focus: Vec<String>,
    #[serde(default)]
    pub view: Vec<View>,
    #[serde(default)]
    pub outline: Vec<Outline>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub title: Localized,
    #[serde(default)]
    pub standfirst: Localized,
    #[serde(default)]
    pub credit: Localized,
    /// Language tags of the place names a reader is shown, in order.
    #[serde(default = "default_languages")]
    pub place_names: Vec<String>,
    #[serde(default)]
    pub episode: Vec<Episode>,
    pub map: MapSpec,
    #[serde(default)]
    pub archive: ArchiveSpec,
    /// The folder (set by [`Story::load`], not read from the file).
    #[serde(skip)]
    pub dir: PathBuf,
}

/// `[archive]`: when a story is baked in period shards that the widget loads on demand.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveSpec {
    /// Above this many events, the events of earlier periods go into shard files next to the
    /// wasm, and the bundle keeps the latest period's (README, "A large archive").
    #[serde(default = "default_shard_above")]
    pub shard_above: usize,
}

impl Default for ArchiveSpec {
    fn default() -> Self {
        ArchiveSpec { shard_above: default_shard_above() }
    }
}

/// 2,000 events: about 600 KB of baked data, 150 KB after brotli (measured on the synthetic
/// stories, BENCHMARKS.md), the size of the widget's own code.
fn default_shard_above() -> usize {
    2000
}

fn default_languages() -> Vec<String> {
    vec!["fr".into(), "en".into()]
}

const FIX: &str = "see the comments `chronocarte new` writes in story.toml";

/// `[west, south, east, north]` in degrees, within the Mercator range.
fn bbox_ok(b: &BBox) -> bool {
    b[0] < b[2] && b[1] < b[3] && b[1] >= -85.0 && b[3] <= 85.0 && b[0] >= -180.0 && b[2] <= 180.0
}

impl MapSpec {
    /// A region (a box or countries), a valid box, and alpha-3 codes.
    fn check_region(&self, err: &mut impl FnMut(&str, String, &str)) {
        match (&self.bbox, self.countries.is_empty()) {
            (None, true) => err(
                "[map]",
                "the map has no region".into(),
                "give [map] a `bbox = [west, south, east, north]` or `countries = [\"SDN\"]`",
            ),
            (Some(b), _) if !bbox_ok(b) => err(
                "bbox",
                format!("the map's bbox {b:?} is not [west, south, east, north] in degrees"),
                "write the box as [west, south, east, north], west < east and south < north",
            ),
            _ => {}
        }
        for code in self.countries.iter().chain(&self.focus) {
            if code.len() != 3 || !code.bytes().all(|c| c.is_ascii_uppercase()) {
                err(
                    code,
                    format!("{code:?} is not an ISO 3166 alpha-3 code"),
                    "write countries as three capitals: \"ARM\", \"SDN\"",
                );
            }
        }
    }

    /// Close-up views: unique slugs (not "region", the whole map's) and valid boxes.
    fn check_views(&self, err: &mut impl FnMut(&str, String, &str)) {
        let mut ids = vec!["region"];
        for v in &self.view {
            let slug_ok = !v.id.is_empty()
                && v.id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
            if !slug_ok || ids.contains(&v.id.as_str()) {
                err(
                    &v.id,
                    format!(
                        "view id {:?} must be unique, in lower case, digits and '-' (and not \"region\")",
                        v.id
                    ),
                    "rename the view",
                );
            }
            ids.push(&v.id);
            if !bbox_ok(&v.bbox) {
                err(
                    &v.id,
                    format!("view {:?}: bbox is not [west, south, east, north]", v.id),
                    "write the box as [west, south, east, north]",
                );
            }
        }
    }

    /// Outline files: GeoJSON inside the story folder.
    fn check_outlines(&self, err: &mut impl FnMut(&str, String, &str)) {
        for o in &self.outline {
            if !o.file.ends_with(".geojson") && !o.file.ends_with(".json") || o.file.contains("..") {
                err(
                    &o.file,
                    format!("outline file {:?} must be a .geojson file in the story folder", o.file),
                    "put the GeoJSON file beside story.toml and name it here",
                );
            }
        }
    }
}

impl Story {
    /// Reads `dir/story.toml`; `None` (with the reasons in `diags`) when it is missing or wrong.
    pub fn load(dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<Story> {
        let path = dir.join("story.toml");
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                let fix = format!("run `chronocarte new {}` to write one, or copy one", dir.display());
                diags.push(Diagnostic::error(&path, 0, format!("cannot read the story file: {e}"), fix));
                return None;
            }
        };
        let mut story = Self::parse(&path, &text, diags)?;
        story.dir = dir.to_owned();
        Some(story)
    }

    pub fn parse(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Option<Story> {
        let story: Story = match toml::from_str(text) {
            Ok(s) => s,
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
                diags.push(Diagnostic::error(path, line, e.message().trim().to_owned(), FIX));
                return None;
            }
        };
        let before = diags.len();
        story.check(path, text, diags);
        (diags.len() == before).then_some(story)
    }

    /// The checks serde cannot make: dates, boxes, ids, codes. Each error names the line of
    /// the value it is about (found by its text) and the fix.
    fn check(&self, path: &Path, text: &str, diags: &mut Vec<Diagnostic>) {
        let line = |needle: &str| text.find(needle).map(|i| line_of(text, i)).unwrap_or(0);
        let mut err = |needle: &str, msg: String, fix: &str| {
            diags.push(Diagnostic::error(path, line(needle), msg, fix));
        };
        if self.title.fr.trim().is_empty() || self.title.en.trim().is_empty() {
            err("title", "the title is empty".into(), "give `title` a French and an English text");
        }
        self.check_episodes(&mut err);
        self.map.check_region(&mut err);
        self.map.check_views(&mut err);
        self.map.check_outlines(&mut err);
        self.check_place_names(&mut err);
    }

    fn check_episodes(&self, err: &mut impl FnMut(&str, String, &str)) {
        for e in &self.episode {
            match (parse_ymd(&e.from), parse_ymd(&e.to)) {
                (Some(f), Some(t)) if f <= t => {}
                (Some(_), Some(_)) => err(
                    &e.from,
                    format!("episode {:?} ends before it starts", e.label.fr),
                    "swap `from` and `to`",
                ),
                _ => err(
                    &e.from,
                    format!("episode {:?}: dates must be YYYY-MM-DD", e.label.fr),
                    "write `from = \"2023-09-19\"`",
                ),
            }
        }
    }

    fn check_place_names(&self, err: &mut impl FnMut(&str, String, &str)) {
        for tag in &self.place_names {
            let ok = !tag.is_empty()
                && tag.split('-').all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric()));
            if !ok {
                err(
                    tag,
                    format!("{tag:?} is not a language tag"),
                    "write tags as in places.toml's `names`: \"fr\", \"az\", \"hy-Latn\"",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Story>, Vec<Diagnostic>) {
        let mut d = vec![];
        (Story::parse(Path::new("story.toml"), text, &mut d), d)
    }

    const MIN: &str = "title = { fr = \"Titre\", en = \"Title\" }\n[map]\nbbox = [21.0, 8.0, 39.0, 23.0]\n";

    #[test]
    fn minimal_story() {
        let (s, d) = parse(MIN);
        assert!(d.is_empty(), "{d:?}");
        let s = s.unwrap();
        assert_eq!(s.place_names, ["fr", "en"]);
        assert!(s.episode.is_empty() && s.map.view.is_empty());
    }

    #[test]
    fn unknown_key_names_the_line() {
        let (s, d) = parse(&format!("{MIN}zoom = 3\n"));
        assert!(s.is_none());
        assert_eq!(d[0].line, 4, "{d:?}");
        assert!(d[0].message.contains("zoom"), "{d:?}");
    }

    #[test]
    fn bad_values_are_errors_with_their_line() {
        let text = "title = { fr = \"T\", en = \"T\" }\n[[episode]]\nlabel = { fr = \"a\", en = \"a\" }\nfrom = \"2023-09-30\"\nto = \"2023-09-01\"\n[map]\nbbox = [50.0, 8.0, 39.0, 23.0]\nfocus = [\"sdn\"]\n";
        let (s, d) = parse(text);
        assert!(s.is_none());
        let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
        assert_eq!(lines, [4, 7, 8], "{d:?}");
    }

    #[test]
    fn views_outlines_and_language_tags_are_checked() {
        let head = "title = { fr = \"T\", en = \"T\" }\n";
        let map = "[map]\ncountries = [\"SDN\"]\n";
        let view = |id: &str, bbox: &str| {
            format!("[[map.view]]\nid = \"{id}\"\nlabel = {{ fr = \"V\", en = \"V\" }}\nbbox = {bbox}\n")
        };
        let ok_box = "[30.0, 10.0, 35.0, 15.0]";
        // (what follows [map], the message's words; an empty word list: no error)
        let cases = [
            (view("darfour", ok_box), ""),
            (view("region", ok_box), "must be unique"),
            (view("Darfour", ok_box), "must be unique"),
            (view("a", ok_box) + &view("a", ok_box), "must be unique"),
            (view("nord", "[35.0, 10.0, 30.0, 15.0]"), "bbox is not"),
            (
                "[[map.outline]]\nfile = \"zone.geojson\"\nlabel = { fr = \"Z\", en = \"Z\" }\n".to_string(),
                "",
            ),
            (
                "[[map.outline]]\nfile = \"../zone.geojson\"\nlabel = { fr = \"Z\", en = \"Z\" }\n"
                    .to_string(),
                "must be a .geojson",
            ),
            (
                "[[map.outline]]\nfile = \"zone.shp\"\nlabel = { fr = \"Z\", en = \"Z\" }\n".to_string(),
                "must be a .geojson",
            ),
        ];
        for (rest, words) in cases {
            let (s, d) = parse(&format!("{head}{map}{rest}"));
            match words {
                "" => assert!(s.is_some() && d.is_empty(), "{rest}: {d:?}"),
                w => assert!(s.is_none() && d.iter().any(|d| d.message.contains(w)), "{rest}: {d:?}"),
            }
        }
        for (tags, ok) in
            [("[\"fr\", \"hy-Latn\"]", true), ("[\"fr\", \"hy_Latn\"]", false), ("[\"\"]", false)]
        {
            let (s, d) = parse(&format!("{head}place_names = {tags}\n{map}"));
            assert_eq!(s.is_some(), ok, "{tags}: {d:?}");
            assert!(ok || d[0].message.contains("language tag"), "{tags}: {d:?}");
        }
    }

    #[test]
    fn no_region_is_an_error() {
        let (s, d) = parse("title = { fr = \"T\", en = \"T\" }\n[map]\nfocus = [\"SDN\"]\n");
        assert!(s.is_none());
        assert!(d[0].fix.as_deref().unwrap_or("").contains("bbox"), "{d:?}");
    }
}
