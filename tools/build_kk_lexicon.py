#!/usr/bin/env python3
"""Regenerate models/kk/lexicon.tsv from Debian's hunspell-kk word list + models/kk/additions.tsv.

    .venv/bin/python tools/build_kk_lexicon.py [--dic /usr/share/hunspell/kk_KZ.dic]

Steps:
 1. read kk_KZ.dic: headwords with verb flags (M...) are infinitives → verb stems (болу → бол,
    сөйлеу → сөйле, шығу → шық, қою → қой, оқу → оқы when оқыту/оқы attest the ы);
    other headwords are nominals (capitalised → PROPN, else NOUN);
 2. drop headwords that are inflected forms of another headword (the .dic lists many:
    қазақтың, шыққан, президенті ...): parse each with the suffix grammar against the rest
    of the lexicon; passive/reciprocal verb stems (жинал, сатыл) are dropped too (UD KTB strips voice);
 3. count for every surviving stem the listed words that are real inflected forms of it (case, plural,
    finite/participle; "paradigm support", 4th column; the loader turns it into a log-scale cost bonus);
    a kept nominal headword that is itself an inflected form of a lemma with a richer paradigm (елде = ел+LOC)
    pays for the contrast of the two supports; a penalty when a nominal headword is only a verb stem listed bare;
 4. add models/kk/additions.tsv (always kept, its POS wins).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app.core.kazakh.morph as morph  # noqa: E402
from app.core.kazakh.lexicon import Lexicon  # noqa: E402
from app.core.kazakh.morph import CAUSATIVES, KazakhAnalyzer  # noqa: E402
from app.core.kazakh.phonology import PURE_VOWELS, VOICED_TO_VOICELESS, harmony  # noqa: E402

OUT = ROOT / "models" / "kk"
# features whose presence means "this headword is an inflected form, not a lemma"
DROP_FEATS = {("Case", "Gen"), ("Case", "Abl"), ("Case", "Loc"), ("Case", "Dat"), ("Case", "Ins"),
              ("Number", "Plur"), ("VerbForm", "Fin"), ("VerbForm", "Part"), ("Aspect", "Perf")}
PSOR = ("Person[psor]", "3")
CONTRAST_W = float(os.environ.get("KK_CON_W", "0.15"))
CONTRAST_CAP = float(os.environ.get("KK_CON_CAP", "1.0"))
SOFT_PENALTY = float(os.environ.get("KK_SOFT", "0.3"))
SOFT_PENALTY_NONE = float(os.environ.get("KK_SOFT0", "0.5"))
SOFT_WAIVE = int(os.environ.get("KK_SOFT_WAIVE", "3"))
KEEP_OWN = int(os.environ.get("KK_KEEP_OWN", "2"))
# a proper name that is also a common word (Орал/орал, Абай/абай) comes second unless capitalisation says otherwise
PROPN_SECOND = 0.3
PROPN_INFLECTED = 0.6  # ... and further back when the word is also an inflected form (Ерден = ер + ден)
CAUSATIVE_VERB = 0.1
DENOMINAL_VERB = 0.3
# a nominal headword that also parses as a bare passive/reflexive stem (жасыл = жас+ыл?, шетел, тұман, батыл,
# сайлан) keeps its nominal reading at this cost, less when nominal derivatives of it are listed (батылдық,
# баянсыз, тұмандау): the bare command of a passive is almost never written, the forms of the verb still parse
# as the verb (сайланды = сайла+н+ды, not сайлан + accusative)
PASSIVE_NOMINAL_COST = float(os.environ.get("KK_PN", "1.0"))
PASSIVE_NOMINAL_DERIVED = float(os.environ.get("KK_PND", "0.7"))
NOMINAL_DERIVATIVES = ("дық", "лық", "тық", "дік", "лік", "тік", "сыз", "сіз", "шы", "ші", "дау", "деу", "лау", "леу",
                       "тау", "теу", "дан", "ден", "лан", "лен", "дас", "дес")
# a vowel-final stem's own case forms that no stem + 3rd-person possessive can have (жалақыны, жалақыға:
# the possessive takes -н, -на, -нда): one listed is enough to keep the headword (жалақы ≠ жалақ + ы)
VOWEL_STEM_ONLY = ("ны", "ні", "ға", "ге", "да", "де", "дан", "ден", "лар", "лер")
# ... unless the possessive's own continuations are listed too (күнін, күніне: күні = күн + і)
P3_ONLY_ENDINGS = ("н", "на", "не", "нда", "нде", "нан", "нен")
# adjective suffixes: -лы/-лі/-ды/-ді/-ты/-ті 'having' (жаралы, жүкті), -ғы/-гі/-қы/-кі of time and place
# (таңғы, кешкі, түскі)
ADJ_SUFFIXES = ("лы", "лі", "ды", "ді", "ты", "ті", "ғы", "гі", "қы", "кі")
ADJ_LY_AFTER = {"л": frozenset(PURE_VOWELS) | frozenset("йуриюр"), "д": frozenset("лмнңзж"), "т": frozenset("кқпстшфхц")}
# a headword in -н that looks like stem + possessive + accusative (еркін = ерік+і+н?, салқын = салық+ы+н?) is a stem
# when one of these forms of it is listed: a possessive takes -на, -нда, -нан, -ндай, -нша, never these (еркіндік,
# салқынға, толқындар, тұтқынның, айқындау)
AFTER_N_STEM_ONLY = ("ға", "ге", "дан", "ден", "дар", "дер", "дың", "дің", "мен", "дық", "дік", "дау", "деу", "сыз", "сіз")
NEG_ENDINGS = {"ма", "ме", "ба", "бе", "па", "пе"}
P3_ONLY = {PSOR, ("Case", "Nom"), ("Case", "Acc")}
BARE_VOICE = {("Voice", "Pass"), ("Voice", "Rcp"), ("Mood", "Imp"), ("Number", "Sing"), ("Person", "2"),
              ("VerbForm", "Fin")}


def read_dic(path: Path):
    nominals, verbs_inf, propers = {}, [], set()
    with open(path, encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            line = line.strip()
            if not line:
                continue
            word, _, flags = line.partition("/")
            if flags.startswith("M"):
                verbs_inf.append(word.lower())
            else:
                pos = "PROPN" if word[:1].isupper() else "NOUN"
                nominals.setdefault(word.lower(), pos)
                if pos == "PROPN":
                    propers.add(word.lower())  # Орал the city besides орал 'return': both readings are kept
    return nominals, verbs_inf, propers


# the only Kazakh verb roots that are a consonant + a pure vowel (жу, ту, ки, ти are spelled with у/и)
OPEN_ROOTS = frozenset({"де", "же"})


def verb_stem(inf: str, nominals: dict, infs: set) -> str | None:
    st = _verb_stem(inf, nominals, infs)
    if st is None or len(st) < 2:
        return None  # ту, шу, қу, ау (with -у stripped: т, ш, қ, а) are no verbs; туу, шуу, қуу are
    if len(st) == 2 and st[0] not in PURE_VOWELS and (st[-1] in PURE_VOWELS and st not in OPEN_ROOTS
                         or st[0] not in PURE_VOWELS and st[-1] in "ыі"):
        # тау, сау, жау, қау, дау (mountain, healthy, enemy ...): the .dic flags them as verbs, but there is
        # no verb та, са, жа; жу, су (→ жы, сы) are no infinitives either (жуу, суу are)
        return None
    return st


def _verb_stem(inf: str, nominals: dict, infs: set) -> str | None:
    if len(inf) < 2:
        return None
    if inf.endswith("ю"):
        base = inf[:-1]
        return base if base.endswith("и") else base + "й"
    if not inf.endswith("у"):
        return None
    base = inf[:-1]
    if not base:
        return None
    if base[-1] in PURE_VOWELS or base[-1] in "уи":
        return base
    i = "і" if harmony(base) == "f" else "ы"
    yv = base + i
    dv = base[:-1] + VOICED_TO_VOICELESS.get(base[-1], base[-1])
    if yv + "ту" in infs or (yv in nominals and dv not in nominals and base not in nominals):
        return yv
    # қорқу → қорық, ерну → ерін: the .dic lists the imperative (= the stem) as a headword
    if len(base) >= 3 and base[-2] not in PURE_VOWELS and base[-2] not in "уиьъ":
        ins = base[:-1] + i + dv[-1]
        if ins in nominals and dv not in nominals:
            return ins
    return dv


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dic", default="/usr/share/hunspell/kk_KZ.dic")
    ap.add_argument("--additions", default=str(OUT / "additions.tsv"))
    ap.add_argument("--out", default=str(OUT / "lexicon.tsv"))
    ap.add_argument("--explain", help="write why each dropped headword was dropped to this file")
    a = ap.parse_args()

    nominals, infs, propers = read_dic(Path(a.dic))
    infset = set(infs)
    verbs = {}
    for inf in infs:
        st = verb_stem(inf, nominals, infset)
        if st:
            verbs[st] = inf
        elif inf not in nominals:
            nominals[inf] = "NOUN"  # тау, сау, дау: a noun (or adjective) the .dic flags as a verb
    verb_infs = set(verbs.values())
    additions: dict[str, dict[str, float]] = {}
    not_lemmas: set[str] = set()
    not_pos: set[tuple[str, str]] = set()
    for line in open(a.additions, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if p[1] == "-":
            not_lemmas.add(p[0].lower())
            continue
        if p[1].startswith("-"):  # жыл -VERB: the .dic's stem of жылу is жылы, there is no verb жыл
            not_pos.add((p[0].lower(), p[1][1:]))
            continue
        additions.setdefault(p[0].lower(), {})[p[1]] = float(p[2]) if len(p) > 2 and p[2] else 0.0

    entries: dict[str, dict[str, float]] = {}
    for w, pos in nominals.items():
        entries.setdefault(w, {})[pos] = 0.0
    for w in propers:
        entries[w].setdefault("PROPN", PROPN_SECOND)
    for st in verbs:
        entries.setdefault(st, {})["VERB"] = 0.0
    for st, inf in verbs.items():  # the .dic lists nouns in -у (отау, күйеу) only as infinitives
        if st[-1:] in "лн" and (st[:-1] in verbs or st[:-2] in verbs):
            continue  # аяқталу, сайлану: verbal nouns of passives, never lemmas in UD KTB
        if inf not in entries:
            entries[inf] = {"NOUN": 0.45}
    for w, d in additions.items():
        entries.setdefault(w, {}).update(d)
    for w, pos in not_pos:
        if w in entries:
            entries[w].pop(pos, None)

    # ---- 2. drop inflected headwords
    lex = Lexicon(entries, Lexicon.load(OUT).forms if (OUT / "forms.tsv").exists() and (OUT / "lexicon.tsv").exists()
                  else {})
    # the build asks which listed words are forms of which: a bare passive stem (жинал = жина+л) is one, however
    # rarely it is written as a command
    morph.BARE_VOICE_PENALTY = 0.0
    morph.POSSESSED_PENALTY = 0.0
    ana = KazakhAnalyzer(lexicon=lex, restore_letters=False)
    support: Counter = Counter()
    support_n: Counter = Counter()
    support_v: Counter = Counter()
    drop_nominal, drop_verb = {}, {}
    soft: dict[str, float] = {}
    soft_verb: set[str] = set()
    passive_nominal: set[str] = set()  # headwords that also parse as an inflected form of another one
    own_paradigm: set[str] = set()  # parse as inflected forms, but their own case/plural forms are listed too
    debug = set(os.environ.get("KK_DEBUG", "").split(","))
    why: dict[str, tuple] = {}  # dropped headword → (reason, lemma, feats, cost), for --explain
    # every headword parsed once; supporters[L] = headwords that parse as an inflected form of L
    all_cands: dict[str, dict] = {}
    supporters: dict[str, set] = {}
    inflected_of: dict[tuple[str, str], set] = {}  # (lemma, "ALL") → listed words that are real inflected forms
    verbal_words: set[str] = set()  # listed words that parse as a verb form
    for w in list(entries):
        cands = {k: v for k, v in ana.candidates(w).items() if k[0] != w}
        all_cands[w] = cands
        for (lemma, _pos, _f), cost in cands.items():
            if ("Case", "Equ") in _f and PSOR in _f and not any(k == "VerbForm" for k, _ in _f):
                continue  # -нша words are adverbs of their own (көбінше, барынша): латынша is no support for лат
            if cost <= 1.3 and lemma in entries:
                supporters.setdefault(lemma, set()).add(w)
                fs = set(_f)
                if fs & DROP_FEATS or (PSOR in fs and any(k == "Case" and v != "Nom" for k, v in _f)):
                    # a real inflected form (case, plural, finite verb, participle), not a bare/derived one
                    inflected_of.setdefault((lemma, "ALL"), set()).add(w)
                    if _pos not in ("VERB", "AUX") and cost <= 1.0 and not any(k == "VerbForm" for k, _ in _f):
                        inflected_of.setdefault((lemma, "NOM"), set()).add(w)
            if cost <= 1.0 and _pos == "VERB" and any(k == "VerbForm" for k, _ in _f):
                verbal_words.add(w)

    def nominal_only(x: str) -> set:
        """listed case/plural forms of x that are no verb forms (берілді is беріл+ACC only on paper)"""
        return inflected_of.get((x, "NOM"), set()) - verbal_words

    def exclusive(a: str, b: str) -> int:
        """headwords (other than a and b) that are forms of a but not of b"""
        return len(supporters.get(a, set()) - supporters.get(b, set()) - {a, b})

    def derived_adjective(w: str) -> str | None:
        """the listed nominal w is built from by an adjective suffix (-лы 'having', -ғы of time and place)"""
        for suf in ADJ_SUFFIXES:
            b = w[: -len(suf)]
            if w.endswith(suf) and len(b) >= 3 and any(p in entries.get(b, ()) for p in ("NOUN", "ADJ", "ADV")) \
                    and harmony(b) == harmony(suf):
                if suf[0] in "лдт" and b[-1] not in ADJ_LY_AFTER[suf[0]]:
                    continue
                if suf[0] in "ғг" and (b[-1] in "кқпстш" or b[-1] in PURE_VOWELS) or suf[0] in "қк" and b[-1] not in "кқпстш":
                    continue
                return b
        return None

    keep_pairs: set[tuple[str, str]] = set()
    junk: set[str] = set()  # кәр, кіс, соп, белг: a vowel-final stem (кәрі, кісі) cut before its last vowel
    for w in list(entries):
        if w in additions:
            continue
        d = entries[w]
        cands = all_cands[w]
        adj_of = derived_adjective(w)
        for (lemma, pos, feats), cost in sorted(cands.items(), key=lambda kv: kv[1]):
            if lemma == w or lemma not in entries or cost > 1.3:
                continue
            fs = set(feats)
            if adj_of and PSOR in fs and pos != "VERB" and fs <= P3_ONLY and lemma not in additions \
                    and len(nominal_only(lemma) - supporters.get(w, set())) < KEEP_OWN:
                # жаралы, тайпалы, таңғы, кешкі: жара + -лы, таң + -ғы, not "жарал", "таңқ" + possessive
                # (unless the shorter stem has case forms of its own: ақылы is ақыл + -ы as well as ақы + -лы)
                keep_pairs.add((w, lemma))
                if exclusive(lemma, w) == 0 and "VERB" not in entries[lemma] and len(lemma) > len(adj_of):
                    junk.add(lemma)
                    why[lemma] = ("fragment", w, (), 0.0)
                continue
            if PSOR in fs and pos != "VERB" and fs <= P3_ONLY and "VERB" not in d \
                    and lemma not in additions and w.startswith(lemma):
                # кісі = кіс + і? Decide by the forms each one alone explains (кісіге, кісілер, кісіні: only кісі)
                ex_w, ex_s = exclusive(w, lemma), exclusive(lemma, w)
                own_case = w[-1] in PURE_VOWELS and any(w + e in entries for e in VOWEL_STEM_ONLY) \
                    and not any(w + e in entries for e in P3_ONLY_ENDINGS)
                if ex_w >= 1 and (ex_w >= ex_s or own_case) or (lemma[-1] in "бгғд" and ex_s == 0):
                    keep_pairs.add((w, lemma))
                    if ex_s == 0 and "VERB" not in entries[lemma]:
                        junk.add(lemma)
                        why[lemma] = ("fragment", w, (), 0.0)
                    if w in debug:
                        print("DEBUG keep", w, "over", lemma, ex_w, ex_s, file=sys.stderr)
                    break
            break
    for w in list(entries):
        if w in additions:
            continue
        d = entries[w]
        cands = all_cands[w]
        for (lemma, pos, feats), cost in sorted(cands.items(), key=lambda kv: kv[1]):
            if (w, lemma) in keep_pairs or (lemma in junk and w not in junk):
                continue
            if w in debug:
                print("DEBUG", w, d, lemma, pos, feats, cost, file=sys.stderr)
            if lemma == w or lemma not in entries or cost > 1.3:
                continue
            fs = set(feats)
            if ("Case", "Equ") in fs and not any(k == "VerbForm" for k, _ in feats):
                continue  # көбінше, керісінше, барынша, латынша: adverbs of their own (but айтуынша = айт+у+ы+нша)
            psor_case = PSOR in fs and any(k == "Case" and v != "Nom" for k, v in feats)
            if len(lemma) < 2 or (len(lemma) < 3 and pos != "VERB" and not (
                    (psor_case or fs & DROP_FEATS) and len(w) - len(lemma) >= 3)):
                continue
            if "VERB" in d and pos == "VERB" and ("Voice", "Pass") in fs and fs <= BARE_VOICE \
                    and w.endswith("л"):
                drop_verb[w] = lemma
                why[w] = ("passive", lemma, feats, cost)
                support[lemma] += 1
                support_v[lemma] += 1
                break
            if "VERB" in d and pos == "VERB" and any(k == "VerbForm" for k, _ in feats) \
                    and not fs <= BARE_VOICE and cost <= 1.0:
                soft_verb.add(w)  # толған = тол+ған more often than the verb толған
            if fs <= BARE_VOICE and pos == "VERB" and "VERB" not in d and w[-1] in "нл" \
                    and any(k == "Voice" for k, _ in feats) and len(lemma) >= 3:
                passive_nominal.add(w)  # сайлан, жариялан listed as nominals: bare passive verbs
                why[w] = ("passive-nominal", lemma, feats, cost)
            if fs <= BARE_VOICE:  # a bare (imperative) verb stem, possibly + voice: not an inflected form
                continue
            if fs <= BARE_VOICE | {("Polarity", "Neg")} and w[-2:] in NEG_ENDINGS:
                break  # басқарма, тапсырма, жазба, сілтеме: nouns in -ма/-ба, not "don't rule!" (nor сілте+м+е)
            if ("Tense", "Fut") in fs or ("VerbForm", "Conv") in fs and ("Aspect", "Perf") not in fs:
                soft.setdefault(w, cost)  # бере, жер: kept, but the verb reading may win
                continue
            if not (fs & DROP_FEATS) and not (PSOR in fs and len(lemma) >= 3):
                if any(k in ("Case", "Person[psor]", "Number") for k, _ in feats) and ("Case", "Nom") not in fs \
                        and fs != {("Case", "Acc")}:  # қасиетті: -ты adjectives look like accusatives
                    soft.setdefault(w, cost)
            if ("Case", "Acc") in fs and pos == "VERB":
                fs.add(("Case", "Gen"))  # етуді, айтқанды: accusative of a verbal noun is inflection
            if fs == {("Case", "Acc")} and w[-2:] in ("ны", "ні") and lemma == w[:-2]:
                fs.add(("Case", "Gen"))  # жалақыны: no adjective ends in -ны, it is the accusative
            if (fs & DROP_FEATS) or (PSOR in fs and len(lemma) >= 3):
                own = inflected_of.get((w, "NOM"), set()) - supporters.get(lemma, set())
                stem_forms = w[-1] == "н" and PSOR in fs and ("Case", "Acc") in fs and any(
                    w + e in entries or w + e in nominals or w + e in infset for e in AFTER_N_STEM_ONLY)
                if any(p in d for p in ("NOUN", "PROPN")) and (len(own) >= KEEP_OWN or stem_forms):
                    # ақын (ақ+P3+ACC?): ақынның, ақынға ... are listed and are no forms of ақ, so it is a stem
                    own_paradigm.add(w)
                    break
                if any(p in d for p in ("NOUN", "PROPN")):
                    drop_nominal[w] = lemma
                    why[w] = ("inflected", lemma, feats, cost)
                    support[lemma] += 1
                    (support_v if pos == "VERB" else support_n)[lemma] += 1
                break
    # оқи, сөйлей: converb/present forms of verbs listed as headwords
    for w, d in entries.items():
        if w.endswith("и") and w not in additions and "NOUN" in d:
            v = entries.get(w[:-1] + ("і" if harmony(w[:-1]) == "f" else "ы"))
            if v and "VERB" in v:
                drop_nominal[w] = w[:-1]
    for w in drop_nominal:
        d = entries[w]
        d.pop("NOUN", None)
        if w not in propers:
            d.pop("PROPN", None)
    for w in drop_verb:
        entries[w].pop("VERB", None)
        if not support_n[w] or len(nominal_only(w)) < KEEP_OWN:  # жинал, беріл: only the bare passive verb
            entries[w].pop("NOUN", None)
    pn_cost: dict[str, float] = {}
    for w in passive_nominal:
        if (not support_n[w] or len(nominal_only(w)) < KEEP_OWN) and w in entries and "NOUN" in entries[w]:
            derived = any(w + e in entries or w + e in nominals for e in NOMINAL_DERIVATIVES)
            pn_cost[w] = PASSIVE_NOMINAL_DERIVED if derived else PASSIVE_NOMINAL_COST
    for w in junk:
        entries[w].pop("NOUN", None)
        if w not in propers:
            entries[w].pop("PROPN", None)
    for w in not_lemmas:
        entries.pop(w, None)
    for w in [w for w, d in entries.items() if not d]:
        del entries[w]
    dropped = set(drop_nominal) | set(drop_verb)
    # the .dic lists many causatives only as nominal headwords (their imperative = stem): тоқтат, адастыр,
    # айтқыз. A headword that is a listed verb + causative suffix is a verb stem (its noun reading stays;
    # added after the dropping step, so listed words are not dropped as its verb forms: міндетті ≠ міндет+PAST)
    causative_added: set[str] = set()
    for w, d in entries.items():
        if "VERB" in d or "NOUN" not in d or w in additions or w[-1] not in "рзт":
            continue
        for caus in CAUSATIVES:
            b = w[: -len(caus)]
            if w.endswith(caus) and len(b) >= 2 and "VERB" in entries.get(b, ()):
                d["VERB"] = CAUSATIVE_VERB
                causative_added.add(w)
                break

    # the .dic lists some verbs made from nominals by -ла/-да/-та only as bare headwords (хабарла, жаула, with no
    # infinitive): a headword that is a listed nominal + such a suffix, by harmony and the stem's last sound, gets a
    # verb reading too (its nominal reading stays first: шілде, тақта, сәуле are nouns)
    for w, d in entries.items():
        if "VERB" in d or "NOUN" not in d or w in additions or len(w) < 5 or w[-2:] not in morph.DENOMINAL:
            continue
        b = w[:-2]
        if b[-1] in morph.DENOMINAL[w[-2:]] and harmony(b) == ("f" if w[-1] == "е" else "b") \
                and not {"NOUN", "ADJ"}.isdisjoint(entries.get(b, ())):
            d["VERB"] = DENOMINAL_VERB
            causative_added.add(w)

    # a kept nominal headword that also parses as a real inflected form of another lemma (елде = ел+LOC,
    # атын = ат+P3+ACC: 2-letter stems never drop it) pays for the contrast of the two paradigms: the more
    # listed forms the shorter lemma has and the fewer the headword has, the likelier the split reading
    def sup_all(x: str) -> int:
        return len(inflected_of.get((x, "ALL"), ()))

    contrast: dict[str, float] = {}
    for w, d in entries.items():
        if w in additions or w in dropped or w in soft or not ({"NOUN", "PROPN"} & set(d)):
            continue
        for (lemma, pos, feats), cost in all_cands[w].items():
            if lemma == w or lemma not in entries or cost > 1.0 or pos in ("VERB", "AUX"):
                continue
            fs = set(feats)
            if not (fs & DROP_FEATS or (PSOR in fs and any(k == "Case" and v != "Nom" for k, v in feats))):
                continue
            pen = CONTRAST_W * (math.log2(1 + sup_all(lemma)) - math.log2(1 + sup_all(w)))
            if pen > 0:
                contrast[w] = max(contrast.get(w, 0.0), min(CONTRAST_CAP, pen))

    # ---- 3. costs from paradigm support; bare verb stems listed as nominals
    lines = []
    for w, d in entries.items():
        for pos, c in d.items():
            # paradigm support: listed words that are inflected forms of this lemma; the analyser turns it
            # into a cost bonus (log scale), so a richly attested stem beats a rarer whole-word headword
            sup = len(inflected_of.get((w, "ALL"), ()))
            bonus = 0.0
            if w in additions and pos in additions[w]:
                cost = additions[w][pos] - 0.1
                sup = 0  # curated: the cost is final
            else:
                cost = c - bonus
                if pos in ("NOUN", "PROPN") and w in verb_infs:  # verbal noun listed as a noun: prefer verb + -у
                    cost = max(cost, 0.4)
                    sup = 0
                if pos == "VERB" and w in soft_verb:
                    cost += 0.3
                if pos == "VERB" and w[-2:] in NEG_ENDINGS and entries.get(w[:-2], {}).get("VERB") is not None:
                    cost += 0.3  # көтерме, берме: the negated stem reading is far more frequent
                if pos in ("NOUN", "PROPN") and "VERB" in d and w not in causative_added:
                    cost += 0.15
                if pos == "PROPN" and w in drop_nominal:
                    cost += PROPN_INFLECTED
                if pos == "NOUN" and w in pn_cost:
                    cost += pn_cost[w]
                    sup = 0
                if pos in ("NOUN", "PROPN") and w in contrast:
                    cost += contrast[w]
                if w in soft and pos in ("NOUN", "PROPN") and w not in drop_nominal and sup < SOFT_WAIVE:
                    # not when its own inflected forms are listed (қала: қалаға, қалада ...); more when none is
                    # (келе, шыға: converbs, not nouns)
                    cost += SOFT_PENALTY if sup else SOFT_PENALTY_NONE
                if w in additions:  # the curated part of speech comes first
                    cost = max(cost, min(additions[w].values())) + 0.25
                    sup = 0
            lines.append(f"{w}\t{pos}\t{cost:.3f}\t{sup}")
    lines.sort()
    if a.explain:
        with open(a.explain, "w", encoding="utf-8") as f:
            for w, (reason, lemma, feats, cost) in sorted(why.items()):
                f.write(f"{w}\t{reason}\t{lemma}\t{'|'.join(k + '=' + v for k, v in feats)}\t{cost:.2f}\n")
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Derived from hunspell-kk (see LICENSE-hunspell-kk.txt) + additions.tsv by tools/build_kk_lexicon.py\n")
        f.write("# lemma<TAB>UPOS<TAB>cost<TAB>support (listed words that parse as inflected forms of it)\n")
        f.write("\n".join(lines) + "\n")
    print(f"nominal headwords {len(nominals)}, verb infinitives {len(infs)}, dropped as inflected {len(dropped)}, "
          f"written {len(lines)} entries for {len(entries)} lemmas → {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
