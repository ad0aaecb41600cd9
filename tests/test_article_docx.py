"""Word drafts: a .docx built here with python-docx reads like the equivalent Markdown."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from claimcheck.article import parse_article, parse_text
from claimcheck.cli import main
from claimcheck.errors import InputError
from claimcheck.models import Article

REFS = {
    "1": "Liang J, Zhang H, Kong W, et al. Safety analysis in patients with autoimmune disease "
         "receiving allogeneic mesenchymal stem cells infusion: a long-term retrospective study. "
         "Stem Cell Res Ther. 2018;9(1):312.",
    "2": "Gu F, Wang D, Zhang H, et al. Allogeneic mesenchymal stem cell transplantation for "
         "lupus nephritis patients refractory to conventional therapy. Clin Rheumatol. "
         "2014;33(11):1611-1619.",
    "3": "Li A, Guo F, Pan Q, et al. Mesenchymal stem cell therapy: hope for patients with "
         "systemic lupus erythematosus. Front Immunol. 2021;12:728190.",
}

# The same article as Markdown: every way the .docx cites is "[n]" here.
MARKDOWN = f"""# Stem cells for lupus

Researchers followed 404 patients who received stem cell infusions.[1] The 5-year survival rate was 90.4%.[1]

## Lupus nephritis

In an open-label trial, 81 patients with refractory lupus nephritis were given donor cells.[2] Within 12 months, 60.5% of them reached renal remission.[2] Serious infections were rare in the long-term cohort.[1]

Group | Patients | Renal remission

MSC | 81 | 60.5%

Figure 1: Renal remission over time, adapted from[3].

Experts say larger randomised trials are still needed.

## References

[1] {REFS["1"]}

[2] {REFS["2"]}

[3] {REFS["3"]}
"""

FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
    + "".join(
        f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {REFS[label]}</w:t>'
        '</w:r></w:p></w:footnote>'
        # Word's ids need not follow the printed numbers: 7, 5, 9 print as 1, 2, 3.
        for note_id, label in (("7", "1"), ("5", "2"), ("9", "3")))
    + "</w:footnotes>")


def _footnote(paragraph: Paragraph, note_id: str) -> None:
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    props.append(align)
    run.append(props)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), note_id)
    run.append(ref)
    paragraph._p.append(run)


def _tracked(paragraph: Paragraph, kind: str, text: str) -> None:
    """A tracked insertion (w:ins) or deletion (w:del) holding one run."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), "90" if kind == "ins" else "91")
    change.set(qn("w:author"), "Reviewer")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t" if kind == "ins" else "w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    change.append(run)
    paragraph._p.append(change)


def _superscript(paragraph: Paragraph, text: str) -> None:
    paragraph.add_run(text).font.superscript = True


def build_docx() -> bytes:
    """Footnotes as references, a cross-reference typed as a superscript, a typed [2],
    tracked changes, a comment, a table and a caption."""
    document = docx.Document()
    document.add_heading("Stem cells for lupus", level=0)
    p = document.add_paragraph("Researchers followed 404 patients who received stem cell "
                               "infusions.")
    _footnote(p, "7")
    p.add_run(" The 5-year survival rate was 90.4%.")
    _superscript(p, "1")  # the same source again: a cross-reference to footnote 1
    document.add_heading("Lupus nephritis", level=1)
    p = document.add_paragraph("In an open-label trial, ")
    _tracked(p, "del", "80 ")
    _tracked(p, "ins", "81 ")
    run = p.add_run("patients with refractory lupus nephritis were given donor cells.")
    document.add_comment(run, text="Check this number against the paper.", author="Editor")
    _footnote(p, "5")
    p.add_run(" Within 12 months, 60.5% of them reached renal remission.[2] Serious "
              "infections were rare in the long-term cohort.")
    _superscript(p, "1")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, (("Group", "Patients", "Renal remission"),
                                       ("MSC", "81", "60.5%")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    caption = document.add_paragraph("Figure 1: Renal remission over time, adapted from",
                                     style="Caption")
    _footnote(caption, "9")
    caption.add_run(".")
    document.add_paragraph("")  # empty paragraphs are not counted
    document.add_paragraph("Experts say larger randomised trials are still needed.")
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_footnotes(buffer.getvalue())


def _with_footnotes(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", (
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                    b"</Types>"))
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>"))
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", FOOTNOTES_XML)
    return out.getvalue()


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Article:
    path = tmp_path_factory.mktemp("docx") / "draft.docx"
    path.write_bytes(build_docx())
    return parse_article(path)


def _claims(article: Article) -> list[tuple[str, list[str], str, list[tuple[str, str]]]]:
    return [(c.text, c.citations, c.kind, [(link.label, link.how) for link in c.links])
            for c in article.claims]


def test_same_claims_and_links_as_the_markdown(draft: Article) -> None:
    markdown = parse_text(MARKDOWN, fmt="md")
    assert _claims(draft) == _claims(markdown)
    assert draft.format == "docx" and draft.title == "Stem cells for lupus"
    assert draft.warnings == markdown.warnings == []


def test_footnotes_are_the_reference_list_numbered_as_printed(draft: Article) -> None:
    assert [(r.label, r.journal, r.year) for r in draft.references] == [
        ("1", "Stem Cell Res Ther", 2018), ("2", "Clin Rheumatol", 2014),
        ("3", "Front Immunol", 2021)]
    assert all(r.line is None for r in draft.references)


def test_tracked_changes_accepted_comments_ignored(draft: Article) -> None:
    assert "81 patients with refractory" in draft.text
    assert "80 " not in draft.text
    assert "Check this number" not in draft.text


