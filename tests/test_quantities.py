"""Quantity extraction (Chinese and English): a table of printed figures and their values."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from claimcheck.evidence import extract_quantities

# (text, expected fields of the single quantity found in it)
TABLE: list[tuple[str, dict[str, Any]]] = [
    # --- the seed article, body
    ("2022/07/12 /   来源", {"kind": "date", "value": 20220712}),
    ("2022年开局,又添一项", {"kind": "year", "value": 2022}),
    ("发表在2022年1月第", {"kind": "date", "value": 20220100}),
    ("第26卷", {"kind": "number", "value": 26}),
    ("目前全世界约有1500多例系统性红斑狼疮患者", {"kind": "count", "value": 1500, "qualifier": "more_than"}),
    ("有效率达60%,", {"kind": "percent", "value": 60, "unit": "%"}),
    ("患者5年病死率", {"kind": "duration", "value": 5, "unit": "year"}),
    ("从原来的35%~45%下降", {"kind": "range", "low": 35, "high": 45, "unit": "%"}),
    ("下降至16%,且", {"kind": "percent", "value": 16}),
    ("目前我国SLE发病率为(20-70)/10万,", {"kind": "rate", "low": 20, "high": 70, "unit": "per 100000"}),
    ("患病人数超过100万,且", {"kind": "number", "value": 1_000_000, "qualifier": "more_than"}),
    ("目前全球已经有1500多例SLE患者", {"kind": "count", "value": 1500, "unit": "persons"}),
    ("异体MSCs治疗1年后", {"kind": "duration", "value": 1, "unit": "year"}),
    ("治疗后60.5%的患者获得完全缓解", {"kind": "percent", "value": 60.5, "decimals": 1}),
    ("尿蛋白(24h)", {"kind": "duration", "value": 24, "unit": "hour"}),
    ("治疗4年后", {"kind": "duration", "value": 4, "unit": "year"}),
    ("后50%的患者仍获得临床缓解", {"kind": "percent", "value": 50}),
    ("生存率为94%,", {"kind": "percent", "value": 94}),
    ("总复发率仅为23%。", {"kind": "percent", "value": 23}),
    ("从原来的35%-45%下降", {"kind": "range", "low": 35, "high": 45, "unit": "%"}),
    ("纳入了404名接受异体MSCs移植", {"kind": "count", "value": 404, "unit": "persons"}),
    ("其中SLE患者为178名,", {"kind": "count", "value": 178}),
    ("占44.1%。", {"kind": "percent", "value": 44.1}),
    ("平均随访时间为43.4± 25.9个月,", {"kind": "mean_sd", "value": 43.4, "sd": 25.9, "unit": "month"}),
    # --- the seed article, reference list
    ("中华风湿病学杂志,2022,", {"kind": "year", "value": 2022}),
    ("26(01):1-8.", {"kind": "number", "value": 26}),
    ("(2011). Systemic", {"kind": "year", "value": 2011}),
    ("medicine, 365(22)", {"kind": "number", "value": 365}),
    ("2110–2121.", {"kind": "range", "low": 2110, "high": 2121}),
    ("pubmed.ncbi.nlm.nih.gov/22129255/", {"kind": "number", "value": 22129255}),
    ("immunology, 12, 728190.", {"kind": "number", "value": 12}),
    ("Lupus, 27(7), 1053–1064.", {"kind": "number", "value": 27}),
    ("rheumatology, 33(11), 1611–1619.", {"kind": "number", "value": 33}),
    # --- English
    ("404 patients with autoimmune diseases", {"kind": "count", "value": 404, "unit": "patients"}),
    ("between 2007 and 2016", {"kind": "range", "low": 2007, "high": 2016, "unit": "year_of"}),
    ("43.4 ± 25.9 months", {"kind": "mean_sd", "value": 43.4, "sd": 25.9, "unit": "month"}),
    ("43.4 +/- 25.9 months", {"kind": "mean_sd", "value": 43.4, "sd": 25.9}),
    ("(range 1–109)", {"kind": "range", "low": 1, "high": 109}),
    ("The 5-year survival rate", {"kind": "duration", "value": 5, "unit": "year"}),
    ("was 94.0%, and", {"kind": "percent", "value": 94.0, "decimals": 1}),
    ("60.5 % (", {"kind": "percent", "value": 60.5}),
    ("achieved (49/81) remission", {"kind": "fraction", "value": 49, "denominator": 81}),
    ("49 of 81 patients", {"kind": "fraction", "value": 49, "denominator": 81}),
    ("Eleven of 49", {"kind": "fraction", "value": 11, "denominator": 49}),
    ("Five patients experienced", {"kind": "count", "value": 5, "unit": "patients"}),
    ("20 to 70 per 100,000 people", {"kind": "rate", "low": 20, "high": 70, "unit": "per 100000"}),
    ("12 per 100 000", {"kind": "rate", "value": 12, "unit": "per 100000"}),
    ("during 12-month visit", {"kind": "duration", "value": 12, "unit": "month"}),
    ("1 million cells per kilogram of bodyweight", {"kind": "dose", "value": 1e6, "unit": "cells/kg"}),
    ("69.51 ± 27.93 mL/min", {"kind": "mean_sd", "value": 69.51, "unit": "mL/min", "decimals": 2}),
    ("25,871 cases", {"kind": "count", "value": 25871}),
    ("a cohort of 96 032 adults", {"kind": "count", "value": 96032}),
    ("11 321 people", {"kind": "count", "value": 11321}),
    ("odds ratio 2.35 (95% CI 1.20-4.60)", {"kind": "ratio", "value": 2.35, "low": 1.2, "high": 4.6}),
    ("HR=0.65", {"kind": "ratio", "value": 0.65, "unit": "HR"}),
    ("Registered 17 June 2008", {"kind": "date", "value": 20080617}),
    ("published June 5, 2020", {"kind": "date", "value": 20200605}),
    ("more than 200 patients", {"kind": "count", "value": 200, "qualifier": "more_than"}),
    ("about 40% of", {"kind": "percent", "value": 40, "qualifier": "about"}),
    ("up to 3 years", {"kind": "duration", "value": 3, "qualifier": "up_to"}),
    ("at least 5 cases", {"kind": "count", "value": 5, "qualifier": "at_least"}),
    ("600 mg/day", {"kind": "dose", "value": 600, "unit": "mg/d"}),
    # --- Chinese
    ("2020年6月5日", {"kind": "date", "value": 20200605}),
    ("每日600毫克", {"kind": "dose", "value": 600, "unit": "mg"}),
    ("三天后", {"kind": "duration", "value": 3, "unit": "day"}),
    ("十五例患者", {"kind": "count", "value": 15}),
    ("两千名志愿者", {"kind": "count", "value": 2000}),
    ("一百二十例", {"kind": "count", "value": 120}),
    ("约30%的患者", {"kind": "percent", "value": 30, "qualifier": "about"}),
    ("近50%的患者", {"kind": "percent", "value": 50, "qualifier": "nearly"}),
    ("30%以上", {"kind": "percent", "value": 30, "qualifier": "at_least"}),  # 以上 takes 30 in (s13)
    ("100例左右", {"kind": "count", "value": 100, "qualifier": "about"}),
    ("3.5亿人", {"kind": "count", "value": 3.5e8}),
    ("随访6个月", {"kind": "duration", "value": 6, "unit": "month"}),
    ("治疗2周", {"kind": "duration", "value": 2, "unit": "week"}),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t for t, _ in TABLE])
def test_quantity_table(text: str, expected: dict[str, Any]) -> None:
    found = extract_quantities(text)
    assert found, f"no quantity in {text!r}"
    q = found[0]
    for name, value in expected.items():
        got = getattr(q, name)
        if isinstance(value, float | int) and not isinstance(value, bool):
            assert got == pytest.approx(value), (name, q)
        else:
            assert got == value, (name, q)


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 60


@pytest.mark.parametrize("text", [
    "图片来自文献[2]", "Th17细胞", "G1/S期转化", "CD1c+树突状细胞", "COVID-19", "一过性输液反应",
    "一种自身免疫病", "NCT00698191", "CCL2",
])
def test_names_and_markers_are_not_quantities(text: str) -> None:
    assert extract_quantities(text) == []


def test_one_year_equals_twelve_months() -> None:
    from claimcheck.evidence.match import value_match

    [year] = extract_quantities("1年后")
    [months] = extract_quantities("12 months")
    assert value_match(year, months) and value_match(months, year)


def test_rounding_to_printed_precision() -> None:
    from claimcheck.evidence.match import value_match

    [claim] = extract_quantities("44.1%")
    [exact] = extract_quantities("(178/404)")
    [other] = extract_quantities("41.2%")
    assert value_match(claim, exact)  # 44.06% printed as 44.1%
    assert not value_match(claim, other)
    [sixty] = extract_quantities("60%")
    [sixty_five] = extract_quantities("60.5%")
    assert not value_match(sixty, sixty_five)  # 60.5 rounds to 61, not 60


def test_every_number_of_the_seed_article_is_read() -> None:
    path = Path(__file__).resolve().parents[1] / "claims" / "msc-sle-2022" / "article.txt"
    text = path.read_text("utf-8")
    spans = [(q.start, q.end) for q in extract_quantities(text)]
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        before = text[max(0, m.start() - 1) : m.start()]
        if before in ("[", "/") and text[m.end() : m.end() + 1] in ("]", "/"):
            continue  # citation markers and URL paths
        if re.match(r"[A-Za-z]", before) or text[m.start() - 1 : m.start()] == "-":
            continue  # Th17, G1, CD1c, ...
        if "http" in text[text.rfind("\n", 0, m.start()) : m.start()]:
            continue
        if re.match(rf"\s*\([A-Za-z][A-Za-z\-]*{m.group()}\)", text[m.end():]):
            continue  # 辅助性T细胞17(Th17): a name spelled out before its abbreviation
        assert any(s <= m.start() < e for s, e in spans), (m.group(), text[m.start() - 10 : m.end() + 10])


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The trial enrolled 2,418 older adults with CKD.", "2,418 older adults", "adults"),
    ("We studied 412 newly diagnosed patients.", "412 newly diagnosed patients", "patients"),
    ("It recruited 300 healthy Danish volunteers.", "300 healthy Danish volunteers",
     "volunteers"),
    ("There were three older adults.", "three older adults", "adults"),
])
def test_a_count_with_adjectives_before_its_noun(text: str, span: str, unit: str) -> None:
    found = [q for q in extract_quantities(text) if q.kind == "count"]
    assert [(q.text, q.unit) for q in found] == [(span, unit)]


@pytest.mark.parametrize("text", ["In 2019 the patients improved.", "After 12 weeks patients "
                                  "improved.", "In 2014 used patients were excluded."])
def test_a_number_before_other_words_is_no_count(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("A reduction of 40% was seen after the first year.", 1.0, "year"),
    ("Fever resolved by the second day.", 2.0, "day"),
])
def test_an_ordinal_time_point(text: str, value: float, unit: str) -> None:
    found = [q for q in extract_quantities(text) if q.kind == "duration"]
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_ordinals_that_are_no_time_points() -> None:
    assert not extract_quantities("The first patient had first-line therapy.")


def test_the_words_between_a_count_and_its_noun_stay_its_context() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary

    info = analyse("Cases were drawn from over 22,000 middle aged men.", load_glossary())
    count = next(q for q in info.quantities if q.quantity.kind == "count")
    assert "middle-aged" in count.context
