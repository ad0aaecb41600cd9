"""Claim strength and overstatement: is a claim stated more strongly than its source?

- `claim_strength(text) -> Strength` — 0 no relationship, 1 correlational, 2 conditional
  causal, 3 direct causal, with the cues found (spans), boosters and hedges; English or Chinese.
"""

from __future__ import annotations

from claimcheck.strength.classify import LABEL_NAMES, Strength, claim_strength
from claimcheck.strength.cues import Cue

__all__ = ["LABEL_NAMES", "Cue", "Strength", "claim_strength"]
