"""Russian vs Kazakh language identification for sentences and words.

Evidence, strongest first:

1. Kazakh-specific letters ә ғ қ ң ө ұ ү һ і: decisive for a word.
2. Function words of each language (and Kazakh ones typed without Kazakh letters, as on a
   phone: ``бул``, ``ушин``, ``жок``). Overlaps (``не``, ``да``, ``бар``, ``мен``, ``а``) count
   for nothing.
3. Spelling patterns impossible or rare in Russian (``кы``, ``гы``, ``шы``, ``жы`` ...,
   ``-мыз``, plural + case endings ``-лары``, ``-дардың`` ...) and Russian-only ones
   (``-ого``, ``-ться``, ``ъ``, ``щ`` ...).
4. ``lingua`` restricted to Russian + Kazakh, built lazily on first need and consulted only
   when the rules above are not confident (it costs ~0.6-0.8 s and ~65 MiB to load; see
   ``bench/langid_accuracy.py``). Call :func:`warmup` from a background thread to pay this
   before the first check.

Words passed in are tokens already normalised by :func:`app.core.normalize.normalize_token`.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import regex

__all__ = [
    "detect_sentence",
    "word_languages",
    "is_latin_kazakh",
    "detect_text",
    "word_score",
    "warmup",
    "KAZAKH_LETTERS",
]

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_DELETTER = str.maketrans("әғқңөұүһі", "агкноуухи")
_CYR_WORD_RE = regex.compile(r"^[\p{Cyrillic}\-]*\p{Cyrillic}[\p{Cyrillic}\-]*$")
_LETTER_RE = regex.compile(r"\p{L}")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*")

# ---------------------------------------------------------------- function words
_KK_FUNC = set(
    """
    және мен бен пен үшін деп бұл осы біз сіз сен емес жоқ керек ғой ғана ол олар оның олардың
    біздің сіздің менің сенің бізге сізге маған саған оған бізді сізді мені сені оны
    бір екі үш төрт бес алты жеті сегіз тоғыз он жүз мың
    туралы бойынша арқылы сияқты кейін дейін бері қарай шейін үшін сайын бірге
    бірақ немесе әлде яғни себебі сондықтан өйткені егер онда енді тағы әлі ешқашан ешкім
    ештеңе барлық бәрі бәріміз бәрің бәріңіз барлығы әр әрбір кейбір көп аз өте ең
    еді екен болып болды болады болса бола болған болу болмайды жатыр жатқан тұр отыр
    қалай неге қашан қайда кім қандай қанша нешe ма ме ба бе па пе ше ғой ау ей иә рахмет
    мұнда сонда осында мына мынау анау сол солар осылар өз өзі өзім өзің өзіміз өзіңіз
    бүгін ертең кеше қазір сағат күні жылы жыл ай апта адам халық ел жер
    келіңдер келіңіздер барамыз жиналамыз шығамыз
    """.split()
)
_RU_FUNC = set(
    """
    и в во на что это как все всё мы вы они он она оно я ты с со по к ко о об обо у за из от
    для же бы ли но или так уже только был была были было есть нет его её ее их этот эта эти
    того тот та те который которая которые которых которого когда где если чтобы потому
    очень тоже также ещё еще даже вот там тут здесь сейчас себя свой своих свои сам сама
    при без до после через между под над перед про чем чтоб либо ни нибудь кто кого кому
    нам вам им нас вас меня тебя мне тебе ему ей ней нему них ним этого этом этой этих
    будет будут быть может можно нужно надо просто всех всем всего всю весь вся хотя пока
    давайте пусть срочно сегодня завтра вчера человек люди года лет раз
    """.split()
)
# Words that are common in both languages (or mean different things): no evidence.
_AMBIGUOUS = {"не", "да", "бар", "мен", "а", "де", "та", "те", "он", "ал", "сол", "бас", "кол", "ас", "ай", "ой", "ел", "том", "ми", "мы", "ма", "ба", "бе", "па", "пе"}
_KK_FUNC -= _AMBIGUOUS
_RU_FUNC -= _AMBIGUOUS
# Kazakh function words typed without Kazakh letters (phone keyboards), unless that spelling
# is a Russian word.
_KK_FUNC_PLAIN = {w.translate(_DELETTER) for w in _KK_FUNC} - _RU_FUNC - _AMBIGUOUS - {
    "кол", "сон", "кон", "ун", "озим", "ози", "тур", "он", "ау", "ей", "аз", "ен", "ма", "ме", "еди", "бири",
    "сегиз", "жети", "кун", "ал", "осы", "тогыз", "ол", "мын",
}
_KK_FUNC_PLAIN |= {"осы", "ол"}  # Russian "осы" (wasps), "ол" are too rare to matter
_KK_FUNC_ALL = _KK_FUNC | _KK_FUNC_PLAIN

# ---------------------------------------------------------------- spelling patterns
# The definition: (regex, weight) pairs, searched in the lower-cased word; each pattern counts
# at most once. Kazakh: ы after к г х ш ж ч щ (Russian writes и), word-initial ы, 1pl/2pl
# personal endings, plural + case/possessive, genitive, converbs, -ған/-ген participles, typed
# with or without Kazakh letters. (They are only tried on words without Kazakh letters.)
_KK_PATTERNS = [
    (r"[кгхшжчщ]ы", 1.2),
    (r"^ы", 1.0),
    (r"[лдтнрмсз]ык(?:[тк][аи]|[тд]ан|[тд]ен|)$|[лдтнрмсз]ыг[ыи]", 1.0),
    (r"(?:еди|йди|ейди|ады|айды)$", 0.5),
    (r"(?:мыз|міз|миз|быз|біз|пыз|піз|сыз|сіз|сиз|ңыз|ныз|ңіз|низ|ңдар|ндар|ңдер|ндер)(?:дар|дер|ға|га|ге|да|де|ды|ді|ди|дың|дын)?$", 1.5),
    (r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і|и|ды|ді|ди|дың|дын|дің|дин|ға|га|ге|да|де|дан|ден|ымыз|имиз|ың|ын|ин|ыңыз|ыныз|ым)$", 1.5),
    (r"(?:лар|дар|тар)$", 0.8),
    (r"[аоуыеиюя](?:ның|нің|нын|нин)$", 1.2),
    (r"[бвгдзклмнпрстфхцчшщ](?:тың|тің|дың|дің|тын|дын)$", 1.0),
    (r"(?:ған|ген|қан|кен|ган|кан)(?:ы|ін|ын|да|де|ға|дар|дер|нан|нен)?$", 0.6),
    (r"[аоуыеи][йп]$|ып$|іп$", 0.3),
    (r"(?:йық|йік|йик|йык|алық|ейік|ейик|айык)$", 1.5),
    (r"(?:атын|етін|етин|йтын|йтін|итын|итин)$", 1.0),
    (r"(?:ында|інде|ынде|инде|ынан|інен|ынен|инен|ымыз|іміз|имиз|ыңыз|іңіз)$", 1.0),
    (r"(?:ады|еді|еди|йды|йді|йди)$", 0.7),
    (r"(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йди|ды|ді|ди|ған|ген|ган|с|сын|сін|син|ңдар|ндар|ңыз|ныз)$", 1.0),
]
_RU_PATTERNS = [
    (r"(?:ого|его|ому|ему|ыми|ими|ться|тся|ешь|ишь|ете|ите|ают|яют|ует|уют|ого|ыми)$", 1.5),
    (r"(?:ость|ости|ение|ения|ании|ание|ания|ство|ства|ский|ская|ское|ские|ских|ской|ного|ных|ные|ная|ное|ный|ний|ций|ция|ции)$", 1.5),
    (r"[ъщёэ]|ь[еюяи]|ци[яи]", 1.0),
    (r"(?:ть|ла|ли|ло)$", 0.6),
    (r"(?:ов|ев|ей|ах|ях|ам|ям|ой|ый|ий|ая|яя|ую|юю|ые|ие)$", 0.5),
    (r"^(?:по|пере|при|раз|рас|вы|за|про|под|от|об|на|недо|пред)\p{L}{4,}", 0.3),
]


@lru_cache(maxsize=None)
def _compiled_patterns() -> tuple[list, list]:
    return ([(regex.compile(src), wt) for src, wt in _KK_PATTERNS],
            [(regex.compile(src), wt) for src, wt in _RU_PATTERNS])


def _patterns_score_by_regex(w: str) -> float:
    """The patterns' score of a lower-cased word, straight from the definition (the reference
    that :func:`_patterns_score` is tested against)."""
    kk, ru = _compiled_patterns()
    s = 0.0
    for rx, wt in kk:
        if rx.search(w):
            s += wt
    for rx, wt in ru:
        if rx.search(w):
            s -= wt
    return s


# The same patterns as look-up tables, built once at import. A pattern's top-level branches
# that are finite sets of literal strings are enumerated: endings ("...$") go into a trie read
# from the word's last letter, beginnings ("^...") into one startswith() test, and the rest into
# one stdlib-regex alternation of literals, searched only if the word has one of a few letters
# that each literal contains. Any other branch (e.g. "\p{L}{4,}") is kept as a regex, behind a
# startswith() test when it begins with "^" and literals. A word then costs a few dict
# look-ups and rarely a search, instead of ~20 searches.
_BEGIN, _END = "\x02", "\x03"
_SPECIAL = set("\\.*+{}()[]|?^$")


class _Unsupported(ValueError):
    """A regex feature the enumerator does not expand (the branch stays a regex)."""


def _top_branches(src: str) -> list[str]:
    """*src* split at its top-level "|"."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2  # an escaped character
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
        i += 1
    out.append(src[start:])
    return out


