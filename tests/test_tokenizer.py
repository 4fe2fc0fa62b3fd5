"""Tokenisation and sentence splitting as rule writers and the lemma scorer see them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.pipeline import Pipeline, _sentence_bounds


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def words(pipe, text):
    return [t.text for t in pipe.analyse(text).tokens]


def test_dash_glued_to_a_word_is_punctuation(pipe):
    assert words(pipe, "Подарочек- это мило") == ["Подарочек", "-", "это", "мило"]
    assert words(pipe, "Слово— тире") == ["Слово", "—", "тире"]


def test_hyphenated_words_stay_whole_and_kazakh_particles_split(pipe):
    assert "по-моему" in words(pipe, "Это, по-моему, правда")
    assert words(pipe, "жасаған-ау!") == ["жасаған", "-", "ау", "!"]


def test_abbreviations_keep_their_full_stop(pipe):
    assert "т." in words(pipe, "и т. д.")
    assert "ж." in words(pipe, "1991 ж. тәуелсіздік алды")


def test_sentences_split_after_final_punctuation(pipe):
    doc = pipe.analyse("Все на площадь!!! Завтра в 10:00. Придёте?\nДа")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts == ["Все на площадь!!!", "Завтра в 10:00.", "Придёте?", "Да"]
    # "..." trails off rather than ends: "Завтра в 10:00... все на площадь" stays one sentence
    assert len(pipe.analyse("Завтра в 10:00... все на площадь").sentences) == 1


PIECES = ["Все", "на", "площадь", ".", "!", "?", "…", "!!!", "?!", "\n", "\n\n", " ", "«", "»", ",", "Да", "т.д.",
          "10:00", "😀", "-", "ж."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join) | st.text(max_size=80))
def test_sentence_bounds_are_those_of_spacys_sentencizer(text):
    """The array-based splitter must agree with spaCy's own Sentencizer on any text."""
    pipe = _pipe()
    doc = pipe.tokenizer(text)
    arr = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "IS_ALPHA", "IS_PUNCT"]).tolist()
    ours = [(a, b) for a, b in _sentence_bounds(text, arr)]
    doc2 = _sentencizer()(pipe.tokenizer(text))
    theirs = [(s.start, s.end) for s in doc2.sents]
    assert ours == theirs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["  ", "\t", " \n ", "в т.ч.", "д-р", ":)", "(", "т.", "xx", "ж", "Янв", "ʼ"]),
                max_size=40)
       .map("".join) | st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join) | st.text(max_size=80))
def test_tokens_are_those_of_spacys_whole_text_tokenizer(text):
    """Tokens come from spaCy span by span (cached); they must be exactly those of one spaCy call."""
    pipe = _pipe()
    whole = [tuple(r) for r in pipe.tokenizer(text).to_array(["IDX", "LENGTH", "IS_SPACE", "IS_ALPHA", "IS_PUNCT"]).tolist()]
    assert pipe._token_array(text) == whole
    assert pipe._token_array(text) == whole  # again, from the cache


_cache: dict = {}


def _pipe() -> Pipeline:
    if "p" not in _cache:
        _cache["p"] = Pipeline()
    return _cache["p"]


def _sentencizer():
    if "s" not in _cache:
        from spacy.pipeline import Sentencizer

        from app.core.pipeline import SENTENCE_END

        _cache["s"] = Sentencizer(punct_chars=sorted(SENTENCE_END))
    return _cache["s"]


def test_spacy_command_line_still_works_after_the_fast_import():
    """Oylan imports spaCy without its CLI package; spaCy's own commands must still load on use."""
    import subprocess
    import sys

    code = ("from app.core.pipeline import Pipeline; import sys; Pipeline(); "
            "assert 'typer' not in sys.modules; import spacy; "
            "assert isinstance(spacy.info(silent=True), dict); "
            "from spacy.cli import download; print(download.__module__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "spacy.cli.download"
