"""Data sets: the points a network learns from, generated or read from CSV.

The 2-D generators follow TensorFlow Playground: points lie in about [-6, 6]² and `noise`
(0 = clean, 0.5 = very noisy) jitters them. Class targets: two classes -> one 0/1 column
(one sigmoid output); more classes -> one-hot columns (softmax).
"""

from __future__ import annotations

import csv
import math
import numbers
import operator
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

RADIUS = 6.0  # 2-D points lie roughly in [-RADIUS, RADIUS]²
MAX_POINTS = 100_000
MAX_CLASSES = 8
KINDS = ("classification", "regression")


@dataclass(frozen=True, eq=False)
class Dataset:
    """Inputs X (n, d) and targets T (n, k), one sample per row; the arrays are read-only."""

    name: str
    X: np.ndarray
    T: np.ndarray
    kind: str
    classes: int = 0
    labels: np.ndarray | None = None
    input_names: tuple[str, ...] = ()
    target_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        X, T = np.array(self.X, dtype=np.float64), np.array(self.T, dtype=np.float64)
        if X.ndim != 2 or T.ndim != 2 or len(X) != len(T):
            raise ValueError(f"X and T need one row per sample, got {X.shape} and {T.shape}")
        if not (np.isfinite(X).all() and np.isfinite(T).all()):
            raise ValueError("X and T must hold finite numbers (no NaN or infinity)")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        labels = None
        if self.kind == "classification":
            labels = np.array([] if self.labels is None else self.labels, dtype=np.int64)
            expected = encode_labels(labels, self.classes)  # also checks labels and classes
            if len(labels) != len(X) or not np.array_equal(expected, T):
                raise ValueError("T must encode labels: one 0/1 column for 2 classes, else one-hot")
        elif self.classes != 0 or self.labels is not None:
            raise ValueError("a regression data set has classes=0 and labels=None")
        names = (tuple(self.input_names) or _names("x", X.shape[1]),
                 tuple(self.target_names) or _names("t", T.shape[1]))
        if (len(names[0]), len(names[1])) != (X.shape[1], T.shape[1]):
            raise ValueError(f"need {X.shape[1]} input and {T.shape[1]} target names, "
                             f"got {len(names[0])} and {len(names[1])}")
        for field, value in zip(("X", "T", "labels", "input_names", "target_names"),
                                (X, T, labels, *names)):
            if isinstance(value, np.ndarray):
                value.setflags(write=False)
            object.__setattr__(self, field, value)

    def __len__(self) -> int:
        """Return the number of samples n."""
        return len(self.X)

    def __repr__(self) -> str:
        what = f"{self.classes} classes" if self.kind == "classification" else "regression"
        return f"Dataset({self.name!r}, n={len(self)}, d={self.X.shape[1]}, {what})"

    def split(self, test_fraction: float, seed: int) -> tuple[Dataset, Dataset]:
        """Return (train, test), shuffled by `seed`; test has round(test_fraction · n) samples."""
        if not 0.0 <= test_fraction <= 0.9:
            raise ValueError(f"test_fraction must be in [0, 0.9], got {test_fraction!r}")
        order = np.random.default_rng(seed).permutation(len(self))
        n_test = int(round(test_fraction * len(self)))
        return (self._take(order[n_test:], f"{self.name} (train)"),
                self._take(order[:n_test], f"{self.name} (test)"))

    def with_points(self, X_new: np.ndarray, T_new: np.ndarray) -> Dataset:
        """Return a new Dataset with the rows X_new (m, d) and T_new (m, k) appended."""
        X_new = np.atleast_2d(np.asarray(X_new, dtype=np.float64))
        T_new = np.asarray(T_new, dtype=np.float64).reshape(len(X_new), -1)
        if X_new.shape[1] != self.X.shape[1] or T_new.shape[1] != self.T.shape[1]:
            raise ValueError(f"new points need {self.X.shape[1]} inputs and {self.T.shape[1]} "
                             f"targets each, got shapes {X_new.shape} and {T_new.shape}")
        labels = None
        if self.kind == "classification":
            labels = np.concatenate([self.labels, decode_outputs(T_new, self.classes)])
        return replace(self, X=np.vstack([self.X, X_new]), T=np.vstack([self.T, T_new]),
                       labels=labels)

    def without_points(self, indices: Sequence[int]) -> Dataset:
        """Return a new Dataset without the rows at the given 0-based indices."""
        rows = np.asarray(indices, dtype=np.int64).ravel()
        if rows.size and (rows.min() < 0 or rows.max() >= len(self)):
            raise ValueError(f"indices must be in 0..{len(self) - 1}, got {rows.tolist()}")
        keep = np.ones(len(self), dtype=bool)
        keep[rows] = False
        return self._take(np.flatnonzero(keep), self.name)

    def _take(self, rows: np.ndarray, name: str) -> Dataset:
        labels = None if self.labels is None else self.labels[rows]
        return replace(self, name=name, X=self.X[rows], T=self.T[rows], labels=labels)


