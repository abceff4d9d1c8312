//! Map geometry for any story: Natural Earth countries (the npm `world-atlas` TopoJSON)
//! and the story's own GeoJSON outlines, projected for the story's region ([`projection`]),
//! simplified once per shared border ([`topology`]), cut to the frame ([`clip`]) and
//! written as SVG paths ([`path`]).
//!
//! Country names come from the npm `i18n-iso-countries` package (French) and from Natural
//! Earth (English). Labels go where each area has the most room inside each view, so no
//! story needs hand-placed anchors.
use crate::story::{BBox, Localized, OutlineStyle, Story};
use chronocarte_model::{Interner, Map, MapView, Shape, ShapeKind, Text};
use clip::Rect;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use topology::{Pt, Topology};

mod clip;
mod path;
pub mod projection;
mod svg;
mod topology;

pub use projection::{Projection, WIDTH};

/// Simplification tolerance (map units) for the regional view and the close-ups.
pub const TOL_REGION: f64 = 1.0;
pub const TOL_DETAIL: f64 = 0.3;
/// A label needs this much room around its anchor, in screen pixels (the widget draws
/// the map about 560 px wide).
const LABEL_ROOM_PX: f64 = 12.0;

#[derive(Debug)]
pub struct GeoError(pub String);

fn read(path: &Path) -> Result<Value, GeoError> {
    let text = std::fs::read_to_string(path).map_err(|e| GeoError(format!("{}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| GeoError(format!("{}: {e}", path.display())))
}

/// The world's countries and their names, from two npm data packages.
pub struct World {
    topology: Topology,
    /// ISO numeric → (alpha-3, French name).
    iso: HashMap<String, (String, String)>,
}

impl World {
    /// The files `npm ci` puts in `node_modules`.
    pub fn files(node_modules: &Path) -> [PathBuf; 3] {
        [
            node_modules.join("world-atlas/countries-10m.json"),
            node_modules.join("i18n-iso-countries/codes.json"),
            node_modules.join("i18n-iso-countries/langs/fr.json"),
        ]
    }

    pub fn load(node_modules: &Path) -> Result<World, GeoError> {
        let [atlas, codes, fr] = Self::files(node_modules);
        if !atlas.exists() {
            return Err(GeoError(format!(
                "{}: not found; the map comes from the npm package world-atlas: run `./dev setup` (or `npm ci`)",
                atlas.display()
            )));
        }
        let topology =
            Topology::parse(&read(&atlas)?).map_err(|e| GeoError(format!("{}: {e}", atlas.display())))?;
        let fr = read(&fr)?;
        let mut iso = HashMap::new();
        for row in read(&codes)?.as_array().into_iter().flatten() {
            let (Some(a2), Some(a3), Some(num)) = (row[0].as_str(), row[1].as_str(), row[2].as_str()) else {
                continue;
            };
            let name = &fr["countries"][a2];
            let name = name.as_str().or_else(|| name[0].as_str()).unwrap_or("");
            iso.insert(num.to_owned(), (a3.to_owned(), name.to_owned()));
        }
        Ok(World { topology, iso })
    }

    /// `[west, south, east, north]` around these alpha-3 codes, with a margin.
    fn bbox_of(&self, codes: &[String]) -> Option<BBox> {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for c in &self.topology.countries {
            if self.iso.get(&c.numeric).is_some_and(|(a3, _)| codes.contains(a3)) {
                let cb = self.topology.bbox(c);
                b = [b[0].min(cb[0]), b[1].min(cb[1]), b[2].max(cb[2]), b[3].max(cb[3])];
            }
        }
        let m = ((b[2] - b[0]).max(b[3] - b[1]) * 0.12).max(0.5);
        (b[0] <= b[2]).then(|| [b[0] - m, (b[1] - m).max(-84.0), b[2] + m, (b[3] + m).min(84.0)])
    }
}

/// The region's frame: the story's box, or its countries' with a margin.
pub fn region(story: &Story, world: &World) -> Result<BBox, GeoError> {
    if let Some(b) = story.map.bbox {
        return Ok(b);
    }
    world.bbox_of(&story.map.countries).ok_or_else(|| {
        GeoError(format!(
            "story.toml: none of the map's countries {:?} is in world-atlas",
            story.map.countries
        ))
    })
}

fn text(it: &mut Interner, l: &Localized) -> Text {
    Text { fr: it.intern(&l.fr), en: it.intern(&l.en) }
}

/// The rectangle a lon/lat box projects to, widened to the `aspect` (w/h) of the region view.
fn view_rect(p: &Projection, b: BBox, aspect: f64) -> Rect {
    let mut r = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for i in 0..=20 {
        let a = i as f64 / 20.0;
        let (lon, lat) = (b[0] + a * (b[2] - b[0]), b[1] + a * (b[3] - b[1]));
        for (x, y) in [(lon, b[1]), (lon, b[3]), (b[0], lat), (b[2], lat)].map(|(lo, la)| p.project(lo, la)) {
            r = (r.0.min(x), r.1.min(y), r.2.max(x), r.3.max(y));
        }
    }
    let (cx, cy) = ((r.0 + r.2) / 2.0, (r.1 + r.3) / 2.0);
    let (w, h) = ((r.2 - r.0).max((r.3 - r.1) * aspect), (r.3 - r.1).max((r.2 - r.0) / aspect));
    (cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0)
}

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 <= b.2 && b.0 <= a.2 && a.1 <= b.3 && b.1 <= a.3
}

fn bounds(rings: &[Vec<Pt>]) -> Rect {
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in rings.iter().flatten() {
        b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
    }
    b
}

fn r1(v: f64) -> f32 {
    ((v * 10.0).round() / 10.0) as f32
}

/// What every shape is made from before interning.
struct Draft {
    kind: ShapeKind,
    id: String,
    name: Localized,
    note: Localized,
    focus: bool,
    legend: bool,
    region: Vec<Vec<Pt>>,
    detail: Option<Vec<Vec<Pt>>>,
    closed: bool,
    labels: Vec<(u8, f32, f32)>,
}

/// The frame, its views, and everything drawn in them.
struct Frame {
    proj: Projection,
    /// Everything outside is cut.
    outer: Rect,
    views: Vec<Rect>,
}

impl Frame {
    fn new(story: &Story, bbox: BBox) -> Frame {
        let proj = Projection::for_region(bbox);
        let (w, h) = (WIDTH, proj.height());
        // The projected frame's edges are curved: the regional view is inset a little.
        let region = (w * 0.03, h * 0.03, w * 0.97, h * 0.97);
        let aspect = (region.2 - region.0) / (region.3 - region.1);
        let mut views = vec![region];
        views.extend(story.map.view.iter().map(|v| view_rect(&proj, v.bbox, aspect)));
        Frame { proj, outer: (-0.06 * w, -0.06 * h, 1.06 * w, 1.06 * h), views }
    }

    /// Close-ups, widened by half: the shapes near them get the detailed paths.
    fn near_close_up(&self, b: Rect) -> bool {
        self.views[1..].iter().any(|v| {
            let (mw, mh) = ((v.2 - v.0) / 2.0, (v.3 - v.1) / 2.0);
            overlaps(b, (v.0 - mw, v.1 - mh, v.2 + mw, v.3 + mh))
        })
    }

    /// Anchors for an area's label in every view where it has room, moved in from the
    /// view's sides so that a label of `chars` capitals stays whole.
    fn area_labels(
        &self,
        region: &[Vec<Pt>],
        detail: Option<&Vec<Vec<Pt>>>,
        chars: usize,
    ) -> Vec<(u8, f32, f32)> {
        let mut out = vec![];
        for (i, &v) in self.views.iter().enumerate() {
            let rings = if i == 0 { region } else { detail.map(Vec::as_slice).unwrap_or(region) };
            let unit = (v.2 - v.0) / 560.0;
            if let Some(((x, y), _)) = clip::label_point(rings, v).filter(|&(_, d)| d >= unit * LABEL_ROOM_PX)
            {
                // About 10 px per spaced capital at the widget's 14 px.
                let half = (chars as f64 * 5.5 * unit).min((v.2 - v.0) / 2.0);
                out.push((i as u8, r1(x.clamp(v.0 + half, v.2 - half)), r1(y)));
            }
        }
        out
    }
}

/// Countries near the region, from shared arcs simplified once per tolerance.
fn countries(frame: &Frame, story: &Story, world: &World, bbox: BBox) -> Vec<Draft> {
    let t = &world.topology;
    let pad = ((bbox[2] - bbox[0]).max(bbox[3] - bbox[1])) * 0.3;
    let near = |b: [f64; 4]| {
        b[0] <= bbox[2] + pad && bbox[0] - pad <= b[2] && b[1] <= bbox[3] + pad && bbox[1] - pad <= b[3]
    };
    let mut cache: HashMap<(usize, bool), Vec<Pt>> = HashMap::new();
    let mut rings_at = |c: &topology::Country, detail: bool| -> Vec<Vec<Pt>> {
        let tol = if detail { TOL_DETAIL } else { TOL_REGION };
        for r in c.rings.iter().flatten() {
            cache.entry((r.arc, detail)).or_insert_with(|| {
                let pts: Vec<Pt> = t.arcs[r.arc].iter().map(|&(lo, la)| frame.proj.project(lo, la)).collect();
                path::simplify(&pts, tol)
            });
        }
        let arcs = |i: usize| &cache[&(i, detail)];
        let min_area = if detail { 0.05 } else { 0.8 };
        c.rings
            .iter()
            .map(|ring| clip::clip_ring(&Topology::stitch(ring, |i| arcs(i).as_slice()), frame.outer))
            .filter(|r| r.len() >= 4 && path::area(r) >= min_area)
            .collect()
    };
    let mut out = vec![];
    for c in t.countries.iter().filter(|c| near(t.bbox(c))) {
        let region = rings_at(c, false);
        if region.is_empty() {
            continue;
        }
        let detail = frame.near_close_up(bounds(&region)).then(|| rings_at(c, true));
        let (a3, fr) = world.iso.get(&c.numeric).cloned().unwrap_or_default();
        let id = if a3.is_empty() { crate::bake::slug(&c.name) } else { a3.clone() };
        let fr = if fr.is_empty() { c.name.clone() } else { fr };
        out.push((id, fr, c.name.clone(), story.map.focus.contains(&a3), region, detail));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.into_iter()
        .map(|(id, fr, en, focus, region, detail)| {
            let labels =
                frame.area_labels(&region, detail.as_ref(), fr.chars().count().max(en.chars().count()));
            Draft {
                kind: ShapeKind::Country,
                id,
                name: Localized { fr, en },
                note: Localized::default(),
                focus,
                legend: false,
                region,
                detail,
                closed: true,
                labels,
            }
        })
        .collect()
}

fn rings_of(geom: &Value) -> (Vec<Vec<Pt>>, bool) {
    let coords = &geom["coordinates"];
    let ring = |v: &Value| -> Vec<Pt> {
        v.as_array()
            .map(|a| a.iter().filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?))).collect())
            .unwrap_or_default()
    };
    let list = |v: &Value| -> Vec<Vec<Pt>> {
        v.as_array().map(|a| a.iter().map(ring).collect()).unwrap_or_default()
    };
    match geom["type"].as_str() {
        Some("Polygon") => (list(coords), true),
        Some("MultiPolygon") => (coords.as_array().into_iter().flatten().flat_map(list).collect(), true),
        Some("LineString") => (vec![ring(coords)], false),
        Some("MultiLineString") => (list(coords), false),
        _ => (vec![], false),
    }
}

