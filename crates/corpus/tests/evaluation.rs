//! The development corpus (`tests/eval/`): the per-phenomenon report on the dev split and
//! on the frozen test split, with floors just under the figures measured when the event
//! frames landed, so that a change that loses ground fails. Re-based on 2026-11-27, when
//! batches f, g and h (21 articles, 6 of them added to the test split) were written, and on
//! 2026-11-28, when batches i and j (14 articles, 4 of them added to the test split) were,
//! when batch k (7 articles of a third conflict, 3 of them added to the test split) was, and
//! when batch l (6 explainers and anniversary pieces, 2 of them added to the test split) was,
//! and when batch m (7 articles of a fourth conflict, 3 of them added to the test split) was.
//! The figures are in EVALUATION.md;
//! `chronocarte eval crates/corpus/tests/eval --split test` prints the same report.
use chronocarte_corpus::score::{evaluate, Split};

fn run(split: Split) -> chronocarte_corpus::score::Report {
    let here = chronocarte_corpus::manifest_dir();
    let (r, p) =
        evaluate(&here.join("tests/eval"), &here.join("../../stories/armenia-azerbaijan"), split).unwrap();
    assert!(
        p.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        p.diagnostics.iter().filter(|d| d.is_error()).collect::<Vec<_>>()
    );
    eprintln!("{}", r.markdown(&format!("{split:?}")));
    assert_eq!(r.unfaithful_quotes, 0);
    r
}

