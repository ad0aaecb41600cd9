"""Citation markers in running text: [1], [1,3], [1-3], [1]-[3], ［1］, 【1】, ¹², <sup>1,2</sup>,
Markdown footnotes [^1], Markdown links around a marker: [[1]](#ref1), [1](#ref1), 文献3 /
参考文献3 without brackets, and — in an article cited that way — (1), （1）, (1,2), (1–3)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_NUMBER_LIST = r"\d{1,3}(?:\s*[-–—~～]\s*\d{1,3})?(?:\s*[,，、;；]\s*\d{1,3}(?:\s*[-–—~～]\s*\d{1,3})?)*"
_OPEN = r"[\[［【]"
_CLOSE = r"[\]］】]"
_BRACKET = re.compile(
    rf"{_OPEN}\s*(?P<list>{_NUMBER_LIST})\s*{_CLOSE}"
    rf"(?:\s*[-–—~～]\s*{_OPEN}\s*(?P<to>\d{{1,3}})\s*{_CLOSE})?"
)
_SUP_TAG = re.compile(rf"<sup>\s*\[?\s*(?P<list>{_NUMBER_LIST})\s*\]?\s*</sup>", re.IGNORECASE)
# A Markdown footnote reference; "[^1]:" at a line start is the footnote's definition instead.
_FOOTNOTE = re.compile(r"\[\^(?P<label>[\w-]{1,40})\](?!:)")
# A Markdown link whose text is a marker: [[1]](#ref1), [1](#ref1), [1,2](url), also in <sup>.
_LINKED = re.compile(
    rf"(?P<sup><sup>\s*)?\[\s*(?:{_OPEN}\s*(?P<inner>{_NUMBER_LIST})\s*{_CLOSE}"
    rf"|\^?(?P<bare>{_NUMBER_LIST}))\s*\]\([^()\s]{{0,300}}\)(?(sup)\s*</sup>)",
    re.IGNORECASE,
)
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:\s*[˒,⁻‐\-–‧·][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")
_SUP_TRANSLATE = str.maketrans(_SUPERSCRIPT_DIGITS + "˒⁻‐‧·", "0123456789,---,")
# A superscript right after a number or a short unit ("10⁹", "1.73 m²", "cm³") is an exponent.
_EXPONENT_BEFORE = re.compile(r"(?:\d|\b\d[\d.,]*\s*[A-Za-zµμ]{1,3}|\^)$")
_MAX_RANGE = 50
# "文献3", "参考文献1-3", "见文献2、4" — but not "文献30余篇" (a count of papers).
_WENXIAN = re.compile(rf"(?:参考)?文献\s*(?P<list>{_NUMBER_LIST})(?!\d)(?!\s*[篇余多条项份种])")
# "(1)", "（1）", "(1,2)", "(1–3)": citations only where the article cites that way.
_PAREN = re.compile(rf"[(（]\s*(?P<list>{_NUMBER_LIST})\s*[)）]")
# Before a parenthesised number: a list item (line start, ":", ";", ",", "、"), a number
# ("12 (3)"), or a word that numbers something else (a figure, a step, an equation).
_NOT_CITATION_BEFORE = re.compile(
    r"(?:^|\n|[:：;；,，、]|\d|\b(?:figs?\.?|figures?|tables?|eqs?\.?|equations?|steps?|"
    r"phases?|groups?|arms?|models?|items?|questions?|no\.?)|图|表|式|第|步骤|阶段|组|条)\s*$",
    re.IGNORECASE)
_LIST_OPENER = re.compile(r"(?:\b(?:are|were|is|was|include[sd]?|including|namely|to|both|either|"
                          r"and|or|then)|包括|即|为|是|有|和|或)\s*$", re.IGNORECASE)
# After it: a unit or count word ("(1) mg", "（2）例").
_UNIT_AFTER = re.compile(r"^\s*(?:%|‰|°|[µμ]?(?:mg|g|kg|ml|l|mmol|mol|cm|mm|m)\b|例|人|名|次|岁|"
                         r"年|个|天|周|月|倍)", re.IGNORECASE)


@dataclass(frozen=True)
class Marker:
    """One citation marker as printed, with the labels it stands for."""

    start: int
    end: int
    text: str
    labels: tuple[str, ...]


def find_markers(text: str, known_labels: Collection[str] = (), *,
                 parenthesised: bool = False) -> list[Marker]:
    """Every citation marker in `text`, in order of appearance.

    `known_labels` (the reference list's labels) settles superscripts such as "¹²": label 12
    when the list has a 12th entry, otherwise labels 1 and 2. `parenthesised` (see
    `cites_in_parentheses`) also reads "(1)", "（1,2）" as markers when every number is a
    known label and the number is not a list item, a count, a figure or step number.
    """
    found: list[Marker] = []
    taken: list[tuple[int, int]] = []
    for match in _LINKED.finditer(text):
        labels = _expand(match.group("inner") or match.group("bare"))
        if labels:
            found.append(_marker(match, labels))
            taken.append(match.span())
    for match in _FOOTNOTE.finditer(text):
        label = match.group("label")
        found.append(_marker(match, [str(int(label)) if label.isdigit() else label]))
        taken.append(match.span())
    for match in _SUP_TAG.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        found.append(_marker(match, _expand(match.group("list"))))
        taken.append(match.span())
    for match in _BRACKET.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        labels = _expand(match.group("list"))
        if match.group("to"):
            labels = _expand(f"{labels[-1]}-{match.group('to')}") if labels else labels
            labels = _unique([*_expand(match.group("list")), *labels])
        if labels:
            found.append(_marker(match, labels))
    for match in _SUP.finditer(text):
        if _overlaps(match.span(), taken) or _EXPONENT_BEFORE.search(text[: match.start()]):
            continue
        found.append(_marker(match, _superscript_labels(match.group(), known_labels)))
    for match in _WENXIAN.finditer(text):
        labels = _expand(match.group("list"))
        if labels and (not known_labels or set(labels) <= set(known_labels)) and not _overlaps(
                match.span(), [(m.start, m.end) for m in found]):
            found.append(_marker(match, labels))
    if parenthesised:
        found += _parenthesised(text, known_labels, [(m.start, m.end) for m in found])
    return sorted(found, key=lambda m: m.start)


def cites_in_parentheses(body: str, labels: Collection[str]) -> bool:
    """Does the article cite as "(1)"? Its reference list is numbered, its body has no other
    kind of marker (but 文献3), and some parenthesised number in it passes as a citation."""
    if not labels or not all(label.isdigit() for label in labels):
        return False
    if any("文献" not in m.text for m in find_markers(body, labels)):
        return False
    return bool(_parenthesised(body, labels, []))


def _parenthesised(text: str, known_labels: Collection[str] | None,
                   taken: list[tuple[int, int]]) -> list[Marker]:
    """Parenthesised numbers that read as citations (any number when `known_labels` is None)."""
    found: list[Marker] = []
    for match in _PAREN.finditer(text):
        labels = _expand(match.group("list"))
        known = known_labels is None or set(labels) <= set(known_labels)
        if (not labels or not known or _overlaps(match.span(), taken)
                or _NOT_CITATION_BEFORE.search(text[max(0, match.start() - 30): match.start()])
                or _UNIT_AFTER.match(text[match.end():])
                or _enumerates(match, text)):
            continue
        found.append(_marker(match, labels))
    return found


def _enumerates(match: re.Match[str], text: str) -> bool:
    """"aims were (1) to reduce … and (2) to test": a number right after a word that opens a
    list, followed by words, is a list item."""
    followed_by_words = re.match(r"\s*[A-Za-z\u4e00-\u9fff]", text[match.end():]) is not None
    return followed_by_words and bool(_LIST_OPENER.search(text[max(0, match.start() - 20):
                                                              match.start()]))


def strip_markers(text: str) -> str:
    """The text with its citation markers removed (for matching and heuristics); in a text
    with no other marker, a "(1)" that reads as a citation goes too (it is no quantity)."""
    markers = find_markers(text)
    if not markers:
        markers = _parenthesised(text, None, [])
    pieces: list[str] = []
    last = 0
    for marker in sorted(markers, key=lambda m: m.start):
        pieces.append(text[last:marker.start])
        last = marker.end
    pieces.append(text[last:])
    return "".join(pieces)


def _marker(match: re.Match[str], labels: list[str]) -> Marker:
    return Marker(match.start(), match.end(), match.group(), tuple(labels))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _expand(number_list: str) -> list[str]:
    labels: list[str] = []
    for part in re.split(r"\s*[,，、;；]\s*", number_list.strip()):
        bounds = re.split(r"\s*[-–—~～]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            if low < high <= low + _MAX_RANGE:
                labels.extend(str(n) for n in range(low, high + 1))
                continue
            labels.extend(str(int(b)) for b in bounds)
        elif part.isdigit():
            labels.append(str(int(part)))
    return _unique([label for label in labels if label != "0"])


def _superscript_labels(printed: str, known_labels: Collection[str]) -> list[str]:
    plain = re.sub(r"\s+", "", printed.translate(_SUP_TRANSLATE))
    if re.fullmatch(r"\d+", plain) and len(plain) > 1:
        whole = str(int(plain))
        if whole in known_labels or not known_labels:
            return [whole]
        return _unique([d for d in plain if d != "0"])
    return _expand(plain)


def _unique(labels: list[str]) -> list[str]:
    return list(dict.fromkeys(labels))
