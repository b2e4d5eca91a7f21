"""Benchmark: epochs per second of training on the spiral, headless and with the window live.

Setup: spiral, 500 points, noise 0.1; a 2-8-8-1 network (tanh, tanh, sigmoid;
cross-entropy); batches of 10 (50 steps an epoch); α = 0.03; float64, one BLAS thread.
Each epoch ends with the loss and accuracy over the whole training set, as in the window.
Prints one figure per line as `name: value unit`.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # one BLAS thread, set before numpy loads its BLAS

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bpviz.engine import Network  # noqa: E402
from bpviz.engine.data.datasets import Dataset, make_dataset  # noqa: E402
from bpviz.engine.training.training import Trainer, TrainingSettings  # noqa: E402

RUNS = 9  # rounds: the median of nine stands firm against a shared machine's changes of speed
CHUNK = 400  # epochs a call: about the half second a call of the window's worker runs
SECONDS_PER_RUN = 1.5
LIVE_FACTOR = 2  # a live run is twice as long: its start (first frames, the worker) weighs less


def spiral_setup() -> tuple[Network, Dataset, TrainingSettings]:
    """Return (net, train, settings): the classroom spiral problem every figure here uses."""
    train = make_dataset("spiral", n=500, noise=0.1, seed=0)
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "cross_entropy", seed=0)
    return net, train, TrainingSettings(lr=0.03, batch_size=10, seed=0)


def headless_rate(seconds: float = SECONDS_PER_RUN) -> float:
    """Return epochs per second of one headless run of about `seconds`."""
    net, train, settings = spiral_setup()
    trainer = Trainer(net, train, None, settings)
    trainer.run_epochs(CHUNK)  # warm-up, not timed
    epochs, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        epochs += len(trainer.run_epochs(CHUNK))  # as the window's worker calls it
    return epochs / elapsed


def measure_headless(runs: int = RUNS, seconds: float = SECONDS_PER_RUN) -> float:
    """Return epochs per second: the median over `runs` runs of about `seconds` each."""
    return float(np.median([headless_rate(seconds) for _ in range(runs)]))


def measure_paired(rounds: int = RUNS, seconds: float = SECONDS_PER_RUN) -> dict[str, float]:
    """Return the medians of headless and live epochs per second, of their ratio, and of the
    window's frames per second while it trains.

    Each round runs headless, then the same problem in the window, one after the other in
    one process, so a shared machine's changing speed falls on both halves of a round alike.
    Live is the real main window on Qt's offscreen platform, in its training layout, running
    its own event loop; a frame is one repaint of the network canvas (every view redraws on
    the same event-loop pass).
    """
    import tempfile

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from bpviz.engine.training import compiled_epoch
    from live_window import PaintCounter, open_spiral

    compiled_epoch.load()  # as the window does at start, before anyone presses Train
    app = QApplication.instance() or QApplication(sys.argv[:1])
    figures: dict[str, list[float]] = {"headless": [], "live": [], "share": [], "fps": []}
    with tempfile.TemporaryDirectory() as tmp:
        window = open_spiral(app, tmp)
        counter = PaintCounter()
        window.canvas.viewport().installEventFilter(counter)
        for round_ in range(rounds + 1):
            headless = headless_rate(seconds)
            epochs, frames = window.session.epoch, counter.frames
            window.session.play()
            # The window's own event loop, as a person runs it: idle between events, not
            # spinning. (A loop of its own: QApplication.quit would first ask the window to close.)
            loop = QEventLoop()
            QTimer.singleShot(int(LIVE_FACTOR * seconds * 1000), loop.quit)
            start = time.perf_counter()
            loop.exec()
            elapsed = time.perf_counter() - start
            window.session.pause()
            if round_ == 0:
                continue  # the first round warms the views up: not counted
            live = (window.session.epoch - epochs) / elapsed
            figures["headless"].append(headless)
            figures["live"].append(live)
            figures["share"].append(100 * live / headless)
            figures["fps"].append((counter.frames - frames) / elapsed)
        window.doc.mark_saved()
        window.close()
    return {name: float(np.median(values)) for name, values in figures.items()}


def main() -> None:
    figures = measure_paired()
    print(f"epochs_per_s_headless: {figures['headless']:.1f} epochs/s")
    print(f"epochs_per_s_live: {figures['live']:.1f} epochs/s")
    print(f"live_share_of_headless: {figures['share']:.0f} %")
    print(f"fps_live: {figures['fps']:.1f} frames/s")


if __name__ == "__main__":
    main()
