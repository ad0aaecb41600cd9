"""Roles, denied groups, reported views and per-object direction (session 15)."""

from __future__ import annotations

import claimcheck


def _status(claim: str, *sentences: str) -> str:
    return claimcheck.verify(claim, title="A study", abstract=list(sentences)).status


def test_a_finding_given_to_the_group_it_was_denied_of_is_contradicted() -> None:
    source = ("In younger adults, exercise training raised serum HDL cholesterol, which was "
              "not observed in older adults.")
    assert _status("Exercise training raised serum HDL cholesterol in older adults but not in "
                   "younger adults.", source) == "contradicted"


def test_a_finding_also_claimed_of_a_group_a_close_sentence_denies_it_of() -> None:
    sentences = ["In fed rats, the agonist raised hepatic glycogen within two hours.",
                 "This rise was not seen in fasted rats, nor in rats given the antagonist."]
    assert _status("The agonist raised hepatic glycogen in fasted rats and in rats given the "
                   "antagonist as well.", *sentences) == "contradicted"


def test_the_same_denied_group_is_supported() -> None:
    source = ("In younger adults, exercise training raised serum HDL cholesterol, which was "
              "not observed in older adults.")
    assert _status("Exercise training raised serum HDL cholesterol in younger adults but not "
                   "in older adults.", source) == "supported"


def test_a_view_called_mistaken_is_not_a_finding() -> None:
    sentences = ["Several misconceptions about vaccination persist among parents.",
                 "One is the belief that measles vaccination weakens the immune response to "
                 "other infections."]
    assert _status("Measles vaccination weakens the immune response to other infections.",
                   *sentences) == "contradicted"


def test_a_view_only_reported_is_not_supported() -> None:
    source = ("It was previously thought that dietary sodium raises intraocular pressure in "
              "healthy adults.")
    assert _status("Dietary sodium raises intraocular pressure in healthy adults.",
                   source) != "supported"


def test_a_claim_that_reports_the_view_itself_is_not_turned() -> None:
    source = ("It was previously thought that dietary sodium raises intraocular pressure in "
              "healthy adults.")
    assert _status("It was previously thought that dietary sodium raises intraocular pressure "
                   "in healthy adults.", source) == "supported"


def test_the_other_direction_on_the_same_object_in_another_word_order() -> None:
    source = ("Curcumin antagonizes NF-kB activation and promotes the binding of IkB to "
              "its partner in macrophages.")
    assert _status("Curcumin promotes activation of NF-kB in macrophages.",
                   source) == "contradicted"


def test_high_levels_against_low_levels_of_the_same_marker() -> None:
    source = "Low serum levels of fetuin-A in dialysis patients predict cardiovascular death."
    assert _status("High serum levels of fetuin-A in dialysis patients predict cardiovascular "
                   "death.", source) == "contradicted"


def test_high_levels_stated_as_high_levels_stay_supported() -> None:
    source = "High serum levels of fetuin-A in dialysis patients predict cardiovascular death."
    assert _status("High serum levels of fetuin-A in dialysis patients predict cardiovascular "
                   "death.", source) == "supported"


_UNTOUCHED = ("The new peptide was analgesic in rats without altering spatial learning, motor "
              "coordination or anxiety.")


def test_a_change_on_what_the_source_leaves_untouched_is_contradicted() -> None:
    assert _status("In the rats, the new peptide worsened spatial learning.",
                   _UNTOUCHED) == "contradicted"


def test_no_change_on_what_the_source_leaves_untouched_is_not_contradicted() -> None:
    assert _status("In the rats, the new peptide left spatial learning intact.",
                   _UNTOUCHED) != "contradicted"


def test_a_second_reported_conclusion_the_source_does_not_draw_is_partial() -> None:
    claim = ("The authors conclude that vitamin D lowers fracture risk in older women, and "
             "that men would benefit from the same dose.")
    assert _status(claim, "We conclude that vitamin D lowers fracture risk in older "
                   "women.") == "partially_supported"


def test_a_second_reported_conclusion_the_source_draws_is_supported() -> None:
    claim = ("The authors conclude that vitamin D lowers fracture risk in older women, and "
             "that it does so by raising calcium absorption.")
    assert _status(claim, "We conclude that vitamin D lowers fracture risk in older women by "
                   "raising calcium absorption.") == "supported"


def test_an_exception_is_a_denied_group() -> None:
    assert _status("Serum CRP rose after knee surgery.", "All serum inflammatory markers rose "
                   "after knee surgery except for CRP.") == "contradicted"


def test_an_exception_to_a_denial_affirms_its_group() -> None:
    from claimcheck.evidence.glossary import load_glossary
    from claimcheck.evidence.roles import denied_group
    assert denied_group("Serum CRP rose after knee surgery.", "None of the serum inflammatory "
                        "markers changed after knee surgery except for CRP.",
                        load_glossary()) is None


def test_a_head_shared_by_a_contrast_is_no_denied_group() -> None:
    from claimcheck.evidence.glossary import load_glossary
    from claimcheck.evidence.roles import denied_group
    assert denied_group("Propranolol prevents chronic migraine attacks.", "Propranolol "
                        "prevents chronic but not episodic migraine attacks.",
                        load_glossary()) is None


def test_a_level_is_not_read_against_a_change() -> None:
    assert _status("Those rats also had low leptin levels and very high triglycerides.",
                   "Leptin treatment lowered triglycerides in the rats.") != "contradicted"
