"""Soak run: an hour of live training in the real window; does memory stay flat, the frame rate up?

    python bench/soak.py              # 60 minutes, a line every minute
    python bench/soak.py --quick      # about one minute, a line every 10 seconds
    python bench/soak.py --minutes 15 --every 30

The classroom spiral of bench/training.py, trained without stopping in the main window on
Qt's offscreen platform, in its training layout (canvas, output map, curves all live). Every
`--every` seconds it prints the resident memory (/proc/self/statm), the frames per second
(repaints of the network canvas) and the epochs per second since the last line. At the end:
memory growth after the warm-up (the first quarter of the run, which fills the bounded
histories), and the lowest and mean frame rate, as `name: value unit` lines. Not part of
`make bench` unless run_all.py is given --soak.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # one BLAS thread, set before numpy loads its BLAS
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import sys
import tempfile
import time

from PySide6.QtWidgets import QApplication

from live_window import PaintCounter, open_spiral
from memory import resident_mb

from bpviz.engine.training import compiled_epoch  # noqa: E402 - training put the project on sys.path

WARMUP = 0.25  # share of the run that fills the bounded histories and loads everything once


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="how long to train (default %(default)s)")
    parser.add_argument("--every", type=float, default=None,
                        help="seconds between lines (default 60, or 10 with --quick)")
    parser.add_argument("--quick", action="store_true", help="about one minute instead")
    args = parser.parse_args()
    seconds = 60.0 if args.quick else args.minutes * 60
    every = args.every or (10.0 if args.quick else 60.0)
    if seconds <= 0 or every <= 0:
        parser.error("--minutes and --every must be greater than 0")

    compiled_epoch.load()  # as the window does at start, before anyone presses Train
    app = QApplication.instance() or QApplication(sys.argv[:1])
    samples: list[tuple[float, float, float]] = []  # (seconds, resident MB, frames per second)
    with tempfile.TemporaryDirectory() as folder:
        window = open_spiral(app, folder, name="soak")
        counter = PaintCounter()
        window.canvas.viewport().installEventFilter(counter)
        start_mb = resident_mb()
        print(f"{'seconds':>8} {'resident MB':>12} {'frames/s':>9} {'epochs/s':>9} {'epoch':>9}", flush=True)
        if not window.session.play():
            print(f"soak_min_fps: failed (training did not start: {window.session.problem()})")
            return 1
        start = last = time.perf_counter()
        last_frames, last_epoch = 0, window.session.epoch
        while (now := time.perf_counter()) - start < seconds:
            app.processEvents()
            if now - last < every:
                continue
            if not window.session.running:
                print(f"soak_min_fps: failed (training stopped at epoch {window.session.epoch}: "
                      f"{window.session.divergence or 'paused'})")
                return 1
            epoch, frames = window.session.epoch, counter.frames
            fps = (frames - last_frames) / (now - last)
            samples.append((now - start, resident_mb(), fps))
            print(f"{now - start:>8.0f} {samples[-1][1]:>12.1f} {fps:>9.1f} "
                  f"{(epoch - last_epoch) / (now - last):>9.0f} {epoch:>9}", flush=True)
            last, last_frames, last_epoch = now, frames, epoch
        window.session.pause()
        epochs = window.session.epoch
        window.doc.mark_saved()
        window.close()

    if not samples:
        print("soak_min_fps: failed (the run was shorter than one --every interval)")
        return 1
    warm = next(mb for t, mb, _ in samples if t >= WARMUP * seconds) if samples[-1][0] >= WARMUP * seconds \
        else samples[0][1]
    fps = [f for _, _, f in samples]
    print(f"soak_minutes: {seconds / 60:.1f} min")
    print(f"soak_epochs: {epochs} epochs")
    print(f"soak_memory_start_mb: {start_mb:.1f} MB")
    print(f"soak_memory_end_mb: {samples[-1][1]:.1f} MB")
    print(f"soak_memory_growth_mb: {samples[-1][1] - warm:.1f} MB (after the first {100 * WARMUP:.0f} %)")
    print(f"soak_min_fps: {min(fps):.1f} frames/s")
    print(f"soak_mean_fps: {statistics.fmean(fps):.1f} frames/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
