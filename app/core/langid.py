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
# Kazakh: ы after к г х ш ж ч щ (Russian writes и), word-initial ы, 1pl/2pl personal endings,
# plural + case/possessive, genitive, converbs, -ған/-ген participles, typed with or without
# Kazakh letters.
_KK_PATTERNS = [
    (regex.compile(r"[кгхшжчщ]ы"), 1.2),
    (regex.compile(r"^ы"), 1.0),
    (regex.compile(r"[лдтнрмсз]ык(?:[тк][аи]|[тд]ан|[тд]ен|)$|[лдтнрмсз]ыг[ыи]"), 1.0),
    (regex.compile(r"(?:еди|йди|ейди|ады|айды)$"), 0.5),
    (regex.compile(r"(?:мыз|міз|миз|быз|біз|пыз|піз|сыз|сіз|сиз|ңыз|ныз|ңіз|низ|ңдар|ндар|ңдер|ндер)(?:дар|дер|ға|га|ге|да|де|ды|ді|ди|дың|дын)?$"), 1.5),
    (regex.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і|и|ды|ді|ди|дың|дын|дің|дин|ға|га|ге|да|де|дан|ден|ымыз|имиз|ың|ын|ин|ыңыз|ыныз|ым)$"), 1.5),
    (regex.compile(r"(?:лар|дар|тар)$"), 0.8),
    (regex.compile(r"[аоуыеиюя](?:ның|нің|нын|нин)$"), 1.2),
    (regex.compile(r"[бвгдзклмнпрстфхцчшщ](?:тың|тің|дың|дің|тын|дын)$"), 1.0),
    (regex.compile(r"(?:ған|ген|қан|кен|ган|кан)(?:ы|ін|ын|да|де|ға|дар|дер|нан|нен)?$"), 0.6),
    (regex.compile(r"[аоуыеи][йп]$|ып$|іп$"), 0.3),
    (regex.compile(r"(?:йық|йік|йик|йык|алық|ейік|ейик|айык)$"), 1.5),
    (regex.compile(r"(?:атын|етін|етин|йтын|йтін|итын|итин)$"), 1.0),
    (regex.compile(r"(?:ында|інде|ынде|инде|ынан|інен|ынен|инен|ымыз|іміз|имиз|ыңыз|іңіз)$"), 1.0),
    (regex.compile(r"(?:ады|еді|еди|йды|йді|йди)$"), 0.7),
    (regex.compile(r"(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йди|ды|ді|ди|ған|ген|ган|с|сын|сін|син|ңдар|ндар|ңыз|ныз)$"), 1.0),
]
_RU_PATTERNS = [
    (regex.compile(r"(?:ого|его|ому|ему|ыми|ими|ться|тся|ешь|ишь|ете|ите|ают|яют|ует|уют|ого|ыми)$"), 1.5),
    (regex.compile(r"(?:ость|ости|ение|ения|ании|ание|ания|ство|ства|ский|ская|ское|ские|ских|ской|ного|ных|ные|ная|ное|ный|ний|ций|ция|ции)$"), 1.5),
    (regex.compile(r"[ъщёэ]|ь[еюяи]|ци[яи]"), 1.0),
    (regex.compile(r"(?:ть|ла|ли|ло)$"), 0.6),
    (regex.compile(r"(?:ов|ев|ей|ах|ях|ам|ям|ой|ый|ий|ая|яя|ую|юю|ые|ие)$"), 0.5),
    (regex.compile(r"^(?:по|пере|при|раз|рас|вы|за|про|под|от|об|на|недо|пред)\p{L}{4,}"), 0.3),
]


@lru_cache(maxsize=131_072)
def word_score(word: str) -> float:
    """Evidence that one normalised word is Kazakh (> 0) or Russian (< 0); 0 = no evidence.

    Kazakh letters give >= 4 (decisive); function words +-2.5; spelling patterns less.
    Non-Cyrillic words score 0.
    """
    w = word.lower()
    if not w or _CYR_WORD_RE.match(w) is None:
        return 0.0
    if not KAZAKH_LETTERS.isdisjoint(w):
        return 4.0 + (1.0 if w in _KK_FUNC else 0.0)
    if w in _AMBIGUOUS:
        return 0.0
    if w in _KK_FUNC_ALL:
        return 2.5
    if w in _RU_FUNC:
        return -2.5
    s = 0.0
    for rx, wt in _KK_PATTERNS:
        if rx.search(w):
            s += wt
    for rx, wt in _RU_PATTERNS:
        if rx.search(w):
            s -= wt
    return s


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
    return _LETTER_RE.search(word) is not None, _CYR_WORD_RE.match(word) is not None, word_score(word)


def _sentence_score(words: list[str]) -> tuple[float, int]:
    total = 0.0
    n = 0
    for w in words:
        _, cyr, sc = _facts(w)
        if sc or cyr:
            n += 1
        total += sc
    return total, n


def detect_sentence(words: list[str]) -> str:
    """Dominant language of one sentence: "ru", "kk", or "" if it has no letters.

    A sentence with no Cyrillic words (e.g. all Latin) is "kk" if it reads as Kazakh Latin
    (see :func:`is_latin_kazakh`), otherwise "ru" only if lingua says so, else "".
    """
    words = [w for w in words if _facts(w)[0]]
    if not words:
        return ""
    total, n = _sentence_score(words)
    if n == 0:
        return "kk" if is_latin_kazakh(words) else ""
    if abs(total) < CONFIDENT:
        cyr = " ".join(w for w in words if _CYR_WORD_RE.match(w))
        p = _lingua_kk_prob(cyr)
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
    s = word_score(word)
    if abs(s) < 2.0 and _CYR_WORD_RE.match(word) is not None and len(word) >= 3:
        s += (_lingua_kk_prob(word) - 0.5) * 2.0 * WORD_LINGUA_WEIGHT
    return s


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
