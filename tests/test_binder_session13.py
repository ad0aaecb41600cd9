"""Session 13: a figure bound to what it measures (topics of our own): Chinese hedges beside a
figure, abbreviations in square brackets, a figure for one sex against the other, Chinese
tallies in digits, a rate given as a share, a genus cut from its species, an opening
"Of the N …," and "compared with control"."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.abbreviations import definitions
from claimcheck.evidence.analysis import analyse, tallied, tally
from claimcheck.evidence.judge import reference_sex
from claimcheck.evidence.match import states_measure
from claimcheck.evidence.terms import analyze
from claimcheck.evidence.verify import rejoined

G = load_glossary()


def test_hedges_of_an_amount() -> None:
    lexicon = G.lexicon()
    assert lexicon.hedge("差不多") and lexicon.hedge("将近") and lexicon.hedge("大约")
    assert lexicon.hedge("大致")  # "more or less; roughly", an adverb to jieba
    assert not lexicon.hedge("绝对")  # "absolute": an adjective jieba tags as an adverb
    assert not lexicon.hedge("显著") and not lexicon.hedge("病毒")


def _bound(claim: str, source: str, elsewhere: str = "") -> bool:
    """Does the source sentence's first figure state what the claim's first figure measures,
    in a source that also says `elsewhere`?"""
    c = analyse(claim, G, claim=True).quantities[0]
    src = analyse(source, G)
    return states_measure(c, src.quantities[0], src.terms, src.clauses, frozenset(), G,
                          matching=True, setting=analyze(f"{source} {elsewhere}", G))


def test_hedge_not_needed_beside_a_matched_figure() -> None:
    source = "The risk of stroke fell by 12% with walking."
    assert _bound("中风风险大约降低了12%", source, "Approximately 900 adults walked daily.")
    assert _bound("中风风险差不多降低了12%", source, "Almost all adults walked daily.")
    # "absolute" is a word of the measure, said elsewhere of another figure: still needed
    assert not _bound("中风风险绝对降低了12%", source, "The absolute risk was low.")


def test_abbreviation_in_square_brackets() -> None:
    pairs = definitions(["Fewer falls were seen (number needed to treat [NNT], 14; 95% "
                         "confidence interval [CI], 9 to 31)."])
    assert pairs["NNT"] == "number needed to treat"
    assert pairs["CI"] == "confidence interval"


def test_reference_sex_of_a_comparison() -> None:
    assert reference_sex("Boys had three times the odds of girls of asthma") == "f"
    assert reference_sex("女性骨折的几率是男性的两倍") == "m"
    assert reference_sex("Men and women were both followed") is None


_SEX_ABSTRACT = ["In the regression, male sex (odds ratio 3.40, 95% CI 1.80 to 6.40) and "
                 "older age were associated with gout flares."]


def test_figure_for_one_sex_is_against_the_other() -> None:
    verdict = claimcheck.verify(
        "Men had more than three times the odds of women of gout flares (odds ratio 3.40) [1].",
        title="Gout flares", abstract=_SEX_ABSTRACT)
    assert verdict.status == "supported"


def test_figure_for_one_sex_does_not_state_the_reverse_comparison() -> None:
    verdict = claimcheck.verify(
        "Women had more than three times the odds of men of gout flares (odds ratio 3.40) [1].",
        title="Gout flares", abstract=_SEX_ABSTRACT)
    assert verdict.status != "supported"


def test_chinese_tally_in_digits() -> None:
    digits = analyse("该综述汇总了12项研究", G).quantities[0].quantity
    words = analyse("该综述汇总了十二项研究", G).quantities[0].quantity
    assert tallied(digits) and tallied(words)
    assert not tally(digits)  # as the clause reader sees it, unchanged


def test_rate_given_as_a_share() -> None:
    assert _bound("The relapse rate was 40%", "A relapse was seen in 40% of patients.")
    assert not _bound("The relapse rate was 40%", "Remission was reached in 40% of patients.")


def test_rate_not_given_by_one_of_two_shares() -> None:
    # the whole's share and a subgroup's share in one sentence: which is "the rate" is not said
    source = ("A relapse was seen in 24 of 120 patients (20%) and in 12 of 30 patients "
              "over 70 (40%).")
    assert not _bound("The relapse rate was 40%", source)


def test_genus_cut_from_its_species_is_rejoined() -> None:
    assert rejoined(["Of 300 adult Ix.", "ricinus ticks, 21 carried Borrelia."]) == [
        "Of 300 adult Ix. ricinus ticks, 21 carried Borrelia."]
    assert rejoined(["Fig.", "Results follow."]) == ["Fig.", "Results follow."]
    assert rejoined(["We used E. coli.", "mRNA rose."]) == ["We used E. coli.", "mRNA rose."]


def test_opening_whole_lends_its_words_to_a_part() -> None:
    abstract = ["Of the 400 female adult sandflies trapped, all ten (2.5%) infected ones came "
                "from houses near the river; none came from the hills.",
                "Ten of 120 dogs were infected."]
    verdict = claimcheck.verify("Fewer than 3% of the 400 females trapped carried the parasite "
                                "[1].", title="Sandflies", abstract=abstract)
    assert verdict.status == "supported"


def test_compared_with_control_names_the_control_group() -> None:
    abstract = ["Overall, there was a 2.35 kg reduction in body weight with the coaching "
                "programme compared with control."]
    verdict = claimcheck.verify("The coaching programme reduced body weight by 2.35 kg relative "
                                "to the control group [1].", title="Coaching", abstract=abstract)
    assert verdict.status == "supported"


def test_discourse_opening_names_no_subgroup() -> None:
    from claimcheck.evidence.judge import _SUBGROUP_OPENING

    assert _SUBGROUP_OPENING.match("For example, the odds ratio for smokers was 2.1.") is None
    assert _SUBGROUP_OPENING.match("In addition, the rate of falls was 12%.") is None
    assert _SUBGROUP_OPENING.match("In this study, 40% relapsed.") is None
    assert _SUBGROUP_OPENING.match("In treatment-naive patients, survival was 31 months.")
    assert _SUBGROUP_OPENING.match("Among women over 50, 12% fell.")


def test_opening_on_two_groups_is_no_whole() -> None:
    from claimcheck.evidence.judge import _WHOLE_OPENING

    assert _WHOLE_OPENING.match("Of the 200 smokers and 300 non-smokers followed, 30 (15%) "
                                "and 12 (4%) had a stroke.") is None
    assert _WHOLE_OPENING.match("ResultsOf the 97 clinics surveyed, 87 (90%) replied.")


_WEIGHT_DOWN = ["Overall, there was a 2.35 kg reduction in body weight with the coaching "
                "programme compared with the leaflet group."]
_WEIGHT_UP = ["Overall, there was a 2.35 kg increase in body weight with the coaching "
              "programme compared with the leaflet group."]


def test_lost_more_than_is_a_larger_loss() -> None:
    claim = "Adults in the coaching programme lost 2.35 kg more body weight than the leaflet " \
            "group [1]."
    assert claimcheck.verify(claim, title="Coaching", abstract=_WEIGHT_DOWN).status == \
        "supported"
    assert claimcheck.verify(claim, title="Coaching", abstract=_WEIGHT_UP).status != \
        "supported"


def test_gained_more_than_is_still_a_gain() -> None:
    claim = "Adults in the coaching programme gained 2.35 kg more body weight than the " \
            "leaflet group [1]."
    assert claimcheck.verify(claim, title="Coaching", abstract=_WEIGHT_DOWN).status != \
        "supported"


def test_incidence_rate_ratio_measures_an_incidence() -> None:
    source = "The adjusted rate ratio for gout in men given diuretics was 2.64 (2.10 to 3.32)."
    assert _bound("服用利尿剂的男性痛风发病率更高（校正率比2.64）", source)
    assert not _bound("服用利尿剂的男性痛风发病率更高（风险比2.64）",
                      "The adjusted hazard ratio for gout in men given diuretics was 2.64.")
