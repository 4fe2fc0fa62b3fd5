"""Accuracy and speed of app.core.langid.

    .venv/bin/python bench/langid_accuracy.py [--n 1000] [--seed 13] [--errors 5] [--mode rules|lingua|combined]

Prints: sentence accuracy on UD test sentences (kk: KTB, ru: Taiga + GSD), on the same
Kazakh sentences with Kazakh letters replaced by Russian look-alikes (phone typing), on
/work/shared/corpus/dev.jsonl posts (gold ru/kk; for "mixed" whether both languages were found
among sentences/words), speed, and lingua's load time and memory.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

UD = Path("/work/shared/data/ud")
KK_TEST = UD / "UD_Kazakh-KTB/kk_ktb-ud-test.conllu"
RU_TESTS = [UD / "UD_Russian-Taiga/ru_taiga-ud-test.conllu", UD / "UD_Russian-GSD/ru_gsd-ud-test.conllu"]
DEV = Path("/work/shared/corpus/dev.jsonl")
PHONE = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*")
SENT_RE = regex.compile(r"(?<=[.!?…])\s+|\n+")


def rss_mib() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def texts(path: Path) -> list[str]:
    return [l[9:].strip() for l in path.open(encoding="utf-8") if l.startswith("# text = ")]


def sample(items: list[str], n: int, rng: random.Random) -> list[str]:
    return items if n <= 0 or n >= len(items) else rng.sample(items, n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000, help="sentences per source (0 = all)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    ap.add_argument("--mode", default="combined", choices=["combined", "rules", "lingua"])
    args = ap.parse_args()

    # lingua cost, measured first in a fresh process state
    r0 = rss_mib()
    t0 = time.perf_counter()
    from app.core import langid
    from app.core.normalize import normalize_token

    t_import = time.perf_counter() - t0
    r_import = rss_mib()
    t0 = time.perf_counter()
    langid.warmup()
    t_lingua = time.perf_counter() - t0
    r_lingua = rss_mib()

    if args.mode == "rules":
        langid._lingua_kk_prob = lambda text: 0.5
    elif args.mode == "lingua":
        langid.CONFIDENT = float("inf")
        langid.LINGUA_WEIGHT = 1000.0

    def prep(text: str) -> list[str]:
        toks = WORD_RE.findall(text)
        norm = [normalize_token(t) for t in toks]
        if langid.is_latin_kazakh(norm):
            norm = [normalize_token(t, latin_kazakh=True) for t in toks]
        return norm

    rng = random.Random(args.seed)
    kk = sample(texts(KK_TEST), args.n, rng)
    ru = []
    for p in RU_TESTS:
        ru += sample(texts(p), args.n, rng)
    kk_phone = [t.translate(PHONE) for t in kk]
    kk_phone = [t for t in kk_phone if t]

    print(f"mode={args.mode}  n per source={args.n or 'all'}  seed={args.seed}")
    all_prepped = []
    for name, items, gold in (("UD kk (KTB test)", kk, "kk"), ("UD kk phone-typed", kk_phone, "kk"),
                              ("UD ru (Taiga+GSD test)", ru, "ru")):
        prepped = [prep(t) for t in items]
        all_prepped += prepped
        pred = [langid.detect_sentence(w) for w in prepped]
        ok = sum(p == gold for p in pred)
        nl = sum(1 for p in pred if p == "")
        # word level: share of words labelled with the other language (false code-switching)
        nw = nf = 0
        for w, p in zip(prepped, pred):
            if p:
                wl = [x for x in langid.word_languages(w, p) if x]
                nw += len(wl)
                nf += sum(x != gold for x in wl)
        print(f"{name:26s} {ok}/{len(items)} = {ok / len(items):.3f}  (no letters: {nl}; "
              f"accuracy on sentences with letters {ok / max(1, len(items) - nl):.3f}); "
              f"words labelled other language {nf}/{nw} = {nf / max(1, nw):.3%}")
        if args.errors:
            for t, p in [(t, p) for t, p in zip(items, pred) if p != gold][: args.errors]:
                print(f"    -> {p or '-'}: {t[:110]}")

    # dev posts
    posts = [json.loads(l) for l in DEV.open(encoding="utf-8")]
    res = {"ru": [0, 0], "kk": [0, 0], "mixed": [0, 0]}
    mixed_sent = [0, 0]
    errs = []
    pure_words = pure_foreign = 0
    for d in posts:
        gold = d["lang"]
        sent_langs, word_langs = [], []
        for s in SENT_RE.split(d["text"]):
            w = prep(s)
            L = langid.detect_sentence(w)
            if L:
                sent_langs.append(L)
                word_langs += [x for x in langid.word_languages(w, L) if x]
        found = set(word_langs)
        if gold == "mixed":
            ok = found == {"ru", "kk"}
            mixed_sent[0] += set(sent_langs) == {"ru", "kk"}
            mixed_sent[1] += 1
        else:
            ok = set(sent_langs) == {gold}
            pure_words += len(word_langs)
            pure_foreign += sum(x != gold for x in word_langs)
        res[gold][0] += ok
        res[gold][1] += 1
        if not ok:
            errs.append((gold, sent_langs, sorted(found), d["text"][:110]))
    for g, (ok, n) in res.items():
        extra = "  (both languages among words)" if g == "mixed" else "  (every sentence right)"
        print(f"dev posts {g:6s} {ok}/{n}{extra}")
    print(f"dev posts mixed: both languages among sentence labels {mixed_sent[0]}/{mixed_sent[1]}")
    print(f"dev posts ru/kk: words labelled the other language {pure_foreign}/{pure_words} "
          f"(includes real loans/quotes, e.g. Russian words in Kazakh posts)")
    if args.errors:
        for e in errs[: args.errors * 2]:
            print("   ", e)

    # speed: detect_sentence on pre-normalised words, cold word cache
    langid.word_score.cache_clear()
    t0 = time.perf_counter()
    for w in all_prepped:
        langid.detect_sentence(w)
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    for w in all_prepped:
        langid.detect_sentence(w)
    dt2 = time.perf_counter() - t0
    nw = sum(len(w) for w in all_prepped)
    print(f"speed detect_sentence: cold cache {len(all_prepped) / dt:,.0f} sent/s "
          f"({dt / len(all_prepped) * 1e3:.3f} ms/sent), warm {len(all_prepped) / dt2:,.0f} sent/s; "
          f"avg {nw / len(all_prepped):.1f} words/sent")
    from app.core import normalize as nz

    toks = [t for s in kk + ru for t in WORD_RE.findall(s)]
    nz._normalize.cache_clear()
    t0 = time.perf_counter()
    for t in toks:
        normalize_token(t)
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in toks:
        normalize_token(t)
    dt2 = time.perf_counter() - t0
    print(f"speed normalize_token: cold {len(toks) / dt:,.0f} tok/s, warm {len(toks) / dt2:,.0f} tok/s")
    print(f"import langid+normalize {t_import * 1e3:.0f} ms, +{r_import - r0:.1f} MiB; "
          f"lingua load (warmup) {t_lingua * 1e3:.0f} ms, +{r_lingua - r_import:.1f} MiB RSS")


if __name__ == "__main__":
    main()
