"""Text → analysed document: spaCy tokenisation and sentences, language per sentence and word,
per-token normalisation and morphology (pymorphy3 for Russian, Oylan's analyser for Kazakh).

spaCy gives offsets into the original text; normalisation (script, homoglyphs, repeated
letters) happens per token, so every finding still points at what the user typed.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import cached_property

from app.core.model import Reading, Sentence, Token
from app.core.normalize import normalize_token
from app.core.patterns import EXCLAMATION_KEY

MAX_CHARS = 1_000_000  # spaCy's own default limit; longer input is analysed in slices


@dataclass(slots=True)
class Document:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    words_by_lang: dict[str, int] = field(default_factory=dict)

    @property
    def language(self) -> str:
        langs = [lang for lang, n in self.words_by_lang.items() if n]
        if not langs:
            return "unknown"
        if len(langs) == 1:
            return langs[0]
        total = sum(self.words_by_lang.values())
        top = max(langs, key=lambda lang: self.words_by_lang[lang])
        # A stray word of the other language does not make a post "mixed".
        return top if self.words_by_lang[top] / total >= 0.85 else "mixed"

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.first_token : s.last_token]


class Pipeline:
    """Builds the spaCy tokenizer once and analyses text with the language analysers.

    Thread-safe for the GUI worker: analysers are read-only after start-up except for their
    caches, and spaCy's tokenizer is guarded by a lock.
    """

    def __init__(self) -> None:
        from app.core.spacy_import import import_spacy

        spacy = import_spacy()  # without spaCy's command-line package: a third of its import time

        _register_tokenizer(spacy)
        # spacy.blank("ru") with the tokenizer built once by _oylan_tokenizer (below) instead of
        # spaCy's default one being built and then patched: each patch recompiles spaCy's large
        # regular expressions and reloads its special cases, a fifth of the start-up time.
        self.nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}})
        self.tokenizer = self.nlp.tokenizer
        self._lock = threading.Lock()
        self._sentences: dict[tuple[str, str | None], tuple[str, list]] = {}
        self._forms: dict[str, tuple[str, str, bool]] = {}
        self._analysed: dict[tuple[str, str, bool], tuple[tuple[Reading, ...], frozenset[str]]] = {}
        self._spans: dict[str, list[tuple[int, int, int, int, int]]] = {}
        # Special cases that span words ("в т.ч.", "д-р ист. наук") join tokens across spaces, which
        # per-span tokenisation cannot see: a chunk holding one goes to spaCy whole.
        self._special_cases = frozenset(self.tokenizer.rules)
        multi = sorted((k for k in self._special_cases if " " in k.strip()), key=len, reverse=True)
        self._multiword = re.compile("|".join(map(re.escape, multi))) if multi else None

    @cached_property
    def ru(self):
        from app.core.russian import RussianAnalyzer

        return RussianAnalyzer()

    @cached_property
    def kk(self):
        from app.core.kazakh import KazakhAnalyzer

        return KazakhAnalyzer()

    def _analyse_sentence(self, chunk: str, arr: list, first: int, last: int, offset: int, base: int,
                          lang: str | None):
        """Tokens ``arr[first:last]`` of one sentence → (language, token rows relative to ``base``, keys...).

        ``arr`` holds spaCy's (idx, length, is_space, is_alpha, is_punct) per token of ``chunk``; reading
        one array is much cheaper than a Python object per token. Cached by the sentence's text: while
        a person types, only the edited sentence is new.
        """
        from app.core import langid
        from app.core.normalize import split_hashtag

        raw = []
        prev_hash = False
        skip_next = False
        n_all = len(arr)
        for i in range(first, last):
            idx, length, is_space, is_alpha, is_punct = arr[i]
            if is_space:
                continue
            t_text = chunk[idx:idx + length]
            start = offset + idx
            if prev_hash and is_alpha and length > 1:
                for a, b in split_hashtag(t_text):
                    raw.append((start + a, start + b, t_text[a:b], False))
            elif (raw and t_text == "-" and start == raw[-1][1] and i + 1 < n_all
                  and arr[i + 1][0] == idx + 1 and arr[i + 1][3] and raw[-1][2][-1:].isalpha()
                  and _joins(raw[-1][2], chunk[idx + 1:idx + 1 + arr[i + 1][1]])):
                # Rejoin hyphenated words ("по-моему", "общественно-политический").
                a = raw.pop()
                end = offset + idx + 1 + arr[i + 1][1]
                raw.append((a[0], end, chunk[a[0] - offset:end - offset], False))
                skip_next = True
            elif skip_next:
                skip_next = False
            else:
                raw.append((start, start + length, t_text,
                            bool(is_punct) or (not is_alpha and not _has_alnum(t_text))))
            prev_hash = t_text == "#"
        if not raw:
            return "", [], frozenset(), {}, frozenset()
        # Per distinct surface form: (normalised, lower-cased normalised, has a letter). One dict
        # look-up per token; the work is done once per word form, not once per occurrence.
        forms = self._forms
        if len(forms) > 200_000:
            forms.clear()
        infos = []
        words = []
        for r in raw:
            if r[3]:
                infos.append(None)
                continue
            info = forms.get(r[2])
            if info is None:
                has_letter = _has_letter(r[2])
                norm = _norm(r[2], False)
                info = forms[r[2]] = (norm, norm.lower(), has_letter)
            infos.append(info)
            if info[2]:
                words.append(r[2])
        latin_kk = langid.is_latin_kazakh(words)
        if latin_kk:  # Kazakh in Latin letters: Latin words are transliterated (not cached: rare)
            infos = [None if i is None else (n := _norm(r[2], True), n.lower(), i[2]) for r, i in zip(raw, infos)]
        word_norms = [i[0] for i in infos if i is not None and i[2]]
        if lang in ("ru", "kk"):
            sent_lang = lang
            word_langs = [lang] * len(word_norms)
        else:
            sent_lang = langid.detect_sentence(word_norms) or "ru"
            word_langs = langid.word_languages(word_norms, sent_lang)
        wl = iter(word_langs)
        sent_start = raw[0][0]
        rows = []
        analysed = self._analysed
        if len(analysed) > 200_000:
            analysed.clear()
        for (start, end, surface, punct), info in zip(raw, infos):
            if punct:
                rows.append((start - base, end - base, surface, surface.lower(), "", (), True, _punct_keys(surface)))
                continue
            norm, low, has_letter = info
            if not has_letter:  # numbers, times, dates
                tlang = ""
                proper = False
            else:
                tlang = next(wl) or sent_lang
                # a capitalised word inside a sentence: a name first (Орал the city, not ора + passive)
                proper = start > sent_start and surface[:1].isupper() and not surface.isupper()
                if tlang != "kk" and len(surface) == 2 and surface[1] == "." and surface[0].isupper():
                    proper = True  # an initial ("А. С. Пушкин"), not "г." (год) or "в." (век)
            key = (norm, tlang, proper)
            got = analysed.get(key)
            if got is None:
                if not has_letter:
                    readings: tuple[Reading, ...] = (Reading(low, "NUM"),)
                elif tlang == "kk":
                    readings = self.kk.analyse(norm, proper)
                else:
                    readings = self.ru.analyse(norm, proper)
                got = analysed[key] = (readings, _keys(low, readings))
            rows.append((start - base, end - base, surface, low, tlang, got[0], False, got[1]))
        if "kk" in word_langs or sent_lang == "kk":
            _kk_context(rows)
        index: dict[str, list[int]] = {}
        for n, row in enumerate(rows):
            for k in row[7]:
                index.setdefault(k, []).append(n)
        rel_index = {k: tuple(v) for k, v in index.items()}
        langs = frozenset(row[4] for row in rows if row[4]) | {sent_lang}
        return sent_lang, rows, frozenset(rel_index), rel_index, langs

    def _token_array(self, chunk: str) -> list:
        """spaCy's tokens of ``chunk`` as rows (idx, length, is_space, is_alpha, is_punct).

        spaCy tokenises each whitespace-delimited span on its own, but stops caching spans for the
        rest of a text once any special case ("т.", "д-р", ":)") occurred in it, so a post was
        re-split with the affix regexes on every check. Here each span is tokenised once by spaCy and
        its rows are cached, which gives the same tokens (property-tested against the whole-text call).
        """
        if self._multiword is not None and self._multiword.search(chunk):
            return [tuple(r) for r in self.tokenizer(chunk).to_array(_ATTRS).tolist()]
        spans = self._spans
        if len(spans) > 200_000:
            spans.clear()
        pieces = []
        for m in _RUNS.finditer(chunk):
            s, e = m.span()
            if s and chunk[s] == " ":
                s += 1  # as spaCy: one space after a word belongs to it; only the rest is a token
            if s < e:
                pieces.append((s, chunk[s:e]))
        missing = {piece for _, piece in pieces if piece not in spans}
        if missing:
            self._tokenize_spans(missing)
        out = []
        for s, piece in pieces:
            rows = spans[piece]
            if s:
                out.extend([(s + idx, length, space, alpha, punct) for idx, length, space, alpha, punct in rows])
            else:
                out.extend(rows)
        return out

    def _tokenize_spans(self, missing: set[str]) -> None:
        """Tokenise new spans in one spaCy call: words joined by blank lines, which keep them apart
        (a line break is its own token, so no special case can join two of them); runs of space
        one by one, since joined they would merge."""
        spans = self._spans
        # A plain word of Cyrillic or Latin letters is one token, whatever spaCy's affix rules say
        # (none splits letters from letters, and no special case splits such a word; property-tested).
        words = []
        for p in missing:
            if _PLAIN_WORD.fullmatch(p) and p not in self._special_cases:
                spans[p] = [(0, len(p), 0, 1, 0)]
            elif not p[0].isspace():
                words.append(p)
        for p in missing:
            if p[0].isspace():
                spans[p] = [tuple(r) for r in self.tokenizer(p).to_array(_ATTRS).tolist()]
        if not words:
            return
        starts = []
        pos = 0
        for w in words:
            starts.append(pos)
            pos += len(w) + len(_SEPARATOR)
        rows = self.tokenizer(_SEPARATOR.join(words)).to_array(_ATTRS).tolist()
        k = 0
        for w, start in zip(words, starts):
            end = start + len(w)
            got = []
            while k < len(rows) and rows[k][0] < end:
                idx, length, space, alpha, punct = rows[k]
                if idx >= start:
                    got.append((idx - start, length, space, alpha, punct))
                k += 1
            spans[w] = got

    def analyse(self, text: str, lang: str | None = None) -> Document:
        """Analyse ``text``; ``lang`` ("ru"/"kk") forces one language, else it is detected."""
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        counts = {"ru": 0, "kk": 0}
        for offset, chunk in _slices(text):
            with self._lock:
                arr = self._token_array(chunk)
            for first, last in _sentence_bounds(chunk, arr):
                start_char = arr[first][0]
                base = offset + start_char
                key = (chunk[start_char:arr[last - 1][0] + arr[last - 1][1]], lang)
                entry = self._sentences.get(key)
                if entry is None:
                    entry = self._analyse_sentence(chunk, arr, first, last, offset, base, lang)
                    if len(self._sentences) > 20_000:
                        self._sentences.clear()
                    self._sentences[key] = entry
                sent_lang, rows, sent_keys, rel_index, langs = entry
                if not rows:
                    continue
                first = len(tokens)
                sidx = len(sentences)
                append = tokens.append
                for rs, re_, surface, low, tlang, readings, punct, keys in rows:
                    if tlang:
                        counts[tlang] += 1
                    # positional: Token(i, start, end, text, norm, lang, readings, is_punct, is_space, sent, keys)
                    append(Token(len(tokens), base + rs, base + re_, surface, low, tlang, readings, punct, False,
                                 sidx, keys))
                sentences.append(Sentence(index=sidx, start=tokens[first].start, end=tokens[-1].end, lang=sent_lang,
                                          first_token=first, last_token=len(tokens), keys=sent_keys,
                                          rel_index=rel_index, langs=langs))
        return Document(text=text, tokens=tokens, sentences=sentences, words_by_lang=counts)


_TOKENIZER = "oylan.tokenizer.v1"
# Abbreviations spaCy splits from their full stop ("и т. д.", "XIX в."): one word, as in UD.
_RU_ABBREVIATIONS = ("т.", "в.", "вв.", "е.", "др.", "тел.", "примеч.")


def _register_tokenizer(spacy) -> None:
    if _TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(_TOKENIZER, func=lambda: _oylan_tokenizer)


def _oylan_tokenizer(nlp):
    """spaCy's Russian tokenizer (the same factory spaCy uses) with the rules posts need."""
    from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from app.core.kazakh.abbrev import special_cases

    # spaCy computes ~20 lexical attributes for every word it meets for the first time (Russian
    # `like_num` alone is slow); Oylan reads only these three, and a pasted post is mostly new words.
    getters = nlp.vocab.lex_attr_getters
    for attr in [a for a in getters if a not in (IS_ALPHA, IS_PUNCT, IS_SPACE)]:
        del getters[attr]
    d = nlp.Defaults
    # spaCy's Russian suffix rules know only some Kazakh letters: without this a full stop stays
    # glued to a word ending in ғ, қ or ұ ("шығайық.") and the word goes unanalysed.
    # A dash glued to the end of a word ("Подарочек- это") is punctuation, not part of the word.
    suffixes = [*d.suffixes, r"(?<=[ғқұҒҚҰ])\.", r"(?<=[^\W\d_]{2})[-‐–—]"]
    # Posts glue words with punctuation and symbols: "номере?на", "14100₽/сутки", "друзья!🙏".
    infixes = [*d.infixes, r"(?<=[^\W\d_])[?!]+(?=[^\W\d_])",
               r"(?<=[0-9₽$€₸])/(?=[^\W\d_])", r"(?<=[^\W\d_])[!?.,]+(?=[^\w\s])"]
    # "1991 ж.", "т.б.", "б.з.д.": Kazakh abbreviations keep their full stop (and do not end a sentence)
    rules = {**d.tokenizer_exceptions, **{a: [{ORTH: a}] for a in _RU_ABBREVIATIONS}, **special_cases()}
    return Tokenizer(nlp.vocab, rules=rules, prefix_search=compile_prefix_regex(d.prefixes).search,
                     suffix_search=compile_suffix_regex(suffixes).search,
                     infix_finditer=compile_infix_regex(infixes).finditer,
                     token_match=d.token_match, url_match=d.url_match)


