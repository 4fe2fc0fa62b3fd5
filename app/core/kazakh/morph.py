"""Kazakh morphological analyser: right-to-left suffix stripping over a stem lexicon.

``KazakhAnalyzer().analyse(word)`` → all plausible ``Reading``s, best first, never empty.

A parse is ``stem + suffix chain``; its cost is the sum of the suffixes' costs plus a stem
cost (lexicon entry, short-stem penalty, stem-edge alternation, guessed stem). The lowest
cost wins. Words typed with Russian letters (``шыгындар``) are re-parsed over a "skeleton"
alphabet (ғ→г, қ→к, ң→н ...) and mapped back to properly spelled lemmas.
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache

from app.core.kazakh.lexicon import Lexicon
from app.core.kazakh.phonology import (
    BACK as BACK_SET,
    FRONT as FRONT_SET,
    KAZAKH_LETTERS,
    PURE_VOWELS,
    VOICED_TO_VOICELESS,
    VOWELS,
    harmony,
    has_vowel,
    skeleton,
)
from app.core.kazakh.suffixes import IMP_BARE, NEG, SUFFIXES, TAM, Suffix
from app.core.model import Reading

NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADV", "DET"})
VERB_POS = frozenset({"VERB", "AUX"})
CASE_NOM_POS = frozenset({"NOUN", "PROPN", "PRON"})

HARMONY_PENALTY = 1.6
GUESS_HARMONY_PENALTY = 0.9
COND_PENALTY = 1.4
GUESS_COST = 3.0
UNKNOWN_COST = 4.0
VERB_FROM_NOMINAL_COST = 1.6
SKELETON_COST = 0.7
FORM_SKELETON_COST = 0.5
GUESS_SKELETON_COST = 0.15  # a guessed stem with restored endings, against the same word guessed as typed  # an irregular form typed with Russian letters (сизге, олардын)
# restoring a consonant (к→қ) is cheaper than a vowel (а→ә): vowels carry harmony, names keep Russian vowels
SKELETON_SUB_COST = {"ғ": 0.12, "қ": 0.12, "ң": 0.15, "һ": 0.2, "ұ": 0.25, "ү": 0.25, "і": 0.25, "ә": 0.35, "ө": 0.35}
GUESS_VS_PENALTY = 0.4  # a guessed stem in vowel+с before -ы: the -сы possessive is likelier
GUESS_SY_PENALTY = 0.5  # a guessed stem ending in vowel+сы/сі: the 3rd-person possessive is likelier
# a bare 2sg imperative (таңда! аулақта!) is rare in running text; a word that also parses otherwise over the
# lexicon (таң+LOC) is more likely that
BARE_IMP_PENALTY = 0.5
# a bare passive/reciprocal stem as a 2sg command (жасыл! 'be made green', шетел!) is almost never written; a
# nominal of the same spelling (жасыл 'green', шетел 'abroad', тұман 'fog') is what such a word is
BARE_VOICE_PENALTY = 0.6
GUESS_PL_PENALTY = 0.4  # a guessed stem ending in a fitting plural ending (оралмандар-ды): the plural is likelier
PROPER_BONUS = 0.8  # a capitalised word inside a sentence: its proper-name reading first (Орал the city)
MAX_READINGS = 8
# a noun + 3rd-person possessive + case against a verb of the same spelling that is rarely written (see
# _prefer_possessed); a verb whose lexicon cost is above RARE_VERB_COST has few attested forms (жағын, тілін)
POSSESSED_PENALTY = 1.0
NEG_NOUN_PENALTY = 0.3
RARE_VERB_COST = -0.15
PSOR3 = ("Person[psor]", "3")
CONV = ("VerbForm", "Conv")
NEG_POL = ("Polarity", "Neg")
MA_ENDINGS = frozenset({"ма", "ме", "ба", "бе", "па", "пе"})  # the negative suffix, and nouns made with it
MAX_SPREAD = 3.5

# a noun drops the ы/і of its last syllable before a vowel-initial ending only before these consonants
# (орын → орны, ауыз → аузы, дауыс → даусы, халық → халқы, бөрік → бөркі, қалып → қалпы); сорлы is сор + -лы, not "сорыл" + -ы
EPENTHESIS_FINALS = frozenset("нзсқкп")
# verbs made from nominals: -ла after vowels and р й у, -да after л м н ң з ж, -та after voiceless consonants
_LA = frozenset(PURE_VOWELS) | frozenset("рйу")
_DA = frozenset("лмнңзж")
_TA = frozenset("кқпстфхцчшщ")
DENOMINAL = {"ла": _LA, "ле": _LA, "да": _DA, "де": _DA, "та": _TA, "те": _TA}
DENOMINAL_BASES = frozenset({"NOUN", "ADJ"})
DENOMINAL_COST = 0.8
CAUSATIVES = ("дыр", "дір", "тыр", "тір", "ғыз", "гіз", "қыз", "кіз", "ыр", "ір", "т")
_REPEAT = re.compile(r"(.)\1{2,}")
_PLURALS = {x.surface: x.cond for x in SUFFIXES if x.tag == "PL"}
# the abstract-noun suffix -лық/-лік at the end of a guessed stem, typed with Russian letters
_DERIV_SKEL = {skeleton(x): x for x in ("лық", "лік", "дық", "дік", "тық", "тік")}
CLITICS = frozenset({"ау", "ақ", "ей", "мыс", "ғой", "қой", "ма", "ме", "да", "де", "ай", "ә"})


def _score(cost: float) -> float:
    """Cost → score in (0, 1), higher is better (logistic, 0.5 at cost 1)."""
    return round(1.0 / (1.0 + math.exp(2.0 * (cost - 1.0))), 4)


def _short_stem_cost(stem: str, pos: str) -> float:
    n = len(stem)
    if n >= 4:
        return 0.0
    if n == 3:
        return 0.1
    if n == 2:
        return 0.2 if pos in VERB_POS else 0.4
    return 2.5


@lru_cache(maxsize=4096)
def _prefix_info(w: str):
    """harmony of every prefix w[:m] and the index of the first vowel (a stem needs one)."""
    harm = [None] * (len(w) + 1)
    h = None
    for i, ch in enumerate(w):
        if ch in BACK_SET:
            h = "b"
        elif ch in FRONT_SET or ch == "ь":  # фильмдер, королі: a soft sign calls for front suffixes
            h = "f"
        harm[i + 1] = h
    fv = next((i for i, ch in enumerate(w) if ch in VOWELS), len(w))
    return harm, fv


def _last_vowel(s: str) -> str:
    for ch in reversed(s):
        if ch in VOWELS:
            return ch
    return ""


class _Grammar:
    """The suffix table indexed by surface, for one alphabet (real Kazakh or Russian-letter skeleton)."""

    def __init__(self, skel: bool):
        self.skel = skel
        idx: dict[str, dict[str, list[Suffix]]] = {"N": {}, "V": {}, "Z": {}}
        for s in SUFFIXES:
            surf = skeleton(s.surface) if skel else s.surface
            lst = idx[s.kind].setdefault(surf, [])
            if not any(o == s for o in lst):
                lst.append(s)
        self.idx = idx
        allx: dict[str, list[Suffix]] = {}
        for d in idx.values():
            for surf, lst in d.items():
                allx.setdefault(surf, []).extend(lst)
        self.idx_all = {k: tuple(v) for k, v in allx.items()}
        self.lens_all = sorted({len(x) for x in allx}, reverse=True)
        self.lens = {k: sorted({len(x) for x in v}, reverse=True) for k, v in idx.items()}
        # per chain kind (a nominal chain may meet N or Z suffixes, a verbal one only V), with every ending of
        # a suffix surface: walking a word from its end stops at the first miss
        self.by_kind = {}
        for kind, kinds in (("N", ("N", "Z")), ("V", ("V",))):
            d2: dict[str, list[Suffix]] = {}
            for kk in kinds:
                for surf, lst in idx[kk].items():
                    d2.setdefault(surf, []).extend(lst)
            tails = frozenset(x[-k:] for x in d2 for k in range(1, len(x) + 1))
            self.by_kind[kind] = ({k: tuple(v) for k, v in d2.items()}, tails, max(len(x) for x in d2))
        self.front_i = "и" if skel else "і"
        # surfaces of suffixes that lose a letter on a Russian keyboard (-ыңдар → -ындар, -айық → -айык):
        # a word ending so may be a plainly spelled stem with a restorable suffix
        self.restorable = frozenset(skeleton(x.surface) for x in SUFFIXES if x.kk_letters) if skel else frozenset()
        self.restorable_lens = sorted({len(x) for x in self.restorable}, reverse=True)

    def restorable_tail(self, w: str, shortest: int = 1) -> bool:
        r = self.restorable
        n = len(w) - 1
        for k in self.restorable_lens:
            if k < shortest:
                break
            if k < n and w[-k:] in r:
                return True
        return False


class KazakhAnalyzer:
    """Thread-safe, lazily loaded, cached Kazakh analyser."""

    def __init__(self, lexicon: Lexicon | None = None, model_dir=None, cache_size: int = 200_000,
                 restore_letters: bool = True):
        self.restore_letters = restore_letters
        self._lex = lexicon
        self._model_dir = model_dir
        self._lock = threading.Lock()
        self._g = _Grammar(False)
        self._gs: _Grammar | None = None
        self.analyse = lru_cache(maxsize=cache_size)(self._analyse)  # type: ignore[method-assign]

    # ------------------------------------------------------------------ loading
    @property
    def lexicon(self) -> Lexicon:
        if self._lex is None:
            with self._lock:
                if self._lex is None:
                    self._lex = Lexicon.load(self._model_dir) if self._model_dir else Lexicon.load()
        return self._lex

    # ------------------------------------------------------------------ public
    def analyse(self, word: str, proper: bool = False) -> tuple[Reading, ...]:  # replaced by a cached function
        """All readings, best first. ``proper``: the word is capitalised inside a sentence, so a proper-name
        reading (Орал the city, not ора+л) comes first and a guessed stem is a proper name."""
        return self._analyse(word, proper)

    def best(self, word: str) -> Reading:
        return self.analyse(word)[0]

    def _analyse(self, word: str, proper: bool = False) -> tuple[Reading, ...]:
        w = word.strip().lower().replace("ё", "е")
        if not w:
            return (Reading(word, "X", (), 0.0),)
        cands = self.candidates(w)
        if (not cands or min(cands.values()) >= GUESS_COST) and _REPEAT.search(w):
            for rep in (r"\1", r"\1\1"):
                w2 = _REPEAT.sub(rep, w)
                c2 = self.candidates(w2)
                for k, v in c2.items():
                    if v < cands.get(k, 99):
                        cands[k] = v
        if (not cands or min(cands.values()) >= GUESS_COST) and "-" in w.strip("-"):
            parts = [p for p in w.split("-") if p]
            if len(parts) >= 2:
                head = parts[0] if parts[-1] in CLITICS else parts[-1]
                for (lemma, pos, feats), v in self.candidates(head).items():
                    if head == parts[-1] and lemma == head:
                        continue
                    if head == parts[-1]:
                        lemma = "-".join(parts[:-1]) + "-" + lemma
                    k = (lemma, pos, feats)
                    if v + 0.3 < cands.get(k, 99):
                        cands[k] = v + 0.3
        if not cands:
            if any(ch.isdigit() for ch in w):
                return (Reading(w, "NUM", (), 0.5),)
            if not any(ch.isalpha() for ch in w):
                return (Reading(w, "X", (), 0.1),)
            pos = "NOUN" if has_vowel(w) and len(w) > 1 else "X"
            feats = (("Case", "Nom"),) if pos == "NOUN" else ()
            return (Reading(w, "PROPN" if proper and pos == "NOUN" else pos, feats,
                             _score(UNKNOWN_COST)),)
        if proper:
            cands = self._proper(cands)
        ranked = sorted(cands.items(), key=lambda kv: (kv[1], len(kv[0][0]) * -0.001))
        best = ranked[0][1]
        out = []
        for (lemma, pos, feats), cost in ranked[:MAX_READINGS]:
            if cost > best + MAX_SPREAD:
                break
            out.append(Reading(lemma, pos, feats, _score(cost)))
        return tuple(out)

    @staticmethod
    def _proper(cands: dict) -> dict:
        out: dict[tuple, float] = {}
        for (lemma, pos, feats), v in cands.items():
            if pos == "PROPN":
                v -= PROPER_BONUS
            elif pos == "NOUN" and v >= GUESS_COST:
                pos = "PROPN"  # a guessed stem: a name (Тоқаевқа → тоқаев)
            key = (lemma, pos, feats)
            if v < out.get(key, 99.0):
                out[key] = v
        return out

    # ------------------------------------------------------------------ core
    def candidates(self, w: str) -> dict[tuple, float]:
        """(lemma, pos, feats) → cost for every parse of a lower-cased word."""
        lex = self.lexicon
        out: dict[tuple, float] = {}
        for lemma, pos, feats, cost in lex.forms.get(w, ()):
            self._put(out, lemma, pos, feats, cost)
        self._parse(self._g, w, out, lex.get)
        if not self.restore_letters or len(w) < 2:
            return out
        if KAZAKH_LETTERS.intersection(w):
            # a stem spelled right but a suffix typed plainly (тоқтатындар): parse the word's skeleton
            if len(w) > 3:
                if self._gs is None:
                    self._gs = _Grammar(True)
                if self._gs.restorable_tail(w, 4):  # a long ending: short ones (-н, -к, -и) end right words too
                    sk_out: dict[tuple, float] = {}
                    self._parse(self._gs, skeleton(w), sk_out, lex.get, lex.skeleton_index())
                    for k, v in sk_out.items():
                        lemma = k[0]
                        # the letters typed right stay: қазақтардын is not қазак + тар + дың
                        if all(a == b for a, b in zip(lemma, w) if b in KAZAKH_LETTERS):
                            self._put(out, *k, v + SKELETON_COST)
            return out
        if True:
            if self._gs is None:
                self._gs = _Grammar(True)
            sk_idx = lex.skeleton_index()
            sk_out: dict[tuple, float] = {}
            weak = not out or min(out.values()) >= GUESS_COST
            for lemma, pos, feats, cost in lex.forms_skeleton().get(w, ()):
                self._put(out, lemma, pos, feats, cost + FORM_SKELETON_COST)
            # restore letters in the stem (казактарды) or, over a plainly spelled stem, in the suffixes
            # (барайык, келиндер, бардык); a word with no reading over the real alphabet is always tried
            tail = self._gs.restorable_tail(w)
            if weak or tail or len(w) == 2 or lex.may_need_restoring(w):
                self._parse(self._gs, w, sk_out, lex.get, sk_idx)
            for k, v in sk_out.items():
                v += SKELETON_COST
                if v < out.get(k, 99):
                    out[k] = v
            if weak and min(out.values(), default=99) >= GUESS_COST:
                # an unknown stem typed with Russian letters: its endings may still be restored (лондоннын →
                # лондон + ның, мемориалдык → мемориалдық), with no lexicon to say how the stem is spelled
                if tail:
                    gs_out: dict[tuple, float] = {}
                    self._guess(self._gs, w, gs_out)
                    for k, v in gs_out.items():
                        self._put(out, *k, v + GUESS_SKELETON_COST)
                restored: dict[tuple, float] = {}
                for (lemma, pos, feats), v in out.items():
                    if len(lemma) >= 5 and lemma[-3:] in _DERIV_SKEL:
                        lemma = lemma[:-3] + _DERIV_SKEL[lemma[-3:]]
                    self._put(restored, lemma, pos, feats, v)
                out = restored
        return out

    @staticmethod
    def _put(out, lemma, pos, feats, cost):
        key = (lemma, pos, feats)
        if cost < out.get(key, 99.0):
            out[key] = cost

    def _parse(self, g: _Grammar, w: str, out: dict, get, sk_idx=None) -> None:
        found: dict[tuple, float] = {}
        self._rec(g, w, "N", 9, "", (), 0.0, None, found, get, sk_idx, w)
        self._rec(g, w, "V", TAM + 1, "", (), 0.0, None, found, get, sk_idx, w)
        lexical = any(v < GUESS_COST for v in found.values())
        if BARE_IMP_PENALTY and len(found) > 1:
            key = (w, "VERB", IMP_BARE)
            if key in found and any(k[0] != w and v < GUESS_COST for k, v in found.items()) \
                    and not any(k[0] == w and k[1] in NOMINAL_POS for k in found):
                found[key] += BARE_IMP_PENALTY
        if POSSESSED_PENALTY and lexical and len(found) > 1:
            self._prefer_possessed(found, w)
        for (lemma, pos, feats), cost in found.items():
            self._put(out, lemma, pos, feats, cost)
        if not lexical and sk_idx is None:
            # no stem in the lexicon: guess a nominal stem behind the cheapest clear ending
            self._guess(g, w, out)

    def _prefer_possessed(self, found: dict, w: str) -> None:
        """A noun + 3rd-person possessive + case over a rare verb of the same spelling: басын, ісін, түрін (бас, іс,
        түр + -ы + accusative -н), not the reflexive verbs басын, ісін, түрін as bare commands; баласын, ағасын (not
        the verbs 'treat as a child' баласын); жағына (жақ + -ы + -на, not жағын + converb -а); тапсырмасын,
        басқармасын (the -ма noun + -сы + -н, not 'let him not hand in')."""
        psor = [k[0] for k, v in found.items() if v < GUESS_COST and k[1] in NOMINAL_POS and PSOR3 in k[2]]
        if not psor:
            return
        get = self.lexicon.get
        for k in list(found):
            lemma, pos, feats = k
            if pos != "VERB":
                continue
            if lemma[-1] == "н":
                if not any(2 <= len(lemma) - len(n) <= 3 and lemma.startswith(n[:-1]) for n in psor):
                    continue
                if feats == IMP_BARE or (CONV in feats and (get(lemma) or {}).get("VERB", 0.0) > RARE_VERB_COST):
                    found[k] += POSSESSED_PENALTY
            elif NEG_POL in feats and any(len(n) >= 7 and n[:-2] == lemma and n[-2:] in MA_ENDINGS for n in psor):
                found[k] += NEG_NOUN_PENALTY

    def _lookup(self, stem, get, sk_idx, word, verbal=False, derived=False):
        """[(lemma, {pos: cost}, extra_cost)] for a stem in this alphabet."""
        if sk_idx is None:
            d = get(stem)
            if d:
                return ((stem, d, 0.0),)
            if not verbal:
                return ()
            if stem[-1:] in "рзт":
                # a causative of a known verb (сездір ← сез, жүргіз ← жүр) is a verb lemma of its own (UD KTB)
                for caus in CAUSATIVES:
                    if stem.endswith(caus) and len(stem) > len(caus) + 1:
                        b = get(stem[: -len(caus)])
                        if b and "VERB" in b:
                            return ((stem, {"VERB": 0.6}, 0.0),)
            if derived and stem[-2:] in DENOMINAL and len(stem) >= 5:
                # a verb made from a listed nominal by -ла/-да/-та (қымбат → қымбатта, жоспар → жоспарла)
                base = stem[:-2]
                if base[-1] in DENOMINAL[stem[-2:]] and harmony(base) == ("f" if stem[-1] == "е" else "b"):
                    b = get(base)
                    if b and not b.keys().isdisjoint(DENOMINAL_BASES):
                        return ((stem, {"VERB": DENOMINAL_COST}, 0.0),)
            return ()
        res = []
        if get is not None:  # a suffix on the right had a letter restored: the stem may be spelled plainly
            d = get(stem)
            if d:
                res.append((stem, d, 0.0))
        for lemma, d in sk_idx.get(stem, ()):
            subs = [a for a, b in zip(lemma, stem) if a != b]
            if len(lemma) <= 3 and len(subs) > 1:
                continue  # ірә for "ира": too much guessing on a short stem
            res.append((lemma, d, sum(SKELETON_SUB_COST.get(a, 0.3) for a in subs)))
        return res

    def _stems(self, g: _Grammar, s: str, adj: Suffix | None):
        yield s, 0.0
        if adj is None or not s:
            return
        r = adj.restore
        last = s[-1]
        if r == "u":
            if last not in PURE_VOWELS:
                yield s + ("і" if harmony(s) == "f" and not g.skel else "ы" if harmony(s) != "f" else g.front_i), 0.3
        elif r == "yu":
            if last != "и":
                yield s + "й", 0.0
        elif r == "yi":
            yield s + (g.front_i if harmony(s) == "f" else "ы"), 0.0
        if adj.initial_vowel:
            vl = VOICED_TO_VOICELESS.get(last)
            if vl:
                yield s[:-1] + vl, 0.05
            elif last not in VOWELS and not g.skel:
                yield s + "ь", 0.05  # король → королі, рөл(ь) → рөлі
            if len(s) >= 3 and last not in VOWELS and s[-2] not in PURE_VOWELS and s[-2] not in "ьъ" \
                    and (adj.kind != "N" or last in EPENTHESIS_FINALS):
                yield s[:-1] + (g.front_i if harmony(s) == "f" else "ы") + last, 0.3

    def _rec(self, g, s, kind, maxslot, needs, feats, cost, adj, found, get, sk_idx, word, harm=None, fv=0,
             kk=False):
        if harm is None:
            harm, fv = _prefix_info(word)
        n = len(s)
        # ---- stop here: is s (or an alternant) a stem of the right kind?
        # (over the Russian-letter alphabet a guessed stem needs a restored suffix: the plain parse has the rest)
        if (not needs or needs[0] == "!") and (kind == "N" or maxslot <= TAM or adj is None) \
                and (kk or sk_idx is not None or not g.skel):
            nominal = kind == "N"
            for stem, extra in (((s, 0.0),) if adj is None else self._stems(g, s, adj)):
                if sk_idx is None and get(stem) is None and (nominal or stem[-1:] not in "рзт" and (
                        adj is None or stem[-2:] not in DENOMINAL)):
                    continue  # the common miss, without building a lookup result
                for lemma, d, sub in self._lookup(stem, get if kk or sk_idx is None else None, sk_idx, word,
                                                  not nominal, adj is not None):
                    if g.skel and adj is not None and adj.harm is not None:
                        # Russian letters hide harmony in the word, not in the restored stem and suffix
                        lh = harmony(lemma)
                        if lh is not None and lh != adj.harm and _last_vowel(lemma) != "и" \
                                and not (adj.harm == "f" and adj.initial_vowel and lemma[-1] == "ь"):
                            sub += HARMONY_PENALTY
                    for pos, pc in d.items():
                        if nominal:
                            if not (pos in NOMINAL_POS or (adj is None and pos not in VERB_POS)):
                                continue
                            f = feats
                            if pos in CASE_NOM_POS and not any(k == "Case" for k, _ in f):
                                f = f + (("Case", "Nom"),)
                            c = cost + extra + sub + pc + _short_stem_cost(lemma, pos)
                        else:
                            if pos not in VERB_POS:
                                continue
                            f = feats
                            c = cost + extra + sub + pc + _short_stem_cost(lemma, pos) * 0.7
                            if not any(k == "VerbForm" for k, _ in f):
                                if f and f[-1][0] == "Voice":  # only voice suffixes were stripped
                                    c += BARE_VOICE_PENALTY
                                f = f + IMP_BARE
                        key = (lemma, pos, tuple(sorted(set(f))))
                        if c < found.get(key, 99.0):
                            found[key] = c
        if cost > 4.0:
            return
        # ---- strip one more suffix
        idx, tails, maxlen = g.by_kind[kind]
        skel = g.skel
        nominal = kind == "N"
        for ln in range(1, min(maxlen, n - fv - 1) + 1):
            m = n - ln
            tail = s[m:]
            if tail not in tails:
                break
            lst = idx.get(tail)
            if lst is None:
                continue
            rest = s[:m]
            prev = rest[-1]
            rh = harm[m]
            for suf in lst:
                k = suf.kind
                if nominal:
                    if needs:
                        if needs[0] == "!":
                            if suf.tag and suf.tag in needs:
                                continue  # e.g. no -ны accusative right after a 3rd-person possessive
                        elif suf.tag != needs:
                            continue
                    if k == "N" and suf.slot >= maxslot:
                        continue
                elif suf.slot >= maxslot:
                    continue
                c = cost + suf.cost
                if skel:
                    c += suf.kk_letters * 0.12
                    if adj is not None and suf.harm is not None and adj.harm is not None and suf.harm != adj.harm:
                        c += HARMONY_PENALTY  # -ындер: the suffixes of one word share their harmony
                else:
                    if suf.cond is not None and prev not in suf.cond:
                        c += COND_PENALTY
                    if suf.harm is not None and rh is not None and rh != suf.harm:
                        guess_harm = getattr(get, "harmony_penalty", None)
                        if guess_harm is not None and _last_vowel(rest) == "и":
                            pass  # Париж+де, Берлин+де: after a last и a foreign stem may take either harmony
                        elif not (suf.harm == "f" and suf.initial_vowel and get(rest + "ь")):
                            # a guessed (foreign) stem shows its harmony less reliably than a listed one
                            c += guess_harm if guess_harm is not None else HARMONY_PENALTY
                if c > 4.5:
                    continue
                nf = feats + suf.feats
                if k == "Z":
                    self._rec(g, rest, "V", suf.to_slot, "", nf, c, suf, found, get, sk_idx, word, harm, fv,
                              kk or suf.kk_letters > 0)
                elif k == "V":
                    self._rec(g, rest, "V", suf.to_slot or suf.slot, "", nf, c, suf, found, get, sk_idx, word,
                              harm, fv, kk or suf.kk_letters > 0)
                else:
                    self._rec(g, rest, "N", suf.slot, suf.needs, nf, c, suf, found, get, sk_idx, word, harm, fv,
                              kk or suf.kk_letters > 0)

    def _guess(self, g: _Grammar, w: str, out: dict) -> None:
        """Unknown stem: strip at most one plural/possessive/case chain of clear endings."""
        best = None
        found: dict[tuple, float] = {}

        get = self.lexicon.get if not g.skel else (lambda _s: None)

        def any_stem(stem, _unused=None):
            if len(stem) >= 3:
                # no parse over the lexicon: a listed nominal may still be a verb stem the word list lacks
                # (қыл, кеңес 'hair/council' and 'do/consult'); so may a causative of a listed stem (сездір)
                # (verb roots are short and native: one or two syllables, no proper names)
                d = get(stem)
                if d is not None:
                    if "VERB" in d or "NOUN" not in d or len(stem) > 5:
                        return None
                    return {"VERB": VERB_FROM_NOMINAL_COST}
                if stem[-1] in "рзт" and len(stem) <= 7:
                    for caus in CAUSATIVES:
                        if stem.endswith(caus) and len(stem) > len(caus) + 1 and \
                                "NOUN" in (get(stem[: -len(caus)]) or ()):
                            return {"VERB": VERB_FROM_NOMINAL_COST + 0.3}
            if len(stem) >= 3 and has_vowel(stem):
                # Kazakh spelling devoices a final б/г/ғ/д: a stem ending so is probably cut in the wrong place
                c = GUESS_COST + (0.3 if stem[-1] in "бгғд" else 0.0)
                return {"NOUN": c, "VERB": c + 0.3}
            return None

        any_stem.harmony_penalty = GUESS_HARMONY_PENALTY

        self._rec_guess(g, w, found, any_stem)
        for key, v in found.items():
            if v < out.get(key, 99.0):
                out[key] = v
        return best

    def _rec_guess(self, g, w, found, any_stem):
        # only nominal chains for guessed stems
        self._rec(g, w, "N", 9, "", (), 0.0, None, found, any_stem, None, w)
        self._rec(g, w, "V", TAM + 1, "", (), 0.0, None, found, any_stem, None, w)
        for key in [k for k in found if k[1] == "VERB" and k[2] == IMP_BARE or
                    k[0][-1] == "ь" and not w.startswith(k[0])]:
            # a bare unknown word is not guessed to be an imperative; король → королі is for listed stems,
            # a guessed one gains nothing from an inserted soft sign
            del found[key]
        for key in list(found):
            lemma = key[0]
            # longer guessed stems are safer; each stripped letter must be justified by a cheap chain
            feats = dict(key[2])
            found[key] += 0.15 * max(0, 5 - len(lemma)) + (0.6 if lemma == w else 0.0)
            if feats.get("Person[psor]") in ("1", "2"):
                found[key] += 0.6
            if len(lemma) >= 6 and lemma[-3:] in _PLURALS and lemma[-4] in _PLURALS[lemma[-3:]]:
                found[key] += GUESS_PL_PENALTY
            if feats.get("Person[psor]") == "3" and len(lemma) >= 4 and lemma[-1] == "с" \
                    and lemma[-2] in PURE_VOWELS and w.startswith(lemma):
                found[key] += GUESS_VS_PENALTY  # герцогиниясы: герцогиния + -сы, not герцогинияс + -ы
            elif len(lemma) >= 5 and lemma[-2:] in ("сы", "сі") and lemma[-3] in PURE_VOWELS \
                    and "Person[psor]" not in feats:
                found[key] += GUESS_SY_PENALTY  # Арабиясының: Арабия + -сы + -ның, not Арабиясы + -ның
