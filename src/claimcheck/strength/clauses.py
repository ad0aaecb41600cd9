"""A light-weight clause analysis of an English sentence, for the strength model (issue 9h).

No parser: the sentence is cut into clauses at subordinators, relative pronouns, "that" after a
reporting verb, a participle after a comma ("…, suggesting that") and `;`. Each relation cue
then gets its clause's type (main, content of a reporting verb, adverbial, conditional,
relative, participial), its place in the clause (the clause's verb, after a finite verb, or
inside the subject before it), whether words stand on both sides of it (the two entities), a
comparison in its clause, and a modal or negation anywhere before it in the clause. The cue the
sentence asserts is the first one in a main or content clause.
"""

from __future__ import annotations

import re

from claimcheck.strength.cues import RELATIONS, Cue

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[0-9][0-9.,%]*|[;:,()]|\.(?=\s|$)")
_CONDITION = {"if", "when", "unless", "once", "whenever"}
_ADVERBIAL = {"although", "though", "because", "since", "while", "whereas", "after",
              "before", "until", "despite", "as"}
_RELATIVE = {"which", "who", "whom", "whose", "where"}
_HEDGE_VERBS = {"suggest", "suggests", "suggested", "suggesting", "indicate", "indicates",
                "indicated", "indicating", "imply", "implies", "implied", "implying", "appear",
                "appears", "appeared", "seem", "seems", "seemed", "propose", "proposed",
                "hypothesize", "hypothesized", "speculate", "believe", "believed", "think",
                "raise", "raises", "support", "supports", "supported", "supporting"}
_SHOW_VERBS = {"show", "shows", "showed", "shown", "showing", "demonstrate", "demonstrates",
               "demonstrated", "demonstrating", "confirm", "confirms", "confirmed", "reveal",
               "reveals", "revealed", "find", "finds", "found", "conclude", "concluded",
               "establish", "established", "prove", "proves", "proved", "proven", "report",
               "reported", "reports", "say", "says", "said", "note", "noted", "observe",
               "observed", "discover", "discovered", "evidence", "hypothesis", "notion",
               "concept", "view", "idea", "finding", "findings", "fact", "possibility"}
_PARTICIPLES = {"suggesting", "indicating", "implying", "showing", "demonstrating",
                "confirming", "leading", "resulting", "causing", "making", "highlighting",
                "supporting", "underscoring", "emphasizing", "raising", "providing"}
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "may",
           "might", "can", "could", "will", "would", "should", "must", "shall", "cannot",
           "remains", "remained", "seems", "seemed", "appears", "appeared", "represents",
           "represented", "provides", "provided", "showed", "shows", "offers", "offered",
           "occurred", "occurs", "exists", "existed", "reported", "found", "revealed",
           "demonstrated", "became", "becomes", "yielded", "yields", "'s"}
_MODALS = {"may", "might", "could", "can", "would", "should", "cannot", "possibly", "likely",
           "potentially", "probably", "perhaps", "presumably"}
_NEGATIONS = {"not", "no", "neither", "nor", "never", "without", "cannot", "failed", "fail",
              "fails", "lack", "lacks", "lacked", "none", "unlikely"}
_COMPARE = re.compile(r"\b(?:than|compared (?:with|to)|versus|vs|relative to|in comparison)\b")
_FUNCTION = {"the", "a", "an", "of", "in", "on", "for", "to", "with", "and", "or", "by",
             "at", "as", "from", "that", "this", "these", "those", "its", "their", "it", "is",
             "are", "was", "were", "be", "been", "not", "no", "more", "less", "also", "both"}


