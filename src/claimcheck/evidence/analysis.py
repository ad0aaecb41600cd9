"""Analysis computed once per text: sentences, their terms, and quantities with context."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from claimcheck.article.chinese import to_simplified
from claimcheck.evidence.against import Framing, framing
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.lists import Respective, adjusted_for, respective_lists
from claimcheck.evidence.quantities import DAYS_PER, POINTS, elliptical, extract_with_intervals
from claimcheck.evidence.significance import interval_side
from claimcheck.evidence.terms import MEASURE_NOUNS, Terms, analyze, analyze_positions
from claimcheck.evidence.text import has_cjk, split_sentences, stem
from claimcheck.models import FullText, Quantity, SourceRecord

SourceKind = Literal["title", "abstract", "full_text"]
MINOR_KINDS = frozenset({"year", "date", "duration", "phase"})
#: (also a hyphen set off by spaces between words, as plain-text abstracts print a dash: "…
#: were not defined - large variation in …", a clause of its own; not "—", which sets off an
#: appositive that belongs to its clause: session 11)
_CLAUSE = re.compile(r"[,，;；:：]\s*|\s+(?:whereas|while|but)\s+"
                     r"|(?<=[A-Za-z)]) - (?=[A-Za-z])")
_AND = re.compile(r"\s+and\s+|、|[和及与](?=\s*[\d一二两三四五六七八九十百千万])|"
                  r"\s+with\s+(?=\d)", re.IGNORECASE)
#: "compared 59 doctors … with 236 controls": the "with" that joins a comparison's two counts
_COMPARED = re.compile(r"\bcompar(?:ed|ing|es?)\b", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]{2,}")
_RESPECTIVELY = re.compile(r"\brespectively\b|分别", re.IGNORECASE)
_MARKERS = re.compile(r"\[\s*\d+(?:\s*[,，\-–]\s*\d+)*\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


@dataclass(frozen=True)
class QuantityInfo:
    """A quantity with the meaning words of its clause and the time points beside it."""

    quantity: Quantity
    context: frozenset[str]  # concepts of its clause (claim side: maximal; source: all)
    times: frozenset[int]  # other durations in the clause, in days
    key_context: frozenset[str] = frozenset()  # maximal concepts only (what it measures)
    #: its own clause is negated ("两组…并无差异"); a negation elsewhere in the sentence
    #: ("纳入2539名没有糖尿病的成年人，…体重为104.8公斤") says nothing about this figure
    negated: bool = False
    #: the dose arms it is bound to: doses of a drug stated in its own clause ("−19.5% with
    #: 10-mg doses", "5毫克组则下降19.5%"), as (value, unit)
    arms: frozenset[tuple[float, str]] = frozenset()
    #: a dose that names the arm of another figure in its clause ("the 5-mg group lost 15%"):
    #: stated where the source names that dose at all, never a finding of its own
    arm_label: bool = False
    #: dates and years beside it (its clause, or a leading clause of time points only), as
    #: yyyymmdd with 00 for what is not given: "by June 30, 2020, 150 deaths"
    dates: frozenset[int] = frozenset()
    #: a dose's "of" name ("40 mg of folic acid", "1,500 mg of glucosamine"): the concepts of
    #: what was given, known to the lexicon as a drug or not
    given: frozenset[str] = frozenset()
    #: the other form of an abbreviation its clause writes ("880 infants developed IHPS":
    #: infantile hypertrophic pyloric stenosis), read where a figure is stated, never where
    #: another value is taken for the same measure (`abbreviations.Expander`)
    also: frozenset[str] = frozenset()
    #: said as an amount of change ("fell by 1.3%") or as a level ("from 8.4% to 7.1%"):
    #: `against.framing` (contradiction helper, session 8)
    framing: Framing = ""
    #: the concepts and stems of its whole sentence: a figure taken for another value of the
    #: claim's measure must be in a sentence that names that measure (session 8)
    sentence: Terms | None = dataclasses.field(default=None, compare=False, hash=False)
    #: the figures of its sentence, each with its own meaning words (`Quantity.context`), time
    #: points and dates
    peers: tuple[tuple[Quantity, frozenset[int], frozenset[int]], ...] = dataclasses.field(
        default=(), compare=False, hash=False)
    #: the words of the other items of a list its figure is paired with ("12%, 18% and 25%
    #: for A, B and C, respectively": B and C for 12%), which no clause of its sentence lends
    #: it (session 12)
    foreign: frozenset[str] = frozenset()
    #: the words of that figure's own item ("A" for 12% there)
    item: frozenset[str] = frozenset()
    #: the second figure of a bracketed pair after one group named alone ("鱼油组…（9%对13%）":
    #: 13%), the group left unnamed, which may be the comparator (session 14)
    unnamed: bool = False
    #: the concepts its sentence names only in a list of what was adjusted for ("… after
    #: adjustment for age, BMI and smoking": `lists.adjusted_for`): covariates, never the
    #: finding of a claim that says nothing of an adjustment (session 12)
    adjusters: frozenset[str] = frozenset()
    #: a claim's figure in a sentence that speaks of an adjustment ("adjusted for", "once age
    #: was taken into account", 校正)
    adjusts: bool = False
    #: a claim's share with no measure noun of its own that counts those who went on to
    #: become something ("约有一成最终发展为…", "进展为…"): a progression, which a figure of
    #: prevalence (who has it) does not state (session 12)
    progression: bool = False
    #: the sex named right after the figure ("2.9 years (2.8-3.0) for men", "41% in women"):
    #: "m", "f" or "" (session 13)
    sex: str = ""
    #: the cancer stage it is given for ("0.91 for stage 1A", "IA期…0.97"), with ">" before it
    #: for a stage above one ("0.97 for higher than stage 1A"): "1A", ">1A" or "" (session 13)
    stage: str = ""

    @property
    def is_minor(self) -> bool:
        """A year, date or duration: a time point beside the figures, checked but not decisive."""
        q = self.quantity
        return q.kind in MINOR_KINDS or _time_range(q)

    @property
    def is_anchor(self) -> bool:
        """A figure that carries the claim (not a year, date or duration)."""
        q = self.quantity
        if q.kind in MINOR_KINDS or _time_range(q):
            return False
        if q.kind == "number":  # a small tally in digits too: "8项随机对照试验" (session 14)
            return (q.value or 0) >= 10 or q.decimals > 0 or tallied(q)
        return True


#: counts of the units a study pools or takes part in, not of a result
_TALLIED = frozenset({"studies", "trials", "centres", "centers", "hospitals"})


def tally(q: Quantity) -> bool:
    """A count of studies, trials, centres or hospitals ("five studies", 五项, 三家): what
    a review pooled or a trial ran in."""
    return q.kind == "count" and (q.unit in _TALLIED or (
        q.unit is None and q.text.rstrip()[-1:] in ("项", "家", "所")))


def tallied(q: Quantity) -> bool:
    """`tally`, or a Chinese count of them in digits (14项, 32家), which is read as a bare
    number where one in words (五项) is a count (session 13): what a review pooled, stated
    by the source's count of studies."""
    return tally(q) or (q.kind == "number" and q.unit is None
                        and q.text.rstrip()[-1:] in ("项", "家", "所"))


@dataclass(frozen=True)
class Clause:
    """One clause: its concepts and its own polarity (negation cue, direction of change)."""

    concepts: frozenset[str]
    negated: bool
    direction: int  # +1 up, -1 down, 0 none or both
    has_figure: bool = False  # holds a figure (not a year, date or duration)
    moves: bool = False  # has a direction word (both directions: direction 0)
    span: tuple[int, int] = (0, 0)  # where it stands in the text (start, end)
    #: a clause that only excepts its items from what the clause before says ("…, and
    #: malignancy, but not gender"): it borrows that clause's predicate, denied
    excepted: bool = False

    @property
    def marked(self) -> bool:
        return self.negated or self.moves


@dataclass(frozen=True)
class Unit:
    """One sentence of evidence, analysed."""

    text: str
    section: str | None
    source: SourceKind
    terms: Terms
    quantities: tuple[QuantityInfo, ...]
    clauses: tuple[Clause, ...] = ()
    #: `states_finding` / `states_result`, worked out once when the unit is built
    finding: bool | None = None
    result: bool | None = None
    #: +1 / -1 where the sentence's only statement of change is a ratio whose 95% CI lies
    #: above / below 1 ("hazard ratio, 0.86; 95% CI, 0.74 to 0.99"): it may support a claim
    #: of that change, never contradict one
    ratio_direction: int = 0
    #: concepts in `terms.all` lent by other sentences of the source (`groups.py`: the arms a
    #: sentence about "the groups" leaves unnamed): they may complete a statement, never
    #: make up the three own terms a contradiction takes
    lent: frozenset[str] = frozenset()
    #: the stems lent with them (so that a Chinese claim's words read the title's English)
    lent_stems: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Analysed:
    terms: Terms
    quantities: tuple[QuantityInfo, ...]
    text: str = ""
    clauses: tuple[Clause, ...] = ()


def strip_markers(text: str) -> str:
    """Remove citation markers ("[1]", "[1,2]", "³") so they are not read as numbers."""
    return _MARKERS.sub("", text)


