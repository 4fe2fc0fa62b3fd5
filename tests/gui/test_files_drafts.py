"""Files, autosave/recovery, private mode, exception hook, UI languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.gui.drafts import DraftStore
from tests.gui.conftest import type_text
from tests.gui.fakes import FakeEngine

pytestmark = pytest.mark.gui


def dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def data_dir() -> Path:
    return Path(os.environ["OYLAN_DATA_DIR"])


def test_autosave_and_recovery_after_crash(make_window, qtbot):
    w1 = make_window(engine_factory=FakeEngine)
    w1.drafts = DraftStore(data_dir(), pid=dead_pid())  # this "process" will have died
    w1.autosave_timer.setInterval(50)
    w1.editor.setFocus()
    text = "Черновик 😀 с эмодзи\nжәне қазақша әріптер: әғқңөұүһі\n\n  пробелы  \tтаб"
    type_text(w1.editor, text)
    assert w1.editor.toPlainText() == text
    qtbot.waitUntil(lambda: w1.drafts.text_path.exists() and w1.drafts.saves > 0 and
                    w1.drafts.text_path.read_text(encoding="utf-8") == text, timeout=5000)
    assert not list(data_dir().glob("*.tmp"))  # atomic: no temp files left behind
    # crash: no closeEvent, the draft stays on disk
    w1.autosave_timer.stop()
    w1.analyzer.shutdown()
    w1.hide()

    w2 = make_window(engine_factory=FakeEngine)
    assert w2.recovery.isVisible()
    assert str(len(text)) in w2.recovery.label.text()
    w2.recovery_restore.click()
    assert w2.editor.toPlainText() == text
    assert not w2.recovery.isVisible()
    assert not w1.drafts.text_path.exists()  # the recovered draft was taken over


def test_clean_exit_leaves_no_draft(make_window, qtbot):
    w = make_window(engine_factory=FakeEngine)
    w.editor.setPlainText("текст")
    w.editor.document().setModified(True)
    w.autosave()
    assert w.drafts.text_path.exists()
    w.close()
    assert not list(data_dir().iterdir())
    w3 = make_window(engine_factory=FakeEngine)
    assert not w3.recovery.isVisible()


def test_private_mode_writes_nothing(make_window, qtbot, tmp_path):
    w = make_window(engine_factory=FakeEngine)
    w.set_private(True)
    cfg = Path(os.environ["OYLAN_CONFIG_DIR"]) / "oylan.ini"
    cfg_before = cfg.read_bytes() if cfg.exists() else b""
    w.autosave_timer.setInterval(10)
    w.editor.setFocus()
    type_text(w.editor, "Секретный черновик BAD")
    assert not w.autosave_timer.isActive()
    w.autosave()  # even a direct call writes nothing
    post = tmp_path / "elsewhere" / "post.txt"
    post.parent.mkdir()
    post.write_text("файл", encoding="utf-8")
    assert w.open_path(str(post))
    w.zoom(2)
    w.disable_rule("fake-bad")
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=5000)
    assert list(data_dir().iterdir()) == []
    assert w.settings.recent_files() == []
    w.settings.sync()
    assert (cfg.read_bytes() if cfg.exists() else b"") == cfg_before
    assert "Секретный" not in cfg_before.decode("utf-8", "replace")
    assert w.status_private.text()


def test_binary_file_shows_error_and_keeps_text(make_window, qtbot, tmp_path):
    w = make_window(engine_factory=FakeEngine)
    w.editor.setPlainText("мой текст")
    binf = tmp_path / "photo.txt"
    binf.write_bytes(bytes(range(256)) * 40)
    assert w.open_path(str(binf)) is False
    box = w.last_message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "binary" in box.informativeText()
    assert w.editor.toPlainText() == "мой текст"
    box.close()


def test_open_save_roundtrip_and_recent(make_window, qtbot, tmp_path):
    w = make_window(engine_factory=FakeEngine)
    src = tmp_path / "cp.txt"
    src.write_bytes("Привет, мир\n".encode("cp1251"))
    assert w.open_path(str(src))
    assert w.editor.toPlainText() == "Привет, мир\n"
    out = tmp_path / "out.md"
    w.editor.appendPlainText("ещё 😀")
    assert w.write_to(str(out))
    assert out.read_text(encoding="utf-8") == w.editor.toPlainText()
    assert w.settings.recent_files()[:2] == [str(out.resolve()), str(src.resolve())]
    assert not w.editor.document().isModified()


def test_exception_hook_keeps_draft_and_shows_dialog(make_window, qtbot, monkeypatch):
    from app.gui import main

    w = make_window(engine_factory=FakeEngine)
    monkeypatch.setattr(main, "_window", w)
    w.editor.setPlainText("не потерять")
    w.editor.document().setModified(True)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        main._excepthook(*sys.exc_info())
    assert w.drafts.text_path.read_text(encoding="utf-8") == "не потерять"
    box = w.last_message_box
    assert box.isVisible() and "boom" in box.detailedText()
    box.close()


@pytest.mark.parametrize("lang,file_menu,findings_tab", [("ru", "&Файл", "Находки"), ("kk", "&Файл", "Табылғандар")])
def test_interface_languages(make_window, qtbot, lang, file_menu, findings_tab):
    en = make_window(engine_factory=FakeEngine, lang="en")
    en_titles = [a.text() for a in en.menuBar().actions()]
    w = make_window(engine_factory=FakeEngine, lang=lang)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[0] == file_menu
    assert all(a != b for a, b in zip(titles, en_titles)), titles
    assert w.tabs.tabText(0) == findings_tab
    assert w.a_workshop.text() != en.a_workshop.text() and w.a_studio.text() != en.a_studio.text()
    w.editor.setPlainText("BAD")
    qtbot.waitUntil(lambda: w.applied_rev == w.rev and bool(w.spans), timeout=5000)
    assert "Low" not in w.findings.row_text(0)
    # plural messages in every count (lupdate adds a second, empty Kazakh form that would show English)
    for n in (1, 2, 5, 6, 21):
        w.editor.setPlainText(" ".join(["BAD"] * n))
        qtbot.waitUntil(lambda n=n: w.applied_rev == w.rev and len(w.spans) == n, timeout=5000)
        shown = w.findings.header.text() + " " + w.meter.reasons.text()
        assert "phrase" not in shown and str(n) in w.findings.header.text(), shown


def test_live_language_switch_retranslates_and_rechecks(make_window, qtbot):
    w = make_window()
    w.editor.setPlainText("Все выходите на площадь в субботу!")
    qtbot.waitUntil(lambda: bool(w.spans), timeout=15000)
    assert "may be read" in w.spans[0].finding.message
    w.set_language("ru")
    assert w.menuBar().actions()[0].text() == "&Файл"
    qtbot.waitUntil(lambda: w.applied_rev == w.rev and bool(w.spans), timeout=15000)
    assert "может быть прочитано" in w.spans[0].finding.message  # rule texts follow the UI language
    assert w.settings.language == "ru"


def test_run_gui_sample_window(qtbot, monkeypatch):
    from app.gui import main

    app, w = main.make_window(sample=True, engine_factory=FakeEngine)
    qtbot.addWidget(w)
    w.ask_save = lambda: True
    assert "площадь" in w.editor.toPlainText()
    assert not w.editor.document().isModified()
    w.show()
    assert w.first_run.isVisible() and "nothing is uploaded" in w.first_run.label.text()
    w.close()
