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
from operator import itemgetter

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
from app.core.model import Reading, new_reading

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
# the causatives by their last letter, in the order above (a stem ending otherwise has none)
CAUSATIVES_BY_LAST = {ch: tuple(c for c in CAUSATIVES if c[-1] == ch) for ch in {c[-1] for c in CAUSATIVES}}
_REPEAT = re.compile(r"(.)\1{2,}")
_PLURALS = {x.surface: x.cond for x in SUFFIXES if x.tag == "PL"}
# the abstract-noun suffix -лық/-лік at the end of a guessed stem, typed with Russian letters
_DERIV_SKEL = {skeleton(x): x for x in ("лық", "лік", "дық", "дік", "тық", "тік")}
CLITICS = frozenset({"ау", "ақ", "ей", "мыс", "ғой", "қой", "ма", "ме", "да", "де", "ай", "ә"})


def _score(cost: float) -> float:
    """Cost → score in (0, 1), higher is better (logistic, 0.5 at cost 1)."""
    sc = _SCORES.get(cost)
    if sc is None:
        if len(_SCORES) > 50_000:
            _SCORES.clear()
        sc = _SCORES[cost] = round(1.0 / (1.0 + math.exp(2.0 * (cost - 1.0))), 4)
    return sc


_SCORES: dict[float, float] = {}  # costs recur across words (sums of a few suffix and stem costs); round() is slow


def _guess_pos(verb: float, noun: float | None) -> dict[str, float]:
    """{"NOUN": noun, "VERB": verb} (no NOUN if None) for a guessed stem: one shared dict per pair of costs (its
    readers only read it)."""
    key = (verb, noun)
    d = _GUESS_POS.get(key)
    if d is None:
        d = _GUESS_POS[key] = {"VERB": verb} if noun is None else {"NOUN": noun, "VERB": verb}
    return d


_GUESS_POS: dict[tuple, dict[str, float]] = {}


_reading = new_reading


_COST = itemgetter(1)


def _rank(kv) -> tuple:
    """Readings by cost; of equal costs, the longer lemma first."""
    return kv[1], len(kv[0][0]) * -0.001


def _short_stem_cost(stem: str, pos: str) -> float:
    n = len(stem)
    if n >= 4:
        return 0.0
    if n == 3:
        return 0.1
    if n == 2:
        return 0.2 if pos in VERB_POS else 0.4
    return 2.5


_HARM_CLASS = {**dict.fromkeys(BACK_SET, "b"), **dict.fromkeys(FRONT_SET, "f"), "ь": "f"}  # фильмдер, королі:
# a soft sign calls for front suffixes
_FIRST_VOWEL = re.compile("[" + "".join(sorted(VOWELS)) + "]")


def _prefix_info(w: str):
    """harmony of every prefix w[:m] and the index of the first vowel (a stem needs one)."""
    harm = [None]
    h = None
    cls = _HARM_CLASS.get
    for ch in w:
        h = cls(ch, h)
        harm.append(h)
    m = _FIRST_VOWEL.search(w)
    return harm, m.start() if m else len(w)


def _feats_info(f: tuple) -> tuple:
    """The features of a chain as a stem's reading: (sorted with Case=Nom added, as they are, as a verb with the
    bare imperative added where no verb form was stripped, whether only voice suffixes were stripped)."""
    has_case = any(k == "Case" for k, _ in f)
    plain = tuple(sorted(set(f)))
    nom = plain if has_case else tuple(sorted(set(f + (("Case", "Nom"),))))
    if any(k == "VerbForm" for k, _ in f):
        info = (nom, plain, plain, False)
    else:
        info = (nom, plain, tuple(sorted(set(f + IMP_BARE))), bool(f) and f[-1][0] == "Voice")
    return info


def _last_vowel(s: str) -> str:
    for ch in reversed(s):
        if ch in VOWELS:
            return ch
    return ""


def _may_strip(suf: Suffix, kind: str, maxslot: int, needs: str) -> bool:
    """May a chain in state (kind, maxslot, needs) strip suf next?"""
    if kind == "N":
        if needs:
            if needs[0] == "!":
                if suf.tag and suf.tag in needs:
                    return False  # e.g. no -ны accusative right after a 3rd-person possessive
            elif suf.tag != needs:
                return False
        if suf.kind == "N" and suf.slot >= maxslot:
            return False
    elif suf.slot >= maxslot:
        return False
    return True


