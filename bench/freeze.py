"""Benchmark: the longest the window stops answering during each action on a large network.

A network of DEPTH weighted layers, each WIDTH neurons wide (32 × 128: 524,288 weights), in
the real main window (Qt's offscreen platform, 1280 × 720). Each action is started from the
event loop while a 5 ms heartbeat timer runs; the longest gap between two beats, until the
window is idle again, is how long the window froze (the action's own call and every redraw
it causes). Prints one `freeze_<action>_ms: value ms` line per action, then the longest.

    python bench/freeze.py [width depth]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPointF, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bpviz.engine import Network, save_network  # noqa: E402
from bpviz.ui.shell.main_window import MainWindow  # noqa: E402

WIDTH, DEPTH = 128, 32
BEAT_MS = 5
IDLE_S = 0.1     # the action is over when the beats have come on time this long
LONGEST_S = 60.0


def longest_freeze_ms(action) -> float:
    """Return the longest gap, in ms, between heartbeats from starting `action` to idle again."""
    gaps, last, done = [], [time.perf_counter()], [False]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def run() -> None:
        action()
        done[0] = True

    timer = QTimer()
    timer.setInterval(BEAT_MS)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(0, run)
    loop, end = QEventLoop(), time.perf_counter() + LONGEST_S
    while time.perf_counter() < end:
        QTimer.singleShot(int(IDLE_S * 3000), loop.quit)
        loop.exec()
        if done[0] and len(gaps) > 3 and max(gaps[-3:]) < IDLE_S / 2:
            break
    timer.stop()
    return max(gaps) * 1e3


def main() -> int:
    width, depth = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (WIDTH, DEPTH)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 720)
        window.show()
        for _ in range(5):
            app.processEvents()
        net = Network([width] * (depth + 1), ["tanh"] * (depth - 1) + ["sigmoid"], "mse", seed=0)
        path = Path(tmp) / "big.json"
        save_network(net, path)
        viewport = window.canvas.viewport()

        def hover() -> None:
            for k in range(5):
                pos = QPointF(viewport.width() * (0.3 + 0.1 * k), viewport.height() * 0.5)
                QCoreApplication.sendEvent(viewport, QMouseEvent(
                    QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))

        actions = {
            "open": lambda: window.open_file(str(path)),
            "neuron_step": window.step_bar.step_forward,
            "end_of_phase": window.step_bar.end_of_phase,
            "step_back": window.step_bar.step_back,
            "edit_weight": lambda: window.doc.set_parameter(1, 0, 0, 0.25),
            "undo": window.actions["undo"].trigger,
            "hover": hover,
            "resize": lambda: window.resize(1024, 700),
            "presenter_on": window.actions["presenter"].trigger,
            "presenter_off": window.actions["presenter"].trigger,
        }
        print(f"network: {depth} layers × {width} neurons, {depth * width * width:,} weights", file=sys.stderr)
        freezes = {}
        for name, action in actions.items():
            freezes[name] = longest_freeze_ms(action)
            print(f"freeze_{name}_ms: {freezes[name]:.0f} ms")
        worst = max(freezes, key=freezes.get)
        print(f"freeze_longest_ms: {freezes[worst]:.0f} ms ({worst}, {depth} × {width})")
        window.doc.mark_saved()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
