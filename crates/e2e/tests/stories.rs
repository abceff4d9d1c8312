//! Two stories from the same code: the default (Armenia–Azerbaijan, `dist/`) and the
//! second story (Sudan 2023, `target/dist-sudan/`, built by `./dev test` with
//! `CHRONOCARTE_STORY=stories/sudan-2023`). Each build shows its own title, episodes,
//! map views, focus countries and events, no trace of the other story, passes axe-core at
//! 375 and 1280 px, round-trips a filtered link, and is photographed at both widths.
use chronocarte_corpus::story::Story;
use chronocarte_e2e::{dist, second_story_dist, workspace_root, Browser, Server, Session};
use serde_json::Value;
use std::path::PathBuf;

struct Case {
    name: &'static str,
    dist: PathBuf,
    story: Story,
    /// Place names of this story's gazetteer that the other story's does not have.
    places: Vec<String>,
}

fn story(dir: &str) -> Story {
    Story::load(&workspace_root().join("stories").join(dir), &mut vec![]).expect("story.toml loads")
}

fn place_names(dir: &str) -> Vec<String> {
    let g = chronocarte_corpus::gazetteer::Gazetteer::load(
        &workspace_root().join("stories").join(dir).join("places.toml"),
        &mut vec![],
    );
    g.places.iter().map(|p| p.name_fr.clone()).collect()
}

fn cases() -> [Case; 2] {
    let (a, b) = (place_names("armenia-azerbaijan"), place_names("sudan-2023"));
    let only = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter().filter(|n| n.chars().count() >= 6 && !y.contains(n)).cloned().collect()
    };
    [
        Case {
            name: "armenia-azerbaijan",
            dist: dist(),
            story: story("armenia-azerbaijan"),
            places: only(&a, &b),
        },
        Case {
            name: "sudan-2023",
            dist: second_story_dist(),
            story: story("sudan-2023"),
            places: only(&b, &a),
        },
    ]
}

const PAGE_JS: &str = r#"
const root = document.querySelector('.cc-root');
return {
  title: root.querySelector('.cc-title').textContent,
  page_title: document.title,
  presets: [...root.querySelectorAll('.cc-preset')].map(b => b.textContent.trim()),
  views: [...root.querySelectorAll('.cc-seg-btn')].map(b => b.textContent.trim()),
  focus: root.querySelectorAll('.cc-country-focus').length,
  markers: [...root.querySelectorAll('.cc-marker')].map(m => m.dataset.place),
  events: root.querySelectorAll('.cc-event').length,
  count: root.querySelector('.cc-count').textContent,
  text: root.innerText,
};
"#;

async fn page(s: &Session) -> Value {
    s.js(PAGE_JS).await
}

#[tokio::test]
async fn each_story_shows_itself_and_nothing_of_the_other() {
    let cases = cases();
    let browser = Browser::start();
    for (i, c) in cases.iter().enumerate() {
        let other = &cases[1 - i];
        let server = Server::dist(c.dist.clone());
        let s = browser.session(1280, 900).await;
        s.load(&server.url("/")).await;
        let v = page(&s).await;
        assert_eq!(v["title"].as_str(), Some(c.story.title.fr.as_str()), "{}", c.name);
        assert_eq!(v["page_title"].as_str(), Some(c.story.title.fr.as_str()), "{}: the page's title", c.name);
        let presets: Vec<&str> = v["presets"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        for e in &c.story.episode {
            assert!(
                presets.contains(&e.label.fr.as_str()),
                "{}: preset {:?} in {presets:?}",
                c.name,
                e.label.fr
            );
        }
        let views: Vec<&str> = v["views"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let expected: Vec<&str> = c.story.map.view.iter().map(|v| v.label.fr.as_str()).collect();
        assert_eq!(&views[1..], &expected[..], "{}: map views", c.name);
        assert!(v["focus"].as_u64().unwrap() >= 1, "{}: a focus country is drawn", c.name);
        assert!(v["events"].as_u64().unwrap() >= 10, "{}: events listed: {}", c.name, v["events"]);
        assert!(!v["markers"].as_array().unwrap().is_empty(), "{}: markers on the map", c.name);
        let text = v["text"].as_str().unwrap();
        assert!(!text.contains(&other.story.title.fr), "{}: the other story's title shows", c.name);
        let leaked: Vec<&String> = other.places.iter().filter(|p| text.contains(p.as_str())).collect();
        assert!(leaked.is_empty(), "{}: the other story's places show: {leaked:?}", c.name);
        // An actor filter narrows the list and goes into the link.
        let shown = |t: &str| t.split_whitespace().next().and_then(|n| n.parse::<u32>().ok()).unwrap_or(0);
        let total = shown(v["count"].as_str().unwrap());
        s.js("document.querySelector('.cc-filters [data-actor]').click(); return true;").await;
        tokio::time::sleep(std::time::Duration::from_millis(60)).await;
        let f = s.js("return [location.hash, document.querySelector('.cc-count').textContent];").await;
        assert!(f[0].as_str().unwrap().contains("actor="), "{}: {f}", c.name);
        let n = shown(f[1].as_str().unwrap());
        assert!(n > 0 && n < total, "{}: the actor filter narrows {total} events to {n}", c.name);
        s.js("document.querySelector('.cc-btn-clear').click(); return true;").await;
        // A preset, as a link: reloading it gives the same list.
        s.js("document.querySelectorAll('.cc-preset')[1].click(); return true;").await;
        tokio::time::sleep(std::time::Duration::from_millis(60)).await;
        let (hash, count) = {
            let v = s.js("return [location.hash, document.querySelector('.cc-count').textContent];").await;
            (v[0].as_str().unwrap().to_owned(), v[1].as_str().unwrap().to_owned())
        };
        assert!(hash.contains("from=") && hash.contains("to="), "{}: {hash}", c.name);
        s.goto("about:blank").await.unwrap();
        s.load(&server.url(&format!("/{hash}"))).await;
        let again = s.js("return document.querySelector('.cc-count').textContent;").await;
        assert_eq!(again.as_str(), Some(count.as_str()), "{}: the link restores the list", c.name);
        let errors = s.errors().await;
        assert!(errors.iter().all(|e| e.contains("favicon")), "{}: {errors:#?}", c.name);
        s.close().await;
    }
}

#[tokio::test]
async fn each_story_passes_axe_and_is_photographed() {
    let browser = Browser::start();
    for c in cases() {
        let server = Server::dist(c.dist.clone());
        for (w, h) in [(1280u32, 900u32), (375, 812)] {
            let s = browser.session(w, h).await;
            s.load(&server.url("/")).await;
            let bad = s.axe_violations().await;
            assert!(bad.is_empty(), "{} at {w}px: {bad:#?}", c.name);
            println!("{}", s.screenshot(&format!("story-{}-{w}.png", c.name)).await.display());
            s.js("document.querySelector('.cc-main').scrollIntoView(); return true;").await;
            println!("{}", s.screenshot(&format!("story-{}-{w}-map.png", c.name)).await.display());
            // The last close-up, when the story has one.
            if let Some(v) = c.story.map.view.last() {
                s.goto("about:blank").await.unwrap();
                s.load(&server.url(&format!("/#view={}", v.id))).await;
                let bad = s.axe_violations().await;
                assert!(bad.is_empty(), "{} view {} at {w}px: {bad:#?}", c.name, v.id);
                s.js("document.querySelector('.cc-main').scrollIntoView(); return true;").await;
                println!("{}", s.screenshot(&format!("story-{}-{w}-{}.png", c.name, v.id)).await.display());
            }
            s.close().await;
        }
    }
}
