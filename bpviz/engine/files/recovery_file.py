"""The recovery copy of unsaved work: a saved document plus where it came from and when.

The window writes one of these every few minutes while a document has unsaved changes, and
offers it back after a crash. It is the document format of presets.py wrapped with what the
restore question needs::

    {"format": "bpviz-recovery", "version": 1,
     "name": "xor", "path": "/home/ann/xor.json",    # path: null for a document never saved
     "base": "9f86d0…",        # SHA-256 of that file as the work last opened or saved it
     "saved_at": "2025-03-04T14:05:09",
     "document": {... a bpviz-preset document ...}}
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from bpviz.engine.files.json_document import (
    MSG_MISSING,
    NetworkFormatError,
    describe,
    read_json_document,
    write_json_document,
)
from bpviz.engine.files.bounded_read import file_digest
from bpviz.engine.limits import MAX_FILE_BYTES
from bpviz.engine.files.presets import Preset, load_document, preset_from_dict, preset_to_dict

RECOVERY_FORMAT = "bpviz-recovery"
RECOVERY_VERSION = 1

MSG_NOT_RECOVERY = "expected {expected!r}, found {found}; this is not a bpviz recovery file"
MSG_NEWER = "this recovery file is from a newer bpviz (format version {found})"
MSG_NOT_TEXT = "some text holds characters that cannot be written as UTF-8"
MSG_NOT_FINITE = "some numbers are NaN or infinite (training diverged?), and a file cannot hold them"


@dataclass(frozen=True, eq=False)
class RecoveredWork:
    """Unsaved work read back: the document, its name, its file (None if never saved), and
    the local time it was written."""

    preset: Preset
    name: str
    path: str | None
    saved_at: datetime
    base: str | None = None  # SHA-256 of the file at `path` when the work last opened or saved it

    def standing(self) -> str:
        """Return how the copy stands to the file it came from, read now:

        "current" when that file is still the one the work last opened or saved (a bpviz
        document with the recorded digest: Save may write there again), "outdated" when the
        file changed after the copy was taken (saved since: the copy must not replace it),
        "no file" when the copy names none that it can trust (never saved, gone, or a copy
        without a digest): restored work then asks where to save.
        """
        if self.path is None or self.base is None:
            return "no file"
        digest = file_digest(self.path, MAX_FILE_BYTES)
        if digest is None:
            return "no file"
        if digest != self.base:
            return "outdated"
        try:
            load_document(self.path)  # the recorded path names a bpviz document, and no other file
        except (OSError, ValueError):
            return "no file"
        return "current"


def write_recovery_file(file: str | os.PathLike, preset: Preset, name: str,
                        path: str | os.PathLike | None, saved_at: datetime,
                        base: str | None = None) -> None:
    """Write the recovery copy of ``preset`` to ``file``, atomically.

    Raises ValueError for a document that cannot be written (NaN weights) and OSError when
    the folder refuses the file; an earlier copy at ``file`` is then left as it was.
    """
    document = {
        "format": RECOVERY_FORMAT,
        "version": RECOVERY_VERSION,
        "name": name,
        "path": None if path is None else os.fspath(path),
        "base": base if path is not None else None,
        "saved_at": saved_at.isoformat(timespec="seconds"),
        "document": preset_to_dict(preset),
    }
    try:
        write_json_document(file, document)
    except UnicodeEncodeError:  # text no file can hold: said as it is, not blamed on NaN
        raise ValueError(MSG_NOT_TEXT) from None
    except ValueError:  # json refuses NaN and Infinity before any file is touched
        raise ValueError(MSG_NOT_FINITE) from None


def read_recovery_file(file: str | os.PathLike) -> RecoveredWork:
    """Return the work stored in the recovery file ``file``.

    A missing or unreadable file raises OSError; bad content raises NetworkFormatError
    naming the field (fields of the document itself are prefixed ``document.``).
    """
    d = read_json_document(file)
    if d.get("format") != RECOVERY_FORMAT:
        found = describe(d["format"]) if "format" in d else "nothing"
        raise NetworkFormatError(MSG_NOT_RECOVERY.format(expected=RECOVERY_FORMAT, found=found),
                                 "format")
    version = d.get("version")
    if version != RECOVERY_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > RECOVERY_VERSION:
            raise NetworkFormatError(MSG_NEWER.format(found=version), "version")
        raise NetworkFormatError(f"expected {RECOVERY_VERSION}, found {describe(version)}", "version")
    name = _text(d, "name")
    path = None if d.get("path") is None else _text(d, "path")
    base = None if d.get("base") is None else _text(d, "base")
    try:
        saved_at = datetime.fromisoformat(_text(d, "saved_at"))
    except ValueError:
        raise NetworkFormatError(f"expected a date and time, found {describe(d['saved_at'])}",
                                 "saved_at") from None
    if "document" not in d:
        raise NetworkFormatError(MSG_MISSING, "document")
    try:
        preset = preset_from_dict(d["document"])
    except NetworkFormatError as e:
        field = f"document.{e.field}" if e.field else "document"
        raise NetworkFormatError(e.problem, field) from None
    return RecoveredWork(preset, name, path, saved_at, base)


def _text(d: dict, key: str) -> str:
    """Return ``d[key]`` if it is non-empty text, else raise NetworkFormatError naming it."""
    if key not in d:
        raise NetworkFormatError(MSG_MISSING, key)
    value = d[key]
    if not isinstance(value, str) or not value.strip():
        raise NetworkFormatError(f"expected text, found {describe(value)}", key)
    return value
