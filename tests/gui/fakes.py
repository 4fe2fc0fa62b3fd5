"""A tiny deterministic engine for timing-sensitive GUI tests."""

from __future__ import annotations

import re
import threading
import time

from app.core.model import Finding, Report
from app.core.scoring import score_findings


class FakeEngine:
    """Flags every 'BAD'/'WORSE' word; texts containing 'SLOW' take ``delay`` seconds."""

    def __init__(self, delay: float = 0.6) -> None:
        self.disabled: set[str] = set()
        self.delay = delay
        self.started = threading.Event()
        self.calls: list[str] = []

    def check(self, text: str, lang=None, ui_lang: str = "en") -> Report:
        self.calls.append(text)
        if "SLOW" in text:
            self.started.set()
            time.sleep(self.delay)
        fs = []
        for m in re.finditer(r"BAD|WORSE", text):
            sev = "high" if m.group() == "WORSE" else "low"
            rule = f"fake-{m.group().lower()}"
            if rule in self.disabled:
                continue
            fs.append(Finding(start=m.start(), end=m.end(), text=m.group(), rule=rule, offence="discord",
                              articles=["CC 174"], severity=sev, message=f"{m.group()} may be read as risky",
                              explanation="because", suggestion="say it kindly", rewrites=["kind"]))
        risk, score = score_findings(fs)
        return Report(language="ru", risk=risk, score=score, findings=fs, reasons=[],
                      segments=[{"start": 0, "end": len(text), "language": "ru"}])
