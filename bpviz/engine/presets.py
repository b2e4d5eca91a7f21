"""Presets and saved documents: a network, one example to step through, a learning rate,
the data set to train on and, optionally, the rest of a training lab.

A preset is a JSON file ``resources/presets/NAME.json``; a saved document is the same
format::

    {"format": "bpviz-preset", "version": 1, "name": "worked-example",
     "title": "...", "description": "...",
     "network": {... a network document, see network_file ...},
     "example": {"input": [0.05, 0.1], "target": [0.01, 0.99]},
     "lr": 0.5,
     "dataset": null}          # or {"name": "xor", "n": 200, "noise": 0.1, "seed": 0}

The keys below are optional (a file without them reads as the defaults, and they are
written only when they differ from the defaults), so version 1 files load unchanged::

     "dataset": {"name": "custom", "title": "my points", "kind": "classification",
                 "classes": 2, "X": [[1.5, -2.0], ...], "T": [[1.0], ...]},
                               # points drawn or imported, instead of a generator's settings
     "features": ["x1", "x2", "x1*x2"],     # input features of 2-D points (default null)
     "test_fraction": 0.2,                  # share of the points held out for testing
     "training": {"batch_size": 10, "l1": 0.0, "l2": 0.0, "epochs": null, "seed": 0},
     "history": [{"epoch": 1, "train_loss": 0.69, "test_loss": 0.7, "train_accuracy": 0.5,
                  "test_accuracy": 0.45, "grad_norms": [0.01, 0.1]}, ...]

A custom data set's T encodes its labels as datasets.encode_labels does (one 0/1 column
for 2 classes, one-hot columns for more); X holds the raw points (1 or 2 numbers each),
before any features are computed. The training settings are those of
training.TrainingSettings except the learning rate, which is the document's "lr".
"""

from __future__ import annotations

import inspect
import itertools
import math
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

import numpy as np

from .. import paths
from .datasets import (
    FEATURES,
    GENERATORS,
    KINDS,
    MAX_CLASSES,
    MAX_POINTS,
    Dataset,
    decode_outputs,
    make_dataset,
)
from .json_document import (
    MSG_MISSING,
    MSG_NON_FINITE,
    MSG_NOT_OBJECT,
    NetworkFormatError,
    check_finite_number,
    check_vector,
    describe,
    is_number,
    is_whole_number,
    read_json_document,
    write_json_document,
)
from .network_file import (
    PRESET_FORMAT,
    build_network,
    check_network_dict,
    migrate,
    network_from_dict,
    network_to_dict,
)

if TYPE_CHECKING:
    from .network import Network

PRESET_VERSION = 1
# PRESET_MIGRATIONS[v] turns a version-v preset into a version-(v + 1) one, exactly like
# network_file.MIGRATIONS (see the example there). There is only version 1 so far.
PRESET_MIGRATIONS: dict[int, Callable[[dict], dict]] = {}

FIRST_PRESET = "worked-example"  # listed first: it is where a lesson starts
DATASET_NAMES = tuple(GENERATORS)  # "xor", "circles", ..., "curve", "plane"
CUSTOM_DATASET = "custom"  # the "name" of a data set stored with its points
CUSTOM_KEYS = ("name", "title", "kind", "classes", "X", "T")

DEFAULT_TEST_FRACTION = 0.2
MAX_TEST_FRACTION = 0.9  # as Dataset.split allows
MAX_HISTORY = 10_000  # as training.MAX_HISTORY: a Trainer never keeps more epochs
# training.TrainingSettings' defaults, without its learning rate (the document's "lr").
TRAINING_DEFAULTS: dict[str, Any] = {"batch_size": 10, "l1": 0.0, "l2": 0.0, "epochs": None,
                                     "seed": 0}
HISTORY_KEYS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                "grad_norms")

MSG_NOT_PRESET = "expected {expected!r}, found {found}; this is not a bpviz preset file"
MSG_UNKNOWN_PRESET = "unknown preset {name!r}; available presets: {available}"


