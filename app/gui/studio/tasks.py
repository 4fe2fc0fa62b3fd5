"""Background work for the studio: every slow step (loading rules, analysing text, running
examples, a corpus) runs in the global QThreadPool; results come back as a signal carrying the
job's kind and revision so the window can drop results that an edit has made stale."""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_PIPE_LOCK = threading.Lock()
_PIPELINE = None


def shared_pipeline():
    """One analysis pipeline for the studio (spaCy + pymorphy3 + the Kazakh analyser load once)."""
    global _PIPELINE
    with _PIPE_LOCK:
        if _PIPELINE is None:
            from app.core.pipeline import Pipeline

            _PIPELINE = Pipeline()
        return _PIPELINE


def set_shared_pipeline(p) -> None:
    global _PIPELINE
    _PIPELINE = p


class Bridge(QObject):
    done = Signal(str, int, object)  # kind, revision, result
    failed = Signal(str, int, str)  # kind, revision, message
    progress = Signal(str, int, int)  # kind, revision, count


class _Job(QRunnable):
    def __init__(self, bridge: Bridge, kind: str, rev: int, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.bridge, self.kind, self.rev, self.fn = bridge, kind, rev, fn
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: touches no widgets
        try:
            result = self.fn(lambda n: self.bridge.progress.emit(self.kind, self.rev, n))
        except Exception as e:  # shown in the window, never lost
            self.bridge.failed.emit(self.kind, self.rev, f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=4)}")
            return
        self.bridge.done.emit(self.kind, self.rev, result)


def submit(bridge: Bridge, kind: str, rev: int, fn: Callable[[Callable[[int], None]], Any]) -> None:
    QThreadPool.globalInstance().start(_Job(bridge, kind, rev, fn))