def test_table_caption_and_figure_credit(draft: Article) -> None:
    # one paragraph per row, cells joined by " | "; a short row reads as a heading, not a claim
    assert "\n\nGroup | Patients | Renal remission\n\nMSC | 81 | 60.5%\n\n" in draft.text
    credit = next(c for c in draft.claims if c.text.startswith("Figure 1:"))
    assert credit.kind == "figure_credit" and credit.citations == ["3"]


def test_locations_are_paragraph_numbers(draft: Article) -> None:
    first = draft.claims[0]
    assert first.location is not None and first.location.line is None
    assert first.location.paragraph == 1  # paragraph 2 of the draft, after the title
    last = draft.claims[-1]
    assert last.text.startswith("Experts say") or last.text.startswith("Figure 1:")
    assert all(c.location and draft.text[c.location.start:c.location.end] == c.text
               for c in draft.claims)


def test_report_says_paragraph(tmp_path: Path, draft: Article) -> None:
    from claimcheck.models import ClaimResult, Report
    from claimcheck.report import render_markdown

    claim = draft.claims[0]
    report = Report(article_text=draft.text, claims=[ClaimResult(
        id=claim.id, text=claim.text, citations=claim.citations, location=claim.location,
        status="unverifiable")])
    assert "paragraph 2" in render_markdown(report)


def test_text_box_caption_is_read_once() -> None:
    from docx.oxml import parse_xml

    from claimcheck.article.docx import docx_text

    box = ('<w:txbxContent xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:p><w:r><w:t>图2 间充质干细胞的来源，图片来自文献[1]</w:t></w:r></w:p></w:txbxContent>')
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    document = docx.Document()
    anchor = document.add_paragraph("干细胞的来源包括骨髓、脐带和脂肪组织。")
    run = anchor.add_run()
    run._r.append(parse_xml(
        f'<mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">{box}</mc:Choice>'
        f'<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent>'))
    document.add_heading("参考文献", level=1)
    document.add_paragraph("[1] " + REFS["1"])
    buffer = io.BytesIO()
    document.save(buffer)
    text = docx_text(buffer.getvalue(), "box.docx")
    assert text.count("图2 间充质干细胞的来源") == 1
    article = parse_text(text, fmt="docx", path="box.docx")
    credit = next(c for c in article.claims if c.text.startswith("图2"))
    assert credit.kind == "figure_credit" and credit.citations == ["1"]


def test_numbered_list_reference_section() -> None:
    document = docx.Document()
    document.add_paragraph("Remission was reached by 60.5% of the patients.[1]")
    document.add_heading("References", level=1)
    document.add_paragraph(REFS["1"], style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    from claimcheck.article.docx import docx_text

    text = docx_text(buffer.getvalue(), "list.docx")
    assert text.rstrip().endswith(REFS["1"])
    article = parse_text(text, fmt="docx", path="list.docx")
    assert [r.label for r in article.references] == ["1"]
    assert article.claims[0].citations == ["1"]


def test_reference_list_typed_as_one_paragraph_with_line_breaks() -> None:
    """One Word paragraph, a line break (Shift+Enter) before each numbered reference: each
    reference keeps its own line; a line break inside a sentence is a space."""
    document = docx.Document()
    body = document.add_paragraph("Remission was reached by 60.5% of the patients,")
    body.add_run().add_break()
    body.add_run("and flares were rare.[1] Infections were uncommon.[2]")
    document.add_heading("References", level=1)
    refs = document.add_paragraph()
    for n, label in enumerate(("1", "2", "3")):
        run = refs.add_run(f"{label}. {REFS[label]}")
        if n < 2:
            run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    from claimcheck.article.docx import docx_text

    text = docx_text(buffer.getvalue(), "breaks.docx")
    assert "patients, and flares" in text
    article = parse_text(text, fmt="docx", path="breaks.docx")
    assert [r.label for r in article.references] == ["1", "2", "3"]
    assert [c.citations for c in article.claims] == [["1"], ["2"]]


# ---------------------------------------------------------------- bad .docx files

@pytest.mark.parametrize(("content", "message"), [
    (b"Just some text that was renamed to .docx\n", "not a zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le")
     + b"\x00" * 64, "password-protected"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 128, "old Word .doc"),
    (b"", "the file is empty"),
])
def test_bad_docx_is_one_line_exit_2(tmp_path: Path, content: bytes, message: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        parse_article(path)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_zip_that_is_not_word_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="no word/document.xml"):
        parse_article(path)


def test_footnotes_with_an_entity_bomb_are_refused(tmp_path: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:footnote w:id="1"><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:footnote>'
            '</w:footnotes>')
    data = build_docx()
    source = zipfile.ZipFile(io.BytesIO(data))
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, bomb if item.filename == "word/footnotes.xml" else content)
    with pytest.raises(InputError, match="cannot read the document's footnotes"):
        parse_article(path)


def test_check_command_on_a_draft(tmp_path: Path) -> None:
    from fake_eutils import running, seed_records

    path = tmp_path / "draft.docx"
    path.write_bytes(build_docx())
    out = tmp_path / "report.md"
    for fake in running([r for r in seed_records() if r.get("pmid")]):
        code = main(["check", str(path), "--eutils-url", fake.url, "--no-cache", "-q",
                     "-o", str(out)])
        assert code == 0
    report = out.read_text(encoding="utf-8")
    assert "paragraph 2" in report and "line " not in report.split("## References")[0]


def test_a_word_draft_without_its_suffix_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "draft-from-email"
    path.write_bytes(build_docx())
    article = parse_article(path)
    assert article.format == "docx" and article.references[0].label == "1"
