"""Figures bound to the wrong group (session 14, evidence/pairs.py): a claim pair read with one
group before its figure and the other after ("A had 72 against 84 for B"), two groups listed
before their two figures without "respectively", a label that names neither group, a "than in"
comparison whose bracket nests intervals, "男女" as two groups, and a lone claim figure said of
one group whose value the source gives to the other. The right pairing stays uncontradicted."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.pairs import listed_pairs, pairs


def _status(claim: str, source: str) -> str:
    return claimcheck.verify(claim, abstract=[source]).status


def _listed(text: str, *, claim: bool = False) -> list[tuple[str, str, str, str]]:
    analysed = analyse(text, load_glossary(), claim=claim)
    return [(p.first.quantity.text, p.first_label, p.second.quantity.text, p.second_label)
            for p in listed_pairs(analysed.text, analysed.quantities)]


NURSES = "Night-shift nurses had a higher rate (84 vs. 72) relative to day-shift nurses."
MEAT = "Meat eaters had a higher ferritin score (95 vs. 40) relative to vegetarians."


def test_mixed_labels_read_both_groups() -> None:
    analysed = analyse("Night-shift nurses had a rate of 72 against 84 for day-shift nurses.",
                       load_glossary(), claim=True)
    [pair] = pairs(analysed.text, analysed.quantities)
    assert pair.second_label == "day-shift nurses"
    assert pair.first_label.startswith("Night-shift nurses")


def test_mixed_labels_swapped_contradict() -> None:
    assert _status("Night-shift nurses had a rate of 72 against 84 for day-shift nurses [1].",
                   NURSES) == "contradicted"
    assert _status("Night-shift nurses had a rate of 84 against 72 for day-shift nurses [1].",
                   NURSES) != "contradicted"
    assert _status("Meat eaters had a ferritin score of 40 against 95 for vegetarians [1].",
                   MEAT) == "contradicted"
    assert _status("Meat eaters had a ferritin score of 95 against 40 for vegetarians [1].",
                   MEAT) != "contradicted"


def test_a_figure_before_the_second_group_is_no_mixed_label() -> None:
    # "developed in 15% and 4% of A and B": both groups after the figures, one list
    analysed = analyse("Anaemia developed in 15% and 4% of meat eaters and vegetarians.",
                       load_glossary())
    assert pairs(analysed.text, analysed.quantities) == []


SMOKERS = "Of the 200 smokers and 300 non-smokers, 30 (15%) and 12 (4%) developed bronchitis."


def test_groups_listed_before_their_figures_pair_in_order() -> None:
    assert _listed(SMOKERS) == [("30", "smokers", "12", "non-smokers"),
                                ("15%", "smokers", "4%", "non-smokers")]
    assert _listed("The obesity rates in urban and rural children were 18% and 11%.") == [
        ("18%", "urban", "11%", "rural children")]
    assert _listed("在城市和农村儿童中，肥胖率为18%和11%。") == [
        ("18%", "城市", "11%", "农村儿童")]
    # three figures for two groups, or a list with no group named before it: no pairing
    assert _listed("Of the smokers and non-smokers, 30, 12 and 7 developed bronchitis.") == []
    assert _listed("In 2001 and 2002, 30 and 12 developed bronchitis.") == []


def test_a_lone_figure_given_to_the_other_listed_group_contradicts() -> None:
    assert _status("15% of non-smokers developed bronchitis [1].", SMOKERS) == "contradicted"
    assert _status("4% of non-smokers developed bronchitis [1].", SMOKERS) == "supported"
    assert _status("15% of smokers developed bronchitis [1].", SMOKERS) == "supported"


def test_a_lone_figure_given_to_the_other_group_contradicts() -> None:
    source = "Anaemia developed in 15% of meat eaters and 4% of vegetarians."
    assert _status("15% of vegetarians developed anaemia [1].", source) == "contradicted"
    assert _status("4% of vegetarians developed anaemia [1].", source) == "supported"
    listed = "Anaemia developed in 15% and 4% of meat eaters and vegetarians, respectively."
    assert _status("15% of vegetarians developed anaemia [1].", listed) == "contradicted"
    assert _status("15% of meat eaters developed anaemia [1].", listed) == "supported"


def test_two_measures_of_one_sentence_are_no_groups() -> None:
    # words shared by both labels ("statistic") tell no group: nothing is decided on them
    source = ("The score explained 60% of the variation, with Harrell's C statistic 0.88 and "
              "the D statistic 2.48.")
    assert _status("The score had a C statistic of 0.88 [1].", source) != "contradicted"


def test_a_label_naming_neither_group_is_the_other() -> None:
    source = ("Median survival was 9.1 months (95% CI 7.9-10.3) in the chemoradiotherapy group "
              "and 11.2 months (9.8-12.6) for radiotherapy alone.")
    wrong = ("Median survival was 11.2 months on the combination and 9.1 months on "
             "radiotherapy alone [1].")
    right = ("Median survival was 9.1 months on the combination and 11.2 months on "
             "radiotherapy alone [1].")
    assert _status(wrong, source) == "contradicted"
    assert _status(right, source) != "contradicted"


def test_than_in_with_nested_intervals() -> None:
    source = ("Pain fell more in the acupuncture group than in the sham group (3.1 points "
              "(95% CI 2.5 to 3.7) v 1.2 points (0.6 to 1.8); difference 1.9 points).")
    assert _status("Pain fell by 1.2 points in the acupuncture group, against 3.1 points in "
                   "the sham group [1].", source) == "contradicted"
    source = source.replace("acupuncture", "exercise").replace("sham", "control")
    assert _status("运动组疼痛评分下降了1.2分，对照组下降了3.1分[1]。", source) == "contradicted"


def test_men_and_women_in_one_word() -> None:
    source = "Relapse was similar by sex (men, 18.3% vs women, 20.5%; P = .41)."
    assert _status("男女患者的复发率相近（20.5%对18.3%）[1]。", source) == "contradicted"
    assert _status("男女患者的复发率相近（18.3%对20.5%）[1]。", source) != "contradicted"


def test_a_whole_and_its_part_in_each_others_place() -> None:
    source = "The trial enrolled 12 hospitals (7 rural, 5 urban)."
    assert _status("The trial enrolled 7 hospitals (12 rural, 5 urban) [1].", source) == \
        "contradicted"
    assert _status("The trial enrolled 12 hospitals (7 rural, 5 urban) [1].", source) == \
        "supported"
    trials = "Of the 40 trials included: 25 of statins, 15 of ezetimibe."
    assert _status("The review included 25 trials: 40 of statins and 15 of ezetimibe [1].",
                   trials) == "contradicted"


def test_a_list_of_groups_lends_no_lone_label() -> None:
    # "A和B分别有x和y": the figures pair in order; "B分别" is no label of the first figure
    source = ("Readmission did not differ (41 patients in the nurse-call group vs 44 in the "
              "usual-care group; P = .71).")
    assert _status("护士电话组和常规护理组分别有41人和44人再入院[1]。", source) != "contradicted"
    assert _status("护士电话组和常规护理组分别有44人和41人再入院[1]。", source) == "contradicted"
    assert _status("常规护理组有41人再入院[1]。", source) == "contradicted"
