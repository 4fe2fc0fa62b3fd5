"""Property tests: any text — random Unicode, emoji, RTL marks, NUL bytes, mixed scripts —
never crashes the engine, and every finding's offsets slice the original text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = ["Выходите", "на", "площадь", "митинг", "завтра", "в", "18:00", "шығыңдар", "алаңға", "Barlyǵy", "alańǵa",
         "«", "»", "!", "?", "😀", "\u200f", "\u0000", "👨‍👩‍👧", "ЖерСатылмайды", "#", "\n", "всем", "выйти", "не",
         "кoмпания", "шығыңдаааар", "Токаев", "президент", "власть", "свергнуть", "казахи", "все"]

text_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_strategy)
def test_any_text_is_analysed_and_offsets_slice_original(bundled_engine, text):
    rep = bundled_engine.check(text)
    assert rep.risk in ("none", "low", "medium", "high")
    for f in rep.findings + rep.suppressed:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
    doc = bundled_engine.analyse(text)
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text


def test_one_megabyte_of_mixed_text(bundled_engine):
    chunk = "Выходите на площадь 😀 завтра! Барлығы алаңға шығыңдар \u200f\u0000 "
    text = chunk * (1_000_000 // len(chunk))
    rep = bundled_engine.check(text)
    assert rep.findings  # the risky phrases are still found deep inside a huge text
    assert all(text[f.start:f.end] == f.text for f in rep.findings)
