"""LessonDock: the lesson panel docked on the right of the window, and its ties to the window.

The runner asks for layouts and panels by name; the dock brings them forward. Starting a
lesson replaces the document, so the window first asks about unsaved changes. A train task
that passes pauses training, so the next step starts from a still network.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from bpviz.engine.teaching.lessons import LESSONS, Lesson, LessonFormatError
from bpviz.state.lessons.lesson_runner import LessonRunner

from bpviz.ui.lessons.lesson_panel import LessonPanel
from bpviz.ui.shell.i18n import current_language

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

# Curves tabs by panel name (the order of TrainingCurves.tabs).
CURVE_TABS = {"loss": 0, "accuracy": 1, "gradients": 2}
LAST_FOLDER_KEY = "lessons/last_folder"
INSPECTOR_KEEPS = 380   # pixels the Inspector keeps beside a lesson column
WIDTH_SHARE, MIN_WIDTH, MAX_WIDTH = 0.24, 320, 480  # the lesson column, of the window's width
HEIGHT_SHARE = 0.55                                   # of the window's height, under the inspector


class LessonDock(QDockWidget):
    """The Lesson dock of `window`: a LessonPanel on a LessonRunner of the window's document."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Lesson"))
        self.window_ = window
        self.setObjectName("dock-lesson")
        self.runner = LessonRunner(window.doc, window.settings, self, language=current_language())
        self.panel = LessonPanel(self.runner, window.options)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()

        self.runner.layoutRequested.connect(self._on_layout_requested)
        self.runner.panelRequested.connect(self.show_panel)
        self.runner.messageRaised.connect(window.show_message)
        self.runner.taskChanged.connect(self._on_task_changed)
        self.panel.startRequested.connect(self.start)
        self.panel.openFileRequested.connect(self.open_file)

    # -- what the menu calls --------------------------------------------------------------------

    def choose(self) -> None:
        """Show the dock: the lesson in progress, or the list of lessons."""
        self._show_column()
        if self.runner.lesson is None:
            self.panel.chooser.refresh()
            self.panel.chooser.list.setFocus()

    def start(self, lesson: Lesson, from_start: bool = False) -> bool:
        """Start (or resume) `lesson` once the person has kept or dropped unsaved work."""
        if self.runner.lesson is None and not self.window_.maybe_save():
            return False
        self._show_column()
        self.runner.start(lesson, from_start)
        return True

    def open_file(self, path: str | None = None) -> Lesson | None:
        """Read a lesson file chosen by the person (or `path`) and start it; list it either way."""
        folder = str(self.window_.settings.value(LAST_FOLDER_KEY, str(LESSONS)))
        path = path or self.window_.dialogs.open_lesson_path(self.window_, folder)
        if not path:
            return None
        self.window_.settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.choose()
        if self.runner.lesson is not None:
            self.runner.leave()
        try:
            lesson = self.runner.open_file(path)
        except LessonFormatError as e:
            self.panel.chooser.refresh()
            self.panel.chooser.select_path(Path(path))
            count = len(e.problems)
            self.window_.show_message(self.tr("{name} is not a usable lesson ({count} problem(s)); "
                                              "the Lesson panel lists them.").format(name=Path(path).name,
                                                                                     count=count))
            return None
        self.panel.chooser.refresh()
        self.panel.chooser.select_path(Path(path))
        self.start(lesson)
        return lesson

    # -- following the runner -------------------------------------------------------------------

    def show_panel(self, name: str) -> None:
        """Bring a dock or tab forward by its lesson name (lesson_schema.PANELS)."""
        w = self.window_
        tabs = {"inspector": w.inspector, "weights": w.weights_table, "matrices": w.matrices}
        if name in CURVE_TABS:
            w.curves.tabs.setCurrentIndex(CURVE_TABS[name])
            name = "curves"
        widget = tabs.get(name)
        dock = w.docks["inspector" if name in ("inspector", "weights") else
                       "curves" if name in ("curves", "matrices") else name]
        dock.show()
        if widget is not None:
            w.show_tab(widget)
        elif name == "curves":
            w.show_tab(w.curves)
        dock.raise_()

    def _show_column(self) -> None:
        """Show the dock at the right edge: a column of its own, full height, when the screen
        has room for one beside the inspector; under the inspector when it has not."""
        if self.isVisible():
            self.raise_()
            return
        w = self.window_
        column = True
        if not self.isFloating() and w.dockWidgetArea(self) == Qt.DockWidgetArea.RightDockWidgetArea:
            screen = w.screen().availableGeometry().width() if w.screen() else w.width()
            # A column only where the Inspector keeps a readable width beside it (not at 1280 × 720).
            column = w.minimumSizeHint().width() + self.minimumSizeHint().width() + INSPECTOR_KEEPS <= screen
            w.splitDockWidget(w.docks["inspector"], self,
                              Qt.Orientation.Horizontal if column else Qt.Orientation.Vertical)
        self.show()
        self.raise_()
        if column:
            width = max(MIN_WIDTH, min(MAX_WIDTH, int(w.width() * WIDTH_SHARE)))
            w.resizeDocks([self], [width], Qt.Orientation.Horizontal)
        else:
            w.resizeDocks([self], [int(w.height() * HEIGHT_SHARE)], Qt.Orientation.Vertical)

    def _on_layout_requested(self, name: str) -> None:
        if getattr(self.window_, "layout_name", None) != name:
            self.window_.apply_layout(name)

    def _on_task_changed(self) -> None:
        step = self.runner.step
        if step is not None and step.task is not None and step.task.kind == "train" and self.runner.passed:
            self.window_.session.pause()
