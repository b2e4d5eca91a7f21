"""Autosave: a recovery copy of unsaved work, and the copies a crashed bpviz left behind.

While the document has unsaved changes, Autosave keeps a copy of it in the recovery folder
(AppLocalDataLocation/recovery): a second after each edit to the network, the example or
the data, and every two minutes when only weights moved (stepping, training). Saving,
undoing back to the saved state, opening another document, or closing normally removes it.

How several windows and processes keep apart: each Autosave writes `<pid>-<random>.json`
and holds a QLockFile `<pid>-<random>.lock` beside it for as long as it lives. At start,
a copy is offered only when its lock can be taken, which Qt allows when there is no lock
or when the process that held it is no longer running (Qt checks the process id and the
program's name, so a reused id does not fool it; age alone never counts, so a bpviz left
open for days keeps its copy). A copy whose owner still runs (another window, another
bpviz) stays locked and is never offered or touched; and taking the lock claims the copy,
so two bpviz started at once never offer the same copy twice.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from bpviz.engine.files.bounded_read import read_regular_file
from bpviz.engine.files.recovery_file import RecoveredWork, read_recovery_file, write_recovery_file

AUTOSAVE_MS = 120_000  # the copy is at most two minutes older than the weights on screen
SETTLE_MS = 1_000      # an edit is copied this long after the last one of a burst
DAMAGED_SUFFIX = ".damaged"  # a copy that could not be read, kept for the curious
OUTDATED_SUFFIX = ".outdated"  # a copy older than the file it came from, which was saved since
MAX_LOCK_BYTES = 1024  # a QLockFile holds a process id, a host and a program name
LOCK_WRITE_S = 10.0    # a lock younger than this may still be being written: left alone


def recovery_folder() -> Path:
    """Return the folder that holds recovery copies (in the user's application-data folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder or Path.home() / ".bpviz") / "recovery"


def _lock_for(copy: Path) -> QLockFile:
    lock = QLockFile(str(copy.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    return lock


class Autosave(QObject):
    """Keeps a recovery copy of `doc` in `folder` while `doc` has unsaved changes."""

    written = Signal(str)        # the path of the copy just written
    problemRaised = Signal(str)  # a copy could not be written (said once, until one succeeds)

    def __init__(self, doc, folder: Path, interval_ms: int = AUTOSAVE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.folder = Path(folder)
        self.path = self.folder / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        self._lock = _lock_for(self.path)
        # A window dropped without closing (its process may live on) leaves its copy behind,
        # unlocked, so the next start offers it.
        self.destroyed.connect(self._lock.unlock)
        self._changed = False
        self._failing = False
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._on_settle_timeout)
        self._interval_timer = QTimer(self)
        self._interval_timer.setInterval(interval_ms)
        self._interval_timer.timeout.connect(self._on_interval_timeout)
        self._interval_timer.start()

        self._connections = [
            *((signal, self._on_document_edited) for signal in (
                doc.structureChanged, doc.exampleChanged, doc.dataChanged, doc.undo_stack.indexChanged)),
            *((signal, self._on_document_changed) for signal in (doc.weightsChanged, doc.epochsChanged)),
            (doc.modifiedChanged, self._on_modified_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        if doc.modified:
            self.write_now()

    def write_now(self) -> bool:
        """Write the copy now if the document has unsaved changes; return True if written."""
        self._settle_timer.stop()
        if not self.doc.modified:
            self.discard()
            return False
        try:
            self._take_lock()
            write_recovery_file(self.path, self.doc.snapshot(self.doc.name), self.doc.name,
                                self.doc.path, datetime.now(), self.doc.saved_digest)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            if not self._failing:
                self._failing = True
                self.problemRaised.emit(self.tr(
                    "Could not keep a recovery copy of “{name}” ({reason}). "
                    "Save your work to keep it safe.").format(name=self.doc.name, reason=reason))
            return False
        self._failing = False
        self._changed = False
        self.written.emit(str(self.path))
        return True

    def discard(self) -> None:
        """Remove the copy (the work is saved, or the person chose to drop it)."""
        self._changed = False
        with contextlib.suppress(OSError):  # none there, or a folder gone: nothing to remove
            self.path.unlink()

    def finish(self) -> None:
        """Stop for good at a normal close: no more copies, and none left behind."""
        self._settle_timer.stop()
        self._interval_timer.stop()
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self.discard()
        self._lock.unlock()

    def _take_lock(self) -> None:
        if self._lock.isLocked():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0):
            raise OSError(self.tr("the lock file {path} cannot be created").format(path=self._lock.fileName()))

    def _on_document_edited(self) -> None:
        self._changed = True
        self._settle_timer.start()

    def _on_document_changed(self) -> None:
        self._changed = True

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            self._on_document_edited()
        else:
            self._settle_timer.stop()
            self.discard()

    def _on_settle_timeout(self) -> None:
        self.write_now()

    def _on_interval_timeout(self) -> None:
        if self._changed:
            self.write_now()


class Leftover:
    """A recovery copy whose owner is gone, claimed (locked) by this process until dealt with."""

    def __init__(self, path: Path, lock: QLockFile) -> None:
        self.path, self._lock = path, lock

    def read(self) -> RecoveredWork:
        """Return the work in the copy; raises OSError or NetworkFormatError (a ValueError)."""
        return read_recovery_file(self.path)

    def remove(self) -> None:
        """Delete the copy (restored or declined) and its lock."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._lock.unlock()

    def set_aside(self, suffix: str = DAMAGED_SUFFIX) -> None:
        """Keep a copy that cannot be used under another name, so it is not offered again."""
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_name(self.path.name + suffix))
        self._lock.unlock()

    def release(self) -> None:
        """Leave the copy for the next start."""
        self._lock.unlock()

    def __repr__(self) -> str:
        return f"Leftover({self.path.name})"


def claim_leftovers(folder: Path) -> list[Leftover]:
    """Return the copies in `folder` that no running bpviz owns, newest first, each claimed.

    Debris of a crash is swept on the way: a lock with no copy, or a half-written temporary
    file of a copy claimed here.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    claimed = []
    for copy in folder.glob("*.json"):
        lock = _lock_for(copy)
        _clear_unreadable_lock(copy.with_suffix(".lock"))
        if lock.tryLock(0):
            for debris in folder.glob(f".{copy.name}.*.tmp"):
                with contextlib.suppress(OSError):
                    debris.unlink()
            claimed.append(Leftover(copy, lock))
    for lock_path in folder.glob("*.lock"):
        _clear_unreadable_lock(lock_path)
        if lock_path.exists() and not lock_path.with_suffix(".json").exists():
            lock = _lock_for(lock_path.with_suffix(".json"))
            if lock.tryLock(0):
                lock.unlock()  # removes the lock file
    return sorted(claimed, key=_modified_time, reverse=True)


def _clear_unreadable_lock(lock_path: Path) -> None:
    """Remove a lock that names no process: empty, garbage, too long, or not a file at all.

    Qt keeps such a lock forever when age does not count (it cannot tell whose it is), and
    would wait on one that is a FIFO; a lock bpviz wrote always names its process.
    """
    try:
        info = lock_path.lstat()
    except OSError:
        return  # no lock: the copy is free
    if stat.S_ISREG(info.st_mode) and time.time() - info.st_mtime < LOCK_WRITE_S:
        return  # perhaps another bpviz is writing it this very moment
    if stat.S_ISREG(info.st_mode) and 0 < info.st_size <= MAX_LOCK_BYTES:
        try:
            first_line = read_regular_file(lock_path, MAX_LOCK_BYTES).split(b"\n", 1)[0]
        except (OSError, ValueError):
            first_line = b""
        if first_line.strip().isdigit():
            return  # a process id: Qt tells whether that process still runs
    with contextlib.suppress(OSError):
        lock_path.unlink()


def _modified_time(leftover: Leftover) -> float:
    try:
        return leftover.path.stat().st_mtime
    except OSError:
        return 0.0
