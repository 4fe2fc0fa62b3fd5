"""Workshop mode: presenter keys, notes toggle, compare diff, questionnaire dialog, library export (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.scenarios import get_scenario

pytestmark = pytest.mark.gui


@pytest.fixture
def reports(bundled_engine):
    s = get_scenario("bokaev-ayan-rally-call")
    return s, bundled_engine.check(s.post, lang="ru"), bundled_engine.check(s.rewrite, lang="ru")


def test_presenter_keys(qtbot, reports):
    from app.gui.workshop.presenter import PresenterView

    s, rep, rw = reports
    p = PresenterView(s, rep, rw, "ru")
    qtbot.addWidget(p)
    p.show()
    n = len(p.findings)
    assert n >= 1 and p.step == 0 and p.last_step == n + 1
    assert "▲1" not in p.post.text()
    QTest.keyClick(p, Qt.Key.Key_PageDown)
    assert p.step == 1 and "▲1" in p.post.text() and "KoAP 488" in p.card_head.text()
    QTest.keyClick(p, Qt.Key.Key_Space)
    QTest.keyClick(p, Qt.Key.Key_Right)
    QTest.keyClick(p, Qt.Key.Key_Right)
    assert p.step == min(4, p.last_step)
    QTest.keyClick(p, Qt.Key.Key_End)
    assert p.step == p.last_step and s.rewrite[:20] in p.post.text().replace("<br/>", " ")
    QTest.keyClick(p, Qt.Key.Key_PageDown)  # stays at the end
    assert p.step == p.last_step
    QTest.keyClick(p, Qt.Key.Key_PageUp)
    QTest.keyClick(p, Qt.Key.Key_Left)
    assert p.step == p.last_step - 2
    QTest.keyClick(p, Qt.Key.Key_Home)
    assert p.step == 0
    assert p.notes_visible
    QTest.keyClick(p, Qt.Key.Key_N)
    assert not p.notes_visible
    QTest.keyClick(p, Qt.Key.Key_N)
    assert p.notes_visible and "Бокаев" in p.notes_text.text()
    QTest.keyClick(p, Qt.Key.Key_Escape)
    assert not p.isVisible()


def test_compare_view_diff_and_meters(qtbot, reports):
    from app.gui.workshop.compare import CompareView

    s, rep, rw = reports
    c = CompareView(s, rep, rw, "en")
    qtbot.addWidget(c)
    c.show()
    assert c.meters[0].risk == rep.risk == "high" and c.meters[1].risk == rw.risk
    removed, added = " ".join(c.removed_words()), " ".join(c.added_words())
    assert "выходим" in removed and "обжалуем" in added
    assert "Акимат" not in removed and "митинге" not in removed
    assert c.lists[0].count() >= 1 and "KoAP 488" in c.lists[0].item(0).text()
    assert "обжалуем" in c.diff_after.toPlainText()


def test_questionnaire_dialog_adjusts(qtbot):
    from app.gui.workshop.questionnaire_dialog import QuestionnaireDialog

    d = QuestionnaireDialog("medium", "kk")
    qtbot.addWidget(d)
    d.set_answer("extent", "large")
    d.set_answer("context", "unrest")
    assert d.answers() == {"extent": "large", "context": "unrest"}
    assert d.assessment().adjusted == "high"
    assert "ЖОҒАРЫ" in d.result.text()
    d.set_answer("extent", "private")
    assert d.assessment().adjusted == "medium"


def test_library_filters_presents_and_exports(qtbot, tmp_path, bundled_engine):
    from app.gui import workshop
    from app.gui.workshop.library import LibraryWindow

    workshop.set_engine(bundled_engine)
    w = LibraryWindow(ui_lang="ru")
    qtbot.addWidget(w)
    w.show()
    total = w.list.count()
    assert total >= 16
    w.filter.setCurrentIndex(2)  # kk
    assert 5 <= w.list.count() < total
    assert all(w.list.item(i).data(Qt.ItemDataRole.UserRole).language == "kk" for i in range(w.list.count()))
    w.filter.setCurrentIndex(0)
    assert w.select("toregozhina-cap") and "Торегожина" in w.view.toPlainText()
    w.answers["toregozhina-cap"] = {"extent": "private"}
    out = w.export_to(tmp_path / "t.html")
    assert "Охват" in out.read_text(encoding="utf-8")
    pdf = w.export_to(tmp_path / "t.pdf")
    assert pdf.stat().st_size > 1000
    p = w.present()  # deletes itself on close
    assert p.isVisible() and p.scenario.id == "toregozhina-cap"
    QTest.keyClick(p, Qt.Key.Key_Escape)
    c = w.compare()
    assert c.isVisible()
    c.close()
    d = w.ask_questions(exec_=False)
    qtbot.addWidget(d)
    assert d.base == "none"
