"""`make bench`: every figure the issues ask for, measured in one run on this machine.

Accuracy: lemma accuracy (UD Russian Taiga test, UD Kazakh KTB test) with
../shared/tools/score_lemmas.py; dev-corpus scores and false alarms on ordinary UD text with
../shared/tools/score_corpus.py; language identification (bench/langid_accuracy.py).
Speed: median/p95 latency for a 1,500-character post (ru and kk), batch posts/s on one core,
rulebook load time, cold start to first result, peak RSS, and the ratio of the full analysis
to a bare spaCy blank("ru") + pymorphy3 lemmatizer pass over the same posts.
Set BENCH_QUICK=1 to skip the slow accuracy runs.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
PY = sys.executable
ENV = {**os.environ, "PATH": f"{Path(PY).parent}:{os.environ.get('PATH', '')}"}  # the scorers call `python`


# Latency and throughput are CPU time of this thread: on a shared 2-core machine wall-clock time
# swings 2x with other processes' load, while CPU time is what "on one core" means.
CLOCK = time.thread_time


def head(title: str) -> None:
    print(f"\n== {title} ==", flush=True)


def last_lines(cmd: list[str], n: int = 1, grep: str = "") -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV)
    if done.returncode != 0:
        return f"FAILED ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}"
    lines = done.stdout.strip().splitlines()
    if grep:
        lines = [ln for ln in lines if grep in ln] + lines[-n:]
        return "\n".join(dict.fromkeys(lines))
    return "\n".join(lines[-n:])


def accuracy() -> None:
    ud = SHARED / "data" / "ud"
    head("lemma accuracy, content words (../shared/tools/score_lemmas.py)")
    for path, lang in [(ud / "UD_Russian-Taiga/ru_taiga-ud-test.conllu", "ru"), (ud / "UD_Kazakh-KTB/kk_ktb-ud-test.conllu", "kk")]:
        print(last_lines([PY, str(SHARED / "tools/score_lemmas.py"), str(path), "--lang", lang, "--errors", "0"], 1, grep="content"))
    head("dev corpus (../shared/tools/score_corpus.py ../shared/corpus/dev.jsonl)")
    print(last_lines([PY, str(SHARED / "tools/score_corpus.py"), str(SHARED / "corpus/dev.jsonl"), "--errors", "0"], 14))
    fresh = sorted((ROOT / "bench" / "fresh").glob("*.jsonl"))
    if fresh:
        head("our own fresh posts (bench/fresh: each round held out its newest sets, ru_f and kk_d now; see its README)")
        for path in fresh:
            print(f"{path.name:12}", last_lines([PY, str(SHARED / "tools/score_corpus.py"), str(path), "--errors", "0"], 1))
    head("false alarms on ordinary text (score_corpus.py --plain)")
    for path in ["UD_Russian-Taiga/ru_taiga-ud-test.conllu", "UD_Russian-GSD/ru_gsd-ud-test.conllu",
                 "UD_Kazakh-KTB/kk_ktb-ud-test.conllu"]:
        print(path.split("/")[0], "|", last_lines([PY, str(SHARED / "tools/score_corpus.py"), "--plain", str(ud / path), "--errors", "0"], 2).replace("\n", " | "))
    lang_bench = ROOT / "bench" / "langid_accuracy.py"
    if lang_bench.exists():
        head("language identification (bench/langid_accuracy.py)")
        print(last_lines([PY, str(lang_bench)], 12))


def posts_of(lang: str, size: int = 1500, count: int = 60, offset: int = 0) -> list[str]:
    """Realistic posts of ~size chars: dev-corpus posts of that language padded with UD sentences."""
    rows = [json.loads(x) for x in (SHARED / "corpus/dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    # Kazakh: KTB's train part has only 31 sentences, which would make every "first" check a re-check of
    # known words; its test part is used here as running text for timing only (nothing is tuned on it).
    ud_file = {"ru": "UD_Russian-Taiga/ru_taiga-ud-dev.conllu", "kk": "UD_Kazakh-KTB/kk_ktb-ud-test.conllu"}[lang]
    sents = [ln[9:] for ln in (SHARED / "data/ud" / ud_file).read_text(encoding="utf-8").splitlines() if ln.startswith("# text = ")]
    seeds = [r["text"] for r in rows if r["lang"] == lang]
    out, k = [], offset
    for i in range(count):
        text = seeds[i % len(seeds)]
        while len(text) < size:
            text += " " + sents[k % len(sents)]
            k += 1
        out.append(text[:size])
    return out


def speed() -> None:
    head("speed (one core; CPU time of the checking thread)")
    t0 = time.perf_counter()
    from app.core.rulebook import load_rulebook

    book = load_rulebook()
    t_book = time.perf_counter() - t0
    print(f"rulebook load: {t_book * 1000:.0f} ms ({len(book.rules)} rules, {len(book.errors)} errors)")
    from app.core.engine import Engine

    engine = Engine(rulebook=book)
    from app.core import gc_tuning

    engine.warm_up()  # as the editor does in the background: lexicons and the language detector loaded
    gc_tuning.settle()
    for lang in ("ru", "kk"):
        posts = posts_of(lang)
        for p in posts_of(lang, count=5, offset=500):
            engine.check(p)  # lazy models loaded, a few caches warm
        # First check of each post: its rarer words are analysed for the first time (a pasted post).
        # Re-check: the editor checks the same post again after every pause in typing.
        # New sentences, known words: an edited or new post in everyday vocabulary (caches of whole
        # sentences and their matches emptied before each check, word caches kept).
        from app.core import patterns

        for label in ("first check", "re-check", "new sentences, known words"):
            times = []
            for p in posts:
                if label.startswith("new"):
                    engine.pipeline._sentences.clear()
                    patterns._MEMO.clear()
                t = CLOCK()
                engine.check(p)
                times.append((CLOCK() - t) * 1000)
                gc_tuning.settle()  # as the editor's engine process does after sending each result
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            print(f"{lang} 1,500-char post, {label}: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
                  f"(target p95 <= 15 ms)")

    # Batch throughput and the ratio to a bare spaCy + pymorphy3 lemmatizer pass, same posts, same run.
    rows = [json.loads(x) for x in (SHARED / "corpus/dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    # 1,100 distinct posts (a dev post plus an ordinary UD sentence), so that no cache of whole
    # sentences helps; word-level caches are warm for every contender after the first round.
    seeds = [r["text"] for r in rows if r["lang"] == "ru"]
    ud = [ln[9:] for ln in (SHARED / "data/ud/UD_Russian-GSD/ru_gsd-ud-dev.conllu").read_text(encoding="utf-8").splitlines()
          if ln.startswith("# text = ")]
    ru_posts = [f"{seeds[i % len(seeds)]} {ud[i % len(ud)]}" for i in range(1100)]
    import pymorphy3
    import spacy

    # The baseline the issue names: spaCy blank("ru") with its own lemmatizer in pymorphy3 mode.
    nlp = spacy.blank("ru")
    nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    nlp.initialize()
    # A stricter one: spaCy's tokenizer plus a cached pymorphy3 top-lemma lookup (no POS, no readings).
    tok = spacy.blank("ru")
    morph = pymorphy3.MorphAnalyzer()
    cache: dict[str, str] = {}

    def cached_lemmas(text: str) -> list[str]:
        out = []
        for t in tok(text):
            w = t.text.lower()
            lemma = cache.get(w)
            if lemma is None:
                lemma = cache[w] = morph.parse(w)[0].normal_form
            out.append(lemma)
        return out

    def best_of(fn) -> float:
        best = float("inf")
        for _ in range(5):
            engine.pipeline._sentences.clear()  # the engine's sentence cache would favour it unfairly
            t = CLOCK()
            for p in ru_posts:
                fn(p)
            best = min(best, CLOCK() - t)
        return best

    for p in ru_posts[:50]:
        nlp(p)
        cached_lemmas(p)
        engine.check(p)
    # Interleave the runs so that load from other processes hits all three alike.
    best_spacy = best_cached = best_full = float("inf")
    for _ in range(3):
        best_spacy = min(best_spacy, best_of(nlp))
        best_cached = min(best_cached, best_of(cached_lemmas))
        best_full = min(best_full, best_of(engine.check))
    print(f"batch: {len(ru_posts) / best_full:.0f} posts/s (1,100 distinct Russian posts of ~{sum(map(len, ru_posts)) // len(ru_posts)} chars; target >= 800)")

    # Stricter: every post's sentences analysed afresh (caches of sentences and their matches
    # emptied before each post; the dev posts above recur in the batch, like reposts).
    from app.core import patterns

    def strict(p: str) -> None:
        engine.pipeline._sentences.clear()
        patterns._MEMO.clear()
        engine.check(p)

    best_strict = min(best_of(strict) for _ in range(2))
    print(f"batch, no sentence seen before: {len(ru_posts) / best_strict:.0f} posts/s (stricter, informational)")
    print(f"ratio full analysis / spaCy blank('ru') + pymorphy3 lemmatizer: {best_full / best_spacy:.2f} (target <= 1.5)")
    print(f"ratio full analysis / spaCy tokenizer + cached pymorphy3 top lemma: {best_full / best_cached:.2f} (stricter, informational)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MB (target <= 350 MB)")


def cold_start() -> None:
    head("cold start to first result (new process: `python -m app check -`)")
    times, cpu = [], []
    for _ in range(4):  # the first run may compile the rulebook cache; it counts like the others
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run([PY, "-m", "app", "check", "-", "--format", "json"], input="Выходите на площадь завтра!".encode(),
                              capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        assert done.returncode == 0, done.stderr
    # CPU time is what the process needs; wall time adds whatever else the shared machine is doing.
    print(f"cold start: CPU best {min(cpu):.2f} s, median {statistics.median(cpu):.2f} s; wall best {min(times):.2f} s, "
          f"median {statistics.median(times):.2f} s (target <= 2 s)")


def gui() -> None:
    gb = ROOT / "bench" / "gui_bench.py"
    if gb.exists():
        head("desktop editor (bench/gui_bench.py, offscreen)")
        env = {**ENV, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        done = subprocess.run([PY, str(gb)], capture_output=True, text=True, cwd=ROOT, env=env)
        print(done.stdout.strip() or f"FAILED: {done.stderr.strip()[-500:]}")


def main() -> None:
    print(f"Oylan benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if not os.environ.get("BENCH_QUICK"):
        accuracy()
    speed()
    cold_start()
    gui()


if __name__ == "__main__":
    main()
