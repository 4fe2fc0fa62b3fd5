"""The explanation card for one finding: what, why, a real case, international law, safer wording, actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.core.model import articles_label
from app.gui.labels import offence_title, severity_word
from app.gui.theme import SEVERITY_COLOURS, SEVERITY_MARKS


def _e(s: str) -> str:
    return html.escape(str(s or ""))


class FindingCard(QWidget):
    applyRewrite = Signal(object, str)  # finding, replacement
    ignoreHere = Signal(object)
    disableRule = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(10)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setStyleSheet("color: #666; padding: 8px;")
        self.rewrite_buttons: list[QPushButton] = []
        self.rewrite_row = QHBoxLayout()
        self.ignore_btn = QPushButton()
        self.disable_btn = QPushButton()
        self.ignore_btn.clicked.connect(lambda: self.finding is not None and self.ignoreHere.emit(self.finding))
        self.disable_btn.clicked.connect(lambda: self.finding is not None and self.disableRule.emit(self.finding.rule))
        actions = QHBoxLayout()
        actions.addWidget(self.ignore_btn)
        actions.addWidget(self.disable_btn)
        actions.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.placeholder)
        lay.addWidget(self.browser, 1)
        lay.addLayout(self.rewrite_row)
        lay.addLayout(actions)
        self.finding = None
        self._offences = None
        self._lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Explanation card"))
        self.browser.setAccessibleName(self.tr("Why this phrase may be risky"))
        self.ignore_btn.setText(self.tr("Ignore here"))
        self.ignore_btn.setToolTip(self.tr("Hide this occurrence until you close the document"))
        self.disable_btn.setText(self.tr("Turn off this rule"))
        self.disable_btn.setToolTip(self.tr("Stop checking this pattern (you can turn it back on in Settings)"))
        self.placeholder.setText(self.tr("Point at an underlined phrase, or choose a finding above, "
                                         "to see why it may be risky and how to say it more safely."))
        self.show_finding(self.finding, self._offences, self._lang)

    def clear(self) -> None:
        self.show_finding(None, self._offences, self._lang)

    def show_finding(self, f, offences, lang: str) -> None:
        self.finding, self._offences, self._lang = f, offences, lang
        has = f is not None
        self.placeholder.setVisible(not has)
        self.browser.setVisible(has)
        self.ignore_btn.setVisible(has)
        self.disable_btn.setVisible(has)
        for b in self.rewrite_buttons:
            self.rewrite_row.removeWidget(b)
            b.deleteLater()
        self.rewrite_buttons = []
        if not has:
            self.browser.clear()
            return
        for rw in (f.rewrites or [])[:3]:
            b = QPushButton(self.tr("Replace with \u00ab{text}\u00bb").format(text=rw))
            b.setAccessibleName(self.tr("Apply the safer wording: {text}").format(text=rw))
            b.clicked.connect(lambda _=False, r=rw: self.applyRewrite.emit(self.finding, r))
            self.rewrite_row.addWidget(b)
            self.rewrite_buttons.append(b)
        self.browser.setHtml(self.card_html(f, offences, lang))

    def card_html(self, f, offences, lang: str) -> str:
        t_level = self.tr("{level} risk").format(level=severity_word(f.severity))
        t_may = self.tr("May be read as…")
        t_why = self.tr("Why")
        t_ctx = self.tr("What in the context changed the level")
        t_case = self.tr("A real case")
        t_intl = self.tr("What international law says")
        t_safer = self.tr("Safer phrasing")
        t_note = self.tr("This is not legal advice. A phrase is a signal in the wording; "
                         "courts also weigh context, intent and reach.")
        off = (offences or {}).get(f.offence)
        colour = SEVERITY_COLOURS.get(f.severity, "#444")
        title = offence_title(f.offence, offences, lang)
        arts = ", ".join(f.articles)
        h = [f"<p style='font-size:large'><b>\u00ab{_e(f.text)}\u00bb</b></p>",
             f"<p><span style='color:{colour}'><b>{SEVERITY_MARKS.get(f.severity, '')} "
             f"{_e(t_level)}</b></span>"
             f" &nbsp;·&nbsp; {_e(title)}" + (f" — <b>{_e(arts)}</b>" if arts else "") + "</p>",
             f"<h4>{_e(t_may)}</h4><p>{_e(f.message)}</p>"]
        why = f.explanation or (off.explanation.text(lang) if off is not None else "")
        if why:
            h.append(f"<h4>{_e(t_why)}</h4><p>{_e(why)}</p>")
        if f.context:
            items = "".join(f"<li>{_e(c.get('explanation') or c.get('cue', ''))}</li>" for c in f.context)
            h.append(f"<h4>{_e(t_ctx)}</h4><ul>{items}</ul>")
        if off is not None:
            cases = list(getattr(off, "cases", ()) or ())
            if cases:
                c = cases[0]
                h.append(f"<h4>{_e(t_case)}</h4><p><b>{_e(c.name)}</b> ({_e(c.year)}, {_e(articles_label(c.article, lang))}): "
                         f"{_e(c.summary.text(lang))} {_e(c.outcome.text(lang))}</p>")
            intl = list(getattr(off, "international", ()) or ())
            if intl:
                items = "".join(f"<li><b>{_e(i.instrument)} {_e(i.provision)}</b>: {_e(i.text(lang))}</li>" for i in intl[:2])
                h.append(f"<h4>{_e(t_intl)}</h4><ul>{items}</ul>")
        if f.suggestion:
            h.append(f"<h4>{_e(t_safer)}</h4><p>{_e(f.suggestion)}</p>")
        h.append(f"<p style='color:#777'><small>{_e(t_note)}</small></p>")
        return "".join(h)
