"""Token patterns: the matching language of the rulebook (after LanguageTool's pattern tokens).

A *token spec* tests one token: surface text, surface regex, lemma, part of speech and
grammemes (UD feature names), or a shape (number, time...). Lemma, POS and features must hold
on **one reading** of the token, and a token matches if **any** of its readings does — so
`выходите` (indicative first, imperative second) matches ``{lemma: выходить, feats: {Mood: Imp}}``.
A *sequence* is a list of specs and gaps (``{skip: N}``); ``marker: true`` on specs chooses
the underlined part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence as Seq

import regex

from app.core.model import Token
from app.core.regex_first import beginnings

REGEX_TIMEOUT = 0.05  # seconds per token test; a pattern that needs more is treated as no match
_EVIL_PROBES = ("a" * 40 + "!", "а" * 40 + "!", "1" * 40 + "x", "ab" * 30 + "!", " " * 40 + "x")

#: Index key of punctuation holding "!" (the shape "exclamation"): a sequence that needs one is then
#: looked for only in sentences that have one, next to it. Not a possible word (starts with NUL).
EXCLAMATION_KEY = "\x00!"
SHAPES = ("number", "time", "date", "upper", "capitalized", "punct", "exclamation", "url", "mention", "word")
_TIME_RE = regex.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:-[а-яәғқңөұүһі]+)?|\d{1,2}-?(?:да|де|та|те|ке|ге|ға|қа|ча|ти)", regex.I)
_DATE_RE = regex.compile(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?")
_NUM_RE = regex.compile(r"\d+(?:[.,\s]\d+)*(?:-?[а-яәғқңөұүһі]{1,4})?", regex.I)
_EXCLAMATION = frozenset({EXCLAMATION_KEY})
_URL_RE = regex.compile(r"(?:https?://|www\.)\S+|\S+\.(?:kz|ru|com|org|net)\b\S*", regex.I)


class PatternError(ValueError):
    """A spec that cannot be compiled; ``path`` points into the rule data."""

    def __init__(self, message: str, path: tuple = ()) -> None:
        super().__init__(message)
        self.path = path


@dataclass(slots=True)
class TokenSpec:
    texts: frozenset[str] | None = None
    regex: regex.Pattern | None = None
    lemmas: frozenset[str] | None = None
    pos: frozenset[str] | None = None
    feats: tuple[tuple[str, frozenset[str]], ...] = ()
    shape: str | None = None
    negate: bool = False
    optional: bool = False
    marker: bool = False
    timeouts: list[str] = field(default_factory=list)
    _rx_hits: dict[str, bool] = field(default_factory=dict, repr=False)  # regex result per word form
    #: beginnings of the words the regex can accept (regex_first.beginnings; None: any), worked out when the
    #: rule is compiled, so that the compiled rulebook cache carries them
    begins: frozenset[str] | None = None

    def matches(self, tok: Token) -> bool:
        return self._test(tok) != self.negate

    def _test(self, tok: Token) -> bool:
        if self.texts is not None and tok.norm not in self.texts:
            return False
        if self.lemmas is not None and self.lemmas.isdisjoint(tok.keys):
            return False
        if self.shape is not None and not _shape_ok(self.shape, tok):
            return False
        if self.regex is not None and not self.regex_hit(tok.norm):
            return False
        if self.lemmas is None and self.pos is None and not self.feats:
            if self.texts is None and self.regex is None and self.shape is None:
                return not tok.is_punct  # an empty spec is "any word"
            return True
        if tok.is_punct:
            return False
        for r in tok.readings:
            if self.lemmas is not None and r.lemma not in self.lemmas:
                continue
            if self.pos is not None and r.pos not in self.pos:
                continue
            if self.feats and not all(r.feat(name) in values for name, values in self.feats):
                continue
            return True
        # Words the analyser does not know still match on their own form.
        return self.lemmas is not None and self.pos is None and not self.feats and tok.norm in self.lemmas

    def regex_hit(self, norm: str) -> bool:
        """Whether the spec's regex matches the whole normalised word (cached per word form)."""
        hit = self._rx_hits.get(norm)
        if hit is None:
            try:
                hit = self.regex.fullmatch(norm, timeout=REGEX_TIMEOUT) is not None
            except TimeoutError:
                self.timeouts.append(norm[:40])
                hit = False
            if len(self._rx_hits) > 50_000:
                self._rx_hits.clear()
            self._rx_hits[norm] = hit
        return hit

    @property
    def regex_only(self) -> bool:
        """A plain regex test: nothing else about the token is checked."""
        return (self.regex is not None and self.texts is None and self.lemmas is None and self.pos is None
                and not self.feats and self.shape is None and not self.negate and not self.optional)

    @property
    def required_words(self) -> frozenset[str] | None:
        """Words one of which must occur for this spec to match (for fast rule skipping)."""
        if self.negate or self.optional:
            return None
        if self.texts is not None:
            return self.texts
        if self.lemmas is not None:
            return self.lemmas
        if self.shape == "exclamation":
            return _EXCLAMATION
        return None


