"""Entry point: ``run_gui(file, sample)`` (called by ``oylan gui`` / ``oylan run``)."""

from __future__ import annotations

import sys
import traceback

from app import ROOT

SAMPLE = ROOT / "app" / "resources" / "sample_ru.txt"

_window = None
_in_hook = False


def _excepthook(etype, value, tb) -> None:
    """Keep the draft (autosave first), then say what happened instead of vanishing."""
    global _in_hook
    text = "".join(traceback.format_exception(etype, value, tb))
    sys.stderr.write(text)
    if _in_hook:
        return
    _in_hook = True
    try:
        w = _window
        if w is not None:
            try:
                w.autosave()
            except Exception:  # noqa: BLE001
                pass
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Critical, "Oylan",
                              QCoreApplication.translate("Main", "Something went wrong inside Oylan. Your draft has "
                                                                 "been kept; you can go on working or save and restart."),
                              QMessageBox.StandardButton.Ok, w)
            box.setDetailedText(text)
            box.open()
            w.last_message_box = box
    finally:
        _in_hook = False


def create_app(argv=None):
    from PySide6.QtWidgets import QApplication

    from app.gui import i18n
    from app.gui.settings import APP, ORG, Settings

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    settings = Settings()
    lang = i18n.install(settings.language)
    return app, settings, lang


def make_window(file=None, sample: bool = False, settings=None, engine_factory=None):
    from app.gui.theme import STYLESHEET
    from app.gui.window import MainWindow

    global _window
    app, s, lang = create_app()
    app.setStyleSheet(STYLESHEET)
    w = MainWindow(settings or s, engine_factory=engine_factory, ui_lang=lang)
    if file:
        w.open_path(str(file))
    elif sample:
        w.set_text(SAMPLE.read_text(encoding="utf-8"))
    _window = w
    sys.excepthook = _excepthook
    return app, w


def run_gui(file=None, sample: bool = False) -> int:
    app, w = make_window(file, sample)
    w.show()
    return app.exec()
