"""Autosave and crash recovery, with atomic writes; nothing at all in private mode.

Each session writes ``draft-<pid>.txt`` (+ ``.json`` with the file path) into the data folder and
deletes it on a clean exit. A draft left behind by a process that is no longer running means the
app crashed or was killed: it is offered for recovery at the next start.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass
class Draft:
    text: str
    file: str | None
    saved_at: float
    paths: list[Path]


class DraftStore:
    def __init__(self, folder: Path, pid: int | None = None) -> None:
        self.folder = Path(folder)
        self.pid = pid if pid is not None else os.getpid()
        self.text_path = self.folder / f"draft-{self.pid}.txt"
        self.meta_path = self.folder / f"draft-{self.pid}.json"
        self.saves = 0

    def save(self, text: str, file: str | None) -> None:
        atomic_write_text(self.text_path, text)
        atomic_write_text(self.meta_path, json.dumps({"file": file, "saved_at": time.time(), "pid": self.pid,
                                                      "chars": len(text)}))
        self.saves += 1

    def discard(self) -> None:
        for p in (self.text_path, self.meta_path):
            try:
                p.unlink()
            except FileNotFoundError:
                pass

    def leftovers(self) -> list[Draft]:
        """Drafts of sessions that ended without a clean exit (newest first)."""
        if not self.folder.is_dir():
            return []
        out = []
        for tp in self.folder.glob("draft-*.txt"):
            try:
                pid = int(tp.stem.split("-", 1)[1])
            except ValueError:
                continue
            if pid == self.pid or _alive(pid):
                continue
            mp = tp.with_suffix(".json")
            meta = {}
            try:
                meta = json.loads(mp.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass
            try:
                with open(tp, encoding="utf-8", errors="surrogatepass", newline="") as fh:
                    text = fh.read()
            except OSError:
                continue
            out.append(Draft(text=text, file=meta.get("file"),
                             saved_at=float(meta.get("saved_at", tp.stat().st_mtime)), paths=[tp, mp]))
        return sorted(out, key=lambda d: -d.saved_at)

    @staticmethod
    def remove(drafts: list[Draft]) -> None:
        for d in drafts:
            for p in d.paths:
                try:
                    p.unlink()
                except FileNotFoundError:
                    pass
