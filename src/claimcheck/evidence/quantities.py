"""Quantities in Chinese and English text: what was printed, its value(s), unit and qualifier."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.evidence.numbers import (
    ARABIC,
    EN_WORD,
    NUM,
    SCALE_WORDS,
    ZH_NUMERAL,
    parse_number,
)
from claimcheck.models import Quantity

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DASH = r"(?:-|–|—|~|～|〜|至|到)"

DURATION_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "y": "year", "年": "year",
    "岁": "year", "周岁": "year",
    "month": "month", "months": "month", "个月": "month", "月": "month", "mo": "month",
    "week": "week", "weeks": "week", "wk": "week", "周": "week", "星期": "week",
    "day": "day", "days": "day", "d": "day", "天": "day", "日": "day",
    "hour": "hour", "hours": "hour", "h": "hour", "hr": "hour", "hrs": "hour", "小时": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "分钟": "minute",
}
DAYS_PER = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24,
            "minute": 1 / 1440}
#: (also the abbreviations "8 mo", "3 wk", "28 d", "5 d/wk": session 11; "10 y later": session 15)
_DUR = (r"(?:years?|yrs?|y|months?|mo|weeks?|wk|days?|d|hours?|hrs?|minutes?|min|h|年|周岁|岁|个月|周|"
        r"星期|天|小时|分钟)")
_DOSE_UNITS = {"毫克": "mg", "克": "g", "微克": "μg", "毫升": "mL", "千克": "kg", "公斤": "kg",
               "单位": "IU", "国际单位": "IU", "ug": "μg", "µg": "μg", "mcg": "μg", "ml": "mL",
               "l": "L", "纳克": "ng", "皮克": "pg", "毫摩尔": "mmol", "微摩尔": "μmol",
               "micromol": "μmol", "µmol": "μmol", "umol": "μmol", "毫米汞柱": "mmHg",
               "千卡": "kcal", "大卡": "kcal", "厘米": "cm", "毫米": "mm", "KDa": "kDa",
               "kD": "kDa", "KD": "kDa", "kd": "kDa", "ångström": "Å", "ångströms": "Å", "angstrom": "Å",
               "angstroms": "Å", "纳米": "nm"}
#: after a unit: no Latin letter ("5 mg" but not "5 mgX"), except after a Chinese unit, which
#: Latin text may follow at once ("900毫克n-3长链…")
_UNIT_END = r"(?:(?<=[\u4e00-\u9fff])|(?![A-Za-z]))"
_PER = {"day": "d", "天": "d", "日": "d", "分钟": "min", "秒": "s", "千克": "kg", "公斤": "kg",
        "升": "L", "分升": "dL", "毫升": "mL", "ml": "mL", "dl": "dL", "平方米": "m2", "m²": "m2",
        "m(2)": "m2", "m^2": "m2"}
#: units of a measured amount: doses, and the concentrations, pressures, energies and lengths
#: a finding is stated in, in English or Chinese ("44.8毫升/分钟" is "44.8 mL/min", "5.2毫摩尔/升"
#: "5.2 mmol/L"); a per-volume unit keeps a concentration from reading as a drug's dose
_DOSE = (r"(?:mg|μg|µg|ug|mcg|ng|pg|g|kg|mL|ml|L|IU|U|mmol|μmol|µmol|umol|micromol|mm\s?Hg|kcal|"
         r"cm|mm|kDa|KDa|kD|KD|kd|Å|ångströms?|angstroms?|nm|"
         r"毫克|微克|纳克|皮克|毫升|千克|公斤|克|国际单位|单位|毫摩尔|微摩尔|毫米汞柱|千卡|大卡|"
         r"厘米|毫米|纳米)"
         r"(?:\s*/\s*(?:kg|d|day|天|日|m\s*\(2\)|m\^2|m2|m²|min|s|dL|dl|mL|ml|L|分钟|秒|千克|公斤|"
         r"分升|毫升|升|平方米)(?![A-Za-z]))?")
_COUNT_NOUNS = (r"(?:(?:person|patient)[- ]years?|patients?|cases?|subjects?|participants?|"
                r"individuals?|persons?|people|"
                r"women|men|children|adults|infants|volunteers|donors|mice|rats|deaths|events|smokers|"
                r"users|respondents|students|residents|survivors|births|pregnancies|nurses|"
                # animals of a study (session 18: "six rhesus macaques", "All six animals")
                r"animals|monkeys|macaques|primates|dogs|pigs|piglets|rabbits|sheep|cats|"
                r"hamsters|rodents|"
                r"physicians|households|"
                r"studies|trials|centres?|centers?|hospitals)")
_COUNT_ZH = r"(?:例|名|位|人次|人)"
#: Chinese measure words of counted things: studies and trials (项), animals (只), papers (篇),
#: hospitals and practices (家, 所): "三项研究" is "three studies", "两只小鼠" "two mice"
#: (session 12). Not 个, 次, 种, 组: "两组" is "both groups", "两种" "both kinds", words an
#: English source leaves uncounted.
_CLASSIFIER_ZH = r"(?:项(?!目)|只(?![有是要能会在])|篇|家(?![庭属族长])|所(?![有以谓在得]))"
#: words that describe a counted population between the number and its noun ("2,418 older
#: adults", "412 newly diagnosed patients", "300 healthy Danish volunteers"): common adjectives,
#: participles, and nationalities
_COUNT_ADJECTIVE = (
    r"(?:older|elderly|young|younger|healthy|obese|overweight|pregnant|postmenopausal|"
    r"premenopausal|eligible|evaluable|adult|male|female|consecutive|diabetic|hypertensive|"
    r"rhesus|cynomolgus|transgenic|wild-type|knockout|"
    r"additional|unique|current|former|daily|adolescent|critically|severely|ill|middle[- ]aged|"
    # study designs before "studies" / "trials" ("two ongoing cohort studies": session 12)
    r"ongoing|cohort|case[- ]control|prospective|retrospective|observational|clinical|"
    r"independent|separate|large|"
    r"[a-z]+ly\s+[a-z]+ed|(?!(?:need|used|based|aged|related)\b)[a-z]{3,}ed|"
    r"[A-Z][a-z]+(?:ese|an|ish|i))")
_POP = r"(?:10\s*万|100,000|100 000|100000|1,000|1000|10,000|10000|million|百万)"

_PREFIX = [
    # a bound said to be close first: "just over 33" is a little above 33, not any larger
    # number (numbers helper, session 9)
    ("just_over", r"(?:略高于|稍高于|略超过|稍超过|刚超过|略多于|稍多于|"
                  r"(?:just|slightly|a little|a bit|barely)\s+(?:over|above|more than|"
                  r"greater than|higher than|older than|exceeding))"),
    ("just_under", r"(?:略低于|稍低于|略少于|稍少于|"
                   r"(?:just|slightly|a little|a bit)\s+(?:under|below|less than|fewer than|"
                   r"lower than|younger than|short of))"),
    # a negated bound next: "不超过5%" / "no more than 5%" is at most 5%, not more than it
    ("up_to", r"(?:不超过|不多于|不高于|不大于|no more than|not more than|no greater than|"
              r"not exceeding|at most|最长|最多|最高)"),
    ("at_least", r"(?:不低于|不少于|不小于|no less than|not less than|no fewer than|"
                 r"not fewer than)"),
    ("about", r"(?:约|大约|大概|about|approximately|approx\.?|around|roughly|some|~|∼)"),
    ("nearly", r"(?:近|将近|接近|nearly|almost)"),
    ("more_than", r"(?:超过|逾|多于|高于|大于|more than|over|greater than|larger than|older than|"
                  r"longer than|exceeding|>)"),
    # "> or =10%", "< or = 5": how older PubMed records print ≥ and ≤
    ("at_least", r"(?:至少|不少于|at least|(?:a\s+)?minimum of|≥|>=|>\s*or\s*=)"),
    ("less_than", r"(?:不到|少于|低于|不足|小于|less than|fewer than|smaller than|younger than|"
                  r"shorter than|under|below|<)"),
    ("up_to", r"(?:高达|最长达|up to|(?:a\s+)?maximum of|≤|<=|<\s*or\s*=)"),
    # "最高也只有42%", "最高可达42%", "as high as 42%": the top of a span (session 18)
    ("up_to", r"(?:最高(?:也|仅|只|可)?(?:只有|仅有|仅为|为|达到|达|是)|as (?:high|much|many) as)"),
]
_PREFIX_RE = [(name, re.compile(rf"{pattern}\s*$", re.I)) for name, pattern in _PREFIX]
_SUFFIX = [("at_least", re.compile(r"^\s*(?:及|或)(?:以上|更多|更高|更长)")),
           ("up_to", re.compile(r"^\s*(?:及|或)(?:以下|更少|更低|更短)")),
           ("up_to", re.compile(r"^\s*or (?:less|fewer|lower|younger|shorter)\b", re.I)),
           # 以上 / 以下 take their number in (the Chinese convention: "4小时以上" is "4 or
           # more hours", and a source's "more than 4 hours" is within it too; session 13)
           ("at_least", re.compile(r"^\s*以上")),
           ("more_than", re.compile(r"^\s*(?:多|余|\+)")),
           # "两成出头", "三十岁出头": a little over it (session 14)
           ("more_than", re.compile(r"^\s*出头")),
           ("at_least", re.compile(r"^\s*or (?:more|older|greater|longer)\b", re.I)),
           ("up_to", re.compile(r"^\s*以下")),
           ("about", re.compile(r"^\s*左右"))]


@dataclass
class _Hit:
    start: int
    end: int
    quantity: Quantity


Builder = Callable[[re.Match[str]], Quantity | None]


def _num(text: str) -> tuple[float, int]:
    return parse_number(text)


def _q(m: re.Match[str], kind: str, **fields: object) -> Quantity:
    return Quantity(text=m.group().strip(), kind=kind, start=m.start(), end=m.end(), **fields)


def _date_zh(m: re.Match[str]) -> Quantity:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"]) if m["d"] else 0
    return _q(m, "date", value=float(y * 10000 + mo * 100 + d), unit="date")


def _date_en(m: re.Match[str]) -> Quantity | None:
    month = _MONTHS.get(m["mon"][:3].lower())
    if month is None:
        return None
    d = int(m["d"]) if m["d"] else 0
    return _q(m, "date", value=float(int(m["y"]) * 10000 + month * 100 + d), unit="date")


def _date_span(m: re.Match[str]) -> Quantity | None:
    """"between October 1999 and December 2003" → a range of the two dates (unit "date_of")."""
    first, last = _MONTHS.get(m["mon1"][:3].lower()), _MONTHS.get(m["mon2"][:3].lower())
    if first is None or last is None:
        return None
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else y2
    low = float(y1 * 10000 + first * 100 + (int(m["d1"]) if m["d1"] else 0))
    high = float(y2 * 10000 + last * 100 + (int(m["d2"]) if m["d2"] else 0))
    if low > high:
        return None
    return _q(m, "range", low=low, high=high, unit="date_of", decimals=0)


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    key = raw.lower() if raw.isascii() else raw
    if key in DURATION_UNITS:
        return DURATION_UNITS[key]
    if raw in ("%", "％") or key in ("percent", "per cent"):
        return "%"
    base, _, per = raw.partition("/")
    base = re.sub(r"(?<=mm)\s+(?=Hg)", "", base.strip())  # "mm Hg" is mmHg
    base = _DOSE_UNITS.get(base, base)
    per = _PER.get(per.strip().lower(), per.strip())
    return f"{base}/{per}" if per else base


def _mean_sd(m: re.Match[str]) -> Quantity:
    value, decimals = _num(m["a"])
    sd, _ = _num(m["b"])
    return _q(m, "mean_sd", value=value, sd=sd, unit=_unit(m["unit"]), decimals=decimals)


def _percent_sd(m: re.Match[str]) -> Quantity:
    """"21·30 (sd 1·98) %": a percentage (its SD kept), compared as any percentage."""
    value, decimals = _num(m["a"])
    return _q(m, "percent", value=value, sd=_num(m["b"])[0], unit="%", decimals=decimals)


def _rate(m: re.Match[str]) -> Quantity:
    low, decimals = _num(m["a"])
    high = _num(m["b"])[0] if m.groupdict().get("b") else None
    pop = _num(re.sub(r"\s", "", m["pop"]).replace("百万", "1000000"))[0]
    unit = f"per {int(pop)}"
    if high is None:
        return _q(m, "rate", value=low, unit=unit, decimals=decimals)
    return _q(m, "rate", low=low, high=high, unit=unit, decimals=decimals)


def _per_pop(m: re.Match[str]) -> Quantity | None:
    """"每10万人372.9例" → 372.9 per 100,000; the population's words ("新生儿") are the rate's
    own (the source's "per 1000 births" is no figure's word either)."""
    pop = _num(m["pop"])[0]
    if pop not in (100.0, 1000.0, 10_000.0, 100_000.0, 1_000_000.0):
        return None
    value, decimals = _num(m["a"])
    return _q(m, "rate", value=value, unit=f"per {int(pop)}", decimals=decimals,
              qualifier="about" if m["about"] else None)


#: a small whole number, in digits or Chinese numerals ("十", "5", "二十")
_SMALL_ZH_OR_ARABIC = r"(?:\d{1,3}(?![\d.,])|[一二两三四五六七八九十]{1,3})(?![万千百])"


def _m_in_n(m: re.Match[str]) -> Quantity | None:
    """"每十名患者中约有一人" → about 10%: M of every N, a share said in round numbers, so
    about that much with or without 约 (as "one in five" for 18.7%); a rate per 100 or more
    is `_per_pop`'s (session 13)."""
    whole, part = _num(m["N"])[0], _num(m["M"])[0]
    if not whole or not part or part >= whole:
        return None
    return _q(m, "percent", value=round(100.0 * part / whole, 4), unit="%", decimals=1,
              qualifier="about")


