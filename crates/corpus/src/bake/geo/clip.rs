//! Rings cut to a rectangle, and where a label fits inside an area.
//!
//! Countries come whole from Natural Earth: Russia's outline runs to the Pacific. Cutting
//! every ring to a rectangle a little larger than the views keeps the bundle to what a
//! reader can see; the cut edges lie outside every view.
use super::topology::Pt;

/// `(x0, y0, x1, y1)` with `x0 < x1`, `y0 < y1`.
pub type Rect = (f64, f64, f64, f64);

/// Sutherland–Hodgman: the part of a closed ring inside `r` (closed again), empty when
/// nothing is inside. Good for even-odd fills; a concave ring may keep zero-width
/// edges along the rectangle, which lie outside the views.
pub fn clip_ring(ring: &[Pt], r: Rect) -> Vec<Pt> {
    let inside = [&|p: Pt| p.0 >= r.0, &|p: Pt| p.0 <= r.2, &|p: Pt| p.1 >= r.1, &|p: Pt| p.1 <= r.3]
        as [&dyn Fn(Pt) -> bool; 4];
    let cross = |a: Pt, b: Pt, edge: usize| -> Pt {
        let (t, x, y) = match edge {
            0 | 1 => {
                let x = if edge == 0 { r.0 } else { r.2 };
                let t = (x - a.0) / (b.0 - a.0);
                (t, x, a.1 + t * (b.1 - a.1))
            }
            _ => {
                let y = if edge == 2 { r.1 } else { r.3 };
                let t = (y - a.1) / (b.1 - a.1);
                (t, a.0 + t * (b.0 - a.0), y)
            }
        };
        debug_assert!((-1e-9..=1.0 + 1e-9).contains(&t));
        (x, y)
    };
    let mut pts: Vec<Pt> = ring.to_vec();
    if pts.first() == pts.last() {
        pts.pop();
    }
    for (edge, keep) in inside.iter().enumerate() {
        if pts.is_empty() {
            break;
        }
        let mut out = Vec::with_capacity(pts.len());
        for i in 0..pts.len() {
            let (cur, prev) = (pts[i], pts[(i + pts.len() - 1) % pts.len()]);
            match (keep(prev), keep(cur)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cross(prev, cur, edge)),
                (false, true) => {
                    out.push(cross(prev, cur, edge));
                    out.push(cur);
                }
                (false, false) => {}
            }
        }
        pts = out;
    }
    if pts.len() < 3 {
        return vec![];
    }
    pts.push(pts[0]);
    pts
}

/// Even-odd point-in-rings test.
pub fn contains(rings: &[Vec<Pt>], p: Pt) -> bool {
    let mut inside = false;
    for r in rings {
        for w in r.windows(2) {
            let (a, b) = (w[0], w[1]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                inside = !inside;
            }
        }
    }
    inside
}

fn seg_dist(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let l2 = dx * dx + dy * dy;
    let t = if l2 == 0.0 { 0.0 } else { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / l2).clamp(0.0, 1.0) };
    ((a.0 + t * dx - p.0).powi(2) + (a.1 + t * dy - p.1).powi(2)).sqrt()
}

/// The point of the area inside `view` farthest from its edges and from the view's, with
/// that distance (a grid search for the pole of inaccessibility): where a label sits best.
/// `None` when the area does not show in the view.
pub fn label_point(rings: &[Vec<Pt>], view: Rect) -> Option<(Pt, f64)> {
    let clipped: Vec<Vec<Pt>> = rings.iter().map(|r| clip_ring(r, view)).filter(|r| !r.is_empty()).collect();
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in clipped.iter().flatten() {
        b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
    }
    if clipped.is_empty() {
        return None;
    }
    let n = 40;
    let mut best: Option<(Pt, f64)> = None;
    for i in 0..n {
        for j in 0..n {
            let p = (
                b.0 + (i as f64 + 0.5) / n as f64 * (b.2 - b.0),
                b.1 + (j as f64 + 0.5) / n as f64 * (b.3 - b.1),
            );
            if !contains(&clipped, p) {
                continue;
            }
            let to_view = (p.0 - view.0).min(view.2 - p.0).min(p.1 - view.1).min(view.3 - p.1);
            let d = rings
                .iter()
                .flat_map(|r| r.windows(2))
                .map(|w| seg_dist(p, w[0], w[1]))
                .fold(to_view, f64::min);
            if best.is_none_or(|(_, bd)| d > bd) {
                best = Some((p, d));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, s: f64) -> Vec<Pt> {
        vec![(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s), (x0, y0)]
    }

    #[test]
    fn clipping_cuts_and_closes() {
        let c = clip_ring(&square(-5.0, -5.0, 10.0), (0.0, 0.0, 100.0, 100.0));
        assert_eq!(c.first(), c.last());
        assert!(c.iter().all(|&(x, y)| (0.0..=5.0).contains(&x) && (0.0..=5.0).contains(&y)), "{c:?}");
        assert!(clip_ring(&square(200.0, 0.0, 10.0), (0.0, 0.0, 100.0, 100.0)).is_empty());
        let whole = square(10.0, 10.0, 10.0);
        assert_eq!(clip_ring(&whole, (0.0, 0.0, 100.0, 100.0)), whole);
    }

    #[test]
    fn label_goes_to_the_middle_of_the_visible_part() {
        let ((x, y), d) = label_point(&[square(0.0, 0.0, 100.0)], (0.0, 0.0, 1000.0, 1000.0)).unwrap();
        assert!((x - 50.0).abs() < 3.0 && (y - 50.0).abs() < 3.0 && d > 45.0, "{x} {y} {d}");
        // Only the right half shows: the label moves into it.
        let ((x, _), _) = label_point(&[square(0.0, 0.0, 100.0)], (50.0, -10.0, 500.0, 500.0)).unwrap();
        assert!(x > 60.0 && x < 90.0, "{x}");
        assert!(label_point(&[square(0.0, 0.0, 10.0)], (50.0, 50.0, 60.0, 60.0)).is_none());
        assert!(contains(&[square(0.0, 0.0, 10.0), square(2.0, 2.0, 2.0)], (1.0, 1.0)));
        assert!(!contains(&[square(0.0, 0.0, 10.0), square(2.0, 2.0, 2.0)], (3.0, 3.0)), "holes");
    }
}
