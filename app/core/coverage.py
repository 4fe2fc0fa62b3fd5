"""`oylan rules coverage`: how often each rule fires on a corpus, and how precisely.

The corpus is JSON Lines, one post a line: ``{"id", "text", "lang"?, "labels"?: [...]}`` —
the format of ``../shared/tools/score_corpus.py``. Without ``labels`` only hits are counted.

Per rule:
  * ``posts``: posts where the rule gave a finding the user would see;
  * ``hits``: how many such findings in all;
  * ``removed``: matches that context cues removed; ``shadowed``: findings hidden by a
    stronger overlapping finding of the same offence;
  * on a labelled corpus, ``tp``: posts where it fired and the gold labels include the
    rule's offence, ``fp``: posts where it fired and they do not; ``precision = tp/(tp+fp)``.

Per offence the figures are computed exactly as ``score_corpus.py`` does: a post *predicts*
an offence when any reported finding of that offence has at least ``min_severity``; then for
each label: tp = gold and predicted, fp = predicted only, fn = gold only. The posts are
analysed the way ``oylan check --input`` analyses them (language detected, not taken from the
record) so the figures equal the scorer's.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from app.core.context import ContextCheck, apply_cues
from app.core.engine import Engine, _dedupe, _SignalCache
from app.core.model import OFFENCES

LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3}


@dataclass
class RuleStats:
    rule: str
    offence: str
    posts: int = 0
    hits: int = 0
    removed: int = 0
    shadowed: int = 0
    tp: int = 0
    fp: int = 0
    fp_examples: list[str] = field(default_factory=list)  # post ids

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


@dataclass
class Coverage:
    posts: int
    labelled: bool
    min_severity: str
    rules: dict[str, RuleStats]
    labels: dict[str, Counter]  # offence -> Counter(tp, fp, fn)

    def to_json(self) -> dict[str, Any]:
        def prf(c):
            p, r, f = prf_(c["tp"], c["fp"], c["fn"])
            return {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "precision": round(p, 4), "recall": round(r, 4),
                    "f1": round(f, 4)}

        return {
            "posts": self.posts, "labelled": self.labelled, "min_severity": self.min_severity,
            "rules": [{"rule": s.rule, "offence": s.offence, "posts": s.posts, "hits": s.hits, "removed": s.removed,
                       "shadowed": s.shadowed, **({"tp": s.tp, "fp": s.fp, "precision": s.precision,
                                                   "fp_posts": s.fp_examples} if self.labelled else {})}
                      for s in self.rules.values()],
            "labels": {lab: prf(c) for lab, c in self.labels.items()} if self.labelled else {},
        }


def prf_(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 — with score_corpus.py's conventions (empty → 1.0)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def read_corpus(path: str | Path) -> list[dict[str, Any]]:
    """JSONL posts; a bad line raises ValueError naming the line."""
    posts = []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError(f"{path}:{n}: needs an object with a string 'text'")
            rec.setdefault("id", str(n))
            posts.append(rec)
    return posts


def coverage(engine: Engine, posts: Iterable[dict[str, Any]], min_severity: str = "low",
             use_record_lang: bool = False, progress: Callable[[int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Coverage:
    posts = list(posts)
    assert engine.rulebook is not None
    labelled = any("labels" in p for p in posts)
    stats = {r.id: RuleStats(r.id, r.offence) for r in engine.rulebook.rules if r.id not in engine.disabled}
    labels: dict[str, Counter] = defaultdict(Counter)
    min_level = LEVELS[min_severity]
    for n, p in enumerate(posts):
        if cancelled and cancelled():
            break
        lang = p.get("lang") if use_record_lang and p.get("lang") in ("ru", "kk") else None
        doc = engine.analyse(p["text"], lang)
        final, removed, matches = engine.find(doc)
        # Findings that survived context, before overlapping ones were merged (for "shadowed").
        check = ContextCheck(doc)
        signals = _SignalCache(doc)
        kept_pre = Counter()
        for m in matches:
            lb = engine.rulebook.books[m.rule.language]
            f = engine._finding(m, lb, doc, signals, "en")
            if apply_cues(f, lb.cues, check, m, "en"):
                kept_pre[f.rule] += 1
        final_count = Counter(f.rule for f in final)
        for rid, k in kept_pre.items():
            if rid in stats:
                stats[rid].shadowed += max(0, k - final_count.get(rid, 0))
        for f in removed:
            if f.rule in stats:
                stats[f.rule].removed += 1
        gold = set(p.get("labels") or [])
        for rid, k in final_count.items():
            s = stats.get(rid)
            if s is None:
                continue
            s.hits += k
            s.posts += 1
            if labelled:
                if s.offence in gold:
                    s.tp += 1
                else:
                    s.fp += 1
                    if len(s.fp_examples) < 10:
                        s.fp_examples.append(str(p["id"]))
        if labelled:
            # Exactly score_corpus.py's per-label logic.
            pred = {f.offence for f in final if LEVELS.get(f.severity, 0) >= min_level} & set(OFFENCES)
            for lab in OFFENCES:
                if lab in gold and lab in pred:
                    labels[lab]["tp"] += 1
                elif lab in pred:
                    labels[lab]["fp"] += 1
                elif lab in gold:
                    labels[lab]["fn"] += 1
        if progress:
            progress(n + 1)
    return Coverage(posts=len(posts), labelled=labelled, min_severity=min_severity, rules=stats,
                    labels={lab: labels[lab] for lab in OFFENCES if labels[lab]})


def render_text(cov: Coverage) -> str:
    lines = [f"{cov.posts} posts" + (" (labelled)" if cov.labelled else " (no labels: hits only)")]
    head = f"{'rule':<44}{'posts':>6}{'hits':>6}{'remov':>6}{'shad':>6}"
    if cov.labelled:
        head += f"{'tp':>5}{'fp':>5}{'prec':>7}"
    lines.append(head)
    order = sorted(cov.rules.values(), key=lambda s: (s.offence, s.rule))
    for s in order:
        row = f"{s.rule[:43]:<44}{s.posts:>6}{s.hits:>6}{s.removed:>6}{s.shadowed:>6}"
        if cov.labelled:
            prec = f"{s.precision:.2f}" if s.precision is not None else "-"
            row += f"{s.tp:>5}{s.fp:>5}{prec:>7}"
            if s.fp_examples:
                row += "  fp: " + ", ".join(s.fp_examples[:5])
        lines.append(row)
    silent = [s.rule for s in order if not s.posts]
    lines.append(f"{len(order) - len(silent)} of {len(order)} rules fired at least once")
    if cov.labelled:
        lines.append("")
        lines.append(f"per offence (a finding of severity >= {cov.min_severity} predicts its offence; "
                     "same counting as score_corpus.py)")
        lines.append(f"{'label':<18}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>7}{'rec':>7}{'f1':>7}")
        tot = Counter()
        for lab, c in cov.labels.items():
            p, r, f = prf_(c["tp"], c["fp"], c["fn"])
            tot.update(c)
            lines.append(f"{lab:<18}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
        p, r, f = prf_(tot["tp"], tot["fp"], tot["fn"])
        lines.append(f"micro: precision={p:.3f} recall={r:.3f} f1={f:.3f}")
    return "\n".join(lines)
