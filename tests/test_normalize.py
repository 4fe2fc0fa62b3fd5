"""Behaviour of per-token normalisation that the engine and users rely on."""

import pytest

from app.core.normalize import normalize_token, script_of, split_hashtag


@pytest.mark.parametrize(
    "mixed, cyrillic",
    [
        ("пoлиция", "полиция"),  # Latin o
        ("Мaйдaн", "майдан"),  # Latin a twice
        ("митинг", "митинг"),
        ("AКИМAT", "акимат"),  # Latin capitals A, T
        ("сaяси", "саяси"),
        ("бiз", "біз"),  # Latin i in a Kazakh word is і
        ("жиналыңдаp", "жиналыңдар"),  # Latin p
    ],
)
def test_latin_homoglyphs_inside_cyrillic_word(mixed, cyrillic):
    out = normalize_token(mixed)
    assert out == cyrillic
    assert script_of(out) == "cyrillic"


@pytest.mark.parametrize(
    "emphatic, plain",
    [("шығыңдаааар", "шығыңдар"), ("дааааа", "да"), ("ууууже", "уже"), ("ВСЕЕЕЕ", "все"), ("Пошлиии", "пошли")],
)
def test_emphasis_runs_collapse(emphatic, plain):
    assert normalize_token(emphatic) == plain


@pytest.mark.parametrize("word", ["ассамблея", "аллея", "Алла", "кассир", "ссылка", "жалған", "Жиналыссыз", "ССЫЛКА"])
def test_legitimate_double_letters_kept(word):
    assert normalize_token(word) == word.lower()


def test_lowercases_and_keeps_yo():
    assert normalize_token("Всё") == "всё"


def test_hashtag_sign_stripped_and_split_offsets():
    tag = "#ЖерСатылмайды"
    assert normalize_token(tag) == "жерсатылмайды"
    parts = [tag[a:b] for a, b in split_hashtag(tag)]
    assert parts == ["Жер", "Сатылмайды"]
    tag2 = "#save_Kok_Zhailau"
    assert [tag2[a:b] for a, b in split_hashtag(tag2)] == ["save", "Kok", "Zhailau"]


def _norm_sentence(text, **kw):
    import regex

    return " ".join(normalize_token(t, **kw) for t in regex.findall(r"\w+", text))


@pytest.mark.parametrize(
    "latin, cyrillic",
    [
        ("Barlyǵy alańǵa!", "барлығы алаңға"),  # 2018 acute alphabet
        ("Barlyğy alañğa", "барлығы алаңға"),  # 2021 alphabet
        ("Ustazdar, jalaqymyz úshin birigeıik!", "ұстаздар жалақымыз үшін бірігейік"),
        ("Mınıstrlik bolsa úndemeıdi", "министрлік болса үндемейді"),
        ("aýrýhanaǵa túsipti", "ауруханаға түсіпті"),
        ("Ulttyq murajaıda", "ұлттық мұражайда"),
    ],
)
def test_kazakh_latin_sentences_in_kazakh_context(latin, cyrillic):
    assert _norm_sentence(latin, latin_kazakh=True) == cyrillic


def test_kazakh_latin_word_with_special_letter_needs_no_context():
    assert normalize_token("alańǵa") == "алаңға"
    assert normalize_token("kóterilisine") == "көтерілісіне"
    assert normalize_token("Qazaqstannyń") == "қазақстанның"


@pytest.mark.parametrize("word", ["Facebook", "WhatsApp", "Telegram", "#freedom", "YouTube", "TikTok", "iPhone", "OK"])
def test_english_and_brands_untouched_outside_kazakh_latin(word):
    out = normalize_token(word)
    assert out == word.lstrip("#").lower()
    assert script_of(out) == "latin"


def test_latin_part_of_hyphenated_word_stays_latin():
    out = normalize_token("iPhone-ды")
    assert out.startswith("iphone")
    assert out.endswith("ды")


def test_script_of():
    assert script_of("қазақ") == "cyrillic"
    assert script_of("Telegram") == "latin"
    assert script_of("пoлиция") == "mixed"
    assert script_of("2024") == "other"
    assert script_of("!!!") == "other"


def test_invisible_characters_and_stress_removed():
    assert normalize_token("ми\u00adтинг") == "митинг"
    assert normalize_token("за\u0301мок") == "замок"
    assert normalize_token("ми\u200bтинг") == "митинг"


@pytest.mark.parametrize(
    "word", ["СССР", "Змееед", "ура-а-а", "Ураааа", "--", "жазба-ааа", "ШЫҒЫҢДААААР", "ёёё", "аа-а", "Алла", "ққққ"]
)
def test_plain_cyrillic_words_follow_the_general_rule(word):
    """Ordinary Cyrillic words take a fast path (no repair but case and emphasis runs); it
    gives what the general rule gives."""
    from app.core.normalize import _collapse

    assert normalize_token(word) == _collapse(word.lower())
