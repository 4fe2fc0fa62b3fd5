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


# ------------------------------------------------------------- spelling patterns as tables
# langid scores a word with look-up tables expanded from its regex patterns; the regexes are the
# definition, and the tables must give the same score for every word.

def _rule_words():
    """Every Cyrillic word of the bundled rule files (real Russian and Kazakh vocabulary)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "rules"
    found = set()
    for path in root.rglob("*.yaml"):
        found.update(regex.findall(r"[\p{Cyrillic}-]+", path.read_text(encoding="utf-8")))
    return found


def _pattern_words():
    """Words built around every literal the patterns are made of, so that each pattern is tried
    where it matches and next to where it does not."""
    from app.core import langid

    pieces = set()
    for src, _ in langid._KK_PATTERNS + langid._RU_PATTERNS:
        for branch in langid._top_branches(src):
            try:
                strings, _ = langid._language(branch)
            except langid._Unsupported:
                strings, _ = langid._language(branch, partial=True)
            pieces.update(s.strip("\x02\x03") for s in strings)
    out = set()
    for p in pieces:
        for before in ("", "ы", "кы", "пере", "-"):
            for after in ("", "ы", "ть", "ған", "\n"):
                out.add(before + p + after)
        out.update((p[1:], p[:-1], p.upper()))
    return out


def test_pattern_tables_score_as_the_regex_definition():
    from app.core import langid

    def reference(word):  # word_score as defined: regex tests, pattern by pattern
        w = word.lower()
        if not w or langid._CYR_WORD_RE.match(w) is None:
            return 0.0
        if not langid.KAZAKH_LETTERS.isdisjoint(w):
            return 4.0 + (1.0 if w in langid._KK_FUNC else 0.0)
        if w in langid._AMBIGUOUS:
            return 0.0
        if w in langid._KK_FUNC_ALL:
            return 2.5
        if w in langid._RU_FUNC:
            return -2.5
        return langid._patterns_score_by_regex(w)

    odd = {"", "-", "---", "Ура-а-а", "iPhone", "пoлиция", "12", "ӂ", "а\u0301", "ы\n", "ыы\n\n", "жазба\n"}
    all_words = _rule_words() | _pattern_words() | odd
    assert len(all_words) > 15_000
    wrong = [(w, langid.word_score(w), reference(w)) for w in sorted(all_words) if langid.word_score(w) != reference(w)]
    assert not wrong, wrong[:20]
    # the words' facts too (has a letter, is a Cyrillic word)
    facts = [w for w in sorted(all_words) if w and langid._facts(w)[:2] != (
        langid._LETTER_RE.search(w) is not None, langid._CYR_WORD_RE.match(w) is not None)]
    assert not facts, facts[:20]


def test_pattern_expansion():
    from app.core.langid import _BEGIN, _END, _Unsupported, _language, _top_branches

    assert _language("(?:ма|ме)(?:с|)$") == ({"мас" + _END, "мес" + _END, "ма" + _END, "ме" + _END}, True)
    assert _language("^ы") == ({_BEGIN + "ы"}, True)
    assert _language("[кг]ы?") == ({"к", "г", "кы", "гы"}, True)
    assert _top_branches("[аоу][йп]$|ып$|(?:а|б)") == ["[аоу][йп]$", "ып$", "(?:а|б)"]
    with pytest.raises(_Unsupported):
        _language(r"^по\p{L}{4,}")
    # what a match must begin with, for a branch that stays a regex
    assert _language(r"^(?:по|за)\p{L}{4,}", partial=True) == ({_BEGIN + "по", _BEGIN + "за"}, False)
    assert _language(r"^ab*c", partial=True) == ({_BEGIN + "a"}, False)  # b* may be empty


def test_word_languages_shortcut_changes_nothing(monkeypatch):
    """word_languages skips lingua when no run of the other language can reach SEGMENT_MIN;
    without the shortcut (lingua asked about every weak word) the labels are the same."""
    from app.core import langid

    texts = RU + KK + [
        "Ауылдастар, газ бағасы тағы өсті, хватит терпеть, бір адам қалмай шығайық!",
        "Срочно всем, в Қарағанды облысында уже двадцать человек в реанимации, санэпид скрывает!",
        "Краснодар, ураган и курган: найди язык, сотканы небес трамвай в рай",
        "Давай угадай суп, калейдоскоп доступ потоп струй крестьянин достык",
        "Мен ауырып қалдым, кто завтра выходит в ночную смену",
        "Ертен бари алаңга шыгамыз, все на площадь, жиналамыз!",
    ]
    sentences = [words(t) for t in texts] + [words(t.translate(PHONE)) for t in texts]
    fast = [[word_languages(w, base) for base in ("ru", "kk")] for w in sentences]
    monkeypatch.setattr(langid, "_no_run_can_be_kept", lambda *a: False)
    full = [[word_languages(w, base) for base in ("ru", "kk")] for w in sentences]
    assert fast == full
