"""Reference-list parsing: styles, identifiers, URLs on the next line, list detection."""

from __future__ import annotations

import pytest

from claimcheck.article import parse_reference, parse_text


def test_vancouver_with_month_and_pmid() -> None:
    ref = parse_reference("Sun L, Wang D, Liang J, et al. Umbilical cord mesenchymal stem cell "
                          "transplantation in severe and refractory systemic lupus "
                          "erythematosus. Arthritis Rheum. 2010 Aug;62(8):2467-75. "
                          "PMID: 20506343", "3")
    assert ref.style == "vancouver"
    assert [a.display() for a in ref.authors] == ["Sun L", "Wang D", "Liang J"]
    assert ref.title is not None and ref.title.startswith("Umbilical cord")
    assert (ref.journal, ref.year, ref.volume, ref.issue, ref.pages, ref.pmid) == (
        "Arthritis Rheum", 2010, "62", "8", "2467-75", "20506343")


def test_gbt7714_chinese_authors_and_wanfang() -> None:
    ref = parse_reference("张三, 李四, 等. 间充质干细胞治疗狼疮性肾炎的临床研究[J]. 中国免疫学杂志, "
                          "2019, 35(3): 300-305.\nhttps://d.wanfangdata.com.cn/periodical/x1", "2")
    assert ref.style == "gbt7714"
    assert [(a.last, a.fore) for a in ref.authors] == [("张", "三"), ("李", "四")]
    assert (ref.title, ref.journal, ref.volume, ref.issue, ref.pages) == (
        "间充质干细胞治疗狼疮性肾炎的临床研究", "中国免疫学杂志", "35", "3", "300-305")
    assert ref.database == "wanfang"
    assert ref.url == "https://d.wanfangdata.com.cn/periodical/x1"


def test_gbt7714_english_entry() -> None:
    ref = parse_reference("LIANG J, ZHANG H, KONG W, et al. Safety analysis in patients with "
                          "autoimmune disease[J]. Stem Cell Res Ther, 2018, 9(1): 312.", "6")
    assert ref.style == "gbt7714"
    assert [a.display() for a in ref.authors] == ["LIANG J", "ZHANG H", "KONG W"]
    assert (ref.journal, ref.year, ref.pages) == ("Stem Cell Res Ther", 2018, "312")


@pytest.mark.parametrize(("raw", "field", "value"), [
    ("Doe J. T. J Med. 2020;1:1. https://pubmed.ncbi.nlm.nih.gov/12345678/", "pmid", "12345678"),
    ("Doe J. T. J Med. 2020;1:1. https://www.ncbi.nlm.nih.gov/pubmed/2345678", "pmid", "2345678"),
    ("Doe J. T. J Med. 2020;1:1. PMID:34567", "pmid", "34567"),
    ("Doe J. T. J Med. 2020;1:1. https://pmc.ncbi.nlm.nih.gov/articles/PMC123456/", "pmcid",
     "PMC123456"),
    ("Doe J. T. J Med. 2020;1:1. PMCID: PMC7654321.", "pmcid", "PMC7654321"),
    ("Doe J. T. J Med. 2020;1:1. https://doi.org/10.1000/xyz.123.", "doi", "10.1000/xyz.123"),
    ("Doe J. T. J Med. 2020;1:1. doi: 10.1002/art.27572", "doi", "10.1002/art.27572"),
    ("Doe J. T. J Med. 2020;1:1. DOI:10.1186/s13287-018-1053-4.", "doi",
     "10.1186/s13287-018-1053-4"),
    ("王五. 题名[J]. 刊, 2020, 1(1): 1-2. https://kns.cnki.net/kcms/detail/x", "database", "cnki"),
])
def test_identifiers(raw: str, field: str, value: str) -> None:
    assert getattr(parse_reference(raw, "1"), field) == value


def test_unparseable_reference_keeps_raw_text() -> None:
    ref = parse_reference("some notes from a conference talk", "9")
    assert (ref.style, ref.raw, ref.title, ref.label) == ("unknown", "some notes from a "
                                                          "conference talk", None, "9")


def test_camel_case_damage_is_repaired_in_the_title_only() -> None:
    ref = parse_reference("Li, A., & Pan,Q. (2021). Hope for Patients WithSystemic Lupus. "
                          "Frontiers in immunology, 12, 728190.", "3")
    assert ref.title == "Hope for Patients With Systemic Lupus"
    assert "WithSystemic" in ref.raw
    assert [a.display() for a in ref.authors] == ["Li A", "Pan Q"]


def test_numbered_list_forms_and_url_line_joined() -> None:
    text = ("Treatment improved survival by 20% [1-3].\n\nBibliography\n\n"
            "1) Doe J. First. J Med. 2020;1:1.\nhttps://pubmed.ncbi.nlm.nih.gov/111/\n"
            "2. Roe R. Second. J Med. 2021;2:2.\n\n(3) Poe P. Third. J Med. 2022;3:3.\n")
    article = parse_text(text)
    assert [(r.label, r.pmid, r.year) for r in article.references] == [
        ("1", "111", 2020), ("2", None, 2021), ("3", None, 2022)]
    assert article.references[0].raw == ("Doe J. First. J Med. 2020;1:1.\n"
                                         "https://pubmed.ncbi.nlm.nih.gov/111/")
    assert article.claims[0].citations == ["1", "2", "3"]
    assert article.warnings == []


