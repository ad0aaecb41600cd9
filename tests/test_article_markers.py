"""Marker forms, sentence splitting and scope rules on small texts."""

from __future__ import annotations

import pytest

from claimcheck.article import parse_text
from claimcheck.article.markers import find_markers
from claimcheck.article.sentences import split_sentences

REFS_ZH = "\n\n参考文献:\n\n" + "\n".join(
    f"[{n}]Author{n} A. (2020). Title number {n}. Journal, {n}(1), 1-2." for n in range(1, 13))


@pytest.mark.parametrize(("printed", "labels"), [
    ("[1]", ["1"]),
    ("[1,3]", ["1", "3"]),
    ("[1, 3]", ["1", "3"]),
    ("[1-3]", ["1", "2", "3"]),
    ("[1–3]", ["1", "2", "3"]),
    ("[1]-[3]", ["1", "2", "3"]),
    ("［1］", ["1"]),
    ("【2】", ["2"]),
    ("[1，4、6]", ["1", "4", "6"]),
    ("<sup>1,2</sup>", ["1", "2"]),
    ("¹²", ["1", "2"]),
    ("¹˒³", ["1", "3"]),
    ("¹⁻³", ["1", "2", "3"]),
])
def test_marker_forms(printed: str, labels: list[str]) -> None:
    markers = find_markers(f"治疗有效{printed}。", known_labels=[str(n) for n in range(1, 8)])
    assert [list(m.labels) for m in markers] == [labels]
    assert markers[0].text == printed


def test_superscript_twelve_when_the_list_has_twelve() -> None:
    assert find_markers("effective¹²", known_labels=[str(n) for n in range(1, 13)])[0].labels \
        == ("12",)


def test_exponents_and_non_numeric_brackets_are_not_markers() -> None:
    assert find_markers("1.73 m² and 10⁹/L cells") == []
    assert find_markers("【专业科普】 [a] [2019]") == []


def test_chinese_sentences_keep_offsets_and_markers() -> None:
    text = "甲药有效率为60.5%[1]。乙药无效；丙药安全!丁药如何？“好”。"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["甲药有效率为60.5%[1]。", "乙药无效；", "丙药安全!",
                                             "丁药如何？", "“好”。"]


def test_english_sentence_abbreviations() -> None:
    text = ("Smith et al. reported e.g. higher rates vs. placebo (No. 5 cohort). Rates were "
            "43.4% in Fig. 2.[1] Next sentence starts here.² Done")
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == [
        "Smith et al. reported e.g. higher rates vs. placebo (No. 5 cohort).",
        "Rates were 43.4% in Fig. 2.[1]",
        "Next sentence starts here.²",
        "Done",
    ]


def test_mid_sentence_marker_covers_whole_sentence() -> None:
    article = parse_text("在一项研究中[2],患者的缓解率为50%。" + REFS_ZH)
    assert [(c.citations, c.inherited) for c in article.claims] == [(["2"], False)]


def test_paragraph_closing_marker_covers_earlier_statements_but_not_questions() -> None:
    text = "该药物能否治愈狼疮？其缓解率为30%。患者耐受良好[4]。" + REFS_ZH
    claims = parse_text(text).claims
    assert [(c.text, c.citations, c.inherited) for c in claims] == [
        ("其缓解率为30%。", ["4"], True),
        ("患者耐受良好[4]。", ["4"], False),
    ]


def test_continuation_cues_inherit_and_others_do_not() -> None:
    text = ("A trial enrolled 50 patients [3]. The trial reported a 20% remission rate. "
            "Obesity rates rose by 10% worldwide." + "\n\nReferences\n\n" +
            "\n".join(f"{n}. Doe J. Title {n}. J Med. 2020;{n}:1-2." for n in range(1, 5)))
    claims = parse_text(text).claims
    assert [(c.citations, c.inherited) for c in claims] == [(["3"], False), (["3"], True),
                                                            ([], False)]


def test_figure_credit_forms() -> None:
    text = ("Figure 2 adapted from [1].\n\nSource: [2]\n\nImage reproduced from reference [3].\n\n"
            "References\n\n1. Doe J. A. J Med. 2020;1:1.\n2. Doe J. B. J Med. 2020;1:2.\n"
            "3. Doe J. C. J Med. 2020;1:3.")
    claims = parse_text(text).claims
    assert [(c.kind, c.citations) for c in claims] == [
        ("figure_credit", ["1"]), ("figure_credit", ["2"]), ("figure_credit", ["3"])]


def test_literature_word_marker_wenxian() -> None:
    claims = parse_text("详见文献[3]的结果:死亡率下降了20%。" + REFS_ZH).claims
    assert claims[0].citations == ["3"]


def test_anaphor_after_title_mention_links_later_paragraph() -> None:
    text = ("《狼疮治疗指南》发布了。\n\n该指南推荐剂量为每公斤1×10⁶个细胞。\n\n参考文献:\n\n"
            "[1]中华医学会.狼疮治疗指南[J].中华内科杂志,2020,59(1):1-5.")
    claims = parse_text(text).claims
    assert [(c.citations, [lk.how for lk in c.links]) for c in claims] == [
        (["1"], ["title_mention"]), (["1"], ["title_mention"])]
    assert claims[1].links[0].marker == "该指南"