_YEARS_SPANNED = 60


def _scale_of(text: str) -> float:
    """The scale word a printed number ends in ("180 million" → 1e6, "3万" → 1e4), or 1."""
    raw = text.strip().lower()
    return next((f for w, f in SCALE_WORDS.items() if raw.endswith(w) and re.search(r"\d", raw)),
                1.0)


def _shared_scale(first: str, second: str) -> tuple[float, int]:
    """The low end of a range whose scale word is printed once, after its high end: "130-180
    million", "between 130 and 180 million" is 130 million to 180 million (session 11)."""
    low, decimals = _num(first)
    scale = _scale_of(second)
    if scale > 1 and _scale_of(first) == 1 and low * scale <= _num(second)[0]:
        return low * scale, decimals - round(math.log10(scale))
    return low, decimals


def _range(m: re.Match[str]) -> Quantity:
    low, decimals = _shared_scale(m["a"], m["b"])
    high, _ = _num(m["b"])
    unit = _unit(m["u1"] or m["u2"] or m["unit"])
    if unit is None and 1900 <= low <= 2100 and len(m["b"]) == 2 and "." not in m["a"]:
        # "1958-97", "1989-93": the second year written with its last two digits only
        # (within a lifetime of the first: "2019-12" is a month)
        full = high + low - low % 100 + (100 if high <= low % 100 else 0)
        high = full if full - low <= _YEARS_SPANNED else high
    if unit is None and 1900 <= low <= 2100 and 1900 <= high <= 2100 and low < high:
        unit = "year_of"
    return _q(m, "range", low=low, high=high, unit=unit, decimals=decimals)


def _period(m: re.Match[str]) -> Quantity | None:
    """"the first two weeks" / 头两周 → weeks 0 to 2; "days 0 to 13", "weeks 1 to 4" → that
    range: a period from the start (a range of time), which binds no figure to a time point.
    A later window ("days 14 to 120") is left to the readings of its numbers."""
    if m["lo"] is not None:
        low, high = float(m["lo"]), float(m["hi"])
        if low > 1 or low >= high:
            return None  # "days 14 to 120": a later window keeps its start as its time point
        return _q(m, "range", low=low, high=high, unit=_unit(m["u2"]), decimals=0)
    if m["zh"] is not None:
        high = _num(m["zh"])[0]
        unit = _unit(m["zhunit"])
    else:
        high = _num(m["a"])[0] if m["a"] else _word(m["w"].lower())
        unit = _unit(m["unit"])
    return _q(m, "range", low=0.0, high=high, unit=unit, decimals=0) if high > 0 else None


def _to_range(m: re.Match[str]) -> Quantity | None:
    """"30% to 40%", "four to five factors": a range, unless it is the end of a change ("rose
    from 30% to 40%")."""
    before = m.string[max(0, m.start() - 40):m.start()]
    if re.search(r"\bfrom\s*$", before, re.I) or _CHANGE_BEFORE.search(before):
        return None
    if m.groupdict().get("wa"):
        low, high = _word(m["wa"].lower()), _word(m["wb"].lower())
        return _q(m, "range", low=low, high=high, unit=_unit(m["u3"]), decimals=0) \
            if low < high else None
    if m.groupdict().get("a5"):
        low, high = float(m["a5"]), float(m["b5"])
        clause = re.split(r"[.;:]\s", m.string[max(0, m.start() - 120):m.start()])[-1]
        if low >= high or high > 20 * low or 1800 <= low <= 2100 and 1800 <= high <= 2100 or \
                re.search(r"\b(?:from|between)\b", clause, re.I):
            # not a span ("10 to 3", "period 1 to 889"), a span of years (read below), or the
            # end of a change ("increased from 285 in period 1 to 889")
            return None
        return _q(m, "range", low=low, high=high, unit=None, decimals=0)
    if m.groupdict().get("a2"):
        (low, decimals), (high, _) = _num(m["a2"]), _num(m["b2"])
        return _q(m, "range", low=low, high=high, unit=_unit(m["u4"]), decimals=decimals) \
            if low < high else None
    return _range(m)


def _age_bound(m: re.Match[str]) -> Quantity:
    """"aged 60 and over" is 60 years or older, "aged 17 and under" 17 years or younger."""
    below = m["q"].lower() in ("under", "younger", "below")
    return _q(m, "duration", value=float(m["n"]), unit="year",
              qualifier="up_to" if below else "at_least")


def _aged_range(m: re.Match[str]) -> Quantity | None:
    """"aged 65 to 100", "between the ages of 65 and 100 years": an age range, in years."""
    q = _range_or_change(m)
    if q is not None and q.unit is None and re.match(r"aged|(?:between|from)\s+(?:the\s+)?ages?",
                                                     m.group(), re.I):
        q.unit = "year"
    return q


def _half_duration(m: re.Match[str]) -> Quantity:
    """"two and a half years" → 2.5, "half a year" → 0.5, "一年半" → 1.5, "两个半月" → 2.5."""
    groups = m.groupdict()
    if groups.get("a"):
        whole = _num(m["a"])[0]
    elif groups.get("w"):
        whole = _word(m["w"].lower())
    else:
        whole = 1.0 if groups.get("one") else 0.0
    unit = _unit(m["unit"] or groups.get("unit2"))
    return _q(m, "duration", value=whole + 0.5, unit=unit, decimals=1)


_CHANGE_BEFORE = re.compile(
    r"\b(?:increas|decreas|declin|reduc|improv|worsen|deteriorat|chang|ris|rose|fell|fall|"
    r"drop|lower|rais|elevat|grew|grow|went|go|shift|mov)\w*\s+(?:\w+\s+){0,2}$", re.I)


def _range_or_change(m: re.Match[str]) -> Quantity | None:
    """"range 1–109", "between 2007 and 2016" are ranges; "fell from 4.48 to 1.09" is a change
    between two values, each a figure of its own (left to the later patterns)."""
    if m.group().lower().startswith("from"):
        low, high = _num(m["a"])[0], _num(m["b"])[0]
        if low > high or _CHANGE_BEFORE.search(m.string[max(0, m.start() - 40):m.start()]):
            return None
    return _range(m)


def _fraction(m: re.Match[str]) -> Quantity | None:
    n, _ = _num(m["n"]) if m["n"] else (_word(m["w"]), 0)
    # "seven of the nine": the total in words too (session 10)
    total, decimals = _num(m["N"]) if m["N"] else (_word(m["NW"]), 0)
    if total == 0 or n > total:
        return None
    if m.groupdict().get("w") and n == 1 and total > 1 and re.search(
            r"\b(?:to|in|at|from|into|by)\s+$", m.string[max(0, m.start() - 6):m.start()]):
        # "admitted to one of 68 units", "in one of 32 hospitals": one place among them, the
        # 68 a count of its own (not "one of 12 patients died")
        q = _q(m, "number", value=total, decimals=decimals)
        q.start = m.start("N")
        return q
    return _q(m, "fraction", value=n, denominator=total)


def _one_in(m: re.Match[str]) -> Quantity | None:
    n = _num(m["n"])[0] if m["n"] else _word(m["w"].lower())
    total = _num(m["N"].lower())[0]
    if not n or total <= n or 1900 <= total <= 2100:
        return None
    return _q(m, "fraction", value=n, denominator=total)


def _word(text: str | None) -> float:
    from claimcheck.evidence.numbers import en_word

    return en_word(text or "zero")


_RATIO_ZH = (r"风险比|危险比|比值比|优势比|相对危险度|相对风险|发生率比|发病率比|标准化死亡比|标准化发病比|"
             r"(?:(?<=校正)|(?<=调整)|(?<=[(（]))率比")
#: every way of naming a ratio → its abbreviation (an adjusted ratio is still that ratio)
_RATIO_NAMES = {"hazard ratio": "HR", "ahr": "HR", "风险比": "HR", "危险比": "HR",
                "odds ratio": "OR", "aor": "OR", "比值比": "OR", "优势比": "OR",
                "risk ratio": "RR", "relative risk": "RR", "相对危险度": "RR", "相对风险": "RR",
                "rate ratio": "IRR", "发生率比": "IRR", "发病率比": "IRR", "率比": "IRR",
                "standardised mortality ratio": "SMR", "standardized mortality ratio": "SMR",
                "标准化死亡比": "SMR", "standardised incidence ratio": "SIR",
                "standardized incidence ratio": "SIR", "标准化发病比": "SIR"}


_ZH_BE = r"(?:仅|只|约|大约|分别|均|则|高达)?(?:为|是|达)"
#: the level of an interval in any spelling: "95% CI", "95 percent confidence interval",
#: "百分之九十五置信区间" (session 14)
_CI_LEVEL = (r"(?:9[059](?:\.\d+)?\s*(?:%|％|(?i:percent|per cent)\b)|百分之九十[五九]?)\s*"
             r"(?:CI|(?i:confidence intervals?)(?:\s*\[CI\])?|置信区间|可信区间)")
_CI_DASH = r"(?:-|–|—|to|,|～|~|〜|至)"
_BARE_DASH = r"(?:-|–|—|to|～|~|〜|至)"
_RATIO_NAME = re.compile(rf"\b(?:OR|HR|RR|aOR|aHR|AOR|AHR|IRR|ORs|HRs|RRs|SMRs?|SIRs?|(?i:odds ratios?|"
                         rf"hazard ratios?|risk ratios?|relative risks?|rate ratios?|"
                         rf"standardi[sz]ed (?:mortality|incidence) ratios?))\b|{_RATIO_ZH}")
#: statistics other than a ratio that may sit between a ratio's name and a value with an
#: interval ("HR 0.80 …; mean difference 2.3 (1.1-3.5)")
_OTHER_STATISTIC = re.compile(
    r"\b(?:differences?|means?|medians?|changes?|coefficients?|beta|slopes?|correlations?|"
    r"scores?|points?|IQR|SD|SMD|MD|WMD)\b|β|差值|均值|中位数", re.I)
_TIME_WORDS = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?\b"
                         r"|\b\d+(?:\s*(?:to|-|–)\s*\d+)?\s*(?:days?|weeks?|months?|years?)\b",
                         re.I)
#: a sentence about a risk or an association, where a bare "(0.74, 0.60 to 0.92)" is a ratio
#: (or a likelihood: "more likely to cause adverse effects than placebo (1.53, 95% CI 1.11 to
#: 2.12)", session 10)
_RISK_WORD = re.compile(r"\b(?:risks?|odds|hazards?|associated|association|likely|likelier|"
                        r"likelihood)\b|风险|危险", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？]\s+(?=[A-Z\u4e00-\u9fff])|[。！？]")


def _listed_ratio(m: re.Match[str]) -> Quantity | None:
    """A value with its interval after a ratio's name earlier in its sentence, with no other
    statistic named in between: that ratio (unit from the nearest name). The figure is the
    value alone: the words between it and the name are what the ratio measures."""
    a, lo, hi = (m["a"], m["lo"], m["hi"]) if m["a"] else (m["a2"], m["lo2"], m["hi2"]) \
        if m["a2"] else (m["a5"], m["lo5"], m["hi5"]) if m["a5"] else \
        (m["a4"], m["lo4"], m["hi4"])
    value, decimals = _num(a or m["a3"])
    low, high = (_num(lo)[0], _num(hi)[0]) if lo and hi else (None, None)
    if low is not None and high is not None and not low < high or \
            low is not None and high is not None and not low <= value <= high:
        return None
    text = m.string
    window = text[max(0, m.start() - 400):m.start()]
    ends = list(_SENTENCE_END.finditer(window))
    window = window[ends[-1].end():] if ends else window
    names = list(_RATIO_NAME.finditer(window))
    after = text[m.end():m.end() + 300]
    end = _SENTENCE_END.search(after)
    after = after[:end.start()] if end else after
    if not names and not m["a3"] and not m["a5"] and (_RISK_WORD.search(window) or _RISK_WORD.search(after)) \
            and low is not None and low > 0 and not _OTHER_STATISTIC.search(window):
        # "a reduced risk of pre-eclampsia (0.74, 0.60 to 0.92)", "associated with liver
        # (1·19, 1·12-1·27)": a value and its interval beside a risk, with no name; the risk
        # may come after it ("12 trials (1.09, 0.96 to 1.23) showed no rise in the risk of …",
        # numbers helper, session 9)
        return _q(m, "ratio", value=value, low=low, high=high, decimals=decimals)
    if not names or _OTHER_STATISTIC.search(window[names[-1].end():]):
        return None
    if (m["a3"] or m["a5"]) and re.search(r"\d", _TIME_WORDS.sub(" ", window[names[-1].end():])):
        # a bare value is the ratio only as the first figure after its name (a time point
        # between, "during days 0 to 13 after birth was 29.8", is no figure)
        return None
    name = names[-1].group().lower()
    name = name[:-1] if name.endswith(("ratios", "risks", "ors", "hrs", "rrs")) else name
    unit = _RATIO_NAMES.get(name, name.upper())
    return _q(m, "ratio", value=value, low=low, high=high, unit=unit, decimals=decimals)


#: a hedge between a ratio's name and its value, and the qualifier it gives the value
_RATIO_HEDGES = {"接近": "nearly", "将近": "nearly", "近": "nearly", "nearly": "nearly",
                 "almost": "nearly", "约": "about", "大约": "about", "about": "about",
                 "approximately": "about", "around": "about", "roughly": "about"}
