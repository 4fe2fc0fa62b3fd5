"""Context questionnaire dialog: the Rabat factors as multiple-choice questions; the estimate updates live."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QLabel, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget)

from app.core.questionnaire import QUESTIONS, assess
from app.gui.workshop.strings import level, tr


class QuestionnaireDialog(QDialog):
    changed = Signal()

    def __init__(self, base_risk: str, ui_lang: str = "en", answers: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("questions", ui_lang).rstrip("…"))
        self.resize(820, 760)
        self.base, self.lang = base_risk, ui_lang
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], QRadioButton] = {}
        outer = QVBoxLayout(self)
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        f = QFont("DejaVu Sans")
        f.setPointSize(11)
        for q in QUESTIONS:
            box = QGroupBox(f"{q.factor(ui_lang)} — {q.text(ui_lang)}")
            box.setFont(f)
            bl = QVBoxLayout(box)
            grp = QButtonGroup(self)
            grp.setExclusive(True)
            for o in q.options:
                rb = QRadioButton(o.label(ui_lang))
                rb.setFont(f)
                grp.addButton(rb)
                bl.addWidget(rb)
                self.buttons[(q.id, o.id)] = rb
                rb.toggled.connect(self._update)
            self.groups[q.id] = grp
            lay.addWidget(box)
        area.setWidget(inner)
        outer.addWidget(area, 3)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setFont(f)
        outer.addWidget(self.result, 2)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        outer.addWidget(bb)
        for qid, oid in (answers or {}).items():
            self.set_answer(qid, oid)
        self._update()

    def set_answer(self, qid: str, oid: str) -> None:
        self.buttons[(qid, oid)].setChecked(True)

    def answers(self) -> dict[str, str]:
        return {qid: oid for (qid, oid), b in self.buttons.items() if b.isChecked()}

    def assessment(self):
        return assess(self.base, self.answers())

    def _update(self, *_):
        a = self.assessment()
        L = self.lang
        lines = "".join(f"<li>{html.escape(ln.why(L))}</li>" for ln in a.lines)
        notes = "".join(f"<p>{html.escape(n(L))}</p>" for n in a.notes)
        self.result.setText(f"<p><b>{tr('estimate', L)}: {level(a.base, L)} → {level(a.adjusted, L)}</b></p>"
                            f"<ul>{lines}</ul>{notes}<p><i>{html.escape(a.caveat(L))}</i></p>")
        self.changed.emit()
