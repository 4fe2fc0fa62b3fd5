"""Rule examples as tests (after LanguageTool): every firing example must give this rule's
finding — exactly at the ``<m>…</m>`` markers where they are given — and every silent
example must give none. Failures carry the token analysis, the rule writer's main aid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.engine import Engine
from app.core.pipeline import Document
from app.core.rulebook import Rule

_MARK = re.compile(r"<m>(.*?)</m>", re.S)


@dataclass(slots=True)
class ExampleResult:
    rule: str
    kind: str  # "fire" or "silent"
    text: str  # example without markers
    ok: bool
    expected: list[tuple[int, int]] = field(default_factory=list)
    got: list[tuple[int, int]] = field(default_factory=list)
    problem: str = ""
    doc: Document | None = None


def strip_markers(example: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove <m>…</m> and return the plain text with the marked spans."""
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(example):
        out.append(example[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(example[pos:])
    return "".join(out), spans


def run_rule_examples(engine: Engine, rule: Rule) -> list[ExampleResult]:
    results = []
    for kind, examples in (("fire", rule.examples_fire), ("silent", rule.examples_silent)):
        for ex in examples:
            text, expected = strip_markers(ex)
            doc = engine.analyse(text, rule.language)
            report = engine.check_document(doc, only_rules={rule.id})
            got = [(f.start, f.end) for f in report.findings if f.rule == rule.id]
            if kind == "fire":
                if not got:
                    sup = [f for f in report.suppressed if f.rule == rule.id]
                    why = ("matched, but context removed it: " + ", ".join(c["cue"] for f in sup for c in f.context)) if sup else "did not match"
                    res = ExampleResult(rule.id, kind, text, False, expected, got, why)
                elif expected and sorted(got) != sorted(expected):
                    res = ExampleResult(rule.id, kind, text, False, expected, got, "underlined a different part than <m>…</m>")
                else:
                    res = ExampleResult(rule.id, kind, text, True, expected, got)
            else:
                res = ExampleResult(rule.id, kind, text, not got, expected, got, "" if not got else "fired on a silent example")
            if not res.ok:
                res.doc = doc
            results.append(res)
    return results


def describe_failure(res: ExampleResult) -> str:
    def show(spans):
        return ", ".join(f"{a}-{b} «{res.text[a:b]}»" for a, b in spans) or "nothing"

    lines = [f"{res.rule}: {res.kind} example failed — {res.problem}", f"  text:     {res.text}"]
    if res.kind == "fire":
        lines.append(f"  expected: {show(res.expected) if res.expected else 'a finding anywhere'}")
    lines.append(f"  got:      {show(res.got)}")
    if res.doc is not None:
        from app.core.tokens_view import token_table

        lines.append(token_table(res.doc, indent="    "))
    return "\n".join(lines)
