"""Analysis off the GUI thread.

One private QThreadPool with a single thread owns the engine (the engine is not meant to run
``check`` from two threads at once). Each request carries the document revision; a job whose
revision is no longer the latest is skipped before it starts, and the window drops any result
whose revision is not current when it arrives. UTF-16 positions (what QTextCursor uses) are
computed here too, so the GUI thread does no per-character work.
"""

from __future__ import annotations

import bisect
import os
import sys
import re
import threading
import time
import traceback
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

#: Every live Analyzer (tests wait for their pools to drain).
LIVE: "weakref.WeakSet[Analyzer]" = weakref.WeakSet()

_engine_lock = threading.Lock()
_shared_engine: Any = None


def utf16_positions(text: str, offsets: list[int]) -> list[int]:
    """Python str offsets → UTF-16 code-unit positions (characters beyond the BMP count twice)."""
    if not offsets or text.isascii():
        return list(offsets)
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return list(offsets)
    return [o + bisect.bisect_left(astral, o) for o in offsets]


def python_offset(text: str, pos16: int) -> int:
    """UTF-16 position → Python str offset (the inverse of :func:`utf16_positions`)."""
    u = 0
    for i, ch in enumerate(text):
        if u >= pos16:
            return i
        u += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def make_engine(pipeline=None):
    """The editor's engine: the bundled rules plus the user's folder (``app.core.user_rules``)."""
    from app.core.engine import Engine
    from app.core.user_rules import rule_folders

    if pipeline is None:
        return Engine(folders=rule_folders())
    return Engine(folders=rule_folders(), pipeline=pipeline)


def user_disabled() -> set[str]:
    """Rule ids in the user's ``disabled.txt`` (read off the GUI thread, on every check: it is tiny)."""
    try:
        from app.core.user_rules import disabled_rules

        return disabled_rules()
    except Exception:  # noqa: BLE001 — an unreadable file must not stop checking
        return set()


#: Findings per message from the checker process. Unpickling runs in the worker thread and holds the
#: GIL for the whole message: ~10 ms for 850 findings at once would stall the GUI; 100 take ~1 ms, and
#: the thread releases the GIL while it waits on the pipe between messages.
CHUNK = 100


def _send_report(conn, report) -> None:
    findings = report.findings
    report.findings = []
    report.suppressed = []  # the editor never shows them; they only cost transfer time
    chunks = [findings[i:i + CHUNK] for i in range(0, len(findings), CHUNK)]
    conn.send(("report", (report, len(chunks))))
    for ch in chunks:
        conn.send(("findings", ch))


def _engine_process(conn) -> None:
    """Child process: owns the real engine and answers requests until the pipe closes."""
    try:
        os.nice(4)  # background work: when cores are scarce, the window's threads go first
    except (AttributeError, OSError):
        pass
    from app.core import gc_tuning

    engine = make_engine()
    engine.disabled = user_disabled()
    engine.check("Все", ui_lang="en")  # load the lazy parts now, not on the first real check
    conn.send(("ready", [str(e) for e in engine.rulebook.errors]))
    warm = False
    while True:
        try:
            if not warm and not conn.poll(2.0):
                # Two idle seconds: load the rest now (Kazakh lexicon, language detector; ~1-2 s), so a
                # first Kazakh or ambiguous sentence later does not pay for it. Not done while the person
                # is typing: a check would wait behind it.
                warm = True
                engine.warm_up()
                gc_tuning.settle()
                continue
            msg = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if msg[0] == "check":
                _, text, ui_lang, disabled = msg
                engine.disabled = set(disabled)
                _send_report(conn, engine.check(text, ui_lang=ui_lang))
                gc_tuning.settle()  # after the reply: the caches the check grew leave the collector's scans
            elif msg[0] == "reload":
                book = msg[1] if len(msg) > 1 else None
                if book is None:
                    from app.core.rulebook import load_rulebook
                    from app.core.user_rules import rule_folders

                    book = load_rulebook(rule_folders())
                engine.reload(book)
                conn.send(("ok", len(book.rules)))
            elif msg[0] == "info":
                conn.send(("ok", {lang: len(book.rules) for lang, book in engine.rulebook.books.items()}))
        except Exception:  # noqa: BLE001
            conn.send(("error", traceback.format_exc(limit=6)))


