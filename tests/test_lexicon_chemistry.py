"""Chinese chemical, drug, laboratory and place words reaching English sources (session 6,
docs/evidence.md "Chemistry, salts, places and lab words"). The words here are not those of
the development probe: each test is another member of the class."""

from __future__ import annotations

import pytest

from claimcheck.evidence import load_glossary
from claimcheck.evidence.lexicon import american
from claimcheck.evidence.terms import analyze


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _key(text: str) -> frozenset[str]:
    return analyze(text, load_glossary()).key


# ---- chemical nomenclature: a substituent Chinese writes apart, English closed up


@pytest.mark.parametrize(("word", "english"), [
    ("甲基", "DNA methyltransferase activity was lower."),  # "methyl group"
    ("羟基", "Hydroxyurea therapy was continued."),  # "hydroxyl group -OH"
    ("氨基", "Aminopeptidase levels rose."),
    ("乙酰", "Acetylsalicylic acid was taken daily."),
])
def test_a_substituent_is_found_at_the_head_of_a_closed_word(word: str, english: str) -> None:
    assert _found(word, english)


def test_the_rest_of_a_closed_chemical_word_is_its_parent() -> None:
    # 水杨酸 "salicylic acid" in "acetylsalicylic acid"; 葡萄糖 "glucose" in "deoxyglucose"
    assert _found("水杨酸", "Acetylsalicylic acid was taken daily.")
    assert _found("葡萄糖", "Uptake of 2-deoxyglucose was measured.")
    assert not _found("葡萄糖", "Uptake of fructose was measured.")


def test_a_hydracid_is_read_as_its_salt() -> None:
    assert _found("盐酸", "Metformin hydrochloride tablets were given.")
    assert _found("氢溴酸", "Dextromethorphan hydrobromide was used.")


# ---- drug salts and the bisphosphonate stem


@pytest.mark.parametrize(("word", "english"), [
    ("氯沙坦钾", "Losartan 50 mg daily was given."),
    ("泮托拉唑钠", "Pantoprazole was given intravenously."),
    ("阿托伐他汀钙", "Atorvastatin 40 mg lowered LDL."),
    ("双氯芬酸钠", "Diclofenac relieved pain."),  # CEDICT: "diclofenac sodium"
])
def test_a_drug_salt_is_found_by_the_drug_name(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_salted_drug_name_is_one_term_of_a_claim() -> None:
    assert any(k.startswith("zh:") and k.endswith("钾") for k in _key("氯沙坦钾降低了血压。"))


def test_a_bisphosphonate_is_found_in_its_dronate_or_dronic_acid_form() -> None:
    assert _found("伊班膦酸", "Ibandronate was given monthly.")
    assert _found("唑来膦酸", "A zoledronic acid infusion was given yearly.")
    assert not _found("伊班膦酸", "Alendronate was given weekly.")  # another first letter


def test_pinyin_l_reads_r_only_when_the_second_syllable_agrees() -> None:
    assert _found("利伐沙班", "Rivaroxaban 20 mg was given.")  # li-fa: ri-va
    assert _found("利托那韦", "Ritonavir-boosted regimens were used.")  # li-tuo: ri-to
    assert not _found("利托那韦", "Raltegravir-based regimens were used.")
    assert not _found("利妥昔单抗", "Infliximab was added.")


# ---- British spelling against CC-CEDICT's American glosses


@pytest.mark.parametrize(("word", "english"), [
    ("贫血", "Anaemia was common."),
    ("雌激素", "The oestrogen receptor was expressed."),
    ("肿瘤", "Tumour size decreased."),
])
def test_a_british_spelling_meets_the_american_gloss(word: str, english: str) -> None:
    assert _found(word, english)


def test_american_spellings_are_added_not_substituted() -> None:
    stems = american(frozenset({"haemoglobin", "colour"}))
    assert {"haemoglobin", "hemoglobin", "colour", "color"} <= stems
    assert american(frozenset({"aerob"})) == frozenset({"aerob"})  # no "ae" inside a word


# ---- places and nationalities: CEDICT's proper nouns (capitalised pinyin)


@pytest.mark.parametrize(("word", "english"), [
    ("瑞典", "A Swedish registry of 40,000 men."),
    ("意大利", "Italian centres enrolled patients."),
    ("日本", "Japanese adults were followed."),
    ("新加坡", "Singaporean Chinese adults took part."),
    ("广州", "Residents of Guangzhou were surveyed."),  # "Guangzhou subprovincial city"
    ("北京", "Beijing residents were surveyed."),  # "Beijing, capital of …"
])
def test_a_place_is_found_by_its_name_or_its_nationality(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_place_needs_its_own_name() -> None:
    assert not _found("瑞典", "Sweet drinks were counted.")
    assert not _found("日本", "Every day, doses were recorded.")


def test_a_proper_noun_that_is_no_place_keeps_its_whole_gloss() -> None:
    # 阿尔茨海默病 "Alzheimer's disease": the name alone is not cut out of the gloss
    readings = load_glossary().lexicon().read("阿尔茨海默病")
    assert readings is not None
    assert ("alzheim", "diseas") in readings.alternatives


# ---- laboratory and clinical words the dictionary lacks or misreads (glossary)


@pytest.mark.parametrize(("chinese", "english", "concept"), [
    ("血尿酸升高", "Serum urate was raised.", "uric acid"),
    ("谷丙转氨酶", "ALT was normal.", "alanine aminotransferase"),
    ("糖化血红蛋白", "HbA1c fell by 0.5%.", "glycated haemoglobin"),
    ("左室射血分数", "LVEF improved.", "ejection fraction"),
    ("骨密度", "BMD at the lumbar spine increased.", "bone mineral density"),
    ("肌钙蛋白", "Troponin was measured at 6 hours.", "troponin"),
    ("血小板", "Platelets were counted.", "platelet"),
    ("肾功能不全", "Patients with renal impairment were excluded.", "renal insufficiency"),
    ("住院天数", "The length of hospital stay was shorter.", "length of stay"),
])
def test_a_lab_or_clinical_word_names_the_english_concept(chinese: str, english: str,
                                                          concept: str) -> None:
    assert concept in _key(chinese)
    assert concept in analyze(english, load_glossary()).all


# ---- "controls": the control group as a noun, control as a verb


@pytest.mark.parametrize("english", [
    "Levels were higher in cases than in controls.",
    "Forty matched controls were recruited.",
    "Cases and controls did not differ in age.",
])
def test_controls_as_a_noun_is_the_control_group(english: str) -> None:
    assert "control group" in _key(english)


@pytest.mark.parametrize("english", [
    "mTOR controls autophagy in neurons.",
    "This kinase directly controls the cell cycle.",
])
def test_controls_as_a_verb_is_control(english: str) -> None:
    key = _key(english)
    assert "control" in key
    assert "control group" not in key


def test_and_before_controls_leaves_a_verb_a_verb() -> None:
    assert "control group" not in _key("FOXO3 binds and controls autophagy genes.")