_RATIO_HEDGE = "|".join(sorted(_RATIO_HEDGES, key=len, reverse=True))


def _ratio(m: re.Match[str]) -> Quantity:
    value, decimals = _num(m["a"])
    lo, hi = m["lo"] or m["lo2"] or m["lo3"], m["hi"] or m["hi2"] or m["hi3"]
    low = _num(lo)[0] if lo else None
    high = _num(hi)[0] if hi else None
    if not m["lo"] and low is not None and high is not None and not low <= value <= high:
        low = high = None  # an interval with no level must hold its value
    name = m["name"] or m["zh"]
    unit = _RATIO_NAMES.get(name.lower(), name.upper())
    q = _q(m, "ratio", value=value, low=low, high=high, unit=unit, decimals=decimals,
           qualifier=_RATIO_HEDGES.get((m["near"] or "").lower()))
    if m["topic"]:  # "HR for lung cancer in reducers was 0.73": the words stay what it measures
        q.start = m.start("a")
    return q


#: a quantile's group: 最高的, 最低, 最多的 … just before a fraction
_EXTREME_GROUP = re.compile(r"最(?:高|低|多|少|上|下)的?\s*$")


def _zh_fraction(m: re.Match[str]) -> Quantity | None:
    """"二十分之一" (one twentieth) and "一半" (half) as percentages, about that much. Not
    the 五分之一 of "摄入量最高的五分之一女性" (the top fifth): a quantile names a group, as
    "the highest quintile" does, and is no share of anyone (numbers helper, session 10)."""
    if _EXTREME_GROUP.search(m.string, max(0, m.start() - 4), m.start()) and \
            not (m["half"] or m["over"]):
        return None
    after = m.string[m.end() : m.end() + 2]
    qualifier: str | None = "more_than" if after.startswith(("以上", "多")) else "less_than" if \
        after.startswith("以下") else "about"
    if qualifier == "about" and _qualifier(m.string, m.start(), m.end())[0] is not None:
        qualifier = None  # "至少一半": the bound before it is the qualifier
    if m["over"]:  # "过半": more than half (session 14)
        return _q(m, "percent", value=50.0, unit="%", decimals=0, qualifier="more_than")
    if m["half"]:  # "一半", "半数" (session 14: 近半数, 超过半数)
        return _q(m, "percent", value=50.0, unit="%", decimals=0, qualifier=qualifier)
    whole, part = _num(m["b"])[0], _num(m["a"])[0]
    if not whole or part > whole:
        return None
    return _q(m, "percent", value=round(100.0 * part / whole, 4), unit="%", decimals=1,
              qualifier=qualifier)


#: the unit of a multiple: "twice as likely", "threefold", "三倍", "doubled" — a ratio of
#: one group's figure to another's, comparable with a source's ratio of any kind
MULTIPLE = "×"
_MULTIPLE_VERBS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "翻倍": 2.0, "翻番": 2.0,
                   "翻一番": 2.0, "翻了一番": 2.0}


def _multiple(m: re.Match[str]) -> Quantity:
    """"2.5-fold", "三倍", "两倍多", "3 times the risk": a multiple (a ratio with the
    unit `MULTIPLE`), at its printed precision."""
    value, decimals = _num(m["a"])
    return _q(m, "ratio", value=value, decimals=decimals, unit=MULTIPLE)


def _multiple_words(m: re.Match[str]) -> Quantity:
    """"threefold", "twice as likely", "four times the risk": compared at whole units."""
    value = 2.0 if m["twice"] else _word((m["w"] or m["w2"]).lower())
    return _q(m, "ratio", value=value, decimals=0, unit=MULTIPLE)


def _multiple_verb(m: re.Match[str]) -> Quantity:
    """"doubled", "tripling", 翻倍, 增加了一倍 (up by once itself): a multiple compared at whole
    units. "halved" and 减半 are not read: what is halved is often an amount, not a ratio
    (减少一半 stays a relative decrease of about 50%)."""
    if m["one"]:
        return _q(m, "ratio", value=2.0, decimals=0, unit=MULTIPLE)
    verb = (m["verb"] or m["verb2"]).lower()
    value = next(v for k, v in _MULTIPLE_VERBS.items() if verb.startswith(k))
    return _q(m, "ratio", value=value, decimals=0, unit=MULTIPLE)


def _zh_percent_value(text: str) -> tuple[float, int]:
    """"三十" → 30, "十二点五" → 12.5, "12.5" → 12.5: the number after 百分之."""
    whole, _, part = text.partition("点")
    value, decimals = _num(whole)
    if part:
        value += float("0." + "".join(str(_num(ch)[0])[0] for ch in part))
        decimals = len(part)
    return value, decimals


def _zh_percent(m: re.Match[str]) -> Quantity:
    """"百分之三十" → 30%, "百分之十二点五" → 12.5%."""
    value, decimals = _zh_percent_value(m["a"])
    return _q(m, "percent", value=value, unit="%", decimals=decimals)


def _zh_percent_range(m: re.Match[str]) -> Quantity | None:
    """"从百分之四点五到百分之九十三" → 4.5% to 93%, as "from 4.5 to 93%" (session 11); the
    two ends joined by 到/至 alone (a change puts its verb between: "从百分之十降到百分之五")."""
    (low, decimals), (high, _) = _zh_percent_value(m["a"]), _zh_percent_value(m["b"])
    if not low < high:
        return None
    return _q(m, "range", low=low, high=high, unit="%", decimals=decimals)


def _thousands(m: re.Match[str]) -> Quantity:
    """"US$104k", "$58k", "€2.5k": a sum of money in thousands, printed to the thousand
    (104,000 is "$104k"; session 11)."""
    value, decimals = _num(m["a"])
    return _q(m, "number", value=value * 1000, decimals=decimals - 3)


def _sex_count(m: re.Match[str]) -> Quantity | None:
    """"87M and 110F", "(10 F, 8 M)": the men and the women of a sample, each a count of
    people. Only as a pair of the two letters (one alone, or "8 M urea and 2 M thiourea", is a
    concentration; session 11)."""
    pair = re.compile(r"(\d+)\s?([MF])\s*(?:and|,|/|;|、)\s*(\d+)\s?([MF])\b")
    text = m.string
    for at in (m.start(), max(0, m.start() - 16)):
        for p in pair.finditer(text, at, min(len(text), m.end() + 16)):
            if p.group(2) != p.group(4) and m.start() in (p.start(1), p.start(3)):
                value, decimals = _num(m["a"])
                return _q(m, "count", value=value, unit="persons", decimals=decimals)
    return None


def _every_two_weeks(m: re.Match[str]) -> Quantity:
    """"biweekly", "fortnightly", "every other week": every two weeks (每两周一次)."""
    return _q(m, "duration", value=2.0, unit="week", decimals=0)


def _person_time_rate(m: re.Match[str]) -> Quantity:
    """"1.4/100 person years", "1.4 deaths occurred per 100 person-years": a rate per person-
    time, as "per 1000" rates are read (session 11)."""
    value, decimals = _num(m["a"])
    pop = _num(re.sub(r"[\s,]", "", m["pop"]))[0]
    return _q(m, "rate", value=value, unit=f"per {int(pop)}", decimals=decimals)


#: a Chinese digit followed by the next one (一两, 两三, 三四 … 八九): said together they give
#: a rough range ("三四个月" three or four months, "八九成" 80-90%, "五六十名" 50-60)
_NEXT_ZH = r"一(?=[二两])|[二两](?=三)|三(?=四)|四(?=五)|五(?=六)|六(?=七)|七(?=八)|八(?=九)"


def _adjacent_range(m: re.Match[str]) -> Quantity:
    """"三四个月" → 3 to 4 months, "十四五岁" → 14 to 15 years, "二三十岁" → 20 to 30 years,
    "五六十名" → 50 to 60: two neighbouring digits, a rough range (not 34, 45, 230 or 560;
    session 14)."""
    tens = _num(m["t"])[0] if m["t"] else 0.0
    scale = _num("一" + m["s"])[0] if m["s"] else 1.0
    low, high = (tens + _num(m["lo"])[0]) * scale, (tens + _num(m["b"])[0]) * scale
    return _q(m, "range", low=low, high=high, unit=_unit(m["unit"]), decimals=0,
              qualifier="about")


def _tenths(m: re.Match[str]) -> Quantity:
    """"三成" → 30% (the tens are its precision: 28.6% is 三成); "八成三" → 83%; "六到九成"
    → 60% to 90% (numbers helper, session 10)."""
    def tenths(whole: str, part: str | None) -> float:
        return 10.0 * _num(whole)[0] + (5.0 if part == "半" else _num(part)[0] if part else 0.0)

    if m["lo2"]:  # "八九成": 80% to 90%, roughly (session 14)
        return _q(m, "range", low=tenths(m["lo2"], None), high=tenths(m["a"], m["b"]),
                  unit="%", decimals=-1, qualifier="about")
    if m["lo"]:  # "六到九成": at the tenths' precision; "三成半到五成", "七成六到八成五": a half
        # or a digit is printed to the unit, and "about" covers the bare bound
        bare = not m["lob"] and not m["b"]
        return _q(m, "range", low=tenths(m["lo"], m["lob"]), high=tenths(m["a"], m["b"]),
                  unit="%", decimals=-1 if bare else 0,
                  qualifier="about" if "半" in (m["lob"], m["b"]) else None)
    if m["b"] == "半":  # "三成半" is 35%, at that half
        return _q(m, "percent", value=tenths(m["a"], "半"), unit="%", decimals=0,
                  qualifier="about")
    if m["b"]:
        return _q(m, "percent", value=10.0 * _num(m["a"])[0] + _num(m["b"])[0], unit="%",
                  decimals=0)
    return _q(m, "percent", value=10.0 * _num(m["a"])[0], unit="%", decimals=-1)


def _word_percent(m: re.Match[str]) -> Quantity:
    return _q(m, "percent", value=_word(m["w"].lower()), unit="%", decimals=0)


_SHARES = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


def _word_share(m: re.Match[str]) -> Quantity:
    """"a third of" → about 33.3%, "two-thirds of" → about 66.7% (as "三分之一"); a bound
    before it ("more than a third") is kept."""
    n = m["n"].lower()
    part = 1.0 if n in ("a", "an", "one") else _word(n)
    share = 100.0 * part / _SHARES[m["d"].lower().rstrip("s")]
    bounded = _qualifier(m.string, m.start(), m.end())[0] is not None
    if m.string[max(0, m.start() - 3):m.start()].lower() == "by ":
        # "cut the rate by a third": a change, read at the whole percent (0.67, not 0.70)
        # unless said to be approximate ("by about a quarter", "by nearly a third")
        adverb = re.match(r"(?P<near>nearly|almost)|(?:about|roughly|some|around)\b", m.group(),
                          re.I)
        qualifier = None if adverb is None else "nearly" if adverb["near"] else "about"
        return _q(m, "percent", value=round(share, 4), unit="%", decimals=0, qualifier=qualifier)
    return _q(m, "percent", value=round(share, 4), unit="%", decimals=1,
              qualifier=None if bounded else "about")


def _half(m: re.Match[str]) -> Quantity:
    """"half of the patients" → about 50% (as "一半"); "more than half" keeps its bound."""
    bounded = _qualifier(m.string, m.start(), m.end())[0] is not None
    return _q(m, "percent", value=50.0, unit="%", decimals=0,
              qualifier=None if bounded else "about")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4}


def _phase(m: re.Match[str]) -> Quantity:
    """A trial phase ("phase 3", "phase III", "3期", "Ⅲ期"): a label of the study, not a finding."""
    raw = m["a"] or m["a2"]
    roman = _ROMAN.get(raw.lower(), _ROMAN.get(raw))
    value = float(roman) if roman is not None else _num(raw)[0]
    return _q(m, "phase", value=value, decimals=0)


def _percent(m: re.Match[str]) -> Quantity:
    value, decimals = _num(m["a"])
    return _q(m, "percent", value=value, unit="%", decimals=decimals)


def _dose(m: re.Match[str]) -> Quantity | None:
    if m["a"].strip() in ("十", "百", "千"):
        return None  # "每千克": the 千 of a unit (千克 kg), no number
    value, decimals = _num(m["a"])
    return _q(m, "dose", value=value, unit=_unit(m["unit"]), decimals=decimals)


_WORD_UNITS = {"kilogram": "kg", "gram": "g", "milligram": "mg", "microgram": "μg", "litre": "L",
               "liter": "L", "centimetre": "cm", "centimeter": "cm", "millimetre": "mm",
               "millimeter": "mm"}


def _word_dose(m: re.Match[str]) -> Quantity:
    unit = _WORD_UNITS[m["unit"].lower().rstrip("s")]
    return _q(m, "dose", value=_word(m["w"].lower()), unit=unit, decimals=0)


def _cells_dose(m: re.Match[str]) -> Quantity:
    value, decimals = _num(m["a"])
    return _q(m, "dose", value=value, unit="cells/kg", decimals=decimals)


_ORDINALS = {"first": 1.0, "second": 2.0, "third": 3.0}


def _ordinal_time(m: re.Match[str]) -> Quantity:
    return _q(m, "duration", value=_ORDINALS[m["o"].lower()], unit=_unit(m["unit"]), decimals=0)


#: after 年, a word of its own: 年龄 (age), 年级 (school year), 年代 (decade), 年纪, 年度
_YEAR_WORD = re.compile(r"(?<=年)[龄级代纪度]")