@dataclass(slots=True)
class Gap:
    """Up to ``max`` tokens of anything (punctuation included) within the sentence."""

    max: int
    min: int = 0


Element = TokenSpec | Gap


@dataclass(slots=True)
class Sequence:
    elements: list[Element]
    _required: list[frozenset[str]] = field(default_factory=list, repr=False)
    _first: TokenSpec | None = field(default=None, repr=False)
    _first_rx: TokenSpec | None = field(default=None, repr=False)  # the first spec, when it is a bare regex
    _anchor: tuple[int, int, frozenset[str]] | None = field(default=None, repr=False)
    _anchors: list[tuple[int, int, frozenset[str]]] = field(default_factory=list, repr=False)

    @property
    def required_words(self) -> list[frozenset[str]]:
        return [w for e in self.elements if isinstance(e, TokenSpec) and (w := e.required_words) is not None]

    def __post_init__(self) -> None:
        self._required = [w for e in self.elements if isinstance(e, TokenSpec) and (w := e.required_words) is not None]
        first = self.elements[0]
        self._first = first if isinstance(first, TokenSpec) and not first.optional else None
        self._first_rx = self._first if self._first is not None and self._first.regex_only else None
        # Anchors: word tests whose distance from the start is bounded (lo_w..hi_w tokens of prefix),
        # so candidate starts can be read off the sentence's index of that word. At match time the
        # anchor with the fewest candidates in the sentence is used.
        anchors = []
        lo_w = hi_w = 0
        for el in self.elements:
            if isinstance(el, TokenSpec) and el.required_words is not None:
                anchors.append((lo_w, hi_w, el.required_words))
            if isinstance(el, Gap):
                lo_w, hi_w = lo_w + el.min, hi_w + el.max
            else:
                lo_w, hi_w = lo_w + (0 if el.optional else 1), hi_w + 1
        self._anchors = anchors
        self._anchor = anchors[0] if anchors else None

    def possible(self, words: set[str] | frozenset[str]) -> bool:
        """False when a word the sequence needs is absent from ``words`` (a sentence's keys)."""
        for req in self._required:
            if req.isdisjoint(words):
                return False
        return True

    def find(self, tokens: Seq[Token], lo: int = 0, hi: int | None = None,
             words: set[str] | frozenset[str] | None = None,
             index: dict[str, tuple[int, ...]] | None = None, base: int = 0) -> Iterable[tuple[int, int, list[int]]]:
        """Yield non-overlapping matches (start, end, marker token indices) in tokens[lo:hi].

        ``words`` (every key of the range) lets a sequence that needs an absent word stop at once;
        ``index`` (key → token positions, counted from ``base``) jumps straight to the tokens that
        can start a match.
        """
        hi = len(tokens) if hi is None else hi
        if words is not None and not self.possible(words):
            return ()
        if index is None or base != lo:
            return self._find(tokens, lo, hi, words, index, base)
        # A whole sentence: its analysis (and this ``index``) comes from the pipeline's cache, so
        # while a person types, every sentence but the edited one gives the same answer as last
        # time. Remembered relative to the sentence start, keyed by the index object (kept alive
        # by the memo itself, so its id cannot be reused while the entry exists).
        key = (id(self), id(index))
        got = _MEMO.get(key)
        if got is None or got[0] is not self or got[1] is not index or got[2] != hi - lo:
            found = list(self._find(tokens, lo, hi, words, index, base))
            if len(_MEMO) > 100_000:
                _MEMO.clear()
            _MEMO[key] = (self, index, hi - lo, [(s - lo, e - lo, [m - lo for m in mk]) for s, e, mk in found])
            return found
        return [(lo + s, lo + e, [lo + m for m in mk]) for s, e, mk in got[3]]

    def _find(self, tokens: Seq[Token], lo: int, hi: int, words, index, base: int):
        first = self._first
        if index is not None and self._anchors:
            if words is not None and len(self._anchors) > 1:
                best = None
                for lo_w, hi_w, need in self._anchors:
                    present = need & words
                    cost = sum(len(index.get(w, ())) for w in present) * (hi_w - lo_w + 1)
                    if best is None or cost < best[0]:
                        best = (cost, lo_w, hi_w, present)
                _, lo_w, hi_w, need = best
            else:
                lo_w, hi_w, need = self._anchors[0]
            starts = sorted({base + i - d for w in need if w in index for i in index[w] for d in range(lo_w, hi_w + 1)})
        elif words is not None and self._first_rx is not None:
            # A sequence led by a bare regex ("недо(аким|президент)...") has no word to index on: its
            # possible starts are the tokens whose word form the regex accepts (cached per form).
            hit = first.regex_hit
            starts = [i for i in range(lo, hi) if hit(tokens[i].norm)]
            if not starts:
                return
        else:
            starts = range(lo, hi)
        after = lo  # matches do not overlap: the next start must come after the previous match
        for i in starts:
            if i < after or not (lo <= i < hi):
                continue
            if first is not None and not first.matches(tokens[i]):
                continue
            got = self._match_at(tokens, i, hi)
            if got is None:
                continue
            end, marked = got
            yield i, end, marked
            after = max(end, i + 1)

    def match_at(self, tokens: Seq[Token], i: int, hi: int) -> tuple[int, list[int]] | None:
        return self._match_at(tokens, i, hi)

    def _match_at(self, tokens: Seq[Token], start: int, hi: int) -> tuple[int, list[int]] | None:
        els = self.elements
        n = len(els)

        def go(k: int, pos: int, marked: list[int]) -> tuple[int, list[int]] | None:
            if k == n:
                return pos, marked
            el = els[k]
            if isinstance(el, Gap):
                for skip in range(el.min, el.max + 1):
                    if pos + skip > hi:
                        break
                    got = go(k + 1, pos + skip, marked)
                    if got is not None:
                        return got
                return None
            if pos < hi and el.matches(tokens[pos]):
                got = go(k + 1, pos + 1, marked + [pos] if el.marker else marked)
                if got is not None:
                    return got
            if el.optional:
                return go(k + 1, pos, marked)
            return None

        # The first element must consume the start token, so matches never begin with a gap.
        got = go(0, start, [])
        if got is None or got[0] == start:
            return None
        return got


