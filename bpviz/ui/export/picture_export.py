"""PictureExport: a view of the window as a PNG or SVG file (File ▸ Export picture, and the
canvas's right-click "Export picture…").

The file name's suffix chooses the format: .png (twice the screen's pixels) or .svg (vector
shapes and text; heatmaps embedded as images). The network picture is the canvas's whole scene
with its two colour legends; the output map and the curves carry their own legends and colour
bar; the weight matrices come with their colour legend and each layer's title. A view in a
hidden dock or tab is shown first, so the picture is what the person then sees. Files are
written whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, QPointF, QTimer
from PySide6.QtWidgets import QWidget

from bpviz.engine.files.atomic_file import write_bytes_atomically

from bpviz.ui.lab.data_picture import DataPicture
from bpviz.ui.shell.i18n import tr
from bpviz.ui.export.picture import Picture

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

PICTURES = ("network", "output", "curves", "matrices", "data")
FORMATS = {".png": "png", ".svg": "svg"}
DRAW_TIMEOUT_MS = 3000  # the longest a picture waits for a view's throttled redraw
LAYOUT_PASSES = 3


def picture_titles() -> dict[str, str]:
    """Return each picture's name as the menus and dialogs show it."""
    return {"network": tr("Network", "pictures"), "output": tr("Output map", "pictures"),
            "curves": tr("Curves", "pictures"), "matrices": tr("Weight matrices", "pictures"),
            "data": tr("Data", "pictures")}


def picture_format(path: Path) -> str | None:
    """Return "png" or "svg" from the file name's suffix (any case), or None for another one."""
    return FORMATS.get(path.suffix.lower())


class PictureExport(QObject):
    """Makes pictures of the window's views and writes them where the person says."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self._data_view: DataPicture | None = None

    # -- what can be drawn ----------------------------------------------------------------------------

    def problem(self, name: str) -> str | None:
        """Return why picture `name` cannot be made now, in words, or None."""
        w = self.window
        if name not in PICTURES:
            return tr("There is no picture called “{name}”.", "pictures").format(name=name)
        if name in ("output", "data") and w.doc.lab.dataset is None:
            return tr("There is no data yet, so no {what} to export: choose a data set in the Data "
                      "panel (View ▸ Training layout).", "pictures").format(what=picture_titles()[name].lower())
        if name == "curves" and w.curves.tabs.currentIndex() == 1 and not w.curves.accuracy_plot.isVisibleTo(w.curves):
            return tr("There is no accuracy curve for this data: show the Loss or the Gradients tab "
                      "of the Curves to export it.", "pictures")
        return None

    def show_view(self, name: str) -> QWidget:
        """Bring the view of picture `name` on screen (its dock and tab) and return it, drawn.

        The data picture has no view of its own on screen; it is drawn apart (DataPicture).
        """
        w = self.window
        view = self._view(name)
        if name != "network":
            dock = w.docks["output" if name == "output" else "curves"]
            dock.show()
            dock.raise_()
            if name in ("curves", "matrices"):
                w.show_tab(view)
        wait_until_drawn(view)
        return view

    def _view(self, name: str) -> QWidget:
        w = self.window
        return {"network": w.canvas, "output": w.boundary_plot, "curves": w.curves, "matrices": w.matrices}[name]

    def picture(self, name: str, show: bool = True) -> Picture:
        """Return picture `name` of the views as they are now; raise ValueError if there is none.

        With `show` False the view is taken as it is (a recording shows it once, then keeps
        it drawn frame by frame).
        """
        problem = self.problem(name)
        if problem:
            raise ValueError(problem)
        picture = Picture(picture_titles()[name])
        if name == "data":
            picture.add_view(self._data_picture_view())
            return picture
        view = self.show_view(name) if show else self._view(name)
        if name == "network":
            view.flush()
            source = view.sceneRect()
            height = view.viewport().height()
            # The legends sit over the canvas's bottom-left corner; they keep that place.
            overlays = [(legend, QPointF(legend.x(), source.height() - (height - legend.y())))
                        for legend in (view.legend, view.neuron_legend)]
            picture.add_scene(view.scene(), source, view.backgroundBrush(), overlays)
        elif name == "output":
            picture.add_view(view)
        elif name == "curves":
            picture.add_view(list(view.plots.values())[view.tabs.currentIndex()])
        elif name == "matrices":
            self._add_matrices(picture, view)
        return picture

    def _add_matrices(self, picture: Picture, view) -> None:
        picture.add_widget(view.legend)
        if view.note.isVisibleTo(view):
            picture.add_widget(view.note)
        for block in view.blocks:
            picture.add_widget(block.title)
            if block.plot.isVisibleTo(view):
                picture.add_view(block.plot)
            else:
                picture.add_widget(block.placeholder)

    def _data_picture_view(self) -> DataPicture:
        if self._data_view is not None:
            self._data_view.deleteLater()
        self._data_view = DataPicture(self.window.doc, self.window.options)
        return self._data_view

    # -- writing --------------------------------------------------------------------------------------

    def export(self, name: str, path: str | Path | None = None) -> bool:
        """Write picture `name`, asking where when `path` is None; say what went wrong in the window."""
        w = self.window
        problem = self.problem(name)
        if problem:
            w.show_message(problem)
            return False
        if path is None:
            title = tr("Export picture: {what}", "pictures").format(what=picture_titles()[name])
            path = w.dialogs.export_picture_path(w, title, str(self._suggested_path(name)))
            if not path:
                return False
        path = Path(path)
        if path.suffix == "":
            path = path.with_suffix(".png")
        fmt = picture_format(path)
        if fmt is None:
            w.show_message(tr("{file}: bpviz writes pictures as PNG or SVG; end the file name in .png "
                              "or .svg.", "pictures").format(file=path.name))
            return False
        try:
            picture = self.picture(name)
            data = picture.svg_bytes() if fmt == "svg" else picture.png_bytes()
            write_bytes_atomically(path, data)
        except ValueError as e:
            w.show_message(str(e))
            return False
        except OSError as e:
            w.show_message(tr("Could not write the picture {file}: {reason}. Nothing was written.",
                              "pictures").format(file=path.name, reason=reason(e)))
            return False
        w.settings.setValue("last_folder", str(path.parent))
        w.statusBar().showMessage(tr("Saved the picture {path}", "pictures").format(path=path), 5000)
        return True

    def _suggested_path(self, name: str) -> Path:
        folder = Path(str(self.window.settings.value("last_folder", str(Path.home()))))
        return folder / f"{self.window.doc.name}-{name}.png"


def wait_until_drawn(view: QWidget, timeout_ms: int = DRAW_TIMEOUT_MS) -> None:
    """Let the event loop run (no user input) until `view` has no redraw waiting, or time is up.

    Plots redraw on a throttling timer, and a dock just shown lays itself out on the event
    loop; a picture taken before either happened would show stale numbers or sizes.
    """
    loop = QEventLoop()
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    for _ in range(LAYOUT_PASSES):  # a dock or tab just shown lays out its widgets in a few passes
        QCoreApplication.sendPostedEvents()
        loop.processEvents(flags)
    pending = getattr(view, "redraw_pending", None)
    if pending is None or not pending():
        return
    wake = QTimer()  # WaitForMoreEvents would sleep through a redraw timer that never fires
    wake.start(15)
    deadline = QDeadlineTimer(timeout_ms)
    while pending() and not deadline.hasExpired():
        loop.processEvents(flags | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    wake.stop()
    loop.processEvents(flags)


def reason(error: OSError) -> str:
    """Return what an OSError says, in words ("permission denied")."""
    return error.strerror.lower() if error.strerror else str(error)
