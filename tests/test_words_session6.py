"""Word families the stemmer joins wrongly, and function words read as concepts (session 6)."""

from __future__ import annotations

from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.text import stem


def test_a_hospital_is_no_hospitalisation() -> None:
    assert stem("hospitals") == stem("hospital") != stem("hospitalization")
    g = load_glossary()
    key = analyse("Twelve hospitals took part.", g, claim=True).terms.key
    assert "hospitalisation" not in key


def test_involving_is_not_required_as_a_key_term() -> None:
    g = load_glossary()
    assert g.kind("involvement") == "generic"
    terms = analyse("Nine trials involving 1,204 children were pooled.", g, claim=True).terms
    assert all(g.kind(c) == "generic" for c in terms.key if "involv" in c)


def test_lay_words_for_what_was_given_are_generic() -> None:
    g = load_glossary()
    for text in ("The pills did not lower blood pressure.", "这种药物没有降低血压。",
                 "The operation did not relieve pain."):
        terms = analyse(text, g, claim=True).terms
        assert any(g.kind(c) == "generic" and c in ("drug", "operation") for c in terms.key)


def test_exercise_as_a_treatment_in_both_languages() -> None:
    g = load_glossary()
    zh = analyse("运动训练组的步行距离增加了", g, claim=True).terms.key
    en = analyse("the exercise training group walked farther", g).terms.key
    assert "exercise" in zh and "exercise" in en


def test_chinese_negation_naming_people_directly_is_descriptive() -> None:
    from claimcheck.evidence.terms import descriptive_negation

    for text, cue in (("哮喘患者的风险是没有哮喘者的2.1倍", "没有"),
                      ("与未接种疫苗者相比，发病率更低", "未")):
        assert descriptive_negation(text, text.index(cue))
    for text, cue in (("没有患者死亡", "没有"), ("没有一名患者出现严重不良反应", "没有"),
                      ("治疗没有改善患者的生活质量", "没有")):
        assert not descriptive_negation(text, text.index(cue))


def test_a_chinese_comparative_describing_people_states_no_change() -> None:
    g = load_glossary()
    described = analyse("研究纳入了500名有较高心血管风险的老年人", g, claim=True).terms
    assert described.direction == 0
    assert analyse("吸烟者有更高的肺癌风险", g, claim=True).terms.direction == 1


def test_menopause_phrases_and_bmi_as_weight() -> None:
    g = load_glossary()
    assert "premenopausal" in analyse("ovarian cancer before the menopause", g).terms.all
    assert "postmenopausal" in analyse("绝经后女性的骨折", g).terms.all
    assert "body weight" in analyse("a higher BMI in midlife", g).terms.all


def test_most_as_a_degree_is_no_share() -> None:
    g = load_glossary()
    assert "most" not in analyse("Rash was the most common side effect", g, claim=True).terms.key
    assert "most" not in analyse("Falls were most strongly linked to sedatives", g,
                                 claim=True).terms.key
    assert "most" in analyse("Most patients improved", g, claim=True).terms.key


def test_a_lay_intensifier_is_no_statistical_claim() -> None:
    g = load_glossary()
    assert g.kind("markedly") == "generic"
    assert "markedly" in analyse("体重明显下降", g, claim=True).terms.key
    assert "significantly" not in analyse("体重明显下降", g, claim=True).terms.key
    assert "markedly" in analyse("weight fell significantly", g).terms.all  # said by it too


def test_surgery_and_its_absence_are_two_arms() -> None:
    g = load_glossary()
    assert "surgery" in analyse("手术组", g, claim=True).terms.key
    assert "surgery" in analyse("in the surgical group", g).terms.key
    assert "nonsurgical" in analyse("非手术组", g, claim=True).terms.key
    assert "nonsurgical" in analyse("the non-surgical group", g).terms.key
    assert "surgery" not in analyse("the nonsurgical group", g).terms.key
