"""Stage 3: evidence and the judge (quantities, terms, statuses).

Public face: `extract_quantities`, `judge_claims`, `full_text_wanted`, `load_glossary`,
`Glossary`, `verify` (one claim against one source). The rules are in docs/statuses.md.
"""

from claimcheck.evidence.glossary import Glossary, load_glossary
from claimcheck.evidence.judge import full_text_wanted, judge_claims
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.verify import verify

__all__ = ["Glossary", "extract_quantities", "full_text_wanted", "judge_claims", "load_glossary",
           "verify"]
