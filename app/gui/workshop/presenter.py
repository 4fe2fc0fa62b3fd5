"""Presenter view: full screen, large type, high contrast; findings revealed one at a time.

Keys (clicker-friendly): PageDown / Right / Space / Down → next; PageUp / Left / Backspace / Up → previous;
Home / End → first / last; N (or F2) toggles the trainer notes; Escape leaves.
Steps: 0 = the post alone, 1…n = findings revealed one by one, n+1 = the rewrite with its risk.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.handout import SEV_SYMBOL, visible_findings
from app.gui.workshop.strings import level, tr

BG = "#000000"
FG = "#ffffff"
DIM = "#bdbdbd"
# High-contrast highlight colours (black text on bright backgrounds), plus a symbol and number.
HL = {"high": "#ff5c5c", "medium": "#ffb000", "low": "#ffe94d"}
RISK = {"none": "#7CFC9A", "low": "#ffe94d", "medium": "#ffb000", "high": "#ff5c5c"}

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter}
PREV_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_Up}


def _e(s: str) -> str:
    return html.escape(s).replace("\n", "<br/>")


class PresenterView(QWidget):
    stepChanged = Signal(int)

    def __init__(self, scenario, report, rewrite_report, ui_lang: str = "en", offences=None, parent=None,
                 assessment=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Oylan — {scenario.title.text(ui_lang)}")
        self.setObjectName("presenter")
        self.scenario, self.report, self.rewrite_report = scenario, report, rewrite_report
        self.lang = ui_lang
        self.offences = offences or {}
        self.assessment = assessment
        self.findings = visible_findings(report.findings)
        self.step = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(f"QWidget#presenter {{ background: {BG}; }} QLabel {{ color: {FG}; background: transparent; }}"
                           f"QFrame#notes {{ background: #1a1a1a; border-left: 4px solid #4da3ff; }}"
                           f"QFrame#card {{ background: #111111; border: 3px solid #ffffff; border-radius: 8px; }}")
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), Qt.GlobalColor.black)
        self.setPalette(pal)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)
        main = QVBoxLayout()
        outer.addLayout(main, 3)
        self.title = self._label(24, bold=True)
        self.title.setStyleSheet("color: #9fd0ff;")
        main.addWidget(self.title)
        self.post = self._label(30)
        self.post.setTextFormat(Qt.TextFormat.RichText)
        main.addWidget(self.post, 4)
        self.card = QFrame(objectName="card")
        cl = QVBoxLayout(self.card)
        cl.setContentsMargins(24, 16, 24, 16)
        self.card_head = self._label(22, bold=True)
        self.card_body = self._label(20)
        cl.addWidget(self.card_head)
        cl.addWidget(self.card_body)
        main.addWidget(self.card, 2)
        foot = QHBoxLayout()
        self.risk = self._label(24, bold=True)
        self.progress = self._label(13)
        self.progress.setStyleSheet(f"color: {DIM};")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        foot.addWidget(self.risk, 2)
        foot.addWidget(self.progress, 3)
        main.addLayout(foot)

        self.notes = QFrame(objectName="notes")
        nl = QVBoxLayout(self.notes)
        nl.setContentsMargins(20, 16, 16, 16)
        self.notes_text = self._label(13)
        self.notes_text.setTextFormat(Qt.TextFormat.RichText)
        self.notes_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        nl.addWidget(self.notes_text)
        outer.addWidget(self.notes, 1)
        self.notes.setMaximumWidth(520)
        self._fill_notes()
        self.render()

    # ------------------------------------------------------------------ helpers
    def _label(self, pt: float, bold: bool = False) -> QLabel:
        lab = QLabel()
        lab.setWordWrap(True)
        f = QFont("DejaVu Sans")
        f.setPointSizeF(pt)
        f.setBold(bold)
        lab.setFont(f)
        lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return lab

    @property
    def last_step(self) -> int:
        return len(self.findings) + 1

    @property
    def notes_visible(self) -> bool:
        return not self.notes.isHidden()

    def _fill_notes(self) -> None:
        s, L = self.scenario, self.lang
        items = "".join(f"<li>{_e(d.text(L))}</li>" for d in s.discussion)
        out = (f"<p style='color:#9fd0ff; font-weight:bold;'>{_e(tr('notes', L))}</p>"
               f"<p><b>{_e(tr('background', L))}</b><br/>{_e(s.background.text(L))}</p>")
        if s.outcome:
            out += f"<p>{_e(s.outcome.text(L))}</p>"
        out += f"<p><b>{_e(tr('discussion', L))}</b></p><ol>{items}</ol>"
        self.notes_text.setText(out)

    def _post_html(self, text: str, findings, upto: int, current: int) -> str:
        out, pos = [], 0
        for n, f in enumerate(findings, 1):
            if n > upto:
                break
            out.append(_e(text[pos:f.start]))
            bg = HL.get(f.severity, HL["medium"])
            border = "text-decoration: underline;" if n == current else ""
            out.append(f"<span style='background-color:{bg}; color:#000000; font-weight:bold; {border}'>"
                       f"&nbsp;{_e(text[f.start:f.end])}&nbsp;</span>"
                       f"<sup style='color:{bg};'>{SEV_SYMBOL.get(f.severity, '◆')}{n}</sup>")
            pos = f.end
        out.append(_e(text[pos:]))
        return "".join(out)

    # ------------------------------------------------------------------ rendering
    def render(self) -> None:
        s, L, n = self.scenario, self.lang, len(self.findings)
        self.title.setText(_e(s.title.text(L)))
        if self.step <= n:
            self.post.setText(self._post_html(s.post, self.findings, self.step, self.step))
            rep = self.report
            if self.step == 0:
                self.card_head.setText(f"{tr('post', L)} · {s.language.upper()}")
                self.card_body.setText(tr("nothing", L) if n == 0 else "…")
            else:
                f = self.findings[self.step - 1]
                off = self.offences.get(f.offence)
                name = off.title.text(L) if off else f.offence
                self.card_head.setText(f"{SEV_SYMBOL.get(f.severity, '◆')}{self.step} · {level(f.severity, L)} · "
                                       f"{', '.join(f.articles)}")
                self.card_body.setText(f"{name}\n\n{f.message}")
            label = level(rep.risk, L) if self.step == n else "…"
            colour = RISK[rep.risk] if self.step == n else DIM
        else:
            rw = self.rewrite_report
            rwf = visible_findings(rw.findings)
            self.post.setText(self._post_html(s.rewrite, rwf, len(rwf), 0))
            self.card_head.setText(f"{tr('rewrite', L)} · {level(self.report.risk, L)} → {level(rw.risk, L)}")
            self.card_body.setText(s.rewrite_note.text(L) if s.rewrite_note else "")
            label, colour = level(rw.risk, L), RISK[rw.risk]
        self.risk.setText(f"{tr('risk', L)}: {label}")
        self.risk.setStyleSheet(f"color: {colour};")
        self.progress.setText(f"{self.step} / {self.last_step}   ·   {tr('keys', L)}")

    # ------------------------------------------------------------------ navigation
    def go(self, step: int) -> None:
        step = max(0, min(self.last_step, step))
        if step != self.step:
            self.step = step
            self.render()
            self.stepChanged.emit(step)

    def next(self) -> None:
        self.go(self.step + 1)

    def previous(self) -> None:
        self.go(self.step - 1)

    def toggle_notes(self) -> None:
        self.notes.setVisible(self.notes.isHidden())

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        k = e.key()
        if k in NEXT_KEYS:
            self.next()
        elif k in PREV_KEYS:
            self.previous()
        elif k == Qt.Key.Key_Home:
            self.go(0)
        elif k == Qt.Key.Key_End:
            self.go(self.last_step)
        elif k in (Qt.Key.Key_N, Qt.Key.Key_F2):
            self.toggle_notes()
        elif k == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(e)
            return
        e.accept()