def _duration(m: re.Match[str]) -> Quantity | None:
    """A duration ("12 weeks", 三年, "two consecutive years"); not the 一年 of 这一年龄段 ("this
    age group"), nor the 前一天 of 造影前一天 ("the day before the angiography", a time
    point an English source writes without a figure) (numbers helper, session 10)."""
    if _YEAR_WORD.match(m.string, m.end()):
        return None
    if m.group().strip() == "一天" and m.string[max(0, m.start() - 1):m.start()] == "前":
        return None
    groups = m.groupdict()
    number = groups.get("a")
    value, decimals = _num(number) if number else (_word(m["w"].lower()), 0)
    if groups.get("more2"):  # "两个多月"
        return _remainder(_q(m, "duration", value=value, unit="month", decimals=decimals))
    q = _q(m, "duration", value=value, unit=_unit(m["unit"]), decimals=decimals)
    return _remainder(q) if groups.get("more") else q


#: a bound before "a year" / "a month": "for at least a year", "within a month" (session 12)
_BOUND_BEFORE_A = re.compile(r"(?:at least|at most|more than|less than|no more than|up to|about|"
                             r"nearly|almost|over|under|within)\s+$", re.I)


def _a_duration(m: re.Match[str]) -> Quantity | None:
    """"a year" after a bound is one year; "a year" alone ("twice a year") is no figure."""
    if not _BOUND_BEFORE_A.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    return _q(m, "duration", value=1.0, unit=_unit(m["unit"]), decimals=0)


def _decades(m: re.Match[str]) -> Quantity | None:
    """"two decades" → 20 years, "3 decades" → 30 years (session 13); "a decade" is left
    unread, as "a year" alone is (an English source's "10 y later" is no duration either)."""
    value, decimals = _num(m["a"]) if m["a"] else (_word(m["w"].lower()), 0)
    if not value:
        return None
    return _q(m, "duration", value=round(value * 10, 4), unit="year",
              decimals=max(0, decimals - 1))


#: spans named by a word: a decade and a century in years, a fortnight in weeks (世纪 as century)
_SPAN_UNITS = {"decade": (10.0, "year"), "century": (100.0, "year"), "fortnight": (2.0, "week"), "世纪": (100.0, "year")}
#: the share of a span: "half a century", "a quarter of a century", 半个世纪, 四分之一个世纪
_SPAN_PARTS = {"half": 0.5, "quarter": 0.25, "半": 0.5, "四分之一": 0.25, "": 1.0}


def _named_span(m: re.Match[str]) -> Quantity | None:
    """"half a century" → 50 years, "a quarter-century" → 25 years, 半个世纪 → 50 years,
    "nearly a decade" → 10 years (session 15). A whole "a decade" / "a fortnight" is read only
    after a bound, as "a year" is ("within a decade"): alone it is often no figure at all."""
    part = (m["part"] or m.groupdict().get("quarter") or "").lower()
    if not part and not _BOUND_BEFORE_A.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    size, unit = _SPAN_UNITS[m["span"].lower()]
    return _q(m, "duration", value=round(size * _SPAN_PARTS[part], 4), unit=unit, decimals=0)


def _past_unit(m: re.Match[str]) -> Quantity:
    """"the past year", "the prior month" → a duration of one year, one month (session 13)."""
    return _q(m, "duration", value=1.0, unit=_unit(m["unit"]), decimals=0)


def _age_years(m: re.Match[str]) -> Quantity:
    """"the age of 30" → 30 years (an age, as "30 years of age")."""
    value, decimals = _num(m["a"])
    return _q(m, "duration", value=value, unit="year", decimals=decimals)


def _bounded_duration(m: re.Match[str]) -> Quantity:
    """"4 or more hours" → at least 4 hours; "two or fewer days" → up to 2 days."""
    value, decimals = _num(m["a"]) if m["a"] else (_word(m["w"].lower()), 0)
    bound = "at_least" if m["bound"].lower() in ("more", "longer") else "up_to"
    return _q(m, "duration", value=value, unit=_unit(m["unit"]), decimals=decimals,
              qualifier=bound)


def _count(m: re.Match[str]) -> Quantity | None:
    groups = m.groupdict()
    if groups.get("a") == "一" and m["noun"] not in ("例", "人", "人次") and \
            not re.search(r"(?:仅|只|共|仅有|只有|其中|另有)\s*$", m.string[max(0, m.start() - 3):m.start()]):
        return None  # "一名资深药师", "一项研究": the indefinite article, not a figure
    if groups.get("a") and m.string[max(0, m.start() - 2):m.start()] == "分之" or \
            m["noun"] == "人" and m.string.startswith(("群", "口", "类", "体"), m.end()):
        return None  # "三分之一人群": a fraction of a population, no count of one person
    if m["noun"] == "例" and m.string.startswith("外", m.end()) and \
            m.string[max(0, m.start() - 2):m.start()].endswith("无"):
        return None  # "无一例外": without exception, no count of cases
    if groups.get("a") in ("一", "1") and re.search(
            r"每[\u4e00-\u9fff]{0,3}$", m.string[max(0, m.start() - 4):m.start()]):
        return None  # "每避免一例感染", "每1名患者": the "per one" of a rate (session 18)
    value, decimals = _num(m["a"]) if groups.get("a") else (_word(m["w"]), 0)
    noun = m["noun"]
    if re.fullmatch(_CLASSIFIER_ZH, noun) and re.search(r"\d", m["a"]):
        # "97家", "12项": digits stay a bare number, as before the measure words were read
        return _q(m, "number", value=value, decimals=decimals)
    unit = "persons" if re.fullmatch(_COUNT_ZH, noun) else None if re.fullmatch(
        _CLASSIFIER_ZH, noun) else noun.lower().replace(" ", "-")
    q = _q(m, "count", value=value, unit=unit, decimals=decimals)
    return _remainder(q) if groups.get("more") else q


def _remainder(q: Quantity) -> Quantity:
    """"1.1万余名", "900多例", "20余年", "3年多": more than the number but short of its next
    step at the printed precision (11,000–12,000; 900–1,000; 20–30; 3–4): its low and high.
    "超过/more than" stays open."""
    if q.value is None or q.value <= 0:
        return q
    places = q.decimals
    if places <= 0:
        whole = int(round(q.value))
        zeros = len(str(whole)) - len(str(whole).rstrip("0"))
        places = -max(-places, zeros)
    q.qualifier, q.low, q.high = "more_than", q.value, q.value + 10.0 ** -places
    return q


def _year(m: re.Match[str]) -> Quantity:
    return _q(m, "year", value=float(m["y"]))


#: "3.01 points", "a 1.93-point increase", "2.3 percentage points", "评分降低2.3分": a score
POINTS = re.compile(r"\s*-?\s*(?P<pp>percentage[\s-]+)?points?\b|\s*(?P<pp2>个)?百分点|"
                     r"\s*分(?![钟之数])", re.I)


#: before a sentence's first word: its start, a full stop, or a section label ("RESULTS ")
_OPENS = re.compile(r"(?:^|[.!?:;]|\b[A-Z]{4,})\s*$")


def _sentence_number(m: re.Match[str]) -> Quantity | None:
    if m["a"].lower() == "one":
        return None  # "One year on", "One of the …": no figure
    if not _OPENS.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "in Twelve Oaks": capitals inside a sentence
    return _q(m, "number", value=_word(m["a"].lower()), decimals=0)


def _number(m: re.Match[str]) -> Quantity:
    value, decimals = _num(m["a"])
    points = POINTS.match(m.string, m.end())
    unit = None if points is None else "percentage points" if points["pp"] or \
        "百分点" in points.group() else "points"
    return _q(m, "number", value=value, decimals=decimals, unit=unit)


def _dot_decimal(m: re.Match[str]) -> Quantity:
    digits = m["a"][1:]
    return _q(m, "number", value=float("0." + digits), decimals=len(digits))


def _zh_number(m: re.Match[str]) -> Quantity | None:
    """A Chinese numeral read as a number: two or more (ten or more before 个) and not one bare
    unit character ("十分" is "very", "一个" is "a", "百分点" names the unit)."""
    if len(m["a"]) == 1 and m["a"] in "十百千零〇":
        return None
    quantity = _number(m)
    # "两个基因", "三个中心": a few things named in words, no figure the source must print
    least = 10 if m.string.startswith("个", m.end()) and \
        not m.string.startswith("个百分点", m.end()) else 2
    return quantity if quantity.value is not None and quantity.value >= least else None


#: a word between a number and its time unit that leaves it a duration ("four postoperative
#: months", "3 consecutive days")
_SPAN_ADJECTIVE = (r"(?:consecutive|successive|postoperative|post-operative|additional|further|"
                   r"subsequent|preceding|previous|following|full|calendar)")