def _language(src: str, partial: bool = False, limit: int = 20_000) -> tuple[set[str], bool]:
    """All strings the regex *src* matches, "^"/"$" written as _BEGIN/_END; and whether all of
    *src* was read. Only literals, [abc], (?:...|...), "?", "^" and "$" are understood; with
    *partial*, reading stops at the first other construct of the top-level sequence (the
    strings then are the possible beginnings of a match), otherwise _Unsupported is raised."""
    pos = 0

    def alt(top: bool) -> tuple[set[str], bool]:
        nonlocal pos
        out, done = seq(top)
        while done and pos < len(src) and src[pos] == "|":
            if top and partial:
                raise _Unsupported(src)  # a prefix of one branch says nothing about the others
            pos += 1
            more, done = seq(top)
            out |= more
        return out, done

    def seq(top: bool) -> tuple[set[str], bool]:
        nonlocal pos
        out = before = {""}
        while pos < len(src) and src[pos] not in "|)":
            try:
                a = atom()
            except _Unsupported:
                if top and partial:
                    # a quantifier ("*", "{4,}" ...) makes the atom before it optional too
                    return (before if src[pos] in "*+{?" else out), False
                raise
            if src.startswith("?", pos):
                pos += 1
                a = a | {""}
            before = out
            out = {x + y for x in out for y in a}
            if len(out) > limit:
                raise _Unsupported(src)
        return out, True

    def atom() -> set[str]:
        nonlocal pos
        ch = src[pos]
        if src.startswith("(?:", pos):
            pos += 3
            a, _ = alt(False)
            if not src.startswith(")", pos):
                raise _Unsupported(src)
            pos += 1
            return a
        if ch == "[":
            end = src.find("]", pos + 1)
            chars = src[pos + 1:end]
            if end < 0 or not chars or any(c in "^-\\[" for c in chars):
                raise _Unsupported(src)
            pos = end + 1
            return set(chars)
        if ch in "^$":
            pos += 1
            return {_BEGIN if ch == "^" else _END}
        if ch in _SPECIAL:
            raise _Unsupported(src)
        pos += 1
        return {ch}

    out, done = alt(True)
    if done and pos != len(src):
        raise _Unsupported(src)
    return out, done


