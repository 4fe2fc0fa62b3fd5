"""The command-line contract that ../shared/tools and scripts rely on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

OFFENCES = {"assembly", "discord", "false_info", "power_seizure", "separatism", "insult_authority", "extremism"}


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    posts = [
        {"id": "a", "text": "Все выходите на площадь в субботу в 12:00 без согласования!"},
        {"id": "b", "text": "Сегодня хорошая погода, пойду гулять в парк.", "lang": "ru"},
        {"id": "c", "text": "Ертең сағат 10-да алаңға шығыңдар!"},
        {"id": 4, "text": "😀 Привет\u0000 \u200f مرحبا"},
    ]
    f = tmp_path_factory.mktemp("b") / "posts.jsonl"
    f.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in posts) + "\nnot json\n", encoding="utf-8")
    done = run("check", "--input", str(f), "--format", "jsonl")
    return posts, done


def test_batch_gives_one_line_per_post_with_contract_fields(batch):
    posts, done = batch
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [str(r["id"]) for r in rows] == [str(p["id"]) for p in posts]
    for post, row in zip(posts, rows):
        assert row["risk"] in ("none", "low", "medium", "high")
        assert 0 <= row["score"] <= 100
        assert row["language"] in ("ru", "kk", "mixed", "unknown")
        for f in row["findings"]:
            assert f["offence"] in OFFENCES
            assert f["severity"] in ("low", "medium", "high")
            assert post["text"][f["start"]:f["end"]] == f["text"]
            assert f["rule"] and f["articles"] and f["message"]
    assert rows[0]["risk"] == "high"
    assert rows[1]["findings"] == []
    assert b"skipped" in done.stderr  # the bad line is reported, not fatal


def test_check_file_text_and_json(tmp_path):
    p = tmp_path / "post.txt"
    p.write_text("Все выходите на площадь в субботу в 12:00!", encoding="cp1251")
    text = run("check", str(p))
    assert text.returncode == 0
    out = text.stdout.decode()
    assert "выходите на площадь" in out and "not legal advice" in out
    js = run("check", str(p), "--format", "json")
    rep = json.loads(js.stdout)
    assert rep["findings"][0]["offence"] == "assembly"


def test_fail_on_sets_exit_status(tmp_path):
    p = tmp_path / "post.txt"
    p.write_text("Все выходите на площадь в субботу в 12:00!", encoding="utf-8")
    assert run("check", str(p), "--fail-on", "medium").returncode == 1
    q = tmp_path / "calm.txt"
    q.write_text("Хорошего дня!", encoding="utf-8")
    assert run("check", str(q), "--fail-on", "low").returncode == 0


@pytest.mark.parametrize("content,needle", [
    (b"\x00\x01\x02\x03" * 500, b"binary"),
    (None, b"no such file"),
])
def test_unreadable_input_exits_2_with_one_line(tmp_path, content, needle):
    p = tmp_path / "in.bin"
    if content is not None:
        p.write_bytes(content)
    done = run("check", str(p))
    assert done.returncode == 2
    assert needle in done.stderr
    assert b"Traceback" not in done.stderr
    assert len(done.stderr.decode().strip().splitlines()) == 1


def test_stdin_invalid_utf8_and_empty():
    done = run("check", "-", "--format", "json", stdin="Выходите на площадь!".encode("cp1251"))
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    empty = run("check", "-", "--format", "json", stdin=b"")
    assert empty.returncode == 0
    assert json.loads(empty.stdout)["risk"] == "none"


def test_usage_error_exits_2():
    done = run("check")
    assert done.returncode == 2 and b"oylan:" in done.stderr


def test_tokens_jsonl_contract(tmp_path):
    f = tmp_path / "t.jsonl"
    text = "Друзья, выходите! 😀 Барлығы алаңға!"
    f.write_text(json.dumps({"id": "s0", "text": text, "lang": "ru"}, ensure_ascii=False) + "\n", encoding="utf-8")
    done = run("tokens", "--input", str(f), "--format", "jsonl")
    assert done.returncode == 0, done.stderr.decode()
    rec = json.loads(done.stdout)
    assert rec["id"] == "s0"
    for t in rec["tokens"]:
        assert text[t["start"]:t["end"]] == t["text"]
        assert {"lemma", "pos", "morph"} <= set(t)
    lemmas = {t["text"]: t["lemma"] for t in rec["tokens"]}
    assert lemmas["выходите"] == "выходить"


def test_large_file_is_processed(tmp_path):
    p = tmp_path / "big.txt"
    line = "Обычный текст о погоде и ценах на хлеб в нашем городе. "
    p.write_text(line * (5_000_000 // len(line.encode())), encoding="utf-8")
    done = run("check", str(p), "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["risk"] in ("none", "low")


def test_rules_validate_and_test_pass_on_bundled_rules():
    v = run("rules", "validate")
    assert v.returncode == 0, v.stdout.decode()
    t = run("rules", "test")
    assert t.returncode == 0, t.stdout.decode()[-3000:]
    assert b" 0 failed" in t.stdout


def test_check_uses_user_rules_folder_and_disabled_list(tmp_path):
    """`oylan check` sees what the editor sees: the user's rules after the bundled ones, minus disabled.txt."""
    import os

    user = tmp_path / "user"
    (user / "ru").mkdir(parents=True)
    (user / "ru" / "mine.yaml").write_text("""language: ru
offence: false_info
rules:
  - id: ru-false_info-user_corn_plot
    severity: medium
    pattern: [{lemma: кукурузный}, {lemma: заговор}]
    message: {ru: "м", kk: "х", en: "corn plot"}
    explanation: {ru: о, kk: т, en: e}
    suggestion: {ru: с, kk: ұ, en: s}
    examples: {fire: [кукурузный заговор, кукурузного заговора], silent: [кукуруза, заговор]}
""", encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("Это кукурузный заговор!", encoding="utf-8")
    env = {**os.environ, "OYLAN_USER_RULES": str(user)}

    def rules_fired(*extra):
        done = subprocess.run([sys.executable, "-m", "app", "check", str(post), "--format", "json", *extra],
                              capture_output=True, cwd=ROOT, env=env, timeout=300)
        assert done.returncode == 0, done.stderr.decode()
        return [f["rule"] for f in json.loads(done.stdout)["findings"]]

    assert rules_fired() == ["ru-false_info-user_corn_plot"]
    assert rules_fired("--no-user-rules") == []
    (user / "disabled.txt").write_text("# switched off\nru-false_info-user_corn_plot\n", encoding="utf-8")
    assert rules_fired() == []


def test_check_warns_when_a_rule_file_was_skipped(tmp_path):
    """A broken user rule file must not make the check look complete: a warning on stderr, JSON untouched."""
    import os

    user = tmp_path / "user"
    (user / "ru").mkdir(parents=True)
    (user / "ru" / "broken.yaml").write_text("language: ru\noffence: assembly\nrules:\n  - id: x\n    patern: []\n",
                                             encoding="utf-8")
    env = {**os.environ, "OYLAN_USER_RULES": str(user)}
    done = subprocess.run([sys.executable, "-m", "app", "check", "-", "--format", "json"], input="Выходите на площадь!".encode(),
                          capture_output=True, cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0
    assert json.loads(done.stdout)["risk"] != "none"  # the bundled rules still ran
    err = done.stderr.decode()
    assert "warning" in err and "broken.yaml" in err and "rules validate" in err
