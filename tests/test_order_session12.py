"""Order in time and rank order, session 12 (evidence/order.py): a claim's "X before Y" (早于,
先于, 在…之前, once …) or rank move ("from 15th to 8th", 从第15位升至第8位) against the source's
own. Two things the other way round are `contradicted` only where each of the claim's two
reads clearly as one of the source's; a rank move the source never prints is not
`supported`. Topics of our own: influenza strains, vaccination scares, hip surgery, a city's
air-quality ranking."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.order import Order, orders, ranks

STRAINS = [
    "We dated the emergence of two influenza strains from archived samples.",
    "Strain A1 emerged at least five years before strain B2 in every region sampled.",
]


@pytest.mark.parametrize(("text", "earlier", "later"), [
    ("Strain A1 emerged before strain B2.", "Strain A1 emerged", "strain B2"),
    ("Strain B2 emerged after strain A1.", "strain A1", "Strain B2 emerged"),
    ("Uptake recovered only once the scare was over.", "the scare was over",
     "Uptake recovered only"),
    ("Before surgery, most patients walked with a stick.", "most patients walked with a stick",
     "surgery"),
    ("A1株的出现早于B2株。", "A1株的出现", "B2株"),
    ("B2株晚于A1株出现。", "A1株出现", "B2株"),
    ("在手术之前，多数患者需要拐杖。", "多数患者需要拐杖", "手术"),
    ("患者先接受理疗，再接受手术。", "接受理疗", "接受手术"),
])
def test_orders_read(text: str, earlier: str, later: str) -> None:
    assert Order(earlier, later, orders(text)[0].cue) in orders(text)


@pytest.mark.parametrize("text", ["The trial followed 2,056 people for a median of 5 years.",
                                  "During follow-up, 30 patients died.",
                                  "The drug was given once daily."])
def test_no_order_in_follow_up_or_once_daily(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(("claim", "expected"), [
    ("Strain B2 emerged at least five years before strain A1 [1].", "contradicted"),
    ("Strain A1 emerged at least five years before strain B2 [1].", "supported"),
    ("B2株的出现比A1株早至少五年[1]。", None),
    ("B2株的出现早于A1株至少五年[1]。", "contradicted"),
])
def test_two_named_things_the_other_way_round(claim: str, expected: str | None) -> None:
    status = verify(claim, abstract=STRAINS).status
    assert status == expected if expected else status != "supported"


SCARE = [
    "We studied measles vaccination coverage in one county from 1995 to 2005.",
    "Coverage had begun to decline before the media scare about the vaccine.",
]


def test_an_event_put_after_what_the_source_puts_it_before() -> None:
    turned = verify("Vaccination coverage only declined once the media scare about the vaccine "
                    "was under way [1].", abstract=SCARE)
    assert turned.status == "contradicted"
    assert turned.evidence[0].text == SCARE[1]


def test_two_states_at_two_times_are_no_order_the_other_way() -> None:
    hips = ["Before surgery, most patients walked with a stick.",
            "Six months after surgery, walking speed had improved in most patients."]
    assert verify("Walking speed improved after hip surgery in most patients [1].",
                  abstract=hips).status != "contradicted"


AIR = [
    "We ranked 40 cities on annual air-quality indices between 2010 and 2020.",
    "The city's rank for fine-particle pollution went from 8th to 15th, and its rank for "
    "ozone from 20th to 12th.",
]


def test_ranks_read() -> None:
    (move,) = ranks("在空气质量排名中，该市从第15位升至第8位。")
    assert (move.first, move.last) == (15, 8)
    assert [(r.first, r.last) for r in ranks(AIR[1])] == [(8, 15), (20, 12)]


@pytest.mark.parametrize(("claim", "expected"), [
    ("The city climbed in the ranking for fine-particle pollution, from 15th to 8th [1].",
     "contradicted"),
    ("在细颗粒物污染排名中，该市从第15位升至第8位[1]。", "contradicted"),
    ("The city moved up in the ranking for fine-particle pollution [1].", "contradicted"),
    ("The city's rank for ozone went from 20th to 12th [1].", "supported"),
])
def test_a_rank_move_the_other_way(claim: str, expected: str) -> None:
    assert verify(claim, abstract=AIR).status == expected


def test_a_rank_move_the_source_never_prints_is_not_supported() -> None:
    assert verify("The city's rank for ozone went from 20th to 10th [1].",
                  abstract=AIR).status != "supported"


RASH = ["Fever appeared two days before the rash in most children."]


@pytest.mark.parametrize(("claim", "turned"), [
    ("The rash appeared before the fever [1].", True),
    ("皮疹出现在发热之前[1]。", True),
    ("发热早于皮疹出现[1]。", False),  # and supported: the comparison is an order
    ("Fever appeared before the rash [1].", False),
    ("The rash appeared before the headache [1].", False),  # the headache is not the fever
])
def test_which_of_two_symptoms_came_first(claim: str, turned: bool) -> None:
    assert (verify(claim, abstract=RASH).status == "contradicted") == turned


def test_an_order_in_chinese_is_stated_by_an_english_order() -> None:
    assert verify("发热早于皮疹出现[1]。", abstract=RASH).status == "supported"


@pytest.mark.parametrize("text", ["Ferritin was measured before and after each infusion.",
                                  "Pain was scored before, during and after the procedure.",
                                  "在输注之前和之后都测量了铁蛋白。",
                                  "The following year, uptake rose again."])
def test_both_sides_of_an_event_or_the_following_year_state_no_order(text: str) -> None:
    assert orders(text) == []


def test_measured_before_and_after_is_not_turned_by_measured_before() -> None:
    assert verify("Ferritin was measured before and after each infusion [1].",
                  abstract=["Before the first infusion, ferritin was measured in all patients."]
                  ).status != "contradicted"
