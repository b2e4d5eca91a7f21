"""JSON documents on disk: read one safely, write one atomically, and check its values.

Shared by every bpviz file format (networks, presets). Reading refuses, with a
``NetworkFormatError``, a file that is too big, not UTF-8, not JSON, not an object, or
holding NaN or Infinity; the field-checking helpers name the offending value by its path
inside the document (list indices count from 0, as in the file).
"""

from __future__ import annotations

import json
import math
import os
import re
from typing import Any, Callable

import numpy as np

from bpviz.engine.files.atomic_file import write_text_atomically
from bpviz.engine.files.bounded_read import FileTooLarge, read_regular_file
from bpviz.engine.limits import MAX_FILE_BYTES



class NetworkFormatError(ValueError):
    """A network (or preset) document that bpviz cannot read; ``field`` says where."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        self.problem = problem
        self.field = field
        super().__init__(f"{field}: {problem}" if field else problem)

    def __reduce__(self):  # keep ``field`` through pickling (e.g. across processes)
        return (type(self), (self.problem, self.field))


# Messages that concern the file as a whole, declared once so that the window, the status
# bar and the command line say the same thing.
MSG_TOO_DEEP = "not valid JSON: lists or objects nested too deeply"
MSG_HUGE_INTEGER = "not valid JSON for bpviz: a number with thousands of digits"
MSG_NOT_UTF8 = "not UTF-8 text (byte 0x{byte:02x} at offset {offset})"
MSG_EMPTY = "the file is empty"
MSG_NOT_JSON = "not valid JSON: {msg} at line {line}, column {column}"
MSG_MISSING = "required, but missing"
MSG_NOT_OBJECT = "expected a JSON object {{...}}, found {found}"
MSG_NON_FINITE = "{token} is not allowed; every number must be finite"
MSG_LONE_SURROGATE = "holds half of a UTF-16 surrogate pair (\\ud800 to \\udfff alone), which is no character"


def describe(value: Any) -> str:
    """Return how ``value`` reads in a message, in JSON's words (null, true, a list, ...)."""
    if value is None:
        return "null"
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:40]) + "..."
    if isinstance(value, dict):
        return "an object {...}"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)}"
    if isinstance(value, _NonFinite):
        return value.token
    if isinstance(value, np.generic):  # a numpy scalar reads as the number it holds
        return repr(value.item())
    return repr(value)


def is_number(value: Any) -> bool:
    """Return True for an int or float (numpy ones too), False for bool and everything else."""
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
        value, (bool, np.bool_)
    )


