//! Projected rings → Douglas–Peucker → SVG path data (`M x y x y … Z`, one decimal).
use super::topology::Pt;

fn seg_dist2(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let l2 = dx * dx + dy * dy;
    let t = if l2 == 0.0 { 0.0 } else { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / l2).clamp(0.0, 1.0) };
    let (qx, qy) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1);
    qx * qx + qy * qy
}

/// Douglas–Peucker (iterative); keeps the endpoints.
pub fn simplify(pts: &[Pt], tol: f64) -> Vec<Pt> {
    if pts.len() < 3 {
        return pts.to_vec();
    }
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    let mut stack = vec![(0, pts.len() - 1)];
    let tol2 = tol * tol;
    while let Some((a, b)) = stack.pop() {
        let (mut best, mut bi) = (0.0, 0);
        for i in a + 1..b {
            let d = seg_dist2(pts[i], pts[a], pts[b]);
            if d > best {
                best = d;
                bi = i;
            }
        }
        if best > tol2 {
            keep[bi] = true;
            stack.push((a, bi));
            stack.push((bi, b));
        }
    }
    pts.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// Closed ring: split at the point farthest from the first so both halves simplify well.
pub fn simplify_ring(ring: &[Pt], tol: f64) -> Vec<Pt> {
    if ring.len() < 4 {
        return ring.to_vec();
    }
    let far = (1..ring.len() - 1)
        .max_by(|&i, &j| {
            let d = |k: usize| (ring[k].0 - ring[0].0).powi(2) + (ring[k].1 - ring[0].1).powi(2);
            d(i).partial_cmp(&d(j)).unwrap()
        })
        .unwrap();
    let mut a = simplify(&ring[..=far], tol);
    let b = simplify(&ring[far..], tol);
    a.extend_from_slice(&b[1..]);
    a
}

pub fn area(r: &[Pt]) -> f64 {
    r.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum::<f64>().abs() / 2.0
}

/// Appends `v` grid steps of `1/scale` map units, shortest form ("12", "-3.5", ".5" is
/// written "0.5"), with a space before it unless a minus sign separates it.
fn num(out: &mut String, steps: i64, scale: i64) {
    let text = if steps % scale == 0 {
        format!("{}", steps / scale)
    } else {
        let v = steps as f64 / scale as f64;
        format!("{v}")
    };
    if !text.starts_with('-') && !out.is_empty() && !out.ends_with(['M', 'l', 'Z']) {
        out.push(' ');
    }
    out.push_str(&text);
}

/// `M x y l dx dy dx dy … Z` per ring: positions snapped to a grid of `1/scale` map units
/// (10: one decimal for the close-ups; 1: whole units for the regional view, where a unit
/// is about half a CSS pixel), then written as relative moves, which are short. Repeated
/// points are dropped; rounding happens on positions, so the moves never drift.
pub fn path(rings: &[Vec<Pt>], closed: bool, scale: i64) -> String {
    let mut s = String::new();
    let grid = |v: f64| (v * scale as f64).round() as i64;
    for r in rings {
        let n = if closed && r.len() > 1 { r.len() - 1 } else { r.len() };
        let mut last: Option<(i64, i64)> = None;
        for &(x, y) in &r[..n] {
            let p = (grid(x), grid(y));
            match last {
                Some(l) if l == p => continue,
                Some(l) => {
                    if !s.ends_with('l') && !s.ends_with(|c: char| c.is_ascii_digit()) || s.ends_with('Z') {
                        s.push('l');
                    }
                    num(&mut s, p.0 - l.0, scale);
                    num(&mut s, p.1 - l.1, scale);
                }
                None => {
                    s.push('M');
                    num(&mut s, p.0, scale);
                    num(&mut s, p.1, scale);
                    s.push('l');
                }
            }
            last = Some(p);
        }
        if s.ends_with('l') {
            s.pop();
        }
        if closed && last.is_some() {
            s.push('Z');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplify_keeps_shape() {
        let line: Vec<Pt> = (0..100).map(|i| (i as f64, if i == 50 { 5.0 } else { 0.0 })).collect();
        assert_eq!(
            simplify(&line, 0.5),
            vec![(0.0, 0.0), (49.0, 0.0), (50.0, 5.0), (51.0, 0.0), (99.0, 0.0)]
        );
        let sq = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0)];
        assert_eq!(path(std::slice::from_ref(&sq), true, 1), "M0 0l10 0 0 10Z");
        // One decimal, relative moves, negative numbers need no separator, duplicates drop.
        let r = vec![(12.34, 5.0), (12.31, 5.0), (10.0, 7.5), (10.02, 7.52)];
        assert_eq!(path(&[r], false, 10), "M12.3 5l-2.3 2.5");
        // Two rings; positions are rounded before moves, so the moves never drift.
        let drift: Vec<Pt> = (0..10).map(|i| (i as f64 * 1.4, 0.0)).collect();
        let d = path(&[drift, sq], false, 1);
        assert!(d.starts_with("M0 0l1 0 2 0 1 0 2 0 1 0"), "{d}");
        assert!(d.contains("M0 0l10 0 0 10"), "{d}");
    }
}
