"""YAML syntax colours for rule files (formatting only; no checking happens here)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

_OPT = QRegularExpression.PatternOption.UseUnicodePropertiesOption

# Keys of the rule format, shown bold so a misspelt key stands out (it stays plain).
KNOWN_KEYS = {
    "language", "offence", "description", "lists", "signals", "antipatterns", "context", "rules", "id", "name",
    "severity", "pattern", "patterns", "requires", "escalate", "exceptions", "ignore_context", "message",
    "explanation", "suggestion", "rewrite", "examples", "fire", "silent", "source", "text", "regex", "lemma", "pos",
    "feats", "shape", "negate", "optional", "marker", "skip", "scope", "min", "any", "note", "kind", "where",
    "effect", "offences", "explain", "unless", "ru", "kk", "en", "Mood", "Person", "Number", "Tense", "Case",
    "Aspect", "VerbForm", "Polarity", "Voice", "Gender", "Animacy", "Degree",
}


def _fmt(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(color))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    return f


class YamlHighlighter(QSyntaxHighlighter):
    def __init__(self, document) -> None:
        super().__init__(document)
        self.key_known = _fmt("#1a4f9c", bold=True)
        self.key_other = _fmt("#1a4f9c")
        self.rules = [
            (QRegularExpression(r"'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\"", _OPT), _fmt("#2e7d32")),
            (QRegularExpression(r"@[a-z][a-z0-9_]*", _OPT), _fmt("#8e24aa", bold=True)),
            (QRegularExpression(r"</?m>", _OPT), _fmt("#d84315", bold=True)),
            (QRegularExpression(r"\{match\}", _OPT), _fmt("#d84315")),
            (QRegularExpression(r"\b(?:low|medium|high|true|false)\b", _OPT), _fmt("#6d4c41", bold=True)),
            (QRegularExpression(r"\b[a-z]{2}-[a-z_]+-[a-z0-9_-]+\b", _OPT), _fmt("#00695c", bold=True)),
        ]
        self.key_re = QRegularExpression(r"(?:^|[{,\s-])\s*([A-Za-z_][A-Za-z0-9_\[\]]*)\s*:(?=\s|$)", _OPT)
        self.comment = _fmt("#8a8a8a", italic=True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        for rx, fmt in self.rules:
            it = rx.globalMatch(text)
            while it.hasNext():
                m = it.next()
                self.setFormat(m.capturedStart(), m.capturedLength(), fmt)
        it = self.key_re.globalMatch(text)
        while it.hasNext():
            m = it.next()
            key = m.captured(1)
            self.setFormat(m.capturedStart(1), m.capturedLength(1),
                           self.key_known if key in KNOWN_KEYS else self.key_other)
        # A comment: '#' at the start or after a space, outside quotes (good enough for rule files).
        quote = ""
        for i, ch in enumerate(text):
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "'\"":
                quote = ch
            elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
                u = len(text[:i].encode("utf-16-le")) // 2  # Qt positions are UTF-16 units
                self.setFormat(u, len(text.encode("utf-16-le")) // 2 - u, self.comment)
                break
