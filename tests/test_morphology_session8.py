"""Word formation (session 8, docs/evidence.md "Word formation (session 8)"): medical
compounds read by their neoclassical combining forms. Each test is a member of its class on
a topic of its own, not a sentence of the article probes."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import has_term
from claimcheck.evidence.terms import analyze
from claimcheck.evidence.wordform import (
    compound_heads,
    compounds,
    parse_form,
    pieces,
    splits_of,
    table,
)


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _key(text: str) -> frozenset[str]:
    return analyze(text, load_glossary()).key


def _stems(english: str) -> frozenset[str]:
    return analyze(english, load_glossary()).stems


# ---- the table's notation


def test_a_form_s_notation() -> None:
    assert parse_form("hepat(o)-") == parse_form("HEPAT(O)-")
    form = parse_form("hepat(o)-")
    assert (form.text, form.link, form.begins, form.ends) == ("hepat", "o", True, False)
    assert form.before("toxicity") == "hepato" and form.before("ectomy") == "hepat"
    ending = parse_form("-ase")
    assert (ending.text, ending.begins, ending.ends) == ("ase", False, True)
    assert not parse_form("medical").begins and not parse_form("medical").ends


def test_the_table_is_small_and_read_once() -> None:
    assert table() is table()
    assert 20 <= len(table().pieces) <= 120  # dozens of textbook forms, not a word list


# ---- a Chinese compound composes the English one


@pytest.mark.parametrize(("word", "english"), [
    ("神经毒性", "neurotox"),  # neurotoxicity
    ("高钾血症", "hyperkalemia"),
    ("低钠血症", "hyponatremia"),
    ("脂肪酶", "lipas"),  # lipase
    ("甲状腺切除术", "thyroidectomi"),
    ("病毒学", "virolog"),
    ("抗高血压药", "antihypertens"),  # the head 药 is what English leaves out
    ("生物学", "biolog"),
])
def test_a_chinese_compound_composes_its_english_compound(word: str, english: str) -> None:
    assert english in compounds(word)


@pytest.mark.parametrize("word", [
    "高糖",  # a high-sugar diet: 糖 only begins a compound (glyc-), it ends none
    "肝",  # a site alone keeps its dictionary reading
    "心理",  # 理 is no piece
    "药",  # a head alone is nothing
])
def test_a_word_that_does_not_split_wholly_composes_nothing(word: str) -> None:
    assert compounds(word) == ()


def test_a_composed_word_is_named_in_english_in_a_rationale() -> None:
    lexicon = load_glossary().lexicon()
    assert lexicon.english("耳毒性") == "ototoxicity"
    assert lexicon.english("毒性") == "toxicity"  # the dictionary's gloss comes first


def test_a_compound_s_pieces_leave_the_head_out() -> None:
    assert pieces("抗高血压药") == ("抗", "高", "血压")
    assert pieces("耳毒性") == ("耳", "毒性")


@pytest.mark.parametrize(("word", "english"), [
    ("神经毒性", "Neurotoxicity was reported in 12 of the 40 patients."),
    ("高钾血症", "Hyperkalaemia occurred in 3% of the spironolactone arm."),
    ("低钠血症", "Hyponatraemia was more frequent in older adults."),
    ("脂肪酶", "Serum lipase rose above three times the upper limit."),
    ("甲状腺切除术", "All women underwent total thyroidectomy."),
    ("抗高血压药", "Antihypertensive agents were stopped before surgery."),
    ("耳毒性", "Ototoxic hearing loss followed cisplatin."),
])
def test_the_composed_compound_is_found_in_an_english_sentence(word: str, english: str) -> None:
    assert _found(word, english)


def test_the_compound_is_also_found_by_its_parts_said_apart() -> None:
    # 神经 + 毒性: "toxicity to the nerves" says both pieces
    assert _found("神经毒性", "Toxicity to peripheral nerves limited the dose.")
    assert not _found("神经毒性", "Peripheral nerves were biopsied.")


def test_a_composed_word_is_one_term_of_a_chinese_claim() -> None:
    # jieba cuts 耳 + 毒性; the compound is one word, read as one term
    assert "zh:耳毒性" in _key("顺铂的耳毒性较常见")


@pytest.mark.parametrize(("word", "english"), [
    ("高钾血症", "Hypokalemia occurred in 3% of patients."),  # the other prefix
    ("抗高血压药", "Hypertensive patients were enrolled."),  # anti- is not dropped
    ("脂肪酶", "Serum amylase rose."),
])
def test_a_prefix_or_site_is_never_dropped(word: str, english: str) -> None:
    assert not _found(word, english)


# ---- an English compound split after a site's combining form


def test_an_english_compound_splits_after_a_site_s_form() -> None:
    assert ("nephr", "tox") in compound_heads("nephrotox")
    assert ("cardi", "myopathi") in compound_heads("cardiomyopathi")
    assert compound_heads("bilater") == ()  # bi(o)- is too short a form to split on
    assert compound_heads("hypotens") == ()  # hypo- is a prefix, no site


def test_an_english_compound_is_split_into_its_chinese_pieces() -> None:
    assert ("低", "血压") in splits_of("hypotens")
    assert ("肝", "毒性") in splits_of("hepatotox")
    assert ("抗", "逆转录病毒") in splits_of("antiretrovir")
    assert splits_of("tension") == () and splits_of("protect") == ()


def test_a_chinese_word_is_found_as_the_last_part_of_an_english_compound() -> None:
    # 毒性 "toxicity": the stemmer cuts "nephrotoxicity" to "nephrotox"
    assert _found("毒性", "Nephrotoxicity was the dose-limiting event.")


@pytest.mark.parametrize(("claim_word", "source"), [
    ("myopathy", "Dilated cardiomyopathy was diagnosed in 14 patients."),
    ("nephrotoxicity", "Kidney toxicity was seen in two children."),
    ("nephrotoxicity", "Renal toxicity was seen in two children."),
    ("hepatotoxicity", "Hepatic toxicity led to two withdrawals."),
    ("vascular", "Cerebrovascular events were counted."),
    ("hypokalemia", "Low potassium in the blood was found in 8%."),
    ("gastric", "Gastrointestinal bleeding was the main harm."),
    ("meal", "Postprandial insulin was lower."),
    ("fat", "Adiposity rose with age."),
    ("cardiac", "Cardiovascular deaths were fewer."),
    ("nephrotoxicity", "Toxicity to the kidneys was seen in two children."),
])
def test_an_english_word_is_found_through_a_compound(claim_word: str, source: str) -> None:
    stems = _stems(source)
    word = next(iter(_stems(claim_word)))
    assert load_glossary().lexicon().compound_found(word, stems)
    assert has_term("~" + word, analyze(source, load_glossary()), load_glossary())


@pytest.mark.parametrize(("claim_word", "source"), [
    ("tension", "Hypotension was rare."),  # hypo- changes what the rest says
    ("nephrotoxicity", "Toxicity was seen in two children."),  # no kidney named
    ("nephrotoxicity", "Kidney biopsies were taken."),  # no toxicity named
    ("lateral", "Bilateral effusions were drained."),
    ("hypokalemia", "High potassium in the blood was found in 8%."),  # hypo- is low
    ("cardiac", "Cardiologists reviewed the charts."),  # cardiolog-: a site plus a suffix, no compound
    ("gastric", "Gastrin rose."),
    ("nerve", "Neurovascular transduction was reduced."),  # organ roots stay the Chinese side's
])
def test_an_english_compound_is_not_found_by_half_of_it(claim_word: str, source: str) -> None:
    lexicon = load_glossary().lexicon()
    assert not lexicon.compound_found(next(iter(_stems(claim_word))), _stems(source))


# ---- the judge


def test_a_chinese_claim_naming_a_compound_is_supported_by_the_english_one() -> None:
    verdict = claimcheck.verify(
        "接受顺铂治疗的儿童中有四成出现了耳毒性[1]。",
        title="Cisplatin ototoxicity in children",
        abstract=["Ototoxicity developed in 40% of the children treated with cisplatin."])
    assert verdict.status == "supported"


def test_a_chinese_claim_naming_another_compound_is_not_supported() -> None:
    verdict = claimcheck.verify(
        "接受顺铂治疗的儿童中有四成出现了耳毒性[1]。",
        title="Cisplatin nephrotoxicity in children",
        abstract=["Nephrotoxicity developed in 40% of the children treated with cisplatin."])
    assert verdict.status != "supported"
