"""LessonPanel: the lesson in progress (its text, the task, the answer field and feedback),
or, when none is open, the chooser listing every lesson.

The panel only shows the LessonRunner's state and passes on the learner's gestures: Enter in
the answer field checks it (and, once right, goes on), Check / Next / Back / Leave do what
they say. It never works out an answer itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QStackedWidget,
    QVBoxLayout, QWidget,
)

from bpviz.engine.teaching.lesson_markup import rich_inline
from bpviz.state import ViewOptions
from bpviz.state.lessons.lesson_runner import LessonRunner
from bpviz.state.lessons.lesson_checks import tolerance_words

from bpviz.ui.look.fonts import dock_font, font_at
from bpviz.ui.lessons.lesson_chooser import LessonChooser
from bpviz.ui.widgets.plain_text import plain_label

RIGHT, NOT_YET = "#009e73", "#d55e00"  # Okabe–Ito green and vermillion: the feedback's edge
TEXT_SCALE = 1.12                      # lesson text a little larger than the other docks
HINT_CHARACTERS = 46                   # the width the panel asks for, in average characters


class LessonPanel(QWidget):
    """Shows the chooser or the current lesson step of `runner`."""

    startRequested = Signal(object, bool)  # from the chooser: the window confirms, then starts
    openFileRequested = Signal()

    def __init__(self, runner: LessonRunner, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.options = runner, options
        self.chooser = LessonChooser(runner)
        self.chooser.startRequested.connect(self.startRequested)
        self.chooser.openFileRequested.connect(self.openFileRequested)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chooser)
        self.pages.addWidget(self._build_lesson_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setMinimumWidth(260)

        runner.lessonChanged.connect(self._on_lesson_changed)
        runner.stepChanged.connect(self._on_step_changed)
        runner.taskChanged.connect(self._on_task_changed)
        runner.finished.connect(self.chooser.show_finished)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._on_lesson_changed()

    # -- building -----------------------------------------------------------------------------

    def _build_lesson_page(self) -> QWidget:
        self.lesson_label = plain_label(QLabel())
        self.lesson_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.title_label = _rich_label()
        self.text_label = _rich_label()
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.task_frame = QFrame()
        self.task_frame.setObjectName("LessonTask")
        self.task_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.task_heading = QLabel()
        self.prompt_label = _rich_label()
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self.tr("Type a number, e.g. 0.378"))
        self.answer_edit.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setToolTip(self.tr("Check your answer or what you did (Enter)"))
        self.check_button.clicked.connect(self.check)
        answer_row = QHBoxLayout()
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.answer_edit, 1)
        answer_row.addWidget(self.check_button)
        self.feedback_label = _rich_label()
        self.feedback_label.setObjectName("LessonFeedback")
        task_layout = QVBoxLayout(self.task_frame)
        task_layout.addWidget(self.task_heading)
        task_layout.addWidget(self.prompt_label)
        task_layout.addLayout(answer_row)
        task_layout.addWidget(self.feedback_label)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(10, 6, 10, 6)
        column.addWidget(self.title_label)
        column.addWidget(self.text_label)
        column.addWidget(self.task_frame)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.back_button = QPushButton(self.tr("◂ &Back"))
        self.back_button.setToolTip(self.tr("The previous step (the lesson sets the network up again)"))
        self.back_button.clicked.connect(self.runner.back)
        self.leave_button = QPushButton(self.tr("&Leave"))
        self.leave_button.setToolTip(self.tr("Close the lesson; it resumes at this step next time"))
        self.leave_button.clicked.connect(lambda: self.runner.leave())
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.runner.next)
        for button in (self.back_button, self.leave_button, self.next_button, self.check_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        nav = QHBoxLayout()
        nav.setContentsMargins(10, 4, 10, 8)
        nav.addWidget(self.back_button)
        nav.addWidget(self.leave_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        header = QHBoxLayout()
        header.setContentsMargins(10, 8, 10, 0)
        header.addWidget(self.lesson_label, 1)
        header.addWidget(self.count_label)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 0, 10, 0)
        bar.addWidget(self.progress)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        return page

    # -- gestures -----------------------------------------------------------------------------

    def check(self) -> None:
        """Check the task: the typed answer for a prediction, the document for the others."""
        task = self.runner.step.task if self.runner.step else None
        if task is None:
            return
        self.runner.check(self.answer_edit.text() if task.kind == "predict" else None)
        self.scroll.ensureWidgetVisible(self.feedback_label)
        if task.kind == "predict" and not self.runner.passed:
            self.answer_edit.selectAll()
            self.answer_edit.setFocus()

    def sizeHint(self) -> QSize:
        """About 46 characters a line: lesson text reads well, and the canvas keeps its room."""
        return QSize(max(340, self.fontMetrics().averageCharWidth() * HINT_CHARACTERS), 600)

    def showing_lesson(self) -> bool:
        return self.pages.currentIndex() == 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter reaches here from the answer field (which passes it on) and from any other
        # part of the page that does not use it; a focused button takes its own Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.showing_lesson():
            self._on_answer_return()
            return
        super().keyPressEvent(event)

    def _on_answer_return(self) -> None:
        if self.runner.passed:
            self.runner.next()
        else:
            self.check()

    # -- following the runner -------------------------------------------------------------------

    def _on_lesson_changed(self) -> None:
        lesson = self.runner.lesson
        self.pages.setCurrentIndex(1 if lesson else 0)
        if lesson is None:
            self.chooser.refresh()
            self.chooser.list.setFocus()
            return
        self.chooser.show_finished(None)
        self.lesson_label.setText(lesson.title)  # a plain label: the title is as the file wrote it
        self.progress.setRange(0, len(lesson.steps))

    def _on_step_changed(self) -> None:
        runner, step = self.runner, self.runner.step
        if step is None:
            return
        n, m = runner.index + 1, len(runner.lesson.steps)
        self.count_label.setText(self.tr("Step {n} of {m}").format(n=n, m=m))
        self.progress.setValue(n)
        self.title_label.setText(f"<b>{rich_inline(step.title)}</b>")
        self.text_label.setText(step.text)
        task = step.task
        self.task_frame.setVisible(task is not None)
        self.answer_edit.clear()
        if task is not None:
            self.task_heading.setText(f"<b>{self._task_words()[task.kind]}</b>")
            self.prompt_label.setText(task.prompt or "")
            self.prompt_label.setVisible(bool(task.prompt))
            predict = task.kind == "predict"
            self.answer_edit.setVisible(predict)
            if predict and task.tolerance is not None:
                self.answer_edit.setToolTip(self.tr("Your value of {symbol}, {tolerance}; Enter checks it")
                                            .format(symbol=runner.symbol(), tolerance=tolerance_words(task.tolerance)))
        self.back_button.setEnabled(runner.index > 0)
        self.next_button.setText(self.tr("Finish ✓") if runner.at_last_step else self.tr("&Next ▸"))
        self.scroll.verticalScrollBar().setValue(0)
        if self._has_focus():
            (self.answer_edit if task is not None and task.kind == "predict" else self.next_button).setFocus()

    def _on_task_changed(self) -> None:
        runner = self.runner
        if runner.step is None:
            return
        self.next_button.setEnabled(runner.passed)
        self.next_button.setToolTip("" if runner.passed else self.tr("Do the task first"))
        self.check_button.setEnabled(not runner.passed)
        self.answer_edit.setReadOnly(runner.passed)
        text, ok = runner.feedback, runner.feedback_ok
        self.feedback_label.setVisible(bool(text))
        if text:
            mark = "✓ " if ok else "✗ "
            self.feedback_label.setText(mark + text)
            self.feedback_label.setStyleSheet(
                f"#LessonFeedback {{ border-style: solid; border-color: {RIGHT if ok else NOT_YET}; "
                "border-width: 0px 0px 0px 5px; padding: 4px 8px; }")
        if runner.passed and self._has_focus() and QApplication.focusWidget() is not self.answer_edit:
            self.next_button.setFocus()  # Enter goes on; the learner's place in the answer stays

    def _has_focus(self) -> bool:
        """Whether the keyboard is in this panel (else a step change leaves it where it is)."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def _task_words(self) -> dict[str, str]:
        return {"step": self.tr("Step through"), "predict": self.tr("Your turn"),
                "edit": self.tr("Edit the network"), "train": self.tr("Train"),
                "structure": self.tr("Change the network")}

    def _on_options_changed(self) -> None:
        base = dock_font(QFont(), self.options.font_scale)
        text = font_at(base, base.pointSizeF() * TEXT_SCALE)
        self.setFont(base)
        for label in (self.text_label, self.prompt_label, self.feedback_label, self.answer_edit):
            label.setFont(text)
        self.title_label.setFont(font_at(base, base.pointSizeF() * 1.35))
        self.lesson_label.setFont(font_at(base, base.pointSizeF() * 0.95))
        self.chooser.apply_font(base)


def _rich_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
