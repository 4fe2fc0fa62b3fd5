"""Per-token normalisation: the lower-cased, script-fixed form the analysers look at.

The engine tokenises the *original* text and keeps original offsets; it calls
:func:`normalize_token` on each token's text, so the result may differ in length.

What is fixed here:

* invisible characters (soft hyphen, zero-width joiners, BOM) and Russian stress marks;
* Latin/Greek look-alike letters inside a Cyrillic word (``пoлиция`` with a Latin ``o``);
* letters repeated for emphasis: runs of 3+ identical letters collapse to one
  (``шығыңдаааар`` -> ``шығыңдар``); runs of exactly 2 are left alone (``аллея``, ``ссылка``);
* Kazakh written in Latin script -> Kazakh Cyrillic: the 2018 acute-accent alphabet
  (á ǵ ń ó ú ý ı), the 2021 alphabet (ä ğ ñ ö ş ū ü ç), the 2017 apostrophe alphabet
  (only in Kazakh-Latin context) and common informal typing (sh, ch, zh, gh, kh, q, w, x).
  A Latin token is read as Kazakh when it contains a Kazakh-Latin-specific letter or when the
  caller says the sentence is Kazakh-Latin (``latin_kazakh=True``; decided by
  :func:`app.core.langid.is_latin_kazakh`). Otherwise Latin words (brands, English hashtags)
  are only lower-cased;
* a leading ``#`` is stripped (``#ЖерСатылмайды`` -> ``жерсатылмайды``); use
  :func:`split_hashtag` for sub-word offsets.

Not done here: ``ё`` -> ``е`` (the Russian analyser handles ``ё``), CamelCase splitting.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

__all__ = ["normalize_token", "script_of", "split_hashtag", "has_kazakh_latin_letters", "KAZAKH_LATIN_LETTERS"]

# --------------------------------------------------------------------------- character classes
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u0301\u0300"), None)
# Cyrillic vowels with a grave (NFC composes е/и + U+0300) used as stress marks.
_INVISIBLE.update({ord("ѐ"): "е", ord("Ѐ"): "Е", ord("ѝ"): "и", ord("Ѝ"): "И"})

_CYR_RE = regex.compile(r"\p{Script=Cyrillic}")
_LAT_RE = regex.compile(r"\p{Script=Latin}")
_LETTER_RE = regex.compile(r"\p{L}")
_RUN3_RE = regex.compile(r"(\p{L})\1{2,}")

# Latin (and Greek) letters that look like Cyrillic ones; case matters (H -> Н but h -> һ).
_HOMOGLYPHS_SRC = {
    "a": "а", "A": "А", "o": "о", "O": "О", "e": "е", "E": "Е", "p": "р", "P": "Р",
    "c": "с", "C": "С", "x": "х", "X": "Х", "y": "у", "Y": "У", "k": "к", "K": "К",
    "m": "м", "M": "М", "T": "Т", "t": "т", "H": "Н", "h": "һ", "B": "В", "b": "ь",
    "i": "і", "I": "І", "ï": "ї", "ë": "ё", "Ë": "Ё", "r": "г", "n": "п", "u": "и",
    "ə": "ә", "Ə": "Ә", "ɵ": "ө", "Ɵ": "Ө", "ö": "ө", "Ö": "Ө", "ü": "ү", "Ü": "Ү",
    "j": "ј", "J": "Ј", "s": "ѕ", "S": "Ѕ",
    # Greek
    "α": "а", "Α": "А", "ο": "о", "Ο": "О", "ε": "е", "Ε": "Е", "ρ": "р", "Ρ": "Р",
    "κ": "к", "Κ": "К", "χ": "х", "Χ": "Х", "τ": "т", "Τ": "Т", "Η": "Н", "Β": "В",
    "Μ": "М", "ι": "і", "Ι": "І", "θ": "ө", "Θ": "Ө", "υ": "у", "γ": "у",
}
# Non-Kazakh Cyrillic letters from other alphabets that people use for Kazakh ones.
_CYR_VARIANTS = {
    "ҡ": "қ", "Ҡ": "Қ", "ӄ": "қ", "Ӄ": "Қ", "ҕ": "ғ", "Ҕ": "Ғ", "ӊ": "ң", "Ӊ": "Ң",
    "ӈ": "ң", "Ӈ": "Ң", "ҥ": "ң", "Ҥ": "Ң", "ӧ": "ө", "Ӧ": "Ө", "ӱ": "ү", "Ӱ": "Ү",
    "ӓ": "ә", "Ӓ": "Ә", "ҷ": "ч", "ј": "j", "ѕ": "s",
}
# ј/ѕ only serve as an intermediate for j/s look-alikes: map them to their nearest letters.
_CYR_VARIANTS["ј"] = "й"
_CYR_VARIANTS["Ј"] = "Й"
_CYR_VARIANTS["ѕ"] = "с"
_CYR_VARIANTS["Ѕ"] = "С"
_HOMOGLYPH_TABLE = str.maketrans({**_HOMOGLYPHS_SRC, **_CYR_VARIANTS})
_HOMOGLYPH_CHARS = frozenset(_HOMOGLYPHS_SRC)
_CYR_VARIANT_TABLE = str.maketrans(_CYR_VARIANTS)
_DIGIT_IN_WORD_RE = regex.compile(r"(?<=\p{Cyrillic})[03](?=\p{Cyrillic})")
_DIGIT_MAP = {"0": "о", "3": "з"}

#: Letters that only Kazakh Latin alphabets use (2018 acute, 2021 Turkic-style).
KAZAKH_LATIN_2018 = frozenset("áǵńóúýıÁǴŃÓÚÝ")
KAZAKH_LATIN_2021 = frozenset("äğñöşūüçÄĞÑÖŞŪÜÇİ")
KAZAKH_LATIN_LETTERS = KAZAKH_LATIN_2018 | KAZAKH_LATIN_2021
_VOWELS_LAT = frozenset("aeouáóúäöüūiıy")
_VOWELS_FOR_Y = frozenset("aeouáóúäöüūiéè")  # y after these is й (2021/informal)

# digraphs first (longest match), then single letters; applied to lower-case text.
_DIGRAPHS = {"sh": "ш", "ch": "ч", "zh": "ж", "gh": "ғ", "kh": "х", "ıa": "я", "ıý": "ю", "ıu": "ю", "ts": None}
_COMMON = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "v": "в", "z": "з", "c": "ц", "w": "у", "x": "х", "i": "і", "é": "е", "è": "е",
    # 2018
    "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у",
    # 2021
    "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ş": "ш", "ū": "ұ", "ü": "ү", "ç": "ч",
}
_APOSTROPHES = "'’ʼ`´"
_APOS_2017 = {"a": "ә", "g": "ғ", "n": "ң", "o": "ө", "u": "ү", "y": "у", "i": "й", "s": "ш", "c": "ч"}
_HASHTAG_PART_RE = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|\p{L}+")

# Real words with three identical letters in a row (not emphasis).
_TRIPLE_OK = ("ссср", "змееед", "шеее", "зееее")


def has_kazakh_latin_letters(text: str) -> bool:
    """True if *text* contains a letter used only by the Kazakh Latin alphabets."""
    return not KAZAKH_LATIN_LETTERS.isdisjoint(text)


def _collapse(s: str) -> str:
    if _RUN3_RE.search(s) is None:
        return s
    for ok in _TRIPLE_OK:
        if ok in s:
            return s
    return _RUN3_RE.sub(r"\1", s)


def _latin_to_kazakh(s: str, scheme: str) -> str:
    """Transliterate one lower-cased Latin token to Kazakh Cyrillic.

    ``scheme`` is "2018" (ı = и/й, y = ы, u = ұ) or "2021" (ı = ы, y = й/и, u = у, ū = ұ) or
    "" (informal: like 2018 but y after a vowel is й). Non-letters pass through.
    """
    out: list[str] = []
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        nxt = s[i + 1] if i + 1 < n else ""
        # 2017 apostrophe alphabet: a' g' n' o' u' y' i' s' c'
        if nxt and nxt in _APOSTROPHES and ch in _APOS_2017 and i + 2 <= n:
            out.append(_APOS_2017[ch])
            i += 2
            continue
        pair = ch + nxt
        if pair in _DIGRAPHS and _DIGRAPHS[pair] is not None:
            if pair in ("ıa", "ıý", "ıu") and scheme == "2021":
                pass  # 2021: ı is ы
            else:
                out.append(_DIGRAPHS[pair])
                i += 2
                continue
        prev = s[i - 1] if i else ""
        if ch == "ı":
            if scheme == "2021":
                out.append("ы")
            else:
                out.append("й" if prev in _VOWELS_FOR_Y else "и")
        elif ch == "y":
            if scheme == "2018":
                out.append("ы")
            else:
                # 2021 officially has y = й/и, but in practice y after a consonant is ы
                # ("Barlyğy"); after a vowel or before one at the word start it is й.
                out.append("й" if prev in _VOWELS_FOR_Y or (not prev and nxt in _VOWELS_LAT) else "ы")
        elif ch == "u":
            out.append("у" if scheme == "2021" else "ұ")
        elif ch in _COMMON:
            out.append(_COMMON[ch])
        elif ch in _APOSTROPHES:
            pass
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _latin_scheme(s: str) -> str:
    if not KAZAKH_LATIN_2021.isdisjoint(s):
        return "2021"
    if not KAZAKH_LATIN_2018.isdisjoint(s):
        return "2018"
    return ""


# An ordinary Cyrillic word: Russian/Kazakh letters (either case) and hyphens only. Nothing to
# repair but case and emphasis runs; tested with stdlib regexes (faster than `regex` here).
_PLAIN_CYR_RE = re.compile("[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ-]+")
_PLAIN_RUN3_RE = re.compile(r"([^-])\1\1")  # _RUN3_RE on such a word: every non-hyphen is a letter


def _plain(s: str) -> str:
    """normalize_token of an ordinary Cyrillic word."""
    low = s.lower()
    return low if _PLAIN_RUN3_RE.search(low) is None else _collapse(low)


@lru_cache(maxsize=262_144)
def _normalize(text: str, latin_kazakh: bool, scheme: str) -> str:
    s = text
    if _PLAIN_CYR_RE.fullmatch(s) is not None:  # fast path: ordinary Cyrillic word
        return _plain(s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    if s[:1] == "#" and len(s) > 1:
        s = s.lstrip("#")
    if "-" in s and s.strip("-") and not s.isascii() and script_of(s) == "mixed":
        # "iPhone-ды", "TikTok-та": each part keeps its own script.
        return "-".join(_normalize(part, latin_kazakh, scheme) if part else part for part in s.split("-"))
    return _normalize_part(s, latin_kazakh, scheme)


def _normalize_part(s: str, latin_kazakh: bool, scheme: str) -> str:
    if s.isascii():
        has_cyr = False
    else:
        has_cyr = _CYR_RE.search(s) is not None
    if has_cyr:
        if _LAT_RE.search(s) is not None or not _HOMOGLYPH_CHARS.isdisjoint(s):
            lat_left = sum(1 for ch in s if ch not in _HOMOGLYPH_CHARS and _LAT_RE.match(ch))
            n_cyr = len(_CYR_RE.findall(s))
            if not (lat_left and lat_left >= n_cyr):
                s = s.translate(_HOMOGLYPH_TABLE)
        else:
            s = s.translate(_CYR_VARIANT_TABLE)
        if "0" in s or "3" in s:
            s = _DIGIT_IN_WORD_RE.sub(lambda m: _DIGIT_MAP[m.group()], s)
        return _collapse(s.lower())
    # No Cyrillic: Latin (maybe Kazakh Latin), digits, other scripts.
    if _LAT_RE.search(s) is None:
        return _collapse(s.lower())
    kk_letters = has_kazakh_latin_letters(s)
    if not (latin_kazakh or kk_letters):
        return _collapse(s.lower())
    # Kazakh Latin. Lower-case by hand: capital I is і (2018) / ı (2021), İ is і.
    sch = scheme or _latin_scheme(s)
    low = s.replace("İ", "i")
    if sch == "2021":
        low = low.replace("I", "ı")
    low = _collapse(low.lower())
    return _collapse(_latin_to_kazakh(low, sch))


def normalize_token(text: str, latin_kazakh: bool = False, scheme: str = "") -> str:
    """Lower-cased, analysable form of one token.

    ``latin_kazakh``: the sentence is Kazakh written in Latin script, so Latin words without
    Kazakh-specific letters are transliterated too. ``scheme`` forces the Latin alphabet
    ("2018", "2021"); by default it is guessed per token (2021 letters -> 2021, else 2018
    rules, with informal ``y`` after a vowel read as ``й``).
    """
    if not text:
        return text
    if _PLAIN_CYR_RE.fullmatch(text) is not None:  # most tokens: no cache needed
        return _plain(text)
    return _normalize(text, latin_kazakh, scheme)


@lru_cache(maxsize=65_536)
def script_of(text: str) -> str:
    """"cyrillic", "latin", "mixed" (both) or "other" (no Cyrillic or Latin letter)."""
    cyr = _CYR_RE.search(text) is not None
    lat = _LAT_RE.search(text) is not None
    if cyr and lat:
        return "mixed"
    if cyr:
        return "cyrillic"
    if lat:
        return "latin"
    return "other"


def split_hashtag(text: str) -> list[tuple[int, int]]:
    """Sub-word ``(start, end)`` offsets within a hashtag token, split on case changes,
    underscores, letter/digit changes. A leading ``#`` is skipped.

    ``#ЖерСатылмайды`` -> [(1, 4), (4, 14)]; ``#save_Kok_Zhailau`` -> three parts.
    """
    return [m.span() for m in _HASHTAG_PART_RE.finditer(text)]
