"""Every rule-format feature, on small rulebooks written in the test (not the bundled rules)."""

from __future__ import annotations

import pytest

from tests.conftest import TEXTS, rule_yaml


def _rule(rid: str, pattern: str, extra: str = "", severity: str = "medium") -> str:
    return f"  - id: {rid}\n    severity: {severity}\n    pattern: {pattern}\n{extra}{TEXTS}"


def spans(report, rule=None):
    return [(f.text, f.severity) for f in report.findings if rule is None or f.rule == rule]


def test_lemma_matches_every_inflection(make_engine):
    eng, book = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-m", "[{lemma: митинг}]"))})
    assert not book.errors
    for text, word in [("Был митинг.", "митинг"), ("О митингах говорят.", "митингах"), ("Против митингу.", "митингу")]:
        assert spans(eng.check(text, "ru")) == [(word, "medium")]


def test_imperative_found_in_any_reading(make_engine):
    # "выходите" ranks the indicative first; the imperative is a later reading.
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-imp", "[{lemma: выходить, feats: {Mood: Imp}}]"))})
    assert spans(eng.check("Выходите!", "ru")) == [("Выходите", "medium")]
    assert spans(eng.check("Он выходил.", "ru")) == []


def test_first_person_plural_lets_reading(make_engine):
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-lets", "[{feats: {Mood: Imp, Person: 1}, pos: VERB}]"))})
    assert spans(eng.check("Соберёмся вместе.", "ru")) == [("Соберёмся", "medium")]
    assert spans(eng.check("Мы собирались вместе.", "ru")) == []


def test_word_list_regex_shape_and_gap(make_engine):
    head = "lists:\n  protest: [митинг, пикет]\n"
    body = _rule("ru-assembly-seq", '[{lemma: "@protest", marker: true}, {skip: 2}, {shape: time, marker: true}]') + \
        _rule("ru-assembly-rx", '[{regex: "жер\\\\w*"}]', severity="low")
    eng, book = make_engine({"ru/a.yaml": rule_yaml(body, head=head)})
    assert not book.errors, book.errors
    assert spans(eng.check("Пикет завтра в 18:00", "ru"), "ru-assembly-seq") == [("Пикет завтра в 18:00", "medium")]
    assert spans(eng.check("Пикет завтра днём и вечером в 18:00", "ru"), "ru-assembly-seq") == []  # gap too long
    assert spans(eng.check("Жерсатылмайды!", "ru"), "ru-assembly-rx") == [("Жерсатылмайды", "low")]


def test_negate_and_optional(make_engine):
    body = _rule("ru-assembly-neg", "[{lemma: выйти}, {lemma: на}, {lemma: работа, negate: true}]") + \
        _rule("ru-assembly-opt", "[{lemma: все}, {lemma: вместе, optional: true}, {lemma: сюда}]")
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(body)})
    assert spans(eng.check("Выйти на площадь", "ru"), "ru-assembly-neg") == [("Выйти на площадь", "medium")]
    assert spans(eng.check("Выйти на работу", "ru"), "ru-assembly-neg") == []
    assert len(spans(eng.check("Все сюда", "ru"), "ru-assembly-opt")) == 1
    assert len(spans(eng.check("Все вместе сюда", "ru"), "ru-assembly-opt")) == 1


def test_requires_and_escalate_signals(make_engine):
    head = ("signals:\n  time: [[{shape: time}]]\n  place: [[{lemma: площадь}]]\n"
            "  unsanctioned: [[{lemma: без}, {lemma: разрешение}]]\n")
    extra = ("    requires: {scope: post, any: [time, place]}\n"
             "    escalate: {scope: post, min: 2, any: [time, place, unsanctioned]}\n")
    eng, book = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-req", "[{lemma: митинг}]", extra), head=head)})
    assert not book.errors, book.errors
    assert spans(eng.check("Митинг.", "ru")) == []  # a lone word is nothing
    assert spans(eng.check("Митинг в 18:00.", "ru")) == [("Митинг", "medium")]
    rep = eng.check("Митинг на площади в 18:00 без разрешения.", "ru")
    assert spans(rep) == [("Митинг", "high")]
    assert set(rep.findings[0].signals) >= {"time", "place"}
    assert rep.risk == "high"


def test_exception_and_language_antipattern(make_engine):
    head = "antipatterns:\n  - pattern: [{lemma: акция}, {lemma: магазин}]\n"
    extra = "    exceptions:\n      - pattern: [{lemma: площадь}, {lemma: квартира}]\n"
    body = _rule("ru-assembly-ak", "[{lemma: акция}]") + _rule("ru-assembly-pl", "[{lemma: площадь}]", extra)
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(body, head=head)})
    assert spans(eng.check("Акция протеста", "ru"), "ru-assembly-ak") == [("Акция", "medium")]
    assert spans(eng.check("Акция магазина", "ru"), "ru-assembly-ak") == []
    assert spans(eng.check("Площадь квартиры 40 метров", "ru"), "ru-assembly-pl") == []


