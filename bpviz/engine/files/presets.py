"""Presets and saved documents: a network, one example to step through, a learning rate,
the data set to train on and, optionally, the rest of a training lab.

A preset is a JSON file ``bpviz/resources/presets/NAME.json``; a saved document is the same
format::

    {"format": "bpviz-preset", "version": 1, "name": "worked-example",
     "title": "...", "description": "...",
     "network": {... a network document, see network_file ...},
     "example": {"input": [0.05, 0.1], "target": [0.01, 0.99]},
     "lr": 0.5,
     "dataset": null}          # or {"name": "xor", "n": 200, "noise": 0.1, "seed": 0}

The data set may also be a custom one stored with its points (see dataset_spec), and the
optional keys "features", "test_fraction", "training" and "history" hold the rest of a
training lab (see lab_document), and "step" where the step-through was (see step_document);
version 1 files without them load unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from bpviz.engine.files import paths
from bpviz.engine.data.dataset_spec import dataset_document
from bpviz.engine.limits import MAX_BATCH, MAX_LR
from bpviz.engine.files.json_document import (
    MSG_MISSING,
    NetworkFormatError,
    check_finite_number,
    check_rows,
    describe,
    read_json_document,
    write_json_document,
)
from bpviz.engine.files.lab_document import DEFAULT_TEST_FRACTION, check_lab_parts, lab_parts_document
from bpviz.engine.files.step_document import check_step_part, step_part_document
from bpviz.engine.files.network_file import build_network, network_from_dict
from bpviz.engine.files.network_format import (
    PRESET_FORMAT,
    PRESET_MIGRATIONS,
    PRESET_VERSION,
    check_network_dict,
    migrate,
    network_to_dict,
    preset_network_document,
)

if TYPE_CHECKING:
    from bpviz.engine.nn.network import Network


FIRST_PRESET = "worked-example"  # listed first: it is where a lesson starts

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
    input: np.ndarray  # (sizes[0],), or (B, sizes[0]) for a batch of B samples; read-only
    target: np.ndarray  # (sizes[L],), or (B, sizes[L]); read-only
    lr: float
    # {"name": "xor", "n": 200, "noise": 0.1, "seed": 0}, a custom data set
    # {"name": "custom", "kind": ..., "classes": ..., "X": [[...]], "T": [[...]]}, or None;
    # dataset_spec.dataset_from_spec(dataset) builds the Dataset
    dataset: dict | None
    features: tuple[str, ...] | None = None  # names from datasets.FEATURES, or raw inputs
    test_fraction: float = DEFAULT_TEST_FRACTION
    training: dict | None = None  # {"batch_size", "l1", "l2", "epochs", "seed"}, or None
    history: tuple[dict, ...] = ()  # per-epoch records, HISTORY_KEYS each, oldest first
    step: dict | None = None  # where the step-through was: {"number", "position", "losses", "focus"}

    @classmethod
    def of_network(cls, net: "Network", name: str, title: str = "", lr: float = 0.5) -> "Preset":
        """Return a preset of `net` alone: an example of zeros, so that it can be stepped, and α = `lr`."""
        return cls(name=name, title=title, description="", network=net, input=np.zeros(net.sizes[0]),
                   target=np.zeros(net.sizes[-1]), lr=float(lr), dataset=None)

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
    return Preset.of_network(net, name, title=name)


def preset_from_dict(d: Any) -> Preset:
    """Return the Preset described by ``d``, refused unless all of it is valid."""
    spec = _check_preset_dict(d)
    return Preset(
        name=spec["name"], title=spec["title"], description=spec["description"],
        network=build_network(spec["network"], "network."),
        input=spec["input"], target=spec["target"], lr=spec["lr"], dataset=spec["dataset"],
        features=spec["features"], test_fraction=spec["test_fraction"],
        training=spec["training"], history=spec["history"], step=spec["step"])


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
        "dataset": dataset_document(preset.dataset),
    }
    document.update(lab_parts_document(preset.features, preset.test_fraction,
                                       preset.training, preset.history))
    document.update(step_part_document(preset.step))
    return document


def save_preset(preset: Preset, path: str | os.PathLike) -> None:
    """Write ``preset`` to ``path``, atomically; refuse (NetworkFormatError) what would not load."""
    document = preset_to_dict(preset)
    _check_preset_dict(document)  # never write a file that load_preset would refuse
    write_json_document(path, document)


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
    # One sample, or a batch: a list of samples (the step-through steps on all of them).
    x = check_rows(example["input"], sizes[0], "example.input", "one per input neuron", MAX_BATCH)
    t = check_rows(example["target"], sizes[-1], "example.target", "one per output neuron", MAX_BATCH)
    if x.shape[:-1] != t.shape[:-1]:
        raise NetworkFormatError(f"expected a target for each of the {len(x) if x.ndim == 2 else 1} "
                                 f"inputs, found {len(t) if t.ndim == 2 else 1}", "example.target")
    if loss == "cross_entropy":
        outside = np.argwhere((t < 0) | (t > 1))
        if len(outside):
            where = tuple(outside[0])
            raise NetworkFormatError(
                f"cross_entropy needs targets between 0 and 1, found {float(t[where])!r}",
                "example.target" + "".join(f"[{k}]" for k in where))
    x.setflags(write=False)
    t.setflags(write=False)

    if "lr" not in d:
        raise NetworkFormatError(MSG_MISSING, "lr")
    lr = check_finite_number(d["lr"], "lr")
    if lr < 0:
        raise NetworkFormatError(f"the learning rate must be 0 or more, found {d['lr']!r}", "lr")
    if lr > MAX_LR:
        raise NetworkFormatError(f"the learning rate must be at most {MAX_LR:g}, found {d['lr']!r}", "lr")

    return {"name": name, "title": title, "description": description, "network": network,
            "input": x, "target": t, "lr": lr, **check_lab_parts(d, sizes), "step": check_step_part(d, sizes)}


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
