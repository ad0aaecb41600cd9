"""Session 13: a claim's change read from a pair of levels in the source's own order, a denied
change at a ratio whose interval spans 1, "M in N" shares in Chinese, and summing-up frames
(topics of our own)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.changes import denies_change
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.terms import analyze

G = load_glossary()

_SMOKING = ["We surveyed nurses in 40 hospitals in 1990 and 2010.",
            "The share of nurses who smoked daily fell from 31% to 9% between the two surveys, "
            "with slightly higher figures in rural hospitals in both years."]


def test_levels_in_the_sources_order_state_the_fall() -> None:
    verdict = claimcheck.verify("每天吸烟的护士比例从31%降到了9%[1]。", title="Nurses and smoking",
                                abstract=_SMOKING)
    assert verdict.status == "supported"


def test_levels_the_other_way_do_not_state_a_rise() -> None:
    verdict = claimcheck.verify("每天吸烟的护士比例从31%升到了9%[1]。", title="Nurses and smoking",
                                abstract=_SMOKING)
    assert verdict.status != "supported"


def test_levels_swapped_are_no_support() -> None:
    verdict = claimcheck.verify("每天吸烟的护士比例从9%降到了31%[1]。", title="Nurses and smoking",
                                abstract=_SMOKING)
    assert verdict.status != "supported"


def test_a_denied_change_is_read_before_its_verb_only() -> None:
    assert denies_change("服用维生素D并不会增加肾结石风险")
    assert denies_change("coffee did not increase the risk of gout")
    assert not denies_change("未接种疫苗的地区麻疹风险降低了")  # 未 describes the regions


def test_denied_rise_at_a_null_ratio() -> None:
    abstract = ["Vitamin D use was not associated with kidney stone risk (hazard ratio, 1.04; "
                "95% CI, 0.91-1.19)."]
    verdict = claimcheck.verify("服用维生素D并不会增加肾结石风险（风险比1.04，95%CI 0.91～1.19）[1]。",
                                title="Vitamin D and kidney stones", abstract=abstract)
    assert "same change not found" not in verdict.rationale


def test_a_significant_ratio_is_no_denial() -> None:
    abstract = ["Vitamin D use was associated with kidney stone risk (hazard ratio, 1.34; "
                "95% CI, 1.11-1.59)."]
    verdict = claimcheck.verify("服用维生素D并不会增加肾结石风险（风险比1.34，95%CI 1.11～1.59）[1]。",
                                title="Vitamin D and kidney stones", abstract=abstract)
    assert verdict.status != "supported"


def test_m_in_n_is_a_share() -> None:
    [q] = extract_quantities("每五名老人中约有一人跌倒过")
    assert (q.kind, q.value, q.qualifier) == ("percent", 20.0, "about")
    [q] = extract_quantities("每4个孩子中就有1个近视")
    assert (q.kind, q.value) == ("percent", 25.0)


def test_rates_per_thousand_stay_rates() -> None:
    [q] = extract_quantities("每千名新生儿中约有2.1例")
    assert q.kind == "rate"


def test_m_in_n_found_as_a_percentage() -> None:
    abstract = ["Falls in the past year were reported by 412 (19.6%) of 2101 older adults."]
    verdict = claimcheck.verify("每五名老人中约有一人跌倒过[1]。", title="Falls in older adults",
                                abstract=abstract)
    assert "每五名老人中约有一人" in verdict.rationale and "not found" not in verdict.rationale


def test_summing_up_frame_is_no_key_term() -> None:
    terms = analyze("总体来看，运动降低了跌倒风险", G)
    assert not any(t.startswith("zh:总体") or t == "zh:来看" for t in terms.key)


def test_the_past_year_is_one_year() -> None:
    [q] = extract_quantities("Asthma attacks in the prior year were rare.")
    assert (q.kind, q.value, q.unit) == ("duration", 1.0, "year")
    assert not extract_quantities("They met in the last week of the trial.")


def test_look_back_of_one_year_found() -> None:
    abstract = ["Falls in the past year were reported by 412 (19.6%) of 2101 older adults."]
    verdict = claimcheck.verify("每五名老人中约有一人在过去一年跌倒过[1]。", title="Falls in older adults",
                                abstract=abstract)
    assert verdict.status == "supported"


def test_yishang_takes_its_number_in() -> None:
    [q] = extract_quantities("每周运动3小时以上")
    assert q.qualifier == "at_least"
    [q] = extract_quantities("5岁以下儿童")
    assert q.qualifier == "up_to"


_SLEEP = ["Overall, 31% of teenagers slept 9 or more hours per night.",
          "Mexican American teenagers had the lowest rates of sleeping 9 or more hours (22%)."]


def test_yishang_found_as_or_more() -> None:
    verdict = claimcheck.verify("约三成青少年每晚睡9小时以上[1]。", title="Teen sleep", abstract=_SLEEP)
    assert verdict.status == "supported"


def test_ethnic_group_named_beside_its_figure() -> None:
    wrong = claimcheck.verify("美国黑人青少年每晚睡9小时以上的比例最低，只有22%[1]。", title="Teen sleep",
                              abstract=_SLEEP)
    assert wrong.status != "supported"
    right = claimcheck.verify("墨西哥裔青少年每晚睡9小时以上的比例最低，只有22%[1]。", title="Teen sleep",
                              abstract=_SLEEP)
    assert right.status in ("supported", "partially_supported")


def test_decades_are_years() -> None:
    [q] = extract_quantities("Obesity rates rose over the past three decades.")
    assert (q.kind, q.value, q.unit) == ("duration", 30.0, "year")
    assert not extract_quantities("They met again a decade later.")


def test_decades_found_for_nian() -> None:
    abstract = ["Despite falls in incidence over the past two decades, measles remains a leading "
                "cause of child deaths in low-income countries."]
    verdict = claimcheck.verify("尽管过去二十年麻疹发病率有所下降，它仍是低收入国家儿童死亡的主要原因之一[1]。",
                                title="Measles", abstract=abstract)
    assert "二十年" not in verdict.rationale.split("not found")[0][-40:] and \
        verdict.status == "supported"


_STUDENTS = ["Overall, 30% of students slept 9 or more hours per night and 70% slept at least "
             "7 hours per night."]


def test_a_time_given_to_the_other_share_is_not_found() -> None:
    wrong = claimcheck.verify("约三成学生每晚睡9小时以上，七成学生每晚至少睡9小时[1]。", title="Student sleep",
                              abstract=_STUDENTS)
    assert wrong.status != "supported"
    right = claimcheck.verify("约三成学生每晚睡9小时以上，七成学生每晚至少睡7小时[1]。", title="Student sleep",
                              abstract=_STUDENTS)
    assert right.status == "supported"


def test_decades_found_as_a_span_of_years() -> None:
    abstract = ["Reported cases of Lyme disease rose sharply between 1970 and 2000 in the region."]
    verdict = claimcheck.verify(
        "Reported cases of Lyme disease rose sharply in the three decades from 1970 to 2000 [1].",
        title="Lyme disease", abstract=abstract)
    assert verdict.status == "supported"


def test_lay_names_of_viral_hepatitis() -> None:
    abstract = ["Chronic hepatitis B is the leading cause of liver cancer in East Asia."]
    verdict = claimcheck.verify("在东亚，慢性乙肝是肝癌的头号原因[1]。", title="Liver cancer in Asia",
                                abstract=abstract)
    assert verdict.status == "supported"
    other = claimcheck.verify("在东亚，慢性丙肝是肝癌的头号原因[1]。", title="Liver cancer in Asia",
                              abstract=abstract)
    assert other.status != "supported"


def test_everyday_words_in_their_biomedical_sense() -> None:
    abstract = ["Paracetamol toxicity is commonly seen in rural emergency departments."]
    verdict = claimcheck.verify("对乙酰氨基酚中毒在农村急诊科很常用见[1]。".replace("常用见", "常见"),
                                title="Paracetamol", abstract=abstract)
    assert verdict.status == "supported"
    lexicon = G.lexicon()
    assert lexicon.found_in("中毒", frozenset({"toxic"}))
    assert lexicon.found_in("头号", frozenset({"lead"}))


def test_a_common_concepts_written_word_reads_a_chinese_word() -> None:
    abstract = ["Twelve medical complications occurred in the stent group during follow-up."]
    verdict = claimcheck.verify("支架组共出现十二例内科并发症[1]。", title="Stents", abstract=abstract)
    assert verdict.status == "supported"


def test_b_lymphoblastic_is_of_b_cells() -> None:
    abstract = ["We sequenced bone marrow from twelve children with B-lymphoblastic leukemia at "
                "relapse."]
    verdict = claimcheck.verify("研究者对十二名B淋巴细胞白血病患儿复发时的骨髓做了测序[1]。", title="Relapse",
                                abstract=abstract)
    assert "十二名" in verdict.rationale.split(";")[0]
