"""The seed article (claims/msc-sle-2022/article.txt), exactly: references, figure credits, scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.article import parse_article
from claimcheck.models import Article, Claim

SEED = Path(__file__).resolve().parent.parent / "claims" / "msc-sle-2022" / "article.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_article(SEED)


def claim_starting(article: Article, prefix: str) -> Claim:
    matches = [c for c in article.claims if c.text.startswith(prefix)]
    assert len(matches) == 1, f"{len(matches)} claims start with {prefix!r}"
    return matches[0]


def starts(claims: list[Claim], prefixes: list[str]) -> bool:
    return len(claims) == len(prefixes) and all(
        c.text.startswith(p) for c, p in zip(claims, prefixes, strict=True))


def hows(claim: Claim) -> list[tuple[str, str]]:
    return [(link.label, link.how) for link in claim.links]


def test_no_warnings_title_and_encoding(article: Article) -> None:
    assert article.warnings == []
    assert article.encoding == "utf-8"
    assert article.format == "txt"
    assert article.title == "【专业科普】最新专家共识来了!1500多例间充质干细胞治疗系统性红斑狼疮安全有效!"


def test_boilerplate_title_and_headings_are_not_claims(article: Article) -> None:
    texts = " ".join(c.text for c in article.claims)
    for not_a_claim in ("首页", "2022/07/12", "来源:沈阳", "【专业科普】", "严峻现状",
                        "通过多种途径调节SLE疾病进展", "或将进入间充质干细胞治疗的时代",
                        "MSCs可通过以下多种途径", "仍有必要探索", "定能为治愈", "参考文献"):
        assert not_a_claim not in texts, not_a_claim


def test_seven_references_with_identifiers(article: Article) -> None:
    refs = {r.label: r for r in article.references}
    assert list(refs) == ["1", "2", "3", "4", "5", "6", "7"]
    assert {label: r.pmid for label, r in refs.items()} == {
        "1": None, "2": "22129255", "3": None, "4": "33713197", "5": "29631514",
        "6": "30428931", "7": "25119864",
    }
    assert refs["3"].pmcid == "PMC8516390"
    assert [r.pmcid for label, r in refs.items() if label != "3"] == [None] * 6
    assert all(r.doi is None for r in refs.values())
    assert [r.line for r in refs.values()] == [99, 105, 111, 117, 123, 129, 135]


def test_reference_1_is_a_cnki_gbt7714_entry(article: Article) -> None:
    ref = article.references[0]
    assert ref.database == "cnki"
    assert ref.style == "gbt7714"
    assert ref.publication_type == "J"
    assert ref.title == "异体间充质干细胞治疗系统性红斑狼疮专家共识"
    assert (ref.journal, ref.year, ref.volume, ref.issue, ref.pages) == (
        "中华风湿病学杂志", 2022, "26", "01", "1-8")
    assert [a.collective for a in ref.authors] == ["中华医学会风湿病学分会",
                                                   "中国医院协会临床新技术应用专业委员会"]
    assert ref.url == "https://kns.cnki.net/kns8/defaultresult/index"
    assert ref.raw.startswith("中华医学会风湿病学分会,")
    assert ref.raw.endswith("https://kns.cnki.net/kns8/defaultresult/index")


def test_apa_references_despite_copy_paste_damage(article: Article) -> None:
    refs = {r.label: r for r in article.references}
    assert all(refs[label].style == "apa" for label in "234567")
    tsokos = refs["2"]
    assert (tsokos.authors[0].last, tsokos.authors[0].initials) == ("Tsokos", "GC")
    assert (tsokos.year, tsokos.volume, tsokos.issue, tsokos.pages) == (2011, "365", "22",
                                                                        "2110-2121")
    assert tsokos.journal == "The New Englandjournal of medicine"
    li = refs["3"]
    assert [a.last for a in li.authors] == ["Li", "Guo", "Pan", "Chen", "Chen", "Liu", "Pan"]
    assert li.title == ("Mesenchymal Stem Cell Therapy: Hope for Patients With Systemic Lupus "
                        "Erythematosus")
    assert (li.journal, li.volume, li.pages) == ("Frontiers in immunology", "12", "728190")
    liang = refs["6"]
    assert len(liang.authors) == 10
    assert (liang.authors[6].last, liang.authors[6].initials) == ("Zhao", "C")
    assert (liang.year, liang.volume, liang.issue, liang.pages) == (2018, "9", "1", "312")
    assert refs["7"].pages == "1611-1619"


def test_figure_credits(article: Article) -> None:
    credits = [c for c in article.claims if c.kind == "figure_credit"]
    assert [c.citations for c in credits] == [["2"], ["3"], ["4"], ["7"]]
    assert credits[0].text.startswith("上图为SLE可能发病机制")
    assert credits[0].text.endswith("图片来自文献[2]")
    assert [c.text for c in credits[1:]] == ["图片来自文献[3]", "图片来自文献[4]", "图片来自文献[7]"]
    assert [c.location.line for c in credits if c.location] == [27, 49, 59, 85]
    assert not any(c.inherited for c in credits)


def test_which_claims_cite_1_5_and_6(article: Article) -> None:
    def by_marker(label: str) -> list[Claim]:
        return [c for c in article.claims
                if any(lk.label == label and lk.how == "marker" for lk in c.links)]

    assert starts(by_marker("1"), ["目前我国SLE发病率为(20-70)", "因此,目前大都使用健康异体",
                                   "MSCs通过MMPs剪切修饰", "据该专家共识统计分析得知[1]",
                                   "此外,对于重症难治性SLE,", "安全性方面,患者对MSCs移植"])
    assert starts(by_marker("5"), ["因此,许多学者推测SLE是一种"])
    assert starts(by_marker("6"), ["在一项回顾性研究中[6],纳入"])
    cite_1 = [c for c in article.claims if "1" in c.citations]
    assert len(cite_1) == 21


def test_sle_definition_paragraph_inherits_1(article: Article) -> None:
    definition = claim_starting(article, "系统性红斑狼疮(SLE)是一种")
    mechanism = claim_starting(article, "其发病机制复杂")
    closing = claim_starting(article, "目前我国SLE发病率为")
    assert hows(definition) == [("1", "inherited")] and definition.inherited
    assert hows(mechanism) == [("1", "inherited")] and mechanism.inherited
    assert hows(closing) == [("1", "marker")] and not closing.inherited
    assert definition.links[0].marker == "[1]"
    assert definition.location is not None and definition.location.line == 17


def test_recent_years_paragraph_inherits_1(article: Article) -> None:
    assert hows(claim_starting(article, "近年来,在探索SLE治疗新方法")) == [("1", "inherited")]
    assert hows(claim_starting(article, "既往研究多使用SLE患者自体MSCs")) == [("1", "inherited")]
    assert hows(claim_starting(article, "因此,目前大都使用健康异体的MSCs")) == [("1", "marker")]


def test_semicolon_sentences_of_point_1_inherit_1(article: Article) -> None:
    point = [c for c in article.claims if c.location and c.location.line == 43]
    assert starts(point, ["1,间充质干细胞(MSCs)", "MSCs剂量依赖性地抑制", "MSCs促进狼疮患者",
                          "MSCs通过MMPs剪切"])
    assert point[1].text.endswith("T细胞功能;")
    assert [hows(c) for c in point] == [[("1", "inherited")]] * 3 + [[("1", "marker")]]


def test_point_3_paragraph_inherits_5(article: Article) -> None:
    point = [c for c in article.claims if c.location and c.location.line == 63]
    assert [hows(c) for c in point] == [[("5", "inherited")]] * 2 + [[("5", "marker")]]
    assert point[1].text == "此外,这些细胞的迁移和归巢能力受损,也更容易发生凋亡。"


def test_efficacy_paragraph_inherits_1(article: Article) -> None:
    point = [c for c in article.claims if c.location and c.location.line == 75]
    assert [hows(c) for c in point] == [[("1", "inherited")]] * 2 + [[("1", "marker")]]
    assert point[0].text.endswith("明显下降;")


def test_retrospective_study_paragraph(article: Article) -> None:
    paragraph = [c for c in article.claims if c.location and c.location.line == 79]
    assert [hows(c) for c in paragraph] == [
        [("1", "marker")], [("6", "marker")], [("6", "inherited")], [("6", "inherited")]]
    study = claim_starting(article, "在一项回顾性研究中[6]")
    assert study.text.endswith("占44.1%。") and not study.inherited
    follow_up = claim_starting(article, "所有患者的平均随访时间")
    adverse = claim_starting(article, "这些患者的不良事件发生率")
    assert follow_up.inherited and adverse.inherited
    assert follow_up.links[0].marker == adverse.links[0].marker == "[6]"


def test_title_mentions_link_to_the_consensus(article: Article) -> None:
    mention = claim_starting(article, "《异体间充质干细胞治疗系统性红斑狼疮专家共识》发表在")
    assert hows(mention) == [("1", "title_mention")]
    assert mention.links[0].marker == "《异体间充质干细胞治疗系统性红斑狼疮专家共识》"
    assert not mention.inherited
    for prefix in ("专家共识明确表示", "目前全世界约有1500多例", "异体间充质干细胞治疗重症难治性",
                   "间充质干细胞治疗大大提高了"):
        assert hows(claim_starting(article, prefix)) == [("1", "inherited")], prefix
    release = claim_starting(article, "这次《异体间充质干细胞治疗系统性红斑狼疮专家共识》的发布")
    assert hows(release) == [("1", "title_mention")]
    assert not any(c.text.startswith("2022年开局") for c in article.claims)


def test_uncited_factual_sentences_are_claims_without_citations(article: Article) -> None:
    uncited = [c for c in article.claims if not c.citations]
    assert starts(uncited, ["SLE的主要死亡原因包括", "目前SLE的常规治疗手段", "此外,上述常规治疗手段",
                            "2,间充质干细胞(MSCs)", "从动物实验到人体临床试验"])
    assert all(not c.links and not c.inherited for c in uncited)


def test_ids_are_stable_in_reading_order_with_offsets(article: Article) -> None:
    assert [c.id for c in article.claims] == [f"c{n:02d}" for n in
                                              range(1, len(article.claims) + 1)]
    assert len(article.claims) == 36
    previous = -1
    file_lines = SEED.read_text(encoding="utf-8").split("\n")
    for claim in article.claims:
        assert claim.location is not None
        loc = claim.location
        assert article.text[loc.start:loc.end] == claim.text
        assert loc.start > previous
        assert loc.line is not None  # the line of the file, furniture lines dropped or not
        assert claim.text.split("\n")[0] in file_lines[loc.line - 1]
        previous = loc.start
    for sentence in article.sentences:
        loc = sentence.location
        assert article.text[loc.start:loc.end] == sentence.text
