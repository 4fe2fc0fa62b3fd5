"""Live analysis, underlines, stale results, cards, rewrites, navigation (real engine unless noted)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtTest import QTest

from app.gui.theme import SEVERITY_COLOURS
from app.gui.worker import Result, python_offset, utf16_positions
from tests.gui.conftest import type_text
from tests.gui.fakes import FakeEngine

pytestmark = pytest.mark.gui

CALL = "выходите на площадь"


def underlines(w):
    """(python_start, python_end, colour, style) of every extra selection, mapped back from UTF-16."""
    text = w.editor.toPlainText()
    out = []
    for sel in w.editor.extraSelections():
        c = sel.cursor
        out.append((python_offset(text, c.selectionStart()), python_offset(text, c.selectionEnd()),
                    sel.format.underlineColor().name(), sel.format.underlineStyle()))
    return out


def test_typing_russian_underlines_the_call(make_window, qtbot):
    w = make_window()
    w.editor.setFocus()
    text = "Друзья, все " + CALL + " в субботу в 12:00!"
    type_text(w.editor, text)
    assert w.editor.toPlainText() == text
    # an underline may first come from the check of a shorter prefix: wait for the check of the whole text
    qtbot.waitUntil(lambda: w.applied_rev == w.rev and any(u[0] == text.index(CALL) for u in underlines(w)),
                    timeout=15000)
    u = [u for u in underlines(w) if u[0] == text.index(CALL)][0]
    assert text[u[0]:u[1]] == CALL
    sev = w.spans[0].finding.severity
    assert sev in ("medium", "high")
    assert u[2] == QColor(SEVERITY_COLOURS[sev]).name()
    assert u[3] == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert w.applied_rev == w.rev


def test_emoji_before_phrase_does_not_shift_underline(make_window, qtbot):
    w = make_window()
    w.editor.setFocus()
    text = "😀🔥 Все " + CALL + " завтра!"
    type_text(w.editor, text)
    assert w.editor.toPlainText() == text
    start = text.index(CALL)
    qtbot.waitUntil(lambda: any(u[0] == start for u in underlines(w)), timeout=15000)
    sel = [s for s in w.editor.extraSelections()][0]
    # the Qt cursor selects exactly the phrase: UTF-16 start is two code units later than the str offset
    assert sel.cursor.selectedText() == CALL
    assert sel.cursor.selectionStart() == start + 2
    assert utf16_positions(text, [start]) == [start + 2]


KK_CALL = "жиналыңыздар"


def test_kazakh_typing_and_paragraph_language(make_window, qtbot):
    w = make_window()
    w.editor.setFocus()
    kk = "Барлығы ертең сағат 10-да әкімдіктің алдына " + KK_CALL + "!"
    text = kk + "\nВсе " + CALL + "!"
    type_text(w.editor, text)
    assert w.editor.toPlainText() == text  # әғқңөұүһі arrive intact
    kk_start = text.index(KK_CALL)
    kk_end = kk_start + len(KK_CALL)

    def covering():
        return [u for u in underlines(w) if u[0] <= kk_start and u[1] >= kk_end]

    qtbot.waitUntil(lambda: w.applied_rev == w.rev and bool(covering()), timeout=15000)
    assert "kk" in w.para_langs.get(0, []), w.para_langs
    assert "ru" in w.para_langs.get(1, []), w.para_langs
    # the Kazakh call to assemble is underlined (the rule may take in "алдына"), high: wave on a tint
    u = covering()[0]
    assert text[u[0]:u[1]].endswith(KK_CALL) and u[1] == kk_end
    sp = [sp for sp in w.spans if sp.finding.text == text[u[0]:u[1]]][0]
    assert sp.finding.rule.startswith("kk-assembly-") and sp.finding.severity == "high"
    assert u[2] == QColor(SEVERITY_COLOURS["high"]).name()
    assert u[3] == QTextCharFormat.UnderlineStyle.WaveUnderline
    sel = [s for s in w.editor.extraSelections() if python_offset(text, s.cursor.selectionStart()) == u[0]][0]
    assert sel.cursor.selectedText().endswith(KK_CALL)
    assert sel.format.background().color().name() != "#000000"  # the tint that marks "high" besides colour
    # the Russian phrase after Kazakh letters is underlined too
    assert any(u[0] == text.index(CALL) for u in underlines(w))


USER_RULE = """language: ru
offence: false_info
rules:
  - id: ru-false_info-user_corn_plot
    severity: medium
    pattern: [{lemma: кукурузный}, {lemma: заговор}]
    message: {ru: "Слух: {match}", kk: "Қауесет: {match}", en: "Rumour: {match}"}
    explanation: {ru: о, kk: т, en: e}
    suggestion: {ru: с, kk: ұ, en: s}
    examples:
      fire: [Это <m>кукурузный заговор</m>!, Все знают про <m>кукурузный заговор</m>.]
      silent: [Кукуруза растёт., Заговор раскрыт в книге.]
