"""Handouts (HTML, PDF), the word diff and the context questionnaire."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from app.core.handout import build_handout, diff_sides_html, scenario_handout, word_diff
from app.core.questionnaire import QUESTIONS, assess, shift_for
from app.core.scenarios import get_scenario

# ----------------------------------------------------------------------------- questionnaire


def test_every_question_has_reasons_in_three_languages():
    assert {q.id for q in QUESTIONS} == {"context", "speaker", "intent", "form", "extent", "likelihood"}
    for q in QUESTIONS:
        assert len(q.options) >= 3
        for o in q.options:
            for lang in ("en", "ru", "kk"):
                assert o.label(lang) and o.why(lang).endswith((".", "»")), (q.id, o.id, lang)


def test_private_satire_lowers_the_estimate():
    a = assess("high", {"extent": "private", "intent": "satire", "speaker": "private"})
    assert a.total == -5 and a.shift == -2 and a.adjusted == "low" and a.direction == "down"
    assert len(a.lines) == 3 and all(ln.why("ru") for ln in a.lines)


def test_large_audience_and_unrest_raise_it():
    a = assess("medium", {"extent": "large", "context": "unrest"})
    assert a.adjusted == "high" and a.direction == "up"
    assert "emergency" in a.lines[0].why("en")


def test_many_lowering_answers_stop_at_low_when_the_wording_has_signals():
    a = assess("medium", {"extent": "private", "intent": "satire", "speaker": "private", "form": "question",
                          "likelihood": "unlikely", "context": "calm"})
    assert a.shift == -2 and a.adjusted == "low" and a.notes


def test_context_alone_never_raises_a_clean_post():
    a = assess("none", {"extent": "large", "context": "unrest", "likelihood": "imminent"})
    assert a.adjusted == "none" and a.notes


def test_no_answers_change_nothing_and_caveat_never_claims_a_crime():
    a = assess("low", {})
    assert a.adjusted == "low" and a.direction == "same"
    for lang in ("en", "ru", "kk"):
        c = a.caveat(lang).lower()
        assert "not" in c or "не" in c or "емес" in c


def test_bad_answers_are_refused():
    with pytest.raises(ValueError):
        assess("low", {"extent": "galaxy"})
    with pytest.raises(ValueError):
        assess("low", {"colour": "blue"})
    assert shift_for(0) == 0 and shift_for(3) == 1 and shift_for(6) == 2 and shift_for(-2) == -1


# ----------------------------------------------------------------------------- diff


def test_word_diff_marks_removed_and_added_words():
    parts = word_diff("Все выходим на площадь 21 мая!", "Я пойду на площадь 21 мая.")
    removed = "".join(p.text for p in parts if p.op == "delete")
    added = "".join(p.text for p in parts if p.op == "insert")
    assert "Все" in removed and "выходим" in removed and "Я" in added and "пойду" in added
    assert "площадь" not in removed + added
    left, right = diff_sides_html("жер сатылмайды", "жер сатылмайды!")
    assert "<ins" in right and "<del" not in left


# ----------------------------------------------------------------------------- HTML


@pytest.fixture(scope="module")
def bokaev_html(bundled_engine):
    s = get_scenario("bokaev-ayan-rally-call")
    return s, scenario_handout(s, bundled_engine, "ru", {"extent": "large", "context": "unrest"})


def test_html_is_self_contained(bokaev_html):
    _, html = bokaev_html
    assert not re.search(r"""\b(src|href)\s*=""", html, re.I)
    assert "@import" not in html and "url(" not in html and "<link" not in html.lower()
    assert "<style>" in html and "DejaVu Sans" in html


def test_html_has_marks_legend_findings_answers_rights(bokaev_html):
    s, html = bokaev_html
    assert '<mark class="sev-high"' in html
    assert "▲1" in html and "▲ высокий" in html  # symbol + word, not colour alone
    assert "KoAP 488" in html and "CC 400" in html
    assert "Охват" in html and "Широкий охват" in html  # questionnaire answer + its reason
    assert "адвокат" in html.lower()  # rights summary
    assert "Amnesty International" in html  # sources
    assert s.discussion[0].ru[:30] in html


@pytest.mark.parametrize("lang,word", [("en", "What Oylan found"), ("kk", "Oylan не тапты")])
def test_html_in_ui_language(bundled_engine, lang, word):
    rep = bundled_engine.check("Петропавловск — это Россия.")
    html = build_handout("Петропавловск — это Россия.", rep, lang)
    assert word in html and "CC 180" in html and f'lang="{lang}"' in html


# ----------------------------------------------------------------------------- PDF


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_contains_articles_and_post(bokaev_html, tmp_path):
    from app.gui.pdf_export import html_to_pdf

    s, html = bokaev_html
    out = html_to_pdf(html, tmp_path / "b.pdf")
    text = _pdftotext(out)
    flat = re.sub(r"\s+", " ", text)
    assert "KoAP 488" in flat and "CC 400" in flat
    assert "Исатай-Махамбет" in flat and "Землю не отдадим" in flat
    assert "▲1" in flat or "▲ 1" in flat


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_cli_export_kazakh_scenario_pdf_and_html(tmp_path):
    from app.cli import main

    assert main(["export", "--scenario", "bilash-info-jihad", "--format", "pdf", "-o", str(tmp_path / "b.pdf"),
                 "--ui-lang", "kk"]) == 0
    flat = re.sub(r"\s+", " ", _pdftotext(tmp_path / "b.pdf"))
    assert "ақпараттық жиһад" in flat and "CC 174" in flat and "Талқылауға" in flat
    post = tmp_path / "p.txt"
    post.write_text("Наш аким — вор и бездарь.", encoding="utf-8")
    assert main(["export", str(post), "--format", "html", "-o", str(tmp_path / "p.html"), "--answer",
                 "speaker=private"]) == 0
    assert "CC 378" in (tmp_path / "p.html").read_text(encoding="utf-8")
    assert main(["export", "--scenario", "nope", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["export", str(post), "-o", str(tmp_path / "y.html"), "--answer", "extent=galaxy"]) == 2


@pytest.mark.slow
def test_cli_export_all_scenarios_html(tmp_path):
    from app.cli import main

    assert main(["export", "--all-scenarios", "--format", "html", "-o", str(tmp_path), "--ui-lang", "ru"]) == 0
    assert len(list(tmp_path.glob("*.ru.html"))) >= 16
