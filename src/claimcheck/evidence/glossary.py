"""The bilingual biomedical glossary: zh → en concepts, synonyms, abbreviations, cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from claimcheck.errors import InputError
from claimcheck.evidence import drugclass
from claimcheck.evidence.lexicon import Lexicon, load_lexicon
from claimcheck.evidence.text import stem, words
from claimcheck.yamlguard import check_yaml_budget

TermKind = Literal["term", "generic", "predicate", "group", "up", "down", "design"]
_KINDS: tuple[str, ...] = ("term", "generic", "predicate", "group", "up", "down", "design")
_MAX_PHRASE = 8


@dataclass
class Glossary:
    """Concepts keyed by their canonical English name, with lookup tables for both languages."""

    kinds: dict[str, TermKind] = field(default_factory=dict)
    en_index: dict[tuple[str, ...], str] = field(default_factory=dict)  # stems → concept
    zh_index: dict[str, str] = field(default_factory=dict)  # Chinese form → concept
    concept_stems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    zh_forms: dict[str, list[str]] = field(default_factory=dict)  # concept → Chinese forms
    stop_en: set[str] = field(default_factory=set)  # stems
    stop_zh: set[str] = field(default_factory=set)
    negation_en: set[str] = field(default_factory=set)  # lower-case words
    negation_zh: set[str] = field(default_factory=set)
    max_zh: int = 1
    max_en: int = 1
    mixed_forms: list[str] = field(default_factory=list)  # Chinese forms with Latin: "T细胞"
    #: antonym → its counterpart: "unsafe" is read as "safe" stated negatively
    opposites: dict[str, str] = field(default_factory=dict)
    #: concept → broader concepts a mention of it also names ("SLE" → "lupus")
    implies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: up/down words that judge a change (improve, worsen) rather than measure it
    valence: set[str] = field(default_factory=set)
    #: English written forms that name a concept of their own where they stand as a noun
    #: ("116 controls": the control group), their stem's concept where they are a verb
    #: ("TOR controls translation"); see `reads_as_noun`
    noun_forms: dict[str, str] = field(default_factory=dict)
    #: Chinese word → English senses CC-CEDICT lacks for it in biomedical writing (校正
    #: "adjust" beside "proofread"); read by the lexicon only, never by the English side
    senses: dict[str, list[str]] = field(default_factory=dict)
    #: one-word English forms ending in -ly that a concept lists ("markedly", "elderly"): an
    #: adverb names a concept only where it is one of its forms (see `terms`)
    ly_forms: set[str] = field(default_factory=set)
    memo: dict[tuple[str, bool], object] = field(default_factory=dict, repr=False)  # analyses

    def add(self, en: str, *, also: list[str] | None = None, zh: list[str] | None = None,
            kind: TermKind = "term", opposite: str | None = None,
            implies: list[str] | None = None, valence: bool = False,
            nouns: list[str] | None = None) -> None:
        """Add (or extend) one concept; `opposite` makes it an antonym of that concept,
        `implies` names broader concepts each mention of it also counts as, `nouns` are
        written forms that name it only as a noun ("controls")."""
        key = en.strip().lower()
        self.memo.clear()
        for noun in nouns or []:
            self.noun_forms[noun.strip().lower()] = key
        self.kinds[key] = kind
        if opposite:
            self.opposites[key] = opposite.strip().lower()
        if implies:
            self.implies[key] = tuple(i.strip().lower() for i in implies)
        if valence:
            self.valence.add(key)
        self.concept_stems[key] = _stems(key)
        for variant in [key, *(also or [])]:
            if " " not in variant.strip() and variant.strip().lower().endswith("ly"):
                self.ly_forms.add(variant.strip().lower())
            stems = _stems(variant)
            if stems:
                self.en_index.setdefault(stems, key)
                self.max_en = max(self.max_en, min(len(stems), _MAX_PHRASE))
        for form in zh or []:
            form = form.strip()
            if form:
                self.zh_index[form] = key
                self.zh_forms.setdefault(key, []).append(form)
                self.max_zh = max(self.max_zh, len(form))
                if re.search(r"[A-Za-z0-9]", form) and re.search(r"[\u3400-\u9fff]", form):
                    self.mixed_forms.append(form)
                    self.mixed_forms.sort(key=len, reverse=True)
                    self._mixed = None

    _mixed: re.Pattern[str] | None = None
    _lexicon: Lexicon | None = None

    def mixed_pattern(self) -> re.Pattern[str] | None:
        """One regex for the Chinese forms that contain Latin letters or digits."""
        if self._mixed is None and self.mixed_forms:
            self._mixed = re.compile("|".join(re.escape(f) for f in self.mixed_forms))
        return self._mixed

    def lexicon(self) -> Lexicon:
        """CC-CEDICT and morphology for Chinese words this glossary lacks (loaded on first use)."""
        if self._lexicon is None:  # merge() resets it: the stop words shape the glosses
            senses = tuple((w, tuple(g)) for w, g in sorted(self.senses.items()))
            self._lexicon = load_lexicon(frozenset(self.stop_en), senses)
        return self._lexicon

    def kind(self, concept: str) -> TermKind:
        return self.kinds.get(concept, "term")

    def merge(self, data: dict[str, Any], origin: str) -> None:
        """Merge a parsed glossary document (the YAML shape of the packaged file)."""
        if not isinstance(data, dict):
            raise InputError("glossary must be a mapping with a 'terms' list", path=origin)
        self._lexicon = None
        cues = data.get("cues") or {}
        negation = cues.get("negation") or {}
        self.negation_en.update(w.lower() for w in _words(negation.get("en"), origin))
        self.negation_zh.update(_words(negation.get("zh"), origin))
        stop = data.get("stopwords") or {}
        self.stop_en.update(stem(w) for w in _words(stop.get("en"), origin))
        self.stop_zh.update(_words(stop.get("zh"), origin))
        senses = data.get("senses") or {}
        if not isinstance(senses, dict):
            raise InputError("glossary 'senses' must map Chinese words to English glosses",
                             path=origin, hint="senses: {校正: [adjust]}")
        for word, glosses in senses.items():
            self.senses.setdefault(str(word), []).extend(_words(glosses, origin))
        for n, entry in enumerate(data.get("terms") or [], start=1):
            if not isinstance(entry, dict) or not entry.get("en"):
                raise InputError(f"glossary term #{n} has no 'en' name", path=origin,
                                 hint="each term needs en:, optional also:, zh:, kind:")
            kind = entry.get("kind", "term")
            if kind not in _KINDS:
                raise InputError(f"glossary term {entry['en']!r} has unknown kind {kind!r}",
                                 path=origin, hint="use one of " + ", ".join(_KINDS))
            implies = entry.get("implies") or []
            if not isinstance(implies, list):
                implies = [implies]
            self.add(str(entry["en"]), also=_words(entry.get("also"), origin),
                     zh=_words(entry.get("zh"), origin), kind=kind,
                     opposite=str(entry["opposite"]) if entry.get("opposite") else None,
                     implies=[str(i) for i in implies], valence=bool(entry.get("valence")),
                     nouns=_words(entry.get("nouns"), origin))
        self._check_links(origin)

    def _check_links(self, origin: str) -> None:
        """Every `opposite` and `implies` names a concept of the glossary."""
        links = [(a, b, "opposite") for a, b in self.opposites.items()]
        links += [(a, b, "implies") for a, bs in self.implies.items() for b in bs]
        for concept, target, what in links:
            if target not in self.kinds:
                raise InputError(f"glossary term {concept!r}: {what} {target!r} is not a term",
                                 path=origin, hint="name another entry's en: form")
            if what == "opposite" and target in self.opposites:
                raise InputError(f"glossary term {concept!r}: opposite {target!r} is itself "
                                 "an antonym", path=origin,
                                 hint="point both antonyms at the plain concept")


#: words before a noun form that make it a noun: an article or a preposition (not "and":
#: "binds and controls Y" is a verb)
_NOUN_BEFORE = frozenset({"the", "of", "to", "in", "among", "with", "vs", "versus", "than",
                          "between", "from", "all", "normal"})
#: words after it that make it a noun: the verb of a clause it is the subject of, or a
#: preposition of who they were
_NOUN_AFTER = frozenset({"were", "was", "had", "have", "who", "without", "with", "did",
                         "matched", "selected", "received", "showed", "at", "in", "from"})
#: words after it that make it a verb: a determiner of its object ("controls the")
_VERB_AFTER = frozenset({"the", "a", "an", "its", "their", "this", "these", "both", "how"})


def reads_as_noun(text: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Does the word at `tokens[i]` stand as a noun? "116 controls", "healthy controls",
    "matched controls were", "than controls." are; "TOR controls nuclear import",
    "directly controls the" are not. `text` is what the tokens were read from (a figure may
    be blanked there to spaces)."""
    _, start, end = tokens[i]
    after = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
    if after in _VERB_AFTER:
        return False
    gap_after = text[end : tokens[i + 1][1]] if after else text[end:]
    if not after or re.search(r"[,.;:()\[\]]", gap_after) or after in _NOUN_AFTER:
        return True
    before = tokens[i - 1][0].lower() if i else ""
    gap_before = text[tokens[i - 1][2] if i else 0 : start]
    if re.search(r"\d|\s{2,}", gap_before) or before in _NOUN_BEFORE:
        return True
    return before.endswith(("ed", "y")) and not before.endswith("ly")


