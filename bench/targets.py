"""The target every benchmark figure is held to, in one place; run_all.py reads them for its table.

A figure without a target here is reported as measured, with no verdict.
"""

from __future__ import annotations

from typing import NamedTuple


class Target(NamedTuple):
    """A bound on one figure: `at_least` True for "≥ value", False for "≤ value"."""

    at_least: bool
    value: float
    unit: str
    why: str

    def describe(self) -> str:
        """Return the target as a person reads it, e.g. "≤ 16 ms"."""
        return f"{'≥' if self.at_least else '≤'} {self.value:g} {self.unit}".rstrip()

    def verdict(self, measured: float) -> str:
        """Return "met", or the gap, e.g. "gap: 4.2 ms over (26 %)"."""
        if (measured >= self.value) if self.at_least else (measured <= self.value):
            return "met"
        gap = abs(measured - self.value)
        share = f" ({100 * gap / abs(self.value):.0f} %)" if self.value else ""
        return f"gap: {gap:.3g} {self.unit} {'short' if self.at_least else 'over'}{share}".replace("  ", " ")


TARGETS: dict[str, Target] = {
    # bench/engine.py
    "torch_ratio_classroom": Target(True, 3.0, "x", "a classroom network steps 3× faster than PyTorch"),
    "torch_ratio_large": Target(True, 0.9, "x", "a large network within 10 % of PyTorch"),
    # bench/ui.py
    "repaint_ms_default": Target(False, 16.0, "ms", "one frame at 60 Hz"),
    "repaint_ms_8x32": Target(False, 33.0, "ms", "one frame at 30 Hz"),
    # bench/training.py
    "epochs_per_s_headless": Target(True, 600.0, "epochs/s", "the spiral learns in seconds"),
    "live_share_of_headless": Target(True, 80.0, "%", "drawing costs at most a fifth"),
    "fps_live": Target(True, 30.0, "frames/s", "training looks smooth"),
    # bench/startup.py
    "startup_s": Target(False, 1.0, "s", "the window is there before the class waits"),
    "startup_ratio_to_floor": Target(False, 2.5, "x", "at most 2.5× a bare PySide6 + pyqtgraph window"),
    # bench/memory.py
    "memory_growth_after_warmup_mb": Target(False, 5.0, "MB", "a long run does not grow"),
    # bench/soak.py
    "soak_memory_growth_mb": Target(False, 10.0, "MB", "an hour of live training does not grow"),
    "soak_min_fps": Target(True, 30.0, "frames/s", "smooth for the whole hour"),
    # bench/freeze.py
    "freeze_longest_ms": Target(False, 500.0, "ms", "no action on a 32 × 128 network freezes the window over 0.5 s"),
    "freeze_neuron_step_ms": Target(False, 500.0, "ms", "a step on a 32 × 128 network answers within 0.5 s"),
}