#[test]
fn dev_split_floors() {
    let r = run(Split::Dev);
    assert!(r.core.gold >= 200, "dev core gold events: {}", r.core.gold);
    assert!(
        r.found_date_accuracy() >= 0.94,
        "found events with a correct date {:.3}",
        r.found_date_accuracy()
    );
    // (date 0.935, then 0.926 with batches p and q, 0.918 with batches r and s, 0.935 after
    // the seventeenth session's round, 0.929 with batches t and u, 0.924 with batches v and w, 0.933 after the
    // eighteenth session's round, 0.932 with batches z and aa, 0.944 after the twentieth
    // session's round)
    // 0.895 and 0.541 with batch n (a fifth conflict, before any rule was tuned on it);
    // 0.874 and 0.579 with batch o (a sixth conflict, likewise); 0.895 and 0.653 after the
    // fourteenth session's two rounds (frames of armed movement, falls, holds and retreats,
    // metonymic capitals as places, onsets dated by "depuis"); 0.890 and 0.629 with
    // batches p and q (a seventh and an eighth conflict, before any rule was tuned on them);
    // 0.910 and 0.674 after the fifteenth session's round (frames, types by clause, places
    // and actors, merges); 0.890 and 0.647 with batches r and s (a ninth and a tenth
    // conflict, before any rule was tuned on them); 0.904 and 0.686 after the sixteenth
    // session's round (frames, merges, types, two facts in one sentence, places and actors);
    // 0.914 and 0.732 after the seventeenth session's round (frames, types, two facts,
    // places, merges, dates, actors); 0.906 and 0.714 with batches t and u (an eleventh and
    // a twelfth conflict, before any rule was tuned on them); 0.904 and 0.696 with batches v
    // and w (a thirteenth and a fourteenth conflict, likewise); 0.905 and 0.716 after the
    // eighteenth session's round (frames, types, two facts, merges, actors, places, dates);
    // 0.891 and 0.688 with batches x and y (a fifteenth and a sixteenth conflict, before any
    // rule was tuned on them: precision 0.875, date 0.934, merges 225/351, over-merges 95);
    // 0.892 and 0.703 after the nineteenth session's round (dates, frames, actors, merges,
    // types, places: precision 0.880, date 0.936, merges 222/351, over-merges 85); 0.881
    // and 0.680 with batches z and aa (the fall of Assad told again, the Kursk incursion: a
    // seventeenth conflict; before any rule was tuned on them: precision 0.875, date 0.932,
    // merges 240/398, over-merges 99); 0.891 and 0.716 after the twentieth session's round
    // (story data, frames, merges, places, dates, types, actors: precision 0.875, date 0.944,
    // merges 242/402, over-merges 100); 0.873 and 0.684 with batches ab and ac (the
    // Russia-Georgia war of 2008 and the coup in Niger: an eighteenth and a nineteenth
    // conflict, before any rule was tuned on them: precision 0.866, date 0.944, merges
    // 246/415, over-merges 110); 0.875 and 0.702 after the twenty-first session's round
    // (types, merges, dates, actors and places, frames: precision 0.868, date 0.944, merges
    // 257/420, over-merges 110); 0.866 and 0.685 with batches ad and ae (the Ukrainian
    // counteroffensive of 2022, the Ivorian crisis of 2010-2011: a twentieth and a twenty-first
    // conflict, before any rule was tuned on them: precision 0.861, date 0.941, merges
    // 261/427, over-merges 120); 0.877 and 0.705 after the twenty-second session's round
    // (frames for troop movements, coups and sanctions; types; dates by their own clause;
    // "l'armée" as the one army named: precision 0.864, date 0.946, merges 270/442,
    // over-merges 121); 0.879 after its second frames pass; 0.868 and 0.678 with batches af
    // and ag (the Central African crisis of 2013-2014 and the Kosovo war of 1999: a
    // twenty-second and a twenty-third conflict, before any rule was tuned on them:
    // precision 0.855, date 0.945, merges 271/452, over-merges 132); 0.883 and 0.695 after
    // the twenty-third session's round (frames for offices, elections, orders, mandates and
    // graves; dates; places; merges of unplaced reports; claims and admissions as
    // statements: precision 0.856, date 0.948, merges 277/460, over-merges 127)
    assert!(r.core_recall() >= 0.882, "core found {:.3}", r.core_recall());
    // fully 0.601 after the thirteenth session's two rounds (clauses, named anchors, places)
    assert!(r.core_fully_correct() >= 0.694, "core fully correct {:.3}", r.core_fully_correct());
    // 0.87 with batch m (a fourth conflict, before any rule was tuned on it), 0.88 after the
    // twelfth session's precision rules, 0.871 with batches p and q, 0.879
    // after the fifteenth session's round, 0.869 with batches r and s, 0.886 after the
    // sixteenth session's round, 0.891 after the seventeenth's, 0.878 with batches t and u,
    // 0.876 with batches v and w, 0.877 after the eighteenth session's round, 0.8746 with
    // batches x and y, 0.880 after the nineteenth session's round, 0.875 after the
    // twentieth's, 0.866 with batches ab and ac, 0.868 after the twenty-first session's round, 0.861 with batches ad and ae, 0.864 after the twenty-second session's round,
    // 0.855 with batches af and ag, 0.856 after the twenty-third session's round
    assert!(r.precision() >= 0.855, "precision {:.3}", r.precision());
    // merging: a ratchet on the pairs of reports of one event that are told as one, and on
    // the pairs of distinct events wrongly told as one
    // (22 and 49 since canon `same` reads the later batches' second ids of one event as one;
    // 24 and 60 since an appositive participle's date stopped dating the main verb: one more
    // report of the Washington treaty joins the other two, rightly, but each of the three
    // sentences tells two or three gold facts, and pairs of them count as over-merges;
    // 60 and 106 with batches i and j, whose events share world ids with earlier batches;
    // 71 and 95 once those ids were aliased in canon/same.toml; 87 and 79 with the tenth
    // session's merge and date rules; 89 and 80 when time words between a verb and its
    // object found four more events, one of them merged with an earlier withdrawal; 94 and 89
    // with batch k, a third conflict; 130 and 92 with batch l, explainers that tell again
    // facts of every earlier batch; 131 and 85 once relative clauses with their own earlier
    // date were cut and tolls written in words were read; 131 and 88 with batch m; 132 and 91
    // once a range with weekdays ("du samedi 4 au lundi 6 mai") dated an attack on
    // its first day, which then joins another article's report of the exodus that followed;
    // 135 and 75 at the twelfth session's end: signings typed by their object, reports of one
    // article on two written days kept apart; 135 and 76 with batch n; 141 and 67 at the
    // thirteenth session's end: a clause with its own date is a fact of its own; 143 and 72
    // with batch o; 149 and 73 once a night dated on either of its days and civilians struck
    // against the side that struck joined reports: the one more over-merge is a toll with
    // no event of its own, matched to the strike it counts; 151 and 72 at the fourteenth
    // session's end; 154 and 76 with batches p and q; 162 and 70
    // after the fifteenth session's round: a third source naming both parties no longer glues
    // their two acts, a toll joins fighting only where both name the place; 165 and 74 with
    // batches r and s; 181 and 65 after the sixteenth session's round: a month meets the
    // days inside it, and a sentence with two facts gives two events; 201 and 61 after the
    // seventeenth session's round: a reciprocal or another party's side is no continuation,
    // fighting over a span of days meets one of its days; 208 and 70 with batches t and u;
    // 216 and 91 with batches v and w, whose live blog and explainer tell many facts of one
    // day in one place); 223 and 81 after the eighteenth session's round: a halt of fighting
    // or talks, a feeling voiced, a night at a town and a place inside it, a town and a spot
    // beside it, a participle's date given to its noun wherever it stands); 225 and 95 with
    // batches x and y, whose fighting of one day at one border is told as several facts;
    // 222 and 85 after the nineteenth session's round: a strike and the answer to it are two
    // acts, named spots agree across a whole cluster, a call to act is what was said); 240
    // and 99 with batches z and aa, whose Syrian reports join batch o's (canon `same`); 241
    // and 100 with nine places the dev misses named (one more town shared by two facts); 101
    // once the WHO, the WFP and the IOM are actors of their own (a WHO toll now names the
    // agency, and meets another death told in its sentence); 242 and 100 after the twentieth
    // session's round; 246 and 110 with batches ab and ac, whose explainers retell two months
    // of facts and share them with the other articles; 257 and 110 after the twenty-first
    // session's round: a capture and the hold on it, one offensive launched on one day, a
    // region's guess a day from a named place, one exodus counted over days; 261 and 120
    // with batches ad and ae; 270 and 121 after the twenty-second session's round, whose
    // "l'armée" rule joins one more pair of reports and over-merges one more on dev and one
    // fewer on the test split; 271 and 132 with batches af and ag; 277 and 127 after the
    // twenty-third session's round: fights, tolls and incidents that neither report places
    // join only with a party in common, and a strike claimed is the claim)
    assert!(r.merged_pairs >= 277, "cross-source merges {}/{}", r.merged_pairs, r.merge_pairs);
    assert!(r.overmerged_pairs <= 127, "over-merges {}", r.overmerged_pairs);
}