def _words(values: object, origin: str) -> list[str]:
    """A YAML list of words; an unquoted on/off/yes/no, which YAML reads as true/false, is
    an error rather than the word "True"."""
    if values is None:
        return []
    items = values if isinstance(values, list) else [values]
    for item in items:
        if isinstance(item, bool):
            raise InputError(f"glossary word list holds {str(item).lower()}, not a word",
                             path=origin, hint='quote words YAML reads as true/false: "on", "no"')
    return [str(item) for item in items]


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w, _, _ in words(phrase.replace("/", " "), join_prefixes=True))


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError("glossary is not valid YAML", path=origin,
                         line=(mark.line + 1) if mark is not None else None,
                         hint=str(getattr(exc, "problem", "") or "check indentation")) from None
    if not isinstance(data, dict):
        raise InputError("glossary must be a mapping with a 'terms' list", path=origin)
    return data


@lru_cache(maxsize=1)
def _packaged_text() -> str:
    return resources.files("claimcheck").joinpath("data").joinpath("glossary.yaml").read_text("utf-8")


@lru_cache(maxsize=8)
def _load(extra: str | None) -> Glossary:
    glossary = Glossary()
    glossary.merge(_read_yaml(_packaged_text(), "claimcheck/data/glossary.yaml"), "glossary.yaml")
    drugclass.register(glossary)  # SGLT2 inhibitor, statin, …: what a member's name also names
    if extra is not None:
        path = Path(extra)
        if not path.is_file():
            raise InputError("glossary file not found", path=extra,
                             hint="pass a YAML file with a 'terms' list")
        try:
            text = path.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"glossary file cannot be read: {exc}", path=extra) from None
        check_yaml_budget(text, where=extra, what="glossary")  # alias bombs, deep nesting
        glossary.merge(_read_yaml(text, extra), extra)
    return glossary


def load_glossary(extra_path: str | Path | None = None) -> Glossary:
    """The packaged glossary, extended by the user's YAML file when given (cached)."""
    return _load(str(extra_path) if extra_path is not None else None)
