"""The training-lab parts of a saved document, beyond its network and example: the input
features, the test split, the training settings and the history of the epochs trained.

Every key is optional (a file without them reads as the defaults, and they are written
only when they differ from the defaults), so version 1 presets load unchanged::

     "features": ["x1", "x2", "x1*x2"],     # input features of 2-D points (default null)
     "test_fraction": 0.2,                  # share of the points held out for testing
     "training": {"batch_size": 10, "l1": 0.0, "l2": 0.0, "epochs": null, "seed": 0,
                  "stop_accuracy": null, "stop_loss": null},
     "history": [{"epoch": 1, "train_loss": 0.69, "test_loss": 0.7, "train_accuracy": 0.5,
                  "test_accuracy": 0.45, "grad_norms": [0.01, 0.1]}, ...]

The training settings are those of training.TrainingSettings except the learning rate,
which is the document's "lr". The data set itself is checked by dataset_spec.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from bpviz.engine.limits import MAX_EPOCHS, MAX_PENALTY, MAX_POINTS, MAX_SEED
from bpviz.engine.files.step_document import MAX_STEP_NUMBER
from bpviz.engine.data.dataset_spec import CheckedDataset, check_dataset
from bpviz.engine.data.datasets import FEATURES
from bpviz.engine.files.json_document import (
    MSG_MISSING,
    NetworkFormatError,
    check_read_number,
    describe,
    is_whole_number,
    plain_number,
)

DEFAULT_TEST_FRACTION = 0.2
MAX_TEST_FRACTION = 0.9  # as Dataset.split allows
MAX_HISTORY = 10_000  # as training.MAX_HISTORY: a Trainer never keeps more epochs
# training.TrainingSettings' defaults, without its learning rate (the document's "lr").
TRAINING_DEFAULTS: dict[str, Any] = {"batch_size": 10, "l1": 0.0, "l2": 0.0, "epochs": None,
                                     "seed": 0, "stop_accuracy": None, "stop_loss": None}
OPTIONAL_TRAINING = ("stop_accuracy", "stop_loss")
HISTORY_KEYS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                "grad_norms", "low", "high")  # low, high: a thinned record's span (optional)


def check_lab_parts(d: dict, sizes: list[int]) -> dict:
    """Return the checked data set, features, test split, training settings and history of
    the document ``d``, whose network has layer sizes ``sizes``; refuse a data set or
    features the network cannot take (NetworkFormatError naming the field).
    """
    history = _check_history(d.get("history"), len(sizes) - 1)
    dataset = check_dataset(d.get("dataset"))
    features = _check_features(d.get("features"), dataset)
    _check_fit(sizes, dataset, features)
    return {"dataset": None if dataset is None else dataset.spec, "features": features,
            "test_fraction": _check_test_fraction(d.get("test_fraction", DEFAULT_TEST_FRACTION)),
            "training": _check_training(d.get("training")), "history": history}


def lab_parts_document(features: tuple[str, ...] | None, test_fraction: float,
                       training: dict | None, history: tuple[dict, ...]) -> dict:
    """Return the JSON-ready lab keys of a document, only those not at their defaults."""
    document: dict[str, Any] = {}
    if features is not None:
        document["features"] = list(features)
    if test_fraction != DEFAULT_TEST_FRACTION:
        document["test_fraction"] = plain_number(test_fraction)
    if training is not None:
        # A stop target is written only when set: files without one read as they always did.
        document["training"] = {k: plain_number(v) for k, v in training.items()
                                if v is not None or k not in OPTIONAL_TRAINING}
    if history:
        document["history"] = [_record_document(r) for r in history]
    return document


def _check_features(features: Any, dataset: CheckedDataset | None) -> tuple[str, ...] | None:
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


def _check_fit(sizes: list[int], dataset: CheckedDataset | None,
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
    fraction = check_read_number(value, "test_fraction")
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
        settings[key] = check_read_number(settings[key], f"training.{key}")
        if settings[key] < 0:
            raise NetworkFormatError(f"expected a number ≥ 0, found {describe(training[key])}",
                                     f"training.{key}")
        if settings[key] > MAX_PENALTY:
            raise NetworkFormatError(f"expected at most {MAX_PENALTY:g}, found {describe(training[key])}",
                                     f"training.{key}")
    settings["batch_size"] = _check_whole(settings["batch_size"], "training.batch_size", 1, MAX_POINTS)
    if settings["epochs"] is not None:
        settings["epochs"] = _check_whole(settings["epochs"], "training.epochs", 1, MAX_EPOCHS,
                                          " or null (until stopped)")
    settings["seed"] = _check_whole(settings["seed"], "training.seed", 0, MAX_SEED)
    if settings["stop_accuracy"] is not None:
        settings["stop_accuracy"] = check_read_number(settings["stop_accuracy"], "training.stop_accuracy")
        if not 0 < settings["stop_accuracy"] <= 1:
            raise NetworkFormatError(f"expected a fraction greater than 0 and at most 1, or null, found "
                                     f"{describe(training['stop_accuracy'])}", "training.stop_accuracy")
    if settings["stop_loss"] is not None:
        settings["stop_loss"] = check_read_number(settings["stop_loss"], "training.stop_loss")
        if settings["stop_loss"] < 0:
            raise NetworkFormatError(f"expected a number ≥ 0, or null, found {describe(training['stop_loss'])}",
                                     "training.stop_loss")
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
        epoch = _check_whole(record["epoch"], f"{field}.epoch", previous + 1, MAX_STEP_NUMBER,
                             " (epochs rise from one record to the next)" if k else "")
        previous = epoch
        checked = {"epoch": epoch,
                   "train_loss": check_read_number(record["train_loss"], f"{field}.train_loss")}
        for key in ("test_loss", "train_accuracy", "test_accuracy"):
            value = record.get(key)
            if value is not None:
                value = check_read_number(value, f"{field}.{key}")
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
        checked["grad_norms"] = [check_read_number(v, f"{field}.grad_norms[{l}]")
                                 for l, v in enumerate(norms)]
        for l, v in enumerate(checked["grad_norms"]):
            if v < 0:
                raise NetworkFormatError(f"expected a number ≥ 0, found {v!r}",
                                         f"{field}.grad_norms[{l}]")
        if (record.get("low") is None) != (record.get("high") is None):
            raise NetworkFormatError("low and high go together", f"{field}.{'high' if record.get('low') else 'low'}")
        for key in ("low", "high"):  # the least and greatest measures of the epochs it stands for
            if record.get(key) is not None:
                span = record[key]
                if not isinstance(span, list) or len(span) != 4 + L:
                    raise NetworkFormatError(f"expected {4 + L} numbers or nulls (the losses, the accuracies, "
                                             f"the gradient norms), found {describe(span)}", f"{field}.{key}")
                checked[key] = [None if v is None else check_read_number(v, f"{field}.{key}[{n}]")
                                for n, v in enumerate(span)]
        records.append(checked)
    return tuple(records)


def _check_whole(value: Any, field: str, minimum: int, maximum: int, also: str = "") -> int:
    if not is_whole_number(value) or value < minimum:
        raise NetworkFormatError(
            f"expected a whole number ≥ {minimum}{also}, found {describe(value)}", field)
    if value > maximum:
        raise NetworkFormatError(f"expected at most {maximum:,}{also}, found {describe(value)}", field)
    return int(value)


def _record_document(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    document = {k: plain_number(v) for k, v in record.items()}
    for key in ("grad_norms", "low", "high"):
        if isinstance(record.get(key), (list, tuple, np.ndarray)):
            document[key] = [plain_number(v) for v in record[key]]
    return document
