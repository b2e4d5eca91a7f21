"""TrainingWorker: a thread that runs a trainer's compiled epochs while the window draws.

The compiled epochs leave Python's interpreter lock free, so the thread trains on one core
while the window draws on the other. The window's thread takes, once a frame, the epochs it
has not seen yet, from calls that ended and from the call under way (`epochs_so_far`).
"""

from __future__ import annotations

import threading
import time

from bpviz.engine.training import compiled_epoch
from bpviz.engine.training.training import Trainer, epochs_so_far

# A worker's training per call of the compiled epochs. Between calls the worker needs the
# interpreter lock, which the window holds for milliseconds at a time while it draws: fewer,
# longer calls lose less. A call is stopped after any epoch, so pausing never waits for one.
CHUNK_S = 0.5


class TrainingWorker:
    """A thread running a trainer's epochs until stopped; the window's thread takes what it
    has not seen yet, from finished calls and from the call under way."""

    def __init__(self, trainer: Trainer, stop_at: int | None) -> None:
        self.trainer, self.stop_at = trainer, stop_at
        self._progress = compiled_epoch.Progress()
        self._lock = threading.Lock()
        self._stats: list = []
        self._weights = None   # (epoch, W, b) after the latest call: arrays no longer written
        self._error: Exception | None = None
        self._done = False
        self._thread = threading.Thread(target=self._run, name="bpviz-training", daemon=True)
        self._thread.start()

    def take(self, seen: int):
        """Return (stats of the epochs after epoch `seen`, the latest weights as (W, b) or None,
        error or None, whether it ended)."""
        # The call under way first: a call's epochs reach the list below before the next
        # call begins, so reading in this order never skips an epoch.
        running = epochs_so_far(self._progress, seen)
        with self._lock:
            stats, self._stats = self._stats, []
            latest, error, done = self._weights, self._error, self._done
        if running is not None and running[0]:
            stats = stats + running[0]
            if latest is None or running[0][-1].epoch > latest[0]:
                latest = (running[0][-1].epoch, *running[1])
        new, last = [], seen
        for epoch in stats:  # the two may overlap: each epoch once, in order
            if epoch.epoch > last:
                new.append(epoch)
                last = epoch.epoch
        weights = latest[1:] if latest is not None and latest[0] > seen else None
        return new, weights, error, done

    def stop(self) -> None:
        self._progress.stop()
        self._thread.join()

    def _run(self) -> None:
        trainer, count = self.trainer, 1
        try:
            while not self._progress.stopped:
                if self.stop_at is not None:
                    count = min(count, self.stop_at - trainer.epoch)
                start = time.perf_counter()
                stats = trainer.run_epochs(count, self._progress)
                # About CHUNK_S of epochs a call, growing to it from one epoch.
                seconds = time.perf_counter() - start
                count = max(1, min(4 * count, int(count * CHUNK_S / max(seconds, 1e-6))))
                with self._lock:
                    self._stats.extend(stats)
                    if stats:  # each call gives the network new arrays, so these stay as they are
                        self._weights = (stats[-1].epoch, list(trainer.net.W), list(trainer.net.b))
                if ((self.stop_at is not None and trainer.epoch >= self.stop_at)
                        or (stats and trainer.settings.target_reached(stats[-1]))):
                    break
        except Exception as error:  # handed to the window's thread, which says what happened
            with self._lock:
                self._error = error
        with self._lock:
            self._done = True
