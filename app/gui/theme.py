"""Colours and underline styles. Severity is shown by colour AND by style/shape, never colour alone."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

# low was #c99700 (2.6:1 on white: a dotted line in it was easy to miss); #9a7300 is 4.3:1
SEVERITY_COLOURS = {"low": "#9a7300", "medium": "#e06c00", "high": "#d0021b"}
SEVERITY_TINTS = {"low": "#fff8dc", "medium": "#fff0e0", "high": "#fde4e6"}
RISK_COLOURS = {"none": "#4a7c59", "low": "#9a7300", "medium": "#e06c00", "high": "#d0021b"}
#: Text shown next to the colour so the level never depends on colour vision.
SEVERITY_MARKS = {"low": "◦", "medium": "◆", "high": "▲"}

# low: dotted line; medium: wave; high: wave + tinted background.
_STYLES = {
    "low": QTextCharFormat.UnderlineStyle.DotLine,
    "medium": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "high": QTextCharFormat.UnderlineStyle.WaveUnderline,
}


def underline_format(severity: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(_STYLES.get(severity, QTextCharFormat.UnderlineStyle.WaveUnderline))
    fmt.setUnderlineColor(QColor(SEVERITY_COLOURS.get(severity, "#e06c00")))
    if severity == "high":
        fmt.setBackground(QColor(SEVERITY_TINTS["high"]))
    fmt.setProperty(QTextCharFormat.Property.UserProperty, severity)
    return fmt


def underline_style(severity: str) -> QTextCharFormat.UnderlineStyle:
    return _STYLES[severity]


STYLESHEET = """
QMainWindow { background: #f6f5f2; }
QPlainTextEdit#editor { background: #ffffff; border: 1px solid #dedbd4; border-radius: 4px;
    selection-background-color: #cfe3ff; selection-color: #111; }
QFrame#banner { background: #eef4fb; border: 1px solid #c9dbef; border-radius: 4px; }
QFrame#recoveryBanner { background: #fff6dd; border: 1px solid #ecd48a; border-radius: 4px; }
QFrame#pausedBanner { background: #f3f0ff; border: 1px solid #d3ccf2; border-radius: 4px; }
QFrame#riskMeter { background: #ffffff; border: 1px solid #dedbd4; border-radius: 4px; }
QLabel#riskLevel { font-weight: bold; font-size: 13pt; }
QLabel#riskReasons { color: #444; }
QListView#findings { background: #ffffff; border: 1px solid #dedbd4; }
QListView#findings::item { padding: 6px 4px; border-bottom: 1px solid #eeebe5; }
QListView#findings::item:selected { background: #e3edf9; color: #111; }
QTextBrowser { background: #ffffff; border: 1px solid #dedbd4; }
QTabWidget::pane { border: 0; }
"""
