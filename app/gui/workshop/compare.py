"""Before/after: the post and its rewrite side by side, each with a risk meter and findings,
and a word-level diff (difflib) of what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QLabel, QListWidget, QProgressBar, QTextBrowser, QVBoxLayout,
                               QWidget)

from app.core.handout import SEV_SYMBOL, diff_sides_html, highlight_html, visible_findings, word_diff
from app.gui.pdf_export import qt_html
from app.gui.workshop.strings import level, tr

RISK_COLOURS = {"none": "#2f6b3f", "low": "#a07800", "medium": "#c05a00", "high": "#c0001a"}


class RiskMeter(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        f = QFont("DejaVu Sans")
        f.setPointSize(14)
        f.setBold(True)
        self.label.setFont(f)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        self.risk = "none"

    def set_report(self, report, lang: str) -> None:
        self.risk = report.risk
        self.label.setText(f"{tr('risk', lang)}: {level(report.risk, lang)}")
        self.label.setStyleSheet(f"color: {RISK_COLOURS[report.risk]};")
        self.bar.setValue(report.score)
        self.bar.setFormat(f"{report.score}/100")
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {RISK_COLOURS[report.risk]}; }}")


class CompareView(QWidget):
    def __init__(self, scenario, report, rewrite_report, ui_lang: str = "en", offences=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{tr('compare', ui_lang)} — {scenario.title.text(ui_lang)}")
        self.resize(1280, 800)
        self.scenario, self.lang, self.offences = scenario, ui_lang, offences or {}
        self.before_text, self.after_text = scenario.post, scenario.rewrite
        self.diff_parts = word_diff(self.before_text, self.after_text)
        grid = QGridLayout(self)
        base = QFont("DejaVu Sans")
        base.setPointSize(13)
        self.meters, self.texts, self.lists = [], [], []
        for col, (name, text, rep) in enumerate(((tr("before", ui_lang), scenario.post, report),
                                                 (tr("after", ui_lang), scenario.rewrite, rewrite_report))):
            head = QLabel(name)
            hf = QFont(base)
            hf.setPointSize(16)
            hf.setBold(True)
            head.setFont(hf)
            grid.addWidget(head, 0, col)
            meter = RiskMeter()
            meter.set_report(rep, ui_lang)
            grid.addWidget(meter, 1, col)
            tb = QTextBrowser()
            tb.setFont(base)
            tb.setHtml(qt_html(highlight_html(text, rep.findings)))
            grid.addWidget(tb, 2, col)
            lst = QListWidget()
            lst.setFont(base)
            for n, f in enumerate(visible_findings(rep.findings), 1):
                off = self.offences.get(f.offence)
                lst.addItem(f"{SEV_SYMBOL.get(f.severity, '◆')}{n} {level(f.severity, ui_lang)} · «{f.text}» · "
                            f"{off.title.text(ui_lang) if off else f.offence} ({', '.join(f.articles)})")
            if not rep.findings:
                lst.addItem("✓ —")
            grid.addWidget(lst, 3, col)
            self.meters.append(meter)
            self.texts.append(tb)
            self.lists.append(lst)
        head = QLabel(tr("changed", ui_lang))
        head.setFont(hf)
        grid.addWidget(head, 4, 0, 1, 2)
        left, right = diff_sides_html(self.before_text, self.after_text)
        self.diff_before, self.diff_after = QTextBrowser(), QTextBrowser()
        for tb, h in ((self.diff_before, left), (self.diff_after, right)):
            tb.setFont(base)
            tb.setHtml(qt_html(h))
        grid.addWidget(self.diff_before, 5, 0)
        grid.addWidget(self.diff_after, 5, 1)
        for r, s in ((2, 2), (3, 2), (5, 2)):
            grid.setRowStretch(r, s)

    def removed_words(self) -> list[str]:
        return [p.text.strip() for p in self.diff_parts if p.op == "delete" and p.text.strip()]

    def added_words(self) -> list[str]:
        return [p.text.strip() for p in self.diff_parts if p.op == "insert" and p.text.strip()]

    def keyPressEvent(self, e) -> None:  # noqa: N802
        if e.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(e)