"""
USER_PHRASE = "кукурузный заговор"


@pytest.fixture
def in_thread_engine(monkeypatch):
    """The real engine in the worker thread, built fresh (so it reads this test's OYLAN_USER_RULES)."""
    from app.gui import worker

    monkeypatch.setenv("OYLAN_ENGINE_IN_THREAD", "1")
    monkeypatch.setattr(worker, "_shared_engine", None)  # restored after the test


def _user_folder():
    import os
    from pathlib import Path

    d = Path(os.environ["OYLAN_USER_RULES"])  # a tmp folder (conftest)
    (d / "ru").mkdir(parents=True, exist_ok=True)
    return d


def test_user_rules_folder_and_disabled_txt(make_window, qtbot, in_thread_engine):
    user = _user_folder()
    (user / "ru" / "mine.yaml").write_text(USER_RULE, encoding="utf-8")
    w = make_window()
    from app.core.engine import Engine

    assert isinstance(w.analyzer.engine, Engine)
    w.editor.setFocus()
    text = "Соседи уверены, что это " + USER_PHRASE + " в акимате."
    type_text(w.editor, text)
    start = text.index(USER_PHRASE)
    qtbot.waitUntil(lambda: w.applied_rev == w.rev and any(u[0] == start for u in underlines(w)), timeout=20000)
    u = [u for u in underlines(w) if u[0] == start][0]
    assert text[u[0]:u[1]] == USER_PHRASE
    assert [sp.finding.rule for sp in w.spans] == ["ru-false_info-user_corn_plot"]  # the bundled rules are silent
    assert u[2] == QColor(SEVERITY_COLOURS["medium"]).name()
    # disabled.txt turns it off, on top of the rules turned off in the app
    (user / "disabled.txt").write_text("# mine\nru-false_info-user_corn_plot  # too noisy\n", encoding="utf-8")
    w.settings.set_disabled_rules({"ru-assembly-some_rule"})
    w.request_check()
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=20000)
    assert not w.spans and not w.editor.extraSelections()
    dlg = w.show_turned_off_rules()
    items = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    assert items[0] == "ru-assembly-some_rule"
    assert items[1].startswith("ru-false_info-user_corn_plot") and "disabled.txt" in items[1]
    assert not dlg.list.item(1).flags() & Qt.ItemFlag.ItemIsSelectable  # the file is edited by hand, not here
    assert dlg.file_note.isVisibleTo(dlg) and str(user / "disabled.txt") in dlg.file_note.text()
    dlg.reject()


def test_rule_studio_from_the_check_menu_rechecks_with_saved_rules(make_window, qtbot, in_thread_engine):
    user = _user_folder()
    path = user / "ru" / "mine.yaml"
    path.write_text("language: ru\noffence: false_info\nrules: []\n", encoding="utf-8")  # not written yet
    w = make_window()
    w.editor.setFocus()
    text = "Говорят, это " + USER_PHRASE + "."
    type_text(w.editor, text)
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=20000)
    assert not w.spans
    assert w.a_studio in w.m_check.actions() and w.a_workshop in w.m_check.actions()
    w.a_studio.trigger()
    studio = w._studio
    studio.ask_on_close = False
    qtbot.addWidget(studio)
    assert studio.isVisible() and str(user) in [str(f) for f in studio.folders]
    # write the rule in the studio (user folder) and save it: the save callback hands the book over
    qtbot.waitUntil(lambda: any(str(path) == str(studio.file_list.item(i).data(Qt.ItemDataRole.UserRole))
                                for i in range(studio.file_list.count())), timeout=5000)
    studio.open_file(path)
    qtbot.waitUntil(lambda: studio.current is not None and studio.current.name == "mine.yaml", timeout=5000)
    with qtbot.waitSignal(studio.validated, timeout=10000):
        studio.editor.setPlainText(USER_RULE)
    rev = w.rev
    with qtbot.waitSignal(studio.reloaded, timeout=10000) as got:
        studio.save()
    assert got.args[0].rule("ru-false_info-user_corn_plot") is not None
    start = text.index(USER_PHRASE)
    qtbot.waitUntil(lambda: w.rev > rev and w.applied_rev == w.rev and any(u[0] == start for u in underlines(w)),
                    timeout=20000)
    assert [sp.finding.rule for sp in w.spans] == ["ru-false_info-user_corn_plot"]
    assert w.editor.toPlainText() == text  # the draft itself is untouched
    studio.close()


