//! `chronocarte-prerender DIST`: writes the widget's first screen into `DIST/index.html`
//! (every empty `<div data-chronocarte …>`), and the stylesheet its inline styles moved to
//! beside it. Run by `scripts/trunk-post-build.sh` on release builds; see
//! `chronocarte::prerender` for why.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::hash::{Hash, Hasher};
    use std::path::PathBuf;
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: chronocarte-prerender DIST (the folder of a Trunk build)");
        return std::process::ExitCode::FAILURE;
    };
    let page_path = dist.join("index.html");
    let page = match std::fs::read_to_string(&page_path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("chronocarte-prerender: cannot read {}: {e}", page_path.display());
            return std::process::ExitCode::FAILURE;
        }
    };
    let Some(filled) = chronocarte::prerender::fill_page(&page) else {
        eprintln!(
            "chronocarte-prerender: {} has no empty <div data-chronocarte>: left as it is",
            page_path.display()
        );
        return std::process::ExitCode::SUCCESS;
    };
    // Named by its content, like Trunk's own outputs, so that it can be cached for good.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    filled.stylesheet.hash(&mut h);
    let css_name = format!("prerender-{:016x}.css", h.finish());
    let link = format!("<link rel=\"stylesheet\" href=\"{css_name}\">");
    let html = match filled.html.find("</head>") {
        Some(i) => format!("{}{link}{}", &filled.html[..i], &filled.html[i..]),
        None => format!("{link}{}", filled.html),
    };
    let written = std::fs::write(dist.join(&css_name), &filled.stylesheet)
        .and_then(|_| std::fs::write(&page_path, html));
    if let Err(e) = written {
        eprintln!("chronocarte-prerender: cannot write into {}: {e}", dist.display());
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}

/// Rendering at build time is native only; the wasm build of `--all-targets` gets this.
#[cfg(target_arch = "wasm32")]
fn main() {}