def duration_days(q: Quantity) -> float | None:
    if q.unit in DAYS_PER and q.value is not None:
        return q.value * DAYS_PER[q.unit]
    return None


#: a duration that is a figure of its own, not the time point of its neighbours ("median
#: survival of 7.5 months", "aged 66 years", "mean age, 66 years", "平均年龄66岁")
_VALUE_DURATION = re.compile(r"(?:\bsurvival(?:\s+time)?|\bages?|\baged|年龄|生存期|生存时间)\s*"
                             r"(?:of|was|were|is|为|是|[:,：，])?\s*$", re.I)


#: the name after a dose, up to a comma, a bracket or a word that is no part of it
_STOP = r"(?:and|or|daily|per|a|an|the|in|for|to|with|twice|once|each|every|was|were|given)\b"
_DOSE_OF = re.compile(rf"\s*of\s+(?!{_STOP})(?P<name>[A-Za-z][\w-]*(?:\s+(?!{_STOP})"
                      rf"[A-Za-z0-9][\w-]*){{0,2}})", re.I)


def _given(text: str, q: Quantity, events: list[tuple[int, str, bool]],
           glossary: Glossary) -> frozenset[str]:
    """The concepts of a dose's "of" name (`QuantityInfo.given`)."""
    if q.kind != "dose":
        return frozenset()
    m = _DOSE_OF.match(text, q.end)
    if m is None:
        return frozenset()
    a, b = m.span("name")
    return frozenset(c for at, c, _ in events if a <= at < b and glossary.kind(c) != "generic")


#: "were 7.5 months and 38.5% in the … group and 8.0 months and 28.4% for …": a duration
#: listed with a percentage is a value beside it (a median survival), not its time point
_LISTED_WITH = re.compile(r"\s*(?:,|and)\s+\d[\d.]*\s*%")


#: after a duration, what makes it a frequency ("5 d/wk", "3 days a week", "2 h per day")
_PER_AFTER = re.compile(r"\s*(?:/\s*(?:wk|week|d|day|mo|month|y|yr|year)\b|(?:a|per|each|every)\s+"
                        r"(?:week|day|month|year)\b)", re.I)
#: before it: 每周五天, 每天2小时
_PER_BEFORE = re.compile(r"(?:每|一)(?:个)?(?:周|星期|天|日|月|年)\s*$")


def _frequency(text: str, q: Quantity) -> bool:
    """A duration said per week or day ("5 d/wk", 每周五天): how often, not when."""
    return q.kind == "duration" and (_PER_AFTER.match(text, q.end) is not None or _PER_BEFORE.search(
        text, max(0, q.start - 4), q.start) is not None)


def _time_point(text: str, q: Quantity) -> float | None:
    """A duration's days where it can be the time point of another figure of its clause (not a
    frequency: "5 d/wk", 每周五天; session 11)."""
    if q.kind == "duration" and (_VALUE_DURATION.search(text, max(0, q.start - 30), q.start)
                                 or _LISTED_WITH.match(text, q.end)):
        return None
    if _frequency(text, q):
        return None
    if q.kind == "range" and q.unit in DAYS_PER and q.low is not None and q.low <= 1 and \
            q.high is not None:
        return -q.high * DAYS_PER[q.unit]  # a period from the start: its end, marked as a period
    return duration_days(q)


def analyse(text: str, glossary: Glossary, *, claim: bool = False) -> Analysed:
    """Terms of the whole text and its quantities with clause context."""
    memo_key = (text, claim)
    cached = glossary.memo.get(memo_key)
    if isinstance(cached, Analysed):
        return cached
    result = _analyse(text, glossary, claim)
    if len(glossary.memo) > 50_000:
        glossary.memo.clear()
    glossary.memo[memo_key] = result
    return result


#: a definition set off by dashes: what a claim's measure is made of, not what it measures
#: beside its figures (the source defines it in its methods)
_APPOSITIVE = re.compile(r"[—–]\s*[^—–\d]{3,160}?\s*[—–]")

#: "23 in all", "412 in total": a count said to be the whole, no scope over a group
_TOTAL_AFTER = re.compile(r"(?<=\d)\s+(?:in all|in total|all told|altogether)\b", re.I)
#: "almost all of them (99%)", "most (80%)", "绝大多数（99%）": a scope word the share in brackets
#: right after it restates
_SCOPE_OF_SHARE = re.compile(
    r"\b(?:(?:almost|nearly|virtually)\s+)?(?:all|most|the majority)(?:\s+of\s+(?:them|these|"
    r"those))?(?=\s*\(\s*\d[\d.]*\s*%)|"
    r"(?:绝大多数|大多数|大部分|几乎所有|几乎全部)(?=\s*[（(]\s*\d[\d.]*\s*[%％])", re.I)
#: what a claim says a measure is, set off beside it: "C-reactive protein, a marker of
#: inflammation, fell …", "同型半胱氨酸（一种氨基酸）": a gloss for the reader, not part of the
#: measure the source must name
_GLOSS = re.compile(r",\s+an?\s+[^,\d;:()]{2,60}?\s+of\s+[^,\d;:()]{2,60}?,|"
                    r"[（(]\s*(?:一种|一类|an?\s)[^()（）\d]{2,40}[)）]")


#: "the primary outcome of kidney failure, worsening kidney function or renal death occurred
#: in …": the end point's definition, which the source gives in its methods
_DEFINITION = re.compile(r"\b(?:outcome|end ?point|composite)s?\s+of\s+([^\d;:]{3,160}?)\s+"
                         r"(?=occurred|was|were|happened|developed)", re.I)


#: verbs that say who reported a finding ("found", "warn", "caution that"), in any tense
_REPORTING_VERB = (
    r"(?:find|found|show|showed|shown|report|concluded?|suggest|estimated?|observed?|note|"
    r"confirm|demonstrated?|reveal|indicated?|say|said|warn|caution|argued?|stress|"
    r"emphasi[sz]e|add|write|wrote|believe|explained?|point(?:ed)? out|acknowledged?|"
    r"admit(?:ted)?|state|conclude|noted)(?:s|ed|d)?"
)
#: the reporting frame a claim ends with: ", the researchers warn.", ", according to the
#: authors."
_REPORTER = (r"(?:(?:the|its|their)\s+)?"
             r"(?:study|trial|review|researchers|investigators|authors|team|scientists)")
_TRAILING_FRAME = re.compile(
    rf"[,，]\s*(?:according to\s+{_REPORTER}(?:\s+{_REPORTING_VERB})?|"
    rf"(?:(?:say|said|says)\s+)?{_REPORTER}\s+{_REPORTING_VERB})"
    r"(?=\s*[.。!?！？]?\s*(?:\[[\d,\s–-]+\])?\s*[.。]?\s*$)", re.I)
#: the reporting frame a claim opens with: who found it, not what was found ("The study found
#: that …", "Researchers reported …", "研究发现，…", "研究人员认为，…"); a design word (trial,
#: cohort, 试验) is kept, since a claim's design is checked against the source's
_FRAME = re.compile(
    r"^\s*(?:(?:however|moreover|in addition|also|overall|importantly),?\s+)?"
    r"(?:(?:the|this|that|their|one|a|an)\s+)?(?:new\s+|recent\s+|same\s+)?"
    r"(?:study|studies|analysis|research|researchers|investigators|authors|team|scientists|paper)"
    rf"\s+(?:also\s+)?{_REPORTING_VERB}(?:\s+that)?[,:]?\s+"
    r"|^\s*(?:不过|但是|但|此外|另外|同时|而且)?[，,]?\s*(?:该|这项|这一|此项|这些)?"
    r"(?:研究|分析|研究人员|研究者|研究团队|作者|学者)(?:们)?(?:还|也|进一步)?"
    r"(?:发现|表明|显示|认为|估计|证实|证明|指出|提示|推测|观察到|报告|得出)(?:了)?[，,:：]?",
    re.I)


def blank_frame(text: str) -> str:
    """The claim with its reporting frame and glosses blanked (same length, so spans stay
    put)."""
    m = _FRAME.match(text)
    if m is not None:
        text = " " * m.end() + text[m.end():]
    tail = _TRAILING_FRAME.search(text)
    if tail is not None:
        text = text[:tail.start()] + " " * (tail.end() - tail.start()) + text[tail.end():]
    for aside in (_TOTAL_AFTER, _SCOPE_OF_SHARE, _GLOSS):
        text = aside.sub(lambda m: " " * len(m.group()), text)
    return text


