"""The main window: editor in the centre, findings + card and rights on the right, risk on top."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QMessageBox,
    QPushButton, QSplitter, QTabWidget, QToolTip, QVBoxLayout, QWidget,
)

from app.gui import i18n
from app.gui.card import FindingCard
from app.gui.drafts import DraftStore, atomic_write_text
from app.gui.editor import Editor
from app.gui.findings_panel import FindingsPanel
from app.gui.highlighter import Span, build_selections
from app.gui.labels import language_name, offence_title, severity_word
from app.gui.rights_panel import RightsPanel
from app.gui.risk_meter import RiskMeter
from app.gui.settings import Settings, data_dir
from app.gui.worker import Analyzer, summarise

LIVE_LIMIT = 200_000  # characters; above this, live checking pauses and "Check now" is offered
SHORT_DEBOUNCE_MS = 100  # short posts: a small pause keeps keystroke → underline under 150 ms
LONG_DEBOUNCE_MS = 300  # long documents
LONG_DOC = 20_000
AUTOSAVE_MS = 3000
APPLY_BUDGET_S = 0.004  # GUI-thread time per event-loop turn when applying a result
APPLY_CHUNK = 200  # findings turned into spans per step


class Banner(QFrame):
    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(10, 6, 10, 6)
        self.lay.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []

    def add_button(self, slot) -> QPushButton:
        b = QPushButton()
        b.clicked.connect(slot)
        self.lay.addWidget(b)
        self.buttons.append(b)
        return b


class TurnedOffRulesDialog(QDialog):
    """Rules turned off here (in the app's settings) and those listed in the user's disabled.txt.

    The file's rules are shown but not editable here: the file may carry the maintainer's comments,
    and it is theirs to change."""

    def __init__(self, rules: set[str], file_rules: set[str] | None = None, file_path: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turned-off rules"))
        self.rules = set(rules)
        self.file_rules = set(file_rules or ()) - self.rules
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Turned-off rules"))
        self.list.addItems(sorted(self.rules))
        for rid in sorted(self.file_rules):
            it = QListWidgetItem(self.tr("{rule} (disabled.txt)").format(rule=rid))
            it.setData(Qt.ItemDataRole.UserRole, rid)
            it.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not selectable: edit the file to change it
            it.setForeground(QColor("#666"))
            it.setToolTip(self.tr("Listed in {path}").format(path=file_path))
            self.list.addItem(it)
        self.info = QLabel(self.tr("These patterns are not checked. Select one and turn it back on."))
        self.info.setWordWrap(True)
        self.file_note = QLabel(self.tr("Rules marked “disabled.txt” are turned off in {path}; "
                                        "edit that file to turn them back on.").format(path=file_path))
        self.file_note.setWordWrap(True)
        self.file_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_note.setVisible(bool(self.file_rules))
        self.on_btn = QPushButton(self.tr("Turn back on"))
        self.on_btn.clicked.connect(self.turn_on_selected)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.list)
        lay.addWidget(self.file_note)
        row = QHBoxLayout()
        row.addWidget(self.on_btn)
        row.addStretch(1)
        row.addWidget(box)
        lay.addLayout(row)
        if not self.rules and not self.file_rules:
            self.info.setText(self.tr("No rules are turned off."))
        self.on_btn.setEnabled(bool(self.rules))

    def turn_on_selected(self) -> None:
        for it in self.list.selectedItems():
            if it.text() in self.rules:
                self.rules.discard(it.text())
                self.list.takeItem(self.list.row(it))
        self.on_btn.setEnabled(bool(self.rules))


class MainWindow(QMainWindow):
    resultApplied = Signal(int)  # revision
    draftSaveFailed = Signal(str)

    def __init__(self, settings: Settings | None = None, engine_factory=None, ui_lang: str | None = None,
                 drafts_dir: Path | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.ui_lang = i18n.resolve(ui_lang or self.settings.language)
        self.rev = 0
        self.applied_rev = -1
        self.dropped = 0
        self.engine_ready = False
        self.force_check = False
        self.file_path: str | None = None
        self.spans: list[Span] = []
        self.ignored: list[tuple[str, QTextCursor]] = []
        self.para_langs: dict[int, list[str]] = {}
        self.offences = None
        self.rights = None
        self.last_result = None
        self.last_message_box: QMessageBox | None = None
        self.drafts = DraftStore(drafts_dir or data_dir())
        self._build()
        self._menus()
        self.retranslate()
        self.editor.set_zoom(self.settings.zoom)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.timeout.connect(self.dispatch)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave_in_background)
        # drafts are written (with fsync) on one background thread, in order, never on the GUI thread
        from concurrent.futures import ThreadPoolExecutor

        self._draft_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oylan-drafts")
        self._draft_job = None
        self.draftSaveFailed.connect(
            lambda err: self.statusBar().showMessage(self.tr("Autosave failed: {err}").format(err=err), 8000))
        self.editor.document().contentsChange.connect(self._shift_spans)
        self.editor.document().contentsChanged.connect(self._edited)
        self.editor.document().modificationChanged.connect(lambda _m: self._update_title())
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.hovered.connect(self._hovered)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_selections)
        self._applying = None  # generator applying a result step by step (see on_result)
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_more)
        self.editor.verticalScrollBar().valueChanged.connect(self._schedule_refresh)
        self.editor.resized.connect(self._schedule_refresh)

        self.analyzer = Analyzer(engine_factory, self)
        self.analyzer.loaded.connect(self._engine_loaded)
        self.analyzer.loadFailed.connect(self._engine_failed)
        self.analyzer.resultReady.connect(self.on_result)
        self.analyzer.failed.connect(lambda rev, tb: rev == self.rev and self.meter.set_error(tb))
        self.analyzer.knowledgeReady.connect(self._knowledge)
        self.analyzer.reloaded.connect(self.request_check)
        self.analyzer.start()
        self._offer_recovery()
        self._update_title()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.setObjectName("mainWindow")
        self.editor = Editor()
        self.meter = RiskMeter()
        self.meter.checkNowClicked.connect(self.check_now)
        self.findings = FindingsPanel()
        self.findings.jumpRequested.connect(self.jump_to)
        self.findings.currentChanged.connect(lambda i: self._show_card(i))
        self.card = FindingCard()
        self.card.applyRewrite.connect(self.apply_rewrite)
        self.card.ignoreHere.connect(self.ignore_here)
        self.card.disableRule.connect(self.disable_rule)
        self.rights_panel = RightsPanel()

        self.first_run = Banner("banner")
        self.first_run_ok = self.first_run.add_button(self._first_run_done)
        self.first_run.setVisible(not self.settings.first_run_seen)
        self.recovery = Banner("recoveryBanner")
        self.recovery_restore = self.recovery.add_button(self.restore_draft)
        self.recovery_discard = self.recovery.add_button(self.discard_recovered)
        self.recovery.hide()

        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.findings)
        right_split.addWidget(self.card)
        right_split.setStretchFactor(0, 2)
        right_split.setStretchFactor(1, 3)
        right_split.setSizes([260, 460])
        self.tabs = QTabWidget()
        self.tabs.addTab(right_split, "")
        self.tabs.addTab(self.rights_panel, "")
        self.tabs.setMinimumWidth(340)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.editor)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([820, 480])

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(10, 8, 10, 4)
        lay.setSpacing(6)
        lay.addWidget(self.first_run)
        lay.addWidget(self.recovery)
        lay.addWidget(self.meter)
        lay.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.status_lang = QLabel()
        self.status_count = QLabel()
        self.status_private = QLabel()
        self.status_private.setStyleSheet("color: #5b4bb7; font-weight: bold;")
        sb = self.statusBar()
        sb.addWidget(self.status_lang, 1)
        sb.addPermanentWidget(self.status_private)
        sb.addPermanentWidget(self.status_count)
        self.resize(1300, 820)

    def _act(self, slot, shortcut=None, checkable=False) -> QAction:
        a = QAction(self)
        if shortcut is not None:
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        return a

    def _menus(self) -> None:
        mb = self.menuBar()
        K = QKeySequence
        self.a_new = self._act(self.new_file, K(K.StandardKey.New))
        self.a_open = self._act(self.open_file, K(K.StandardKey.Open))
        self.a_save = self._act(self.save, K(K.StandardKey.Save))
        self.a_save_as = self._act(self.save_as, K(K.StandardKey.SaveAs))
        self.a_private = self._act(self.set_private, checkable=True)
        self.a_private.setChecked(self.settings.private)
        self.a_quit = self._act(self.close, K(K.StandardKey.Quit))
        self.m_file = mb.addMenu("")
        self.m_file.addActions([self.a_new, self.a_open])
        self.m_recent = self.m_file.addMenu("")
        self.m_recent.aboutToShow.connect(self._fill_recent)
        self.m_file.addActions([self.a_save, self.a_save_as])
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_private)
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_quit)

        self.m_edit = mb.addMenu("")
        e = self.editor
        self.a_undo = self._act(e.undo, K(K.StandardKey.Undo))
        self.a_redo = self._act(e.redo, K(K.StandardKey.Redo))
        self.a_cut = self._act(e.cut, K(K.StandardKey.Cut))
        self.a_copy = self._act(e.copy, K(K.StandardKey.Copy))
        self.a_paste = self._act(e.paste, K(K.StandardKey.Paste))
        self.a_select_all = self._act(e.selectAll, K(K.StandardKey.SelectAll))
        for a in (self.a_undo, self.a_redo, self.a_cut, self.a_copy, self.a_paste, self.a_select_all):
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor handles its own keys
            self.m_edit.addAction(a)

        self.m_check = mb.addMenu("")
        self.a_next = self._act(self.next_finding, K(Qt.Key.Key_F8))
        self.a_prev = self._act(self.prev_finding, K(Qt.Modifier.SHIFT | Qt.Key.Key_F8))
        self.a_card = self._act(self.open_card, K(Qt.Modifier.CTRL | Qt.Key.Key_Period))
        self.a_check_now = self._act(self.check_now, K(Qt.Key.Key_F5))
        self.a_rules = self._act(self.show_turned_off_rules)
        self.m_check.addActions([self.a_next, self.a_prev, self.a_card])
        self.m_check.addSeparator()
        self.m_check.addActions([self.a_check_now, self.a_rules])
        self.a_workshop = self._act(self.open_workshop_window)
        self.a_studio = self._act(self.open_studio_window)
        self.m_check.addSeparator()
        self.m_check.addActions([self.a_workshop, self.a_studio])

        self.m_view = mb.addMenu("")
        self.a_zoom_in = self._act(lambda: self.zoom(1), [K(Qt.Modifier.CTRL | Qt.Key.Key_Equal),
                                                          K(Qt.Modifier.CTRL | Qt.Key.Key_Plus)])
        self.a_zoom_out = self._act(lambda: self.zoom(-1), K(Qt.Modifier.CTRL | Qt.Key.Key_Minus))
        self.a_zoom_reset = self._act(lambda: self.zoom(None), K(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self.m_view.addActions([self.a_zoom_in, self.a_zoom_out, self.a_zoom_reset])

        self.m_settings = mb.addMenu("")
        self.m_lang = self.m_settings.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for code, name in i18n.LANGUAGES.items():
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.ui_lang)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            self.m_lang.addAction(a)
            self.lang_actions[code] = a
        self.m_settings.addAction(self.a_rules)

        self.m_help = mb.addMenu("")
        self.a_about = self._act(self.about)
        self.a_privacy = self._act(lambda: self.first_run.show())
        self.m_help.addActions([self.a_privacy, self.a_about])
        for a in (self.a_next, self.a_prev, self.a_card, self.a_check_now, self.a_zoom_in, self.a_zoom_out,
                  self.a_zoom_reset, self.a_new, self.a_open, self.a_save, self.a_save_as, self.a_quit):
            self.addAction(a)

    def retranslate(self) -> None:
        self.m_file.setTitle(self.tr("&File"))
        self.a_new.setText(self.tr("&New"))
        self.a_open.setText(self.tr("&Open…"))
        self.m_recent.setTitle(self.tr("Open &Recent"))
        self.a_save.setText(self.tr("&Save"))
        self.a_save_as.setText(self.tr("Save &As…"))
        self.a_private.setText(self.tr("&Private mode (save nothing automatically)"))
        self.a_quit.setText(self.tr("&Quit"))
        self.m_edit.setTitle(self.tr("&Edit"))
        self.a_undo.setText(self.tr("&Undo"))
        self.a_redo.setText(self.tr("&Redo"))
        self.a_cut.setText(self.tr("Cu&t"))
        self.a_copy.setText(self.tr("&Copy"))
        self.a_paste.setText(self.tr("&Paste"))
        self.a_select_all.setText(self.tr("Select &All"))
        self.m_check.setTitle(self.tr("&Check"))
        self.a_next.setText(self.tr("&Next finding"))
        self.a_prev.setText(self.tr("&Previous finding"))
        self.a_card.setText(self.tr("&Explain this finding"))
        self.a_check_now.setText(self.tr("Check &now"))
        self.a_rules.setText(self.tr("&Turned-off rules…"))
        self.a_workshop.setText(self.tr("&Workshop mode…"))
        self.a_studio.setText(self.tr("Rule &studio…"))
        self.m_view.setTitle(self.tr("&View"))
        self.a_zoom_in.setText(self.tr("Zoom &in"))
        self.a_zoom_out.setText(self.tr("Zoom &out"))
        self.a_zoom_reset.setText(self.tr("&Reset zoom"))
        self.m_settings.setTitle(self.tr("&Settings"))
        self.m_lang.setTitle(self.tr("Interface &language"))
        self.m_help.setTitle(self.tr("&Help"))
        self.a_about.setText(self.tr("&About Oylan"))
        self.a_privacy.setText(self.tr("&Privacy and limits"))
        self.tabs.setTabText(0, self.tr("Findings"))
        self.tabs.setTabText(1, self.tr("Your rights"))
        self.editor.setAccessibleName(self.tr("Post text"))
        self.editor.setAccessibleDescription(self.tr("Type or paste your draft post. Risky phrases are underlined: "
                                                     "dotted for low, wavy for medium, wavy on a tint for high."))
        self.editor.setPlaceholderText(self.tr("Type or paste your draft post here (Russian or Kazakh)…"))
        self.first_run.label.setText(self.tr(
            "Everything stays on this computer: your text is checked here, nothing is uploaded or logged. "
            "Oylan points out phrasing that speech cases in Kazakhstan have been built on. "
            "It is not legal advice and cannot tell whether a post is lawful."))
        self.first_run_ok.setText(self.tr("Got it"))
        self.recovery_restore.setText(self.tr("Restore"))
        self.recovery_discard.setText(self.tr("Discard"))
        self.status_private.setText(self.tr("Private mode: nothing is written to disk") if self.settings.private else "")
        for w in (self.meter, self.findings, self.card, self.rights_panel):
            w.retranslate()
        self._update_recovery_text()
        self._update_title()
        self._update_status()

    # ------------------------------------------------------------------ analysis
    def _edited(self) -> None:
        self.rev += 1
        n = self.editor.document().characterCount()
        self.debounce.start(SHORT_DEBOUNCE_MS if n < LONG_DOC else LONG_DEBOUNCE_MS)
        if not self.settings.private and not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self.status_count.setText(self.tr("{n} characters").format(n=f"{max(0, n - 1):,}"))

    def _shift_spans(self, pos: int, removed: int, added: int) -> None:
        # runs on every keystroke: spans wholly before the edit (most of a long document) cost one compare
        for sp in self.spans:
            if sp.end >= pos:
                sp.shift(pos, removed, added)

    def request_check(self) -> None:
        """Re-check now (settings changed): a new revision so older results are dropped."""
        self.rev += 1
        self.dispatch()

    def dispatch(self) -> None:
        if not self.engine_ready:
            return  # checked as soon as the engine is loaded
        n = self.editor.document().characterCount() - 1
        if n > LIVE_LIMIT and not self.force_check:
            self._set_spans([])
            self.meter.set_paused(n)
            self.findings.set_state("paused")
            return
        self.force_check = False
        self.meter.set_checking()
        self.analyzer.request(self.rev, self.editor.toPlainText(), self.ui_lang, self.settings.disabled_rules())

    def check_now(self) -> None:
        self.force_check = True
        self.request_check()

    def _engine_loaded(self) -> None:
        self.engine_ready = True
        self.findings.set_state("idle")
        errors = self.analyzer.rule_errors()
        if errors:
            # a broken rule file was skipped: the check is incomplete, and the person should know
            self.statusBar().showMessage(
                self.tr("{n} problem(s) in the rules: those files were skipped. Check → Rule studio shows them. "
                        "First: {first}").format(n=len(errors), first=errors[0]))
        self.request_check()

    def _engine_failed(self, msg: str) -> None:
        self.meter.set_error(self.tr("The checker could not start: {msg}").format(msg=msg))

    def _knowledge(self, offences, rights) -> None:
        self.offences, self.rights = offences, rights
        # everything loaded so far lives as long as the app: keep it out of the collector's full scans,
        # which otherwise pause every thread (a long document's result allocates enough to trigger one)
        import gc

        gc.freeze()
        self.rights_panel.set_rights(rights, self.ui_lang)
        if self.last_result is not None:
            self._render_findings()

    def on_result(self, res) -> None:
        """Apply a result over as many event-loop turns as it needs (≈4 ms of GUI time each), so a long
        document's hundreds of findings never stall typing. A result whose revision is no longer current
        is dropped, on arrival or between steps."""
        if res.rev != self.rev:
            self.dropped += 1  # stale: the text changed since this was requested
            return
        self._applying = self._apply_steps(res)
        self._apply_more()

    def _apply_more(self) -> None:
        gen = self._applying
        if gen is None:
            return
        end = time.perf_counter() + APPLY_BUDGET_S
        try:
            while time.perf_counter() < end:
                next(gen)
        except StopIteration:
            if self._applying is gen:
                self._applying = None
            return
        if self._applying is gen:
            self._apply_timer.start()

    def _apply_steps(self, res):
        doc = self.editor.document()
        limit = max(0, doc.characterCount() - 1)
        ign = {(rule, c.selectionStart(), c.selectionEnd()) for rule, c in self.ignored}
        pairs = res.spans
        findings = res.report.findings
        spans: list[Span] = []
        for i in range(0, len(findings), APPLY_CHUNK):
            for (s, e), f in zip(pairs[i:i + APPLY_CHUNK], findings[i:i + APPLY_CHUNK]):
                s, e = min(s, limit), min(e, limit)
                if (f.rule, s, e) in ign:
                    continue
                spans.append(Span(s, e, f))
            yield
            if res.rev != self.rev or self._applying is None:
                self.dropped += 1  # edited while this was being applied: the next result follows
                return
        self.last_result = res
        self.para_langs = res.para_langs
        self._set_spans(spans)  # underlines for the visible part only
        yield
        whole = len(spans) == len(findings)
        yield from self._render_steps(summary=res.summary if whole else None,
                                      risk_score=(res.report.risk, res.report.score) if whole else None)
        self.applied_rev = res.rev
        self.resultApplied.emit(res.rev)

    def _set_spans(self, spans: list[Span]) -> None:
        self.spans = spans
        self._refresh_selections()

    def _schedule_refresh(self, *_a) -> None:
        if self.spans and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_selections(self) -> None:
        """Underline only what can be seen (plus a margin); scrolling brings the rest in."""
        ed = self.editor
        lo, hi = 0, None
        if len(self.spans) > 60:
            first = ed.firstVisibleBlock()
            vp = ed.viewport().rect()
            last = ed.cursorForPosition(vp.bottomRight()).position()
            lo = max(0, first.position() - 600)  # a margin: a small scroll shows underlines at once
            hi = last + 600
        ed.setExtraSelections(build_selections(ed.document(), self.spans, lo, hi))

    def _span_range(self, sp: Span) -> tuple[int, int]:
        return sp.start, sp.end

    def _render_findings(self, summary=None, risk_score=None) -> None:
        """Meter, findings list and card for ``self.spans`` (all at once; see :meth:`_render_steps`)."""
        for _ in self._render_steps(summary, risk_score):
            pass

    def _render_steps(self, summary=None, risk_score=None):
        """The same, one widget per step. ``summary`` and ``risk_score`` come precomputed from the worker
        thread when the spans are the whole result."""
        from app.core.scoring import score_findings

        fs = [sp.finding for sp in self.spans]
        risk, score = risk_score if risk_score is not None else score_findings(fs)
        if summary is None:
            summary = summarise(fs)
        reasons = []
        for oid, count, top, articles in summary:
            arts = ", ".join(articles)
            reasons.append(self.tr("{title}{arts}: %n phrase(s), strongest: {level}", "", count).format(
                title=offence_title(oid, self.offences, self.ui_lang), arts=f" ({arts})" if arts else "",
                level=severity_word(top).lower()))
        lang = self.last_result.report.language if self.last_result else ""
        self.meter.set_result(risk, score, reasons, lang)
        yield
        self.findings.set_findings(fs, self.offences, self.ui_lang)
        yield
        cf = self.card.finding
        if cf is not None:
            same = [i for i, f in enumerate(fs) if f.rule == cf.rule and f.text == cf.text]
            if same:
                self._show_card(same[0], select=True)
            else:
                self.card.clear()
        self._update_status()

    # ------------------------------------------------------------------ findings navigation & card
    def finding_at(self, pos: int) -> int:
        for i, sp in enumerate(self.spans):  # every cursor move: kept to plain attribute reads
            if sp.start <= pos <= sp.end and sp.end > sp.start:
                return i
        return -1

    def _show_card(self, index: int, select: bool = False) -> None:
        if 0 <= index < len(self.spans):
            self.card.show_finding(self.spans[index].finding, self.offences, self.ui_lang)
            if select:
                self.findings.select(index)

    def jump_to(self, index: int) -> None:
        if not 0 <= index < len(self.spans):
            return
        s, e = self._span_range(self.spans[index])
        cur = self.editor.textCursor()
        cur.setPosition(s)
        cur.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cur)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
        self._show_card(index, select=True)

    def next_finding(self) -> None:
        if not self.spans:
            return
        pos = self.editor.textCursor().selectionStart()
        starts = [self._span_range(sp)[0] for sp in self.spans]
        after = [i for i, s in enumerate(starts) if s > pos]
        self.jump_to(after[0] if after else 0)

    def prev_finding(self) -> None:
        if not self.spans:
            return
        pos = self.editor.textCursor().selectionStart()
        starts = [self._span_range(sp)[0] for sp in self.spans]
        before = [i for i, s in enumerate(starts) if s < pos]
        self.jump_to(before[-1] if before else len(self.spans) - 1)

    def open_card(self) -> None:
        i = self.finding_at(self.editor.textCursor().selectionStart())
        if i < 0:
            i = self.findings.current_row()
        if i < 0 and self.spans:
            i = 0
        if i >= 0:
            self.tabs.setCurrentIndex(0)
            self._show_card(i, select=True)
            self.card.browser.setFocus()

    def _cursor_moved(self) -> None:
        i = self.finding_at(self.editor.textCursor().position())
        if i >= 0 and self.card.finding is not self.spans[i].finding:
            self._show_card(i, select=True)
        self._update_status()

    def _hovered(self, pos: int, gpt: QPoint) -> None:
        i = self.finding_at(pos)
        if i >= 0:
            f = self.spans[i].finding
            if self.card.finding is not f:
                self._show_card(i, select=True)
            QToolTip.showText(gpt, f"{severity_word(f.severity)}: {f.message}", self.editor.viewport())

    def apply_rewrite(self, finding, replacement: str) -> None:
        idx = [i for i, sp in enumerate(self.spans) if sp.finding is finding]
        if not idx:
            return
        s, e = self._span_range(self.spans[idx[0]])
        doc = self.editor.document()
        cur = QTextCursor(doc)
        cur.setPosition(s)
        cur.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
        old = cur.selectedText()
        if old[:1].isupper() and replacement[:1].islower():
            replacement = replacement[:1].upper() + replacement[1:]
        cur.beginEditBlock()
        cur.insertText(replacement)
        cur.endEditBlock()
        self.card.clear()

    def ignore_here(self, finding) -> None:
        for i, sp in enumerate(self.spans):
            if sp.finding is finding:
                s, e = self._span_range(sp)
                c = QTextCursor(self.editor.document())
                c.setPosition(s)
                c.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
                self.ignored.append((finding.rule, c))
                self._set_spans(self.spans[:i] + self.spans[i + 1:])
                break
        self.card.clear()
        self._render_findings()

    def disable_rule(self, rule: str) -> None:
        rules = self.settings.disabled_rules() | {rule}
        self.settings.set_disabled_rules(rules)
        self._set_spans([sp for sp in self.spans if sp.finding.rule != rule])
        self.card.clear()
        self._render_findings()
        self.request_check()

    def open_workshop_window(self):
        """Scenario library, presenter and handouts for trainers (a window of its own)."""
        from app.gui.workshop import open_workshop

        self._workshop = open_workshop(parent=None, ui_lang=self.ui_lang)
        return self._workshop

    def open_studio_window(self):
        """The rule studio; saving a rule there re-checks this draft."""
        from app.gui.studio import open_studio

        self._studio = open_studio(parent=None, engine_reload=self._rules_saved)
        return self._studio

    def _rules_saved(self, book) -> None:
        """Hot reload: this window's checker takes the saved rules (on its worker thread, queued before
        any later check), then the draft is checked again (``Analyzer.reloaded`` → ``request_check``)."""
        self.analyzer.reload(book)

    def show_turned_off_rules(self) -> TurnedOffRulesDialog:
        from app.core.user_rules import DISABLED_FILE, disabled_rules, user_rules_dir

        dlg = TurnedOffRulesDialog(self.settings.disabled_rules(), disabled_rules(),
                                   str(user_rules_dir() / DISABLED_FILE), self)

        def done(_r=None):
            if dlg.rules != self.settings.disabled_rules():
                self.settings.set_disabled_rules(dlg.rules)
                self.request_check()
        dlg.finished.connect(done)
        dlg.open()
        return dlg

    # ------------------------------------------------------------------ status
    def _update_status(self) -> None:
        block = self.editor.textCursor().blockNumber()
        langs = self.para_langs.get(block, [])
        if langs:
            self.status_lang.setText(self.tr("Paragraph {n}: {langs}").format(
                n=block + 1, langs=", ".join(language_name(x) for x in langs)))
        else:
            self.status_lang.setText(self.tr("Paragraph {n}").format(n=block + 1))

    def _update_title(self) -> None:
        name = Path(self.file_path).name if self.file_path else self.tr("Untitled post")
        mod = "*" if self.editor.document().isModified() else ""
        self.setWindowTitle(f"{mod}{name} — Oylan")

    def zoom(self, delta: int | None) -> None:
        if delta is None:
            self.editor.set_zoom(0)
        else:
            self.editor.zoom_by(delta)
        self.settings.zoom = self.editor.zoom

    # ------------------------------------------------------------------ language
    def set_language(self, code: str) -> None:
        self.settings.language = code
        self.ui_lang = i18n.install(code)
        for c, a in self.lang_actions.items():
            a.setChecked(c == self.ui_lang)
        self.retranslate()
        self.rights_panel.set_rights(self.rights, self.ui_lang)
        self.request_check()

    # ------------------------------------------------------------------ messages
    def show_error(self, title: str, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        if detail:
            box.setDetailedText(detail)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_message_box = box
        return box

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Oylan"), self.tr(
            "Oylan checks a draft post for phrasing that vague speech offences in Kazakhstan have been built on, "
            "explains each risk and suggests safer wording.\n\nEverything stays on this computer. "
            "Nothing is uploaded or logged. This is not legal advice."))

    def _first_run_done(self) -> None:
        self.settings.mark_first_run_seen()
        self.first_run.hide()

    # ------------------------------------------------------------------ files
    def ask_save(self) -> bool:
        """True to go on (saved or discarded), False to cancel."""
        if not self.editor.document().isModified() or not self.editor.toPlainText().strip():
            return True
        r = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this post?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if r == QMessageBox.StandardButton.Save:
            return self.save()
        return r == QMessageBox.StandardButton.Discard

    def set_text(self, text: str, path: str | None = None) -> None:
        self.ignored.clear()
        self.card.clear()
        self.editor.setPlainText(text)
        self.file_path = path
        self.editor.document().setModified(False)
        self._update_title()

    def new_file(self) -> None:
        if self.ask_save():
            self.set_text("", None)

    def open_file(self) -> None:
        if not self.ask_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a post"), "",
                                              self.tr("Text files (*.txt *.md);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        from app.core.textio import TextInputError, read_text_file

        try:
            text, _enc = read_text_file(path)
        except TextInputError as e:
            self.show_error(self.tr("Cannot open the file"), self.tr("The file was not opened; your current text "
                                                                     "is unchanged."), str(e))
            self.last_message_box.setInformativeText(str(e))
            return False
        except OSError as e:
            self.show_error(self.tr("Cannot open the file"), self.tr("The file was not opened; your current text "
                                                                     "is unchanged."), str(e))
            self.last_message_box.setInformativeText(str(e))
            return False
        self.set_text(text, str(path))
        self.settings.add_recent(str(Path(path).resolve()))
        return True

    def save(self) -> bool:
        if not self.file_path:
            return self.save_as()
        return self.write_to(self.file_path)

    def save_as(self) -> bool:
        path, flt = QFileDialog.getSaveFileName(self, self.tr("Save the post"), self.file_path or "",
                                                self.tr("Text (*.txt);;Markdown (*.md)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".md" if "*.md" in flt else ".txt"
        return self.write_to(path)

    def write_to(self, path: str) -> bool:
        try:
            atomic_write_text(Path(path), self.editor.toPlainText())
        except OSError as e:
            self.show_error(self.tr("Cannot save"), self.tr("The post was not saved."), str(e))
            return False
        self.file_path = str(path)
        self.editor.document().setModified(False)
        self.settings.add_recent(str(Path(path).resolve()))
        self._update_title()
        return True

    def _fill_recent(self) -> None:
        self.m_recent.clear()
        files = self.settings.recent_files()
        for p in files:
            a = self.m_recent.addAction(p)
            a.triggered.connect(lambda _=False, p=p: self.ask_save() and self.open_path(p))
        if not files:
            a = self.m_recent.addAction(self.tr("(none)"))
            a.setEnabled(False)
        else:
            self.m_recent.addSeparator()
            self.m_recent.addAction(self.tr("Clear the list"), self.settings.clear_recent)

    # ------------------------------------------------------------------ drafts
    def _wait_drafts(self) -> None:
        job, self._draft_job = self._draft_job, None
        if job is not None:
            try:
                job.result(timeout=30)
            except Exception:  # noqa: BLE001 — reported by the job itself
                pass

    def _discard_draft(self) -> None:
        self._wait_drafts()
        self.drafts.discard()

    def _autosave_in_background(self) -> None:
        """The timer's autosave: the text is taken here, written and fsynced on the drafts thread."""
        if self.settings.private:
            return
        if not self.editor.document().isModified():
            self._discard_draft()
            return
        store, text, file = self.drafts, self.editor.toPlainText(), self.file_path

        def work():
            try:
                store.save(text, file)
            except OSError as e:
                self.draftSaveFailed.emit(str(e))

        self._draft_job = self._draft_pool.submit(work)

    def autosave(self) -> None:
        """Save the draft now (waits for a background save in progress)."""
        if self.settings.private:
            return
        if not self.editor.document().isModified():
            self._discard_draft()
            return
        self._wait_drafts()
        try:
            self.drafts.save(self.editor.toPlainText(), self.file_path)
        except OSError as e:
            self.statusBar().showMessage(self.tr("Autosave failed: {err}").format(err=e), 8000)

    def set_private(self, on: bool) -> None:
        self.settings.set_private(bool(on))
        self.a_private.setChecked(bool(on))
        if on:
            self.autosave_timer.stop()
            self._discard_draft()
        elif self.editor.document().isModified():
            self.autosave_timer.start()
        self.retranslate()

    def _offer_recovery(self) -> None:
        self._leftovers = [] if self.settings.private else self.drafts.leftovers()
        self.recovery.setVisible(bool(self._leftovers))
        self._update_recovery_text()

    def _update_recovery_text(self) -> None:
        lo = getattr(self, "_leftovers", [])
        if lo:
            d = lo[0]
            from datetime import datetime

            when = datetime.fromtimestamp(d.saved_at).strftime("%Y-%m-%d %H:%M")
            self.recovery.label.setText(self.tr(
                "Oylan did not close properly last time. A draft from {when} ({n} characters) was kept. "
                "Restore it?").format(when=when, n=len(d.text)))

    def restore_draft(self) -> None:
        if not self._leftovers:
            return
        d = self._leftovers[0]
        self.ignored.clear()
        self.editor.setPlainText(d.text)
        self.file_path = d.file
        self.editor.document().setModified(True)
        DraftStore.remove(self._leftovers)
        self._leftovers = []
        self.recovery.hide()
        self.autosave()
        self._update_title()

    def discard_recovered(self) -> None:
        DraftStore.remove(self._leftovers)
        self._leftovers = []
        self.recovery.hide()

    def closeEvent(self, ev) -> None:  # noqa: N802
        if not self.ask_save():
            ev.ignore()
            return
        self.autosave_timer.stop()
        self.debounce.stop()
        self._apply_timer.stop()
        self._applying = None
        self._discard_draft()
        self._draft_pool.shutdown(wait=True)
        self.analyzer.shutdown()
        self.settings.sync()
        ev.accept()
