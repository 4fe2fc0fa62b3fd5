"""The analysis: text → :class:`Report`. The CLI and the GUI are thin shells over this."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.context import ContextCheck, Match, apply_cues, raise_
from app.core.model import SEVERITIES, Finding, Report, article_label
from app.core.patterns import REGEX_TIMEOUT, TokenSpec
from app.core.pipeline import Document, Pipeline
from app.core.regex_first import word_key
from app.core.rulebook import LanguageBook, Requirement, Rule, Rulebook, load_rulebook
from app.core.scoring import reasons, score_findings

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class Engine:
    """Holds the pipeline and the rulebook; ``check`` is safe to call from one worker thread."""

    rulebook: Rulebook | None = None
    folders: list[Path] | None = None
    disabled: set[str] = field(default_factory=set)
    pipeline: Pipeline | None = None

    def __post_init__(self) -> None:
        if self.rulebook is None:
            self.rulebook = load_rulebook(self.folders)
        if self.pipeline is None:
            self.pipeline = Pipeline()
        self._articles = _articles_by_offence()
        self._trigger_cache: dict[str, tuple] = {}

    def warm_up(self) -> None:
        """Load now what a first check would otherwise load on the way: both analysers, the Kazakh
        lexicon with its index for Kazakh typed in Russian letters, and the language detector
        (~2 s together). The editor's engine process calls this after two idle seconds."""
        from app.core import langid

        self.check("Все на площадь завтра. Барлығы алаңға шығыңдар! Барлыгы аланга шыгындар!")
        langid.warmup()

    def reload(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook

    def analyse(self, text: str, lang: str | None = None) -> Document:
        return self.pipeline.analyse(text, lang)

    def check(self, text: str, lang: str | None = None, ui_lang: str = "en",
              only_rules: set[str] | None = None) -> Report:
        doc = self.pipeline.analyse(text, lang)
        return self.check_document(doc, ui_lang=ui_lang, only_rules=only_rules)

    def check_document(self, doc: Document, ui_lang: str = "en", only_rules: set[str] | None = None) -> Report:
        findings, suppressed, _ = self.find(doc, ui_lang, only_rules)
        risk, score = score_findings(findings)
        return Report(
            language=doc.language, risk=risk, score=score, findings=findings,
            reasons=reasons(findings, {}), suppressed=suppressed,
            segments=[{"start": s.start, "end": s.end, "language": s.lang} for s in doc.sentences],
        )

    def find(self, doc: Document, ui_lang: str = "en", only_rules: set[str] | None = None):
        """All findings after context, those context removed, and the raw matches (for `rules explain`)."""
        signals = _SignalCache(doc, self.rulebook.books, self._post_regex())
        check = ContextCheck(doc, anywhere=signals.anywhere)
        kept: list[Finding] = []
        removed: list[Finding] = []
        matches: list[Match] = []
        toks = doc.tokens
        for sent in doc.sentences:
            lo, hi = sent.first_token, sent.last_token
            words, index, langs = sent.keys, sent.rel_index, sent.langs
            for lang in sorted(langs):
                book = self.rulebook.books.get(lang)
                if book is None:
                    continue
                trig, always, rx = self._triggers(book)
                cands: set[tuple[int, int]] = set(always)
                for w in trig.keys() & words:
                    cands.update(trig[w])
                if rx.entries:
                    seen = rx.cache
                    for w in words:
                        hit = seen.get(w)
                        if hit is None:
                            hit = rx.hits(w)
                        if hit:
                            cands.update(hit)
                by_rule: dict[int, list[int]] = {}
                for ri, si in sorted(cands):
                    by_rule.setdefault(ri, []).append(si)
                for ri, seq_idx in by_rule.items():
                    rule = book.rules[ri]
                    if rule.id in self.disabled or (only_rules is not None and rule.id not in only_rules):
                        continue
                    seqs = [rule.sequences[i] for i in seq_idx]
                    for m in self._matches(rule, book, doc, sent.index, lo, hi, signals, words, index, seqs):
                        matches.append(m)
                        f = self._finding(m, book, doc, signals, ui_lang)
                        (kept if apply_cues(f, book.cues, check, m, ui_lang) else removed).append(f)
        return _dedupe(kept), removed, matches

    def _triggers(self, book: LanguageBook):
        """Word → (rule, sequence) pairs that may match in a sentence holding that word.

        Each sequence is filed under the words of its most selective required token, so a
        sentence visits only the sequences one of whose words it contains (LanguageTool and Vale
        pre-filter rules the same way); sequences that need no particular word are always tried.
        """
        got = self._trigger_cache.get(book.language)
        if got is not None and got[0] is book:
            return got[1:]
        trig: dict[str, list[tuple[int, int]]] = {}
        always: list[tuple[int, int]] = []
        led_by_regex: list[tuple[tuple[int, int], TokenSpec]] = []
        for ri, rule in enumerate(book.rules):
            for si, seq in enumerate(rule.sequences):
                req = seq.required_words
                if not req:
                    if seq._first_rx is not None:
                        led_by_regex.append(((ri, si), seq._first_rx))
                    else:
                        always.append((ri, si))
                    continue
                for w in min(req, key=len):
                    trig.setdefault(w, []).append((ri, si))
        got = (book, trig, always, _RegexTriggers(led_by_regex))
        self._trigger_cache[book.language] = got
        return got[1:]

    def _post_regex(self) -> "_RegexTriggers":
        """Every sequence of signals, context cues and exceptions that starts with a bare regex and has
        no word to index on, filed under the words its regex accepts: a post then looks for it only in
        the sentences holding such a word (one look-up per word of the post), not token by token."""
        got = self._trigger_cache.get("\x00post")
        if got is not None and got[0] is self.rulebook:
            return got[1]
        entries: dict[int, TokenSpec] = {}
        for book in self.rulebook.books.values():
            seqs = [*(q for qs in book.signals.values() for q in qs), *(a.sequence for a in book.antipatterns),
                    *(c.sequence for c in book.cues if c.sequence is not None), *(u for c in book.cues for u in c.unless),
                    *(a.sequence for r in book.rules for a in r.exceptions)]
            for q in seqs:
                if q._anchor is None and q._first_rx is not None:
                    entries[id(q)] = q._first_rx
        rx = _RegexTriggers(list(entries.items()))
        self._trigger_cache["\x00post"] = (self.rulebook, rx)
        return rx

    def _matches(self, rule: Rule, book: LanguageBook, doc: Document, sidx: int, lo: int, hi: int,
                 signals: "_SignalCache", words: frozenset[str], index: dict[str, tuple[int, ...]], seqs=None):
        toks = doc.tokens
        taken: list[tuple[int, int]] = []
        for seq in (rule.sequences if seqs is None else seqs):
            for s, e, marked in seq.find(toks, lo, hi, words, index, lo):
                if any(a < e and s < b for a, b in taken):
                    continue
                if self._excepted(rule, book, doc, sidx, s, e, signals, words, index):
                    continue
                if rule.requires and not signals.present(book, rule.requires, sidx):
                    continue
                taken.append((s, e))
                yield Match(rule, sidx, s, e, marked)

    def _excepted(self, rule: Rule, book: LanguageBook, doc: Document, sidx: int, s: int, e: int,
                  signals: "_SignalCache", words: frozenset[str], index: dict[str, tuple[int, ...]]) -> bool:
        sent = doc.sentences[sidx]
        for ap in (*rule.exceptions, *book.antipatterns):
            if ap.scope == "post":
                if signals.anywhere(ap.sequence):
                    return True
                continue
            for a, b, _ in ap.sequence.find(doc.tokens, sent.first_token, sent.last_token, words, index,
                                            sent.first_token):
                if ap.scope == "sentence" or (a < e and s < b):
                    return True
        return False

    def _finding(self, m: Match, book: LanguageBook, doc: Document, signals: "_SignalCache", ui_lang: str) -> Finding:
        rule = m.rule
        toks = doc.tokens
        span = [toks[i] for i in m.marked] if m.marked else [t for t in toks[m.start_tok:m.end_tok]]
        while len(span) > 1 and span[-1].is_punct:
            span.pop()
        start, end = span[0].start, span[-1].end
        text = doc.text[start:end]
        severity = rule.severity
        found: list[str] = []
        if rule.escalate:
            found = signals.names(book, rule.escalate, m.sentence)
            if len(found) >= rule.escalate.min:
                severity = raise_(severity)
        if rule.requires:
            found = sorted(set(found) | set(signals.names(book, rule.requires, m.sentence)))
        return Finding(
            start=start, end=end, text=text, rule=rule.id, offence=rule.offence,
            articles=[article_label(a, ui_lang) for a in self._articles.get(rule.offence, [])],
            severity=severity, base_severity=rule.severity,
            message=rule.text("message", ui_lang).replace("{match}", text), language=book.language,
            sentence=m.sentence, explanation=rule.text("explanation", ui_lang),
            suggestion=rule.text("suggestion", ui_lang).replace("{match}", text),
            rewrites=[rule.rewrite[book.language]] if book.language in rule.rewrite else [],
            signals=found,
        )


class _RegexTriggers:
    """Sequences led by a bare regex ("недо(аким|президент)..."), filed under the words it accepts.

    Which sequences a word can start is worked out the first time the word is seen, trying only the
    regexes that accept its first letter. A sentence then costs one look-up per word, not one per regex.
    """

    def __init__(self, entries: list[tuple[object, TokenSpec]]) -> None:
        self.entries = entries
        self.ids = frozenset(key for key, _ in entries)
        self.cache: dict[str, tuple] = {}
        # Each regex is filed under the beginnings a word it accepts can have (see regex_first), so a new
        # word is tried only against the few regexes filed under its own beginning.
        buckets: dict[str, list[tuple[object, TokenSpec]]] = {}
        anywhere: list[tuple[object, TokenSpec]] = []
        for key, spec in entries:
            begins = spec.begins
            if begins is None:
                anywhere.append((key, spec))
            else:
                for b in begins:
                    buckets.setdefault(b, []).append((key, spec))
        self.anywhere = tuple(anywhere)
        self.buckets = {b: (*specs, *anywhere) for b, specs in buckets.items()}

    def hits(self, word: str) -> tuple:
        got = self.cache.get(word)
        if got is None:
            if not self.entries:
                return ()
            cands = self.buckets.get(word_key(word), self.anywhere) if word else self.entries
            got = tuple(key for key, spec in cands if spec.regex_hit(word))
            if len(self.cache) > 200_000:
                self.cache.clear()
            self.cache[word] = got
        return got


class _SignalCache:
    """Which named signals occur in which sentence (or anywhere), computed on demand once.

    A doc-wide token index lets each pattern visit only the sentences holding its anchor word,
    so post-level look-ups stay linear on huge texts; a pattern never spans two sentences.
    """

    def __init__(self, doc: Document, books: dict[str, LanguageBook] | None = None,
                 regex_led: "_RegexTriggers | None" = None) -> None:
        self.doc = doc
        self.books = books or {}
        self.regex_led = regex_led  # sequences led by a bare regex, filed under the words it accepts
        self._rx_sents: dict[int, set[int]] | None = None
        self._sent: dict[tuple[str, str, int], bool] = {}
        self._seq_post: dict[int, bool] = {}
        self._index: dict[str, list[int]] | None = None
        self._keys: frozenset[str] | None = None  # every key of the post

    @property
    def sentences_with(self) -> dict[str, list[int]]:
        """Key → indices of the sentences that contain it (built once, for post-wide look-ups)."""
        if self._index is None:
            idx: dict[str, list[int]] = {}
            for s in self.doc.sentences:
                for k in s.keys:
                    idx.setdefault(k, []).append(s.index)
            self._index = idx
        return self._index

    def _regex_sentences(self, seq) -> set[int] | None:
        """For a registered regex-led sequence: the sentences holding a word its regex accepts."""
        rx = self.regex_led
        if rx is None or id(seq) not in rx.ids:
            return None
        if self._rx_sents is None:
            # the regex of a spec is tested on a token's normalised form only
            norms: dict[str, set[int]] = {}
            for t in self.doc.tokens:
                norms.setdefault(t.norm, set()).add(t.sent)
            got: dict[int, set[int]] = {}
            for w, sents in norms.items():
                for k in rx.hits(w):
                    got.setdefault(k, set()).update(sents)
            self._rx_sents = got
        return self._rx_sents.get(id(seq), set())

    def _seq_in_sentence(self, seq, sidx: int) -> bool:
        if seq._anchor is None and seq._first_rx is not None:
            where = self._regex_sentences(seq)
            if where is not None and sidx not in where:
                return False
        s = self.doc.sentences[sidx]
        return next(iter(seq.find(self.doc.tokens, s.first_token, s.last_token, s.keys, s.rel_index, s.first_token)),
                    None) is not None

    def _seq_in_post(self, seq) -> bool:
        k = id(seq)
        got = self._seq_post.get(k)
        if got is None:
            with_ = self.sentences_with
            if self._keys is None:
                self._keys = frozenset(with_)
            if not seq.possible(self._keys):  # a word it needs occurs nowhere in the post
                got = False
            else:
                if seq._anchor is not None:
                    present = self._keys.intersection(seq._anchor[2])  # iterates the smaller of the two
                    sents = sorted({i for w in present for i in with_[w]})
                else:
                    where = self._regex_sentences(seq) if seq._first_rx is not None else None
                    sents = range(len(self.doc.sentences)) if where is None else sorted(where)
                got = any(self._seq_in_sentence(seq, i) for i in sents)
            self._seq_post[k] = got
        return got

    def _books_for(self, book: LanguageBook, name: str) -> list[LanguageBook]:
        """The rule's own language, then the post's other languages that define the same signal:
        in a mixed post a Russian call and a Kazakh time phrase ("ертең сағат 10-да") belong together."""
        out = [book]
        for lang, n in self.doc.words_by_lang.items():
            other = self.books.get(lang)
            if n and other is not None and other is not book and name in other.signals:
                out.append(other)
        return out

    def _in_sentence(self, book: LanguageBook, name: str, sidx: int) -> bool:
        key = (book.language, name, sidx)
        if key not in self._sent:
            self._sent[key] = any(self._seq_in_sentence(seq, sidx)
                                  for b in self._books_for(book, name) for seq in b.signals[name])
        return self._sent[key]

    def _in_post(self, book: LanguageBook, name: str) -> bool:
        key = (book.language, name, -1)
        if key not in self._sent:
            self._sent[key] = any(self._seq_in_post(seq) for b in self._books_for(book, name) for seq in b.signals[name])
        return self._sent[key]

    def names(self, book: LanguageBook, req: Requirement, sidx: int) -> list[str]:
        if req.scope == "post":
            return [n for n in req.signals if self._in_post(book, n)]
        return [n for n in req.signals if self._in_sentence(book, n, sidx)]

    def present(self, book: LanguageBook, req: Requirement, sidx: int) -> bool:
        return len(self.names(book, req, sidx)) >= req.min

    def anywhere(self, seq) -> bool:
        return self._seq_in_post(seq)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Of overlapping findings for the same offence keep the strongest (then the longest).

    Findings come sentence by sentence, so overlaps are local: a sweep in text order that
    compares each finding with the kept ones still open keeps this linear on huge texts.
    """
    out: list[Finding] = []
    open_: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.start, -_RANK[f.severity], -(f.end - f.start))):
        live = [g for g in open_.get(f.offence, []) if g.end > f.start]
        clash = [g for g in live if g.start < f.end]
        if clash:
            best = max([*clash, f], key=lambda g: (_RANK[g.severity], g.end - g.start, -g.start))
            if best is f:
                for g in clash:
                    out.remove(g)
                    live.remove(g)
            else:
                open_[f.offence] = live
                continue
        live.append(f)
        out.append(f)
        open_[f.offence] = live
    return sorted(out, key=lambda f: (f.start, f.end))


def _articles_by_offence() -> dict[str, list[str]]:
    """Article labels per offence from rules/offences.yaml (the knowledge base).

    Validating the whole knowledge base costs ~0.2 s; the labels are cached by the file's hash.
    A broken knowledge base must not stop the checker: it falls back to the labels below (and
    `python -m pytest tests/test_knowledge.py` or the studio shows the error with its line).
    """
    import hashlib
    import json
    import os

    from app import RULES_DIR
    from app.core.rulebook import _cache_dir

    path = RULES_DIR / "offences.yaml"
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    except OSError:
        return dict(FALLBACK_ARTICLES)
    cache = _cache_dir() / f"articles-{digest}.json"
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    from app.core.knowledge import KnowledgeError, load_offences

    try:
        articles = {oid: list(off.article_refs) for oid, off in load_offences().items()}
    except (KnowledgeError, OSError):
        return dict(FALLBACK_ARTICLES)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass
    return articles


FALLBACK_ARTICLES = {
    "assembly": ["KoAP 488", "CC 400"],
    "discord": ["CC 174"],
    "false_info": ["CC 274", "KoAP 456-2"],
    "power_seizure": ["CC 179"],
    "separatism": ["CC 180"],
    "insult_authority": ["CC 373", "CC 375", "CC 378"],
    "extremism": ["CC 405"],
}
