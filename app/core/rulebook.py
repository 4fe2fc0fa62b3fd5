"""Loading, validating and compiling the YAML rulebook.

Every rule file is validated against ``rules/schema.json``; an error names the file, line,
column and rule id and says how to fix it. A broken file (or rule) is reported and skipped —
the other files keep working. Word lists, signals, antipatterns and context cues are shared by
all files of one language. Folders are loaded in order (bundled rules, then the user's); rule
ids must be unique across all of them.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import pickle
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any



from app import RULES_DIR
from app.core.model import LANGUAGES
from app.core.patterns import PatternError, Sequence, compile_sequence
from app.core.yamlpos import Mark, YamlError, load_with_marks, mark_for, read_text

SCHEMA_PATH = RULES_DIR / "schema.json"


@dataclass(slots=True)
class RuleError:
    file: str
    line: int
    column: int
    message: str
    rule: str = ""
    hint: str = ""

    def __str__(self) -> str:
        rid = f" [{self.rule}]" if self.rule else ""
        hint = f" — {self.hint}" if self.hint else ""
        return f"{self.file}:{self.line}:{self.column}:{rid} {self.message}{hint}"


@dataclass(slots=True)
class Requirement:
    signals: list[str]
    scope: str = "sentence"
    min: int = 1


@dataclass(slots=True)
class Antipattern:
    sequence: Sequence
    scope: str = "match"


@dataclass(slots=True)
class Cue:
    id: str
    kind: str
    effect: str
    explain: dict[str, str]
    language: str
    sequence: Sequence | None = None
    where: str = "sentence"
    offences: frozenset[str] | None = None
    unless: list[Sequence] = field(default_factory=list)


@dataclass(slots=True)
class Rule:
    id: str
    language: str
    offence: str
    severity: str
    sequences: list[Sequence]
    message: dict[str, str]
    explanation: dict[str, str]
    suggestion: dict[str, str]
    examples_fire: list[str]
    examples_silent: list[str]
    file: str
    line: int
    name: str = ""
    requires: Requirement | None = None
    escalate: Requirement | None = None
    exceptions: list[Antipattern] = field(default_factory=list)
    ignore_context: frozenset[str] = frozenset()
    rewrite: dict[str, str] = field(default_factory=dict)
    source: str = ""
    required_words: frozenset[str] | None = None  # one of these must occur for any sequence to match

    def text(self, field_name: str, lang: str) -> str:
        texts = getattr(self, field_name)
        return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(slots=True)
class LanguageBook:
    language: str
    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    signals: dict[str, list[Sequence]] = field(default_factory=dict)
    antipatterns: list[Antipattern] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class Rulebook:
    books: dict[str, LanguageBook]
    errors: list[RuleError]
    files: list[Path]

    @property
    def rules(self) -> list[Rule]:
        return [r for b in self.books.values() for r in b.rules]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


@lru_cache(maxsize=1)
def _validator() -> "jsonschema.Draft202012Validator":
    import jsonschema  # imported on first validation only: it costs ~0.1 s of start-up

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def rule_files(folders: list[Path]) -> list[Path]:
    """Rule files in load order: each folder's <lang>/*.yaml, sorted by name."""
    out: list[Path] = []
    for folder in folders:
        folder = Path(folder)
        if folder.is_file():
            out.append(folder)
            continue
        for lang in LANGUAGES:
            sub = folder / lang
            if sub.is_dir():
                out.extend(sorted(p for p in sub.glob("*.y*ml") if p.is_file()))
    return out


@dataclass(slots=True)
class _Parsed:
    path: Path
    data: dict[str, Any]
    marks: dict


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


_PARSE_CACHE: dict[tuple[str, str], tuple[_Parsed | None, list[RuleError]]] = {}


def parse_file(path: Path, text: str | None = None) -> tuple[_Parsed | None, list[RuleError]]:
    """Read and schema-check one file. Returns (parsed or None, errors).

    Results are cached by file name and text: YAML parsing and schema checks are most of a
    reload, and the rule studio re-validates on every edit where only one file has changed.
    """
    try:
        src = read_text(path) if text is None else text
    except (YamlError, OSError):
        return _parse_file(path, text)  # reports the problem
    key = (_display(path), src)
    hit = _PARSE_CACHE.get(key)
    if hit is None:
        hit = _parse_file(path, src)
        if len(_PARSE_CACHE) > 128:
            _PARSE_CACHE.clear()
        _PARSE_CACHE[key] = hit
    return hit[0], list(hit[1])


