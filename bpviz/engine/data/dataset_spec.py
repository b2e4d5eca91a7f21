"""Data set descriptions in a saved document: a generator's settings, or a custom data set
stored with its points; checking one, building its Dataset, and writing one back.

A document's "dataset" is null, a generator's settings::

    {"name": "xor", "n": 200, "noise": 0.1, "seed": 0}

or a custom data set, points drawn or imported::

    {"name": "custom", "title": "my points", "kind": "classification",
     "classes": 2, "X": [[1.5, -2.0], ...], "T": [[1.0], ...]}

A custom data set's T encodes its labels as datasets.encode_labels does (one 0/1 column
for 2 classes, one-hot columns for more); X holds the raw points (1 or 2 numbers each),
before any features are computed.
"""

from __future__ import annotations

import inspect
import itertools
from typing import Any, NamedTuple

import numpy as np

from bpviz.engine.data.datasets import (
    GENERATORS,
    KINDS,
    MAX_CLASSES,
    MAX_POINTS,
    Dataset,
    decode_outputs,
    make_dataset,
)
from bpviz.engine.files.json_document import (
    MSG_MISSING,
    NetworkFormatError,
    check_finite_number,
    check_read_number,
    describe,
    is_number,
    is_whole_number,
    plain_number,
)

DATASET_NAMES = tuple(GENERATORS)  # "xor", "circles", ..., "curve", "plane"
CUSTOM_DATASET = "custom"  # the "name" of a data set stored with its points
CUSTOM_KEYS = ("name", "title", "kind", "classes", "X", "T")


def dataset_from_spec(spec: Any) -> Dataset:
    """Return the Dataset a data set description stands for: a generator's settings
    ({"name": "xor", "n": 200, ...}, made by make_dataset) or a custom data set with its
    points ({"name": "custom", "kind": ..., "X": ..., "T": ...}, labels decoded from T).

    The description is checked as a document's "dataset" is: a bad one raises
    NetworkFormatError naming the field (dataset.X[3][0], ...).
    """
    if spec is None:
        raise NetworkFormatError("expected an object, found null", "dataset")
    checked = check_dataset(spec)
    if checked.X is None:
        return make_dataset(**checked.spec)
    classes = checked.spec["classes"]
    name = checked.spec.get("title", "").strip() or CUSTOM_DATASET
    if checked.spec["kind"] == "regression":
        return Dataset(name, checked.X, checked.T, "regression")
    target_names = ("class",) if classes == 2 else tuple(f"class={j}" for j in range(classes))
    return Dataset(name, checked.X, checked.T, "classification", classes,
                   decode_outputs(checked.T, classes), target_names=target_names)


def custom_dataset_spec(dataset: Dataset, title: str = "") -> dict:
    """Return the custom data set description holding ``dataset``'s points, JSON-ready.

    Its floats are Python floats, which json writes with repr: they read back bit-exact.
    ``title`` is written only when not empty. Saving checks it (save_preset refuses, for
    instance, more than MAX_POINTS points, or points of more than 2 numbers).
    """
    if not isinstance(dataset, Dataset):
        raise TypeError(f"expected a Dataset, got {type(dataset).__name__}")
    if not isinstance(title, str):
        raise TypeError(f"the title must be text, got {type(title).__name__}")
    spec: dict[str, Any] = {"name": CUSTOM_DATASET}
    if title:
        spec["title"] = title
    spec.update(kind=dataset.kind, classes=int(dataset.classes), X=dataset.X.tolist(),
                T=dataset.T.tolist())
    return spec


class CheckedDataset(NamedTuple):
    """A checked data set description, the width of its points and targets, and (custom
    data sets only) its points as read-only float64 arrays."""

    spec: dict
    label: str  # how messages name it: "the xor data set"
    inputs: int
    outputs: int
    X: np.ndarray | None = None
    T: np.ndarray | None = None


