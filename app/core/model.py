"""Plain data shared by every part of the engine: readings, tokens, findings, reports.

Everything is a dataclass so the CLI can dump it as JSON and the GUI can show it without
knowing how it was produced. Offsets are Python string offsets into the *original* text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

#: Offence ids fixed by the CLI contract (../shared/tools/score_corpus.py reads them).
OFFENCES = ("assembly", "discord", "false_info", "power_seizure", "separatism", "insult_authority", "extremism")
SEVERITIES = ("low", "medium", "high")
RISK_LEVELS = ("none", "low", "medium", "high")
LANGUAGES = ("ru", "kk")


@dataclass(frozen=True, slots=True)
class Reading:
    """One morphological analysis of a word.

    ``feats`` uses Universal Dependencies feature names and values (Mood=Imp, Person=2,
    Number=Plur, Case=Dat, Tense=Past, Aspect=Perf, Polarity=Neg, VerbForm=Inf ...) so that
    a rule written for Russian reads the same for Kazakh.
    """

    lemma: str
    pos: str
    feats: tuple[tuple[str, str], ...] = ()
    score: float = 1.0

    def feat(self, name: str) -> str | None:
        for k, v in self.feats:
            if k == name:
                return v
        return None

    def feats_dict(self) -> dict[str, str]:
        return dict(self.feats)

    def morph_string(self) -> str:
        return "|".join(f"{k}={v}" for k, v in self.feats)


def _reading_maker():
    """A constructor of :class:`Reading` that sets its four slots directly: the frozen dataclass's
    ``__init__`` goes through ``object.__setattr__`` per field, a third of the cost of analysing a new
    word's readings. It makes the same object; ``Reading`` itself is used if the class changes shape."""
    import dataclasses

    names = ("lemma", "pos", "feats", "score")
    if (Reading.__dict__.get("__slots__") != names or tuple(f.name for f in dataclasses.fields(Reading)) != names
            or hasattr(Reading, "__post_init__")):
        return Reading
    set_lemma, set_pos, set_feats, set_score = (Reading.__dict__[n].__set__ for n in names)
    new = object.__new__

    def make(lemma: str, pos: str, feats: tuple[tuple[str, str], ...] = (), score: float = 1.0) -> Reading:
        r = new(Reading)
        set_lemma(r, lemma)
        set_pos(r, pos)
        set_feats(r, feats)
        set_score(r, score)
        return r

    probe = ("a", "NOUN", (("Case", "Nom"),), 0.5)
    return make if make(*probe) == Reading(*probe) else Reading


#: Fast :class:`Reading` constructor for the analysers' hot paths (positional: lemma, pos, feats, score).
new_reading = _reading_maker()


@dataclass(slots=True)
class Token:
    """A word or punctuation mark with every plausible reading (best first)."""

    i: int  # index in the document
    start: int
    end: int
    text: str  # original surface form, text[start:end]
    norm: str  # normalised form used for analysis (lower case, script fixed)
    lang: str  # "ru", "kk" or "" for punctuation/numbers
    readings: tuple[Reading, ...] = ()
    is_punct: bool = False
    is_space: bool = False
    sent: int = 0  # sentence index
    keys: frozenset[str] = frozenset()  # norm + every reading's lemma: fast pre-test for patterns

    @property
    def best(self) -> Reading | None:
        return self.readings[0] if self.readings else None

    @property
    def lemma(self) -> str:
        return self.readings[0].lemma if self.readings else self.norm

    @property
    def lemmas(self) -> frozenset[str]:
        return self.keys or (frozenset(r.lemma for r in self.readings) | {self.norm})


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    lang: str  # dominant language of the sentence
    first_token: int
    last_token: int  # exclusive
    keys: frozenset[str] = frozenset()  # every token key (forms and lemmas) in the sentence
    rel_index: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> token positions from first_token
    langs: frozenset[str] = frozenset()  # languages of its words


@dataclass(slots=True)
class Finding:
    start: int
    end: int
    text: str
    rule: str
    offence: str
    articles: list[str]
    severity: str  # effective severity after context
    message: str
    base_severity: str = ""
    language: str = ""
    sentence: int = 0
    explanation: str = ""
    suggestion: str = ""
    rewrites: list[str] = field(default_factory=list)
    context: list[dict[str, Any]] = field(default_factory=list)  # context cues that changed severity
    signals: list[str] = field(default_factory=list)  # extra evidence found (time, place...)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Report:
    language: str  # "ru", "kk", "mixed" or "unknown"
    risk: str
    score: int
    findings: list[Finding]
    reasons: list[str] = field(default_factory=list)
    segments: list[dict[str, Any]] = field(default_factory=list)  # per-sentence language
    suppressed: list[Finding] = field(default_factory=list)  # removed by context, kept for explanation

    def to_json(self, with_suppressed: bool = False) -> dict[str, Any]:
        out = {
            "language": self.language,
            "risk": self.risk,
            "score": self.score,
            "findings": [f.to_json() for f in self.findings],
            "reasons": self.reasons,
            "segments": self.segments,
        }
        if with_suppressed:
            out["suppressed"] = [f.to_json() for f in self.suppressed]
        return out


# Code abbreviations as readers of each language know them (Criminal Code, Administrative Offences Code).
_CODE_LABELS = {
    "ru": {"CC": "УК", "KoAP": "КоАП"},
    "kk": {"CC": "ҚК", "KoAP": "ӘҚБтК"},
}


def articles_label(refs: str, lang: str = "en") -> str:
    """Every code in a free-form list of references ("KoAP 488; CC 400, CC 174") in the reader's language."""
    labels = _CODE_LABELS.get(lang)
    if not labels:
        return refs
    return _CODE_RE.sub(lambda m: labels[m.group()], refs)


_CODE_RE = re.compile(r"\b(?:CC|KoAP)\b")


def article_label(ref: str, lang: str = "en") -> str:
    """'CC 174(1)' in the reader's language: 'УК 174(1)' (ru), 'ҚК 174(1)' (kk); English keeps it."""
    code, sep, rest = ref.partition(" ")
    return _CODE_LABELS.get(lang, {}).get(code, code) + sep + rest
