"""Identity by the weight of evidence, on real records (the dev corpus and the seed).

Near misses of real citations (typos, romanisations, years ±1/±2, journal forms, page forms,
short author lists) resolve with exactly the expected discrepancies; citations of other papers
that share a title fragment or authors with a served record are never accepted as it. All the
citations of a table are resolved in one batch over HTTP, as an article's bibliography would be.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimcheck.article.refparse import parse_reference
from claimcheck.entrez import EntrezClient
from claimcheck.models import Author, Resolution, ResolvedReference
from claimcheck.resolve import resolve_references
from claimcheck.resolve.authors import surname_relation
from dev_records import dev_records
from fake_eutils import FakeEutils, seed_records

H = ("Hajek P, Phillips-Waller A, Przulj D, Pesola F, Myers Smith K, Bisal N, et al. A "
     "randomized trial of e-cigarettes versus nicotine-replacement therapy. N Engl J Med. ")
Z = ("Zinman B, Wanner C, Lachin JM, et al. Empagliflozin, cardiovascular outcomes, and "
     "mortality in type 2 diabetes. N Engl J Med. ")
BHATTA = ("Electronic cigarette use and myocardial infarction among adults in the US Population "
          "Assessment of Tobacco and Health")
DAPA = "Dapagliflozin in patients with heart failure and reduced ejection fraction"
KNOWLER = ("Reduction in the incidence of type 2 diabetes with lifestyle intervention or "
           "metformin. N Engl J Med. 2002;346(6):393-403.")
LI_2008 = ("The long-term effect of lifestyle interventions to prevent diabetes in the China Da "
           "Qing Diabetes Prevention Study: a 20-year follow-up study")
LI_2014 = ("Cardiovascular mortality, all-cause mortality, and diabetes incidence after lifestyle "
           "intervention for people with impaired glucose tolerance in the Da Qing Diabetes "
           "Prevention Study: a 23-year follow-up study")
SELECT = "Semaglutide and cardiovascular outcomes in obesity without diabetes"
STEP1 = "Once-weekly semaglutide in adults with overweight or obesity"

# (printed citation, expected PMID, expected {(field, severity)}, expected flags)
NEAR_MISSES: list[tuple[str, str, set[tuple[str, str]], set[str]]] = [
    # first-author surname: typos and initials
    (H.replace("Hajek P", "Hajec P") + "2019;380(7):629-637.", "30699054",
     {("first_author", "warning")}, set()),
    (H.replace("Hajek P", "Hjaek P") + "2019;380(7):629-637.", "30699054",
     {("first_author", "warning")}, set()),
    (Z.replace("Zinman B", "Zinmann B") + "2015;373(22):2117-28.", "26378978",
     {("first_author", "warning")}, set()),
    (f"McMurry JJ, Solomon SD, Inzucchi SE, et al. {DAPA}. N Engl J Med. 2019;381(21):1995-2008.",
     "31535829", {("first_author", "warning")}, set()),
    (f"Lincof AM, Brown-Frandsen K, Colhoun HM. {SELECT}. N Engl J Med. 2023;389(24):2221-32.",
     "37952131", {("first_author", "warning")}, set()),
    ("Tsokos CG. Systemic lupus erythematosus. N Engl J Med. 2011;365(22):2110-21.", "22129255",
     {("first_author", "info")}, set()),
    ("Tsokos G. Systemic lupus erythematosus. N Engl J Med. 2011;365(22):2110-21.", "22129255",
     set(), set()),
    ("Jastreboff A, Aronne LJ, Ahmad NN, et al. Tirzepatide once weekly for the treatment of "
     "obesity. N Engl J Med. 2022;387:205-216.", "35658024", set(), set()),
    ("Knowler WC, Barrett Connor E, Fowler SE, et al. " + KNOWLER, "11832527", set(), set()),
    (f"McMurray JJV, Solomon SD, Inzucchi SE, Kober L, et al. {DAPA}. N Engl J Med. "
     "2019;381(21):1995-2008.", "31535829", set(), set()),
    # the issue's case: a PubMed link, the right record, the surname one letter off
    (H.replace("Hajek P", "Hajec P") + "2019;380(7):629-637. "
     "https://pubmed.ncbi.nlm.nih.gov/30699054/", "30699054", {("first_author", "warning")},
     set()),
    # ... and a retracted record cited with a misspelt author keeps its retraction
    (f"Bhata DN, Glantz SA. {BHATTA}. J Am Heart Assoc. 2019;8(12):e012317. PMID: 31165662.",
     "31165662", {("first_author", "warning")}, {"retracted", "erratum"}),
    # years: online-first versus print, one or two apart
    ("Knowler WC, Barrett-Connor E, Fowler SE, et al. " + KNOWLER.replace("2002", "2001"),
     "11832527", {("year", "info")}, set()),
    ("Pan XR, Li GW, Hu YH, Wang JX, Yang WY, An ZX, et al. Effects of diet and exercise in "
     "preventing NIDDM in people with impaired glucose tolerance. The Da Qing IGT and Diabetes "
     "Study. Diabetes Care. 1996;20(4):537-544.", "9096977", {("year", "info")}, set()),
    ("Auer R, Schoeni A, Humair JP, et al. Electronic nicotine-delivery systems for smoking "
     "cessation. N Engl J Med. 2022;390(7):601-610.", "38354139", {("year", "warning")}, set()),
    (f"Lincoff AM, Brown-Frandsen K, Colhoun HM, et al. {SELECT}. N Engl J Med. "
     "2025;389(24):2221-2232. doi:10.1056/NEJMoa2307563", "37952131", {("year", "warning")},
     set()),
    (H.replace("Hajek P", "Hajec P") + "2021;380(7):629-637.", "30699054",
     {("first_author", "warning"), ("year", "warning")}, set()),
    # journal: full, abbreviated, dotted, a short name, a wrong one
    (H.replace("N Engl J Med.", "New England Journal of Medicine.") + "2019;380(7):629-637.",
     "30699054", set(), set()),
    (H.replace("N Engl J Med.", "NEJM.") + "2019;380(7):629-637.", "30699054", set(), set()),
    (H.replace("N Engl J Med.", "N. Engl. J. Med.") + "2019;380(7):629-637.", "30699054", set(),
     set()),
    (f"Bhatta DN, Glantz SA. {BHATTA}. Journal of the American Heart Association. "
     "2019;8(12):e012317.", "31165662", set(), {"retracted", "erratum"}),
    (H.replace("N Engl J Med.", "Lancet.") + "2019;380(7):629-637.", "30699054",
     {("journal", "warning")}, set()),
    # volume, issue, pages
    (H + "2019;7(380):629-637.", "30699054", {("volume", "warning")}, set()),
    (Z + "2015;337:2117-28.", "26378978", {("volume", "error")}, set()),
    (f"Li G, Zhang P, Wang J, et al. {LI_2008}. Lancet. 2008;371(9626):1783-1789.", "18502303",
     set(), set()),
    (f"McMurray JJV, Solomon SD, Inzucchi SE, et al. {DAPA}. N Engl J Med. "
     "2019;381(21):1995-08.", "31535829", set(), set()),
    ("Auer R, Schoeni A, Humair JP, et al. Electronic nicotine-delivery systems for smoking "
     "cessation. N Engl J Med. 2024;390:601-610.", "38354139", set(), set()),
    (f"Lincoff AM, Brown-Frandsen K, Colhoun HM, et al. {SELECT}. N Engl J Med. "
     "2023;389(24):2221-2230.", "37952131", {("pages", "warning")}, set()),
    ("Jastreboff AM, Aronne LJ, Ahmad NN, et al. Tirzepatide once weekly for the treatment of "
     "obesity. N Engl J Med. 2022;387:305-316.", "35658024", {("pages", "error")}, set()),
    ("Li A, Guo F, Pan Q, et al. Mesenchymal stem cell therapy: hope for patients with systemic "
     "lupus erythematosus. Front Immunol. 2021;12:728190.", "34659214", set(), set()),
    # titles: RETRACTED:, trailing period, full-width punctuation, [Internet]
    (f"Bhatta DN, Glantz SA. RETRACTED: {BHATTA}. J Am Heart Assoc. 2019;8(12):e012317.",
     "31165662", set(), {"retracted", "erratum"}),
    (Z.replace(", cardiovascular outcomes, and", "，cardiovascular outcomes，and")
     + "2015;373(22):2117-28.", "26378978", set(), set()),
    ("Tsokos GC. Systemic lupus erythematosus. N Engl J Med [Internet]. 2011 [cited 2024 Mar 3];"
     "365(22):2110-21.", "22129255", set(), set()),
    # short author lists: et al; + group, a group alone, APA 7's "…" + last author
    ("Knowler WC, Barrett-Connor E, Fowler SE, et al; Diabetes Prevention Program Research "
     "Group. " + KNOWLER, "11832527", set(), set()),
    ("Knowler WC, Barrett-Connor E, Fowler SE, Hamman RF, Lachin JM, Walker EA, Nathan DM; "
     "Diabetes Prevention Program Research Group. " + KNOWLER, "11832527", set(), set()),
    (f"DAPA-HF Trial Committees and Investigators. {DAPA}. N Engl J Med. 2019;381(21):1995-2008.",
     "31535829", set(), set()),
    ("Auer, R., Schoeni, A., Humair, J.-P., Jacot-Sadowski, I., Berlin, I., Stuber, M. J., … "
     "Berthet, A. (2024). Electronic nicotine-delivery systems for smoking cessation. New England "
     "Journal of Medicine, 390(7), 601–610.", "38354139", set(), set()),
    ("Hajek, P., Phillips-Waller, A., Przulj, D., Pesola, F., … McRobbie, H. J. (2019). A "
     "randomized trial of e-cigarettes versus nicotine-replacement therapy. New England Journal "
     "of Medicine, 380(7), 629–637.", "30699054", set(), set()),
    # GB/T 7714 with Latin and full-width punctuation
    ("Hajek P, Phillips-Waller A, Przulj D, et al. A randomized trial of e-cigarettes versus "
     "nicotine-replacement therapy[J]. N Engl J Med, 2019, 380(7): 629-637.", "30699054", set(),
     set()),
    ("Pan XR，Li GW，Hu YH，等. Effects of diet and exercise in preventing NIDDM in people with "
     "impaired glucose tolerance. The Da Qing IGT and Diabetes Study[J]. Diabetes Care，1997，"
     "20（4）：537-544.", "9096977", set(), set()),
]

# (printed citation of another paper, the served look-alike it must not be taken for,
#  the PMID it should resolve to instead (None: not served), expected flag)
LOOK_ALIKES: list[tuple[str, str, str | None, str]] = [
    # same authors, shared title fragment, the other paper's PMID printed
    (f"Li G, Zhang P, Wang J, et al. {LI_2014}. Lancet Diabetes Endocrinol. 2014;2(6):474-80. "
     "PMID: 18502303.", "18502303", "24731674", "pmid_mismatch"),
    (f"Li G, Zhang P, Wang J, et al. {LI_2008}. Lancet. 2008;371(9626):1783-9. PMID: 24731674.",
     "24731674", "18502303", "pmid_mismatch"),
    # the glp1-zh case: the PMID of another reference of the same article
    ("Jastreboff AM, Aronne LJ, Ahmad NN, et al. Tirzepatide once weekly for the treatment of "
     "obesity. N Engl J Med. 2022;387:205-216. PMID: 33567185.", "33567185", "35658024",
     "pmid_mismatch"),
    # semaglutide trials: a shared drug and journal, the other trial's DOI
    (f"Lincoff AM, Brown-Frandsen K, Colhoun HM, et al. {SELECT}. N Engl J Med. "
     "2023;389(24):2221-2232. doi:10.1056/NEJMoa2032183", "33567185", "37952131", "doi_mismatch"),
    (f"Wilding JPH, Batterham RL, Calanna S, et al. {STEP1}. N Engl J Med. 2021;384(11):989-1002. "
     "doi:10.1056/NEJMoa2307563", "37952131", "33567185", "doi_mismatch"),
    # e-cigarettes and myocardial infarction: two papers sharing most of a title
    (f"Bhatta DN, Glantz SA. {BHATTA}. J Am Heart Assoc. 2019;8(12):e012317. PMID: 30166079.",
     "30166079", "31165662", "pmid_mismatch"),
    ("Alzahrani T, Pena I, Temesgen N, Glantz SA. Association between electronic cigarette use "
     "and myocardial infarction. Am J Prev Med. 2018;55(4):455-461. PMID: 31165662.", "31165662",
     "30166079", "pmid_mismatch"),
    # the erratum and the retraction notice share the paper's title
    (f"Bhatta DN, Glantz SA. {BHATTA}. J Am Heart Assoc. 2019;8(12):e012317. PMID: 31679432.",
     "31679432", "31165662", "pmid_mismatch"),
    (f"Bhatta DN, Glantz SA. {BHATTA}. J Am Heart Assoc. 2019;8(12):e012317. PMID: 32066313.",
     "32066313", "31165662", "pmid_mismatch"),
    # papers not served, printed with the PMID/DOI of a look-alike
    ("Marso SP, Bain SC, Consoli A, et al. Semaglutide and cardiovascular outcomes in patients "
     "with type 2 diabetes. N Engl J Med. 2016;375(19):1834-1844. PMID: 37952131.", "37952131",
     None, "pmid_mismatch"),
    ("Hajek P, Phillips-Waller A, Przulj D, et al. E-cigarettes compared with nicotine replacement "
     "therapy within the UK Stop Smoking Services: the TEC RCT. Health Technol Assess. "
     "2019;23(43):1-82. doi:10.1056/NEJMoa1808779", "30699054", None, "doi_mismatch"),
    ("McMurray JJV, DeMets DL, Inzucchi SE, et al. A trial to evaluate the effect of the "
     "sodium-glucose co-transporter 2 inhibitor dapagliflozin on morbidity and mortality in "
     "patients with heart failure and reduced left ventricular ejection fraction (DAPA-HF). Eur "
     "J Heart Fail. 2019;21(5):665-675. PMID: 31535829.", "31535829", None, "pmid_mismatch"),
    ("Li G, Zhang P, Wang J, et al. Lifestyle intervention and long-term outcomes in people with "
     "impaired glucose tolerance. Lancet. 2008;371(9626):1701-1702. PMID: 18502303.", "18502303",
     None, "pmid_mismatch"),
    # found by the title search only: a shared fragment, another author and year
    ("Smith A, Jones B. Electronic cigarette use and myocardial infarction. Tob Control. "
     "2015;24(3):200-210.", "30166079", None, ""),
]


def batch(citations: list[str]) -> tuple[Resolution, FakeEutils]:
    fake = FakeEutils(records=[*dev_records(), *seed_records()]).start()
    try:
        refs = [parse_reference(text, str(n + 1)) for n, text in enumerate(citations)]
        client = EntrezClient(base_url=fake.url, rate=0, backoff=0.01, timeout=5.0, cache=None)
        return resolve_references(refs, client), fake
    finally:
        fake.stop()


@pytest.fixture(scope="module")
def near_misses() -> Iterator[tuple[Resolution, FakeEutils]]:
    yield batch([text for text, *_ in NEAR_MISSES])


@pytest.fixture(scope="module")
def look_alikes() -> Iterator[tuple[Resolution, FakeEutils]]:
    yield batch([text for text, *_ in LOOK_ALIKES])


def summary(result: ResolvedReference) -> str:
    return f"{result.status} {result.pmid}: {result.reason}; {result.discrepancies}"


@pytest.mark.parametrize("n", range(len(NEAR_MISSES)))
def test_near_miss_resolves_with_exactly_the_expected_discrepancies(
        near_misses: tuple[Resolution, FakeEutils], n: int) -> None:
    text, pmid, expected, flags = NEAR_MISSES[n]
    result = near_misses[0].references[n]
    assert (result.status, result.pmid) == ("resolved", pmid), summary(result)
    assert {(d.field, d.severity) for d in result.discrepancies} == expected, summary(result)
    assert set(result.flags) == flags
    for discrepancy in result.discrepancies:
        assert discrepancy.cited and discrepancy.record  # both values shown


@pytest.mark.parametrize("n", range(len(LOOK_ALIKES)))
def test_another_paper_is_never_taken_for_its_look_alike(
        look_alikes: tuple[Resolution, FakeEutils], n: int) -> None:
    text, look_alike, instead, flag = LOOK_ALIKES[n]
    result = look_alikes[0].references[n]
    assert not (result.status == "resolved" and result.pmid == look_alike), summary(result)
    if instead is None:
        assert result.status == "not_found", summary(result)
    else:
        assert (result.status, result.pmid) == ("resolved", instead), summary(result)
    if flag:
        assert flag in result.flags
        wrong = [d for d in result.discrepancies if d.field == flag.split("_")[0]]
        assert wrong and wrong[0].severity == "error" and f"PMID {look_alike}" in wrong[0].note


def test_a_bibliography_of_near_misses_takes_at_most_four_requests(
        near_misses: tuple[Resolution, FakeEutils],
        look_alikes: tuple[Resolution, FakeEutils]) -> None:
    for resolution, fake in (near_misses, look_alikes):
        assert resolution.requests == len(fake.requests) <= 4
        assert len(fake.calls("efetch")) == 1 and len(fake.calls("esearch")) == 1


@pytest.mark.parametrize(("cited", "recorded", "relation"), [
    ("Smtih", "Smith", "near"), ("Hajec", "Hajek", "near"), ("Zhang", "Chang", "near"),
    ("Hsu", "Xu", "near"), ("Tsao", "Cao", "near"), ("Hsieh", "Xie", "near"),
    ("Sung", "Song", "near"), ("Barrett-Connor", "Barrett Connor", "same"),
    ("Christensen", "Christiansen", "near"), ("Li", "Lu", "other"), ("Wang", "Yang", "other"),
    ("Smith", "Jones", "other"), ("Lee", "Li", "other"),
])
def test_surname_near_misses(cited: str, recorded: str, relation: str) -> None:
    assert surname_relation(Author(last=cited), Author(last=recorded)) == relation


def test_the_same_title_by_other_authors_elsewhere_is_another_paper() -> None:
    from test_resolve_doubles import MemoryClient, record

    tsokos = record("22129255", "Systemic lupus erythematosus.", ["Tsokos GC"], 2011,
                    journal="The New England journal of medicine", journal_iso="N Engl J Med",
                    volume="365", issue="22", pages="2110-21")
    kaul = record("27306639", "Systemic lupus erythematosus.", ["Kaul A", "Gordon C"], 2016,
                  journal="Nature reviews. Disease primers", journal_iso="Nat Rev Dis Primers",
                  volume="2", pages="16039")
    printed = parse_reference("Kaul A, Gordon C, Longhi MS, et al. Systemic lupus "
                              "erythematosus. Nat Rev Dis Primers. 2016;2:16039. "
                              "PMID: 22129255.", "1")
    out = resolve_references([printed], MemoryClient(records=[tsokos, kaul])).references[0]
    assert (out.status, out.pmid, out.flags) == ("resolved", "27306639", ["pmid_mismatch"])
    # the same title with two slips (year and volume) by the same author in the same journal
    slipped = parse_reference("Tsokos GC. Systemic lupus erythematosus. N Engl J Med. "
                              "2007;356(22):2110-21.", "2")
    out = resolve_references([slipped], MemoryClient(records=[tsokos, kaul])).references[0]
    assert (out.status, out.pmid) == ("resolved", "22129255")
    assert {(d.field, d.severity) for d in out.discrepancies} == {("year", "error"),
                                                                   ("volume", "error")}