ENDING = 3  # a word's last letters that pick its candidate suffixes (see _State.matches)


class _State:
    """A point in a suffix chain, stripping right to left: nominal (kind "N") or verbal ("V"), the highest slot
    still allowed on the left, the tag the suffix on the left must (or, with "!", must not) carry."""

    __slots__ = ("kind", "nominal", "maxslot", "needs", "stop", "idx", "tails", "maxlen", "ends", "longer")

    def __init__(self, kind: str, maxslot: int, needs: str):
        self.kind = kind
        self.nominal = kind == "N"
        self.maxslot = maxslot
        self.needs = needs
        # may the chain end here, on a stem? (a verbal chain only once a TAM suffix or a nominaliser was stripped)
        self.stop = (not needs or needs[0] == "!") and (self.nominal or maxslot <= TAM)
        self.idx: dict[str, tuple[_Edge, ...]] = {}  # surface → the suffixes with it this state may strip
        self.tails: frozenset = frozenset()  # every ending of those surfaces
        self.maxlen = 0
        self.ends: dict[str, tuple] = {}  # see matches()
        self.longer: dict[str, list] = {}  # last ENDING letters → (length, surface, suffixes) of longer surfaces

    def matches(self, end: str) -> tuple:
        """(length, surface, suffixes) of every surface that may end a word whose last ENDING letters are end,
        shortest first: those no longer than end do, the longer ones must be checked against the word. Cached
        by end: words share their endings."""
        got = self.ends.get(end)
        if got is None:
            res = []
            for ln in range(1, min(len(end), self.maxlen) + 1):
                t = end[-ln:]
                if t not in self.tails:
                    break
                lst = self.idx.get(t)
                if lst is not None:
                    res.append((ln, t, lst))
            else:
                if len(end) == ENDING:
                    res.extend(self.longer.get(end, ()))
            got = tuple(res)
            if len(self.ends) > 50_000:
                self.ends.clear()
            self.ends[end] = got
        return got


class _Edge:
    """A suffix as a step of a chain, with what the analyser needs of it at hand."""

    __slots__ = ("suf", "kind", "cost", "kkc", "cond", "harm", "feats", "kk", "initial_vowel", "restore", "plain",
                 "next_key", "nxt")

    def __init__(self, suf: Suffix):
        self.suf = suf
        self.kind = suf.kind
        self.cost = suf.cost
        self.kkc = suf.kk_letters * 0.12  # over the skeleton alphabet: each letter restored costs
        self.cond = suf.cond
        self.harm = suf.harm
        self.feats = suf.feats
        self.kk = suf.kk_letters > 0
        self.initial_vowel = suf.initial_vowel
        self.restore = suf.restore
        self.plain = not (suf.restore or suf.initial_vowel)  # the stem left is s itself, with no alternant
        if suf.kind == "Z":
            self.next_key = ("V", suf.to_slot, "")
        elif suf.kind == "V":
            self.next_key = ("V", suf.to_slot or suf.slot, "")
        else:
            self.next_key = ("N", suf.slot, suf.needs)
        self.nxt: _State | None = None


