//! The map's outlines in a compact code ([`Map::svg`](crate::Map::svg)): the baker packs
//! its `<path class="…" d="…"/>` markup, the widget unpacks it once into the same markup.
//!
//! Path data is mostly small relative moves (`l12-3 4 0`), about two and a half characters
//! per number as text; here a number from −61 to 61 is one byte and the others four. The
//! seed corpus goes from 19,381 to 18,064 bytes brotli, the seed bundle about 800 bytes
//! lighter once the unpacking code is paid (BENCHMARKS.md, issue 15).
//! Every byte is below 0x80, so the code is valid UTF-8 and stays in the string table.
//!
//! Layout, per path: [`PATH`], the class's length and bytes, the scale (1: whole map units,
//! 10: one decimal), then tokens: [`MOVE`] (`M`), [`LINE`] (`l`), [`CLOSE`] (`Z`), a number
//! in steps of `1/scale` (one byte `n + 61`, or [`WIDE`] and 21 bits zigzag in three bytes).
//! Unpacking writes numbers and the class names only (letters, digits, `-` and spaces):
//! nothing else can reach the markup the widget inserts.

const PATH: u8 = 0x7f;
const MOVE: u8 = 0x7e;
const LINE: u8 = 0x7d;
const CLOSE: u8 = 0x7c;
const WIDE: u8 = 0x7b;
/// One-byte numbers are `n + BIAS` for `n` in `-BIAS..=BIAS`.
const BIAS: i32 = 61;

/// Packs markup of `<path class="…" d="…"/>` elements (the baker's, whose path data is
/// `M`, `l`, `Z` and numbers with at most one decimal). `None` for anything else.
pub fn pack(markup: &str) -> Option<String> {
    let mut out = Vec::new();
    for item in markup.split("<path class=\"").skip(1) {
        let (class, rest) = item.split_once("\" d=\"")?;
        let d = rest.strip_suffix("\"/>")?;
        let ok = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == ' ';
        if class.len() >= 0x80 || !class.chars().all(ok) {
            return None;
        }
        let scale = if d.contains('.') { 10 } else { 1 };
        out.push(PATH);
        out.push(class.len() as u8);
        out.extend_from_slice(class.as_bytes());
        out.push(scale as u8);
        path_data(&mut out, d, scale)?;
    }
    String::from_utf8(out).ok()
}

fn path_data(out: &mut Vec<u8>, d: &str, scale: i32) -> Option<()> {
    let mut rest = d;
    while let Some(c) = rest.chars().next() {
        let token = match c {
            'M' => Some(MOVE),
            'l' => Some(LINE),
            'Z' => Some(CLOSE),
            ' ' => None,
            '-' | '0'..='9' => {
                let end =
                    rest[1..].find(|c: char| !c.is_ascii_digit() && c != '.').map_or(rest.len(), |i| i + 1);
                let v: f64 = rest[..end].parse().ok()?;
                number(out, (v * scale as f64).round() as i32)?;
                rest = &rest[end..];
                continue;
            }
            _ => return None,
        };
        out.extend(token);
        rest = &rest[1..];
    }
    Some(())
}

fn number(out: &mut Vec<u8>, n: i32) -> Option<()> {
    if (-BIAS..=BIAS).contains(&n) {
        out.push((n + BIAS) as u8);
        return Some(());
    }
    let z = ((n << 1) ^ (n >> 31)) as u32;
    if z >= 1 << 21 {
        return None;
    }
    out.extend([WIDE, (z & 0x7f) as u8, (z >> 7 & 0x7f) as u8, (z >> 14) as u8]);
    Some(())
}

/// The markup of a packed code: nothing outside a path, and nothing from the first byte
/// that does not fit the layout.
pub fn unpack(code: &str) -> String {
    let b = code.as_bytes();
    let mut out = String::with_capacity(b.len() * 3);
    let mut i = 0;
    let mut scale = 1;
    let mut open = false;
    while i < b.len() {
        let c = b[i];
        i += 1;
        match c {
            // Path data outside a path (a string that is not a code).
            _ if c != PATH && !open => {}
            PATH => {
                let Some(n) = b.get(i).map(|&n| n as usize) else { break };
                let Some(class) = b.get(i + 1..i + 1 + n) else { break };
                if open {
                    out.push_str("\"/>");
                }
                out.push_str("<path class=\"");
                // Only the characters `pack` accepts.
                out.extend(
                    class
                        .iter()
                        .map(|&c| c as char)
                        .filter(|&c| c.is_ascii_alphanumeric() || c == '-' || c == ' '),
                );
                out.push_str("\" d=\"");
                scale = b.get(i + 1 + n).map_or(1, |&s| s as i32);
                i += n + 2;
                open = true;
            }
            MOVE => out.push('M'),
            LINE => out.push('l'),
            CLOSE => out.push('Z'),
            WIDE => {
                let Some(w) = b.get(i..i + 3) else { break };
                let z = w[0] as u32 | (w[1] as u32) << 7 | (w[2] as u32) << 14;
                write_number(&mut out, (z >> 1) as i32 ^ -((z & 1) as i32), scale);
                i += 3;
            }
            c => write_number(&mut out, c as i32 - BIAS, scale),
        }
    }
    if open {
        out.push_str("\"/>");
    }
    out
}

/// `steps / scale` as the baker writes it ("12", "-3.5", "0.5"), with a space before it
/// unless a minus sign or a command letter separates it from the previous number.
fn write_number(out: &mut String, steps: i32, scale: i32) {
    if steps >= 0 && !out.ends_with(['M', 'l', 'Z', '"']) {
        out.push(' ');
    }
    if steps < 0 {
        out.push('-');
    }
    let a = steps.unsigned_abs();
    let s = scale.max(1) as u32;
    digits(out, a / s);
    if !a.is_multiple_of(s) {
        out.push('.');
        digits(out, a % s);
    }
}

fn digits(out: &mut String, n: u32) {
    if n >= 10 {
        digits(out, n / 10);
    }
    out.push((b'0' + (n % 10) as u8) as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let markup = concat!(
            r#"<path class="cc-sea" d="M-60-54l1120 0 0 1008-1120 0Z"/>"#,
            r#"<path class="cc-country cc-country-focus" d="M305 337l4 9 0 4-11 2ZM302 367l-2 2Z"/>"#,
            r#"<path class="cc-line" d="M12.3 5l-2.3 2.5 0 -0.5 0.5 100 61 62-61-62"/>"#,
            r#"<path class="cc-lake" d=""/>"#,
        );
        let code = pack(markup).unwrap();
        assert!(code.len() < markup.len() * 2 / 3, "{}", code.len());
        assert_eq!(unpack(&code), markup.replace(" -0.5", "-0.5"));
    }

    #[test]
    fn refuses_other_markup() {
        assert_eq!(pack(r#"<path class="a&quot;" d="M0 0"/>"#), None);
        assert_eq!(pack(r#"<path class="a" d="M0 0"><script/>"#), None);
        assert_eq!(pack(r#"<path class="a" d="M0 0 x"/>"#), None);
        // A truncated or foreign code never writes anything but paths and numbers.
        assert_eq!(unpack("\u{7f}\u{7f}"), "");
        assert_eq!(unpack("a story's title"), "");
        let s = unpack("\u{7f}\u{5}a\"<b>\u{1}\u{7e}\u{3d}\u{3e}");
        assert_eq!(s, r#"<path class="ab" d="M0 1"/>"#);
    }
}
