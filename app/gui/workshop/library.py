"""Scenario library window: pick a scenario, read it, present it, compare, ask context questions, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem,
                               QMainWindow, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from app.core.handout import build_handout
from app.core.scenarios import load_scenarios
from app.gui.pdf_export import html_to_pdf, qt_html
from app.gui.workshop.strings import tr


class LibraryWindow(QMainWindow):
    def __init__(self, parent=None, ui_lang: str = "en", scenarios=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang
        self.setWindowTitle(tr("window", ui_lang))
        self.resize(1200, 780)
        self.scenarios = scenarios if scenarios is not None else load_scenarios()
        self.answers: dict[str, dict[str, str]] = {}
        self._reports: dict[str, tuple] = {}
        self._offences = None
        self.children_views: list[QWidget] = []

        split = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        self.filter = QComboBox()
        self.filter.addItem(tr("all", ui_lang), "")
        self.filter.addItem("Русский (ru)", "ru")
        self.filter.addItem("Қазақша (kk)", "kk")
        self.filter.currentIndexChanged.connect(self._fill)
        ll.addWidget(self.filter)
        self.list = QListWidget()
        f = QFont("DejaVu Sans")
        f.setPointSize(11)
        self.list.setFont(f)
        self.list.currentItemChanged.connect(self._show)
        ll.addWidget(self.list)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.view = QTextBrowser()
        self.view.setFont(f)
        rl.addWidget(self.view)
        row = QHBoxLayout()
        self.btn_present = QPushButton(tr("present", ui_lang))
        self.btn_compare = QPushButton(tr("compare", ui_lang))
        self.btn_questions = QPushButton(tr("questions", ui_lang))
        self.btn_export = QPushButton(tr("export", ui_lang))
        for b, fn in ((self.btn_present, self.present), (self.btn_compare, self.compare),
                      (self.btn_questions, self.ask_questions), (self.btn_export, self.export_dialog)):
            b.clicked.connect(lambda _=False, fn=fn: fn())
            row.addWidget(b)
        rl.addLayout(row)
        split.addWidget(right)
        split.setSizes([360, 840])
        self.setCentralWidget(split)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.present)
        self._fill()

    # ------------------------------------------------------------------ data
    def engine(self):
        from app.gui.workshop import get_engine

        return get_engine()

    def offences(self):
        if self._offences is None:
            from app.core.knowledge import load_offences

            self._offences = load_offences()
        return self._offences

    def current(self):
        it = self.list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def reports(self, s):
        key = (s.id, self.lang)
        if key not in self._reports:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                e = self.engine()
                self._reports[key] = (e.check(s.post, lang=s.language, ui_lang=self.lang),
                                      e.check(s.rewrite, lang=s.language, ui_lang=self.lang))
            finally:
                QApplication.restoreOverrideCursor()
        return self._reports[key]

    def _fill(self, *_):
        want = self.filter.currentData()
        self.list.clear()
        for s in self.scenarios:
            if want and s.language != want:
                continue
            it = QListWidgetItem(("● " if s.kind == "case" else "○ ") + s.label(self.lang))
            it.setData(Qt.ItemDataRole.UserRole, s)
            self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def select(self, sid: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole).id == sid:
                self.list.setCurrentRow(i)
                return True
        return False

    def _show(self, *_):
        s = self.current()
        if s is None:
            self.view.clear()
            return
        rep, rw = self.reports(s)
        from app.core.questionnaire import assess

        a = assess(rep.risk, self.answers[s.id]) if self.answers.get(s.id) else None
        self.view.setHtml(qt_html(build_handout(s.post, rep, self.lang, scenario=s, rewrite_report=rw,
                                                assessment=a, offences=self.offences())))

    # ------------------------------------------------------------------ actions
    def present(self):
        from app.gui.workshop.presenter import PresenterView

        s = self.current()
        if s is None:
            return None
        rep, rw = self.reports(s)
        p = PresenterView(s, rep, rw, self.lang, offences=self.offences())
        p.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = (self.screen() or QApplication.primaryScreen()).geometry()
        p.setGeometry(screen)  # without a window manager (Xvfb, kiosk) full screen needs the geometry too
        p.showFullScreen()
        p.activateWindow()
        p.setFocus()
        self.children_views.append(p)
        return p

    def compare(self):
        from app.gui.workshop.compare import CompareView

        s = self.current()
        if s is None:
            return None
        rep, rw = self.reports(s)
        c = CompareView(s, rep, rw, self.lang, offences=self.offences())
        c.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        c.show()
        self.children_views.append(c)
        return c

    def ask_questions(self, exec_: bool = True):
        from app.gui.workshop.questionnaire_dialog import QuestionnaireDialog

        s = self.current()
        if s is None:
            return None
        rep, _ = self.reports(s)
        d = QuestionnaireDialog(rep.risk, self.lang, self.answers.get(s.id), parent=self)
        if exec_ and d.exec():
            self.answers[s.id] = d.answers()
            self._show()
        return d

    def export_to(self, path: str | Path, fmt: str | None = None) -> Path:
        s = self.current()
        rep, rw = self.reports(s)
        from app.core.questionnaire import assess

        a = assess(rep.risk, self.answers[s.id]) if self.answers.get(s.id) else None
        html = build_handout(s.post, rep, self.lang, scenario=s, rewrite_report=rw, assessment=a,
                             offences=self.offences())
        path = Path(path)
        fmt = fmt or ("html" if path.suffix.lower() in (".html", ".htm") else "pdf")
        if fmt == "html":
            path.write_text(html, encoding="utf-8")
            return path
        return html_to_pdf(html, path, title=s.title.text(self.lang))

    def export_dialog(self):
        s = self.current()
        if s is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, tr("export", self.lang), f"{s.id}.{self.lang}.pdf",
                                              "PDF (*.pdf);;HTML (*.html)")
        if name:
            self.export_to(name)
