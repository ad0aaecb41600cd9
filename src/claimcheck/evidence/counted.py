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
