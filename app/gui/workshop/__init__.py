"""Workshop mode for trainers: scenario library, presenter view, before/after, context questionnaire.

``open_workshop(parent=None)`` shows the library window; ``python -m app workshop`` runs it.
"""

from __future__ import annotations

_ENGINE = None


def get_engine():
    """One shared analyser for every workshop window (loading takes a few seconds)."""
    global _ENGINE
    if _ENGINE is None:
        from app.core.engine import Engine

        _ENGINE = Engine()
    return _ENGINE


def set_engine(engine) -> None:
    global _ENGINE
    _ENGINE = engine


def open_workshop(parent=None, scenario_id: str | None = None, ui_lang: str = "en"):
    from app.gui.workshop.library import LibraryWindow

    w = LibraryWindow(parent=parent, ui_lang=ui_lang)
    if scenario_id:
        w.select(scenario_id)
    w.show()
    return w


def run(args) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["oylan-workshop"])
    from PySide6.QtGui import QFont

    app.setFont(QFont("DejaVu Sans", 10))
    w = open_workshop(scenario_id=args.scenario, ui_lang=args.ui_lang)
    if args.present:
        p = w.present()
        for _ in range(max(0, args.step)):
            p.next()
    elif args.compare:
        w.compare()
    return app.exec()
