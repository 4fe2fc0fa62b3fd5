"""The rule studio window: write, test and measure rules without touching Python.

``open_studio(parent, engine_reload)`` opens it from the editor (``engine_reload(rulebook)`` is
called after each save so the open draft is re-checked); ``python -m app studio`` runs it alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

_OPEN: list = []  # keep parentless windows alive


def open_studio(parent=None, engine_reload: Callable[[Any], None] | None = None,
                folders: list[Path] | None = None):
    from PySide6.QtCore import Qt

    from app.gui.studio.window import StudioWindow

    w = StudioWindow(folders=folders, engine_reload=engine_reload, parent=None)
    if parent is not None:
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parent.destroyed.connect(w.close)
    _OPEN.append(w)
    w.destroyed.connect(lambda *_: _OPEN.remove(w) if w in _OPEN else None)
    w.show()
    return w


def run_studio(folder: str | None = None) -> int:
    import sys

    from PySide6.QtWidgets import QApplication

    from app import RULES_DIR
    from app.core.user_rules import rule_folders

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Oylan")
    app.setApplicationName("Oylan")
    folders = None
    if folder:
        f = Path(folder).resolve()
        folders = rule_folders() if f == RULES_DIR.resolve() else [RULES_DIR, f]
    w = open_studio(folders=folders)
    w.raise_()
    return app.exec()
