//! The map's static markup (`Map::svg`): the widget inserts it as it is, so it is built here,
//! natively, from class names and path data only, every attribute value escaped.

/// Appends `<path class="{class}" d="{d}"/>`.
pub fn path(out: &mut String, class: &str, d: &str) {
    out.push_str("<path class=\"");
    attr(out, class);
    out.push_str("\" d=\"");
    attr(out, d);
    out.push_str("\"/>");
}

/// An attribute value between double quotes: the characters that could end it or start
/// markup or an entity are written as references. (Path data is numbers and `M l Z`, and
/// class names are the widget's own: nothing needs it today.)
fn attr(out: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_attribute_values() {
        let mut out = String::new();
        super::path(&mut out, "cc-sea", "M0 0l10 0Z");
        assert_eq!(out, r#"<path class="cc-sea" d="M0 0l10 0Z"/>"#);
        out.clear();
        super::path(&mut out, r#"a"><script>&'"#, "M1 2");
        assert_eq!(out, r#"<path class="a&quot;&gt;&lt;script&gt;&amp;&#39;" d="M1 2"/>"#);
    }
}
