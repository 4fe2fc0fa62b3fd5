"""Desktop editor (PySide6): live risk highlighting, explanation cards, rights, drafts.

Nothing here imports the NLP engine on the GUI thread: :mod:`app.gui.worker` loads it in a
worker thread. Nothing is uploaded; drafts are written only to the local app data folder and
never in private mode.
"""
