"""Session 14: claims that must not be supported, of the kinds the mutation test writes (a
figure changed, a direction turned round), on topics of our own: an interval's bounds, a
bound copied from another figure, a bound the other way, the direction word at a figure, a
figure of the other group in brackets, words of strength, 近万, a figure-free part with
words the glossary lacks, and a numbered name with another number."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import number_equal, value_match
from claimcheck.evidence.names import renumbered_names
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.terms import analyze

G = load_glossary()


def _status(claim: str, *sentences: str) -> str:
    return claimcheck.verify(claim, abstract=list(sentences)).status


def _first(text: str) -> claimcheck.models.Quantity:
    return extract_quantities(text)[0]


def test_an_interval_is_part_of_the_figure() -> None:
    claim = _first("odds ratio 2.10, 95% CI 1.30 to 4.90")
    assert not value_match(claim, _first("(odds ratio 2.10; 95% CI, 1.30-3.40)"))
    assert value_match(claim, _first("(odds ratio 2.10; 95% CI, 1.30-4.90)"))
    assert value_match(_first("odds ratio 2.10"), _first("(odds ratio 2.10; 95% CI, 1.30-3.40)"))
    # printed to the coarser precision, the bounds agree
    assert value_match(_first("风险降低了25%（95%置信区间10%～38%）"),
                       _first("a 25.3% reduction (95% CI, 10.1% to 38.2%)"))
    source = ("Night-shift work was associated with asthma (odds ratio 2.10; 95% CI, "
              "1.30-3.40).")
    assert _status("Night-shift work was linked to asthma (odds ratio 2.10, 95% CI 1.30 to "
                   "4.90) [1].", source) != "supported"
    assert _status("Night-shift work was linked to asthma (odds ratio 2.10, 95% CI 1.30 to "
                   "3.40) [1].", source) == "supported"


def test_a_bound_on_an_unround_time_copies_it() -> None:
    # "up to 27 years" is not stated by a 10-year figure, "aged 33 or older" not by age 70
    assert not value_match(_first("followed for up to 27 years"), _first("a 10-year interval"))
    assert not value_match(_first("women aged 33 or over"), _first("at ages 50 and 70 years"))
    assert value_match(_first("followed for up to 27 years"), _first("for 27 years"))
    # a round bound still holds a figure inside it: "more than 20 years" for 31 years
    assert value_match(_first("for more than 20 years"), _first("for 31 years"))
    assert number_equal(20, 0, 31, 0, "more_than")


def test_a_bound_the_other_way_states_nothing() -> None:
    assert not number_equal(42, 0, 95, 0, "at_least", "up_to")
    assert not number_equal(10, 0, 10, 0, "up_to", "at_least")
    assert number_equal(10, 0, 10, 0, "at_least", "at_least")


def test_the_direction_word_at_the_figure() -> None:
    source = "Avoidable hospital admissions for asthma decreased by 38% after the programme."
    assert _status("After the programme, avoidable hospital admissions for asthma increased "
                   "by 38% [1].", source) == "contradicted"
    assert _status("After the programme, avoidable hospital admissions for asthma fell by 38% "
                   "[1].", source) == "supported"
    zh = "Preventable falls among nursing-home residents decreased by 40% after the training."
    assert _status("培训后，养老院居民中可预防的跌倒增加了40%[1]。", zh) == "contradicted"


def test_the_other_group_in_brackets() -> None:
    source = "Relapse was more common in girls (boys, 15% vs girls, 30%; P = .01)."
    assert _status("Relapse was 30% in boys, about twice the rate in girls (15%) [1].",
                   source) == "contradicted"
    assert _status("复发率在男孩中为30%，约为女孩（15%）的两倍[1]。", source) == "contradicted"
    assert _status("Relapse was 30% in girls, about twice the rate in boys (15%) [1].",
                   source) != "contradicted"


def test_words_of_strength_are_directions() -> None:
    assert analyze("stronger JAK signalling", G).direction == 1
    assert analyze("weaker binding", G).direction == -1
    assert analyze("作用更强", G).direction == 1
    assert analyze("作用较弱", G).direction == -1
    source = "We trace the benefit of the drug to the inhibition of JAK signalling in T cells."
    assert _status("The benefit of the drug was traced to stronger JAK signalling in T cells "
                   "[1].", source) != "supported"
    assert _status("The benefit of the drug was traced to weaker JAK signalling in T cells "
                   "[1].", source) != "contradicted"


def test_ten_thousand_with_its_one_unsaid() -> None:
    q = _first("研究共纳入近万名孕妇")
    assert (q.kind, q.value, q.qualifier) == ("count", 10000.0, "nearly")
    assert _first("逾万例患者").qualifier == "more_than"
    assert not extract_quantities("万名")  # no bound: no figure


def test_a_part_in_words_the_glossary_lacks() -> None:
    source = "The survey covered 12 coastal villages in the delta region."
    assert _status("The survey covered 12 coastal villages, and the team says fishermen "
                   "there already trade tide forecasts by radio [1].", source) \
        == "partially_supported"


def test_a_numbered_name_with_another_number() -> None:
    assert renumbered_names("CD8 T cells expanded", "CD4 T cells expanded") == [("CD8", "CD4")]
    assert renumbered_names("the H3N2 strain", "the pandemic H1N1 strain") == [("H3N2", "H1N1")]
    assert renumbered_names("stage 4 kidney disease", "stage II chronic kidney disease") \
        == [("stage 4", "stage 2")]
    assert not renumbered_names("grade 4 neutropenia", "grade 3 or 4 neutropenia")
    assert not renumbered_names("a phase 3 trial", "A phase III randomised trial")
    assert not renumbered_names("PHQ-9 scores fell", "PHQ-9 scores fell")
    assert not renumbered_names("IL-10 rose", "IL-6 and interleukin-10 (IL-10) rose")
    source = "CD4 T cell counts rose by 120 cells per microlitre after treatment."
    assert _status("CD8 T cell counts rose by 120 cells per microlitre after treatment [1].",
                   source) != "supported"
    assert _status("CD4 T cell counts rose by 120 cells per microlitre after treatment [1].",
                   source) == "supported"


def test_a_comparative_against_the_claims_own_figures() -> None:
    source = "In 2010, 12% of adults and 8% of teenagers in the region smoked daily."
    assert _status("In 2010, 12% of adults in the region smoked daily; among teenagers the "
                   "share was higher, at 8% [1].", source) == "contradicted"
    assert _status("In 2010, 12% of adults in the region smoked daily; among teenagers the "
                   "share was lower, at 8% [1].", source) != "contradicted"
    zh = "Daily smoking was 12% among adults and 18% among teenagers in 2010."
    assert _status("2010年，成年人每日吸烟率为12%，青少年更低达18%[1]。", zh) == "contradicted"
    assert _status("2010年，成年人每日吸烟率为12%，青少年更高达18%[1]。", zh) != "contradicted"
    # a comparison with something the clause names after the figure is not with the first
    trial = "One-year survival was 80%, and 60% responded, more than with the older drug."
    assert _status("One-year survival was 80%, and response was higher, at 60%, than with the "
                   "older drug [1].", trial) != "contradicted"


def test_a_hedge_between_a_ratio_and_its_value() -> None:
    q = _first("其中男性的风险比接近3")
    assert (q.kind, q.value, q.unit, q.qualifier) == ("ratio", 3.0, "HR", "nearly")
    assert _first("an odds ratio of about 2").qualifier == "about"
    assert value_match(_first("the odds ratio was nearly 3"), _first("(OR = 2.8; P = 0.01)"))
    assert not value_match(_first("the odds ratio was nearly 5"), _first("(OR = 2.8; P = 0.01)"))


def test_no_difference_with_another_time_point() -> None:
    source = ("After a median follow-up of 41 months, there were no significant differences "
              "in knee pain between the injection and saline groups.")
    assert _status("After a median of 41 months, the injections brought no significant "
                   "difference in knee pain compared with saline [1].", source) == "supported"
    assert _status("After a median of 57 months, the injections brought no significant "
                   "difference in knee pain compared with saline [1].", source) != "supported"


def test_one_source_figure_is_not_both_of_a_pair() -> None:
    source = "Mortality did not differ between the groups (6.1% vs 8.2%; P = 0.3)."
    assert _status("Mortality did not differ between the groups (8.2% vs 8.2%) [1].",
                   source) != "supported"
    assert _status("Mortality did not differ between the groups (6.1% vs 8.2%) [1].",
                   source) == "supported"
    same = "Mortality did not differ between the groups (8.2% vs 8.2%; P = 0.9)."
    assert _status("Mortality did not differ between the groups (8.2% vs 8.2%) [1].",
                   same) == "supported"
    printed_twice = ("Relapse did not differ between the arms (20/310 (6%) v 29/305 (10%); "
                     "P = 0.2).")
    assert _status("两组的复发率没有差异（10%对10%）[1]。", printed_twice) != "supported"
