"""Citation scope: which references each sentence of a paragraph is linked to, and how.

Order of the rules (docs/citation-scope.md):
1. a sentence's own markers (how="marker"); a mid-sentence marker covers its whole sentence;
2. a sentence naming a reference's title (《…》, “…”) or, after such a mention, a phrase like
   该专家共识 / "the consensus" (how="title_mention");
3. a sentence-final marker covers the uncited statements before it, back to the paragraph start
   or the previous cited sentence (the paragraph-closing marker is the usual case);
4. a sentence that continues the study just cited ("这些患者…", "The trial…") inherits it;
5. after a title mention, the rest of the paragraph inherits that reference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimcheck.article import heuristics
from claimcheck.article.markers import Marker
from claimcheck.models import CitationLink

_QUOTED = re.compile(r"《([^《》]{2,200})》|“([^“”]{4,300})”|\"([^\"]{4,300})\"|\*([^*]{8,300})\*")
_TAIL = re.compile(r"^[\s\]］】。．.,，;；:：!！?？”’\"')）⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻\-–]*$")
_HEADS_ZH = ("专家共识", "共识", "指南", "声明", "综述", "白皮书", "建议")
_HEADS_EN = ("consensus", "guidelines", "guideline", "statement", "recommendations",
             "position paper", "white paper")
_TITLE_MATCH = 90.0


@dataclass
class Unit:
    """A sentence of a body paragraph with its markers and the links found for it."""

    text: str
    start: int
    end: int
    markers: list[Marker]
    figure_credit: bool = False
    links: list[CitationLink] = field(default_factory=list)

    def has_links(self) -> bool:
        return bool(self.links)


@dataclass
class Mentions:
    """References named by title so far in the article, with the phrases that point back."""

    anaphors: dict[str, list[str]] = field(default_factory=dict)  # label → phrases


def link_paragraph(units: list[Unit], titles: Mapping[str, str], mentions: Mentions) -> None:
    """Fill `unit.links` for every sentence of one paragraph (see the module docstring)."""
    for unit in units:
        unit.links = [CitationLink(label=label, how="marker", marker=m.text)
                      for m in unit.markers for label in m.labels]
        if not unit.figure_credit:
            _add_mentions(unit, titles, mentions)
    _cover_backwards(units)
    _continue_forwards(units)
    _inherit_mentions(units)
    for unit in units:
        unit.links = _dedupe(unit.links)


def _add_mentions(unit: Unit, titles: Mapping[str, str], mentions: Mentions) -> None:
    cited = {link.label for link in unit.links}
    for label, printed in find_title_mentions(unit.text, titles):
        if label not in cited:
            unit.links.append(CitationLink(label=label, how="title_mention", marker=printed))
            cited.add(label)
        mentions.anaphors.setdefault(label, anaphors_for(titles[label]))
    for label, phrases in mentions.anaphors.items():
        found = next((p for p in phrases if p.lower() in unit.text.lower()), None)
        if found and label not in cited:
            unit.links.append(CitationLink(label=label, how="title_mention", marker=found))
            cited.add(label)


def find_title_mentions(text: str, titles: Mapping[str, str]) -> list[tuple[str, str]]:
    """(label, printed mention) for each reference whose title the text names."""
    found: list[tuple[str, str]] = []
    for match in _QUOTED.finditer(text):
        quoted = _normal(next(g for g in match.groups() if g))
        for label, title in titles.items():
            if quoted and fuzz.ratio(quoted, _normal(title)) >= _TITLE_MATCH:
                found.append((label, match.group()))
    flat = _normal(text)
    for label, title in titles.items():
        normal = _normal(title)
        if len(normal) >= 20 and normal in flat and all(label != f[0] for f in found):
            found.append((label, title))
    return found


def anaphors_for(title: str) -> list[str]:
    """Phrases that refer back to a named document: 该专家共识, this consensus, …"""
    stripped = title.strip().rstrip("。.")
    for head in _HEADS_ZH:
        if stripped.endswith(head):
            return [f"{d}{head}" for d in ("该", "此", "这一", "本", "这项", "这部")]
    lower = stripped.lower()
    for head in _HEADS_EN:
        if re.search(rf"\b{head}\b", lower):
            return [f"{d} {head}" for d in ("the", "this", "these")]
    return []


def _cover_backwards(units: list[Unit]) -> None:
    for i, unit in enumerate(units):
        closing = [m for m in unit.markers if _TAIL.match(unit.text[m.end - unit.start:])]
        if not closing or unit.figure_credit:
            continue
        for earlier in reversed(units[:i]):
            if earlier.has_links() or earlier.figure_credit:
                break
            if not heuristics.is_statement(earlier.text):
                break
            earlier.links = [CitationLink(label=label, how="inherited", marker=m.text,
                                          via="later_marker")
                             for m in closing for label in m.labels]


def _continue_forwards(units: list[Unit]) -> None:
    for previous, unit in zip(units, units[1:], strict=False):
        if unit.has_links() or unit.figure_credit or not previous.has_links():
            continue
        if previous.figure_credit or not heuristics.is_statement(unit.text):
            continue
        if heuristics.continues_previous(unit.text):
            unit.links = [CitationLink(label=link.label, how="inherited", marker=link.marker,
                                       via="study_continuation")
                          for link in previous.links]


def _inherit_mentions(units: list[Unit]) -> None:
    active: list[CitationLink] = []
    for unit in units:
        if any(link.how == "marker" for link in unit.links):
            active = []
        mentioned = [link for link in unit.links if link.how == "title_mention"]
        if mentioned:
            active = mentioned
        elif active and not unit.has_links() and not unit.figure_credit \
                and heuristics.is_statement(unit.text):
            unit.links = [CitationLink(label=link.label, how="inherited", marker=link.marker,
                                       via="title_mention")
                          for link in active]


def _dedupe(links: list[CitationLink]) -> list[CitationLink]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.label not in seen:
            seen.add(link.label)
            out.append(link)
    return out


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())