@dataclass(frozen=True, eq=False)  # eq would compare arrays element-wise, and fail
class Preset:
    """A network with one example (input, target), a learning rate and a data set; and,
    for a saved training lab, its input features, test split, training settings and the
    history of the epochs trained so far (all optional: a plain preset has the defaults).
    """

    name: str
    title: str
    description: str
    network: Network  # mutable: load_preset builds a fresh one on every call
    input: np.ndarray  # (sizes[0],), read-only
    target: np.ndarray  # (sizes[L],), read-only
    lr: float
    # {"name": "xor", "n": 200, "noise": 0.1, "seed": 0}, a custom data set
    # {"name": "custom", "kind": ..., "classes": ..., "X": [[...]], "T": [[...]]}, or None;
    # dataset_from_spec(dataset) builds the Dataset
    dataset: dict | None
    features: tuple[str, ...] | None = None  # names from datasets.FEATURES, or raw inputs
    test_fraction: float = DEFAULT_TEST_FRACTION
    training: dict | None = None  # {"batch_size", "l1", "l2", "epochs", "seed"}, or None
    history: tuple[dict, ...] = ()  # per-epoch records, HISTORY_KEYS each, oldest first

    def __repr__(self) -> str:
        return f"Preset(name={self.name!r}, sizes={self.network.sizes}, lr={self.lr})"


def preset_names() -> list[str]:
    """Return the names of the presets in the presets folder, worked-example first."""
    names = sorted(p.stem for p in paths.PRESETS.glob("*.json"))
    return sorted(names, key=lambda name: name != FIRST_PRESET)  # stable: rest stay sorted


def load_preset(name_or_path: str | os.PathLike) -> Preset:
    """Return the preset called ``name_or_path`` (a name from preset_names(), or a file).

    Every call builds a new Network. An unknown name raises ValueError listing the
    available names; bad content raises NetworkFormatError naming the field.
    """
    text = os.fspath(name_or_path)
    looks_like_path = (isinstance(name_or_path, os.PathLike) or text.endswith(".json")
                       or "/" in text or os.sep in text)
    if looks_like_path:
        path = name_or_path
    else:
        names = preset_names()
        if text not in names:
            raise ValueError(MSG_UNKNOWN_PRESET.format(
                name=text, available=", ".join(names) or "(none)"))
        path = paths.PRESETS / f"{text}.json"
    return preset_from_dict(read_json_document(path))


def load_document(path: str | os.PathLike) -> Preset:
    """Return what a file holds as a Preset: a saved document, or a bare network file.

    A bare network gets an example of zeros and learning rate 0.5, so it can be stepped.
    """
    d = read_json_document(path)
    if isinstance(d, dict) and d.get("format") == PRESET_FORMAT:
        return preset_from_dict(d)
    net = network_from_dict(d)
    name = os.path.splitext(os.path.basename(os.fspath(path)))[0]
    return Preset(name=name, title=name, description="", network=net,
                  input=np.zeros(net.sizes[0]), target=np.zeros(net.sizes[-1]), lr=0.5, dataset=None)


def preset_from_dict(d: Any) -> Preset:
    """Return the Preset described by ``d``, refused unless all of it is valid."""
    spec = _check_preset_dict(d)
    return Preset(
        name=spec["name"], title=spec["title"], description=spec["description"],
        network=build_network(spec["network"], "network."),
        input=spec["input"], target=spec["target"], lr=spec["lr"], dataset=spec["dataset"],
        features=spec["features"], test_fraction=spec["test_fraction"],
        training=spec["training"], history=spec["history"])


def preset_to_dict(preset: Preset) -> dict:
    """Return the JSON-ready document of ``preset``; the optional keys only when they are
    not their defaults (so a plain preset's document is what it always was).
    """
    document = {
        "format": PRESET_FORMAT,
        "version": PRESET_VERSION,
        "name": preset.name,
        "title": preset.title,
        "description": preset.description,
        "network": network_to_dict(preset.network),
        "example": {"input": preset.input.tolist(), "target": preset.target.tolist()},
        "lr": float(preset.lr),
        "dataset": _dataset_document(preset.dataset),
    }
    if preset.features is not None:
        document["features"] = list(preset.features)
    if preset.test_fraction != DEFAULT_TEST_FRACTION:
        document["test_fraction"] = _plain_number(preset.test_fraction)
    if preset.training is not None:
        document["training"] = {k: _plain_number(v) for k, v in preset.training.items()}
    if preset.history:
        document["history"] = [_record_document(r) for r in preset.history]
    return document


