"""Russian/Kazakh identification on sentences and words."""

import pytest
import regex

from app.core.langid import detect_sentence, detect_text, is_latin_kazakh, word_languages
from app.core.normalize import normalize_token

PHONE = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def words(text):
    toks = regex.findall(r"\w+(?:-\w+)*", text)
    norm = [normalize_token(t) for t in toks]
    if is_latin_kazakh(norm):
        norm = [normalize_token(t, latin_kazakh=True) for t in toks]
    return norm


RU = [
    "Все на площадь завтра в десять утра!",
    "Не верьте властям, они опять скрывают правду.",
    "Да, я тоже там был.",
    "Кто не трус — приходите к акимату.",
    "Бар на углу закрыли.",
]
KK = [
    "Ертең сағат 9-да облыстық соттың алдында пикет!",
    "Барлығы алаңға шығыңдар!",
    "Мен бөлінуді қолдаймын.",
    "Біз бұл шешімге қарсымыз.",
    "Жарық үшін төлем қайтадан қымбаттады.",
]


@pytest.mark.parametrize("text", RU)
def test_russian_sentences(text):
    assert detect_sentence(words(text)) == "ru"


@pytest.mark.parametrize("text", KK)
def test_kazakh_sentences(text):
    assert detect_sentence(words(text)) == "kk"


@pytest.mark.parametrize("text", KK + ["Ертен бари алаңга шыгамыз", "Бизге жалакы керек"])
def test_kazakh_typed_without_kazakh_letters(text):
    plain = text.translate(PHONE)
    assert not set("әғқңөұүһі") & set(plain.lower())
    assert detect_sentence(words(plain)) == "kk"


def test_latin_kazakh_sentence():
    assert detect_sentence(words("Barlyǵy alańǵa!")) == "kk"
    raw = [normalize_token(t) for t in "Bir kúni bárimiz bilim basqarmasynyń aldyna baramyz".split()]
    assert is_latin_kazakh(raw)
    assert is_latin_kazakh(["jalaqymyz", "tolenbeidi", "jane", "bizder", "narazymyz"])
    assert detect_sentence(words("Ustazdar, jalaqymyz úshin birigeıik!")) == "kk"
    assert not is_latin_kazakh(words("Follow us on Facebook and WhatsApp"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Мен ауырып қалдым", "kk"),
        ("Кто завтра выходит?", "ru"),
        ("Бәріміз барамыз!", "kk"),
        ("Все идём!", "ru"),
        ("Рахмет, досым", "kk"),
        ("Спасибо, друг", "ru"),
    ],
)
def test_short_sentences(text, expected):
    assert detect_sentence(words(text)) == expected


def test_no_letters():
    assert detect_sentence(words("12:00 — 2024!")) == ""
    assert detect_sentence([]) == ""


def test_russian_phrase_inside_kazakh_sentence():
    w = words("Ауылдастар, газ бағасы тағы өсті, хватит терпеть, бір адам қалмай шығайық!")
    lang = detect_sentence(w)
    assert lang == "kk"
    langs = dict(zip(w, word_languages(w, lang)))
    assert langs["хватит"] == "ru"
    assert langs["терпеть"] == "ru"
    assert langs["шығайық"] == "kk"
    assert langs["ауылдастар"] == "kk"


def test_kazakh_phrase_inside_russian_sentence():
    w = words("Срочно всем, в Қарағанды облысында уже двадцать человек в реанимации, санэпид скрывает!")
    lang = detect_sentence(w)
    assert lang == "ru"
    langs = dict(zip(w, word_languages(w, lang)))
    assert langs["қарағанды"] == "kk"
    assert langs["облысында"] == "kk"
    assert langs["реанимации"] == "ru"
    assert langs["скрывает"] == "ru"


def test_pure_sentences_have_no_foreign_words():
    for text in RU:
        w = words(text)
        assert "kk" not in word_languages(w, "ru"), text
    for text in KK:
        w = words(text)
        assert "ru" not in word_languages(w, "kk"), text


def test_detect_text_mixed_and_pure():
    assert detect_text("Кто завтра выходит в ночную смену? Мен ауырып қалдым, ауыстыра аласыз ба?") == "mixed"
    assert detect_text("Все на площадь! Завтра в десять.") == "ru"
    assert detect_text("Барлығы алаңға! Ертең сағат онда.") == "kk"
    assert detect_text("...") == ""
