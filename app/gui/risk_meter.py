"""The whole-post risk: level in words, score, reasons, detected language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from app.gui.labels import language_name, risk_word
from app.gui.theme import RISK_COLOURS


class RiskMeter(QFrame):
    checkNowClicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("riskMeter")
        self.level = QLabel()
        self.level.setObjectName("riskLevel")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setFixedHeight(10)
        self.score = QLabel()
        self.language = QLabel()
        self.language.setObjectName("riskLanguage")
        self.reasons = QLabel()
        self.reasons.setObjectName("riskReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_now = QPushButton()
        self.check_now.clicked.connect(self.checkNowClicked)
        self.check_now.hide()
        top = QHBoxLayout()
        top.addWidget(self.level)
        top.addSpacing(12)
        top.addWidget(self.bar)
        top.addWidget(self.score)
        top.addStretch(1)
        top.addWidget(self.language)
        top.addWidget(self.check_now)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addLayout(top)
        lay.addWidget(self.reasons)
        self._state = ("loading", None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Risk of the whole post"))
        self.check_now.setText(self.tr("Check now"))
        self._render()

    def set_loading(self) -> None:
        self._state = ("loading", None)
        self._render()

    def set_checking(self) -> None:
        if self._state[0] == "loading":
            return
        self.score.setText(self.tr("checking…"))

    def set_paused(self, n_chars: int) -> None:
        self._state = ("paused", n_chars)
        self._render()

    def set_result(self, risk: str, score: int, reasons: list[str], language: str) -> None:
        self._state = ("result", (risk, score, reasons, language))
        self._render()

    def set_error(self, msg: str) -> None:
        self._state = ("error", msg)
        self._render()

    def _render(self) -> None:
        kind, data = self._state
        self.check_now.setVisible(kind == "paused")
        if kind == "loading":
            self.level.setText(self.tr("Loading the checker…"))
            self.level.setStyleSheet("color: #666;")
            self.bar.setValue(0)
            self.score.setText("")
            self.language.setText("")
            self.reasons.setText(self.tr("You can start typing; the text is checked as soon as the checker is ready."))
        elif kind == "paused":
            self.level.setText(self.tr("Live checking paused"))
            self.level.setStyleSheet("color: #5b4bb7;")
            self.score.setText("")
            self.reasons.setText(self.tr("This text is long ({n} characters), so it is not checked while you type. "
                                         "Press \u201cCheck now\u201d to check it in the background.").format(n=f"{data:,}"))
        elif kind == "error":
            self.level.setText(self.tr("The checker failed"))
            self.level.setStyleSheet("color: #a00;")
            self.reasons.setText(str(data))
        else:
            risk, score, reasons, language = data
            colour = RISK_COLOURS.get(risk, "#444")
            self.level.setText(risk_word(risk))
            self.level.setStyleSheet(f"color: {colour};")
            self.bar.setValue(score)
            self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            self.score.setText(self.tr("score {score} of 100").format(score=score))
            self.language.setText(self.tr("Language: {lang}").format(lang=language_name(language)) if language else "")
            if reasons:
                self.reasons.setText("\n".join(reasons))
            else:
                self.reasons.setText(self.tr("This does not mean the post is safe: the checker only knows some "
                                             "patterns, and courts also look at context."))
        self.setAccessibleDescription(f"{self.level.text()}. {self.score.text()}. {self.reasons.text()}")
