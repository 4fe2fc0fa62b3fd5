"""Russian morphology: pymorphy3 readings converted to Universal Dependencies tags.

Why not spaCy's own Russian lemmatizer: in a blank pipeline it keeps only one lemma and leaves
ambiguous words unlemmatised, while rules need *every* reading ("any reading is an
imperative": `выходите` ranks the indicative first). All readings are kept; the order only
decides what is *shown* as the lemma, and follows Universal Dependencies conventions where
OpenCorpora's differ (measured on UD Russian Taiga *dev*; the test part is only for reporting).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from app.core.model import Reading, new_reading

# Lemma conventions of UD Russian that OpenCorpora (pymorphy) spells differently.
_UD_LEMMA = {
    "должный": "должен",  # short forms "должен/должна/должно" → "должен"
    "деньга": "деньги",  # plurale tantum
    "здравствуйте": "здравствовать",
    "значит": "значить",
}
# Frequent homographs whose dictionary-first reading is the rare one in running text.
_PREFER = {"есть": "быть", "рады": "рад", "пришли": "прийти"}
# Abbreviations: lemma of the full word (UD lemmatises "г." as "год"), with its part of speech when not a noun.
_ABBREVIATIONS: dict[str, str | tuple[str, str]] = {
    "г.": "год", "гг.": "год", "г": "год", "в.": "век", "вв.": "век", "см.": ("смотреть", "VERB"),
    "т.": ("так", "ADV"), "д.": ("далее", "ADV"), "е.": ("быть", "VERB"),  # "и т. д.", "т. е."
    "др.": ("другой", "ADJ"), "букв.": ("буквально", "ADV"), "сокр.": ("сокращённо", "ADV"),
    "род.": ("родиться", "VERB"), "ум.": ("умереть", "VERB"), "э.": "эра", "чел.": "человек", "чел": "человек",
    "тел.": "телефон", "примеч.": "примечание",
    "мл": "миллилитр", "мг": "миллиграмм", "кг": "килограмм", "км": "километр", "м": "метр",
    "см": "сантиметр", "мм": "миллиметр", "руб.": "рубль", "руб": "рубль", "тыс.": "тысяча", "тыс": "тысяча",
    "млн": "миллион", "млн.": "миллион", "млрд": "миллиард", "млрд.": "миллиард", "тг": "тенге",
    "пн": "понедельник", "вт": "вторник", "ср": "среда", "чт": "четверг", "пт": "пятница",
    "сб": "суббота", "вс": "воскресенье", "зп": "зарплата", "ул.": "улица", "пр.": "проспект",
}
# Comparatives that UD Russian lemmatises as adverbs of their own ("позже", not "поздний") and that
# OpenCorpora only knows as comparatives of an adjective.
_COMPARATIVE_ADVERBS = frozenset({"позже", "позднее", "раньше", "дальше", "меньше", "больше"})
# Rare or archaic lemmas that OpenCorpora ranks too high for common forms ("большие" → "больший").
_RARE_LEMMAS = frozenset({"больший", "родный", "варение", "счастие", "мильный", "юркий", "погодка"})
_TIME_NOUNS = frozenset({"зима", "лето", "весна", "осень", "утро", "вечер", "ночь", "день", "пора"})
_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_SK_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ие|ого|ой|ом|ому|им|ую|ими|их)$")
_SUPERLATIVE_ENDING = re.compile(r"(?<=[шщ])(?:ий|ая|ее|ие|его|ей|ем|ему|им|ую|ими|их|ею)$")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


# Grammemes spaCy's table leaves unmapped and reads at the end: names make a PROPN, "Auxt" an AUX, "Pltm" Number=Ptan.
_OC2UD_LAST = frozenset({"Name", "Patr", "Surn", "Geox", "Orgn", "Auxt", "Pltm"})


def _oc2ud(tag: str) -> tuple[str, dict[str, str]]:
    """spaCy's ``oc2ud(tag)``, put together from what it says of each grammeme alone.

    Same result (tests/test_russian_parse.py compares every tag of the dictionary; no tag has both a
    name grammeme and "Auxt", whose order spaCy leaves to a set). spaCy's function rebuilds and sorts
    its table on every call (~40 µs), which a word with a tag not met before paid on a first check.
    """
    pos = "X"
    feats: dict[str, str] = {}
    last = []
    for gram in tag.replace(" ", ",").split(","):
        if gram in _OC2UD_LAST:
            last.append(gram)
            continue
        gram_pos, gram_feats = _oc2ud_grammeme(gram)
        if gram_pos != "X":  # spaCy's table has no "X": the grammeme names a part of speech
            pos = gram_pos
        feats.update(gram_feats)
    for gram in last:
        if gram == "Auxt":
            pos = "AUX"
        elif gram == "Pltm":
            feats["Number"] = "Ptan"
        else:
            pos = "PROPN"
    return pos, feats


@lru_cache(maxsize=None)
def _oc2ud_grammeme(gram: str) -> tuple[str, dict[str, str]]:
    from spacy.lang.ru.lemmatizer import oc2ud  # the conversion table spaCy itself uses

    return oc2ud(gram)


class RussianAnalyzer:
    """Cached pymorphy3 analysis returning :class:`Reading` tuples, best first."""

    def __init__(self) -> None:
        import pymorphy3

        from app.core.russian_parse import Parser

        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        # pymorphy3's parses as plain tuples, the _TagInfo of each, and whether the word is in the dictionary
        self._parse = Parser(self._morph, _tag_info).parse
        self._wrap = self._morph._result_type  # the Parse class, for the few readings that need inflecting
        self._cached = lru_cache(maxsize=200_000)(self._analyse)

    def analyse(self, word: str, proper: bool = False) -> tuple[Reading, ...]:
        """All readings of ``word``; ``proper`` says it is capitalised inside a sentence."""
        return self._cached(word.lower(), proper)

    def _ud_lemma(self, parse: tuple, info: _TagInfo, lemma: str, lower: str) -> str:
        """``lemma`` in UD's spelling where the tag says it may differ from OpenCorpora's."""
        if info.superlative:
            # UD keeps the superlative as its own lemma ("крупнейший"), OpenCorpora gives "крупный".
            lemma = _superlative(parse, lower, self._wrap)
        elif info.ud_noun and lemma.endswith("ие") and _soft_sign_variant(lower, lemma):
            # "знанья", "счастья": UD keeps the "-ье" spelling, OpenCorpora folds it into "знание".
            lemma = lemma[:-2] + "ье"
        if info.feminine_name:
            # UD keeps the feminine form: "Ахматова", "Алексеевна" (OpenCorpora: masculine).
            f = _inflect(parse, {"sing", "nomn"}, self._wrap)
            lemma = f.word if f else lemma
        return lemma

    def _analyse(self, lower: str, proper: bool) -> tuple[Reading, ...]:
        if len(lower) == 2 and lower[1] == "." and lower[0].isalpha() and (proper or lower not in _ABBREVIATIONS):
            return (Reading(lower[0], "PROPN" if proper else "NOUN", (("Abbr", "Yes"),)),)  # an initial: "А. С."
        if lower in _ABBREVIATIONS:
            full = _ABBREVIATIONS[lower]
            lemma, pos = (full, "NOUN") if isinstance(full, str) else full
            return (Reading(lemma, pos, (("Abbr", "Yes"),)),)
        try:
            parses, infos, known = self._parse(lower)
        except ValueError:  # pymorphy fails on characters Unicode gives no name (unassigned, private use)
            return (Reading(lower, "X"),)
        # An unknown word ending like "-ская", "-ском" is an adjective (of a place, mostly) whatever pymorphy guesses.
        adjective_like = not known and _SK_ADJECTIVE.search(lower) is not None
        readings: list[Reading]
        if len(parses) == 1:  # nothing to rank
            p = parses[0]
            info = infos[0]
            lemma = _UD_LEMMA.get(p[2], p[2])
            if info.lemma_rule or (info.ud_noun and lemma.endswith("ие")):
                lemma = self._ud_lemma(p, info, lemma, lower)
            readings = [_reading(lemma, info.pos, info.feats, float(p[3]))]
        else:
            classes = {i.cls for i in infos}  # OpenCorpora parts of speech: "NOUN", "ADJS", "PRTS" ...
            prefer = _PREFER.get(lower)
            rows = []
            for p, info in zip(parses, infos):
                lemma = _UD_LEMMA.get(p[2], p[2])
                if info.lemma_rule or (info.ud_noun and lemma.endswith("ие")):
                    lemma = self._ud_lemma(p, info, lemma, lower)
                weight = p[3] + _bonus(info, lemma, lower, prefer, infos, classes, proper)
                if adjective_like and info.pos == "ADJ":
                    weight += 0.5
                rows.append((-weight, lemma, info, p[3]))
            # Best weight first, ties in pymorphy's order (a stable sort); the first of equal readings is kept.
            if len(rows) == 2:
                if rows[1][0] < rows[0][0]:
                    rows.reverse()
            else:
                rows.sort(key=_first)
            readings = []
            for _, lemma, info, score in rows:
                pos, feats = info.pos, info.feats
                for r in readings:
                    if r.lemma == lemma and r.pos == pos and r.feats == feats:
                        break
                else:
                    readings.append(_reading(lemma, pos, feats, float(score)))
        if lower in _COMPARATIVE_ADVERBS and any(i.cls == "COMP" for i in infos) and not any(r.lemma == lower for r in readings):
            readings.insert(0, Reading(lower, "ADV", (("Degree", "Cmp"),)))
        if proper and not known:
            # An unknown capitalised word is a name. pymorphy's guess is shown when it takes a singular case
            # ending off ("Ассанжа" → "ассанж", "Жолкевского" → "жолкевский"); otherwise the word as written
            # ("Сырбу", "Гелиадор"), since guessing a nominative back from a nominative only garbles it.
            best = readings[0] if readings else None
            if best is None or not (
                (adjective_like and best.pos == "ADJ")
                or (len(best.lemma) < len(lower) and best.pos in ("NOUN", "PROPN", "ADJ") and best.feat("Number") != "Plur")
            ):
                readings.insert(0, Reading(lower, "PROPN"))
        return tuple(readings) if readings else (Reading(lower, "X"),)


_reading = new_reading


class _TagInfo(NamedTuple):
    """Everything the analysis needs that depends only on a pymorphy tag (computed once per tag)."""

    pos: str  # UD part of speech, PROPN for names
    feats: tuple[tuple[str, str], ...]
    cls: str  # OpenCorpora part of speech: "NOUN", "ADJS", "PRTS" ...
    ud_noun: bool  # UD NOUN before names become PROPN
    superlative: bool  # an adjective in the superlative
    is_name: bool
    feminine_name: bool  # a feminine surname or patronymic
    adjs: bool  # "ADJS" in the tag (substring tests as _bonus always made them)
    adjs_neut: bool
    prts: bool
    advb: bool  # the tag starts with "ADVB"
    ablt: bool
    impr: bool
    prdx: bool
    indc: bool
    rare: bool  # Infr, Arch, Erro or Dist
    lemma_rule: bool  # superlative or feminine_name: the lemma changes (as a NOUN's ending in "-ие" may)
    contextual: bool  # adjs, prts, advb, impr or a NOUN: _bonus looks at the other readings


@lru_cache(maxsize=None)  # a few thousand tags at most
def _tag_info(tag: str) -> _TagInfo:
    ud_pos, ud_feats = _ud_of(tag)
    grams = frozenset(tag.replace(" ", ",").split(","))  # OpenCorpora grammemes
    is_name = not grams.isdisjoint(_NAME_GRAMMEMES)
    pos = "PROPN" if is_name else ud_pos
    superlative = "Supr" in grams and ud_pos == "ADJ"
    feminine_name = is_name and "femn" in grams and ("Surn" in grams or "Patr" in grams)
    adjs, prts, advb, impr = "ADJS" in tag, "PRTS" in tag, tag.startswith("ADVB"), "impr" in tag
    return _TagInfo(
        pos=pos,
        feats=tuple(sorted(ud_feats.items())),
        cls=tag[:4],
        ud_noun=ud_pos == "NOUN",
        superlative=superlative,
        is_name=is_name,
        feminine_name=feminine_name,
        adjs=adjs,
        adjs_neut=adjs and "neut" in tag,
        prts=prts,
        advb=advb,
        ablt="ablt" in tag,
        impr=impr,
        prdx="Prdx" in tag,
        indc="indc" in tag,
        rare="Infr" in tag or "Arch" in tag or "Erro" in tag or "Dist" in tag,
        lemma_rule=superlative or feminine_name,
        contextual=adjs or prts or advb or impr or pos == "NOUN",
    )


_first = itemgetter(0)


def _bonus(
    info: _TagInfo, lemma: str, word: str, prefer: str | None, infos: list[_TagInfo], classes: set[str], proper: bool
) -> float:
    """Re-ranking towards UD's conventions and running-text frequencies.

    ``info`` describes this reading's tag, ``infos`` the tags of every reading of ``word``, ``classes`` their
    parts of speech; ``prefer`` is ``_PREFER.get(word)``.
    """
    b = 0.0
    if prefer == lemma:
        b += 1.0
    if info.contextual:
        b = _contextual_bonus(b, info, lemma, word, infos, classes)
    if proper and info.is_name:
        b += 0.8
    if info.rare:
        b -= 0.3
    if lemma in _RARE_LEMMAS:
        b -= 0.5
    return b


def _contextual_bonus(b: float, info: _TagInfo, lemma: str, word: str, infos: list[_TagInfo], classes: set[str]) -> float:
    """The part of `_bonus` that compares a reading with the others (only for tags marked ``contextual``)."""
    pos = info.pos
    if (
        info.adjs_neut
        and "PRCL" not in classes  # "просто", "хорошо" as particles keep their own lemma
        and ("PRED" in classes or any(i.prdx for i in infos))
    ):
        b += 0.9  # "страшно", "видно": UD lemmatises predicatives as the adjective
    if info.prts and "ADJS" in classes and "ADVB" not in classes and "NOUN" not in classes:
        b += 0.5  # "одет", "разбиты", "похоронен": UD's short passive participle is the verb, not an adjective
    elif info.adjs and lemma.endswith("мый") and "VERB" in classes:
        b -= 0.5  # "представим", "ударяем": the 1st person plural, not the short form of "-мый"
    elif pos == "NOUN" and "ADJF" in classes and lemma.endswith(_ADJECTIVE_ENDINGS):
        b -= 0.5  # "главного", "кривых": the adjective rather than OpenCorpora's nominalised "главное", "кривая"
    elif info.advb and lemma == word and "COMP" in classes:
        b += 0.7  # "больше": UD's comparative adverb is its own lemma
    if pos == "NOUN" and info.ablt and lemma in _TIME_NOUNS and any(i.advb for i in infos):
        b += 0.6  # "зимой", "вечером": the noun of time, not an adverb
    if info.impr and any(i.indc for i in infos):
        b -= 0.3  # imperatives are rarer than indicatives in running text
    return b


def _inflect(parse: tuple, grammemes: set[str], wrap):
    """``Parse.inflect`` of a plain parse tuple."""
    return wrap(*parse).inflect(grammemes)


def _superlative(parse: tuple, word: str, wrap) -> str:
    """The masculine nominative of a superlative, in the word's own stem: "лучших" → "лучший" (not "наихороший")."""
    m = _SUPERLATIVE_ENDING.search(word)
    if m:
        return word[: m.start()] + "ий"
    f = _inflect(parse, {"masc", "sing", "nomn"}, wrap)
    return f.word if f else parse[2]


def _soft_sign_variant(word: str, lemma: str) -> bool:
    """Whether ``word`` spells the "-ие" noun ``lemma`` with "-ь-" ("сомненья" of "сомнение")."""
    stem = len(lemma) - 2
    return len(word) > stem and word[stem] == "ь" and word.startswith(lemma[:stem])


def _ud_of(tag: str) -> tuple[str, dict[str, str]]:
    pos, feats = _oc2ud(tag)
    # pymorphy's "impr,incl" ("выйдем", "соберёмся") is the 1pl "let's" form: keep it an imperative.
    if "impr" in tag and "incl" in tag:
        feats["Person"] = "1"
        feats["Number"] = "Plur"
    if "INFN" in tag:
        feats.setdefault("VerbForm", "Inf")
    if tag.startswith("PRED"):
        pos = "ADV"
    if "UNKN" in tag or "LATN" in tag:
        pos = "X"
    return pos, feats