def _compile_patterns(kk: list[tuple[str, float]], ru: list[tuple[str, float]]):
    """Look-up tables for the patterns; see _patterns_score. Bit j of a mask is pattern j
    (Kazakh ones first, then Russian)."""
    trie: dict = {}  # letter (from the word's end) -> [mask of endings that stop here, children]
    prefix_tests: list[tuple[tuple[str, ...], int]] = []  # (beginnings, bit)
    literal_tests: list[tuple[object, object, int]] = []  # (needed letter or class regex, regex, bit)
    regex_tests: list[tuple[tuple[str, ...], object, int]] = []  # (startswith gate or (), regex, bit)
    for j, (src, _) in enumerate(kk + ru):
        bit = 1 << j
        substrings: set[str] = set()
        beginnings: set[str] = set()
        for branch in _top_branches(src):
            try:
                strings, _ = _language(branch)
            except _Unsupported:
                gate: tuple[str, ...] = ()
                try:
                    heads, _ = _language(branch, partial=True)
                    starts = {h[1:] for h in heads if h[:1] == _BEGIN}
                    if heads and len(starts) == len(heads) and all(x and _BEGIN not in x and _END not in x for x in starts):
                        gate = tuple(sorted(starts))  # a match begins with one of these
                except _Unsupported:
                    pass
                regex_tests.append((gate, regex.compile(branch), bit))
                continue
            for s in strings:
                begins, ends = s[:1] == _BEGIN, s[-1:] == _END
                body = s[begins:len(s) - ends]
                if not body or _BEGIN in body or _END in body or (begins and ends):
                    raise ValueError(f"pattern {src!r}: cannot expand {s!r} (anchor inside, or a whole word)")
                if ends:
                    node = None
                    children = trie
                    for ch in reversed(body):
                        node = children.setdefault(ch, [0, {}])
                        children = node[1]
                    node[0] |= bit
                elif begins:
                    beginnings.add(body)
                else:
                    substrings.add(body)
        if beginnings:
            prefix_tests.append((tuple(sorted(beginnings)), bit))
        if substrings:
            need = _needed_letters(substrings)
            gate = need if len(need) == 1 else re.compile(f"[{need}]")
            literal_tests.append((gate, _alternation(substrings), bit))

    def freeze(children: dict) -> dict:
        return {ch: (node[0], freeze(node[1])) for ch, node in children.items()}

    weights = [(True, wt) for _, wt in kk] + [(False, wt) for _, wt in ru]
    return freeze(trie), prefix_tests, literal_tests, regex_tests, weights


