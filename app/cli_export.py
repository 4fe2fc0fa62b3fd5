"""``oylan export``: handouts for a post or for workshop scenarios, as HTML or PDF.

    oylan export post.txt --format pdf -o post.pdf --ui-lang ru
    oylan export --scenario toregozhina-cap --format html -o toregozhina.html
    oylan export --all-scenarios --format pdf -o handouts/ --ui-lang kk
"""

from __future__ import annotations

import sys
from pathlib import Path

QUESTION_HELP = "context answer QUESTION=ANSWER, e.g. extent=private (repeatable; see --list-questions)"


def add_export_parser(sub) -> None:
    p = sub.add_parser("export", help="export a handout (HTML or PDF) for a post or workshop scenarios")
    p.add_argument("file", nargs="?", help="text file with the post, or - for standard input")
    p.add_argument("--scenario", action="append", metavar="ID", help="a workshop scenario id (repeatable)")
    p.add_argument("--all-scenarios", action="store_true", help="every scenario; -o is a folder")
    p.add_argument("--format", default="pdf", choices=["pdf", "html"])
    p.add_argument("-o", "--output", help="output file (or folder for several scenarios)")
    p.add_argument("--ui-lang", default="en", choices=["en", "ru", "kk"], help="language of the handout")
    p.add_argument("--lang", choices=["auto", "ru", "kk"], default="auto", help="language of the post")
    p.add_argument("--answer", action="append", metavar="Q=A", help=QUESTION_HELP)
    p.add_argument("--list-scenarios", action="store_true", help="list scenario ids and exit")
    p.add_argument("--list-questions", action="store_true", help="list context questions and answers and exit")
    p.add_argument("--title", help="handout title (single post)")
    p.set_defaults(func=cmd_export)


def _answers(args) -> dict[str, str]:
    from app.cli import UsageError
    from app.core.questionnaire import question

    out: dict[str, str] = {}
    for a in args.answer or []:
        if "=" not in a:
            raise UsageError(f"--answer wants QUESTION=ANSWER, got {a!r}")
        q, o = (x.strip() for x in a.split("=", 1))
        try:
            question(q).option(o)
        except ValueError as e:
            raise UsageError(str(e)) from None
        out[q] = o
    return out


def _write(html: str, out: Path, fmt: str, title: str) -> None:
    if fmt == "html":
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    else:
        from app.gui.pdf_export import html_to_pdf

        html_to_pdf(html, out, title=title)


def cmd_export(args) -> int:
    from app.cli import UsageError

    if args.list_questions:
        from app.core.questionnaire import QUESTIONS

        for q in QUESTIONS:
            print(f"{q.id}: {q.text(args.ui_lang)}")
            for o in q.options:
                print(f"    {q.id}={o.id:13} {o.label(args.ui_lang)} ({o.weight:+d})")
        return 0
    from app.core.scenarios import ScenarioError, load_scenarios

    if args.list_scenarios:
        for s in load_scenarios():
            print(f"{s.id:30} {s.language}  {s.kind:8} {s.title.text(args.ui_lang)}")
        return 0
    answers = _answers(args)
    wanted = args.scenario or []
    if args.all_scenarios or wanted:
        if args.file:
            raise UsageError("give either a FILE or --scenario/--all-scenarios, not both")
        try:
            scenarios = load_scenarios()
        except ScenarioError as e:
            raise UsageError(str(e)) from None
        if not args.all_scenarios:
            by_id = {s.id: s for s in scenarios}
            missing = [w for w in wanted if w not in by_id]
            if missing:
                raise UsageError(f"no scenario {', '.join(missing)} (see oylan export --list-scenarios)")
            scenarios = [by_id[w] for w in wanted]
        many = len(scenarios) > 1 or args.all_scenarios
        if not args.output:
            raise UsageError("give -o OUT (a folder for several scenarios)")
        out = Path(args.output)
        if many and out.suffix.lower() in (".pdf", ".html"):
            raise UsageError("-o must be a folder when exporting several scenarios")
        from app.core.engine import Engine
        from app.core.handout import scenario_handout

        engine = Engine()
        for s in scenarios:
            html = scenario_handout(s, engine, args.ui_lang, answers or None)
            target = out / f"{s.id}.{args.ui_lang}.{args.format}" if many else out
            _write(html, target, args.format, s.title.text(args.ui_lang))
            print(f"oylan: wrote {target}", file=sys.stderr)
        return 0
    if not args.file:
        raise UsageError("give a FILE (or -), --scenario ID or --all-scenarios")
    if not args.output:
        raise UsageError("give -o OUT")
    from app.cli import _lang_arg, _read_input
    from app.core.engine import Engine
    from app.core.handout import build_handout

    text, name = _read_input(args.file)
    rep = Engine().check(text, lang=_lang_arg(args.lang), ui_lang=args.ui_lang)
    assessment = None
    if answers:
        from app.core.questionnaire import assess

        assessment = assess(rep.risk, answers)
    html = build_handout(text, rep, args.ui_lang, assessment=assessment, title=args.title)
    _write(html, Path(args.output), args.format, args.title or Path(name).name)
    print(f"oylan: wrote {args.output}", file=sys.stderr)
    return 0
