"""Settings (QSettings, organisation "Oylan") and the local data folder.

Test/portable overrides: ``OYLAN_CONFIG_DIR`` keeps the settings in ``<dir>/oylan.ini``;
``OYLAN_DATA_DIR`` is where drafts go. In private mode every write stays in memory.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORG = "Oylan"
APP = "Oylan"
MAX_RECENT = 8


def data_dir() -> Path:
    env = os.environ.get("OYLAN_DATA_DIR")
    if env:
        return Path(env)
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(loc) if loc else Path.home() / ".local" / "share" / APP


def _qsettings() -> QSettings:
    env = os.environ.get("OYLAN_CONFIG_DIR")
    if env:
        return QSettings(str(Path(env) / "oylan.ini"), QSettings.Format.IniFormat)
    return QSettings(ORG, APP)


class Settings:
    """Typed access to the few things the editor remembers."""

    def __init__(self) -> None:
        self._qs = _qsettings()
        self._overlay: dict[str, object] = {}
        self.private = self._bool("privacy/private", False)

    # -- raw access (private mode: in memory only)
    def get(self, key: str, default=None):
        if key in self._overlay:
            return self._overlay[key]
        return self._qs.value(key, default)

    def set(self, key: str, value) -> None:
        if self.private:
            self._overlay[key] = value
        else:
            self._qs.setValue(key, value)

    def _bool(self, key: str, default: bool) -> bool:
        v = self.get(key, default)
        return v if isinstance(v, bool) else str(v).lower() in ("1", "true", "yes")

    def sync(self) -> None:
        if not self.private:
            self._qs.sync()

    # -- private mode: the flag itself is stored before entering / after leaving
    def set_private(self, on: bool) -> None:
        if on:
            self._qs.setValue("privacy/private", True)
            self._qs.sync()
            self.private = True
        else:
            self.private = False
            self._overlay.clear()
            self._qs.setValue("privacy/private", False)

    # -- typed values
    @property
    def language(self) -> str:
        return str(self.get("ui/language", "") or "")

    @language.setter
    def language(self, v: str) -> None:
        self.set("ui/language", v)

    @property
    def zoom(self) -> int:
        try:
            return int(self.get("ui/zoom", 0))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, v: int) -> None:
        self.set("ui/zoom", int(v))

    @property
    def first_run_seen(self) -> bool:
        return self._bool("ui/firstRunSeen", False)

    def mark_first_run_seen(self) -> None:
        self.set("ui/firstRunSeen", True)

    def disabled_rules(self) -> set[str]:
        v = self.get("rules/disabled", [])
        if isinstance(v, str):
            v = [v] if v else []
        return {str(x) for x in (v or [])}

    def set_disabled_rules(self, rules: set[str]) -> None:
        self.set("rules/disabled", sorted(rules))

    def recent_files(self) -> list[str]:
        v = self.get("files/recent", [])
        if isinstance(v, str):
            v = [v] if v else []
        return [str(x) for x in (v or [])]

    def add_recent(self, path: str) -> None:
        if self.private:
            return  # private mode: no recent files
        items = [p for p in self.recent_files() if p != path]
        self.set("files/recent", [path, *items][:MAX_RECENT])

    def clear_recent(self) -> None:
        self.set("files/recent", [])
