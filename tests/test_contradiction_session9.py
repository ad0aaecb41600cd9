"""Session 9: `contradicted` only on evidence. First class: a figure a source lists for
another member (another drug, subgroup or definition) given to the claim's member. Topics of
our own: antihypertensives, alcohol and hip fracture, treatments for diabetes remission,
physical activity measured two ways, a trial of two arms over time. Each contradiction is
beside claims it must leave alone: the member's own figure, a claim naming no member, a
list by time point, a claim's own pair, a Chinese word the source is not read for."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.members import members
from claimcheck.evidence.sources import build_source
from claimcheck.models import AbstractSection, ResolvedReference, SourceRecord

BP_TITLE = "Antihypertensive drugs in older adults: a randomised trial"
BP = ["RESULTS Compared with placebo, amlodipine lowered systolic pressure by 8.1 mmHg (95% CI "
      "6.0 to 10.2 mmHg), losartan by 6.4 mmHg (4.3 to 8.5 mmHg), and hydrochlorothiazide by "
      "5.2 mmHg (3.1 to 7.3 mmHg)."]
HIP_TITLE = "Alcohol and hip fracture in older women"
HIP = ["RESULTS The hazard ratio of hip fracture for former drinkers was 1.24 (95% CI, "
       "1.02-1.51); for never drinkers, HR 0.81 (95% CI, 0.66-0.99), and for current heavy "
       "drinkers, HR 1.62 (95% CI, 1.20-2.19)."]
DM_TITLE = "Remission of type 2 diabetes after three treatments"
DM = ["RESULTS Diabetes remission at two years occurred with lifestyle therapy (12%) and "
      "metformin (18%), and far more often after gastric bypass (64%)."]
PA_TITLE = "Physical activity after a workplace programme: two ways of measuring it"
PA = ["RESULTS Over the year, physical activity measured by accelerometer was unchanged "
      "(+0.8%, 95% CI -1.9% to 3.5%), whereas activity by self-report increased (+12.4%, 95% CI "
      "8.1% to 16.7%)."]
HBA_TITLE = "A new drug for type 2 diabetes"
HBA = ["RESULTS HbA1c was 7.4% at 12 weeks and 7.0% at 24 weeks in the drug group."]
PT_TITLE = "Exercise and advice for knee pain"
PT = ["RESULTS At one year, 41.2% in the exercise and advice group and 23.1% for advice alone "
      "reported much less pain."]


def _verdict(claim: str, title: str, abstract: list[str]) -> tuple[str, str]:
    v = verify(claim, title=title, abstract=abstract)
    return v.status, v.rationale


@pytest.mark.parametrize(("claim", "title", "abstract", "answer"), [
    # the claim's value is another drug's figure; the claim's drug has its own
    ("Losartan cut systolic pressure by 5.2 mmHg, more than any other drug [1].",
     BP_TITLE, BP, "6.4 mmHg"),
    # a subgroup's figure for another subgroup, in English and in Chinese
    ("Among current heavy drinkers, the hazard ratio for hip fracture was 1.24 [1].",
     HIP_TITLE, HIP, "1.62"),
    ("从不饮酒者的髋部骨折风险比为1.24[1]。", HIP_TITLE, HIP, "0.81"),
    # another treatment's share (the member's own figure is the one quoted)
    ("Metformin brought diabetes remission in 64% of patients [1].", DM_TITLE, DM, "18%"),
    ("二甲双胍组有64%的患者糖尿病缓解[1]。", DM_TITLE, DM, "18%"),
    ("Among former drinkers, the hazard ratio for hip fracture was 1.62 [1].", HIP_TITLE, HIP,
     "1.24"),
    # another definition's figure ("by self-report" for "by accelerometer")
    ("Measured by accelerometer, physical activity rose by about 12% over the year [1].",
     PA_TITLE, PA, "0.8%"),
])
def test_another_members_figure_contradicts(claim: str, title: str, abstract: list[str],
                                            answer: str) -> None:
    status, rationale = _verdict(claim, title, abstract)
    assert status == "contradicted"
    assert answer in rationale


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("Losartan lowered systolic pressure by 6.4 mmHg [1].", BP_TITLE, BP),
    ("Hydrochlorothiazide lowered systolic pressure by 5.2 mmHg [1].", BP_TITLE, BP),
    ("Gastric bypass brought diabetes remission in 64% of patients [1].", DM_TITLE, DM),
])
def test_the_members_own_figure_is_supported(claim: str, title: str,
                                             abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] == "supported"


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    # no member named: the list's measure only (the first item's words are shared)
    ("Systolic pressure fell by 5.2 mmHg [1].", BP_TITLE, BP),
    ("Diabetes remission at two years occurred in 18% of patients [1].", DM_TITLE, DM),
    ("Physical activity rose by about 12% over the year [1].", PA_TITLE, PA),
    # the claim's value is one member's, and it names none: another's is no other value
    ("Hip fracture risk was raised, with a hazard ratio of 1.62 [1].", HIP_TITLE, HIP),
    # a list by time point names no members
    ("HbA1c was 7.0% in the drug group [1].", HBA_TITLE, HBA),
    # the claim's own pair names both groups
    ("At one year, 41% of the exercise group reported much less pain, versus 23% of those "
     "given advice alone [1].", PT_TITLE, PT),
    # a Chinese word the source is not read for (大量 for "heavy") may name the member
    ("目前大量饮酒者的髋部骨折风险比为0.81[1]。", HIP_TITLE, HIP),
])
def test_no_member_named_is_no_contradiction(claim: str, title: str,
                                             abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] != "contradicted"


def _unit(sentence: str):  # type: ignore[no-untyped-def]
    g = load_glossary()
    record = SourceRecord(pmid="", title="", abstract=[AbstractSection(text=sentence)])
    ref = ResolvedReference(label="1", status="resolved", record=record, method="pmid")
    return build_source("1", ref, {}, {}, g).units[0], g


def test_members_are_read_item_by_item() -> None:
    unit, g = _unit(HIP[0])
    claim = analyse("从不饮酒者的髋部骨折风险比为1.24", g, claim=True).quantities[0]
    items = members(unit, claim, g)
    assert [m.figure.quantity.value for m in items] == [1.24, 0.81, 1.62]
    assert "never" in items[1].own.stems and "former" in items[0].own.stems
    assert "fractur" not in items[0].own.stems  # "of hip fracture for former drinkers"


@pytest.mark.parametrize("sentence", [
    HBA[0],  # by time point
    "Reductions were 27.0%, 18.4% and 21.3%, respectively, in the three regions.",
    "The hazard ratio was 0.82 (95% CI 0.70-0.96).",
])
def test_no_members_without_words_of_their_own(sentence: str) -> None:
    unit, g = _unit("RESULTS " + sentence)
    claim = analyse("The rate was 21.3% [1].", g, claim=True).quantities[0] \
        if "%" in sentence else analyse("The hazard ratio was 0.70 [1].", g,
                                        claim=True).quantities[0]
    assert members(unit, claim, g) == []


# ---------------------------------------------------------------- an ordered pair "(a vs b)"

AF_TITLE = "Detecting atrial fibrillation at home"
AF = ["RESULTS Home monitoring was more sensitive in detecting atrial fibrillation than clinic "
      "ECG (78.5% vs 41.0%, P < .001)."]
YOGA_TITLE = "Yoga for menstrual pain"
YOGA = ["RESULTS A significantly lower proportion of women in the yoga group used analgesics: "
        "22% (11/50) v 58% (28/48)."]
AKI_TITLE = "Timing of dialysis in acute kidney injury"
AKI = ["RESULTS Mortality at 90 days was lower with delayed dialysis than with early dialysis "
       "(31.2% vs 42.6%; P = 0.01)."]


@pytest.mark.parametrize(("claim", "title", "abstract", "answer"), [
    # the first figure of the pair is the comparison's subject's, the second the other's
    ("The sensitivity of clinic ECG for atrial fibrillation was 78.5% [1].", AF_TITLE, AF,
     "41.0%"),
    ("Mortality at 90 days was 42.6% with delayed dialysis [1].", AKI_TITLE, AKI, "31.2%"),
    # one group named before the pair: the first figure is its
    ("In the yoga group, 58% of women used analgesics [1].", YOGA_TITLE, YOGA, "22%"),
    ("瑜伽组有58%的女性使用了止痛药[1]。", YOGA_TITLE, YOGA, "22%"),
    # the claim's own pair, by the same order, on swapped groups
    ("Clinic ECG was more sensitive than home monitoring in detecting atrial fibrillation "
     "(78.5% vs 41.0%) [1].", AF_TITLE, AF, "41.0%"),
    ("Mortality at 90 days was lower with early dialysis than with delayed dialysis (31.2% vs "
     "42.6%) [1].", AKI_TITLE, AKI, "42.6%"),
])
def test_a_pair_binds_its_figures_by_order(claim: str, title: str, abstract: list[str],
                                           answer: str) -> None:
    status, rationale = _verdict(claim, title, abstract)
    assert status == "contradicted"
    assert answer in rationale


@pytest.mark.parametrize(("claim", "title", "abstract", "expected"), [
    ("Home monitoring was more sensitive than clinic ECG in detecting atrial fibrillation "
     "(78.5% vs 41.0%) [1].", AF_TITLE, AF, "supported"),
    ("Mortality at 90 days was 31.2% with delayed dialysis [1].", AKI_TITLE, AKI, "supported"),
    ("In the yoga group, 22% of women used analgesics [1].", YOGA_TITLE, YOGA, "supported"),
    # no group named: no contradiction
    ("The sensitivity for atrial fibrillation was 78.5% [1].", AF_TITLE, AF, "supported"),
    ("58% of women used analgesics [1].", YOGA_TITLE, YOGA, "supported"),
])
def test_a_pair_read_in_order_keeps_what_it_states(claim: str, title: str,
                                                   abstract: list[str], expected: str) -> None:
    assert _verdict(claim, title, abstract)[0] == expected


# ------------------------------------------- a marked difference against "similar", "comparable"

HA_TITLE = "A new migraine drug: safety"
HA = ["RESULTS The incidence of headache in the drug group was similar to that in the placebo "
      "group."]
HA_P = ["RESULTS Headache occurred in 12% of the drug group and 11% of the placebo group "
        "(P = 0.71)."]
INS_TITLE = "Weekly insulin in type 2 diabetes"
INS = ["RESULTS Once-weekly insulin injection gave glycaemic control comparable to that of daily "
       "insulin injection."]
PAIN_TITLE = "A drug for knee pain"
PAIN_SAME = ["RESULTS Pain scores fell in both groups; the drug was comparable to placebo."]
PAIN_NONE = ["RESULTS We found no evidence that the drug reduced pain scores more than placebo."]
PAIN_SIG = ["RESULTS The drug significantly reduced pain scores compared with placebo."]


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    # 明显多于 / 远不如 state a marked difference, as 明显高于 did
    ("该药组的头痛发生率明显多于安慰剂组[1]。", HA_TITLE, HA),
    ("该药组的头痛发生率明显多于安慰剂组[1]。", HA_TITLE, HA_P),
    ("每周一次注射胰岛素的降糖效果远不如每天注射[1]。", INS_TITLE, INS),
    # "comparable to", "no evidence that" state no significant difference
    ("The drug significantly reduced pain scores compared with placebo [1].", PAIN_TITLE,
     PAIN_SAME),
    ("The drug significantly reduced pain scores compared with placebo [1].", PAIN_TITLE,
     PAIN_NONE),
    ("The drug was comparable to placebo for pain [1].", PAIN_TITLE, PAIN_SIG),
])
def test_a_marked_difference_against_none(claim: str, title: str, abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] == "contradicted"


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("Pain scores with the drug were comparable to those with placebo [1].", PAIN_TITLE,
     PAIN_SAME),
    ("每周一次注射胰岛素的降糖效果与每天注射相当[1]。", INS_TITLE, INS),
])
def test_no_difference_both_ways_agrees(claim: str, title: str, abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] == "supported"


@pytest.mark.parametrize(("text", "expected"), [
    ("利塞膦酸钠的胃肠道副作用明显多于安慰剂", 1),
    ("间歇用药的效果远不如每天用药", 1),
    ("Efficacy was comparable to that of daily dosing.", -1),
    ("We found no evidence that training was more effective.", -1),
    ("明显的头痛", 0),
])
def test_significance_words(text: str, expected: int) -> None:
    from claimcheck.evidence.significance import significance
    assert significance(text) == expected


# ---------------------------------------------- a figure's own interval against the claim's words

STATIN_TITLE = "Statins and new diabetes: a meta-analysis"
STATIN = ["RESULTS Twelve studies investigated the association between statin use and diabetes "
          "(1.09, 0.96 to 1.23) and four between statin use and cataract (1.02, 0.90 to 1.16)."]
COFFEE_TITLE = "Coffee and liver cancer"
COFFEE = ["RESULTS Coffee intake and liver cancer: pooled hazard ratio 0.71 (95% CI 0.60 to "
          "0.84) in the random-effects model."]


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    # "significantly" against an interval across 1, and "not significant" against one below 1
    ("他汀类药物使糖尿病风险显著增加9%[1]。", STATIN_TITLE, STATIN),
    ("咖啡与肝癌的风险比为0.71，但差异并不显著[1]。", COFFEE_TITLE, COFFEE),
])
def test_the_figures_interval_decides_significance(claim: str, title: str,
                                                   abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] == "contradicted"


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    # the claim says nothing of significance
    ("Statin use carried a higher risk of diabetes (risk ratio 1.09) [1].", STATIN_TITLE,
     STATIN),
    # what the claim measures is not in the sentence; and "statin use", said of both items,
    # names no member
    ("Statin use carried a significantly higher risk of glaucoma (risk ratio 1.09) [1].",
     STATIN_TITLE, STATIN),
])
def test_no_interval_contradiction_without_the_measure(claim: str, title: str,
                                                       abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] != "contradicted"


# ------------------------------- one measure's figure for another: "a sensitivity of 85% and …"

STREP_TITLE = "A rapid test for strep throat"
STREP = ["RESULTS The rapid test had a sensitivity of 85% and a specificity of 62%."]
STREP_WAS = ["RESULTS For the rapid test, sensitivity was 85% and specificity was 62%."]
TROP_TITLE = "A troponin test for heart attack"
TROP = ["RESULTS The troponin test had a negative predictive value of 91% and a positive "
        "predictive value of 38%."]


@pytest.mark.parametrize(("claim", "title", "abstract", "answer"), [
    ("The rapid test had a specificity of 85% [1].", STREP_TITLE, STREP, "62%"),
    ("The rapid test had a specificity of 85% [1].", STREP_TITLE, STREP_WAS, "62%"),
    ("The troponin test had a positive predictive value of 91% [1].", TROP_TITLE, TROP, "38%"),
])
def test_another_measures_figure_is_no_match(claim: str, title: str, abstract: list[str],
                                             answer: str) -> None:
    status, rationale = _verdict(claim, title, abstract)
    assert status == "contradicted"
    assert answer in rationale


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("The rapid test had a sensitivity of 85% [1].", STREP_TITLE, STREP),
    ("The rapid test had a specificity of 62% [1].", STREP_TITLE, STREP),
    ("The troponin test had a negative predictive value of 91% [1].", TROP_TITLE, TROP),
])
def test_the_measures_own_figure_is_supported(claim: str, title: str,
                                              abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] == "supported"


# ------------------------------------------------------- no change said as a level maintained

SMOKE_TITLE = "Smoking in a rural county"
SMOKE = ["RESULTS Over the decade, adult smoking prevalence has been maintained at a nearly "
         "constant level."]
HB_TITLE = "Iron and erythropoietin in kidney disease"
HB = ["RESULTS During treatment, haemoglobin was maintained at a stable level (13.1 g/dL)."]


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("这十年间成人吸烟率几乎没有变化[1]。", SMOKE_TITLE, SMOKE),
    ("Haemoglobin did not change during treatment (13.1 g/dL) [1].", HB_TITLE, HB),
])
def test_a_level_maintained_is_no_change(claim: str, title: str, abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] != "contradicted"


@pytest.mark.parametrize("text", [
    "its prevalence has been maintained at a nearly constant level",
    "Weight was maintained at a stable level",
    "Serum sodium held steady",
    "little or no change in HbA1c",
])
def test_more_ways_of_no_change(text: str) -> None:
    from claimcheck.evidence.against import states_no_change
    assert states_no_change(text)


def test_maintaining_a_thing_is_no_stasis() -> None:
    from claimcheck.evidence.against import states_no_change
    assert not states_no_change("The drug maintained blood pressure control")


# ------------------------------- a figure flipped only by a negation that describes the sample

STATINS_M_TITLE = "Statins and muscle strength"
STATINS_M = ["Design, Setting, and Participants Cohort study of men (N = 2210) aged 50 to 75 years "
             "without a history of heart disease who had never used statins.",
             "Results In a total of 1900 men (mean age, 62.3 [SD, 5.0] years), statins did not "
             "change muscle strength."]
COFFEE_DM_TITLE = "Coffee and type 2 diabetes"
COFFEE_DM = ["Design, Setting, and Participants Cohort study of adults (N = 1480) aged 40 to 70 "
             "years without a history of diabetes who had never used insulin.",
             "Results In a total of 1200 adults (mean age, 55.4 [SD, 6.1] years), coffee did "
             "not change fasting glucose."]


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("Their average age was just over 62 [1].", STATINS_M_TITLE, STATINS_M),
    ("Their average age was just over 55 [1].", COFFEE_DM_TITLE, COFFEE_DM),
])
def test_a_sample_described_with_a_negation_flips_no_figure(claim: str, title: str,
                                                             abstract: list[str]) -> None:
    assert _verdict(claim, title, abstract)[0] == "supported"
