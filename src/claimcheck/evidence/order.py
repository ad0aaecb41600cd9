"""Order in time and rank order, which figures and shared words cannot see (session 12).

A claim that puts two things in an order ("1a spread before 1b", "X早于Y", "slowed once
screening was introduced") or moves a rank ("climbed from 27th to 20th", 排名从第27位升至第20位)
is read against the source's own order words: the same order with its two things the other
way round is `contradicted`, and only where each of the claim's two things reads clearly as one
of the source's. A rank move the source never states cannot be `supported`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.evidence.analysis import Unit, analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.numbers import ZH_NUMERAL, zh_numeral
from claimcheck.evidence.terms import Terms

#: a part must carry this share of the other side's distinctive words to be read as it
PART_FIT = 0.5


@dataclass(frozen=True)
class Order:
    """Two things in time order, as printed: what came first and what came after."""

    earlier: str
    later: str
    cue: str


@dataclass(frozen=True)
class Rank:
    """A move in a ranking: from place `first` to place `last` (1 is the top)."""

    first: int
    last: int
    ranked: str  # the words before the move in its clause: what is ranked
    cue: str


@dataclass(frozen=True)
class OrderClash:
    """A source sentence stating the claim's order or rank move the other way."""

    unit: Unit
    reason: str


# ---------------------------------------------------------------- order in time

#: X <cue> Y with X first ("X before Y", "X preceded Y", "X, followed by Y")
_FIRST_EN = (r"before|prior to|preceding|preceded(?! by)|precedes?|earlier than|sooner than|"
             r"(?<=, )followed by")
#: X <cue> Y with Y first ("X after Y", "X followed Y", "X later than Y", "X once Y was …")
#: ("followed" and "follow" alone are left out: "the trial followed 2,056 people", "follow-up")
_SECOND_EN = (r"after|(?<!the )following(?!-)|later than|preceded by|"
              r"once(?=\s+(?:[\w-]+\s+){1,8}?(?:was|were|had|has|is|are|became)\b)")
_CUE_EN = re.compile(rf"\b(?:(?P<first>{_FIRST_EN})|(?P<second>{_SECOND_EN}))\b", re.I)
#: "Before surgery, …", "After the first dose, …": the cue opens its sentence
_FRONTED_EN = re.compile(r"^(?:[A-Z ]{4,}\s+)?(?:(?P<first>before|prior to)|(?P<second>after|"
                         r"following|once))\s+(?P<y>[^,;.]{2,80}?),\s*(?P<x>[^;.]+)", re.I)
#: where an English part ends: a clause mark, or a conjunction starting another clause
_PART_BREAK_EN = re.compile(r"[,;:()]|\s(?:but|whereas|while|and then|which|that)\s", re.I)
_END_EN = re.compile(r"[,;:.()]|\s(?:but|whereas|while|and|by|in|during|with)\s", re.I)

#: X早于Y, X先于Y (X first); X晚于Y, X迟于Y (Y first)
_INFIX_ZH = re.compile(r"(?P<first>早于|先于|领先于)|(?P<second>晚于|迟于|落后于)")
#: 在Y之前，X / X在Y之前 (X first); 在Y之后，X (Y first)
_AROUND_ZH = re.compile(r"在(?P<y>[^，,。；;：:在]{2,24}?)(?:(?P<first>之前|以前)|(?P<second>之后|以后))")
#: Y之前，X / Y之后，X opening the sentence or a clause, without 在
_OPENING_ZH = re.compile(r"(?:^|(?<=[，,。；;]))(?P<y>[^，,。；;：:在]{2,24}?)(?:(?P<first>之前|以前)|"
                         r"(?P<second>之后|以后))[，,](?P<x>[^，,。；;]{2,60})")
#: X比Y早 / 提前 (X first), X比Y晚 / 迟 / 推迟 (Y first); not 早期, 晚期, 早产
_THAN_ZH = re.compile(r"比(?P<y>[^，,。；;比]{1,20}?)(?:更|还|要)?(?:(?P<first>早|提前)|(?P<second>晚|迟|推迟))"
                      r"(?![期产餐饭上])")
#: 先X，再/后/然后/随后Y
_THEN_ZH = re.compile(r"先(?P<x>[^，,。；;]{2,30}?)[，,]?\s*(?:然后|随后|接着|再|后)(?P<y>[^，,。；;]{2,30})")
_BREAK_ZH = re.compile(r"[，,。；;：:（(]")


