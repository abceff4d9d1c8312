//! A time axis with its empty stretches cut out.
//!
//! A story often has episodes a year apart (the September 2022 clashes, the September 2023
//! offensive). On a linear axis the empty year takes almost all the width and each episode
//! is a few pixels. [`Axis`] keeps the dated stretches ("segments") and replaces every gap
//! longer than a threshold by a fixed-width break, so each episode gets readable width.
//! The mapping is monotonic both ways, so brushing across a break still selects a range of
//! days: a point inside a break belongs to the nearer side.

/// One stretch of days drawn at a linear scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// First and last day (inclusive).
    pub first: i32,
    pub last: i32,
    /// Where the segment starts and ends on the axis.
    pub x0: f64,
    pub x1: f64,
}

impl Segment {
    fn days(&self) -> f64 {
        f64::from(self.last - self.first + 1)
    }

    /// Width of one day in this segment.
    pub fn day_width(&self) -> f64 {
        (self.x1 - self.x0) / self.days()
    }
}

/// The axis: segments left to right, with a break between consecutive ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    segments: Vec<Segment>,
    width: f64,
}

/// Layout parameters.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Total width of the axis.
    pub width: f64,
    /// A gap between dated days longer than this (in days) becomes a break.
    pub min_gap: i32,
    /// Days of margin kept before and after each segment's first and last dated day.
    pub pad: i32,
    /// Width of a break.
    pub break_width: f64,
    /// Smallest share of the width a segment gets, however short.
    pub min_share: f64,
}

impl Default for Layout {
    fn default() -> Self {
        Layout { width: 1000.0, min_gap: 45, pad: 3, break_width: 28.0, min_share: 0.16 }
    }
}