class ProcessEngine:
    """The engine in a child process. Its C extensions (regex, lingua, spaCy) hold the GIL for up to
    hundreds of milliseconds on a long document; in a thread that freezes the GUI, in a process it
    cannot. The calling thread waits on a pipe (the GIL is released while it waits)."""

    def __init__(self) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")  # never fork a process that runs Qt threads
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_engine_process, args=(child,), daemon=True, name="oylan-engine")
        # spawn re-imports the parent's main *script* in the child; the child needs nothing from it, and
        # an unguarded script would run again there, so hide its path while starting
        main = sys.modules.get("__main__")
        hidden = getattr(main, "__spec__", None) is None and hasattr(main, "__file__")
        saved = main.__dict__.pop("__file__") if hidden else None
        try:
            self._proc.start()
        finally:
            if hidden:
                main.__file__ = saved
        child.close()
        self._lock = threading.Lock()
        self.disabled: set[str] = set()
        kind, errors = self._conn.recv()
        if kind != "ready":
            raise RuntimeError("the checker process did not start")
        self.rule_errors: list[str] = list(errors or [])  # rule files skipped as broken, "file:line:col ..."

    def _ask(self, msg):
        with self._lock:
            self._conn.send(msg)
            kind, value = self._conn.recv()
        if kind == "error":
            raise RuntimeError(value)
        return value

    def check(self, text: str, lang=None, ui_lang: str = "en"):
        with self._lock:
            self._conn.send(("check", text, ui_lang, sorted(self.disabled)))
            kind, value = self._conn.recv()
            if kind == "error":
                raise RuntimeError(value)
            report, n = value
            for _ in range(n):  # findings arrive in small messages (see CHUNK)
                _kind, part = self._conn.recv()
                report.findings.extend(part)
        return report

    def reload(self, rulebook) -> None:
        """Hand the child a rulebook (the studio's, with a broken file's last good version kept)."""
        self._ask(("reload", rulebook))

    def reload_rules(self) -> int:
        """Re-read the rule folders in the child."""
        return self._ask(("reload",))

    def rule_counts(self) -> dict[str, int]:
        return self._ask(("info",))

    def close(self) -> None:
        try:
            self._conn.close()
            self._proc.join(2)
            if self._proc.is_alive():
                self._proc.terminate()
        except Exception:  # noqa: BLE001
            pass


def default_engine():
    """The real engine, started once per application (first load takes seconds: spaCy, pymorphy3, lingua).

    ``OYLAN_ENGINE_IN_THREAD=1`` keeps it in the worker thread instead of a child process.
    """
    global _shared_engine
    with _engine_lock:
        if _shared_engine is None:
            if os.environ.get("OYLAN_ENGINE_IN_THREAD") == "1":
                _shared_engine = make_engine()
            else:
                _shared_engine = ProcessEngine()
                import atexit

                atexit.register(_shared_engine.close)
        return _shared_engine


def load_knowledge() -> tuple[Any, Any]:
    offences = rights = None
    try:
        from app.core.knowledge import load_offences

        offences = load_offences()
    except Exception:  # knowledge base not there yet or broken: cards show the rule texts only
        offences = None
    try:
        from app.core.knowledge import load_rights

        rights = load_rights()
    except Exception:
        rights = None
    return offences, rights


@dataclass
class Result:
    rev: int
    report: Any
    spans: list[tuple[int, int]]  # UTF-16 (start, end) per finding, same order as report.findings
    para_langs: dict[int, list[str]] = field(default_factory=dict)  # block number → languages
    length: int = 0
    elapsed: float = 0.0
    summary: list = field(default_factory=list)  # see summarise(); computed in the worker thread


def summarise(findings) -> list[tuple[str, int, str, list[str]]]:
    """(offence, count, strongest severity, articles of its first finding) per offence, in order of first
    appearance — one pass, so the GUI thread never regroups hundreds of findings."""
    order = ("low", "medium", "high")
    out: dict[str, list] = {}
    for f in findings:
        row = out.get(f.offence)
        if row is None:
            out[f.offence] = [f.offence, 1, f.severity, list(f.articles)]
        else:
            row[1] += 1
            if order.index(f.severity) > order.index(row[2]):
                row[2] = f.severity
    return [tuple(r) for r in out.values()]