# Per token: (idx, length, is_space, is_alpha, is_punct), read from spaCy in one array.
_ATTRS = ["IDX", "LENGTH", "IS_SPACE", "IS_ALPHA", "IS_PUNCT"]
#: Tokens that end a sentence (spaCy's Sentencizer with these punct_chars).
SENTENCE_END = frozenset({".", "!", "?", "…", "!!!", "?!", "\n"})


def _sentence_bounds(chunk: str, arr: list) -> list[tuple[int, int]]:
    """Sentences as token ranges, exactly as spaCy's Sentencizer splits them: a sentence ends after
    a run of sentence-final tokens, at the next token that is not punctuation.

    Done over the token array because the Sentencizer builds a Python object per token, which
    cost more than the rest of the tokenisation."""
    out = []
    start = 0
    seen_end = False
    for i, (idx, length, _space, _alpha, punct) in enumerate(arr):
        is_end = chunk[idx:idx + length] in SENTENCE_END
        if seen_end and not punct and not is_end:
            out.append((start, i))
            start = i
            seen_end = False
        elif is_end:
            seen_end = True
    if start < len(arr):
        out.append((start, len(arr)))
    return out


_KEYS: dict[tuple, frozenset[str]] = {}


def _kk_context(rows: list) -> None:
    """Reorder a Kazakh word's readings by its neighbours (converb + auxiliary, object + verb): the cached
    per-word analysis stays as it is, only this sentence's row gets the reordered tuple (same readings)."""
    from app.core.kazakh.context import rerank

    last = len(rows) - 1
    for n, row in enumerate(rows):
        if row[4] != "kk" or len(row[5]) < 2:
            continue
        nxt = rows[n + 1] if n < last else None
        prv = rows[n - 1] if n else None
        got = rerank(row[5], nxt[5] if nxt is not None and not nxt[6] and nxt[4] == "kk" else None,
                     prv[5] if prv is not None and not prv[6] and prv[4] == "kk" else None)
        if got is not row[5]:
            rows[n] = row[:5] + (got,) + row[6:]