def _analyse(text: str, glossary: Glossary, claim: bool) -> Analysed:
    # Traditional Chinese and full-width digits read as Simplified/ASCII (same length).
    clean = to_simplified(strip_markers(text) if claim else text)
    if claim:
        clean = blank_frame(clean)
    quantities, intervals = extract_with_intervals(clean)
    # a figure's interval ("(95% CI, 4.1 kg to 5.3 kg)") holds no meaning words ("kg")
    plain = "".join(" " if any(a <= i < b for a, b in intervals) else ch
                    for i, ch in enumerate(clean)) if intervals else clean
    terms, events = analyze_positions(_without(plain, quantities, 0) if quantities else plain,
                                      glossary)
    anchors = [q for q in quantities if q.kind not in MINOR_KINDS and not _time_range(q)]
    subjects: set[int] = set()
    bounds = _split_joined_figures(clean, _clauses(clean), anchors, subjects)
    clause_key: list[set[str]] = [set() for _ in bounds]
    clause_all: list[set[str]] = [set() for _ in bounds]
    asides = [m.span() for m in _APPOSITIVE.finditer(clean)] if claim else []
    asides += [m.span(1) for m in _DEFINITION.finditer(clean)] if claim else []
    # where the figures of a clause end: a subject clause before it shares what follows
    tails: dict[int, int] = {}
    if subjects:
        for q in anchors:
            i = _clause_of(bounds, q.start)
            tails[i] = max(tails.get(i, 0), q.end)
    for at, concept, maximal in events:
        if any(a <= at < b for a, b in asides):
            continue  # "The primary outcome — death, heart attack or stroke — occurred in …"
        idx = _clause_of(bounds, at)
        targets = (idx, idx - 1) if idx - 1 in subjects and at >= tails.get(idx, 0) else (idx,)
        for i in targets:
            clause_all[i].add(concept)
            if maximal:
                clause_key[i].add(concept)
    with_figure = {_clause_of(bounds, q.start) for q in anchors}
    measuring = {_clause_of(bounds, q.start) for q in anchors if not tally(q)}
    clauses = _polarities(bounds, clause_all, terms, with_figure, clean)
    if not quantities:
        return Analysed(terms, (), clean, clauses)
    paired = _respective_times(clean, quantities)
    # "60 amputations in the vitamin group and 73 in the placebo group": 73 amputations
    nouns = {id(quantities[j]): analyze(noun, glossary).key
             for j, _, noun in elliptical(clean, quantities) if noun}
    others_groups = _respective_groups(clean, quantities, glossary) if claim else {}
    implied = _implied_other(clean, quantities, glossary) if claim else {}
    others_groups = implied | others_groups  # "鱼油组…（9%对13%）": 13% is the other group's
    others_items = _respective_items(clean, quantities, glossary) \
        if _RESPECTIVELY.search(clean) and not has_cjk(clean) else \
        _zh_items(clean, quantities, glossary) if has_cjk(clean) else {}
    lists = respective_lists(clean, quantities, events, MINOR_KINDS) \
        if _RESPECTIVELY.search(clean) else {}
    adjusters = frozenset() if claim else adjusted_for(clean, events)
    adjusts = claim and _ADJUSTS.search(clean) is not None
    arms = _arms(bounds, quantities)
    lead = _leading_times(clean, bounds, quantities)
    lead_dates = _dates_in(bounds[0], quantities) if len(bounds) > 1 \
        and not _has_anchor(bounds[0], quantities) else set()
    lead_arms = _leading_arms(bounds, quantities, anchors)
    infos: list[QuantityInfo] = []
    for q in quantities:
        idx = _clause_of(bounds, q.start)
        key = set(clause_key[idx])
        context = set(clause_key[idx] if claim else clause_all[idx])
        own = [c for c in clause_key[idx] if glossary.kind(c) != "generic"]
        # a thin clause borrows the words of the clause before it ("During the 12-month
        # follow-up, 95% …", "其中SLE患者为178名,占44.1%"); but a claim clause that names
        # its own measure ("…43.4 months, and the 5-year survival rate was 90.4%") does not
        # take on what a clause stating another figure measures (a tally of the studies
        # pooled, "五项研究考察了…，合并相对风险为1.03", measures nothing: session 12)
        list_start = idx
        if len(own) < 2 and idx > 0 and not (claim and own and idx - 1 in measuring):
            context |= clause_key[idx - 1] if claim else clause_all[idx - 1]
            key |= clause_key[idx - 1]
            if not claim and idx in with_figure:
                # a list of figures arm by arm ("… at week 40 was 6.2% with 2-mg doses, 9.8%
                # with 4-mg doses, and 12.7% with 8-mg doses"): every thin item is about what
                # the clause opening the list measures, at its time point
                j = idx - 1
                while j > 0 and j in with_figure and _thin(clause_key[j], glossary):
                    j -= 1
                    context |= clause_all[j]
                    key |= clause_key[j]
                list_start = j
        ahead = _predicate_clause(clean, bounds, idx, with_figure, quantities) if claim else None
        if ahead is not None:
            # "More than half of the patients, 55.7%, died before …": a subject and its
            # figure with no verb; what it measures is what the verb after it says (session 12)
            context |= clause_key[ahead]
            key |= clause_key[ahead]
        if not claim:
            # "9052 women (46%) were diagnosed with breast cancer, 2317 (12%) with ovarian
            # cancer": a later item of the list leaves out the verb of the first (session 12)
            verb = _gapped_verb(clean, bounds, idx, anchors, events)
            context |= verb
            key |= verb
        host = None if claim else _bracket_opening(clean, q.start)
        if host is not None and host < bounds[idx][0]:
            # "… lower when defined using HbA1c values (29.2% vs 48.6% for prediabetes and
            # 3.8% vs 7.3% for diabetes …)": a figure in a later clause of a bracket is about
            # what the clause the bracket opens in measures, as the bracket's first one is
            at = _clause_of(bounds, host)
            context |= clause_all[at]
            key |= clause_key[at]
        if not claim and _closing_ratio(clean, q):
            # "… died, compared with … in the no charcoal group (adjusted odds ratio 0.96,
            # 95% CI …).": the ratio the sentence ends on compares what the whole sentence does
            for i in range(len(bounds)):
                context |= clause_all[i]
                key |= clause_key[i]
        foreign: frozenset[str] = frozenset()
        item: frozenset[str] = frozenset()
        if id(q) in others_groups:  # "…分别有439人和138人": not the other group's figure
            context -= others_groups[id(q)]
            key -= others_groups[id(q)]
        elif id(q) in others_items:  # "sensitivity and specificity of 85.7% and 62.4%, …"
            context -= others_items[id(q)]
            key -= others_items[id(q)]
        elif id(q) in lists:  # "12%, 18% and 25% for A, B and C, respectively" (session 12)
            mine = lists[id(q)]
            context, key = _respective_context(context, key, mine, events, claim)
            foreign, item = mine.others, mine.own
        if id(q) in nouns:
            context |= nouns[id(q)]
            key |= nouns[id(q)]
        if q.kind == "count" and q.unit and q.unit != "persons":
            # "1961 adults": the noun is part of the figure, and of what it counts
            context.add(glossary.en_index.get((stem(q.unit),), "~" + stem(q.unit)))
        s, e = bounds[idx]
        # a duration is no result at another duration's time point ("7.5 months … and 8.0
        # months": two survival times)
        times = paired.get(id(q)) or set() if q.kind == "duration" else paired.get(id(q)) or {
            round(d) for other in quantities if other is not q and s <= other.start < e
            and (d := _time_point(clean, other)) is not None}
        dates: set[int] = set()
        if q.kind not in MINOR_KINDS and not _time_range(q):
            if not times and list_start < idx:
                times = {round(d) for other in quantities
                         if bounds[list_start][0] <= other.start < s
                         and (d := _time_point(clean, other)) is not None}
            if not times:
                times = lead  # "At week 52, weight fell by 14.9%": the sentence's time point
            dates = _dates_in(bounds[idx], quantities) or lead_dates
        own_arms = arms.get(idx, frozenset())
        label = _arm_dose(q) is not None and any(
            o.kind != "dose" and _clause_of(bounds, o.start) == idx for o in anchors)
        if lead_arms and q.kind != "dose" and not own_arms:
            own_arms = lead_arms  # "With 4 mg of exenatide, body weight fell by 12.7%"
        elif lead_arms and idx == 0 and _arm_dose(q) is not None:
            label = True
        if label:
            times, dates = set(), set()  # a dose naming an arm is no result at a time point
        infos.append(QuantityInfo(q.model_copy(update={"context": sorted(context)}),
                                  frozenset(context), frozenset(times), frozenset(key),
                                  clauses[idx].negated,
                                  frozenset() if q.kind == "dose" and not label else own_arms,
                                  label, frozenset(dates), _given(clean, q, events, glossary),
                                  framing=framing(clean, q), sentence=terms,
                                  foreign=foreign, item=item, unnamed=id(q) in implied,
                                  adjusters=adjusters,
                                  adjusts=adjusts,
                                  progression=claim and _progression(clean, q, bounds[idx],
                                                                     context),
                                  sex=sex_after(clean, q),
                                  stage=stage_of(clean, q, bounds[idx])))
    if not claim and len(infos) > 1:
        peers = tuple((i.quantity, i.times, i.dates) for i in infos)
        infos = [dataclasses.replace(i, peers=peers) for i in infos]
    return Analysed(terms, tuple(infos), clean, clauses)


#: "… for men", "(2.8-3.0) in older women", "1.2 portions for boys": the sex a figure is
#: given for, just after it (after one word of its unit at most)
_SEX_AFTER = re.compile(r"(?:\s+[a-z]+)?[)\]]?\s*(?:[(\[][^()\[\]]*[)\]]\s*)*,?\s*(?:for|in|among)\s+(?:the\s+)?"
                        r"(?:[a-z-]+\s+)?(?:(?P<m>men|males|boys)|(?P<f>women|females|girls))\b",
                        re.I)


