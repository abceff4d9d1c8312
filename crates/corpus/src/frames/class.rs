//! Frame classes: the finer kind of an event inside its taxonomy type.
//!
//! Why a class at all: the taxonomy type is what readers filter by, but merging needs a
//! finer grain: an offensive is not a skirmish, an arrest is not a trial. Only reports of
//! one class are merged. The class names are the `class` keys of `lexicon/frames.toml`; a
//! name outside this list is an error when the frames are loaded.
use serde::Deserialize;

macro_rules! classes {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// The class of an event frame (see the module docs).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        pub enum FrameClass {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl FrameClass {
            /// Every class, in declaration order.
            pub const ALL: &'static [FrameClass] = &[$(FrameClass::$variant,)*];

            /// The name written in `frames.toml` (and in the test cases: `type/class`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(FrameClass::$variant => $name,)*
                }
            }
        }
    };
}

classes! {
    // fighting
    Offensive = "offensive",
    Shelling = "shelling",
    Skirmish = "skirmish",
    Combat = "combat",
    Advance = "advance",
    // ground a side holds, told on a day; an army that pulls out of a town (not merged with
    // the other side's advance, which is told as another event)
    Hold = "hold",
    Retreat = "retreat",
    // casualties
    Toll = "toll",
    Death = "death",
    Killing = "killing",
    // ceasefire
    Agreement = "agreement",
    Holds = "holds",
    Handover = "handover",
    // talks and diplomacy
    Meeting = "meeting",
    Summit = "summit",
    Signing = "signing",
    Un = "un",
    Call = "call",
    Alliance = "alliance",
    Apology = "apology",
    Sanctions = "sanctions",
    Envoy = "envoy",
    Visit = "visit",
    // statements
    Demand = "demand",
    Proposal = "proposal",
    Statement = "statement",
    // humanitarian
    Aid = "aid",
    Blockade = "blockade",
    Displacement = "displacement",
    Arrival = "arrival",
    Prisoners = "prisoners",
    // protest
    Protest = "protest",
    // political and legal
    Arrest = "arrest",
    Kidnapping = "kidnapping",
    Detention = "detention",
    Court = "court",
    Referral = "referral",
    Decree = "decree",
    Resignation = "resignation",
    Election = "election",
    // incidents
    Mine = "mine",
    Explosion = "explosion",
    Accident = "accident",
}

/// Classes that may tell one real-world event (merging compares families, not classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// The class alone.
    Own(FrameClass),
    /// Taken into custody: arrested, detained, kidnapped.
    Custody,
    /// Brought before a court: referral, charges, trial, order.
    Justice,
    /// People killed or hurt, and what killed or hurt them when it was no fighting: a
    /// toll, deaths, a killing, an explosion, a mine, an accident (these span two taxonomy
    /// types, incident and casualties).
    Harm,
    /// People on the move: leaving, fleeing, arriving.
    Exodus,
    /// Fighting told in different words: combat, an exchange of fire, shelling. One source's
    /// "les combats ont éclaté" is another's "des tirs ont été échangés".
    Clash,
}

impl FrameClass {
    /// The family of reports this class may share an event with.
    pub fn family(self) -> Family {
        use FrameClass::*;
        match self {
            Arrest | Detention | Kidnapping => Family::Custody,
            Court | Referral => Family::Justice,
            Toll | Death | Killing | Explosion | Mine | Accident => Family::Harm,
            Displacement | Arrival => Family::Exodus,
            Combat | Skirmish | Shelling => Family::Clash,
            other => Family::Own(other),
        }
    }
}

impl std::fmt::Display for FrameClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::FrameClass;

    #[test]
    fn names_round_trip_through_toml() {
        #[derive(serde::Deserialize)]
        struct One {
            class: FrameClass,
        }
        for &c in FrameClass::ALL {
            let one: One = toml::from_str(&format!("class = \"{c}\"")).unwrap();
            assert_eq!(one.class, c);
        }
        assert!(toml::from_str::<One>("class = \"skirmishes\"").is_err());
    }
}
