"""Tests for the legal knowledge base (rules/offences.yaml, rules/rights.yaml) and its loader."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from app import RULES_DIR
from app.core.knowledge import OFFENCE_IDS, I18n, KnowledgeError, load_offences, load_rights
from app.core.model import OFFENCES

OFFENCES_YAML = RULES_DIR / "offences.yaml"
RIGHTS_YAML = RULES_DIR / "rights.yaml"
SCHEMA = RULES_DIR / "knowledge.schema.json"
LANGS = ("ru", "kk", "en")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH_LETTERS = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.fixture(scope="module")
def offences():
    return load_offences()


@pytest.fixture(scope="module")
def rights():
    return load_rights()


def _full(t: I18n, where: str) -> None:
    for lang in LANGS:
        assert getattr(t, lang).strip(), f"{where}: empty {lang}"
    assert CYRILLIC.search(t.ru), f"{where}: ru text is not Cyrillic"
    assert CYRILLIC.search(t.kk), f"{where}: kk text is not Cyrillic"


# ----------------------------------------------------------------- schema / files


def test_schema_is_valid_draft_2020_12():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"].endswith("2020-12/schema")
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", [OFFENCES_YAML, RIGHTS_YAML])
def test_files_validate_against_top_level_schema(path: Path):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)  # top-level oneOf


@pytest.mark.parametrize("path", [OFFENCES_YAML, RIGHTS_YAML])
def test_files_start_with_schema_modeline(path: Path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert m, first
    assert (path.parent / m.group(1)).resolve() == SCHEMA.resolve()


def test_offence_ids_match_cli_contract(offences):
    assert OFFENCE_IDS == OFFENCES
    assert list(offences) == list(OFFENCE_IDS)


# ----------------------------------------------------------------- offences content


@pytest.mark.parametrize("oid", OFFENCE_IDS)
def test_offence_is_complete(offences, oid):
    o = offences[oid]
    for name in ("title", "short", "explanation", "aggravating_online"):
        _full(getattr(o, name), f"{oid}.{name}")
    assert o.articles, oid
    for a in o.articles:
        _full(a.title, f"{oid} {a.ref} title")
        assert a.wording.en and a.source and a.text_date
        if not a.wording.verified:
            assert a.wording.note, f"{oid} {a.ref}: unverified wording needs a note"
    assert o.penalties, oid
    for p in o.penalties:
        _full(p.description, f"{oid} penalty {p.article}")
    assert o.international, oid
    for i in o.international:
        _full(i.text_, f"{oid} {i.instrument}")
        if not i.verified:
            assert i.note
    assert o.cases, oid
    for c in o.cases:
        assert c.source.strip() and c.name.strip()
        _full(c.summary, f"{oid} case {c.id}")
        _full(c.outcome, f"{oid} case {c.id}")
    assert 2 <= len(o.safer_speech) <= 4
    for s in o.safer_speech:
        _full(s, f"{oid} safer_speech")
    assert o.in_force.constitution, oid
    _full(o.in_force.summary, f"{oid}.in_force")


def test_kazakh_text_is_kazakh(offences):
    # Every offence's kk explanation should use letters specific to Kazakh, not be Russian copied over.
    for o in offences.values():
        assert KAZAKH_LETTERS.search(o.explanation.kk), o.id
        assert o.explanation.kk != o.explanation.ru


def test_expected_articles_present(offences):
    refs = {oid: {f"{a.code} {a.number}" for a in o.articles} for oid, o in offences.items()}
    assert {"KoAP 488", "CC 400"} <= refs["assembly"]
    assert "CC 174" in refs["discord"]
    assert {"CC 274", "KoAP 456-2"} <= refs["false_info"]
    assert "CC 179" in refs["power_seizure"]
    assert "CC 180" in refs["separatism"]
    assert {"CC 375", "CC 378", "KoAP 73-3", "CC 131"} <= refs["insult_authority"]
    assert "CC 405" in refs["extremism"]


def test_briefing_cases_present(offences):
    ids = {c.id for o in offences.values() for c in o.cases}
    assert {"toregozhina-2016", "bokaev-ayan-2016", "semyonova-2015", "baidalinova-2016"} <= ids


def test_uncertain_items_are_marked(offences):
    insult = {a.number: a for a in offences["insult_authority"].articles}
    assert insult["373"].status == "uncertain"
    assert insult["130"].status == "repealed"
    # The 2026 Constitution's final numbering is not verified anywhere in the dossier.
    for o in offences.values():
        for c in o.in_force.constitution:
            assert not c.verified and c.note


def test_tenge_values_follow_mci(offences):
    meta = offences["assembly"].meta
    assert meta.mci_tenge == 4325 and meta.mci_year == 2026
    p = next(p for p in offences["assembly"].penalties if p.article == "KoAP 488(7)")
    assert p.fine_tenge_max(meta.mci_tenge) == 216_250
    assert "216,250" in p.description.en and "216 250" in p.description.ru


def test_text_fallback():
    t = I18n(ru="р", kk="", en="e")
    assert t.text("kk") == "e"
    assert t.text("kz") == "e"
    assert t.text("ru-RU") == "р"
    assert t.text("de") == "e"


def test_meta_disclaimer(offences, rights):
    for meta in (offences["discord"].meta, rights.meta):
        _full(meta.disclaimer, "meta.disclaimer")
    assert offences["discord"].meta.compiled == "2026-11-29"


# ----------------------------------------------------------------- rights content


def test_rights_are_complete(rights):
    assert 4 <= len(rights.summary) <= 6
    for s in rights.summary:
        _full(s, "summary")
    items = rights.all()
    assert rights.criminal and rights.administrative and rights.both
    for r in items:
        _full(r.title, r.id)
        _full(r.text_, r.id)
        assert r.legal_basis.articles and r.source
        if not r.legal_basis.verified:
            assert r.legal_basis.note, r.id
    assert len({r.id for r in items}) == len(items)
    names = " ".join(c.name.en for c in rights.contacts)
    for org in ("Adil Soz", "KIBHR", "Legal Media Center"):
        assert org in names


# ----------------------------------------------------------------- errors with positions


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_yaml_syntax_error_reports_line(tmp_path):
    lines = OFFENCES_YAML.read_text(encoding="utf-8").splitlines()
    idx = next(i for i, l in enumerate(lines) if l.strip().startswith("short:"))
    lines.insert(idx + 1, "      ru: [unclosed")
    p = _write(tmp_path, "offences.yaml", "\n".join(lines) + "\n")
    with pytest.raises(KnowledgeError) as ei:
        load_offences(p)
    e = ei.value
    assert e.file == str(p)
    assert idx + 1 <= e.line <= idx + 3, (e.line, idx)
    assert str(e).startswith(f"{p}:{e.line}:{e.column}:")


def test_schema_error_reports_line_of_bad_value(tmp_path):
    text = OFFENCES_YAML.read_text(encoding="utf-8")
    lines = text.splitlines()
    # Break the `kind` of the first penalty: not one of the allowed kinds.
    idx = next(i for i, l in enumerate(lines) if l.strip().startswith("kind:"))
    lines[idx] = lines[idx].split("kind:")[0] + "kind: flogging"
    p = _write(tmp_path, "offences.yaml", "\n".join(lines) + "\n")
    with pytest.raises(KnowledgeError) as ei:
        load_offences(p)
    assert ei.value.line == idx + 1
    assert "kind" in ei.value.message and "flogging" in ei.value.message


def test_missing_required_field_reports_line(tmp_path):
    text = RIGHTS_YAML.read_text(encoding="utf-8")
    lines = text.splitlines()
    idx = next(i for i, l in enumerate(lines) if l.strip() == 'source: "dossier §3"')
    del lines[idx]
    p = _write(tmp_path, "rights.yaml", "\n".join(lines) + "\n")
    with pytest.raises(KnowledgeError) as ei:
        load_rights(p)
    assert "source" in ei.value.message
    # Points at the start of the item whose source was removed (somewhere above the deleted line).
    assert 1 < ei.value.line <= idx


def test_missing_offence_id_is_an_error(tmp_path):
    data = OFFENCES_YAML.read_text(encoding="utf-8").replace("- id: separatism", "- id: discord", 1)
    p = _write(tmp_path, "offences.yaml", data)
    with pytest.raises(KnowledgeError, match="duplicate offence id 'discord'"):
        load_offences(p)


def test_missing_file_and_non_mapping(tmp_path):
    with pytest.raises(KnowledgeError, match="file not found"):
        load_offences(tmp_path / "nope.yaml")
    p = _write(tmp_path, "rights.yaml", "- just\n- a list\n")
    with pytest.raises(KnowledgeError) as ei:
        load_rights(p)
    assert (ei.value.line, ei.value.column) == (1, 1)


def test_unsafe_yaml_tag_is_rejected(tmp_path):
    p = _write(tmp_path, "rights.yaml", "meta: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(KnowledgeError) as ei:
        load_rights(p)
    assert ei.value.line == 1


def test_case_references_are_shown_in_the_readers_legal_abbreviations():
    from app.core.model import articles_label

    assert articles_label("KoAP 488; CC 400, CC 174", "ru") == "КоАП 488; УК 400, УК 174"
    assert articles_label("KoAP 488(11); CC 274(2)", "kk") == "ӘҚБтК 488(11); ҚК 274(2)"
    assert articles_label("CC 174", "en") == "CC 174"