def is_whole_number(value: Any) -> bool:
    """Return True for an int (numpy ones too), False for bool, float and everything else."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def check_finite_number(value: Any, field: str) -> float:
    """Return ``value`` as a float, or raise NetworkFormatError unless it is a finite number."""
    if not is_number(value):
        raise NetworkFormatError(f"expected a number, found {describe(value)}", field)
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        raise NetworkFormatError("number too large", field) from None
    if not math.isfinite(number):
        raise NetworkFormatError(f"expected a finite number, found {describe(value)}", field)
    return number


def check_read_number(value: Any, field: str) -> float:
    """Return ``value`` as a float; refuse what is not a finite number, NaN in the words the
    file reader uses ("NaN is not allowed; ...")."""
    if is_number(value):
        try:
            number = float(value)
        except OverflowError:  # an int too large for a float
            raise NetworkFormatError("number too large", field) from None
        if not math.isfinite(number):
            token = "NaN" if math.isnan(number) else ("Infinity" if number > 0 else "-Infinity")
            raise NetworkFormatError(MSG_NON_FINITE.format(token=token), field)
        return number
    raise NetworkFormatError(f"expected a number, found {describe(value)}", field)


def plain_number(value: Any) -> Any:
    """Return a numpy number as the Python one (what json writes); anything else as is."""
    return value.item() if isinstance(value, np.generic) else value


def check_vector(value: Any, length: int, field: str, what: str) -> np.ndarray:
    """Return a float64 vector of ``length`` finite numbers read from the list ``value``."""
    if not isinstance(value, list):
        raise NetworkFormatError(
            f"expected a list of {length} numbers ({what}), found {describe(value)}", field)
    if len(value) != length:
        raise NetworkFormatError(f"expected {length} numbers ({what}), found {len(value)}", field)
    return np.array([check_finite_number(v, f"{field}[{i}]") for i, v in enumerate(value)],
                    dtype=np.float64)


def check_rows(value: Any, length: int, field: str, what: str, max_rows: int) -> np.ndarray:
    """Return ``value`` as a float64 vector of ``length`` numbers, or, if it is a list of such
    lists (a batch, 1 to ``max_rows`` of them), as an array with a row for each."""
    if not (isinstance(value, list) and value and isinstance(value[0], list)):
        return check_vector(value, length, field, what)
    if len(value) > max_rows:
        raise NetworkFormatError(f"expected at most {max_rows} samples, found {len(value)}", field)
    return np.array([check_vector(row, length, f"{field}[{r}]", what) for r, row in enumerate(value)])


# --- reading and writing JSON documents ----------------------------------------------


class _NonFinite:
    """What the parser puts where a file says NaN, Infinity or -Infinity (then refused)."""

    def __init__(self, token: str) -> None:
        self.token = token


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _find_lone_surrogate(node: Any, field: str) -> str | None:
    """Return the field of the first text holding half a surrogate pair (\\ud800), or None."""
    def lone(value: Any, where: str) -> str | None:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where or "(the document)"
        return None

    return _first(node, field, lone, keys=True)


def _find_non_finite(node: Any, field: str) -> tuple[str, str] | None:
    """Return (field, token) of the first NaN/Infinity token in a parsed document, or None."""
    return _first(node, field, lambda value, where: (where, value.token) if isinstance(value, _NonFinite) else None)


def _first(node: Any, field: str, found: Callable[[Any, str], Any], keys: bool = False) -> Any:
    """Return the first thing `found(value, field)` finds in a parsed document, depth first
    (in its objects' keys too, with `keys`), or None; `field` names each value's place."""
    here = found(node, field)
    if here is not None:
        return here
    if isinstance(node, dict):
        place = [(f"{field}.{k}" if field else str(k), k, v) for k, v in node.items()]
        items = ([(where, k) for where, k, _ in place] if keys else []) + [(where, v) for where, _, v in place]
    elif isinstance(node, list):
        items = [(f"{field}[{i}]", v) for i, v in enumerate(node)]
    else:
        return None
    for child_field, child in items:
        here = _first(child, child_field, found, keys)
        if here is not None:
            return here
    return None


def read_json_document(path: str | os.PathLike) -> dict:
    """Return the JSON object stored in ``path`` (UTF-8, at most MAX_FILE_BYTES, no NaN).

    A missing or unreadable file, or one that is not a regular file (a FIFO, a device), raises
    OSError; bad content raises NetworkFormatError.
    """
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLarge as too_big:
        raise NetworkFormatError(str(too_big)) from None
    try:
        text = data.decode("utf-8-sig")  # tolerate the byte-order mark some editors write
    except UnicodeDecodeError as e:
        raise NetworkFormatError(MSG_NOT_UTF8.format(byte=data[e.start], offset=e.start)) from None
    if not text.strip():
        raise NetworkFormatError(MSG_EMPTY)
    seen_non_finite = []

    def non_finite(token: str) -> _NonFinite:
        seen_non_finite.append(token)
        return _NonFinite(token)

    try:  # (1e400 reads as inf, which every format's number checks refuse as not finite)
        document = json.loads(text, parse_constant=non_finite)
    except json.JSONDecodeError as e:
        raise NetworkFormatError(
            MSG_NOT_JSON.format(msg=e.msg, line=e.lineno, column=e.colno)) from None
    except RecursionError:
        raise NetworkFormatError(MSG_TOO_DEEP) from None
    except ValueError:  # an integer of thousands of digits, which Python refuses to convert
        raise NetworkFormatError(MSG_HUGE_INTEGER) from None
    if not isinstance(document, dict):
        raise NetworkFormatError(MSG_NOT_OBJECT.format(found=describe(document)))
    try:
        if _SURROGATE_ESCAPE.search(text):  # rare: only then is every text looked at
            field = _find_lone_surrogate(document, "")
            if field is not None:
                raise NetworkFormatError(MSG_LONE_SURROGATE, field)
        if seen_non_finite:
            field, token = _find_non_finite(document, "")
            raise NetworkFormatError(MSG_NON_FINITE.format(token=token), field)
    except RecursionError:  # as deep as json allows, deeper than the walk can go
        raise NetworkFormatError(MSG_TOO_DEEP) from None
    return document


def dumps_document(document: Any) -> str:
    """Return ``document`` as indented JSON text, each list of plain values on one line.

    So a weight matrix reads one row (one neuron's incoming weights) per line. Floats are
    written by json with repr, so they read back bit-exact; NaN and Infinity raise ValueError.
    """
    return _format_json(document, 0) + "\n"


def _format_json(value: Any, depth: int) -> str:
    """Return ``value`` as JSON text: on one line if it is short or flat, else indented."""
    compact = json.dumps(value, ensure_ascii=False, allow_nan=False)
    if not isinstance(value, (dict, list)) or len(compact) <= 72:
        return compact
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        return compact  # a row of numbers stays on one line, however long
    pad = "  " * (depth + 1)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {_format_json(v, depth + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
    items = [pad + _format_json(v, depth + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + "  " * depth + "]"


def write_json_document(path: str | os.PathLike, document: dict) -> None:
    """Write ``document`` to ``path`` as UTF-8 JSON, atomically: all of it or nothing.

    The text is formed first (NaN or Infinity raise ValueError before any file is touched),
    then written by atomic_file, so a file already at ``path`` survives any failure.
    """
    write_text_atomically(path, dumps_document(document))
