"""Command line: ``oylan check | tokens | rules | gui | sample``.

The output formats are a contract read by ../shared/tools (score_corpus.py, score_lemmas.py):
keep the JSONL fields stable. Exit status: 0 when the input was processed (whatever its risk;
see --fail-on), 1 when --fail-on is reached or rule tests fail, 2 for bad usage or input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import ROOT, __version__

LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3}
SAMPLE = ROOT / "app" / "resources" / "sample_ru.txt"


class UsageError(Exception):
    pass


def _engine(args):
    """The engine the editor would use: bundled rules, the user's rules folder, its disabled.txt."""
    from app.core.engine import Engine
    from app.core.user_rules import disabled_rules

    use_user = not getattr(args, "no_user_rules", False)
    return Engine(folders=_rule_folders(args, use_user), disabled=disabled_rules() if use_user else set())


def _rule_folders(args, include_user: bool = False) -> list[Path] | None:
    """Bundled rules, then (optionally) the user's folder, then any --rules folders."""
    from app.core.user_rules import rule_folders

    extra = [Path(p) for p in (getattr(args, "rules", None) or [])]
    folders = rule_folders(include_user=include_user)
    if not extra and len(folders) == 1:
        return None
    return [*folders, *extra]


def _read_input(src: str) -> tuple[str, str]:
    from app.core.textio import TextInputError, decode_bytes, read_text_file

    if src == "-":
        data = sys.stdin.buffer.read()
        return decode_bytes(data, "standard input")[0], "standard input"
    try:
        return read_text_file(src)[0], src
    except TextInputError:
        raise


