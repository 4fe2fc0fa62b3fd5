#!/usr/bin/env python3
"""Direct lemma evaluation of the Kazakh analyser on UD_Kazakh-KTB (same logic as score_lemmas.py:
gold words located in the sentence text, content words NOUN PROPN VERB ADJ ADV, lower-case, ё→е),
with a simple tokenisation (words split on whitespace and punctuation; hyphens/apostrophes kept inside).

    .venv/bin/python bench/kk_lemmas.py [--errors 30] [--speed]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.kazakh import KazakhAnalyzer  # noqa: E402
from app.core.kazakh.context import rerank  # noqa: E402

UD = Path("/work/shared/data/ud/UD_Kazakh-KTB")
CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def read_conllu(path):
    sents, text, words = [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line:
                if text is not None and words:
                    sents.append((text, words))
                text, words = None, []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    words.append((cols[1], cols[2], cols[3]))
    if text is not None and words:
        sents.append((text, words))
    return sents


def locate(text, words):
    out, pos = [], 0
    for form, lemma, upos in words:
        i = text.find(form, pos)
        if i < 0 or i - pos > 40:
            out.append((None, None, form, lemma, upos))
            continue
        out.append((i, i + len(form), form, lemma, upos))
        pos = i + len(form)
    return out


def norm(s):
    return (s or "").lower().replace("ё", "е")


def evaluate(ana, path, errors=0, oracle=False, context=True):
    c, wrong = Counter(), Counter()
    for text, words in read_conllu(path):
        ms = list(WORD.finditer(text))
        toks = {(m.start(), m.end()): m.group() for m in ms}
        # the next word (only across white space, as the pipeline's next token): its readings reorder ours
        nexts = {(a.start(), a.end()): b.group() for a, b in zip(ms, ms[1:]) if not text[a.end():b.start()].strip()}
        prevs = {(b.start(), b.end()): a.group() for a, b in zip(ms, ms[1:]) if not text[a.end():b.start()].strip()}
        for start, end, form, lemma, upos in locate(text, words):
            if upos == "PUNCT" or lemma == "_" or upos not in CONTENT:
                continue
            c["all"] += 1
            tok = toks.get((start, end)) if start is not None else None
            if tok is None:
                c["unaligned"] += 1
                continue
            readings = ana.analyse(tok)
            nxt, prv = nexts.get((start, end)), prevs.get((start, end))
            if context:  # as the pipeline does (there the previous word may itself have been reordered first)
                readings = rerank(readings, ana.analyse(nxt) if nxt else None, ana.analyse(prv) if prv else None)
            if norm(readings[0].lemma) == norm(lemma):
                c["ok"] += 1
            else:
                wrong[(form, lemma, readings[0].lemma)] += 1
            if any(norm(r.lemma) == norm(lemma) for r in readings):
                c["oracle"] += 1
    n = c["all"]
    print(f"{Path(path).name}: content words {n}, lemma accuracy {c['ok'] / n:.3f}, "
          f"any-reading {c['oracle'] / n:.3f}, unaligned {c['unaligned'] / n:.3f}")
    for (form, gold, mine), k in wrong.most_common(errors):
        print(f"  {k:>3}x {form!r}: gold {gold!r}, got {mine!r}")
    return c["ok"] / n


def speed(ana_factory):
    words = set()
    for p in (UD / "kk_ktb-ud-test.conllu", UD / "kk_ktb-ud-train.conllu"):
        for text, _ in read_conllu(p):
            words.update(m.group().lower() for m in WORD.finditer(text))
    words = sorted(words)
    t0 = time.perf_counter()
    ana = ana_factory()
    ana.analyse("бала")  # loads the lexicon (and, for a word without Kazakh letters, the skeleton index)
    t_load = time.perf_counter() - t0
    best = None
    for _ in range(3):  # CPU time, best of 3 with a cold cache (the machine is shared)
        fresh = ana_factory(lexicon=ana.lexicon)
        t1 = time.process_time()
        for w in words:
            fresh.analyse(w)
        dt = time.process_time() - t1
        best = dt if best is None else min(best, dt)
    t2 = time.process_time()
    for w in words:
        fresh.analyse(w)
    t3 = time.process_time()
    print(f"load {t_load:.3f} s; {len(words)} distinct words uncached {len(words) / best:,.0f}/s (CPU time), "
          f"cached {len(words) / max(t3 - t2, 1e-9):,.0f}/s")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--speed", action="store_true")
    a = ap.parse_args()
    ana = KazakhAnalyzer()
    evaluate(ana, UD / "kk_ktb-ud-train.conllu", a.errors)
    evaluate(ana, UD / "kk_ktb-ud-test.conllu", 0)
    if a.speed:
        speed(KazakhAnalyzer)


if __name__ == "__main__":
    main()
