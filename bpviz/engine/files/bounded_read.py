"""Reading a file whose name came from outside: a regular file only, and never more than a bound.

Every reader in bpviz (networks, documents, lessons, CSV data, recovery copies) reads through
``read_regular_file``. It opens without blocking, so a FIFO, a device (/dev/zero) or a folder
is refused at once rather than waited on or read forever, and it counts the bytes as they
come rather than trusting the size the file system reports, so a file that grows while it is
read, or one that lies about its size, still stops at the bound.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat

CHUNK_BYTES = 1 << 20


class NotARegularFile(OSError):
    """The path names a FIFO, a device, a socket or a folder: nothing bpviz can read as a file."""


class FileTooLarge(ValueError):
    """The file holds more than `limit` bytes (`seen` is how many were read before stopping)."""

    def __init__(self, seen: int, limit: int) -> None:
        self.seen, self.limit = seen, limit
        size = f"{limit // 2**20} MiB" if limit % 2**20 == 0 else f"{limit:,} bytes"
        super().__init__(f"the file is larger than {size}, the most bpviz reads")


def read_regular_file(path: str | os.PathLike, limit: int) -> bytes:
    """Return the contents of the regular file ``path``, at most ``limit`` bytes of them.

    Raises NotARegularFile for anything but a regular file (a symbolic link is followed),
    FileTooLarge past ``limit`` bytes, and OSError when the file cannot be opened or read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    try:
        kind = os.fstat(handle).st_mode
        if not stat.S_ISREG(kind):
            raise NotARegularFile(errno.EINVAL, _kind_words(kind), os.fspath(path))
        chunks, seen = [], 0
        while True:
            chunk = os.read(handle, min(CHUNK_BYTES, limit + 1 - seen))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            seen += len(chunk)
            if seen > limit:
                raise FileTooLarge(seen, limit)
    finally:
        os.close(handle)


def file_digest(path: str | os.PathLike, limit: int) -> str | None:
    """Return the SHA-256 of the regular file ``path`` (at most ``limit`` bytes), or None when
    there is no such file to read."""
    try:
        return hashlib.sha256(read_regular_file(path, limit)).hexdigest()
    except (OSError, ValueError):
        return None


def is_regular_file(path: str | os.PathLike) -> bool:
    """Return whether ``path`` names a regular file (following links), without opening it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _kind_words(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not a regular file"
