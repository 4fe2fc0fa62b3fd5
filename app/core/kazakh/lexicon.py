"""The stem lexicon: lemma → {UPOS: cost}, plus a table of irregular closed-class forms.

Files (``models/kk/``, written by ``tools/build_kk_lexicon.py``):
  lexicon.tsv   lemma<TAB>UPOS<TAB>cost<TAB>support   (cost: 0 for a plain stem; more for doubtful entries;
                support: how many listed words are inflected forms of it — "paradigm support", a log-scale
                cost bonus added on loading)
  forms.tsv     form<TAB>lemma<TAB>UPOS<TAB>feats<TAB>cost   (pronoun cases, particles, copula ...)
"""

from __future__ import annotations

import math
from pathlib import Path

from app.core.kazakh.phonology import skeleton

MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "kk"
SUPPORT_WEIGHT = 0.08
SUPPORT_CAP = 0.4


def support_bonus(n: int) -> float:
    """Cost bonus of a lemma with n attested inflected forms (log scale, capped)."""
    return min(SUPPORT_CAP, SUPPORT_WEIGHT * math.log2(1 + n)) if n > 0 else 0.0


def parse_feats(s: str) -> tuple[tuple[str, str], ...]:
    if not s or s == "_":
        return ()
    return tuple(sorted(tuple(kv.split("=", 1)) for kv in s.split("|")))


class Lexicon:
    def __init__(self, entries: dict[str, dict[str, float]] | None = None,
                 forms: dict[str, list[tuple[str, str, tuple, float]]] | None = None):
        self.entries: dict[str, dict[str, float]] = entries if entries is not None else {}
        self.forms: dict[str, list[tuple[str, str, tuple, float]]] = forms if forms is not None else {}
        self._skel: dict[str, list[tuple[str, dict[str, float]]]] | None = None
        self._skel_prefix: frozenset = frozenset()
        self._forms_skel: dict[str, list[tuple[str, str, tuple, float]]] | None = None

    @classmethod
    def load(cls, model_dir: Path | str = MODEL_DIR) -> "Lexicon":
        model_dir = Path(model_dir)
        entries: dict[str, dict[str, float]] = {}
        with open(model_dir / "lexicon.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2:
                    continue
                lemma, pos = parts[0], parts[1]
                cost = float(parts[2]) if len(parts) > 2 and parts[2] else 0.0
                if len(parts) > 3 and parts[3]:
                    cost -= support_bonus(int(parts[3]))
                d = entries.get(lemma)
                if d is None:
                    entries[lemma] = {pos: cost}
                elif pos not in d or d[pos] > cost:
                    d[pos] = cost
        forms: dict[str, list] = {}
        fp = model_dir / "forms.tsv"
        if fp.exists():
            with open(fp, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or not line.strip():
                        continue
                    p = line.rstrip("\n").split("\t")
                    form, lemma, pos = p[0], p[1], p[2]
                    feats = parse_feats(p[3] if len(p) > 3 else "")
                    cost = float(p[4]) if len(p) > 4 and p[4] else 0.0
                    forms.setdefault(form, []).append((lemma, pos, feats, cost))
        return cls(entries, forms)

    def get(self, stem: str) -> dict[str, float] | None:
        return self.entries.get(stem)

    def __contains__(self, stem: str) -> bool:
        return stem in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    # ---- Russian-keyboard skeleton index, built on first use
    def skeleton_index(self) -> dict[str, list[tuple[str, dict[str, float]]]]:
        if self._skel is None:
            # only lemmas with letters a Russian keyboard lacks: the others are found without restoring
            idx: dict[str, list[tuple[str, dict[str, float]]]] = {}
            for lemma, d in self.entries.items():
                sk = skeleton(lemma)
                if sk != lemma:
                    idx.setdefault(sk, []).append((lemma, d))
            self._skel = idx
            self._skel_prefix = frozenset(k for k in idx if len(k) >= 3)
        return self._skel

    def forms_skeleton(self) -> dict[str, list[tuple[str, str, tuple, float]]]:
        """Irregular forms typed with Russian letters (сизге → сізге, мениң → менің): skeleton → entries."""
        if self._forms_skel is None:
            idx: dict[str, list[tuple[str, str, tuple, float]]] = {}
            for form, lst in self.forms.items():
                sk = skeleton(form)
                if sk != form:
                    idx.setdefault(sk, []).extend(lst)
            self._forms_skel = idx
        return self._forms_skel

    def may_need_restoring(self, w: str) -> bool:
        """Could a prefix of w (a stem, maybe with its last consonant voiced) be a Kazakh-lettered lemma?"""
        keys = self._skel_prefix
        n = len(w)
        for i in range(3, n + 1):
            if w[:i] in keys:
                return True
        if "г" in w or "б" in w:  # (only then may a prefix end in a voiced consonant)
            for i in range(3, n + 1):
                last = w[i - 1]
                if last in "гб" and w[:i - 1] + ("к" if last == "г" else "п") in keys:
                    return True
        return False
