"""Is a cited journal name the record's journal? Full titles, ISO abbreviations, variants."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.resolve.normalize import squash, words

# Words ISO 4 abbreviations leave out.
_STOPWORDS = frozenset({
    "the", "of", "and", "in", "for", "on", "de", "la", "le", "les", "des", "du", "et", "der",
    "die", "das", "und", "a", "an", "to", "y", "e", "i",
})
_PARENTHESISED = re.compile(r"\([^)]*\)|\[[^\]]*\]")

# Short names in common use that are not derivable from the title by abbreviation rules.
_COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "nejm": ("newenglandjournalofmedicine",),
    "pnas": ("proceedingsofthenationalacademyofsciencesoftheunitedstatesofamerica",),
    "jama": ("journaloftheamericanmedicalassociation",),
    "bmj": ("britishmedicaljournal",),
    "cmaj": ("canadianmedicalassociationjournal",),
    "plosone": ("plosone",),
}


def _variants(name: str) -> set[str]:
    """Squashed forms of a journal name: as given, without brackets, subtitle or leading 'The'."""
    base = _PARENTHESISED.sub(" ", name)
    forms = {name, base, base.split(":")[0], base.split(" = ")[0]}
    forms |= {re.sub(r"^\s*the\s+", "", f, flags=re.I) for f in list(forms)}
    return {squash(f) for f in forms if squash(f)}


def _content_words(name: str) -> tuple[str, ...]:
    base = _PARENTHESISED.sub(" ", name).split(":")[0]
    return tuple(w for w in words(base) if w not in _STOPWORDS)


def _is_abbreviation_of(short: str, full: str) -> bool:
    """True when `short` (spaces optional) abbreviates every content word of `full`, in order.

    Each piece must start with its word's first letter and keep the rest of its letters in
    order ("Natl" for "National", "Engl" for "England").
    """
    target = squash(_PARENTHESISED.sub(" ", short))
    full_words = _content_words(full)
    if not target or not full_words or len(target) >= len("".join(full_words)):
        return False
    return _splits(target, full_words)


@lru_cache(maxsize=2048)
def _splits(text: str, full_words: tuple[str, ...]) -> bool:
    if not full_words:
        return not text
    if not text:
        return False
    word, rest = full_words[0], full_words[1:]
    if text[0] != word[0]:
        return False
    # consume a letter subsequence of `word` that starts with its first letter
    position = 1
    for end in range(1, len(text) + 1):
        if end > 1:
            found = word.find(text[end - 1], position)
            if found < 0:
                break
            position = found + 1
        if _splits(text[end:], rest):
            return True
    return False


def same_journal(cited: str, record_names: list[str]) -> bool:
    """True when the cited journal is one of the record's names, an abbreviation or variant."""
    cited_forms = _variants(cited)
    for name in record_names:
        record_forms = _variants(name)
        if cited_forms & record_forms:
            return True
        for form in cited_forms:
            if any(full in record_forms for full in _COMMON_NAMES.get(form, ())):
                return True
        for form in record_forms:
            if any(full in cited_forms for full in _COMMON_NAMES.get(form, ())):
                return True
        if _is_abbreviation_of(cited, name) or _is_abbreviation_of(name, cited):
            return True
    return False