def dataset_from_spec(spec: Any) -> Dataset:
    """Return the Dataset a data set description stands for: a generator's settings
    ({"name": "xor", "n": 200, ...}, made by make_dataset) or a custom data set with its
    points ({"name": "custom", "kind": ..., "X": ..., "T": ...}, labels decoded from T).

    The description is checked as a document's "dataset" is: a bad one raises
    NetworkFormatError naming the field (dataset.X[3][0], ...).
    """
    if spec is None:
        raise NetworkFormatError("expected an object, found null", "dataset")
    checked = _check_dataset(spec)
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


def save_preset(preset: Preset, path: str | os.PathLike) -> None:
    """Write ``preset`` to ``path``, atomically; refuse (NetworkFormatError) what would not load."""
    document = preset_to_dict(preset)
    _check_preset_dict(document)  # never write a file that load_preset would refuse
    write_json_document(path, document)


def preset_network_document(d: dict) -> Any:
    """Return the network document inside the preset document ``d`` (migrated first)."""
    if not isinstance(d, dict):
        raise NetworkFormatError(MSG_NOT_OBJECT.format(found=describe(d)))
    if d.get("format") != PRESET_FORMAT:
        found = describe(d["format"]) if "format" in d else "nothing"
        raise NetworkFormatError(MSG_NOT_PRESET.format(expected=PRESET_FORMAT, found=found),
                                 "format")
    d = migrate(d, "version", PRESET_VERSION, PRESET_MIGRATIONS)
    if "network" not in d:
        raise NetworkFormatError(MSG_MISSING, "network")
    return d["network"]


def _check_preset_dict(d: Any) -> dict:
    """Return the checked contents of a preset document; allocate no Network."""
    network = check_network_dict(preset_network_document(d), "network.")
    d = migrate(d, "version", PRESET_VERSION, PRESET_MIGRATIONS)  # checked just above
    sizes, loss = network["sizes"], network["loss"]

    name = _check_text(d, "name", required=True)
    title = _check_text(d, "title", required=True)
    description = _check_text(d, "description", required=False)

    example = d.get("example", None)
    if not isinstance(example, dict):
        problem = MSG_MISSING if "example" not in d else (
            f"expected an object with input and target, found {describe(example)}")
        raise NetworkFormatError(problem, "example")
    for key in ("input", "target"):
        if key not in example:
            raise NetworkFormatError(MSG_MISSING, f"example.{key}")
    x = check_vector(example["input"], sizes[0], "example.input", "one per input neuron")
    t = check_vector(example["target"], sizes[-1], "example.target", "one per output neuron")
    if loss == "cross_entropy":
        outside = np.flatnonzero((t < 0) | (t > 1))
        if len(outside):
            k = outside[0]
            raise NetworkFormatError(
                f"cross_entropy needs targets between 0 and 1, found {float(t[k])!r}",
                f"example.target[{k}]")
    x.setflags(write=False)
    t.setflags(write=False)

    if "lr" not in d:
        raise NetworkFormatError(MSG_MISSING, "lr")
    lr = check_finite_number(d["lr"], "lr")
    if lr < 0:
        raise NetworkFormatError(f"the learning rate must be 0 or more, found {d['lr']!r}", "lr")

    history = _check_history(d.get("history"), len(sizes) - 1)
    dataset = _check_dataset(d.get("dataset"))
    features = _check_features(d.get("features"), dataset)
    _check_fit(sizes, dataset, features)
    return {"name": name, "title": title, "description": description, "network": network,
            "input": x, "target": t, "lr": lr,
            "dataset": None if dataset is None else dataset.spec, "features": features,
            "test_fraction": _check_test_fraction(d.get("test_fraction", DEFAULT_TEST_FRACTION)),
            "training": _check_training(d.get("training")), "history": history}


