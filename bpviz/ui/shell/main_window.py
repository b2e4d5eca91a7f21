"""MainWindow: the canvas and step bar in the middle, docks around them, menus above."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from bpviz.engine.files.bounded_read import is_regular_file
from bpviz.state import Document, ViewOptions
from bpviz.state.training.plane_maps import PlaneMaps
from bpviz.state.training.training_session import TrainingSession

from bpviz.ui.look import notation
from bpviz.ui.widgets.aspect_frame import AspectFrame
from bpviz.ui.lab.boundary_plot import BoundaryPlot
from bpviz.ui.lab.data_panel import DataPanel
from bpviz.ui.shell.dialogs import Dialogs
from bpviz.ui.shell.enlarge_dock import DockEnlarger
from bpviz.ui.stepping.example_panel import ExamplePanel
from bpviz.ui.stepping.gradient_check_panel import GradientCheckPanel
from bpviz.ui.stepping.inspector import Inspector
from bpviz.ui.lessons.lesson_dock import LessonDock
from bpviz.ui.shell.menus import build_menus
from bpviz.ui.shell.message_bar import MessageAction, MessageBar
from bpviz.ui.canvas.network_canvas import NetworkCanvas
from bpviz.ui.stepping.network_panel import NetworkPanel
from bpviz.ui.export.picture_export import PictureExport
from bpviz.ui.shell.preferences import Preferences, restore_preferences
from bpviz.ui.shell.presenter import Presenter
from bpviz.ui.export.recording import Recordings
from bpviz.ui.stepping.step_bar import StepBar
from bpviz.ui.lab.train_panel import TrainPanel
from bpviz.ui.lab.training_curves import TrainingCurves
from bpviz.ui.stepping.graph_view import GraphView
from bpviz.ui.stepping.weight_matrices import WeightMatrices
from bpviz.ui.stepping.weights_table import WeightsTable

MAX_RECENT = 8

# Which docks each layout shows: stepping through one example, or training on a data set.
LAYOUTS = {
    "step": ("network", "example", "inspector"),
    "train": ("train", "data", "output", "curves"),
}


class MainWindow(QMainWindow):
    """The bpviz window: draw a network and step through backpropagation on it."""

    dialogs = Dialogs  # replaced in tests: every modal question goes through it
    recentChanged = Signal()  # the list of recent files changed (File ▸ Recent follows it)

    def __init__(self, doc: Document | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.doc = doc or Document(parent=self)
        self.autosave = None  # the recovery copy's keeper, set by recovery.start_recovery
        self.options = ViewOptions(self)
        self.settings = settings or QSettings()
        self._restore_options()
        restore_preferences(self)  # the theme, digits and text size the person chose

        self.statusBar()  # made now: made at its first message, it would shrink the canvas under the class's eyes
        self.message_bar = MessageBar()
        self.canvas = NetworkCanvas(self.doc, self.options)
        self.step_bar = StepBar(self.doc, self.options)
        self.graph_view = GraphView(self.doc, self.options)
        # The central area shows the network, or (View ▸ Computational graph) its operations.
        self.central_views = QStackedWidget()
        self.central_views.addWidget(self.canvas)
        self.central_views.addWidget(self.graph_view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.central_views, 1)
        layout.addWidget(self.step_bar)
        self.setCentralWidget(central)

        self.session = TrainingSession(self.doc, self)
        self._restore_training_rate()
        self.session.rateChanged.connect(lambda: self.settings.setValue("training/rate", self.session.rate or 0))
        self.maps = PlaneMaps(self.doc, self)
        self.canvas.set_maps(self.maps)
        self.inspector = Inspector(self.doc, self.options)
        self.weights_table = WeightsTable(self.doc, self.options)
        self.gradient_check = GradientCheckPanel(self.doc, self.options)
        self.example_panel = ExamplePanel(self.doc, self.options)
        self.network_panel = NetworkPanel(self.doc, self.options)
        self.data_panel = DataPanel(self.doc, self.options)
        self.train_panel = TrainPanel(self.doc, self.session, self.options)
        self.boundary_plot = BoundaryPlot(self.doc, self.maps, self.options, draw_value=self.data_panel.draw_value)
        self.curves = TrainingCurves(self.doc, self.options)
        self.matrices = WeightMatrices(self.doc, self.options)
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.docks = {
            "inspector": self._dock("inspector", self.tr("Inspector"),
                                    self._tabs((self.tr("Inspector"), self.inspector),
                                               (self.tr("Weights"), self.weights_table),
                                               (self.tr("Gradient check"), self.gradient_check)),
                                    right),
            "output": self._dock("output", self.tr("Output"), AspectFrame(self.boundary_plot), right),
            "network": self._dock("network", self.tr("Network"), self.network_panel, left),
            "train": self._dock("train", self.tr("Train"), self.train_panel, left),
            "example": self._dock("example", self.tr("Example"), self.example_panel, left),
            "data": self._dock("data", self.tr("Data"), self.data_panel, left),
            "curves": self._dock("curves", self.tr("Curves"), self._tabs((self.tr("Curves"), self.curves),
                                                                         (self.tr("Weight matrices"), self.matrices)),
                                 bottom),
        }
        self.output_enlarger = DockEnlarger(self.docks["output"], self)
        self.docks["output"].widget().set_corner_widget(self.output_enlarger.button)
        # The side columns run the full height; the curves sit under the canvas only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.session.diverged.connect(self.show_message)
        self.session.problemRaised.connect(self.show_message)
        self.session.stopped.connect(self.show_message)
        self.session.stateChanged.connect(lambda: self.canvas.set_live(self.session.fast))

        for widget in (self.canvas, self.graph_view, self.step_bar, self.example_panel, self.network_panel, self.data_panel,
                       self.train_panel, self.boundary_plot, self.curves, self.matrices):
            widget.messageRaised.connect(self.show_message)

        self.presenter = Presenter(self, self.settings)
        self.pictures = PictureExport(self)      # File ▸ Export picture
        self.recordings = Recordings(self)       # File ▸ Record animation
        self.lesson_dock = LessonDock(self)      # Help ▸ Lessons
        self.canvas.pictureRequested.connect(lambda: self.pictures.export("network"))
        self.actions: dict[str, QAction] = build_menus(self)
        self.doc.titleChanged.connect(self._on_document_title_changed)
        self.doc.modifiedChanged.connect(self.setWindowModified)
        self.doc.stepReplayed.connect(self._on_step_replayed)
        self.doc.adjusted.connect(self._on_document_adjusted)
        self.options.changed.connect(self._save_options)
        self._on_document_title_changed(self.doc.name)
        self._fit_to_screen()
        self._restore_layout()
        self.apply_layout("train" if self.doc.lab.dataset is not None else "step")
        self.doc.undo_stack.indexChanged.connect(self.message_bar.end_warning)  # a good edit ends the warning
        self.canvas.setFocus()

    def _fit_to_screen(self) -> None:
        """Open at 1400 × 900, or smaller on a smaller screen (a projector at 1024 × 768)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1400, 900
        if screen is not None and screen.width() > 0:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)

    def apply_layout(self, name: str) -> None:
        """Show the docks of one layout ("step" or "train") and hide the others."""
        shown = LAYOUTS[name]
        for key, dock in self.docks.items():
            dock.setVisible(key in shown)
        # Training has its own Play, in the Train panel: the step bar's would be a second one,
        # and the canvas needs the room for the neuron maps. Step ▸ brings the step bar back.
        self.step_bar.setVisible(name == "step")
        if name == "train":
            self.resizeDocks([self.docks["curves"]], [max(240, self.height() // 3)], Qt.Orientation.Vertical)
            self.resizeDocks([self.docks["train"], self.docks["data"]],
                             [self.height() // 2, self.height() // 2], Qt.Orientation.Vertical)
            self.resizeDocks([self.docks["output"]], [max(420, self.width() // 3)], Qt.Orientation.Horizontal)
        else:
            self.resizeDocks([self.docks["network"], self.docks["example"]],
                             [self.height() // 2, self.height() // 2], Qt.Orientation.Vertical)
            self.resizeDocks([self.docks["inspector"]], [max(380, self.width() // 4)],
                             Qt.Orientation.Horizontal)
        self.layout_name = name

    def show_tab(self, widget: QWidget) -> None:
        """Bring the tab holding `widget` (e.g. the weights table) to the front, and its dock."""
        tabs = widget.parentWidget().parentWidget()
        tabs.setCurrentWidget(widget)
        tabs.parentWidget().raise_()

    @staticmethod
    def _tabs(*pages: tuple[str, QWidget]) -> QTabWidget:
        # Tabs inside one dock rather than tabified docks: hiding a layout's docks then leaves
        # no stray tab bar behind.
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for title, widget in pages:
            tabs.addTab(widget, title)
        return tabs

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")  # the saved layout finds it by name, in any language
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- messages -------------------------------------------------------------------------------

    def show_message(self, text: str, action: MessageAction | None = None) -> None:
        """Tell the person something went wrong, in the window (never a traceback)."""
        self.message_bar.show_message(text, action)
        self.statusBar().showMessage(text, 10_000)

    # -- files ------------------------------------------------------------------------------------

    def new_document(self) -> None:
        if self.maybe_save():
            self.doc.new(lr=Preferences.load(self.settings).default_lr)

    def open_file(self, path: str | None = None) -> bool:
        """Open a network or document file, asking first about unsaved changes."""
        if not self.maybe_save():
            return False
        path = path or self.dialogs.open_path(self, self._last_folder())
        if not path:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large network takes a second
        try:
            self.doc.open_path(path)
        except (ValueError, OSError) as e:
            QApplication.restoreOverrideCursor()
            self.show_message(self.tr("Could not open {name}: {reason}. The current document is unchanged.").format(
                name=Path(path).name, reason=_reason(e)))
            self._forget_recent(path)  # not offered again until it opens
            return False
        QTimer.singleShot(0, QApplication.restoreOverrideCursor)  # once the views have redrawn
        self._add_recent(path)
        self.apply_layout("train" if self.doc.lab.dataset is not None else "step")
        return True

    def open_preset(self, name: str) -> None:
        if not self.maybe_save():
            return
        try:
            self.doc.open_preset(name)
        except (ValueError, OSError) as e:
            self.show_message(self.tr("Could not open the preset {name}: {reason}").format(
                name=name, reason=_reason(e)))
            return
        self.apply_layout("train" if self.doc.lab.dataset is not None else "step")

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        suggested = str(self.doc.path or Path(self._last_folder()) / f"{self.doc.name}.json")
        path = self.dialogs.save_path(self, suggested)
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        if path.suffix == "":
            path = path.with_suffix(".json")
        try:
            self.doc.save(path)
        except (ValueError, OSError) as e:
            self.show_message(self.tr("Could not save {name}: {reason}. Your work is still open and still unsaved.")
                              .format(name=path.name, reason=_reason(e)))
            return False
        self._add_recent(str(path))
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def maybe_save(self) -> bool:
        """Return True when it is fine to drop the document (saved, discarded or unchanged)."""
        if not self.doc.modified:
            return True
        answer = self.dialogs.save_changes(self, self.doc.name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if isinstance(p, str) and is_regular_file(p)]

    def _forget_recent(self, path: str) -> None:
        resolved = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != resolved]
        if len(recent) != len(self.recent_files()):
            self.settings.setValue("recent", recent)
            self.recentChanged.emit()

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("last_folder", str(Path(path).parent))
        self.recentChanged.emit()

    def _last_folder(self) -> str:
        return str(self.settings.value("last_folder", str(Path.home())))

    def show_graph(self, on: bool) -> None:
        """Show the step's computational graph in the central area instead of the network, or back."""
        self.central_views.setCurrentWidget(self.graph_view if on else self.canvas)
        (self.graph_view if on else self.canvas).setFocus()
        self.actions["graph"].setChecked(on)

    def show_next_sample(self, by: int = 1) -> None:
        """Show the batch's next sample (`by` = −1: the previous), round from the last to the first."""
        doc = self.doc
        if doc.batch_size == 1:
            self.show_message(self.tr("The step runs on one sample: set Batch in the Example panel to "
                                      "step on several at once."))
            return
        doc.show_sample((doc.shown_sample + by) % doc.batch_size)

    # -- settings ---------------------------------------------------------------------------------

    def _restore_options(self) -> None:
        s = self.settings
        try:
            self.options.digits = int(s.value("view/digits", 4))
            self.options.show_numbers = s.value("view/show_numbers", "true") in (True, "true")
            self.options.show_gradients = s.value("view/show_gradients", "true") in (True, "true")
            self.options.granularity = str(s.value("view/granularity", "neuron"))
            self.options.play_interval_ms = int(s.value("view/play_interval_ms", 600))
            self.options.inspector_form = str(s.value("view/inspector_form", "neuron"))
        except (TypeError, ValueError):
            pass  # a damaged settings file falls back to the defaults

    def _restore_training_rate(self) -> None:
        """The speed the person last trained at (0 in the settings file: as fast as possible)."""
        try:
            rate = float(self.settings.value("training/rate", 0))
            self.session.set_rate(rate if rate > 0 else None)
        except (TypeError, ValueError):
            pass  # a damaged settings file, or a rate no longer offered: as fast as possible

    def _save_options(self) -> None:
        s, o = self.settings, self.options
        s.setValue("view/digits", o.digits)
        s.setValue("view/show_numbers", o.show_numbers)
        s.setValue("view/show_gradients", o.show_gradients)
        s.setValue("view/granularity", o.granularity)
        s.setValue("view/inspector_form", o.inspector_form)
        s.setValue("view/play_interval_ms", o.play_interval_ms)

    def _restore_layout(self) -> None:
        geometry, state = self.settings.value("window/geometry"), self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.step_bar.is_playing():
            self.step_bar.toggle_play()
        self.session.pause()
        self.presenter.leave()  # keep the person's own layout, not the presenter's
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.autosave is not None:
            self.autosave.finish()  # a normal close: saved or discarded, no copy left behind
        event.accept()

    def _on_document_adjusted(self, text: str) -> None:
        """Say what the document changed unasked, with an Undo for exactly that change."""
        stack = self.doc.undo_stack
        index = stack.index()

        def undo_it() -> None:
            if stack.index() == index:  # nothing done since: the change is the last edit
                stack.undo()

        self.show_message(text, MessageAction(self.tr("Undo"), undo_it, self.tr("Undone")))

    def _on_step_replayed(self, what: str, event: int, events: int) -> None:
        self.statusBar().showMessage(self.tr("{what} changed: the step is recomputed from it, "
                                             "back at event {k} of {n}").format(what=notation.from_plain(what), k=event,
                                                                                n=events), 10_000)

    def _on_document_title_changed(self, name: str) -> None:
        self.setWindowTitle(self.tr("bpviz — {name}[*]").format(name=name))
        self.setWindowModified(self.doc.modified)


def _reason(error: Exception) -> str:
    """Return what went wrong, in words (an OSError's own text, or the format error's message)."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower() if error.strerror else str(error)
    return str(error)
