//! `chronocarte new DIR`: a story folder with commented templates (`templates/`), ready for
//! its first article. The templates are the documentation of each file's keys.
use std::path::Path;

const TEMPLATES: [(&str, &str); 4] = [
    ("story.toml", include_str!("../templates/story.toml")),
    ("places.toml", include_str!("../templates/places.toml")),
    ("actors.toml", include_str!("../templates/actors.toml")),
    ("README.md", include_str!("../templates/README.md")),
];

/// Writes the folder. `countries` are ISO 3166 alpha-3 codes (the map's region and focus).
/// Never overwrites: an existing story file is an error naming it.
pub fn new_story(dir: &Path, title: &str, countries: &[String]) -> Result<Vec<String>, String> {
    if let Some(bad) = countries.iter().find(|c| c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase())) {
        return Err(format!(
            "{bad:?} is not an ISO 3166 alpha-3 code; write countries as three capitals: --countries SDN,TCD"
        ));
    }
    if countries.is_empty() {
        return Err(
            "no country: give the map's region with --countries (ISO 3166 alpha-3 codes, e.g. SDN,TCD)"
                .into(),
        );
    }
    for (name, _) in TEMPLATES {
        if dir.join(name).exists() {
            return Err(format!("{}: already exists; choose an empty folder", dir.join(name).display()));
        }
    }
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    std::fs::create_dir_all(dir.join("articles")).map_err(io)?;
    let quoted: Vec<String> = countries.iter().map(|c| format!("{c:?}")).collect();
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    let mut written = vec![];
    for (name, text) in TEMPLATES {
        let text = text.replace("{title}", &title).replace("{countries}", &quoted.join(", "));
        std::fs::write(dir.join(name), text).map_err(io)?;
        written.push(dir.join(name).display().to_string());
    }
    written.push(dir.join("articles").display().to_string() + "/");
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Story;

    #[test]
    fn a_new_story_loads_and_refuses_to_be_overwritten() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("soudan");
        let files =
            new_story(&dir, "Soudan : la \"guerre\" des généraux", &["SDN".into(), "TCD".into()]).unwrap();
        assert_eq!(files.len(), 5);
        let mut d = vec![];
        let s = Story::load(&dir, &mut d).unwrap_or_else(|| panic!("{d:?}"));
        assert_eq!(s.title.fr, "Soudan : la \"guerre\" des généraux");
        assert_eq!(s.map.countries, ["SDN", "TCD"]);
        let p = crate::process(&dir);
        assert!(p.diagnostics.iter().all(|d| !d.is_error()), "{:?}", p.diagnostics);
        assert!(new_story(&dir, "x", &["SDN".into()]).unwrap_err().contains("already exists"));
        assert!(new_story(&tmp.path().join("b"), "x", &["sdn".into()]).unwrap_err().contains("alpha-3"));
    }
}