def _check_text(d: dict, key: str, required: bool) -> str:
    """Return ``d[key]`` if it is a string (non-empty when required); "" if optional and absent."""
    if key not in d:
        if required:
            raise NetworkFormatError(MSG_MISSING, key)
        return ""
    value = d[key]
    if not isinstance(value, str):
        raise NetworkFormatError(f"expected text, found {describe(value)}", key)
    if required and not value.strip():
        raise NetworkFormatError("must not be empty", key)
    return value


class _CheckedDataset(NamedTuple):
    """A checked data set description, the width of its points and targets, and (custom
    data sets only) its points as read-only float64 arrays."""

    spec: dict
    label: str  # how messages name it: "the xor data set"
    inputs: int
    outputs: int
    X: np.ndarray | None = None
    T: np.ndarray | None = None


def _check_dataset(dataset: Any) -> _CheckedDataset | None:
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
    return _CheckedDataset(dict(dataset), f"the {name} data set", sample.X.shape[1],
                           sample.T.shape[1])


def _check_custom_dataset(dataset: dict) -> _CheckedDataset:
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
    return _CheckedDataset(spec, "the custom data set", X.shape[1], T.shape[1], X, T)


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
                _check_finite(v, f"{field}[{j}][{i}]")
        raise
    bad = np.argwhere(~np.isfinite(table))
    if len(bad):
        j, i = (int(k) for k in bad[0])
        _check_finite(rows[j][i], f"{field}[{j}][{i}]")
    return table


def _check_features(features: Any, dataset: _CheckedDataset | None) -> tuple[str, ...] | None:
    """Return the input feature names, or None for the raw inputs."""
    if features is None:
        return None
    allowed = ", ".join(FEATURES)
    if not isinstance(features, (list, tuple)):
        raise NetworkFormatError(
            f"expected a list of feature names or null, found {describe(features)}", "features")
    if not features:
        raise NetworkFormatError(f"choose at least one feature; allowed: {allowed}", "features")
    for k, name in enumerate(features):
        if not isinstance(name, str) or name not in FEATURES:
            raise NetworkFormatError(f"unknown feature {describe(name)}; allowed: {allowed}",
                                     f"features[{k}]")
        if name in features[:k]:
            raise NetworkFormatError(f"{name!r} is listed twice", f"features[{k}]")
    if dataset is not None and dataset.inputs != 2:
        raise NetworkFormatError(
            f"computed from 2-D points (x1, x2), but {dataset.label} has "
            f"{dataset.inputs} input", "features")
    return tuple(features)


def _check_fit(sizes: list[int], dataset: _CheckedDataset | None,
               features: tuple[str, ...] | None) -> None:
    """Refuse a network whose inputs do not take the features (else the data set's raw
    inputs) or whose outputs do not match the data set's targets."""
    if features is not None and sizes[0] != len(features):
        raise NetworkFormatError(
            f"{len(features)} features need a network with {len(features)} inputs, but "
            f"network.sizes[0] is {sizes[0]}", "features")
    if dataset is None:
        return
    checks = [("outputs", dataset.outputs, len(sizes) - 1)]
    if features is None:
        checks.insert(0, ("inputs", dataset.inputs, 0))
    for what, width, layer in checks:
        if sizes[layer] != width:
            raise NetworkFormatError(
                f"{dataset.label} needs a network with {width} {what}, but "
                f"network.sizes[{layer}] is {sizes[layer]}", "dataset")


def _check_test_fraction(value: Any) -> float:
    fraction = _check_finite(value, "test_fraction")
    if not 0 <= fraction <= MAX_TEST_FRACTION:
        raise NetworkFormatError(f"must be from 0 to {MAX_TEST_FRACTION}, found {describe(value)}",
                                 "test_fraction")
    return fraction


