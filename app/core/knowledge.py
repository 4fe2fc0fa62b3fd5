"""Load the legal knowledge base: ``rules/offences.yaml`` and ``rules/rights.yaml``.

Pure Python (no Qt). Both files are parsed with safe YAML constructors only, validated against
``rules/knowledge.schema.json`` (JSON Schema draft 2020-12) and turned into frozen dataclasses.
Every problem is reported as a :class:`KnowledgeError` that names the file, line and column::

    rules/offences.yaml:42:9: offences[2].cases[0]: 'source' is a required property

The content is an awareness aid, not legal advice; see ``meta.disclaimer`` in each file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import jsonschema

from app.core.schema_errors import deepest as _deepest
from app.core.schema_errors import fmt_path as _fmt_path

from app import RULES_DIR
from app.core.yamlpos import Mark, YamlError, load_with_marks, mark_for, read_text

__all__ = [
    "OFFENCE_IDS",
    "KnowledgeError",
    "I18n",
    "Wording",
    "Article",
    "Penalty",
    "Amendment",
    "ConstitutionRef",
    "InForce",
    "International",
    "Case",
    "Source",
    "Meta",
    "Offence",
    "LegalBasis",
    "Right",
    "Contact",
    "Rights",
    "load_offences",
    "load_rights",
    "schema_path",
]

#: Offence ids fixed by the CLI contract (same tuple as app.core.model.OFFENCES).
OFFENCE_IDS: tuple[str, ...] = (
    "assembly",
    "discord",
    "false_info",
    "power_seizure",
    "separatism",
    "insult_authority",
    "extremism",
)
LANGS: tuple[str, ...] = ("ru", "kk", "en")
SCHEMA_NAME = "knowledge.schema.json"


class KnowledgeError(Exception):
    """A knowledge file is missing, not valid YAML, or does not match the schema."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{column}: {message}")
        self.file, self.line, self.column, self.message = file, line, column, message


# --------------------------------------------------------------------------- dataclasses


def _pick(values: Mapping[str, str], lang: str) -> str:
    """ru/kk/en with fallback to en (then to whatever is there)."""
    lang = (lang or "en").lower().split("-")[0].split("_")[0]
    if lang == "kz":
        lang = "kk"
    for key in (lang, "en", "ru", "kk"):
        v = values.get(key)
        if v:
            return v
    return ""


@dataclass(frozen=True, slots=True)
class I18n:
    ru: str = ""
    kk: str = ""
    en: str = ""

    def text(self, lang: str = "en") -> str:
        return _pick({"ru": self.ru, "kk": self.kk, "en": self.en}, lang)

    __call__ = text

    @classmethod
    def of(cls, d: Mapping[str, Any] | None) -> "I18n":
        d = d or {}
        return cls(ru=str(d.get("ru", "")), kk=str(d.get("kk", "")), en=str(d.get("en", "")))


@dataclass(frozen=True, slots=True)
class Wording:
    """Statute wording. ``ru``/``kk`` verbatim when ``verified``; ``en`` is an unofficial translation."""

    en: str
    verified: bool
    ru: str = ""
    kk: str = ""
    note: str = ""

    def text(self, lang: str = "en") -> str:
        return _pick({"ru": self.ru, "kk": self.kk, "en": self.en}, lang)


@dataclass(frozen=True, slots=True)
class Article:
    code: str  # "CC" (Criminal Code) or "KoAP" (Administrative Offences Code)
    number: str
    title: I18n
    wording: Wording
    source: str
    text_date: str
    status: str  # in_force | repealed | uncertain
    part: str | None = None
    note: I18n | None = None

    @property
    def ref(self) -> str:
        return f"{self.code} {self.number}" + (f"({self.part})" if self.part else "")

    def text(self, lang: str = "en") -> str:
        return self.title.text(lang)


@dataclass(frozen=True, slots=True)
class Penalty:
    article: str
    kind: str
    description: I18n
    fine_mci_min: int | None = None
    fine_mci_max: int | None = None
    term_max: str | None = None
    online: bool = False

    def fine_tenge_max(self, mci_tenge: int) -> int | None:
        return None if self.fine_mci_max is None else self.fine_mci_max * mci_tenge

    def text(self, lang: str = "en") -> str:
        return self.description.text(lang)


@dataclass(frozen=True, slots=True)
class Amendment:
    date: str
    what: I18n
    law: str = ""
    verified: bool = True
    note: str = ""


@dataclass(frozen=True, slots=True)
class ConstitutionRef:
    topic: I18n
    old: str
    new: str
    verified: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class InForce:
    summary: I18n
    amendments: tuple[Amendment, ...]
    constitution: tuple[ConstitutionRef, ...]

    def text(self, lang: str = "en") -> str:
        return self.summary.text(lang)