_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4"}
_STAGE = r"(?P<n>IV|III|II|I|[1-4]|[ⅠⅡⅢⅣ])(?P<l>[ABCabc])?"
#: "… for stage 1A", "(…) in higher than stage IA": the stage a figure is given for
_STAGE_AFTER = re.compile(
    rf"[)\]]?\s*(?:[(\[][^()\[\]]*[)\]]\s*)*,?\s*(?:for|in|among|at)\s+(?:(?:patients|women|"
    rf"men|cancers?|tumou?rs?)\s+(?:with|at|of)\s+)?(?P<above>(?:higher|greater|later|more "
    rf"advanced)\s+than\s+|above\s+|beyond\s+)?stage\s+{_STAGE}\b", re.I)
#: a stage named in a clause: "stage IA", "higher than stage 1A"; "IA期", "Ⅱ期以上"
_STAGE_IN = re.compile(rf"(?P<above>(?:higher|greater|later|more advanced)\s+than\s+|above\s+|"
                       rf"beyond\s+)?\bstage\s+{_STAGE}\b", re.I)
_STAGE_IN_ZH = re.compile(rf"(?<![A-Za-z]){_STAGE}\s*期(?P<above>以上)?", re.I)


def _stage_label(m: re.Match[str]) -> str:
    label = _ROMAN.get(m["n"].upper(), m["n"]) + (m["l"] or "").upper()
    return (">" if m["above"] else "") + label


def stage_of(text: str, q: Quantity, clause: tuple[int, int]) -> str:
    """The cancer stage a figure is given for: named right after it ("0.91 for stage 1A",
    "0.97 for higher than stage 1A"), else the one stage its clause names ("识别IA期…0.97");
    Roman and Arabic numerals are one stage (IA = 1A). "" where none (session 13)."""
    after = _STAGE_AFTER.match(text, q.end)
    if after is not None:
        return _stage_label(after)
    named = {_stage_label(m) for pattern in (_STAGE_IN, _STAGE_IN_ZH)
             for m in pattern.finditer(text, clause[0], clause[1])}
    return named.pop() if len(named) == 1 else ""


def sex_after(text: str, q: Quantity) -> str:
    """The sex the words right after a figure give it for ("3.5 years for women"): "m", "f",
    or "" where none is named there (session 13)."""
    m = _SEX_AFTER.match(text, q.end)
    if m is None:
        return ""
    return "m" if m.group("m") else "f"


def _respective_context(context: set[str], key: set[str], mine: Respective,
                        events: list[tuple[int, str, bool]], claim: bool
                        ) -> tuple[set[str], set[str]]:
    """A figure of a respectively-list: the words of the list's whole stretch (what all its
    figures measure, which commas may have cut into clauses of their own), less the other
    items' words, and its own item's."""
    inside = [(c, maximal) for at, c, maximal in events if mine.span[0] <= at < mine.span[1]]
    shared = {c for c, maximal in inside if maximal or not claim}
    return ((context | shared) - mine.others) | mine.own, \
        ((key | {c for c, maximal in inside if maximal}) - mine.others) | mine.own


#: the preposition a list item opens with after its figures ("2317 (12%) with ovarian cancer")
_GAP_PREPOSITION = re.compile(r"[\s)\]]*(?:\([^()]*\)\s*)*(with|of|in|for|from|to|at|by|on)\b",
                              re.I)


def _gapped_verb(text: str, bounds: list[tuple[int, int]], idx: int, anchors: list[Quantity],
                 events: list[tuple[int, str, bool]]) -> set[str]:
    """The verb a source clause leaves out: the clause opens on its figures, has no verb, and
    goes on with a preposition; the nearest clause before it with a verb states figures and
    the same preposition after that verb ("were diagnosed with"). Its words between its last
    figure and that preposition are this clause's too."""
    s, e = bounds[idx]
    mine = [q for q in anchors if s <= q.start < e]
    if not mine or text[s:mine[0].start].strip().lower() not in ("", "and", "or") or \
            _FINITE.search(_without(text[s:e], mine, s)):
        return set()
    prep = _GAP_PREPOSITION.match(text, mine[-1].end)
    if prep is None:
        return set()
    j = idx - 1
    while j >= 0:
        a, b = bounds[j]
        theirs = [q for q in anchors if a <= q.start < b]
        if not theirs:
            return set()
        gap = text[theirs[-1].end:b]
        found = re.search(rf"\b{prep.group(1)}\b", gap, re.I)
        if _FINITE.search(gap) and found:
            at, stop = theirs[-1].end, theirs[-1].end + found.start()
            return {c for x, c, _ in events if at <= x < stop}
        j -= 1
    return set()


def _predicate_clause(text: str, bounds: list[tuple[int, int]], idx: int,
                      with_figure: set[int], quantities: list[Quantity]) -> int | None:
    """The clause holding the verb of a claim clause that has a figure and no verb of its own
    ("More than half of the patients, 55.7%, died …"): the next clause with words that holds
    no figure and opens on a finite verb; clauses of a figure alone between are skipped."""
    s, e = bounds[idx]
    if has_cjk(text[s:e]) or _FINITE.search(_without(text[s:e], quantities, s)):
        return None
    j = idx + 1
    while j < len(bounds) and j in with_figure and not _WORD.search(
            _without(text[bounds[j][0]:bounds[j][1]], quantities, bounds[j][0])):
        j += 1  # ", 55.7%,": the figure restated alone
    if j >= len(bounds) or j in with_figure:
        return None
    return j if _OPENING_VERB.match(text, bounds[j][0]) else None


#: a clause that opens on a finite verb: the predicate of the subject before it
_OPENING_VERB = re.compile(r"\s*(?:(?:later|eventually|then|also|still|ultimately)\s+)?"
                           r"(?:was|were|had|has|have|did|developed|died|[a-z]{3,}ed)\b", re.I)
#: a claim that speaks of an adjustment for covariates
_ADJUSTS = re.compile(r"\b(?:adjust|controll?(?:ed|ing)? for|account(?:ed|ing)? for|"
                      r"into account|correct(?:ed|ing) for|standardi[sz])|校正|调整|矫正|控制|"
                      r"考虑[了到]?", re.I)


def speaks_of_adjustment(text: str) -> bool:
    """Does a claim speak of an adjustment for covariates ("adjusted for", 校正)?"""
    return _ADJUSTS.search(text) is not None


#: a share's verb of becoming: "（的人）最终发展为", "后来进展为", "转变为"
_BECOMING = re.compile(r"\s*(?:的?(?:人|患者|病例))?(?:最终|最后|后来|逐渐|会|将)?"
                       r"(?:发展|进展|演变|转变|转化|恶化)(?:为|成|到)")
#: the words that name a share's measure in Chinese (所占比例, 发生率, 患病率 …)
_ZH_MEASURE = re.compile(r"比例|比率|[发患病死亡存活缓应有效治愈]率|风险|占比|概率|可能性")


def _progression(text: str, q: Quantity, clause: tuple[int, int], context: set[str]) -> bool:
    """A Chinese claim's share whose clause names no measure (no rate, proportion or risk)
    and whose verb right after it is one of becoming ("约有一成最终发展为…")."""
    if q.kind != "percent" or q.unit != "%" or not has_cjk(text[clause[0]:clause[1]]) or \
            context & MEASURE_NOUNS or _ZH_MEASURE.search(text, clause[0], clause[1]):
        return False
    return _BECOMING.match(text, q.end) is not None


#: units of a drug's dose (not "104.8 kg" of body weight nor a volume)
_ARM_UNITS = frozenset({"mg", "μg", "ng", "g", "IU", "U", "mmol", "μmol"})


def _arm_dose(q: Quantity) -> tuple[float, str] | None:
    if q.kind != "dose" or q.value is None or not q.unit:
        return None
    base, _, per = q.unit.partition("/")
    return (q.value, q.unit) if base in _ARM_UNITS and per in ("", "kg") else None


def is_regimen(q: Quantity) -> bool:
    """A dose of a drug (mg, μg, IU …; not body weight in kg)."""
    return _arm_dose(q) is not None


def _arms(bounds: list[tuple[int, int]],
          quantities: list[Quantity]) -> dict[int, frozenset[tuple[float, str]]]:
    """The doses stated in each clause: the arms its figures belong to."""
    arms: dict[int, set[tuple[float, str]]] = {}
    for q in quantities:
        dose = _arm_dose(q)
        if dose is not None:
            arms.setdefault(_clause_of(bounds, q.start), set()).add(dose)
    return {i: frozenset(a) for i, a in arms.items()}


def _has_anchor(span: tuple[int, int], quantities: list[Quantity]) -> bool:
    return any(span[0] <= q.start < span[1] and q.kind not in MINOR_KINDS and not _time_range(q)
               for q in quantities)


def _dates_in(span: tuple[int, int], quantities: list[Quantity]) -> set[int]:
    """Dates and years stated in a clause, as yyyymmdd (a bare year: yyyy0000)."""
    out: set[int] = set()
    for q in quantities:
        if span[0] <= q.start < span[1] and q.value is not None:
            if q.kind == "date":
                out.add(int(q.value))
            elif q.kind == "year":
                out.add(int(q.value) * 10000)
    return out