def test_trailing_numbered_list_without_heading() -> None:
    text = ("Remission reached 60% [1].\n\n[1] Doe J. Trial of cells. Lupus. 2019;28:1-9.\n"
            "[2] Roe R. Another. Lupus. 2020;29:2-3.\n")
    article = parse_text(text)
    assert [r.label for r in article.references] == ["1", "2"]
    assert article.warnings == []


def test_unnumbered_reference_list_gets_labels_in_order() -> None:
    text = ("Rates fell by 5%.\n\nReferences\n\nDoe, J. (2019). A study. Lupus, 28(1), 1-9.\n\n"
            "Roe, R. (2020). Another. Lupus, 29(2), 2-3.\n")
    refs = parse_text(text).references
    assert [(r.label, r.style, r.year) for r in refs] == [("1", "apa", 2019), ("2", "apa", 2020)]


@pytest.mark.parametrize("number", ["1. ", "1.", "[1]", "[1] ", "1) ", "(1) ", "（1）", "【1】",
                                    "1、"])
def test_list_number_is_not_an_author(number: str) -> None:
    ref = parse_reference(f"{number}Tsokos GC. Systemic lupus erythematosus. N Engl J Med. "
                          "2011;365(22):2110-21.", "1")
    assert [a.display() for a in ref.authors] == ["Tsokos GC"]
    assert (ref.title, ref.journal, ref.year, ref.pages) == (
        "Systemic lupus erythematosus", "N Engl J Med", 2011, "2110-21")
    assert ref.raw.startswith(number.strip())  # the raw text stays as printed


def test_list_number_before_a_chinese_group_author() -> None:
    ref = parse_reference("[1]中华医学会风湿病学分会,国家皮肤与免疫疾病临床医学研究中心.2020中国系统性"
                          "红斑狼疮诊疗指南[J].中华风湿病学杂志,2022,26(01):1-8.", "1")
    assert [a.collective for a in ref.authors] == ["中华医学会风湿病学分会",
                                                   "国家皮肤与免疫疾病临床医学研究中心"]
    assert (ref.title, ref.journal, ref.year) == ("2020中国系统性红斑狼疮诊疗指南",
                                                 "中华风湿病学杂志", 2022)


def test_list_number_before_vancouver_authors() -> None:
    ref = parse_reference("3) Gu F, Wang D, Zhang H, et al. Allogeneic mesenchymal stem cell "
                          "transplantation for lupus nephritis. Clin Rheumatol. "
                          "2014;33(11):1611-9.", "3")
    assert [a.display() for a in ref.authors] == ["Gu F", "Wang D", "Zhang H"]


def test_list_number_before_apa_authors() -> None:
    ref = parse_reference("2. Smith, J. A., & Lee, K. (2020). Stem cells in lupus. "
                          "Lupus, 29(4), 355-363.", "2")
    assert ref.style == "apa"
    assert [a.display() for a in ref.authors] == ["Smith JA", "Lee K"]


@pytest.mark.parametrize("raw", [
    "2020中国系统性红斑狼疮诊疗指南[J].中华风湿病学杂志,2022,26(01):1-8.",
    "1000 Genomes Project Consortium. A global reference for human genetic variation. Nature. "
    "2015;526(7571):68-74.",
])
def test_a_leading_number_that_is_not_a_list_number_stays(raw: str) -> None:
    ref = parse_reference(raw, "1")
    text = " ".join([*(a.display() for a in ref.authors), ref.title or ""])
    assert raw.split("[")[0].split(".")[0][:4] in text


def test_vancouver_web_page_with_organisation_author() -> None:
    ref = parse_reference("Lupus UK. Living with lupus [Internet]. London: Lupus UK; 2021 [cited "
                          "2023 Mar 1]. Available from: https://www.lupusuk.org.uk/", "5")
    assert ref.style == "vancouver"
    assert (ref.title, ref.year, ref.url) == ("Living with lupus", 2021,
                                              "https://www.lupusuk.org.uk/")
    assert [(a.collective, a.last) for a in ref.authors] == [("Lupus UK", None)]
    assert ref.publication_type == "EB"  # an online work: not searched in PubMed


def test_vancouver_web_page_with_personal_authors_keeps_them() -> None:
    ref = parse_reference("Smith J, Doe AB. Lupus facts [Internet]. Bethesda (MD): National "
                          "Library of Medicine (US); 2019 [cited 2023 Mar 1]. Available from: "
                          "https://medlineplus.gov/lupus.html", "6")
    assert [a.display() for a in ref.authors] == ["Smith J", "Doe AB"]
    assert (ref.title, ref.year) == ("Lupus facts", 2019)
