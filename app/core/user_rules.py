"""The user's own rules folder and disabled-rules list.

Rule maintainers can keep rules outside the installed app: ``<user data dir>/rules`` (from
``platformdirs.user_data_dir("Oylan")``) with the same ``<lang>/*.yaml`` layout as the bundled
``rules/`` folder. It is loaded *after* the bundled rules, so its rules can use the bundled word
lists and signals; rule ids must be unique across both folders (``load_rulebook`` reports a
duplicate as an error at the second file's line).

``disabled.txt`` in that folder lists rule ids to switch off, one per line; ``#`` starts a
comment. The environment variable ``OYLAN_USER_RULES`` points at another folder (tests use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from app import RULES_DIR

ENV = "OYLAN_USER_RULES"
DISABLED_FILE = "disabled.txt"


def user_rules_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Oylan", appauthor=False)) / "rules"


def ensure_user_rules_dir() -> Path:
    """Create the user folder with empty ru/ and kk/ subfolders (for the studio's "open" button)."""
    d = user_rules_dir()
    for lang in ("ru", "kk"):
        (d / lang).mkdir(parents=True, exist_ok=True)
    return d


def rule_folders(include_user: bool = True) -> list[Path]:
    """Folders to load, in order: the bundled rules, then the user's folder if it exists."""
    out = [RULES_DIR]
    if include_user:
        d = user_rules_dir()
        if d.is_dir() and d.resolve() != RULES_DIR.resolve():
            out.append(d)
    return out


def disabled_rules() -> set[str]:
    """Rule ids listed in ``disabled.txt`` (missing file: none)."""
    path = user_rules_dir() / DISABLED_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return set()
    out = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line)
    return out


def set_disabled_rules(ids: set[str]) -> Path:
    d = user_rules_dir()
    d.mkdir(parents=True, exist_ok=True)
    path = d / DISABLED_FILE
    body = "# Rule ids switched off, one per line.\n" + "".join(f"{i}\n" for i in sorted(ids))
    path.write_text(body, encoding="utf-8")
    return path
