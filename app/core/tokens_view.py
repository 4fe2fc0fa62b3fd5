"""Token analysis for rule writers: what the engine sees in a sentence."""

from __future__ import annotations

from typing import Any

from app.core.pipeline import Document


def token_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for t in doc.tokens:
        best = t.best
        rows.append({
            "start": t.start, "end": t.end, "text": t.text, "norm": t.norm, "language": t.lang,
            "sentence": t.sent,
            "lemma": best.lemma if best else t.norm,
            "pos": "PUNCT" if t.is_punct else (best.pos if best else "X"),
            "morph": best.morph_string() if best else "",
            "readings": [{"lemma": r.lemma, "pos": r.pos, "morph": r.morph_string()} for r in t.readings],
        })
    return rows


def token_table(doc: Document, indent: str = "") -> str:
    """A fixed-width table: token, language, best lemma/POS/morph, other readings."""
    head = f"{indent}{'#':>3}  {'token':<18}{'lang':<5}{'lemma':<16}{'pos':<6}{'morph':<40}other readings"
    lines = [head]
    for r in token_rows(doc):
        others = "; ".join(f"{x['lemma']} {x['pos']} {x['morph']}".strip() for x in r["readings"][1:4])
        if len(r["readings"]) > 4:
            others += f"; +{len(r['readings']) - 4}"
        lines.append(f"{indent}{r['sentence']:>3}  {r['text'][:17]:<18}{r['language']:<5}{r['lemma'][:15]:<16}"
                     f"{r['pos']:<6}{r['morph'][:39]:<40}{others}")
    return "\n".join(lines)
