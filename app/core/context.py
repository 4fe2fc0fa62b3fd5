"""Context that lowers or removes risk: quotation, questions, negation, reporting, past-tense
narration, an event described as notified or authorised.

A text pattern sees only the *content and form* part of the Rabat test; these cues are the
little of the rest that the wording itself shows. Each applied cue is recorded on the finding
with its explanation, so the user sees *why* a phrase was rated lower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.model import SEVERITIES, Finding, Token
from app.core.pipeline import Document
from app.core.rulebook import Cue, Rule

_OPEN_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‘": "’", "‹": "›", "'": "'"}
_QUOTE_OR_NEWLINE = re.compile("[" + re.escape("".join({*_OPEN_QUOTES, *_OPEN_QUOTES.values()})) + "\n]")


@dataclass(slots=True)
class Match:
    """A raw rule match before context: token range and the underlined tokens."""

    rule: Rule
    sentence: int
    start_tok: int  # absolute token index (inclusive)
    end_tok: int  # absolute token index (exclusive)
    marked: list[int]


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside paired quotation marks (straight quotes pair up in order)."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE_OR_NEWLINE.finditer(text):  # only these characters matter; skip the rest in C
        i, ch = m.start(), m.group()
        if stack and ch == _OPEN_QUOTES[stack[-1][0]] and (ch not in "'\"" or i > stack[-1][1] + 1):
            _, start = stack.pop()
            out.append((start, i + 1))
        elif ch in _OPEN_QUOTES:
            if ch == "'" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                continue  # apostrophe inside a word (Latin Kazakh, English)
            stack.append((ch, i))
        elif ch == "\n":
            stack.clear()  # quotes do not span lines in posts
    return out


class ContextCheck:
    """Evaluates cues for one document (quote ranges and sentence facts computed once)."""

    def __init__(self, doc: Document, anywhere=None) -> None:
        self.doc = doc
        self.anywhere = anywhere  # seq -> bool: found in some sentence (the engine's indexed look-up)
        self._quotes: list[tuple[int, int]] | None = None  # computed when a cue first asks
        self._past: dict[int, bool] = {}
        self._question: dict[int, bool] = {}
        self._post_hits: dict[int, bool] = {}

    def applies(self, cue: Cue, m: Match, start: int, end: int) -> bool:
        if cue.offences is not None and m.rule.offence not in cue.offences:
            return False
        if cue.id in m.rule.ignore_context:
            return False
        if cue.kind == "quoted":
            if self._quotes is None:
                self._quotes = quote_ranges(self.doc.text)
            return any(a < start and end <= b for a, b in self._quotes)
        if cue.kind == "question":
            return self.is_question(m.sentence)
        if cue.kind == "past_narrative":
            return self.is_past_narrative(m.sentence)
        if cue.kind == "pattern" and cue.sequence is not None:
            # Post-wide results are cached by pattern object, not cue id: the Russian and Kazakh books
            # may both have a cue "shop_sale" with different words, and a mixed post consults both.
            return self._pattern(cue.sequence, cue.where, id(cue.sequence), m) and not (
                any(self._pattern(u, cue.where, id(u), m) for u in cue.unless))
        return False

    def is_question(self, sidx: int) -> bool:
        if sidx not in self._question:
            toks = self.doc.sentence_tokens(self.doc.sentences[sidx])
            self._question[sidx] = any("?" in t.text for t in toks[-3:] if t.is_punct)
        return self._question[sidx]

    def is_past_narrative(self, sidx: int) -> bool:
        """The sentence reports what happened: a past-tense finite verb and nothing that calls."""
        if sidx not in self._past:
            toks = self.doc.sentence_tokens(self.doc.sentences[sidx])
            past = any(_best_is(t, Tense="Past") and t.best and t.best.pos in ("VERB", "AUX") for t in toks)
            calls = any(_any_is(t, Mood="Imp") or _any_is(t, Mood="Opt") or _best_is(t, VerbForm="Inf") for t in toks)
            self._past[sidx] = past and not calls
        return self._past[sidx]

    def _pattern(self, seq, where: str, key: int, m: Match) -> bool:
        doc = self.doc
        sent = doc.sentences[m.sentence]
        toks = doc.tokens
        if where == "post":
            if key not in self._post_hits:
                self._post_hits[key] = self.anywhere(seq) if self.anywhere else any(
                    next(iter(seq.find(toks, s.first_token, s.last_token)), None) is not None for s in doc.sentences)
            return self._post_hits[key]
        if where == "sentence":
            return any(True for _ in seq.find(toks, sent.first_token, sent.last_token))
        if where == "before":
            # The cue must end right where the match starts ("не выходите", "не надо выходить").
            lo = max(sent.first_token, m.start_tok - 4)
            return any(seq.match_at(toks, i, m.start_tok) is not None and seq.match_at(toks, i, m.start_tok)[0] == m.start_tok
                       for i in range(lo, m.start_tok))
        if where == "after":
            hi = min(sent.last_token, m.end_tok + 3)
            return any(True for _ in seq.find(toks, m.end_tok, hi))
        return False


def _best_is(t: Token, **feats: str) -> bool:
    r = t.best
    return r is not None and all(r.feat(k) == v for k, v in feats.items())


def _any_is(t: Token, **feats: str) -> bool:
    return any(all(r.feat(k) == v for k, v in feats.items()) for r in t.readings)


def lower(severity: str, steps: int = 1) -> str | None:
    i = SEVERITIES.index(severity) - steps
    return SEVERITIES[i] if i >= 0 else None


def raise_(severity: str) -> str:
    return SEVERITIES[min(len(SEVERITIES) - 1, SEVERITIES.index(severity) + 1)]


def apply_cues(finding: Finding, cues: list[Cue], check: ContextCheck, m: Match, ui_lang: str) -> bool:
    """Lower or suppress ``finding`` by the cues that apply. Returns False if it is removed."""
    sev: str | None = finding.severity
    for cue in cues:
        if not check.applies(cue, m, finding.start, finding.end):
            continue
        finding.context.append({
            "cue": cue.id, "effect": cue.effect,
            "explanation": cue.explain.get(ui_lang) or cue.explain.get("en", ""),
        })
        sev = None if cue.effect == "suppress" else lower(sev)
        if sev is None:
            break
    if sev is None:
        return False
    finding.severity = sev
    return True
