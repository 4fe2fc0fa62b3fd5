"""Workshop scenarios: ``rules/scenarios/<id>.yaml``, validated against ``rules/scenarios/schema.json``.

Pure Python (no Qt). Every problem is a :class:`ScenarioError` naming file, line and column::

    rules/scenarios/toregozhina-cap.yaml:12:3: discussion[1]: 'kk' is a required property

A scenario is a real or everyday post, its background (what happened, the article, the outcome and the
source), points for discussion, a rewrite that keeps the message with less legal exposure and ``expect``:
the offences the engine should find in the wording (written from the law, not from the engine).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import jsonschema

from app.core.schema_errors import deepest as _deepest
from app.core.schema_errors import fmt_path as _fmt_path

from app import RULES_DIR
from app.core.yamlpos import YamlError, load_with_marks, mark_for, read_text

SCENARIOS_DIR = RULES_DIR / "scenarios"
SCHEMA_PATH = SCENARIOS_DIR / "schema.json"
RISK_ORDER = ("none", "low", "medium", "high")

__all__ = ["Scenario", "ScenarioError", "Text3", "load_scenarios", "load_scenario_file", "get_scenario",
           "validate_folder", "SCENARIOS_DIR"]


class ScenarioError(Exception):
    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{column}: {message}")
        self.file, self.line, self.column, self.message = file, line, column, message


@dataclass(frozen=True, slots=True)
class Text3:
    ru: str
    kk: str
    en: str

    def text(self, lang: str = "en") -> str:
        lang = "kk" if lang == "kz" else lang
        return getattr(self, lang, "") or self.en if lang in ("ru", "kk", "en") else self.en

    __call__ = text

    @classmethod
    def of(cls, d: Mapping[str, Any] | None) -> "Text3 | None":
        if not d:
            return None
        return cls(ru=d["ru"], kk=d["kk"], en=d["en"])


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    language: str
    kind: str
    title: Text3
    background: Text3
    post: str
    discussion: tuple[Text3, ...]
    rewrite: str
    expect: tuple[str, ...]
    sources: tuple[str, ...]
    reconstructed: bool = False
    year: int | str | None = None
    people: tuple[str, ...] = ()
    charged: tuple[str, ...] = ()
    outcome: Text3 | None = None
    rewrite_note: Text3 | None = None
    expect_risk_max: str | None = None
    expect_engine_gap: bool = False
    engine_gap_note: str = ""
    file: str = field(default="", compare=False)

    def label(self, lang: str = "en") -> str:
        return f"[{self.language.upper()}] {self.title.text(lang)}"


@lru_cache(maxsize=2)
def _validator(schema_file: str) -> jsonschema.Draft202012Validator:
    try:
        schema = json.loads(Path(schema_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ScenarioError(schema_file, 1, 1, f"cannot read schema: {e}") from None
    return jsonschema.Draft202012Validator(schema)




def load_scenario_file(path: str | Path, text: str | None = None) -> Scenario:
    """Parse and validate one scenario file (``text`` overrides reading it from disk)."""
    path = Path(path)
    file = str(path)
    try:
        raw = read_text(path) if text is None else text
        data, marks = load_with_marks(raw, file)
    except YamlError as e:
        raise ScenarioError(e.file, e.line, e.column, e.message) from None
    except OSError as e:
        raise ScenarioError(file, 1, 1, f"cannot read: {e.strerror or e}") from None
    if not isinstance(data, dict):
        raise ScenarioError(file, 1, 1, "expected a mapping at the top level")
    errors = [_deepest(e) for e in _validator(str(SCHEMA_PATH)).iter_errors(data)]
    if errors:
        located = sorted(((mark_for(marks, tuple(e.absolute_path)), i, e) for i, e in enumerate(errors)),
                         key=lambda t: (t[0].line, t[0].column, t[1]))
        m, _, err = located[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ScenarioError(file, m.line, m.column, f"{_fmt_path(err.absolute_path)}: {err.message}{more}")
    if path.suffix in (".yaml", ".yml") and path.stem != data["id"] and text is None:
        m = mark_for(marks, ("id",))
        raise ScenarioError(file, m.line, m.column, f"id {data['id']!r} must match the file name {path.stem!r}")
    if data.get("reconstructed"):
        bg = data["background"]
        words = {"ru": "реконструкц", "kk": "қалпына", "en": "reconstruct"}
        for lang, stem in words.items():
            if stem not in bg[lang].lower():
                m = mark_for(marks, ("background", lang))
                raise ScenarioError(file, m.line, m.column,
                                    f"background.{lang}: a reconstructed post must say so in the background "
                                    f"(mention {stem!r}…)")
    return Scenario(
        id=data["id"], language=data["language"], kind=data["kind"], title=Text3.of(data["title"]),
        background=Text3.of(data["background"]), post=data["post"].strip(),
        discussion=tuple(Text3.of(d) for d in data["discussion"]), rewrite=data["rewrite"].strip(),
        expect=tuple(data["expect"]), sources=tuple(data["sources"]),
        reconstructed=bool(data.get("reconstructed", False)), year=data.get("year"),
        people=tuple(data.get("people", ())), charged=tuple(data.get("charged", ())),
        outcome=Text3.of(data.get("outcome")), rewrite_note=Text3.of(data.get("rewrite_note")),
        expect_risk_max=data.get("expect_risk_max"), expect_engine_gap=bool(data.get("expect_engine_gap", False)),
        engine_gap_note=data.get("engine_gap_note", ""), file=file,
    )


def validate_folder(folder: str | Path | None = None) -> tuple[list[Scenario], list[ScenarioError]]:
    """Every scenario in ``folder`` and every error (one per bad file, plus duplicate ids)."""
    folder = Path(folder) if folder else SCENARIOS_DIR
    good: list[Scenario] = []
    errors: list[ScenarioError] = []
    seen: dict[str, str] = {}
    for p in sorted(folder.glob("*.yaml")):
        try:
            s = load_scenario_file(p)
        except ScenarioError as e:
            errors.append(e)
            continue
        if s.id in seen:
            errors.append(ScenarioError(str(p), 1, 1, f"duplicate id {s.id!r} (also in {seen[s.id]})"))
            continue
        seen[s.id] = str(p)
        good.append(s)
    return good, errors


def load_scenarios(folder: str | Path | None = None) -> list[Scenario]:
    """All scenarios, documented cases first, then by language and id. Raises the first error."""
    good, errors = validate_folder(folder)
    if errors:
        raise errors[0]
    return sorted(good, key=lambda s: (s.kind != "case", s.language, s.id))


def get_scenario(sid: str, folder: str | Path | None = None) -> Scenario:
    for s in load_scenarios(folder):
        if s.id == sid:
            return s
    raise KeyError(sid)


def risk_rank(level: str) -> int:
    return RISK_ORDER.index(level)
