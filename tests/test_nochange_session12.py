"""No change stated on both sides, one with a negation and one without (session 12).

"女性则基本没变" against "remained unchanged for women, but … higher for men": the claim's
words of no change are answered by the source's, read in the piece of the sentence that
speaks of the claim's group, its figures or its subject.
"""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import guards
from claimcheck.evidence.against import stasis_spans, states_no_change
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary

G = load_glossary()


def test_levelling_off_and_steady_words_state_no_change() -> None:
    assert states_no_change("admissions rose before leveling off at 41.2 per 1000")
    assert states_no_change("the curve levelled off after 2015")
    assert states_no_change("此后住院率趋于平稳")
    assert not states_no_change("admissions rose to 41.2 per 1000")


def test_degree_words_belong_to_the_wording_of_no_change() -> None:
    text = "女性则基本没变"
    assert any(text[s:e] == "基本没变" for s, e in stasis_spans(text))
    words = guards.stasis_words(analyse("骨折风险几乎没有变化", G, claim=True))
    assert "zh:几乎" in words and "zh:变化" in words


def test_no_change_read_in_the_piece_of_the_claims_group() -> None:
    claim = analyse("女性的骨折风险基本没变", G, claim=True)
    ours = "The risk of fracture remained unchanged for women, but it was 40% higher for men."
    theirs = "The risk of fracture remained unchanged for men, but it was 40% higher for women."
    assert guards.no_change_in_piece(claim, ours, G)
    assert not guards.no_change_in_piece(claim, theirs, G)  # the false-supported risk


ABSTRACT_A = [
    "We compared fracture rates in a regional cohort between 2005 and 2015.",
    "The risk of hip fracture remained unchanged for women, whereas it was approximately 40% "
    "higher for men in 2015 than in 2005.",
]
ABSTRACT_B = [
    "We compared fracture rates in a regional cohort between 2005 and 2015.",
    "The risk of hip fracture remained unchanged for men, whereas it was approximately 40% "
    "higher for women in 2015 than in 2005.",
]
CLAIM = "与2005年相比，2015年男性髋部骨折的风险高出约四成，女性则基本没变[1]。"


def test_no_change_for_the_claims_group_supports() -> None:
    verdict = claimcheck.verify(CLAIM, title="Hip fracture trends", abstract=ABSTRACT_A)
    assert verdict.status == "supported"


def test_no_change_said_of_the_other_group_does_not_support() -> None:
    verdict = claimcheck.verify(CLAIM, title="Hip fracture trends", abstract=ABSTRACT_B)
    assert verdict.status != "supported"


def test_levelling_off_at_the_claims_figure_supports() -> None:
    abstract = ["RESULTS Hospitalization rates per 100 000 increased from 30.5 in 2008 to 44.0 "
                "in 2013 before leveling off at 41.2 in 2018."]
    claim = "此后住院率趋于平稳，2018年为每10万人41.2例[1]。"
    verdict = claimcheck.verify(claim, title="Hospital stays for asthma", abstract=abstract)
    assert verdict.status == "supported"


def test_levelling_off_at_another_figure_does_not_support() -> None:
    abstract = ["RESULTS Hospitalization rates per 100 000 leveled off at 30.5 in 2008 before "
                "they increased to 41.2 in 2018."]
    claim = "此后住院率趋于平稳，2018年为每10万人41.2例[1]。"
    verdict = claimcheck.verify(claim, title="Hospital stays for asthma", abstract=abstract)
    assert verdict.status != "supported"


EN_CLAIM = "In women, systolic blood pressure did not change during follow-up."


def test_english_no_change_for_the_claims_group_is_not_opposed() -> None:
    abstract = ["Among women, systolic blood pressure remained stable throughout follow-up, "
                "whereas it increased by 6 mmHg in men."]
    verdict = claimcheck.verify(EN_CLAIM, title="Blood pressure with age", abstract=abstract)
    assert verdict.status == "supported"


def test_english_change_for_the_claims_group_is_still_opposed() -> None:
    abstract = ["Among men, systolic blood pressure remained stable throughout follow-up, "
                "whereas it increased by 6 mmHg in women."]
    verdict = claimcheck.verify(EN_CLAIM, title="Blood pressure with age", abstract=abstract)
    assert verdict.status == "contradicted"


def test_no_change_alone_is_found_only_with_the_claims_figures() -> None:
    claim = "对照组的差错率从8.1变为8.4，基本没有变化[1]。"
    apart = ["RESULTS Heart rate was unchanged after the intervention.",
             "In the control group, the error rate was 8.1 and 8.4 per 1000 days in the two "
             "periods."]
    beside = ["RESULTS Heart rate was unchanged after the intervention.",
              "In the control group, the error rate was essentially unchanged: 8.1 and 8.4 per "
              "1000 days in the two periods."]
    far = claimcheck.verify(claim, title="Errors in two units", abstract=apart)
    near = claimcheck.verify(claim, title="Errors in two units", abstract=beside)
    found, missing = far.rationale.split(";", 1)
    assert "基本没有变化" in missing and "基本没有变化" not in found
    # beside its figures the no-change is found: in the part found, or (the two figures read
    # as rates per 1000 days since session 18) the claim supported with it
    found = near.rationale.split(";", 1)[0]
    assert "基本没有变化" in found and near.status in ("supported", "partially_supported")
