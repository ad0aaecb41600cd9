"""Chinese words reaching English sources, class by class (issue 10, docs/evidence.md)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.terms import analyze


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _readings(word: str) -> tuple[tuple[str, ...], ...]:
    reading = load_glossary().lexicon().read(word)
    return reading.alternatives if reading else ()


# ---- the gloss cleaner: appositions, formulas, far-field senses, pronunciation notes


def test_an_apposition_after_a_comma_is_not_part_of_the_gloss() -> None:
    # CEDICT: "cysteine (Cys), an amino acid"; the source says only "cysteine"
    assert ("cystein",) in _readings("半胱氨酸")
    assert _found("半胱氨酸", "Plasma cysteine rose after the meal.")


def test_a_formula_and_a_pronunciation_note_are_dropped() -> None:
    assert _found("乙醇", "Ethanol intake was recorded weekly.")  # "ethanol C2H5OH"
    assert not any("taiwan" in alt for alt in _readings("携带"))  # "Taiwan pr. [...]"


def test_a_sense_from_a_far_field_is_dropped() -> None:
    assert ("em",) not in _readings("全身")  # "(typography) em"


def test_an_acid_is_also_read_as_its_anion() -> None:
    assert _found("叶酸", "Folate supplementation lowered homocysteine.")
    assert _found("谷氨酸", "Glutamate release from neurons was reduced.")


# ---- function words: the first gloss says nothing a source could be checked for


@pytest.mark.parametrize("word", ["由于", "之间", "是否", "即使", "基于", "之一"])
def test_a_function_word_has_no_reading(word: str) -> None:
    glossary = load_glossary()
    assert glossary.lexicon().read(word) is None
    assert glossary.lexicon().knows(word)


def test_a_function_word_is_no_key_term_of_a_claim() -> None:
    key = analyze("运动与睡眠质量之间存在关联。", load_glossary()).key
    assert "zh:之间" not in key


def test_a_derivation_of_a_stop_word_keeps_its_reading() -> None:
    # "useful" stems to "use" (a stop word) but is not one: 有益 keeps "beneficial"
    assert _found("有益", "Walking was beneficial for blood pressure.")


# ---- derivations the stemmer keeps apart


@pytest.mark.parametrize(("word", "english"), [
    ("暴露", "Occupational exposure to silica was common."),  # expose / exposure
    ("有丝分裂", "Taxol arrested cells in the mitotic phase."),  # mitosis / mitotic
    ("传染性", "The infectiveness of treated patients fell."),  # infectious / infectiveness
    ("卵巢", "The ovarian follicles were counted."),  # ovary / ovarian
    ("传递", "Synaptic transmission was impaired."),  # transmit / transmission
])
def test_a_derivation_of_the_gloss_is_found(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_derivation_needs_the_whole_gloss_word() -> None:
    assert not _found("成熟", "Premature infants were enrolled.")  # mature is no premature
    assert not _found("植物", "Kidney transplantation was delayed.")  # plant


# ---- suffix morphemes and head nouns


def test_a_body_or_substance_suffix_reads_as_the_word_before_it() -> None:
    assert _found("纺锤体", "The spindle checkpoint was silenced.")
    assert _found("提取物", "A green tea extract was given daily.")


def test_a_one_character_head_noun_splits_off_a_known_word() -> None:
    reading = load_glossary().lexicon().read("卵巢癌")
    assert reading is not None and reading.parts == ("卵巢", "癌")
    key = analyze("叶酸摄入与卵巢癌相关。", load_glossary()).key
    assert {"zh:卵巢", "zh:癌"} <= key


# ---- closed English compounds and organ roots


@pytest.mark.parametrize(("word", "english"), [
    ("痉挛", "Endothelin caused vasospasm of the basilar artery."),  # vaso + spasm
    ("绝经", "Postmenopausal women were randomised."),  # post + menopause
    ("心脏", "Cardiac output fell during the infusion."),  # heart: cardi-
    ("造血", "Hematopoietic progenitors were counted."),  # "make blood": hema-
    ("血管", "Vascular stiffness rose with age."),  # vein, artery: vascul-
    ("肝脏", "Hepatic fat was measured by MRI."),  # liver: hepat-
])
def test_a_closed_compound_or_organ_root_is_found(word: str, english: str) -> None:
    assert _found(word, english)


def test_an_organ_root_is_not_any_word_sharing_letters() -> None:
    assert not _found("血液", "The hemisphere was mapped.")  # blood: hema/hemo, not "hemi"


# ---- glossary: one English word for a compound beginning with a glossary word


@pytest.mark.parametrize(("zh", "concept"), [
    ("细胞色素", "cytochrome"), ("成纤维细胞", "fibroblast"), ("细胞周期", "cell cycle"),
    ("白细胞介素", "interleukin"), ("血管紧张素转换酶抑制剂", "ace inhibitor"),
])
def test_a_compound_wins_over_its_first_part(zh: str, concept: str) -> None:
    key = analyze(zh + "水平升高。", load_glossary()).key
    assert concept in key and "cell" not in key


# ---- end to end, on topics of their own


ABSTRACT = ["BACKGROUND Cold stress alters organ size.",
            "RESULTS Chronic cold exposure increased cardiac mass in mice."]


def test_a_chinese_claim_reaches_an_english_result_through_the_bridge() -> None:
    verdict = claimcheck.verify("长期冷暴露会增加小鼠的心脏质量。", title="Cold and the heart",
                                abstract=ABSTRACT)
    assert verdict.status == "supported"


def test_the_bridge_keeps_the_direction() -> None:
    verdict = claimcheck.verify("长期冷暴露会减少小鼠的心脏质量。", title="Cold and the heart",
                                abstract=ABSTRACT)
    assert verdict.status == "contradicted"


def test_folate_and_ovarian_cancer_both_ways() -> None:
    abstract = ["Serum folate was measured in 300 adults.",
                "Higher folate intake was associated with a lower risk of ovarian cancer."]
    assert claimcheck.verify("叶酸摄入量较高与卵巢癌风险较低相关。", title="Folate",
                             abstract=abstract).status == "supported"
    assert claimcheck.verify("叶酸摄入量较高与卵巢癌风险较高相关。", title="Folate",
                             abstract=abstract).status == "contradicted"


# ---- drug names: more INN stems, and the English letters a pinyin initial stands for


@pytest.mark.parametrize(("zh", "english"), [
    ("阿米替林", "Amitriptyline reduced headache days."),  # 替林 -triptyline
    ("阿哌沙班", "Apixaban was given for 35 days."),  # 沙班 -xaban
    ("辛伐他汀", "Simvastatin lowered LDL cholesterol."),  # xin → s
    ("吉非替尼", "Gefitinib prolonged progression-free survival."),  # ji → g
    ("依那普利", "Enalapril reduced mortality."),  # yi → e
])
def test_a_drug_name_is_found_by_its_stem_and_first_letter(zh: str, english: str) -> None:
    assert _found(zh, english)


def test_a_drug_name_needs_a_letter_its_initial_can_stand_for() -> None:
    assert not _found("阿托伐他汀", "Simvastatin lowered LDL cholesterol.")  # a is no s
    assert not _found("利巴韦", "Ritonavir use was associated with toxicity.")  # l is no r


def test_a_five_letter_gloss_grows_only_by_a_derivational_ending() -> None:
    assert _found("携带", "APOE4 carriers were followed.")  # carry / carrier
    assert not _found("应答", "HIV-1 replicates in the host.")  # reply is no replicate
    assert not _found("物种", "A lineage-specific expansion.")  # species is no specific


def test_a_prefix_that_changes_the_meaning_is_not_stripped() -> None:
    assert not _found("抑郁", "Antidepressant use was recorded.")  # anti-: no "depressed"


def test_an_anion_reading_is_that_word_only() -> None:
    assert not _found("谷氨酸", "Glutamine uptake rose.")  # glutamate is no glutamine


def test_a_short_root_is_not_cut_further() -> None:
    assert not _found("材料", "Maternal age was recorded.")  # material is no maternal
    assert not _found("后来", "The lateral ventricle was enlarged.")  # later is no lateral