/// "Label. Note." in each language.
fn legend_text(label: &Localized, note: &Localized) -> Localized {
    let join = |l: &str, n: &str| if n.is_empty() { l.to_owned() } else { format!("{l}. {n}") };
    Localized { fr: join(&label.fr, &note.fr), en: join(&label.en, &note.en) }
}

/// The story's own shapes: every `[[map.outline]]` of `story.toml`.
fn outlines(frame: &Frame, story: &Story) -> Result<Vec<Draft>, GeoError> {
    let mut out = vec![];
    for o in &story.map.outline {
        let file = story.dir.join(&o.file);
        let v = read(&file)?;
        let features: Vec<&Value> = v["features"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| o.feature.as_deref().is_none_or(|id| f["properties"]["id"].as_str() == Some(id)))
            .collect();
        if features.is_empty() {
            let what = o
                .feature
                .as_deref()
                .map(|f| format!("no feature with \"id\": {f:?}"))
                .unwrap_or("no feature".into());
            return Err(GeoError(format!(
                "{}: {what}; fix `feature` in story.toml's [[map.outline]]",
                file.display()
            )));
        }
        for f in features {
            let (rings, closed) = rings_of(&f["geometry"]);
            let proj: Vec<Vec<Pt>> = rings
                .iter()
                .map(|r| r.iter().map(|&(lo, la)| frame.proj.project(lo, la)).collect())
                .collect();
            let simp = |tol: f64| -> Vec<Vec<Pt>> {
                proj.iter()
                    .map(|r| if closed { path::simplify_ring(r, tol) } else { path::simplify(r, tol) })
                    .filter(|r| !closed || r.len() >= 4)
                    .collect()
            };
            let region = simp(TOL_REGION);
            let detail = frame.near_close_up(bounds(&proj)).then(|| simp(TOL_DETAIL));
            let kind = match o.style {
                OutlineStyle::Area => ShapeKind::Outline,
                OutlineStyle::Line => ShapeKind::Line,
                OutlineStyle::Lake => ShapeKind::Lake,
                OutlineStyle::Sea => ShapeKind::Sea,
            };
            // An outline's label shows in the views where the outline is big enough to
            // carry it (a quarter of the view's width; a twentieth for water).
            let b = bounds(&proj);
            let share = if matches!(kind, ShapeKind::Lake | ShapeKind::Sea) { 0.05 } else { 0.25 };
            let labels = o
                .label_at
                .map(|[lo, la]| frame.proj.project(lo, la))
                .map(|(x, y)| {
                    (frame.views.iter().enumerate())
                        .filter(|(_, v)| {
                            x > v.0 && x < v.2 && y > v.1 && y < v.3 && (b.2 - b.0) >= share * (v.2 - v.0)
                        })
                        .map(|(i, _)| (i as u8, r1(x), r1(y)))
                        .collect()
                })
                .unwrap_or_default();
            let id = f["properties"]["id"]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| o.file.trim_end_matches(".geojson").to_owned());
            out.push(Draft {
                kind,
                id,
                name: o.map_label.clone().unwrap_or_else(|| o.label.clone()),
                note: legend_text(&o.label, &o.note),
                focus: false,
                legend: o.legend && matches!(kind, ShapeKind::Outline | ShapeKind::Line),
                region,
                detail,
                closed,
                labels,
            });
        }
    }
    Ok(out)
}

