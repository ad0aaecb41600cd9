"""Lists of items and lists of figures paired by "respectively"/"分别" (session 12).

"The response rates were 12%, 18% and 25% for surgery, radiotherapy and chemotherapy,
respectively", "The rates for surgery, radiotherapy and chemotherapy were 12%, 18% and 25%,
respectively", "手术、放疗和化疗的缓解率分别为12%、18%和25%": the n-th figure is about the
n-th item alone. `respective_lists` reads such a pair of lists of any length (two or more
items; the older two-item readers in `analysis` keep theirs) and gives each figure the words
of its own item, the words of the other items (which are not what it measures) and the stretch
of text the list and its figures span (whose other words they all share).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.models import Quantity

_RESPECTIVELY = re.compile(r"\brespectively\b|分别", re.IGNORECASE)
#: what may stand between two figures of one run: a bracket, a comma, "and"/"or"/"和"/"、"
_RUN_JOINT = re.compile(r"\s*(?:[(（][^()（）]*[)）]\s*)?(?:[,，、;；]\s*)?"
                        r"(?:(?:and|or|vs\.?|versus)\s+|[和与及或]\s*)?", re.I)
#: the separators of an English list of items: "A, B and C", "A, B, or C"
_EN_SEP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.I)
#: words an English item never holds: where an item ends, read from the list outwards
_EN_STOP = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "with", "from", "by", "among",
    "was", "were", "is", "are", "had", "has", "have", "be", "been", "showed", "reached",
    "respectively", "than", "that", "who", "which", "both", "each", "those", "these", "vs",
    "versus", "after", "before", "during", "between", "within", "while", "whereas", "but",
    "and", "or"})
#: the shared head of a list of groups ("the INO, placebo and sham groups")
_EN_HEAD = frozenset({"group", "groups", "arm", "arms", "cohort", "cohorts"})
_EN_WORD = re.compile(r"[A-Za-z][\w+-]*")
#: verbs that end an item read forwards ("the A and B groups lost …", "A and B had …")
_EN_VERBS = frozenset({"lost", "gained", "had", "has", "have", "were", "was", "are", "is",
                       "showed", "reached", "achieved", "experienced", "took", "grew", "fell",
                       "rose", "won", "met"})
#: the separators of a Chinese list: "A、B和C", "A、B及C"
_ZH_SEP = re.compile(r"、|[和与及或](?=[\u4e00-\u9fffA-Za-z0-9])")
#: where a Chinese list's first item begins at the latest: a clause break
_ZH_BREAK = re.compile(r"[，,。；;：:（(）)]")
#: the words between a Chinese list and its figures: "…的缓解率分别为", "分别是", "分别达"
_ZH_LINK = re.compile(r"分别(?:为|是|达到?|有|占|约为|高达)?\s*$")


@dataclass(frozen=True)
class Respective:
    """One figure of a respectively-list: its item's concepts, the other items' concepts and
    the stretch the list and its figures span."""

    own: frozenset[str]
    others: frozenset[str]
    span: tuple[int, int]


def respective_lists(text: str, quantities: list[Quantity], events: list[tuple[int, str, bool]],
                     minor: frozenset[str]) -> dict[int, Respective]:
    """For each figure of a list paired in order with a list of as many items, by
    "respectively" or "分别": its own item's concepts (`events` within the item), the other
    items' concepts and the list's stretch. Figures of `minor` kinds never form a list."""
    out: dict[int, Respective] = {}
    depth = _depths(text)
    # a figure's SD or interval in brackets after it ("20.7% (8.6%) and 1.7% (5.2%)") is no
    # item of the run
    figures = [q for q in quantities if q.kind not in minor and depth[q.start] == 0]
    for mark in _RESPECTIVELY.finditer(text):
        zh = mark.group() == "分别"
        run = _run_after(text, figures, mark.end()) if zh else _run_before(text, figures,
                                                                          mark.start())
        if len(run) < 2:
            continue
        if zh:
            items = _zh_items_before(text, mark.start(), len(run), events)
        else:
            items = _en_items_after(text, run[-1].end, mark.start(), len(run)) or \
                _en_items_before(text, run[0].start, len(run))
        if items is None or len(items) != len(run):
            continue
        concepts = [_concepts_in(events, a, b) for a, b in items]
        if any(not c for c in concepts) or len(set(concepts)) != len(concepts):
            continue
        span = (min(items[0][0], run[0].start), max(run[-1].end, items[-1][1], mark.end()))
        for i, q in enumerate(run):
            others = frozenset().union(*(c for j, c in enumerate(concepts) if j != i))
            out[id(q)] = Respective(concepts[i], others - concepts[i], span)
    return out


def _depths(text: str) -> list[int]:
    """The bracket depth at each character."""
    out, level = [], 0
    for ch in text:
        if ch in ")）]":
            level = max(0, level - 1)
        out.append(level)
        if ch in "(（[":
            level += 1
    return out


def _concepts_in(events: list[tuple[int, str, bool]], start: int, end: int) -> frozenset[str]:
    return frozenset(c for at, c, _ in events if start <= at < end)


def _joined(text: str, a: Quantity, b: Quantity) -> bool:
    m = _RUN_JOINT.match(text, a.end)
    return m is not None and m.end() == b.start


def _run_before(text: str, figures: list[Quantity], at: int) -> list[Quantity]:
    """The run of figures of one kind that ends just before `at` (a few words between, the
    list's items or its unit: "25% for surgery, …, respectively")."""
    before = [q for q in figures if q.end <= at]
    if not before:
        return []
    run = [before[-1]]
    for q in reversed(before[:-1]):
        if q.kind != run[0].kind or not _joined(text, q, run[0]):
            break
        run.insert(0, q)
    return run


def _run_after(text: str, figures: list[Quantity], at: int) -> list[Quantity]:
    """The run of figures of one kind that begins just after `at` ("分别为12%、18%和25%")."""
    after = [q for q in figures if q.start >= at]
    if not after or text[at:after[0].start].strip(" 为是达到有占约高") or \
            len(text[at:after[0].start]) > 4:
        return []
    run = [after[0]]
    for q in after[1:]:
        if q.kind != run[0].kind or not _joined(text, run[-1], q):
            break
        run.append(q)
    return run


def _en_words(text: str, start: int, end: int, backwards: bool) -> tuple[int, int] | None:
    """The span of up to three words of one item read from `start` (backwards: from `end`),
    stopping at a stop word, a figure or any other sign."""
    tokens = list(re.finditer(r"[A-Za-z][\w+-]*|[^\sA-Za-z]", text[start:end]))
    if backwards:
        tokens.reverse()
    kept: list[re.Match[str]] = []
    for tok in tokens:
        word = tok.group().lower()
        if not _EN_WORD.fullmatch(tok.group()) or word in _EN_STOP or len(kept) == 3 or \
                word in _EN_HEAD or word in _EN_VERBS or len(word) > 4 and word.endswith("ed"):
            break
        kept.append(tok)
    if not kept:
        return None
    first, last = (kept[-1], kept[0]) if backwards else (kept[0], kept[-1])
    return start + first.start(), start + last.end()


def _en_list(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The items of "A, B and C" filling text[start:end] (words only, three at most each)."""
    cuts = list(_EN_SEP.finditer(text, start, end))
    bounds = [start, *(x for m in cuts for x in (m.start(), m.end())), end]
    items = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        words = _EN_WORD.findall(text[a:b])
        if not words or len(words) > 3 or re.search(r"[^\w\s+-]", text[a:b]):
            return None
        items.append((a, b))
    return items if len(items) >= 2 and re.search(r"\b(?:and|or)\b", text[start:end]) else None


def _en_items_after(text: str, end: int, mark: int, n: int) -> list[tuple[int, int]] | None:
    """"12%, 18% and 25% for surgery, radiotherapy and chemotherapy(,) respectively"."""
    m = re.match(r"\s*(?:[%a-zA-Z/]+\s+)?(?:for|in|among|with|at|on|by|of)\s+(?:the\s+)?",
                 text[end:mark])
    if m is None:
        return None
    tail = text[end + m.end():mark].rstrip(" ,")
    words = tail.split()
    if words and words[-1].lower() in _EN_HEAD:
        tail = tail[: tail.rfind(words[-1])].rstrip()
    items = _en_list(text, end + m.end(), end + m.end() + len(tail))
    return items if items is not None and len(items) == n else None


#: what joins a list before its figures to them: a head noun, a verb and a few words without
#: a figure or a clause break ("… groups lost a mean (SD) of", "… were", "…: ")
_LEADS_TO = re.compile(r"(?:\s+(?:groups?|arms?|cohorts?))?(?:\s+[^\s\d,;.:]+){1,6}\s*|"
                       r"\s*[:=]\s*", re.I)


def _en_items_before(text: str, start: int, n: int) -> list[tuple[int, int]] | None:
    """"The rates for surgery, radiotherapy and chemotherapy were 12%, 18% and 25%, …": the
    list just before the verb or "of" that leads to the figures."""
    lead = text[max(0, start - 120):start]
    joint = None
    for j in re.finditer(r"\s+(?:and|or)\s+", lead):
        joint = j
    if joint is None:
        return None
    base = max(0, start - 120)
    last = _en_words(text, base + joint.end(), start, backwards=False)
    if last is None or not _LEADS_TO.fullmatch(text, last[1], start):
        return None
    items = [last]
    at = base + joint.start()
    while len(items) < n:
        at = len(text[:at].rstrip(" ,")) if len(items) == 1 else at
        item = _en_words(text, 0, at, backwards=True)
        if item is None or item[1] != at:
            return None
        items.insert(0, item)
        if len(items) == n:
            break
        comma = re.search(r",\s*$", text[:item[0]])
        if comma is None:
            return None
        at = comma.start()
    # the list begins after a word that is no item (the list is not longer than n)
    if re.search(r",\s*$", text[:items[0][0]]) and _en_words(
            text, 0, len(text[:items[0][0]].rstrip(" ,")), backwards=True) is not None:
        return None
    return items


def _zh_items_before(text: str, mark: int, n: int, events: list[tuple[int, str, bool]]
                     ) -> list[tuple[int, int]] | None:
    """"手术、放疗和化疗的缓解率分别为": the items between the clause's start and "分别",
    separated by "、" and a last "和/与/及"; the first and last items take as many of their
    concepts (next to the separators) as the longest middle item holds (one where there is
    none), the rest being the measure they share."""
    start = max((m.end() for m in _ZH_BREAK.finditer(text, 0, mark)), default=0)
    cuts = list(_ZH_SEP.finditer(text, start, mark))
    if len(cuts) != n - 1:
        return None
    bounds = [start, *(x for m in cuts for x in (m.start(), m.end())), mark]
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    inner = [[at for at, _, _ in events if a <= at < b] for a, b in spans]
    k = max((len(set(p)) for p in inner[1:-1]), default=1) or 1
    first = sorted(set(inner[0]))[-k:]
    last = sorted(set(inner[-1]))[:k]
    if not first or not last:
        return None
    spans[0] = (first[0], spans[0][1])
    after_last = next((at for at in sorted(set(inner[-1])) if at > last[-1]), spans[-1][1])
    spans[-1] = (spans[-1][0], after_last)
    return spans


#: an English adjustment list's start: "adjusted for", "after adjustment for", "controlling
#: for", "accounting for", "corrected for"
_EN_ADJUST = re.compile(r"\b(?:adjust(?:ed|ing|ment|ments)?|controll?(?:ed|ing)|"
                        r"account(?:ed|ing)|correct(?:ed|ing))\s+for\s+", re.I)
#: where an English adjustment list ends: a bracket, a clause break, a figure, or a verb
_EN_ADJUST_END = re.compile(r"[;.()\[\]（）]|(?<![A-Za-z0-9-])\d|\b(?:was|were|is|are|had|has|have|remained|"
                            r"showed|fell|rose|increased|decreased|reduced|lowered|improved|"
                            r"did|persisted|we|there|but|whereas|while)\b", re.I)
#: a Chinese adjustment list: "校正年龄、性别和吸烟后", "经年龄和性别校正后", "调整…等因素后"
_ZH_ADJUST = re.compile(r"(?:校正|调整|矫正|控制)了?(?P<a>[^，,。；;（）()\d]{1,40}?)"
                        r"(?:等(?:因素|混杂因素|变量|协变量)?)?(?:的影响)?(?:后|之后|以后)|"
                        r"经(?P<b>[^，,。；;（）()\d]{1,40}?)(?:校正|调整|矫正)(?:后|之后|的)")


def _list_end(text: str, start: int, stop: int) -> int:
    """Where a list of covariates from `start` ends: after the item its "and"/"or" opens
    ("age, sex, and smoking, women with …": after smoking), or its last ", and" / ", or"
    ("…, and levels of A, B, and C": after C; session 14), or at the first comma where it
    has none."""
    joints = list(re.finditer(r"(?:,\s*|\s+)(?:and|or)\s+", text[start:stop]))
    # a later ", and" carries the list on ("…, and levels of A, B, and C")
    last = next((j for j in reversed(joints[1:]) if j.group().startswith(",")),
                joints[0] if joints else None)
    after = last.end() + start if last else start
    comma = text.find(",", after, stop)
    return comma if comma >= 0 else stop


def adjusted_for(text: str, events: list[tuple[int, str, bool]]) -> frozenset[str]:
    """The concepts a sentence names only in a list of what its figures were adjusted for
    ("after adjustment for age, body mass index and smoking", "校正年龄、吸烟和饮酒后"):
    covariates, not what any figure measures. A concept named elsewhere in the
    sentence too is kept (session 12)."""
    spans: list[tuple[int, int]] = []
    for m in _EN_ADJUST.finditer(text):
        end = _EN_ADJUST_END.search(text, m.end())
        spans.append((m.end(), _list_end(text, m.end(), end.start() if end else len(text))))
    spans += [m.span("a") if m.group("a") else m.span("b") for m in _ZH_ADJUST.finditer(text)]
    if not spans:
        return frozenset()
    inside = {c for at, c, _ in events if any(a <= at < b for a, b in spans)}
    outside = {c for at, c, _ in events if not any(a <= at < b for a, b in spans)}
    return frozenset(inside - outside)