def paragraph_languages(text: str, segments: list[dict]) -> dict[int, list[str]]:
    newlines = [m.start() for m in re.finditer("\n", text)]
    out: dict[int, list[str]] = {}
    for seg in segments:
        lang = seg.get("language") or ""
        if not lang or lang == "unknown":
            continue
        block = bisect.bisect_left(newlines, seg.get("start", 0))
        langs = out.setdefault(block, [])
        if lang not in langs:
            langs.append(lang)
    return out


class Analyzer(QObject):
    loaded = Signal()
    loadFailed = Signal(str)
    resultReady = Signal(object)  # Result
    failed = Signal(int, str)
    knowledgeReady = Signal(object, object)  # offences (dict or None), rights (or None)
    reloaded = Signal()  # the engine took new rules

    def __init__(self, engine_factory: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = engine_factory or default_engine
        self.engine: Any = None
        self.latest = -1
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._closed = False
        self._knowledge_done = False
        LIVE.add(self)

    def start(self) -> None:
        self.pool.start(self._load)

    def _load(self) -> None:
        try:
            self.engine = self._factory()
        except Exception as e:  # noqa: BLE001 — shown to the user
            self.loadFailed.emit(f"{type(e).__name__}: {e}")
            return
        if self._closed:
            return
        self.loaded.emit()

    def rule_errors(self) -> list[str]:
        """Problems in the rules the checker loaded (those files were skipped), for the status bar."""
        eng = self.engine
        errors = getattr(eng, "rule_errors", None)
        if errors is None:
            book = getattr(eng, "rulebook", None)
            errors = [str(e) for e in getattr(book, "errors", ())]
        return list(errors)

    def _load_knowledge(self) -> None:
        """After the first check (so the first underlines are not delayed by YAML + schema validation)."""
        if self._knowledge_done:
            return
        self._knowledge_done = True
        off, rights = load_knowledge()
        if not self._closed:
            self.knowledgeReady.emit(off, rights)

    def reload(self, rulebook=None) -> None:
        """Give the engine new rules on the worker thread (queued before any later check), then emit
        ``reloaded`` so the window can check again."""
        self.pool.start(lambda: self._reload(rulebook))

    def _reload(self, rulebook) -> None:
        try:
            eng = self.engine
            if eng is None:
                return
            if rulebook is None and hasattr(eng, "reload_rules"):
                eng.reload_rules()
            elif rulebook is None:
                from app.core.rulebook import load_rulebook
                from app.core.user_rules import rule_folders

                eng.reload(load_rulebook(rule_folders()))
            else:
                eng.reload(rulebook)
        except Exception:  # noqa: BLE001
            if not self._closed:
                self.failed.emit(self.latest, traceback.format_exc(limit=4))
            return
        if not self._closed:
            self.reloaded.emit()

    def request(self, rev: int, text: str, ui_lang: str, disabled: set[str]) -> None:
        self.latest = rev
        dis = set(disabled)
        self.pool.start(lambda: self._run(rev, text, ui_lang, dis))

    def _run(self, rev: int, text: str, ui_lang: str, disabled: set[str]) -> None:
        if rev != self.latest or self._closed or self.engine is None:
            return  # a newer request is queued behind this one
        self._check(rev, text, ui_lang, disabled)
        if not self._knowledge_done and not self._closed:
            self._load_knowledge()

    def _check(self, rev: int, text: str, ui_lang: str, disabled: set[str]) -> None:
        t0 = time.perf_counter()
        try:
            self.engine.disabled = set(disabled) | user_disabled()
            report = self.engine.check(text, ui_lang=ui_lang)
            offs: list[int] = []
            for f in report.findings:
                offs += (f.start, f.end)
            pos = utf16_positions(text, offs)
            spans = [(pos[i], pos[i + 1]) for i in range(0, len(pos), 2)]
            res = Result(rev, report, spans, paragraph_languages(text, report.segments), len(text),
                         time.perf_counter() - t0, summarise(report.findings))
        except Exception:  # noqa: BLE001
            if not self._closed:
                self.failed.emit(rev, traceback.format_exc(limit=4))
            return
        if not self._closed:
            self.resultReady.emit(res)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._closed = True
        self.pool.clear()
        self.pool.waitForDone(30000)
