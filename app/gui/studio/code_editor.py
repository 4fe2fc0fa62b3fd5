"""The YAML editor: line numbers, current-line highlight and wavy underlines for errors."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.gui.studio.yaml_highlighter import YamlHighlighter


def utf16_col(text: str, col: int) -> int:
    """Python column (0-based) → UTF-16 position inside a block."""
    return len(text[:col].encode("utf-16-le")) // 2


class _Gutter(QWidget):
    def __init__(self, editor: "CodeEditor") -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self.highlighter = YamlHighlighter(self.document())
        self.gutter = _Gutter(self)
        self.error_lines: dict[int, str] = {}  # 1-based line -> message
        self._errors: list[tuple[int, int, str]] = []
        self.blockCountChanged.connect(lambda _: self._update_margin())
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._refresh_selections)
        self._update_margin()

    # --- line numbers ------------------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _on_update_request(self, rect, dy) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event) -> None:
        p = QPainter(self.gutter)
        p.fillRect(event.rect(), QColor("#f0f0f0"))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        h = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                n = block.blockNumber() + 1
                if n in self.error_lines:
                    p.fillRect(0, top, self.gutter.width(), h, QColor("#f8c9c9"))
                    p.setPen(QColor("#b00020"))
                else:
                    p.setPen(QColor("#888888"))
                p.drawText(0, top, self.gutter.width() - 6, h, Qt.AlignmentFlag.AlignRight, str(n))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())

    # --- errors --------------------------------------------------------------------------------
    def set_errors(self, errors: list[tuple[int, int, str]]) -> None:
        """(line, column, message), 1-based, in Python characters."""
        self._errors = list(errors)
        self.error_lines = {}
        for line, _, msg in errors:
            self.error_lines.setdefault(line, msg)
        self._refresh_selections()
        self.gutter.update()

    def error_ranges(self) -> list[tuple[int, int]]:
        """Underlined (start, end) document positions, for tests and tooltips."""
        out = []
        for line, col, _ in self._errors:
            c = self._error_cursor(line, col)
            if c is not None:
                out.append((c.selectionStart(), c.selectionEnd()))
        return out

    def _error_cursor(self, line: int, col: int) -> QTextCursor | None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return None
        text = block.text()
        c0 = min(max(0, col - 1), len(text))
        c1 = c0
        while c1 < len(text) and not text[c1].isspace() and (c1 == c0 or text[c1] not in ",]}"):
            c1 += 1
        if c1 == c0:  # at the end of the line: underline the whole line
            c0, c1 = len(text) - len(text.lstrip()), len(text)
        cur = QTextCursor(block)
        cur.setPosition(block.position() + utf16_col(text, c0))
        cur.setPosition(block.position() + utf16_col(text, max(c1, c0 + 1) if text else c0),
                        QTextCursor.MoveMode.KeepAnchor)
        return cur

    def _refresh_selections(self) -> None:
        sels = []
        line = QTextEdit.ExtraSelection()
        line.format.setBackground(QColor("#fffbe6"))
        line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        line.cursor = self.textCursor()
        line.cursor.clearSelection()
        sels.append(line)
        for ln, col, msg in self._errors:
            cur = self._error_cursor(ln, col)
            if cur is None:
                continue
            s = QTextEdit.ExtraSelection()
            s.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            s.format.setUnderlineColor(QColor("#d00000"))
            s.format.setBackground(QColor("#fde7e7"))
            s.format.setToolTip(msg)
            s.cursor = cur
            sels.append(s)
        self.setExtraSelections(sels)

    def go_to(self, line: int, col: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        cur = QTextCursor(block)
        cur.setPosition(block.position() + utf16_col(block.text(), max(0, col - 1)))
        self.setTextCursor(cur)
        self.centerCursor()
        self.setFocus()

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            cur = self.cursorForPosition(e.pos())
            n = cur.blockNumber() + 1
            if n in self.error_lines:
                from PySide6.QtWidgets import QToolTip

                QToolTip.showText(e.globalPos(), self.error_lines[n], self)
                return True
        return super().event(e)
