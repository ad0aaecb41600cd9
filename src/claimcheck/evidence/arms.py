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
_GROUP_WORDS = frozenset({"~group", "~arm"})


@dataclasses.dataclass(frozen=True)
class ArmDefinition:
    """One arm: the concepts of its name and of what it received."""

    name: frozenset[str]
    received: frozenset[str]


def arm_definitions(units: list[Unit], glossary: Glossary) -> list[ArmDefinition]:
    """The arms the source's sentences define, in order."""
    found: list[ArmDefinition] = []
    for unit in units:
        for m in _DEFINITION.finditer(unit.text):
            name = analyse(m["arm"], glossary).terms.all
            received = analyse(m["what"], glossary).terms.all - name
            if name and received:
                found.append(ArmDefinition(name, received))
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
        named = [a for a in arms if a.name <= info.context and info.context & _GROUP_WORDS]
        if len(named) == 1 and not named[0].received <= info.context:
            info = dataclasses.replace(info, context=info.context | named[0].received)
            changed = True
        infos.append(info)
    return dataclasses.replace(unit, quantities=tuple(infos)) if changed else unit
