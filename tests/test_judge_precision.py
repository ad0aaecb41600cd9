"""Precision guards (evidence/guards.py): each fires on its class and leaves the rest alone.

Every sentence here was written for this test, on topics of its own.
"""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence import guards
from claimcheck.evidence.guards import contrast_parts, directed_objects


def _status(claim: str, sentence: str, title: str = "") -> tuple[str, str]:
    verdict = verify(claim, title=title, abstract=[sentence])
    return verdict.status, verdict.rationale


def _guarded(claim: str, sentence: str, title: str = "") -> tuple[str, str]:
    """The verdict with the guards, for a pair the judge supports without them."""
    guards.ACTIVE.clear()
    assert _status(claim, sentence, title)[0] == "supported"
    guards.ACTIVE.update(guards.GUARDS)
    return _status(claim, sentence, title)


@pytest.fixture(autouse=True)
def _all_guards() -> None:
    guards.ACTIVE.clear()
    guards.ACTIVE.update(guards.GUARDS)


# ---------------------------------------------------------------- methods


def test_methods_sentence_is_not_a_finding() -> None:
    status, why = _guarded(
        "Daily walking lowers blood pressure in adults with obesity.",
        "INTERVENTIONS Daily walking, which lowers blood pressure, or usual care for adults with "
        "obesity.")
    assert status == "not_found"
    assert "methods" in why


def test_finding_sentence_passes_methods_guard() -> None:
    status, _ = _status(
        "Daily walking lowers blood pressure in adults with obesity.",
        "Daily walking lowered blood pressure in adults with obesity.")
    assert status == "supported"


# ---------------------------------------------------------------- hyphenated antonyms


def test_opposite_prefix_on_the_same_head_contradicts() -> None:
    status, why = _guarded(
        "Spore germination is a calcium-dependent process in Bacillus subtilis.",
        "Spore germination in Bacillus subtilis is a calcium-independent process that needs "
        "ATP-dependent transport.")
    assert status == "contradicted"
    assert "calcium-independent" in why


def test_same_prefix_passes_compound_guard() -> None:
    status, _ = _status(
        "Spore germination is a calcium-dependent process in Bacillus subtilis.",
        "Spore germination in Bacillus subtilis is a calcium-dependent process.")
    assert status == "supported"


# ---------------------------------------------------------------- populations


def test_population_not_named_is_not_found() -> None:
    status, why = _guarded(
        "Iron supplements improve attention in adolescents.",
        "Iron supplements improved attention in older adults with anaemia.",
        title="Iron and cognition in older adults")
    assert status == "not_found"
    assert "adolescents" in why


def test_population_named_by_title_passes() -> None:
    status, _ = _status(
        "Iron supplements improve attention in adolescents.",
        "Iron supplements improved attention after twelve weeks.",
        title="Iron supplements and attention in adolescents: a randomised trial")
    assert status != "not_found"


# ---------------------------------------------------------------- sameness


def test_claim_of_no_difference_against_a_difference_contradicts() -> None:
    status, why = _guarded(
        "Night-shift nurses sleep at the same duration as day-shift nurses.",
        "Night-shift work was associated with a shorter sleep duration in nurses than day-shift "
        "work.")
    assert status == "contradicted"
    assert "no difference" in why


def test_claim_of_no_difference_against_no_difference_passes_sameness() -> None:
    claim = "Sleep duration of night-shift nurses is similar to that of day-shift nurses."
    sentence = "Sleep duration of night-shift nurses was similar to that of day-shift nurses."
    status, _ = _status(claim, sentence)
    assert status == "supported"


# ---------------------------------------------------------------- direction per object


def test_directed_objects_reads_lists() -> None:
    assert (-1, ("cell", "death")) in directed_objects("by decreasing cell death and oxidative "
                                                       "stress")
    assert (-1, ("oxid", "stress")) in directed_objects("by decreasing cell death and oxidative "
                                                        "stress")


def test_object_changed_the_other_way_contradicts() -> None:
    status, why = _guarded(
        "Compound K suppresses tumour growth by decreasing autophagy and lipid peroxidation.",
        "Compound K suppressed tumour growth, increased autophagy and increased lipid "
        "peroxidation in xenografts.")
    assert status == "contradicted"
    assert "autophagy" in why


def test_object_changed_the_same_way_passes() -> None:
    status, _ = _status(
        "Compound K suppresses tumour growth by increasing autophagy.",
        "Compound K suppressed tumour growth and increased autophagy in xenografts.")
    assert status == "supported"


# ---------------------------------------------------------------- contrast


def test_contrast_parts() -> None:
    assert len(contrast_parts("Tea lowered the risk of gout, whereas beer raised the risk.")) == 2
    assert len(contrast_parts("The response of memory, but not naive, T cells was fast.")) == 1
    assert len(contrast_parts("Scores improved while receiving the drug for a month.")) == 1


