"""The shared pydantic models: the one currency of the pipeline.

article → claims → references resolved → evidence judged → report.
Every stage takes and returns these models; nothing else crosses a stage boundary.
Add fields freely; never rename or remove one (other tools read the JSON).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1.0"

# --------------------------------------------------------------------------- article

ClaimKind = Literal["claim", "figure_credit"]
LinkHow = Literal["marker", "inherited", "title_mention"]
ReferenceStyle = Literal["apa", "vancouver", "gbt7714", "unknown"]


class Model(BaseModel):
    """Base for every model: forbids typos in field names on input."""

    model_config = ConfigDict(extra="forbid")


class Author(Model):
    """One author as cited or as recorded in PubMed."""

    last: str | None = None
    fore: str | None = None
    initials: str | None = None
    collective: str | None = None  # a group author ("中华医学会风湿病学分会", "SLE Study Group")

    def display(self) -> str:
        if self.collective:
            return self.collective
        return " ".join(p for p in (self.last, self.initials or self.fore) if p)


class Location(Model):
    """Where a piece of text sits in the article's decoded text."""

    paragraph: int  # 0-based paragraph index (a .docx's paragraph number is paragraph + 1)
    line: int | None = None  # 1-based line in the input text file; None for a .docx (no lines)
    start: int  # character offset (inclusive) into Article.text
    end: int  # character offset (exclusive)


class Sentence(Model):
    text: str
    location: Location


class CitationLink(Model):
    """Why a claim is linked to a reference."""

    label: str
    how: LinkHow = "marker"
    marker: str | None = None  # the marker text as printed ("[1]", "¹²", "《…专家共识》")
    # For inherited links, where the citation came from: a marker closing the paragraph later,
    # an earlier sentence introducing the study, or an earlier sentence naming the document.
    via: Literal["later_marker", "study_continuation", "title_mention"] | None = None


class Reference(Model):
    """One entry of the article's reference list: the raw text and its parsed fields."""

    label: str
    raw: str
    line: int | None = None
    style: ReferenceStyle = "unknown"
    authors: list[Author] = Field(default_factory=list)
    year: int | None = None
    title: str | None = None
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    url: str | None = None
    urls: list[str] = Field(default_factory=list)
    database: str | None = None  # a Chinese-only database the entry points to: "cnki", "wanfang", ...
    publication_type: str | None = None  # GB/T 7714 type code ("J", "M", ...) when printed


class ExpectedStatus(Model):
    """A reviewer's hand-written expectation for a claim (claims files used as test fixtures)."""

    status: str
    reason: str = ""
    flags: list[str] = Field(default_factory=list)  # flag codes the reviewer expects (misattributed, …)


class EditorOverride(Model):
    """An editor's own verdict from the claims file; shown beside the tool's, never replacing it."""

    status: str
    note: str = ""
    reviewer: str | None = None


class Claim(Model):
    """A sentence that states a fact (or a figure-credit line), with the references it cites."""

    id: str
    text: str
    citations: list[str] = Field(default_factory=list)  # reference labels, in order
    kind: ClaimKind = "claim"
    inherited: bool = False  # True when any citation reaches it by scope, not by its own marker
    links: list[CitationLink] = Field(default_factory=list)
    location: Location | None = None
    note: str | None = None
    expected: ExpectedStatus | None = None
    override: EditorOverride | None = None


class Article(Model):
    """A parsed article: its text, claims and reference list."""

    path: str | None = None  # the file or the URL given
    url: str | None = None  # a fetched web page: the address it was finally read from
    format: Literal["txt", "md", "html", "docx"] = "txt"
    encoding: str = "utf-8"
    sha256: str | None = None  # of the input bytes (a web page: of the HTML fetched)
    title: str | None = None
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ClaimsFile(Model):
    """The editable claims file (YAML, docs/claims-file.md): the reviewed claims of one article.

    Its claims replace the extracted ones (`claimcheck.article.apply_claims`); a claim removed
    from the file stays removed.
    """

    schema_version: str = SCHEMA_VERSION
    article: str | None = None  # the article path the file was made from
    article_sha256: str | None = None  # of the article's bytes when the file was made
    claims: list[Claim] = Field(default_factory=list)
    _source: str | None = PrivateAttr(default=None)  # the file it was loaded from (for messages)
    _lines: list[int] = PrivateAttr(default_factory=list)  # line of each claim in that file