def _needed_letters(literals: set[str]) -> str:
    """Few letters such that each literal contains one of them (a cheap test before the
    search): greedily the letter in most literals not yet covered, ties to the letter in
    fewest literals overall (rare in the patterns, likely rare in words)."""
    in_all = {ch: sum(ch in x for x in literals) for x in literals for ch in x}
    left = set(literals)
    need = []
    while left:
        ch = min(in_all, key=lambda c: (-sum(c in x for x in left), in_all[c], c))
        need.append(ch)
        left = {x for x in left if ch not in x}
    return "".join(sorted(need))


def _alternation(literals: set[str]):
    """A stdlib regex searching for any of *literals* (no regex metacharacters in them)."""
    if any(ch in _SPECIAL for x in literals for ch in x):
        raise ValueError(f"literal with a regex metacharacter in {sorted(literals)}")
    return re.compile("|".join(sorted(literals, key=lambda x: (-len(x), x))))


(_END_TRIE, _PREFIX_TESTS, _LITERAL_TESTS, _REGEX_TESTS, _WEIGHTS) = _compile_patterns(
    _KK_PATTERNS, _RU_PATTERNS
)
_MASK_SCORES: dict[int, float] = {}


def _mask_score(mask: int) -> float:
    """Score of a set of matched patterns, added in the definition's order (same floats)."""
    s = 0.0
    for j, (kazakh, wt) in enumerate(_WEIGHTS):
        if mask >> j & 1:
            if kazakh:
                s += wt
            else:
                s -= wt
    _MASK_SCORES[mask] = s
    return s


def _patterns_score(w: str, end: str | None = None) -> float:
    """The patterns' score of a lower-cased word (equal to _patterns_score_by_regex). *end*:
    the text that "$" follows, if not all of *w*."""
    mask = 0
    children = _END_TRIE
    for ch in reversed(w if end is None else end):
        node = children.get(ch)
        if node is None:
            break
        mask |= node[0]
        children = node[1]
    for beginnings, bit in _PREFIX_TESTS:
        if w.startswith(beginnings):
            mask |= bit
    for gate, rx, bit in _LITERAL_TESTS:
        if ((gate in w) if gate.__class__ is str else (gate.search(w) is not None)) and rx.search(w) is not None:
            mask |= bit
    for gate, rx, bit in _REGEX_TESTS:
        if (not gate or w.startswith(gate)) and rx.search(w):
            mask |= bit
    if not mask:
        return 0.0
    s = _MASK_SCORES.get(mask)
    return _mask_score(mask) if s is None else s


# A word of Russian/Kazakh letters (and hyphens) is a Cyrillic word: one stdlib-regex test
# instead of _CYR_WORD_RE, which is asked only about other words.
_L = "а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ"
_PLAIN_WORD_RE = re.compile(f"[{_L}\\-]*[{_L}][{_L}\\-]*")
_KK_LETTER_RE = re.compile(f"[{''.join(sorted(KAZAKH_LETTERS))}]")


def _is_cyrillic_word(w: str) -> bool:
    return _PLAIN_WORD_RE.fullmatch(w) is not None or _CYR_WORD_RE.match(w) is not None


