"""The judge on topics and phrasings outside the seed (issue 10), through `claimcheck.verify`.

Every case is written here, on topics of its own; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck.evidence import extract_quantities
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.lexicon import alternative_found
from claimcheck.evidence.significance import significance
from claimcheck.evidence.terms import descriptive_negation

STATIN = ("Atorvastatin and myocardial infarction in older adults",
          ["We randomly assigned 4,120 adults aged 70 years or older to atorvastatin or placebo.",
           "Over a median of 4.9 years, myocardial infarction occurred in 3.1% of the "
           "atorvastatin group and 4.6% of the placebo group (hazard ratio, 0.66; 95% "
           "confidence interval [CI], 0.52 to 0.84).",
           "Atorvastatin reduced the risk of myocardial infarction in older adults."])


def test_lexicon_reads_words_the_glossary_lacks() -> None:
    lexicon = load_glossary().lexicon()
    reading = lexicon.read("心肌梗死")
    assert reading is not None and ("heart", "attack") in reading.alternatives
    drug = lexicon.read("阿托伐他汀")
    assert drug is not None and drug.how == "drug"
    assert alternative_found(drug.alternatives[0], frozenset({"atorvastatin"}))
    assert not alternative_found(drug.alternatives[0], frozenset({"rosuvastatin"}))
    assert lexicon.read("从而") is None and lexicon.knows("从而")  # a function word


@pytest.mark.parametrize(("claim", "status"), [
    ("阿托伐他汀降低了老年人心肌梗死的风险。", "supported"),
    ("Atorvastatin lowered the risk of heart attack in older adults.", "supported"),
    ("阿托伐他汀增加了老年人心肌梗死的风险。", "contradicted"),
    ("Atorvastatin increased the risk of myocardial infarction in older adults.", "contradicted"),
])
def test_paraphrase_and_reversal_in_either_language(claim: str, status: str) -> None:
    title, abstract = STATIN
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == status, verdict.rationale


def test_figures_with_chinese_ratio_and_scaled_counts() -> None:
    title, abstract = STATIN
    claim = ("约4120名70岁以上老人参与试验，阿托伐他汀组心肌梗死发生率为3.1%，安慰剂组为4.6%，"
             "风险比0.66（95%置信区间0.52～0.84）。")
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status in ("supported", "partially_supported"), verdict.rationale
    assert "0.66" in verdict.rationale


def test_swapped_arms_are_never_supported() -> None:
    title, abstract = STATIN
    claim = "心肌梗死发生率在阿托伐他汀组为4.6%，在安慰剂组为3.1%。"
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


def test_no_significant_difference_against_a_significant_one() -> None:
    abstract = ["The response rate was significantly higher with the intervention than with "
                "usual care (18.0% vs 9.9%, P<0.001)."]
    verdict = claimcheck.verify("干预组有效率为18.0%，常规护理组为9.9%，但两组并无显著差异。",
                                title="Usual care or an intervention", abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale


@pytest.mark.parametrize(("text", "sign"), [
    ("did not differ significantly between the groups (P=0.35)", -1),
    ("两组差异没有统计学意义", -1),
    ("was significantly lower in the treated group", 1),
    ("(P=0.049)", 1),
    ("The rates were 10% and 12%.", 0),
])
def test_significance_is_read_the_same_way_on_both_sides(text: str, sign: int) -> None:
    assert significance(text) == sign


def test_two_negations_that_agree_are_not_a_contradiction() -> None:
    abstract = ["Vitamin D supplementation was not associated with a lower risk of fractures."]
    verdict = claimcheck.verify("Vitamin D supplementation did not reduce the risk of fractures.",
                                title="Vitamin D and fractures", abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale


def test_negative_prefix_antonym_is_opposite() -> None:
    abstract = ["We found that thermogenesis in beige fat is UCP1-independent."]
    verdict = claimcheck.verify("Thermogenesis in beige fat is UCP1-dependent.",
                                title="Thermogenesis in beige fat", abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


@pytest.mark.parametrize(("text", "cue", "descriptive"), [
    ("纳入了800名没有高血压的成年人", "没有", True),
    ("治疗并没有明显的改善", "没有", False),
    ("patients without diabetes were enrolled", "without", True),
    ("the drug did not reduce mortality", "not", False),
])
def test_negation_that_describes_who_was_studied(text: str, cue: str, descriptive: bool) -> None:
    assert descriptive_negation(text, text.index(cue)) is descriptive


def test_background_sentences_do_not_support_a_claim() -> None:
    abstract = ["BACKGROUND Coffee may protect against liver fibrosis.",
                "RESULTS Coffee intake was not related to fibrosis stage."]
    verdict = claimcheck.verify("Coffee protects against liver fibrosis.",
                                title="Coffee and liver fibrosis", abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("约1.76万名", 17600.0, "about"),
    ("一半以上", 50.0, "more_than"),
    ("约二十分之一", 5.0, "about"),
])
def test_chinese_number_forms(text: str, value: float, qualifier: str) -> None:
    [q] = extract_quantities(text)
    assert q.value == value and q.qualifier == qualifier


def test_scaled_count_matches_at_its_printed_precision() -> None:
    verdict = claimcheck.verify("共纳入约1.76万名患者。", title="A randomized trial",
                                abstract=["A total of 17,604 patients were enrolled."])
    assert verdict.status == "supported", verdict.rationale


def test_not_found_rationale_names_chinese_words_in_english() -> None:
    verdict = claimcheck.verify("咖啡可以减轻失眠。", title="Tea and sleep",
                                abstract=["Green tea intake was associated with better sleep."])
    assert verdict.status == "not_found"
    assert "(" in verdict.rationale  # e.g. "失眠 (insomnia)"


def test_verify_command_prints_status_and_sentences(tmp_path: Path) -> None:
    abstract = tmp_path / "abstract.txt"
    abstract.write_text(" ".join(STATIN[1]), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "verify",
         "Atorvastatin reduced the risk of myocardial infarction in older adults.",
         "--abstract-file", str(abstract), "--title", STATIN[0], "--json"],
        capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    verdict = json.loads(out.stdout)
    assert verdict["status"] == "supported"
    assert any(e["role"] == "supports" for e in verdict["evidence"])


def test_verify_command_bad_file_is_one_line(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "claimcheck.cli", "verify", "x",
                          "--abstract-file", str(tmp_path / "missing.txt")],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