def _jsonl_records(path: str):
    """Yield (line_no, record) from a JSONL file; bad lines are reported on stderr and skipped."""
    from app.core.textio import TextInputError, read_text_file

    if path == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        text, _ = read_text_file(path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError("needs an object with a string 'text'")
        except ValueError as e:
            print(f"oylan: {path}:{n}: skipped, not a JSON post record ({e})", file=sys.stderr)
            continue
        rec.setdefault("id", str(n))
        yield n, rec


def _lang_arg(v: str | None) -> str | None:
    return v if v in ("ru", "kk") else None


def cmd_check(args) -> int:
    engine = _engine(args)
    errors = engine.rulebook.errors
    if errors:
        # The check still runs on the files that loaded, but a silently smaller rulebook would
        # look like "nothing risky here": say so on stderr, where scripts' JSON output is not mixed in.
        print(f"oylan: warning: {len(errors)} problem(s) in the rules; the files concerned were skipped, so this "
              f"check is incomplete. First: {errors[0]}. See `oylan rules validate`.", file=sys.stderr)
    worst = 0
    if args.input:
        out = sys.stdout
        from app.core import gc_tuning

        for k, (_, rec) in enumerate(_jsonl_records(args.input), 1):
            if k % 200 == 0:
                gc_tuning.settle()  # the grown caches leave the collector's full scans
            rep = engine.check(rec["text"], lang=_lang_arg(rec.get("lang")) if args.trust_lang else None,
                               ui_lang=args.ui_lang)
            worst = max(worst, LEVELS[rep.risk])
            row = {"id": rec["id"], **rep.to_json()}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return _fail_on(args, worst)
    if not args.file:
        raise UsageError("give a FILE, '-' for standard input, or --input posts.jsonl")
    text, name = _read_input(args.file)
    rep = engine.check(text, lang=_lang_arg(args.lang), ui_lang=args.ui_lang)
    if args.format in ("json", "jsonl"):
        print(json.dumps(rep.to_json(with_suppressed=True), ensure_ascii=False, indent=None if args.format == "jsonl" else 2))
    else:
        from app.core.report_text import render_report

        print(render_report(rep, text, name))
    return _fail_on(args, LEVELS[rep.risk])


def _fail_on(args, worst: int) -> int:
    if args.fail_on and worst >= LEVELS[args.fail_on]:
        return 1
    return 0


def cmd_tokens(args) -> int:
    from app.core.pipeline import Pipeline
    from app.core.tokens_view import token_rows, token_table

    pipe = Pipeline()
    if args.input:
        for _, rec in _jsonl_records(args.input):
            doc = pipe.analyse(rec["text"], _lang_arg(rec.get("lang")))
            rows = [{k: r[k] for k in ("start", "end", "text", "lemma", "pos", "morph", "language")} for r in token_rows(doc)]
            print(json.dumps({"id": rec["id"], "language": doc.language, "tokens": rows}, ensure_ascii=False))
        return 0
    if not args.text:
        raise UsageError("give the text to analyse, or --input posts.jsonl")
    text = " ".join(args.text)
    if text == "-":
        text = _read_input("-")[0]
    doc = pipe.analyse(text, _lang_arg(args.lang))
    if args.format == "json":
        print(json.dumps({"language": doc.language, "tokens": token_rows(doc)}, ensure_ascii=False, indent=2))
    else:
        print(f"language: {doc.language}")
        print(token_table(doc))
    return 0


def cmd_rules(args) -> int:
    from app.cli_rules import dispatch
    from app.core.rulebook import load_rulebook, rule_files

    if (rc := dispatch(args)) is not None:  # rules explain / rules coverage
        return rc

    folders = [Path(p) for p in args.paths] if getattr(args, "paths", None) else _rule_folders(args)
    if args.rules_cmd == "validate":
        book = load_rulebook(folders)
        for e in book.errors:
            print(e)
        n = len(book.rules)
        files = len(rule_files(folders or [__import__("app").RULES_DIR]))
        print(f"{files} files, {n} rules loaded, {len(book.errors)} errors")
        return 1 if book.errors else 0
    if args.rules_cmd == "test":
        from app.core.engine import Engine
        from app.core.ruletest import describe_failure, run_rule_examples

        book = load_rulebook(folders)
        for e in book.errors:
            print(e)
        engine = Engine(rulebook=book)
        rules = [r for r in book.rules if not args.rule or r.id == args.rule or r.id.startswith(args.rule)]
        if args.rule and not rules:
            raise UsageError(f"no rule with id {args.rule!r}")
        passed = failed = 0
        for rule in rules:
            for res in run_rule_examples(engine, rule):
                if res.ok:
                    passed += 1
                else:
                    failed += 1
                    print(describe_failure(res))
                    print()
        print(f"{len(rules)} rules: {passed} passed, {failed} failed")
        return 1 if failed or book.errors else 0
    raise UsageError(f"unknown rules command {args.rules_cmd}")


def cmd_sample(args) -> int:
    """What `make run` does where no display exists: the CLI report on the bundled sample post."""
    args.file, args.input, args.format = str(SAMPLE), None, "text"
    return cmd_check(args)


def cmd_run(args) -> int:
    """`make run`: the editor on the bundled sample where a display exists, else the CLI report."""
    import os

    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        try:
            from app.gui.main import run_gui
        except ImportError as e:  # the GUI cannot load (missing Qt libraries): fall back, say why
            print(f"oylan: the editor cannot start ({e}); showing the command-line report instead.\n")
        else:
            return run_gui(None, sample=True)
    else:
        print("oylan: no display found; showing the command-line report on the bundled sample post.\n")
    return cmd_sample(args)


def cmd_gui(args) -> int:
    from app.gui.main import run_gui

    return run_gui(args.file, sample=args.sample)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="oylan", description="Check a draft post (Russian/Kazakh) for phrasing that "
                                 "Kazakhstan's speech offences have been built on. Not legal advice; works offline.")
    ap.add_argument("--version", action="version", version=f"oylan {__version__}")
    sub = ap.add_subparsers(dest="cmd")

    def common(p):
        p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (after the bundled rules)")
        p.add_argument("--no-user-rules", action="store_true",
                       help="ignore the user's rules folder and disabled.txt (bundled rules only)")
        p.add_argument("--ui-lang", default="en", choices=["en", "ru", "kk"], help="language of messages")
        p.add_argument("--fail-on", choices=["low", "medium", "high"], help="exit 1 when the risk reaches this level")

    p = sub.add_parser("check", help="check a post and report risky phrasing")
    p.add_argument("file", nargs="?", help="text file, or - for standard input")
    p.add_argument("--input", metavar="JSONL", help='batch: lines {"id", "text", "lang"?}')
    p.add_argument("--format", default="text", choices=["text", "json", "jsonl"])
    p.add_argument("--lang", choices=["auto", "ru", "kk"], default="auto", help="language (default: detect)")
    p.add_argument("--trust-lang", action="store_true", help="batch: use each record's 'lang' instead of detecting")
    common(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("tokens", help="show how the engine reads a text (lemmas, morphology)")
    p.add_argument("text", nargs="*")
    p.add_argument("--input", metavar="JSONL")
    p.add_argument("--format", default="table", choices=["table", "json", "jsonl"])
    p.add_argument("--lang", choices=["auto", "ru", "kk"], default="auto")
    p.set_defaults(func=cmd_tokens)

    p = sub.add_parser("rules", help="validate and test the rulebook")
    rs = p.add_subparsers(dest="rules_cmd", required=True)
    v = rs.add_parser("validate", help="check rule files against the schema")
    v.add_argument("paths", nargs="*", help="rule folders or files (default: the bundled rules)")
    t = rs.add_parser("test", help="run every rule's examples")
    t.add_argument("--rule", help="only this rule id (or id prefix)")
    t.add_argument("--rules", action="append", metavar="DIR")
    from app.cli_rules import add_parsers, add_studio_parser

    add_parsers(rs)
    p.set_defaults(func=cmd_rules)
    add_studio_parser(sub)

    p = sub.add_parser("sample", help="check the bundled sample post (what `make run` does without a display)")
    common(p)
    p.set_defaults(func=cmd_sample, lang="auto", trust_lang=False)

    p = sub.add_parser("run", help="open the editor on the sample post, or print its report without a display")
    common(p)
    p.set_defaults(func=cmd_run, lang="auto", trust_lang=False)

    p = sub.add_parser("gui", help="open the desktop editor")
    p.add_argument("file", nargs="?")
    p.add_argument("--sample", action="store_true", help="open the bundled sample post")
    p.set_defaults(func=cmd_gui)

    from app.cli_export import add_export_parser

    add_export_parser(sub)

    p = sub.add_parser("workshop", help="open workshop mode (scenarios, presenter view, before/after)")
    p.add_argument("--scenario", metavar="ID", help="select this scenario")
    p.add_argument("--present", action="store_true", help="open the presenter view at once")
    p.add_argument("--compare", action="store_true", help="open the before/after view at once")
    p.add_argument("--ui-lang", default="en", choices=["en", "ru", "kk"])
    p.add_argument("--step", type=int, default=0, help="presenter: reveal this many findings at start")
    p.set_defaults(func=lambda a: __import__("app.gui.workshop", fromlist=["run"]).run(a))
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help()
        return 2
    from app.core.textio import TextInputError

    try:
        return args.func(args)
    except UsageError as e:
        print(f"oylan: {e}", file=sys.stderr)
        return 2
    except TextInputError as e:
        print(f"oylan: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
