use super::{agent_phrase, is_pledge, without_source_aside};

#[test]
fn a_toll_names_its_cause_by_an_agent_or_a_circumstance() {
    for p in
        ["par des", "sous les", "dans les", "dans une", "lors d'une", "lors des", "au cours des", "par l'"]
    {
        assert!(agent_phrase(p), "{p}");
    }
    // near misses: a time, a source, a place phrase that goes on
    for p in ["dans la nuit de", "selon les", "a cause des", "pres des", "des"] {
        assert!(!agent_phrase(p), "{p}");
    }
}

#[test]
fn a_statement_opens_with_a_pledge() {
    for p in ["promis de riposter", "s'engagent a", "se sont engagees a", "jurent de", "promettent"] {
        assert!(is_pledge(p), "{p}");
    }
    // "engager des troupes" commits them; an announcement is no pledge
    for p in ["engage des troupes", "annonce", "a promis"] {
        assert!(!is_pledge(p), "{p}");
    }
}

#[test]
fn a_source_aside_does_not_hide_the_agent_of_a_toll() {
    // "blessé, selon elle, par des tirs": the agent's preposition follows the aside
    assert_eq!(without_source_aside("selon lui par des"), "par des");
    assert_eq!(without_source_aside(", selon elles, sous les"), "sous les");
    // near misses: a named source is no aside of the toll's agent; nothing to strip
    assert_eq!(without_source_aside("selon le maire par des"), "selon le maire par des");
    assert_eq!(without_source_aside("dans la nuit par des"), "dans la nuit par des");
}
