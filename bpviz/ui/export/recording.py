"""Recording: an animated GIF or a PNG sequence of a step-through or of training.

A step-through recording moves the document's step cursor one group of events at a time
(at the granularity chosen, as the arrow key would), takes a picture of the view after each
move, and then puts the cursor and the focus back where they were: stepping is playback, so
no undo entry is made and the weights end as they started. A training recording trains for
real (the person asked for it, and the dialog says so): one epoch per tick of a timer, a
picture every k epochs, the first before training starts.

The frames are made one per tick of a single-shot timer, so the window keeps painting and
the progress dialog's Cancel button answers. Frames go through FrameFiles: a cancelled or
failed recording leaves no file behind.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from bpviz.ui.export.frame_files import FrameFiles
from bpviz.ui.shell.i18n import tr
from bpviz.ui.export.picture_export import reason

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

KINDS = ("rest_of_step", "whole_step", "training")
STEP_GRANULARITIES = ("neuron", "layer", "phase")  # a whole step at once would be one frame
MAX_FRAMES = 1000
WAIT_MS = 15  # between looks at a plot whose throttled redraw has not happened yet


@dataclass(frozen=True)
class RecordSettings:
    """What to record, how, and where (a .gif file, or a folder for a PNG sequence)."""

    kind: str = "whole_step"         # one of KINDS
    view: str = "network"            # a picture name: "network" or "output"
    fmt: str = "gif"                 # "gif" or "png"
    path: str = ""
    granularity: str = "neuron"      # for a step-through: how far one frame moves
    frame_ms: int = 600              # how long a GIF shows each frame
    epochs: int = 100                # for training: how many epochs
    every: int = 5                   # for training: a frame every this many epochs

    def problem(self) -> str | None:
        """Return what is wrong with the settings, in words, or None."""
        if self.kind not in KINDS:
            return tr("Choose what to record.", "recording")
        if not self.path.strip():
            return tr("Choose where to save the recording.", "recording")
        if self.kind == "training":
            if self.epochs < 1 or self.every < 1:
                return tr("The number of epochs and the epochs per frame are at least 1.", "recording")
            if self.epochs // self.every + 1 > MAX_FRAMES:
                return tr("That would be {n} frames; a recording has at most {most}: take a frame "
                          "less often.", "recording").format(n=self.epochs // self.every + 1, most=MAX_FRAMES)
        if self.fmt == "gif" and not 20 <= self.frame_ms <= 60_000:
            return tr("A frame shows for 20 ms to 60 s.", "recording")
        return None


class Recorder(QObject):
    """Makes one recording, frame by frame on a timer; tells the window how it ended."""

    finished = Signal(str)  # how it ended, in words (saved where, cancelled, or what went wrong)

    def __init__(self, window: "MainWindow", settings: RecordSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.frames: FrameFiles | None = None
        self.done = False
        self.ok = False
        self._progress = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_tick)
        self._epochs_done = 0
        self._start_state = None
        self._view = None
        self._total = 0

    # -- starting -------------------------------------------------------------------------------------

    def start(self) -> bool:
        """Check, prepare and start; return False (the window says why) when it cannot."""
        w, s = self.window, self.settings
        problem = s.problem() or w.pictures.problem(s.view) or self._kind_problem()
        if problem:
            w.show_message(problem)
            return False
        path = Path(s.path)
        if s.fmt == "gif" and path.suffix.lower() != ".gif":
            path = path.with_name(path.name + ".gif")
        try:
            self.frames = FrameFiles(path, s.fmt, s.frame_ms)
        except OSError as e:
            w.show_message(tr("Could not record to {path}: {reason}. Nothing was recorded.",
                              "recording").format(path=path, reason=reason(e)))
            return False
        if w.step_bar.is_playing():
            w.step_bar.toggle_play()
        w.session.pause()
        doc = w.doc
        self._start_state = (doc.cursor, doc.cursor.position, doc.focus)
        if s.kind == "whole_step":
            doc.reset_step()
        self._total = self._frame_count()
        self._view = w.pictures.show_view(s.view)
        self._progress = w.dialogs.progress(w, tr("Recording", "recording"), self._label(0), self._total)
        self._timer.start(0)
        return True

    def _kind_problem(self) -> str | None:
        s, doc = self.settings, self.window.doc
        if s.kind == "rest_of_step" and doc.cursor.at_end:
            return tr("The step is already at its end: record the whole step, or step back first.",
                      "recording")
        if s.kind == "training":
            return self.window.session.problem()
        return None

    def _frame_count(self) -> int:
        """Return how many frames the recording will make (one per move, or per k epochs + 1)."""
        s = self.settings
        if s.kind == "training":
            return s.epochs // s.every + 1
        cursor = self.window.doc.cursor
        keys = [e.key(s.granularity) for e in cursor.events[cursor.position:]]
        return sum(1 for k, key in enumerate(keys) if k == 0 or key != keys[k - 1])

    # -- one frame per tick ----------------------------------------------------------------------------

    def _on_tick(self) -> None:
        if self._progress.wasCanceled():
            self._finish(cancelled=True)
            return
        w, s = self.window, self.settings
        if s.kind == "training" and self._epochs_done % s.every and w.session.divergence is None:
            self._train_one_epoch()  # an epoch between frames
            self._timer.start(0)
            return
        if getattr(self._view, "redraw_pending", lambda: False)():
            self._timer.start(WAIT_MS)  # the plot draws on its own timer; look again soon
            return
        try:
            self.frames.add(w.pictures.picture(s.view, show=False).to_image(1.0))
        except (OSError, ValueError) as e:
            self._finish(error=e)
            return
        self._progress.setValue(self.frames.count)
        self._progress.setLabelText(self._label(self.frames.count))
        if self.frames.count >= self._total or not self._move_on():
            self._finish()
            return
        self._timer.start(0)

    def _move_on(self) -> bool:
        """Make the change the next frame shows; return False when there is none to make."""
        w, s = self.window, self.settings
        if s.kind == "training":
            if w.session.divergence is not None:
                return False  # the loss blew up: the last frame shows where
            self._train_one_epoch()
            return True
        if w.doc.cursor.at_end:
            return False
        w.doc.advance(s.granularity)
        return True

    def _train_one_epoch(self) -> None:
        self.window.session.one_epoch()
        self._epochs_done += 1

    def _label(self, made: int) -> str:
        return tr("Frame {made} of {total}", "recording").format(made=made, total=self._total)

    # -- ending ---------------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop now; nothing is written."""
        if not self.done:
            self._finish(cancelled=True)

    def _finish(self, cancelled: bool = False, error: Exception | None = None) -> None:
        self._timer.stop()
        w, s = self.window, self.settings
        if s.kind != "training":
            self._restore_cursor()
        diverged = w.session.divergence if s.kind == "training" else None
        if cancelled or error is not None:
            self.frames.discard()
            if error is not None:
                text = tr("The recording stopped: {reason}. Nothing was written.", "recording").format(
                    reason=reason(error) if isinstance(error, OSError) else str(error))
            elif s.kind == "training":
                text = tr("Recording cancelled; nothing was written. The {n} epochs trained so far stay.",
                          "recording").format(n=self._epochs_done)
            else:
                text = tr("Recording cancelled; nothing was written.", "recording")
        else:
            try:
                where = self.frames.commit()
            except (OSError, ValueError) as e:
                error = e
                text = tr("Could not write the recording {path}: {reason}. Nothing was written.",
                          "recording").format(path=self.frames.target,
                                              reason=reason(e) if isinstance(e, OSError) else str(e))
            else:
                self.ok = True
                text = tr("Recorded {n} frames to {path}", "recording").format(n=self.frames.count, path=where)
                if diverged:
                    text += tr(" (training stopped early: {why})", "recording").format(why=diverged)
        self._progress.close()
        self.done = True
        if self.ok or cancelled:
            w.statusBar().showMessage(text, 10_000)
        else:
            w.show_message(text)
        self.finished.emit(text)

    def _restore_cursor(self) -> None:
        """Put the step cursor and the focus back where the recording found them."""
        doc = self.window.doc
        cursor, position, focus = self._start_state
        if doc.cursor is not cursor:
            return  # the document was replaced meanwhile: there is nothing to go back to
        doc.reset_step()
        while doc.cursor.position < position:
            doc.advance("neuron")
        try:
            doc.set_focus(focus)
        except ValueError:
            pass  # the focus no longer fits the network


