//! The `check` review table: one block per event with its date and the words it came
//! from, its place, actors, type and quote, then the warnings.
use std::fmt::Write;

use crate::Processed;

pub fn table(p: &Processed) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} articles, {} events\n", p.export.articles.len(), p.export.events.len());
    // how each article's undated sentences are read (see crates/corpus/src/time)
    for a in &p.articles {
        let doc = crate::extract::document_type(a, &crate::boilerplate::clean(&a.body, &a.meta.title));
        let how = if a.document.is_some() { "front matter" } else { "detected" };
        let _ = writeln!(s, "{}: {} ({how})", a.id, doc.name());
    }
    s.push('\n');
    for e in &p.export.events {
        let kind = serde_json::to_value(e.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let expr = e
            .date
            .expression
            .as_deref()
            .map(|x| format!("{x} → "))
            .unwrap_or_else(|| "(publication) → ".into());
        let place = e.place.as_ref().map(|p| p.name.clone()).unwrap_or_else(|| "—".into());
        let actors: Vec<String> =
            e.actors.iter().map(|a| format!("{} ({:?})", a.name, a.role).to_lowercase()).collect();
        let _ = writeln!(s, "{}  {:<12} {}{} [{:?}]", e.id, kind, expr, e.date.start, e.date.precision);
        let _ = writeln!(
            s,
            "    place: {place}   actors: {}",
            if actors.is_empty() { "—".into() } else { actors.join(", ") }
        );
        if let Some(f) = &e.fatalities {
            let _ = writeln!(
                s,
                "    toll: killed ≥ {:?}, wounded ≥ {:?}, claimed by {:?}",
                f.killed_min, f.wounded_min, f.claimed_by
            );
        }
        if !e.disputed_by.is_empty() {
            let _ = writeln!(s, "    disputed by: {}", e.disputed_by.join(", "));
        }
        for m in &e.mentions {
            let q: String = m.quote.chars().take(160).collect();
            let by = m.claimed_by.as_deref().map(|c| format!(" [selon {c}]")).unwrap_or_default();
            let _ = writeln!(s, "    {}: « {q} »{by}", m.article);
        }
        s.push('\n');
    }
    let errors = p.diagnostics.iter().filter(|d| d.is_error()).count();
    let _ = writeln!(s, "{} errors, {} warnings", errors, p.diagnostics.len() - errors);
    for d in &p.diagnostics {
        let _ = writeln!(s, "{d}");
    }
    s
}