def _leading_arms(bounds: list[tuple[int, int]], quantities: list[Quantity],
                  anchors: list[Quantity]) -> frozenset[tuple[float, str]]:
    """The dose of a clause that opens the sentence and states nothing but that dose (and time
    points): "With 4 mg of exenatide, body weight fell by 12.7%", "在4毫克组中，…". Not the
    start of a list of doses ("In those given 5 mg, 10 mg or 15 mg, …")."""
    first = [q for q in anchors if _clause_of(bounds, q.start) == 0]
    doses = {d for q in first if (d := _arm_dose(q)) is not None}
    if not doses or len(doses) != len(first) or len(bounds) < 2:
        return frozenset()
    if any(_clause_of(bounds, q.start) == 1 and _arm_dose(q) is not None for q in quantities):
        return frozenset()
    if not any(_clause_of(bounds, q.start) > 0 and _arm_dose(q) is None for q in anchors):
        return frozenset()  # no figure for the dose to name the arm of
    return frozenset(doses)


def _leading_times(text: str, bounds: list[tuple[int, int]], quantities: list[Quantity]
                   ) -> set[int]:
    """Durations of a clause that opens the sentence and states nothing but time points
    ("第52周时，…", "At week 68, …", "Over a median of 18.2 months, …"): they bind every
    figure of the sentence that has no time point of its own."""
    if len(bounds) < 2:
        return set()
    s, e = bounds[0]
    inside = [q for q in quantities if s <= q.start < e]
    if not inside or any(q.kind not in MINOR_KINDS and not _time_range(q) for q in inside):
        return set()
    return {round(d) for q in inside if (d := duration_days(q)) is not None
            and not _frequency(text, q)}


def _thin(concepts: set[str], glossary: Glossary) -> bool:
    return sum(1 for c in concepts if glossary.kind(c) != "generic") < 2


def _time_range(q: Quantity) -> bool:
    return q.kind == "range" and q.unit in ("year_of", "date_of", *DAYS_PER)


def _polarities(bounds: list[tuple[int, int]], concepts: list[set[str]], terms: Terms,
                with_figure: set[int], text: str) -> tuple[Clause, ...]:
    marks: list[set[str]] = [set() for _ in bounds]
    for at, mark in terms.marks:
        marks[_clause_of(bounds, at)].add(mark)
    return tuple(Clause(frozenset(c), ("neg" in m) != ("anti" in m),
                        0 if ("up" in m) == ("down" in m) else (1 if "up" in m else -1),
                        i in with_figure, "up" in m or "down" in m, bounds[i],
                        i > 0 and _EXCEPTED.match(text, bounds[i][0]) is not None)
                 for i, (c, m) in enumerate(zip(concepts, marks, strict=True)))


#: a clause of its items alone, denied: "but not gender", "and not in women" (not "but not
#: significantly", "not only", or a clause with its own verb: "but not all patients were …")
_EXCEPTED = re.compile(r"\s*(?:but|and)\s+not\s+(?!only\b|significant|statistical|all\b)"
                       r"(?:(?:in|among|for|of|with)\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*"
                       r"(?:\(|[.;]|$)", re.I)


def _respective_times(text: str, quantities: list[Quantity]) -> dict[int, set[int]]:
    """"The 5-year and 8-year rates were 90.4% and 88.9%, respectively": pair in order.

    Only when the sentence says "respectively"/"分别" and lists as many time points as
    figures of one kind; each figure then belongs to its own time point alone.
    """
    if not _RESPECTIVELY.search(text):
        return {}
    durations = [d for q in quantities if q.kind == "duration"
                 and (d := duration_days(q)) is not None]
    if len(durations) < 2:
        return {}
    paired: dict[int, set[int]] = {}
    for kind in dict.fromkeys(q.kind for q in quantities):
        figures = [q for q in quantities if q.kind == kind and q.kind not in MINOR_KINDS]
        if len(figures) == len(durations):
            for figure, days in zip(figures, durations, strict=True):
                paired[id(figure)] = {round(days)}
    return paired


_GROUP_ZH = re.compile(r"[\u3400-\u9fff]{1,6}?组")
_GROUP_EN = re.compile(r"\b(?:the\s+)?([A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+groups?\b", re.I)


def _respective_groups(text: str, quantities: list[Quantity], glossary: Glossary
                       ) -> dict[int, frozenset[str]]:
    """"干预组和对照组分别有439人和138人", "the intervention and control groups had 439 and 138
    patients, respectively": each figure is about its own group alone, in order. Returns, for
    each figure, the concepts of the other groups, which are not what it measures."""
    mark = _RESPECTIVELY.search(text)
    if mark is None:
        return {}
    head = text[: mark.start()] if re.search(r"[\u3400-\u9fff]", text) else text
    groups = [m.group() for m in _GROUP_ZH.finditer(head)]
    if len(groups) < 2:  # "the intervention and control groups": names joined before "groups"
        m = re.search(r"\b(?:the\s+)?([A-Za-z-]+)\s+(?:and|or)\s+([A-Za-z-]+)\s+groups\b", text, re.I)
        groups = [m.group(1), m.group(2)] if m else [g.group(1) for g in _GROUP_EN.finditer(text)]
    figures = [q for q in quantities if q.kind not in MINOR_KINDS and not _time_range(q)
               and q.start > (text.find(groups[-1]) if groups else 0)]
    if len(groups) < 2 or len(figures) != len(groups):
        return {}
    concepts = [analyze(g, glossary).key for g in groups]
    return {id(q): frozenset().union(*(c for j, c in enumerate(concepts) if j != i)) - concepts[i]
            for i, q in enumerate(figures)}


#: the joint of a bracketed pair: "(9% vs 13%)", "（9%对13%）"
_PAIR_JOINT = re.compile(r"\s*(?:vs\.?|versus|v\.?|对)\s*", re.I)
#: a second group or a comparison named before the bracket: then the pair is read as theirs
_TWO_NAMED = re.compile(r"\b(?:and|than|between|versus|vs|compared)\b|与|和|及|比|相比|对照", re.I)


def _implied_other(text: str, quantities: list[Quantity], glossary: Glossary
                   ) -> dict[int, frozenset[str]]:
    """A bracket opening on two figures of one kind set against each other after one group
    alone ("鱼油组的复发率较低（9%对13%）", "lower in the fish oil group (9% vs 13%)"): the first
    figure is that group's, the second the group left unnamed. Returns, for the second, the
    named group's concepts, which are not what it measures (session 14)."""
    out: dict[int, frozenset[str]] = {}
    ordered = sorted(quantities, key=lambda q: q.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        opening = re.search(r"[(（]\s*$", text[:a.start])
        if opening is None or a.kind != b.kind or a.kind in MINOR_KINDS or \
                not _PAIR_JOINT.fullmatch(text[a.end:b.start]):
            continue
        head = re.split(r"[。；;]|\.\s", text[:opening.start()])[-1]
        groups = [g.group() for g in _GROUP_ZH.finditer(head)] if has_cjk(head) else \
            [g.group(1) for g in _GROUP_EN.finditer(head)]
        if len(groups) == 1 and not _TWO_NAMED.search(head):
            out[id(b)] = analyze(groups[0], glossary).key
    return out


#: words that end an item of an English list ("in the INO and placebo groups", "had mean
#: sensitivity and specificity of"): articles, prepositions, verbs, statistics' names
_ITEM_STOP = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "with", "from", "by", "among",
    "and", "or", "was", "were", "is", "are", "had", "has", "have", "be", "been", "mean",
    "median", "average", "overall", "respectively", "rates", "rate", "values", "scores",
    "vs", "versus", "than", "that", "who", "which", "those", "patients", "both", "each"})
#: the shared head of a list of groups ("the INO and placebo groups"): no item's own word
_ITEM_HEAD = frozenset({"group", "groups", "arm", "arms", "cohort", "cohorts"})
_LIST_AND = re.compile(r"(?<=[A-Za-z0-9)])\s+and\s+(?=[A-Za-z])")
_ITEM_WORD = re.compile(r"[A-Za-z][\w+-]*")


def _item_words(text: str, start: int, end: int, backwards: bool) -> list[str] | None:
    """Up to three words of one list item, read from `start` towards `end`; None when a
    figure or a bracket comes first."""
    span = text[end:start] if backwards else text[start:end]
    tokens = re.findall(r"[A-Za-z][\w+-]*|[^\sA-Za-z]", span)
    if backwards:
        tokens.reverse()
    words: list[str] = []
    for tok in tokens:
        if not _ITEM_WORD.fullmatch(tok) or tok.lower() in _ITEM_STOP or len(words) == 3:
            break
        words.append(tok)
    if backwards:
        words.reverse()
    return words or None