/// The widget's CSS class of a shape (`style.css`).
fn shape_class(k: ShapeKind, focus: bool) -> &'static str {
    match k {
        ShapeKind::Country if focus => "cc-country cc-country-focus",
        ShapeKind::Country => "cc-country",
        ShapeKind::Sea => "cc-sea",
        ShapeKind::Lake => "cc-lake",
        ShapeKind::Outline => "cc-outline",
        ShapeKind::Line => "cc-line",
    }
}

/// Builds the map for `story` from the world's countries and the story's outlines. Names go
/// to `it`; the SVG markup goes to `paths`, whose indices the caller shifts when it appends
/// them to the string table (see `bake`).
pub fn build_map(
    story: &Story,
    world: &World,
    it: &mut Interner,
    paths: &mut Interner,
) -> Result<(Map, Projection), GeoError> {
    let bbox = region(story, world)?;
    let frame = Frame::new(story, bbox);
    let mut drafts = vec![sea(&frame)];
    drafts.extend(countries(&frame, story, world, bbox));
    drafts.extend(outlines(&frame, story)?);
    drafts.sort_by_key(|d| draw_order(d.kind));
    let (shapes, svg, svg_detail) = shapes_and_markup(drafts, it);
    let map = Map {
        width: WIDTH as f32,
        height: r1(frame.proj.height()),
        views: views(&frame, story, it),
        shapes,
        // Without close-ups (or near them) no shape has detail: the same string, stored once.
        svg: paths.intern(&pack(&svg)),
        svg_detail: paths.intern(&pack(&svg_detail)),
        projection: it.intern(&frame.proj.describe()),
    };
    Ok((map, frame.proj))
}

