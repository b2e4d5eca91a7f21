"""The recovery copy of unsaved work: a saved document plus where it came from and when.

The window writes one of these every few minutes while a document has unsaved changes, and
offers it back after a crash. It is the document format of presets.py wrapped with what the
restore question needs::

    {"format": "bpviz-recovery", "version": 1,
     "name": "xor", "path": "/home/ann/xor.json",    # path: null for a document never saved
     "saved_at": "2025-03-04T14:05:09",
     "document": {... a bpviz-preset document ...}}
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from .json_document import (
    MSG_MISSING,
    NetworkFormatError,
    describe,
    read_json_document,
    write_json_document,
)
from .presets import Preset, preset_from_dict, preset_to_dict

RECOVERY_FORMAT = "bpviz-recovery"
RECOVERY_VERSION = 1

MSG_NOT_RECOVERY = "expected {expected!r}, found {found}; this is not a bpviz recovery file"
MSG_NEWER = "this recovery file is from a newer bpviz (format version {found})"
MSG_NOT_FINITE = "some numbers are NaN or infinite (training diverged?), and a file cannot hold them"


@dataclass(frozen=True, eq=False)
class RecoveredWork:
    """Unsaved work read back: the document, its name, its file (None if never saved), and
    the local time it was written."""

    preset: Preset
    name: str
    path: str | None
    saved_at: datetime


def write_recovery_file(file: str | os.PathLike, preset: Preset, name: str,
                        path: str | os.PathLike | None, saved_at: datetime) -> None:
    """Write the recovery copy of ``preset`` to ``file``, atomically.

    Raises ValueError for a document that cannot be written (NaN weights) and OSError when
    the folder refuses the file; an earlier copy at ``file`` is then left as it was.
    """
    document = {
        "format": RECOVERY_FORMAT,
        "version": RECOVERY_VERSION,
        "name": name,
        "path": None if path is None else os.fspath(path),
        "saved_at": saved_at.isoformat(timespec="seconds"),
        "document": preset_to_dict(preset),
    }
    try:
        write_json_document(file, document)
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
    return RecoveredWork(preset, name, path, saved_at)


def _text(d: dict, key: str) -> str:
    """Return ``d[key]`` if it is non-empty text, else raise NetworkFormatError naming it."""
    if key not in d:
        raise NetworkFormatError(MSG_MISSING, key)
    value = d[key]
    if not isinstance(value, str) or not value.strip():
        raise NetworkFormatError(f"expected text, found {describe(value)}", key)
    return value
