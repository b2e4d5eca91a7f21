"""BPVIZ_STARTUP_PROBE: the started program says when its window first paints, then quits."""

import os
import subprocess
import sys

from bpviz.ui.shell.app import STARTUP_MARKER, STARTUP_PROBE


def test_the_probe_prints_its_marker_at_the_first_paint_and_the_program_quits(tmp_path):
    folders = {var: str(tmp_path / var.lower()) for var in
               ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{STARTUP_PROBE: "1"}, **folders)
    result = subprocess.run([sys.executable, "-m", "bpviz"], env=env, capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [STARTUP_MARKER]
