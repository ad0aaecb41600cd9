"""Result sentences about "the groups" read with the arms the title and methods name, and a
sentence of no difference agreeing with a claim that denies a change (session 6)."""

from __future__ import annotations

from claimcheck import verify
from claimcheck.evidence.groups import compared_in_title

TITLE = ("Effect of oral zinc on duration of the common cold in adults with early "
         "symptoms: a randomized controlled trial")
ABSTRACT = [
    "OBJECTIVE To test whether oral zinc shortens colds.",
    "METHODS Adults were randomly assigned to 80 mg of zinc daily (n = 150) or placebo "
    "(n = 150) for 7 days.",
    "RESULTS The duration of cold symptoms did not differ between the groups.",
    "No statistically significant difference between groups was found for quality of life "
    "(P = .41).",
]


def test_title_names_what_was_given_and_to_whom() -> None:
    assert compared_in_title(TITLE) == ["oral zinc", "adults with early symptoms"]
    assert compared_in_title("Aspirin versus warfarin for atrial fibrillation") == [
        "Aspirin", "warfarin", "atrial fibrillation"]
    assert compared_in_title("Outcomes of a national survey") == []


def test_no_difference_supports_a_denied_change() -> None:
    verdict = verify("Oral zinc did not shorten the duration of cold symptoms in adults.",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status == "supported", verdict.rationale
    assert "did not differ between the groups" in verdict.evidence[0].text


def test_no_difference_contradicts_a_significant_change_of_the_arms() -> None:
    verdict = verify("Zinc significantly improved quality of life compared with placebo.",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status == "contradicted", verdict.rationale


def test_an_affirmed_change_is_not_supported_by_no_difference() -> None:
    verdict = verify("Oral zinc shortened the duration of cold symptoms in adults.",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status != "supported", verdict.rationale


def test_lent_words_never_make_a_contradiction_alone() -> None:
    # a claim about the title's outcome, not about the arms' comparison: what the groups
    # sentence is lent (zinc, adults) cannot make up the three terms a contradiction takes
    verdict = verify("In adults, zinc lozenges are associated with fewer sick days at work.",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status != "contradicted", verdict.rationale


def test_figures_of_a_denial_stated_around_them_agree() -> None:
    # the claim denies in a clause of its own, the source around the figures
    abstract = ["RESULTS There was no significant difference in 30-day readmission "
                "(41 patients in the nurse-call group vs 44 in the usual-care group; P = .71)."]
    claim = ("Readmissions were 41 in the nurse-call group and 44 with usual care, "
             "and the difference was not significant.")
    verdict = verify(claim, title="Nurse calls after discharge", abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale
    zh = "护士电话组和常规护理组分别有41人和44人再入院，差别没有统计学意义。"
    assert verify(zh, title="Nurse calls after discharge",
                  abstract=abstract).status != "contradicted"


def test_a_leading_label_with_commas_marks_a_methods_sentence() -> None:
    from claimcheck.evidence.analysis import _LEAD_LABEL

    m = _LEAD_LABEL.match("DESIGN, SETTING, AND PARTICIPANTS Randomized trial of 300 men.")
    assert m is not None and m.group(1) == "DESIGN, SETTING, AND PARTICIPANTS"


def test_a_comparison_in_words_is_a_part_of_its_own() -> None:
    abstract = ["RESULTS Seven patients in each group had a second operation (P = .99)."]
    verdict = verify("Seven patients in each group had a second operation, but patients in "
                     "the splint group were more satisfied with their recovery.",
                     title="Splint or cast for wrist fractures", abstract=abstract)
    assert verdict.status == "partially_supported", verdict.rationale
    zh = "两组各有7名患者接受了二次手术，不过夹板组患者对恢复更满意。"
    assert verify(zh, title="Splint or cast for wrist fractures",
                  abstract=abstract).status == "partially_supported"


def test_a_contrast_part_without_a_subject_speaks_of_the_first_parts() -> None:
    from claimcheck.evidence.guards import with_subject

    assert with_subject("did not increase falls", "Sedatives were more likely to cause "
                        "drowsiness than placebo") == "Sedatives did not increase falls"
    assert with_subject("falls were rarer", "Sedatives were sedating") == "falls were rarer"
    abstract = ["RESULTS Sedatives were more likely to cause drowsiness than placebo "
                "(1.61, 1.20 to 2.10), but did not increase dropout rates (placebo: 1.05, 0.80 to 1.40)."]
    verdict = verify("People on sedatives dropped out more often than those on placebo.",
                     title="Sedatives in older people: meta-analysis", abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale


def test_a_sample_count_is_described_by_the_setting_sentence() -> None:
    abstract = ["SETTING Cardiology clinic of a Danish university hospital.",
                "PARTICIPANTS 214 patients with stable angina were recruited by their doctors.",
                "RESULTS Chest pain improved in both groups."]
    claim = "丹麦一所大学医院的心内科招募了214名稳定型心绞痛患者。"
    verdict = verify(claim, title="Walking for stable angina", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_a_result_wins_a_tie_with_the_methods_sentence_naming_the_same_outcomes() -> None:
    abstract = ["MAIN OUTCOME MEASURES The primary end point was survival; secondary end points "
                "were seizures and side effects of surgery.",
                "RESULTS There were no significant differences in seizures and side effects of "
                "surgery."]
    verdict = verify("Seizures and side effects of surgery were about the same in both arms.",
                     title="Early surgery for glioma", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale
    assert verdict.evidence[0].text.startswith("RESULTS")


def test_who_took_part_is_told_once_for_the_whole_study() -> None:
    abstract = ["PARTICIPANTS 312 women with stress incontinence were recruited from 9 clinics.",
                "RESULTS After 6 months, pelvic floor training brought no significant "
                "improvement in leakage compared with leaflets."]
    verdict = verify("Pelvic floor training brought no significant improvement in leakage for "
                     "the women, compared with leaflets.",
                     title="Pelvic floor training for incontinence", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_a_denial_agrees_with_non_significant_figures() -> None:
    abstract = ["RESULTS Median survival was 9.1 months with chemotherapy plus radiation and "
                "9.4 months with chemotherapy alone (P = .61)."]
    verdict = verify("Adding radiation to chemotherapy did not help patients live longer.",
                     title="Chemotherapy with or without radiation", abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_change_stated_of_an_outcome_the_source_never_names_is_not_found() -> None:
    abstract = ["RESULTS Higher intake of fibre was associated with a lower risk of coronary "
                "heart disease among women (RR 0.77; 95% CI, 0.62-0.95)."]
    title = "Dietary fibre and coronary heart disease in women"
    verdict = verify("Higher fibre intake was associated with a lower risk of stroke in women.",
                     title=title,
                     abstract=abstract)
    assert verdict.status == "not_found", verdict.rationale
    assert "never mentions" in verdict.rationale
    # a modifier of the outcome need not be named: the head is what changed
    ok = verify("Higher fibre intake was associated with a lower risk of coronary heart disease "
                "in women.", title=title, abstract=abstract)
    assert ok.status == "supported", ok.rationale


def test_a_methods_sentence_never_opposes_a_part() -> None:
    abstract = ["DESIGN, SETTING, AND PARTICIPANTS Comparison of vaccinated and not vaccinated "
                "infants enrolled in a national cohort that included all infants born at less "
                "than 32 weeks of gestation in 2015.",
                "RESULTS Of 2,210 infants, 1,340 were vaccinated."]
    claim = ("The cohort took in every baby born before 32 weeks of pregnancy in 2015, and 1,340 "
             "of the 2,210 infants were vaccinated.")
    verdict = verify(claim, title="Early vaccination of preterm infants", abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale
