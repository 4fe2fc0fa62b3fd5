"""`oylan rules validate | explain` on rule files written to tmp_path, and the user rules folder."""

from __future__ import annotations

import re

import pytest

from app.cli import main
from tests.conftest import TEXTS, rule_yaml

GOOD = rule_yaml("""  - id: ru-assembly-tmp_good
    severity: medium
    pattern: [{lemma: выходить, feats: {Mood: Imp}}, {lemma: на}, {pos: NOUN}]
""" + TEXTS)


def _write(folder, name, text):
    p = folder / "ru" / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def _validate(capsys, *folders):
    code = main(["rules", "validate", *map(str, folders)])
    return code, capsys.readouterr().out


def _loc(out: str, name: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in re.findall(rf"{re.escape(name)}:(\d+):(\d+):", out)]


def test_valid_folder(tmp_path, capsys):
    _write(tmp_path, "good.yaml", GOOD)
    code, out = _validate(capsys, tmp_path)
    assert code == 0
    assert "1 files, 1 rules loaded, 0 errors" in out


def test_yaml_syntax_error_names_file_line_column(tmp_path, capsys):
    _write(tmp_path, "bad.yaml", GOOD.replace("severity: medium", "severity: [medium"))
    code, out = _validate(capsys, tmp_path)
    assert code == 1
    assert _loc(out, "bad.yaml"), out
    line, _ = _loc(out, "bad.yaml")[0]
    assert 5 <= line <= 8  # the unclosed [ on the severity line or where YAML notices it
    assert "not valid YAML" in out and "fix the YAML syntax" in out


def test_unknown_key_points_at_the_key_with_rule_id_and_fix(tmp_path, capsys):
    _write(tmp_path, "bad.yaml", GOOD.replace("    severity: medium", "    severty: medium"))
    code, out = _validate(capsys, tmp_path)
    assert code == 1
    assert "bad.yaml:6:5: [ru-assembly-tmp_good]" in out  # line 6 is "    severty: medium"
    assert "unknown key" in out and "did you mean 'severity'" in out


def test_wrong_type_and_bad_value(tmp_path, capsys):
    _write(tmp_path, "bad.yaml", GOOD.replace("severity: medium", "severity: 5").replace(
        "{pos: NOUN}]", "{pos: NOUN, optional: maybe}]"))
    code, out = _validate(capsys, tmp_path)
    assert code == 1
    assert "bad.yaml:6:15: [ru-assembly-tmp_good]" in out and "5 is not one of" in out
    assert re.search(r"bad\.yaml:7:\d+: \[ru-assembly-tmp_good\].*'maybe' is not of type 'boolean'", out)


def test_unknown_list_and_signal(tmp_path, capsys):
    _write(tmp_path, "bad.yaml", GOOD.replace("lemma: выходить", 'lemma: "@nowhere"'))
    code, out = _validate(capsys, tmp_path)
    assert code == 1
    assert re.search(r"bad\.yaml:7:\d+: \[ru-assembly-tmp_good\] unknown word list '@nowhere'; define it under 'lists:'", out)
    _write(tmp_path, "bad.yaml", GOOD.replace("    severity: medium", "    severity: medium\n    requires: {any: [ghost]}"))
    code, out = _validate(capsys, tmp_path)
    assert code == 1
    assert re.search(r"bad\.yaml:7:\d+: \[ru-assembly-tmp_good\] unknown signal\(s\) ghost — define them under 'signals:'", out)


def test_catastrophic_regex(tmp_path, capsys):
    _write(tmp_path, "bad.yaml", GOOD.replace("{pos: NOUN}", '{regex: "(а|аа)+б"}'))
    code, out = _validate(capsys, tmp_path)
    assert code == 1
    assert re.search(r"bad\.yaml:7:\d+: \[ru-assembly-tmp_good\] regular expression .* exponential time", out)


def test_duplicate_id_across_two_folders(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    _write(a, "one.yaml", GOOD)
    _write(b, "two.yaml", GOOD)
    code, out = _validate(capsys, a, b)
    assert code == 1
    assert re.search(r"two\.yaml:5:\d+: \[ru-assembly-tmp_good\] rule id 'ru-assembly-tmp_good' is already used in .*one\.yaml:5", out)
    assert "unique across all rule folders" in out
    assert "1 rules loaded" in out


# --- the user rules folder -------------------------------------------------------------------


def test_user_folder_loads_after_bundled_and_disabled_list(tmp_path, monkeypatch):
    from app import RULES_DIR
    from app.core.rulebook import load_rulebook
    from app.core.user_rules import disabled_rules, rule_folders, set_disabled_rules, user_rules_dir

    user = tmp_path / "user"
    monkeypatch.setenv("OYLAN_USER_RULES", str(user))
    assert user_rules_dir() == user
    assert rule_folders() == [RULES_DIR]  # no folder yet
    # A user rule may use a bundled word list (loaded first).
    _write(user, "mine.yaml", GOOD.replace("lemma: выходить", 'lemma: "@go_out_verbs"'))
    assert rule_folders() == [RULES_DIR, user]
    book = load_rulebook(rule_folders())
    assert book.rule("ru-assembly-tmp_good") is not None
    assert not [e for e in book.errors if "mine.yaml" in e.file]
    # A user rule with a bundled id is an error at the user's file; the bundled one stays.
    bundled_id = load_rulebook().rules[0].id
    _write(user, "clash.yaml", GOOD.replace("ru-assembly-tmp_good", bundled_id))
    book = load_rulebook(rule_folders())
    errs = [e for e in book.errors if "clash.yaml" in e.file]
    assert errs and errs[0].rule == bundled_id and "already used" in errs[0].message
    assert book.rule(bundled_id).file.endswith(".yaml") and "clash" not in book.rule(bundled_id).file
    # disabled.txt: one id a line, comments allowed.
    assert disabled_rules() == set()
    (user / "disabled.txt").write_text("# off\nru-assembly-tmp_good\n\n  ru-x-y  # noisy\n", encoding="utf-8")
    assert disabled_rules() == {"ru-assembly-tmp_good", "ru-x-y"}
    set_disabled_rules({"a-b-c"})
    assert disabled_rules() == {"a-b-c"}


# --- explain ------------------------------------------------------------------------------------

EXPLAIN_RULES = rule_yaml("""  - id: ru-assembly-tmp_explain
    severity: medium
    pattern: [{lemma: "@tmp_verbs", feats: {Mood: Imp}}, {lemma: на}, {pos: NOUN}]
    exceptions:
      - pattern: [{lemma: на}, {lemma: каток}]
        note: каток — отдых, не протест
""" + TEXTS, head="""lists:
  tmp_verbs: [выходить, выйти]
antipatterns:
  - pattern: [{lemma: на}, {lemma: лыжня}]
    note: лыжня — спорт
context:
  - id: tmp_dream
    kind: pattern
    where: sentence
    pattern: [{lemma: сон}]
    effect: suppress
    explain: {ru: во сне, kk: түсінде, en: it was a dream}
""")


@pytest.mark.slow
def test_explain_names_rule_cue_exception_and_antipattern(tmp_path, capsys):
    _write(tmp_path, "explain.yaml", EXPLAIN_RULES)
    text = ("Все выходите на площадь! Мне во сне кричали: выходите на площадь. "
            "Выходите на каток. Выходите на лыжню.")
    code = main(["rules", "explain", text, "--rules", str(tmp_path), "--rule", "ru-assembly-tmp_explain"])
    out = capsys.readouterr().out
    assert code == 0
    assert re.search(r"FIRED\s+ru-assembly-tmp_explain .*\n  at «выходите на площадь»", out)
    assert re.search(r"REMOVED BY CONTEXT\s+ru-assembly-tmp_explain", out)
    assert "context cue tmp_dream removed it: it was a dream" in out
    assert re.search(r"blocked by exception at .*explain\.yaml:\d+ — каток — отдых, не протест", out)
    assert re.search(r"blocked by antipattern at .*explain\.yaml:\d+ — лыжня — спорт", out)
    assert "выходите (выходить verb" in out.lower() and "tokens (first reading" in out
    assert "1 finding(s); 1 removed by context, 0 shadowed, 2 blocked" in out


def test_explain_needs_text(capsys):
    assert main(["rules", "explain"]) == 2


# --- every yaml block of docs/rules.md is a working rule file ------------------------------------

DOC = __import__("pathlib").Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def _doc_blocks() -> list[tuple[int, str]]:
    text = DOC.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"^```yaml\n(.*?)^```", text, re.S | re.M):
        out.append((text[:m.start()].count("\n") + 2, m.group(1)))
    return out


def test_doc_has_yaml_examples():
    assert len(_doc_blocks()) >= 8


@pytest.mark.parametrize("line,block", _doc_blocks(), ids=lambda v: f"docs/rules.md:{v}" if isinstance(v, int) else "")
def test_doc_examples(line, block, tmp_path, pipeline):
    from app.core.engine import Engine
    from app.core.rulebook import load_rulebook
    from app.core.ruletest import describe_failure, run_rule_examples

    lang = re.search(r"^language: (\w+)", block, re.M).group(1)
    _write(tmp_path, "doc.yaml", block) if lang == "ru" else None
    if lang != "ru":
        (tmp_path / lang).mkdir(parents=True, exist_ok=True)
        (tmp_path / lang / "doc.yaml").write_text(block, encoding="utf-8")
    book = load_rulebook([tmp_path])
    assert not book.errors, "\n".join(map(str, book.errors))
    assert book.rules
    engine = Engine(rulebook=book, pipeline=pipeline)
    failures = [describe_failure(r) for rule in book.rules for r in run_rule_examples(engine, rule) if not r.ok]
    assert not failures, f"docs/rules.md block at line {line}:\n" + "\n\n".join(failures)