def _respective_items(text: str, quantities: list[Quantity], glossary: Glossary
                      ) -> dict[int, frozenset[str]]:
    """"had sensitivity and specificity of 85.7% and 62.4%, respectively", "was 78 and 100
    hours in the INO and placebo groups, respectively": a list of words and a list of figures
    of one kind, paired in order. Returns, for each figure, the words of the other items (the
    concepts only they name), which are not what it measures. Each "respectively" pairs the
    lists of the stretch before it (since the last one); the list of words comes just before
    the figures or just after them."""
    out: dict[int, frozenset[str]] = {}
    marks = [m.span() for m in _RESPECTIVELY.finditer(text)]
    # after the last "respectively", the same list again ("…, respectively, whereas home
    # measurements had sensitivity and specificity of 85.7% and 62.4%") pairs the same way
    stretches = [(e0, s1) for (_, e0), (s1, _) in zip([(0, 0), *marks], marks, strict=False)]
    stretches.append((marks[-1][1], len(text)) if marks else (0, 0))
    seen: list[list[list[str]]] = []
    for n, stretch in enumerate(stretches):
        figures = [q for q in quantities if stretch[0] <= q.start < stretch[1]
                   and q.kind not in MINOR_KINDS and not _time_range(q)]
        for kind in dict.fromkeys(q.kind for q in figures):
            same = [q for q in figures if q.kind == kind]
            items = _list_beside(text, stretch, same, figures) if len(same) > 1 else None
            if items is None or len(items) != len(same):
                continue
            if n == len(marks) and items not in seen:
                continue  # no "respectively" of its own, and another list
            seen.append(items)
            concepts = [analyze(" ".join(words), glossary).key for words in items]
            if any(not c for c in concepts) or len(set(concepts)) != len(concepts):
                continue
            for i, q in enumerate(same):
                others = frozenset().union(*(c for j, c in enumerate(concepts) if j != i))
                out[id(q)] = others - concepts[i]
    return out


def _list_beside(text: str, stretch: tuple[int, int], same: list[Quantity],
                 figures: list[Quantity]) -> list[list[str]] | None:
    """The list of two items ("A and B") just before the figures `same` (after any
    other figure) or, failing that, just after them: its items' words, in order."""
    first, last = same[0].start, max(q.end for q in same)
    if any(first < q.start < last for q in figures if q not in same):
        return None  # the figures of the kind are not one run
    before = max((q.end for q in figures if q.end <= first), default=stretch[0])
    joints = list(_LIST_AND.finditer(text, before, first))[-1:] or \
        list(_LIST_AND.finditer(text, last, stretch[1]))[:1]
    if not joints:
        return None
    joint = joints[0]
    right = _item_words(text, joint.end(), stretch[1], backwards=False)
    left = _item_words(text, joint.start(), stretch[0], backwards=True)
    if right is None or left is None:
        return None
    items = [left, right]
    at = text.rfind(" ".join(left), stretch[0], joint.start())
    if text[:at].rstrip().endswith(","):
        return None  # "A, B and C": the commas cut it into clauses of their own
    if items[-1][-1].lower() in _ITEM_HEAD and len(items[-1]) > 1:
        items[-1] = items[-1][:-1]  # "the INO and placebo groups": the head is shared
    return items


#: "其中男性782次、女性688次": the unit and the joint after one figure, the next item's group
_ZH_ITEM_JOINT = re.compile(r"[次例名人位项%％]?\s*(?:、|和|与|及)\s*(?P<g>[\u4e00-\u9fff]{1,8}?)"
                            r"(?:为|有|是|占)?\s*$")
_ZH_ITEM_HEAD = re.compile(r"(?:其中|包括|分别为|分别是)?(?P<g>[\u4e00-\u9fff]{1,8}?)(?:为|有|是|占)?\s*$")


def _group_word(concept: str, glossary: Glossary) -> bool:
    """A group (the glossary's kind, or a Chinese word for an arm or its members: …组, …者)."""
    return glossary.kind(concept) == "group" or concept.startswith("zh:") and \
        concept.endswith(("组", "者"))


def _zh_items(text: str, quantities: list[Quantity], glossary: Glossary
              ) -> dict[int, frozenset[str]]:
    """A Chinese list of groups, each before its own figure ("其中男性782次、女性688次",
    "男性18%和女性34%"): each figure is about its own group alone. Returns, for each figure,
    the concepts of the other item's group, which are not what it measures."""
    out: dict[int, frozenset[str]] = {}
    for first, second in zip(quantities, quantities[1:], strict=False):
        if first.kind != second.kind or first.kind in MINOR_KINDS:
            continue
        joint = _ZH_ITEM_JOINT.fullmatch(text, first.end, second.start)
        if joint is None:
            continue
        start = max(text.rfind(ch, 0, first.start) for ch in "，,。；;、：:") + 1
        head = _ZH_ITEM_HEAD.fullmatch(text, start, first.start)
        if head is None:
            continue
        # the groups only (men, 对照组): the head also holds what both figures measure
        mine = frozenset(c for c in analyze(head["g"], glossary).key if _group_word(c, glossary))
        theirs = frozenset(c for c in analyze(joint["g"], glossary).key
                           if _group_word(c, glossary))
        if mine and theirs and mine != theirs:
            out[id(first)] = theirs - mine
            out[id(second)] = mine - theirs
    return out


def _clause_of(bounds: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (s, e) in enumerate(bounds) if s <= at < e), len(bounds) - 1)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans; a separator inside brackets ("67.7% (95% CI, 59.8-75.2) in the control
    group") does not end a clause."""
    bounds, start = [], 0
    depth_at = bracket_depths(text)
    for m in _CLAUSE.finditer(text):
        if _inside_number(text, m.start()) or depth_at[m.start()] > 0:
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _split_joined_figures(text: str, bounds: list[tuple[int, int]], anchors: list[Quantity],
                          subjects: set[int] | None = None) -> list[tuple[int, int]]:
    """Split a clause at "and" where both sides state their own figure with their own words.

    "the incidence of infections was 29.5% and five patients (1.2%) developed malignancies"
    is two statements; "were 90.4% and 88.9%, respectively" is one (nothing said after "and"),
    and so is "to achieve 5% and 10% weight loss": two figures of one kind joined by "and" alone
    share the words that follow them. Where only the right side has a verb, the left is a
    subject of it: its index goes in `subjects`, and it shares what the right side says after
    its figures.
    """
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        cut = start
        for m in _AND.finditer(text, start, end):
            if m.group().strip().lower() == "with" and not _COMPARED.search(
                    text, start, m.start()):
                continue  # "120 patients with 3 lesions": one count, described
            before = [q for q in anchors if cut <= q.start < m.start()]
            after = [q for q in anchors if m.end() <= q.start < end]
            if before and after and _joined_pair(text, before[-1], after[0], m):
                continue
            rest = _without(text[m.end():end], after, m.end())
            if before and after and _respectively_after(text, after[-1].end):
                continue  # "lost 20.7% (8.6%) and 1.7% (5.2%) of weight, respectively": one list
            if before and after and (len(_WORD.findall(rest)) >= 2 and m.group() not in "和及与"
                                     or m.group() == "、" and len(_CJK.findall(rest)) >= 4
                                     or _own_nouns(text, before[-1], after[0], m)):
                if m.group() != "、" and subjects is not None and _FINITE.search(rest) and \
                        not _FINITE.search(_BRACKETED.sub(" ", _without(
                            text[cut:m.start()], before, cut))):
                    # "20 of the 29 cases (69%) and 54 of the 116 controls (47%) were
                    # positive": two subjects of the verb after them; each keeps its own words
                    subjects.add(len(out))
                out.append((cut, m.start()))
                cut = m.end()
        out.append((cut, end))
    return out


def _closing_ratio(text: str, q: Quantity) -> bool:
    """A ratio named inside the bracket that ends its sentence."""
    if q.kind != "ratio":
        return False
    open_at = max(text.rfind("(", 0, q.start), text.rfind("（", 0, q.start))
    if open_at < 0 or re.search(r"[)）]", text[open_at:q.start]):
        return False
    close = re.search(r"[)）]", text[q.end:])
    return close is not None and not text[q.end + close.end():].strip(" .。;；")


#: a finite verb (or one read as such) on the left of "and": that side says something itself
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|do|been|remained|"
                     r"[a-z]{3,}ed)\b", re.I)
_BRACKETED = re.compile(r"[(（\[][^()（）\[\]]*[)）\]]")


def _respectively_after(text: str, at: int) -> bool:
    """"… 20.7% and 1.7% of weight, respectively": the list's words follow its last figure,
    and "respectively" closes them (within a few words, before the sentence goes on)."""
    return _CLOSED_BY_RESPECTIVELY.match(text, at) is not None


_CLOSED_BY_RESPECTIVELY = re.compile(r"[^.;:]{0,60}?\brespectively\b", re.I)


def _own_nouns(text: str, left: Quantity, right: Quantity, joint: re.Match[str]) -> bool:
    """"8634 cancer patients and 8553 controls", "8634名结直肠癌患者和8553名对照者": two counts,
    each with its own noun, the second right after the joint; so too two amounts in one unit
    ("5.4公斤糖果和6.5公斤巧克力": each what its noun says, session 14)."""
    if text[joint.end():right.start].strip():
        return False
    amounts = left.kind == right.kind and left.kind not in MINOR_KINDS and \
        left.unit is not None and left.unit == right.unit
    if {left.kind, right.kind} - {"count", "number"} and not amounts:
        return False
    between = text[left.end:joint.start()]
    if left.kind == "count" and left.unit not in (None, "persons"):
        return True  # "812 smokers and 790 nonsmokers": the noun is inside each figure
    return bool(_WORD.findall(between)) or len(_CJK.findall(between)) >= 2


