"""HTML → PDF with QTextDocument + QPdfWriter. Works offscreen (no display needed).

Qt's rich-text engine understands a subset of HTML/CSS: it ignores ``<mark>``, so marks become spans
with their inline background style. Fonts are DejaVu (Cyrillic and Kazakh letters: ә ғ қ ң ө ұ ү һ і).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_FONT = "DejaVu Sans"


def ensure_app():
    """A QGuiApplication (offscreen when there is no display); reuses any existing application."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["oylan-export"])
    return app


def qt_html(html: str) -> str:
    """Adapt standard HTML for QTextDocument (which has no <mark>, <ins>, <del>)."""
    html = re.sub(r"<mark\b", "<span", html)
    html = html.replace("</mark>", "</span>")
    html = re.sub(r"<(ins|del)\b", "<span", html)
    html = re.sub(r"</(ins|del)>", "</span>", html)
    return html


def html_to_pdf(html: str, out: str | Path, title: str = "Oylan handout") -> Path:
    """Write ``html`` as an A4 PDF to ``out``; returns the path."""
    ensure_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setTitle(title)
    writer.setCreator("Oylan")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = QFont(_FONT)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(qt_html(html))
    doc.print_(writer)  # lays the document out on the writer's pages at the writer's resolution
    del writer  # flush the file
    return out
