"""English claim words the glossary lacks, found in a source through word formation
(session 10).

An English claim says in everyday words or another derivation what an abstract says in its
own: "thymus" / "thymic", "adult" / "adulthood", "risky" / "risk", "heart" / "cardiac",
"kids" / "children", "Norwegian" / "Norway". The Chinese side already reaches English
stems through the lexicon's derivation reader (`lexicon._stem_carries`: derivations the
stemmer keeps apart, Latin alternations) and the compound heads of `wordform`; an English
word no glossary names (``~stem``) is read through the same two here, plus a few lay roots
(`_LAY_EN`) and three English-only classes: the adjective in -y of a noun (risky / risk),
the Latin noun in -us and its adjective in -ic (thymus / thymic), and a nationality
adjective against a capitalised country name of the source (Norwegian / Norway, Japanese /
Japan). The lexicon's organ roots (liver / hepatic, mother / maternal) and its reading of
a word less a neutral prefix (marketing / postmarket) are not used for English claims:
measured, they made one more false supported and one more false contradicted on the probes
and one more false supported on SciFact train, and gained nothing.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.evidence import wordform
from claimcheck.evidence.lexicon import _stem_carries as derived
from claimcheck.evidence.lexicon import american

#: lay English words medical English writes by a root of another family: "kids" are
#: children, the "gut" and the "bowel" are the intestine (colon, colorectal), a "heart"
#: word is cardiac; each a general word of plain English, never a phrase of one text
_LAY_EN: dict[str, tuple[str, ...]] = {
    "kid": ("child", "children", "pediatr", "paediatr"),
    "gut": ("intestin", "enteric", "bowel"),
    "bowel": ("intestin", "colorect", "colon", "gut"),
    "heart": ("cardi", "myocardi", "atri"),
    "belli": ("abdomen", "abdomin"),  # belly / abdominal
    # everyday words for general biomedical terms (session 12): a "faulty" gene is a mutant
    # or defective one, one "copy" of a gene an allele (heterozygous), how patients "fared"
    # their outcome, "separate" mechanisms independent or distinct ones
    "faulti": ("mutat", "mutant", "defect"),
    "copi": ("allel", "heterozyg", "homozyg"),
    "fare": ("outcom",),
    "separ": ("independ", "distinct"),
    # general English pairs (session 13): a substance's level is its concentration; the
    # heart's parts name the heart ("heart tissue" / atrial or myocardial tissue); "usual"
    # care or drugs are conventional or standard ones (not the other way: "conventional T
    # cells" are no usual ones); blood / plasma, serum stays out (session 12: a sentence on
    # serum folate then "supported" a claim on blood homocysteine)
    "level": ("concentr",),
    "concentr": ("level",),
    "usual": ("convent", "standard"),
    # everyday verbs of beginning and ending an act, which medical English writes with a
    # Latin root ("stopped" / "discontinued", "ceased", "halted"; "the start of symptoms" /
    # their onset; not "terminated" nor "initiated", whose stems are those of "terminal"
    # and "initial"), and a child as the paediatric patient
    "stop": ("discontinu", "ceas", "cessat", "halt"),
    "start": ("commenc", "onset"),
    "child": ("pediatr",),
    "pediatr": ("child",),
}
#: letters a root's word may add ("cardi" + "ac", "intestin" + "al"): the root's own
#: adjective or noun, not a longer compound it begins ("neurovascular" is no "nerve")
_ROOT_GROWTH = 4
#: the shortest stem read through derivation: shorter ones ("use", "age") are too many words'
#: beginnings
_MIN_WORD = 4
#: endings of a nationality adjective (stemmed): Norwegian, Japanese (japanes), British,
#: Israeli, Swiss is irregular and not guessed
_DEMONYM_ENDINGS = ("an", "es", "ish", "i")
_MIN_PLACE = 4  # letters of the country's name the adjective keeps


def found(word: str, stems: frozenset[str], surface: str = "",
          names: frozenset[str] = frozenset()) -> bool:
    """Is the English claim word (a stem the glossary lacks, ``~`` removed) in a text with
    these stems, by a derivation or a lay root? ``surface`` is the word as the claim writes
    it; a capitalised one may be a nationality adjective of one of the text's ``names``
    (stems of the capitalised words it writes that no glossary names)."""
    if not stems:
        return False
    roots = _LAY_EN.get(word)
    if roots:  # an organ's or a lay word's root: its adjective only
        return any(s.startswith(r) and len(s) - len(r) <= _ROOT_GROWTH
                   for s in american(stems) for r in roots)
    if len(word) < _MIN_WORD:
        return False
    if surface[:1].isupper() and word.endswith(_DEMONYM_ENDINGS) and any(
            _country_of(word, name) for name in names):
        return True
    if surface[:1].isupper() and any(  # the other way: India / Indian, China / Chinese
            name.endswith(_DEMONYM_ENDINGS) and _country_of(name, word) for name in names):
        return True
    return _found(word, stems)


@lru_cache(maxsize=65536)
def _found(word: str, stems: frozenset[str]) -> bool:
    us = american(stems)
    if wordform.head_found(word, us) or any(derived(word, s) for s in us):
        return True  # adult / adulthood, inhibitor / inhibit, toxicity / hepatotoxicity
    if _d_s_alternate(word) in us:
        return True  # decide / decision, exploded / explosive, conclude / conclusion
    if word.endswith("i") and len(word) >= _MIN_WORD + 1 and word[:-1] in us:
        return True  # risky (riski) / risk, healthy / health, bloody / blood
    # thymus / thymic (a root of four letters at least)
    return word.endswith("us") and len(word) >= _MIN_WORD + 2 and (word[:-2] + "ic") in us


def _d_s_alternate(word: str) -> str:
    """The stem of the same Latin root with its last d and s swapped, for a root of five
    letters at least whose d follows a vowel or n: decid / decis (decide, decision), explod /
    explos, expand / expans; "" for any other stem. Only the whole stem is compared, so
    "bread" is no "breast"."""
    if len(word) < _MIN_WORD + 1 or word[-2:-1] not in _BEFORE_D:
        return ""
    return word[:-1] + {"d": "s", "s": "d"}.get(word[-1], word[-1]) if word[-1] in "ds" else ""


#: what a root's alternating d follows (decid, conclud, explod, invad, expand)
_BEFORE_D = frozenset("aeioun")


def _country_of(adjective: str, place: str) -> bool:
    """Norwegian / Norway, Japanese / Japan, British / Britain: the adjective begins with the
    name less its last three letters (four kept at least) and is at most six letters longer;
    the name is a capitalised word of the text, of five letters at least (no "Germ" of
    "German")."""
    head = place[: max(_MIN_PLACE, len(place) - 3)]
    return (adjective.startswith(head) and adjective != place
            and len(adjective) <= len(place) + 6 and len(place) > _MIN_PLACE)