def _score(word: str) -> float:
    w = word.lower()
    if not w or not _is_cyrillic_word(w):
        return 0.0
    if w[-1] == "\n":  # (_CYR_WORD_RE allows it) "$" in the patterns matches before it too
        return _cyrillic_score(w, w[:-1])
    return _cyrillic_score(w)


def _cyrillic_score(w: str, end: str | None = None) -> float:
    """word_score of a lower-cased Cyrillic word (*end*: see _patterns_score)."""
    if _KK_LETTER_RE.search(w) is not None:
        return 4.0 + (1.0 if w in _KK_FUNC else 0.0)
    if w in _AMBIGUOUS:
        return 0.0
    if w in _KK_FUNC_ALL:
        return 2.5
    if w in _RU_FUNC:
        return -2.5
    return _patterns_score(w, end)


@lru_cache(maxsize=131_072)
def word_score(word: str) -> float:
    """Evidence that one normalised word is Kazakh (> 0) or Russian (< 0); 0 = no evidence.

    Kazakh letters give >= 4 (decisive); function words +-2.5; spelling patterns less.
    Non-Cyrillic words score 0.
    """
    return _score(word)


# ---------------------------------------------------------------- lingua (lazy)
_detector = None
_detector_lock = threading.Lock()


def _get_detector():
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                _detector = LanguageDetectorBuilder.from_languages(Language.RUSSIAN, Language.KAZAKH).build()
    return _detector


def warmup() -> None:
    """Load lingua's models now (call from a background thread at start-up)."""
    det = _get_detector()
    # text without Kazakh letters, so that lingua really loads both n-gram models
    det.compute_language_confidence_values("барлыгы аланга шыгындар, все на площадь")


def _lingua_kk_prob(text: str) -> float:
    """Probability (0..1) that *text* is Kazakh according to lingua."""
    det = _get_detector()
    for cv in det.compute_language_confidence_values(text):
        if cv.language.name == "KAZAKH":
            return cv.value
    return 0.0


# ---------------------------------------------------------------- public API
#: |score| at or above this is decided by the rules alone; below it lingua is consulted.
CONFIDENT = 3.0
#: weight of lingua's opinion (kk_prob - 0.5) * 2 * LINGUA_WEIGHT added to the rule score.
LINGUA_WEIGHT = 3.0


@lru_cache(maxsize=131_072)
def _facts(word: str) -> tuple[bool, bool, float]:
    """(has a letter, is a Cyrillic word, word_score) of one word, worked out once per word form."""
    if not word:
        return False, False, 0.0
    if _PLAIN_WORD_RE.fullmatch(word) is not None:  # so is its lower-case form
        return True, True, _cyrillic_score(word.lower())
    return _LETTER_RE.search(word) is not None, _CYR_WORD_RE.match(word) is not None, _score(word)


def detect_sentence(words: list[str]) -> str:
    """Dominant language of one sentence: "ru", "kk", or "" if it has no letters.

    A sentence with no Cyrillic words (e.g. all Latin) is "kk" if it reads as Kazakh Latin
    (see :func:`is_latin_kazakh`), otherwise "ru" only if lingua says so, else "".
    """
    total = 0.0
    n = 0
    with_letters = []
    cyrillic = []
    for w in words:
        has_letter, cyr, sc = _facts(w)
        if not has_letter:
            continue
        with_letters.append(w)
        if cyr:
            cyrillic.append(w)
        if sc or cyr:
            n += 1
        total += sc
    if not with_letters:
        return ""
    if n == 0:
        return "kk" if is_latin_kazakh(with_letters) else ""
    if abs(total) < CONFIDENT:
        p = _lingua_kk_prob(" ".join(cyrillic))
        total += (p - 0.5) * 2.0 * LINGUA_WEIGHT
    return "kk" if total > 0 else "ru"


#: cost of switching language between two adjacent words (word_languages)
SWITCH_COST = 2.0
#: a run of words in the other language must carry at least this much evidence
SEGMENT_MIN = 2.0
#: per-word lingua weight for words whose own evidence is weak
WORD_LINGUA_WEIGHT = 1.5


@lru_cache(maxsize=131_072)
def _word_evidence(word: str) -> float:
    """word_score, plus lingua's single-word opinion when the rules are unsure."""
    _, cyr, s = _facts(word)
    if abs(s) < 2.0 and cyr and len(word) >= 3:
        s += (_lingua_kk_prob(word) - 0.5) * 2.0 * WORD_LINGUA_WEIGHT
    return s


