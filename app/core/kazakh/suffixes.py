"""The ordered suffix grammar, as a table of allomorphs.

Every suffix is written once in its back-vowel form with the set of stem-final sounds it may
follow; the front-vowel twin (а→е, ы→і, ұ→ү, о→ө, ғ→г, қ→к) is generated. The analyser
strips suffixes right to left: a nominal word is ``stem [PL] [POSS] [CASE] [PRED]``, a verb
``stem [VOICE] [NEG] TAM(+person)``; a nominaliser (participle, verbal noun ...) joins a verb
part on its left to a nominal chain on its right.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.kazakh.phonology import HARD, KAZAKH_LETTERS, LRYU, NASAL, PURE_VOWELS, ZJ, suffix_harmony

# slots (left → right). Nominal chain:
PL, POSS, CASE, REL, PRED = 1, 2, 3, 4, 5
# Verbal chain:
VOICE, NEG, TAM = 1, 2, 3

V = frozenset(PURE_VOWELS)
ANY = None
CONS = frozenset("бвгғджзйкқлмнңпрстуфхһцчшщъьию")  # anything that is not a pure vowel
SON = frozenset(LRYU | NASAL | ZJ)
V_LRYU = V | LRYU
V_SON = V | SON
V_NASAL = V | NASAL
LRYU_ZJ = LRYU | ZJ
NASAL_ZJ = NASAL | ZJ
L_NASAL_ZJ = frozenset("л") | NASAL | ZJ
V_LRYU_ZJ = V | LRYU | ZJ
V_LRYU_NASAL = V | LRYU | NASAL

_FRONT = str.maketrans("аыұоғқ", "еіүөгк")


@dataclass(frozen=True, slots=True)
class Suffix:
    surface: str
    kind: str  # "N" nominal, "V" verbal, "Z" nominaliser (verb part on the left, nominal on the right)
    slot: int
    feats: tuple[tuple[str, str], ...]
    cost: float
    cond: frozenset | None  # allowed stem-final characters (None: any)
    harm: str | None  # "b", "f" or None (no harmony)
    tag: str = ""  # P3 (3rd-person possessive), P12 (1st/2nd sg possessive), POSS, PL ...
    needs: str = ""  # the suffix on the left must carry this tag (e.g. accusative -н after P3)
    to_slot: int = 0  # for Z/V: highest verbal slot still allowed on the left
    restore: str = ""  # "yi": ы/і+й written и; "u": verbal noun -у ate a stem-final ы/і; "yu": -ю
    initial_vowel: bool = False
    kk_letters: int = 0  # letters a Russian keyboard lacks (ғ, қ, ң, і ...): each is a restoration when typed plain


SUFFIXES: list[Suffix] = []


def _f(d: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(d.items()))


def add(kind, slot, forms, feats, cost, tag="", needs="", to_slot=0, front=True, restore="", neutral=False):
    """forms: {back_surface: cond}. Generates the front twin unless front=False."""
    fe = _f(feats)
    for surf, cond in forms.items():
        variants = {surf}
        if front:
            variants.add(surf.translate(_FRONT))
        for s in variants:
            SUFFIXES.append(
                Suffix(s, kind, slot, fe, cost, cond, None if neutral else suffix_harmony(s), tag, needs, to_slot, restore,
                       s[0] in "аәеыіұүоөуюи", sum(ch in KAZAKH_LETTERS for ch in s))
            )


# ---------------------------------------------------------------- nominal chain
add("N", PL, {"лар": V_LRYU, "дар": L_NASAL_ZJ, "тар": HARD}, {"Number": "Plur"}, 0.25, tag="PL")

POSS_FEATS = {
    "1s": {"Number[psor]": "Sing", "Person[psor]": "1"},
    "2s": {"Number[psor]": "Sing", "Person[psor]": "2"},
    "2f": {"Number[psor]": "Sing", "Person[psor]": "2", "Polite[psor]": "Form"},
    "1p": {"Number[psor]": "Plur", "Person[psor]": "1"},
    "2p": {"Number[psor]": "Plur", "Person[psor]": "2"},
    "2pf": {"Number[psor]": "Plur", "Person[psor]": "2", "Polite[psor]": "Form"},
    "3": {"Person[psor]": "3"},
}
add("N", POSS, {"ым": CONS, "м": V}, POSS_FEATS["1s"], 0.45, tag="P12")
add("N", POSS, {"ың": CONS, "ң": V}, POSS_FEATS["2s"], 0.5, tag="P12")
add("N", POSS, {"ыңыз": CONS, "ңыз": V}, POSS_FEATS["2f"], 0.45, tag="POSS")
add("N", POSS, {"ымыз": CONS, "мыз": V}, POSS_FEATS["1p"], 0.45, tag="POSS")
add("N", POSS, {"ыңдар": CONS, "ңдар": V}, POSS_FEATS["2p"], 0.5, tag="POSS")
add("N", POSS, {"ыңыздар": CONS, "ңыздар": V}, POSS_FEATS["2pf"], 0.5, tag="POSS")
add("N", POSS, {"ы": CONS, "сы": V}, POSS_FEATS["3"], 0.35, tag="P3")

add("N", CASE, {"ның": V_NASAL, "дың": LRYU_ZJ, "тың": HARD}, {"Case": "Gen"}, 0.2)
add("N", CASE, {"ны": V, "ды": SON, "ты": HARD}, {"Case": "Acc"}, 0.3, needs="!P3")
add("N", CASE, {"н": V}, {"Case": "Acc"}, 0.25, needs="P3")
add("N", CASE, {"ға": V_SON, "қа": HARD}, {"Case": "Dat"}, 0.2, needs="!P3,P12")
add("N", CASE, {"на": V}, {"Case": "Dat"}, 0.2, needs="P3")
add("N", CASE, {"а": CONS}, {"Case": "Dat"}, 0.25, needs="P12")
add("N", CASE, {"да": V_SON, "та": HARD}, {"Case": "Loc"}, 0.2, needs="!P3")
add("N", CASE, {"нда": V}, {"Case": "Loc"}, 0.2, needs="P3")
add("N", CASE, {"дан": V_LRYU_ZJ, "нан": NASAL, "тан": HARD}, {"Case": "Abl"}, 0.2, needs="!P3")
add("N", CASE, {"нан": V}, {"Case": "Abl"}, 0.2, needs="P3")
add("N", CASE, {"мен": V_LRYU_NASAL, "бен": NASAL_ZJ, "пен": HARD}, {"Case": "Ins"}, 0.25, front=False, neutral=True)
add("N", CASE, {"менен": V_LRYU_NASAL, "бенен": NASAL_ZJ, "пенен": HARD}, {"Case": "Ins"}, 0.5, front=False, neutral=True)
add("N", CASE, {"ша": ANY}, {"Case": "Equ"}, 0.9)
add("N", CASE, {"нша": V}, {"Case": "Equ"}, 0.5, needs="P3")  # пікірінше, айтуынша 'in his opinion, as he says'
add("N", CASE, {"дай": V_SON, "тай": HARD}, {"Case": "Sim"}, 0.8, needs="!P3")
add("N", CASE, {"ндай": V}, {"Case": "Sim"}, 0.8, needs="P3")
add("N", CASE, {"дағы": V_SON, "тағы": HARD}, {"Case": "Loc"}, 0.4, needs="!P3")
add("N", CASE, {"ндағы": V}, {"Case": "Loc"}, 0.4, needs="P3")
add("N", CASE, {"нікі": V_NASAL, "дікі": LRYU_ZJ, "тікі": HARD}, {"Case": "Gen"}, 1.0, front=False)

PRED_FEATS = {
    "1s": {"Number": "Sing", "Person": "1"},
    "2s": {"Number": "Sing", "Person": "2"},
    "2f": {"Number": "Sing", "Person": "2", "Polite": "Form"},
    "1p": {"Number": "Plur", "Person": "1"},
    "2p": {"Number": "Plur", "Person": "2"},
    "2pf": {"Number": "Plur", "Person": "2", "Polite": "Form"},
}
add("N", PRED, {"мын": V_LRYU, "бын": NASAL_ZJ, "пын": HARD}, PRED_FEATS["1s"], 0.6)
add("N", PRED, {"сың": ANY}, PRED_FEATS["2s"], 0.7)
add("N", PRED, {"сыз": ANY}, PRED_FEATS["2f"], 0.8)
add("N", PRED, {"мыз": V_LRYU, "быз": NASAL_ZJ, "пыз": HARD}, PRED_FEATS["1p"], 0.6)
add("N", PRED, {"сыңдар": ANY}, PRED_FEATS["2p"], 0.6)
add("N", PRED, {"сыздар": ANY}, PRED_FEATS["2pf"], 0.6)
add("N", PRED, {"дыр": V_SON, "тыр": HARD}, {"Mood": "Gen"}, 1.2)

# ---------------------------------------------------------------- nominalisers (verb → nominal)
add("Z", 0, {"ған": V_SON, "қан": HARD}, {"Tense": "Past", "VerbForm": "Part"}, 0.3, to_slot=TAM)
add("Z", 0, {"атын": CONS, "йтын": V}, {"Aspect": "Hab", "VerbForm": "Part"}, 0.3, to_slot=TAM)
add("Z", 0, {"ар": CONS}, {"Tense": "Fut", "VerbForm": "Part"}, 0.6, to_slot=TAM)
add("Z", 0, {"р": V}, {"Tense": "Fut", "VerbForm": "Part"}, 0.9, to_slot=TAM)
add("Z", 0, {"мас": V_LRYU, "бас": NASAL_ZJ, "пас": HARD}, {"Polarity": "Neg", "Tense": "Fut", "VerbForm": "Part"}, 0.5,
    to_slot=NEG)
add("Z", 0, {"у": ANY}, {"VerbForm": "Inf"}, 0.35, to_slot=TAM, restore="u")
add("Z", 0, {"ю": ANY}, {"VerbForm": "Inf"}, 0.35, to_slot=TAM, restore="yu")
add("Z", 0, {"мау": V_LRYU, "бау": NASAL_ZJ, "пау": HARD}, {"Polarity": "Neg", "VerbForm": "Inf"}, 0.4,
    to_slot=NEG)
add("Z", 0, {"ушы": ANY}, {"VerbForm": "Part"}, 0.6, to_slot=TAM, restore="u")
add("Z", 0, {"мақ": V_LRYU, "бақ": NASAL_ZJ, "пақ": HARD}, {"Tense": "Fut", "VerbForm": "Part"}, 0.6, to_slot=TAM)
add("Z", 0, {"мақшы": V_LRYU, "бақшы": NASAL_ZJ, "пақшы": HARD}, {"Tense": "Fut", "VerbForm": "Part"}, 0.6,
    to_slot=TAM)
add("Z", 0, {"ғы": V_SON, "қы": HARD}, {"Mood": "Des", "VerbForm": "Ger"}, 0.9, to_slot=TAM)
add("Z", 0, {"ғандық": V_SON, "қандық": HARD}, {"VerbForm": "Ger"}, 0.5, to_slot=TAM)
add("Z", 0, {"атұғын": CONS, "йтұғын": V}, {"Aspect": "Hab", "VerbForm": "Part"}, 0.5, to_slot=TAM)

# ---------------------------------------------------------------- verbal chain
add("V", VOICE, {"ыл": CONS, "л": V}, {"Voice": "Pass"}, 0.5)
add("V", VOICE, {"ын": frozenset("л"), "н": V}, {"Voice": "Pass"}, 0.6)
add("V", VOICE, {"ыс": CONS, "с": V}, {"Voice": "Rcp"}, 0.7)
add("V", NEG, {"ма": V_LRYU, "ба": NASAL_ZJ, "па": HARD}, {"Polarity": "Neg"}, 0.25)

_FIN = {"Mood": "Ind", "VerbForm": "Fin"}


def tam(forms, feats, cost, person_sets, restore=""):
    """forms: {marker: cond}; person_sets: {ending: feats} appended to each marker."""
    for marker, cond in forms.items():
        for ending, pf in person_sets.items():
            f = dict(feats)
            f.update(pf)
            add("V", TAM, {marker + ending: cond}, f, cost + (0.05 if pf.get("Person") != "3" else 0),
                to_slot=VOICE + 1 if "Polarity" in f else TAM, restore=restore)


PERS_SHORT = {  # after past -ды and conditional -са
    "": {"Person": "3"},
    "м": {"Number": "Sing", "Person": "1"},
    "ң": {"Number": "Sing", "Person": "2"},
    "ңыз": {"Number": "Sing", "Person": "2", "Polite": "Form"},
    "қ": {"Number": "Plur", "Person": "1"},
    "ңдар": {"Number": "Plur", "Person": "2"},
    "ңыздар": {"Number": "Plur", "Person": "2", "Polite": "Form"},
}
PERS_LONG = {  # after present -а/-е/-й, future -ар, evidential -ып
    "мын": {"Number": "Sing", "Person": "1"},
    "сың": {"Number": "Sing", "Person": "2"},
    "сыз": {"Number": "Sing", "Person": "2", "Polite": "Form"},
    "мыз": {"Number": "Plur", "Person": "1"},
    "сыңдар": {"Number": "Plur", "Person": "2"},
    "сыздар": {"Number": "Plur", "Person": "2", "Polite": "Form"},
}
PERS_LONG_P = {k.replace("мын", "пын").replace("мыз", "пыз"): v for k, v in PERS_LONG.items()}

tam({"ды": V_SON, "ты": HARD}, {**_FIN, "Tense": "Past"}, 0.3, PERS_SHORT)
tam({"са": ANY}, {"Mood": "Cnd", "VerbForm": "Fin"}, 0.4, PERS_SHORT)
tam({"а": CONS, "й": V}, {**_FIN, "Tense": "Pres"}, 0.3, {**PERS_LONG, "ды": {"Person": "3"}})
tam({"ар": CONS, "р": V}, {**_FIN, "Tense": "Fut"}, 0.5, PERS_LONG)
tam({"мас": V_LRYU, "бас": NASAL_ZJ, "пас": HARD}, {**_FIN, "Tense": "Fut", "Polarity": "Neg"}, 0.5, PERS_LONG_P)
tam({"ып": CONS, "п": V}, {**_FIN, "Tense": "Past", "Evident": "Nfh"}, 0.5, {**PERS_LONG_P, "ты": {"Person": "3"}})
tam({"ған": V_SON, "қан": HARD}, {**_FIN, "Tense": "Past"}, 0.4, PERS_LONG_P | {"мын": PERS_LONG["мын"], "мыз": PERS_LONG["мыз"]})
tam({"ғай": V_SON, "қай": HARD}, {"Mood": "Opt", "VerbForm": "Fin"}, 0.8, {"": {"Person": "3"}, **PERS_LONG})
# converbs
add("V", TAM, {"ып": CONS, "п": V}, {"Aspect": "Perf", "VerbForm": "Conv"}, 0.3, to_slot=TAM)
add("V", TAM, {"а": CONS, "й": V}, {"VerbForm": "Conv"}, 0.35, to_slot=TAM)
add("V", TAM, {"ғалы": V_SON, "қалы": HARD}, {"VerbForm": "Conv"}, 0.4, to_slot=TAM)
add("V", TAM, {"ғанша": V_SON, "қанша": HARD}, {"VerbForm": "Conv"}, 0.5, to_slot=TAM)
# imperative / voluntative
_IMP = {"Mood": "Imp", "VerbForm": "Fin"}
add("V", TAM, {"ыңдар": CONS, "ңдар": V}, {**_IMP, "Number": "Plur", "Person": "2"}, 0.3, to_slot=TAM)
add("V", TAM, {"ыңыз": CONS, "ңыз": V}, {**_IMP, "Number": "Sing", "Person": "2", "Polite": "Form"}, 0.3,
    to_slot=TAM)
add("V", TAM, {"ыңыздар": CONS, "ңыздар": V}, {**_IMP, "Number": "Plur", "Person": "2", "Polite": "Form"}, 0.3,
    to_slot=TAM)
add("V", TAM, {"шы": ANY}, {**_IMP, "Number": "Sing", "Person": "2"}, 0.5, to_slot=TAM)
add("V", TAM, {"ыңызшы": CONS, "ңызшы": V}, {**_IMP, "Number": "Sing", "Person": "2", "Polite": "Form"}, 0.35,
    to_slot=TAM)
add("V", TAM, {"ыңдаршы": CONS, "ңдаршы": V}, {**_IMP, "Number": "Plur", "Person": "2"}, 0.35, to_slot=TAM)
add("V", TAM, {"сын": ANY}, {**_IMP, "Person": "3"}, 0.45, to_slot=TAM)
add("V", TAM, {"сыншы": ANY}, {**_IMP, "Person": "3"}, 0.5, to_slot=TAM)
add("V", TAM, {"айын": CONS, "йын": V}, {**_IMP, "Number": "Sing", "Person": "1"}, 0.35, to_slot=TAM)
add("V", TAM, {"айық": CONS, "йық": V}, {**_IMP, "Number": "Plur", "Person": "1"}, 0.3, to_slot=TAM)
add("V", TAM, {"айықшы": CONS, "йықшы": V}, {**_IMP, "Number": "Plur", "Person": "1"}, 0.35, to_slot=TAM)
add("V", TAM, {"айыншы": CONS, "йыншы": V}, {**_IMP, "Number": "Sing", "Person": "1"}, 0.35, to_slot=TAM)

# -------- и written for stem-final ы/і + й: оқы+й+ды → оқиды, оқы+йтын → оқитын
for _s in list(SUFFIXES):
    if _s.surface.startswith("й") and _s.cond == V:
        SUFFIXES.append(
            Suffix("и" + _s.surface[1:], _s.kind, _s.slot, _s.feats, _s.cost + 0.05, CONS, _s.harm, _s.tag,
                   _s.needs, _s.to_slot, "yi", True, _s.kk_letters)
        )

IMP_BARE = _f({**_IMP, "Number": "Sing", "Person": "2"})