class _Chain:
    """The suffixes stripped so far, as one shared object per chain: its state, its last suffix (adj), its
    features, whether one of its suffixes has a letter a Russian keyboard lacks (kk); the features as a stem's
    reading (fi) and the chain one suffix longer (kids) are worked out once, not once per word."""

    __slots__ = ("st", "nominal", "tails", "adj", "feats", "kk", "stop", "fi", "kids")

    def __init__(self, st: _State, adj: _Edge | None, feats: tuple, kk: bool):
        self.st = st
        self.nominal = st.nominal
        self.tails = st.tails
        self.adj = adj
        self.feats = feats
        self.kk = kk
        self.stop = st.stop or adj is None
        self.fi: tuple | None = None
        self.kids: dict[_Edge, _Chain] = {}

    def kid(self, e: _Edge) -> "_Chain":
        k = self.kids.get(e)
        if k is None:
            k = self.kids[e] = _Chain(e.nxt, e, self.feats + e.feats, self.kk or e.kk)
        return k


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
        self._build_states()
        # surfaces of suffixes that lose a letter on a Russian keyboard (-ыңдар → -ындар, -айық → -айык):
        # a word ending so may be a plainly spelled stem with a restorable suffix
        self.restorable = frozenset(skeleton(x.surface) for x in SUFFIXES if x.kk_letters) if skel else frozenset()
        self.restorable_tails = frozenset(x[-k:] for x in self.restorable for k in range(1, len(x) + 1))

    def _build_states(self) -> None:
        """Every chain state reachable from the two roots, each with the suffixes it may strip next (the tag and
        slot tests of a chain done once here, not once per word) and the state each of them leads to."""
        states: dict[tuple, _State] = {}
        edges: dict[Suffix, _Edge] = {}
        todo = [("N", 9, ""), ("V", TAM + 1, "")]
        while todo:
            key = todo.pop()
            if key in states:
                continue
            kind, maxslot, needs = key
            st = states[key] = _State(kind, maxslot, needs)
            for surf, lst in self.by_kind[kind][0].items():
                recs = []
                for suf in lst:
                    if not _may_strip(suf, kind, maxslot, needs):
                        continue
                    e = edges.get(suf)
                    if e is None:
                        e = edges[suf] = _Edge(suf)
                        todo.append(e.next_key)
                    recs.append(e)
                if recs:
                    st.idx[surf] = tuple(recs)
            st.tails = frozenset(x[-k:] for x in st.idx for k in range(1, len(x) + 1))
            st.maxlen = max((len(x) for x in st.idx), default=0)
            for x in sorted((x for x in st.idx if len(x) > ENDING), key=len):
                st.longer.setdefault(x[-ENDING:], []).append((len(x), x, st.idx[x]))
        for e in edges.values():
            e.nxt = states[e.next_key]
        self.root_n = _Chain(states[("N", 9, "")], None, (), False)
        self.root_v = _Chain(states[("V", TAM + 1, "")], None, (), False)

    def restorable_tail(self, w: str, shortest: int = 1) -> bool:
        """Does w end in a restorable surface at least ``shortest`` letters long, with two letters before it?"""
        r = self.restorable
        tails = self.restorable_tails
        n = len(w) - 1
        k = 1
        while k < n:
            t = w[-k:]
            if t not in tails:
                return False
            if k >= shortest and t in r:
                return True
            k += 1
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
        weak = not cands or min(cands.values()) >= GUESS_COST
        if weak and _REPEAT.search(w):
            for rep in (r"\1", r"\1\1"):
                w2 = _REPEAT.sub(rep, w)
                c2 = self.candidates(w2)
                for k, v in c2.items():
                    if v < cands.get(k, 99):
                        cands[k] = v
            weak = not cands or min(cands.values()) >= GUESS_COST
        if weak and "-" in w.strip("-"):
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
        if len(cands) == 1:
            ranked = list(cands.items())
        elif len(set(cands.values())) == len(cands):
            ranked = sorted(cands.items(), key=_COST)  # no two costs equal: no lemma lengths to compare
        else:
            ranked = sorted(cands.items(), key=_rank)
        best = ranked[0][1]
        out = []
        for (lemma, pos, feats), cost in ranked[:MAX_READINGS]:
            if cost > best + MAX_SPREAD:
                break
            out.append(_reading(lemma, pos, feats, _score(cost)))
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
    def _getter(self):
        """The lexicon's look-up: its entries' own dict.get, without a method call in between, unless a subclass
        looks up otherwise."""
        lex = self.lexicon
        return lex.entries.get if type(lex).get is Lexicon.get else lex.get

    def candidates(self, w: str) -> dict[tuple, float]:
        """(lemma, pos, feats) → cost for every parse of a lower-cased word."""
        lex = self.lexicon
        get = self._getter()
        out: dict[tuple, float] = {}
        for lemma, pos, feats, cost in lex.forms.get(w, ()):
            self._put(out, lemma, pos, feats, cost)
        info = _prefix_info(w)  # the same for every parse of w, whichever alphabet
        self._parse(self._g, w, out, get, None, info)
        if not self.restore_letters or len(w) < 2:
            return out
        if not KAZAKH_LETTERS.isdisjoint(w):
            # a stem spelled right but a suffix typed plainly (тоқтатындар): parse the word's skeleton
            if len(w) > 3:
                if self._gs is None:
                    self._gs = _Grammar(True)
                if self._gs.restorable_tail(w, 4):  # a long ending: short ones (-н, -к, -и) end right words too
                    sk_out: dict[tuple, float] = {}
                    self._parse(self._gs, skeleton(w), sk_out, get, lex.skeleton_index())
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
                self._parse(self._gs, w, sk_out, get, sk_idx, info)
            for k, v in sk_out.items():
                v += SKELETON_COST
                if v < out.get(k, 99):
                    out[k] = v
            if weak and min(out.values(), default=99) >= GUESS_COST:
                # an unknown stem typed with Russian letters: its endings may still be restored (лондоннын →
                # лондон + ның, мемориалдык → мемориалдық), with no lexicon to say how the stem is spelled
                if tail:
                    gs_out: dict[tuple, float] = {}
                    self._guess(self._gs, w, gs_out, info)
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

    def _parse(self, g: _Grammar, w: str, out: dict, get, sk_idx=None, info=None) -> None:
        found: dict[tuple, float] = {}
        harm, fv = info = info or _prefix_info(w)
        self._walk(g, w, g.root_n, found, get, sk_idx, harm, fv)
        self._walk(g, w, g.root_v, found, get, sk_idx, harm, fv)
        lexical = bool(found) and min(found.values()) < GUESS_COST
        if BARE_IMP_PENALTY and len(found) > 1:
            key = (w, "VERB", IMP_BARE)
            if key in found and any(k[0] != w and v < GUESS_COST for k, v in found.items()) \
                    and not any(k[0] == w and k[1] in NOMINAL_POS for k in found):
                found[key] += BARE_IMP_PENALTY
        if POSSESSED_PENALTY and lexical and len(found) > 1:
            self._prefer_possessed(found, w)
        for key, cost in found.items():
            if cost < out.get(key, 99.0):
                out[key] = cost
        if not lexical and sk_idx is None:
            # no stem in the lexicon: guess a nominal stem behind the cheapest clear ending
            self._guess(g, w, out, info)

    def _prefer_possessed(self, found: dict, w: str) -> None:
        """A noun + 3rd-person possessive + case over a rare verb of the same spelling: басын, ісін, түрін (бас, іс,
        түр + -ы + accusative -н), not the reflexive verbs басын, ісін, түрін as bare commands; баласын, ағасын (not
        the verbs 'treat as a child' баласын); жағына (жақ + -ы + -на, not жағын + converb -а); тапсырмасын,
        басқармасын (the -ма noun + -сы + -н, not 'let him not hand in')."""
        psor = [k[0] for k, v in found.items() if v < GUESS_COST and k[1] in NOMINAL_POS and PSOR3 in k[2]]
        if not psor:
            return
        get = self._getter()
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
                for caus in CAUSATIVES_BY_LAST.get(stem[-1:], ()):
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
        """(stem, extra cost) for s left by the suffix adj: s itself, then its alternants (a restored vowel,
        a voiceless final, a dropped ы/і)."""
        if adj is None or not s or adj.plain:
            return ((s, 0.0),)
        out = [(s, 0.0)]
        r = adj.restore
        last = s[-1]
        if r == "u":
            if last not in PURE_VOWELS:
                out.append((s + ("і" if harmony(s) == "f" and not g.skel else "ы" if harmony(s) != "f" else g.front_i),
                            0.3))
        elif r == "yu":
            if last != "и":
                out.append((s + "й", 0.0))
        elif r == "yi":
            out.append((s + (g.front_i if harmony(s) == "f" else "ы"), 0.0))
        if adj.initial_vowel:
            vl = VOICED_TO_VOICELESS.get(last)
            if vl:
                out.append((s[:-1] + vl, 0.05))
            elif last not in VOWELS and not g.skel:
                out.append((s + "ь", 0.05))  # король → королі, рөл(ь) → рөлі
            if len(s) >= 3 and last not in VOWELS and s[-2] not in PURE_VOWELS and s[-2] not in "ьъ" \
                    and (adj.kind != "N" or last in EPENTHESIS_FINALS):
                out.append((s[:-1] + (g.front_i if harmony(s) == "f" else "ы") + last, 0.3))
        return out

    def _stop(self, g: _Grammar, s: str, ch: _Chain, cost: float, found: dict, get, sk_idx, word: str) -> None:
        """Readings of s, the word with the suffix chain ch stripped at cost, as a stem (or one of its alternants)
        of the right kind, into found."""
        nominal = ch.nominal
        adj = ch.adj
        kk = ch.kk
        skel = g.skel
        fi = None
        for stem, extra in (((s, 0.0),) if adj is None or adj.plain else self._stems(g, s, adj)):
            if sk_idx is None:
                d = get(stem)
                if d:
                    res = ((stem, d, 0.0),)
                elif nominal or d is None and stem[-1:] not in "рзт" and (adj is None or stem[-2:] not in DENOMINAL):
                    continue  # the common miss, without building a lookup result
                else:
                    res = self._lookup(stem, get, None, word, True, adj is not None)
            elif kk or stem in sk_idx:
                res = self._lookup(stem, get if kk else None, sk_idx, word, not nominal, adj is not None)
            else:
                continue
            for lemma, d, sub in res:
                if skel and adj is not None and adj.harm is not None:
                    # Russian letters hide harmony in the word, not in the restored stem and suffix
                    lh = harmony(lemma)
                    if lh is not None and lh != adj.harm and _last_vowel(lemma) != "и" \
                            and not (adj.harm == "f" and adj.initial_vowel and lemma[-1] == "ь"):
                        sub += HARMONY_PENALTY
                if fi is None:
                    fi = ch.fi
                    if fi is None:
                        fi = ch.fi = _feats_info(ch.feats)
                short = len(lemma) >= 4
                for pos, pc in d.items():
                    if nominal:
                        if not (pos in NOMINAL_POS or (adj is None and pos not in VERB_POS)):
                            continue
                        f = fi[0] if pos in CASE_NOM_POS else fi[1]
                        c = cost + extra + sub + pc + (0.0 if short else _short_stem_cost(lemma, pos))
                    else:
                        if pos not in VERB_POS:
                            continue
                        f = fi[2]
                        c = cost + extra + sub + pc + (0.0 if short else _short_stem_cost(lemma, pos)) * 0.7
                        if fi[3]:  # only voice suffixes were stripped
                            c += BARE_VOICE_PENALTY
                    key = (lemma, pos, f)
                    if c < found.get(key, 99.0):
                        found[key] = c

    def _walk(self, g: _Grammar, w: str, root: _Chain, found: dict, get, sk_idx, harm: list, fv: int) -> None:
        """Every parse of w from one root chain (nominal or verbal), into found: the stop check of each chain
        before those of the longer chains it leads to, as a depth-first search from the word's end."""
        # (over the Russian-letter alphabet a guessed stem needs a restored suffix: the plain parse has the rest)
        if sk_idx is not None or not g.skel:
            self._stop(g, w, root, 0.0, found, get, sk_idx, w)
        self._rec(g, w, root, 0.0, found, get, sk_idx, w, harm, fv)

    def _rec(self, g: _Grammar, s: str, ch: _Chain, cost: float, found: dict, get, sk_idx, word: str, harm: list,
             fv: int) -> None:
        """Strip one more suffix from s, the word with the suffix chain ch stripped at cost: for each, the stop
        check of s without it, then the suffixes before it. harm[m] is the harmony of the word's first m letters,
        fv the index of its first vowel."""
        n = len(s)
        top = n - fv - 1
        st = ch.st
        if st.maxlen < top:
            top = st.maxlen
        skel = g.skel
        adj = ch.adj
        for ln, surf, lst in st.matches(s[-ENDING:]):
            if ln > top:
                break
            if ln > ENDING and not s.endswith(surf):
                continue
            m = n - ln
            rest = s[:m]
            prev = rest[-1]
            rh = harm[m]
            for e in lst:
                c = cost + e.cost
                sh = e.harm
                if skel:
                    c += e.kkc
                    if adj is not None and sh is not None and adj.harm is not None and sh != adj.harm:
                        c += HARMONY_PENALTY  # -ындер: the suffixes of one word share their harmony
                else:
                    cond = e.cond
                    if cond is not None and prev not in cond:
                        c += COND_PENALTY
                    if sh is not None and rh is not None and rh != sh:
                        guess_harm = getattr(get, "harmony_penalty", None)
                        if guess_harm is not None and _last_vowel(rest) == "и":
                            pass  # Париж+де, Берлин+де: after a last и a foreign stem may take either harmony
                        elif not (sh == "f" and e.initial_vowel and get(rest + "ь")):
                            # a guessed (foreign) stem shows its harmony less reliably than a listed one
                            c += guess_harm if guess_harm is not None else HARMONY_PENALTY
                if c > 4.5:
                    continue
                kid = ch.kids.get(e)
                if kid is None:
                    kid = ch.kid(e)
                if kid.stop and (kid.kk or sk_idx is not None or not skel):
                    if sk_idx is None and e.plain:
                        # the common miss inline: s without this suffix is no stem
                        d = get(rest)
                        if d or not (kid.nominal or d is None and prev not in "рзт" and rest[-2:] not in DENOMINAL):
                            self._stop(g, rest, kid, c, found, get, sk_idx, word)
                    else:
                        self._stop(g, rest, kid, c, found, get, sk_idx, word)
                # the suffixes before this one, if any may be stripped (the first test of the loop above)
                if c <= 4.0 and m - fv > 1 and prev in kid.tails:
                    self._rec(g, rest, kid, c, found, get, sk_idx, word, harm, fv)

    def _guess(self, g: _Grammar, w: str, out: dict, info=None) -> None:
        """Unknown stem: strip at most one plural/possessive/case chain of clear endings."""
        best = None
        found: dict[tuple, float] = {}

        get = self._getter() if not g.skel else (lambda _s: None)

        def any_stem(stem, _unused=None):
            if len(stem) >= 3:
                # no parse over the lexicon: a listed nominal may still be a verb stem the word list lacks
                # (қыл, кеңес 'hair/council' and 'do/consult'); so may a causative of a listed stem (сездір)
                # (verb roots are short and native: one or two syllables, no proper names)
                d = get(stem)
                if d is not None:
                    if "VERB" in d or "NOUN" not in d or len(stem) > 5:
                        return None
                    return _guess_pos(VERB_FROM_NOMINAL_COST, None)
                if stem[-1] in "рзт" and len(stem) <= 7:
                    for caus in CAUSATIVES_BY_LAST.get(stem[-1], ()):
                        if stem.endswith(caus) and len(stem) > len(caus) + 1 and \
                                "NOUN" in (get(stem[: -len(caus)]) or ()):
                            return _guess_pos(VERB_FROM_NOMINAL_COST + 0.3, None)
                if not VOWELS.isdisjoint(stem):
                    # Kazakh spelling devoices a final б/г/ғ/д: a stem ending so is probably cut in the wrong place
                    c = GUESS_COST + (0.3 if stem[-1] in "бгғд" else 0.0)
                    return _guess_pos(c + 0.3, c)
            return None

        any_stem.harmony_penalty = GUESS_HARMONY_PENALTY

        self._rec_guess(g, w, found, any_stem, info)
        for key, v in found.items():
            if v < out.get(key, 99.0):
                out[key] = v
        return best

    def _rec_guess(self, g, w, found, any_stem, info=None):
        # only nominal chains for guessed stems
        harm, fv = info or _prefix_info(w)
        self._walk(g, w, g.root_n, found, any_stem, None, harm, fv)
        self._walk(g, w, g.root_v, found, any_stem, None, harm, fv)
        for key in [k for k in found if k[1] == "VERB" and k[2] == IMP_BARE or
                    k[0][-1] == "ь" and not w.startswith(k[0])]:
            # a bare unknown word is not guessed to be an imperative; король → королі is for listed stems,
            # a guessed one gains nothing from an inserted soft sign
            del found[key]
        for key in list(found):
            lemma = key[0]
            psor = dict(key[2]).get("Person[psor]")
            # longer guessed stems are safer; each stripped letter must be justified by a cheap chain
            v = found[key] + (0.15 * max(0, 5 - len(lemma)) + (0.6 if lemma == w else 0.0))
            if psor in ("1", "2"):
                v += 0.6
            if len(lemma) >= 6 and lemma[-3:] in _PLURALS and lemma[-4] in _PLURALS[lemma[-3:]]:
                v += GUESS_PL_PENALTY
            if psor == "3" and len(lemma) >= 4 and lemma[-1] == "с" \
                    and lemma[-2] in PURE_VOWELS and w.startswith(lemma):
                v += GUESS_VS_PENALTY  # герцогиниясы: герцогиния + -сы, not герцогинияс + -ы
            elif len(lemma) >= 5 and lemma[-2:] in ("сы", "сі") and lemma[-3] in PURE_VOWELS and psor is None:
                v += GUESS_SY_PENALTY  # Арабиясының: Арабия + -сы + -ның, not Арабиясы + -ның
            found[key] = v
