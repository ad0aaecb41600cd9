"""YAML read under a budget: alias expansion, node count and nesting depth are bounded.

PyYAML shares an alias's node but everything downstream (validation, dumping) walks it
expanded, so a few hundred bytes of nested aliases ("billion laughs") become gigabytes; and
its composer recurses, so deep nesting ends in RecursionError. `check_yaml_budget` reads the
event stream (PyYAML's parser is iterative) before anything is composed, counts every node as
it would be expanded (an alias counts the whole anchored subtree), and refuses past the budget.
"""

from __future__ import annotations

import yaml

from claimcheck.errors import InputError

MAX_NODES = 200_000
MAX_DEPTH = 64


def check_yaml_budget(text: str, *, where: str, what: str = "YAML file",
                      max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> None:
    """Raise InputError (exit 2) when `text` would expand past `max_nodes` or nest deeper
    than `max_depth`; malformed YAML is left to the loader's own error."""
    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = []
    total = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append((event.anchor, 1))
                if len(stack) > max_depth:
                    raise _refuse(what, where, event, f"nests deeper than {max_depth} levels")
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = stack.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor or "", 1)
            else:
                continue
            if anchor:
                sizes[anchor] = size
            if stack:
                stack[-1] = (stack[-1][0], stack[-1][1] + size)
            else:
                total += size
            if total + sum(s for _, s in stack) > max_nodes:
                raise _refuse(what, where, event,
                              f"expands to more than {max_nodes} nodes (alias bomb?)")
    except yaml.YAMLError:
        return  # the loader reports it with its line


def _refuse(what: str, where: str, event: yaml.Event, problem: str) -> InputError:
    mark = event.start_mark
    return InputError(f"refused {what}: it {problem}", path=where,
                      line=mark.line + 1 if mark else None,
                      hint="aliases and nesting are limited; write the entries out")
