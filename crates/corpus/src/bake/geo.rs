//! Map geometry: GeoJSON (lon, lat) → Lambert conformal conic → Douglas–Peucker → SVG paths.
//!
//! Projection: Lambert conformal conic, standard parallels 38.5°N and 42.5°N, origin
//! 46.75°E 40.5°N (the centre of the South Caucasus frame), which keeps shapes and
//! areas true within ~0.3 % over the frame. Output units: the frame (lon 42.5..51,
//! lat 37.5..43.5) is fitted to [`WIDTH`] units wide, y down (SVG).
use chronocarte_model::{Interner, Map, Shape, ShapeKind};
use serde_json::Value;
use std::path::Path;

pub const WIDTH: f64 = 1000.0;
pub const BBOX: (f64, f64, f64, f64) = (42.5, 37.5, 51.0, 43.5);
/// Simplification tolerance (map units) for the regional view and the close-up.
pub const TOL_REGION: f64 = 0.6;
pub const TOL_DETAIL: f64 = 0.12;
pub const PROJECTION: &str =
    "Lambert conformal conic, standard parallels 38.5°N and 42.5°N, centred on 46.75°E 40.5°N";

#[derive(Debug, Clone, Copy)]
pub struct Lcc {
    n: f64,
    f: f64,
    rho0: f64,
    lon0: f64,
    /// Affine fit to the frame.
    k: f64,
    x0: f64,
    y0: f64,
}

impl Lcc {
    pub fn new() -> Self {
        let r = f64::to_radians;
        let (p1, p2, p0, lon0) = (r(38.5), r(42.5), r(40.5), r(46.75));
        let t = |p: f64| (std::f64::consts::FRAC_PI_4 + p / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        let rho0 = f / t(p0).powf(n);
        let mut l = Lcc { n, f, rho0, lon0, k: 1.0, x0: 0.0, y0: 0.0 };
        // Fit the frame's outline.
        let (mut minx, mut miny, mut maxx, mut maxy) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for i in 0..=40 {
            let a = i as f64 / 40.0;
            for (lon, lat) in [
                (BBOX.0 + a * (BBOX.2 - BBOX.0), BBOX.1),
                (BBOX.0 + a * (BBOX.2 - BBOX.0), BBOX.3),
                (BBOX.0, BBOX.1 + a * (BBOX.3 - BBOX.1)),
                (BBOX.2, BBOX.1 + a * (BBOX.3 - BBOX.1)),
            ] {
                let (x, y) = l.raw(lon, lat);
                minx = minx.min(x);
                maxx = maxx.max(x);
                miny = miny.min(y);
                maxy = maxy.max(y);
            }
        }
        l.k = WIDTH / (maxx - minx);
        l.x0 = minx;
        l.y0 = miny;
        l
    }
    fn raw(&self, lon: f64, lat: f64) -> (f64, f64) {
        let t = (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0).tan();
        let rho = self.f / t.powf(self.n);
        let th = self.n * (lon.to_radians() - self.lon0);
        (rho * th.sin(), -(self.rho0 - rho * th.cos()))
    }
    /// Map units, y down.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.raw(lon, lat);
        ((x - self.x0) * self.k, (y - self.y0) * self.k)
    }
    pub fn height(&self) -> f64 {
        // The fitted frame's height.
        let (mut miny, mut maxy) = (f64::MAX, f64::MIN);
        for i in 0..=40 {
            let lon = BBOX.0 + i as f64 / 40.0 * (BBOX.2 - BBOX.0);
            for lat in [BBOX.1, BBOX.3] {
                let y = self.project(lon, lat).1;
                miny = miny.min(y);
                maxy = maxy.max(y);
            }
        }
        maxy - miny.min(0.0)
    }
    pub fn in_frame(lon: f64, lat: f64) -> bool {
        (BBOX.0..=BBOX.2).contains(&lon) && (BBOX.1..=BBOX.3).contains(&lat)
    }
}

impl Default for Lcc {
    fn default() -> Self {
        Self::new()
    }
}

type Pt = (f64, f64);

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
fn simplify_ring(ring: &[Pt], tol: f64) -> Vec<Pt> {
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

fn area(r: &[Pt]) -> f64 {
    r.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum::<f64>().abs() / 2.0
}

fn num(out: &mut String, v: f64) {
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        out.push_str(&format!("{}", r as i64));
    } else {
        out.push_str(&format!("{r:.1}"));
    }
}

