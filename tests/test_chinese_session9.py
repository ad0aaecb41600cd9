"""Chinese claims against English abstracts (session 9, docs/evidence.md "Chinese claims
(session 9)"). Each test is a member of its class on a topic of its own, not a sentence of the
article probes or of SciFact."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import coverage, term_weight
from claimcheck.evidence.terms import analyze


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _key(text: str) -> frozenset[str]:
    return analyze(text, load_glossary()).key


def _status(claim: str, title: str, sentences: list[str]) -> str:
    return claimcheck.verify(claim, title=title, abstract=sentences).status


# ---- discourse adverbs, conjunctions and pronouns are no terms


@pytest.mark.parametrize("word", ["反而", "一直", "最终", "据此", "本身", "其余", "自己", "同样",
                                  "其实", "终于"])
def test_a_discourse_word_is_no_term(word: str) -> None:
    # 反而 "on the contrary; instead", 一直 "continuously; always", 本身 "itself": English
    # says these with stop words ("only", "still", "however") or not at all
    assert load_glossary().lexicon().read(word) is None
    glossary = load_glossary()
    assert not any(term_weight(c, glossary) for c in _key(f"这种疫苗{word}降低了住院率") if word in c)


@pytest.mark.parametrize(("word", "english"), [
    ("差别", "There was no difference in hospital stay."),  # an adverb to jieba, a noun here
    ("正常", "Renal function was normal at discharge."),
    ("逐渐", "Symptoms resolved gradually."),
    ("相同", "The two doses gave identical exposure."),
])
def test_a_content_word_jieba_calls_an_adverb_keeps_its_reading(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_claim_with_a_discourse_adverb_carries_all_its_terms() -> None:
    glossary = load_glossary()
    sentence = analyze("Vaccination reduced hospital admissions for pneumonia in older adults.",
                       glossary)
    for claim in ("接种疫苗反而减少了老年人因肺炎住院。", "接种疫苗最终减少了老年人因肺炎住院。"):
        assert coverage(analyze(claim, glossary), sentence, glossary).score == 1.0


def test_a_discourse_adverb_does_not_hide_the_direction() -> None:
    # the adverb goes, the change stays: "increased" is not "reduced"
    title = "Influenza vaccination and hospital admission in older adults"
    sentence = "Vaccination reduced hospital admissions for pneumonia in older adults."
    assert _status("接种疫苗反而减少了老年人因肺炎住院[1]。", title, [sentence]) == "supported"
    assert _status("接种疫苗反而增加了老年人因肺炎住院[1]。", title, [sentence]) == "contradicted"


# ---- how English says what a Chinese concept word says: a drug's "use", a share's "rate"


@pytest.mark.parametrize(("claim", "sentence"), [
    ("经常服用布洛芬的人胃出血风险更高。",
     "Regular use of ibuprofen was associated with a higher risk of gastric bleeding."),
    ("用过二甲双胍的女性乳腺癌风险更低。",
     "Metformin use was associated with a lower risk of breast cancer in women."),
])
def test_taking_a_drug_is_its_use(claim: str, sentence: str) -> None:
    glossary = load_glossary()
    cov = coverage(analyze(claim, glossary), analyze(sentence, glossary), glossary)
    assert "taking medication" in cov.found


@pytest.mark.parametrize(("claim", "sentence"), [
    ("接种组出现发热的儿童比例更低。", "The percentage of children with fever was lower in the vaccine group."),
    ("城市居民吸烟的比例最高。", "Urban residents had the highest rates of smoking."),
])
def test_a_share_is_its_percentage_or_rate(claim: str, sentence: str) -> None:
    glossary = load_glossary()
    cov = coverage(analyze(claim, glossary), analyze(sentence, glossary), glossary)
    assert "proportion" in cov.found


def test_a_sense_of_a_concept_word_adds_nothing_to_english_text() -> None:
    # "use" stays an English stop word: an English claim gains no "taking medication"
    assert "taking medication" not in _key("Metformin use lowered the risk of breast cancer.")


# ---- general senses CEDICT lacks (session 9)


@pytest.mark.parametrize(("word", "english"), [
    ("中等", "Participants were assigned to moderate-intensity walking."),
    ("中等", "A moderate dose was given."),
    ("一生", "The lifetime risk of hip fracture was 17%."),
    ("终身", "Lifetime prevalence of depression was high."),
    ("年均", "The annual incidence of gout rose."),
    ("强化", "Intensive insulin therapy reduced HbA1c."),
    ("强化", "Flour fortification with iron was mandatory."),
    ("偏倚", "Selection bias cannot be excluded."),
    ("课程", "A structured education programme was offered."),
])
def test_a_general_sense_is_read(word: str, english: str) -> None:
    assert _found(word, english)


@pytest.mark.parametrize(("word", "english"), [
    ("中等", "Severe pain was reported."),
    ("强化", "Insulin therapy reduced HbA1c."),
])
def test_a_general_sense_stays_narrow(word: str, english: str) -> None:
    assert not _found(word, english)


def test_a_lifetime_figure_is_stated() -> None:
    title = "Residual lifetime risk of osteoporotic fracture in older women"
    sentence = "The lifetime probability of a hip fracture was 17%."
    assert _status("她们一生中发生髋部骨折的概率为17%[1]。", title, [sentence]) == "supported"

