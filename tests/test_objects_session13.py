"""A direction verb and its own object (session 13, evidence/objects.py): a sentence with verbs
of both directions still gives the claim's object one of them; the other direction on the very
object the claim's verb acts on is `contradicted`."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.objects import actions, object_clash

SOURCE = ["Brown adipose tissue (BAT) burns fat to make heat.",
          "Remarkably, the compound reduces fat mass of obese mice by inducing BAT "
          "thermogenesis, lipolysis and mitochondrial uncoupling."]


def test_reading() -> None:
    g = load_glossary()
    read = [(a.direction, a.verb) for a in actions(SOURCE[1], g)]
    assert read == [(-1, "reduces"), (1, "inducing")]
    pairs = {"BAT": "brown adipose tissue"}
    assert object_clash("The compound prevents brown adipose tissue thermogenesis.",
                        SOURCE[1], g, pairs) == ("prevents", "inducing")
    assert object_clash("The compound promotes brown adipose tissue thermogenesis.",
                        SOURCE[1], g, pairs) is None
    assert object_clash("The compound prevents hepatic lipogenesis.", SOURCE[1], g) is None
    assert object_clash("The compound does not prevent BAT thermogenesis.", SOURCE[1],
                        g, pairs) is None
    assert object_clash("该化合物能抑制棕色脂肪的产热。", "该化合物通过促进棕色脂肪的产热减少脂肪。",
                        g) == ("抑制", "促进")


def test_the_other_direction_on_the_same_object_is_contradicted() -> None:
    wrong = claimcheck.verify("The compound prevents brown adipose tissue thermogenesis [1].",
                              abstract=SOURCE)
    right = claimcheck.verify("The compound induces brown adipose tissue thermogenesis [1].",
                              abstract=SOURCE)
    assert wrong.status == "contradicted"
    assert right.status != "contradicted"


def test_another_object_decides_nothing() -> None:
    verdict = claimcheck.verify("The compound prevents hepatic lipogenesis [1].",
                                abstract=SOURCE)
    assert verdict.status != "contradicted"


def test_a_removed_subject_is_left_to_the_function_reading() -> None:
    g = load_glossary()
    pairs = {"BAT": "brown adipose tissue"}
    assert object_clash("Knockout of Ucp1 prevents brown adipose tissue thermogenesis.",
                        SOURCE[1], g, pairs) is None
    assert object_clash("The compound prevents brown adipose tissue thermogenesis.",
                        "Ucp1 knockout reduced fat mass by inducing BAT thermogenesis.", g,
                        pairs) is None