def _check_training(training: Any) -> dict | None:
    """Return the training settings with every key (absent ones take TRAINING_DEFAULTS)."""
    if training is None:
        return None
    if not isinstance(training, dict):
        raise NetworkFormatError(f"expected an object or null, found {describe(training)}",
                                 "training")
    for key in training:
        if key not in TRAINING_DEFAULTS:
            why = "the learning rate is the document's lr" if key == "lr" else (
                "not a training setting")
            raise NetworkFormatError(f"{why}; allowed: {', '.join(TRAINING_DEFAULTS)}",
                                     f"training.{key}")
    settings = {**TRAINING_DEFAULTS, **training}
    for key in ("l1", "l2"):
        settings[key] = _check_finite(settings[key], f"training.{key}")
        if settings[key] < 0:
            raise NetworkFormatError(f"expected a number ≥ 0, found {describe(training[key])}",
                                     f"training.{key}")
    settings["batch_size"] = _check_whole(settings["batch_size"], "training.batch_size", 1)
    if settings["epochs"] is not None:
        settings["epochs"] = _check_whole(settings["epochs"], "training.epochs", 1,
                                          " or null (until stopped)")
    settings["seed"] = _check_whole(settings["seed"], "training.seed", 0)
    return {key: settings[key] for key in TRAINING_DEFAULTS}


def _check_history(history: Any, L: int) -> tuple[dict, ...]:
    """Return the per-epoch records, each with every key of HISTORY_KEYS, epochs rising."""
    if history is None:
        return ()
    if not isinstance(history, list):
        raise NetworkFormatError(f"expected a list of epochs, found {describe(history)}",
                                 "history")
    if len(history) > MAX_HISTORY:  # before reading a single record
        raise NetworkFormatError(
            f"at most {MAX_HISTORY} epochs are kept, found {len(history)}", "history")
    records = []
    previous = 0
    for k, record in enumerate(history):
        field = f"history[{k}]"
        if not isinstance(record, dict):
            raise NetworkFormatError(
                f"expected an object {{epoch, train_loss, ...}}, found {describe(record)}",
                field)
        for key in record:
            if key not in HISTORY_KEYS:
                raise NetworkFormatError(
                    f"not a field of an epoch; allowed: {', '.join(HISTORY_KEYS)}",
                    f"{field}.{key}")
        for key in ("epoch", "train_loss", "grad_norms"):
            if key not in record:
                raise NetworkFormatError(MSG_MISSING, f"{field}.{key}")
        epoch = _check_whole(record["epoch"], f"{field}.epoch", previous + 1,
                             " (epochs rise from one record to the next)" if k else "")
        previous = epoch
        checked = {"epoch": epoch,
                   "train_loss": _check_finite(record["train_loss"], f"{field}.train_loss")}
        for key in ("test_loss", "train_accuracy", "test_accuracy"):
            value = record.get(key)
            if value is not None:
                value = _check_finite(value, f"{field}.{key}")
                if key.endswith("accuracy") and not 0 <= value <= 1:
                    raise NetworkFormatError(f"must be from 0 to 1, found {describe(record[key])}",
                                             f"{field}.{key}")
            checked[key] = value
        norms = record["grad_norms"]
        if not isinstance(norms, list) or len(norms) != L:
            found = f"{len(norms)}" if isinstance(norms, list) else describe(norms)
            raise NetworkFormatError(
                f"expected {L} numbers (one per weighted layer), found {found}",
                f"{field}.grad_norms")
        checked["grad_norms"] = [_check_finite(v, f"{field}.grad_norms[{l}]")
                                 for l, v in enumerate(norms)]
        for l, v in enumerate(checked["grad_norms"]):
            if v < 0:
                raise NetworkFormatError(f"expected a number ≥ 0, found {v!r}",
                                         f"{field}.grad_norms[{l}]")
        records.append(checked)
    return tuple(records)


def _check_finite(value: Any, field: str) -> float:
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


def _check_whole(value: Any, field: str, minimum: int, also: str = "") -> int:
    if not is_whole_number(value) or value < minimum:
        raise NetworkFormatError(
            f"expected a whole number ≥ {minimum}{also}, found {describe(value)}", field)
    return int(value)


# --- writing ---------------------------------------------------------------------------


def _dataset_document(spec: dict | None) -> dict | None:
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
        return [_plain_number(v) for v in row]
    return row


def _plain_number(value: Any) -> Any:
    """Return a numpy number as the Python one (what json writes); anything else as is."""
    return value.item() if isinstance(value, np.generic) else value


def _record_document(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    document = {k: _plain_number(v) for k, v in record.items()}
    if isinstance(record.get("grad_norms"), (list, tuple, np.ndarray)):
        document["grad_norms"] = [_plain_number(v) for v in record["grad_norms"]]
    return document
