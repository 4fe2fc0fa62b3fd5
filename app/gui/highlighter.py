"""Risk underlines as extra selections (no re-layout, no work inside highlightBlock).

Positions are UTF-16 code units (see :func:`app.gui.worker.utf16_positions`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from app.gui.theme import underline_format


@dataclass
class Span:
    start: int  # UTF-16
    end: int
    finding: object  # app.core.model.Finding

    def shift(self, pos: int, removed: int, added: int) -> None:
        """Follow an edit (what QTextCursor does, without a C++ object per finding)."""
        self.start = _move(self.start, pos, removed, added)
        self.end = _move(self.end, pos, removed, added)


def _move(x: int, pos: int, removed: int, added: int) -> int:
    if x < pos:
        return x
    if x >= pos + removed:
        return x + added - removed
    return pos


def tracking_cursor(doc: QTextDocument, start: int, end: int) -> QTextCursor:
    limit = max(0, doc.characterCount() - 1)
    cur = QTextCursor(doc)
    cur.setPosition(min(start, limit))
    cur.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
    return cur


def build_selections(doc: QTextDocument, spans: list[Span], lo: int = 0, hi: int | None = None
                     ) -> list[QTextEdit.ExtraSelection]:
    """Selections for the spans that overlap [lo, hi) (the visible part: Qt's cost grows with the count)."""
    fmts = {}
    out = []
    for sp in spans:
        s, e = sp.start, sp.end
        if e < lo or (hi is not None and s > hi):
            continue
        sev = getattr(sp.finding, "severity", "medium")
        fmt = fmts.get(sev)
        if fmt is None:
            fmt = fmts[sev] = underline_format(sev)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = tracking_cursor(doc, s, e)
        sel.format = fmt
        out.append(sel)
    return out
