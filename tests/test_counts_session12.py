"""Chinese counts with measure words, session 12: a Chinese numeral before 项, 只, 篇, 家 or 所
is a count ("三项研究" three studies, "两只小鼠" two mice, "八只兔子中有三只" 3 of 8), where it
was no figure at all; "一项研究" stays the indefinite article, digits before a measure word stay
a bare number as before, and a tally of the studies pooled lends its clause's words to the
figure after it. Topics of our own: acupuncture reviews, rabbits, hospital surveys."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import tally
from claimcheck.evidence.quantities import extract_quantities


def _read(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(q.text, q.kind, q.value, q.denominator) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "read"), [
    ("共纳入了七项研究", [("七项", "count", 7.0, None)]),
    ("四只兔子出现了溃疡", [("四只", "count", 4.0, None)]),
    ("检索到十一篇论文", [("十一篇", "count", 11.0, None)]),
    ("调查了三十家医院", [("三十家", "count", 30.0, None)]),
    ("八只兔子中有三只出现了溃疡", [("三只", "count", 3.0, 8.0)]),
])
def test_a_chinese_numeral_before_a_measure_word_is_a_count(
        text: str, read: list[tuple[str, str, float, float | None]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", ["一项研究发现针灸有效", "这个项目持续三年以上", "只有家属同意", "所有医院都参加了"])
def test_no_count_from_an_article_or_another_word(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.kind == "count"]


def test_digits_before_a_measure_word_stay_a_bare_number() -> None:
    assert _read("共纳入12项研究") == [("12项", "number", 12.0, None)]


def test_a_tally_of_studies_in_either_language() -> None:
    (zh,) = extract_quantities("五项研究")
    (en,) = extract_quantities("five randomised trials")
    (cohort,) = extract_quantities("two ongoing cohort studies")
    assert tally(zh) and tally(en) and tally(cohort)
    (mice,) = extract_quantities("两只小鼠")
    assert not tally(mice)


ABSTRACT = [
    "We searched for randomised trials of acupuncture for tension headache.",
    "Seven trials met the inclusion criteria.",
    "Three of the eight rabbits given the ointment developed ulcers.",
]


@pytest.mark.parametrize(("claim", "expected"), [
    ("共有七项试验符合纳入标准[1]。", "supported"),
    ("共有九项试验符合纳入标准[1]。", "not_found"),
    ("八只兔子中有三只出现了溃疡[1]。", "supported"),
    # the claim's figure (五只; 八只 is its denominator) is nowhere in the source: not found
    ("八只兔子中有五只出现了溃疡[1]。", "not_found"),
])
def test_counts_with_measure_words_against_english(claim: str, expected: str) -> None:
    assert verify(claim, abstract=ABSTRACT).status == expected
