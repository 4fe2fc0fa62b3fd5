"""The rule studio under pytest-qt (offscreen): live validation, error positions, hot reload."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui

RULE_FILE = """language: ru
offence: assembly
lists:
  studio_verbs: [выходить, выйти]
rules:
  - id: ru-assembly-studio_test
    severity: medium
    pattern: [{lemma: "@studio_verbs", feats: {Mood: Imp}}, {lemma: на}, {lemma: площадь}]
    message: {ru: "м {match}", kk: "х {match}", en: "m {match}"}
    explanation: {ru: о, kk: т, en: e}
    suggestion: {ru: с, kk: ұ, en: s}
    examples:
      fire: [<m>Выходите на площадь</m> завтра!, Все <m>выходите на площадь</m>.]
      silent: [Вчера вышли на площадь., Площадь большая.]
"""
SEVERITY_LINE = 7  # "    severity: medium"


@pytest.fixture
def studio(qtbot, tmp_path, monkeypatch):
    from app.gui.studio.window import StudioWindow

    monkeypatch.setenv("OYLAN_USER_RULES", str(tmp_path / "user"))
    folder = tmp_path / "rules"
    (folder / "ru").mkdir(parents=True)
    path = folder / "ru" / "studio.yaml"
    path.write_text(RULE_FILE, encoding="utf-8")
    received: list = []
    w = StudioWindow(folders=[folder], engine_reload=lambda book: received.append((time.monotonic(), book)))
    w.ask_on_close = False
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.buffer_book is not None and "valid" in w.state_label.text(), timeout=10000)
    return w, path, received


def _set_and_wait(qtbot, w, text):
    with qtbot.waitSignal(w.validated, timeout=5000) as blocker:
        w.editor.setPlainText(text)
    return blocker.args[0]


def test_edit_shows_error_at_line_then_fix_clears_it(qtbot, studio):
    w, path, _ = studio
    assert w.editor.error_lines == {}
    broken = RULE_FILE.replace("    severity: medium", "    severty: medium")
    book = _set_and_wait(qtbot, w, broken)
    assert any(e.line == SEVERITY_LINE and e.rule == "ru-assembly-studio_test" for e in book.errors)
    assert SEVERITY_LINE in w.editor.error_lines
    assert "unknown key" in w.editor.error_lines[SEVERITY_LINE] or "severty" in w.editor.error_lines[SEVERITY_LINE]
    # The underline sits on that line, at the key.
    start, end = w.editor.error_ranges()[0]
    block = w.editor.document().findBlock(start)
    assert block.blockNumber() + 1 == SEVERITY_LINE or any(
        w.editor.document().findBlock(s).blockNumber() + 1 == SEVERITY_LINE for s, _ in w.editor.error_ranges())
    # The problems list names file:line and the rule; clicking it moves the cursor there.
    items = [w.problems.item(i) for i in range(w.problems.count())]
    hit = next(i for i in items if f"ru/studio.yaml:{SEVERITY_LINE}:" in i.text())
    assert "ru-assembly-studio_test" in hit.text()
    w.editor.moveCursor(w.editor.textCursor().MoveOperation.Start)
    w.problems.itemClicked.emit(hit)
    assert w.editor.textCursor().blockNumber() + 1 == SEVERITY_LINE
    # Fixing it clears the error.
    _set_and_wait(qtbot, w, RULE_FILE)
    assert w.editor.error_lines == {}
    assert "valid" in w.state_label.text()


def test_unknown_list_is_underlined_at_its_column(qtbot, studio):
    w, _, _ = studio
    book = _set_and_wait(qtbot, w, RULE_FILE.replace('"@studio_verbs"', '"@no_such_list"'))
    errs = [e for e in book.errors if "no_such_list" in e.message]
    assert errs and errs[0].line == 8
    assert 8 in w.editor.error_lines


def test_typing_is_validated_after_a_pause(qtbot, studio):
    """Per-character key events (Cyrillic-safe); the check runs once typing stops."""
    w, _, _ = studio
    w.editor.moveCursor(w.editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(w.validated, timeout=5000) as blocker:
        for ch in "ключ: [":
            QTest.sendKeyEvent(QTest.KeyAction.Click, w.editor, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    book = blocker.args[0]
    assert book.errors, "an unclosed [ at the end must be a YAML error"
    assert w.editor.error_lines


def test_save_hot_reloads_within_a_second_and_broken_save_keeps_last_good(qtbot, studio):
    w, path, received = studio
    edited = RULE_FILE.replace("ru-assembly-studio_test", "ru-assembly-studio_edited")
    _set_and_wait(qtbot, w, edited)
    t0 = time.monotonic()
    w.save()
    qtbot.waitUntil(lambda: bool(received), timeout=1000)
    took, book = received[-1][0] - t0, received[-1][1]
    assert took < 1.0
    assert book.rule("ru-assembly-studio_edited") is not None
    assert book.rule("ru-assembly-studio_test") is None
    assert path.read_text(encoding="utf-8") == edited
    # Save a broken version: the engine keeps the last good rule, the error is shown.
    n = len(received)
    _set_and_wait(qtbot, w, edited.replace("severity: medium", "severity: urgent"))
    w.save()
    qtbot.waitUntil(lambda: "last good" in w.statusBar().currentMessage(), timeout=3000)
    assert len(received) == n  # nothing new handed over
    assert w.active_book.rule("ru-assembly-studio_edited") is not None
    assert SEVERITY_LINE in w.editor.error_lines


def test_examples_and_token_view(qtbot, studio, pipeline):
    from app.gui.studio import tasks

    tasks.set_shared_pipeline(pipeline)
    w, _, _ = studio
    # One silent example that does fire, so one failure with its token table.
    _set_and_wait(qtbot, w, RULE_FILE.replace("Площадь большая.", "Выходите на площадь!"))
    w.run_examples()
    qtbot.waitUntil(lambda: w.examples.rowCount() == 4, timeout=30000)
    marks = [w.examples.item(i, 0).text() for i in range(4)]
    assert marks.count("✘") == 1 and marks.count("✔") == 3
    assert "1 failed" in w.examples_summary.text()
    detail = w.example_detail.toPlainText()
    assert "fired on a silent example" in detail and "lemma" in detail and "выходить" in detail
    w.tokens_input.setText("Выходите на площадь")
    w.show_tokens()
    qtbot.waitUntil(lambda: w.tokens.rowCount() == 3, timeout=30000)
    assert w.tokens.item(0, 3).text() == "выходить"
    assert "Mood=Imp" in w.tokens.item(0, 5).text() + w.tokens.item(0, 6).text()


def test_open_studio_entry_point(qtbot, tmp_path, monkeypatch):
    from app.gui.studio import open_studio

    monkeypatch.setenv("OYLAN_USER_RULES", str(tmp_path / "user"))
    folder = tmp_path / "rules"
    (folder / "ru").mkdir(parents=True)
    (folder / "ru" / "studio.yaml").write_text(RULE_FILE, encoding="utf-8")
    w = open_studio(engine_reload=lambda book: None, folders=[folder])
    w.ask_on_close = False
    qtbot.addWidget(w)
    assert w.isVisible() and w.file_list.count() == 1
    qtbot.waitUntil(lambda: w.buffer_book is not None, timeout=10000)
