"""Session 13: a claim's name the source never writes (evidence/names.py)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.names import (
    is_name,
    spelled_out,
    squeezed,
    unwritten_names,
    written_in,
)

ABSTRACT = [
    "Pancreatic islets were isolated from mice.",
    "Activation of ZNF3 increased insulin secretion in isolated islets.",
    "These results identify a new regulator of beta-cell function.",
]


def test_symbols_are_names_and_general_words_are_not() -> None:
    assert is_name("KLF9") and is_name("TRPV4") and is_name("PD-1") and is_name("FoxO")
    assert not is_name("RNA") and not is_name("EVs") and not is_name("M2")
    assert not is_name("insulin") and not is_name("Islets")


def test_a_name_is_read_loosely() -> None:
    text = squeezed("Loss of NF-kB and of Wnt signalling; IL-6 and FOXO levels")
    assert written_in("NFkB", text) and written_in("interleukin-6", text)
    assert written_in("fox0", text)  # a zero written for the letter O
    assert written_in("Wnt7", text)  # a numbered member where its family is named
    assert not written_in("KLF9", text)


def test_a_name_defined_in_brackets_by_the_claim_is_not_counted() -> None:
    claim = "Cold exposure induces brown adipose tissue (BAT) thermogenesis."
    assert unwritten_names(claim, ["BAT"], "Cold raised thermogenesis.") == []
    assert unwritten_names("KLF9 raises insulin secretion.", ["KLF9"], "ZNF3 raised it.") == [
        "KLF9"]


def test_a_source_on_another_regulator_does_not_support_the_claim() -> None:
    claim = "Activation of KLF9 increases insulin secretion in islets."
    verdict = claimcheck.verify(claim, title="ZNF3 and islet function", abstract=ABSTRACT)
    assert verdict.status != "supported"
    named = [s.replace("ZNF3", "KLF9") for s in ABSTRACT]
    assert claimcheck.verify(claim, title="KLF9 and islet function",
                             abstract=named).status == "supported"


def test_the_rule_holds_for_a_chinese_claim() -> None:
    claim = "KLF9的激活会增加胰岛的胰岛素分泌。"
    verdict = claimcheck.verify(claim, title="ZNF3 and islet function", abstract=ABSTRACT)
    assert verdict.status != "supported"


def test_nor_does_it_contradict_the_claim() -> None:
    claim = "Activation of KLF9 decreases insulin secretion in islets."
    verdict = claimcheck.verify(claim, title="ZNF3 and islet function", abstract=ABSTRACT)
    assert verdict.status != "contradicted"
    named = [s.replace("ZNF3", "KLF9") for s in ABSTRACT]
    assert claimcheck.verify(claim, title="KLF9 and islet function",
                             abstract=named).status == "contradicted"


def test_a_drug_the_source_never_names() -> None:
    abstract = ["Adults with asthma were randomised to two inhalers.",
                "Budesonide reduced the rate of severe exacerbations in adults with asthma."]
    claim = "Fluticasone reduces the rate of severe exacerbations in adults with asthma."
    assert claimcheck.verify(claim, title="Inhalers in asthma",
                             abstract=abstract).status != "supported"
    named = [s.replace("Budesonide", "Fluticasone") for s in abstract]
    assert claimcheck.verify(claim, title="Inhalers in asthma",
                             abstract=named).status == "supported"
    assert unwritten_names(claim, [], " ".join(abstract), drugs=["Fluticasone"]) == [
        "Fluticasone"]


def test_an_abbreviation_written_out_is_written() -> None:
    text = "Levels of the enzyme hydroxymethylglutaryl coenzyme A reductase-2 fell."
    assert spelled_out("HCAR2", text)
    assert unwritten_names("HCAR2 levels fell.", ["HCAR2"], text) == []
    assert not spelled_out("HCAR2", "Levels of the enzyme fell.")
    assert not spelled_out("FoxO", "forkhead box O")  # not all capitals