#[test]
fn test_split_floors() {
    let r = run(Split::Test);
    assert!(r.core.gold >= 140, "test core gold events: {}", r.core.gold);
    assert!(
        // 0.893 after the nineteenth session's round, 0.8897 with batches z and aa, 0.892
        // after the twentieth session's round, 0.884 with batches ab and ac
        r.found_date_accuracy() >= 0.88,
        "found events with a correct date {:.3}",
        r.found_date_accuracy()
    );
    // 0.733 and 0.365 with batch o (a sixth conflict, before any rule was tuned on it)
    // 0.752 and 0.398 after the fourteenth session's two rounds; 0.741 and 0.386 with
    // batches p and q (a seventh and an eighth conflict, before any rule was tuned on them);
    // 0.747 and 0.408 after the fifteenth session's round; 0.745 and 0.392 with batches r
    // and s (a ninth and a tenth conflict, before any rule was tuned on them; date 0.890 ->
    // 0.878); 0.745 and 0.415 after the sixteenth session's round; 0.745 and 0.417 after the
    // seventeenth session's round; 0.742 and 0.424 with batches t and u (an eleventh and a
    // twelfth conflict, written after the round: precision 0.771, date 0.883); 0.749 and
    // 0.434 with batches v and w (a thirteenth and a fourteenth conflict, likewise:
    // precision 0.782, date 0.888); 0.756 and 0.437 after the eighteenth session's round
    // (precision 0.782, date 0.889); 0.759 and 0.445 with batches x and y (a fifteenth and a
    // sixteenth conflict, written while the nineteenth session's round worked, which none of
    // its helpers saw: precision 0.771, date 0.887); 0.767 and 0.462 after that round (its
    // steps ranged from 0.759 to 0.767 and from 0.445 to 0.462; precision 0.768, date 0.893);
    // 0.763 and 0.464 with batches z and aa (written while the twentieth session's round
    // worked, which none of its helpers saw: precision 0.760, date 0.890); 0.765 and 0.473
    // after that round (its steps ranged from 0.763 to 0.765 and from 0.464 to 0.473);
    // 0.757 and 0.465 with batches ab and ac (written while the twenty-first session's round
    // worked, which none of its helpers saw: precision 0.762, date 0.884); 0.758 and 0.468
    // after that round (its steps ranged from 0.755 to 0.758 and from 0.465 to 0.468);
    // 0.755 and 0.459 with batches ad and ae (written while the twenty-second session's round
    // worked, which none of its helpers saw: precision 0.766, date 0.886); 0.765 and 0.466
    // after that round (its steps ranged from 0.764 to 0.765 and from 0.463 to 0.466);
    // 0.768 and 0.463 with batches af and ag (written while the twenty-third session's round
    // worked, which none of its helpers saw: precision 0.773, date 0.892); 0.778 and 0.472
    // after that round (its steps ranged from 0.768 to 0.778 and from 0.463 to 0.472; without
    // the six articles of batches ad and ae, whose misses the round's briefs named, 0.768 ->
    // 0.771 and 0.468 -> 0.469; batches af and ag alone did not move)
    assert!(r.core_recall() >= 0.777, "core found {:.3}", r.core_recall());
    assert!(r.core_fully_correct() >= 0.471, "core fully correct {:.3}", r.core_fully_correct());
    // 0.79 with batch m (a fourth conflict, before any rule was tuned on it), 0.787 with
    // batch o, 0.785 with batches p and q, 0.780 after the fifteenth session's round: lowered
    // to 0.775 on purpose, for core fully correct +2.2 points (0.386 -> 0.408) with core found
    // +0.6 (the new frames and places find and fix more than the five more extra events cost);
    // 0.772 with batches r and s; 0.768 after the sixteenth session's round: lowered to
    // 0.765 on purpose, for core fully correct +2.3 points (0.392 -> 0.415) with core found
    // unchanged (its steps ranged from 0.768 to 0.776); 0.782 with batches v and w and after
    // the eighteenth session's round (its steps ranged from 0.781 to 0.783); 0.771 with
    // batches x and y, 0.768 with the nineteenth session's merges (a strike and its answer
    // kept apart leave one more event unmatched), 0.760 with batches z and aa, 0.762 with
    // batches ab and ac, 0.765 after the twenty-first session's round, 0.766 with batches ad
    // and ae, 0.768 after the twenty-second session's round, 0.773 with batches af and ag, 0.774
    // after the twenty-third session's round
    assert!(r.precision() >= 0.773, "precision {:.3}", r.precision());
    // none since comment sections are also known by other headers and by their signatures
    assert!(r.negative_hits == 0, "events from comments or boilerplate: {}", r.negative_hits);
    // 23 after the fifteenth session's round, 25 with batches r and s, 29 with batches v
    // and w, 31 after the eighteenth session's round, 36 with batches x and y, 34 after the
    // nineteenth session's round (a strike and the answer to it kept apart), 44 with batches
    // z and aa, 47 after the twentieth session's round, 48 with batches ab and ac, 49 after
    // the twenty-first session's round, 53 with batches ad and ae, 55 after the twenty-second
    // session's round, 59 with batches af and ag, 58 after the twenty-third session's round
    // (a strike claimed is the claim: one pair of reports less, two over-merges less)
    assert!(r.merged_pairs >= 58, "cross-source merges {}/{}", r.merged_pairs, r.merge_pairs);
    // 9 when re-based, 10 when yearless months resolved like yearless days, 9 again since
    // a distance's landmark is no place of the event; 16 with batches i and j, 18 with batch k,
    // 22 with batch l, 26 with batch m, 22 after the twelfth session's merge rules, 24 with batch n, 22 after the thirteenth session's rules,
    // 26 with batch o, 24 after the fourteenth session's rules, 28 with batches p and q, 27 after the fifteenth session's round,
    // 34 with batches r and s, 35 after the sixteenth session's round (its steps ranged
    // from 34 to 36), 39 after the seventeenth session's round (its steps ranged from 36
    // to 39: frames +1, merges +1, dates +2; raised on purpose, for dev core fully correct
    // 0.686 -> 0.732 and test 0.415 -> 0.417), 41 with batches t and u, 58 with batches v
    // and w (17 of them in their three test articles), 57 after the eighteenth session's
    // round (its steps ranged from 57 to 58), 69 with batches x and y (12 in their six test
    // articles), 71 with the nineteenth session's dates (a count beside a written day, a
    // question on who, long forms of a part of a month: two more days shared), 74 with
    // batches z and aa, 82 with batches ab and ac, 81 after the twenty-first session's round,
    // 86 with batches ad and ae, 85 after the twenty-second session's round, 93 with
    // batches af and ag, 91 after the twenty-third session's round
    assert!(r.overmerged_pairs <= 91, "over-merges {}", r.overmerged_pairs);
}

#[test]
fn split_is_a_third_and_disjoint() {
    let here = chronocarte_corpus::manifest_dir().join("tests/eval");
    let split: toml::Value =
        toml::from_str(&std::fs::read_to_string(here.join("split.toml")).unwrap()).unwrap();
    let test: Vec<&str> = split["test"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let all: Vec<String> = std::fs::read_dir(here.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(all.len() >= 30);
    assert!(test.len() * 3 >= all.len(), "{} of {}", test.len(), all.len());
    assert!(test.iter().all(|t| all.iter().any(|a| a == t)), "unknown article in split.toml");
}