def check_dataset(dataset: Any) -> CheckedDataset | None:
    """Return the checked data set description, or None: a generator that exists with
    settings it takes, or a custom data set with its points.
    """
    if dataset is None:
        return None
    if not isinstance(dataset, dict):
        raise NetworkFormatError(f"expected an object or null, found {describe(dataset)}",
                                 "dataset")
    if "name" not in dataset:
        raise NetworkFormatError(MSG_MISSING, "dataset.name")
    name = dataset["name"]
    if name == CUSTOM_DATASET:
        return _check_custom_dataset(dataset)
    if not isinstance(name, str) or name not in GENERATORS:
        raise NetworkFormatError(
            f"unknown data set {describe(name)}; allowed: "
            f"{', '.join((*GENERATORS, CUSTOM_DATASET))}", "dataset.name")
    settings = list(inspect.signature(GENERATORS[name]).parameters)  # n, noise, seed, ...
    for key in dataset:
        if key != "name" and key not in settings:
            raise NetworkFormatError(
                f"not a setting of the {name} data set; allowed: {', '.join(settings)}",
                f"dataset.{key}")
    n = dataset.get("n", 200)
    if not is_whole_number(n) or not 1 <= n <= MAX_POINTS:
        raise NetworkFormatError(
            f"expected a whole number of points from 1 to {MAX_POINTS}, found {describe(n)}",
            "dataset.n")
    noise = check_finite_number(dataset.get("noise", 0.1), "dataset.noise")
    if not 0 <= noise <= 1:
        raise NetworkFormatError(f"must be from 0 to 1, found {noise!r}", "dataset.noise")
    seed = dataset.get("seed", 0)
    if not is_whole_number(seed) or seed < 0:
        raise NetworkFormatError(f"expected a whole number >= 0, found {describe(seed)}",
                                 "dataset.seed")
    classes = dataset.get("classes", 2)
    if not is_whole_number(classes) or not 2 <= classes <= MAX_CLASSES:
        raise NetworkFormatError(
            f"expected a whole number from 2 to {MAX_CLASSES}, found {describe(classes)}",
            "dataset.classes")
    extra = {"classes": int(classes)} if "classes" in settings else {}
    try:
        sample = make_dataset(name, 1, 0.0, 0, **extra)  # one point: only its width matters
    except ValueError as e:  # a rule the generator knows and this reader does not
        raise NetworkFormatError(str(e), "dataset") from e
    return CheckedDataset(dict(dataset), f"the {name} data set", sample.X.shape[1],
                           sample.T.shape[1])


def _check_custom_dataset(dataset: dict) -> CheckedDataset:
    """Return a custom data set's description, normalised (X and T lists of float rows)."""
    for key in dataset:
        if key not in CUSTOM_KEYS:
            raise NetworkFormatError(
                f"not a field of a custom data set; allowed: {', '.join(CUSTOM_KEYS)}",
                f"dataset.{key}")
    spec: dict[str, Any] = {"name": CUSTOM_DATASET}
    if "title" in dataset:
        if not isinstance(dataset["title"], str):
            raise NetworkFormatError(f"expected text, found {describe(dataset['title'])}",
                                     "dataset.title")
        spec["title"] = dataset["title"]
    if "kind" not in dataset:
        raise NetworkFormatError(MSG_MISSING, "dataset.kind")
    kind = dataset["kind"]
    if not isinstance(kind, str) or kind not in KINDS:
        raise NetworkFormatError(f"unknown kind {describe(kind)}; allowed: {', '.join(KINDS)}",
                                 "dataset.kind")
    if kind == "classification":
        if "classes" not in dataset:
            raise NetworkFormatError(MSG_MISSING, "dataset.classes")
        classes = dataset["classes"]
        if not is_whole_number(classes) or not 2 <= classes <= MAX_CLASSES:
            raise NetworkFormatError(
                f"expected a whole number from 2 to {MAX_CLASSES}, found {describe(classes)}",
                "dataset.classes")
        width = 1 if classes == 2 else int(classes)
        t_widths: tuple[int, ...] | None = (width,)
        t_what = "the class label, 0 or 1" if classes == 2 else "one per class"
    else:
        classes = dataset.get("classes", 0)
        if not is_whole_number(classes) or classes != 0:
            raise NetworkFormatError(
                f"a regression data set has 0 classes, found {describe(classes)}",
                "dataset.classes")
        t_widths, t_what = None, "the targets"
    spec.update(kind=kind, classes=int(classes))
    for key in ("X", "T"):
        if key not in dataset:
            raise NetworkFormatError(MSG_MISSING, f"dataset.{key}")
    X = _check_rows(dataset["X"], "dataset.X", None, (1, 2), "x1, or x1 and x2")
    T = _check_rows(dataset["T"], "dataset.T", len(X), t_widths, t_what)
    if kind == "classification":
        if classes == 2:
            encodes = (T[:, 0] == 0) | (T[:, 0] == 1)
            rule = "the class label, 0 or 1"
        else:
            encodes = ((T == 0) | (T == 1)).all(axis=1) & (T.sum(axis=1) == 1)
            rule = "one-hot: a single 1, the rest 0"
        wrong = np.flatnonzero(~encodes)
        if len(wrong):
            k = int(wrong[0])
            raise NetworkFormatError(f"expected {rule}, found {T[k].tolist()}",
                                     f"dataset.T[{k}]")
    for a in (X, T):
        a.setflags(write=False)
    spec.update(X=X.tolist(), T=T.tolist())  # Python floats: they write back bit-exact
    return CheckedDataset(spec, "the custom data set", X.shape[1], T.shape[1], X, T)