_MARKER = re.compile(r"\s*[\[［][\d,，\s–-]+[\]］]")


#: "before and after treatment", "before, during and after", 之前和之后: both sides, no order
_BOTH_SIDES = re.compile(r"\b(?:before|prior to)\s*(?:,\s*during\s*,?\s*)?(?:and|or|and/or)\s+"
                         r"(?:during\s+(?:and|or)\s+)?after\b|(?:之前|以前)(?:和|与|及|或)(?:之后|以后)",
                         re.I)


def orders(text: str) -> list[Order]:
    """Each "X before Y" of the text as (earlier, later), in English or Chinese."""
    text = _BOTH_SIDES.sub(lambda m: " " * len(m.group()), _MARKER.sub("", text))
    found: list[Order] = []
    fronted = _FRONTED_EN.match(text)
    if fronted:
        y, x = fronted["y"].strip(), _cut_en(fronted["x"])
        found.append(Order(x, y, fronted.group(1)) if fronted["first"] else
                     Order(y, x, fronted.group(1)))
    for m in _CUE_EN.finditer(text):
        if fronted and m.start() < fronted.end("y"):
            continue
        pieces = [p.strip() for p in _PART_BREAK_EN.split(text[:m.start()]) if p]
        x = pieces[-1] if pieces and pieces[-1] else pieces[-2] if len(pieces) > 1 else ""
        y = _END_EN.split(text[m.end():], maxsplit=1)[0].strip()
        if x and y:
            found.append(Order(x, y, m.group()) if m["first"] else Order(y, x, m.group()))
    found += _orders_zh(text)
    return found


def _cut_en(text: str) -> str:
    return _PART_BREAK_EN.split(text, maxsplit=1)[0].strip()


def _orders_zh(text: str) -> list[Order]:
    found: list[Order] = []
    for m in _INFIX_ZH.finditer(text):
        x = _BREAK_ZH.split(text[:m.start()])[-1].strip()
        y = _BREAK_ZH.split(text[m.end():], maxsplit=1)[0].strip()
        if x and y:
            found.append(Order(x, y, m.group()) if m["first"] else Order(y, x, m.group()))
    for m in _AROUND_ZH.finditer(text):
        # the rest of the sentence, less the 在…之前 phrase, is what came before or after it
        rest = text[:m.start()] + text[m.end():]
        x = " ".join(p for p in _BREAK_ZH.split(rest) if p.strip())[:60].strip()
        if x:
            found.append(Order(x, m["y"], m.group()) if m["first"] else
                         Order(m["y"], x, m.group()))
    for m in _THAN_ZH.finditer(text):
        x = _BREAK_ZH.split(text[:m.start()])[-1].strip()
        if x:
            cue = m["first"] or m["second"]
            found.append(Order(x, m["y"], cue) if m["first"] else Order(m["y"], x, cue))
    for m in _OPENING_ZH.finditer(text):
        cue = m["first"] or m["second"]
        found.append(Order(m["x"], m["y"], cue) if m["first"] else Order(m["y"], m["x"], cue))
    for m in _THEN_ZH.finditer(text):
        found.append(Order(m["x"], m["y"], "先…再"))
    return found


_LABEL = re.compile(r"(?<![A-Za-z0-9-])(?:\d+[A-Za-z][A-Za-z0-9]*|[A-Za-z]+\d[A-Za-z0-9]*)"
                    r"(?![A-Za-z0-9-])")


def _labels(text: str) -> frozenset[str]:
    """Names with a digit and a letter ("1a", "H1N1", "BRCA2"): the things an order is of
    when the words around them are the same."""
    return frozenset(m.group().lower() for m in _LABEL.finditer(text))


def _distinct(part: str, other: str, glossary: Glossary, *, claim: bool) -> Terms | None:
    """The part's key terms that the other part of its order does not name, or None."""
    terms = analyse(part, glossary, claim=claim).terms
    rest = analyse(other, glossary, claim=claim).terms
    key = frozenset(c for c in terms.key - rest.all if glossary.kind(c) != "generic")
    return replace(terms, key=key) if key else None


def _fit(mine: Terms | None, part: str, glossary: Glossary) -> float:
    return coverage(mine, analyse(part, glossary).terms, glossary).score if mine else 0.0