def _keys(norm: str, readings: tuple[Reading, ...]) -> frozenset[str]:
    # Readings come from the analysers' caches, so their identity stands for their value.
    k = (norm, id(readings))
    got = _KEYS.get(k)
    if got is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        got = _KEYS[k] = frozenset({norm, *(r.lemma for r in readings)})
    return got


def _punct_keys(surface: str) -> frozenset[str]:
    keys = _keys(surface.lower(), ())
    if "!" in surface:  # what the shape "exclamation" tests: rules needing one are indexed on it
        got = _KEYS.get((surface, "!"))
        if got is None:
            got = _KEYS[(surface, "!")] = keys | {EXCLAMATION_KEY}
        return got
    return keys


def _norm(surface: str, latin_kazakh: bool) -> str:
    if surface[:1] in "@#" or "://" in surface or surface.startswith("www.") or (
            surface[:1] in "IVXLCDM" and _ROMAN.fullmatch(surface)):
        return surface.lower()  # mentions, links and Roman numerals are not words to repair
    return normalize_token(surface, latin_kazakh=latin_kazakh)


_ROMAN = re.compile(r"[IVXLCDM]{2,}")
_SEPARATOR = "\n\n"
_PLAIN_WORD = re.compile(r"[a-zA-Zа-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+")
_RUNS = re.compile(r"\S+|\s+")  # spaCy's spans: runs of non-space and of space (str.isspace)
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")


# Kazakh emphatic particles written after a hyphen are words of their own ("жасаған-ау").
_HYPHEN_PARTICLES = frozenset({"ау", "ай", "ей", "ақ", "мыс", "ші", "шы", "ғой"})


def _joins(left: str, right: str) -> bool:
    """Whether ``left-right`` is one word ("по-моему", "ут-Тахрир") rather than a word and a particle."""
    return right.lower() not in _HYPHEN_PARTICLES


def _has_alnum(s: str) -> bool:
    return _ALNUM.search(s) is not None


def _has_letter(s: str) -> bool:
    return _LETTER.search(s) is not None


def _slices(text: str):
    """Yield (offset, chunk) pieces no longer than MAX_CHARS, cut at a line break or space."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + MAX_CHARS)
        if end < n:
            cut = text.rfind("\n", pos, end)
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            if cut > pos:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end
