"""Session 12: abbreviations with numbers, a one-character head noun joined to its word,
general biomedical senses CC-CEDICT lacks, and claims that deny one part of two (topics of
our own)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.abbreviations import definitions
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.match import partly_negated
from claimcheck.evidence.terms import analyze

G = load_glossary()


def test_long_form_with_the_short_forms_number() -> None:
    pairs = definitions(["Serum levels of fibroblast growth factor 23 (FGF23) rose in dialysis.",
                         "Carriers of type 1 diabetes (T1D) risk alleles were followed."])
    assert pairs["FGF23"] == "fibroblast growth factor 23"
    assert pairs["T1D"] == "type 1 diabetes"


def test_no_long_form_across_another_bracket_or_with_other_numbers() -> None:
    assert "PO2" not in definitions(["We measured peak (PO2max) partial oxygen (PO2) here."])
    assert "GS" not in definitions(["Patients were seen in 2012 (GS) at clinics."])


def test_short_form_sentence_states_the_long_form_claim() -> None:
    abstract = ["We studied bone morphogenetic protein 7 (BMP7) in cartilage repair.",
                "BMP7 expression increased after microfracture surgery."]
    verdict = claimcheck.verify(
        "Bone morphogenetic protein 7 expression increased after microfracture surgery [1].",
        title="Cartilage repair", abstract=abstract)
    assert verdict.status == "supported"


def test_head_noun_joined_to_the_dictionary_word_before_it() -> None:
    terms = analyze("老年人患阿尔茨海默病的风险", G)
    assert "zh:阿尔茨海默病" in terms.key and "disease" not in terms.key
    assert G.lexicon().found_in("阿尔茨海默病",
                                analyze("risk of Alzheimer's disease in old age", G).stems)


def test_general_senses_cedict_lacks() -> None:
    lexicon = G.lexicon()
    pairs = [("常规护理", "compared with usual care"), ("符合条件", "eligible adults"),
             ("甲基化", "promoter methylation was lower"),
             ("中高强度", "moderate to vigorous activity"),
             ("运动", "daily physical activity"), ("久坐", "a sedentary lifestyle"),
             ("淀粉样蛋白", "amyloid plaques"), ("子宫内膜", "endometrial thickness")]
    for word, english in pairs:
        assert lexicon.found_in(word, analyze(english, G).stems), word


def test_one_part_denied_on_both_sides_is_no_opposite() -> None:
    claim = analyse("只有每天步行组的睡眠质量明显改善，每周步行组并没有改善[1]。", G, claim=True)
    assert partly_negated(claim.clauses)
    verdict = claimcheck.verify(
        "只有每天步行组的睡眠质量明显改善，每周步行组并没有改善[1]。",
        title="Walking and sleep quality in older adults",
        abstract=["Sleep quality improved in the daily walking group, but not in the weekly "
                  "walking group, compared with controls (P = 0.01)."])
    assert verdict.status != "contradicted"


def test_weight_loss_surgery_is_bariatric() -> None:
    claim = analyze("减重手术后患者的睡眠呼吸暂停减少", G)
    assert "bariatric surgery" in claim.key
    assert "bariatric surgery" in analyze("after bariatric surgery, apnoea fell", G).all
    lexicon = G.lexicon()
    assert lexicon.found_in("胃束带", analyze("adjustable gastric banding", G).stems)
    assert lexicon.found_in("初期", analyze("the initial response", G).stems)


def test_nerves_by_their_adjective_and_normalised() -> None:
    lexicon = G.lexicon()
    assert lexicon.found_in("交感神经", analyze("muscle sympathetic activity rose", G).stems)
    assert lexicon.found_in("恢复正常", analyze("treatment normalizes the levels", G).stems)


def test_a_place_the_source_names_once_is_the_studys_setting() -> None:
    abstract = ["METHODS We enrolled 420 older adults in Copenhagen, Denmark.",
                "RESULTS Walking reduced blood pressure."]
    named = claimcheck.verify("在哥本哈根，步行降低了血压[1]。", title="Walking and blood pressure",
                              abstract=abstract)
    other = claimcheck.verify("在伦敦，步行降低了血压[1]。", title="Walking and blood pressure",
                              abstract=abstract)
    assert "100%" in named.rationale  # 哥本哈根 found in the methods, lent to the result
    assert "75%" in other.rationale  # 伦敦 is named nowhere


def test_postnatal_is_after_birth() -> None:
    assert G.lexicon().found_in("产后", analyze("in the first weeks after birth", G).stems)
    assert G.lexicon().found_in("产后", analyze("postpartum depression", G).stems)


def test_a_genetic_trait_read_through_its_abbreviation() -> None:
    abstract = ["Carriers of sickle cell trait (SCT) were compared with non-carriers.",
                "Of 2,140 runners, 96 (4.5%) had SCT."]
    verdict = claimcheck.verify("2140名跑步者中，有96人（4.5%）携带镰状细胞性状[1]。",
                                title="Sickle cell trait in runners", abstract=abstract)
    assert verdict.status == "supported"
