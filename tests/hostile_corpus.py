"""The hostile-input corpus: files no reader may hang on, run out of memory on, or crash on.

Every file is made by the tests here, in a temporary folder (none is committed): FIFOs, a
link to /dev/zero, a folder with a file's name, a file past the size limit, nesting deep
enough to exhaust Python's recursion, numbers of thousands of digits, half a surrogate pair,
values past every limit, and text that Qt would read as HTML. Each case names what must be
said about it: a few words of the message the person reads.

Also the guards the corpus tests run under: a time bound on every case (a hang fails the
test instead of stalling the suite), the process's peak memory, and a watch on a folder that
reports any file opened in it (Linux inotify: an <img src=…> that Qt acts on opens its file).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import signal
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from bpviz.engine.files.presets import load_preset, preset_to_dict

MEMORY_LIMIT = 1024**3  # bytes: no case may take the process past this
CASE_SECONDS = 20       # a case that takes longer is a hang
HOSTILE_NAME = "<img src=a.png>"  # relative: a file name cannot hold a "/"
HOSTILE_STYLE = '<b style="background-image: url(b.png)">bold</b>'
PROBES = ("a.png", "b.png")


@dataclass(frozen=True)
class Case:
    """One hostile file and the words its refusal must contain."""

    path: Path
    says: str


# -- guards -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def bounded(seconds: float = CASE_SECONDS):
    """Raise TimeoutError in the block after `seconds` (a blocked read is interrupted too)."""
    def expire(signum, frame):
        raise TimeoutError(f"still waiting after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def peak_memory() -> int:
    """Return the most memory (resident, bytes) this process has held so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def children_peak_memory() -> int:
    """Return the most memory (resident, bytes) any waited-for child process has held."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


class OpenWatch:
    """Records every file opened in `folder` from now on (Linux inotify, IN_OPEN)."""

    IN_OPEN = 0x20

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK)
        if self._fd < 0 or self._libc.inotify_add_watch(self._fd, os.fsencode(folder), self.IN_OPEN) < 0:
            raise OSError(ctypes.get_errno(), "inotify is not available")

    def opened(self) -> list[str]:
        """Return the names of the files opened since the watch began (or since the last call)."""
        names = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16:offset + 16 + length].rstrip(b"\0").decode()
                names.append(name)
                offset += 16 + length

    def close(self) -> None:
        os.close(self._fd)


def make_probes(folder: Path) -> Path:
    """Make the image files the hostile texts point at (relative to `folder`); return it."""
    folder.mkdir(parents=True, exist_ok=True)
    png = (Path(__file__).resolve().parent.parent / "bpviz" / "resources" / "icons" / "bpviz-16.png").read_bytes()
    for name in PROBES:
        (folder / name).write_bytes(png)
    return folder


# -- the files ---------------------------------------------------------------------------------------


def _good() -> dict:
    return preset_to_dict(load_preset("xor"))


def _write(path: Path, content) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def _changed(**keys) -> dict:
    d = _good()
    for dotted, value in keys.items():
        node, parts = d, dotted.split("__")
        for part in parts[:-1]:
            node = node[part]
        node[parts[-1]] = value
    return d


def special_files(folder: Path, suffix: str) -> list[Case]:
    """Files that are no regular file, or too large: every reader must refuse them at once."""
    fifo = folder / f"fifo{suffix}"
    os.mkfifo(fifo)
    (folder / f"folder{suffix}").mkdir()
    zero = folder / f"zero{suffix}"
    zero.symlink_to("/dev/zero")
    big = folder / f"too-big{suffix}"
    with open(big, "wb") as file:
        file.truncate(65 * 1024 * 1024)  # sparse: no disk taken, but a reader sees 65 MiB
    return [Case(fifo, "pipe (FIFO)"), Case(folder / f"folder{suffix}", "folder"),
            Case(zero, "device"), Case(big, "MiB")]


def document_cases(folder: Path) -> list[Case]:
    """Network and document files (.json): bad in every way the issue found, each refused."""
    folder.mkdir(parents=True, exist_ok=True)
    marked = json.dumps(_changed(lr=0.123456, title="title"))  # a learning rate to replace as text

    def text_with(old: str, new: str) -> str:
        assert old in marked
        return marked.replace(old, new, 1)

    return special_files(folder, ".json") + [
        Case(_write(folder / "nested.json", "[" * 100_000), "nested too deeply"),
        Case(_write(folder / "nested-objects.json", '{"a": ' * 100_000), "nested too deeply"),
        Case(_write(folder / "huge-int.json", text_with("0.123456", "1" + "0" * 5000)), "thousands of digits"),
        Case(_write(folder / "huge-float.json", text_with("0.123456", "1e400")), "lr"),
        Case(_write(folder / "surrogate.json", text_with('"title"', '"a\\ud800b"')), "surrogate"),
        Case(_write(folder / "epochs-1e20.json", _changed(training={"epochs": 1e20})), "training.epochs"),
        Case(_write(folder / "epochs-10e20.json", _changed(training={"epochs": 10**20})), "at most 1,000,000"),
        Case(_write(folder / "lr.json", _changed(lr=1e6)), "at most 10"),
        Case(_write(folder / "l2.json", _changed(training={"l2": 50})), "at most 1"),
        Case(_write(folder / "wide.json", {"format": "bpviz-network", "version": 1, "sizes": [4096, 4096],
                                           "activations": ["sigmoid"], "loss": "mse", "weights": [], "biases": []}),
             "1,000,000"),
        Case(_write(folder / "img-loss.json", _changed(network__loss=HOSTILE_NAME)), HOSTILE_NAME),
    ]


def lesson_cases(folder: Path) -> list[Case]:
    """Lesson files (.toml) that must be listed with their problem, never raise."""
    folder.mkdir(parents=True, exist_ok=True)
    head = 'format = "bpviz-lesson"\nversion = 1\ntitle = "T"\n'
    step = '\n[[steps]]\ntitle = "S"\ntext = "t"\n'
    return special_files(folder, ".toml") + [
        Case(_write(folder / "nested.toml", head + "x = " + "[" * 100_000), "nested too deeply"),
        Case(_write(folder / "huge-int.toml", head + step + "actions = [{ do = \"set_lr\", value = 1"
                    + "0" * 5000 + " }]\n"), "thousands of digits"),
        Case(_write(folder / "long.toml", head + step * 3000), "at most 100"),
    ]


def csv_cases(folder: Path) -> list[Case]:
    """CSV files that must be refused before the data changes, saying where and why."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = "".join(f"{k % 7},{k % 5},{k % 2}\n" for k in range(100_001))
    return special_files(folder, ".csv") + [
        Case(_write(folder / "rows.csv", "x1,x2,t\n" + rows), "at most 100,000"),
        Case(_write(folder / "underscore.csv", "x1,x2,t\n0,1_000,1\n1,0,0\n"), "'1_000' is not a number"),
        Case(_write(folder / "arabic.csv", "x1,x2,t\n0,\u0661,1\n1,0,0\n"), "is not a number"),
        Case(_write(folder / "underflow.csv", "x1,x2,t\n0,1e-400,1\n1,0,0\n"), "too small to tell from 0"),
        Case(_write(folder / "img-cell.csv", f"x1,x2,t\n0,{HOSTILE_NAME},1\n1,0,0\n"), HOSTILE_NAME),
    ]


def unchanged(path: Path, before: tuple) -> bool:
    """Return whether `path` is as `fingerprint` found it."""
    return fingerprint(path) == before


def fingerprint(path: Path) -> tuple:
    """Return what a reader must not change about `path`: its kind, size and (small) contents."""
    try:
        info = os.lstat(path)
    except OSError:
        return ("missing",)
    contents = path.read_bytes() if path.is_file() and not path.is_symlink() and info.st_size < 2**24 else b""
    return (info.st_mode, info.st_size, contents)


if sys.platform != "linux":  # the FIFOs, /dev/zero and inotify are Linux's
    import pytest

    pytest.skip("the hostile-input corpus needs Linux", allow_module_level=True)