def _no_run_can_be_kept(words: list[str], facts: list[tuple[bool, bool, float]], idx: list[int], sign: float) -> bool:
    """True if no run of words in the other language can have the support SEGMENT_MIN (so
    word_languages leaves every word in the sentence's language), whatever lingua says.

    *sign* is +1 for a Russian sentence (support = sum of evidence), -1 for a Kazakh one. A
    word lingua would be asked about (see _word_evidence) counts at its most,
    ``sign * word_score + WORD_LINGUA_WEIGHT``, until it is asked; then at its evidence. The
    best run is the maximum-sum stretch of these bounds; while it reaches SEGMENT_MIN, its
    most promising unasked word is asked. False as soon as nothing is left to ask (the words
    asked are then cached for the full computation).
    """
    bound = []
    unasked = set()
    for k, i in enumerate(idx):
        s = facts[i][2]
        if abs(s) < 2.0 and len(words[i]) >= 3:  # lingua would be asked (idx words are Cyrillic)
            bound.append(sign * s + WORD_LINGUA_WEIGHT)
            unasked.add(k)
        else:
            bound.append(sign * s)
    while True:
        best = -1.0
        run = 0.0
        start = lo = hi = 0
        for k, x in enumerate(bound):
            if run <= 0.0:
                run, start = x, k
            else:
                run += x
            if run > best:
                best, lo, hi = run, start, k + 1
        # the margin covers rounding: sums of bounds taken in another order than word_languages'
        if best < SEGMENT_MIN - 1e-9:
            return True
        todo = [k for k in range(lo, hi) if k in unasked]
        if not todo:
            return False
        k = max(todo, key=bound.__getitem__)
        unasked.discard(k)
        bound[k] = sign * _word_evidence(words[idx[k]])


def word_languages(words: list[str], sentence_lang: str) -> list[str]:
    """Per-word language: "ru", "kk" or "" (no letters).

    Each word gets *sentence_lang* unless it clearly belongs to the other language (code
    switching). A two-state path over the Cyrillic words (evidence per word, a cost for each
    switch) finds runs of the other language; a run is kept only if its total evidence is at
    least ``SEGMENT_MIN`` (a Kazakh letter, a function word, or several weaker cues).
    Latin words (brands) follow the sentence.
    """
    base = sentence_lang or ""
    facts = [_facts(w) for w in words]
    out = [base if f[0] else "" for f in facts]
    idx = [i for i, f in enumerate(facts) if f[1]]
    if not idx:
        return out
    if base:
        # Fast path: when no word's own spelling points to the other language, there is no run
        # to find, and lingua need not be asked about every word (it dominated long posts).
        if base == "ru":
            if not any(facts[i][2] > 0 for i in idx):
                return out
        elif not any(facts[i][2] < 0 for i in idx):
            return out
        # Nor when no run could reach SEGMENT_MIN whatever lingua says about the words not yet
        # asked: lingua is asked about one word at a time, only while some run still could.
        if _no_run_can_be_kept(words, facts, idx, 1.0 if base == "ru" else -1.0):
            return out
    ev = [_word_evidence(words[i]) for i in idx]
    if not base:
        base = "kk" if sum(ev) > 0 else "ru"
        for i, w in enumerate(words):
            if out[i] == "" and w and _LETTER_RE.search(w):
                out[i] = base
    # Viterbi over states 0=ru, 1=kk; emission = +-ev/2, small prior towards the base language
    prior = 0.3
    b = 1 if base == "kk" else 0
    def emit(st: int, e: float) -> float:
        return (e if st == 1 else -e) + (prior if st == b else 0.0)
    score = [emit(0, ev[0]), emit(1, ev[0])]
    back: list[tuple[int, int]] = []
    for e in ev[1:]:
        bp = []
        new = []
        for st in (0, 1):
            stay = score[st]
            sw = score[1 - st] - SWITCH_COST
            if stay >= sw:
                new.append(stay + emit(st, e)); bp.append(st)
            else:
                new.append(sw + emit(st, e)); bp.append(1 - st)
        back.append((bp[0], bp[1]))
        score = new
    st = 0 if score[0] >= score[1] else 1
    path = [st]
    for bp in reversed(back):
        st = bp[st]
        path.append(st)
    path.reverse()
    # keep only well-supported runs of the other language
    k = 0
    while k < len(path):
        if path[k] == b:
            k += 1
            continue
        j = k
        while j < len(path) and path[j] != b:
            j += 1
        support = sum(ev[k:j]) * (1 if b == 0 else -1)
        if support >= SEGMENT_MIN:
            lang = "kk" if b == 0 else "ru"
            for m in range(k, j):
                out[idx[m]] = lang
        k = j
    return out