def _parse_file(path: Path, text: str | None = None) -> tuple[_Parsed | None, list[RuleError]]:
    name = _display(path)
    try:
        src = read_text(path) if text is None else text
        data, marks = load_with_marks(src, name)
    except YamlError as e:
        return None, [RuleError(name, e.line, e.column, e.message, hint="fix the YAML syntax at this position")]
    except OSError as e:
        return None, [RuleError(name, 1, 1, f"cannot read file: {e.strerror}")]
    if not isinstance(data, dict):
        return None, [RuleError(name, 1, 1, "a rule file must be a mapping with at least 'language:'")]
    errors: list[RuleError] = []
    for err in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        if err.validator == "oneOf" and err.context and not _is_rule_path(tuple(err.absolute_path)):
            # "fits none of token/gap": report the reason from the most relevant alternative.
            err = _closest_alternative(err)
        path_ = tuple(err.absolute_path)
        m = mark_for(marks, path_)
        rid = _rule_id_at(data, path_)
        hint = _schema_hint(err)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            # Point at the misspelt key itself and suggest the nearest allowed one.
            allowed = list((err.schema.get("properties") or {}).keys())
            extra = [k for k in err.instance if k not in allowed]
            if extra:
                m = marks.get(path_ + (extra[0], "__key__"), m)
                close = difflib.get_close_matches(str(extra[0]), allowed, n=1)
                hint = (f"did you mean '{close[0]}'? " if close else "") + f"allowed here: {', '.join(allowed)}"
        errors.append(RuleError(name, m.line, m.column, _schema_message(err), rule=rid, hint=hint))
    return _Parsed(path, data, marks), errors


def _rule_id_at(data: dict, path: tuple) -> str:
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        rules = data.get("rules") or []
        if path[1] < len(rules) and isinstance(rules[path[1]], dict):
            return str(rules[path[1]].get("id", f"rules[{path[1]}]"))
    return ""


def _schema_message(err: "jsonschema.ValidationError") -> str:
    where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
    if err.validator == "additionalProperties":
        return f"at {where}: {err.message.replace('Additional properties are not allowed', 'unknown key')}"
    if err.validator == "required":
        return f"at {where}: {err.message}"
    if err.validator == "oneOf" and _is_rule_path(tuple(err.absolute_path)):
        return f"at {where}: a rule needs exactly one of 'pattern' or 'patterns'"
    if err.validator == "oneOf":
        return f"at {where}: value does not fit any allowed form ({_short(err.instance)})"
    return f"at {where}: {err.message}"


def _closest_alternative(err: "jsonschema.ValidationError") -> "jsonschema.ValidationError":
    import jsonschema

    """Of oneOf's alternatives, the one the author most likely meant: fewest errors, preferring
    one whose errors are not about missing or unknown keys (i.e. the right kind of thing)."""
    groups: dict[Any, list] = {}
    for sub in err.context:
        groups.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else 0, []).append(sub)

    def cost(errs: list) -> tuple[int, int]:
        shape = sum(e.validator in ("required", "additionalProperties") for e in errs)
        return shape, len(errs)

    best = min(groups.values(), key=cost)
    return jsonschema.exceptions.best_match(best)


def _is_rule_path(path: tuple) -> bool:
    return len(path) == 2 and path[0] == "rules" and isinstance(path[1], int)


def _schema_hint(err: "jsonschema.ValidationError") -> str:
    hints = {
        "additionalProperties": "check the spelling; allowed keys are listed in rules/schema.json and docs/rules.md",
        "required": "add the missing key",
        "enum": "use one of the allowed values",
        "minItems": "add more items (rules need at least two firing and two silent examples)",
        "pattern": "ids look like ru-assembly-call_to_go_out; names use lower case, digits and _",
        "type": "check the value's type (text, number, list or mapping)",
    }
    return hints.get(str(err.validator), "")


def _short(value: Any) -> str:
    s = json.dumps(value, ensure_ascii=False)
    return s if len(s) < 60 else s[:57] + "..."


CACHE_VERSION = "4"  # bump when the compiled classes change shape


