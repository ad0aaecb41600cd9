"""Citation markers in running text: [1], [1,3], [1-3], [1]-[3], ［1］, 【1】, ¹², <sup>1,2</sup>,
Markdown footnotes [^1] and Markdown links around a marker: [[1]](#ref1), [1](#ref1)."""

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


@dataclass(frozen=True)
class Marker:
    """One citation marker as printed, with the labels it stands for."""

    start: int
    end: int
    text: str
    labels: tuple[str, ...]


def find_markers(text: str, known_labels: Collection[str] = ()) -> list[Marker]:
    """Every citation marker in `text`, in order of appearance.

    `known_labels` (the reference list's labels) settles superscripts such as "¹²": label 12
    when the list has a 12th entry, otherwise labels 1 and 2.
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
    return sorted(found, key=lambda m: m.start)


def strip_markers(text: str) -> str:
    """The text with its citation markers removed (for matching and heuristics)."""
    pieces: list[str] = []
    last = 0
    for marker in find_markers(text):
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
