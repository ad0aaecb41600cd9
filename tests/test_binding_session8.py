"""Session 8: how a claim's figure finds its measure in the source (issue 10).

Each class is tested on topics of its own (none from the probes, SciFact or the dev corpus):
a distinctive value said once in the source, glosses set off beside a measure, adverbs the
stemmer joined to another word, counts joined by "和"/"and" each with its own noun, lists of
figures sharing their last item's scale or unit, the study's setting named once, Chinese
verbs never required beside a figure, numbers that begin a chemical name, and lists closed by
"respectively".
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.quantities import extract_with_intervals
from claimcheck.evidence.terms import analyze


def _status(claim: str, title: str, *abstract: str) -> str:
    return claimcheck.verify(claim, title=title, abstract=list(abstract)).status


SUPPORTED = [
    # a distinctive count said once: the sample's description may be anywhere in its sentence
    ("rare-count", "这项研究分析了挪威约4.3万名孕妇的登记数据[1]。", "Pregnancy and migraine in Norway",
     ("We analysed registry data on 43,219 pregnant women.", "The study was conducted in Norway.")),
    # a gloss for the reader is no part of the measure
    ("gloss", "Ferritin, a marker of iron stores, fell by 14.2% with the supplement [1].",
     "Iron supplements and ferritin", ("Serum ferritin decreased by 14.2% with the supplement.",)),
    # two counts joined by 和, each with its own noun
    ("joined-counts-zh", "研究纳入了5120名糖尿病患者和4980名对照者[1]。", "Diabetes and hearing loss",
     ("We included 5120 patients with diabetes and 4980 matched controls.",)),
    # a list takes its last item's scale
    ("listed-scale", "Doses of 10, 50 or 100 million cells were given [1].", "Cell doses",
     ("Ten million, 50 million, or 100 million cells were given.",)),
    # the setting is said once for the whole study
    ("setting", "这项在芬兰开展的队列研究纳入了3.1万余名男性[1]。",
     "Coffee and stroke in Finnish men: a cohort study",
     ("METHODS This cohort study was conducted in Finland.",
      "A total of 31,456 men were followed for 13 years.")),
    # the comparator arm's own figure, claimed for it
    ("comparator-own", "Nausea occurred in 7% of the children given placebo [1].",
     "Probiotics for acute gastroenteritis in children: a randomised trial",
     ("RESULTS Nausea occurred in 11% of the children in the probiotic group and 7% of those "
      "given placebo.",)),
    # "X and Y of weight, respectively": the list's words are each figure's
    ("respectively-tail", "手术组减掉了12.4%的体重[1]。", "Surgery and weight",
     ("The surgical and medical groups lost 12.4% (5.1%) and 3.1% (2.2%) of weight, "
      "respectively.",)),
]


@pytest.mark.parametrize(("name", "claim", "title", "abstract"), SUPPORTED,
                         ids=[c[0] for c in SUPPORTED])
def test_the_measure_is_found(name: str, claim: str, title: str, abstract: tuple[str, ...]) -> None:
    assert _status(claim, title, *abstract) == "supported"


NOT_SUPPORTED = [
    # the claim's value said once, but for another group of the same sentence
    ("another-group", "从不饮酒者的比值比为0.62[1]。", "Alcohol and gout",
     ("For former drinkers, OR 0.62 (95% CI 0.50-0.77), and for never drinkers, OR 0.48 "
      "(95% CI 0.39-0.59).",)),
    # a distinctive value once, but the measure named beside it is another
    ("another-measure", "Malignancies occurred in 12.9% of the treated patients [1].",
     "Safety of a cell therapy",
     ("Infections occurred in 29.5% of patients, and serious infections in 12.9%.",)),
    # the comparator arm's figure is no figure of the treated arm
    ("comparator-arm", "Nausea occurred in 7% of the children in the probiotic group [1].",
     "Probiotics for acute gastroenteritis in children: a randomised trial",
     ("RESULTS Nausea occurred in 11% of the children in the probiotic group and 7% of those "
      "given placebo.",)),
    ("comparator-arm-zh", "益生菌组有7%的患儿出现恶心[1]。",
     "Probiotics for acute gastroenteritis in children: a randomised trial",
     ("RESULTS Nausea occurred in 11% of the children in the probiotic group and 7% of those "
      "given placebo.",)),
    # a change is not stated by the level it started from
    ("change-vs-level", "The 6-minute walk distance increased by 350 m [1].",
     "Rehabilitation after heart failure",
     ("RESULTS The 6-minute walk distance increased by 25 m, from 350 m to 375 m.",)),
    # a title naming two things states no change ("falls" there is a noun)
    ("topic-title", "Vitamin D reduced falls in older women [1].",
     "Vitamin D supplementation and falls in older women",
     ("METHODS Women aged 70 or more were randomised to vitamin D or placebo.",
      "RESULTS Falls were recorded monthly.")),
    # what earlier studies found is background, not a finding of the cited study
    ("earlier-studies", "Adding vitamin D to the statin reduced muscle pain more [1].",
     "Vitamin D and statin myalgia: a randomised trial",
     ("BACKGROUND Previous observational studies suggested that adding vitamin D to a statin "
      "reduced muscle pain.", "RESULTS Muscle pain scores did not differ between the groups.")),
    # swapped arms of a "vs" list
    ("swapped-vs", "Systolic pressure was higher with the drug (135.1 mm Hg) than with placebo "
     "(128.4 mm Hg) [1].", "Drug and blood pressure",
     ("Systolic blood pressure was lower with the drug than with placebo (128.4 vs 135.1 mm Hg).",)),
]


def test_a_pair_printed_the_other_way_round_is_contradicted() -> None:
    title = "Statins and gallstones: a randomised trial"
    abstract = ("RESULTS Gallstone surgery was less common with simvastatin (4% vs 7%; P = 0.03).",)
    swapped = _status("Gallstone surgery was more common with simvastatin (7% vs 4%) [1].", title,
                      *abstract)
    assert swapped == "contradicted"
    # the same pair said from the other arm agrees
    assert _status("Gallstone surgery was more common with placebo (7% vs 4%) [1].", title,
                   *abstract) != "contradicted"
    assert _status("Gallstone surgery was less common with simvastatin (4% vs 7%) [1].", title,
                   *abstract) == "supported"


@pytest.mark.parametrize(("name", "claim", "title", "abstract"), NOT_SUPPORTED,
                         ids=[c[0] for c in NOT_SUPPORTED])
def test_a_value_of_something_else_is_not_support(name: str, claim: str, title: str,
                                                  abstract: tuple[str, ...]) -> None:
    assert _status(claim, title, *abstract) != "supported"


def test_a_figure_of_the_other_arm_in_a_pair_is_no_other_value() -> None:
    # the claim gives each arm its right figure; 135.1 is the placebo arm's, not another value
    # of the drug arm's 128.4
    status = _status("Systolic pressure was clearly lower with the drug (128.4 mm Hg) than with "
                     "placebo (135.1 mm Hg) [1].", "Drug and blood pressure",
                     "Systolic blood pressure was lower with the drug than with placebo "
                     "(128.4 vs 135.1 mm Hg).")
    assert status != "contradicted"


def test_an_adverb_reads_as_no_concept_of_its_stem() -> None:
    g = load_glossary()
    assert "clearance" not in analyze("Body mass index was clearly lower", g).key
    assert "clearance" in analyze("Creatinine was cleared faster", g).all
    assert "significantly" in analyze("significantly lower", g).key  # a listed adverb


def test_a_gloss_beside_a_measure_is_blanked() -> None:
    g = load_glossary()
    a = analyse("C-reactive protein, a marker of inflammation, fell by 7.5%", g, claim=True)
    assert "inflammation" not in a.quantities[0].context


@pytest.mark.parametrize(("text", "expected"), [
    ("Doses of 20, 100 or 200 million cells", [2e7, 1e8, 2e8]),
    ("Twenty million cells", [2e7]),
    ("doses of 2, 5 and 10 mg", [2.0, 5.0, 10.0]),
    ("分别为2、5和10万人", [2e4, 5e4, 1e5]),
    ("relapse in 31 v 58%", [31.0, 58.0]),
])
def test_a_list_shares_its_last_items_scale(text: str, expected: list[float]) -> None:
    quantities, _ = extract_with_intervals(text)
    assert [q.value for q in quantities] == expected
    assert len({q.kind for q in quantities}) == 1


@pytest.mark.parametrize(("text", "value"), [("约八成三的人", 83.0), ("七成五", 75.0),
                                             ("三成", 30.0), ("八成三年后", 80.0)])
def test_tenths_with_a_second_digit(text: str, value: float) -> None:
    assert extract_with_intervals(text)[0][0].value == value


def test_amounts_compared_stay_amounts() -> None:
    # "0.29 vs 0.44 mg/kg" compares two amounts used; it lists no doses of a regimen
    quantities, _ = extract_with_intervals("morphine use (0.29 vs 0.44 mg/kg)")
    assert quantities[0].kind != "dose"


@pytest.mark.parametrize("text", ["15-酮基-PGE2的转化减少", "血清5-羟色胺", "15-keto-PGE2 levels"])
def test_a_number_that_begins_a_chemical_name_is_no_figure(text: str) -> None:
    quantities, _ = extract_with_intervals(text)
    assert not [q for q in quantities if q.value == 15 or q.value == 5]


def test_counts_joined_each_keep_their_own_noun() -> None:
    g = load_glossary()
    a = analyse("包括8634名结直肠癌患者和8553名对照者", g, claim=True)
    first, second = a.quantities
    assert "control group" not in first.context and "control group" in second.context
    b = analyse("The trial enrolled 812 smokers and 790 nonsmokers.", g, claim=True)
    assert len(b.quantities) == 2
    assert b.quantities[0].context != b.quantities[1].context


def test_chinese_verbs_are_known_as_verbs_and_places_as_names() -> None:
    lexicon = load_glossary().lexicon()
    assert lexicon.verbal("提供") and not lexicon.verbal("手术")
    assert lexicon.proper("芬兰") and not lexicon.proper("医生")
