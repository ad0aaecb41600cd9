"""Chinese claims, session 9 round 2 (docs/evidence.md "Chinese claims (session 9)"): a
closing character jieba glued to the next word is cut off again. Topics of their own, not
sentences of the article probes or of SciFact."""

from __future__ import annotations

import pytest

from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.terms import analyze


def _key(text: str) -> frozenset[str]:
    return analyze(text, load_glossary()).key


@pytest.mark.parametrize(("claim", "fragment"), [
    ("阿司匹林组有12名患者出现胃出血。", "zh:组有"),  # 阿司匹林组 + 有
    ("吸烟者中有40%的人患有慢性支气管炎。", "zh:中有"),  # 吸烟者中 + 有
    ("安慰剂组中约有15%的患者出现头痛。", "zh:组中"),  # 安慰剂组 + 中
    ("锻炼组和对照组的体重都下降了。", "zh:组和"),  # 锻炼组 + 和
])
def test_a_closing_character_glued_to_a_function_word_is_no_term(claim: str,
                                                                 fragment: str) -> None:
    key = _key(claim)
    assert fragment not in key
    assert not any(k.startswith("zh:") and k[3] in "组中" and len(k) == 5 for k in key)


def test_the_word_after_a_closing_character_is_read() -> None:
    # 社区获得性肺炎: jieba cuts 获得 + 性肺炎; 性 closes 获得性 ("acquired"), 肺炎 is pneumonia
    key = _key("社区获得性肺炎患者的死亡率为8%。")
    assert "zh:性肺炎" not in key and "zh:肺炎" in key
    # 3120名胎龄…: 名 closes the figure, 胎龄 is gestational age
    assert "zh:胎龄" in _key("共纳入了3120名胎龄不足32周的早产儿。")


def test_the_read_word_is_found_in_the_english() -> None:
    glossary = load_glossary()
    claim = analyze("医院获得性肺炎患者的住院时间更长。", glossary)
    source = analyze("Patients with hospital-acquired pneumonia stayed longer in hospital.",
                     glossary)
    result = coverage(claim, source, glossary)
    assert "zh:肺炎" in result.found


@pytest.mark.parametrize(("claim", "word"), [
    ("出现胃出血的患者更多。", "zh:胃出血"),  # 胃 opens the word: no closing character
    ("孩子的活动量明显增加。", "zh:活动量"),  # 活动 + 量 and 活 + 动量: both ends are words
    ("孕妇每天服用鱼油胶囊。", "zh:鱼油"),  # a word of jieba's dictionary
])
def test_a_word_that_begins_with_its_own_character_is_kept(claim: str, word: str) -> None:
    assert word in _key(claim)


# ---- a word in 性 before a glossary term is kept whole, and reads as its head's adjective


@pytest.mark.parametrize("claim", ["儿童过敏性疾病的发病率上升。", "新生儿遗传性疾病的筛查率提高。"])
def test_a_word_in_xing_before_a_glossary_term_is_not_broken(claim: str) -> None:
    # 过敏 + 性疾病 ("sexual disease") was read before; 过敏性 is "allergic", 疾病 "disease"
    key = _key(claim)
    assert "zh:性疾病" not in key
    assert "disease" in key


@pytest.mark.parametrize(("word", "english"), [
    ("过敏性", "Allergic asthma was more common in cities."),  # 过敏 allergy → allergic
    ("出血性", "Strokes caused by bleeding were rare."),  # 出血 bleed; CEDICT: hemorrhagic
])
def test_a_word_in_xing_reads_as_its_head(word: str, english: str) -> None:
    glossary = load_glossary()
    assert glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def test_a_two_character_word_in_xing_keeps_its_own_readings() -> None:
    # 慢性 "chronic" is no quality of 慢 "slow"
    glossary = load_glossary()
    assert not glossary.lexicon().found_in("慢性", analyze("a slow walk", glossary).stems)


# ---- the measure word of a figure is the figure's, not the start of the next word


@pytest.mark.parametrize(("claim", "fragment", "word"), [
    ("随访期间共有312人死于心力衰竭。", "zh:人死于", "zh:死于"),  # 312人 + 死于
    ("共有58例新发结核病例。", "zh:例新发", "zh:新发"),  # 58例 + 新发
    ("在1200人中，约三成每天饮酒。", "zh:人中", None),  # 人中 is "philtrum" to CEDICT
    ("术后7天后，伤口感染率下降。", "zh:天后", None),  # 天后 is "queen of heaven"
    ("每个家庭中有3人因流感住院。", "zh:人因", None),
])
def test_a_measure_word_after_a_figure_is_the_figures(claim: str, fragment: str,
                                                      word: str | None) -> None:
    key = _key(claim)
    assert fragment not in key
    if word is not None:
        assert word in key


def test_a_word_a_numeral_begins_is_kept() -> None:
    # 这一年龄段: 一 is "this one", and 年龄段 (age group) is a word of its own
    assert "zh:年龄段" in _key("这一年龄段的女性更常就医。")
