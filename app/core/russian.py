"""Russian morphology: pymorphy3 readings converted to Universal Dependencies tags.

Why not spaCy's own Russian lemmatizer: in a blank pipeline it keeps only one lemma and leaves
ambiguous words unlemmatised, while rules need *every* reading ("any reading is an
imperative": `выходите` ranks the indicative first). All readings are kept, best first.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.model import Reading

# UD lemma conventions that differ from OpenCorpora's (measured on UD Russian Taiga/GSD dev).
_LEMMA_FIXES = {
    "всё": "все",  # pronoun/particle "всё" is lemmatised as "весь" or "все" in UD; keep the plain form
}


def _oc2ud(tag: str) -> tuple[str, dict[str, str]]:
    from spacy.lang.ru.lemmatizer import oc2ud  # the conversion table spaCy itself uses

    return oc2ud(tag)


class RussianAnalyzer:
    """Cached pymorphy3 analysis returning :class:`Reading` tuples."""

    def __init__(self) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self.analyse = lru_cache(maxsize=200_000)(self._analyse)

    def _analyse(self, word: str) -> tuple[Reading, ...]:
        lower = word.lower()
        parses = self._morph.parse(lower)
        seen: dict[tuple, Reading] = {}
        for p in parses:
            pos, feats = _tag_to_ud(str(p.tag))
            lemma = p.normal_form
            if pos == "PROPN" or "Surn" in p.tag or "Name" in p.tag:
                pos = "PROPN"
            lemma = _LEMMA_FIXES.get(lemma, lemma)
            key = (lemma, pos, tuple(sorted(feats.items())))
            if key in seen:
                continue
            seen[key] = Reading(lemma=lemma, pos=pos, feats=key[2], score=float(p.score))
        readings = list(seen.values())
        return tuple(readings) if readings else (Reading(lower, "X"),)


@lru_cache(maxsize=4096)
def _tag_to_ud(tag: str) -> tuple[str, dict[str, str]]:
    pos, feats = _oc2ud(tag)
    # pymorphy's "impr,incl" ("выйдем", "соберёмся") is the 1pl "let's" form: keep it an imperative.
    if "impr" in tag and "incl" in tag:
        feats["Person"] = "1"
        feats["Number"] = "Plur"
    if "INFN" in tag:
        feats.setdefault("VerbForm", "Inf")
    if "UNKN" in tag or "LATN" in tag:
        pos = "X"
    return pos, feats
