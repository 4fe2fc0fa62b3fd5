"""pymorphy3's ``MorphAnalyzer.parse`` with less Python around it, for words met for the first time.

The results are pymorphy3's own, as plain ``(word, tag, normal_form, score, methods_stack)``
tuples (what ``MorphAnalyzer(result_type=None)`` returns), together with what
``MorphAnalyzer.word_is_known`` would answer. A word found in the dictionary (most words) is
parsed in one loop: pymorphy3 spends as long again as its dictionary look-up on method calls,
namedtuples and a second look-up for ``word_is_known``. Any other word goes through pymorphy3's
own units, minus the dictionary look-up already made (and, for a word of Cyrillic letters, minus
the units of numbers, punctuation, Roman numerals and Latin words, which cannot take it).

This reads pymorphy3's dictionary layout (``Dictionary.paradigms``, ``gramtab`` ...), which is
private: :class:`Parser` checks itself against ``MorphAnalyzer.parse`` on a few words when it is
made and falls back to plain ``MorphAnalyzer.parse`` if a later pymorphy3 answers differently
(tests/test_russian_parse.py compares them on many more).
"""

from __future__ import annotations

import re
from operator import itemgetter

# Words whose parses take each branch below: several readings, "е" read as "ё", paradigm
# prefixes ("наи-"), form index 0, zero P(tag|word), guessed words, hyphens, numbers, Latin.
SELF_CHECK_WORDS = (
    "стали", "печь", "еж", "ежик", "наилучший", "наилучших", "подальше", "люди", "мыла", "все", "ее", "коня",
    "звезды", "автор", "австрию", "1930-х", "20-е",
    "быстрее", "выходите", "жолкевского", "сырбу", "кто-нибудь", "по-русски", "интернет-магазин",
    "123", "xiv", "hello", "абырвалг", "хорошо-то", "-", "бронзовеют", "видеооператор", "снежно-пальмового",
)

_score = itemgetter(3)
_cyrillic_word = re.compile(r"[а-яё-]*[а-яё][а-яё-]*").fullmatch


class Parser:
    """``parse(word)`` → (pymorphy3's parses of ``word``, ``note`` of each parse's tag, whether the word is
    in the dictionary).

    ``note(tag_string)`` is the caller's summary of a tag: it is asked once per tag, and its answers
    are kept (a dictionary tag's by its number in pymorphy3's table).
    """

    def __init__(self, morph, note=str) -> None:
        self.morph = morph
        self._note = note
        self._notes: dict[str, object] = {}  # tag string → note
        self._fast = False
        try:
            self._init_fast(morph)
            self._fast = True
            self._fast = all(self._same(w) for w in SELF_CHECK_WORDS)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError, ImportError, StopIteration):
            self._fast = False

    def _init_fast(self, morph) -> None:
        from pymorphy3.units import (
            DictionaryAnalyzer, LatinAnalyzer, NumberAnalyzer, PunctuationAnalyzer, RomanNumberAnalyzer,
        )
        from pymorphy3.units.abbreviations import _InitialsAnalyzer

        units = [(u.analyzer, u.is_terminal) for u in morph._units]
        # The first group: the dictionary, then the analysers of initials ("А", "Б."), whose only
        # input is one capital letter.
        first = next(i for i, (_, terminal) in enumerate(units) if terminal)
        group = [u for u, _ in units[: first + 1]]
        if type(group[0]) is not DictionaryAnalyzer or not all(isinstance(u, _InitialsAnalyzer) for u in group[1:]):
            raise TypeError("unexpected pymorphy3 units")
        self._dict_unit = group[0]
        self._initials = frozenset().union(*(u._letters_set for u in group[1:]))
        rest = units[first + 1:]
        self._rest = tuple((u.parse, terminal) for u, terminal in rest)
        # Numbers, punctuation, Roman numerals and Latin words, tried next, cannot be a word of Cyrillic
        # letters and hyphens: such a word skips them.
        shapes = (NumberAnalyzer, PunctuationAnalyzer, RomanNumberAnalyzer, LatinAnalyzer)
        skip = 0
        while skip < len(rest) and type(rest[skip][0]) in shapes:
            skip += 1
        self._rest_cyrillic = self._rest[skip:]
        d = morph.dictionary
        self._similar_items = d.words.similar_items
        self._substitutes = morph.char_substitutes
        self._paradigms, self._gramtab = d.paradigms, d.gramtab
        self._suffixes, self._prefixes = d.suffixes, d.paradigm_prefixes
        self._tag_strings = [str(tag) for tag in d.gramtab]
        self._tag_notes: list = [None] * len(d.gramtab)
        estimator = morph.prob_estimator
        self._prob = None if estimator is None else estimator.p_t_given_w.get
        self._multiplier = None if estimator is None else estimator.p_t_given_w.MULTIPLIER

    def _same(self, word: str) -> bool:
        mine, notes, known = self.parse(word)
        theirs = self.morph.parse(word)
        return (
            [tuple(p) for p in mine] == [tuple(p) for p in theirs]
            and notes == [self._note(str(p[1])) for p in theirs]
            and known == self.morph.word_is_known(word)
        )

    def _notes_of(self, parses: list) -> list:
        notes, note = self._notes, self._note
        out = []
        for p in parses:
            tag = str(p[1])
            n = notes.get(tag)
            if n is None:
                n = notes[tag] = note(tag)
            out.append(n)
        return out

    def parse(self, word: str) -> tuple[list[tuple], list, bool]:
        morph = self.morph
        if not self._fast or word in self._initials:
            res = [tuple(p) for p in morph.parse(word)]
            return res, self._notes_of(res), morph.word_is_known(word)
        word_lower = word.lower()
        items = self._similar_items(word_lower, self._substitutes)
        if items:
            return self._dictionary_parses(word_lower, items)
        # Not in the dictionary: pymorphy3's other units, as MorphAnalyzer.parse runs them.
        res: list = []
        seen: set = set()
        for parse, is_terminal in self._rest_cyrillic if _cyrillic_word(word) else self._rest:
            res.extend(parse(word, word_lower, seen))
            if is_terminal and res:
                break
        if res and self._prob is not None:  # ProbabilityEstimator.apply_to_parses, on plain tuples
            get, multiplier = self._prob, self._multiplier
            probs = [get(f"{word_lower}:{p[1]._str}", 0) / multiplier for p in res]
            if sum(probs) == 0:  # no P(tag|word) known: scores normalised
                k = 1.0 / sum(map(_score, res))
                res = [(w, tag, nf, score * k, stack) for (w, tag, nf, score, stack) in res]
            else:
                res = [(w, tag, nf, prob, stack) for (w, tag, nf, _, stack), prob in zip(res, probs)]
                res.sort(key=_score, reverse=True)
        return res, self._notes_of(res), False

    def _dictionary_parses(self, word_lower: str, items: list) -> tuple[list[tuple], list, bool]:
        """DictionaryAnalyzer.parse followed by ProbabilityEstimator.apply_to_parses, in one loop."""
        paradigms, gramtab, suffixes, prefixes = self._paradigms, self._gramtab, self._suffixes, self._prefixes
        strings, get, multiplier = self._tag_strings, self._prob, self._multiplier
        unit = self._dict_unit
        res = []
        ids = []
        probs = []
        for fixed_word, found in items:
            for para_id, idx in found:
                paradigm = paradigms[para_id]
                n = len(paradigm) // 3
                if idx == 0:
                    normal_form = fixed_word
                else:  # Dictionary.build_normal_form
                    prefix = prefixes[paradigm[n * 2 + idx]]
                    suffix = suffixes[paradigm[idx]]
                    stem = fixed_word[len(prefix):-len(suffix)] if suffix else fixed_word[len(prefix):]
                    normal_form = prefixes[paradigm[n * 2]] + stem + suffixes[paradigm[0]]
                tag_id = paradigm[n + idx]
                # The score is ProbabilityEstimator's P(tag|word) (1.0, DictionaryAnalyzer's, without an estimator).
                prob = 1.0 if get is None else get(f"{word_lower}:{strings[tag_id]}", 0) / multiplier
                ids.append(tag_id)
                probs.append(prob)
                res.append((fixed_word, gramtab[tag_id], normal_form, prob, ((unit, fixed_word, para_id, idx),)))
        if get is not None:
            if sum(probs) == 0:  # no P(tag|word) known: DictionaryAnalyzer's scores (1.0 each) normalised
                k = 1.0 / len(res)
                res = [(w, tag, nf, k, stack) for (w, tag, nf, _, stack) in res]
            elif len(res) > 1:  # best first (a stable sort, as pymorphy3's)
                order = sorted(range(len(res)), key=probs.__getitem__, reverse=True)
                res = [res[i] for i in order]
                ids = [ids[i] for i in order]
        notes = self._tag_notes
        out = []
        for i in ids:
            n = notes[i]
            if n is None:
                n = notes[i] = self._note(strings[i])
            out.append(n)
        return res, out, True