/// `M x y x y … Z` per ring (implicit lineto), 1 decimal.
fn path(rings: &[Vec<Pt>], closed: bool) -> String {
    let mut s = String::new();
    for r in rings {
        let mut last: Option<(i64, i64)> = None;
        let n = if closed && r.len() > 1 { r.len() - 1 } else { r.len() };
        let mut first = true;
        for &(x, y) in &r[..n] {
            let key = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            if last == Some(key) {
                continue;
            }
            last = Some(key);
            s.push(if first { 'M' } else { ' ' });
            first = false;
            num(&mut s, x);
            s.push(' ');
            num(&mut s, y);
        }
        if closed {
            s.push('Z');
        }
    }
    s
}

fn rings_of(geom: &Value) -> (Vec<Vec<Pt>>, bool) {
    let coords = &geom["coordinates"];
    let ring = |v: &Value| -> Vec<Pt> {
        v.as_array()
            .map(|a| a.iter().filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?))).collect())
            .unwrap_or_default()
    };
    match geom["type"].as_str() {
        Some("Polygon") => {
            (coords.as_array().map(|a| a.iter().map(ring).collect()).unwrap_or_default(), true)
        }
        Some("MultiPolygon") => (
            coords
                .as_array()
                .map(|ps| ps.iter().flat_map(|p| p.as_array().into_iter().flatten().map(ring)).collect())
                .unwrap_or_default(),
            true,
        ),
        Some("LineString") => (vec![ring(coords)], false),
        Some("MultiLineString") => {
            (coords.as_array().map(|a| a.iter().map(ring).collect()).unwrap_or_default(), false)
        }
        _ => (vec![], false),
    }
}

/// Hand-placed label anchors (lon, lat) for the regional view.
fn label_at(id: &str) -> Option<(f64, f64)> {
    Some(match id {
        "ARM" => (44.55, 40.55),
        "AZE" => (48.1, 40.75),
        "GEO" => (44.0, 41.95),
        "IRN" => (47.0, 38.0),
        "RUS" => (46.2, 43.05),
        "TUR" => (43.3, 39.75),
        "caspian" => (50.0, 38.75),
        "sevan" => (45.3, 40.35),
        "nagorno-karabakh" => (46.55, 40.36),
        _ => return None,
    })
}

/// Label anchors (lon, lat) for the Nagorno-Karabakh close-up.
fn label_detail_at(id: &str) -> Option<(f64, f64)> {
    Some(match id {
        "ARM" => (45.62, 39.72),
        "AZE" => (47.55, 40.28),
        "IRN" => (46.9, 38.98),
        "nagorno-karabakh" => (46.55, 40.36),
        _ => return None,
    })
}

pub struct GeoError(pub String);