def test_workshop_from_the_check_menu_opens(make_window, qtbot):
    w = make_window(engine_factory=FakeEngine)
    w.a_workshop.trigger()
    ws = w._workshop
    qtbot.addWidget(ws)
    assert ws.isVisible()
    ws.close()


def test_stale_result_is_dropped(make_window, qtbot):
    fake = FakeEngine(delay=0.8)
    w = make_window(engine_factory=lambda: fake)
    w.editor.setPlainText("SLOW BAD")
    qtbot.waitUntil(fake.started.is_set, timeout=5000)  # revision 1 is being analysed (slowly)
    rev1 = w.rev
    w.editor.setPlainText("fine WORSE")  # revision 2 while 1 is still running
    assert w.rev > rev1
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=10000)
    assert w.dropped >= 1
    assert [sp.finding.text for sp in w.spans] == ["WORSE"]
    assert underlines(w)[0][:2] == (5, 10)
    # a late result for an old revision delivered by hand is ignored too
    old = Result(rev1, fake.check("BAD BAD"), [(0, 3), (4, 7)])
    w.on_result(old)
    assert [sp.finding.text for sp in w.spans] == ["WORSE"]


def test_severity_styles_differ_without_colour(make_window, qtbot):
    w = make_window(engine_factory=FakeEngine)
    w.editor.setPlainText("BAD and WORSE")
    qtbot.waitUntil(lambda: len(w.editor.extraSelections()) == 2, timeout=5000)
    styles = {u[0]: u[3] for u in underlines(w)}
    assert styles[0] == QTextCharFormat.UnderlineStyle.DotLine  # low
    assert styles[8] == QTextCharFormat.UnderlineStyle.WaveUnderline  # high (wave on a tint)
    assert w.editor.extraSelections()[1].format.background().color().name() != "#000000"
    assert "High" in w.findings.row_text(1) and "Low" in w.findings.row_text(0)


def test_card_shows_article_and_case(make_window, qtbot):
    w = make_window()
    w.editor.setPlainText("Все " + CALL + " в субботу!")
    qtbot.waitUntil(lambda: bool(w.spans), timeout=15000)
    qtbot.waitUntil(lambda: w.offences is not None, timeout=15000)
    w.jump_to(0)
    html = w.card.browser.toPlainText()
    assert "KoAP 488" in html
    assert CALL in html
    assert w.editor.textCursor().selectedText() == CALL
    off = w.offences["assembly"]
    if off.cases:
        assert off.cases[0].name in html
    if off.international:
        assert off.international[0].instrument in html


def test_apply_rewrite_is_one_undo_step(make_window, qtbot):
    w = make_window()
    text = "Чиновники только и знают, что воровать."
    w.editor.setPlainText(text)
    qtbot.waitUntil(lambda: any(sp.finding.rewrites for sp in w.spans), timeout=15000)
    sp = [sp for sp in w.spans if sp.finding.rewrites][0]
    w.jump_to(w.spans.index(sp))
    assert w.card.rewrite_buttons
    rw = sp.finding.rewrites[0]
    qtbot.mouseClick(w.card.rewrite_buttons[0], Qt.MouseButton.LeftButton)
    new = w.editor.toPlainText()
    assert new == text[:sp.finding.start] + rw[:1].upper() + rw[1:] + text[sp.finding.end:]
    w.editor.undo()
    assert w.editor.toPlainText() == text