_PATTERNS: list[tuple[re.Pattern[str], Builder]] = [
    # "P = .004", "r = .45", "P<.001": a statistic printed without its leading zero is 0.004,
    # not the digits after the point (which read as 4, 45, 1: session 18)
    (re.compile(r"(?:(?<=[=<>≤≥])|(?<=[=<>≤≥]\s))(?P<a>\.\d+)(?![\d.])"), _dot_decimal),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<mo>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"),
     _date_zh),
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[/-](?P<mo>\d{1,2})[/-](?P<d>\d{1,2})(?!\d)"),
     _date_zh),
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*个?月)"), lambda m: _year(m)),
    # "between October 1999 and December 2003", "from April through December 2011": a span of
    # dates, read as one period (its ends keep their months)
    (re.compile(rf"\b(?:between|from)\s+(?P<mon1>{_MONTH})\s+(?:(?P<d1>\d{{1,2}}),?\s+)?"
                rf"(?:(?P<y1>(?:19|20)\d{{2}})\s+)?(?:and|to|through|until|-|–)\s+(?P<mon2>{_MONTH})"
                rf"\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y2>(?:19|20)\d{{2}})\b", re.I), _date_span),
    # "half a century", "a quarter of a century", "a quarter-century", "nearly a decade", 半个世纪,
    # 四分之一个世纪: a span named by a word, before "a quarter" is read as a share (session 15)
    (re.compile(r"\b(?:(?P<part>half)\s+a\s+|a\s+(?:(?P<quarter>quarter)(?:\s+of\s+a\s+|-|\s+))?)?"
                r"(?P<span>decade|century|fortnight)\b", re.I), _named_span),
    (re.compile(r"(?P<part>半|四分之一)个?(?P<span>世纪)"), _named_span),
    (re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\s*,?\s*(?P<y>\d{{4}})"), _date_en),
    (re.compile(rf"(?P<mon>{_MONTH})\s+(?:(?P<d>\d{{1,2}}),?\s+)?(?P<y>\d{{4}})"), _date_en),
    # "US$104k", "$58k": money in thousands (session 11)
    (re.compile(r"(?<=[$€£])\s?(?P<a>\d+(?:\.\d+)?)\s?[kK](?![A-Za-z\d])"), _thousands),
    # "87M and 110F", "(10 F, 8 M)": men and women counted (session 11)
    (re.compile(r"(?<![\w.])(?P<a>\d+)\s?[MF](?![\w/])"), _sex_count),
    (re.compile(r"\b(?:bi-?weekly|fortnightly|every other week)\b", re.I), _every_two_weeks),
    (re.compile(rf"(?P<a>{NUM})\s*(?:±|\+/-|\+-|∓)\s*(?P<b>{NUM})"
                rf"(?:\s*(?P<unit>%|％|{_DUR}|{_DOSE}(?:/min)?)(?![A-Za-z]))?"), _mean_sd),
    # "26·99 (sd 1·91) %": a mean percentage with its SD between the value and its sign (s10)
    (re.compile(rf"(?P<a>{NUM})\s*[(（]\s*(?:SD|sd|s\.d\.)\s*[=:]?\s*(?P<b>{NUM})\s*[)）]\s*"
                rf"(?P<unit>%|％)"), _percent_sd),
    # (also "between 18·2 and 30·4 per 1000", "18.2 to 30.4 cases per 1,000", "18 to 30
    # people in every 1,000": the people counted, and "in every", between value and population;
    # session 10)
    (re.compile(rf"(?:(?P<btw>(?<=\bbetween ))|(?P<open>[(（]))?\s*(?P<a>{NUM})(?:\s*(?:{_DASH}|"
                rf"to|(?(btw)and|(?!)))\s*(?P<b>{NUM}))?(?(open)\s*[)）]|)"
                rf"(?:\s+(?:cases?|people|persons?|patients?|deaths?|events?|admissions?))?"
                rf"\s*(?:/|per|in\s+every)\s*(?P<pop>{_POP})"), _rate),
    # "6 bursts per 100 heartbeats", "43 bursts/100 hb": a rate per 100 of a named thing
    # (session 18; "per 100 person-years" is read below, a bare "15/100" stays unread)
    (re.compile(rf"(?P<a>{ARABIC})(?:\s+[a-z]+\s*/|(?:\s+[a-z]+)?\s+per)\s*(?P<pop>100)"
                rf"(?![\d,.]|\s+\d)(?=\s+(?!(?:person|patient)[\s-]*(?:years?|months?)\b|"
                rf"(?:in|of|on|at|and|or|for|with|the|to|was|were|is|are)\b)[A-Za-z])", re.I), _rate),
    # "1.4/100 person years", "1.4 deaths occurred per 100 person-years" (session 11)
    (re.compile(rf"(?P<a>{ARABIC})(?:\s+[a-z]+){{0,2}}?\s*(?:/|per)\s*(?P<pop>100|1,000|1000|10,000|"
                rf"10000|100,000|100000|100 000)[\s-]*(?:person|patient)[\s-]*(?:years?|months?)\b",
                re.I), _person_time_rate),
    # "每十名患者中约有一人", "每5个孩子中就有1个": M in N, a share (as "one in ten"; s13)
    (re.compile(rf"每\s*(?P<N>{_SMALL_ZH_OR_ARABIC})\s*(?:个|名|位|例|人)[^\d，。；,;:：每]{{0,10}}?中"
                rf"(?:就|便)?(?:约|大约|大概|近|将近)?(?:就|便)?有\s*(?:约|大约)?\s*"
                rf"(?P<M>{_SMALL_ZH_OR_ARABIC})\s*(?:个|名|位|例|人)"), _m_in_n),
    # "每10万人372.9例", "每千名新生儿中约有0.9例", "每千个住院患者日10.4次": a rate per population
    (re.compile(rf"每\s*(?P<pop>{NUM})(?![克米卡瓦焦帕])\s*(?:个|名|位|例)?[^\d，。；,;:：]{{0,12}}?"
                rf"(?P<about>约|大约)?(?:有|发生|出现)?\s*(?P<a>{ARABIC})(?!\s*[%％]|\d)"), _per_pop),
    # the abbreviations are case-sensitive ("or 25 mg" is no odds ratio); the words are not
    (re.compile(rf"(?:\b(?P<name>OR|HR|RR|aOR|aHR|AOR|AHR|IRR|SMR|SIR|(?i:odds ratio|hazard ratio|risk ratio"
                rf"|relative risk|rate ratio|standardi[sz]ed (?:mortality|incidence) ratio))"
                rf"(?:\b|(?=值))|(?P<zh>{_RATIO_ZH}))"
                # its abbreviation after the name: "风险比（HR）为", "odds ratio [OR], 2.77"
                rf"(?:\s*[(（\[]\s*(?:[aA]?(?:OR|HR|RR)|IRR)\s*[)）\]])?值?"
                # "hazard ratio in the empagliflozin group, 0.86", "HR for death was 0.80" (not
                # "the risk ratio for those over 65")
                # "hazard ratio per 5 kg/m² was 1.52": per the step it is counted in (s10)
                rf"(?:(?P<topic>\s+(?:(?:in|for|with|among)\s+[^,;:()\d]{{1,40}}?|per\s+(?:each\s+)?"
                rf"\d+(?:\.\d+)?\s*[^\s,;:()\d]{{1,12}})\s*(?:[=:,：，]|was|is|of))"
                rf"|\s*(?:[=:,：，]|of|was|is|{_ZH_BE})?)\s*(?:was\s+)?"
                # "比值比接近4", "an odds ratio of about 4": a hedge before the value (s14)
                rf"(?:(?P<near>{_RATIO_HEDGE})\s*)?(?P<a>{ARABIC})(?!\s*[%％])"
                # the interval's closing bracket only where it opened one ("(hazard ratio
                # 0.74; 95% CI, 0.66 to 0.83)" ends before the claim's own bracket)
                # the level in words too: ", with a 95% confidence interval from 0.37 to 1.04"
                rf"(?:\s*(?:[,;，；]|(?P<open>[(（\[]))?\s*(?:with\s+an?\s+)?{_CI_LEVEL}\s*"
                rf"(?:[:,=：，]|为|是|of\b|from\b)?\s*"
                rf"(?P<lo>{ARABIC})\s*{_CI_DASH}\s*(?P<hi>{ARABIC})(?(open)\s*[)）\]]?)"
                # an interval with no level: "HR 0.57 [0.44-0.74]", "(OR 2.77, 1.04-7.97)"
                rf"|\s*[,;，；]\s*(?P<lo2>{ARABIC})\s*{_BARE_DASH}\s*(?P<hi2>{ARABIC})"
                rf"(?!\s*(?:[%％]|{_DUR}\b))"
                rf"|\s*[(（\[]\s*(?P<lo3>{ARABIC})\s*{_BARE_DASH}\s*(?P<hi3>{ARABIC})\s*[)）\]])?"),
     _ratio),
    # a ratio named once for a list of them: "hazard ratios (95% CI) … were 0.57 (0.44-0.74)
    # for total mortality, 0.29 (0.16-0.54) for CVD …", "hazard ratios for falls (1.66, 95% CI
    # 1.58 to 1.73) and hyponatraemia (1.52, 1.33 to 1.75)": a value with its interval
    (re.compile(rf"(?P<a>{ARABIC})\s*[(（\[]\s*(?:{_CI_LEVEL}\s*[:,=：，]?\s*)?"
                rf"(?P<lo>{ARABIC})\s*{_CI_DASH}\s*(?P<hi>{ARABIC})"
                rf"|[(（](?P<a2>{ARABIC})\s*[,;，；]\s*(?:{_CI_LEVEL}\s*[:,=：，]?\s*)?"
                rf"(?P<lo2>{ARABIC})\s*{_CI_DASH}\s*(?P<hi2>{ARABIC})"
                # "(tension-type: relative risk 1.41, 95% CI 1.02 to 1.89; migraine: 1.80, 1.24
                # to 2.62)", "… and 1.72, 1.15 to 2.55": the next values of a list, unbracketed
                rf"|(?:(?<=: )|(?<=; )|(?<=\band ))(?P<a4>{ARABIC}),\s*(?P<lo4>{ARABIC})\s*"
                rf"(?:-|–|to)\s*(?P<hi4>{ARABIC})(?!\s*[%％\w])"
                # "(relative risk of detection … after feedback 2.64, 1.62 to 4.31)", "… 0.95,
                # 95% confidence interval 0.83 to 1.09": the value after the words it measures,
                # unbracketed, then its interval (session 14)
                rf"|(?<=[A-Za-z] )(?<![Aa]ged )(?P<a5>{ARABIC}),\s*(?:{_CI_LEVEL}\s*[:,=]?\s*)?"
                rf"(?P<lo5>{ARABIC})\s*(?:-|–|to)\s*(?P<hi5>{ARABIC})(?=\s*[)\];])"
                # "The estimated odds ratio for the risk of … in those with … was 2.77": the
                # first value after its name, without an interval
                rf"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare ))(?P<a3>{ARABIC})(?!\d|[.,]\d|\s*(?:%|％|[A-Za-z]))"
                ), _listed_ratio),
    # "从百分之四点五到百分之九十三": a range of two percentages in words (session 11)
    (re.compile(rf"(?:从\s*)?百分之\s*(?P<a>{ARABIC}|{ZH_NUMERAL}(?:点[零〇一二三四五六七八九]+)?)\s*"
                rf"(?:到|至|~|～|-|—)\s*百分之\s*(?P<b>{ARABIC}|{ZH_NUMERAL}(?:点[零〇一二三四五六七八九]+)?)"),
     _zh_percent_range),
    # "百分之三十", "百分之12.5": a percentage in words
    (re.compile(rf"百分之\s*(?P<a>{ARABIC}|{ZH_NUMERAL}(?:点[零〇一二三四五六七八九]+)?)"),
     _zh_percent),
    # "三成", "近两成", "九成以上": tenths (not 成人, 成为, 一成不变, 五成熟 …)
    (re.compile(r"(?:(?P<lo>[一二两三四五六七八九])(?:成(?P<lob>[一二三四五六七八九半]))?\s*"
                r"(?:到|至|~|～|-|—)\s*|(?P<lo2>" + _NEXT_ZH + r"))?"
                r"(?P<a>[一二两三四五六七八九])成(?:(?P<b>[一二三四五六七八九半])(?![年月天周个名人岁次倍万千百十]))?"
                r"(?![人为员功本长分绩熟立果就年像型形效交]|不(?!等))"),
     _tenths),
    (re.compile(rf"(?P<b>{NUM})\s*分之\s*(?P<a>{NUM})|(?P<half>一半|半数)"
                rf"|(?<=过)(?P<over>半)(?![年月天日周小个])"), _zh_fraction),
    # "the first two weeks", 头两周, 产后前3个月, "days 0 to 13": a period from its start, no
    # time point (its end is not "day 14"; numbers helper, session 9)
    (re.compile(rf"\bthe\s+first\s+(?:(?P<a>\d{{1,3}})|(?P<w>{EN_WORD}))\s+"
                rf"(?:{_SPAN_ADJECTIVE}\s+)?(?P<unit>years?|months?|weeks?|days?|hours?)\b"
                rf"|(?:头|最初|(?:(?<=^)|(?<=[后在的于，,。；;\s]))前)\s*"
                rf"(?P<zh>[一二两三四五六七八九十]+|\d{{1,3}})\s*"
                rf"(?P<zhunit>年|周|星期|天|日|小时|个月)"
                rf"|\b(?P<u2>days?|weeks?|months?)\s+(?P<lo>\d{{1,3}})\s*(?:to|through|-|–)\s*"
                rf"(?P<hi>\d{{1,3}})(?![\d.,]\d|\s*%)", re.I), _period),
    # "30% to 40%", "30 percent to 40 percent"
    (re.compile(rf"(?P<a>{NUM})\s*(?P<u1>%|％|percent\b|per cent\b)\s*to\s+(?P<b>{NUM})\s*"
                rf"(?P<u2>%|％|percent\b|per cent\b)(?P<unit>)"
                # "26 to 27 weeks' gestation", "500 to 1249 g": a span of durations or amounts
                rf"|(?P<a2>{ARABIC})\s+to\s+(?P<b2>{ARABIC})\s*(?P<u4>years?|months?|weeks?|days?|"
                rf"{_DOSE}){_UNIT_END}"
                rf"|\b(?P<wa>{EN_WORD})\s*(?:-|–|to\b)\s*(?P<wb>{EN_WORD})\b"
                rf"(?:\s*(?P<u3>years?|months?|weeks?|days?|hours?)\b)?", re.I), _to_range),
    # "三四个月", "十四五岁", "五六十名": two neighbouring digits, a rough range
    (re.compile(rf"(?<![零〇一二两三四五六七八九十百千万第])(?P<t>[一二三四五六七八九]?十)?"
                rf"(?P<lo>{_NEXT_ZH})(?P<b>[二两三四五六七八九])(?P<s>十|百|千|万)?"
                rf"(?![零〇一二两三四五六七八九十百千成])"
                rf"(?:\s*(?P<unit>{_DUR}|{_DOSE}){_UNIT_END})?"), _adjacent_range),
    (re.compile(rf"(?P<a>{NUM})\s*(?P<u1>%|％)?\s*{_DASH}\s*(?P<b>{NUM})\s*(?P<u2>%|％)?"
                rf"(?:\s*(?P<unit>{_DUR}|{_DOSE}){_UNIT_END})?"), _range),
    # "aged 60 and over", "aged 65 years and older", "people 70 or above": an age from N years
    (re.compile(r"(?<=\baged\s)(?P<n>\d{1,3})(?:\s*years?)?\s+(?:and|or)\s+(?P<q>over|older|"
                r"above|under|younger|below)\b", re.I), _age_bound),
    (re.compile(rf"(?:range|from|between|aged)\s+(?:the\s+ages?\s+of\s+|ages?\s+)?(?P<a>{ARABIC})\s*"
                rf"(?P<u1>%)?\s*(?:to|and|through)\s+(?P<b>{ARABIC}(?:\s+(?:thousand|million|billion)\b)?)"
                rf"\s*(?P<u2>%)?(?:\s*(?P<unit>{_DUR})\b)?", re.I), _aged_range),
    (re.compile(r"\bphase\s+(?P<a>[1-4]|IV|I{1,3})(?![\d.])\b|(?P<a2>[1-4一二三四]|Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|I{1,3})"
                r"\s*期(?=\s*(?:临床|随机|双盲|试验|研究))", re.I), _phase),
    (re.compile(rf"(?P<a>{NUM})\s*(?:%|％|percent\b|per cent\b)"), _percent),
    # "Fifteen percent", "twenty-five per cent"
    (re.compile(rf"\b(?P<w>{EN_WORD})[\s-]+(?:percent|per cent)\b", re.I), _word_percent),
    # "a third of", "one-quarter of", "two-thirds of": a share in words, about that much
    (re.compile(r"\b(?P<n>an?|one|two|three|four)[\s-]+(?P<d>thirds?|quarters?|fifths?|"
                r"tenths?)(?=\s+of\b)", re.I), _word_share),
    # "by about a quarter", "by a third": a change said as a share
    (re.compile(r"(?<=\bby )(?:(?:about|nearly|almost|roughly|some|around)\s+)?"
                r"(?P<n>an?|one|two|three)[\s-]+(?P<d>thirds?|quarters?|fifths?|tenths?)\b", re.I),
     _word_share),
    # "almost four kilograms", "two grams": an amount in words
    (re.compile(rf"\b(?P<w>{EN_WORD})[\s-]+(?P<unit>kilograms?|grams?|milligrams?|micrograms?|"
                rf"litres?|liters?|centimetres?|centimeters?|millimetres?|millimeters?)\b", re.I),
     _word_dose),
    # multiples: "threefold", "twice as likely", "four times the risk", "2.5-fold", "三倍",
    # "两倍多", "doubled", 翻倍, 增加了一倍 (not "three times a day"). Digits before 倍 ("10倍")
    # stay a bare number: read as a multiple they made one more false supported on SciFact
    # dev (Chinese claims), measured by ablation and not read claim by claim
    (re.compile(rf"\b(?=[a-z -]{{2,40}}?(?:fold|\stimes\s)|twice\s)(?:(?P<w>{EN_WORD})-?fold|"
                rf"(?P<twice>twice)(?=\s+(?:as|the)\b)"
                rf"|(?P<w2>{EN_WORD})\s+times\s+(?=(?:as|more|higher|greater|lower|less|"
                r"likelier|the|that|increased|elevated)\b))", re.I), _multiple_words),
    (re.compile(rf"(?P<a>{ARABIC})\s*(?:-\s*fold\b|\s*fold\b|\s+times\s+(?=(?:as|more|higher|"
                r"greater|lower|less|likelier|the|that|increased|elevated)\b))", re.I), _multiple),
    (re.compile(r"(?<=[加高升长])了?\s*(?P<one>一)\s*倍"
                r"|(?P<verb>翻了一番|翻一番|翻番|翻倍)"
                r"|\b(?P<verb2>(?:doubl|tripl|quadrupl)(?:ed|es|ing))\b(?!\s+times?\b)", re.I),
     _multiple_verb),
    (re.compile(rf"(?P<a>{ZH_NUMERAL})\s*倍(?![体数])"), _multiple),
    (re.compile(r"\b(?:one-)?half(?=\s+(?:of|the)\b)", re.I), _half),
    (re.compile(r"[(（]?(?<![\d.])(?P<n>\d+)\s*/\s*(?P<N>\d+)(?![\d万])[)）]?"), _fraction),
    # "eight adults of a total of 19": the counted noun and "a total of" between (session 14)
    (re.compile(rf"(?:(?P<n>{ARABIC})|(?P<w>{EN_WORD}))\s+(?:(?P<noun>{_COUNT_NOUNS})\s+"
                rf"(?:of|out of)\s+(?:a\s+total\s+of|the|these|those|all)\s+|(?:of|out of)\s+"
                rf"(?:the\s+|every\s+|these\s+|those\s+)?)"
                rf"(?:(?P<N>{ARABIC})|(?P<NW>{EN_WORD}))\b", re.I), _fraction),
    # "one in five trials", "1 in 4 adults", "six in every hundred": a proportion (not "5 in
    # 2010")
    (re.compile(rf"\b(?:(?P<n>\d{{1,3}})|(?P<w>{EN_WORD}))\s+in\s+(?:every\s+)?"
                rf"(?P<N>\d{{1,4}}|{EN_WORD}|hundred|thousand)\b"
                rf"(?!\s*(?:%|years?|months?|weeks?|days?))", re.I), _one_in),
    (re.compile(rf"(?P<a>{NUM})\s*(?:cells?\s*)?(?:per kilogram|/\s*kg)(?:\s+of\s+body\s*weight)?"
                ), _cells_dose),
    # "two and a half years", "half a year", "a year and a half", "一年半", "两个半月", "半年"
    (re.compile(rf"\b(?:(?P<w>{EN_WORD})|(?P<a>{ARABIC}))\s+and\s+a\s+half\s+"
                rf"(?P<unit>years?|months?|weeks?|days?|hours?)\b", re.I), _half_duration),
    (re.compile(r"\bhalf\s+an?\s+(?P<unit>year|month|week|day|hour)\b", re.I), _half_duration),
    (re.compile(r"\b(?P<one>an?|one)\s+(?P<unit>year|month|week|day|hour)\s+and\s+a\s+half\b",
                re.I), _half_duration),
    (re.compile(rf"(?P<a>{NUM})\s*(?:(?P<unit>年|个月|周|天|小时)半|个半(?P<unit2>月|小时))"),
     _half_duration),
    (re.compile(r"(?<![上下前后多])半(?:个)?(?P<unit>年|月|小时|天)"), _half_duration),
    # "5 mg", "the 5-mg group"
    (re.compile(rf"(?P<a>{NUM})\s*-?\s*(?P<unit>{_DOSE}){_UNIT_END}"), _dose),
    # "4 or more hours of television", "two or fewer days": a bounded duration whose bound
    # sits between its number and unit (as 4小时以上 puts it after both; session 10)
    (re.compile(rf"(?:(?P<a>{ARABIC})|\b(?P<w>{EN_WORD}))\s+or\s+(?P<bound>more|longer|fewer|less)\s+"
                rf"(?P<unit>years?|months?|weeks?|days?|hours?)\b", re.I), _bounded_duration),
    # "from the age of 30", "aged 65", "at age 50": an age in years (as 30岁), its unit unsaid
    (re.compile(r"(?:(?<=\bthe age of )|(?<=\baged )|(?<=\bage ))(?P<a>\d{1,3})(?!\d|[.,]\d|\s*(?:"
                r"%|to\b|through\b|-|–|and\b|or\b|years?|yrs?|y\b|months?|weeks?|days?))", re.I),
     _age_years),
    # "20余年", "十多年", "两个多月": more than that many (the 余/多 sits before the unit)
    (re.compile(rf"(?P<a>{NUM})\s*(?:(?P<more>余|多)\s*(?P<unit>年|周|天|小时|分钟|岁|个月)"
                rf"|个(?P<more2>多)月)"), _duration),
    (re.compile(rf"(?P<a>{NUM})\s*-?\s*(?:{_SPAN_ADJECTIVE}\s+)?(?P<unit>{_DUR}){_UNIT_END}"),
     _duration),
    # "after the first year", "in the second month": a time point counted from baseline
    (re.compile(r"\bthe (?P<o>first|second|third) (?P<unit>year|month|week|day)\b", re.I),
     _ordinal_time),
    # "three years", "for two weeks", "a twelve-month follow-up": durations in words; "the
    # first four postoperative months", "two consecutive years"
    (re.compile(rf"\b(?P<w>{EN_WORD})[\s-]+(?:{_SPAN_ADJECTIVE}\s+)?"
                rf"(?P<unit>years?|months?|weeks?|days?|hours?)\b", re.I), _duration),
    (re.compile(r"\ba\s+(?P<unit>year|month|week|day)\b(?![\s-]+(?:old|long|olds)\b)", re.I),
     _a_duration),
    # "two decades", "3 decades", "a decade": ten years each (as 二十年; session 13)
    (re.compile(rf"(?:(?P<a>{ARABIC})|\b(?P<w>{EN_WORD}))[\s-]+decades?\b", re.I), _decades),
    # "in the past year", "during the prior month": a look-back of one unit (as 过去一年; s13)
    (re.compile(r"(?<=\bthe )(?:past|prior|previous|preceding)\s+(?P<unit>year|month|week)\b"
                r"(?![\s-]+(?:olds?|long)\b)", re.I), _past_unit),
    # "at week 68", "by month 6": a time point counted from baseline
    (re.compile(r"\b(?P<unit>weeks?|months?|days?)\s+(?P<a>\d{1,3})(?![\d.,]\d|\s*%)", re.I),
     _duration),
    # "residues 306 to 378 of tau", "grades 2 to 4": bare, before no noun it counts (session 18)
    (re.compile(r"(?<![\d.,])(?P<a5>\d{1,5})\s+to\s+(?P<b5>\d{1,5})(?![\d.,]\d)"
                r"(?=\s*(?:[,;:)\]]|\.(?!\d)|$|(?:of|in|and|or|at|on|were|was|are|is)\b))"),
     _to_range),
    # "近万名男婴", "逾万例": ten thousand with its one unsaid after a bound (session 14)
    (re.compile(rf"(?<=[近逾约])(?P<a>万)(?P<more>多|余)?(?P<noun>{_COUNT_ZH})"), _count),
    (re.compile(rf"(?:(?P<a>{NUM})|\b(?P<w>{EN_WORD}))\s*(?P<more>多|余)?\s*"
                rf"(?-i:(?:{_COUNT_ADJECTIVE}\s+){{0,2}})"
                rf"(?P<noun>{_COUNT_ZH}|{_CLASSIFIER_ZH}|{_COUNT_NOUNS}\b)", re.I), _count),
    # "Twelve control patients": a number in words before the arm its people are in (the
    # arm's word stays a word of the sentence)
    (re.compile(rf"\b(?P<w>{EN_WORD})(?=\s+(?:control|placebo|intervention|treatment|exposed|"
                rf"unexposed)\s+(?P<noun>{_COUNT_NOUNS})\b)", re.I), _count),
    # "Ten medical complications …", "Seventy-five charts were …": a number in words that
    # opens a sentence (where digits are not printed), before a word
    # "Twenty million", "three thousand": a number in words with its scale
    (re.compile(rf"\b(?P<a>{EN_WORD}\s+(?:thousand|million|billion))\b", re.I), _number),
    # "more than a million", "half a million": a scale word with its one (or half) in words
    (re.compile(r"\b(?P<a>(?:half\s+)?an?\s+(?:thousand|million|billion))\b", re.I), _number),
    (re.compile(rf"\b(?=[A-Z])(?P<a>(?i:{EN_WORD}))(?=\s+[a-z]|\s+[(（])"), _sentence_number),
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)(?:\s*年)?"), _year),
    (re.compile(rf"(?P<a>(?:{ARABIC})(?:\s*[万亿]|\s+(?:thousand|million|billion)\b)?)"),
     _number),
    # "二十四分", "十一个百分点", "七千二百六十四个位点": Chinese numerals before a score, a
    # percentage point or the classifier 个, read as the digits are (session 14)
    (re.compile(rf"(?P<a>{ZH_NUMERAL})(?=个?百分点|分(?![之钟秒子析布配别组类期化泌级开])|"
                r"个(?![月人体性别案例]))"), _zh_number),
]


