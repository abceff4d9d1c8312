//! TopoJSON (the npm `world-atlas` package's Natural Earth countries) decoded into arcs and
//! the countries that use them.
//!
//! A TopoJSON border between two countries is one arc that both reference, so simplifying
//! each arc once (keeping its ends) gives neighbours the same border: no gaps, no slivers.
use serde_json::Value;

pub type Pt = (f64, f64);

/// An arc reference: index, reversed when the file wrote `!i` (that is, `-i - 1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArcRef {
    pub arc: usize,
    pub reversed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166 numeric code as the file writes it ("051"), empty for the few features
    /// without one.
    pub numeric: String,
    /// Natural Earth's English short name.
    pub name: String,
    /// Rings (outer and holes alike, for an even-odd fill) as arc references.
    pub rings: Vec<Vec<ArcRef>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topology {
    /// Arcs in (lon, lat).
    pub arcs: Vec<Vec<Pt>>,
    pub countries: Vec<Country>,
}

impl Topology {
    /// Decodes the `countries` object of a (quantized or not) TopoJSON topology.
    pub fn parse(v: &Value) -> Result<Topology, String> {
        let (scale, translate) = match v.get("transform") {
            Some(t) => (pair(&t["scale"])?, pair(&t["translate"])?),
            None => ((1.0, 1.0), (0.0, 0.0)),
        };
        let quantized = v.get("transform").is_some();
        let arcs = v["arcs"]
            .as_array()
            .ok_or("no `arcs` array")?
            .iter()
            .map(|a| {
                let (mut x, mut y) = (0.0, 0.0);
                let pts = a.as_array().map(Vec::as_slice).unwrap_or_default();
                pts.iter()
                    .map(|p| {
                        let (dx, dy) = (p[0].as_f64().unwrap_or(0.0), p[1].as_f64().unwrap_or(0.0));
                        (x, y) = if quantized { (x + dx, y + dy) } else { (dx, dy) };
                        (x * scale.0 + translate.0, y * scale.1 + translate.1)
                    })
                    .collect()
            })
            .collect::<Vec<Vec<Pt>>>();
        let geoms = v["objects"]["countries"]["geometries"].as_array().ok_or("no `objects.countries`")?;
        let mut countries = vec![];
        for g in geoms {
            let polys: Vec<&Value> = match g["type"].as_str() {
                Some("Polygon") => vec![&g["arcs"]],
                Some("MultiPolygon") => g["arcs"].as_array().map(|a| a.iter().collect()).unwrap_or_default(),
                _ => continue,
            };
            let mut rings = vec![];
            for ring in polys.into_iter().flat_map(|p| p.as_array().into_iter().flatten()) {
                let refs: Vec<ArcRef> = ring
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_i64)
                    .map(|i| {
                        if i < 0 {
                            ArcRef { arc: (-i - 1) as usize, reversed: true }
                        } else {
                            ArcRef { arc: i as usize, reversed: false }
                        }
                    })
                    .collect();
                if refs.iter().any(|r| r.arc >= arcs.len()) {
                    return Err(format!("a ring refers to a missing arc in {:?}", g["properties"]["name"]));
                }
                rings.push(refs);
            }
            countries.push(Country {
                numeric: g["id"].as_str().unwrap_or("").to_owned(),
                name: g["properties"]["name"].as_str().unwrap_or("").to_owned(),
                rings,
            });
        }
        Ok(Topology { arcs, countries })
    }

    /// The ring's points from its (transformed) arcs: each arc after the first drops its
    /// first point, which is the previous arc's last.
    pub fn stitch<'a>(ring: &[ArcRef], arc: impl Fn(usize) -> &'a [Pt]) -> Vec<Pt> {
        let mut out: Vec<Pt> = vec![];
        for r in ring {
            let a = arc(r.arc);
            let pts: Box<dyn Iterator<Item = &Pt>> =
                if r.reversed { Box::new(a.iter().rev()) } else { Box::new(a.iter()) };
            out.extend(pts.skip(usize::from(!out.is_empty())));
        }
        out
    }

    /// The country's box in degrees, `[west, south, east, north]`.
    pub fn bbox(&self, c: &Country) -> [f64; 4] {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for r in c.rings.iter().flatten() {
            for &(x, y) in &self.arcs[r.arc] {
                b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
            }
        }
        b
    }
}

fn pair(v: &Value) -> Result<(f64, f64), String> {
    v[0].as_f64().zip(v[1].as_f64()).ok_or_else(|| "a transform is not two numbers".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side that share the arc x = 1.
    const TWO_SQUARES: &str = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
      "objects":{"countries":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
        {"type":"MultiPolygon","id":"002","properties":{"name":"East"},"arcs":[[[2,-1]]]}]}},
      "arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]]}"#;

    #[test]
    fn shared_arcs_stitch_both_ways() {
        let t = Topology::parse(&serde_json::from_str(TWO_SQUARES).unwrap()).unwrap();
        assert_eq!(t.arcs[0], [(1.0, 0.0), (1.0, 1.0)], "deltas are summed");
        let west = Topology::stitch(&t.countries[0].rings[0], |i| &t.arcs[i]);
        assert_eq!(west, [(1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0), (1.0, 0.0)]);
        let east = Topology::stitch(&t.countries[1].rings[0], |i| &t.arcs[i]);
        assert_eq!(east.first(), east.last(), "closed");
        assert!(east.contains(&(1.0, 0.0)) && east.contains(&(2.0, 1.0)));
        assert_eq!(t.bbox(&t.countries[1]), [1.0, 0.0, 2.0, 1.0]);
        assert_eq!(t.countries[1].name, "East");
    }

    #[test]
    fn a_missing_arc_is_an_error() {
        let bad = TWO_SQUARES.replace("[[0,1]]", "[[0,7]]");
        assert!(Topology::parse(&serde_json::from_str(&bad).unwrap()).is_err());
    }
}
