//! Month labels under the histogram's axis.
use super::W;
use chronocarte_model::axis::Axis;
use chronocarte_model::date::{civil_from_days, days_from_civil};

/// A month label under the axis. Major labels (the start of each segment, and January)
/// carry the year; on phones only they are shown.
#[derive(Clone, Copy)]
pub(super) struct Tick {
    pub(super) day: i32,
    pub(super) major: bool,
}

/// Month labels for each segment of the axis: the segment's first month (with its year),
/// then each month that starts inside it, kept only where they do not crowd each other
/// (majors first, at least `MAJOR_GAP` apart; the others `MINOR_GAP` from any kept label).
pub(super) fn ticks(axis: &Axis) -> Vec<Tick> {
    const MAJOR_GAP: f64 = 0.2 * W;
    const MINOR_GAP: f64 = 0.08 * W;
    let mut all = vec![];
    for s in axis.segments() {
        all.push(Tick { day: s.first, major: true });
        let (mut y, mut m, _) = civil_from_days(s.first);
        loop {
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            let d = days_from_civil(y, m, 1);
            if d > s.last {
                break;
            }
            all.push(Tick { day: d, major: m == 1 });
        }
    }
    // `all` is in day order; keep it so (no sort: each sort is its own code in the wasm).
    let mut keep = vec![false; all.len()];
    for (major, gap) in [(true, MAJOR_GAP), (false, MINOR_GAP)] {
        for i in 0..all.len() {
            let x = axis.x(all[i].day);
            let clear = (0..all.len()).filter(|&j| keep[j]).all(|j| (axis.x(all[j].day) - x).abs() >= gap);
            if all[i].major == major && clear {
                keep[i] = true;
            }
        }
    }
    all.into_iter().zip(keep).filter_map(|(t, k)| k.then_some(t)).collect()
}

pub(super) fn month_tick(lang: crate::i18n::Lang, d: i32, major: bool) -> String {
    let (y, m, _) = civil_from_days(d);
    let fr =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let name = if lang == crate::i18n::Lang::Fr { fr[m as usize - 1] } else { en[m as usize - 1] };
    if major {
        format!("{name} {y}")
    } else {
        name.to_owned()
    }
}
