//! Numbers for SVG attributes and CSS lengths, written with integer formatting only.
//!
//! Why: `f32`/`f64` `Display` pulls core's float-printing machinery (Grisu with a Dragon4
//! fallback, plus the fixed-precision variant for `{:.1}`) into the wasm, about 20 KB, for
//! nothing a map needs. Every float the widget writes goes through [`num`] instead.

/// `x` rounded to `decimals` (0 to 4) decimals, without trailing zeros: `12.5`, `-3`, `0.25`.
/// Not finite: `0`.
pub fn num(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "0".to_owned();
    }
    let decimals = decimals.min(4);
    let scale = 10i64.pow(decimals);
    let v = (x * scale as f64).round() as i64;
    let sign = if v < 0 { "-" } else { "" };
    let v = v.unsigned_abs();
    let (int, frac) = (v / scale as u64, v % scale as u64);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let mut f = format!("{frac:0w$}", w = decimals as usize);
    while f.ends_with('0') {
        f.pop();
    }
    format!("{sign}{int}.{f}")
}

/// `num(x, 2)` followed by `px`.
pub fn px(x: f64) -> String {
    num(x, 2) + "px"
}

#[cfg(test)]
mod tests {
    use super::*;
    // The widget is tested in wasm32, where only wasm-bindgen-test runs tests.
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn rounds_and_trims() {
        assert_eq!(num(12.0, 1), "12");
        assert_eq!(num(12.25, 1), "12.3");
        assert_eq!(num(-3.04, 1), "-3");
        assert_eq!(num(-0.04, 1), "0");
        assert_eq!(num(0.25, 2), "0.25");
        assert_eq!(num(0.5, 0), "1");
        assert_eq!(num(1234.5678, 2), "1234.57");
        assert_eq!(num(0.05, 2), "0.05");
        assert_eq!(num(f64::NAN, 2), "0");
        assert_eq!(px(14.0), "14px");
    }

    #[test]
    fn agrees_with_core_formatting() {
        for i in -20_000..20_000 {
            let x = i as f64 * 0.0371;
            let ours: f64 = num(x, 2).parse().unwrap();
            assert!((ours - x).abs() <= 0.005 + 1e-9, "{x} -> {ours}");
        }
    }
}
