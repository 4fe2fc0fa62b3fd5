"""Import spaCy without its command-line package.

`import spacy` runs ``from .cli.info import info`` only to offer ``spacy.info()``; that pulls in
spaCy's whole CLI (typer, weasel, requests, httpx...), about a third of spaCy's import time and
of Oylan's cold start. Oylan never uses it, so while spaCy imports, ``spacy.cli`` is a stand-in
module; the first time anything touches it (``spacy.info()``, ``import spacy.cli``, an attribute)
the real package is imported in its place. Nothing else in spaCy imports ``spacy.cli``.
"""

from __future__ import annotations

import importlib
import sys
import types

_NAMES = ("spacy.cli", "spacy.cli.info")


class _Deferred(types.ModuleType):
    """Stand-in for spacy.cli / spacy.cli.info until first use."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(module_name: str):
    for name in _NAMES:
        if isinstance(sys.modules.get(name), _Deferred):
            del sys.modules[name]
    real = importlib.import_module(module_name)
    spacy = sys.modules.get("spacy")
    if spacy is not None and isinstance(spacy.__dict__.get("cli"), _Deferred):
        spacy.cli = importlib.import_module("spacy.cli")
    return real


def _info(*args, **kwargs):
    return _real("spacy.cli.info").info(*args, **kwargs)


def import_spacy():
    """``import spacy``, leaving its command-line package to be imported on first use."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if any(name in sys.modules for name in _NAMES):
        return importlib.import_module("spacy")
    cli = _Deferred("spacy.cli")
    cli.__path__ = []  # a package, so that "spacy.cli.info" resolves to the stand-in below
    info = _Deferred("spacy.cli.info")
    info.info = _info
    cli.info = info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
    try:
        import spacy
    except BaseException:
        for name in _NAMES:
            if isinstance(sys.modules.get(name), _Deferred):
                del sys.modules[name]
        raise
    # spacy.info is now _info, which imports the real command on first call
    if isinstance(sys.modules.get("spacy.cli"), _Deferred):
        spacy.cli = sys.modules["spacy.cli"]
    return spacy
