"""Kazakh morphology for Oylan (pure Python, offline).

    from app.core.kazakh import KazakhAnalyzer
    ana = KazakhAnalyzer()
    ana.analyse("шығыңдар")  # → (Reading(lemma='шық', pos='VERB', feats=(('Mood','Imp'),...)), ...)
"""

from app.core.kazakh.morph import KazakhAnalyzer

__all__ = ["KazakhAnalyzer"]
