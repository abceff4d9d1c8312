//! Reads a [`Bundle`] from the baker's postcard bytes, written out by hand.
//!
//! The baker writes with `postcard` through serde (`Bundle::to_bytes`); the widget reads
//! with this module instead of serde's derived `Deserialize`. Why: serde's visitors for the
//! bundle's 17 types were the largest single function of the widget's wasm (12.5 KB before
//! compression), and the layout they decode is simple and fixed by postcard's
//! specification (<https://postcard.jamesmunns.com/wire-format>):
//! - unsigned integers are LEB128 varints, signed ones zig-zag varints, `u8` one byte;
//! - `f32` is four little-endian bytes, `bool` one byte (0 or 1);
//! - `Option` is a tag byte (0 or 1) then the value, a sequence or a string is a varint
//!   length then its items or UTF-8 bytes;
//! - a struct or tuple is its fields in declaration order, an enum its variant index;
//! - the strings are one [`string_table`]: their lengths, then their text.
//!
//! Tests check that both readers agree on every story shape the baker produces (the seeds,
//! synthetic stories, every truncation), so the two cannot drift apart unnoticed.
use crate::*;

/// A cursor over the bytes; strings are borrowed from them (zero-copy).
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// What went wrong, at `pos`. Kept here rather than in the `Err`, so that every `?`
    /// moves a zero-sized error (measured: the bundle reader's code shrinks by half).
    error: &'static str,
}

/// A failed read; the reason is in [`Reader::error`].
pub(crate) struct Fail;

type Res<T> = Result<T, Fail>;

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0, error: "" }
    }

    fn fail<T>(&mut self, what: &'static str) -> Res<T> {
        self.error = what;
        Err(Fail)
    }

    /// The error a failed read leaves, naming the byte where it stopped.
    pub(crate) fn invalid(&self) -> Invalid {
        Invalid(format!("postcard: {} at byte {}", self.error, self.pos))
    }

    fn byte(&mut self) -> Res<u8> {
        let Some(&b) = self.bytes.get(self.pos) else { return self.fail("unexpected end") };
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Res<&'a [u8]> {
        if n > self.bytes.len() - self.pos {
            return self.fail("unexpected end");
        }
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn varint(&mut self) -> Res<u32> {
        let mut v = 0u32;
        for i in 0..5 {
            let b = self.byte()?;
            if i == 4 && b > 0x0f {
                return self.fail("varint overflows 32 bits");
            }
            v |= u32::from(b & 0x7f) << (7 * i);
            if b < 0x80 {
                return Ok(v);
            }
        }
        self.fail("varint overflows 32 bits")
    }

    fn tag(&mut self) -> Res<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => self.fail("bad bool or option tag"),
        }
    }

    fn variant<T: Copy>(&mut self, all: &[T]) -> Res<T> {
        let i = self.varint()? as usize;
        match all.get(i) {
            Some(&v) => Ok(v),
            None => self.fail("unknown enum variant"),
        }
    }

    pub(crate) fn read<T: Read<'a>>(&mut self) -> Res<T> {
        T::read(self)
    }

    /// Fails if bytes are left over (postcard's `from_bytes` ignores them; a baked bundle
    /// has none, so leftovers mean a layout mismatch).
    pub(crate) fn finish(&mut self) -> Res<()> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            self.fail("trailing bytes")
        }
    }
}

/// A value with a postcard layout.
pub(crate) trait Read<'a>: Sized {
    fn read(r: &mut Reader<'a>) -> Res<Self>;
}

impl Read<'_> for u32 {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        r.varint()
    }
}

impl Read<'_> for i32 {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        let z = r.varint()?;
        Ok((z >> 1) as i32 ^ -((z & 1) as i32))
    }
}

impl Read<'_> for u8 {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        r.byte()
    }
}

impl Read<'_> for f32 {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        let b = r.take(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

impl Read<'_> for bool {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        r.tag()
    }
}

