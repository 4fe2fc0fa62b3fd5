"""The text editor: a QPlainTextEdit that reports hover positions and zooms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QPlainTextEdit


class Editor(QPlainTextEdit):
    hovered = Signal(int, QPoint)  # UTF-16 document position under the mouse, global point
    left = Signal()
    resized = Signal()

    BASE_PT = 13

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(18)
        self._zoom = 0
        self._apply_font()
        self.viewport().installEventFilter(self)

    def _apply_font(self) -> None:
        f = QFont(self.font())
        f.setPointSize(max(6, self.BASE_PT + self._zoom))
        self.setFont(f)

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-6, min(24, steps))
        self._apply_font()

    def zoom_by(self, delta: int) -> None:
        self.set_zoom(self._zoom + delta)

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802
        if obj is self.viewport():
            if ev.type() == QEvent.Type.MouseMove:
                me: QMouseEvent = ev
                pt = me.position().toPoint()
                cur = self.cursorForPosition(pt)
                # cursorForPosition snaps to the nearest gap; only report when over text
                rect = self.cursorRect(cur)
                if abs(rect.center().y() - pt.y()) <= rect.height():
                    self.hovered.emit(cur.position(), self.viewport().mapToGlobal(pt))
            elif ev.type() == QEvent.Type.Leave:
                self.left.emit()
        return super().eventFilter(obj, ev)

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        self.resized.emit()

    def wheelEvent(self, ev) -> None:  # noqa: N802
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if ev.angleDelta().y() > 0 else -1)
            ev.accept()
            return
        super().wheelEvent(ev)