def _relation(claim: Order, source: Order, glossary: Glossary) -> int:
    """+1 when the source's order has the claim's two things the same way round, −1 the
    other way round, 0 when it cannot tell (a thing of the claim reads as neither of
    the source's, or as both)."""
    ce, cl = _labels(claim.earlier), _labels(claim.later)
    se, sl = _labels(source.earlier), _labels(source.later)
    if ce and cl and not ce & cl and (se | sl) and not se & sl:
        if ce <= sl and cl <= se:
            return -1
        if ce <= se and cl <= sl:
            return 1
        return 0
    early = _distinct(claim.earlier, claim.later, glossary, claim=True)
    late = _distinct(claim.later, claim.earlier, glossary, claim=True)
    a, b = _fit(early, source.earlier, glossary), _fit(early, source.later, glossary)
    c, d = _fit(late, source.earlier, glossary), _fit(late, source.later, glossary)
    if b >= PART_FIT and c >= PART_FIT and b > a and c > d:
        return -1
    if a >= PART_FIT and d >= PART_FIT and a > b and d > c:
        return 1
    return 0


# ---------------------------------------------------------------- rank moves

_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORD_EN = r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_RANK_EN = re.compile(rf"\bfrom (?:the )?(?P<a>{_ORD_EN})(?: (?:place|position))? to (?:the )?"
                      rf"(?P<b>{_ORD_EN})\b", re.I)
_ORD_ZH = rf"第\s*(?:\d{{1,3}}|{ZH_NUMERAL})\s*(?:位|名)?"
_RANK_ZH = re.compile(rf"(?:从|由)\s*(?P<a>{_ORD_ZH})[^，,。；;第]{{0,6}}?(?:到|至|为)\s*(?P<b>{_ORD_ZH})")
#: a rank moved up (toward first place) or down, in words
_UP_RANK = re.compile(r"\b(?:climb\w*|rose|rise[sn]?|rising|moved up|improv\w*|advanc\w*)\b|"
                      r"上升|提升|升至|升到|前进|提高", re.I)
_DOWN_RANK = re.compile(r"\b(?:f[ae]ll(?:s|en|ing)?|dropp?\w*|slipp?\w*|slid\w*|declin\w*|"
                        r"moved down|worsen\w*)\b|下降|降至|降到|跌至|跌到|滑落|后退|下滑", re.I)
_RANKING = re.compile(r"\brank\w*|\bplace\b|\bposition\b|排名|名次|位次|排位", re.I)


def _place(text: str) -> int:
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    word = text.lower().removeprefix("the ").strip()
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    zh = re.search(ZH_NUMERAL, text)
    return int(zh_numeral(zh.group())) if zh else 0


_RANK_BREAK = re.compile(r"[,;:()，,；;。：]")


def ranks(text: str) -> list[Rank]:
    """Each "from 20th to 27th" / 从第20位到第27位 of the text, with what is ranked."""
    found: list[Rank] = []
    for pattern in (_RANK_EN, _RANK_ZH):
        for m in pattern.finditer(text):
            first, last = _place(m["a"]), _place(m["b"])
            if first and last and first != last:
                # its clause, or the one before when the move opens a clause ("…, from 27th")
                pieces = [p.strip() for p in _RANK_BREAK.split(text[:m.start()])]
                ranked = pieces[-1] or (pieces[-2] if len(pieces) > 1 else "")
                found.append(Rank(first, last, ranked, m.group()))
    return found


def _rank_direction(text: str) -> int:
    """+1 a rank moved up, −1 down, 0 not said in words (or both)."""
    if not _RANKING.search(text):
        return 0
    up, down = bool(_UP_RANK.search(text)), bool(_DOWN_RANK.search(text))
    return 0 if up == down else 1 if up else -1


def _measure(ranked: str) -> str:
    """What is ranked, less the words of ranking and of moving ("climbed in the ranking")."""
    for pattern in (_RANKING, _UP_RANK, _DOWN_RANK):
        ranked = pattern.sub(" ", ranked)
    return ranked


def _best_rank(ranked: str, moves: list[tuple[Unit, Rank]],
               glossary: Glossary) -> tuple[Unit, Rank] | None:
    """The source move whose ranked words carry most of the claim's, with one at least."""
    mine = analyse(_measure(ranked), glossary, claim=True).terms
    mine = replace(mine, key=frozenset(c for c in mine.key if glossary.kind(c) != "generic"))
    scored = [(coverage(mine, analyse(_measure(r.ranked), glossary).terms, glossary).score, u, r)
              for u, r in moves]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    best = max(s[0] for s in scored)
    tied = [(u, r) for score, u, r in scored if score == best]
    return tied[0] if len(tied) == 1 else None