# --------------------------------------------------------------------------- sources

CorrectionType = Literal[
    "retraction_in",
    "retraction_of",
    "erratum_in",
    "erratum_for",
    "expression_of_concern_in",
    "expression_of_concern_for",
    "corrected_and_republished_in",
    "corrected_and_republished_from",
]


class Correction(Model):
    """A comments/corrections link from PubMed (RetractionIn, ErratumIn, …)."""

    type: CorrectionType
    pmid: str | None = None
    source: str | None = None  # the RefSource text, e.g. "Lupus. 2019;28(3):e1"


class AbstractSection(Model):
    label: str | None = None
    category: str | None = None  # NlmCategory: BACKGROUND, METHODS, RESULTS, CONCLUSIONS, …
    text: str


class SourceRecord(Model):
    """A PubMed record, parsed from EFetch XML."""

    pmid: str
    pmcid: str | None = None
    doi: str | None = None
    title: str = ""
    authors: list[Author] = Field(default_factory=list)
    journal: str | None = None
    journal_iso: str | None = None
    year: int | None = None
    month: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    elocation: str | None = None
    abstract: list[AbstractSection] = Field(default_factory=list)
    publication_types: list[str] = Field(default_factory=list)
    mesh_terms: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    language: list[str] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)

    @property
    def retracted(self) -> bool:
        return "Retracted Publication" in self.publication_types or any(
            c.type == "retraction_in" for c in self.corrections
        )

    @property
    def abstract_text(self) -> str:
        return "\n\n".join(
            f"{s.label}: {s.text}" if s.label else s.text for s in self.abstract
        )


PassageKind = Literal["paragraph", "table_cell", "caption", "abstract", "title"]


class Passage(Model):
    section: str | None = None
    kind: PassageKind = "paragraph"
    text: str


class FullText(Model):
    """Full text of a PMC open-access article (efetch db=pmc)."""

    pmcid: str
    pmid: str | None = None
    passages: list[Passage] = Field(default_factory=list)
    has_body: bool = False


# --------------------------------------------------------------------------- resolution

ResolutionStatus = Literal["resolved", "not_indexed", "not_found", "ambiguous", "error"]
Severity = Literal["error", "warning", "info"]
Method = Literal["pmid", "pmcid", "doi", "ecitmatch", "title", "none"]


class Discrepancy(Model):
    """A difference between the citation as printed and the record."""

    field: str  # first_author, authors, year, title, journal, volume, issue, pages, doi, pmid
    cited: str | None = None
    record: str | None = None
    severity: Severity = "warning"
    note: str = ""


class Attempt(Model):
    """One strategy tried for a reference, with its outcome."""

    method: Method
    query: str = ""
    outcome: str  # "hit", "miss", "mismatch", "skipped", "error", ...
    detail: str = ""


class Candidate(Model):
    """A record that looked like the reference but failed confirmation."""

    pmid: str
    title: str = ""
    first_author: str | None = None
    year: int | None = None
    score: float = 0.0
    why_rejected: str = ""


class ResolvedReference(Model):
    """A reference after resolution through Entrez."""

    label: str
    status: ResolutionStatus
    pmid: str | None = None
    pmcid: str | None = None
    doi: str | None = None
    method: Method = "none"
    confidence: float = 0.0
    reason: str = ""
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    not_checkable: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)  # e.g. "pmid_mismatch"
    retracted: bool = False
    corrections: list[Correction] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    attempts: list[Attempt] = Field(default_factory=list)
    record: SourceRecord | None = None


class Resolution(Model):
    references: list[ResolvedReference] = Field(default_factory=list)
    requests: int = 0  # HTTP requests actually sent
    mode: Literal["live", "cache", "cassette", "offline"] = "live"


# --------------------------------------------------------------------------- verdicts

Status = Literal[
    "supported",
    "partially_supported",
    "contradicted",
    "not_found",
    "unverifiable",
    "uncited",
    "retracted_source",
    "figure_credit",
]

# Highest first; see ../shared/ARCHITECTURE.md and docs/statuses.md.
STATUS_PRECEDENCE: tuple[Status, ...] = (
    "figure_credit",
    "uncited",
    "unverifiable",
    "retracted_source",
    "contradicted",
    "partially_supported",
    "supported",
    "not_found",
)


