"""Study arms a source defines once and then counts by name.

A trial abstract often says what each arm received in its methods ("… to an intervention
group, which received free e-cigarettes and e-liquids, …, or to a control group, which
received standard counseling and a voucher") and then reports by the arm's name only ("622
participants were assigned to the intervention group, and 624 to the control group"). An
article says it the other way: "622 received free e-cigarettes …". Each figure bound to a
named arm is therefore read with the words of that arm's definition as its own context.
"""

from __future__ import annotations

import dataclasses
import re

from claimcheck.evidence.analysis import QuantityInfo, Unit, analyse
from claimcheck.evidence.glossary import Glossary

#: "an intervention group, which received …", "the usual-care group, who were given …"
_DEFINITION = re.compile(
    r"\b(?:an?|the)\s+(?P<arm>(?:[A-Za-z-]+\s+){1,2}?)(?:group|arm),?\s+(?:which|who|that)\s+"
    r"(?:received|were given|was given|got|underwent|were offered|was offered)\s+"
    r"(?P<what>.+?)(?=,?\s+or\s+(?:to\s+)?(?:an?|the)\s|;|\.(?:\s|$)|$)", re.I)


@dataclasses.dataclass(frozen=True)
class ArmDefinition:
    """One arm: the concepts of its name and of what it received."""

    name: frozenset[str]
    received: frozenset[str]
    label: str = ""  # the arm's own words ("intervention", "usual-care")


def arm_definitions(units: list[Unit], glossary: Glossary) -> list[ArmDefinition]:
    """The arms the source's sentences define, in order."""
    found: list[ArmDefinition] = []
    for unit in units:
        for m in _DEFINITION.finditer(unit.text):
            # the name with its noun: "intervention group" (~intervent, ~group), "control
            # group" (one glossary concept)
            name = analyse(f"{m['arm']}group", glossary).terms.all
            received = analyse(m["what"], glossary).terms.all - name
            if name and received:
                found.append(ArmDefinition(name, received, m["arm"].strip().lower()))
    return found


def with_arm_definitions(units: list[Unit], glossary: Glossary) -> list[Unit]:
    """The units, each figure bound to a defined arm by name ("624 to the control group")
    given the concepts of what that arm received (the same units if no arm is defined)."""
    arms = arm_definitions(units, glossary)
    if not arms:
        return units
    return [_lent(unit, arms) for unit in units]


def _lent(unit: Unit, arms: list[ArmDefinition]) -> Unit:
    infos: list[QuantityInfo] = []
    changed = False
    for info in unit.quantities:
        named = [a for a in arms if a.name <= info.context]
        if len(named) > 1:  # "622 … to the intervention group, and 624 to the control group"
            named = _nearest_after(unit.text, info.quantity.end, named)
        if len(named) == 1 and not named[0].received <= info.context:
            info = dataclasses.replace(info, context=info.context | named[0].received)
            changed = True
        infos.append(info)
    return dataclasses.replace(unit, quantities=tuple(infos)) if changed else unit


_NEAR = 60  # characters after a figure where the arm it belongs to is named


def _nearest_after(text: str, end: int, arms: list[ArmDefinition]) -> list[ArmDefinition]:
    """The arm named first after the figure ("624 to the control group"), if one is."""
    after = text[end:end + _NEAR].lower()
    placed = [(after.find(a.label), a) for a in arms if a.label and a.label in after]
    return [min(placed, key=lambda p: p[0])[1]] if placed else []
