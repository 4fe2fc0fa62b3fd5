"""Russian morphology: pymorphy3 readings converted to Universal Dependencies tags.

Why not spaCy's own Russian lemmatizer: in a blank pipeline it keeps only one lemma and leaves
ambiguous words unlemmatised, while rules need *every* reading ("any reading is an
imperative": `выходите` ranks the indicative first). All readings are kept; the order only
decides what is *shown* as the lemma, and follows Universal Dependencies conventions where
OpenCorpora's differ (measured on UD Russian Taiga *dev*; the test part is only for reporting).
"""

from __future__ import annotations

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
# Abbreviations: lemma of the full word (UD lemmatises "г." as "год").
_ABBREVIATIONS = {
    "г.": "год", "гг.": "год", "г": "год", "см.": "смотреть", "д.": "далее", "т.": "тот",
    "мл": "миллилитр", "мг": "миллиграмм", "кг": "килограмм", "км": "километр", "м": "метр",
    "см": "сантиметр", "мм": "миллиметр", "руб.": "рубль", "руб": "рубль", "тыс.": "тысяча", "тыс": "тысяча",
    "млн": "миллион", "млн.": "миллион", "млрд": "миллиард", "млрд.": "миллиард", "тг": "тенге",
    "пн": "понедельник", "вт": "вторник", "ср": "среда", "чт": "четверг", "пт": "пятница",
    "сб": "суббота", "вс": "воскресенье", "зп": "зарплата", "ул.": "улица", "пр.": "проспект",
}
# Rare or archaic lemmas that OpenCorpora ranks too high for common forms ("большие" → "больший").
_RARE_LEMMAS = frozenset({"больший", "родный", "варение", "счастие", "мильный", "юркий", "погодка"})
_TIME_NOUNS = frozenset({"зима", "лето", "весна", "осень", "утро", "вечер", "ночь", "день", "пора"})
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
        if lower in _ABBREVIATIONS:
            return (Reading(_ABBREVIATIONS[lower], "NOUN", (("Abbr", "Yes"),)),)
        if len(lower) == 2 and lower[1] == "." and lower[0].isalpha():
            return (Reading(lower[0], "PROPN" if proper else "NOUN", (("Abbr", "Yes"),)),)  # an initial
        try:
            parses = self._morph.parse(lower)
            known = self._morph.word_is_known(lower)
        except ValueError:  # pymorphy fails on characters Unicode gives no name (unassigned, private use)
            return (Reading(lower, "X"),)
        scored = []
        tags = [str(p.tag) for p in parses]
        for order, (p, tag) in enumerate(zip(parses, tags)):
            pos, feats, grams = _tag_to_ud(tag)
            lemma = _UD_LEMMA.get(p.normal_form, p.normal_form)
            if "Supr" in grams and pos == "ADJ":
                # UD keeps the superlative as its own lemma ("крупнейший"), OpenCorpora gives "крупный".
                f = p.inflect({"masc", "sing", "nomn"})
                lemma = f.word if f else lemma
            is_name = not grams.isdisjoint(_NAME_GRAMMEMES)
            if is_name:
                pos = "PROPN"
                if "femn" in grams and ("Surn" in grams or "Patr" in grams):
                    # UD keeps the feminine form: "Ахматова", "Алексеевна" (OpenCorpora: masculine).
                    f = p.inflect({"sing", "nomn"})
                    lemma = f.word if f else lemma
            weight = p.score + _bonus(tag, pos, lemma, lower, tags, proper, is_name)
            scored.append((-weight, order, Reading(lemma=lemma, pos=pos, feats=feats, score=float(p.score))))
        scored.sort(key=lambda x: (x[0], x[1]))
        seen: set[tuple] = set()
        readings: list[Reading] = []
        for _, _, r in scored:
            key = (r.lemma, r.pos, r.feats)
            if key not in seen:
                seen.add(key)
                readings.append(r)
        if proper and not known:
            # An unknown capitalised word is a name: show it as written rather than a guess.
            readings.insert(0, Reading(lower, "PROPN"))
        return tuple(readings) if readings else (Reading(lower, "X"),)


def _bonus(tag: str, pos: str, lemma: str, word: str, tags: list[str], proper: bool, is_name: bool) -> float:
    """Re-ranking towards UD's conventions and running-text frequencies."""
    b = 0.0
    if _PREFER.get(word) == lemma:
        b += 1.0
    if "ADJS" in tag and "neut" in tag and any("Prdx" in t or t.startswith("PRED") for t in tags):
        b += 0.9  # "страшно", "видно": UD lemmatises predicatives as the adjective
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
