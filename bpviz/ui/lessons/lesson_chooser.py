"""LessonChooser: the list of lessons with where each was left, and the buttons to start one.

A lesson file that cannot be read is listed too, with its error under it, so a teacher
writing one sees what to fix (and Open lesson file… reads it again once fixed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from bpviz.engine.teaching.lessons import LessonEntry
from bpviz.state.lessons.lesson_runner import LessonRunner

from bpviz.ui.look.fonts import font_at
from bpviz.ui.widgets.plain_text import plain_label, tooltip

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class LessonChooser(QWidget):
    """Lists the runner's lessons; emits startRequested(lesson, from_start) or openFileRequested."""

    startRequested = Signal(object, bool)   # the Lesson, and whether to begin at its first step
    openFileRequested = Signal()

    def __init__(self, runner: LessonRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.heading = QLabel(self.tr("Lessons"))
        self.intro = QLabel(self.tr("Guided walks through backpropagation, one equation at a time. "
                                    "Pick one and press Enter."))
        self.intro.setWordWrap(True)
        self.finished_label = plain_label(QLabel())
        self.finished_label.setObjectName("LessonFinished")
        self.finished_label.setWordWrap(True)
        self.finished_label.hide()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda _item: self.start_selected())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setToolTip(self.tr("Start the lesson, or carry on where you left it"))
        self.start_button.clicked.connect(self.start_selected)
        self.restart_button = QPushButton(self.tr("Start &over"))
        self.restart_button.setToolTip(self.tr("Begin the lesson again from its first step"))
        self.restart_button.clicked.connect(lambda: self.start_selected(from_start=True))
        self.open_button = QPushButton(self.tr("&Open lesson file…"))
        self.open_button.setToolTip(self.tr("Read a lesson written as a TOML file (see the README)"))
        self.open_button.clicked.connect(self.openFileRequested)
        for button in (self.start_button, self.restart_button):
            button.setAutoDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.finished_label)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        runner.progressChanged.connect(self._on_progress_changed)
        self.refresh()

    # -- what the panel and tests use ----------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the lesson files and list them with their progress, keeping the selection."""
        current = self.list.currentItem()
        keep = current.data(ENTRY_ROLE).path.as_posix() if current else None
        self.list.clear()
        for entry in self.runner.entries():
            item = QListWidgetItem(self._item_text(entry))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(tooltip(entry.error) if entry.error else entry.lesson.summary)
            if entry.error:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if entry.path.as_posix() == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_current_changed()

    def select_path(self, path) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ENTRY_ROLE).path.resolve() == path.resolve():
                self.list.setCurrentRow(row)
                return

    def entry_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def selected(self) -> LessonEntry | None:
        item = self.list.currentItem()
        return item.data(ENTRY_ROLE) if item else None

    def start_selected(self, from_start: bool = False) -> None:
        entry = self.selected()
        if entry is not None and entry.lesson is not None:
            self.startRequested.emit(entry.lesson, from_start)

    def show_finished(self, title: str | None) -> None:
        """Congratulate the learner on the lesson just finished (None hides the note)."""
        self.finished_label.setVisible(bool(title))
        if title:
            self.finished_label.setText(self.tr("✓ You finished “{title}”. Choose the next lesson.")
                                        .format(title=title))

    def apply_font(self, font: QFont) -> None:
        self.setFont(font)
        self.heading.setFont(font_at(font, font.pointSizeF() * 1.35, bold=True))
        self.finished_label.setFont(font_at(font, font.pointSizeF(), bold=True))

    def _on_progress_changed(self) -> None:
        if self.isVisible():  # hidden behind a lesson, the list is read again when it shows
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The list activates the lesson on Enter, then passes the key on; it stops here, or
        # the lesson panel it has just opened would take it as "Next".
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- helpers ----------------------------------------------------------------------------------

    def _item_text(self, entry: LessonEntry) -> str:
        if entry.lesson is None:
            return self.tr("{name}\n⚠ Cannot be used: see below").format(name=entry.path.name)
        return f"{entry.lesson.title}\n{self.runner.status(entry.lesson)}"

    def _on_current_changed(self, *_args) -> None:
        entry = self.selected()
        usable = entry is not None and entry.lesson is not None
        self.start_button.setEnabled(usable)
        self.restart_button.setEnabled(usable)
        if entry is None:
            self.details.setText(self.tr("No lessons found."))
        elif entry.lesson is None:
            self.details.setText(self.tr("<b>{name} cannot be used:</b><br>{error}").format(
                name=_escape(entry.path.name), error=_escape(entry.error).replace("\n", "<br>")))
        else:
            self.details.setText(entry.lesson.summary)
            progress = self.runner.progress(entry.lesson)
            resume = progress.started and progress.step > 0
            self.start_button.setText(self.tr("&Resume at step {n}").format(n=progress.step + 1)
                                      if resume else self.tr("&Start"))
            self.restart_button.setVisible(resume)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

