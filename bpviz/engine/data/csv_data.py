"""CSV files: read a Dataset from CSV text or a file, and write one back, exactly.

Every problem in a file is reported as a CSVError that says where: its line, and its column
when one value is to blame.
"""

from __future__ import annotations

import csv
import math
import numbers
import operator
import os
import re
from pathlib import Path
from typing import Sequence

import numpy as np

from bpviz.engine.files.atomic_file import atomic_open
from bpviz.engine.files.bounded_read import FileTooLarge, read_regular_file
from bpviz.engine.data.datasets import KINDS, MAX_CLASSES, Dataset, _names, encode_labels
from bpviz.engine.limits import MAX_FILE_BYTES, MAX_NEURONS, MAX_POINTS
from bpviz.engine.data.plain_number import PLAIN_NUMBER, read_plain_number, underflows

# Messages declared once, so that the window, the status bar and the command line agree.
MSG_NO_ROWS = "the file holds no data rows"
MSG_NOT_UTF8 = "byte 0x{byte:02x} is not UTF-8 text; save the file as UTF-8"
MSG_NOT_NUMBER = "{text!r} is not a number"
MSG_NOT_FINITE = "{text!r} is not a finite number"
MSG_UNDERFLOW = "{text!r} is too small to tell from 0"
MSG_TOO_MANY_ROWS = f"the file holds {{found:,}} data rows; a data set has at most {MAX_POINTS:,}"
MSG_TOO_WIDE = f"the file has {{found:,}} columns; a network has at most {MAX_NEURONS:,} inputs"
MSG_RAGGED = "expected {expected} fields, found {found}"
MSG_TOO_NARROW = "a data set needs at least 2 columns (inputs, then a target), found {found}"
MSG_NONE_CHOSEN = "choose at least one input column and one target column"
MSG_UNKNOWN_COLUMN = "unknown column {column!r}; the columns are: {known}"
MSG_BAD_INDEX = "column index {column} is out of range 0..{last}"
MSG_BOTH = "column {column} cannot be both an input and a target"
MSG_NOT_CLASS = "{value!r} is not a whole-number class label"
MSG_CLASS_COUNT = f"classification needs 2..{MAX_CLASSES} classes, found {{found}}"
MSG_NOT_ONE_HOT = "one-hot target rows need a single 1 and otherwise 0s"


class CSVError(ValueError):
    """A CSV file that cannot be read; `line` and `column` (1-based, or None) say where."""

    def __init__(self, problem: str, line: int | None = None, column: int | None = None) -> None:
        self.problem, self.line, self.column = problem, line, column
        where = ", ".join(f"{word} {number}" for word, number in
                          (("line", line), ("column", column)) if number is not None)
        super().__init__(f"{where}: {problem}" if where else problem)


