"""Claim strength and overstatement: is a claim stated more strongly than its source?

- `claim_strength(text) -> Strength` — 0 no relationship, 1 correlational, 2 conditional
  causal, 3 direct causal, with the cues found (spans), boosters and hedges; English or Chinese.
- `study_design(record) -> StudyDesign` — from publication types, MeSH and abstract wording.
- `overstatement_flags(claim, verdict, records) -> list[Flag]` — `overstated_causal`,
  `overstated_certainty`, `animal_to_human`, each quoting the claim and the source sentence;
  `with_overstatement_flags(claims, verdicts, references)` is the pipeline's one call.
See docs/strength.md.
"""

from __future__ import annotations

from claimcheck.strength.classify import LABEL_NAMES, Strength, claim_strength
from claimcheck.strength.cues import Cue
from claimcheck.strength.design import StudyDesign, study_design
from claimcheck.strength.flags import (
    CODES,
    conclusion,
    overstatement_flags,
    with_overstatement_flags,
)

__all__ = ["CODES", "LABEL_NAMES", "Cue", "Strength", "StudyDesign", "claim_strength",
           "conclusion", "overstatement_flags", "study_design", "with_overstatement_flags"]
