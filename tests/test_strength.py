"""claim_strength, study_design and the overstatement flags, on sentences written for the test."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.models import AbstractSection, Claim, Evidence, SourceRecord, Verdict
from claimcheck.strength import conclusion, overstatement_flags, study_design
from claimcheck.strength.cues import find_cues


@pytest.mark.parametrize(("text", "label"), [
    ("Coffee intake was associated with a lower risk of type 2 diabetes.", 1),
    ("Higher vitamin D levels were linked to fewer fractures in older women.", 1),
    ("Daily aspirin may reduce the risk of colorectal cancer.", 2),
    ("Exercise training could improve insulin sensitivity in adolescents.", 2),
    ("Metformin reduced the incidence of diabetes by 31%.", 3),
    ("The vaccine prevents severe influenza in older adults.", 3),
    ("The trial enrolled 412 patients from nine hospitals.", 0),
    ("Further studies are needed to define the optimal dose.", 0),
    ("长期饮酒与肝癌风险增加相关。", 1),
    ("补充维生素D可能降低老年人跌倒的风险。", 2),
    ("这种疫苗降低了儿童的住院率。", 3),
    ("研究共纳入了两千名社区居民。", 0),
])
def test_claim_strength_labels(text: str, label: int) -> None:
    strength = claimcheck.claim_strength(text)
    assert strength.label == label, strength.why
    assert strength.language == ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")


def test_cues_have_spans_and_modal_scope() -> None:
    text = "Statins may lower stroke risk but do not prevent dementia."
    strength = claimcheck.claim_strength(text)
    by_text = {c.text: c for c in strength.cues}
    lower = by_text["lower"]
    assert text[lower.start:lower.end] == "lower"
    assert lower.modal == "may" and lower.negated is None
    prevent = by_text["prevent"]
    assert prevent.negated == "not" and prevent.modal is None  # "may" is in another clause


def test_boosters_and_hedges_en_and_zh() -> None:
    assert [c.text for c in claimcheck.claim_strength("This cream is proven to cure acne.").boosters]
    assert not claimcheck.claim_strength("This effect has not proven durable.").boosters
    zh = claimcheck.claim_strength("研究证实，这种药物能根治胃炎。")
    assert {c.text for c in zh.boosters} >= {"证实", "根治"}
    assert not claimcheck.claim_strength("其长期效果尚未证实。").boosters
    assert [c.text for c in claimcheck.claim_strength("结果提示该药可能有效。").hedges]


def _record(pmid: str, conclusion_text: str, *, types: list[str] | None = None,
            mesh: list[str] | None = None, methods: str = "") -> SourceRecord:
    sections = [AbstractSection(label="METHODS", category="METHODS", text=methods)] if methods else []
    sections.append(AbstractSection(label="CONCLUSIONS", category="CONCLUSIONS",
                                    text=conclusion_text))
    return SourceRecord(pmid=pmid, title="A study", abstract=sections,
                        publication_types=types or ["Journal Article"], mesh_terms=mesh or [])


def test_study_design_sources() -> None:
    assert study_design(_record("1", "x", types=["Randomized Controlled Trial"])).randomized
    cohort = study_design(_record("2", "x", mesh=["Humans", "Cohort Studies"]))
    assert cohort.kind == "observational" and cohort.observational
    assert study_design(_record("3", "x", mesh=["Animals", "Mice"])).animal
    assert not study_design(_record("4", "x", mesh=["Animals", "Humans"])).animal
    worded = study_design(_record("5", "x", methods="In this retrospective cohort of 2,000 adults"))
    assert worded.observational and "abstract" in worded.evidence[0]
    mice = study_design(_record("6", "x", methods="Knockout mice were fed a high-fat diet."))
    assert mice.animal
    pooled = study_design(_record("7", "x", types=["Meta-Analysis"],
                                  methods="We pooled 14 prospective cohort studies."))
    assert pooled.kind == "meta_analysis" and pooled.observational and not pooled.randomized


def test_conclusion_prefers_the_conclusions_section_else_the_last_sentence() -> None:
    record = _record("1", "Tea drinking was associated with lower blood pressure.")
    assert conclusion(record) == ("Tea drinking was associated with lower blood pressure.",
                                  "CONCLUSIONS")
    plain = SourceRecord(pmid="2", abstract=[AbstractSection(
        text="We studied 300 adults (41% vs. 38% women). Tea was linked to sleep quality.")])
    assert conclusion(plain) == ("Tea was linked to sleep quality.", "Abstract (last sentence)")


def _check(text: str, record: SourceRecord, status: str = "supported",
           evidence: list[Evidence] | None = None) -> list[str]:
    claim = Claim(id="c1", text=text, citations=["1"])
    verdict = Verdict(claim_id="c1", status=status, evidence=evidence or [])  # type: ignore[arg-type]
    return [flag.code for flag in overstatement_flags(claim, verdict, {"1": record})]


OBSERVATIONAL = _record("10", "Green tea consumption was associated with a lower risk of stroke.",
                        mesh=["Humans", "Cohort Studies"])


def test_overstated_causal_on_an_observational_source() -> None:
    claim = "研究发现，喝绿茶能降低中风风险[1]。"
    assert _check(claim, OBSERVATIONAL) == ["overstated_causal"]
    flag = overstatement_flags(Claim(id="c", text=claim, citations=["1"]),
                               Verdict(claim_id="c", status="supported"), {"1": OBSERVATIONAL})[0]
    assert flag.claim_strength == 3 and flag.source_strength == 1
    assert flag.claim_quote and "降低" in flag.claim_quote
    assert flag.source_quote == OBSERVATIONAL.abstract[-1].text
    assert flag.source_section == "CONCLUSIONS" and "observational" in (flag.source_design or "")


def test_no_flag_when_the_claim_keeps_the_source_strength() -> None:
    assert _check("喝绿茶与较低的中风风险相关[1]。", OBSERVATIONAL) == []
    assert _check("Green tea drinking is linked to fewer strokes [1].", OBSERVATIONAL) == []


def test_randomized_evidence_licenses_a_causal_claim() -> None:
    trial = _record("11", "Semaglutide reduced body weight compared with placebo.",
                    types=["Randomized Controlled Trial"])
    assert _check("Semaglutide reduces body weight [1].", trial) == []


def test_only_judged_claims_are_compared_for_wording() -> None:
    assert _check("研究发现，喝绿茶能降低中风风险[1]。", OBSERVATIONAL, status="unverifiable") == []
    assert _check("研究发现，喝绿茶能降低中风风险[1]。", OBSERVATIONAL, status="not_found") == []


def test_overstated_certainty_booster_and_dropped_hedge() -> None:
    hedged = _record("12", "Probiotics may reduce the duration of diarrhoea in children.",
                     types=["Randomized Controlled Trial"])
    assert _check("研究证实，益生菌能缩短儿童腹泻的病程[1]。", hedged) == ["overstated_certainty"]
    assert _check("Probiotics shorten diarrhoea in children [1].", hedged) == [
        "overstated_certainty"]
    assert _check("Probiotics may shorten diarrhoea in children [1].", hedged) == []


@pytest.mark.parametrize(("text", "future", "finding"), [
    # a hedge on future work is not a hedge on the finding ...
    ("Brisk walking lowered fasting glucose in retirees and might be tried in a larger trial.",
     ["might"], []),
    ("Brisk walking lowered fasting glucose; further studies could clarify the best dose.",
     ["could"], []),
    ("These results warrant further investigation of whether walking may help.", ["may"], []),
    ("快走降低了退休老人的空腹血糖，可能值得在更大规模的试验中进一步验证。", ["可能"], []),
    # ... one on the finding still is, with the future work beside it in its own clause
    ("Brisk walking may lower fasting glucose in retirees; further trials are needed.",
     [], ["may"]),
    ("These results suggest that walking lowers glucose, and larger studies should follow.",
     [], ["suggest"]),
    ("快走可能降低退休老人的空腹血糖，有待进一步研究。", ["有待"], ["可能"]),
    # "a new study", "a prospective study" are the study itself, not future work
    ("A new study suggests that brisk walking may lower glucose in retirees.",
     [], ["suggests", "may"]),
    ("Brisk walking may lower glucose, a prospective study of retirees suggests.",
     [], ["may", "suggests"]),
    # future-work wording far after the hedge in its clause leaves the hedge on the finding
    ("Walking may lower glucose in retirees who took part in more research projects.",
     [], ["may"]),
])
def test_hedges_on_future_work_are_not_hedges_on_the_finding(
        text: str, future: list[str], finding: list[str]) -> None:
    strength = claimcheck.claim_strength(text)
    assert [c.text for c in strength.hedges] == finding
    every = [c.text for c in find_cues(text) if c.kind == "hedge"]
    assert sorted(every) == sorted(future + finding)


def test_no_certainty_flag_for_a_source_hedging_only_future_work() -> None:
    future = _record("15", "Brisk walking lowered fasting glucose in retirees and might be "
                     "tried in a larger trial.", types=["Randomized Controlled Trial"])
    assert _check("Brisk walking lowers blood sugar in retirees [1].", future) == []
    assert _check("快走能降低退休老人的血糖[1]。", future) == []
    finding = _record("16", "Brisk walking may lower fasting glucose in retirees; further "
                      "trials are needed.", types=["Randomized Controlled Trial"])
    assert _check("Brisk walking lowers blood sugar in retirees [1].", finding) == [
        "overstated_certainty"]


def test_animal_to_human() -> None:
    mice = _record("13", "Resveratrol extended lifespan in mice fed a high-calorie diet.",
                   mesh=["Animals", "Mice", "Resveratrol"])
    assert "animal_to_human" in _check("Resveratrol extends lifespan [1].", mice)
    assert "animal_to_human" not in _check("Resveratrol extended lifespan in mice [1].", mice)
    assert "animal_to_human" not in _check("在小鼠实验中，白藜芦醇延长了寿命[1]。", mice)


def test_supporting_sentence_is_compared_too() -> None:
    record = _record("14", "Screening is feasible in primary care.",
                     methods="Screening reduced late-stage diagnoses by 20%.")
    support = Evidence(label="1", section="METHODS", text=record.abstract[0].text,
                       role="supports")
    # The source's own sentence states the cause directly: not an overstatement.
    assert _check("Screening reduces late-stage diagnoses [1].", record, evidence=[support]) == []


def test_the_month_may_is_no_modal() -> None:
    from claimcheck.strength.cues import find_cues

    kinds = {c.kind for c in find_cues("Recruitment began in May 2019 and ended on May 5, 2020.")}
    assert "modal" not in kinds and "hedge" not in kinds
    assert "modal" in {c.kind for c in find_cues("Smoking may cause cancer.")}


@pytest.mark.parametrize("text", [
    "Since May, hospital admissions for heatstroke have doubled.",
    "Between March and May the clinic enrolled 300 patients.",
    "In early May, the trial stopped recruiting.",
    "Data collected until May 2021 show that the vaccine prevents severe disease.",
    "Enrolment ran from April–May 2018, and the drug lowered blood pressure.",
    "The report, published May 12, says the drug lowers blood pressure.",
    "Surveys in mid-May found that masks reduce transmission.",
])
def test_the_month_may_is_masked_in_its_date_forms(text: str) -> None:
    cues = find_cues(text)
    assert not [c for c in cues if c.kind in ("modal", "hedge")]
    assert all(c.modal is None for c in cues)


@pytest.mark.parametrize("text", [
    "Coffee may reduce the risk of gout.",
    "This may explain why patients relapse.",
    "May vitamin D prevent falls in older adults?",
    "Children may 2-fold increase their intake when snacks are free.",  # a number, not a day
])
def test_the_modal_may_stays_a_modal(text: str) -> None:
    assert "modal" in {c.kind for c in find_cues(text)}


def test_a_month_may_does_not_turn_a_direct_claim_conditional() -> None:
    strength = claimcheck.claim_strength("Since May, the new drug has reduced hospital admissions.")
    assert strength.hedges == []
    assert all(c.modal is None for c in strength.cues)


RAT = _record("15", "Chlorogenic acid reduced visceral fat and liver triglycerides in obese rats.",
              mesh=["Animals", "Rats", "Obesity"])
CELLS = _record("16", "Sulforaphane inhibited the growth of prostate cancer cell lines.",
                mesh=["In Vitro Techniques", "Cell Line, Tumor"])


@pytest.mark.parametrize("status", ["supported", "not_found", "unverifiable", "contradicted"])
def test_animal_to_human_whatever_the_judge_found(status: str) -> None:
    # The flag is about the source's design: a loose rewording the judge cannot match is
    # still a claim about people resting on a rat study.
    codes = _check("This bean extract reduces belly fat in dieters [1].", RAT, status=status)
    assert "animal_to_human" in codes
    assert "overstated_causal" not in codes or status in ("supported", "contradicted")


def test_animal_to_human_not_for_uncited_or_animal_worded_or_relationless_claims() -> None:
    claim = "Broccoli sprouts stop prostate cancer from spreading [1]."
    assert "animal_to_human" in _check(claim, CELLS, status="not_found")
    assert _check(claim, CELLS, status="uncited") == []
    assert _check("In lab dishes, broccoli compounds slowed tumour cells [1].", CELLS,
                  status="not_found") == []
    assert _check("Broccoli sprouts are sold in most supermarkets [1].", CELLS,
                  status="not_found") == []
    assert "animal_to_human" not in _check("在大鼠身上，这种提取物减少了内脏脂肪[1]。", RAT,
                                           status="not_found")


def test_unjudged_animal_flag_says_the_source_did_not_state_the_claim() -> None:
    flags = overstatement_flags(Claim(id="c", text="绿咖啡提取物能减少人的腹部脂肪[1]。",
                                      citations=["1"]),
                                Verdict(claim_id="c", status="not_found"), {"1": RAT})
    assert [f.code for f in flags] == ["animal_to_human"]
    assert "not found to state the claim" in flags[0].detail
    assert flags[0].source_quote == RAT.abstract[-1].text
