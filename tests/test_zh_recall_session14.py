"""Session 14: Chinese claims read closer to their English sources (topics of our own): two
neighbouring Chinese digits as a rough range (三四个月, 八九成), 半数 / 过半 as half, the kind
word after a Latin-script name (DGKK基因, caspase-11蛋白), a finding followed by an open
question after a contrast ("…, but whether … is unclear"), "only one" against "all", and a
few general senses (美国 "US", 脑脊液 "CSF", 胶质瘤 "glioma")."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import extract_quantities, load_glossary
from claimcheck.evidence.analysis import _open_question
from claimcheck.evidence.match import light_word
from claimcheck.evidence.terms import analyze

G = load_glossary()


def _one(text: str) -> tuple[str, float | None, float | None, float | None, str | None]:
    (q,) = extract_quantities(text)
    return q.kind, q.value, q.low, q.high, q.unit


def test_neighbouring_digits_are_a_rough_range() -> None:
    assert _one("术后三四个月复查") == ("range", None, 3.0, 4.0, "month")
    assert _one("十四五岁的青少年") == ("range", None, 14.0, 15.0, "year")
    assert _one("二三十岁的女性") == ("range", None, 20.0, 30.0, "year")
    assert _one("每天服用一两次") == ("range", None, 1.0, 2.0, None)
    assert _one("约有八九成患者好转") == ("range", None, 80.0, 90.0, "%")
    assert _one("二十五岁的女性")[:2] == ("duration", 25.0)  # one number, no range
    assert _one("一九八九年出生")[1] == 1989.0  # a year, digit by digit


def test_half_in_words() -> None:
    q = extract_quantities("近半数受访者表示满意")[0]
    assert (q.value, q.unit, q.qualifier) == (50.0, "%", "nearly")
    q = extract_quantities("超过半数的医院参与了调查")[0]
    assert (q.value, q.qualifier) == (50.0, "more_than")
    q = extract_quantities("过半患者出现皮疹")[0]
    assert (q.value, q.qualifier) == (50.0, "more_than")
    assert extract_quantities("随访过半年")[0].unit == "year"  # half a year, no share


def test_kind_word_after_a_name_is_a_light_word() -> None:
    assert "~gene" in analyze("TP53基因与肺癌有关", G).key  # as "the TP53 gene"
    assert "~protein" in analyze("Cas9蛋白质可切割DNA", G).key
    assert light_word("~gene") and light_word("~protein")
    assert "zh:基因" in analyze("该基因与肺癌有关", G).key  # no name before it
    source = ["Loss-of-function variants in TP53 were associated with early-onset breast "
              "cancer."]
    v = claimcheck.verify("TP53基因的功能缺失变异与早发乳腺癌相关[1]。", abstract=source)
    assert v.status == "supported"


def test_open_question_after_a_contrast() -> None:
    assert _open_question("Whether the effect lasts is unclear.")
    assert _open_question("It is unknown whether statins reduce stroke in this group.")
    assert not _open_question(
        "Hospital admissions for asthma fell sharply after the smoking ban, but whether "
        "the ban caused the fall remains unclear.")
    assert _open_question("Admissions fell, but whether the ban caused it is unclear.")  # short


def test_finding_before_an_open_question_supports() -> None:
    source = ["Hospital admissions for asthma in children fell significantly after the smoking "
              "ban, but whether the ban caused the fall remains unclear."]
    v = claimcheck.verify("禁烟令实施后，儿童哮喘住院人数显著下降[1]。", abstract=source)
    assert v.status == "supported"
    v = claimcheck.verify("Childhood asthma admissions fell significantly after the smoking ban "
                          "[1].", abstract=source)
    assert v.status == "supported"
    v = claimcheck.verify("The smoking ban caused the fall in asthma admissions [1].",
                          abstract=source)
    assert v.status == "not_found"  # the sentence leaves the cause open
    v = claimcheck.verify("禁烟令导致了哮喘住院人数下降[1]。", abstract=source)
    assert v.status == "not_found"


def test_rough_range_against_the_source() -> None:
    source = ["Most patients returned to work within 3 to 4 months after surgery."]
    v = claimcheck.verify("大多数患者在术后三四个月内重返工作[1]。", abstract=source)
    assert v.status == "supported"
    v = claimcheck.verify("大多数患者在术后五六个月内重返工作[1]。", abstract=source)
    assert v.status == "partially_supported"  # 5 to 6 months is not found


def test_only_one_against_all() -> None:
    source = ["All four human melanoma cell lines expressed CD44, among which A375 showed "
              "the strongest signal."]
    v = claimcheck.verify("在四种人黑色素瘤细胞系中，只有A375表达CD44[1]。", abstract=source)
    assert v.status == "not_found"
    v = claimcheck.verify("Only A375 expressed CD44 among the four melanoma lines [1].",
                          abstract=source)
    assert v.status == "not_found"
    v = claimcheck.verify("四种人黑色素瘤细胞系均表达CD44[1]。", abstract=source)
    assert v.status == "supported"


def test_senses_of_general_words() -> None:
    source = ["Childhood obesity rose steadily in the US between 1990 and 2010."]
    v = claimcheck.verify("1990年至2010年间，美国儿童肥胖率持续上升[1]。", abstract=source)
    assert v.status == "supported"
    source = ["CSF lactate was higher in patients with glioma than in controls."]
    v = claimcheck.verify("胶质瘤患者脑脊液中的乳酸水平高于对照组[1]。", abstract=source)
    assert v.status == "supported"


def test_a_little_over() -> None:
    q = extract_quantities("三十岁出头的女性")[0]
    assert (q.value, q.unit, q.qualifier) == (30.0, "year", "more_than")
    source = ["The smoking rate among nurses was 22.4% in 2010."]
    v = claimcheck.verify("2010年护士的吸烟率为两成出头[1]。", abstract=source)
    assert v.status == "supported"
    v = claimcheck.verify("2010年护士的吸烟率为三成出头[1]。", abstract=source)
    assert v.status != "supported"
