"""Shared fixtures: one analysis pipeline per test session (spaCy + pymorphy3 load once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def pipeline():
    from app.core.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def bundled_engine(pipeline):
    from app.core.engine import Engine

    return Engine(pipeline=pipeline)


@pytest.fixture
def make_engine(pipeline, tmp_path):
    """Build an engine from rule-file texts: make_engine({"ru/x.yaml": "..."})."""
    from app.core.engine import Engine
    from app.core.rulebook import load_rulebook

    def build(files: dict[str, str]):
        for rel, text in files.items():
            p = tmp_path / "rules" / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
        book = load_rulebook([tmp_path / "rules"])
        return Engine(rulebook=book, pipeline=pipeline), book

    return build


def rule_yaml(body: str, lang: str = "ru", offence: str = "assembly", head: str = "") -> str:
    """A rule file with the boilerplate texts every rule needs; ``body`` is the rules list."""
    return f"language: {lang}\noffence: {offence}\n{head}\nrules:\n{body}"


TEXTS = """    message: {ru: "м {match}", kk: "х {match}", en: "m {match}"}
    explanation: {ru: о, kk: т, en: e}
    suggestion: {ru: с, kk: ұ, en: s}
    examples: {fire: [a, b], silent: [c, d]}
"""

ROOT = Path(__file__).resolve().parent.parent


LEVEL = {"none": 0, "low": 1, "medium": 2, "high": 3}


def strongest(report, offence: str) -> int:
    """The highest level (0-3) at which ``offence`` was found in ``report``; 0 when it was not."""
    return max((LEVEL[f.severity] for f in report.findings if f.offence == offence), default=0)