CUES = """context:
  - id: quoted
    kind: quoted
    effect: lower
    explain: {ru: q, kk: q, en: quoted}
  - id: question
    kind: question
    effect: lower
    explain: {ru: q, kk: q, en: question}
  - id: negation
    kind: pattern
    where: before
    pattern: [{text: не}]
    effect: suppress
    explain: {ru: n, kk: n, en: negated}
  - id: past
    kind: past_narrative
    effect: lower
    explain: {ru: p, kk: p, en: past}
  - id: authorised
    kind: pattern
    where: post
    pattern: [{lemma: согласовать}]
    unless: [{text: не}, {lemma: согласовать}]
    effect: suppress
    explain: {ru: a, kk: a, en: authorised}
"""


@pytest.mark.parametrize("text,expected,cue", [
    ("Выходите на площадь!", "high", None),
    ("Он написал: «Выходите на площадь!»", "medium", "quoted"),
    ("Выходите на площадь?", "medium", "question"),
    ("Не выходите на площадь!", None, "negation"),
    ("Митинг согласованный, выходите на площадь!", None, "authorised"),
])
def test_context_cues_lower_or_remove(make_engine, text, expected, cue):
    eng, book = make_engine({"ru/a.yaml": rule_yaml(
        _rule("ru-assembly-go", "[{lemma: выходить, feats: {Mood: Imp}}, {lemma: на}, {lemma: площадь}]", severity="high"),
        head=CUES)})
    assert not book.errors, book.errors
    rep = eng.check(text, "ru")
    got = [f.severity for f in rep.findings]
    assert got == ([expected] if expected else [])
    if cue:
        applied = [c["cue"] for f in rep.findings + rep.suppressed for c in f.context]
        assert cue in applied


def test_unless_keeps_risk_for_unauthorised(make_engine):
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(
        _rule("ru-assembly-go", "[{lemma: выходить, feats: {Mood: Imp}}]", severity="high"), head=CUES)})
    assert [f.severity for f in eng.check("Митинг не согласованный, выходите!", "ru").findings] == ["high"]


def test_past_narrative_lowers(make_engine):
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-m", "[{lemma: митинг}]"), head=CUES)})
    rep = eng.check("Вчера прошёл митинг.", "ru")
    assert [f.severity for f in rep.findings] == ["low"]
    assert rep.findings[0].context[0]["cue"] == "past"


def test_marker_chooses_underline_and_offsets_slice_original(make_engine):
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(_rule(
        "ru-assembly-mk", "[{lemma: все}, {lemma: выходить, marker: true}, {lemma: на, marker: true}, {pos: NOUN, marker: true}]"))})
    text = "😀😀 Все выходите на площадь"
    rep = eng.check(text, "ru")
    f = rep.findings[0]
    assert text[f.start:f.end] == f.text == "выходите на площадь"


def test_message_template_and_articles(make_engine):
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-m", "[{lemma: митинг}]"))})
    f = eng.check("Митинг!", "ru", ui_lang="ru").findings[0]
    assert f.message == "м Митинг"
    from app.core.knowledge import load_offences

    from app.core.model import article_label

    refs = list(load_offences()["assembly"].article_refs)  # from the knowledge base
    assert f.offence == "assembly"
    assert f.articles == [article_label(a, "ru") for a in refs]
    assert any(a.startswith("КоАП 488") for a in f.articles)  # in the reader's language
    en = eng.check("Митинг!", "ru", ui_lang="en").findings[0]
    assert en.articles == refs


def test_overlapping_findings_of_one_offence_keep_the_strongest(make_engine):
    body = _rule("ru-assembly-a", "[{lemma: митинг}]", severity="low") + \
        _rule("ru-assembly-b", "[{lemma: большой}, {lemma: митинг}]", severity="high")
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(body)})
    rep = eng.check("Большой митинг", "ru")
    assert [(f.rule, f.severity) for f in rep.findings] == [("ru-assembly-b", "high")]


def test_disabled_rules_do_not_fire(make_engine):
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-m", "[{lemma: митинг}]"))})
    eng.disabled.add("ru-assembly-m")
    assert eng.check("Митинг", "ru").findings == []


def test_scoring_levels():
    from app.core.model import Finding
    from app.core.scoring import score_findings

    def f(sev):
        return Finding(0, 1, "x", "r", "assembly", [], sev, "m")

    assert score_findings([]) == ("none", 0)
    assert score_findings([f("low")])[0] == "low"
    level, score = score_findings([f("medium")])
    assert level == "medium" and 30 <= score < 70
    assert score_findings([f("medium")] * 3)[0] == "high"  # independent medium signals stack up
    assert score_findings([f("high"), f("low")])[1] > score_findings([f("high")])[1]


