"""Word formation: medical compounds read by their neoclassical combining forms.

Medical English builds closed compounds from Greek and Latin combining forms (hepat(o)- +
-toxicity, prote(o)- + -ase, hypo- + -tension); Chinese builds the same words from native
morphemes (肝 + 毒性, 蛋白 + 酶, 低 + 血压). The table (``data/wordforms.yaml``, a few dozen
textbook forms) gives both ways:

- `compounds`: a Chinese word that splits wholly into table pieces → the English compounds
  its pieces compose (肝毒性 → hepatotoxicity / hepatotoxic; 降压药 → antihypertensive).
- `compound_heads`: an English stem that is a site's combining form plus a rest (hepatotox →
  hepat + tox), for finding "toxicity" in "hepatotoxicity" and "hepatotoxicity" in "liver
  toxicity". Only sites are split off, never prefixes (hypotension is no "tension").

The table is read once per process.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from claimcheck.evidence.text import stem

_MAX_PIECES = 4
_MAX_COMPOUNDS = 12
_MIN_COMPOUND = 6  # letters of a composed English word ("lipase")
_MIN_REST = 3  # letters a compound's rest keeps after a site's form ("tox" of hepatotox)
_TRUNCATED = 2  # letters the stemmer may cut from a rest (hepatotox / toxic)
_GROWN = 4  # derivational letters a rest may add (cardiomyopathi / myopathi)
_MIN_SITE = 4  # letters of a site's form an English compound is split after ("hepat", not "bi")
_VOWELS = frozenset("aeiouy")


@dataclass(frozen=True)
class Form:
    """One English form of a Chinese morpheme."""

    text: str  # letters without the link and marks: "hepat", "ase", "viral"
    link: str = ""  # the linking vowel before a consonant: "o" of hepat(o)-
    begins: bool = False  # "hepat(o)-": begins a compound, never ends one
    ends: bool = False  # "-ase": ends a compound, never begins one
    plain: bool = False  # a site's plain English word ("liver"): never part of a compound

    def before(self, nxt: str) -> str:
        """This form written before the next part ("hepato" + "toxicity", "hepat" + "itis")."""
        return self.text + ("" if nxt[:1] in _VOWELS else self.link)


@dataclass(frozen=True)
class Table:
    """The word-formation table: Chinese piece → English forms, and the sites' forms."""

    pieces: dict[str, tuple[Form, ...]]
    heads: frozenset[str]  # nouns English leaves out (药 "drug" of 降压药)
    site_forms: tuple[tuple[str, str], ...]  # (combining form, its link), longest first
    site_words: dict[str, tuple[str, ...]]  # combining form → stems of the plain words
    max_len: int


def parse_form(raw: str) -> Form:
    """"hepat(o)-" → Form("hepat", "o", begins=True); "-ase" → Form("ase", ends=True)."""
    text = raw.strip().lower()
    begins, ends = text.endswith("-"), text.startswith("-")
    text = text.strip("-")
    link = ""
    if text.endswith(")") and "(" in text:
        text, link = text[:-1].split("(", 1)
    return Form(text, link, begins, ends)


def _build(data: dict[str, object]) -> Table:
    pieces: dict[str, tuple[Form, ...]] = {}
    sites: dict[tuple[str, str], list[str]] = {}
    for block in ("sites", "prefixes", "endings"):
        entries = data.get(block) or {}
        assert isinstance(entries, dict)
        for zh, raws in entries.items():
            forms = tuple(parse_form(str(r)) for r in raws)
            if block == "sites":
                words = [stem(f.text) for f in forms if not (f.begins or f.ends)]
                for f in forms:
                    if f.begins:
                        sites.setdefault((f.text, f.link), []).extend(words)
                forms = tuple(replace(f, plain=not (f.begins or f.ends)) for f in forms)
            pieces[str(zh)] = pieces.get(str(zh), ()) + forms
    heads = frozenset(str(h) for h in data.get("heads") or [])  # type: ignore[attr-defined]
    order = tuple(sorted(sites, key=lambda s: len(s[0]), reverse=True))
    return Table(pieces, heads, order,
                 {form: tuple(dict.fromkeys(w)) for (form, _), w in sites.items()},
                 max(map(len, [*pieces, *heads]), default=1))