_PLAIN_NUMBERS = {int, float}  # what JSON numbers parse to (bool is a subclass: not listed)


def _check_rows(rows: Any, field: str, n_rows: int | None, widths: tuple[int, ...] | None,
                what: str) -> np.ndarray:
    """Return the table ``rows`` as a float64 (n, width) array of finite numbers: n_rows
    rows (else 1 to MAX_POINTS), all as wide as the first, whose width is one of ``widths``
    (else at least 1).
    """
    if isinstance(rows, np.ndarray):
        rows = rows.tolist()
    if not isinstance(rows, list):
        raise NetworkFormatError(f"expected a list of rows, found {describe(rows)}", field)
    if n_rows is None and not 1 <= len(rows) <= MAX_POINTS:
        raise NetworkFormatError(
            f"expected 1 to {MAX_POINTS} rows (one per point), found {len(rows)}", field)
    if n_rows is not None and len(rows) != n_rows:
        raise NetworkFormatError(f"expected {n_rows} rows (one per point of X), found "
                                 f"{len(rows)}", field)
    width = len(rows[0]) if isinstance(rows[0], list) else None
    if width is not None and (width not in widths if widths else width < 1):
        allowed = " or ".join(map(str, widths)) if widths else "at least 1"
        plural = "" if allowed == "1" else "s"
        raise NetworkFormatError(f"expected {allowed} number{plural} ({what}), found {width}",
                                 f"{field}[0]")
    plain = (set(map(type, rows)) == {list} and set(map(len, rows)) == {width}
             and set(map(type, itertools.chain.from_iterable(rows))) <= _PLAIN_NUMBERS)
    for j, row in enumerate([] if plain else rows):  # only to name the first bad value
        if not isinstance(row, list):
            raise NetworkFormatError(f"expected a list of numbers, found {describe(row)}",
                                     f"{field}[{j}]")
        if len(row) != width:
            raise NetworkFormatError(
                f"expected {width} numbers (as many as in row 0), found {len(row)}",
                f"{field}[{j}]")
        if not all(type(v) in _PLAIN_NUMBERS for v in row):
            for i, v in enumerate(row):
                if not is_number(v):
                    raise NetworkFormatError(f"expected a number, found {describe(v)}",
                                             f"{field}[{j}][{i}]")
    try:
        table = np.array(rows, dtype=np.float64).reshape(len(rows), width)
    except OverflowError:  # an int too large for a float: find it to name it
        for j, row in enumerate(rows):
            for i, v in enumerate(row):
                check_read_number(v, f"{field}[{j}][{i}]")
        raise
    bad = np.argwhere(~np.isfinite(table))
    if len(bad):
        j, i = (int(k) for k in bad[0])
        check_read_number(rows[j][i], f"{field}[{j}][{i}]")
    return table


# --- writing ---------------------------------------------------------------------------


def dataset_document(spec: dict | None) -> dict | None:
    """Return a copy of a data set description to write: a custom one's rows as lists."""
    if spec is None:
        return None
    document = dict(spec)
    if document.get("name") == CUSTOM_DATASET:
        for key in ("X", "T"):
            rows = document.get(key)
            if isinstance(rows, np.ndarray):
                document[key] = rows.tolist()
            elif isinstance(rows, (list, tuple)):
                document[key] = [_plain_row(row) for row in rows]
    return document


def _plain_row(row: Any) -> Any:
    if isinstance(row, np.ndarray):
        return row.tolist()
    if isinstance(row, (list, tuple)):
        return [plain_number(v) for v in row]
    return row
