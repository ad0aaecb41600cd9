"""Arms defined once in the methods and counted by name in the results (evidence/arms.py)."""

from __future__ import annotations

from claimcheck import verify
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.arms import arm_definitions
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.sources import build_source
from claimcheck.models import AbstractSection, ResolvedReference, SourceRecord

_METHODS = ("METHODS: We randomly assigned adults with knee osteoarthritis to an exercise group, "
            "which received supervised aerobic training three times weekly, or to a usual-care "
            "group, which received printed advice.")
_RESULTS = ("RESULTS: A total of 300 participants underwent randomization; 152 were assigned to "
            "the exercise group and 148 to the usual-care group.")


def test_definitions_are_read_with_their_arm() -> None:
    glossary = load_glossary()
    record = SourceRecord(pmid="1", title="", abstract=[AbstractSection(text=_METHODS)])
    source = build_source("1", ResolvedReference(label="1", status="resolved", pmid="1",
                                                 record=record, method="pmid"), {}, {}, glossary)
    arms = arm_definitions(source.units, glossary)
    assert len(arms) == 2
    assert "~aerob" in arms[0].received and "~advic" in arms[1].received
    assert not arm_definitions([u for u in source.units if "RESULTS" in u.text], glossary)
    assert analyse("usual-care", glossary).terms.all <= arms[1].name


def test_counts_by_arm_name_state_what_the_arm_received() -> None:
    claim = ("The trial enrolled 300 adults: 152 did supervised aerobic training and 148 got "
             "printed advice.")
    assert verify(claim, abstract=[_METHODS, _RESULTS]).status == "supported"
    # without the definitions the arms' counts say nothing of what they received
    assert verify(claim, abstract=[_RESULTS]).status != "supported"


def test_counts_on_swapped_arms_are_not_supported() -> None:
    claim = ("The trial enrolled 300 adults: 148 did supervised aerobic training and 152 got "
             "printed advice.")
    assert verify(claim, abstract=[_METHODS, _RESULTS]).status != "supported"


def test_the_right_numbers_on_swapped_groups_are_contradicted() -> None:
    abstract = ["RESULTS: At 1 year, the mean pain scores were 3.1 for acupuncture and 4.6 for "
                "the sham group."]
    swapped = verify("After one year, the acupuncture group scored 4.6 and the sham group 3.1.",
                     abstract=abstract)
    assert swapped.status == "contradicted"
    assert "each for the other group" in swapped.rationale
    assert [e.role for e in swapped.evidence] == ["contradicts"]
    assert verify("After one year, the acupuncture group scored 3.1 and the sham group 4.6.",
                  abstract=abstract).status == "supported"
