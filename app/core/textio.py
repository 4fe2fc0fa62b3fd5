"""Reading user text safely: encodings (UTF-8, UTF-16, CP1251), binary files, size limits."""

from __future__ import annotations

from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a post is never this long; refuse rather than freeze


class TextInputError(ValueError):
    """Input that cannot be read as text; the message is shown to the user as is."""


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding). Raises :class:`TextInputError` for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = _guess(data, name)
    if _looks_binary(text):
        raise TextInputError(f"{name} looks like a binary file, not text (it has control bytes); nothing was checked")
    return text, enc


def _guess(data: bytes, name: str) -> tuple[str, str]:
    # UTF-16 without a BOM: every other byte is NUL in Cyrillic/Latin text.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1251", "koi8_r", "utf_8", "cp866", "mac_cyrillic"]).best()
    if best is None:
        raise TextInputError(f"{name} is not UTF-8 text and its encoding could not be recognised")
    return data.decode(best.encoding, errors="replace"), best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad > max(8, len(sample) // 50)


def read_text_file(path: str | Path) -> tuple[str, str]:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TextInputError(f"{p} is {size // (1024 * 1024)} MB; Oylan reads posts up to {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = p.read_bytes()
    except FileNotFoundError:
        raise TextInputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise TextInputError(f"{p} is a folder, not a text file") from None
    except OSError as e:
        raise TextInputError(f"{p}: cannot read ({e.strerror})") from None
    return decode_bytes(data, str(p))
