"""The real program started on hostile files, settings and recovery copies: it always starts.

Each start is `python -m bpviz …` with the startup probe (it quits at its first paint), in
folders of its own; it must reach its window within the time bound, print no traceback and
stay under MEMORY_LIMIT, and start again afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bpviz.ui.shell.app import STARTUP_MARKER, STARTUP_PROBE
from tests.hostile_corpus import MEMORY_LIMIT, children_peak_memory, document_cases, fingerprint, lesson_cases

START_SECONDS = 120


def start_bpviz(home: Path, *args: str) -> subprocess.CompletedProcess:
    folders = {var: str(home / var.lower()) for var in
               ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), **{STARTUP_PROBE: "1"}, **folders)
    return subprocess.run([sys.executable, "-m", "bpviz", *args], env=env, capture_output=True, text=True,
                          timeout=START_SECONDS)


def started(result: subprocess.CompletedProcess) -> bool:
    assert "Traceback" not in result.stderr, result.stderr
    assert children_peak_memory() < MEMORY_LIMIT
    return result.returncode == 0 and result.stdout.splitlines() == [STARTUP_MARKER]


def test_bpviz_starts_on_a_fifo_with_damaged_recovery_copies_and_remembered_broken_lessons(tmp_path):
    home = tmp_path / "home"
    files = document_cases(tmp_path / "files")
    lessons = lesson_cases(tmp_path / "lessons")
    recovery = home / "xdg_data_home" / "bpviz" / "bpviz" / "recovery"
    recovery.mkdir(parents=True)
    os.mkfifo(recovery / "1-fifo.json")
    (recovery / "2-nested.json").write_text("[" * 100_000)
    (recovery / "2-nested.lock").write_bytes(b"\x00garbage")
    os.utime(recovery / "2-nested.lock", (1e9, 1e9))  # long ago: no bpviz is writing it now
    (recovery / "3-named.json").write_text(json.dumps({"format": "bpviz-recovery", "name": "<img src=/dev/zero>"}))
    config = home / "xdg_config_home" / "bpviz"
    config.mkdir(parents=True)
    remembered = ", ".join(f'"{c.path}"' for c in lessons)
    (config / "bpviz.conf").write_text(f"[lessons]\nfiles={remembered}\n\n[General]\nrecent={files[0].path}\n")
    fifo = next(c.path for c in files if c.path.name == "fifo.json")
    kept = fingerprint(fifo)
    assert started(start_bpviz(home, str(fifo)))
    assert fingerprint(fifo) == kept
    assert sorted(p.name for p in recovery.iterdir() if p.suffix == ".damaged") == [
        "1-fifo.json.damaged", "2-nested.json.damaged", "3-named.json.damaged"]
    assert started(start_bpviz(home))  # and again, with nothing left to set aside


def test_bpviz_starts_when_its_settings_file_is_a_fifo_and_sets_it_aside(tmp_path):
    home = tmp_path / "home"
    config = home / "xdg_config_home" / "bpviz"
    config.mkdir(parents=True)
    os.mkfifo(config / "bpviz.conf")
    assert started(start_bpviz(home))
    assert (config / "bpviz.conf.unreadable").exists()
