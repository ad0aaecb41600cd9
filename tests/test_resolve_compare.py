"""Citation accuracy: real differences found, copy-paste damage never reported."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Author
from claimcheck.resolve import compare_citation
from claimcheck.resolve.journals import same_journal
from claimcheck.resolve.normalize import page_range
from test_resolve_doubles import authors, cite, record

NEJM = record("22129255", "Systemic lupus erythematosus.", ["Tsokos GC"], 2011,
              journal="The New England journal of medicine", journal_iso="N Engl J Med",
              volume="365", issue="22", pages="2110-21", doi="10.1056/NEJMra1100359")


def fields(discrepancies: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {d.field: d.severity for d in discrepancies}


def test_exact_citation_has_no_discrepancy() -> None:
    found, unchecked = compare_citation(cite("2", NEJM), NEJM)
    assert found == [] and unchecked == []


def test_copy_paste_damage_is_not_reported() -> None:
    damaged = cite("2", NEJM, journal="The New Englandjournal of medicine", pages="2110–2121",
                   authors=[Author(last="Tsokos", initials="G. C.")], issue="22",
                   doi="10.1056/nejmra1100359", title="Systemic lupuserythematosus")
    assert compare_citation(damaged, NEJM) == ([], [])


def test_seed_style_damage_in_titles_and_authors() -> None:
    rec = record("29631514", "Mesenchymal stem cell transplantation in systemic lupus "
                 "erythematous, a mesenchymal stem cell disorder.",
                 ["Fathollahi A", "Gabalou NB", "Aslani S"], 2018, journal="Lupus",
                 journal_iso="Lupus", volume="27", issue="7", pages="1053-1064")
    printed = cite("5", rec, title="Mesenchymalstem cell transplantation in systemic lupus "
                   "erythematous, amesenchymal stem cell disorder", pages="1053–1064",
                   authors=[Author(last="Fathollahi", initials="A"),
                            Author(last="Gabalou", initials="N. B."),
                            Author(last="&Aslani", initials="S")])
    assert compare_citation(printed, rec) == ([], [])


def test_wrong_year_volume_pages_and_first_author_are_errors() -> None:
    wrong = cite("2", NEJM, year=2007, volume="356", pages="2210-2221",
                 authors=authors("Smith J"))
    found, _ = compare_citation(wrong, NEJM)
    assert fields(found) == {"first_author": "error", "year": "error", "volume": "error",
                             "pages": "error"}


def test_year_one_off_is_info_and_issue_is_warning() -> None:
    found, _ = compare_citation(cite("2", NEJM, year=2012, issue="23"), NEJM)
    assert fields(found) == {"year": "info", "issue": "warning"}


def test_title_wording_is_a_warning_and_a_typo_is_info() -> None:
    found, _ = compare_citation(cite("2", NEJM, title="Lupus: a systemic disease"), NEJM)
    assert fields(found) == {"title": "warning"}
    rec = record("1", "Mesenchymal stem cell therapy for systemic lupus erythematosus")
    found, _ = compare_citation(
        cite("1", rec, title="Mesenchymal stem cell therapy for systemic lupus erythematous"),
        rec)
    assert fields(found) == {"title": "info"}


def test_retracted_prefix_is_not_a_title_error() -> None:
    rec = record("9", "RETRACTED: Stem cells cure everything.")
    assert compare_citation(cite("1", rec, title="Stem cells cure everything"), rec) == ([], [])


def test_later_authors_and_order() -> None:
    rec = record("3", "A title", ["Li A", "Guo F", "Pan Q"])
    found, _ = compare_citation(cite("1", rec, authors=authors("Li A", "Pan Q", "Guo F")), rec)
    assert [(d.field, d.severity, d.note) for d in found] == [
        ("authors", "warning", "same names in another order")]
    found, _ = compare_citation(cite("1", rec, authors=authors("Li A", "Guo F")), rec)
    assert "2 authors cited, 3 in the record" in found[0].note
    truncated = cite("1", rec, authors=authors("Li A"), raw="Li A, et al. A title.")
    assert compare_citation(truncated, rec) == ([], [])


def test_missing_record_fields_are_not_checkable() -> None:
    rec = record("30428931", "Safety analysis", ["Liang J"], 2018, journal="Stem cell research "
                 "& therapy", journal_iso="Stem Cell Res Ther")
    printed = cite("6", rec, volume="9", issue="1", pages="312", journal="Stem cellresearch & "
                   "therapy", doi="10.1186/s13287-018-1053-4")
    found, unchecked = compare_citation(printed, rec)
    assert found == []
    assert unchecked == ["volume", "issue", "pages", "doi"]
    no_authors = rec.model_copy(update={"authors": []})
    assert compare_citation(printed, no_authors)[1][:2] == ["first_author", "authors"]


def test_article_number_matches_elocation() -> None:
    rec = record("34659214", "MSC therapy", volume="12", elocation="728190")
    assert compare_citation(cite("3", rec, pages="728190"), rec) == ([], [])


def test_wrong_doi_and_pmid_are_errors() -> None:
    found, _ = compare_citation(cite("2", NEJM, doi="10.1056/NEJMoa999", pmid="22129253"), NEJM)
    assert fields(found) == {"doi": "error", "pmid": "error"}


def test_page_ranges() -> None:
    assert page_range("2110-21") == page_range("2110–2121") == ("2110", "2121")
    assert page_range("e1002") == ("e1002", None)
    assert page_range("1611-9") == ("1611", "1619")


def test_journal_variants() -> None:
    names = ["The New England journal of medicine", "N Engl J Med"]
    for cited in ("N Engl J Med", "NEJM", "The New Englandjournal of medicine",
                  "New England Journal of Medicine", "n. engl. j. med."):
        assert same_journal(cited, names), cited
    assert same_journal("Proc Natl Acad Sci U S A", [
        "Proceedings of the National Academy of Sciences of the United States of America"])
    assert same_journal("Arch Immunol Ther Exp", [
        "Archivum immunologiae et therapiae experimentalis"])
    assert not same_journal("Lancet", names)
    assert not same_journal("Nature", ["Nature medicine"])
    assert not same_journal("Clin Rheumatol", ["Clinical immunology"])


TITLE_WORDS = st.lists(st.sampled_from(
    ["mesenchymal", "stem", "cell", "therapy", "lupus", "systemic", "in", "of", "patients",
     "with", "renal", "a", "the", "trial", "safety", "analysis"]), min_size=3, max_size=12)


@given(words=TITLE_WORDS, joins=st.lists(st.booleans(), min_size=12, max_size=12),
       upper=st.booleans())
def test_dropped_spaces_and_case_never_reported(words: list[str], joins: list[bool],
                                                upper: bool) -> None:
    title = " ".join(words)
    damaged = words[0]
    for word, join in zip(words[1:], joins, strict=False):
        damaged += ("" if join else " ") + word
    damaged = damaged.upper() if upper else damaged
    rec = record("1", title.capitalize() + ".", ["Zhao C", "Sun L"], 2018, volume="9",
                 pages="312")
    printed = cite("1", rec, title=damaged, authors=[Author(last="Zhao", initials="C."),
                                                     Author(last="&Sun", initials="L")])
    assert compare_citation(printed, rec) == ([], [])
