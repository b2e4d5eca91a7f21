"""Presets: every shipped preset loads and runs its example; bad presets name the field."""

from __future__ import annotations

import copy
import json
import os

import numpy as np
import pytest

from bpviz import paths
from bpviz.engine import network as network_module
from bpviz.engine.datasets import GENERATORS, make_dataset
from bpviz.engine.json_document import NetworkFormatError
from bpviz.engine.network import Network
from bpviz.engine.network_file import load_network, network_to_dict
from bpviz.engine.presets import (
    DATASET_NAMES,
    FIRST_PRESET,
    Preset,
    load_preset,
    preset_from_dict,
    preset_names,
    preset_to_dict,
    save_preset,
)

SHIPPED = ["worked-example", "circles", "regression", "spiral", "xor"]


@pytest.fixture
def worked_doc() -> dict:
    """The worked-example preset document, as parsed from its file."""
    return json.loads((paths.PRESETS / "worked-example.json").read_text(encoding="utf-8"))


@pytest.fixture
def presets_folder(tmp_path, monkeypatch):
    """An empty presets folder in place of resources/presets."""
    folder = tmp_path / "presets"
    folder.mkdir()
    monkeypatch.setattr(paths, "PRESETS", folder)
    return folder


# -- the shipped presets ---------------------------------------------------------------------


def test_preset_names_lists_the_folder_worked_example_first():
    names = preset_names()
    assert names[0] == FIRST_PRESET == "worked-example"
    assert names[1:] == sorted(names[1:])
    assert set(SHIPPED) <= set(names)


def test_preset_names_sorts_whatever_is_in_the_folder(presets_folder):
    for name in ("b", "worked-example", "a"):
        (presets_folder / f"{name}.json").write_text("{}", encoding="utf-8")
    (presets_folder / "notes.txt").write_text("", encoding="utf-8")
    assert preset_names() == ["worked-example", "a", "b"]


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_loads_and_its_network_accepts_its_example(name):
    preset = load_preset(name)
    net = preset.network
    assert preset.name == name
    assert preset.title.strip() and preset.description.strip()
    assert preset.input.shape == (net.sizes[0],)
    assert preset.target.shape == (net.sizes[-1],)
    assert not preset.input.flags.writeable and not preset.target.flags.writeable
    assert np.isfinite(preset.lr) and preset.lr > 0
    assert preset.dataset is None or preset.dataset["name"] in DATASET_NAMES
    trace = net.step(preset.input, preset.target, lr=preset.lr)
    assert trace.x[net.L].shape == (1, net.sizes[-1])
    assert np.isfinite(trace.loss)