fn read(path: &Path) -> Result<Value, GeoError> {
    let text = std::fs::read_to_string(path).map_err(|e| GeoError(format!("{}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| GeoError(format!("{}: {e}", path.display())))
}

/// Reads `caucasus-admin0.geojson` and `nagorno-karabakh.geojson` from `dir`.
pub fn build_map(dir: &Path, it: &mut Interner) -> Result<Map, GeoError> {
    let lcc = Lcc::new();
    let mut shapes = vec![];
    let mut nk_bounds = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut features = vec![];
    for file in ["caucasus-admin0.geojson", "nagorno-karabakh.geojson"] {
        let v = read(&dir.join(file))?;
        for f in v["features"].as_array().into_iter().flatten() {
            features.push(f.clone());
        }
    }
    // Draw order: sea, countries, lakes, NKAO, 1994 line.
    let order = |k: ShapeKind| match k {
        ShapeKind::Sea => 0,
        ShapeKind::Country => 1,
        ShapeKind::Lake => 2,
        ShapeKind::Nkao => 3,
        ShapeKind::CeasefireLine => 4,
    };
    let mut parsed = vec![];
    for f in &features {
        let p = &f["properties"];
        let kind = match p["kind"].as_str() {
            Some("country") => ShapeKind::Country,
            Some("sea") => ShapeKind::Sea,
            Some("lake") => ShapeKind::Lake,
            Some("nkao_1991") => ShapeKind::Nkao,
            Some("ceasefire_line_1994") => ShapeKind::CeasefireLine,
            _ => continue, // held_1994_2020 and others: not drawn
        };
        let id = p["iso_a3"].as_str().or(p["id"].as_str()).unwrap_or("").to_owned();
        let (rings, closed) = rings_of(&f["geometry"]);
        let proj: Vec<Vec<Pt>> =
            rings.iter().map(|r| r.iter().map(|&(lo, la)| lcc.project(lo, la)).collect()).collect();
        if kind == ShapeKind::Nkao {
            for &(x, y) in proj.iter().flatten() {
                nk_bounds = (nk_bounds.0.min(x), nk_bounds.1.min(y), nk_bounds.2.max(x), nk_bounds.3.max(y));
            }
        }
        parsed.push((
            kind,
            id,
            p["name_fr"].as_str().unwrap_or("").to_owned(),
            p["name_en"].as_str().unwrap_or("").to_owned(),
            proj,
            closed,
        ));
    }
    parsed.sort_by_key(|(k, id, ..)| (order(*k), id.clone()));
    if nk_bounds.0 == f64::MAX {
        return Err(GeoError("no nkao_1991 feature in nagorno-karabakh.geojson".into()));
    }
    // Close-up: the NKAO with a margin (Lachin corridor, Goris, Aghdam), 4:3.
    let (cx, cy) = ((nk_bounds.0 + nk_bounds.2) / 2.0, (nk_bounds.1 + nk_bounds.3) / 2.0);
    let h = (nk_bounds.3 - nk_bounds.1) * 1.9;
    let w = h * 1.25;
    let nk_view = (cx - w / 2.0 - 8.0, cy - h / 2.0, w, h);
    let in_nk = |r: &[Pt]| {
        r.iter().any(|&(x, y)| {
            x >= nk_view.0 - w && x <= nk_view.0 + 2.0 * w && y >= nk_view.1 - h && y <= nk_view.1 + 2.0 * h
        })
    };
    for (kind, id, name_fr, name_en, proj, closed) in parsed {
        let simp = |tol: f64, min_area: f64| -> Vec<Vec<Pt>> {
            proj.iter()
                .map(|r| if closed { simplify_ring(r, tol) } else { simplify(r, tol) })
                .filter(|r| !closed || (r.len() >= 4 && area(r) >= min_area))
                .collect()
        };
        let d = path(&simp(TOL_REGION, 0.8), closed);
        let detailed = proj.iter().any(|r| in_nk(r));
        let d_detail = if detailed { path(&simp(TOL_DETAIL, 0.05), closed) } else { d.clone() };
        let label = label_at(&id).map(|(lo, la)| {
            let (x, y) = lcc.project(lo, la);
            (((x * 10.0).round() / 10.0) as f32, ((y * 10.0).round() / 10.0) as f32)
        });
        let label_detail = label_detail_at(&id).map(|(lo, la)| {
            let (x, y) = lcc.project(lo, la);
            (((x * 10.0).round() / 10.0) as f32, ((y * 10.0).round() / 10.0) as f32)
        });
        shapes.push(Shape {
            kind,
            id: it.intern(&id),
            name_fr: it.intern(&name_fr),
            name_en: it.intern(&name_en),
            d: it.intern(&d),
            d_detail: it.intern(&d_detail),
            label,
            label_detail,
        });
    }
    let r1 = |v: f64| ((v * 10.0).round() / 10.0) as f32;
    Ok(Map {
        width: WIDTH as f32,
        height: r1(lcc.height()),
        nk_view: (r1(nk_view.0), r1(nk_view.1), r1(nk_view.2), r1(nk_view.3)),
        shapes,
        projection: it.intern(PROJECTION),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn projection_fits_frame() {
        let l = Lcc::new();
        let (x, _) = l.project(42.5, 37.5);
        let (x2, _) = l.project(51.0, 37.5);
        assert!(x.abs() < 1.0 && (x2 - WIDTH).abs() < 1.0, "{x} {x2}");
        let (_, ytop) = l.project(42.5, 43.5);
        assert!(ytop.abs() < 1.0, "{ytop}");
        assert!(l.project(46.75, 43.5).1 > 1.0); // parallels are arcs
                                                 // Stepanakert is inside the frame, south-east of Yerevan.
        let (sx, sy) = l.project(46.7528, 39.8177);
        let (yx, yy) = l.project(44.5126, 40.1811);
        assert!(sx > yx && sy > yy);
    }
    #[test]
    fn simplify_keeps_shape() {
        let line: Vec<Pt> = (0..100).map(|i| (i as f64, if i == 50 { 5.0 } else { 0.0 })).collect();
        assert_eq!(
            simplify(&line, 0.5),
            vec![(0.0, 0.0), (49.0, 0.0), (50.0, 5.0), (51.0, 0.0), (99.0, 0.0)]
        );
        let mut s = String::new();
        num(&mut s, 12.345);
        s.push(' ');
        num(&mut s, -0.04);
        s.push(' ');
        num(&mut s, 3.0);
        assert_eq!(s, "12.3 0 3");
    }
}