def test_claim_read_from_the_part_that_speaks_of_it() -> None:
    claim = "Intake of whole grains increases the risk of colorectal cancer."
    sentence = ("Greater intake of specific whole grains, particularly oats, barley, and rye, is "
                "significantly associated with a lower risk of colorectal cancer, whereas greater "
                "intake of whole-grain cereal bars is associated with a higher risk.")
    status, _ = _guarded(claim, sentence)
    assert status == "contradicted"
    guards.ACTIVE.intersection_update({"contrast"})  # this guard alone reads it the same way
    status, why = _status(claim, sentence)
    assert status == "contradicted"
    assert "lower risk" in why


def test_stitched_from_two_parts_is_not_found() -> None:
    status, why = _guarded(
        "Renal nerve activity is reduced throughout chronic dehydration.",
        "Baseline vascular tone is reduced in chronic dehydration, but little is known about "
        "changes to vascular tone during heightened renal nerve activation.")
    assert status == "not_found"
    assert "contrasts" in why


def test_contrast_with_the_claim_in_one_part_passes() -> None:
    status, _ = _status(
        "Drinking green tea lowers the risk of kidney stones.",
        "Drinking green tea lowered the risk of kidney stones, whereas sweetened soda had no "
        "effect.")
    assert status == "supported"


# ---------------------------------------------------------------- comparison


def test_comparison_not_made_is_partial() -> None:
    status, why = _guarded(
        "Swimming is more effective than cycling in reducing knee pain in osteoarthritis.",
        "Swimming is effective in reducing knee pain in patients with osteoarthritis.")
    assert status == "partially_supported"
    assert "compar" in why


def test_comparison_made_passes() -> None:
    status, _ = _status(
        "Swimming is more effective than cycling in reducing knee pain in osteoarthritis.",
        "Swimming was more effective than cycling in reducing knee pain in osteoarthritis.")
    assert status == "supported"


def test_chinese_comparison_not_made() -> None:
    status, _ = _guarded("游泳比骑自行车更能减轻骨关节炎患者的膝关节疼痛。",
                        "Swimming reduced knee pain in patients with osteoarthritis.")
    assert status != "supported"


def test_guards_can_be_turned_off() -> None:
    guards.ACTIVE.clear()
    status, _ = _status(
        "Swimming is more effective than cycling in reducing knee pain in osteoarthritis.",
        "Swimming is effective in reducing knee pain in patients with osteoarthritis.")
    assert status == "supported"


# ---------------------------------------------------------------- comparator


def test_comparison_with_another_group_is_not_found() -> None:
    status, why = _guarded(
        "Runners taking ibuprofen have a higher risk of kidney injury than runners taking "
        "paracetamol.",
        "Compared with runners taking no analgesic, the risk of kidney injury was higher among "
        "runners taking ibuprofen.")
    assert status == "not_found"
    assert "paracetamol" in why


def test_comparison_with_the_same_group_passes() -> None:
    status, _ = _status(
        "Runners taking ibuprofen have a higher risk of kidney injury than runners taking "
        "paracetamol.",
        "Compared with runners taking paracetamol, the risk of kidney injury was higher among "
        "runners taking ibuprofen.")
    assert status == "supported"


# ---------------------------------------------------------------- route


def test_route_with_a_place_missing_is_not_found() -> None:
    status, why = _guarded(
        "Ferritin is transported from the lysosome to the nucleus during hypoxia.",
        "During hypoxia, ferritin is released and transported to the nucleus of macrophages.")
    assert status == "not_found"
    assert "lysosome" in why


def test_route_with_both_places_passes() -> None:
    status, _ = _status(
        "Ferritin is transported from the lysosome to the nucleus during hypoxia.",
        "During hypoxia, ferritin is transported from the lysosome to the nucleus of "
        "macrophages.")
    assert status == "supported"


# ---------------------------------------------------------------- abundance


def test_scarce_against_expanded_contradicts() -> None:
    status, why = _guarded(
        "Eosinophils are scarce in the nasal mucosa of patients with active rhinitis.",
        "Eosinophils were markedly expanded in the nasal mucosa of patients with active "
        "rhinitis.")
    assert status == "contradicted"
    assert "scarce" in why


def test_abundance_of_the_same_kind_passes() -> None:
    status, _ = _status(
        "Eosinophils are abundant in the nasal mucosa of patients with active rhinitis.",
        "Eosinophils were abundant in the nasal mucosa of patients with active rhinitis.")
    assert status == "supported"


# ---------------------------------------------------------------- harm


def test_worsens_against_rescues_contradicts() -> None:
    status, why = _guarded(
        "Vitamin B12 supplementation exacerbates nerve conduction deficits in diabetic rats.",
        "Vitamin B12 supplementation rescues nerve conduction deficits in diabetic rats.")
    assert status == "contradicted"
    assert "rescues" in why


def test_relief_stated_the_same_way_passes() -> None:
    status, _ = _status(
        "Vitamin B12 supplementation alleviates nerve conduction deficits in diabetic rats.",
        "Vitamin B12 supplementation alleviates nerve conduction deficits in diabetic rats.")
    assert status == "supported"


def test_chinese_dependence_against_independent() -> None:
    status, why = _guarded("孢子萌发是一种依赖GerA的过程。",
                           "Spore germination is a GerA-independent process that needs "
                           "ATP-dependent transport in Bacillus subtilis spores.")
    assert status == "contradicted"
    assert "GerA-independent" in why
