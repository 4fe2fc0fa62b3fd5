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
        import spacy

        self.nlp = spacy.blank("ru")
        # spaCy's Russian suffix rules know only some Kazakh letters: without this a full stop stays
        # glued to a word ending in ғ, қ or ұ ("шығайық.") and the word goes unanalysed.
        suffixes = [*self.nlp.Defaults.suffixes, r"(?<=[ғқұҒҚҰ])\."]
        self.nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        # Posts glue words with punctuation and symbols: "номере?на", "14100₽/сутки", "друзья!🙏".
        infixes = [*self.nlp.Defaults.infixes, r"(?<=[^\W\d_])[?!]+(?=[^\W\d_])",
                   r"(?<=[0-9₽$€₸])/(?=[^\W\d_])", r"(?<=[^\W\d_])[!?.,]+(?=[^\w\s])"]
        self.nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
        # Abbreviations spaCy splits from their full stop ("и т. д.", "XIX в."): one word, as in UD.
        for abbr in ("т.", "в.", "вв.", "е.", "др.", "тел.", "примеч."):
            self.nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
        self.nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "…", "!!!", "?!", "\n"]})
        self._lock = threading.Lock()
        self._sentences: dict[tuple[str, str | None], tuple[str, list]] = {}

    @cached_property
    def ru(self):
        from app.core.russian import RussianAnalyzer

        return RussianAnalyzer()

    @cached_property
    def kk(self):
        from app.core.kazakh import KazakhAnalyzer

        return KazakhAnalyzer()

    def _analyse_sentence(self, sent, doc, text: str, offset: int, base: int, lang: str | None):
        """One spaCy sentence → (language, token rows with offsets relative to ``base``).

        Cached by the sentence's text: while a person types, only the edited sentence is new.
        """
        from app.core import langid
        from app.core.normalize import split_hashtag

        raw = []
        prev_hash = False
        skip_next = False
        for t in sent:
            if t.is_space:
                continue
            start = offset + t.idx
            if prev_hash and t.is_alpha and len(t.text) > 1:
                for a, b in split_hashtag(t.text):
                    raw.append((start + a, start + b, t.text[a:b], False))
            elif (raw and t.text == "-" and t.idx == raw[-1][1] - offset and t.i + 1 < len(doc)
                  and doc[t.i + 1].idx == t.idx + 1 and doc[t.i + 1].is_alpha and raw[-1][2][-1:].isalpha()
                  and _joins(raw[-1][2], doc[t.i + 1].text)):
                # Rejoin hyphenated words ("по-моему", "общественно-политический").
                nxt = doc[t.i + 1]
                a = raw.pop()
                end = offset + nxt.idx + len(nxt.text)
                raw.append((a[0], end, text[a[0]:end], False))
                skip_next = True
            elif skip_next:
                skip_next = False
            else:
                raw.append((start, start + len(t.text), t.text, t.is_punct or not _has_alnum(t.text)))
            prev_hash = t.text == "#"
        if not raw:
            return "", [], frozenset(), {}, frozenset()
        words = [r[2] for r in raw if not r[3] and _has_letter(r[2])]
        latin_kk = langid.is_latin_kazakh(words)
        norms = [_norm(r[2], latin_kk) if not r[3] else r[2] for r in raw]
        word_norms = [n for n, r in zip(norms, raw) if not r[3] and _has_letter(r[2])]
        if lang in ("ru", "kk"):
            sent_lang = lang
            word_langs = [lang] * len(word_norms)
        else:
            sent_lang = langid.detect_sentence(word_norms) or "ru"
            word_langs = langid.word_languages(word_norms, sent_lang)
        wl = iter(word_langs)
        sent_start = raw[0][0]
        rows = []
        for (start, end, surface, punct), norm in zip(raw, norms):
            readings: tuple[Reading, ...] = ()
            if punct:
                tlang = ""
            elif not _has_letter(surface):  # numbers, times, dates
                tlang = ""
                readings = (Reading(norm.lower(), "NUM"),)
            else:
                tlang = next(wl) or sent_lang
                if tlang == "kk":
                    readings = self.kk.analyse(norm)
                else:
                    proper = start > sent_start and surface[:1].isupper() and not surface.isupper()
                    if len(surface) == 2 and surface[1] == "." and surface[0].isupper():
                        proper = True  # an initial ("А. С. Пушкин"), not "г." (год) or "в." (век)
                    readings = self.ru.analyse(norm, proper)
            low = norm.lower()
            rows.append((start - base, end - base, surface, low, tlang, readings, punct, _keys(low, readings)))
        index: dict[str, list[int]] = {}
        for n, row in enumerate(rows):
            for k in row[7]:
                index.setdefault(k, []).append(n)
        rel_index = {k: tuple(v) for k, v in index.items()}
        langs = frozenset(row[4] for row in rows if row[4]) | {sent_lang}
        return sent_lang, rows, frozenset(rel_index), rel_index, langs

    def analyse(self, text: str, lang: str | None = None) -> Document:
        """Analyse ``text``; ``lang`` ("ru"/"kk") forces one language, else it is detected."""
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        counts = {"ru": 0, "kk": 0}
        for offset, chunk in _slices(text):
            with self._lock:
                doc = self.nlp(chunk)
            for sent in doc.sents:
                base = offset + sent.start_char
                key = (chunk[sent.start_char:sent.end_char], lang)
                entry = self._sentences.get(key)
                if entry is None:
                    entry = self._analyse_sentence(sent, doc, text, offset, base, lang)
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


_KEYS: dict[tuple, frozenset[str]] = {}


def _keys(norm: str, readings: tuple[Reading, ...]) -> frozenset[str]:
    # Readings come from the analysers' caches, so their identity stands for their value.
    k = (norm, id(readings))
    got = _KEYS.get(k)
    if got is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        got = _KEYS[k] = frozenset({norm, *(r.lemma for r in readings)})
    return got


def _norm(surface: str, latin_kazakh: bool) -> str:
    from app.core.normalize import normalize_token

    if surface[:1] in "@#" or "://" in surface or surface.startswith("www.") or _ROMAN.fullmatch(surface):
        return surface.lower()  # mentions, links and Roman numerals are not words to repair
    return normalize_token(surface, latin_kazakh=latin_kazakh)


_ROMAN = re.compile(r"[IVXLCDM]{2,}")
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