class Recordings(QObject):
    """File ▸ Record animation: asks for the settings, then runs one recording at a time."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.last = RecordSettings()
        self.current: Recorder | None = None

    def ask_and_record(self) -> Recorder | None:
        """Ask what to record (the last answers filled in) and start; return the recorder, if started."""
        w = self.window
        if self.current is not None and not self.current.done:
            w.show_message(tr("A recording is already being made.", "recording"))
            return None
        granularity = w.options.granularity if w.options.granularity in STEP_GRANULARITIES else "neuron"
        defaults = replace(self.last, granularity=granularity, path=self.last.path or str(self._suggested_path()))
        settings = w.dialogs.record_settings(w, defaults, can_train=w.doc.lab.dataset is not None,
                                             has_map=w.pictures.problem("output") is None)
        if settings is None:
            return None
        self.last = settings
        return self.record(settings)

    def record(self, settings: RecordSettings) -> Recorder | None:
        """Start recording with `settings`; return the recorder, or None (the window says why)."""
        recorder = Recorder(self.window, settings)
        if not recorder.start():
            recorder.deleteLater()
            return None
        self.current = recorder
        return recorder

    def _suggested_path(self) -> Path:
        folder = Path(str(self.window.settings.value("last_folder", str(Path.home()))))
        return folder / f"{self.window.doc.name}.gif"
