//! The map projection, chosen from the story's region, and its fit to the map frame.
//!
//! A region away from the equator gets a Lambert conformal conic with standard parallels
//! at one sixth and five sixths of its latitude range (the usual rule for a conic: shapes
//! stay true and areas within a fraction of a percent over a frame of a few degrees). A
//! region that crosses the equator gets a Mercator, where a conic degenerates. The frame is
//! fitted to [`WIDTH`] units wide, y down (SVG).
use crate::story::BBox;

pub const WIDTH: f64 = 1000.0;

#[derive(Debug, Clone, Copy)]
enum Kind {
    /// `n`, `f`, `rho0`.
    Conic {
        n: f64,
        f: f64,
        rho0: f64,
    },
    Mercator,
}

#[derive(Debug, Clone, Copy)]
pub struct Projection {
    kind: Kind,
    lon0: f64,
    /// The region, `[west, south, east, north]`.
    pub bbox: BBox,
    /// Affine fit to the frame.
    k: f64,
    x0: f64,
    y0: f64,
    height: f64,
}

impl Projection {
    pub fn for_region(bbox: BBox) -> Self {
        let r = f64::to_radians;
        let [w, s, e, n] = bbox;
        let lon0 = r((w + e) / 2.0);
        let kind = if s < 0.0 && n > 0.0 {
            Kind::Mercator
        } else {
            let (p1, p2) = (r(s + (n - s) / 6.0), r(n - (n - s) / 6.0));
            let t = |p: f64| (std::f64::consts::FRAC_PI_4 + p / 2.0).tan();
            let cone = if (p1 - p2).abs() < 1e-9 {
                p1.sin()
            } else {
                (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln()
            };
            let f = p1.cos() * t(p1).powf(cone) / cone;
            Kind::Conic { n: cone, f, rho0: f / t(r((s + n) / 2.0)).powf(cone) }
        };
        let mut p = Projection { kind, lon0, bbox, k: 1.0, x0: 0.0, y0: 0.0, height: 0.0 };
        let (minx, miny, maxx, maxy) = p.raw_bounds();
        p.k = WIDTH / (maxx - minx);
        p.x0 = minx;
        p.y0 = miny;
        p.height = (maxy - miny) * p.k;
        p
    }

    /// The frame's outline, sampled (a conic's parallels are arcs).
    fn raw_bounds(&self) -> (f64, f64, f64, f64) {
        let [w, s, e, n] = self.bbox;
        let (mut b0, mut b1, mut b2, mut b3) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for i in 0..=40 {
            let a = i as f64 / 40.0;
            let (lon, lat) = (w + a * (e - w), s + a * (n - s));
            for (x, y) in [(lon, s), (lon, n), (w, lat), (e, lat)].map(|(lo, la)| self.raw(lo, la)) {
                (b0, b1, b2, b3) = (b0.min(x), b1.min(y), b2.max(x), b3.max(y));
            }
        }
        (b0, b1, b2, b3)
    }

    fn raw(&self, lon: f64, lat: f64) -> (f64, f64) {
        let lat = lat.clamp(-85.0, 85.0).to_radians();
        let t = (std::f64::consts::FRAC_PI_4 + lat / 2.0).tan();
        let dl = lon.to_radians() - self.lon0;
        match self.kind {
            Kind::Conic { n, f, rho0 } => {
                let rho = f / t.powf(n);
                let th = n * dl;
                (rho * th.sin(), -(rho0 - rho * th.cos()))
            }
            Kind::Mercator => (dl, -t.ln()),
        }
    }

    /// Map units, y down.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.raw(lon, lat);
        ((x - self.x0) * self.k, (y - self.y0) * self.k)
    }

    pub fn height(&self) -> f64 {
        self.height
    }

    pub fn in_frame(&self, lon: f64, lat: f64) -> bool {
        let [w, s, e, n] = self.bbox;
        (w..=e).contains(&lon) && (s..=n).contains(&lat)
    }

    /// What the credits say.
    pub fn describe(&self) -> String {
        let [w, s, e, n] = self.bbox;
        match self.kind {
            Kind::Conic { .. } => format!(
                "Lambert conformal conic, standard parallels {:.2}° and {:.2}°, centred on {:.2}°E {:.2}°N",
                s + (n - s) / 6.0,
                n - (n - s) / 6.0,
                (w + e) / 2.0,
                (s + n) / 2.0
            ),
            Kind::Mercator => format!("Mercator, centred on {:.2}°E", (w + e) / 2.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conic_fits_the_frame() {
        let p = Projection::for_region([42.5, 37.5, 51.0, 43.5]);
        let (x, _) = p.project(42.5, 37.5);
        let (x2, _) = p.project(51.0, 37.5);
        assert!(x.abs() < 1.0 && (x2 - WIDTH).abs() < 1.0, "{x} {x2}");
        assert!(p.project(42.5, 43.5).1.abs() < 1.0);
        assert!(p.project(46.75, 43.5).1 > 1.0, "parallels are arcs");
        // Stepanakert is south-east of Yerevan.
        let (sx, sy) = p.project(46.7528, 39.8177);
        let (yx, yy) = p.project(44.5126, 40.1811);
        assert!(sx > yx && sy > yy);
        assert!(p.describe().starts_with("Lambert"));
    }

    #[test]
    fn equator_gets_a_mercator() {
        let p = Projection::for_region([12.0, -13.0, 31.0, 5.0]);
        assert!(p.describe().starts_with("Mercator"));
        let (x, y) = p.project(12.0, 5.0);
        assert!(x.abs() < 1e-6 && y.abs() < 1e-6);
        assert!((p.project(31.0, 5.0).0 - WIDTH).abs() < 1e-6);
        assert!(p.height() > 900.0 && p.height() < 1000.0, "{}", p.height());
    }

    #[test]
    fn southern_conic_keeps_north_up() {
        let p = Projection::for_region([-75.0, -56.0, -53.0, -22.0]);
        assert!(p.project(-60.0, -30.0).1 < p.project(-60.0, -50.0).1);
    }
}