impl Axis {
    /// The axis for these dated days (any order, repeats allowed). No day: one segment
    /// spanning `fallback`.
    pub fn new(days: &[i32], fallback: (i32, i32), layout: Layout) -> Axis {
        // Dated days as a bitmap over their range (no sort: linear, and no sort code in the wasm).
        let (lo, hi) = days.iter().fold((i32::MAX, i32::MIN), |(lo, hi), &d| (lo.min(d), hi.max(d)));
        let mut dated = vec![false; if lo <= hi { (hi - lo + 1) as usize } else { 0 }];
        for &d in days {
            dated[(d - lo) as usize] = true;
        }
        let mut spans: Vec<(i32, i32)> = vec![];
        for d in (0..dated.len()).filter(|&i| dated[i]).map(|i| lo + i as i32) {
            match spans.last_mut() {
                Some(s) if d - s.1 <= layout.min_gap => s.1 = d,
                _ => spans.push((d, d)),
            }
        }
        if spans.is_empty() {
            spans.push(fallback);
        }
        let spans: Vec<(i32, i32)> = spans.iter().map(|&(a, z)| (a - layout.pad, z + layout.pad)).collect();
        let n = spans.len() as f64;
        let room = (layout.width - layout.break_width * (n - 1.0)).max(1.0);
        // Shares proportional to length, each at least `min_share` of the room (when they fit).
        let min = (layout.min_share * room).min(room / n);
        let lengths: Vec<f64> = spans.iter().map(|&(a, z)| f64::from(z - a + 1)).collect();
        let total: f64 = lengths.iter().sum();
        let mut widths: Vec<f64> = lengths.iter().map(|l| l / total * room).collect();
        // Raise the short ones to the minimum, taking the width from the long ones in proportion.
        let short: f64 = widths.iter().filter(|&&w| w < min).map(|w| min - w).sum();
        let long: f64 = widths.iter().filter(|&&w| w >= min).map(|w| w - min).sum();
        for w in &mut widths {
            *w = if *w < min {
                min
            } else if long > 0.0 {
                *w - (*w - min) / long * short
            } else {
                *w
            };
        }
        let mut x = 0.0;
        let segments = spans
            .iter()
            .zip(&widths)
            .map(|(&(first, last), &w)| {
                let s = Segment { first, last, x0: x, x1: x + w };
                x += w + layout.break_width;
                s
            })
            .collect();
        Axis { segments, width: layout.width }
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    pub fn width(&self) -> f64 {
        self.width
    }

    /// First and last day on the axis.
    pub fn span(&self) -> (i32, i32) {
        (self.segments[0].first, self.segments[self.segments.len() - 1].last)
    }

    /// The segment that holds `day`, if any.
    pub fn segment_of(&self, day: i32) -> Option<&Segment> {
        self.segments.iter().find(|s| s.first <= day && day <= s.last)
    }

    /// Where `day` starts. A day inside a break is drawn in the middle of the break.
    pub fn x(&self, day: i32) -> f64 {
        let mut prev: Option<&Segment> = None;
        for s in &self.segments {
            if day < s.first {
                return prev.map_or(s.x0, |p| (p.x1 + s.x0) / 2.0);
            }
            if day <= s.last {
                return s.x0 + f64::from(day - s.first) * s.day_width();
            }
            prev = Some(s);
        }
        self.width
    }

    /// The day at `x`. A point inside a break gives the last day before it or the first day
    /// after it, whichever side is nearer.
    pub fn day(&self, x: f64) -> i32 {
        let mut prev: Option<&Segment> = None;
        for s in &self.segments {
            if x < s.x0 {
                return match prev {
                    Some(p) if x - p.x1 < s.x0 - x => p.last,
                    _ => s.first,
                };
            }
            if x < s.x1 {
                let d = s.first + ((x - s.x0) / s.day_width()).floor() as i32;
                return d.min(s.last);
            }
            prev = Some(s);
        }
        self.span().1
    }

    /// The middle of each break.
    pub fn breaks(&self) -> impl Iterator<Item = f64> + '_ {
        self.segments.windows(2).map(|w| (w[0].x1 + w[1].x0) / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::days_from_civil;

    fn d(y: i32, m: u32, day: u32) -> i32 {
        days_from_civil(y, m, day)
    }

    /// Two episodes a year apart, as in the seed story.
    fn two_episodes() -> Axis {
        let days = [d(2022, 9, 13), d(2022, 9, 14), d(2022, 9, 20), d(2023, 9, 19), d(2023, 9, 20)];
        Axis::new(&days, (0, 0), Layout::default())
    }

    #[test]
    fn a_long_gap_becomes_a_break_and_each_episode_gets_width() {
        let a = two_episodes();
        assert_eq!(a.segments().len(), 2);
        assert_eq!(a.breaks().count(), 1);
        for s in a.segments() {
            assert!(s.x1 - s.x0 >= 0.16 * (1000.0 - 28.0) - 1e-9, "{s:?}");
        }
        // The empty year takes one break, not 90% of the width.
        let (s0, s1) = (a.segments()[0], a.segments()[1]);
        assert!((s1.x0 - s0.x1 - 28.0).abs() < 1e-9);
        assert!((s1.x1 - 1000.0).abs() < 1e-9);
    }

    #[test]
    fn short_gaps_stay_on_a_linear_scale() {
        let days = [d(2022, 9, 1), d(2022, 10, 10), d(2022, 11, 20)];
        let a = Axis::new(&days, (0, 0), Layout::default());
        assert_eq!(a.segments().len(), 1);
        let w = a.segments()[0].day_width();
        assert!((a.x(d(2022, 10, 11)) - a.x(d(2022, 10, 10)) - w).abs() < 1e-9);
    }

    #[test]
    fn x_and_day_are_inverse_and_monotonic() {
        let a = two_episodes();
        let (first, last) = a.span();
        let mut prev_x = -1.0;
        for day in first..=last {
            let x = a.x(day);
            assert!(x >= prev_x, "x is monotonic at day {day}");
            prev_x = x;
            if a.segment_of(day).is_some() {
                assert_eq!(a.day(x + 1e-6), day, "day(x(d)) = d inside a segment");
            }
        }
        let mut prev_day = i32::MIN;
        for i in 0..=1000 {
            let day = a.day(f64::from(i));
            assert!(day >= prev_day, "day is monotonic at x = {i}");
            prev_day = day;
        }
    }

    #[test]
    fn a_point_in_a_break_belongs_to_the_nearer_side() {
        let a = two_episodes();
        let (s0, s1) = (a.segments()[0], a.segments()[1]);
        assert_eq!(a.day(s0.x1 + 2.0), s0.last);
        assert_eq!(a.day(s1.x0 - 2.0), s1.first);
        // A day inside the gap is drawn in the break.
        let x = a.x(d(2023, 3, 1));
        assert!(x > s0.x1 && x < s1.x0, "{x}");
    }

    #[test]
    fn no_dated_day_falls_back_to_one_segment() {
        let a = Axis::new(&[], (100, 200), Layout::default());
        assert_eq!(a.segments().len(), 1);
        assert_eq!(a.span(), (97, 203));
        assert_eq!(a.day(0.0), 97);
        assert_eq!(a.day(1000.0), 203);
    }

    #[test]
    fn many_short_episodes_share_the_width() {
        let days: Vec<i32> = (0..12).map(|i| i * 200).collect();
        let a = Axis::new(&days, (0, 0), Layout::default());
        assert_eq!(a.segments().len(), 12);
        let last = a.segments()[11];
        assert!((last.x1 - 1000.0).abs() < 1e-6, "{last:?}");
        assert!(a.segments().iter().all(|s| s.x1 > s.x0));
    }
}
