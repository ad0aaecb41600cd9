"""What a count counts: people, institutions, areas, papers, variants, specimens (session 13).

A whole number is stated only by the same number of the same things. "约7300名患者和对照者"
(people) is not stated by "7,264 MHC SNPs in 22,647 cases" (variants), nor "20例" (cases) by
"20 newly acquired mutations", nor "26 children" by "26 centres". The noun a count counts is
read just after its figure — in English the first known noun within a few words ("7,264 MHC
SNPs", "20 newly acquired, novel nonsynonymous mutations"), in Chinese its measure word and
the noun after it ("7300名", "13家全科诊所", "20个突变") — and sorted into a small lexicon of
general classes. Two figures whose classes are both known and differ count different things.
"""

from __future__ import annotations

import re

from claimcheck.evidence.numbers import EN_WORD, en_word
from claimcheck.evidence.text import stem
from claimcheck.models import Quantity

#: general count nouns by class (plural and singular forms, lower case)
_CLASSES_EN: dict[str, frozenset[str]] = {
    "people": frozenset({
        "people", "persons", "person", "patients", "patient", "participants", "participant",
        "subjects", "individuals", "adults", "children", "infants", "adolescents", "women",
        "men", "girls", "boys", "cases", "controls", "volunteers", "respondents", "mothers",
        "newborns", "neonates", "students", "residents", "smokers", "users", "survivors",
        "donors", "recipients", "carriers", "families", "households", "pairs", "twins",
        "practitioners", "physicians", "doctors", "nurses", "clinicians", "surgeons",
        "pharmacists", "dentists", "midwives", "workers", "employees", "staff", "teachers",
        "parents", "athletes", "veterans", "soldiers", "members", "interviewees"}),
    "institution": frozenset({
        "centres", "centers", "centre", "center", "hospitals", "practices", "clinics",
        "schools", "wards", "pharmacies", "laboratories", "universities"}),
    "area": frozenset({
        "countries", "regions", "districts", "cities", "provinces", "counties", "communities",
        "villages", "areas", "municipalities", "states", "territories", "towns"}),
    "paper": frozenset({
        "studies", "trials", "articles", "papers", "reports", "reviews", "publications",
        "cohorts", "datasets", "databases"}),
    "genetic": frozenset({
        "snps", "snp", "variants", "mutations", "mutation", "genes", "loci", "alleles",
        "polymorphisms", "markers", "haplotypes", "deletions", "insertions", "substitutions"}),
    "specimen": frozenset({
        "samples", "specimens", "biopsies", "tissues", "sera", "swabs", "slides"}),
}
#: Chinese measure words that name their class themselves
_MEASURE_ZH = {"名": "people", "人": "people", "例": "people", "位": "people",
               "家": "institution", "所": "institution", "篇": "paper", "份": "specimen"}
#: Chinese nouns by class, read after a general measure word (个, 项, 组 …)
_NOUNS_ZH: dict[str, tuple[str, ...]] = {
    "people": ("患者", "病人", "儿童", "婴儿", "女性", "男性", "妇女", "成人", "成年人",
               "参与者", "受试者", "对照者", "病例", "家庭", "学生", "居民", "医生", "医师",
               "护士", "药师", "教师", "父母", "工人", "员工"),
    "institution": ("医院", "中心", "诊所", "学校", "药房", "实验室", "大学"),
    "area": ("国家", "地区", "城市", "社区", "省", "县", "村", "区", "州"),
    "paper": ("研究", "试验", "文献", "论文", "报告", "队列"),
    "genetic": ("突变", "位点", "基因", "变异", "SNP", "snp", "多态性", "等位基因"),
    "specimen": ("样本", "标本", "活检", "血清"),
}
#: words that end the reading of an English figure's noun: a preposition, a joint, a verb
_STOP_EN = frozenset({
    "in", "of", "at", "with", "from", "for", "per", "among", "who", "which", "that", "were",
    "was", "had", "have", "has", "to", "on", "by", "than", "versus", "vs", "or", "and", "but",
    "gave", "got", "took", "underwent", "provided", "showed", "carried", "are", "is", "did"})
_WORD_EN = re.compile(r"[A-Za-z][A-Za-z'-]*|\S")
_LOOK = 5  # words read after an English figure
_GENERAL_ZH = re.compile(r"\s*(?:多|余)?\s*(?:个|项|组|种|只|份|例|名|人|家|所|篇|位)?")


