"""A claim's study design is said of the whole study; a ratio states a risk; framing words
("compared with", 好消息, 证明) are no key terms. Topics of our own."""

from __future__ import annotations

from claimcheck import verify
from claimcheck.evidence.analysis import source_units
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.sources import study_concepts
from claimcheck.models import AbstractSection, SourceRecord

_TRIAL = [
    "METHODS: We randomly assigned 412 adults with gout to febuxostat or allopurinol.",
    "RESULTS: Febuxostat lowered serum urate in adults with gout more than allopurinol did.",
]


def _status(claim: str, abstract: list[str], **record: list[str]) -> str:
    if record:
        source = SourceRecord(pmid="1", title="", abstract=[AbstractSection(text=s)
                                                            for s in abstract], **record)
        return verify(claim, record=source).status
    return verify(claim, abstract=abstract).status


def test_the_design_named_in_methods_holds_for_the_finding() -> None:
    assert _status("A randomised trial found that febuxostat lowered serum urate in adults "
                   "with gout more than allopurinol.", _TRIAL) == "supported"
    assert _status("一项随机对照试验发现，与别嘌醇相比，非布司他更能降低痛风成人的血尿酸。",
                   _TRIAL) != "not_found"


def test_another_design_is_not_lent() -> None:
    verdict = verify("A meta-analysis found that febuxostat lowered serum urate in adults with "
                     "gout more than allopurinol.", abstract=_TRIAL)
    assert verdict.status == "partially_supported"
    assert "meta-analysis" in verdict.rationale


def test_publication_types_name_the_design() -> None:
    abstract = ["Febuxostat lowered serum urate in adults with gout more than allopurinol."]
    claim = ("A randomised trial found that febuxostat lowered serum urate in adults with gout "
             "more than allopurinol.")
    assert _status(claim, abstract, publication_types=["Randomized Controlled Trial"]) == \
        "supported"
    assert _status(claim, abstract, publication_types=["Meta-Analysis"]) == \
        "partially_supported"
    # a study whose design nothing tells is not judged on it
    assert _status(claim, abstract) == "supported"


def test_background_sentences_get_no_design() -> None:
    glossary = load_glossary()
    record = SourceRecord(pmid="1", title="", publication_types=["Randomized Controlled Trial"],
                          abstract=[AbstractSection(label="BACKGROUND", text=(
                              "Earlier cohort studies suggested that febuxostat lowers urate.")),
                              AbstractSection(label="RESULTS", text=_TRIAL[1][9:])])
    units = source_units(record, None, glossary)
    assert "randomised trial" in study_concepts(units, record, glossary)
    claim = "A randomised trial found that febuxostat lowers urate."
    verdict = verify(claim, record=record)
    assert all("Earlier" not in e.text for e in verdict.evidence if e.role == "supports")


def test_a_hazard_ratio_states_a_risk_and_never_opposes() -> None:
    abstract = ["Major bleeding occurred in 2.1% of patients with apixaban and 3.1% with "
                "warfarin (hazard ratio, 0.69; 95% CI, 0.60 to 0.80)."]
    assert _status("Apixaban lowered the risk of major bleeding compared with warfarin.",
                   abstract) == "supported"
    assert _status("Apixaban increased the risk of major bleeding compared with warfarin.",
                   abstract) == "not_found"


def test_framing_words_are_no_key_terms() -> None:
    abstract = ["CONCLUSIONS: Daily walking reduced systolic blood pressure in older adults."]
    assert _status("好消息是，研究证明每天步行可以降低老年人的收缩压。", abstract) == "supported"


_ENROLLED = [
    "METHODS: Adults aged 65 years or older with chronic kidney disease but no history of gout "
    "were eligible.",
    "RESULTS: A total of 2,418 participants were enrolled; 1,210 were assigned to allopurinol.",
]


def test_a_sample_found_with_its_value_is_described_anywhere_in_the_source() -> None:
    assert _status("The trial enrolled 2,418 adults with chronic kidney disease.",
                   _ENROLLED) == "supported"
    assert _status("该试验共纳入约2400名患有慢性肾病的成年人。", _ENROLLED) == "supported"
    # a description the source never gives is still missing
    assert _status("The trial enrolled 2,418 adults with heart failure.",
                   _ENROLLED) != "supported"


def test_another_sample_size_is_not_judged_on_a_description_elsewhere() -> None:
    # the value differs: only a figure described beside it could contradict the claim
    assert _status("The trial enrolled 3,418 adults with chronic kidney disease.",
                   _ENROLLED) != "contradicted"


