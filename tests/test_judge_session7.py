"""Session 7 judge classes, each on topics of its own: a figure's own clause deciding its
direction, groups described by a negation, "similar to" agreeing with a denied change,
reporting frames, second statements joined with 也/还, and parts stated beside the figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claimcheck import verify
from claimcheck.commands.verify import split_title
from claimcheck.evidence.analysis import blank_frame
from claimcheck.evidence.text import stem

TITLE = "Trends in measles incidence among schoolchildren over 40 years"
ABSTRACT = [
    "RESULTS Measles incidence per 100 000 children rose from 12 to 95 until 1990 (P<.001) "
    "and then fell to 8 by 2010 (P<.001).",
    "Children who never received a vaccine had hospital admission rates similar to those of "
    "children in the national registry (rate ratio 1.03).",
    "Children who received two doses had measles rates similar to that of children who never "
    "travelled abroad.",
]


def test_a_figures_own_clause_decides_its_direction() -> None:
    verdict = verify("麻疹发病率在1990年达到每10万名儿童95例的高峰，到2010年降到了8例[1]。",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status != "contradicted", verdict.rationale
    verdict = verify("Measles incidence then rose further, to 8 per 100 000 children by 2010.",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status != "supported", verdict.rationale


def test_people_who_never_took_it_are_a_group_not_a_denial() -> None:
    verdict = verify("Children who never received a vaccine were admitted to hospital at about "
                     "the same rate as children in the national registry (rate ratio 1.03).",
                     title=TITLE, abstract=ABSTRACT)
    assert verdict.status != "contradicted", verdict.rationale


def test_similar_to_agrees_with_a_denied_change() -> None:
    verdict = verify("Two doses of the vaccine did not raise measles rates compared with "
                     "children who never travelled abroad.", title=TITLE, abstract=ABSTRACT)
    assert verdict.status == "supported", verdict.rationale
    assert "similar to" in verdict.evidence[0].text


def test_chinese_comparison_group_with_a_negation_is_described() -> None:
    title = "Knee replacement and falls in older adults: a matched cohort study"
    abstract = ["RESULTS All 2,410 adults with knee replacement were matched by age and sex "
                "to 2,410 adults without surgery."]
    verdict = verify("研究纳入2410名接受膝关节置换的成年人，并与同样数量的未手术成年人一一匹配[1]。",
                     title=title, abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale


def test_reporting_frames_with_more_verbs_and_at_the_end_are_blanked() -> None:
    assert blank_frame("Salt substitutes may lower blood pressure, the researchers warn.") \
        .rstrip(" .") == "Salt substitutes may lower blood pressure"
    assert blank_frame("The authors caution that the sample was small.").strip() == \
        "the sample was small."
    assert blank_frame("Pain fell, according to the authors.").rstrip(" .") == "Pain fell"
    # a place, not a frame
    assert blank_frame("Pain fell in the study.") == "Pain fell in the study."


def test_irregular_plurals_share_their_singulars_stem() -> None:
    assert stem("children") == stem("child")
    assert stem("women") == stem("woman")
    assert stem("men") == stem("man")


ASTHMA = [
    "RESULTS Among patients with asthma, higher body weight and older age were independently "
    "associated with death.",
    "METHODS Length of hospital stay was recorded for all participants.",
]


def test_a_second_statement_joined_with_ye_is_checked() -> None:
    verdict = verify("体重越高、年龄越大的哮喘患者死亡风险越高，他们的住院时间也越长[1]。",
                     title="Body weight and death in patients with asthma", abstract=ASTHMA)
    assert verdict.status == "partially_supported", verdict.rationale


IRON = [
    "RESULTS Ferritin was raised by 18.2 ug/L (31%; P < .001) in the iron group and by "
    "1.1 ug/L (2%; P = .61) in the placebo group at 12 weeks.",
    "Fatigue scores at 12 weeks were 4.1 with iron and 4.4 with placebo (P = .47).",
]


def test_a_part_is_stated_by_the_sentence_that_states_the_figures() -> None:
    verdict = verify("The tablets did raise ferritin stores, by 31% within 12 weeks.",
                     title="Oral iron for fatigue in non-anaemic women", abstract=IRON)
    assert verdict.status == "supported", verdict.rationale
    # the part's own words must be there: "and made the women less tired" is not
    verdict = verify("Ferritin rose by 31% within 12 weeks, and the tablets made the women "
                     "feel much less tired.",
                     title="Oral iron for fatigue in non-anaemic women", abstract=IRON)
    assert verdict.status == "partially_supported", verdict.rationale


def test_significance_of_a_part_is_read_from_the_figures_sentence() -> None:
    title = "Oral iron for fatigue in non-anaemic women"
    verdict = verify("Fatigue scores were 4.1 with iron and 4.4 with placebo, a gap that was "
                     "not statistically significant.", title=title, abstract=IRON)
    assert verdict.status == "supported", verdict.rationale
    verdict = verify("Fatigue scores were 4.1 with iron and 4.4 with placebo, a gap that was "
                     "statistically significant.", title=title, abstract=IRON)
    assert verdict.status == "contradicted", verdict.rationale


PALSY = [
    "CONTEXT Cerebral palsy (CP) is a major outcome of very preterm birth.",
    "RESULTS At age 3 years, 97 (11.3%) of 860 survivors had CP.",
    "Mortality at 28 days was 19.2% in the SRS group and 31.5% in the sham group.",
]


def test_a_figure_beside_an_abbreviation_measures_its_long_form() -> None:
    verdict = verify("在860名存活儿中，有97名（11.3%）在三岁时被诊断为脑瘫[1]。",
                     title="Cerebral palsy after very preterm birth", abstract=PALSY)
    assert verdict.status == "supported", verdict.rationale


def test_an_abbreviation_read_beside_a_figure_takes_no_other_value_for_it() -> None:
    # "SRS" is not defined here, but even a long form lent to the figure's clause must not
    # make 19.2% another value of a claim's mortality in another group
    verdict = verify("Mortality at 28 days was 25.0% in the sham group.",
                     title="Cerebral palsy after very preterm birth", abstract=PALSY)
    assert verdict.status != "supported", verdict.rationale


def test_a_change_said_again_of_another_subject_is_a_part() -> None:
    abstract = ["RESULTS Surgery was associated with a lower risk of stroke (HR 0.41, 95% CI "
                "0.22-0.77)."]
    verdict = verify("手术患者发生卒中的风险降低了近六成（风险比0.41），抑郁症的发生率也明显下降[1]。",
                     title="Surgery and stroke in obese adults", abstract=abstract)
    assert verdict.status == "partially_supported", verdict.rationale


SURVEY = [
    "RESULTS By 5 years of age, 1318 (57%) had been vaccinated, and 212 (9.2%) had had "
    "measles.",
    "Hospital admission rates were 41.5% in the early group, 33.8% in the late group and "
    "62.7% in the control group.",
]


def test_two_figures_of_one_clause_found_together_name_their_result() -> None:
    verdict = verify("到五岁时，这些孩子中约有57%（1318名）已经接种了疫苗[1]。",
                     title="Measles vaccination in a birth cohort", abstract=SURVEY)
    assert verdict.status == "supported", verdict.rationale


def test_figures_of_other_clauses_do_not_pair() -> None:
    # the arms swapped: each figure has a clause of its own, so each keeps its arm's words
    verdict = verify("对照组的住院率为62.7%，早期组为33.8%，晚期组为41.5%[1]。",
                     title="Measles vaccination in a birth cohort", abstract=SURVEY)
    assert verdict.status != "supported", verdict.rationale


def test_british_and_american_spellings_are_one_word() -> None:
    assert stem("centres") == stem("centers")
    assert stem("tumour") == stem("tumor")
    assert stem("paediatric") == stem("pediatric")
    verdict = verify("The trial enrolled 212 children with asthma at 14 paediatric centres.",
                     title="Inhaled budesonide in childhood asthma",
                     abstract=["METHODS We enrolled 212 children with asthma at 14 pediatric "
                               "centers."])
    assert verdict.status == "supported", verdict.rationale


def test_on_top_of_is_in_addition_to() -> None:
    verdict = verify("Patients took the drug for 8 months on top of their usual medicines, "
                     "and 62% improved.",
                     title="Drug X in heart failure",
                     abstract=["RESULTS Patients received drug X for 8 months in addition to "
                               "their usual medicines, and 62% improved."])
    assert verdict.status == "supported", verdict.rationale


def test_a_first_line_without_a_stop_is_read_as_the_title(tmp_path: Path) -> None:
    assert split_title("Zinc versus placebo for colds: a randomised trial\nRESULTS No "
                       "difference.") == ("Zinc versus placebo for colds: a randomised trial",
                                          "RESULTS No difference.")
    assert split_title("RESULTS No difference.\nCONCLUSIONS None.")[0] == ""
    assert split_title("One line only")[0] == ""
    abstract = tmp_path / "abstract.txt"
    abstract.write_text("Multiple-dose activated charcoal in acute self-poisoning: a randomised "
                        "controlled trial\nFINDINGS Mortality did not differ between the "
                        "groups.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "verify",
         "Repeated doses of activated charcoal did not reduce deaths from self-poisoning",
         "--abstract-file", str(abstract), "--json"],
        capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["status"] == "supported"
    assert "as the title" in out.stderr


def test_medical_british_spellings_are_american() -> None:
    for british, american in [("hyponatraemia", "hyponatremia"), ("ischaemic", "ischemic"),
                              ("oedema", "edema"), ("dyspnoea", "dyspnea"),
                              ("haemodialysis", "hemodialysis"), ("anaesthesia", "anesthesia"),
                              ("oesophageal", "esophageal")]:
        assert stem(british) == stem(american), british
    for word in ("does", "goes", "aerobic", "toes", "poem"):
        assert stem(word) == stem(word.upper()) and "e" in stem(word), word


def test_a_sentence_of_no_difference_naming_no_side_speaks_of_the_arms() -> None:
    title = "Early mobilisation versus bed rest for acute low back pain: a randomized trial"
    abstract = ["RESULTS Pain at 4 weeks was lower with early mobilisation (P = .01).",
                "Hospital admission did not differ.",
                "No differences in rates of falls or fractures were observed."]
    verdict = verify("早期活动组患者的住院率明显低于卧床休息组[1]。", title=title,
                     abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale
    # a sentence of no difference about other outcomes states nothing of this one
    verdict = verify("Early mobilisation significantly reduced the use of opioids.",
                     title=title, abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale
    verdict = verify("Early mobilisation is not linked to later back surgery.", title=title,
                     abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


def test_chinese_change_is_stated_of_what_stands_before_it() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary
    from claimcheck.evidence.match import changed_content

    g = load_glossary()
    sleep = changed_content(analyse("运动组患者的夜间睡眠也有明显改善", g, claim=True).terms, g)
    assert sleep and all(c.startswith("zh:") for c in sleep)  # 夜间, 睡眠: not the group
    assert "incidence" in changed_content(
        analyse("二甲双胍使糖尿病发病率降低了31%", g, claim=True).terms, g)
    assert "metformin" not in changed_content(
        analyse("二甲双胍使糖尿病发病率降低了31%", g, claim=True).terms, g)


def test_a_part_must_name_what_it_says_changed() -> None:
    abstract = ["RESULTS Most (88, 94%) participants completed the 10 week study.",
                "Significantly more patients in the yoga group reported a large improvement in "
                "back pain."]
    verdict = verify("几乎所有参与者（88人，占94%）都完成了10周的研究，瑜伽组患者的夜间睡眠也有明显改善[1]。",
                     title="Yoga for chronic back pain: a randomised trial", abstract=abstract)
    assert verdict.status == "partially_supported", verdict.rationale


def test_two_measures_named_in_order_take_their_figures_in_order() -> None:
    abstract = ["RESULTS Ultrasound had a sensitivity and specificity of 91.2% (85.0% to 95.0%) "
                "and 70.4% (61.0% to 78.0%)."]
    title = "Ultrasound for appendicitis in children: a diagnostic accuracy study"
    verdict = verify("Ultrasound had a specificity of 91.2%.", title=title, abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale
    verdict = verify("Ultrasound had a sensitivity of 91.2%.", title=title, abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_significance_said_of_the_claims_figures_decides() -> None:
    abstract = ["RESULTS The fall in systolic pressure at 8 weeks was 6.4 mm Hg in the garlic "
                "group and 4.9 mm Hg in the placebo group (P = .41)."]
    title = "Garlic extract for hypertension: a randomised trial"
    verdict = verify("Blood pressure fell significantly more with garlic (6.4 vs 4.9 mm Hg).",
                     title=title, abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale
    verdict = verify("Blood pressure fell with garlic and with placebo alike (6.4 vs 4.9 mm Hg).",
                     title=title, abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale
