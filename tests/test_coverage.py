"""`oylan rules coverage`: per-offence figures equal ../shared/tools/score_corpus.py's on the dev corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score_corpus.py"
DEV = SHARED / "corpus" / "dev.jsonl"
ROOT = Path(__file__).resolve().parent.parent

needs_corpus = pytest.mark.skipif(not (SCORER.exists() and DEV.exists()), reason="shared scorer/corpus not present")


def _scorer_counts(min_severity: str = "low") -> dict[str, dict[str, int]]:
    cmd = f"{sys.executable} -m app check --input {{input}} --format jsonl"
    done = subprocess.run([sys.executable, str(SCORER), str(DEV), "--cmd", cmd, "--errors", "0",
                           "--min-severity", min_severity], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    out = {}
    for line in done.stdout.splitlines():
        m = re.match(r"^([a-z_]+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$", line)
        if m and not line.startswith("lang "):
            out[m.group(1)] = {"tp": int(m.group(2)), "fp": int(m.group(3)), "fn": int(m.group(4))}
    assert out, done.stdout
    return out


@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize("min_severity", ["low", "medium"])
def test_per_label_counts_equal_the_scorer(min_severity, capsys):
    scorer = _scorer_counts(min_severity)
    code = main(["rules", "coverage", "--corpus", str(DEV), "--format", "json", "--min-severity", min_severity])
    assert code == 0
    ours = json.loads(capsys.readouterr().out)
    mine = {lab: {k: c[k] for k in ("tp", "fp", "fn")} for lab, c in ours["labels"].items()}
    assert mine == scorer
    # Per-rule figures are consistent with themselves.
    assert ours["posts"] == 100 and ours["labelled"]
    for r in ours["rules"]:
        assert r["tp"] + r["fp"] == r["posts"] <= r["hits"]
    assert any(r["posts"] for r in ours["rules"])


def test_coverage_on_a_small_corpus(tmp_path, pipeline):
    from app.core.coverage import coverage, render_text
    from app.core.engine import Engine
    from app.core.rulebook import load_rulebook
    from tests.conftest import TEXTS, rule_yaml

    folder = tmp_path / "rules" / "ru"
    folder.mkdir(parents=True)
    (folder / "t.yaml").write_text(rule_yaml("""  - id: ru-assembly-cov
    severity: medium
    pattern: [{lemma: выходить, feats: {Mood: Imp}}, {lemma: на}, {lemma: площадь}]
""" + TEXTS, head="""context:
  - id: neg
    kind: pattern
    where: before
    pattern: [{text: не}]
    effect: suppress
    explain: {ru: не, kk: емес, en: negated}
"""), encoding="utf-8")
    engine = Engine(rulebook=load_rulebook([tmp_path / "rules"]), pipeline=pipeline)
    posts = [
        {"id": "a", "text": "Все выходите на площадь!", "labels": ["assembly"]},
        {"id": "b", "text": "Выходите на площадь, там ярмарка.", "labels": []},
        {"id": "c", "text": "Не выходите на площадь.", "labels": []},
        {"id": "d", "text": "Площадь большая.", "labels": ["assembly"]},
    ]
    cov = coverage(engine, posts)
    s = cov.rules["ru-assembly-cov"]
    assert (s.posts, s.hits, s.tp, s.fp, s.removed) == (2, 2, 1, 1, 1)
    assert s.precision == 0.5 and s.fp_examples == ["b"]
    assert dict(cov.labels["assembly"]) == {"tp": 1, "fp": 1, "fn": 1}
    text = render_text(cov)
    assert "ru-assembly-cov" in text and "0.50" in text and "fp: b" in text
    # Without labels: hits only.
    cov = coverage(engine, [{"id": p["id"], "text": p["text"]} for p in posts])
    assert not cov.labelled and cov.rules["ru-assembly-cov"].hits == 2 and cov.labels == {}


def test_bad_corpus_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x"}\nnot json\n', encoding="utf-8")
    assert main(["rules", "coverage", "--corpus", str(bad)]) == 2
    assert "bad.jsonl:2: not JSON" in capsys.readouterr().err