_LEVEL_OF_CI = re.compile(r"\s*(?:[%％]|percent\b|per cent\b)\s*(?:CI\b|confidence interval|credible interval|置信区间|"
                          r"可信区间)", re.I)
_CONFIDENCE_LEVEL = re.compile(r"\s*(?:CI\b|confidence interval|credible interval|置信区间|可信区间)",
                               re.I)


def _inside_token(text: str, start: int, end: int) -> bool:
    """Digits that belong to a name: G1, Th17, COVID-19, NCT00698191, IL-6, [1], CD1c."""
    before = text[start - 1] if start > 0 else ""
    if before.isascii() and (before.isalpha() or before == "_"):
        return True
    if before == "-" and start > 1 and text[start - 2].isascii() and text[start - 2].isalpha():
        return True
    if before == "*" and start > 1 and text[start - 2].isascii() and text[start - 2].isalnum():
        return True  # an allele's name: HLA-B*27, HLA-B*40:01 (session 13)
    if before == ":" and _ALLELE_BEFORE.search(text, 0, start - 1):
        return True  # the second field of HLA-B*40:01
    digits = re.match(r"\d+", text[start:end])
    if digits and re.match(rf"\s*[(（][A-Za-z][A-Za-z\-]*{digits.group()}[)）]",
                           text[end:end + 24]):
        return True  # "T-helper 17 (Th17)", "interleukin 6 (IL-6)": a name, spelled out
    if before in "[［" and re.match(r"\d+(?:\.\d+)?\s*%", text[start:end]):
        return False  # "612 [50.5%]": a share in square brackets, not a citation marker
    return bool(before) and (before in "[［^" or (before in ",，–-" and _in_brackets(text, start)))


#: an allele's name up to its first field: "HLA-B*40" (of HLA-B*40:01)
_ALLELE_BEFORE = re.compile(r"[A-Za-z0-9]\*\d+$")


def _in_brackets(text: str, pos: int) -> bool:
    open_at = text.rfind("[", max(0, pos - 200), pos)
    return open_at != -1 and text.find("]", open_at) >= pos and "]" not in text[open_at:pos]