@dataclass(frozen=True, slots=True)
class International:
    instrument: str
    provision: str
    text_: I18n
    protects: bool | None = None
    verified: bool = True
    note: str = ""

    def text(self, lang: str = "en") -> str:
        return self.text_.text(lang)


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    name: str
    year: int | str
    article: str
    summary: I18n
    outcome: I18n
    source: str
    platform: str = ""
    verified: bool = True
    note: str = ""

    def text(self, lang: str = "en") -> str:
        return self.summary.text(lang)


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Meta:
    compiled: str
    sources: tuple[Source, ...]
    disclaimer: I18n
    mci_year: int | None = None
    mci_tenge: int | None = None
    mci_source: str = ""

    def text(self, lang: str = "en") -> str:
        return self.disclaimer.text(lang)


@dataclass(frozen=True, slots=True)
class Offence:
    id: str
    title: I18n
    short: I18n
    explanation: I18n
    articles: tuple[Article, ...]
    penalties: tuple[Penalty, ...]
    aggravating_online: I18n
    in_force: InForce
    international: tuple[International, ...]
    cases: tuple[Case, ...]
    safer_speech: tuple[I18n, ...]
    mitigating: I18n | None = None
    meta: Meta | None = field(default=None, compare=False, repr=False)

    def text(self, lang: str = "en") -> str:
        """The offence title in ``lang``."""
        return self.title.text(lang)

    @property
    def article_refs(self) -> tuple[str, ...]:
        return tuple(a.ref for a in self.articles)


@dataclass(frozen=True, slots=True)
class LegalBasis:
    articles: tuple[str, ...]
    verified: bool
    note: str = ""

    def __str__(self) -> str:
        return "; ".join(self.articles)


@dataclass(frozen=True, slots=True)
class Right:
    id: str
    group: str  # criminal | administrative | both
    title: I18n
    text_: I18n
    legal_basis: LegalBasis
    source: str

    def text(self, lang: str = "en") -> str:
        return self.text_.text(lang)


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: I18n
    what: I18n
    source: str
    url: str = ""
    scope: str = "domestic"

    def text(self, lang: str = "en") -> str:
        return self.name.text(lang)


@dataclass(frozen=True, slots=True)
class Rights:
    meta: Meta
    summary: tuple[I18n, ...]
    criminal: tuple[Right, ...]
    administrative: tuple[Right, ...]
    both: tuple[Right, ...]
    contacts: tuple[Contact, ...]

    def all(self) -> tuple[Right, ...]:
        return self.both + self.criminal + self.administrative

    def summary_text(self, lang: str = "en") -> list[str]:
        return [s.text(lang) for s in self.summary]

    def text(self, lang: str = "en") -> str:
        """The side-panel summary as bullet lines."""
        return "\n".join(f"• {s}" for s in self.summary_text(lang))


# --------------------------------------------------------------------------- loading


def schema_path() -> Path:
    return RULES_DIR / SCHEMA_NAME


