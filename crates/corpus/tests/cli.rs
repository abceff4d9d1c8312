//! The CLI on a temporary corpus with one bad file of each kind: every problem is
//! reported with its file and line, the good article is still exported, exit is non-zero.
use std::process::Command;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join("articles").join(name), bytes).unwrap();
}

const GOOD: &str = "+++\ntitle = \"Bon\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\nMardi, l'armée azerbaïdjanaise a bombardé Latchine, selon le ministère arménien.\n";

/// A temporary story folder with the seed story's places and actors and no article.
fn story_with_seed_lexicons() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("articles")).unwrap();
    let root = chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan");
    std::fs::copy(root.join("places.toml"), d.join("places.toml")).unwrap();
    std::fs::copy(root.join("actors.toml"), d.join("actors.toml")).unwrap();
    tmp
}

#[test]
fn bad_inputs_are_all_reported() {
    let tmp = story_with_seed_lexicons();
    let d = tmp.path();
    write(d, "good.md", GOOD.as_bytes());
    write(d, "malformed.md", b"+++\ntitle = \"x\noutlet = \"\"\n+++\nCorps.\n");
    write(
        d,
        "missing.md",
        b"+++\ntitle = \"x\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\nCorps du texte.\n",
    );
    write(d, "baddate.md", b"+++\ntitle = \"x\"\noutlet = \"\"\npublished = \"07/03/2024\"\nlanguage = \"fr\"\n+++\nCorps du texte.\n");
    write(d, "latin1.md", b"+++\ntitle = \"x\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\nL'arm\xe9e a tir\xe9.\n");
    write(
        d,
        "empty.md",
        b"+++\ntitle = \"x\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n\n",
    );
    write(d, "english.md", b"+++\ntitle = \"x\"\noutlet = \"\"\npublished = \"2024-03-07\"\nlanguage = \"en\"\n+++\nThe army shelled the town.\n");
    write(d, "GOOD.md", GOOD.as_bytes()); // duplicate id (case-insensitive)
    let out = Command::new(env!("CARGO_BIN_EXE_chronocarte")).arg("export").arg(d).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "malformed.md:2: error: malformed front matter",
        "missing.md:1: error: missing field `outlet`",
        "baddate.md:4: error: bad date",
        "latin1.md:7: error: text is not valid UTF-8",
        "empty.md:7: error: empty body",
        "english.md:5: error: unknown language `en`",
        "duplicate article id",
        "(fix: ",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arts = json["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 1, "only the good article is exported");
    let ev = json["events"].as_array().unwrap();
    assert!(ev.iter().any(|e| e["type"] == "fighting" && e["place"]["id"] == "lachin"), "{ev:?}");
}

#[test]
fn check_prints_a_review_table() {
    let root = chronocarte_corpus::manifest_dir().join("../../stories/armenia-azerbaijan");
    let out = Command::new(env!("CARGO_BIN_EXE_chronocarte")).arg("check").arg(&root).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{s}");
    assert!(s.contains("mardi → 2023-09-19") || s.contains("Mardi → 2023-09-19"), "{s}");
    assert!(s.contains("skipped as boilerplate (reader comments)"));
}

/// Two invented reports of one shelling, one of another day: `check --explain` says why
/// the first two are one event, criterion by criterion, and why the third stayed apart.
#[test]
fn check_explains_a_merge() {
    let tmp = story_with_seed_lexicons();
    let d = tmp.path();
    let article = |name: &str, outlet: &str, body: &str| {
        let text = format!(
            "+++\ntitle = \"{name}\"\noutlet = \"{outlet}\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
        );
        write(d, &format!("{name}.md"), text.as_bytes());
    };
    article("un", "A", "Mardi, l'armée azerbaïdjanaise a bombardé Latchine, selon le ministère arménien.");
    article("deux", "B", "Latchine a été pilonnée mardi par l'artillerie azerbaïdjanaise.");
    article("trois", "C", "Lundi, l'armée azerbaïdjanaise a bombardé Latchine.");
    let bin = env!("CARGO_BIN_EXE_chronocarte");
    let table = Command::new(bin).arg("check").arg(d).output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    let id = table
        .lines()
        .find_map(|l| {
            l.strip_prefix("fighting-2024-03-05-").map(|rest| rest.split_whitespace().next().unwrap())
        })
        .map(|h| format!("fighting-2024-03-05-{h}"))
        .unwrap_or_else(|| panic!("no fighting event on Tuesday:\n{table}"));
    let out = Command::new(bin).arg("check").arg(d).arg("--explain").arg(&id).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "(2 reports)",
        "✓ kind: fighting/shelling and fighting/shelling",
        "✓ date: 2024-03-05",
        "✓ place: lachin and lachin",
        "kept apart",
        "date differs: 2024-03-05",
    ] {
        assert!(text.contains(needle), "missing `{needle}` in:\n{text}");
    }
    let out =
        Command::new(bin).arg("check").arg(d).arg("--explain").arg("fighting-1999-01-01-0").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no event `fighting-1999-01-01-0`"));
}

/// `eval --explain` on the seeds' evaluation set: an id of a `--details` line is explained;
/// an unknown id is an error that names the set, not the temporary folder it is staged in.
#[test]
fn eval_explains_an_event_of_the_set() {
    let bin = env!("CARGO_BIN_EXE_chronocarte");
    let root = chronocarte_corpus::manifest_dir().join("../..");
    let eval = |args: &[&str]| {
        Command::new(bin)
            .current_dir(&root)
            .args(["eval", "crates/corpus/tests/eval/seeds"])
            .args(args)
            .output()
            .unwrap()
    };
    let details = String::from_utf8_lossy(&eval(&["--details"]).stdout).into_owned();
    // "NOT MERGED world-id: article / article (events ID / ID)"
    let id = details
        .lines()
        .find_map(|l| l.split("(events ").nth(1)?.split(' ').next())
        .unwrap_or_else(|| panic!("no event id in the details:\n{details}"));
    let out = eval(&["--explain", id]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("report"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = eval(&["--explain", "fighting-1999-01-01-0"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no event `fighting-1999-01-01-0`") && err.contains("tests/eval/seeds"), "{err}");
    assert!(!err.contains("chronocarte-eval-"), "{err}");
}