def _qualifier(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    head = text[max(0, start - 24) : start]
    for name, pattern in _PREFIX_RE:
        m = pattern.search(head)
        if m and (name not in ("more_than", "less_than") or not head[: m.start()].endswith("or")):
            if re.match(r"[A-Za-z]", m.group()) and m.start() > 0 and head[m.start() - 1].isalpha():
                continue
            return name, start - (len(head) - m.start()), end
    tail = text[end : end + 16]
    for name, pattern in _SUFFIX:
        m = pattern.match(tail)
        if m:
            return name, start, end + m.end()
    return None, start, end


#: Before "over N months", these make it "more than N months" ("for over 12 months").
_OVER_MORE_THAN = frozenset({
    "for", "of", "at", "in", "is", "was", "were", "are", "be", "been", "by", "after", "within",
    "than", "to", "and", "or", "with", "from", "aged", "age", "older", "lasting", "lasted",
    "last", "lasts", "took", "taking", "duration", "durations", "history", "lived", "survived"})
_OVER_AGE = re.compile(r"^\s*(?:old|of age|or (?:more|longer|older))\b", re.I)


#: after a sentence-opening "Over N years" / "Over N person-years of follow-up": its comma
_OPENING_SPAN = re.compile(r"^(?:\s+(?:of\s+)?(?:follow-up|observation|the\s+study))?\s*,", re.I)


def _over_opens_span(text: str, q: Quantity | None, q_start: int, end: int) -> bool:
    """"Over 10 years, …", "Over 50.8 million person-years of follow-up, …": an "Over" that
    opens its sentence with a span of time or person-time and a comma (session 11)."""
    if q is not None and not (q.kind == "count" and q.unit == "person-years"):
        return False
    return text[q_start:q_start + 4].lower() == "over" and \
        _OPENS.search(text, max(0, q_start - 12), q_start) is not None and \
        _OPENING_SPAN.match(text[end:]) is not None


def _over_is_period(text: str, q_start: int, start: int, end: int) -> bool:
    """"survival rate over 12 months was 95%": after a measure noun "over" means during; so
    does an "Over" that opens its sentence with a span of time or person-time and a comma
    ("Over 50.8 million person-years of follow-up, …", "Over 10 years, …"; session 11).

    Not after a verb or preposition ("followed for over 12 months", "a follow-up of over 12
    months") nor before an age ("patients over 65 years old").
    """
    if text[q_start:start].strip().lower() != "over" or _OVER_AGE.match(text[end:]):
        return False
    if _over_opens_span(text, None, q_start, end):
        return True
    before = re.search(r"([A-Za-z][A-Za-z-]*)\s*$", text[max(0, q_start - 80):q_start])
    return before is not None and before.group(1).lower() not in _OVER_MORE_THAN


class _Spans:
    """Disjoint spans kept sorted: overlap test and insertion in O(log n), so extraction stays
    near-linear on a line of thousands of figures."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in the text, in order: value(s), unit, qualifier, printed text and span.

    Kinds: percent, count, fraction (n/N, "49 of 81"), mean_sd, range, rate (per population),
    ratio (OR/HR/RR with CI), dose, duration, date, year, number. Context words are filled by
    the judge (see `claimcheck.evidence.analysis`).
    """
    return extract_with_intervals(text)[0]


def extract_with_intervals(text: str) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """`extract_quantities`, and the spans of the bracketed intervals read as a figure's low
    and high ("(95% CI, 0.84 to 3.01)"): no words of the sentence, though no figures either."""
    text = _MIDDLE_DOT.sub(".", text)  # "1·25", "5·24 million" (same length: spans stay put)
    taken = _Spans()
    hits: list[_Hit] = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while start < end and text[start] == " ":
                start += 1
            if taken.overlaps(start, end):
                continue
            digits = re.search(r"\d|[零〇一二两三四五六七八九十百千万半]|[A-Za-z]|[Ⅰ-Ⅳ]", text[start:end])
            if digits is None or _inside_token(text, start + digits.start(), end):
                continue
            quantity = build(m)
            if quantity is None:
                continue
            taken_from, start = start, max(start, quantity.start)  # a builder may start later
            if quantity.kind == "number" and end < len(text) and text[end].isascii() and \
                    text[end].isalpha():
                continue  # "10E8", "3T3", "5HT": digits that begin a name
            if quantity.kind == "number" and _NAME_AFTER.match(text, end):
                continue  # "15-keto-PGE2", "5-羟色胺": a name, not a figure
            if quantity.kind == "percent" and _CONFIDENCE_LEVEL.match(text, end):
                continue  # the "95%" of "95% CI" is a confidence level, not a finding
            if quantity.kind == "number" and _LEVEL_OF_CI.match(text, end):
                continue  # nor the "95" of "hazard ratios (95% confidence intervals)"
            qualifier, q_start, q_end = _qualifier(text, start, end)
            if qualifier == "more_than" and (quantity.kind == "duration" and _over_is_period(
                    text, q_start, start, end) or _over_opens_span(text, quantity, q_start, end)):
                qualifier, q_start = None, start
            # the builder's own object, set in place (no copy: thousands of figures a line)
            quantity.start, quantity.end = q_start, q_end
            quantity.text = text[q_start:q_end].strip()
            if qualifier and not quantity.qualifier:
                quantity.qualifier = qualifier
                if text[end:q_end].strip() in ("多", "余"):
                    _remainder(quantity)  # "3年多", "1.1万余": below the next step
            taken.add(taken_from, end)
            hits.append(_Hit(start, end, quantity))
    hits.sort(key=lambda h: h.start)
    spans: list[tuple[int, int]] = []
    quantities = _intervals(text, _suspended(text, [h.quantity for h in hits]), spans)
    quantities = _named_intervals(text, quantities, spans)
    quantities = _elliptical_counts(text, quantities)
    quantities = _compound_units(text, quantities)
    quantities = _listed_scale(text, quantities)
    for q in quantities:
        if q.kind == "percent":
            _mark_absolute(text, q)
            _mark_relative(text, q)
    return _group_shares(text, quantities, spans), spans


#: what follows a number that begins a chemical name: "-羟色胺", "-keto-PGE2"
_NAME_AFTER = re.compile(r"-(?:[\u4e00-\u9fff](?<![倍年月周天日次])|[A-Za-z]{2,12}-)")

#: between the items of a list of figures: "20, 100 or 200", "2、5和10", "20 v 63"
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s+(?:vs\.?|versus|v)\s+|"
                       r"、|[和或及])\s*")
_BARE = re.compile(r"[\d.]+")
#: "20 v 63%", "5 vs 10 patients": two groups' shares or counts; "0.29 vs 0.44 mg/kg" stays
#: two amounts, not two doses of a regimen
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|v)\s+")
_LISTED_KINDS = frozenset({"dose", "count", "percent", "duration", "rate"})


#: units of a drug's dose: "5 vs 10 mg" may be two arms, so a vs-pair shares no such unit
_DRUG_UNITS = frozenset({"mg", "μg", "ng", "g", "IU", "U", "mmol", "μmol"})


#: the further "/…" parts of a compound unit after those the unit pattern read: "mm Hg/L" of
#: "mm Hg/L/min/bursts/min", "mg/kg" of "mg/kg/day"
_UNIT_TAIL = re.compile(r"(?:\s*/\s*(?:[A-Za-z]{1,12}|[\u4e00-\u9fff]{1,2}|m\(2\)))+(?![A-Za-z(])")


#: a change to a new level: "升至", "降到", "更达到" (a rate's later values keep its unit)
_TO_LEVEL_ZH = re.compile(r"(?:升|降|增|减|上升|下降|增加|减少|提高|降低)(?:至|到)|达到")
#: a mean's unit per 100 of a named thing: "+6±11 bursts/100 hb", "12±3 events per 100 beats"
_PER_HUNDRED = re.compile(r"\s+[A-Za-z]+\s*(?:/|per)\s*100\s+[A-Za-z]")


def _compound_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A measured figure takes its whole compound unit ("0.58 mm Hg/L/min/bursts/min" is in
    mmHg/L/min/bursts/min, not mmHg/L), and the first mean ± SD of a vs-pair the unit printed
    after the second ("0.32±0.07 versus 0.58±0.16 mm Hg/L/min"), so that a figure stated
    in the same compound unit meets it (session 18)."""
    out = list(quantities)
    drop: set[int] = set()  # the "100" of a mean's "bursts/100 hb", no figure of its own
    for k, q in enumerate(out):
        per_hundred = _PER_HUNDRED.match(text, q.end)
        if q.kind == "mean_sd" and q.unit is None and per_hundred:
            out[k] = q.model_copy(update={"unit": "per 100"})  # "+6±11 bursts/100 hb"
            drop.update(i for i in range(k + 1, len(out)) if out[i].start < per_hundred.end())
            continue
        if q.kind not in ("dose", "mean_sd") or not q.unit or q.unit in DURATION_UNITS.values():
            continue
        tail = _UNIT_TAIL.match(text, q.end)
        if tail is None or (k + 1 < len(out) and out[k + 1].start < tail.end()):
            continue
        parts = [_PER.get(p.strip().lower(), p.strip()) for p in tail[0].split("/")[1:]]
        out[k] = q.model_copy(update={"unit": "/".join([q.unit, *parts])})
    for k, q in enumerate(out):  # "每10万人285例，升至第二阶段的889例": the rate's later values
        rate = next((r for r in reversed(out[:k]) if r.kind == "rate"), None)
        if q.kind == "count" and q.unit == "persons" and rate is not None and \
                q.text.endswith("例") and \
                _TO_LEVEL_ZH.search(text[max(rate.end, q.start - 14):q.start]) and \
                not re.search(r"[。；;]", text[rate.end:q.start]):
            out[k] = q.model_copy(update={"kind": "rate", "unit": rate.unit})
    for k in range(len(out) - 1, 0, -1):
        first, second = out[k - 1], out[k]
        if first.kind == second.kind == "mean_sd" and first.unit is None and second.unit and \
                second.unit not in ("%",) and \
                _VERSUS.fullmatch(text[first.end:second.start].rstrip("+-−")):
            out[k - 1] = first.model_copy(update={"unit": second.unit})
    return [q for k, q in enumerate(out) if k not in drop]


def _measured(q: Quantity) -> bool:
    """An amount measured, not given: a pressure, weight, length, energy or concentration
    ("128.4 vs 135.1 mmHg", "72.1 v 75.3 kg", "5.2 vs 6.1 mmol/L"), whose unit both figures of
    a vs-pair take (numbers helper, session 9)."""
    if q.kind != "dose" or not q.unit:
        return False
    base, _, per = q.unit.partition("/")
    return base not in _DRUG_UNITS or per not in ("", "kg")


def _listed_scale(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A list of bare figures takes the scale and unit of its last item: "20, 100 or 200
    million cells" are 20 and 100 million, "2, 5 and 10 mg" are doses, "2、5和10万人" counts,
    "128.4 vs 135.1 mm Hg" two pressures."""
    out = list(quantities)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j].kind == "number" and out[j].unit is None and \
                _BARE.fullmatch(out[j].text) and \
                _LIST_SEP.fullmatch(text[out[j].end:out[j + 1].start]):
            j += 1
        last = out[j]
        scale = next((f for w, f in SCALE_WORDS.items() if w in last.text.lower()), 1.0)
        typed = last.kind in _LISTED_KINDS and last.unit is not None and (
            last.kind in ("percent", "count", "rate") or _measured(last) or not any(
                _VERSUS.fullmatch(text[out[k].end:out[k + 1].start]) for k in range(i, j)))
        if j > i and (scale > 1 or typed) and last.value is not None:
            for k in range(i, j):
                q = out[k]
                update: dict[str, object] = {}
                if scale > 1 and q.value is not None:
                    update.update(value=q.value * scale,
                                  decimals=q.decimals - round(math.log10(scale)))
                if typed:
                    update.update(kind=last.kind, unit=last.unit)
                out[k] = q.model_copy(update=update)
        i = j + 1
    return out


#: the decimal point printed as a middle dot (The Lancet: "1·25", "99% CI 1·56–1·69")
_MIDDLE_DOT = re.compile(r"(?<=\d)[·•∙⋅](?=\d)")
_RISK_EN = r"(?:relative\s+)?(?:risks?|odds|hazards?|rates?|likelihood|chances?|incidence)"
_UP_EN = r"(?:higher|greater|increased|elevated|raised|excess)"
_DOWN_EN = r"(?:lower|reduced|decreased|smaller)"
#: after the percentage: "62% higher risk", "a 30% reduction in the odds", "80% more likely"
_REL_AFTER = re.compile(
    rf"^\s*(?:(?P<up>{_UP_EN}|more)|(?P<down>{_DOWN_EN}|less))\s+(?:{_RISK_EN}\b|likely\b)"
    rf"|^\s*(?:(?P<up2>increase|rise)|(?P<down2>reduction|decrease|drop|fall|decline))\s+in\s+"
    rf"(?:the\s+|their\s+|its\s+)?{_RISK_EN}\b", re.I)
#: before it: "cut the risk of pre-eclampsia by 39%", "the risk was 62% higher", "风险增加77%",
#: "冠心病风险比…低了约45%", "降低30%的风险" (with the after-part)
_REL_BY = re.compile(
    rf"\b(?:(?P<up>rais|increas)|(?P<down>reduc|cut|lower|decreas))\w*\s+(?:the\s+|their\s+|"
    rf"its\s+)?{_RISK_EN}\b[^.;:%]{{0,80}}?\bby\s*$"
    # "the risk of stroke fell by", "the odds were cut by", "risk rose by" (session 7)
    rf"|\b{_RISK_EN}\b[^.;:%]{{0,60}}?\b(?:(?P<up3>rose|increased|went up|grew|climbed|was raised|"
    rf"were raised)|(?P<down3>fell|dropped|declined|decreased|went down|was (?:cut|reduced|lowered)|"
    rf"were (?:cut|reduced|lowered)))\s+by\s*$", re.I)
_REL_WAS = re.compile(rf"\b{_RISK_EN}\s+(?:was|were|is|are)\s*$", re.I)
_REL_WAS_AFTER = re.compile(rf"^\s*(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))\b", re.I)
_REL_ZH = re.compile(
    r"(?:风险|危险|几率|概率|可能性|发生率|发病率|患病率|死亡率)[^，。；,;%％\d]{0,20}?"
    r"(?:(?P<up>增加|升高|提高|上升|增高|高出|高)|(?P<down>降低|减少|下降|减低|低))了?\s*$")
_REL_ZH_VERB = re.compile(r"(?:(?P<up>增加|升高|提高|上升|增高)|(?P<down>降低|减少|下降|减低))了?\s*$")
_REL_ZH_AFTER = re.compile(r"^\s*的?[\u4e00-\u9fff]{0,4}?(?:风险|危险|几率|可能性|发生率|发病率)")
#: the unit of a percentage that is a relative change of risk, odds or a rate, up or down:
#: "62% higher risk" is a ratio of 1.62, "cut the risk by 39%" one of 0.61
RELATIVE_UP, RELATIVE_DOWN = "% relative increase", "% relative decrease"


