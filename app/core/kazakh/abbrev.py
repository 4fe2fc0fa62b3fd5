"""Kazakh abbreviations written with a full stop ("1991 ж.", "т.б.", "б.з.д. V ғ."), kept as one token.

The list is written from the standard Kazakh abbreviations (жыл, ғасыр, тағы басқа, біздің заманымызға
дейін, academic degrees ...), as UD Kazakh-KTB tokenises them: the full stop belongs to the word and the
lemma is the abbreviation itself. Only abbreviations that cannot be an ordinary sentence-final word are
listed (no one-letter Russian words: "я.", "с.", "в."), so Russian text tokenises as before.
"""

from __future__ import annotations

ABBREVIATIONS = (
    # year(s), century(-ies), "roughly", "for example"
    "ж.", "жж.", "ғ.", "ғғ.", "ш.", "мыс.",
    # "and others", "and so on", "BC", "AD"
    "т.б.", "т.с.с.", "т.т.", "т.с.", "б.з.д.", "б.з.б.", "б.з.",
    # places: city, region, district, street
    "қ.", "обл.", "ауд.", "көш.",
    # numbers and money
    "млн.", "млрд.", "трлн.", "тең.",
    # degrees and titles
    "проф.", "акад.", "доц.", "т.ғ.д.", "т.ғ.к.", "ф.ғ.д.", "ф.ғ.к.", "ф.-м.ғ.д.", "ф.-м.ғ.к.", "э.ғ.д.", "э.ғ.к.",
    "з.ғ.д.", "з.ғ.к.", "п.ғ.д.", "п.ғ.к.", "м.ғ.д.", "м.ғ.к.", "х.ғ.д.", "х.ғ.к.", "б.ғ.д.", "б.ғ.к.",
)


def special_cases() -> dict[str, list[dict]]:
    """The abbreviations and their capitalised forms as spaCy tokenizer special cases (one token each)."""
    from spacy.symbols import ORTH

    return {form: [{ORTH: form}] for a in ABBREVIATIONS for form in {a, a[:1].upper() + a[1:]}}
