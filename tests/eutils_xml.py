"""Writers for the exact E-utilities response formats, built from plain record dicts.

A record dict is shaped like an entry of ``shared/seed/references.json``:
``pmid, pmcid, doi, title, authors [{last, initials, fore} | {collective}], journal,
journal_iso, year, month, day, medline_date, volume, issue, pages, elocation, abstract |
abstract_sections [{label, text, category?}] | abstract_partial {text}, publication_types,
keywords, mesh_terms, language, corrections | retraction_or_errata [{type, pmid, source}]``.

A field that is None or absent stays out of the XML: no empty element is invented.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Record = Mapping[str, Any]

XML_DECL = '<?xml version="1.0" encoding="UTF-8" ?>\n'
PUBMED_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
PMC_DOCTYPE = (
    '<!DOCTYPE pmc-articleset PUBLIC "-//NLM//DTD ARTICLE SET 2.0//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pmc/articleset/nlm-articleset-2.0.dtd">\n'
)
ESEARCH_DOCTYPE = (
    '<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
ELINK_DOCTYPE = (
    '<!DOCTYPE eLinkResult PUBLIC "-//NLM//DTD elink 20101123//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20101123/elink.dtd">\n'
)
ESUMMARY_DOCTYPE = (
    '<!DOCTYPE eSummaryResult PUBLIC "-//NLM//DTD esummary v1 20041029//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20041029/esummary-v1.dtd">\n'
)

# CorrectionType (models.py) → PubMed CommentsCorrections RefType.
REF_TYPES = {
    "retraction_in": "RetractionIn",
    "retraction_of": "RetractionOf",
    "erratum_in": "ErratumIn",
    "erratum_for": "ErratumFor",
    "expression_of_concern_in": "ExpressionOfConcernIn",
    "expression_of_concern_for": "ExpressionOfConcernFor",
    "corrected_and_republished_in": "CorrectedandRepublishedIn",
    "corrected_and_republished_from": "CorrectedandRepublishedFrom",
}
NLM_CATEGORIES = {
    "BACKGROUND": "BACKGROUND", "INTRODUCTION": "BACKGROUND", "AIM": "OBJECTIVE",
    "AIMS": "OBJECTIVE", "OBJECTIVE": "OBJECTIVE", "OBJECTIVES": "OBJECTIVE",
    "PURPOSE": "OBJECTIVE", "METHODS": "METHODS", "METHOD": "METHODS",
    "DESIGN": "METHODS", "RESULTS": "RESULTS", "FINDINGS": "RESULTS",
    "CONCLUSION": "CONCLUSIONS", "CONCLUSIONS": "CONCLUSIONS",
}

OUTAGE_HTML = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Service unavailable | NCBI</title>
<meta http-equiv="pragma" content="no-cache"></head>
<body><h1>Service unavailable</h1>
<p>The E-utilities service is temporarily unavailable. Please try again later.</p>
</body></html>
"""


def _text(parent: ET.Element, tag: str, value: object, **attrs: str) -> ET.Element | None:
    """Append <tag>value</tag> unless value is None or empty."""
    if value is None or value == "":
        return None
    child = ET.SubElement(parent, tag, attrs)
    child.text = str(value)
    return child


