"""Oylan — check a draft post for phrasing that Kazakhstan's vague speech offences have been built on."""

from pathlib import Path

__version__ = "0.1.0"

#: Project root (the folder that holds rules/, models/, translations/).
ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "rules"
MODELS_DIR = ROOT / "models"
TRANSLATIONS_DIR = ROOT / "translations"
