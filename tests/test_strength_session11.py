"""Session 11 (issue 9h): the light-weight clause analysis and the harder Chinese set."""

from __future__ import annotations

from pathlib import Path

from claimcheck.strength.clauses import _segments, clause_features
from claimcheck.strength.corpus import load_labelled
from claimcheck.strength.cues import find_cues

ROOT = Path(__file__).resolve().parents[1]


def _features(text: str) -> dict[str, float]:
    return clause_features(text, find_cues(text, "en"))


def test_that_after_a_hedging_verb_opens_a_content_clause() -> None:
    kinds = [kind for _, _, kind, _ in _segments(
        "These data indicate that daily walking lowers blood pressure.")]
    assert kinds == ["main", "content:hedge"]
    found = _features("These data indicate that daily walking lowers blood pressure.")
    assert found["c:top:causal:content:hedge:plain"] == 1.0


def test_that_after_a_noun_is_a_relative_clause() -> None:
    kinds = [kind for _, _, kind, _ in _segments(
        "The drug that lowers cholesterol was given to 40 volunteers.")]
    assert kinds == ["main", "relative"]


def test_conditional_clause_returns_to_the_main_clause_at_the_comma() -> None:
    kinds = [kind for _, _, kind, _ in _segments(
        "If the dose is doubled, the tablets may damage the liver.")]
    assert kinds == ["condition", "main"]
    found = _features("If the dose is doubled, the tablets may damage the liver.")
    assert found["c:top:causal:main:modal"] == 1.0


def test_a_participle_after_a_comma_is_its_own_clause() -> None:
    kinds = [kind for _, _, kind, _ in _segments(
        "Fish intake was linked to fewer strokes, suggesting that omega-3 fats may help.")]
    assert kinds == ["main", "participial", "content:hedge"]


def test_negation_anywhere_before_the_cue_in_its_clause_is_its_scope() -> None:
    found = _features("Neither the low dose nor the high dose of the tablet was associated "
                      "with weight gain.")
    assert found["c:top:correlational:main:neg"] == 1.0


def test_a_relation_in_the_subject_before_the_finite_verb_is_not_asserted() -> None:
    found = _features("Reduced sleep during the trial period was common.")
    assert any(name.startswith("c:place:causal") and name.endswith(":subject")
               for name in found)


def test_comparison_in_the_clause_of_the_asserted_relation() -> None:
    found = _features("Smokers had a higher risk of gum disease than non-smokers.")
    assert found["c:top:correlational:compare"] == 1.0


def test_no_relation_cue_gives_no_clause_features() -> None:
    assert _features("The trial enrolled 412 patients in nine hospitals.") == {}


def test_the_harder_chinese_set_is_balanced_and_distinct_from_the_first() -> None:
    hard = load_labelled(ROOT / "bench" / "data" / "claim_strength_zh_hard.csv")
    first = {s for s, _ in load_labelled(ROOT / "bench" / "data" / "claim_strength_zh.csv")}
    assert len(hard) == 80
    assert sorted({label for _, label in hard}) == [0, 1, 2, 3]
    assert all(sum(1 for _, y in hard if y == k) == 20 for k in range(4))
    assert not first & {s for s, _ in hard}
    assert len({s for s, _ in hard}) == 80


def test_asserted_features_name_the_asserted_relation_and_its_clause() -> None:
    from claimcheck.strength.clauses import asserted_features

    text = "Although exercise reduces weight, fish oil may be linked to fewer strokes."
    found = asserted_features(text, find_cues(text, "en"))
    assert "c:asserted:correlational:asserted:modal" in found
    assert not any(":subordinate:" in name for name in found)


def test_the_shipped_english_model_does_not_use_clause_features() -> None:
    from claimcheck.strength.model import load_weights

    assert not any(name.startswith("c:") for name in load_weights()["models"]["en"])
