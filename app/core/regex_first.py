"""How can a word begin, for a rule regex to accept it?

Rule regexes are tested against whole words (``fullmatch``), case-insensitively. Most of them
begin with an alternation of stems ("(митинг|пикет|шеру)..."), so the first two letters of a word
already rule out nearly all of them. The engine files each regex under the two-letter beginnings
it allows and tries only the regexes filed under a new word's beginning: a rule regex costs
~3-10 µs per word in the ``regex`` module, and a hundred of them joined into one ~30 µs, while a
look-up and the one or two regexes it finds cost a few µs.

The analysis reads Python's own regular-expression parser. Whatever it cannot read (syntax only
the ``regex`` module has, such as ``\\p{L}``) or cannot bound gives ``None``: "any beginning".
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _parser as _sre
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre  # type: ignore[no-redef]

K = 2  # letters of a word's beginning that are looked at
_CAP = 600  # more beginnings than this count as "any beginning" (such a regex is in most buckets anyway)
_MAX_RANGE = 4096  # a wider character class counts as "any character"


class _Unbounded(Exception):
    pass


def canon(text: str) -> str:
    """Case-insensitive key of a few characters: the lower case of the upper case (so that "ſ" and
    "s", "ς" and "σ" fall together, as they do for a case-insensitive regex), every digit "0"."""
    v = text.upper().lower()
    if len(v) != len(text):  # a character whose case mapping has several characters keeps its own
        v = "".join(w if len(w := c.upper().lower()) == 1 else c for c in text)
    if not v.isalpha():
        v = "".join("0" if c.isdecimal() else c for c in v)  # "\\d" is any of 600-odd Unicode digits
    return v


def beginnings(pattern: str) -> frozenset[str] | None:
    """Keys (:func:`canon`) of every beginning of up to :data:`K` letters that a word accepted by
    ``pattern`` can have (shorter ones for words that short), or None when they cannot be bounded."""
    try:
        tree = _sre.parse(pattern, re.IGNORECASE)
    except Exception:  # noqa: BLE001 - syntax of the regex module only, or anything unexpected
        return None
    try:
        found = _seq(list(tree))
        out = set()
        for s in found:
            for c in s:
                if len(c.upper()) != 1 or len(c.lower()) != 1 or len(c.upper().lower()) != 1:
                    raise _Unbounded  # case mappings to several characters: do not guess
            out.add(canon(s))
        return frozenset(out)
    except _Unbounded:
        return None


def word_key(word: str) -> str:
    """The key under which the regexes that may accept a non-empty ``word`` are filed: a beginning
    shorter than :data:`K` letters is one where the match ended, so only a word that short has it."""
    return canon(word[:K])


def _cat(a: set[str], b: set[str]) -> set[str]:
    out = set()
    for x in a:
        if len(x) >= K:
            out.add(x)
            continue
        for y in b:
            out.add((x + y)[:K])
        if len(out) > _CAP:
            raise _Unbounded
    return out


def _seq(items) -> set[str]:
    got = {""}
    for op, av in items:
        if all(len(s) >= K for s in got):
            break
        got = _cat(got, _item(op, av))
    return got


def _item(op, av) -> set[str]:
    if op is _sre.LITERAL:
        return {chr(av)}  # a digit is canonised to "0" later
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < _MAX_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                chars.add("0")  # canon() files every digit under "0"
            else:  # negated sets, other categories (\w, \s), huge ranges
                raise _Unbounded
        return chars
    if op is _sre.SUBPATTERN:
        return _seq(av[-1])
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _seq(branch)
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        lo, hi, body = av
        inner = _seq(body)
        out = {""} if lo == 0 else set()
        reps = {""}
        # lo + K repetitions are enough: a beginning of K letters comes from at most K non-empty ones.
        for i in range(1, min(hi, lo + K) + 1):
            reps = _cat(reps, inner)
            if i >= lo:
                out |= reps
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}  # consume nothing
    raise _Unbounded  # any character, back-references, conditionals ...
