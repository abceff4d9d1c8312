//! Chronocarte's corpus tool: parse articles, extract events, merge them, bake them.
//!
//! Everything here runs natively at build time (the widget's `build.rs`) or from the
//! `chronocarte` command; nothing here runs in the browser.
pub mod bake;
pub mod export;
