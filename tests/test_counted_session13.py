"""What a count counts (session 13, evidence/counted.py): a count of people is not stated by the
same number of variants, centres or studies, nor a count of studies by the same number of
people."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.counted import counted_class
from claimcheck.evidence.glossary import load_glossary

SOURCE = ["We sequenced 4,812 candidate variants in 1,930 kidney transplant recipients "
          "recruited at 38 hospitals.",
          "Rejection within one year was associated with 12 of the variants."]


def _classes(text: str) -> list[str | None]:
    analysed = analyse(text, load_glossary())
    return [counted_class(text, q.quantity) for q in analysed.quantities]


def test_reading() -> None:
    assert _classes(SOURCE[0]) == ["genetic", "people", "institution"]
    assert _classes("纳入了约4800名受试者，来自38家医院") == ["people", "institution"]
    assert _classes("汇总了14项研究，覆盖9个国家") == ["paper", "area"]
    assert _classes("cancer cases (n=512) and controls (n=498)") == ["people", "people"]
    assert _classes("Of those, 212 completed the questionnaire") == [None]
    assert _classes("In all, 212 gave saliva samples") == [None]


def test_a_count_of_people_is_not_the_count_of_variants() -> None:
    right = claimcheck.verify("研究纳入了1930名肾移植受者[1]。", abstract=SOURCE)
    wrong = claimcheck.verify("研究纳入了约4800名肾移植受者[1]。", abstract=SOURCE)
    assert right.status == "supported"
    assert wrong.status != "supported"


def test_people_are_not_hospitals() -> None:
    wrong = claimcheck.verify("The study sequenced 38 transplant recipients [1].",
                              abstract=SOURCE)
    assert wrong.status != "supported"
    right = claimcheck.verify("The recipients were recruited at 38 hospitals [1].",
                              abstract=SOURCE)
    assert right.status == "supported"