# ---------------------------------------------------------------- the checks


def order_clash(claim: str, units: list[Unit], glossary: Glossary) -> OrderClash | None:
    """A source sentence stating the claim's order in time, or its rank move, the other way;
    None where some sentence states it the claim's way, or none clearly states it at all."""
    rank = _rank_clash(claim, units, glossary)
    if rank is not None:
        return rank
    mine = orders(claim)
    if not mine:
        return None
    against: OrderClash | None = None
    for unit in units:
        for theirs in orders(unit.text):
            for order in mine:
                relation = _relation(order, theirs, glossary)
                if relation > 0:
                    return None  # stated the claim's way somewhere
                if relation < 0 and against is None:
                    against = OrderClash(unit, (
                        f"The claim puts \u201c{order.earlier}\u201d before "
                        f"\u201c{order.later}\u201d; the source puts \u201c{theirs.earlier}"
                        f"\u201d before \u201c{theirs.later}\u201d (\u201c{theirs.cue}\u201d):"
                        f" \u201c{unit.text}\u201d"))
    return against


def _rank_clash(claim: str, units: list[Unit], glossary: Glossary) -> OrderClash | None:
    moves = [(u, r) for u in units for r in ranks(u.text)]
    mine = ranks(claim)
    if not moves or not (mine or _rank_direction(claim)):
        return None
    if any(r.first == m.first and r.last == m.last for _, r in moves for m in mine):
        return None  # the claim's move is printed in the source
    candidates: list[Rank | None] = [*mine] or [None]  # None: a move told in words only
    for move in candidates:
        # (the whole claim: a Chinese claim names what is ranked before its subject)
        ranked = claim.replace(move.cue, " ") if move else claim
        best = _best_rank(ranked, moves, glossary)
        if best is None:
            continue
        unit, theirs = best
        if move is not None and (theirs.first, theirs.last) == (move.last, move.first):
            said = f"from {move.first} to {move.last}"
        elif move is None and _rank_direction(claim) * (theirs.first - theirs.last) < 0:
            said = "up" if _rank_direction(claim) > 0 else "down"
        else:
            continue
        return OrderClash(unit, f"The claim moves the rank {said}; the source moves it from "
                                f"{theirs.first} to {theirs.last}: \u201c{unit.text}\u201d")
    return None


#: a place held in a ranking: "the seventh leading risk factor", "ranked third", "第七大",
#: "排名第七", "位居第二" (session 14; "the leading cause" is no ordinal and is not read)
_PLACE_EN = re.compile(rf"\b(?P<a>{_ORD_EN})[\s-]+(?:most\s+)?(?:leading|largest|biggest|"
                       rf"commonest|common|frequent|highest|greatest|deadliest|top)\b"
                       rf"|\branked\s+(?:as\s+)?(?:the\s+)?(?P<b>{_ORD_EN})\b", re.I)
_PLACE_ZH = re.compile(rf"(?:排名|排在|位居|位列|列|居|成为)\s*(?P<a>第\s*(?:\d{{1,3}}|{ZH_NUMERAL}))"
                       rf"|(?P<b>第\s*(?:\d{{1,3}}|{ZH_NUMERAL}))\s*(?:大|位|名)")
_ANY_ORD = re.compile(rf"\b{_ORD_EN}\b|第\s*(?:\d{{1,3}}|{ZH_NUMERAL})", re.I)


def _places_printed(text: str) -> set[int]:
    """Every ordinal the text prints, in any form ("seventh", "7th", 第七)."""
    return {_place(m.group().removeprefix("第")) for m in _ANY_ORD.finditer(text)}


def rank_unstated(claim: str, units: list[Unit]) -> str | None:
    """The claim's rank move ("from 27th to 20th") when no source sentence prints it, or the
    place it gives a thing in a ranking ("the seventh leading risk factor", 第七大) when no
    source sentence prints that ordinal in any form."""
    stated = {(r.first, r.last) for u in units for r in ranks(u.text)}
    for move in ranks(claim):
        if (move.first, move.last) not in stated:
            return move.cue
    printed: set[int] | None = None
    for pattern in (_PLACE_EN, _PLACE_ZH):
        for m in pattern.finditer(claim):
            place = _place((m["a"] or m["b"]).removeprefix("第"))
            if place <= 1:
                continue
            if printed is None:
                printed = {p for u in units for p in _places_printed(u.text)}
            if place not in printed:
                return m.group()
    return None
