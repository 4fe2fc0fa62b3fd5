"""Human-readable report for the terminal (the CLI's default output)."""

from __future__ import annotations

from app.core.model import Report

_LEVEL_WORDS = {
    "none": "no risky phrasing found (this does not mean the post is safe or lawful)",
    "low": "low", "medium": "medium", "high": "high",
}


def render_report(report: Report, text: str, name: str = "") -> str:
    out = []
    title = f"Oylan report{f' for {name}' if name else ''}"
    out.append(title)
    out.append("=" * len(title))
    out.append(f"Language: {report.language}    Risk: {_LEVEL_WORDS[report.risk]}    Score: {report.score}/100")
    if report.reasons:
        out.append("Why: " + "; ".join(report.reasons))
    for n, f in enumerate(report.findings, 1):
        line_no = text.count("\n", 0, f.start) + 1
        out.append("")
        out.append(f"{n}. «{f.text}»  (line {line_no}, chars {f.start}-{f.end})")
        out.append(f"   Offence: {f.offence} — {', '.join(f.articles)}    Severity: {f.severity}"
                   + (f" (rule says {f.base_severity})" if f.base_severity != f.severity else ""))
        out.append(f"   {f.message}")
        if f.explanation:
            out.append(f"   Why: {f.explanation}")
        if f.signals:
            out.append(f"   Also found: {', '.join(f.signals)}")
        for c in f.context:
            out.append(f"   Context ({c['cue']}): {c['explanation']}")
        if f.suggestion:
            out.append(f"   Safer: {f.suggestion}")
        out.append(f"   Rule: {f.rule}")
    if report.suppressed:
        out.append("")
        out.append("Matched but removed by context:")
        for f in report.suppressed:
            cues = "; ".join(c["explanation"] for c in f.context)
            out.append(f"   «{f.text}» ({f.rule}): {cues}")
    out.append("")
    out.append("Oylan is an awareness tool, not legal advice. Nothing you check leaves this computer.")
    return "\n".join(out)
