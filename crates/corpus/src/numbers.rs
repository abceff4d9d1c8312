//! French cardinals written in words, up to those a reporter writes as words most: one
//! table for the toll reader (`claim.rs`, which adds the larger ones it needs) and the time
//! expressions (`time/expr.rs`, "trois jours plus tard", which reads them up to twenty).

/// Cardinals written in words and their values ("un" and "une" are one).
pub(crate) const WORD_NUMBERS: &[(&str, u64)] = &[
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("quinze", 15),
    ("vingt", 20),
    ("trente", 30),
    ("cent", 100),
];

/// The value of a cardinal word of [`WORD_NUMBERS`] up to twenty ("deux", "quinze",
/// "vingt"): the counts of days, weeks and months the time expressions read.
pub(crate) fn up_to_twenty(w: &str) -> Option<u64> {
    WORD_NUMBERS.iter().find(|(n, v)| *n == w && *v <= 20).map(|&(_, v)| v)
}