def test_f8_navigation_and_card_shortcut(make_window, qtbot):
    w = make_window(engine_factory=FakeEngine)
    w.editor.setPlainText("BAD one, WORSE two")
    qtbot.waitUntil(lambda: len(w.spans) == 2, timeout=5000)
    w.editor.setFocus()
    c = w.editor.textCursor()
    c.setPosition(0)
    w.editor.setTextCursor(c)
    QTest.keyClick(w.editor, Qt.Key.Key_F8)
    assert w.editor.textCursor().selectedText() == "WORSE"  # next after position 0
    QTest.keyClick(w.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.editor.textCursor().selectedText() == "BAD"
    QTest.keyClick(w.editor, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert w.card.finding is w.spans[0].finding
    assert "CC 174" in w.card.browser.toPlainText()


def test_ignore_here_and_turn_off_rule(make_window, qtbot):
    w = make_window(engine_factory=FakeEngine)
    w.editor.setPlainText("BAD x BAD y WORSE")
    qtbot.waitUntil(lambda: len(w.spans) == 3, timeout=5000)
    first = w.spans[0].finding
    w.ignore_here(first)
    assert len(w.spans) == 2
    w.editor.appendPlainText("more")  # re-check: the ignored occurrence stays hidden, the other BAD stays
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=5000)
    assert [sp.finding.text for sp in w.spans] == ["BAD", "WORSE"]
    assert w.spans[0].finding.start == 6
    w.disable_rule("fake-worse")
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=5000)
    assert [sp.finding.text for sp in w.spans] == ["BAD"]
    assert "fake-worse" in w.settings.disabled_rules()
    dlg = w.show_turned_off_rules()
    assert [dlg.list.item(i).text() for i in range(dlg.list.count())] == ["fake-worse"]
    dlg.list.item(0).setSelected(True)
    dlg.turn_on_selected()
    dlg.reject()
    qtbot.waitUntil(lambda: w.applied_rev == w.rev and len(w.spans) == 2, timeout=5000)
    assert w.settings.disabled_rules() == set()


def test_no_findings_never_says_safe(make_window, qtbot):
    w = make_window()
    w.editor.setPlainText("Привет! Сегодня пекли хлеб с бабушкой.")
    qtbot.waitUntil(lambda: w.applied_rev == w.rev, timeout=15000)
    assert not w.spans
    assert w.meter.level.text() == "No risky phrasing found"
    shown = " ".join([w.meter.level.text(), w.meter.reasons.text(), w.findings.header.text()]).lower()
    assert "no risky phrasing found" in shown
    assert "safe" not in shown.replace("not mean the post is safe", "")


def test_huge_paste_pauses_live_check(make_window, qtbot):
    fake = FakeEngine()
    w = make_window(engine_factory=lambda: fake)
    big = ("Обычный текст без призывов. " * 9000) + "BAD"
    w.editor.setPlainText(big)
    # laying out 250,000 characters takes seconds on a loaded machine; what matters is that no live check ran
    qtbot.waitUntil(lambda: w.meter.check_now.isVisible(), timeout=20000)
    assert big not in fake.calls
    qtbot.mouseClick(w.meter.check_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.applied_rev == w.rev and len(w.spans) == 1, timeout=20000)
    assert fake.calls[-1] == big


def test_zoom_shortcuts(make_window, qtbot):
    w = make_window(engine_factory=FakeEngine)
    w.editor.setFocus()
    before = w.editor.font().pointSize()
    QTest.keyClick(w.editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert w.editor.font().pointSize() == before + 1
    QTest.keyClick(w.editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w.editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert w.editor.font().pointSize() == before - 1
    assert w.editor.accessibleName() and w.findings.list.accessibleName()


def test_broken_rule_file_is_reported_in_the_status_bar(make_window, tmp_path):
    """A rule file skipped as broken must not leave the person believing the check is complete."""
    from app import RULES_DIR
    from app.core.engine import Engine
    from app.core.pipeline import Pipeline

    mine = tmp_path / "mine" / "ru"
    mine.mkdir(parents=True)
    (mine / "broken.yaml").write_text("language: ru\noffence: assembly\nrules:\n  - id: x\n    patern: []\n",
                                      encoding="utf-8")
    w = make_window(engine_factory=lambda: Engine(folders=[RULES_DIR, tmp_path / "mine"], pipeline=Pipeline()))
    message = w.statusBar().currentMessage()
    assert "broken.yaml" in message and "problem(s) in the rules" in message


def test_process_engine_reports_rule_errors_at_start(tmp_path, monkeypatch):
    """The editor's checker runs in a child process: the skipped files' errors must cross the pipe."""
    from app.gui.worker import ProcessEngine

    user = tmp_path / "user"
    (user / "ru").mkdir(parents=True)
    (user / "ru" / "broken.yaml").write_text("language: ru\noffence: assembly\nrules: [1]\n", encoding="utf-8")
    monkeypatch.setenv("OYLAN_USER_RULES", str(user))
    eng = ProcessEngine()
    try:
        assert any("broken.yaml" in e for e in eng.rule_errors)
    finally:
        eng.close()
