"""The rule studio: write, test and measure rules without touching Python.

Left: the rule files of the open folders. Centre: the YAML editor — every edit is re-validated
in a worker thread (300 ms after typing stops) with ``load_rulebook(overrides=...)``, and
errors are underlined at their line and column and listed below. Bottom tabs: the problems
list, this file's examples, a token view of any sentence, a try-out box and corpus coverage.
Saving reloads the rulebook and hands it to ``engine_reload`` (the editor re-checks the draft);
a file saved with errors keeps its last good version active.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMainWindow, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
    QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from app import RULES_DIR
from app.gui.studio.code_editor import CodeEditor
from app.gui.studio.tasks import Bridge, shared_pipeline, submit

DEBOUNCE_MS = 300
NEW_FILE = """# yaml-language-server: $schema=../schema.json
language: {lang}
offence: assembly

rules: []
"""


def _same(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)


def _mono() -> QFont:
    f = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    f.setPointSize(max(f.pointSize(), 9))
    return f


def _readonly_text() -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setReadOnly(True)
    w.setFont(_mono())
    w.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return w


class StudioWindow(QMainWindow):
    """``folders``: rule folders in load order (the edited files can be in any of them)."""

    validated = Signal(object)  # the rulebook built from the current buffer
    reloaded = Signal(object)  # the rulebook handed to engine_reload after a save

    def __init__(self, folders: list[Path] | None = None, engine_reload: Callable[[Any], None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        from app.core.user_rules import rule_folders

        self.folders = [Path(f) for f in (folders or rule_folders())]
        self.engine_reload = engine_reload
        self.ask_on_close = True
        self.current: Path | None = None
        self.buffers: dict[Path, str] = {}  # unsaved text per file
        self.last_good: dict[Path, str] = {}  # text of each file's last version that loaded cleanly
        self.buffer_book = None  # rulebook of the current buffer (latest validation)
        self.active_book = None  # what the engine uses
        self.rev = 0  # jobs other than validation
        self.vrev = 0  # validation of the buffer
        self._loading = False
        self.bridge = Bridge(self)
        self.bridge.done.connect(self._on_done)
        self.bridge.failed.connect(self._on_failed)
        self.bridge.progress.connect(self._on_progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.validate_now)
        self.setWindowTitle("Oylan — rule studio")
        self.resize(1300, 860)
        self._build()
        self.open_folders(self.folders)

    # ----------------------------------------------------------------------------------------
    # Layout

    def _build(self) -> None:
        tb = QToolBar("Rules")
        tb.setMovable(False)
        tb.setIconSize(QSize(16, 16))
        self.addToolBar(tb)
        self.act_open = QAction("Open folder…", self, triggered=self._choose_folder)
        self.act_bundled = QAction("Bundled rules", self, triggered=lambda: self.open_folders([RULES_DIR]))
        self.act_user = QAction("My rules", self, triggered=self._open_user)
        self.act_new = QAction("New file…", self, triggered=self._new_file)
        self.act_save = QAction("Save", self, triggered=self.save, shortcut=QKeySequence.StandardKey.Save)
        self.act_examples = QAction("Run this file's examples", self, triggered=self.run_examples,
                                    shortcut=QKeySequence("F5"))
        for a in (self.act_open, self.act_bundled, self.act_user, self.act_new):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_save)
        tb.addAction(self.act_examples)
        self.act_save.setToolTip("Save the file (Ctrl+S) — the editor re-checks the open draft with it")
        self.act_examples.setToolTip("Run every example of the rules in this file (F5)")

        self.file_list = QListWidget()
        self.file_list.setMinimumWidth(210)
        self.file_list.currentItemChanged.connect(self._file_chosen)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(4, 4, 4, 4)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet("color:#555")
        lv.addWidget(QLabel("<b>Rule files</b>"))
        lv.addWidget(self.file_list, 1)
        lv.addWidget(self.folder_label)

        self.path_label = QLabel("No file open")
        self.path_label.setStyleSheet("padding:3px; color:#333")
        self.state_label = QLabel()
        self.state_label.setStyleSheet("padding:3px")
        self.editor = CodeEditor()
        self.editor.textChanged.connect(self._edited)
        self.editor.cursorPositionChanged.connect(self._show_cursor)
        self.cursor_label = QLabel()
        centre = QWidget()
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.path_label, 1)
        head.addWidget(self.state_label)
        cv.addLayout(head)
        cv.addWidget(self.editor, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._problems_tab(), "Problems")
        self.tabs.addTab(self._examples_tab(), "Examples")
        self.tabs.addTab(self._tokens_tab(), "Tokens")
        self.tabs.addTab(self._try_tab(), "Try a text")
        self.tabs.addTab(self._corpus_tab(), "Corpus")

        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(centre)
        vsplit.addWidget(self.tabs)
        vsplit.setSizes([520, 300])
        hsplit = QSplitter(Qt.Orientation.Horizontal)
        hsplit.addWidget(left)
        hsplit.addWidget(vsplit)
        hsplit.setSizes([230, 1070])
        self.setCentralWidget(hsplit)
        self.statusBar().addPermanentWidget(self.cursor_label)

    def _problems_tab(self) -> QWidget:
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.itemActivated.connect(self._problem_clicked)
        self.problems.itemClicked.connect(self._problem_clicked)
        return self.problems

    def _examples_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.btn_examples = QPushButton("Run this file's examples (F5)")
        self.btn_examples.clicked.connect(self.run_examples)
        self.examples_summary = QLabel("Examples check each rule: every “fire” example must be underlined at "
                                       "<m>…</m>, every “silent” example must stay clean.")
        self.examples_summary.setWordWrap(True)
        row.addWidget(self.btn_examples)
        row.addWidget(self.examples_summary, 1)
        v.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.examples = QTableWidget(0, 5)
        self.examples.setHorizontalHeaderLabels(["", "rule", "kind", "example", "problem"])
        self.examples.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.examples.verticalHeader().setVisible(False)
        self.examples.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.examples.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.examples.currentCellChanged.connect(self._example_chosen)
        self.examples.cellDoubleClicked.connect(self._example_jump)
        self.example_detail = _readonly_text()
        self.example_detail.setPlaceholderText("Select a failed example to see what the engine read (the token table).")
        split.addWidget(self.examples)
        split.addWidget(self.example_detail)
        split.setSizes([600, 500])
        v.addWidget(split, 1)
        self._example_results: list = []
        return w

    def _tokens_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.tokens_input = QLineEdit()
        self.tokens_input.setPlaceholderText("Type a sentence and press Enter to see its tokens, lemmas and grammemes")
        self.tokens_input.returnPressed.connect(self.show_tokens)
        b = QPushButton("Analyse")
        b.clicked.connect(self.show_tokens)
        row.addWidget(self.tokens_input, 1)
        row.addWidget(b)
        v.addLayout(row)
        self.tokens = QTableWidget(0, 7)
        self.tokens.setHorizontalHeaderLabels(["sent.", "token", "lang", "lemma", "POS", "grammemes (UD features)",
                                               "other readings"])
        self.tokens.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.tokens.verticalHeader().setVisible(False)
        self.tokens.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        v.addWidget(self.tokens, 1)
        return w

    def _try_tab(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(2, 2, 2, 2)
        left = QVBoxLayout()
        self.try_input = QPlainTextEdit()
        self.try_input.setPlaceholderText("Paste a post here, then “Check with these rules”. The rules used are the "
                                          "editor's current text, saved or not.")
        b = QPushButton("Check with these rules")
        b.clicked.connect(self.try_text)
        left.addWidget(self.try_input, 1)
        left.addWidget(b)
        h.addLayout(left, 2)
        self.try_output = _readonly_text()
        h.addWidget(self.try_output, 3)
        return w

    def _corpus_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.corpus_path = QLineEdit()
        self.corpus_path.setPlaceholderText('JSONL corpus: {"id", "text", "labels": [...]} one post a line')
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse_corpus)
        self.btn_corpus = QPushButton("Measure")
        self.btn_corpus.clicked.connect(self.run_corpus)
        self.corpus_progress = QProgressBar()
        self.corpus_progress.setMaximumWidth(180)
        self.corpus_progress.setVisible(False)
        row.addWidget(QLabel("Corpus:"))
        row.addWidget(self.corpus_path, 1)
        row.addWidget(browse)
        row.addWidget(self.btn_corpus)
        row.addWidget(self.corpus_progress)
        v.addLayout(row)
        self.corpus_output = _readonly_text()
        v.addWidget(self.corpus_output, 1)
        return w

    # ----------------------------------------------------------------------------------------
    # Folders and files

    def open_folders(self, folders: list[Path]) -> None:
        from app.core.rulebook import rule_files

        self.folders = [Path(f) for f in folders]
        names = []
        for f in self.folders:
            kind = "bundled" if _same(f, RULES_DIR) else "user" if self._is_user(f) else "folder"
            names.append(f"{kind}: {f}")
        self.folder_label.setText("Loaded in this order:\n" + "\n".join(names))
        self.file_list.blockSignals(True)
        self.file_list.clear()
        for path in rule_files(self.folders):
            rel = f"{path.parent.name}/{path.name}"
            item = QListWidgetItem(rel)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.file_list.addItem(item)
        self.file_list.blockSignals(False)
        self._load_active()
        if self.file_list.count():
            self.file_list.setCurrentRow(0)
        else:
            self.current = None
            self.editor.setPlainText("")
            self.path_label.setText("No rule files here yet — use “New file…”")

    def _is_user(self, f: Path) -> bool:
        from app.core.user_rules import user_rules_dir

        return _same(f, user_rules_dir())

    def _open_user(self) -> None:
        from app.core.user_rules import ensure_user_rules_dir

        d = ensure_user_rules_dir()
        self.open_folders([RULES_DIR, d])

    def _choose_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Open a rules folder (with ru/ and kk/ inside)")
        if d:
            self.open_folders([RULES_DIR] if _same(d, RULES_DIR) else [RULES_DIR, Path(d)])

    def _new_file(self) -> None:
        name, ok = QInputDialog.getText(self, "New rule file", "File name inside the last folder, e.g. ru/my_rules.yaml")
        if not ok or not name.strip():
            return
        name = name.strip()
        if not name.endswith((".yaml", ".yml")):
            name += ".yaml"
        lang = name.split("/")[0] if "/" in name else "ru"
        path = self.folders[-1] / (name if "/" in name else f"ru/{name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(NEW_FILE.format(lang=lang if lang in ("ru", "kk") else "ru"), encoding="utf-8")
        self.open_folders(self.folders)
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        for i in range(self.file_list.count()):
            if _same(self.file_list.item(i).data(Qt.ItemDataRole.UserRole), path):
                self.file_list.setCurrentRow(i)
                return

    def _file_chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and self.current is not None:
            text = self.editor.toPlainText()
            if text != self._disk_text(self.current):
                self.buffers[self.current] = text
            else:
                self.buffers.pop(self.current, None)
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        self.current = path
        text = self.buffers.get(path)
        if text is None:
            text = self._disk_text(path)
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self.path_label.setText(f"<b>{path.parent.name}/{path.name}</b> &nbsp; <span style='color:#777'>{path}</span>")
        self._refresh_file_marks()
        self.validate_now()

    def _disk_text(self, path: Path) -> str:
        try:
            return path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return ""

    def _refresh_file_marks(self) -> None:
        for i in range(self.file_list.count()):
            it = self.file_list.item(i)
            p = Path(it.data(Qt.ItemDataRole.UserRole))
            base = f"{p.parent.name}/{p.name}"
            modified = (p == self.current and self.is_modified()) or (p != self.current and p in self.buffers)
            it.setText(base + (" ●" if modified else ""))

    def is_modified(self) -> bool:
        return self.current is not None and self.editor.toPlainText() != self._disk_text(self.current)

    # ----------------------------------------------------------------------------------------
    # Validation as you type

    def _edited(self) -> None:
        if self._loading:
            return
        self.state_label.setText("<span style='color:#777'>checking…</span>")
        self._timer.start()
        self._refresh_file_marks()

    def validate_now(self) -> None:
        if self.current is None:
            return
        self.vrev += 1
        path, text, folders = self.current, self.editor.toPlainText(), list(self.folders)
        overrides = {p: t for p, t in self.buffers.items() if p != path}
        overrides[path] = text

        def work(_progress):
            from app.core.rulebook import load_rulebook

            return load_rulebook(folders, overrides=overrides)

        submit(self.bridge, "validate", self.vrev, work)

    def _show_validation(self, book) -> None:
        self.buffer_book = book
        mine = [e for e in book.errors if self.current is not None and _same(e.file, self.current)]
        self.editor.set_errors([(e.line, e.column, self._err_text(e)) for e in mine])
        self.problems.clear()
        for e in sorted(book.errors, key=lambda e: (not _same(e.file, self.current), e.file, e.line, e.column)):
            rid = f"  [{e.rule}]" if e.rule else ""
            fix = f"\n      how to fix: {e.hint}" if e.hint else ""
            item = QListWidgetItem(f"{Path(e.file).parent.name}/{Path(e.file).name}:{e.line}:{e.column}{rid}  "
                                   f"{e.message}{fix}")
            item.setData(Qt.ItemDataRole.UserRole, (e.file, e.line, e.column))
            item.setForeground(QColor("#b00020"))
            item.setToolTip(self._err_text(e) + "\n\nClick to go to the place.")
            self.problems.addItem(item)
        n_rules = sum(1 for r in book.rules if _same(r.file, self.current))
        if mine:
            self.state_label.setText(f"<span style='color:#b00020'><b>{len(mine)} problem(s)</b> in this file — "
                                     "see the Problems tab</span>")
            self.tabs.setTabText(0, f"Problems ({len(book.errors)})")
        else:
            others = len(book.errors)
            extra = f"; {others} problem(s) in other files" if others else ""
            self.state_label.setText(f"<span style='color:#2e7d32'>✔ valid — {n_rules} rule(s) in this file{extra}"
                                     "</span>")
            self.tabs.setTabText(0, f"Problems ({others})" if others else "Problems")
        if not book.errors:
            item = QListWidgetItem("No problems: every file is valid.")
            item.setForeground(QColor("#2e7d32"))
            self.problems.addItem(item)
        self.validated.emit(book)

    @staticmethod
    def _err_text(e) -> str:
        rid = f"[{e.rule}] " if e.rule else ""
        hint = f"\nHow to fix: {e.hint}" if e.hint else ""
        return f"line {e.line}, column {e.column}: {rid}{e.message}{hint}"

    def _problem_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        file, line, col = data
        if self.current is None or not _same(file, self.current):
            self.open_file(Path(file))
        self.editor.go_to(line, col)

    def _show_cursor(self) -> None:
        c = self.editor.textCursor()
        self.cursor_label.setText(f"Line {c.blockNumber() + 1}, column {c.positionInBlock() + 1}")

    # ----------------------------------------------------------------------------------------
    # Saving and hot reload

    def _load_active(self) -> None:
        """The rulebook the engine uses: load the folders and remember each clean file's text."""
        folders = list(self.folders)

        def work(_p):
            from app.core.rulebook import load_rulebook, rule_files

            book = load_rulebook(folders)
            bad = {Path(e.file).resolve() for e in book.errors}
            good = {}
            for p in rule_files(folders):
                if p.resolve() not in bad:
                    good[p] = self._disk_text(p)
            return book, good

        submit(self.bridge, "active", 0, work)

    def save(self) -> None:
        if self.current is None:
            return
        path, text = self.current, self.editor.toPlainText()
        path.write_text(text, encoding="utf-8")
        self.buffers.pop(path, None)
        self._refresh_file_marks()
        self.statusBar().showMessage(f"Saved {path.name}; reloading the rules…")
        folders = list(self.folders)
        last_good = self.last_good.get(path)
        started = time.monotonic()

        def work(_p):
            from app.core.rulebook import load_rulebook

            book = load_rulebook(folders)
            errs = [e for e in book.errors if _same(e.file, path)]
            if errs and last_good is not None:
                book = load_rulebook(folders, overrides={path: last_good})
            return path, text, book, errs, time.monotonic() - started

        submit(self.bridge, "reload", 0, work)

    def _after_reload(self, result) -> None:
        path, text, book, errs, took = result
        if errs:
            keep = "its last good version stays active" if path in self.last_good else "its rules are not active"
            self.statusBar().showMessage(f"Saved {path.name} with {len(errs)} problem(s): {keep}. "
                                         f"First: line {errs[0].line}: {errs[0].message}")
            self.state_label.setText(f"<span style='color:#b00020'><b>Saved with problems</b> — {keep}</span>")
            if path not in self.last_good:
                self._hand_over(book)
            return
        self.last_good[path] = text
        self._hand_over(book)
        self.statusBar().showMessage(f"Saved {path.name}; {len(book.rules)} rules active "
                                     f"(reloaded in {took * 1000:.0f} ms).", 8000)

    def _hand_over(self, book) -> None:
        self.active_book = book
        if self.engine_reload is not None:
            try:
                self.engine_reload(book)
            except Exception as e:  # the editor's problem must not break the studio
                self.statusBar().showMessage(f"The editor could not take the new rules: {e}")
        self.reloaded.emit(book)

    # ----------------------------------------------------------------------------------------
    # Examples, tokens, try, corpus

    def _engine_job(self, kind: str, fn: Callable) -> None:
        """Run fn(engine, progress) in a worker with an engine built from the current buffers."""
        path, text, folders = self.current, self.editor.toPlainText(), list(self.folders)
        overrides = dict(self.buffers)
        if path is not None:
            overrides[path] = text
        self.rev += 1

        def work(progress):
            from app.core.engine import Engine
            from app.core.rulebook import load_rulebook
            from app.core.user_rules import disabled_rules

            book = load_rulebook(folders, overrides=overrides)
            engine = Engine(rulebook=book, pipeline=shared_pipeline(), disabled=disabled_rules())
            return fn(engine, book, progress)

        submit(self.bridge, kind, self.rev, work)
        self._pending = (kind, self.rev)

    def run_examples(self) -> None:
        if self.current is None:
            return
        path = self.current
        self.examples_summary.setText("Running the examples… (the first run loads the language analysers)")
        self.tabs.setCurrentIndex(1)

        def fn(engine, book, _progress):
            from app.core.ruletest import run_rule_examples

            rules = [r for r in book.rules if _same(r.file, path)]
            engine.disabled = set()
            results = [res for r in rules for res in run_rule_examples(engine, r)]
            broken = [e for e in book.errors if _same(e.file, path)]
            return rules, results, broken

        self._engine_job("examples", fn)

    def _show_examples(self, result) -> None:
        from app.core.ruletest import describe_failure

        rules, results, broken = result
        self._example_results = results
        self._rule_lines = {r.id: r.line for r in rules}
        self.examples.setRowCount(len(results))
        for i, res in enumerate(results):
            cells = ["✔" if res.ok else "✘", res.rule, res.kind, res.text, res.problem]
            for j, c in enumerate(cells):
                it = QTableWidgetItem(c)
                if not res.ok:
                    it.setForeground(QColor("#b00020"))
                if j == 0:
                    it.setForeground(QColor("#2e7d32" if res.ok else "#b00020"))
                    it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.examples.setItem(i, j, it)
        self.examples.resizeColumnToContents(0)
        self.examples.resizeColumnToContents(1)
        self.examples.resizeColumnToContents(2)
        failed = sum(not r.ok for r in results)
        note = f" This file has {len(broken)} problem(s); its broken rules could not run." if broken else ""
        colour = "#b00020" if failed or broken else "#2e7d32"
        self.examples_summary.setText(f"<span style='color:{colour}'><b>{len(results) - failed} passed, {failed} "
                                      f"failed</b></span> in {len(rules)} rule(s).{note} Double-click a row to go "
                                      "to its rule.")
        self.example_detail.setPlainText("\n\n".join(describe_failure(r) for r in results if not r.ok)
                                         or "All examples passed.")

    def _example_chosen(self, row: int, *_):
        from app.core.ruletest import describe_failure

        if 0 <= row < len(self._example_results):
            res = self._example_results[row]
            self.example_detail.setPlainText(describe_failure(res) if not res.ok else
                                              f"{res.rule}: {res.kind} example passed.\n  {res.text}")

    def _example_jump(self, row: int, _col: int) -> None:
        if 0 <= row < len(self._example_results):
            line = getattr(self, "_rule_lines", {}).get(self._example_results[row].rule)
            if line:
                self.editor.go_to(line, 1)

    def show_tokens(self) -> None:
        text = self.tokens_input.text().strip()
        if not text:
            return
        self.rev += 1

        def work(_p):
            from app.core.tokens_view import token_rows

            doc = shared_pipeline().analyse(text)
            return token_rows(doc)

        submit(self.bridge, "tokens", self.rev, work)

    def _show_tokens(self, rows) -> None:
        self.tokens.setRowCount(len(rows))
        for i, r in enumerate(rows):
            others = "; ".join(f"{x['lemma']} {x['pos']} {x['morph']}".strip() for x in r["readings"][1:])
            cells = [str(r["sentence"] + 1), r["text"], r["language"], r["lemma"], r["pos"], r["morph"], others]
            for j, c in enumerate(cells):
                self.tokens.setItem(i, j, QTableWidgetItem(c))
        for j in range(6):
            self.tokens.resizeColumnToContents(j)

    def try_text(self) -> None:
        text = self.try_input.toPlainText()
        if not text.strip():
            return
        self.try_output.setPlainText("Checking…")

        def fn(engine, book, _p):
            from app.core.explain import explain, render_text

            return render_text(explain(engine, text), show_tokens=True)

        self._engine_job("try", fn)

    def _browse_corpus(self) -> None:
        f, _ = QFileDialog.getOpenFileName(self, "Corpus (JSON Lines)", "", "JSON Lines (*.jsonl *.json);;All files (*)")
        if f:
            self.corpus_path.setText(f)

    def run_corpus(self) -> None:
        path = self.corpus_path.text().strip()
        if not path:
            self.corpus_output.setPlainText("Choose a corpus file first.")
            return
        from app.core.coverage import read_corpus

        try:
            posts = read_corpus(path)
        except (OSError, ValueError) as e:
            self.corpus_output.setPlainText(f"Cannot read the corpus: {e}")
            return
        self.corpus_progress.setRange(0, len(posts))
        self.corpus_progress.setValue(0)
        self.corpus_progress.setVisible(True)
        self.corpus_output.setPlainText(f"Measuring on {len(posts)} posts…")

        def fn(engine, book, progress):
            from app.core.coverage import coverage, render_text

            return render_text(coverage(engine, posts, progress=progress))

        self._engine_job("corpus", fn)

    # ----------------------------------------------------------------------------------------
    # Worker results

    def _on_done(self, kind: str, rev: int, result) -> None:
        if kind == "validate":
            if rev == self.vrev:  # an older buffer's result is stale: drop it
                self._show_validation(result)
        elif kind == "active":
            book, good = result
            self.last_good.update(good)
            if self.active_book is None:
                self.active_book = book
        elif kind == "reload":
            self._after_reload(result)
        elif kind == "examples":
            self._show_examples(result)
        elif kind == "tokens":
            self._show_tokens(result)
        elif kind == "try":
            self.try_output.setPlainText(result)
        elif kind == "corpus":
            self.corpus_progress.setVisible(False)
            self.corpus_output.setPlainText(result)

    def _on_failed(self, kind: str, rev: int, message: str) -> None:
        where = {"examples": self.example_detail, "try": self.try_output, "corpus": self.corpus_output}.get(kind)
        if where is not None:
            where.setPlainText(f"Something went wrong ({kind}):\n{message}")
        self.statusBar().showMessage(f"{kind} failed: {message.splitlines()[0]}")

    def _on_progress(self, kind: str, rev: int, n: int) -> None:
        if kind == "corpus":
            self.corpus_progress.setValue(n)

    def closeEvent(self, e) -> None:  # noqa: N802
        dirty = self.is_modified() or bool(self.buffers)
        if dirty and self.ask_on_close:
            ans = QMessageBox.question(self, "Unsaved rules", "Some rule files have unsaved changes. Close anyway?")
            if ans != QMessageBox.StandardButton.Yes:
                e.ignore()
                return
        super().closeEvent(e)
