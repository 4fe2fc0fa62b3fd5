"""Workshop scenarios: schema, content rules, and what the engine finds in each post and rewrite."""

from __future__ import annotations

import warnings
from collections import Counter

import pytest

from app.core.scenarios import RISK_ORDER, ScenarioError, load_scenario_file, load_scenarios, validate_folder

SCENARIOS = load_scenarios()
IDS = [s.id for s in SCENARIOS]


def test_all_files_validate():
    good, errors = validate_folder()
    assert not errors, "\n".join(map(str, errors))
    assert len(good) >= 16


def test_counts_by_language_and_kind():
    langs = Counter(s.language for s in SCENARIOS)
    assert langs["kk"] >= 5 and langs["ru"] >= 5
    kinds = Counter(s.kind for s in SCENARIOS)
    assert kinds["case"] >= 10 and kinds["everyday"] >= 5


def test_documented_cases_are_covered():
    people = {p for s in SCENARIOS for p in s.people}
    for name in ("Bakhytzhan Toregozhina", "Maks Bokaev", "Talgat Ayan", "Elena Semyonova", "Guzyal Baidalinova"):
        assert name in people


def test_every_offence_in_the_law_appears_in_some_expect_except_power_seizure():
    seen = {o for s in SCENARIOS for o in s.expect}
    assert {"assembly", "discord", "false_info", "separatism", "insult_authority", "extremism"} <= seen


def test_gap_flag_has_a_note():
    for s in SCENARIOS:
        if s.expect_engine_gap:
            assert s.engine_gap_note


def test_error_names_file_line_and_column(tmp_path):
    bad = tmp_path / "bad-one.yaml"
    src = (SCENARIOS[0].file and open(SCENARIOS[0].file, encoding="utf-8").read())
    src = src.replace(f"id: {SCENARIOS[0].id}", "id: bad-one").replace("language: ", "language: xx", 1)
    bad.write_text(src, encoding="utf-8")
    with pytest.raises(ScenarioError) as e:
        load_scenario_file(bad)
    assert e.value.file == str(bad) and e.value.line > 1 and e.value.column >= 1
    assert "language" in str(e.value)


def test_missing_translation_is_located(tmp_path):
    p = tmp_path / "x-scenario.yaml"
    text = open(SCENARIOS[0].file, encoding="utf-8").read().replace(f"id: {SCENARIOS[0].id}", "id: x-scenario")
    lines = text.splitlines()
    i = next(n for n, ln in enumerate(lines) if ln.strip().startswith("kk:") and n > 0)
    del lines[i]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as e:
        load_scenario_file(p)
    assert "'kk' is a required property" in e.value.message


def test_bad_yaml_is_located(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text("id: broken\nlanguage: [ru\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as e:
        load_scenario_file(p)
    assert e.value.line >= 2


def test_reconstructed_posts_say_so():
    for s in SCENARIOS:
        if s.reconstructed:
            assert "reconstruct" in s.background.en.lower()


def _rank(r: str) -> int:
    return RISK_ORDER.index(r)


@pytest.mark.parametrize("sid", IDS)
def test_engine_finds_expected_offences(sid, bundled_engine):
    s = next(x for x in SCENARIOS if x.id == sid)
    rep = bundled_engine.check(s.post, lang=s.language)
    rw = bundled_engine.check(s.rewrite, lang=s.language)
    found = {f.offence for f in rep.findings}
    missing = set(s.expect) - found
    too_high = s.expect_risk_max is not None and _rank(rep.risk) > _rank(s.expect_risk_max)
    if s.expect_engine_gap:
        # Known gap, reported in the scenario file: keep asserting everything else.
        if missing or too_high:
            warnings.warn(f"{sid}: engine gap — missing {sorted(missing)}, risk {rep.risk}: {s.engine_gap_note}")
    else:
        assert not missing, f"{sid}: engine missed {sorted(missing)}; found {sorted(found)}"
        assert not too_high, f"{sid}: harmless post rated {rep.risk} (max {s.expect_risk_max}): {[f.rule for f in rep.findings]}"
    # The rewrite keeps the message with less legal exposure.
    assert _rank(rw.risk) <= _rank(rep.risk), f"{sid}: rewrite {rw.risk} > post {rep.risk}"
    if _rank(rep.risk) > 0 and not s.expect_engine_gap:
        assert _rank(rw.risk) < _rank(rep.risk), f"{sid}: rewrite not lower ({rw.risk})"
    assert rw.risk in ("none", "low"), f"{sid}: rewrite still {rw.risk}: {[f.rule for f in rw.findings]}"
