"""Words for levels, offences and languages (translated; the knowledge base wins when present)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def severity_word(sev: str) -> str:
    return {
        "low": QCoreApplication.translate("Labels", "Low"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "high": QCoreApplication.translate("Labels", "High"),
    }.get(sev, sev)


def risk_word(risk: str) -> str:
    return {
        "none": QCoreApplication.translate("Labels", "No risky phrasing found"),
        "low": QCoreApplication.translate("Labels", "Low risk"),
        "medium": QCoreApplication.translate("Labels", "Medium risk"),
        "high": QCoreApplication.translate("Labels", "High risk"),
    }.get(risk, risk)


def language_name(code: str) -> str:
    return {
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "kk": QCoreApplication.translate("Labels", "Kazakh"),
        "mixed": QCoreApplication.translate("Labels", "mixed Russian/Kazakh"),
        "unknown": QCoreApplication.translate("Labels", "not recognised"),
    }.get(code, code)


_FALLBACK = {
    "assembly": lambda: QCoreApplication.translate("Labels", "Calls to an unauthorised assembly"),
    "discord": lambda: QCoreApplication.translate("Labels", "Inciting discord"),
    "false_info": lambda: QCoreApplication.translate("Labels", "Spreading false information"),
    "power_seizure": lambda: QCoreApplication.translate("Labels", "Calls to seize power"),
    "separatism": lambda: QCoreApplication.translate("Labels", "Calls to separatism"),
    "insult_authority": lambda: QCoreApplication.translate("Labels", "Insulting officials or the President"),
    "extremism": lambda: QCoreApplication.translate("Labels", "Extremism"),
}


def offence_title(offence_id: str, offences: dict | None, lang: str) -> str:
    off = (offences or {}).get(offence_id)
    if off is not None:
        try:
            t = off.title.text(lang)
            if t:
                return t
        except Exception:  # noqa: BLE001
            pass
    f = _FALLBACK.get(offence_id)
    return f() if f else offence_id
