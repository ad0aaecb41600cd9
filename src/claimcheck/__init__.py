"""claimcheck: check the claims of an article against the PubMed/PMC sources it cites.

Pipeline: article → claims → references resolved → evidence judged → report.
"""

from __future__ import annotations

__version__ = "0.1.0"
