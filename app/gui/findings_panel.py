"""The list of findings: click or Enter jumps to the phrase; arrow keys move; the card follows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.gui.labels import offence_title, severity_word
from app.gui.theme import SEVERITY_COLOURS, SEVERITY_MARKS


MAX_ITEMS = 100  # a long document can have hundreds; the list stays quick, F8 still visits all

_ICONS: dict[str, QIcon] = {}


def _bar_icon(sev: str) -> QIcon:
    if sev not in _ICONS:
        pm = QPixmap(6, 34)
        pm.fill(QColor(SEVERITY_COLOURS.get(sev, "#888")))
        _ICONS[sev] = QIcon(pm)
    return _ICONS[sev]


class FindingsPanel(QWidget):
    jumpRequested = Signal(int)  # index into the shown findings
    currentChanged = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("findings")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setIconSize(QSize(6, 34))
        self.list.itemActivated.connect(lambda it: self.jumpRequested.emit(self.list.row(it)))
        self.list.itemClicked.connect(lambda it: self.jumpRequested.emit(self.list.row(it)))
        self.list.currentRowChanged.connect(self._current)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.list, 1)
        self._findings: list = []
        self._offences = None
        self._lang = "en"
        self._state = "loading"
        self.retranslate()

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
        self._findings, self._offences, self._lang, self._state = list(findings), offences, lang, "result"
        self._render()

    def _render(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for f in self._findings[:MAX_ITEMS]:
            title = offence_title(f.offence, self._offences, self._lang)
            arts = ", ".join(f.articles)
            text = (f"{SEVERITY_MARKS.get(f.severity, '')} {severity_word(f.severity)} · \u00ab{f.text}\u00bb\n"
                    f"{title}" + (f" ({arts})" if arts else ""))
            it = QListWidgetItem(text)
            it.setForeground(QColor("#222"))
            it.setData(Qt.ItemDataRole.UserRole, f.rule)
            it.setData(Qt.ItemDataRole.AccessibleTextRole,
                       self.tr("{level} risk: {phrase}. {title}").format(
                           level=severity_word(f.severity), phrase=f.text, title=title))
            it.setToolTip(f.message)
            it.setIcon(_bar_icon(f.severity))
            self.list.addItem(it)
        if len(self._findings) > MAX_ITEMS:
            more = QListWidgetItem(self.tr("…and {n} more: use F8 to go through them in the text").format(
                n=len(self._findings) - MAX_ITEMS))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        if self._findings and 0 <= row < min(len(self._findings), MAX_ITEMS):
            self.list.setCurrentRow(row)
        self.list.blockSignals(False)
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

    def select(self, index: int) -> None:
        if 0 <= index < min(self.list.count(), MAX_ITEMS):
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)
            self.list.scrollToItem(self.list.item(index))

    def _current(self, row: int) -> None:
        if 0 <= row < min(len(self._findings), MAX_ITEMS):
            self.currentChanged.emit(row)
