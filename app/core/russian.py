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

from app.core.model import Reading

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


def _oc2ud(tag: str) -> tuple[str, dict[str, str]]:
    from spacy.lang.ru.lemmatizer import oc2ud  # the conversion table spaCy itself uses

    return oc2ud(tag)


class RussianAnalyzer:
    """Cached pymorphy3 analysis returning :class:`Reading` tuples, best first."""

    def __init__(self) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._cached = lru_cache(maxsize=200_000)(self._analyse)

    def analyse(self, word: str, proper: bool = False) -> tuple[Reading, ...]:
        """All readings of ``word``; ``proper`` says it is capitalised inside a sentence."""
        return self._cached(word.lower(), proper)

    def _analyse(self, lower: str, proper: bool) -> tuple[Reading, ...]:
        if len(lower) == 2 and lower[1] == "." and lower[0].isalpha() and (proper or lower not in _ABBREVIATIONS):
            return (Reading(lower[0], "PROPN" if proper else "NOUN", (("Abbr", "Yes"),)),)  # an initial: "А. С."
        if lower in _ABBREVIATIONS:
            full = _ABBREVIATIONS[lower]
            lemma, pos = (full, "NOUN") if isinstance(full, str) else full
            return (Reading(lemma, pos, (("Abbr", "Yes"),)),)
        try:
            parses = self._morph.parse(lower)
            known = self._morph.word_is_known(lower)
        except ValueError:  # pymorphy fails on characters Unicode gives no name (unassigned, private use)
            return (Reading(lower, "X"),)
        scored = []
        tags = [str(p.tag) for p in parses]
        # An unknown word ending like "-ская", "-ском" is an adjective (of a place, mostly) whatever pymorphy guesses.
        adjective_like = not known and _SK_ADJECTIVE.search(lower) is not None
        classes = {t[:4] for t in tags}  # OpenCorpora parts of speech: "NOUN", "ADJS", "PRTS" ...
        for order, (p, tag) in enumerate(zip(parses, tags)):
            pos, feats, grams = _tag_to_ud(tag)
            lemma = _UD_LEMMA.get(p.normal_form, p.normal_form)
            if "Supr" in grams and pos == "ADJ":
                # UD keeps the superlative as its own lemma ("крупнейший"), OpenCorpora gives "крупный".
                lemma = _superlative(p, lower)
            elif pos == "NOUN" and lemma.endswith("ие") and _soft_sign_variant(lower, lemma):
                # "знанья", "счастья": UD keeps the "-ье" spelling, OpenCorpora folds it into "знание".
                lemma = lemma[:-2] + "ье"
            is_name = not grams.isdisjoint(_NAME_GRAMMEMES)
            if is_name:
                pos = "PROPN"
                if "femn" in grams and ("Surn" in grams or "Patr" in grams):
                    # UD keeps the feminine form: "Ахматова", "Алексеевна" (OpenCorpora: masculine).
                    f = p.inflect({"sing", "nomn"})
                    lemma = f.word if f else lemma
            weight = p.score + _bonus(tag, pos, lemma, lower, tags, classes, proper, is_name)
            if adjective_like and pos == "ADJ":
                weight += 0.5
            scored.append((-weight, order, Reading(lemma=lemma, pos=pos, feats=feats, score=float(p.score))))
        scored.sort(key=lambda x: (x[0], x[1]))
        seen: set[tuple] = set()
        readings: list[Reading] = []
        for _, _, r in scored:
            key = (r.lemma, r.pos, r.feats)
            if key not in seen:
                seen.add(key)
                readings.append(r)
        if lower in _COMPARATIVE_ADVERBS and "COMP" in classes and not any(r.lemma == lower for r in readings):
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


def _bonus(
    tag: str, pos: str, lemma: str, word: str, tags: list[str], classes: set[str], proper: bool, is_name: bool
) -> float:
    """Re-ranking towards UD's conventions and running-text frequencies.

    ``tags`` are the pymorphy tags of every reading of ``word``; ``classes`` their parts of speech.
    """
    b = 0.0
    if _PREFER.get(word) == lemma:
        b += 1.0
    if (
        "ADJS" in tag
        and "neut" in tag
        and "PRCL" not in classes  # "просто", "хорошо" as particles keep their own lemma
        and ("PRED" in classes or any("Prdx" in t for t in tags))
    ):
        b += 0.9  # "страшно", "видно": UD lemmatises predicatives as the adjective
    if "PRTS" in tag and "ADJS" in classes and not classes & {"ADVB", "NOUN"}:
        b += 0.5  # "одет", "разбиты", "похоронен": UD's short passive participle is the verb, not an adjective
    elif "ADJS" in tag and lemma.endswith("мый") and "VERB" in classes:
        b -= 0.5  # "представим", "ударяем": the 1st person plural, not the short form of "-мый"
    elif pos == "NOUN" and "ADJF" in classes and lemma.endswith(_ADJECTIVE_ENDINGS):
        b -= 0.5  # "главного", "кривых": the adjective rather than OpenCorpora's nominalised "главное", "кривая"
    elif tag.startswith("ADVB") and lemma == word and "COMP" in classes:
        b += 0.7  # "больше": UD's comparative adverb is its own lemma
    if pos == "NOUN" and "ablt" in tag and lemma in _TIME_NOUNS and any(t.startswith("ADVB") for t in tags):
        b += 0.6  # "зимой", "вечером": the noun of time, not an adverb
    if "impr" in tag and any("indc" in t for t in tags):
        b -= 0.3  # imperatives are rarer than indicatives in running text
    if proper and is_name:
        b += 0.8
    if "Infr" in tag or "Arch" in tag or "Erro" in tag or "Dist" in tag:
        b -= 0.3
    if lemma in _RARE_LEMMAS:
        b -= 0.5
    return b


def _superlative(parse, word: str) -> str:
    """The masculine nominative of a superlative, in the word's own stem: "лучших" → "лучший" (not "наихороший")."""
    m = _SUPERLATIVE_ENDING.search(word)
    if m:
        return word[: m.start()] + "ий"
    f = parse.inflect({"masc", "sing", "nomn"})
    return f.word if f else parse.normal_form


def _soft_sign_variant(word: str, lemma: str) -> bool:
    """Whether ``word`` spells the "-ие" noun ``lemma`` with "-ь-" ("сомненья" of "сомнение")."""
    stem = len(lemma) - 2
    return len(word) > stem and word[stem] == "ь" and word.startswith(lemma[:stem])


@lru_cache(maxsize=8192)
def _tag_to_ud(tag: str) -> tuple[str, tuple[tuple[str, str], ...], frozenset[str]]:
    """(UD part of speech, sorted UD features, OpenCorpora grammemes) of a pymorphy tag."""
    pos, feats = _ud_of(tag)
    return pos, tuple(sorted(feats.items())), frozenset(tag.replace(" ", ",").split(","))


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
