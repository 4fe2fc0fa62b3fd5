"""The Russian analyser's shortcuts around pymorphy3 and spaCy give exactly their answers: the parses,
scores and order of `MorphAnalyzer.parse`, `MorphAnalyzer.word_is_known`, and spaCy's `oc2ud` table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Words of every kind: dictionary words with one reading or many, "е" for "ё", "наи-" paradigms, names,
# guessed words (by prefix, by suffix), hyphenated words and particles, numbers, Latin, Roman numerals,
# punctuation, initials, characters Unicode gives no name.
EDGE_WORDS = [
    "стали", "печь", "еж", "ёж", "елка", "наилучших", "подальше", "все", "ее", "её", "ещё", "звезды",
    "ахматова", "алексеевна", "жолкевского", "сырбу", "гелиадор", "бронзовеют", "видеооператорсочи",
    "кайтсефринг", "кто-нибудь", "по-русски", "из-за", "интернет-магазин", "снежно-пальмового", "нач-ка",
    "вас-то", "123", "12,5", "1930-х", "20-е", "xiv", "mm", "hello", "@screened-15", "топ100", "...", "-",
    "—", "«", "а", "б", "я", "ё", "ъ", "а\ue000б", "\u0378", "é", "ﬁ", "ǅ", "",
]


@pytest.fixture(scope="module")
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@pytest.fixture(scope="module")
def words():
    found = set(EDGE_WORDS)
    for path in sorted((ROOT / "rules" / "ru").rglob("*.yaml")):
        found |= {w.lower() for w in re.findall(r"[\w@.-]+", path.read_text(encoding="utf-8"))}
    return sorted(found)


def test_parser_gives_pymorphy3_parses_scores_and_order(morph, words):
    from app.core.russian_parse import Parser

    parser = Parser(morph, note=lambda tag: ("note", tag))
    assert parser._fast  # the shortcut is what is compared here, not the fallback to MorphAnalyzer.parse
    for word in words:
        try:
            expected = [tuple(p) for p in morph.parse(word)]
        except ValueError:
            with pytest.raises(ValueError):
                parser.parse(word)
            continue
        parses, notes, known = parser.parse(word)
        assert [tuple(p) for p in parses] == expected, word
        assert [type(p[3]) for p in parses] == [type(p[3]) for p in expected], word
        assert notes == [("note", str(p[1])) for p in expected], word
        assert known == morph.word_is_known(word), word


def test_parser_falls_back_when_pymorphy3_differs(morph, monkeypatch):
    from app.core import russian_parse

    monkeypatch.setattr(russian_parse, "SELF_CHECK_WORDS", ("стали",))
    monkeypatch.setattr(russian_parse.Parser, "_same", lambda self, word: False)
    parser = russian_parse.Parser(morph)
    assert not parser._fast
    parses, notes, known = parser.parse("стали")
    assert parses == [tuple(p) for p in morph.parse("стали")] and known


def test_tag_conversion_is_spacys_for_every_tag(morph):
    from spacy.lang.ru.lemmatizer import oc2ud

    from app.core.russian import _oc2ud

    tags = {str(t) for t in morph.dictionary.gramtab} | {"LATN", "UNKN", "PNCT", "NUMB,intg", "NUMB,real", "ROMN"}
    for tag in sorted(tags):
        assert _oc2ud(tag) == oc2ud(tag), tag


def test_readings_are_plain_readings():
    from app.core.model import Reading
    from app.core.russian import RussianAnalyzer, _reading

    r = _reading("стать", "VERB", (("Tense", "Past"),), 0.5)
    assert type(r) is Reading and r == Reading("стать", "VERB", (("Tense", "Past"),), 0.5)
    assert hash(r) == hash(Reading("стать", "VERB", (("Tense", "Past"),), 0.5))
    readings = RussianAnalyzer().analyse("стали")
    assert all(type(r) is Reading for r in readings)
    assert {r.lemma for r in readings} >= {"стать", "сталь"}