def _segments(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, type, words) of each clause, in order."""
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int, str, list[str]]] = []
    stack = ["main"]
    start, words = 0, list[str]()
    prev: list[str] = []

    def cut(at: int, kind: str | None) -> None:
        nonlocal start, words
        if words:
            out.append((start, at, stack[-1], words))
        start, words = at, []
        if kind == "pop":
            if len(stack) > 1 and stack[-1] not in ("content:hedge", "content:show"):
                stack.pop()
        elif kind == "reset":
            stack[:] = ["main"]
        elif kind:
            stack.append(kind)

    for i, (s, _, w) in enumerate(toks):
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        if w in (";", ":") or w == ".":
            cut(s, "reset")
            prev = []
            continue
        if w in (",", "(", ")"):
            cut(s, "pop")
            prev.append(w)
            continue
        kind = None
        if w == "that" or (w == "whether" and prev):
            recent = [p for p in prev[-3:] if p not in ("strongly", "clearly", "further")]
            if any(p in _HEDGE_VERBS for p in recent):
                kind = "content:hedge"
            elif any(p in _SHOW_VERBS for p in recent):
                kind = "content:show"
            elif w == "that":
                kind = "relative"
            else:
                kind = "adverbial"
        elif w in _CONDITION:
            kind = "condition"
        elif w in _ADVERBIAL and not (w == "as" and nxt in ("a", "an", "well", "the")):
            kind = "adverbial"
        elif w in _RELATIVE:
            kind = "relative"
        elif w in _PARTICIPLES and prev and prev[-1] == ",":
            kind = "participial"
        if kind:
            cut(s, kind)
        words.append(w)
        prev.append(w)
    cut(len(text), None)
    return out


def clause_features(text: str, cues: list[Cue]) -> dict[str, float]:
    """Features of where each relation cue sits in the clauses of an English sentence."""
    segments = _segments(text)
    found: dict[str, float] = {}
    top: tuple[int, str, dict[str, str]] | None = None
    for cue in cues:
        if cue.kind not in RELATIONS:
            continue
        seg = next((s for s in segments if s[0] <= cue.start < s[1]), None)
        if seg is None:
            continue
        kind = "causal_nominal" if cue.nominal else "causal_purpose" if cue.infinitive else cue.kind
        info = _describe(text, cue, seg)
        for name, value in info.items():
            found[f"c:{name}:{kind}:{value}"] = 1.0
        rank = 0 if seg[2] in ("main", "content:show", "content:hedge") else 1
        if kind in ("causal_nominal", "causal_purpose") or info["place"] == "subject":
            rank += 2
        if top is None or rank < top[0]:
            top = (rank, kind, info)
    if top is None:
        return found
    rank, kind, info = top
    found[f"c:top:{kind}:{info['clause']}:{info['scope']}"] = 1.0
    found[f"c:top:{kind}:{info['place']}"] = 1.0
    found[f"c:top:{kind}:{info['sides']}"] = 1.0
    if info["compare"] == "yes":
        found[f"c:top:{kind}:compare"] = 1.0
    if rank >= 2:
        found["c:no_asserted_relation"] = 1.0
    return found


def _describe(text: str, cue: Cue, seg: tuple[int, int, str, list[str]]) -> dict[str, str]:
    start, end, clause, _ = seg
    before = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text[start:cue.start])]
    after = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text[cue.end:end])]
    if any(w in _FINITE for w in before):
        place = "predicate"
    elif any(w in _FINITE for w in after):
        place = "subject"
    else:
        place = "verb"
    content_before = any(w not in _FUNCTION for w in before if w not in _CONDITION | _RELATIVE)
    content_after = any(w not in _FUNCTION for w in after)
    sides = {(True, True): "both", (True, False): "left", (False, True): "right",
             (False, False): "none"}[(content_before, content_after)]
    if any(w in _NEGATIONS for w in before):
        scope = "neg"
    elif any(w in _MODALS for w in before):
        scope = "modal"
    else:
        scope = "plain"
    compare = "yes" if _COMPARE.search(text[start:end].lower()) else "no"
    return {"clause": clause, "place": place, "sides": sides, "scope": scope, "compare": compare}


def asserted_features(text: str, cues: list[Cue]) -> dict[str, float]:
    """The model's clause features (issue 9h): the relation the sentence asserts — its kind,
    whether it sits in a main / content clause or a subordinate one, and the modal or negation
    anywhere before it in its clause — or that no relation cue is asserted."""
    found = clause_features(text, cues)
    out = {k: v for k, v in found.items() if k.startswith("c:no_")}
    for name in found:
        parts = name.split(":")
        if parts[1] == "top" and len(parts) in (5, 6):
            kind, clause, scope = parts[2], parts[3], parts[-1]
            where = "asserted" if clause in ("main", "content") else "subordinate"
            out[f"c:asserted:{kind}:{where}:{scope}"] = 1.0
    return out
