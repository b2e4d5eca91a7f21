"""Benchmark: window repaint and engine step time as the network grows wider and deeper.

Networks of `depth` weighted layers (the seed's L), every layer `width` neurons wide:
sizes [width] × (depth + 1), tanh hidden layers, a sigmoid output, squared error.
For each size:
- repaint: the real main window (Qt's offscreen platform, 1400 × 900) after one step event,
  as in bench/ui.py: the document change, every view's reaction and the paints that follow,
  median over up to EVENTS events (fewer for slow sizes, at least 3);
- step: one full-trace `Network.step` on one example, median of rounds, one BLAS thread.
A size is skipped when a smaller one in the same row or column already took over
SLOW_REPAINT_MS a repaint or SLOW_LOAD_S to open (it would only be slower), or once the run
has used its BUDGET_S; skipped sizes are listed. Prints two tables (rows: depth, columns:
width), then one figure per line as `name: value unit`.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # one BLAS thread, set before numpy loads its BLAS
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bpviz.engine import Network  # noqa: E402
from bpviz.engine.files.presets import Preset  # noqa: E402
from bpviz.ui.shell.main_window import MainWindow  # noqa: E402

WIDTHS = (2, 4, 8, 16, 32, 64, 128)
DEPTHS = (1, 2, 4, 8, 16)
EVENTS = 15
EVENT_SECONDS = 1.5     # stop sampling a size's repaints after this long (once 3 are in)
SLOW_REPAINT_MS = 1000.0
SLOW_LOAD_S = 8.0
BUDGET_S = 150.0        # the whole run stays under about three minutes
FRAME_MS = 33.0         # one frame at 30 Hz: the size limit the summary reports


def network(width: int, depth: int) -> tuple[Network, np.ndarray, np.ndarray]:
    """Return (net, x, t): `depth` layers of `width` neurons and one example for them."""
    net = Network([width] * (depth + 1), ["tanh"] * (depth - 1) + ["sigmoid"], "mse", seed=0)
    rng = np.random.default_rng(0)
    return net, rng.normal(size=width), rng.uniform(size=width)


def settle(app: QApplication) -> None:
    """Let every view react and paint once (as bench/ui.py does)."""
    for _ in range(3):
        app.processEvents()


def repaint_ms(window: MainWindow, app: QApplication) -> float:
    """Return the median milliseconds from one step event to an idle, repainted window."""
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < EVENTS and (len(times) < 3 or time.perf_counter() - started < EVENT_SECONDS):
        start = time.perf_counter()
        window.doc.advance()
        settle(app)
        times.append(time.perf_counter() - start)
    return float(np.median(times)) * 1e3


def step_us(net: Network, x: np.ndarray, t: np.ndarray, seconds: float = 0.15) -> float:
    """Return the median microseconds of one `net.step(x, t)` over five rounds of ~seconds/5."""
    net.step(x, t, lr=0.01)
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < 0.02:
        net.step(x, t, lr=0.01)
        calls += 1
    per_round = max(1, int(calls * seconds / 0.02 / 5))
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(per_round):
            net.step(x, t, lr=0.01)
        rounds.append((time.perf_counter() - start) / per_round)
    return float(np.median(rounds)) * 1e6


def table(title: str, unit: str, values: dict[tuple[int, int], float | None], fmt: str) -> None:
    """Print `values[(width, depth)]` as rows of depth and columns of width; "skip" where None."""
    print(f"{title} ({unit}); rows: depth L, columns: width")
    print(f"{'L':>4}" + "".join(f"{w:>9}" for w in WIDTHS))
    for d in DEPTHS:
        cells = []
        for w in WIDTHS:
            value = values.get((w, d))
            cells.append(f"{'skip' if value is None else format(value, fmt):>9}")
        print(f"{d:>4}" + "".join(cells))
    print()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    repaints: dict[tuple[int, int], float | None] = {}
    steps: dict[tuple[int, int], float] = {}
    slow: set[tuple[int, int]] = set()  # sizes too slow: everything larger is skipped
    run_start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1400, 900)
        window.show()
        settle(app)
        for d in DEPTHS:
            for w in WIDTHS:
                net, x, t = network(w, d)
                steps[(w, d)] = step_us(net.copy(), x, t)
                dominated = any(sw <= w and sd <= d for sw, sd in slow)
                if dominated or time.perf_counter() - run_start > BUDGET_S:
                    repaints[(w, d)] = None
                    continue
                load_start = time.perf_counter()
                window.doc.load(Preset("scale", f"{d} × {w}", "", net, x, t, 0.1, None), name="scale")
                settle(app)
                load_s = time.perf_counter() - load_start
                repaints[(w, d)] = repaint_ms(window, app)
                if repaints[(w, d)] > SLOW_REPAINT_MS or load_s > SLOW_LOAD_S:
                    slow.add((w, d))
        window.doc.mark_saved()
        window.close()

    table("Repaint after one step event", "ms", repaints, ".1f")
    table("Network.step on one example", "µs", steps, ".0f")
    measured = {k: v for k, v in repaints.items() if v is not None}
    skipped = [f"{d}×{w}" for (w, d), v in repaints.items() if v is None]  # L × width
    weights = {(w, d): d * w * w for (w, d) in repaints}
    biggest = max(measured, key=lambda k: (weights[k], k[1]))
    fitting = [k for k, v in measured.items() if v <= FRAME_MS]
    print(f"scale_repaint_ms_largest_measured: {measured[biggest]:.1f} ms "
          f"(L {biggest[1]} × width {biggest[0]}, {weights[biggest]} weights)")
    if fitting:
        best = max(fitting, key=lambda k: (weights[k], k[1]))
        print(f"scale_weights_within_one_frame: {weights[best]} weights "
              f"(L {best[1]} × width {best[0]} repaints within {FRAME_MS:g} ms)")
    else:
        print(f"scale_weights_within_one_frame: 0 weights (no size repaints within {FRAME_MS:g} ms)")
    print(f"scale_repaint_growth_16x_width: {measured.get((32, 4), np.nan) / measured.get((2, 4), np.nan):.1f} x "
          "(L 4: width 32 against width 2)")
    print(f"scale_step_us_largest: {steps[(WIDTHS[-1], DEPTHS[-1])]:.0f} us "
          f"(L {DEPTHS[-1]} × width {WIDTHS[-1]}, one example)")
    print(f"scale_step_growth_16x_width: {steps[(128, 4)] / steps[(8, 4)]:.1f} x "
          "(L 4: width 128 against width 8)")
    print(f"scale_sizes_skipped: {len(skipped)} sizes"
          + (f" (L×width: {', '.join(skipped)})" if skipped else ""))
    print(f"scale_run_s: {time.perf_counter() - run_start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
