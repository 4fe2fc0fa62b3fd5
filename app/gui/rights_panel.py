"""Your rights (rules/rights.yaml via app.core.knowledge.load_rights) and the privacy note."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget


def _e(s) -> str:
    return html.escape(str(s or ""))


class RightsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(10)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.browser)
        self._rights = None
        self._lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Your rights"))
        self._render()

    def set_rights(self, rights, lang: str) -> None:
        self._rights, self._lang = rights, lang
        self._render()

    def _render(self) -> None:
        lang = self._lang
        t_title = self.tr("Your rights")
        t_summary = self.tr("In short")
        t_crim = self.tr("If a criminal case is opened")
        t_adm = self.tr("If an administrative case is opened")
        t_both = self.tr("In any case")
        t_help = self.tr("Where to get help")
        t_missing = self.tr("The rights reference is not available in this copy of Oylan.")
        t_priv = self.tr("Everything stays on this computer: your text is checked here and never uploaded. "
                         "This is not legal advice.")
        h = [f"<h3>{_e(t_title)}</h3>"]
        r = self._rights
        if r is None:
            h.append(f"<p>{_e(t_missing)}</p>")
        else:
            summ = r.summary_text(lang)
            if summ:
                h.append(f"<h4>{_e(t_summary)}</h4><ul>" + "".join(f"<li>{_e(s)}</li>" for s in summ) + "</ul>")
            for head, group in ((t_both, r.both), (t_crim, r.criminal), (t_adm, r.administrative)):
                if group:
                    h.append(f"<h4>{_e(head)}</h4><ul>")
                    for it in group:
                        basis = str(it.legal_basis) if it.legal_basis else ""
                        h.append(f"<li><b>{_e(it.title.text(lang))}</b> — {_e(it.text(lang))}"
                                 + (f" <i>({_e(basis)})</i>" if basis else "") + "</li>")
                    h.append("</ul>")
            if r.contacts:
                h.append(f"<h4>{_e(t_help)}</h4><ul>")
                for c in r.contacts:
                    h.append(f"<li><b>{_e(c.name.text(lang))}</b> — {_e(c.what.text(lang))}"
                             + (f" <br><small>{_e(c.url)}</small>" if c.url else "") + "</li>")
                h.append("</ul>")
            try:
                disc = r.meta.text(lang)
                if disc:
                    h.append(f"<p style='color:#777'><small>{_e(disc)}</small></p>")
            except Exception:  # noqa: BLE001
                pass
        h.append(f"<p style='color:#555'>{_e(t_priv)}</p>")
        self.browser.setHtml("".join(h))
