//! Episodes derived from the events when `story.toml` declares none: a long gap in the
//! event histogram ends an episode, and each episode covers whole months so that its
//! preset reads like a reporter's ("Sept. 2022", "Avr.–juin 2023").
use chronocarte_model::date::{civil_from_days, days_from_civil, MONTHS_EN_SHORT, MONTHS_FR_SHORT};

/// At most this many episodes: the timeline's preset row stays one line on a phone.
const MAX: usize = 5;

/// A gap longer than this many days, and than a twelfth of the story's span, splits.
const MIN_GAP: i32 = 45;

/// `(first day, last day)` of each episode, whole months, in order.
pub fn derive(days: &[i32]) -> Vec<(i32, i32)> {
    let mut d = days.to_vec();
    d.sort_unstable();
    d.dedup();
    let (Some(&first), Some(&last)) = (d.first(), d.last()) else {
        return vec![];
    };
    let threshold = MIN_GAP.max((last - first) / 12);
    // The widest gaps first, at most MAX - 1 of them.
    let mut gaps: Vec<(i32, usize)> =
        d.windows(2).enumerate().map(|(i, w)| (w[1] - w[0], i)).filter(|&(g, _)| g > threshold).collect();
    gaps.sort_by_key(|&(g, i)| (std::cmp::Reverse(g), i));
    gaps.truncate(MAX - 1);
    let mut cuts: Vec<usize> = gaps.into_iter().map(|(_, i)| i).collect();
    cuts.sort_unstable();
    let mut out = vec![];
    let mut start = 0;
    for c in cuts.into_iter().chain([d.len() - 1]) {
        out.push((month_start(d[start]), month_end(d[c])));
        start = c + 1;
    }
    out
}

fn month_start(day: i32) -> i32 {
    let (y, m, _) = civil_from_days(day);
    days_from_civil(y, m, 1)
}

fn month_end(day: i32) -> i32 {
    let (y, m, _) = civil_from_days(day);
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    days_from_civil(ny, nm, 1) - 1
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// French and English labels: "Sept. 2022", "Avr.–juin 2023", "Déc. 2022 – janv. 2023".
pub fn label(start: i32, end: i32) -> (String, String) {
    let ((y0, m0, _), (y1, m1, _)) = (civil_from_days(start), civil_from_days(end));
    let one = |names: &[&str; 12]| -> String {
        let (a, b) = (names[m0 as usize - 1], names[m1 as usize - 1]);
        let text = if (y0, m0) == (y1, m1) {
            format!("{a} {y0}")
        } else if y0 == y1 {
            format!("{a}–{b} {y0}")
        } else {
            format!("{a} {y0} – {b} {y1}")
        };
        capitalised(&text)
    };
    (one(&MONTHS_FR_SHORT), one(&MONTHS_EN_SHORT))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronocarte_model::date::parse_ymd;

    fn days(ds: &[&str]) -> Vec<i32> {
        ds.iter().map(|d| parse_ymd(d).unwrap()).collect()
    }

    #[test]
    fn a_year_apart_makes_two_episodes() {
        let e = derive(&days(&["2023-09-21", "2022-09-13", "2022-09-14", "2023-09-19", "2023-10-02"]));
        assert_eq!(
            e,
            [
                (parse_ymd("2022-09-01").unwrap(), parse_ymd("2022-09-30").unwrap()),
                (parse_ymd("2023-09-01").unwrap(), parse_ymd("2023-10-31").unwrap())
            ]
        );
        assert_eq!(label(e[0].0, e[0].1), ("Sept. 2022".into(), "Sep 2022".into()));
        assert_eq!(label(e[1].0, e[1].1).0, "Sept.–oct. 2023");
    }

    #[test]
    fn a_steady_war_is_one_episode() {
        let d: Vec<i32> = (0..30).map(|i| parse_ymd("2023-04-15").unwrap() + i * 9).collect();
        assert_eq!(derive(&d).len(), 1);
        assert!(derive(&[]).is_empty());
    }

    #[test]
    fn at_most_five() {
        let d: Vec<i32> = (0..8).map(|i| parse_ymd("2000-01-10").unwrap() + i * 1000).collect();
        assert_eq!(derive(&d).len(), MAX);
        let (fr, en) = label(parse_ymd("2022-12-01").unwrap(), parse_ymd("2023-01-31").unwrap());
        assert_eq!((fr.as_str(), en.as_str()), ("Déc. 2022 – janv. 2023", "Dec 2022 – Jan 2023"));
    }
}
