//! Frames in running text: invented two-sentence articles, each rule with a case that must
//! fire and a near miss that must not.
use std::path::Path;

use chronocarte_corpus::{article, export::EventType, gazetteer::Gazetteer, lexicon::Lexicon};

fn events(body: &str) -> Vec<chronocarte_corpus::export::Event> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../stories/armenia-azerbaijan");
    let mut d = Vec::new();
    let g = Gazetteer::load(&root.join("places.toml"), &mut d);
    let l = Lexicon::load(&root.join("actors.toml"), &mut d);
    let text = format!(
        "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"2024-03-07\"\nlanguage = \"fr\"\n+++\n{body}\n"
    );
    let a = article::parse(Path::new("a.md"), "a", &text, &mut d).expect("parses");
    chronocarte_corpus::process_articles(&[a], &g, &l, None).0.events
}

#[test]
fn a_definite_back_reference_continues_the_event() {
    // fires: "les camions" names again the trucks of the sentence before
    let e = events(
        "Mercredi matin, quatre camions d'aide humanitaire ont quitté Goris. \
         Chargés de farine, les camions roulent vers Stepanakert.",
    );
    let aid: Vec<_> = e.iter().filter(|e| e.kind == EventType::Humanitarian).collect();
    assert_eq!(aid.len(), 1, "{e:#?}");
    assert_eq!(aid[0].mentions.len(), 2);
    // near miss: "d'autres camions" are other trucks, going elsewhere
    let e = events(
        "Mercredi matin, quatre camions d'aide humanitaire ont quitté Goris. \
         Chargés de farine, d'autres camions roulent vers Stepanakert.",
    );
    assert_eq!(e.iter().filter(|e| e.kind == EventType::Humanitarian).count(), 2, "{e:#?}");
}

#[test]
fn the_claimant_is_a_noun_phrase_not_a_fragment() {
    let e = events("« Trois obus sont tombés sur Goris mardi », a déclaré hier soir sur une radio privée le maire de la ville.");
    let m = &e.iter().find(|e| e.kind == EventType::Fighting).expect("an event").mentions[0];
    assert_eq!(m.claimed_by.as_deref(), Some("le maire de la ville"));
    // near miss: a reporting verb with no subject after it gives no claimant
    let e = events("« Trois obus sont tombés sur Goris mardi », a ajouté hier soir.");
    let m = &e.iter().find(|e| e.kind == EventType::Fighting).expect("an event").mentions[0];
    assert_eq!(m.claimed_by, None);
}