class Quantity(Model):
    """A number found in text, normalised."""

    text: str  # as printed
    kind: str  # percent, count, mean_sd, range, rate, ratio, dose, date, duration, number, ...
    value: float | None = None
    low: float | None = None
    high: float | None = None
    sd: float | None = None
    unit: str | None = None
    qualifier: str | None = None  # about, more_than, less_than, up_to, at_least, nearly
    context: list[str] = Field(default_factory=list)  # meaning words around it (normalised, English)
    denominator: float | None = None  # n/N and "n of N": N (value holds n)
    decimals: int = 0  # digits printed after the decimal point (the precision to compare at)
    start: int = 0
    end: int = 0


class Evidence(Model):
    """A verbatim source sentence that bears on a claim."""

    label: str  # the reference label it came from
    pmid: str | None = None
    pmcid: str | None = None
    section: str | None = None  # "Title", "RESULTS", a full-text section, ...
    source: Literal["title", "abstract", "full_text"] = "abstract"
    text: str
    matched: list[str] = Field(default_factory=list)  # claim quantities/terms found with the same meaning
    mismatched: list[str] = Field(default_factory=list)  # same measure, another value ("44.1% vs 41.2%")
    role: Literal["supports", "contradicts", "related", "misattributed", "retracted"] = "related"
    score: float = 0.0


class Flag(Model):
    code: str  # misattributed, citation_error, pmid_mismatch, erratum, expression_of_concern, inherited_citation, retracted_cited, secondary_citation, overstated_causal, overstated_certainty, animal_to_human, ...
    label: str | None = None  # reference label it concerns
    detail: str = ""
    # Overstatement flags (docs/strength.md): the claim's wording against the source's sentence.
    claim_quote: str | None = None  # the claim's words that carry the strength ("导致", "proven")
    claim_strength: int | None = None  # 0 none, 1 correlational, 2 conditional causal, 3 direct causal
    source_quote: str | None = None  # the source sentence compared (normally its conclusion)
    source_strength: int | None = None
    source_section: str | None = None  # where that sentence is ("CONCLUSIONS", "RESULTS", …)
    source_design: str | None = None  # the source's study design ("observational (MeSH: …)")


class Verdict(Model):
    claim_id: str
    status: Status
    flags: list[Flag] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    rationale: str = ""
    confidence: float = 0.0


class ClaimResult(Model):
    """A claim with the tool's verdict (and the editor's override beside it)."""

    id: str
    text: str
    citations: list[str] = Field(default_factory=list)
    kind: ClaimKind = "claim"
    inherited: bool = False
    links: list[CitationLink] = Field(default_factory=list)
    location: Location | None = None
    status: Status
    flags: list[Flag] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    rationale: str = ""
    confidence: float = 0.0
    override: EditorOverride | None = None
    note: str | None = None


class Inputs(Model):
    article: str | None = None
    article_url: str | None = None  # a fetched web page: the address after redirects
    article_sha256: str | None = None
    claims_file: str | None = None
    claims_sha256: str | None = None
    cassette: str | None = None


class Report(Model):
    """The result of `claimcheck.check`: references, claims with verdicts, summary."""

    schema_version: str = SCHEMA_VERSION
    tool: str = "claimcheck"
    tool_version: str = ""
    generated_at: str = ""
    inputs: Inputs = Field(default_factory=Inputs)
    mode: Literal["live", "cache", "cassette", "offline"] = "live"
    requests: int = 0
    article_title: str | None = None
    article_text: str = ""
    references: list[ResolvedReference] = Field(default_factory=list)
    cited: list[Reference] = Field(default_factory=list)  # the reference list as printed/parsed
    claims: list[ClaimResult] = Field(default_factory=list)
    summary: dict[str, int] = Field(default_factory=dict)  # counts by status
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, indent: int = 2) -> str:
        """The report as JSON (see docs/report.schema.json)."""
        return self.model_dump_json(indent=indent)

    def to_markdown(self) -> str:
        """The report as Markdown, for tickets and diffs."""
        from claimcheck.report import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """The report as one self-contained HTML page for editorial review."""
        from claimcheck.report import render_html

        return render_html(self)
