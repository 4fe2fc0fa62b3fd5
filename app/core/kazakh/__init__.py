"""Kazakh morphology for Oylan (pure Python, offline).

    from app.core.kazakh import KazakhAnalyzer
    ana = KazakhAnalyzer()
    ana.analyse("шығыңдар")  # → (Reading(lemma='шық', pos='VERB', feats=(('Mood','Imp'),...)), ...)
"""

__all__ = ["KazakhAnalyzer"]


def __getattr__(name: str):
    # Imported on first use: the tokenizer needs only kazakh.abbrev at start-up, and the analyser's
    # suffix tables cost ~0.15 s of every command's start even for Russian text.
    if name == "KazakhAnalyzer":
        from app.core.kazakh.morph import KazakhAnalyzer

        return KazakhAnalyzer
    raise AttributeError(name)
