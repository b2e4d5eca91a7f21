"""Benchmark: seconds from launching `bpviz` to its window's first paint, against a floor.

Each run starts a new process and times it from just before `subprocess.Popen` to the line
the window prints when it first paints (BPVIZ_STARTUP_PROBE=1, see bpviz/ui/shell/app.py). The
floor is bench/startup_floor.py, a bare PySide6 + pyqtgraph window launched the same way.
The two alternate, so both see the same load on a shared machine; each figure is the median
of RUNS runs after one untimed run that warms the disk cache and writes the bytecode cache
(in a temporary PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set): the timed
runs start as a person's second start does. The platform is Qt's offscreen one unless
QT_QPA_PLATFORM says otherwise; settings and saved data come from empty temporary folders
(as on a first start: no recovered work to offer).
Prints one figure per line as `name: value unit`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 7
TIMEOUT_S = 60.0
MARKER = "bpviz: window painted"  # bpviz.ui.shell.app.STARTUP_MARKER


def bpviz_command() -> list[str]:
    """Return the installed `bpviz` launcher beside this Python, or `python -m bpviz`."""
    launcher = Path(sys.executable).with_name("bpviz")
    return [str(launcher)] if launcher.exists() else [sys.executable, "-m", "bpviz"]


def children_cpu_s() -> float:
    """Return the CPU seconds (user + system) of every child process waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_marker(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return (seconds from launching `command` to the marker on its stdout, its CPU seconds).

    The CPU seconds cover the whole process, its quitting included; on a busy machine they
    vary less than the wall-clock time.
    """
    cpu = children_cpu_s()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a window that never paints ends here
    watchdog.start()
    try:
        for line in process.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - start
                process.wait(timeout=TIMEOUT_S)
                return elapsed, children_cpu_s() - cpu
        raise RuntimeError(f"{' '.join(command)} exited with status {process.wait()} "
                           f"before its window painted (or took over {TIMEOUT_S:g} s)")
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="timed launches of each (default %(default)s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        folders = {var: str(Path(home) / var.lower()) for var in
                   ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}
        env = dict(os.environ, BPVIZ_STARTUP_PROBE="1", PYTHONPYCACHEPREFIX=str(Path(home) / "bytecode"),
                   **folders)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        commands = {"bpviz": bpviz_command(), "floor": [sys.executable, str(HERE / "startup_floor.py")]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        try:
            for name, command in commands.items():
                time_to_marker(command, env)  # warm-up, not timed
            for _ in range(args.runs):
                for name, command in commands.items():
                    seconds, cpu_seconds = time_to_marker(command, env)
                    times[name].append(seconds)
                    cpu[name].append(cpu_seconds)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(f"startup_s: failed ({error})")
            return 1
    ours, floor = statistics.median(times["bpviz"]), statistics.median(times["floor"])
    print(f"startup_s: {ours:.3f} s")
    print(f"startup_floor_s: {floor:.3f} s")
    print(f"startup_ratio_to_floor: {ours / floor:.2f} x")
    print(f"startup_fastest_s: {min(times['bpviz']):.3f} s")
    print(f"startup_slowest_s: {max(times['bpviz']):.3f} s")
    print(f"startup_cpu_s: {statistics.median(cpu['bpviz']):.3f} s")
    print(f"startup_floor_cpu_s: {statistics.median(cpu['floor']):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