def test_pattern_whose_selective_token_is_punctuation_still_fires(make_engine):
    # The fast rule-skipping word set must include punctuation, or a rule whose most selective
    # token is {text: ["—"]} is skipped before matching.
    body = _rule("ru-separatism-p", '[{lemma: север}, {text: ["—"]}, {lemma: россия}]')
    eng, _ = make_engine({"ru/a.yaml": rule_yaml(body, offence="separatism")})
    assert spans(eng.check("Север — Россия.", "ru")) == [("Север — Россия", "medium")]


def test_compiled_rulebook_cache_follows_file_edits(tmp_path, monkeypatch):
    """An unchanged rulebook comes from the cache; an edited file is compiled afresh."""
    from app.core.rulebook import load_rulebook

    monkeypatch.setenv("OYLAN_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules" / "ru"
    rules.mkdir(parents=True)
    f = rules / "a.yaml"
    f.write_text(rule_yaml(_rule("ru-assembly-one", "[{lemma: митинг}]")), encoding="utf-8")
    first = load_rulebook([tmp_path / "rules"])
    assert [r.id for r in first.rules] == ["ru-assembly-one"]
    assert list((tmp_path / "cache").glob("rulebook-*.pickle"))
    f.write_text(rule_yaml(_rule("ru-assembly-two", "[{lemma: пикет}]")), encoding="utf-8")
    second = load_rulebook([tmp_path / "rules"])
    assert [r.id for r in second.rules] == ["ru-assembly-two"]
    f.write_text("language: ru\nrules: [", encoding="utf-8")
    broken = load_rulebook([tmp_path / "rules"])
    assert broken.errors and not broken.rules


def test_mixed_post_signals_count_across_languages(make_engine):
    """A Russian call and a Kazakh time phrase in one post belong together."""
    ru = rule_yaml(_rule("ru-assembly-call", "[{lemma: выходить, feats: {Mood: Imp}}]",
                         "    requires: {scope: post, any: [time]}\n"),
                   head="signals:\n  time: [[{lemma: завтра}]]\n")
    kk = "language: kk\nsignals:\n  time: [[{text: ертең}]]\n"
    eng, book = make_engine({"ru/a.yaml": ru, "kk/common.yaml": kk})
    assert not book.errors, book.errors
    assert eng.check("Выходите все!", "ru").findings == []
    mixed = eng.check("Ертең бәріміз алаңға барамыз. Выходите все!")
    assert [f.rule for f in mixed.findings] == ["ru-assembly-call"]


def test_cue_unless_takes_a_list_of_patterns(make_engine):
    head = """context:
  - id: authorised
    kind: pattern
    where: post
    pattern: [{lemma: разрешение}]
    unless:
      - [{lemma: без}, {lemma: разрешение}]
      - [{lemma: разрешение}, {skip: 2}, {text: не}]
    effect: suppress
    explain: {ru: a, kk: a, en: authorised}
"""
    eng, book = make_engine({"ru/a.yaml": rule_yaml(_rule("ru-assembly-go", "[{lemma: выходить, feats: {Mood: Imp}}]"),
                                                     head=head)})
    assert not book.errors, book.errors
    assert eng.check("Есть разрешение акимата, выходите!", "ru").findings == []
    assert len(eng.check("Без разрешения, выходите!", "ru").findings) == 1
    assert len(eng.check("Разрешение мы не просили, выходите!", "ru").findings) == 1


def test_same_cue_id_in_two_languages_is_judged_by_each_books_own_pattern(make_engine):
    """A mixed post consults the Russian and the Kazakh book; cues that share an id keep their own words."""
    cue = """context:
  - id: shop_sale
    kind: pattern
    where: post
    pattern: [{{lemma: {word}}}]
    effect: suppress
    explain: {{ru: a, kk: a, en: shop}}
"""
    ru = rule_yaml(_rule("ru-assembly-go", "[{lemma: выходить, feats: {Mood: Imp}}]"), head=cue.format(word="скидка"))
    kk = rule_yaml(_rule("kk-assembly-come", "[{text: келіңіздер}]"), lang="kk", head=cue.format(word="жеңілдік"))
    eng, book = make_engine({"ru/a.yaml": ru, "kk/a.yaml": kk})
    assert not book.errors, book.errors
    # Russian words first, so the Russian cue is evaluated first and does not match
    report = eng.check("Акция в ТЦ, выходите. Барлық киімге жеңілдік, дүкенге келіңіздер.")
    assert [f.rule for f in report.findings] == ["ru-assembly-go"]
    assert [f.rule for f in report.suppressed] == ["kk-assembly-come"]


def test_bundled_rules_on_unsanctioned_kazakh_call_and_shop_promotion(bundled_engine):
    """'We are not asking permission' must not read as an authorised event; a shop promotion is no rally."""
    kk = bundled_engine.check("Ертең сағат 10-да әкімдікке барайық, бағаның өсуіне қарсы шығайық! Рұқсат сұрап жатпаймыз.")
    assert kk.risk == "high" and {f.offence for f in kk.findings} == {"assembly"}
    assert bundled_engine.check("Акция в магазине: скидки до 50% на всё! Приходите завтра с 10:00.").findings == []