_KK_LATIN_WORDS = frozenset(
    """
    jane men ben pen ushin úshin dep bul bul osy biz siz emes joq kerek goı ǵoı gana ǵana ol olar
    bir barlyq barlygy barlyǵy bári bárimiz barimiz turaly boıynsha boyynsha arqyly sıaqty keıin
    biraq bıraq nemese eger endi tagy taǵy qazir búgin bugin erteń erteng ertek kúni kuni jyly
    bizdiń bizding sizder sender kelińder kelinder kelińizder kelinizder halyq halyk el jer
    qazaq qazaqstan aqorda ákim akim ákimdik akimdik saǵat sagat jıyn jiyn alań alan
    """.split()
)
_KK_LATIN_RE = regex.compile(r"(?:q|sh|zh|ng|gh|ý|y[qkrsnmlt]|[áǵńóúıäğñöşūü])|(?:lar|ler|dar|der|tar|ter|myz|miz|byz|ǵa|ge|qa|ke|da|de|ta|te|nyń|niń|dyń|diń|nyn|nin|yq|ik|ıq|ıyq)$")
_LATIN_RE = regex.compile(r"\p{Latin}")
_EN_HINT_RE = regex.compile(r"(?:th|wh|ck|oo|ee|w|tion|ing|ould)", regex.I)


def is_latin_kazakh(words: list[str]) -> bool:
    """Should this sentence's Latin words be read as Kazakh?

    True when the Latin words carry Kazakh-Latin letters (á ǵ ń ı ä ğ ñ ...) or enough Kazakh
    function words / Kazakh-looking spellings (q, -lar, -myz ...), and few English-looking ones.
    ``words`` may be normalised (Kazakh-Latin tokens with special letters are then already
    Cyrillic: those count as evidence too, as does any Kazakh Cyrillic word).
    """
    if _LATIN_RE.search(" ".join(words)) is None:
        return False  # no Latin word at all: the common case, decided in one pass
    lat = 0
    kk = 0.0
    en = 0
    for w in words:
        if not w or _LETTER_RE.search(w) is None:
            continue
        lw = w.lower()
        if _CYR_WORD_RE.match(lw):
            if not KAZAKH_LETTERS.isdisjoint(lw):
                kk += 0.5
            continue
        if _LATIN_RE.search(lw) is None:
            continue
        lat += 1
        if lw.startswith(("http", "www", "@")):
            continue
        if not KAZAKH_LATIN_LETTERS_SET.isdisjoint(lw):
            kk += 2.0
        elif lw in _KK_LATIN_WORDS:
            kk += 1.5
        elif _KK_LATIN_RE.search(lw):
            kk += 0.6
        if _EN_HINT_RE.search(lw):
            en += 1
    if lat == 0:
        return False
    return kk >= max(1.5, 0.4 * lat) and en <= max(1, lat // 3)


from app.core.normalize import KAZAKH_LATIN_LETTERS as KAZAKH_LATIN_LETTERS_SET  # noqa: E402
from app.core.normalize import normalize_token  # noqa: E402


def detect_text(text: str) -> str:
    """Whole-text convenience: "ru", "kk", "mixed" (both languages have sentences or clear
    phrases) or "" (no letters). Uses a simple regex tokeniser and sentence splitter."""
    sents = regex.split(r"(?<=[.!?…])\s+|\n+", text)
    langs: list[str] = []
    words_all: list[tuple[str, str]] = []
    for s in sents:
        toks = _WORD_RE.findall(s)
        if not toks:
            continue
        norm = [normalize_token(t) for t in toks]
        if is_latin_kazakh(norm):
            norm = [normalize_token(t, latin_kazakh=True) for t in toks]
        lang = detect_sentence(norm)
        if not lang:
            continue
        langs.append(lang)
        words_all.extend(zip(norm, word_languages(norm, lang)))
    if not langs:
        return ""
    if "ru" in langs and "kk" in langs:
        return "mixed"
    return langs[0] if len(set(langs)) == 1 else max(set(langs), key=langs.count)
