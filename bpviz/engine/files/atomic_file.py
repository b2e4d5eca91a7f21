"""Atomic writes: a file on disk is either its old contents or its new contents, never half.

Every writer in bpviz (networks, documents, CSV exports, recovery copies) goes through
``atomic_open``: the new contents go to a temporary file in the same folder, are flushed and
synced to the disk, and only then replace the target in one step (``os.replace``). A failure
at any point (disk full, read-only folder, permission denied, an error in the caller's own
writing) removes the temporary file, re-raises, and leaves an existing target untouched.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator

NEW_FILE_MODE = 0o644  # mkstemp creates 0o600; a saved document is as readable as any other


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """Yield a file to write the new contents of ``path`` into; on leaving, replace ``path``.

    ``mode`` is "w" (text, in ``encoding``) or "wb" (bytes). Raises OSError when the folder
    cannot take the file; whatever the with-block raises is re-raised after the cleanup.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes with mode 'w' or 'wb', not {mode!r}")
    path = Path(path)
    try:
        permissions = path.stat().st_mode & 0o777  # keep an existing file's permissions
    except OSError:
        permissions = NEW_FILE_MODE
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        binary = mode == "wb"
        with open(handle, mode, encoding=None if binary else encoding,
                  newline=None if binary else newline) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(OSError):  # a folder that refuses chmod still takes the file
            os.chmod(temporary, permissions)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def remove_leftover_temporaries(path: str | os.PathLike) -> None:
    """Remove the temporary files that saves of ``path`` killed midway left beside it."""
    path = Path(path)
    with contextlib.suppress(OSError):
        for debris in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if debris.is_file() and not debris.is_symlink():
                    debris.unlink()


def write_text_atomically(path: str | os.PathLike, text: str, encoding: str = "utf-8",
                          newline: str | None = None) -> None:
    """Write ``text`` to ``path`` atomically (see atomic_open)."""
    with atomic_open(path, "w", encoding=encoding, newline=newline) as file:
        file.write(text)


def write_bytes_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see atomic_open)."""
    with atomic_open(path, "wb") as file:
        file.write(data)


def _sync_folder(folder: Path) -> None:
    """Sync the folder's entry for the renamed file too, where the system allows it.

    Without it a power cut just after the rename may bring back the old name on some file
    systems. Windows cannot open a folder this way; there the rename alone has to do.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