def test_a_sentence_forming_the_groups_denies_nothing() -> None:
    grouping = ("The cohort was divided into 4 groups according to coffee intake: abstainers, "
                "reducers (reduced intake by a minimum of 50% without stopping), stable "
                "drinkers and quitters.")
    assert _status("Participants who stop drinking coffee reduce migraine risk by "
                   "approximately 50%.", [grouping]) != "contradicted"


def test_sameness_in_other_words_is_not_opposed() -> None:
    abstract = ["RESULTS: Pain scores did not differ significantly between the two groups at "
                "6 months."]
    for claim in ("At six months, pain scores were identical in the two groups.",
                  "At six months, pain scores were similar in the two groups."):
        assert _status(claim, abstract) == "supported"
    assert _status("At six months, pain scores were much lower in the treated group.",
                   abstract) == "contradicted"


def test_a_relative_clause_on_the_people_counted_describes_them() -> None:
    abstract = ["METHODS: We enrolled 5,000 adults aged 50 to 60 years who never smoked."]
    assert _status("研究纳入了5000名从不吸烟的成年人。", abstract) == "supported"
    assert _status("The study enrolled 5,000 adults who had never smoked.", abstract) == \
        "supported"


def test_the_clause_about_the_claims_subject_decides_its_direction() -> None:
    abstract = ["CONCLUSIONS: Greater consumption of specific whole grains, particularly oats "
                "and barley, is significantly associated with a lower risk of gout, whereas "
                "greater consumption of fruit juice is associated with a higher risk."]
    assert _status("Drinking more fruit juice was associated with a lower risk of gout.",
                   abstract) != "supported"


def test_polarity_is_read_where_the_claims_content_words_are() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.match import polarity_at

    glossary = load_glossary()
    claim = analyse("Drinking more fruit juice was associated with a lower risk of type 2 "
                    "diabetes.", glossary, claim=True).terms
    sentence = analyse("Greater consumption of specific whole fruits, particularly blueberries, "
                       "grapes, and apples, is significantly associated with a lower risk of "
                       "type 2 diabetes, whereas greater consumption of fruit juice is associated "
                       "with a higher risk.", glossary)
    assert polarity_at(claim, sentence.terms, sentence.clauses, glossary).direction == 1


def test_a_reporting_frame_is_no_part_of_the_claim() -> None:
    from claimcheck.evidence.analysis import blank_frame

    assert blank_frame("研究发现，每天步行可降低血压。").strip() == "每天步行可降低血压。"
    assert blank_frame("The study found that walking lowers blood pressure.").strip() == \
        "walking lowers blood pressure."
    assert blank_frame("这项试验发现，步行可降低血压。").startswith("这项试验")  # design kept
    verdict = verify("研究发现，每天步行能降低老年人的收缩压并改善睡眠。",
                     abstract=["CONCLUSIONS: Daily walking reduced systolic blood pressure in "
                               "older adults."])
    assert "研究" not in verdict.rationale


def test_a_long_dictionary_word_jieba_cuts_is_read_whole() -> None:
    from claimcheck.evidence.analysis import analyse

    key = analyse("幽门螺杆菌感染与胃溃疡有关。", load_glossary(), claim=True).terms.key
    assert "zh:幽门螺杆菌" in key and "zh:幽门" not in key
    assert verify("幽门螺杆菌感染的男性更容易患胃溃疡。", abstract=[
        "RESULTS: Men infected with Helicobacter pylori more often developed gastric ulcers."
    ]).status != "not_found"


def test_chinese_general_terms_whose_dictionary_reading_misses() -> None:
    from claimcheck.evidence.analysis import analyse

    glossary = load_glossary()
    key = analyse("在饮酒的中年男性中，痛风的累积发生率较高，对照组较低。", glossary,
                  claim=True).terms.key
    assert {"alcohol drinking", "middle-aged", "cumulative", "control group"} <= key
    source = analyse("Middle-aged men who drank alcohol had a higher cumulative incidence of "
                     "gout than the control group.", glossary).terms.all
    assert {"alcohol drinking", "middle-aged", "cumulative", "control group"} <= source


def test_a_significant_change_against_no_difference_is_contradicted() -> None:
    abstract = ["RESULTS: Fracture rates did not differ significantly between the vitamin D "
                "and placebo groups during follow-up."]
    assert _status("Vitamin D significantly lowered fracture rates compared with placebo.",
                   abstract) == "contradicted"
    # a claim silent on significance is only not found there
    assert _status("Vitamin D lowered fracture rates compared with placebo.",
                   abstract) != "supported"