def _names(prefix: str, count: int) -> tuple[str, ...]:
    one_target = prefix == "t" and count == 1
    return ("t",) if one_target else tuple(f"{prefix}{i + 1}" for i in range(count))


def _check_classes(classes: int) -> None:
    if isinstance(classes, bool) or not isinstance(classes, numbers.Integral) \
            or not 2 <= classes <= MAX_CLASSES:
        raise ValueError(f"classes must be a whole number in 2..{MAX_CLASSES}, got {classes!r}")


def encode_labels(labels: np.ndarray, classes: int) -> np.ndarray:
    """Return the targets T: shape (n, 1) for 2 classes, else (n, classes).

    t = label for 2 classes;  t_j = 1 if j == label else 0 for more.
    """
    _check_classes(classes)
    labels = np.asarray(labels)
    whole = labels.astype(np.int64)
    if labels.ndim != 1 or not np.array_equal(whole, labels) \
            or (whole.size and not 0 <= whole.min() <= whole.max() < classes):
        raise ValueError(f"labels must be a 1-D array of whole numbers in 0..{classes - 1}")
    return whole[:, None].astype(np.float64) if classes == 2 else np.eye(classes)[whole]


def decode_outputs(Y: np.ndarray, classes: int) -> np.ndarray:
    """Return the class label of each row of outputs Y.

    label = 1 if y ≥ 0.5 else 0 for one column;  label = argmax_j y_j otherwise.
    """
    _check_classes(classes)
    Y = np.asarray(Y, dtype=np.float64)
    width = 1 if classes == 2 else classes
    if Y.ndim != 2 or Y.shape[1] != width:
        raise ValueError(f"outputs for {classes} classes need shape (n, {width}), got {Y.shape}")
    if classes == 2:
        return (Y[:, 0] >= 0.5).astype(np.int64)
    return Y.argmax(axis=1).astype(np.int64)


# ---- generators: (n, noise, seed) -> Dataset, reproducible from seed ------------------------

def _start(n: int, noise: float, seed: int,
           classes: int = 2) -> tuple[np.random.Generator, np.ndarray]:
    """Return (rng, labels) after checking the arguments; labels are balanced and shuffled."""
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or not 1 <= n <= MAX_POINTS:
        raise ValueError(f"n must be a whole number in 1..{MAX_POINTS}, got {n!r}")
    if isinstance(noise, bool) or not isinstance(noise, numbers.Real) or not 0 <= noise <= 1:
        raise ValueError(f"noise must be a number in [0, 1], got {noise!r}")
    _check_classes(classes)
    rng = np.random.default_rng(seed)
    return rng, rng.permutation(np.arange(n) % classes)  # class counts differ by at most 1


def _on_circle(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    return radius[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])


def _classified(name: str, X: np.ndarray, labels: np.ndarray, classes: int,
                rng: np.random.Generator, noise: float) -> Dataset:
    X = X + rng.normal(0.0, noise * RADIUS / 2, X.shape)  # noise 0.5 -> jitter of std 1.5
    target_names = ("class",) if classes == 2 else tuple(f"class={j}" for j in range(classes))
    return Dataset(name, X, encode_labels(labels, classes), "classification", classes, labels,
                   ("x1", "x2"), target_names)


