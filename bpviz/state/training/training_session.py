"""TrainingSession: trains the document's network on its data, live, without freezing the window.

The trainer works on its own copy of the network; the document's network, which the views
draw, receives the trainer's weights on the window's thread only, so an edit never races
with training. Two ways to run:

- With the compiled epoch loaded (`engine.compiled_epoch`), a worker thread runs whole
  epochs back to back, half a second of them a call. The compiled code leaves the
  interpreter lock free and publishes each epoch as it ends, so the window draws on one
  core while training runs on the other, and the two meet only twice a second. A frame
  timer hands the epochs ended and the latest weights to the document at the screen's
  rate, never faster.
- Otherwise the window's own thread trains in time slices: each tick of a zero-interval
  timer runs minibatch steps for about `slice_ms`, then the event loop repaints once.

At a watchable rate (`set_rate`: 1, 5, 20 or 100 epochs a second, for a class to follow)
the window's thread trains instead, on a timer: each tick runs the epochs that are due by
the clock, so the rate holds however late a tick comes, and the views get every epoch.

A run ends after the epochs asked for, or at the first epoch that meets a stop target of
the training settings (a training accuracy or loss): exactly there, and `stopped` says why.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from bpviz.engine.limits import MAX_LR
from bpviz.engine.training import compiled_epoch
from bpviz.engine.training.training import DivergenceError, Trainer

from bpviz.state.training.stop_reason import stop_reason
from bpviz.state.training.training_worker import TrainingWorker

SLICE_MS = 25.0  # training time per tick: one repaint per slice keeps ~30 frames per second
# How often a worker's epochs reach the views: 40 frames per second asked for, so that a
# frame now and then late (the window busy, the machine loaded) still leaves 30 and more.
FRAME_MS = 25
# The rates a class can follow, in epochs a second; None is as fast as the machine goes.
WATCHABLE_RATES = (1, 5, 20, 100)
EVERY_EPOCH_UP_TO = 20  # epochs a second: up to this, every epoch's numbers are drawn in full
MAX_PACE_MS = 100  # a tick of a watchable run waits at most this (a slow rate ticks more often than it trains)


class TrainingSession(QObject):
    """Play, pause, one epoch, one batch, reset and restore for the document's network."""

    stateChanged = Signal()          # running, paused, progress or a problem changed
    diverged = Signal(str)           # training stopped because the loss or a weight blew up
    problemRaised = Signal(str)      # training could not start: the reason, in words
    stopped = Signal(str)            # a run ended by itself (its epochs done, a target met): why
    rateChanged = Signal()           # the speed changed (see `set_rate`)

    def __init__(self, doc, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.slice_ms = SLICE_MS
        self._trainer: Trainer | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_tick)
        self._worker: TrainingWorker | None = None
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.timeout.connect(self._on_frame)
        self._pace = QTimer(self)
        self._pace.setTimerType(Qt.TimerType.PreciseTimer)
        self._pace.timeout.connect(self._on_pace)
        self._pace_start: tuple[float, int] = (0.0, 0)  # when a watchable run (re)started, at which epoch
        self.rate: float | None = None       # epochs a second, or None: as fast as possible
        self.stop_reason = ""                # why the last run ended by itself, until the next starts
        self._stop_at: int | None = None     # the epoch a fixed-length run ends at
        self._run_from: int | None = None    # the epoch the run under way started at
        self._measure_from: tuple[float, int] = (0.0, 0)  # where the speed shown is measured from
        self.divergence: str | None = None   # the message of the last divergence, until restored
        self.epochs_per_second = 0.0
        doc.structureChanged.connect(self._on_structure_changed)
        doc.edited.connect(self._on_edit)
        doc.dataChanged.connect(self._on_data_changed)
        self._data_key = self._current_data_key()

    # -- reading --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._timer.isActive() or self._pace.isActive() or self._worker is not None

    @property
    def fast(self) -> bool:
        """Whether a run is under way too fast for each epoch's every number to be drawn (faster
        than EVERY_EPOCH_UP_TO a second): the views may then draw the busiest of them less often."""
        return self.running and (self.rate is None or self.rate > EVERY_EPOCH_UP_TO)

    @property
    def epoch(self) -> int:
        """The last epoch ended, as the views show it (a worker's trainer may be a frame ahead)."""
        if self._worker is not None or self._trainer is None:
            return self.doc.runs.epochs[-1].epoch if self.doc.runs.epochs else 0
        return self._trainer.epoch

    def progress(self) -> tuple[int, int] | None:
        """Return (epochs done, epochs wanted) of a fixed-length run, or None."""
        if self._stop_at is None or self._run_from is None:
            return None
        return self.epoch - self._run_from, self._stop_at - self._run_from

    def seconds_left(self) -> float | None:
        progress = self.progress()
        if progress is None or self.epochs_per_second <= 0:
            return None
        return (progress[1] - progress[0]) / self.epochs_per_second

    def problem(self) -> str | None:
        """Return why training cannot start, in words, or None."""
        problem = self.doc.lab.data_problem()
        if problem is None and not 0 < self.doc.lr <= MAX_LR:
            problem = self.tr("Training needs a learning rate between 0 and {most:g}; α is {lr:g}.").format(
                most=MAX_LR, lr=self.doc.lr)
        return problem

    # -- commands --------------------------------------------------------------------------------

    def play(self, epochs: int | None = None) -> bool:
        """Train until paused, or for `epochs` more epochs; return False (and say why) if it cannot."""
        trainer = self._ready()
        if trainer is None:
            return False
        self._stop_at = None if epochs is None else trainer.epoch + int(epochs)
        self._run_from = trainer.epoch
        self.stop_reason = ""
        self._start()
        self.stateChanged.emit()
        return True

    def step_rate(self, way: int) -> None:
        """Train one watchable rate slower (way −1) or faster (+1); faster than 100 a second is
        as fast as possible."""
        rates = (*WATCHABLE_RATES, None)
        k = rates.index(self.rate) if self.rate in rates else len(rates) - 1
        self.set_rate(rates[max(0, min(len(rates) - 1, k + way))])

    def set_rate(self, rate: float | None) -> None:
        """Train at `rate` epochs a second (None: as fast as possible); a run goes on at the new rate."""
        if rate is not None and not 0 < rate <= WATCHABLE_RATES[-1]:
            raise ValueError(self.tr("A watchable speed is 1 to {most} epochs a second.").format(
                most=WATCHABLE_RATES[-1]))
        rate = next((r for r in WATCHABLE_RATES if r == rate), rate)  # 5.0 from a settings file is 5
        if rate == self.rate:
            return
        running, stop_at = self.running, self._stop_at
        if running:
            self._halt()
            self._publish()
        self.rate = rate
        if running:
            self._stop_at = stop_at
            self._start()
        self.rateChanged.emit()
        self.stateChanged.emit()

    def pause(self) -> None:
        if self.running:
            self._halt()
            self._publish()
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
        """Put back the weights training started from; the epochs since become an earlier run."""
        self.pause()
        if self._trainer is not None:
            self._trainer.reset()
        self.divergence = None
        self.doc.runs.start_new_run()
        self._publish()
        self.stateChanged.emit()

    def restore_last_finite(self) -> None:
        """After a divergence: put back the last weights that were all finite."""
        if self._trainer is not None:
            self._trainer.restore_last_finite()
        self.divergence = None
        self._publish()
        self.stateChanged.emit()

    # -- helpers ---------------------------------------------------------------------------------

    def _ready(self) -> Trainer | None:
        problem = self.problem()
        if problem:
            self.problemRaised.emit(problem)
            return None
        if self._trainer is None:
            self.doc.settle_step()
            train, test = self.doc.lab.split()
            self._trainer = Trainer(self.doc.network.copy(), train, test,
                                    self.doc.lab.training_settings())
            self._trainer.epoch = self.doc.runs.epochs[-1].epoch if self.doc.runs.epochs else self.doc.runs.run_first_epoch
        else:
            self._trainer.settings = self.doc.lab.training_settings()
            # Stepping through a sample while paused moves the document's weights: go on from there.
            net = self._trainer.net
            for l in range(1, net.L + 1):
                net.W[l], net.b[l] = self.doc.network.W[l].copy(), self.doc.network.b[l].copy()
        self.divergence = None
        return self._trainer

    def _publish(self, weights=None) -> None:
        """Give the document's network the trainer's weights (or `weights`), and tell the views."""
        if self._trainer is not None:
            self.doc.take_trained_weights(*(weights or (self._trainer.net.W, self._trainer.net.b)))
        else:
            self.doc.weights_trained()

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
            self.doc.runs.record_epoch(stats)
        self._publish()
        self.stateChanged.emit()

    def _start(self) -> None:
        """Start the timer of the run: the watchable pace, or slices (a worker's first)."""
        now, epoch = time.perf_counter(), self._trainer.epoch
        if self.rate is None:
            self._measure_from = (now, epoch)
            self._timer.start()  # its first tick hands over to a worker if the compiled epoch is loaded
            return
        self._pace_start = (now, epoch)
        self._measure_from = (now, epoch + 1)  # its first epoch comes at once: the rate counts from there
        self._pace.setInterval(int(min(MAX_PACE_MS, 1000 / self.rate)))
        self._pace.start()
        self._on_pace()  # the first epoch at once: Play answers without a wait

    def _on_pace(self) -> None:
        """A tick of a watchable run: the epochs the clock says are due (never more than a
        slice's worth at once, so the window stays responsive if the machine falls behind)."""
        trainer = self._trainer
        started, first = self._pace_start
        due = first + 1 + int((time.perf_counter() - started) * self.rate) - trainer.epoch
        if due > 0 and self._train_a_slice(trainer.run_epoch, due):
            self._publish()  # only after a tick that trained: a slow rate ticks more often than it trains
            self.stateChanged.emit()

    def _train_a_slice(self, step, epochs: int | None = None) -> bool:
        """Call `step` (a batch or an epoch of the trainer) for about slice_ms, or until
        `epochs` epochs ended; record each epoch. Return False if the run ended meanwhile."""
        start, ended = time.perf_counter(), 0
        try:
            while (epochs is None or ended < epochs) and (time.perf_counter() - start) * 1000 < self.slice_ms:
                stats = step()
                if stats is not None:
                    ended += 1
                    self.doc.runs.record_epoch(stats)
                    if self._end_if_done(stats):
                        return False
        except DivergenceError as e:
            self._on_divergence(e)
            return False
        self._measure_rate(self._trainer.epoch)
        return True

    def _end_if_done(self, stats) -> bool:
        """End the run if `stats`, its latest epoch, is its last: say why, and return True."""
        settings = self._trainer.settings if self._trainer is not None else self.doc.lab.training_settings()
        reason = stop_reason(settings, stats, self._stop_at, self._run_from)
        if reason:
            self.stop_reason = reason  # before the pause, whose stateChanged the views read it at
            self.pause()
            self.stopped.emit(reason)
        return bool(reason)

    def _on_tick(self) -> None:
        trainer = self._trainer
        if compiled_epoch.kernel() is not None:  # it finished loading: hand over to a worker
            self._timer.stop()
            self._worker = TrainingWorker(trainer, self._stop_at)
            self._frame.start()
            return
        if self._train_a_slice(trainer.run_batch) and self.running:
            self._publish()
            self.stateChanged.emit()

    def _on_frame(self) -> None:
        """A frame of a worker's run: its epochs ended and latest weights reach the document."""
        worker = self._worker
        if worker is None:
            return
        stats, weights, error, done = worker.take(self.epoch)
        self.doc.runs.record_epochs(stats)
        if stats:
            self._measure_rate(stats[-1].epoch)
        if error is not None:
            self._stop_worker()
            if isinstance(error, DivergenceError):
                self._on_divergence(error)
            else:  # never a traceback from a thread: training stops and says why
                self._publish()
                self.stateChanged.emit()
                self.problemRaised.emit(self.tr("Training stopped: {error}").format(error=error))
            return
        if done:
            last = self.doc.runs.epochs[-1] if self.doc.runs.epochs else None
            if last is None or not self._end_if_done(last):
                self.pause()
            return
        if weights is not None:
            self._publish(weights)
        self.stateChanged.emit()

    def _stop_worker(self) -> None:
        """Stop the worker after its current epoch; its last epochs still reach the document."""
        seen = self.epoch
        worker, self._worker = self._worker, None
        self._frame.stop()
        if worker is not None:
            worker.stop()
            self.doc.runs.record_epochs(worker.take(seen)[0])

    def _measure_rate(self, epoch: int) -> None:
        seconds = time.perf_counter() - self._measure_from[0]
        self.epochs_per_second = (epoch - self._measure_from[1]) / seconds if seconds > 0 else 0.0

    def _on_divergence(self, error: DivergenceError) -> None:
        self._halt()
        self.divergence = str(error)
        self._publish()
        self.stateChanged.emit()
        self.diverged.emit(self.divergence)

    def _current_data_key(self) -> tuple:
        return (id(self.doc.lab.dataset), self.doc.lab.features, self.doc.lab.test_fraction)

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
                self._trainer.settings = self.doc.lab.training_settings()
            except ValueError:
                self._drop_trainer()  # e.g. α outside training's range: the next play says why

    def _on_edit(self) -> None:
        """An edit (or undo) changed the document: training stops, the edit stays, and the next
        run goes on from the document's weights."""
        if self.running:
            self._halt()
            self.stateChanged.emit()

    def _halt(self) -> None:
        """Stop running; the weights since the last frame stay the trainer's, not the document's."""
        self._timer.stop()
        self._pace.stop()
        self._stop_worker()
        self._stop_at = None

    def _drop_trainer(self) -> None:
        if self.running:
            self._halt()
            self.stateChanged.emit()
        self._trainer = None
