"""`oylan rules explain`: why a text got (or did not get) its findings.

For rule writers. It re-runs the pieces of :class:`~app.core.engine.Engine` — not its hot
path — and records what the engine throws away on the way:

* **fired**: the rule matched, the tokens it matched, the signals found, and the context cues
  that lowered it (severity before → after);
* **removed by context**: the match was suppressed by a cue (``negation``, ``authorised``…);
* **shadowed**: it survived context, but a stronger overlapping finding of the same offence
  was kept instead;
* **blocked**: the pattern matched, but a rule exception or a language-wide antipattern
  overlapped it (named with its file and line and its ``note``);
* **not enough signals**: the pattern matched, but ``requires:`` was not met.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.context import ContextCheck, Match, apply_cues
from app.core.engine import Engine, _dedupe, _SignalCache
from app.core.model import Finding, Token
from app.core.patterns import Gap, Sequence, TokenSpec
from app.core.pipeline import Document
from app.core.rulebook import Antipattern, LanguageBook, Rule, Rulebook, parse_file
from app.core.scoring import score_findings


@dataclass
class Entry:
    status: str  # fired | removed | shadowed | blocked | unmet
    rule: str
    offence: str
    sentence: int
    start: int  # character offsets of the underlined (or matched) part
    end: int
    text: str
    tokens: list[str] = field(default_factory=list)  # "word (lemma POS morph)"
    severity: str = ""  # effective severity (fired/shadowed)
    base_severity: str = ""
    signals: list[str] = field(default_factory=list)
    cues: list[dict[str, str]] = field(default_factory=list)  # {"cue", "effect", "explanation"}
    blocked_by: str = ""  # "exception" | "antipattern" | "signals"
    blocker: str = ""  # where the exception/antipattern is defined, and its note
    detail: str = ""


@dataclass
class Explanation:
    text: str
    language: str
    risk: str
    score: int
    entries: list[Entry]
    doc: Document | None = None

    def to_json(self) -> dict[str, Any]:
        return {"language": self.language, "risk": self.risk, "score": self.score,
                "entries": [asdict(e) for e in self.entries]}

    def by_status(self, status: str) -> list[Entry]:
        return [e for e in self.entries if e.status == status]


# ---------------------------------------------------------------------------------------------
# Where antipatterns and exceptions come from (for naming them)


@dataclass
class _Origin:
    file: str
    line: int
    note: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" + (f" — {self.note}" if self.note else "")


def _origins(book: Rulebook) -> tuple[dict[str, list[_Origin]], dict[str, list[_Origin]]]:
    """Per language: antipattern origins in load order; per rule id: exception origins."""
    from app.core.yamlpos import mark_for

    aps: dict[str, list[_Origin]] = {}
    exc: dict[str, list[_Origin]] = {}
    for path in book.files:
        parsed, errs = parse_file(Path(path))
        if parsed is None or errs:
            continue
        lang = parsed.data.get("language")
        name = str(path)
        try:
            name = str(Path(path).resolve().relative_to(Path.cwd()))
        except ValueError:
            pass
        for i, ap in enumerate(parsed.data.get("antipatterns") or []):
            m = mark_for(parsed.marks, ("antipatterns", i))
            aps.setdefault(lang, []).append(_Origin(name, m.line, str(ap.get("note", ""))))
        for i, rd in enumerate(parsed.data.get("rules") or []):
            for j, ex in enumerate(rd.get("exceptions") or []):
                m = mark_for(parsed.marks, ("rules", i, "exceptions", j))
                exc.setdefault(str(rd.get("id")), []).append(_Origin(name, m.line, str(ex.get("note", ""))))
    return aps, exc


def describe_sequence(seq: Sequence, limit: int = 4) -> str:
    """A compact reading of a compiled pattern: ``[lemma выйти|выходить] [skip 0-3] [text на]``."""
    def words(s) -> str:
        items = sorted(s)
        more = f"|…+{len(items) - limit}" if len(items) > limit else ""
        return "|".join(items[:limit]) + more

    parts = []
    for el in seq.elements:
        if isinstance(el, Gap):
            parts.append(f"[skip {el.min}-{el.max}]")
            continue
        assert isinstance(el, TokenSpec)
        bits = []
        if el.texts is not None:
            bits.append("text " + words(el.texts))
        if el.regex is not None:
            bits.append("regex " + el.regex.pattern)
        if el.lemmas is not None:
            bits.append("lemma " + words(el.lemmas))
        if el.pos is not None:
            bits.append("pos " + words(el.pos))
        for k, v in el.feats:
            bits.append(f"{k}={'|'.join(sorted(v))}")
        if el.shape:
            bits.append("shape " + el.shape)
        s = " ".join(bits) or "any word"
        if el.negate:
            s = "not " + s
        if el.optional:
            s += "?"
        parts.append(f"[{s}]")
    return " ".join(parts)


def _tok(t: Token) -> str:
    if t.is_punct:
        return t.text
    r = t.best
    if r is None:
        return f"{t.text} (unknown word)"
    return f"{t.text} ({r.lemma} {r.pos}{' ' + r.morph_string() if r.feats else ''})"


# ---------------------------------------------------------------------------------------------


def explain(engine: Engine, text: str, lang: str | None = None, ui_lang: str = "en",
            only_rules: set[str] | None = None) -> Explanation:
    doc = engine.analyse(text, lang)
    book = engine.rulebook
    assert book is not None
    _, _, matches = engine.find(doc, ui_lang, only_rules)
    check = ContextCheck(doc)
    signals = _SignalCache(doc)
    entries: list[Entry] = []
    kept: list[Finding] = []
    kept_entries: list[tuple[Finding, Entry]] = []
    toks = doc.tokens
    for m in matches:
        lb = book.books[m.rule.language]
        f = engine._finding(m, lb, doc, signals, ui_lang)
        base = f.severity  # after escalation, before context
        ok = apply_cues(f, lb.cues, check, m, ui_lang)
        e = Entry(
            status="fired" if ok else "removed", rule=m.rule.id, offence=m.rule.offence, sentence=m.sentence,
            start=f.start, end=f.end, text=f.text, tokens=[_tok(t) for t in toks[m.start_tok:m.end_tok]],
            severity=f.severity if ok else "", base_severity=base, signals=list(f.signals),
            cues=[{"cue": c["cue"], "effect": c["effect"], "explanation": c["explanation"]} for c in f.context],
            detail=("escalated from " + m.rule.severity + " by signals") if base != m.rule.severity else "",
        )
        entries.append(e)
        if ok:
            kept.append(f)
            kept_entries.append((f, e))
    final = _dedupe(kept)
    final_ids = {id(f) for f in final}
    for f, e in kept_entries:
        if id(f) not in final_ids:
            e.status = "shadowed"
            winner = next((g for g in final if g.offence == f.offence and g.start < f.end and f.start < g.end), None)
            if winner is not None:
                e.detail = f"overlaps {winner.rule} «{winner.text}» ({winner.severity}), which is kept"
    entries.extend(_blocked(engine, doc, matches, signals, only_rules))
    risk, score = score_findings(final)
    entries.sort(key=lambda e: (e.start, e.rule))
    return Explanation(text=text, language=doc.language, risk=risk, score=score, entries=entries, doc=doc)


def _blocked(engine: Engine, doc: Document, matches: list[Match], signals: _SignalCache,
             only_rules: set[str] | None) -> list[Entry]:
    """Pattern matches the engine dropped because of exceptions, antipatterns or missing signals."""
    book = engine.rulebook
    assert book is not None
    ap_origins, ex_origins = _origins(book)
    taken_by_rule: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in matches:
        taken_by_rule.setdefault((m.rule.id, m.sentence), []).append((m.start_tok, m.end_tok))
    toks = doc.tokens
    out: list[Entry] = []
    for sent in doc.sentences:
        lo, hi = sent.first_token, sent.last_token
        langs = {sent.lang} | {t.lang for t in toks[lo:hi] if not t.is_punct and t.lang}
        for lang in sorted(langs):
            lb = book.books.get(lang)
            if lb is None:
                continue
            for rule in lb.rules:
                if rule.id in engine.disabled or (only_rules is not None and rule.id not in only_rules):
                    continue
                taken = list(taken_by_rule.get((rule.id, sent.index), []))
                for seq in rule.sequences:
                    for s, e, marked in seq.find(toks, lo, hi):
                        if any(a < e and s < b for a, b in taken):
                            continue
                        why = _why_blocked(rule, lb, doc, sent.index, s, e, signals, ap_origins, ex_origins)
                        if why is None:
                            continue  # would have matched (e.g. the rule was filtered out) — not ours to report
                        taken.append((s, e))
                        span = [toks[i] for i in marked] if marked else toks[s:e]
                        while len(span) > 1 and span[-1].is_punct:
                            span.pop()
                        kind, blocker, detail = why
                        out.append(Entry(
                            status="unmet" if kind == "signals" else "blocked", rule=rule.id, offence=rule.offence,
                            sentence=sent.index, start=span[0].start, end=span[-1].end,
                            text=doc.text[span[0].start:span[-1].end], tokens=[_tok(t) for t in toks[s:e]],
                            base_severity=rule.severity, blocked_by=kind, blocker=blocker, detail=detail))
    return out


def _why_blocked(rule: Rule, lb: LanguageBook, doc: Document, sidx: int, s: int, e: int, signals: _SignalCache,
                 ap_origins: dict[str, list[_Origin]], ex_origins: dict[str, list[_Origin]]):
    sent = doc.sentences[sidx]
    toks = doc.tokens

    def hits(ap: Antipattern) -> tuple[int, int] | None:
        if ap.scope == "post":
            got = next(iter(ap.sequence.find(toks)), None)
            return (got[0], got[1]) if got else None
        for a, b, _ in ap.sequence.find(toks, sent.first_token, sent.last_token):
            if ap.scope == "sentence" or (a < e and s < b):
                return a, b
        return None

    for kind, aps, origins in (("exception", rule.exceptions, ex_origins.get(rule.id, [])),
                               ("antipattern", lb.antipatterns, ap_origins.get(lb.language, []))):
        for i, ap in enumerate(aps):
            got = hits(ap)
            if got is None:
                continue
            where = str(origins[i]) if i < len(origins) and len(origins) == len(aps) else f"#{i + 1}"
            text = doc.text[toks[got[0]].start:toks[got[1] - 1].end]
            scope = f", scope {ap.scope}" if ap.scope != "match" else ""
            return kind, where, f"matched «{text}»{scope}: {describe_sequence(ap.sequence)}"
    if rule.requires and not signals.present(lb, rule.requires, sidx):
        found = signals.names(lb, rule.requires, sidx)
        need = rule.requires
        return ("signals", "requires",
                f"needs {need.min} of [{', '.join(need.signals)}] in the {need.scope}; found "
                f"{', '.join(found) if found else 'none'}")
    return None


# ---------------------------------------------------------------------------------------------


_TITLES = {
    "fired": "FIRED",
    "removed": "REMOVED BY CONTEXT",
    "shadowed": "SHADOWED",
    "blocked": "BLOCKED",
    "unmet": "NOT ENOUGH SIGNALS",
}


def render_text(ex: Explanation, show_tokens: bool = False) -> str:
    lines = [f"language: {ex.language}    risk: {ex.risk} ({ex.score}/100)"]
    if not ex.entries:
        lines.append("No rule pattern matched anywhere in this text.")
    for e in ex.entries:
        head = f"{_TITLES[e.status]:<19} {e.rule}  [{e.offence}]"
        if e.status == "fired":
            sev = e.base_severity if e.base_severity == e.severity else f"{e.base_severity} → {e.severity}"
            head += f"  {sev}"
        lines.append("")
        lines.append(head)
        lines.append(f"  at «{e.text}» (characters {e.start}-{e.end}, sentence {e.sentence + 1})")
        lines.append(f"  tokens (first reading; --tokens shows all): {'  '.join(e.tokens)}")
        if e.signals:
            lines.append(f"  signals found: {', '.join(e.signals)}")
        for c in e.cues:
            verb = "removed it" if c["effect"] == "suppress" else "lowered it one level"
            lines.append(f"  context cue {c['cue']} {verb}: {c['explanation']}")
        if e.status == "blocked":
            lines.append(f"  blocked by {e.blocked_by} at {e.blocker}")
            lines.append(f"    {e.detail}")
        elif e.detail:
            lines.append(f"  {e.detail}")
    fired = len(ex.by_status("fired"))
    lines.append("")
    lines.append(f"{fired} finding(s); {len(ex.by_status('removed'))} removed by context, "
                 f"{len(ex.by_status('shadowed'))} shadowed, {len(ex.by_status('blocked'))} blocked by "
                 f"exceptions/antipatterns, {len(ex.by_status('unmet'))} without the signals they require")
    if show_tokens and ex.doc is not None:
        from app.core.tokens_view import token_table

        lines.append("")
        lines.append(token_table(ex.doc))
    return "\n".join(lines)