# Sequence.find results per (sequence, sentence index object): see Sequence.find.
_MEMO: dict[tuple[int, int], tuple] = {}


def _shape_ok(shape: str, tok: Token) -> bool:
    t = tok.text
    if shape == "number":
        return _NUM_RE.fullmatch(t) is not None
    if shape == "time":
        return _TIME_RE.fullmatch(t) is not None
    if shape == "date":
        return _DATE_RE.fullmatch(t) is not None
    if shape == "upper":
        return len(t) > 1 and t.isupper()
    if shape == "capitalized":
        return t[:1].isupper()
    if shape == "punct":
        return tok.is_punct
    if shape == "exclamation":
        return "!" in t and tok.is_punct
    if shape == "url":
        return _URL_RE.fullmatch(t) is not None
    if shape == "mention":
        return t.startswith("@")
    if shape == "word":
        return not tok.is_punct
    return False


# ---------------------------------------------------------------------------------------------
# Compiling specs from rule data


def compile_regex(pattern: str, path: tuple = ()) -> regex.Pattern:
    """Compile a rule regex, rejecting patterns that backtrack catastrophically."""
    try:
        rx = regex.compile(pattern, regex.IGNORECASE | regex.V0)
    except regex.error as e:
        raise PatternError(f"regular expression does not compile: {e}", path) from None
    for probe in _EVIL_PROBES:
        try:
            rx.fullmatch(probe, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise PatternError(
                f"regular expression {pattern!r} can take exponential time (nested repetition such as (a+)+); "
                "simplify it", path) from None
    return rx


def _as_set(value, lists: dict[str, frozenset[str]], path: tuple, lower: bool = True) -> frozenset[str]:
    items = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for i, item in enumerate(items):
        item = str(item)
        if item.startswith("@"):
            name = item[1:]
            if name not in lists:
                raise PatternError(f"unknown word list {item!r}; define it under 'lists:'", path + (i,) if isinstance(value, list) else path)
            out |= lists[name]
        else:
            out.add(item.lower().replace("ё", "е") if lower else item)
            if lower and "ё" in item.lower():
                out.add(item.lower())
    return frozenset(out)


def compile_spec(data: dict, lists: dict[str, frozenset[str]], path: tuple = ()) -> Element:
    if "skip" in data:
        s = data["skip"]
        if isinstance(s, int):
            return Gap(max=s)
        lo, _, hi = str(s).partition("-")
        return Gap(min=int(lo), max=int(hi or lo))
    spec = TokenSpec(
        negate=bool(data.get("negate", False)),
        optional=bool(data.get("optional", False)),
        marker=bool(data.get("marker", False)),
    )
    if "text" in data:
        spec.texts = _as_set(data["text"], lists, path + ("text",))
    if "regex" in data:
        spec.regex = compile_regex(str(data["regex"]), path + ("regex",))
        spec.begins = beginnings(spec.regex.pattern)
    if "lemma" in data:
        spec.lemmas = _as_set(data["lemma"], lists, path + ("lemma",))
    if "pos" in data:
        spec.pos = _as_set(data["pos"], lists, path + ("pos",), lower=False)
    if "feats" in data:
        spec.feats = tuple(
            (str(k), frozenset(str(v) for v in (vals if isinstance(vals, list) else [vals])))
            for k, vals in data["feats"].items()
        )
    if "shape" in data:
        spec.shape = str(data["shape"])
    return spec


def compile_sequence(data: list, lists: dict[str, frozenset[str]], path: tuple = ()) -> Sequence:
    els = [compile_spec(d, lists, path + (i,)) for i, d in enumerate(data)]
    if not any(isinstance(e, TokenSpec) and not e.optional for e in els):
        raise PatternError("a pattern needs at least one token that is not optional", path)
    if isinstance(els[0], Gap):
        raise PatternError("a pattern cannot start with a gap (skip)", path + (0,))
    return Sequence(els)