def xor(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Return the XOR set: class 1 where exactly one of x1, x2 is positive.

    label = 1 if x1·x2 < 0 else 0 (before jitter); points keep 0.3 away from the axes.
    """
    rng, labels = _start(n, noise, seed)
    sign_1 = rng.choice([-1.0, 1.0], n)
    sign_2 = np.where(labels == 1, -sign_1, sign_1)
    X = rng.uniform(0.3, RADIUS - 0.5, (n, 2)) * np.column_stack([sign_1, sign_2])
    return _classified("xor", X, labels, 2, rng, noise)


def circles(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Return an inner disc (class 1) inside an outer ring (class 0).

    r < 2.5 for class 1;  3.5 < r < 5 for class 0.
    """
    rng, labels = _start(n, noise, seed)
    radius = np.where(labels == 1, rng.uniform(0.0, 2.5, n), rng.uniform(3.5, 5.0, n))
    X = _on_circle(radius, rng.uniform(0.0, 2 * np.pi, n))
    return _classified("circles", X, labels, 2, rng, noise)


def gaussians(n: int = 200, noise: float = 0.1, seed: int = 0, classes: int = 2) -> Dataset:
    """Return one Gaussian blob (std 0.7) per class, centres evenly spaced on a circle.

    centre = 4 (cos a, sin a),  a = 2π·label / classes + π/4.
    """
    rng, labels = _start(n, noise, seed, classes)
    centres = _on_circle(np.full(n, 4.0), 2 * np.pi * labels / classes + np.pi / 4)
    X = centres + rng.normal(0.0, 0.7, (n, 2))
    return _classified("gaussians", X, labels, classes, rng, noise)


def spiral(n: int = 200, noise: float = 0.1, seed: int = 0, classes: int = 2) -> Dataset:
    """Return interleaved spiral arms, one per class.

    r = 5 s,  angle = 3.5π s + 2π·label / classes,  s uniform in [0, 1].
    """
    rng, labels = _start(n, noise, seed, classes)
    s = rng.uniform(0.0, 1.0, n)  # how far along its arm a point lies
    X = _on_circle(5.0 * s, 3.5 * np.pi * s + 2 * np.pi * labels / classes)
    return _classified("spiral", X, labels, classes, rng, noise)


def moons(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Return two interleaving half-moons, class 0 arching up and class 1 arching down.

    (cos a, sin a) for class 0;  (1 − cos a, 0.5 − sin a) for class 1;  a in [0, π].
    """
    rng, labels = _start(n, noise, seed)
    a = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(a), np.sin(a)])
    lower = np.column_stack([1 - np.cos(a), 0.5 - np.sin(a)])
    X = (np.where(labels[:, None] == 0, upper, lower) - [0.5, 0.25]) * 4.0  # x1 in [-6, 6]
    return _classified("moons", X, labels, 2, rng, noise)


def curve(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Return 1-D regression data, x in [-6, 6].

    t = sin(x) + ε,  ε Gaussian with std noise / 2.
    """
    rng, _ = _start(n, noise, seed)
    x = rng.uniform(-RADIUS, RADIUS, n)
    t = np.sin(x) + rng.normal(0.0, noise / 2, n)
    return Dataset("curve", x[:, None], t[:, None], "regression", 0, None, ("x1",), ("t",))


def plane(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Return 2-D regression data on a tilted plane, t in about [-1, 1].

    t = (2 x1 − x2) / 18 + ε,  ε Gaussian with std noise / 2.
    """
    rng, _ = _start(n, noise, seed)
    X = rng.uniform(-RADIUS, RADIUS, (n, 2))
    t = (2 * X[:, 0] - X[:, 1]) / 18 + rng.normal(0.0, noise / 2, n)
    return Dataset("plane", X, t[:, None], "regression", 0, None, ("x1", "x2"), ("t",))


GENERATORS: dict[str, Callable[..., Dataset]] = {
    "xor": xor, "circles": circles, "gaussians": gaussians, "spiral": spiral,
    "moons": moons, "curve": curve, "plane": plane,
}


def make_dataset(name: str, n: int = 200, noise: float = 0.1, seed: int = 0,
                 **kw: int) -> Dataset:
    """Return the data set made by the generator called `name` (a key of GENERATORS)."""
    if name not in GENERATORS:
        raise ValueError(f"unknown data set {name!r}; allowed: {', '.join(GENERATORS)}")
    return GENERATORS[name](n, noise, seed, **kw)


# ---- input features, computed from 2-D points -----------------------------------------------

FEATURES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "x1": lambda X: X[:, 0],
    "x2": lambda X: X[:, 1],
    "x1^2": lambda X: X[:, 0] ** 2,
    "x2^2": lambda X: X[:, 1] ** 2,
    "x1*x2": lambda X: X[:, 0] * X[:, 1],
    "sin x1": lambda X: np.sin(X[:, 0]),
    "sin x2": lambda X: np.sin(X[:, 1]),
}


def expand_features(X: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Return the named feature columns (n, len(names)) of 2-D points X (n, 2), in that order."""
    X = np.asarray(X, dtype=np.float64)
    names = (names,) if isinstance(names, str) else tuple(names)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"features are computed from points of shape (n, 2), got {X.shape}")
    if not names or any(name not in FEATURES for name in names):
        raise ValueError(f"features must be one or more of: {', '.join(FEATURES)}; "
                         f"got {list(names)}")
    return np.column_stack([FEATURES[name](X) for name in names])


# ---- CSV ------------------------------------------------------------------------------------

# Messages declared once, so that the window, the status bar and the command line agree.
MSG_NO_ROWS = "the file holds no data rows"
MSG_NOT_UTF8 = "byte 0x{byte:02x} is not UTF-8 text; save the file as UTF-8"
MSG_NOT_NUMBER = "{text!r} is not a number"
MSG_NOT_FINITE = "{text!r} is not a finite number"
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
    data = Path(path).read_bytes()
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
    header = None if all(_float(field) is not None for field in rows[0][1]) else rows[0][1]
    data = rows if header is None else rows[1:]
    if not data:
        raise CSVError(MSG_NO_ROWS)
    targets = ([width - 1] if target_columns is None
               else _columns(target_columns, header, width))
    inputs = ([j for j in range(width) if j not in targets] if input_columns is None
              else _columns(input_columns, header, width))
    for j in inputs:
        if j in targets:
            raise CSVError(MSG_BOTH.format(column=j + 1))
    if not inputs or not targets:
        raise CSVError(MSG_NONE_CHOSEN)
    values = np.empty((len(data), len(inputs) + len(targets)))
    for i, (number, fields) in enumerate(data):  # report the first problem in file order
        if len(fields) != width:
            raise CSVError(MSG_RAGGED.format(expected=width, found=len(fields)), number)
        for j, column in enumerate(inputs + targets):
            values[i, j] = _number(fields[column], number, column + 1)
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


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Return (line number, fields) for each line that is neither blank nor a '#' comment."""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [(number, line) for number, line in enumerate(lines, 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise CSVError(MSG_NO_ROWS)
    delimiter = max([",", ";", "\t"], key=lines[0][1].count)  # a tie goes to ','
    return [(number, [field.strip() for field in next(csv.reader([line], delimiter=delimiter))])
            for number, line in lines]


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _number(text: str, line: int, column: int) -> float:
    value = _float(text)
    if value is None:
        raise CSVError(MSG_NOT_NUMBER.format(text=text), line, column)
    if not math.isfinite(value):
        raise CSVError(MSG_NOT_FINITE.format(text=text), line, column)
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

    The file is written beside `path` under a temporary name and then moved over it, so a
    failure never leaves a half-written file.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8", newline="") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(dataset.input_names + dataset.target_names)
            rows = np.hstack([dataset.X, dataset.T]).tolist()
            writer.writerows([repr(value) for value in row] for row in rows)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
