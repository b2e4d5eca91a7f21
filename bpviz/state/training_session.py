"""TrainingSession: trains the document's network on its data, live, without freezing the window.

Training runs on the window's thread in time slices: each tick of a zero-interval timer runs
whole minibatch steps for about `slice_ms`, then returns to the event loop, which repaints
the views once. So the window answers every key between slices, views refresh at most once
per slice, and the weights the views draw are the document's own (there is no second copy).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from bpviz.engine.training import DivergenceError, Trainer

SLICE_MS = 25.0  # training time per tick: one repaint per slice keeps ~30 frames per second


class TrainingSession(QObject):
    """Play, pause, one epoch, one batch, reset and restore for the document's network."""

    stateChanged = Signal()          # running, paused, progress or a problem changed
    diverged = Signal(str)           # training stopped because the loss or a weight blew up
    problemRaised = Signal(str)      # training could not start: the reason, in words

    def __init__(self, doc, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.slice_ms = SLICE_MS
        self._trainer: Trainer | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_tick)
        self._stop_at: int | None = None     # the epoch a fixed-length run ends at
        self._run_start: tuple[float, int] | None = None
        self.divergence: str | None = None   # the message of the last divergence, until restored
        self.epochs_per_second = 0.0
        doc.structureChanged.connect(self._on_structure_changed)
        doc.dataChanged.connect(self._on_data_changed)
        self._data_key = self._current_data_key()

    # -- reading --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def epoch(self) -> int:
        return self._trainer.epoch if self._trainer else (self.doc.epochs[-1].epoch if self.doc.epochs else 0)

    def progress(self) -> tuple[int, int] | None:
        """Return (epochs done, epochs wanted) of a fixed-length run, or None."""
        if self._stop_at is None or self._run_start is None:
            return None
        return self.epoch - self._run_start[1], self._stop_at - self._run_start[1]

    def seconds_left(self) -> float | None:
        progress = self.progress()
        if progress is None or self.epochs_per_second <= 0:
            return None
        return (progress[1] - progress[0]) / self.epochs_per_second

    def problem(self) -> str | None:
        """Return why training cannot start, in words, or None."""
        problem = self.doc.data_problem()
        if problem is None and not 0 < self.doc.lr <= 10:
            problem = f"Training needs a learning rate between 0 and 10; α is {self.doc.lr:g}."
        return problem

    # -- commands --------------------------------------------------------------------------------

    def play(self, epochs: int | None = None) -> bool:
        """Train until paused, or for `epochs` more epochs; return False (and say why) if it cannot."""
        trainer = self._ready()
        if trainer is None:
            return False
        self._stop_at = None if epochs is None else trainer.epoch + int(epochs)
        self._run_start = (time.perf_counter(), trainer.epoch)
        self._timer.start()
        self.stateChanged.emit()
        return True

    def pause(self) -> None:
        if self.running:
            self._timer.stop()
            self._stop_at = None
            self.doc.weights_trained()
            self.stateChanged.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.play()

    def cancel(self) -> None:
        """Stop a fixed-length run; the epochs done so far stay."""
        self.pause()

    def one_epoch(self) -> None:
        self._run(lambda t: t.run_epoch())

    def one_batch(self) -> None:
        self._run(lambda t: t.run_batch())

    def reset(self) -> None:
        """Put back the weights training started from, and forget the epochs since."""
        self.pause()
        if self._trainer is not None:
            self._trainer.reset()
        self.divergence = None
        self.doc.clear_epochs()
        self.doc.weights_trained()
        self.stateChanged.emit()

    def restore_last_finite(self) -> None:
        """After a divergence: put back the last weights that were all finite."""
        if self._trainer is not None:
            self._trainer.restore_last_finite()
        self.divergence = None
        self.doc.weights_trained()
        self.stateChanged.emit()

    # -- helpers ---------------------------------------------------------------------------------

    def _ready(self) -> Trainer | None:
        problem = self.problem()
        if problem:
            self.problemRaised.emit(problem)
            return None
        if self._trainer is None:
            self.doc._settle()
            train, test = self.doc.split()
            self._trainer = Trainer(self.doc.network, train, test, self.doc.training_settings())
            self._trainer.epoch = self.doc.epochs[-1].epoch if self.doc.epochs else 0
        else:
            self._trainer.settings = self.doc.training_settings()
        self.divergence = None
        return self._trainer

    def _run(self, work) -> None:
        if self.running:
            self.pause()
        trainer = self._ready()
        if trainer is None:
            return
        try:
            stats = work(trainer)
        except DivergenceError as e:
            self._on_divergence(e)
            return
        if stats is not None:
            self.doc.record_epoch(stats)
        self.doc.weights_trained()
        self.stateChanged.emit()

    def _on_tick(self) -> None:
        trainer = self._trainer
        start = time.perf_counter()
        try:
            while (time.perf_counter() - start) * 1000 < self.slice_ms:
                stats = trainer.run_batch()
                if stats is not None:
                    self.doc.record_epoch(stats)
                    if self._stop_at is not None and trainer.epoch >= self._stop_at:
                        self.pause()
                        break
        except DivergenceError as e:
            self._on_divergence(e)
            return
        if self._run_start is not None:
            seconds = time.perf_counter() - self._run_start[0]
            self.epochs_per_second = (trainer.epoch - self._run_start[1]) / seconds if seconds > 0 else 0.0
        if self.running:
            self.doc.weights_trained()
            self.stateChanged.emit()

    def _on_divergence(self, error: DivergenceError) -> None:
        self._timer.stop()
        self._stop_at = None
        self.divergence = str(error)
        self.doc.weights_trained()
        self.stateChanged.emit()
        self.diverged.emit(self.divergence)

    def _current_data_key(self) -> tuple:
        return (id(self.doc.dataset), self.doc.features, self.doc.test_fraction)

    def _on_structure_changed(self) -> None:
        """A new shape or new weights by an edit: the next run starts a new trainer from here."""
        self._drop_trainer()

    def _on_data_changed(self) -> None:
        """New data: start over; only new settings: the running trainer takes them."""
        key = self._current_data_key()
        if key != self._data_key:
            self._data_key = key
            self._drop_trainer()
        elif self._trainer is not None:
            try:
                self._trainer.settings = self.doc.training_settings()
            except ValueError:
                self._drop_trainer()  # e.g. α outside training's range: the next play says why

    def _drop_trainer(self) -> None:
        if self.running:
            self.pause()
        self._trainer = None