@lru_cache(maxsize=1)
def table() -> Table:
    """The packaged table (read once per process)."""
    text = resources.files("claimcheck").joinpath("data").joinpath(
        "wordforms.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return _build(data)


def _splits(word: str, t: Table) -> list[list[str]]:
    """Every way the word splits wholly into table pieces (a head only at the end)."""
    if not word:
        return [[]]
    out = []
    for length in range(min(t.max_len, len(word)), 0, -1):
        piece = word[:length]
        if piece in t.heads and length == len(word):
            out.append([piece])
        elif piece in t.pieces:
            out.extend([piece, *rest] for rest in _splits(word[length:], t))
    return out


def _compose(forms: tuple[Form, ...]) -> str | None:
    """The English word a sequence of forms writes, or None when they do not fit: all but the
    last begin a compound, the last ends one or is a whole word (a site's plain word is
    none)."""
    if any(f.plain for f in forms):
        return None
    if len(forms) == 1:
        only = forms[0]
        return None if only.begins or only.ends else only.text
    if forms[0].ends or forms[-1].begins:
        return None
    if any(not f.begins for f in forms[:-1]):
        return None
    out = forms[-1].text
    for f in reversed(forms[:-1]):
        out = f.before(out) + out
    return out


@lru_cache(maxsize=4096)
def compounds(word: str) -> tuple[str, ...]:
    """The English compounds (stems) a Chinese word composes to from the table's pieces:
    肝毒性 → hepatotox, 蛋白酶 → proteas, 低血压 → hypotens; empty when it does not split
    wholly into pieces. A one-piece word gives its whole-word forms (医学 → medic); a site's
    plain word is no form (肝 is read by the dictionary, "liver")."""
    t = table()
    out: list[str] = []
    for split in _splits(word, t):
        pieces = [p for p in split if p not in t.heads]
        if not pieces or len(pieces) > _MAX_PIECES:
            continue
        for forms in itertools.product(*(t.pieces[p] for p in pieces)):
            english = _compose(forms)
            if english is None or (len(pieces) > 1 and len(english) < _MIN_COMPOUND):
                continue
            stemmed = stem(english)
            if stemmed not in out:
                out.append(stemmed)
            if len(out) >= _MAX_COMPOUNDS:
                return tuple(out)
    return tuple(out)


def pieces(word: str) -> tuple[str, ...]:
    """The table pieces of a Chinese word that `compounds` reads (heads left out): 肝毒性 →
    (肝, 毒性)."""
    t = table()
    for split in _splits(word, t):
        kept = tuple(p for p in split if p not in t.heads)
        if kept:
            return kept
    return ()


@lru_cache(maxsize=65536)
def compound_heads(english: str) -> tuple[tuple[str, str], ...]:
    """An English stem as (site's combining form, rest), each way it splits: hepatotox →
    (hepat, tox); cardiomyopathi → (cardiomy, pathi) and (cardi, myopathi). Empty when it
    begins with no site's form of four letters or more, or the rest is too short for a root."""
    out = []
    for form, link in table().site_forms:
        if len(form) < _MIN_SITE or not english.startswith(form):
            continue
        rest = english[len(form):]
        if link and rest.startswith(link):
            rest = rest[len(link):]
        if len(rest) >= _MIN_REST:
            out.append((form, rest))
    return tuple(out)


def same_root(word: str, rest: str) -> bool:
    """Is the rest of a compound (as stemmed inside it) the stem of this word? The stemmer
    cuts more from a long compound (hepatotox) than from its last part alone (toxic)."""
    if len(rest) < _MIN_REST or len(word) < _MIN_REST:
        return False
    if word.startswith(rest):
        return len(word) - len(rest) <= _TRUNCATED
    return rest.startswith(word) and len(rest) - len(word) <= _GROWN and len(word) >= 4


def head_found(word: str, stems: frozenset[str]) -> bool:
    """Is the (stemmed) word the last part of a compound the text writes after a site's
    form? "toxicity" in "hepatotoxicity", "myopathy" in "cardiomyopathy"."""
    return any(same_root(word, rest) for s in stems for _, rest in compound_heads(s))


def parts_found(word: str, stems: frozenset[str]) -> bool:
    """Is an English compound of a site's form said by its parts? "hepatotoxicity" in "liver
    toxicity" (or "hepatic toxicity"), "nephrotoxic" in "kidney toxicity"."""
    for form, rest in compound_heads(word):
        site = any(s in stems for s in table().site_words.get(form, ())) or any(
            s.startswith(form) and not compound_heads(s) for s in stems)
        if site and any(same_root(s, rest) for s in stems):
            return True
    return False


def compound_found(word: str, stems: frozenset[str]) -> bool:
    """An English word the glossary lacks, found through a compound on either side: the word
    is the compound's last part (`head_found`) or the compound said by its parts
    (`parts_found`)."""
    return head_found(word, stems) or parts_found(word, stems)
