"""Helpers that turn JSON Schema errors into messages a YAML editor can act on."""

from __future__ import annotations

from typing import Any, Iterable


def fmt_path(path: Iterable[Any]) -> str:
    """A data path as people read it: ``offences[0].short``."""
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def deepest(e):
    """For oneOf/anyOf failures, the most specific sub-error is the helpful one."""
    if e.context:
        return max((deepest(c) for c in e.context), key=lambda c: len(c.absolute_path))
    return e