def _serialise(doctype: str, root: ET.Element) -> bytes:
    return (XML_DECL + doctype + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")


def _ref_type(kind: str) -> str:
    return REF_TYPES.get(kind, kind)


def abstract_sections(record: Record) -> list[dict[str, str | None]]:
    """The record's abstract as [{label, category, text}] (sections, whole or partial)."""
    if record.get("abstract_sections"):
        out: list[dict[str, str | None]] = []
        for section in record["abstract_sections"]:
            label = section.get("label")
            label = label.upper() if label else None
            category = section.get("category") or (
                NLM_CATEGORIES.get(label, "UNASSIGNED") if label else None)
            out.append({"label": label, "category": category, "text": section["text"]})
        return out
    if record.get("abstract"):
        return [{"label": None, "category": None, "text": record["abstract"]}]
    partial = record.get("abstract_partial")
    if partial and partial.get("text"):
        return [{"label": None, "category": None, "text": partial["text"]}]
    return []


def _corrections(record: Record) -> list[Mapping[str, Any]]:
    return list(record.get("corrections") or record.get("retraction_or_errata") or [])


def _languages(record: Record) -> list[str]:
    language = record.get("language")
    if not language:
        return []
    return [language] if isinstance(language, str) else list(language)


def _authors(parent: ET.Element, authors: Sequence[Mapping[str, Any]] | None) -> None:
    if not authors:
        return
    author_list = ET.SubElement(parent, "AuthorList", CompleteYN="Y")
    for author in authors:
        node = ET.SubElement(author_list, "Author", ValidYN="Y")
        if author.get("collective"):
            _text(node, "CollectiveName", author["collective"])
            continue
        _text(node, "LastName", author.get("last"))
        _text(node, "ForeName", author.get("fore"))
        _text(node, "Initials", author.get("initials"))


def _journal(article: ET.Element, record: Record) -> None:
    journal = ET.SubElement(article, "Journal")
    issue = ET.SubElement(journal, "JournalIssue", CitedMedium="Internet")
    _text(issue, "Volume", record.get("volume"))
    _text(issue, "Issue", record.get("issue"))
    if record.get("year") is not None or record.get("medline_date"):
        pub_date = ET.SubElement(issue, "PubDate")
        if record.get("year") is not None:
            _text(pub_date, "Year", record["year"])
            _text(pub_date, "Month", record.get("month"))
            if record.get("month"):
                _text(pub_date, "Day", record.get("day"))
        else:
            _text(pub_date, "MedlineDate", record["medline_date"])
    _text(journal, "Title", record.get("journal"))
    _text(journal, "ISOAbbreviation", record.get("journal_iso"))


def _article(citation: ET.Element, record: Record) -> None:
    article = ET.SubElement(citation, "Article", PubModel="Print-Electronic")
    _journal(article, record)
    _text(article, "ArticleTitle", record.get("title"))
    if record.get("pages"):
        pagination = ET.SubElement(article, "Pagination")
        _text(pagination, "StartPage", str(record["pages"]).split("-")[0])
        _text(pagination, "MedlinePgn", record["pages"])
    _text(article, "ELocationID", record.get("elocation"), EIdType="pii", ValidYN="Y")
    _text(article, "ELocationID", record.get("doi"), EIdType="doi", ValidYN="Y")
    sections = abstract_sections(record)
    if sections:
        abstract = ET.SubElement(article, "Abstract")
        for section in sections:
            attrs = {}
            if section["label"]:
                attrs["Label"] = section["label"]
            if section["category"]:
                attrs["NlmCategory"] = section["category"]
            _text(abstract, "AbstractText", section["text"], **attrs)
    _authors(article, record.get("authors"))
    for language in _languages(record):
        _text(article, "Language", language)
    if record.get("publication_types"):
        types = ET.SubElement(article, "PublicationTypeList")
        for kind in record["publication_types"]:
            _text(types, "PublicationType", kind)


def _medline_citation(record: Record) -> ET.Element:
    citation = ET.Element("MedlineCitation", Status="MEDLINE", Owner="NLM")
    _text(citation, "PMID", record["pmid"], Version="1")
    _article(citation, record)
    info = ET.SubElement(citation, "MedlineJournalInfo")
    _text(info, "MedlineTA", record.get("journal_iso"))
    corrections = _corrections(record)
    if corrections:
        listing = ET.SubElement(citation, "CommentsCorrectionsList")
        for correction in corrections:
            node = ET.SubElement(listing, "CommentsCorrections",
                                 RefType=_ref_type(correction["type"]))
            _text(node, "RefSource", correction.get("source") or "")
            _text(node, "PMID", correction.get("pmid"), Version="1")
    mesh = record.get("mesh_terms") or record.get("mesh")
    if mesh:
        headings = ET.SubElement(citation, "MeshHeadingList")
        for term in mesh:
            heading = ET.SubElement(headings, "MeshHeading")
            _text(heading, "DescriptorName", term, MajorTopicYN="N")
    if record.get("keywords"):
        keywords = ET.SubElement(citation, "KeywordList", Owner="NOTNLM")
        for keyword in record["keywords"]:
            _text(keywords, "Keyword", keyword, MajorTopicYN="N")
    return citation


def _pubmed_data(record: Record) -> ET.Element:
    data = ET.Element("PubmedData")
    _text(data, "PublicationStatus", "ppublish")
    ids = ET.SubElement(data, "ArticleIdList")
    _text(ids, "ArticleId", record["pmid"], IdType="pubmed")
    _text(ids, "ArticleId", record.get("doi"), IdType="doi")
    _text(ids, "ArticleId", record.get("pmcid"), IdType="pmc")
    return data


def pubmed_efetch_xml(records: Iterable[Record]) -> bytes:
    """EFetch db=pubmed retmode=xml: a PubmedArticleSet with the pubmed_250101 DOCTYPE."""
    root = ET.Element("PubmedArticleSet")
    for record in records:
        article = ET.SubElement(root, "PubmedArticle")
        article.append(_medline_citation(record))
        article.append(_pubmed_data(record))
    return _serialise(PUBMED_DOCTYPE, root)


# ---------------------------------------------------------------------------------- PMC / JATS


def _jats_front(article: ET.Element, record: Record) -> None:
    front = ET.SubElement(article, "front")
    journal_meta = ET.SubElement(front, "journal-meta")
    _text(journal_meta, "journal-id", record.get("journal_iso"), **{"journal-id-type": "nlm-ta"})
    if record.get("journal"):
        group = ET.SubElement(journal_meta, "journal-title-group")
        _text(group, "journal-title", record["journal"])
    meta = ET.SubElement(front, "article-meta")
    _text(meta, "article-id", record.get("pmid"), **{"pub-id-type": "pmid"})
    _text(meta, "article-id", record.get("pmcid"), **{"pub-id-type": "pmcid"})
    _text(meta, "article-id", record.get("doi"), **{"pub-id-type": "doi"})
    if record.get("title"):
        titles = ET.SubElement(meta, "title-group")
        _text(titles, "article-title", record["title"])
    if record.get("authors"):
        contribs = ET.SubElement(meta, "contrib-group")
        for author in record["authors"]:
            contrib = ET.SubElement(contribs, "contrib", {"contrib-type": "author"})
            if author.get("collective"):
                _text(contrib, "collab", author["collective"])
                continue
            name = ET.SubElement(contrib, "name")
            _text(name, "surname", author.get("last"))
            _text(name, "given-names", author.get("fore") or author.get("initials"))
    if record.get("year") is not None:
        date = ET.SubElement(meta, "pub-date", {"pub-type": "epub"})
        _text(date, "year", record["year"])
    _text(meta, "volume", record.get("volume"))
    _text(meta, "issue", record.get("issue"))
    _text(meta, "elocation-id", record.get("pages"))
    sections = abstract_sections(record)
    if sections:
        abstract = ET.SubElement(meta, "abstract")
        for section in sections:
            if section["label"]:
                sec = ET.SubElement(abstract, "sec")
                _text(sec, "title", section["label"].capitalize())
                _text(sec, "p", section["text"])
            else:
                _text(abstract, "p", section["text"])


def _jats_table(parent: ET.Element, table: Mapping[str, Any]) -> None:
    wrap = ET.SubElement(parent, "table-wrap", id=str(table.get("id", "tab")))
    _text(wrap, "label", table.get("label"))
    if table.get("caption"):
        caption = ET.SubElement(wrap, "caption")
        _text(caption, "p", table["caption"])
    rows = table.get("rows") or []
    if rows:
        grid = ET.SubElement(wrap, "table")
        head = ET.SubElement(grid, "thead")
        row = ET.SubElement(head, "tr")
        for cell in rows[0]:
            _text(row, "th", cell)
        body = ET.SubElement(grid, "tbody")
        for cells in rows[1:]:
            row = ET.SubElement(body, "tr")
            for cell in cells:
                _text(row, "td", cell)


def _jats_section(parent: ET.Element, section: str | Mapping[str, Any]) -> None:
    if isinstance(section, str):
        _text(parent, "p", section)
        return
    sec = ET.SubElement(parent, "sec")
    _text(sec, "title", section.get("title"))
    for paragraph in section.get("paragraphs", []):
        _text(sec, "p", paragraph)
    for table in section.get("tables", []):
        _jats_table(sec, table)
    for figure in section.get("figures", []):
        fig = ET.SubElement(sec, "fig", id=str(figure.get("id", "fig")))
        _text(fig, "label", figure.get("label"))
        if figure.get("caption"):
            caption = ET.SubElement(fig, "caption")
            _text(caption, "p", figure["caption"])
    for child in section.get("sections", []):
        _jats_section(sec, child)


def pmc_efetch_xml(articles: Iterable[Record]) -> bytes:
    """EFetch db=pmc: a pmc-articleset of JATS articles (front, abstract; body only if given).

    An article dict is a record dict plus an optional ``body``: a list of paragraphs (str) or
    sections ``{title, paragraphs, tables [{label, caption, rows}], figures [{label, caption}],
    sections}``.
    """
    root = ET.Element("pmc-articleset")
    for record in articles:
        article = ET.SubElement(root, "article", {
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "xmlns:mml": "http://www.w3.org/1998/Math/MathML",
            "article-type": str(record.get("article_type", "research-article")),
            "dtd-version": "1.3",
        })
        ET.SubElement(article, "processing-meta", {
            "base-tagset": "archiving", "mathml-version": "3.0",
            "table-model": "xhtml", "tagset-family": "jats"})
        _jats_front(article, record)
        if record.get("body"):
            body = ET.SubElement(article, "body")
            for section in record["body"]:
                _jats_section(body, section)
    return _serialise(PMC_DOCTYPE, root)


# ------------------------------------------------------------------------ esearch, elink, ...


def esearch_xml(ids: Sequence[str], count: int | None = None, *,
                translation: str = "") -> bytes:
    """ESearch result: Count, RetMax, RetStart, IdList (an empty one when nothing matched)."""
    root = ET.Element("eSearchResult")
    _text(root, "Count", count if count is not None else len(ids))
    _text(root, "RetMax", len(ids))
    _text(root, "RetStart", 0)
    id_list = ET.SubElement(root, "IdList")
    for uid in ids:
        _text(id_list, "Id", uid)
    ET.SubElement(root, "TranslationSet")
    if translation:
        _text(root, "QueryTranslation", translation)
    if not ids:
        warnings = ET.SubElement(root, "WarningList")
        _text(warnings, "OutputMessage", "No items found.")
    return _serialise(ESEARCH_DOCTYPE, root)


def elink_pmc_pubmed_xml(mapping: Mapping[str, str | None]) -> bytes:
    """ELink dbfrom=pmc db=pubmed: one LinkSet per PMC id (numeric), linkname pmc_pubmed."""
    root = ET.Element("eLinkResult")
    for pmc_id, pmid in mapping.items():
        link_set = ET.SubElement(root, "LinkSet")
        _text(link_set, "DbFrom", "pmc")
        id_list = ET.SubElement(link_set, "IdList")
        _text(id_list, "Id", pmc_id.upper().removeprefix("PMC"))
        if pmid:
            link_db = ET.SubElement(link_set, "LinkSetDb")
            _text(link_db, "DbTo", "pubmed")
            _text(link_db, "LinkName", "pmc_pubmed")
            link = ET.SubElement(link_db, "Link")
            _text(link, "Id", pmid)
    return _serialise(ELINK_DOCTYPE, root)


def ecitmatch_text(lines: Iterable[tuple[str, str | None] | tuple[str, str | None, int]]) -> bytes:
    """ECitMatch answer: each query line echoed with the PMID, NOT_FOUND or AMBIGUOUS appended.

    ``lines`` holds ``(query_line, pmid)`` pairs — the query line as sent
    (``journal|year|volume|first_page|author|key|``); pmid None means NOT_FOUND — or
    ``(query_line, None, n)`` for an ambiguous match among n citations.
    """
    out = []
    for entry in lines:
        query = entry[0].rstrip("\r\n")
        if not query.endswith("|"):
            query += "|"
        if entry[1]:
            answer = str(entry[1])
        elif len(entry) > 2:
            answer = f"AMBIGUOUS ({entry[2]} citations)"  # type: ignore[misc]
        else:
            answer = "NOT_FOUND"
        out.append(query + answer)
    return ("\n".join(out) + "\n").encode("utf-8")


def _item(parent: ET.Element, name: str, kind: str, value: object = None) -> ET.Element:
    item = ET.SubElement(parent, "Item", Name=name, Type=kind)
    if value is not None:
        item.text = str(value)
    return item


def esummary_xml(records: Iterable[Record]) -> bytes:
    """ESummary db=pubmed (version 1.0 DocSums)."""
    root = ET.Element("eSummaryResult")
    for record in records:
        doc = ET.SubElement(root, "DocSum")
        _text(doc, "Id", record["pmid"])
        if record.get("year") is not None:
            month = f" {record['month']}" if record.get("month") else ""
            _item(doc, "PubDate", "Date", f"{record['year']}{month}")
        if record.get("journal_iso"):
            _item(doc, "Source", "String", record["journal_iso"])
        authors = _item(doc, "AuthorList", "List")
        for author in record.get("authors") or []:
            name = author.get("collective") or " ".join(
                p for p in (author.get("last"), author.get("initials")) if p)
            _item(authors, "Author", "String", name)
        if record.get("title"):
            _item(doc, "Title", "String", record["title"])
        for name, key in (("Volume", "volume"), ("Issue", "issue"), ("Pages", "pages")):
            if record.get(key):
                _item(doc, name, "String", record[key])
        ids = _item(doc, "ArticleIds", "List")
        _item(ids, "pubmed", "String", record["pmid"])
        if record.get("doi"):
            _item(ids, "doi", "String", record["doi"])
        if record.get("pmcid"):
            _item(ids, "pmc", "String", record["pmcid"])
        if record.get("doi"):
            _item(doc, "DOI", "String", record["doi"])
        if record.get("journal"):
            _item(doc, "FullJournalName", "String", record["journal"])
    return _serialise(ESUMMARY_DOCTYPE, root)


def error_xml(message: str, root: str = "eSearchResult") -> bytes:
    """An E-utilities error answer (HTTP 200): ``<eSearchResult><ERROR>message</ERROR>``."""
    doctype = {"eSearchResult": ESEARCH_DOCTYPE, "eLinkResult": ELINK_DOCTYPE,
               "eSummaryResult": ESUMMARY_DOCTYPE}.get(root, "")
    return (XML_DECL + doctype + f"<{root}><ERROR>{html.escape(message)}</ERROR></{root}>\n"
            ).encode("utf-8")


def outage_html() -> bytes:
    """The kind of HTML page NCBI serves (sometimes with status 200) during an outage."""
    return OUTAGE_HTML


RATE_LIMIT_JSON = (b'{"error":"API rate limit exceeded","api-key":"127.0.0.1",'
                   b'"count":"4","limit":"3"}\n')
