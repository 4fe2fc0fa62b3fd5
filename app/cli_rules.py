"""`oylan rules explain` and `oylan rules coverage` (registered by app/cli.py), and `oylan studio`."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parsers(rs) -> None:
    """Add the subcommands to the `rules` subparsers."""
    e = rs.add_parser("explain", help="say which rules fired on a text, which context and exceptions changed that")
    e.add_argument("text", nargs="*", help="the text (or - for standard input, or --file)")
    e.add_argument("--file", help="read the text from this file")
    e.add_argument("--lang", choices=["auto", "ru", "kk"], default="auto")
    e.add_argument("--rule", help="only this rule id (or id prefix)")
    e.add_argument("--tokens", action="store_true", help="also print the token table")
    e.add_argument("--format", default="text", choices=["text", "json"])
    e.add_argument("--ui-lang", default="en", choices=["en", "ru", "kk"])
    _folder_args(e)

    c = rs.add_parser("coverage", help="hits and precision of every rule on a corpus (JSONL)")
    c.add_argument("--corpus", required=True, metavar="FILE", help='JSONL: {"id", "text", "labels"?: [...]} a line')
    c.add_argument("--format", default="text", choices=["text", "json"])
    c.add_argument("--min-severity", default="low", choices=["low", "medium", "high"],
                   help="lowest finding severity that predicts its offence (as score_corpus.py)")
    c.add_argument("--trust-lang", action="store_true", help="use each record's 'lang' instead of detecting")
    c.add_argument("--rule", help="only this rule id (or id prefix)")
    _folder_args(c)


def _folder_args(p) -> None:
    p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (after the bundled rules)")
    p.add_argument("--user-rules", action="store_true",
                   help="also load the user rules folder and honour its disabled.txt")


def _engine(args):
    from app import RULES_DIR
    from app.core.engine import Engine
    from app.core.rulebook import load_rulebook
    from app.core.user_rules import disabled_rules, rule_folders

    folders = rule_folders(include_user=args.user_rules) if args.user_rules else [RULES_DIR]
    folders += [Path(p) for p in (args.rules or [])]
    book = load_rulebook(folders)
    for err in book.errors:
        print(err, file=sys.stderr)
    disabled = disabled_rules() if args.user_rules else set()
    return Engine(rulebook=book, disabled=disabled), book


def _only(args, book) -> set[str] | None:
    if not args.rule:
        return None
    ids = {r.id for r in book.rules if r.id == args.rule or r.id.startswith(args.rule)}
    if not ids:
        from app.cli import UsageError

        raise UsageError(f"no rule with id {args.rule!r}")
    return ids


def cmd_explain(args) -> int:
    from app.cli import UsageError, _read_input
    from app.core.explain import explain, render_text

    if args.file:
        text = _read_input(args.file)[0]
    elif args.text == ["-"]:
        text = _read_input("-")[0]
    elif args.text:
        text = " ".join(args.text)
    else:
        raise UsageError('give the text to explain: oylan rules explain "…", or --file FILE')
    engine, book = _engine(args)
    only = _only(args, book)
    ex = explain(engine, text, None if args.lang == "auto" else args.lang, args.ui_lang, only)
    if args.format == "json":
        print(json.dumps(ex.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(ex, show_tokens=args.tokens))
    return 0


def cmd_coverage(args) -> int:
    from app.cli import UsageError
    from app.core.coverage import coverage, read_corpus, render_text

    try:
        posts = read_corpus(args.corpus)
    except OSError as e:
        raise UsageError(f"cannot read {args.corpus}: {e.strerror}") from None
    except ValueError as e:
        raise UsageError(str(e)) from None
    engine, book = _engine(args)
    only = _only(args, book)
    if only is not None:
        engine.disabled = {r.id for r in book.rules if r.id not in only} | engine.disabled
    cov = coverage(engine, posts, args.min_severity, use_record_lang=args.trust_lang)
    if args.format == "json":
        print(json.dumps(cov.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(cov))
    return 0


def dispatch(args) -> int | None:
    """Run a `rules` subcommand defined here; None if it is not one of ours."""
    if args.rules_cmd == "explain":
        return cmd_explain(args)
    if args.rules_cmd == "coverage":
        return cmd_coverage(args)
    return None


def add_studio_parser(sub) -> None:
    p = sub.add_parser("studio", help="open the rule studio (write, test and measure rules)")
    p.add_argument("folder", nargs="?", help="rules folder to open (default: the bundled rules)")
    p.set_defaults(func=cmd_studio)


def cmd_studio(args) -> int:
    from app.gui.studio import run_studio

    return run_studio(args.folder)
