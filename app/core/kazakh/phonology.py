"""Kazakh sound classes: vowel harmony, consonant classes that pick suffix allomorphs,
stem-edge alternations, and the "Russian keyboard" skeleton used to restore Kazakh letters.
"""

from __future__ import annotations

BACK = frozenset("аоұыя")
FRONT = frozenset("әеіөүэ")
# и, у, ю, ё are written for ый/ій, ұу/үу, йу, йо and do not show harmony by themselves.
VOWELS = frozenset("аәеиоөуұүыіэюяё")
PURE_VOWELS = frozenset("аәеоөұүыіэяё")  # vowels that behave as vowels for suffix choice
SONORANT = frozenset("лрйуиюмнңзж")
LRYU = frozenset("лрйуию")
NASAL = frozenset("мнң")
ZJ = frozenset("зж")
VOICELESS = frozenset("кқпстфхцчшщһ")
BVGD = frozenset("бвгдғ")
HARD = VOICELESS | BVGD  # after these suffixes start with a voiceless consonant

KAZAKH_LETTERS = frozenset("әғқңөұүһі")

# Stem-final voiceless consonants become voiced before a vowel: кітап → кітабы, шық → шығып.
VOICED_TO_VOICELESS = {"ғ": "қ", "г": "к", "б": "п"}

# What a Kazakh letter looks like when typed on a Russian keyboard.
SKELETON = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "һ": "х"})


def skeleton(s: str) -> str:
    return s.translate(SKELETON)


def harmony(s: str) -> str | None:
    """'b' (back) or 'f' (front) from the last vowel that shows harmony, None if none does."""
    for ch in reversed(s):
        if ch in BACK:
            return "b"
        if ch in FRONT:
            return "f"
    return None


def suffix_harmony(s: str) -> str | None:
    for ch in s:
        if ch in BACK:
            return "b"
        if ch in FRONT:
            return "f"
    return None


def has_vowel(s: str) -> bool:
    return not VOWELS.isdisjoint(s)


def ends_in_vowel(s: str) -> bool:
    return bool(s) and s[-1] in PURE_VOWELS


def mixed_harmony(s: str) -> bool:
    b = any(ch in BACK for ch in s)
    f = any(ch in FRONT for ch in s)
    return b and f
