"""The editable claims file (YAML): `dump_claims`, `load_claims`, `apply_claims`.

Format and editor workflow: docs/claims-file.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import ValidationError
from rapidfuzz import fuzz

from claimcheck.article.decode import read_file_bytes
from claimcheck.errors import InputError
from claimcheck.models import (
    SCHEMA_VERSION,
    Article,
    CitationLink,
    Claim,
    ClaimsFile,
    Location,
    Status,
)
from claimcheck.yamlguard import check_yaml_budget

_STATUSES: tuple[str, ...] = get_args(Status)
_SAME_CLAIM = 60.0  # text similarity (0-100) under which an edited claim counts as a new one
_HEADER = """\
# claimcheck claims file: one entry per claim of the article, in reading order.
# Edit freely, then run: claimcheck check ARTICLE --claims THIS_FILE
#   - delete an entry to drop a claim; fix `citations` to fix a link; add `note`;
#   - `expected: {status, reason}` records a reviewer's expectation (used as a test fixture);
#   - `override: {status, note, reviewer}` shows an editor's verdict beside the tool's.
# Format: docs/claims-file.md
"""


class _Dumper(yaml.SafeDumper):
    """Block style for claims, flow style for short lists and small mappings."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(not isinstance(item, (dict, list)) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _represent_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    flow = "id" not in data and all(not isinstance(v, (dict, list)) for v in data.values()) \
        and sum(len(str(v)) for v in data.values()) < 80
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)


def dump_claims(article: Article) -> str:
    """The article's claims as an editable YAML claims file."""
    claims = []
    for claim in article.claims:
        entry = claim.model_dump(mode="json", exclude_none=True)
        for key in ("note", "expected", "override"):
            if key in entry and entry[key] in (None, ""):
                del entry[key]
        claims.append(entry)
    document = {
        "schema_version": SCHEMA_VERSION,
        "article": article.path,
        "article_sha256": article.sha256,
        "claims": claims,
    }
    body = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=4096)
    return _HEADER + body


def load_claims(path: str | Path) -> ClaimsFile:
    """Read a claims file; a malformed one raises `InputError` naming the file and line."""
    where = str(path)
    text = _read(Path(path), where)
    check_yaml_budget(text, where=where, what="claims file")
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"not a valid claims file: {problem}", path=where,
                         line=mark.line + 1 if mark else None,
                         hint="see docs/claims-file.md") from None
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise InputError("not a claims file: expected a mapping with a `claims:` list",
                         path=where, hint="see docs/claims-file.md")
    lines = _claim_lines(root)
    for entry in data["claims"]:
        if isinstance(entry, dict):
            _normalise(entry)
    try:
        claims_file = ClaimsFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        place = error["loc"]
        line = None
        if len(place) >= 2 and place[0] == "claims" and isinstance(place[1], int):
            line = lines[place[1]] if place[1] < len(lines) else None
        field = ".".join(str(p) for p in place)
        raise InputError(f"invalid claims file: {field}: {error['msg']}", path=where, line=line,
                         hint="see docs/claims-file.md") from None
    seen: dict[str, int] = {}
    for index, claim in enumerate(claims_file.claims):
        _check_statuses(claim, where, lines[index] if index < len(lines) else None)
        if claim.id in seen:
            raise InputError(f"duplicate claim id {claim.id!r}", path=where,
                             line=lines[index] if index < len(lines) else None,
                             hint="every claim needs its own id")
        seen[claim.id] = index
    claims_file._source = where
    claims_file._lines = lines
    return claims_file


def _read(file: Path, where: str) -> str:
    data = read_file_bytes(file, where=where, what="the claims file",
                           missing="no such claims file",
                           missing_hint="make one with: claimcheck extract ARTICLE -o claims.yaml",
                           not_file_hint="give the path of a YAML claims file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode byte 0x{data[exc.start]:02x}: a claims file is UTF-8 "
                         "YAML", path=where, line=data[:exc.start].count(b"\n") + 1,
                         hint="see docs/claims-file.md") from None