def counted_class(text: str, q: Quantity) -> str | None:
    """The class of what a whole-number figure counts (people, institution, area, paper,
    genetic, specimen), read from its unit, the words just after it, or the noun before an
    "(n = …)"; None when unknown."""
    if q.kind not in ("count", "number") or q.decimals or q.value is None:
        return None
    if q.kind == "count" and q.unit:
        if q.unit == "persons":
            return "people"
        known = _class_en(q.unit.lower())
        if known:
            return known
    after = text[q.end:q.end + 60]
    zh = _class_zh(q.text, after)
    if zh is not None:
        return zh
    return _class_after_en(after) or _class_before_n(text[max(0, q.start - 40):q.start])


#: "colorectal cancer cases (n=8634)": the noun just before a bracketed n
_BEFORE_N = re.compile(r"([A-Za-z]+)\s*[(\[]\s*n\s*=\s*$", re.I)


def _class_before_n(before: str) -> str | None:
    m = _BEFORE_N.search(before)
    return _class_en(m.group(1).lower()) if m else None


def counts_other(claim_text: str, c: Quantity, source_text: str, s: Quantity) -> bool:
    """Do the two figures count things of two different known classes?"""
    mine = counted_class(claim_text, c)
    theirs = counted_class(source_text, s) if mine else None
    return mine is not None and theirs is not None and mine != theirs


def _class_en(word: str) -> str | None:
    return next((k for k, words in _CLASSES_EN.items() if word in words), None)


def _class_after_en(after: str) -> str | None:
    """The class of the first known noun in the few words after an English figure."""
    words = [t.lower() for t in _WORD_EN.findall(after) if t != ","]
    for n, word in enumerate(words):
        if n >= _LOOK or word in _STOP_EN or not word[0].isalpha() or \
                not n and word.endswith("ed"):  # "750 completed …": the figure is a subject
            return None
        known = _class_en(word)
        if known:
            return known
    return None


def _class_zh(printed: str, after: str) -> str | None:
    """The class named by a Chinese figure's measure word ("7300名") or by the noun after
    it ("207个地区", "20个突变")."""
    tail = printed[-1:] if printed and not printed[-1].isdigit() else ""
    if tail in _MEASURE_ZH:
        return _MEASURE_ZH[tail]
    m = _GENERAL_ZH.match(after)
    rest = after[m.end():] if m else after
    measure = m.group().strip() if m else ""
    if not measure and not tail:
        return None  # a bare figure with no measure word: no Chinese count
    if measure[-1:] in _MEASURE_ZH:
        return _MEASURE_ZH[measure[-1]]
    head = rest[:8]
    for k, nouns in _NOUNS_ZH.items():
        if any(head.startswith(n) or head[2:].startswith(n) for n in nouns):
            return k
    return None


#: where an English clause begins: the sentence start, a comma, semicolon, colon or bracket
_CLAUSE_START = re.compile(r"[,;:(]\s*|^\s*")
#: words that may open a clause before its subject count ("and six had …")
_LEAD_EN = frozenset({"", "and", "but", "while", "whereas", "yet", "only", "just", "in all",
                      "overall", "in total"})
#: where a count's predicate ends: a clause mark, a bracket, or a joint of two clauses
_PREDICATE_END = re.compile(r"[,;:.()\[\]]|\s(?:and|but|while|whereas|whom|who|which|"
                            r"respectively|compared|versus|vs)\s", re.I)
#: a count noun or "of the patients" between a subject count and its verb
_COUNTED_HEAD = re.compile(r"\s*(?:of\s+(?:the|these|those|them)(?:\s+[a-z]+)?\s+)?"
                           r"(?:[a-z]+\s+)?", re.I)
_AUXILIARY = frozenset({"had", "have", "has", "were", "was", "are", "is", "been", "also",
                        "all", "then", "later", "eventually", "subsequently", "each"})
_FUNCTION_EN = frozenset({
    "the", "a", "an", "of", "on", "in", "at", "to", "for", "with", "by", "from", "as", "their",
    "its", "his", "her", "this", "that", "these", "those", "them", "they", "it", "into", "after",
    "during", "or"} | _AUXILIARY)
_NEGATION_EN = re.compile(r"\b(?:not|no|never|none|neither|nor|without|failed)\b|n't\b", re.I)
_SUBGROUP_OPENING = re.compile(r"^\s*(?:among|in|within|for)\s+(?:the\s+)?(\w+)", re.I)
_SHARED_SHARE = 0.6  # of the claim predicate's words the source predicate must share


