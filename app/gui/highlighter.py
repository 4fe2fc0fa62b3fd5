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
    cursor: QTextCursor | None = None  # tracks the phrase as the text is edited


def build_selections(doc: QTextDocument, spans: list[Span]) -> list[QTextEdit.ExtraSelection]:
    limit = max(0, doc.characterCount() - 1)
    fmts = {}
    out = []
    for sp in spans:
        sev = getattr(sp.finding, "severity", "medium")
        fmt = fmts.get(sev)
        if fmt is None:
            fmt = fmts[sev] = underline_format(sev)
        cur = QTextCursor(doc)
        cur.setPosition(min(sp.start, limit))
        cur.setPosition(min(sp.end, limit), QTextCursor.MoveMode.KeepAnchor)
        sp.cursor = QTextCursor(cur)  # our own copy: it follows later edits
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cur
        sel.format = fmt
        out.append(sel)
    return out
