"""Russian lemmas shown for a word follow Universal Dependencies conventions (what `oylan tokens` prints and
../shared/tools/score_lemmas.py measures), while every other pymorphy reading stays available to rules."""

from __future__ import annotations

import pytest


def _token(pipeline, text: str, word: str):
    doc = pipeline.analyse(text, "ru")
    found = [t for t in doc.tokens if t.text == word]
    assert found, f"{word!r} is not a token of {text!r}: {[t.text for t in doc.tokens]}"
    return found[0]


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        # Short passive participles are the verb, not a short adjective.
        ("Он был похоронен на родине.", "похоронен", "похоронить"),
        ("Все окна разбиты.", "разбиты", "разбить"),
        # "-им"/"-ем" forms: the 1st person plural rather than the short form of an "-имый" adjective.
        ("Давай представим себе такую картину.", "представим", "представить"),
        # Oblique forms of an adjective, not OpenCorpora's nominalised "главное", "кривая".
        ("Роль главного героя сыграл он.", "главного", "главный"),
        ("Не люблю кривых зеркал.", "кривых", "кривой"),
        # Comparatives UD Russian lemmatises as adverbs of their own.
        ("Мне нужно больше времени.", "больше", "больше"),
        ("Приходи позже, пожалуйста.", "позже", "позже"),
        # Superlatives keep their own stem.
        ("Это лучший день в году.", "лучший", "лучший"),
        ("Желаю наилучших результатов.", "наилучших", "наилучший"),
        # "-ье" spellings are lemmas of their own.
        ("Нет в жизни счастья.", "счастья", "счастье"),
        ("Меня гложут сомненья.", "сомненья", "сомненье"),
        # "просто" as a particle is not the adjective "простой".
        ("Я просто устал.", "просто", "просто"),
        # Unknown names: the guess where it takes an ending off, else the word as written.
        ("Вчера суд выдал Ассанжа властям.", "Ассанжа", "ассанж"),
        ("Вчера приехал Сырбу из Кишинёва.", "Сырбу", "сырбу"),
        ("Он жил в Ахсауской волости.", "Ахсауской", "ахсауский"),
    ],
    ids=lambda v: v if " " not in v else None,
)
def test_shown_lemma_follows_ud(pipeline, text, word, lemma):
    assert _token(pipeline, text, word).readings[0].lemma == lemma


def test_reordering_keeps_every_reading(pipeline):
    t = _token(pipeline, "Он был похоронен на родине.", "похоронен")
    assert t.readings[0].pos == "VERB"
    assert "похоронный" in {r.lemma for r in t.readings}  # the adjective reading is still there for rules
    t = _token(pipeline, "Приходи позже, пожалуйста.", "позже")
    assert "поздний" in {r.lemma for r in t.readings}


def test_abbreviations_are_one_word_with_the_full_lemma(pipeline):
    doc = pipeline.analyse("Купили хлеб, молоко и т. д. Это было в XIX в. и раньше.", "ru")
    lemmas = {t.text: t.readings[0].lemma for t in doc.tokens if t.readings}
    assert lemmas["т."] == "так" and lemmas["д."] == "далее"
    assert lemmas["в."] == "век"


def test_capital_initials_are_names_not_abbreviations(pipeline):
    doc = pipeline.analyse("Г. Иванов и В. Петров пришли в 2010 г.", "ru")
    first = {t.text: t.readings[0] for t in doc.tokens if t.readings}
    assert (first["Г."].lemma, first["Г."].pos) == ("г", "PROPN")
    assert (first["В."].lemma, first["В."].pos) == ("в", "PROPN")
    assert first["г."].lemma == "год"
