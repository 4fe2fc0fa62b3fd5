"""Turning findings into the post's overall risk: a level and a 0–100 score with reasons.

The score is a noisy-OR of finding weights, so several independent signals add up but never
pass 100; the level is the highest effective severity, raised to high only when the combined
score says several medium signals stack up. A post with no findings is "none" — which the UI
words as "no risky phrasing found", never as "safe".
"""

from __future__ import annotations

from collections import Counter

from app.core.model import Finding

WEIGHTS = {"low": 0.15, "medium": 0.45, "high": 0.8}
LEVEL_FLOOR = {"low": 1, "medium": 30, "high": 70}


def score_findings(findings: list[Finding]) -> tuple[str, int]:
    if not findings:
        return "none", 0
    remaining = 1.0
    for f in findings:
        remaining *= 1.0 - WEIGHTS[f.severity]
    score = round(100 * (1.0 - remaining))
    level = max((f.severity for f in findings), key=lambda s: LEVEL_FLOOR[s])
    if level == "medium" and score >= 80:
        level = "high"  # three or more independent medium signals
    score = max(score, LEVEL_FLOOR[level])
    return level, min(score, 100)


def reasons(findings: list[Finding], texts: dict[str, str]) -> list[str]:
    """One line per offence: how many phrases and the strongest severity. ``texts`` localises."""
    by = Counter(f.offence for f in findings)
    out = []
    for offence, n in by.most_common():
        top = max((f.severity for f in findings if f.offence == offence), key=lambda s: LEVEL_FLOOR[s])
        out.append(texts.get("reason", "{offence}: {n} phrase(s), strongest {severity}").format(
            offence=texts.get(offence, offence), n=n, severity=texts.get(top, top)))
    return out
