"""Interface languages (en, ru, kk): translators from translations/oylan_<lang>.qm, or the .ts source.

The compiled .qm files are built by tools/setup.sh. When one is missing (a fresh checkout) the
.ts XML is read directly by :class:`TsTranslator`, so the interface is still translated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import TRANSLATIONS_DIR

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def resolve(lang: str | None) -> str:
    return lang if lang in LANGUAGES else system_language()


class TsTranslator(QTranslator):
    """A QTranslator fed from a Qt Linguist .ts file (finished and unfinished-but-filled messages)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._msgs: dict[tuple[str, str], str] = {}
        self._numerus: dict[tuple[str, str], list[str]] = {}
        self._ru = "_ru" in path.stem
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            cname = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                src = msg.findtext("source") or ""
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr.findall("numerusform")]
                if forms and all(forms):
                    self._numerus[(cname, src)] = forms
                elif tr.text:
                    self._msgs[(cname, src)] = tr.text

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt API)
        forms = self._numerus.get((context, source))
        if forms:
            return forms[_plural_index(n, len(forms), self._ru)]
        return self._msgs.get((context, source))  # None = "not here": Qt falls back to the source

    def isEmpty(self) -> bool:  # noqa: N802
        return not self._msgs

    def __len__(self) -> int:
        return len(self._msgs)


def _plural_index(n: int, count: int, russian: bool) -> int:
    if count == 1:
        return 0
    if russian and count >= 3:
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


_installed: list[QTranslator] = []


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Install translators for ``lang`` (removing earlier ones). Returns the language used."""
    app = app or QCoreApplication.instance()
    lang = resolve(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours: QTranslator | None = None
    qm = TRANSLATIONS_DIR / f"oylan_{lang}.qm"
    ts = TRANSLATIONS_DIR / f"oylan_{lang}.ts"
    if qm.is_file():
        t = QTranslator(app)
        if t.load(str(qm)):
            ours = t
    if ours is None and ts.is_file():
        try:
            ours = TsTranslator(ts, app)
        except ET.ParseError:
            ours = None
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    return lang