def load_rulebook(folders: list[Path] | None = None, overrides: dict[Path, str] | None = None) -> Rulebook:
    """Load every rule file under ``folders`` (default: the bundled rules).

    ``overrides`` maps a file path to unsaved text (the rule studio checks a buffer before saving).
    Compiling the rulebook (YAML, schema, patterns) costs a few hundred milliseconds of every
    start; the compiled result is kept in the user's cache folder, keyed by a hash of every rule
    file's bytes, so an unchanged rulebook loads at once and any edit rebuilds it.
    """
    folders = [RULES_DIR] if folders is None else [Path(f) for f in folders]
    if overrides or os.environ.get("OYLAN_NO_RULE_CACHE"):
        return _build_rulebook(folders, overrides)
    files = rule_files(folders)
    h = hashlib.sha256(f"{CACHE_VERSION}|{sys.version}|{Path.cwd()}|".encode())
    try:
        h.update(SCHEMA_PATH.read_bytes())
        for f in files:
            h.update(str(f.resolve()).encode() + b"\0" + f.read_bytes() + b"\0")
    except OSError:
        return _build_rulebook(folders, overrides)
    cache = _cache_dir() / f"rulebook-{h.hexdigest()[:32]}.pickle"
    try:
        with open(cache, "rb") as fh:
            book = pickle.load(fh)
        if isinstance(book, Rulebook):
            try:
                os.utime(cache)  # recently used: kept when older compilations are dropped
            except OSError:
                pass
            return book
    except Exception:  # noqa: BLE001 - a missing, stale or corrupt cache is simply rebuilt
        pass
    book = _build_rulebook(folders, overrides)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Keep the few most recent compilations (the bundled rules with and without the user's own,
        # a second installation) rather than evicting each other on every start; drop older ones.
        olds = sorted(cache.parent.glob("rulebook-*.pickle"), key=_mtime, reverse=True)
        for old in olds[3:]:
            old.unlink(missing_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(book, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: no cache, same result
    return book


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _cache_dir() -> Path:
    env = os.environ.get("OYLAN_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Oylan", appauthor=False))


def _build_rulebook(folders: list[Path], overrides: dict[Path, str] | None) -> Rulebook:
    overrides = {Path(k).resolve(): v for k, v in (overrides or {}).items()}
    files = rule_files(folders)
    errors: list[RuleError] = []
    parsed: list[_Parsed] = []
    for path in files:
        p, errs = parse_file(path, overrides.get(path.resolve()))
        errors.extend(errs)
        if p is not None and not errs:
            parsed.append(p)
    books = {lang: LanguageBook(lang) for lang in LANGUAGES}
    # Pass 1: word lists (needed by everything else).
    for p in parsed:
        book = books[p.data["language"]]
        for name, words in (p.data.get("lists") or {}).items():
            if name in book.lists:
                m = mark_for(p.marks, ("lists", name, "__key__"))
                errors.append(RuleError(_display(p.path), m.line, m.column, f"word list {name!r} is defined twice",
                                        hint="list names are shared by all files of a language; rename one"))
                continue
            book.lists[name] = frozenset(str(w).lower().replace("ё", "е") for w in words) | frozenset(
                str(w).lower() for w in words)
    # Pass 2: signals, antipatterns, cues.
    for p in parsed:
        book = books[p.data["language"]]
        name = _display(p.path)
        for sname, pats in (p.data.get("signals") or {}).items():
            try:
                seqs = [compile_sequence(pat, book.lists, ("signals", sname, i)) for i, pat in enumerate(pats)]
            except PatternError as e:
                errors.append(_pattern_error(name, p.marks, e))
                continue
            if sname in book.signals:
                m = mark_for(p.marks, ("signals", sname, "__key__"))
                errors.append(RuleError(name, m.line, m.column, f"signal {sname!r} is defined twice"))
                continue
            book.signals[sname] = seqs
        for i, ap in enumerate(p.data.get("antipatterns") or []):
            try:
                book.antipatterns.append(
                    Antipattern(compile_sequence(ap["pattern"], book.lists, ("antipatterns", i, "pattern")),
                                ap.get("scope", "match")))
            except PatternError as e:
                errors.append(_pattern_error(name, p.marks, e))
        for i, cue in enumerate(p.data.get("context") or []):
            try:
                seq = compile_sequence(cue["pattern"], book.lists, ("context", i, "pattern")) if "pattern" in cue else None
                raw_unless = cue.get("unless") or []
                if raw_unless and isinstance(raw_unless[0], dict):  # one pattern rather than a list of them
                    unless = [compile_sequence(raw_unless, book.lists, ("context", i, "unless"))]
                else:
                    unless = [compile_sequence(u, book.lists, ("context", i, "unless", j))
                              for j, u in enumerate(raw_unless)]
            except PatternError as e:
                errors.append(_pattern_error(name, p.marks, e))
                continue
            if cue["kind"] == "pattern" and seq is None:
                m = mark_for(p.marks, ("context", i))
                errors.append(RuleError(name, m.line, m.column, f"context cue {cue['id']!r} of kind pattern needs 'pattern'"))
                continue
            book.cues.append(Cue(
                id=cue["id"], kind=cue["kind"], effect=cue["effect"], explain=cue["explain"], language=book.language,
                sequence=seq, where=cue.get("where", "sentence"),
                offences=frozenset(cue["offences"]) if cue.get("offences") else None, unless=unless))
    # Pass 3: rules.
    seen: dict[str, str] = {}
    for p in parsed:
        book = books[p.data["language"]]
        name = _display(p.path)
        for i, rd in enumerate(p.data.get("rules") or []):
            rule, err = _compile_rule(rd, i, p, book, name)
            if err:
                errors.append(err)
                continue
            if rule.id in seen:
                m = mark_for(p.marks, ("rules", i, "id"))
                errors.append(RuleError(name, m.line, m.column, f"rule id {rule.id!r} is already used in {seen[rule.id]}",
                                        rule=rule.id, hint="ids must be unique across all rule folders; rename this rule"))
                continue
            seen[rule.id] = f"{name}:{rule.line}"
            book.rules.append(rule)
    return Rulebook(books=books, errors=errors, files=files)


def _pattern_error(file: str, marks: dict, e: PatternError, rule: str = "") -> RuleError:
    m = mark_for(marks, e.path)
    return RuleError(file, m.line, m.column, str(e), rule=rule)


def _compile_rule(rd: dict, i: int, p: _Parsed, book: LanguageBook, name: str) -> tuple[Rule | None, RuleError | None]:
    rid = rd["id"]
    base = ("rules", i)
    offence = rd.get("offence") or p.data.get("offence")
    m = mark_for(p.marks, base)
    if not offence:
        return None, RuleError(name, m.line, m.column, "rule has no offence", rule=rid,
                               hint="set 'offence:' on the rule or at the top of the file")
    if not rid.startswith(book.language + "-"):
        return None, RuleError(name, m.line, m.column, f"rule id must start with '{book.language}-'", rule=rid)
    try:
        pats = [rd["pattern"]] if "pattern" in rd else rd["patterns"]
        keys = [base + ("pattern",)] if "pattern" in rd else [base + ("patterns", j) for j in range(len(pats))]
        seqs = [compile_sequence(pat, book.lists, k) for pat, k in zip(pats, keys)]
        exceptions = [
            Antipattern(compile_sequence(ex["pattern"], book.lists, base + ("exceptions", j, "pattern")), ex.get("scope", "match"))
            for j, ex in enumerate(rd.get("exceptions") or [])
        ]
    except PatternError as e:
        return None, _pattern_error(name, p.marks, e, rid)
    reqs = []
    for key in ("requires", "escalate"):
        r = rd.get(key)
        if not r:
            reqs.append(None)
            continue
        missing = [s for s in r["any"] if s not in book.signals]
        if missing:
            mm = mark_for(p.marks, base + (key, "any"))
            return None, RuleError(name, mm.line, mm.column, f"unknown signal(s) {', '.join(missing)}", rule=rid,
                                   hint=f"define them under 'signals:'; known: {', '.join(sorted(book.signals)) or 'none'}")
        reqs.append(Requirement(list(r["any"]), r.get("scope", "sentence"), r.get("min", 1)))
    required = _required_words(seqs)
    ex = rd["examples"]
    return Rule(
        id=rid, language=book.language, offence=offence, severity=rd["severity"], sequences=seqs,
        message=rd["message"], explanation=rd["explanation"], suggestion=rd["suggestion"],
        examples_fire=list(ex["fire"]), examples_silent=list(ex["silent"]), file=name, line=m.line,
        name=rd.get("name", ""), requires=reqs[0], escalate=reqs[1], exceptions=exceptions,
        ignore_context=frozenset(rd.get("ignore_context") or ()), rewrite=rd.get("rewrite") or {},
        source=rd.get("source", ""), required_words=required,
    ), None


def _required_words(seqs: list[Sequence]) -> frozenset[str] | None:
    """Union over alternatives of the most selective required word set; None if any alternative has none."""
    out: set[str] = set()
    for s in seqs:
        sets = s.required_words
        if not sets:
            return None
        out |= min(sets, key=len)
    return frozenset(out)
