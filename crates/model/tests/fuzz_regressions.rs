//! Inputs found by `./dev fuzz fragment` (see `fuzz/`), kept as regression tests: every
//! parsed fragment must round-trip through `serialize`.
use chronocarte_model::fragment::{parse, serialize};
use chronocarte_model::synth;

fn assert_round_trips(input: &str) {
    let corpus = synth::generate(200, 6, 8, 3, 10, 7);
    let b = corpus.bundle();
    let first = parse(input, &b);
    let again = parse(&serialize(&first.state, &b), &b);
    assert_eq!(again.state, first.state, "{input:?} does not round-trip");
    assert!(again.dropped.is_empty(), "{input:?}: serialized state dropped {:?}", again.dropped);
}

#[test]
fn blank_or_control_search_text_round_trips() {
    // crash-6417f9f0a447feebf6bf9ce6d7aa82270ec634ad: `q=` with a vertical tab.
    assert_round_trips("&t&to&to=2\u{b}\u{b}\u{b}&=&q@=-ch'\u{659}ightince=s&=&q=\u{b}");
    assert_round_trips("q=%0B");
    assert_round_trips("q=+++");
    assert_round_trips("q=a%0Ab");
}
