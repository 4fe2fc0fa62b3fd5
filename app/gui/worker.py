"""Analysis off the GUI thread.

One private QThreadPool with a single thread owns the engine (the engine is not meant to run
``check`` from two threads at once). Each request carries the document revision; a job whose
revision is no longer the latest is skipped before it starts, and the window drops any result
whose revision is not current when it arrives. UTF-16 positions (what QTextCursor uses) are
computed here too, so the GUI thread does no per-character work.
"""

from __future__ import annotations

import bisect
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


def default_engine():
    """The real engine, created once per process (first load ~1 s: spaCy, pymorphy3)."""
    global _shared_engine
    with _engine_lock:
        if _shared_engine is None:
            from app.core.engine import Engine

            _shared_engine = Engine()
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

    def __init__(self, engine_factory: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = engine_factory or default_engine
        self.engine: Any = None
        self.latest = -1
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._closed = False
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
        off, rights = load_knowledge()
        if not self._closed:
            self.knowledgeReady.emit(off, rights)

    def request(self, rev: int, text: str, ui_lang: str, disabled: set[str]) -> None:
        self.latest = rev
        dis = set(disabled)
        self.pool.start(lambda: self._run(rev, text, ui_lang, dis))

    def _run(self, rev: int, text: str, ui_lang: str, disabled: set[str]) -> None:
        if rev != self.latest or self._closed or self.engine is None:
            return  # a newer request is queued behind this one
        t0 = time.perf_counter()
        try:
            self.engine.disabled = disabled
            report = self.engine.check(text, ui_lang=ui_lang)
            offs: list[int] = []
            for f in report.findings:
                offs += (f.start, f.end)
            pos = utf16_positions(text, offs)
            spans = [(pos[i], pos[i + 1]) for i in range(0, len(pos), 2)]
            res = Result(rev, report, spans, paragraph_languages(text, report.segments), len(text),
                         time.perf_counter() - t0)
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
