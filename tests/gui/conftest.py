"""Offscreen Qt for the editor tests; every test gets its own settings and data folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QThreadPool, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch, qapp):
    data = tmp_path / "data"
    cfg = tmp_path / "config"
    data.mkdir()
    cfg.mkdir()
    monkeypatch.setenv("OYLAN_DATA_DIR", str(data))
    monkeypatch.setenv("OYLAN_CONFIG_DIR", str(cfg))
    # never the developer's own rules folder or disabled.txt (the folder does not exist unless a test makes it)
    monkeypatch.setenv("OYLAN_USER_RULES", str(tmp_path / "user_rules"))
    qapp.setOrganizationName("Oylan")
    qapp.setApplicationName("Oylan")
    yield
    from app.gui import i18n, worker

    for an in list(worker.LIVE):
        try:
            an.wait(30000)
        except RuntimeError:  # already deleted with its window (its pool waited then)
            pass
    QThreadPool.globalInstance().waitForDone(30000)
    i18n.install("en", qapp)


def type_text(widget, text: str) -> None:
    """One key event per character (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Factory: make_window(engine_factory=None, lang="en") → a shown MainWindow with the engine loaded."""
    from app.gui import i18n
    from app.gui.settings import Settings
    from app.gui.window import MainWindow

    made = []

    def make(engine_factory=None, lang="en", wait=True, drafts_dir=None):
        i18n.install(lang)
        w = MainWindow(Settings(), engine_factory=engine_factory, ui_lang=lang, drafts_dir=drafts_dir)
        w.ask_save = lambda: True  # no modal "save changes?" in tests
        qtbot.addWidget(w)
        w.show()
        if wait:
            qtbot.waitUntil(lambda: w.engine_ready, timeout=60000)
        made.append(w)
        return w

    yield make
    for w in made:
        try:
            w.analyzer.shutdown()
        except RuntimeError:
            pass