def _joined_pair(text: str, left: Quantity, right: Quantity, joint: re.Match[str]) -> bool:
    """"5% and 10%": figures of one kind with nothing but "and" between them."""
    return (left.kind == right.kind and not text[left.end:joint.start()].strip()
            and not text[joint.end():right.start].strip())


def _bracket_opening(text: str, at: int) -> int | None:
    """Where the round bracket holding position `at` opens, or None outside brackets."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] in ")）":
            depth += 1
        elif text[i] in "(（":
            if not depth:
                return i
            depth -= 1
    return None


def bracket_depths(text: str) -> list[int]:
    """How many round or square brackets are open at each position (never below zero)."""
    depths, depth = [], 0
    for ch in text:
        if ch in "(（[":
            depth += 1
        elif ch in ")）]" and depth:
            depth -= 1
        depths.append(depth)
    return depths


def _inside_number(text: str, pos: int) -> bool:
    """A comma of digit grouping (25,871) does not end a clause."""
    return (text[pos] == "," and 0 < pos < len(text) - 1 and text[pos - 1].isdigit()
            and text[pos + 1].isdigit())


_COUNT_NUMBER = re.compile(r"[^\d]*\d[\d,.]*(?:\s*(?:万|亿|thousand|million)\b)?")
#: a number in words ("Two hundred", "twenty-one"): its words are no meaning words either
_NUMBER_WORDS = re.compile(
    r"\s*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|and)"
    r"(?:[- ]+|\b))+", re.I)


def _without(clause: str, quantities: list[Quantity], offset: int) -> str:
    """The clause with its quantities blanked (their unit words are not meaning words, but
    the noun a count counts is: "48,000 women")."""
    chars = list(clause)
    for q in quantities:
        start, end = max(q.start - offset, 0), min(q.end - offset, len(chars))
        if q.kind == "count" and q.unit and q.unit != "persons":
            noun = clause.lower().rfind(q.unit, start, end)
            end = noun if noun > start else end
            # the words between the number and its noun describe whom it counts
            # ("22,000 middle aged men"): only the number is blanked
            number = _COUNT_NUMBER.match(clause, start, end) or \
                _NUMBER_WORDS.match(clause, start, end)  # "Two hundred Chinese patients" (s12)
            end = number.end() if number else end
        elif q.kind == "number" and q.unit in ("points", "percentage points"):
            # "10 percentage points", "10个百分点": the unit's words are no meaning words
            points = POINTS.match(clause, end)
            end = points.end() if points else end
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


#: Abstract sections that say what was known or asked, not what this study found (a METHODS
#: sentence does state what the study did: "In 2009, we followed up participants").
_NOT_FINDINGS = frozenset({"background", "backgrounds", "introduction", "context", "objective",
                           "objectives", "aim", "aims", "purpose", "importance", "rationale"})
_LEAD_LABEL = re.compile(r"^([A-Z][A-Z &,]{3,40})(?::|\s)\s*(?=[A-Z0-9])")
_OPEN_QUESTION = re.compile(
    r"^whether\b|\b(?:examin|assess|determin|test|investigat|evaluat|explor|ask|know|unknown|"
    r"unclear|question|studi|address)\w* (?:\w+ ){0,3}?whether\b|\?|\b(?:remains?|is|are|was|were) (?:still )?(?:unknown|unclear|uncertain|"
    r"not known|poorly understood|controversial|debated)\b|\b(?:we|this study) (?:aimed|sought|"
    r"set out)\b|\bthe (?:aim|objective|purpose|goal) of\b|\bto (?:determine|investigate|"
    r"assess|evaluate|examine|test) (?:whether|if)\b|是否|尚不清楚|尚不明确|旨在|目的是",
    re.I)
#: "… to assess the outcomes": an aim, except in a methods or results sentence, where it is
#: the purpose of something the study did ("In 2009, we followed up participants to assess …")
_PURPOSE = re.compile(r"\bto (?:determine|investigate|assess|evaluate|examine|test) the\b", re.I)
_REPORTING = frozenset({"methods", "method", "design", "results", "findings", "result",
                        "design, setting, and participants", "main outcomes and measures"})


_TOPIC_TITLE = re.compile(
    r"^(?:the\s+)?(?:effects?|impact|influence|comparison|associations?|relations?|"
    r"relationship|role|evaluation|assessment|efficacy|safety|outcomes?|use|prevalence|"
    r"incidence|risk factors?|predictors?|determinants?|trends?|analysis)\s+(?:of|between)\b|"
    r"\s(?:vs\.?|versus)\s|:\s*(?:a|an|the)?\s*(?:randomi[sz]ed|prospective|retrospective|"
    r"systematic|meta-analysis|cohort|case-control|cross-sectional|multicent(?:er|re)|"
    r"double-blind|pilot|observational|population-based)",
    re.I)


#: "Nut intake and coronary heart disease in women": two subjects joined, a population, no verb
_NOUN_PAIR = re.compile(r"^[^:]{3,}?\band\b[^:]{3,}?\b(?:in|among|after|during|with|of)\b|"
                        r"^(?:[\w-]+\s+){0,2}[\w-]+\s+and\s+(?:[\w-]+\s+){0,2}[\w-]+\W*$", re.I)
_TITLE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|can|may|might|could|not|no|"
    r"associated|linked|related|correlated|predicts?|causes?|leads?|induces?|promotes?|"
    r"prevents?|protects?|reduces?|increases?|improves?|inhibits?|lowers?|raises?|"
    r"shows?|showed|reveals?|revealed|remains?|drives?|alters?|affects?|requires?)\b", re.I)


def _noun_pair_title(unit: Unit) -> bool:
    """A title naming two things (and a population) without saying how they relate: "Coffee
    and liver fibrosis", "X and Y in older women"."""
    head = unit.text.split(":")[0]
    return (_NOUN_PAIR.search(head) is not None and _TITLE_VERB.search(head) is None
            and not unit.terms.negated and _TITLE_CHANGE.search(head) is None)


#: how a title without a verb states a change: a comparative or participle ("Higher coffee
#: intake and lower fibrosis risk"); "falls", "rises" after "and" are nouns ("Vitamin D
#: supplementation and falls in older women")
_TITLE_CHANGE = re.compile(r"\b(?:higher|lower|greater|less|more|fewer|increased|decreased|"
                           r"reduced|elevated|raised|improved|worse|better|declining|rising|increasing|decreasing|"
                           r"reducing|lowering|raising|improving)\b",
                           re.I)


def states_finding(unit: Unit) -> bool:
    """A sentence that reports what the study found or did: not a background or aims sentence
    (by its section label, printed or leading), an open question or a topic title."""
    if unit.finding is not None:
        return unit.finding
    if unit.source == "title" and (_TOPIC_TITLE.search(unit.text) or _noun_pair_title(unit)):
        return False  # "Effect of X on Y", "X vs Y: a randomised trial" name what was studied
    labels = _labels(unit)
    if labels & _NOT_FINDINGS or _open_question(unit.text) or _FUTURE_NEED.search(unit.text):
        return False
    if _EARLIER_STUDIES.match(unit.text) is not None:
        return False  # "Previous randomized trials presented discordant findings …": others' work
    return bool(labels & _REPORTING) or _PURPOSE.search(unit.text) is None


#: what later work must do ("large clinical trials will be required to address the
#: effectiveness of …", "further studies are needed to confirm …"): no finding (session 15)
_FUTURE_NEED = re.compile(
    r"\b(?:will|would) be (?:needed|required|necessary) to\b|\b(?:further|future|more|larger|"
    r"large|additional) (?:[\w-]+ ){0,3}?(?:studies|trials|research|work|investigations?) "
    r"(?:are|is|will be|would be) (?:needed|required|warranted|necessary)\b|"
    r"有待进一步|需要进一步(?:研究|证实|验证)", re.I)

#: a contrast that opens a sentence's second statement: "…, but whether …", "…, although its
#: role remains unclear"
_CONTRAST = re.compile(r",\s+(?:but|although|though|yet)\s+", re.I)
#: a hedge in the statement before the contrast ("X may be common; however, …"): no finding
_HEDGE_BEFORE = re.compile(r"\b(?:may|might|could|possibly|perhaps)\b", re.I)


def asks_open_question(text: str) -> bool:
    """Some part of the text asks or leaves open what it speaks of (`_OPEN_QUESTION`)."""
    return _OPEN_QUESTION.search(text) is not None


def _open_question(text: str) -> bool:
    """The sentence asks or leaves open what it speaks of (`_OPEN_QUESTION`), unless the
    question only follows a contrast after a statement of its own ("There has been a
    significant increase in X, but whether this is due to Y is unclear": the increase is
    found; session 14). A claim of the open part is then met by `_hedged`/`unknown_agrees`."""
    m = _OPEN_QUESTION.search(text)
    if m is None:
        return False
    cut = next((c for c in _CONTRAST.finditer(text, 0, m.start())), None)
    before = text[:cut.start()] if cut is not None else ""
    return len(before.split()) < 6 or m.group(0) == "?" or \
        _HEDGE_BEFORE.search(before) is not None


