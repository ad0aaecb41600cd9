"""Word formation: medical compounds read by their neoclassical combining forms.

Medical English builds closed compounds from Greek and Latin combining forms (hepat(o)- +
-toxicity, prote(o)- + -ase, hypo- + -tension); Chinese builds the same words from native
morphemes (肝 + 毒性, 蛋白 + 酶, 低 + 血压). The table (``data/wordforms.yaml``, a few dozen
textbook forms) gives both ways:

- `compounds`: a Chinese word that splits wholly into table pieces → the English compounds
  its pieces compose (肝毒性 → hepatotoxicity / hepatotoxic; 降压药 → antihypertensive).
- `compound_heads`: an English stem that is a site's combining form plus a rest (hepatotox →
  hepat + tox), for finding "toxicity" in "hepatotoxicity". Only sites are split off, never
  prefixes (hypotension is no "tension").
- `site_found`: a site's adjective found as the first part of a compound ("cardiac" in
  "cardiovascular").
- `splits_of`: an English compound → the Chinese pieces that compose it (hypotens → 低 +
  血压), whose dictionary readings find it said apart ("low blood pressure").

The table is read once per process.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from claimcheck.evidence.text import stem

_MAX_PIECES = 4
_MAX_COMPOUNDS = 12
_MIN_COMPOUND = 6  # letters of a composed English word ("lipase")
_MIN_REST = 3  # letters a compound's rest keeps after a site's form ("tox" of hepatotox)
_MIN_WORD_REST = 5  # a rest that is a word of its own (vascular), not a suffix (cardio-log-)
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

    def before(self, nxt: str) -> str:
        """This form written before the next part ("hepato" + "toxicity", "hepat" + "itis")."""
        return self.text + ("" if nxt[:1] in _VOWELS else self.link)


@dataclass(frozen=True)
class Table:
    """The word-formation table: Chinese piece → English forms, and the sites' forms."""

    pieces: dict[str, tuple[Form, ...]]
    heads: frozenset[str]  # nouns English leaves out (药 "drug" of 降压药)
    site_forms: tuple[tuple[str, str], ...]  # (combining form, its link), longest first
    max_len: int
    #: (piece, form) of every form that begins a compound, and of every one that may end it
    beginnings: tuple[tuple[str, Form], ...] = ()
    endings: tuple[tuple[str, Form], ...] = ()


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
    sites: set[tuple[str, str]] = set()
    for block in ("sites", "prefixes", "endings"):
        entries = data.get(block) or {}
        assert isinstance(entries, dict)
        for zh, raws in entries.items():
            forms = tuple(parse_form(str(r)) for r in raws)
            if block == "sites":
                sites.update((f.text, f.link) for f in forms if f.begins)
            pieces[str(zh)] = pieces.get(str(zh), ()) + forms
    heads = frozenset(str(h) for h in data.get("heads") or [])  # type: ignore[attr-defined]
    flat = [(zh, f) for zh, forms in pieces.items() for f in forms]
    return Table(pieces, heads, tuple(sorted(sites, key=lambda s: len(s[0]), reverse=True)),
                 max(map(len, [*pieces, *heads]), default=1),
                 tuple((zh, f) for zh, f in flat if f.begins),
                 tuple((zh, f) for zh, f in flat if not f.begins))


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
    last begin a compound, the last ends one or is a whole word."""
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
def written(word: str) -> tuple[str, ...]:
    """The English compounds a Chinese word composes to from the table's pieces, as written:
    肝毒性 → hepatotoxicity, hepatotoxic; 低血压 → hypotension; empty when it does not split
    wholly into pieces. A one-piece word gives its whole-word forms (医学 → medical)."""
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
            if english not in out:
                out.append(english)
            if len(out) >= _MAX_COMPOUNDS:
                return tuple(out)
    return tuple(out)


@lru_cache(maxsize=4096)
def compounds(word: str) -> tuple[str, ...]:
    """`written`, stemmed: 肝毒性 → hepatotox, 蛋白酶 → proteas, 低血压 → hypotens."""
    return tuple(dict.fromkeys(stem(english) for english in written(word)))


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


#: what an English adjective of a site adds to its combining form, as stemmed: cardi-ac,
#: gastr-ic, neur-al, pulmon-ari, hepat (hepatic)
_SITE_ADJECTIVE = frozenset({"", "ac", "ic", "al", "ar", "ari"})


def site_found(word: str, stems: frozenset[str]) -> bool:
    """Is the (stemmed) word a site's adjective whose combining form begins a compound of
    the text? "cardiac" in "cardiovascular", "gastric" in "gastrointestinal" (the Chinese
    organ words are found so already: 心脏 "heart" in "cardiovascular")."""
    for form, _ in table().site_forms:
        if len(form) >= _MIN_SITE and word.startswith(form) and \
                word[len(form):] in _SITE_ADJECTIVE:
            return any(s != word and any(f == form and len(rest) >= _MIN_WORD_REST
                                         for f, rest in compound_heads(s)) for s in stems)
    return False


@lru_cache(maxsize=65536)
def splits_of(english: str) -> tuple[tuple[str, ...], ...]:
    """The Chinese pieces an English compound (a stem) is composed of, each way the table
    composes it: hepatotox → (肝, 毒性), (肝脏, 毒性); hypotens → (低, 血压). A reader finds
    the compound where a text says each piece's reading ("liver toxicity", "low blood
    pressure")."""
    t = table()
    out: list[tuple[str, ...]] = []

    def walk(chosen: tuple[tuple[str, Form], ...], written: str) -> None:
        if len(chosen) >= _MAX_PIECES:
            return
        for zh, form in t.beginnings:
            if english.startswith(written + form.text):
                step = (*chosen, (zh, form))
                for last_zh, last in t.endings:
                    composed = _compose(tuple(f for _, f in step) + (last,))
                    if composed and stem(composed) == english:
                        split = tuple(z for z, _ in step) + (last_zh,)
                        if split not in out:
                            out.append(split)
                walk(step, written + form.text + form.link)
                if form.link:
                    walk(step, written + form.text)

    walk((), "")
    return tuple(out)


