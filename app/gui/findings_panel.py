"""The list of findings: click or Enter jumps to the phrase; arrow keys move; the card follows.

A model (not one item object per finding): applying hundreds of findings is one model reset, a row's
text is built only when the view shows it, and wrapped rows are measured in batches over event-loop
turns, so a long document's result never blocks typing.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from app.gui.labels import offence_title, severity_word
from app.gui.theme import SEVERITY_COLOURS, SEVERITY_MARKS


MAX_ITEMS = 100  # a long document can have hundreds; the list stays quick, F8 still visits all

_ICONS: dict[str, QIcon] = {}


def _bar_icon(sev: str) -> QIcon:
    if sev not in _ICONS:
        pm = QPixmap(6, 34)
        pm.fill(QColor(SEVERITY_COLOURS.get(sev, "#888")))
        icon = QIcon(pm)
        icon.addPixmap(pm, QIcon.Mode.Selected)  # the severity colour stays true on the selected row
        _ICONS[sev] = icon
    return _ICONS[sev]


class FindingsModel(QAbstractListModel):
    """At most MAX_ITEMS finding rows, plus one "…and N more" row when there are more."""

    def __init__(self, panel: "FindingsPanel") -> None:
        super().__init__(panel)
        self.panel = panel
        self.findings: list = []
        self.offences = None
        self.lang = "en"
        self._cache: dict[int, tuple[str, str]] = {}

    def set_findings(self, findings: list, offences, lang: str) -> None:
        self.beginResetModel()
        self.findings, self.offences, self.lang = findings, offences, lang
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """The labels changed (interface language): same rows, new texts."""
        self._cache.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def shown(self) -> int:
        return min(len(self.findings), MAX_ITEMS)

    def more(self) -> int:
        return max(0, len(self.findings) - MAX_ITEMS)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return self.shown() + (1 if self.more() else 0)

    def flags(self, index):
        if index.row() >= self.shown():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _texts(self, row: int) -> tuple[str, str]:
        t = self._cache.get(row)
        if t is None:
            f = self.findings[row]
            title = offence_title(f.offence, self.offences, self.lang)
            arts = ", ".join(f.articles)
            text = (f"{SEVERITY_MARKS.get(f.severity, '')} {severity_word(f.severity)} · \u00ab{f.text}\u00bb\n"
                    f"{title}" + (f" ({arts})" if arts else ""))
            acc = QCoreApplication.translate("FindingsPanel", "{level} risk: {phrase}. {title}").format(
                level=severity_word(f.severity), phrase=f.text, title=title)
            t = self._cache[row] = (text, acc)
        return t

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not index.isValid() or row < 0:
            return None
        if row >= self.shown():
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return QCoreApplication.translate(
                    "FindingsPanel", "…and {n} more: use F8 to go through them in the text").format(n=self.more())
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#666")
            return None
        f = self.findings[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[0]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._texts(row)[1]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#222")
        if role == Qt.ItemDataRole.DecorationRole:
            return _bar_icon(f.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.message
        if role == Qt.ItemDataRole.UserRole:
            return f.rule
        return None


class FindingsPanel(QWidget):
    jumpRequested = Signal(int)  # index into the shown findings
    currentChanged = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.model = FindingsModel(self)
        self.list = QListView()
        self.list.setObjectName("findings")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        # wrapped rows are measured a batch at a time over event-loop turns, not all at once
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(15)
        self.list.setIconSize(QSize(6, 34))
        self.list.activated.connect(self._jump)
        self.list.clicked.connect(self._jump)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._current(cur.row()))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.list, 1)
        self._state = "loading"
        self._quiet = False
        self.retranslate()

    @property
    def _findings(self) -> list:
        return self.model.findings

    def count(self) -> int:
        """Rows in the list (the "…and N more" row included)."""
        return self.model.rowCount()

    def row_text(self, row: int) -> str:
        return self.model.data(self.model.index(row), Qt.ItemDataRole.DisplayRole) or ""

    def current_row(self) -> int:
        i = self.list.currentIndex()
        return i.row() if i.isValid() else -1

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setAccessibleDescription(self.tr("Risky phrases in the post. Enter jumps to the phrase; "
                                                   "F8 and Shift+F8 move between them in the editor."))
        self._render()

    def set_state(self, state: str) -> None:
        self._state = state
        if state != "result":
            self._render()

    def set_findings(self, findings: list, offences, lang: str) -> None:
        row = self.current_row()
        self._quiet = True  # restoring the row is not the user moving in the list
        try:
            self.model.set_findings(list(findings), offences, lang)
            if findings and 0 <= row < self.model.shown():
                self.list.setCurrentIndex(self.model.index(row))
        finally:
            self._quiet = False
        self._state = "result"
        self._render_header()

    def _render(self) -> None:
        self.model.refresh()
        self._render_header()

    def _render_header(self) -> None:
        n = len(self._findings)
        if self._state == "loading":
            self.header.setText(self.tr("Loading the checker…"))
        elif self._state == "paused":
            self.header.setText(self.tr("Live checking is paused for this long text."))
        elif self._state == "idle":
            self.header.setText(self.tr("Checking…"))
        elif n == 0:
            self.header.setText(self.tr("No risky phrasing found. That is not a guarantee: see \u201cYour rights\u201d."))
        else:
            self.header.setText(self.tr("%n phrase(s) may be read as risky:", "", n))

    def _jump(self, index) -> None:
        if 0 <= index.row() < self.model.shown():
            self.jumpRequested.emit(index.row())

    def select(self, index: int) -> None:
        if 0 <= index < self.model.shown():
            self._quiet = True
            try:
                self.list.setCurrentIndex(self.model.index(index))
            finally:
                self._quiet = False
            self.list.scrollTo(self.model.index(index))

    def _current(self, row: int) -> None:
        if not self._quiet and 0 <= row < self.model.shown():
            self.currentChanged.emit(row)