def _mark_relative(text: str, q: Quantity) -> None:
    """A percentage said as a relative change of risk, odds or a rate takes the unit
    `RELATIVE_UP` / `RELATIVE_DOWN` (never a share of people: "62% of patients")."""
    if q.unit == POINTS_UNIT:
        return  # an absolute difference ("绝对风险降低8.2%"): points, no relative change
    before, after = text[max(0, q.start - 120):q.start], text[q.end:q.end + 40]
    tail = before.rstrip()[-24:].lower()
    m = _REL_AFTER.match(after) or (
        _REL_BY.search(before) if tail.endswith("by") else None) or (
        _REL_ZH.search(before) if "率" in before or "险" in before or "性" in before else None) or (
        _REL_WAS_AFTER.match(after) if tail.endswith(("was", "were", "is", "are"))
        and _REL_WAS.search(before) else None) or (
        _REL_ZH_VERB.search(before) if _REL_ZH_AFTER.match(after) else None)
    if m is None:
        return
    groups = {k for k, v in m.groupdict().items() if v}
    q.unit = RELATIVE_UP if groups & {"up", "up2", "up3"} else RELATIVE_DOWN


#: before a percentage that is a difference of two risks: "ARR, 11.3%", "absolute risk
#: reduction [ARR], 12.3%", "risk difference 4.1%", "绝对风险降低11.3%"
_ABSOLUTE_BEFORE = re.compile(
    r"(?:\b(?:ARR|ARI|ARD|absolute\s+(?:risk\s+)?(?:reduction|increase|difference|decrease)|"
    r"risk\s+difference)\b(?:\s*[(\[](?:ARR|ARI|ARD|RD)[)\]])?|绝对风险(?:降低|减少|增加|下降|差)|"
    r"绝对(?:差值|差异|危险度降低)|率差)\s*(?:[,:=，：]|was|of|is|为|是)?\s*(?:about|约)?\s*$")
#: the unit of a difference in percentage points ("11个百分点", "ARR 11.3%")
POINTS_UNIT = "percentage points"


def _mark_absolute(text: str, q: Quantity) -> None:
    """A percentage named as an absolute difference of risks ("ARR, 11.3%") is a difference in
    percentage points: a claim's "降低11个百分点" states it (session 11)."""
    if q.unit == "%" and _ABSOLUTE_BEFORE.search(text, max(0, q.start - 60), q.start):
        q.unit = POINTS_UNIT


_BOUND_UNIT = rf"(?:%|％|{_DOSE}|{_DUR}){_UNIT_END}"
#: a bracketed interval: "(95% CI, 0.84 to 3.01)", "（95%置信区间42.7～47.6）", "(IQR 3-8)",
#: "(3.6 kg to 4.7 kg)", "(59.8–75.2)"; not a range ("(range 1-12)")
_INTERVAL = re.compile(
    rf"[(（\[]\s*(?:(?P<label>{_CI_LEVEL}|IQR|interquartile range|四分位数?间距)\s*"
    rf"(?:[:,=：，]|为)?\s*)?(?P<lo>[−-]?{ARABIC})\s*(?P<u1>{_BOUND_UNIT})?\s*"
    rf"(?P<dash>{_BARE_DASH}|,)\s*(?P<hi>[−-]?{ARABIC})\s*(?P<u2>{_BOUND_UNIT})?"
    rf"\s*(?:[,;，；][^()（）\[\]]{{0,40}})?[)）\]]", re.I)
_CI_NAMED = re.compile(r"\bCIs?\b|confidence intervals?|置信区间|可信区间", re.I)
#: figures an interval can belong to (a ratio's own interval is read with it)
_ESTIMATES = frozenset({"percent", "number", "dose", "ratio"})


def past_remainder(c: Quantity, s: Quantity) -> bool:
    """The source value reaches the next step of a claim's "N余/N多" (`_remainder`): 19,714 is
    not "1.1万余", 1,200 is not "900多例"."""
    if c.qualifier != "more_than" or c.high is None or c.low != c.value or s.value is None:
        return False
    if c.kind == "duration":
        return s.kind == "duration" and s.unit == c.unit and s.value >= c.high
    return c.kind in ("count", "number", "percent") and s.kind in ("count", "number", "percent") \
        and (s.kind == "percent") == (c.kind == "percent") and s.value >= c.high


def _signed(raw: str) -> float:
    value = _num(raw.lstrip("−-"))[0]
    return -value if raw[:1] in "−-" else value


def _intervals(text: str, quantities: list[Quantity],
               spans: list[tuple[int, int]]) -> list[Quantity]:
    """An interval in brackets after a figure it holds ("1.93-point increase (95% CI, 0.84 to
    3.01)", "by 4.2 kg (3.6 kg to 4.7 kg)") is that figure's interval: its bounds become the
    figure's low and high and are no figures of their own, so a claim's "3.01 points" is not
    found in a CI's upper bound. An interval with no level counts where its bounds carry the
    figure's unit or the sentence names a confidence interval."""
    if not quantities or not any(ch in text for ch in "(（["):
        return quantities
    out = list(quantities)
    starts = [q.start for q in out]  # sorted: the figures come in text order
    drop: set[int] = set()
    ci_named = _CI_NAMED.search(text) is not None
    for m in _INTERVAL.finditer(text):
        start, end = m.span()
        first = bisect.bisect_left(starts, start)
        if first > 0 and out[first - 1].end > start:
            continue  # inside a figure already read (a ratio with its interval)
        inside = list(range(first, bisect.bisect_left(starts, end)))
        if not inside or m["dash"] == "," and not m["label"]:
            continue
        estimate = _estimate_before(text, out, start, first)
        if estimate is None:
            continue
        q = out[estimate]
        low, high = sorted((_signed(m["lo"]), _signed(m["hi"])))
        units = {_unit(u) for u in (m["u1"], m["u2"]) if u}
        if q.kind not in _ESTIMATES or q.value is None or q.low is not None or \
                units and units != {q.unit or ("%" if q.kind == "percent" else None)}:
            continue
        if not (low <= q.value <= high or low <= -q.value <= high):
            continue  # not this figure's interval
        if not (m["label"] or units or ci_named):
            continue  # "mean 5.2 (3-8)": a range or a spread, not read as an interval
        update: dict[str, object] = {"low": low, "high": high}
        unit = _UNIT_AFTER_INTERVAL.match(text, end) if q.kind == "number" else None
        if unit is not None:  # "a median of 4.9 (IQR 4.0-6.0) years": its unit follows
            typed = extract_quantities(f"{q.text} {unit[1]}")
            if len(typed) == 1 and typed[0].unit is not None:
                update.update(kind=typed[0].kind, unit=typed[0].unit)
        out[estimate] = q.model_copy(update=update)
        drop.update(inside)
        spans.append((start, end))
    return [q for k, q in enumerate(out) if k not in drop]


#: a unit word right after a bare figure's interval: "4.9 (IQR 4.0-6.0) years"
_UNIT_AFTER_INTERVAL = re.compile(rf"\s*((?:{_DUR}|{_DOSE}){_UNIT_END})", re.I)


def _estimate_before(text: str, quantities: list[Quantity], at: int, first: int) -> int | None:
    """The figure an interval at `at` follows (the figures before index `first` start before
    it): the nearest one outside brackets, with no other figure, clause break or more than 40
    characters (brackets aside) between."""
    for i in range(first - 1, max(first - 4, 0) - 1, -1):
        q = quantities[i]
        if q.end > at:
            continue
        gap = text[q.end:at]
        bare = re.sub(r"[(（\[][^()（）\[\]]*[)）\]]", "", gap)
        if re.search(r"[)）\]]", bare):
            continue  # inside a bracket that closes before the interval ("(0.75 mL/s)")
        if len(bare) > 40 or re.search(r"[\d;:；：。,，]", bare):
            return None
        return i
    return None


#: a ratio's interval named after a separator, not bracketed: "(AOR: 2.21; CI: 1.82-2.68)",
#: "OR 1.5, 95% confidence interval 1.1 to 2.0"
_NAMED_INTERVAL = re.compile(
    rf"\s*[;,，；]\s*(?:{_CI_LEVEL}|(?:CI|(?i:confidence intervals?)(?:\s*\[CI\])?))\s*"
    rf"(?:[:=,：，]|为)?\s*(?P<lo>[−-]?{ARABIC})\s*(?:{_BARE_DASH})\s*(?P<hi>[−-]?{ARABIC})")


def _named_intervals(text: str, quantities: list[Quantity],
                     spans: list[tuple[int, int]]) -> list[Quantity]:
    """A ratio followed at once by its interval named after a separator ("AOR: 2.21; CI:
    1.82-2.68") takes it as its low and high, as a bracketed one is (session 18); the bounds
    are no figures of their own."""
    out = list(quantities)
    drop: set[int] = set()
    for k in range(len(out) - 1):
        q = out[k]
        if q.kind != "ratio" or q.value is None or q.low is not None:
            continue
        m = _NAMED_INTERVAL.match(text, q.end)
        if m is None:
            continue
        inside = [i for i in range(k + 1, len(out)) if out[i].start < m.end()]
        low, high = sorted((_signed(m["lo"]), _signed(m["hi"])))
        if not inside or not low <= q.value <= high:
            continue
        out[k] = q.model_copy(update={"low": low, "high": high})
        drop.update(inside)
        spans.append((m.start(), m.end()))
    return [q for k, q in enumerate(out) if k not in drop]


#: "368名婴儿中有34名", "在29名胃癌男性中，有20人": n of a group of N, said with counts
_N_OF_GROUP = re.compile(
    rf"(?P<N>{NUM})\s*(?:{_COUNT_ZH}|{_CLASSIFIER_ZH})[^，。；,;:：\d]{{0,15}}?(?P<of>中\s*[，,]?\s*"
    rf"(?:仍有|有|共有|仅有|只有|共|仅|则有)?)\s*(?P<n>{NUM})\s*(?:{_COUNT_ZH}|{_CLASSIFIER_ZH})")


def _group_shares(text: str, quantities: list[Quantity],
                  spans: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """"368名婴儿中有34名" is one figure, 34 of a group of 368: the count 34 with its
    denominator, stated by the source's "34/368" (the group's size is no figure of its own,
    and neither it nor the "中有" joining them are words: their spans go to `spans`)."""
    if "中" not in text:
        return quantities
    at = {q.start: i for i, q in enumerate(quantities)}
    out = list(quantities)
    drop: set[int] = set()
    for m in _N_OF_GROUP.finditer(text):
        i, j = at.get(m.start("N")), at.get(m.start("n"))
        if i is None or j is None or out[i].kind != "count" or out[j].kind != "count":
            continue
        total, part = out[i].value, out[j].value
        if total is None or part is None or not 0 < part <= total:
            continue
        out[j] = out[j].model_copy(update={"denominator": total})
        drop.add(i)
        if spans is not None:
            spans += [(out[i].start, out[i].end), m.span("of")]
    return [q for k, q in enumerate(out) if k not in drop]


#: "55- and 65-year-old", "5- or 10-mg", "3- to 6-month": the first number's unit is elided
_SUSPENDED = re.compile(r"-\s*(?:and|or|to|,)\s*")
_JOINED = re.compile(r"\s+(?:and|or)\s+")


def _suspended(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare number whose hyphen leaves its unit to the next figure takes that unit ("5- and
    10-mg doses"), and one joined to a duration by "and" or "or" ("at 3 and 6 months")."""
    out = list(quantities)
    for i in range(len(out) - 1):
        bare, whole = out[i], out[i + 1]
        if bare.kind == "number" and whole.unit and whole.kind in ("duration", "dose") and \
                bare.value is not None and (_SUSPENDED.fullmatch(text[bare.end:whole.start]) or (
                    whole.kind == "duration" and _JOINED.fullmatch(text[bare.end:whole.start]))):
            out[i] = bare.model_copy(update={"kind": whole.kind, "unit": whole.unit})
    return out


#: between two figures of one statement said of two groups: "60 amputations in the vitamin
#: group and 73 in the placebo group", "129 MIs in the vitamin group vs 150 for placebo"
_ELLIPSIS_JOINT = re.compile(r"^\s*(?:[A-Za-z][\w-]*\s+){1,8}?(?:and|vs\.?|versus|compared with|"
                             r"while|whereas|but)\s+$", re.I)
_ELLIPSIS_AFTER = re.compile(r"^\s*(?:in|for|on|with|among|at|from)\b|^\s*(?:[,;.)]|$)", re.I)
_NOUN_AFTER = re.compile(r"^\s+(?P<noun>[A-Za-z][A-Za-z-]+s)\b")


def elliptical(text: str, quantities: list[Quantity]) -> list[tuple[int, int, str]]:
    """The figures whose noun is that of the figure before them, as (its index, the
    earlier's, the noun when it is a word after a bare number): "60 amputations in the vitamin group and 73 in the placebo group" (73
    amputations). The later one is a bare whole number followed by its group ("in/for …") or
    by nothing, the earlier a count or a whole number followed by a plural noun."""
    pairs: list[tuple[int, int, str]] = []
    for j in range(1, len(quantities)):
        first, bare = quantities[j - 1], quantities[j]
        if bare.kind != "number" or bare.unit or bare.qualifier or bare.decimals or \
                first.kind not in ("count", "number") or first.decimals or first.qualifier:
            continue
        noun = _NOUN_AFTER.match(text[first.end:bare.start]) if first.kind == "number" else None
        if first.kind == "number" and (noun is None or first.unit):
            continue
        between = text[first.end + (noun.end() if noun else 0):bare.start]
        if _ELLIPSIS_JOINT.match(between) and _ELLIPSIS_AFTER.match(text[bare.end:]):
            pairs.append((j, j - 1, noun["noun"] if noun else ""))
    return pairs


def _elliptical_counts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"448 people died in the vitamin group and 436 in the placebo group": 436 people."""
    out = list(quantities)
    for j, i, _ in elliptical(text, out):
        if out[i].kind == "count":
            out[j] = out[j].model_copy(update={"kind": "count", "unit": out[i].unit})
    return out
