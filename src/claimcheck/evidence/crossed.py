"""Two statements of a claim, each given the other's qualifier (session 15).

"去甲肾上腺素在棕色脂肪细胞中诱导脂解，在白色脂肪细胞中则刺激产热基因表达" against
"noradrenaline induces lipolysis in white adipocytes, whereas it stimulates the expression of
thermogenic genes … in brown adipocytes": each clause of the claim shares its other words
with one part of the sentence, but its one qualifier (brown, white) only with the other part,
and the other clause the same way round. The sentence states the two findings with their
settings (cell types, groups, sites) crossed.
"""

from __future__ import annotations

from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.guards import contrast_parts
from claimcheck.evidence.match import coverage
from claimcheck.evidence.terms import Terms

#: the words both clauses together must share with their own parts only
_OWN_WORDS = 3


def crossed_parts(pieces: list[str], sentence: str, glossary: Glossary) -> tuple[str, str] | None:
    """(the first clause's qualifier, the second's) when the claim's two clauses and the
    sentence's two contrasted parts pair up by their words with one qualifier each crossed."""
    parts = [analyse(p, glossary).terms for p in contrast_parts(sentence)]
    clauses = [analyse(p, glossary, claim=True).terms for p in pieces if p]
    if len(parts) != 2 or len(clauses) != 2:
        return None
    options = [_crossings(c, parts, glossary) for c in clauses]
    for own, word, n in options[0]:
        for own2, word2, n2 in options[1]:
            if own != own2 and word != word2 and n + n2 >= _OWN_WORDS and \
                    word not in clauses[1].key and word2 not in clauses[0].key:
                return (clauses[0].surface.get(word, word), clauses[1].surface.get(word2, word2))
    return None


def _crossings(clause: Terms, parts: list[Terms], glossary: Glossary
               ) -> list[tuple[int, str, int]]:
    """Each (own part, crossed word, how many words the own part alone carries) where the
    other part alone carries one content word of the clause and the own part one or more."""
    found = [coverage(clause, p, glossary).found for p in parts]
    only = [found[0] - found[1], found[1] - found[0]]
    out = []
    for own in (0, 1):
        [*crossed] = only[1 - own]
        if len(crossed) == 1 and only[own] and \
                glossary.kind(crossed[0]) not in ("generic", "up", "down"):
            out.append((own, crossed[0], len(only[own])))
    return out