@pytest.mark.parametrize("name, sizes, activations, loss, dataset, lr", [
    ("xor", [2, 4, 1], ["tanh", "sigmoid"], "cross_entropy", "xor", 0.1),
    ("circles", [2, 4, 4, 1], ["tanh", "tanh", "sigmoid"], "cross_entropy", "circles", None),
    ("spiral", [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "cross_entropy", "spiral", 0.03),
    ("regression", [1, 8, 1], ["tanh", "linear"], "mse", "curve", None),
])
def test_the_data_set_presets_have_their_documented_shape(name, sizes, activations, loss,
                                                         dataset, lr):
    preset = load_preset(name)
    assert preset.network.sizes == sizes
    assert preset.network.activations[1:] == activations
    assert preset.network.loss == loss
    assert preset.dataset["name"] == dataset
    if lr is not None:
        assert preset.lr == lr
    if loss == "cross_entropy":  # xor, circles and spiral points lie in [-6, 6]²
        assert np.all(np.abs(preset.input) <= 6) and np.any(np.abs(preset.input) >= 1)


@pytest.mark.parametrize("name", ["xor", "circles", "spiral", "regression"])
def test_the_example_is_a_point_of_the_data_set(name):
    preset = load_preset(name)
    data = make_dataset(**{**preset.dataset, "n": 4000, "noise": 0.0})
    nearest = np.argmin(((data.X - preset.input) ** 2).sum(axis=1))
    assert np.sqrt(((data.X[nearest] - preset.input) ** 2).sum()) < 0.3
    assert data.T[nearest] == pytest.approx(preset.target, abs=0.05)


def test_worked_example_has_exactly_the_hand_worked_numbers():
    preset = load_preset("worked-example")
    net = preset.network
    assert net.sizes == [2, 2, 2]
    assert net.activations == [None, "sigmoid", "sigmoid"]
    assert net.loss == "mse"
    assert net.W[1].tolist() == [[0.15, 0.20], [0.25, 0.30]]  # w1 w2 / w3 w4
    assert net.W[2].tolist() == [[0.40, 0.45], [0.50, 0.55]]  # w5 w6 / w7 w8
    assert net.b[1].tolist() == [0.35, 0.35]
    assert net.b[2].tolist() == [0.60, 0.60]
    assert preset.input.tolist() == [0.05, 0.10]
    assert preset.target.tolist() == [0.01, 0.99]
    assert preset.lr == 0.5
    assert preset.dataset is None


def test_worked_example_reproduces_the_numbers_printed_on_paper():
    preset = load_preset("worked-example")
    net = preset.network
    trace = net.step(preset.input, preset.target, lr=preset.lr)
    assert trace.x[1][0, 0] == pytest.approx(0.593269992, abs=1e-9)  # out_h1
    assert trace.x[2][0, 0] == pytest.approx(0.75136507, abs=1e-8)  # out_o1
    assert trace.loss == pytest.approx(0.298371109, abs=1e-9)  # E_total
    assert net.W[2][0, 0] == pytest.approx(0.35891648, abs=1e-8)  # w5 after the update
    assert net.W[1][0, 0] == pytest.approx(0.149780716, abs=1e-9)  # w1 after the update


def test_every_load_builds_a_fresh_network():
    first = load_preset("worked-example")
    first.network.W[1][0, 0] = 99.0
    assert load_preset("worked-example").network.W[1][0, 0] == 0.15


def test_an_unknown_name_lists_the_available_presets():
    with pytest.raises(ValueError) as e:
        load_preset("xorr")
    assert not isinstance(e.value, NetworkFormatError)
    assert "'xorr'" in str(e.value)
    for name in SHIPPED:
        assert name in str(e.value)


def test_an_unknown_name_in_an_empty_folder_says_so(presets_folder):
    with pytest.raises(ValueError, match=r"\(none\)"):
        load_preset("xor")


def test_a_preset_loads_from_a_path_too(tmp_path):
    path = paths.PRESETS / "xor.json"
    assert load_preset(path).network.sizes == [2, 4, 1]
    assert load_preset(str(path)).network.sizes == [2, 4, 1]
    with pytest.raises(FileNotFoundError):
        load_preset(tmp_path / "missing.json")


def test_load_network_reads_a_presets_network():
    net = load_network(paths.PRESETS / "spiral.json")
    assert net.sizes == [2, 8, 8, 1]


# -- saving ----------------------------------------------------------------------------------


def test_save_then_load_is_bit_exact(tmp_path):
    preset = load_preset("spiral")
    preset.network.b[2][3] = 1 / 3
    path = tmp_path / "mine.json"
    save_preset(preset, path)
    again = load_preset(path)
    assert preset_to_dict(again) == preset_to_dict(preset)
    for l in range(1, preset.network.L + 1):
        assert again.network.W[l].tobytes() == preset.network.W[l].tobytes()
        assert again.network.b[l].tobytes() == preset.network.b[l].tobytes()
    assert (again.name, again.title, again.description) == (
        preset.name, preset.title, preset.description)
    assert again.input.tobytes() == preset.input.tobytes()
    assert (again.lr, again.dataset) == (preset.lr, preset.dataset)


@pytest.mark.parametrize("name", preset_names())
def test_saving_a_shipped_preset_writes_the_same_document(tmp_path, name):
    save_preset(load_preset(name), tmp_path / f"{name}.json")
    shipped = json.loads((paths.PRESETS / f"{name}.json").read_text(encoding="utf-8"))
    assert json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8")) == shipped


def test_a_failed_save_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "mine.json"
    save_preset(load_preset("xor"), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_preset(load_preset("circles"), path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["mine.json"]


def test_a_preset_that_would_not_load_is_not_saved(tmp_path):
    good = load_preset("xor")
    bad = Preset(good.name, good.title, good.description, good.network, good.input,
                 good.target, -0.1, good.dataset)
    with pytest.raises(NetworkFormatError) as e:
        save_preset(bad, tmp_path / "bad.json")
    assert e.value.field == "lr"
    assert os.listdir(tmp_path) == []


# -- damaged presets -------------------------------------------------------------------------


def set_path(path, value):
    """Return a function that sets d[path[0]][path[1]]... = value (DELETE removes it)."""

    def apply(d):
        node = d
        for key in path[:-1]:
            node = node[key]
        if value is DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value
        return d

    return apply


DELETE = object()
XOR = {"name": "xor", "n": 200, "noise": 0.1, "seed": 0}

CORPUS = [
    ("format-wrong", set_path(["format"], "bpviz-network"), "format", "not a bpviz preset"),
    ("version-newer", set_path(["version"], 2), "version", "newer bpviz"),
    ("name-missing", set_path(["name"], DELETE), "name", "missing"),
    ("title-missing", set_path(["title"], DELETE), "title", "missing"),
    ("title-number", set_path(["title"], 3), "title", "text"),
    ("title-blank", set_path(["title"], "  "), "title", "empty"),
    ("description-list", set_path(["description"], ["a"]), "description", "text"),
    ("network-missing", set_path(["network"], DELETE), "network", "missing"),
    ("network-list", set_path(["network"], []), "network", "JSON object"),
    ("network-activation", set_path(["network", "activations", 0], "sigmod"),
     "network.activations[0]", "sigmod"),
    ("network-rows", set_path(["network", "weights", 1], [[0.4, 0.45]]), "network.weights[1]",
     "expected 2 rows"),
    ("network-newer", set_path(["network", "version"], 9), "network.version", "newer bpviz"),
    ("example-missing", set_path(["example"], DELETE), "example", "missing"),
    ("example-list", set_path(["example"], [0.05, 0.1]), "example", "input and target"),
    ("input-missing", set_path(["example", "input"], DELETE), "example.input", "missing"),
    ("input-short", set_path(["example", "input"], [0.05]), "example.input",
     "expected 2 numbers"),
    ("input-text", set_path(["example", "input", 1], "0.1"), "example.input[1]", "'0.1'"),
    ("target-long", set_path(["example", "target"], [0.01, 0.99, 0.5]), "example.target",
     "expected 2 numbers"),
    ("target-bool", set_path(["example", "target", 0], True), "example.target[0]", "true"),
    ("lr-missing", set_path(["lr"], DELETE), "lr", "missing"),
    ("lr-zero", set_path(["lr"], 0), "lr", "above 0"),
    ("lr-negative", set_path(["lr"], -0.5), "lr", "above 0"),
    ("lr-text", set_path(["lr"], "0.5"), "lr", "'0.5'"),
    ("lr-bool", set_path(["lr"], True), "lr", "true"),
    ("dataset-text", set_path(["dataset"], "xor"), "dataset", "object or null"),
    ("dataset-unknown", set_path(["dataset"], {**XOR, "name": "mnist"}), "dataset.name",
     "'mnist'"),
    ("dataset-no-name", set_path(["dataset"], {"n": 200}), "dataset.name", "missing"),
    ("dataset-typo", set_path(["dataset"], {**XOR, "nosie": 0.1}), "dataset.nosie",
     "not a setting"),
    ("dataset-classes-for-xor", set_path(["dataset"], {**XOR, "classes": 3}),
     "dataset.classes", "not a setting of the xor"),
    ("dataset-classes-one", set_path(["dataset"], {**XOR, "name": "spiral", "classes": 1}),
     "dataset.classes", "from 2 to 8"),
    ("dataset-n-zero", set_path(["dataset"], {**XOR, "n": 0}), "dataset.n", "whole number"),
    ("dataset-n-float", set_path(["dataset"], {**XOR, "n": 200.5}), "dataset.n", "200.5"),
    ("dataset-n-huge", set_path(["dataset"], {**XOR, "n": 10**6}), "dataset.n", "100000"),
    ("dataset-noise-negative", set_path(["dataset"], {**XOR, "noise": -1}), "dataset.noise",
     "from 0 to 1"),
    ("dataset-noise-big", set_path(["dataset"], {**XOR, "noise": 5}), "dataset.noise",
     "from 0 to 1"),
    ("dataset-seed", set_path(["dataset"], {**XOR, "seed": "0"}), "dataset.seed", "'0'"),
    # the worked example is 2-2-2: two outputs cannot learn xor's one 0/1 column
    ("dataset-outputs", set_path(["dataset"], XOR), "dataset", "1 outputs"),
    ("dataset-inputs", set_path(["dataset"], {"name": "curve"}), "dataset", "1 inputs"),
]


@pytest.mark.parametrize("change, field, words", [c[1:] for c in CORPUS],
                         ids=[c[0] for c in CORPUS])
def test_a_damaged_preset_is_refused_naming_the_field(worked_doc, tmp_path, monkeypatch,
                                                      change, field, words):
    monkeypatch.setattr(network_module, "Network", None)  # nothing may be built
    damaged = change(copy.deepcopy(worked_doc))
    with pytest.raises(NetworkFormatError) as e:
        preset_from_dict(damaged)
    assert e.value.field == field
    assert str(e.value).startswith(f"{field}: ")
    assert words in str(e.value)
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(damaged), encoding="utf-8")
    with pytest.raises(NetworkFormatError) as e_file:
        load_preset(path)
    assert str(e_file.value) == str(e.value)


def test_cross_entropy_targets_must_lie_between_0_and_1(tmp_path):
    d = preset_to_dict(load_preset("xor"))
    d["example"]["target"] = [2.0]
    with pytest.raises(NetworkFormatError) as e:
        preset_from_dict(d)
    assert e.value.field == "example.target[0]"


def test_a_nan_in_a_preset_file_names_the_field(worked_doc, tmp_path):
    worked_doc["lr"] = "@NAN@"
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(worked_doc).replace('"@NAN@"', "NaN"), encoding="utf-8")
    with pytest.raises(NetworkFormatError) as e:
        load_preset(path)
    assert e.value.field == "lr"
    assert "NaN" in str(e.value)


def test_a_data_set_with_more_classes_fits_a_softmax_network():
    d = preset_to_dict(load_preset("spiral"))
    d["network"] = network_to_dict(Network([2, 8, 3], ["tanh", "softmax"], "cross_entropy"))
    d["example"]["target"] = [0.0, 1.0, 0.0]
    d["dataset"]["classes"] = 3
    assert preset_from_dict(d).dataset["classes"] == 3
    d["dataset"]["classes"] = 4
    with pytest.raises(NetworkFormatError, match="4 outputs") as e:
        preset_from_dict(d)
    assert e.value.field == "dataset"


def test_the_data_set_names_are_the_generators():
    assert DATASET_NAMES == tuple(GENERATORS)
    assert set(DATASET_NAMES) == {"xor", "circles", "gaussians", "spiral", "moons", "curve",
                                  "plane"}


def test_a_null_dataset_and_missing_description_are_allowed(worked_doc):
    del worked_doc["description"]
    worked_doc["dataset"] = None
    preset = preset_from_dict(worked_doc)
    assert preset.description == ""
    assert preset.dataset is None
