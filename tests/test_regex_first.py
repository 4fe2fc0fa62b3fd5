"""Rule regexes are filed under the beginnings of the words they accept: a word must never miss a
regex that accepts it (the engine would then miss a finding)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.core.engine import Engine, _RegexTriggers
from app.core.patterns import compile_regex, TokenSpec
from app.core.regex_first import beginnings, word_key

PATTERNS = [
    r"(митинг|пикет|шеру)[а-яәғқңөұүһі]*", r"\d{1,2}[-–]?(да|де|та|те)", r"(кеше|\d{4}|жылы)[а-я]*",
    r"а?б+в", r"(?:x|)y", r"(заңгер|ӘҚБтК|488)[а-яәғқңөұүһі]*", r"x{3}", r"(?i)AB", r"[^а]x", r"\p{L}+ов",
    r"(?=на)\w+", r"ΣΑ", r"(ſt|к)о", r"недо(аким|президент)\w*", r"[a-zа-я]{2,}!",
]
ALPHABET = "абвгмнопиштеуысжқңәAaBbxyXYſsSσςΣ0123456789٣!-–"


def _spec(p: str) -> TokenSpec:
    return TokenSpec(regex=compile_regex(p), begins=beginnings(p))


def test_beginnings_of_a_stem_alternation_are_its_stems():
    assert beginnings(r"(митинг|пикет)\w*") == {"ми", "пи"}
    assert beginnings(r"\p{L}+") is None  # syntax of the regex module only: any beginning


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=8))
@example("10-да")
@example("٣та")
@example("2024жылы")
@example("ſto")
@example("σα")
def test_a_word_finds_every_regex_that_accepts_it(word):
    entries = [(i, _spec(p)) for i, p in enumerate(PATTERNS)]
    triggers = _RegexTriggers(entries)
    truth = {i for i, spec in entries if spec.regex_hit(word)}
    assert set(triggers.hits(word)) == truth
    for i in truth:
        b = beginnings(PATTERNS[i])
        assert b is None or word_key(word) in b


def test_the_rulebook_regexes_on_real_words(tmp_path):
    """Every regex of the bundled rules, on words of the development posts: the same hits as trying them all."""
    import json
    import re
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
    texts = [json.loads(x)["text"] for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()] \
        if corpus.exists() else ["Барлығы алаңға! Митингке келіңдер 10-да, 2024 жылы", "Все на площадь в 10:00!"]
    words = {w for t in texts for w in [*t.split(), *re.findall(r"\w+", t.lower())]}
    engine = Engine()
    for rx in [engine._post_regex(), *(engine._triggers(b)[2] for b in engine.rulebook.books.values())]:
        fresh = _RegexTriggers(rx.entries)
        for w in words:
            assert set(fresh.hits(w)) == {k for k, spec in rx.entries if spec.regex_hit(w)}, w