#: a sentence about what earlier work found ("Previous randomized controlled trials …", "Prior
#: studies have …", "既往研究显示…"): background, whatever its section
_EARLIER_STUDIES = re.compile(
    r"^(?:[A-Z][A-Z ,]+:?\s+)?(?:previous|prior|earlier|past)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:studies|study|trials|trial|research|reports|investigations|analyses|work|literature)\b"
    r"|^(?:既往|以往|先前|此前|过去的?)(?:的)?(?:[\u4e00-\u9fff]{0,6})(?:研究|试验)", re.I)


def _labels(unit: Unit) -> frozenset[str]:
    """The sentence's section label and the one it leads with ("RESULTS: …"), lower-cased."""
    lead = _LEAD_LABEL.match(unit.text)
    return frozenset(label.strip().lower() for label in (unit.section or "", lead and lead.group(1))
                     if label)


_METHODS = frozenset({"methods", "method", "design", "setting", "participants", "interventions",
                      "design, setting, and participants", "main outcomes and measures",
                      "main outcome measures", "materials and methods", "patients and methods",
                      "study design", "measurements", "exposures"})


def in_background(unit: Unit) -> bool:
    """A sentence under a section that says what was known or asked (BACKGROUND, OBJECTIVE):
    its figures are others' findings or the question, not this study's result."""
    return bool(_labels(unit) & _NOT_FINDINGS)


def states_result(unit: Unit) -> bool:
    """A finding that can deny a claim: not a methods sentence, whose negations say who or
    what was studied ("never, former or daily users", "patients who had not been treated")."""
    if unit.result is not None:
        return unit.result
    return (states_finding(unit) and not _labels(unit) & _METHODS
            and _WE_DID.match(unit.text) is None and _AIM.search(unit.text) is None
            and _GROUPING.search(unit.text) is None)


#: "The study population was divided into 6 groups …: reducers (reduced … by 50%)", "X was
#: defined as …": how the groups were formed, whose words of change define a group
_GROUPING = re.compile(r"\b(?:was|were|are|is)\s+(?:divided|classified|categori[sz]ed|"
                       r"stratified|grouped|split)\s+(?:into|according|as|by)\b|"
                       r"\b(?:was|were|is|are)\s+defined\s+as\b", re.I)


#: "… followed up to evaluate renal remission": what a sentence set out to measure
_AIM = re.compile(r"\b(?:in order )?to (?:evaluate|assess|determine|investigate|examine|measure|"
                  r"monitor|test|compare|explore|identify)\b", re.I)


#: "We assessed …", "Here we examined …": what was done, not what was found
_WE_DID = re.compile(r"^(?:here,?\s+|in this (?:study|trial|analysis),?\s+)?we\s+(?:assessed|"
                     r"examined|investigated|evaluated|studied|analy[sz]ed|compared|measured|"
                     r"tested|sought|aimed|explored|enrolled|recruited|included)\b", re.I)


#: A longer "sentence" is not prose (a table flattened, a list of numbers): a claim that long is
#: not judged, and a source sentence that long is read in clause-aligned windows, so that the
#: work per sentence stays bounded.
MAX_SENTENCE_CHARS = 3000
_WINDOW_BREAK = re.compile(r"[,;，；:：]\s*")


def _bounded(sentences: list[str]) -> list[str]:
    """Sentences, a too-long one cut (verbatim) into windows ending at clause breaks."""
    out: list[str] = []
    for sentence in sentences:
        begin = 0
        while len(sentence) - begin > MAX_SENTENCE_CHARS:
            limit = begin + MAX_SENTENCE_CHARS
            cuts = [m.end() for m in _WINDOW_BREAK.finditer(sentence, begin + 1, limit)]
            cut = cuts[-1] if cuts else limit
            out.append(sentence[begin:cut].strip())
            begin = cut
        out.append(sentence[begin:].strip())
    return [s for s in out if s]


def source_units(record: SourceRecord | None, full_text: FullText | None,
                 glossary: Glossary) -> list[Unit]:
    """Title, abstract sentences (with section labels) and full-text passages, analysed."""
    units: list[Unit] = []
    if record is not None:
        if record.title:
            units.append(_unit(record.title, "Title", "title", glossary))
        for section in record.abstract:
            label = section.label or section.category
            for sentence in _bounded(split_sentences(section.text)):
                units.append(_unit(sentence, label, "abstract", glossary))
    if full_text is not None:
        for passage in full_text.passages:
            if passage.kind == "abstract" and record is not None and record.abstract:
                continue  # PMC's copy of the abstract PubMed already gave
            source: SourceKind = passage.kind if passage.kind in ("title", "abstract") \
                else "full_text"
            label = passage.section or passage.kind
            for sentence in _bounded(split_sentences(passage.text)):
                units.append(_unit(sentence, label, source, glossary))
    return _groups_by_size(units, glossary)


#: a group and its size, as the methods give them: "the control group (n=338)", "对照组（n=338）"
_GROUP_SIZE = re.compile(
    r"\b(?P<group>(?:[A-Za-z0-9-]+\s+){0,2}(?:group|arm))\s*[(（\[]\s*n\s*=\s*(?P<n>\d[\d,]*)\s*[)）\]]"
    r"|(?P<zh>[\u4e00-\u9fff]{1,8}组)\s*[(（]\s*n\s*=\s*(?P<zn>\d+)\s*[)）]", re.I)


def _groups_by_size(units: list[Unit], glossary: Glossary) -> list[Unit]:
    """A fraction whose denominator is the size of one group the source names ("the control
    group (n=338)") counts in that group: "v 52/338 (15%)" in a results sentence is the control
    group's, and states "对照组338名中有52名". A size two groups share names neither."""
    sizes: dict[int, set[frozenset[str]]] = {}
    for unit in units:
        for m in _GROUP_SIZE.finditer(unit.text):
            size = int((m["n"] or m["zn"]).replace(",", ""))
            concepts = analyze(m["group"] or m["zh"], glossary).key
            if concepts:
                sizes.setdefault(size, set()).add(concepts)
    named = {n: next(iter(c)) for n, c in sizes.items() if len(c) == 1}
    if not named:
        return units
    out = []
    for unit in units:
        infos = tuple(_in_group(info, named) for info in unit.quantities)
        changed = any(a is not b for a, b in zip(infos, unit.quantities, strict=True))
        out.append(dataclasses.replace(unit, quantities=infos) if changed else unit)
    return out


def _in_group(info: QuantityInfo, named: dict[int, frozenset[str]]) -> QuantityInfo:
    q = info.quantity
    if q.kind != "fraction" or q.denominator is None:
        return info
    group = named.get(int(q.denominator))
    if group is None or group <= info.context:
        return info
    context = info.context | group
    return dataclasses.replace(info, quantity=q.model_copy(update={"context": sorted(context)}),
                               context=context, key_context=info.key_context | group)


#: the concept a hazard, odds or risk ratio measures
RISK = "risk"

#: printed section labels a sentence may lead with; their words are no terms of the sentence
_SECTION_WORDS = _NOT_FINDINGS | _REPORTING | _METHODS | {
    "conclusion", "conclusions", "conclusions and relevance", "interpretation", "significance",
    "main outcome measures", "outcomes", "limitations"}


def label_end(text: str) -> int:
    """Where the printed section label a sentence leads with ends ("RESULTS: …"), or 0."""
    lead = _LEAD_LABEL.match(text)
    return lead.end() if lead and lead.group(1).strip().lower() in _SECTION_WORDS else 0


def _unit(text: str, section: str | None, source: SourceKind, glossary: Glossary) -> Unit:
    end = label_end(text)
    # "RESULTS: …" is no result, and its label no term
    analysed = analyse(" " * end + text[end:], glossary) if end else analyse(text, glossary)
    unit = Unit(text, section, source, analysed.terms, analysed.quantities, analysed.clauses)
    unit = dataclasses.replace(unit, finding=states_finding(unit), result=states_result(unit))
    direction = _ratio_direction(unit)
    if direction:
        stated = "increase" if direction > 0 else "decrease"
        terms = dataclasses.replace(unit.terms, all=unit.terms.all | {stated})
        unit = dataclasses.replace(unit, terms=terms, ratio_direction=direction)
    if RISK in glossary.concept_stems and RISK not in unit.terms.all and any(
            info.quantity.kind == "ratio" for info in unit.quantities):
        # "(hazard ratio, 0.86; 95% CI …)" states a risk, though the figure holds its name
        terms = dataclasses.replace(unit.terms, all=unit.terms.all | {RISK})
        unit = dataclasses.replace(unit, terms=terms)
    return unit


def _ratio_direction(unit: Unit) -> int:
    """The change a result sentence states only by its ratios' confidence intervals."""
    if not unit.result or any(mark in ("up", "down") for _, mark in unit.terms.marks):
        return 0
    sides = {interval_side(info.quantity) for info in unit.quantities} - {None}
    if len(sides) != 1:
        return 0  # none, or ratios on both sides of 1
    if len({info.context for info in unit.quantities if interval_side(info.quantity) is not None
            }) > 1:
        return 0  # a list of ratios, each of its own outcome ("… 0.68 (…) for T2DM; angina, …")
    return sides.pop() or 0