def _predicate(text: str, start: int, end: int) -> tuple[str, str] | None:
    """A count at text[start:end] that opens its clause, and the predicate said of it: "nine
    of the 15, had acquired the C797S mutation" → "acquired the C797S mutation"; the clause's
    opening words ("and")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, start + 1) if m.end() <= start]
    lead = text[max(starts, default=0):start].strip().lower()
    if lead not in _LEAD_EN:
        return None
    rest = text[end:]
    rest = rest[1:] if rest.startswith(",") else rest  # "nine of the 15, had acquired"
    stop = _PREDICATE_END.search(rest)
    said = rest[:stop.start()] if stop else rest
    words = said.split()
    verb = next((n for n, w in enumerate(words) if _is_verb(w)), None)
    if verb is None or verb > 3:
        return None  # the count is no subject ("12 patients with AD …")
    return lead, " ".join(words[verb:])


#: a whole number in digits or words, and the total it may be of ("four of the 19")
_COUNT_TOKEN = re.compile(rf"\b(?P<n>\d{{1,5}}|{EN_WORD})\b(?![.,]\d)"
                          rf"(?:\s+(?:[a-z]+\s+)?(?:of|out of)\s+(?:the\s+|these\s+|a total of\s+)?"
                          rf"(?P<N>\d{{1,5}}|{EN_WORD})\b(?![.,]\d))?", re.I)


def _counts(text: str) -> list[tuple[int, int, float, float | None]]:
    """Every whole number of an English text, in digits or words, with its total if it has
    one: (start, end, value, total)."""
    out = []
    for m in _COUNT_TOKEN.finditer(text):
        total = _value(m["N"]) if m["N"] else None
        out.append((m.start(), m.end(), _value(m["n"]), total))
    return out


def _value(token: str) -> float:
    return float(token) if token.isdigit() else en_word(token.lower())


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w in _AUXILIARY - {"also", "all", "then", "later", "eventually", "subsequently",
                              "each"} or w.endswith("ed") and len(w) > 4 or w in {
        "died", "became", "got", "took", "showed", "developed", "underwent", "lost", "met"}


def _content(said: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z0-9]+", said)
    return frozenset(stem(w) for w in words if w.lower() not in _FUNCTION_EN)


def _same_predicate(claim: str, source: str) -> bool:
    """Do two predicates say one thing: most of the claim's words, at least two, and every
    word with a digit ("C797S") shared, neither negated?"""
    if _NEGATION_EN.search(claim) or _NEGATION_EN.search(source):
        return False
    mine, theirs = _content(claim), _content(source)
    shared = mine & theirs
    coded = {w for w in mine ^ theirs if any(ch.isdigit() for ch in w)}
    return len(shared) >= 2 and len(shared) >= _SHARED_SHARE * len(mine) and not coded


def count_clash(claim_text: str, claim: Quantity,
                units: list[str]) -> tuple[int, str] | None:
    """The one source count said with the claim count's own predicate, at another value
    ("Seven of the nine developed symptoms on a diet containing oats" against "Four of the
    patients had clinical symptoms on an oats-containing diet"; session 14): the unit's
    index and the count as printed. None where the claim's value is given anywhere in the
    source (in digits or words), the counts' totals differ, the source sentence opens on a
    group the claim never names, or more than one source count has that predicate."""
    if claim.kind not in ("count", "number", "fraction") or claim.value is None or \
            claim.decimals or claim.value != int(claim.value) or \
            claim.kind == "fraction" and re.search(r"\bin\b", claim.text):
        return None  # ("one in five" is a share, no count)
    mine = _predicate(claim_text, claim.start, claim.end)
    if mine is None or any(claim.value == value for text in units
                           for _, _, value, _ in _counts(text)):
        return None
    found: list[tuple[int, str]] = []
    for n, text in enumerate(units):
        for start, end, _, total in _counts(text):
            theirs = _predicate(text, start, end)
            if theirs is None or not _same_predicate(mine[1], theirs[1]):
                continue
            if total and claim.denominator and total != claim.denominator:
                return None
            opening = _SUBGROUP_OPENING.match(text)
            if opening and opening.group(1).lower() not in claim_text.lower():
                return None
            found.append((n, text[start:end]))
    return found[0] if len(found) == 1 else None