def load_csv(path: str | os.PathLike, input_columns: Sequence[int | str] | None = None,
             target_columns: Sequence[int | str] | None = None,
             kind: str | None = None) -> Dataset:
    """Return the Dataset in a UTF-8 CSV file, read by the rules of `parse_csv`.

    A missing or unreadable file raises OSError; bad bytes or content raise CSVError.
    """
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLarge as too_big:
        raise CSVError(str(too_big)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise CSVError(MSG_NOT_UTF8.format(byte=data[error.start]), line) from None
    return parse_csv(text, input_columns, target_columns, kind, name=Path(path).stem)


def parse_csv(text: str, input_columns: Sequence[int | str] | None = None,
              target_columns: Sequence[int | str] | None = None, kind: str | None = None,
              name: str = "csv") -> Dataset:
    """Return the Dataset held in CSV text, or raise CSVError saying where it is wrong.

    Blank and '#' lines are skipped. The delimiter is ',' unless the first line holds more ';'
    or tabs. A first row that is not all numbers is the header. Columns are chosen by 0-based
    index or header name; by default the last is the target and the others are inputs.
    kind=None guesses: one target column of 2..8 whole numbers is classification (labels are
    the values' ranks), anything else regression. kind="classification" with several target
    columns reads them as one-hot rows.
    """
    if kind not in (None, *KINDS):
        raise ValueError(f"kind must be None or one of {KINDS}, got {kind!r}")
    rows = _rows(text)
    width = len(rows[0][1])
    if width < 2:
        raise CSVError(MSG_TOO_NARROW.format(found=width), rows[0][0])
    if width > MAX_NEURONS + 1:
        raise CSVError(MSG_TOO_WIDE.format(found=width), rows[0][0])
    header = None if all(read_plain_number(field) is not None for field in rows[0][1]) else rows[0][1]
    data = rows if header is None else rows[1:]
    if not data:
        raise CSVError(MSG_NO_ROWS)
    if len(data) > MAX_POINTS:
        raise CSVError(MSG_TOO_MANY_ROWS.format(found=len(data)))
    targets = ([width - 1] if target_columns is None
               else _columns(target_columns, header, width))
    inputs = ([j for j in range(width) if j not in targets] if input_columns is None
              else _columns(input_columns, header, width))
    for j in inputs:
        if j in targets:
            raise CSVError(MSG_BOTH.format(column=j + 1))
    if not inputs or not targets:
        raise CSVError(MSG_NONE_CHOSEN)
    values = _values(data, width, inputs + targets)
    X, V = values[:, :len(inputs)], values[:, len(inputs):]
    names = [tuple(header[j] for j in inputs) if header else _names("x", len(inputs)),
             tuple(header[j] for j in targets) if header else _names("t", len(targets))]
    if kind is None:
        one_class_column = V.shape[1] == 1 and _class_values(V[:, 0]) is not None
        kind = "classification" if one_class_column else "regression"
    if kind == "regression":
        return Dataset(name, X, V, kind, 0, None, *names)
    labels, classes, names[1] = _class_labels(V, names[1], [number for number, _ in data], targets)
    return Dataset(name, X, encode_labels(labels, classes), kind, classes, labels, *names)


def _values(data: list[tuple[int, list[str]]], width: int, columns: list[int]) -> np.ndarray:
    """Return the numbers of `columns` in every data row, or raise CSVError at the first problem.

    All the cells are checked against the plain-number rule in one pass first: a hundred
    thousand rows then convert in a fraction of a second. Only a file with a problem is read
    again cell by cell, in file order, to say where the first one is.
    """
    if all(len(fields) == width for _, fields in data):
        cells = [fields[c] for _, fields in data for c in columns]
        joined = "\x00".join(cells)
        if _ALL_PLAIN.fullmatch(joined):  # (also no nan, inf, 1_000 or other digits)
            values = np.array(cells, dtype=float).reshape(len(data), len(columns))
            if np.all(np.isfinite(values)) and (_MAY_UNDERFLOW.search(joined) is None or not any(
                    underflows(cells[k], 0.0) for k in np.flatnonzero(values.ravel() == 0))):
                return values
    values = np.empty((len(data), len(columns)))
    for i, (number, fields) in enumerate(data):  # report the first problem in file order
        if len(fields) != width:
            raise CSVError(MSG_RAGGED.format(expected=width, found=len(fields)), number)
        for j, column in enumerate(columns):
            values[i, j] = _number(fields[column], number, column + 1)
    return values


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Return (line number, fields) for each line that is neither blank nor a '#' comment."""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [(number, line) for number, line in enumerate(lines, 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise CSVError(MSG_NO_ROWS)
    if len(lines) > MAX_POINTS + 1:  # one more for a header row; before any line is split
        raise CSVError(MSG_TOO_MANY_ROWS.format(found=len(lines) - 1))
    delimiter = max([",", ";", "\t"], key=lines[0][1].count)  # a tie goes to ','
    if '"' not in text:  # nothing quoted: each line splits at its delimiters, fast
        return [(number, [field.strip() for field in line.split(delimiter)]) for number, line in lines]
    return [(number, [field.strip() for field in next(csv.reader([line], delimiter=delimiter))])
            for number, line in lines]


_MAY_UNDERFLOW = re.compile(r"[eE]-0*[0-9]{3}|\.0{300}")  # only such a cell can be too small for a float
_ALL_PLAIN = re.compile(f"(?:{PLAIN_NUMBER.pattern})(?:\x00(?:{PLAIN_NUMBER.pattern}))*")


def _number(text: str, line: int, column: int) -> float:
    value = read_plain_number(text)
    if value is None:
        raise CSVError(MSG_NOT_NUMBER.format(text=text), line, column)
    if not math.isfinite(value):
        raise CSVError(MSG_NOT_FINITE.format(text=text), line, column)
    if underflows(text, value):
        raise CSVError(MSG_UNDERFLOW.format(text=text), line, column)
    return value


def _columns(chosen: Sequence[int | str], header: list[str] | None, width: int) -> list[int]:
    result = []
    for column in [chosen] if isinstance(chosen, (str, numbers.Integral)) else chosen:
        if isinstance(column, str):
            if header is None or column not in header:
                known = ", ".join(header) if header else "unnamed (no header row; use indices)"
                raise CSVError(MSG_UNKNOWN_COLUMN.format(column=column, known=known))
            result.append(header.index(column))
        elif 0 <= operator.index(column) < width:
            result.append(operator.index(column))
        else:
            raise CSVError(MSG_BAD_INDEX.format(column=column, last=width - 1))
    return result


def _class_values(t: np.ndarray) -> np.ndarray | None:
    """Return the sorted class values in target column t, or None if it is not 2..8 classes."""
    values = np.unique(t)
    if np.isin(values, (0.0, 1.0)).all():
        values = np.array([0.0, 1.0])  # already the 2-class encoding, even if a class is absent
    if not 2 <= len(values) <= MAX_CLASSES or np.any(values != np.round(values)):
        return None
    return values


def _class_labels(V: np.ndarray, names: tuple[str, ...], lines: list[int],
                  columns: list[int]) -> tuple[np.ndarray, int, tuple[str, ...]]:
    """Return (labels, classes, target names) read from class targets V, or raise CSVError."""
    if V.shape[1] == 1:
        values = _class_values(V[:, 0])
        if values is None:
            fraction = np.flatnonzero(V[:, 0] != np.round(V[:, 0]))
            if fraction.size:
                i = fraction[0]
                raise CSVError(MSG_NOT_CLASS.format(value=float(V[i, 0])), lines[i], columns[0] + 1)
            raise CSVError(MSG_CLASS_COUNT.format(found=len(np.unique(V))))
        if len(values) > 2:
            names = tuple(f"{names[0]}={int(value)}" for value in values)
        return np.searchsorted(values, V[:, 0]), len(values), names
    classes = V.shape[1]  # several columns: one-hot rows, one column per class
    if classes > MAX_CLASSES:
        raise CSVError(MSG_CLASS_COUNT.format(found=classes))
    not_one_hot = np.flatnonzero(~np.isin(V, (0.0, 1.0)).all(axis=1) | (V.sum(axis=1) != 1))
    if not_one_hot.size:
        raise CSVError(MSG_NOT_ONE_HOT, lines[not_one_hot[0]])
    return V.argmax(axis=1), classes, names if classes > 2 else names[1:]  # 2: one 0/1 column


def save_csv(dataset: Dataset, path: str | os.PathLike) -> None:
    """Write `dataset` to `path` as CSV: a header, then one row per sample with repr-exact floats.

    Written atomically (atomic_file), so a failure never leaves a half-written file.
    """
    with atomic_open(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(dataset.input_names + dataset.target_names)
        rows = np.hstack([dataset.X, dataset.T]).tolist()
        writer.writerows([repr(value) for value in row] for row in rows)