/// The outlines' markup in the bundle's compact code (`chronocarte_model::outline`),
/// checked to unpack to the very same markup: the reader sees the same map.
fn pack(markup: &str) -> String {
    let code = chronocarte_model::outline::pack(markup).expect("the baker's own markup packs");
    assert_eq!(chronocarte_model::outline::unpack(&code), markup, "outline code round trip");
    code
}

/// The sea under everything, the whole frame: the land is drawn on it.
fn sea(frame: &Frame) -> Draft {
    let o = frame.outer;
    Draft {
        kind: ShapeKind::Sea,
        id: "sea".into(),
        name: Localized::default(),
        note: Localized::default(),
        focus: false,
        legend: false,
        region: vec![vec![(o.0, o.1), (o.2, o.1), (o.2, o.3), (o.0, o.3), (o.0, o.1)]],
        detail: None,
        closed: true,
        labels: vec![],
    }
}

/// Sea, land, water on land, outlines, lines (a stable sort keeps each group's order).
fn draw_order(k: ShapeKind) -> u8 {
    match k {
        ShapeKind::Sea => 0,
        ShapeKind::Country => 1,
        ShapeKind::Lake => 2,
        ShapeKind::Outline => 3,
        ShapeKind::Line => 4,
    }
}

/// The shapes' names and labels, and their outlines as markup: one string for the regional
/// view (whole units) and one for the close-ups (a decimal where a shape has detail). The
/// outlines never change with the filters, so the widget inserts each string as it is
/// (`Map::svg`).
fn shapes_and_markup(drafts: Vec<Draft>, it: &mut Interner) -> (Vec<Shape>, String, String) {
    let (mut svg, mut svg_detail) = (String::new(), String::new());
    let shapes = drafts
        .into_iter()
        .map(|d| {
            let class = shape_class(d.kind, d.focus);
            let region = path::path(&d.region, d.closed, 1);
            svg::path(&mut svg, class, &region);
            match &d.detail {
                Some(r) => svg::path(&mut svg_detail, class, &path::path(r, d.closed, 10)),
                None => svg::path(&mut svg_detail, class, &region),
            }
            Shape {
                kind: d.kind,
                id: it.intern(&d.id),
                name: text(it, &d.name),
                note: text(it, &d.note),
                focus: d.focus,
                legend: d.legend,
                labels: d.labels,
            }
        })
        .collect();
    (shapes, svg, svg_detail)
}

/// The whole region's view, then the story's close-ups, with their view boxes.
fn views(frame: &Frame, story: &Story, it: &mut Interner) -> Vec<MapView> {
    let region_label = Localized { fr: "Région".into(), en: "Region".into() };
    let labels = std::iter::once(("region", &region_label))
        .chain(story.map.view.iter().map(|v| (v.id.as_str(), &v.label)));
    labels
        .zip(&frame.views)
        .map(|((id, label), r)| MapView {
            id: it.intern(id),
            label: text(it, label),
            viewbox: (r1(r.0), r1(r.1), r1(r.2 - r.0), r1(r.3 - r.1)),
        })
        .collect()
}
