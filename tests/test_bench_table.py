"""bench/run_all.py's table: each `name: value unit` figure read and held to its target."""

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parent.parent / "bench"))  # the scripts are not a package
from run_all import parse  # noqa: E402
from targets import TARGETS, Target  # noqa: E402


def test_a_figure_within_its_target_is_met():
    row = parse("ui", "repaint_ms_default: 12.50 ms")
    assert (row.figure, row.value, row.unit, row.target, row.status) == (
        "repaint_ms_default", "12.50", "ms", "≤ 16 ms", "met")


def test_a_missed_target_states_the_gap_in_the_figures_unit_and_share():
    assert parse("ui", "repaint_ms_default: 20.00 ms").status == "gap: 4 ms over (25 %)"
    row = parse("engine", "torch_ratio_classroom: 2.40 x (PyTorch time / bpviz time)")
    assert (row.unit, row.target, row.status) == ("x", "≥ 3 x", "gap: 0.6 x short (20 %)")


def test_figures_without_a_target_or_a_number_are_shown_as_measured():
    row = parse("startup", "startup_floor_s: 0.612 s")
    assert (row.value, row.unit, row.target, row.status) == ("0.612", "s", "", "")
    row = parse("scale", "scale_sizes_skipped: 3 sizes (L×width: 8×128, 16×64, 16×128)")
    assert (row.value, row.unit) == ("3", "sizes")
    row = parse("engine", "torch_ratio_large: skipped (PyTorch is not installed)")
    assert (row.value, row.status) == ("skipped (PyTorch is not installed)", "not measured")


@pytest.mark.parametrize("line", ["steps  resident MB", "   L        2        4", "", "Repaint (ms); rows"])
def test_table_lines_and_prose_are_not_figures(line):
    assert parse("scale", line) is None


def test_every_target_named_in_the_task_is_there():
    for name in ("torch_ratio_classroom", "torch_ratio_large", "repaint_ms_default", "repaint_ms_8x32",
                 "epochs_per_s_headless", "live_share_of_headless", "fps_live", "startup_s",
                 "startup_ratio_to_floor", "memory_growth_after_warmup_mb", "soak_min_fps"):
        assert isinstance(TARGETS[name], Target)
    assert TARGETS["torch_ratio_large"].verdict(0.91) == "met"
    assert TARGETS["torch_ratio_large"].verdict(0.85) != "met"