impl<'a> Read<'a> for &'a str {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        let n = r.varint()? as usize;
        let b = r.take(n)?;
        match core::str::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => r.fail("invalid UTF-8"),
        }
    }
}

impl<'a, T: Read<'a>> Read<'a> for Option<T> {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        Ok(if r.tag()? { Some(r.read()?) } else { None })
    }
}

impl<'a, T: Read<'a>> Read<'a> for Vec<T> {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        let n = r.varint()? as usize;
        // Every item takes at least one byte: a corrupt length cannot reserve more.
        let mut v = Vec::with_capacity(n.min(r.bytes.len() - r.pos));
        for _ in 0..n {
            v.push(r.read()?);
        }
        Ok(v)
    }
}

impl<'a, A: Read<'a>, B: Read<'a>> Read<'a> for (A, B) {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        Ok((r.read()?, r.read()?))
    }
}

impl<'a, A: Read<'a>, B: Read<'a>, C: Read<'a>> Read<'a> for (A, B, C) {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        Ok((r.read()?, r.read()?, r.read()?))
    }
}

impl<'a, A: Read<'a>, B: Read<'a>, C: Read<'a>, D: Read<'a>> Read<'a> for (A, B, C, D) {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        Ok((r.read()?, r.read()?, r.read()?, r.read()?))
    }
}

/// A struct read field by field. The fields must be listed in declaration order (postcard
/// writes them so); the struct literal makes a missing field a compile error, and the tests
/// catch two fields of one type listed out of order.
macro_rules! record {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl<'a> Read<'a> for $t {
            fn read(r: &mut Reader<'a>) -> Res<Self> {
                Ok($t { $($f: r.read()?),* })
            }
        }
    )*};
}

/// A fieldless enum read by variant index, its variants listed in declaration order.
macro_rules! variants {
    ($($t:ident [$($v:ident),* $(,)?])*) => {$(
        impl Read<'_> for $t {
            fn read(r: &mut Reader<'_>) -> Res<Self> {
                r.variant(&[$($t::$v),*])
            }
        }
    )*};
}

impl Read<'_> for Str {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        Ok(Str(r.varint()?))
    }
}

impl Read<'_> for EventKind {
    fn read(r: &mut Reader<'_>) -> Res<Self> {
        r.variant(&EventKind::ALL)
    }
}

variants! {
    Precision [Day, Week, Month, Year]
    PlacePrecision [Exact, City, Region, Country]
    Role [Initiator, Target, Participant, Claimant, Mediator]
    ShapeKind [Country, Sea, Lake, Outline, Line]
}

record! {
    Text { fr, en }
    Story { title, standfirst, credit, episodes, name_languages }
    Episode { label, start, end }
    Outlet { slug, name }
    Article { id, title, outlet, published, url }
    Actor { id, label_fr, label_en, color }
    Place { id, kind, name, names, lat, lon, x, y, on_map, area_radius }
    EventActor { actor, role }
    Fatalities { killed_min, wounded_min, claimed_by }
    Mention { article, quote, claimed_by, trigger }
    Event {
        id, kind, start, end, precision, date_expr, resolved_against, date_anchor, night,
        place, place_precision, actors, fatalities, disputed_by, mentions, headline, aliases,
    }
    Shape { kind, id, name, note, focus, labels, legend }
    Map { width, height, views, shapes, svg, svg_detail, projection }
    MapView { id, label, viewbox }
}

impl<'a> Read<'a> for Bundle<'a> {
    fn read(r: &mut Reader<'a>) -> Res<Self> {
        Ok(Bundle {
            version: r.read()?,
            strings: {
                let (lengths, text): (Vec<u32>, &str) = r.read()?;
                match string_table::split(text, &lengths) {
                    Some(s) => s,
                    None => return r.fail("string lengths do not match the text"),
                }
            },
            outlets: r.read()?,
            articles: r.read()?,
            actors: r.read()?,
            places: r.read()?,
            events: r.read()?,
            map: r.read()?,
            credits: r.read()?,
            story: r.read()?,
        })
    }
}