def _check_statuses(claim: Claim, where: str, line: int | None) -> None:
    """`expected` and `override` must name a status the tool can give (docs/statuses.md)."""
    for key, given in (("expected", claim.expected), ("override", claim.override)):
        if given is not None and given.status not in _STATUSES:
            raise InputError(f"claim {claim.id}: unknown {key} status {given.status!r}",
                             path=where, line=line, hint="choose from " + ", ".join(_STATUSES))


def apply_claims(article: Article, claims_file: ClaimsFile) -> Article:
    """The article with the claims file's claims in place of the extracted ones.

    Text, citations, kind, note, expected and override come from the file; a claim missing from
    the file stays dropped. Links for labels the editor added are recorded with no marker.
    """
    where = claims_file._source or "claims file"
    extracted = {claim.id: claim for claim in article.claims}
    labels = {reference.label for reference in article.references}
    warnings = list(article.warnings)
    if claims_file.article_sha256 and article.sha256 \
            and claims_file.article_sha256 != article.sha256:
        warnings.append(f"{where}: made from another version of the article (sha256 differs); "
                        "check that the claim texts still match")
    article_text = _squeeze(article.text)
    claims = []
    for index, edited in enumerate(claims_file.claims):
        base = _counterpart(extracted.get(edited.id), edited)
        if edited.id not in extracted and _squeeze(edited.text) not in article_text:
            line = claims_file._lines[index] if index < len(claims_file._lines) else None
            place = f"{where}:{line}" if line else where
            warnings.append(f"{place}: claim {edited.id} is not an extracted claim and its text "
                            "is not in the article (is this the claims file of another article?)")
        links = _links(edited, base)
        for label in edited.citations:
            if label not in labels:
                warnings.append(f"{where}: claim {edited.id} cites [{label}], which is not in the "
                                "article's reference list")
        claims.append(edited.model_copy(update={
            "links": links,
            "inherited": any(link.how == "inherited" for link in links),
            "location": _location(edited, base, article),
        }))
    return article.model_copy(update={"claims": claims, "warnings": warnings})


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _counterpart(base: Claim | None, edited: Claim) -> Claim | None:
    """The extracted claim with the same id, unless the editor rewrote it into another one."""
    if base is None or fuzz.ratio(base.text, edited.text) < _SAME_CLAIM:
        return None
    return base


def _links(edited: Claim, base: Claim | None) -> list[CitationLink]:
    given = {link.label: link for link in edited.links}
    known = {link.label: link for link in base.links} if base else {}
    return [given.get(label) or known.get(label) or CitationLink(label=label, how="marker")
            for label in edited.citations]


def _location(edited: Claim, base: Claim | None, article: Article) -> Location | None:
    """The claim's place: the file's when it still fits the text, else the extracted claim's,
    else where its text is found (line from the sentence it falls in)."""
    text = article.text
    given = edited.location
    if given is not None and _squeeze(text[given.start:given.end]) == _squeeze(edited.text):
        return given
    if base is not None and base.location is not None \
            and _squeeze(base.text) == _squeeze(edited.text):
        return base.location
    start = text.find(edited.text) if edited.text else -1
    if start >= 0:
        paragraph, line = 0, None
        for sentence in article.sentences:
            place = sentence.location
            if place.start <= start < place.end:
                paragraph = place.paragraph
                if place.line is not None:
                    line = place.line + text.count("\n", place.start, start)
                break
        return Location(paragraph=paragraph, line=line, start=start,
                        end=start + len(edited.text))
    return given or (base.location if base else None)


def _normalise(entry: dict[str, Any]) -> None:
    """Accept what editors naturally write: numeric labels, `expected: supported`."""
    if isinstance(entry.get("citations"), list):
        entry["citations"] = [str(label) for label in entry["citations"]]
    if isinstance(entry.get("id"), int):
        entry["id"] = str(entry["id"])
    for link in entry.get("links") or []:
        if isinstance(link, dict) and isinstance(link.get("label"), int):
            link["label"] = str(link["label"])
    for key in ("expected", "override"):
        if isinstance(entry.get(key), str):
            entry[key] = {"status": entry[key]}


def _claim_lines(root: yaml.Node | None) -> list[int]:
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "claims" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []
