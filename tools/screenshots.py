"""Retake the editor screenshots in docs/screenshots (run under Xvfb or offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py

A Russian post in the Russian interface and a Kazakh post in the Kazakh interface, checked by the real
engine, with the first finding's card open. Look at the PNGs before committing them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

POSTS = {
    "ru": ("Друзья, хватит терпеть! Все на площадь Республики в субботу в 12:00, разрешения не ждём. "
           "Акимат опять молчит про цены на свет.\n\nРепост!"),
    "kk": ("Ағайын, ертең сағат 11-де әкімдіктің алдына жиналайық! Рұқсат сұрамаймыз.\n\n"
           "Бағаның өсуіне бәріміз қарсымыз."),
}


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    for key in ("OYLAN_DATA_DIR", "OYLAN_CONFIG_DIR"):
        (tmp / key).mkdir()
        os.environ[key] = str(tmp / key)
    os.environ["OYLAN_USER_RULES"] = str(tmp / "no_user_rules")
    from PySide6.QtWidgets import QApplication

    from app.gui import i18n
    from app.gui.settings import Settings
    from app.gui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = ROOT / "docs" / "screenshots"
    for lang, text in POSTS.items():
        i18n.install(lang, app)
        w = MainWindow(Settings(), ui_lang=lang)
        w.ask_save = lambda: True
        w.resize(1280, 760)
        w.show()
        _wait(app, lambda: w.engine_ready, 60)
        w.set_text(text)
        _wait(app, lambda: w.applied_rev == w.rev and bool(w.spans), 30)
        w.next_finding()
        _wait(app, lambda: False, 0.8)  # let the card and underlines paint
        path = out / f"editor_{lang}.png"
        w.grab().save(str(path))
        print(path)
        w.analyzer.shutdown()
        w.close()


def _wait(app, cond, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return
        time.sleep(0.02)


if __name__ == "__main__":
    main()