@lru_cache(maxsize=4)
def _schema(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise KnowledgeError(path, 1, 1, f"cannot read schema: {e}") from None


def _validator(defname: str) -> jsonschema.protocols.Validator:
    schema = _schema(str(schema_path()))
    sub = {"$schema": schema.get("$schema"), "$defs": schema["$defs"], "$ref": f"#/$defs/{defname}"}
    return jsonschema.Draft202012Validator(sub)




def _load(path: Path, defname: str) -> tuple[dict[str, Any], dict[tuple, Mark], str]:
    file = str(path)
    if not path.is_file():
        raise KnowledgeError(file, 1, 1, "file not found")
    try:
        data, marks = load_with_marks(read_text(path), file)
    except YamlError as e:
        raise KnowledgeError(e.file, e.line, e.column, e.message) from None
    if not isinstance(data, dict):
        raise KnowledgeError(file, 1, 1, "expected a mapping at the top level")
    errors = [_deepest(e) for e in _validator(defname).iter_errors(data)]
    if errors:
        # Report the first problem in file order.
        located = sorted(((mark_for(marks, tuple(e.absolute_path)), i, e) for i, e in enumerate(errors)),
                         key=lambda t: (t[0].line, t[0].column, t[1]))
        m, _, err = located[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise KnowledgeError(file, m.line, m.column, f"{_fmt_path(err.absolute_path)}: {err.message}{more}")
    return data, marks, file


def _meta(d: Mapping[str, Any]) -> Meta:
    mci = d.get("mci") or {}
    return Meta(
        compiled=str(d["compiled"]),
        sources=tuple(Source(s["id"], s["title"], s.get("url", ""), s.get("note", "")) for s in d["sources"]),
        disclaimer=I18n.of(d["disclaimer"]),
        mci_year=mci.get("year"),
        mci_tenge=mci.get("tenge"),
        mci_source=mci.get("source", ""),
    )


def _article(d: Mapping[str, Any]) -> Article:
    w = d["wording"]
    return Article(
        code=d["code"],
        number=str(d["number"]),
        part=d.get("part"),
        title=I18n.of(d["title"]),
        wording=Wording(en=w["en"], verified=bool(w["verified"]), ru=w.get("ru", ""), kk=w.get("kk", ""), note=w.get("note", "")),
        source=d["source"],
        text_date=str(d["text_date"]),
        status=d["status"],
        note=I18n.of(d["note"]) if "note" in d else None,
    )


def _offence(d: Mapping[str, Any], meta: Meta) -> Offence:
    inf = d["in_force"]
    return Offence(
        id=d["id"],
        title=I18n.of(d["title"]),
        short=I18n.of(d["short"]),
        explanation=I18n.of(d["explanation"]),
        mitigating=I18n.of(d["mitigating"]) if "mitigating" in d else None,
        articles=tuple(_article(a) for a in d["articles"]),
        penalties=tuple(
            Penalty(
                article=p["article"],
                kind=p["kind"],
                description=I18n.of(p["description"]),
                fine_mci_min=p.get("fine_mci_min"),
                fine_mci_max=p.get("fine_mci_max"),
                term_max=p.get("term_max"),
                online=bool(p.get("online", False)),
            )
            for p in d["penalties"]
        ),
        aggravating_online=I18n.of(d["aggravating_online"]),
        in_force=InForce(
            summary=I18n.of(inf["summary"]),
            amendments=tuple(
                Amendment(str(a["date"]), I18n.of(a["what"]), a.get("law", ""), bool(a.get("verified", True)), a.get("note", ""))
                for a in inf["amendments"]
            ),
            constitution=tuple(
                ConstitutionRef(I18n.of(c["topic"]), str(c["old"]), str(c["new"]), bool(c["verified"]), c.get("note", ""))
                for c in inf["constitution"]
            ),
        ),
        international=tuple(
            International(i["instrument"], i["provision"], I18n.of(i["text"]), i.get("protects"), bool(i.get("verified", True)), i.get("note", ""))
            for i in d["international"]
        ),
        cases=tuple(
            Case(
                id=c["id"],
                name=c["name"],
                year=c["year"],
                article=c["article"],
                summary=I18n.of(c["summary"]),
                outcome=I18n.of(c["outcome"]),
                source=c["source"],
                platform=c.get("platform", ""),
                verified=bool(c.get("verified", True)),
                note=c.get("note", ""),
            )
            for c in d["cases"]
        ),
        safer_speech=tuple(I18n.of(s) for s in d["safer_speech"]),
        meta=meta,
    )


def load_offences(path: str | Path | None = None) -> dict[str, Offence]:
    """Load ``offences.yaml``; return ``{offence id: Offence}`` in file order.

    Raises :class:`KnowledgeError` (file:line:column) on any problem, including a missing or
    duplicated offence id.
    """
    p = Path(path) if path is not None else RULES_DIR / "offences.yaml"
    data, marks, file = _load(p, "offences_file")
    meta = _meta(data["meta"])
    out: dict[str, Offence] = {}
    for i, d in enumerate(data["offences"]):
        if d["id"] in out:
            m = mark_for(marks, ("offences", i, "id"))
            raise KnowledgeError(file, m.line, m.column, f"offences[{i}].id: duplicate offence id {d['id']!r}")
        out[d["id"]] = _offence(d, meta)
        seen: set[str] = set()
        for j, c in enumerate(d["cases"]):
            if c["id"] in seen:
                m = mark_for(marks, ("offences", i, "cases", j, "id"))
                raise KnowledgeError(file, m.line, m.column, f"duplicate case id {c['id']!r} in offence {d['id']!r}")
            seen.add(c["id"])
    missing = [o for o in OFFENCE_IDS if o not in out]
    if missing:
        m = mark_for(marks, ("offences",))
        raise KnowledgeError(file, m.line, m.column, f"offences: missing offence id(s) {', '.join(missing)}")
    return out


def load_rights(path: str | Path | None = None) -> Rights:
    """Load ``rights.yaml``. Raises :class:`KnowledgeError` (file:line:column) on any problem."""
    p = Path(path) if path is not None else RULES_DIR / "rights.yaml"
    data, marks, file = _load(p, "rights_file")
    ids: set[str] = set()

    def rights(group: str) -> tuple[Right, ...]:
        out = []
        for j, r in enumerate(data[group]):
            if r["id"] in ids:
                m = mark_for(marks, (group, j, "id"))
                raise KnowledgeError(file, m.line, m.column, f"{group}[{j}].id: duplicate id {r['id']!r}")
            ids.add(r["id"])
            lb = r["legal_basis"]
            out.append(
                Right(
                    id=r["id"],
                    group=group,
                    title=I18n.of(r["title"]),
                    text_=I18n.of(r["text"]),
                    legal_basis=LegalBasis(tuple(lb["articles"]), bool(lb["verified"]), lb.get("note", "")),
                    source=r["source"],
                )
            )
        return tuple(out)

    return Rights(
        meta=_meta(data["meta"]),
        summary=tuple(I18n.of(s) for s in data["summary"]),
        criminal=rights("criminal"),
        administrative=rights("administrative"),
        both=rights("both"),
        contacts=tuple(
            Contact(c["id"], I18n.of(c["name"]), I18n.of(c["what"]), c["source"], c.get("url", ""), c.get("scope", "domestic"))
            for c in data["contacts"]
        ),
    )


from app.core.model import article_label  # noqa: E402,F401 - re-exported for the GUI and handouts
