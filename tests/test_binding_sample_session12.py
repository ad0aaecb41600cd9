"""A study's sample found with the claim's value, where the source says who took part in ways
other than an enrolment verb: a section label, "The study population consists of …"
(session 12). Topics of our own."""

from __future__ import annotations

from claimcheck import verify

_ELIGIBLE = "Adults with chronic heart failure treated in public hospitals were eligible."


def _status(claim: str, sample: str) -> str:
    return verify(claim, abstract=[_ELIGIBLE, sample, "RESULTS: Fasting glucose rose by "
                                   "0.4 mmol/L in 57 patients."]).status


def test_a_labelled_sample_is_described_where_the_source_says_who_took_part() -> None:
    sample = "PARTICIPANTS: 2,561 adults from 12 cities."
    assert _status("The cohort included 2,561 adults with chronic heart failure.",
                   sample) == "supported"


def test_a_nested_count_is_no_sample() -> None:
    sample = "PARTICIPANTS: 2,561 adults from 12 cities, 310 (12%) of whom were women."
    assert _status("这项队列研究纳入了2561名慢性心力衰竭成年患者。", sample) == "supported"
    assert _status("这项队列研究纳入了310名慢性心力衰竭成年患者。", sample) != "supported"
    assert _status("The cohort included 310 adults with chronic heart failure.",
                   sample) != "supported"


def test_a_study_population_is_a_sample() -> None:
    sample = "The study population consists of 2,561 adults from 12 cities (including 310 men)."
    assert _status("这项队列研究纳入了2561名慢性心力衰竭成年患者。", sample) == "supported"
    assert _status("这项队列研究纳入了310名慢性心力衰竭成年患者。", sample) != "supported"


def test_a_second_group_counted_beside_is_no_sample() -> None:
    sample = "PARTICIPANTS: 1,200 adults and 800 adolescents from 12 cities."
    assert _status("这项队列研究纳入了800名慢性心力衰竭成年患者。", sample) != "supported"
    assert _status("The cohort included 800 adults with chronic heart failure.",
                   sample) != "supported"


_FALLS = ["RESULTS: The rate of inpatient falls decreased from 8.2 per 1000 bed-days (95% CI, "
          "6-11) before the programme to 4.6 (95% CI, 3-6) after it."]
_WALKING = ["Walking and control groups lost a mean of 6.3% and 0.8% of weight, respectively, "
            "at 1 year."]


def test_the_second_figure_of_a_pair_of_rates_is_a_rate_too() -> None:
    assert verify("跌倒发生率从每千个住院日8.2次降到了4.6次。", abstract=_FALLS).status == \
        "supported"
    assert verify("跌倒发生率从每千个住院日8.2次降到了3.1次。", abstract=_FALLS).status != \
        "supported"


def test_a_two_word_form_said_apart_names_its_concept() -> None:
    assert verify("At one year, the control group's weight loss was 0.8%.",
                  abstract=_WALKING).status == "supported"
    # the figure stays its own group's
    assert verify("At one year, the walking group's weight loss was 0.8%.",
                  abstract=_WALKING).status != "supported"


def test_a_verb_named_beside_another_figure_is_required() -> None:
    # 步行 is known only as a verb; the sentence says it of 6.3%, so 0.8% is not its figure
    assert verify("一年时，步行组平均减重0.8%。", abstract=_WALKING).status != "supported"


_RECOVERY = ["RESULTS: More patients in the exercise group reported recovery: 68% (34/50) v 22% "
             "(11/50); odds ratio 7.1, 2.9 to 17.4."]


def test_the_unnamed_second_group_of_a_two_group_comparison_is_the_control() -> None:
    assert verify("About 68% of the exercise group reported recovery, against 22% of the "
                  "control group.", abstract=_RECOVERY).status == "supported"
    assert verify("约七成运动组患者报告康复，而对照组中这样的人约两成。",
                  abstract=_RECOVERY).status == "supported"


def test_a_comparison_of_named_groups_gives_no_control_figure() -> None:
    by_sex = ["RESULTS: More women than men reported recovery: 68% (34/50) v 22% (11/50); "
              "odds ratio 7.1, 2.9 to 17.4."]
    assert verify("约七成运动组患者报告康复，而对照组中这样的人约两成。",
                  abstract=by_sex).status != "supported"
    three = ["RESULTS: More patients in the exercise group reported recovery: 68% (34/50) v "
             "22% (11/50) in the stretching group and 10% (5/50) in the control group."]
    assert verify("About 68% of the exercise group reported recovery, against 22% of the "
                  "control group.", abstract=three).status != "supported"


def test_homocysteine_is_read_whole() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary

    g = load_glossary()
    # not 同型 + 半胱氨酸 ("cysteine"), nor 降同型 + 半胱氨酸
    assert "homocysteine" in analyse("降同型半胱氨酸的试验", g, claim=True).terms.all
    assert "homocysteine" in analyse("Trials lowering plasma homocysteine", g,
                                     claim=True).terms.all


def test_the_words_of_a_count_in_words_describe_whom_it_counts() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary

    g = load_glossary()
    text = "PARTICIPANTS Three hundred Chinese adults with gout."
    assert "china" in analyse(text, g).terms.all  # "Chinese" is not blanked with the number
    assert verify("这项试验纳入了三百名患痛风的中国成年人。",
                  abstract=["Adults with gout were eligible.", text]).status == "supported"


def test_a_form_said_apart_counts_an_abbreviations_long_form() -> None:
    abstract = ["BACKGROUND: Acute lower respiratory infection (ALRI) is a leading cause of "
                "admission in older adults.",
                "RESULTS: We estimated that 4.6 million episodes of severe ALRI and 1.2 million "
                "episodes of mild ALRI resulted in admission."]
    assert verify("About 4.6 million admissions were for severe infections.",
                  abstract=abstract).status == "supported"
    # the mild episodes' figure is not the severe ones'
    assert verify("About 1.2 million admissions were for severe infections.",
                  abstract=abstract).status != "supported"


def test_a_middle_school_is_a_junior_middle_school() -> None:
    abstract = ["Students enrolled in public middle and high schools were eligible.",
                "The study population consists of 12 480 adolescents from 40 cities."]
    assert verify("研究覆盖约1.25万名初中和高中学生。", abstract=abstract).status == "supported"


def test_two_nouns_said_apart_need_their_own_concept_free() -> None:
    # "renal flare … after a previous remission" says no "renal remission" of 22.5%
    abstract = ["Overall, 55.0% of patients with IgA nephropathy reached renal remission on "
                "budesonide.",
                "Nine of 40 (22.5%) patients had a renal flare after a previous remission."]
    assert verify("22.5% of patients achieved renal remission.", abstract=abstract).status \
        != "supported"
    assert verify("22.5%的患者获得了肾脏缓解。", abstract=abstract).status != "supported"
