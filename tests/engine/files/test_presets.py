"""Presets: every shipped preset loads and runs its example; bad presets name the field."""

from __future__ import annotations

import copy
import json
import os

import numpy as np
import pytest

from bpviz.engine.files import paths
from bpviz.engine.nn import network as network_module
from bpviz.engine.training import training as training_module
from bpviz.engine.data.datasets import (
    GENERATORS,
    MAX_POINTS,
    Dataset,
    decode_outputs,
    encode_labels,
    expand_features,
    make_dataset,
)
from bpviz.engine.files.json_document import NetworkFormatError
from bpviz.engine.nn.network import Network
from bpviz.engine.files.network_file import load_network, network_to_dict
from bpviz.engine.data.dataset_spec import CUSTOM_DATASET, DATASET_NAMES, custom_dataset_spec, dataset_from_spec
from bpviz.engine.files.lab_document import DEFAULT_TEST_FRACTION, MAX_HISTORY, TRAINING_DEFAULTS
from bpviz.engine.files.presets import (
    FIRST_PRESET,
    Preset,
    load_preset,
    preset_from_dict,
    preset_names,
    preset_to_dict,
    save_preset,
)
from bpviz.engine.nn.plane import class_map, output_map
from bpviz.engine.training.training import Trainer, TrainingSettings

from tests.engine.conftest import DELETE, assert_refused_naming, set_path

SHIPPED = ["worked-example", "circles", "regression", "spiral", "xor"]


@pytest.fixture
def worked_doc() -> dict:
    """The worked-example preset document, as parsed from its file."""
    return json.loads((paths.PRESETS / "worked-example.json").read_text(encoding="utf-8"))


@pytest.fixture
def presets_folder(tmp_path, monkeypatch):
    """An empty presets folder in place of bpviz/resources/presets."""
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
    ("lr-negative", set_path(["lr"], -0.5), "lr", "0 or more"),
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
    assert_refused_naming(damaged, preset_from_dict, load_preset, tmp_path, field, words)


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


# -- a whole training lab in a document ------------------------------------------------------

FEATURES_USED = ("x1", "x2", "x1*x2")
NEW_KEYS = ("features", "test_fraction", "training", "history")
# Floats whose decimal text is easy to get wrong: they must come back bit for bit.
AWKWARD = [1 / 3, 0.1, -0.0, 5e-324, 2.5e-17, -5.999999999999999, 2 / 3 * 1e-5]


def drawn_points(classes: int, n: int = 40) -> Dataset:
    """Points a person drew: labelled by quadrant (2 classes) or by angle sector (more)."""
    rng = np.random.default_rng(classes)
    X = rng.uniform(-6, 6, (n, 2))
    X[:len(AWKWARD), 0] = AWKWARD
    if classes == 2:
        labels = (X[:, 0] * X[:, 1] < 0).astype(int)
    else:
        angle = np.arctan2(X[:, 1], X[:, 0]) % (2 * np.pi)
        labels = np.minimum((angle / (2 * np.pi) * classes).astype(int), classes - 1)
    return Dataset("drawn", X, encode_labels(labels, classes), "classification", classes,
                   labels)


def with_features(data: Dataset, features) -> Dataset:
    return Dataset(data.name, expand_features(data.X, features), data.T, data.kind,
                   data.classes, data.labels, tuple(features), data.target_names)


def lab_preset(classes: int) -> tuple[Preset, Dataset, Trainer]:
    """A trained lab: drawn points, features, test split, settings and its history."""
    data = drawn_points(classes)
    outputs, last = (1, "sigmoid") if classes == 2 else (classes, "softmax")
    net = Network([len(FEATURES_USED), 5, outputs], ["tanh", last], "cross_entropy", seed=1)
    training = {"batch_size": 8, "l1": 0.0, "l2": 1e-3, "epochs": 4, "seed": 7}
    settings = TrainingSettings(lr=0.1, **training)
    train, test = data.split(0.25, settings.seed)
    trainer = Trainer(net, with_features(train, FEATURES_USED),
                      with_features(test, FEATURES_USED), settings)
    trainer.run()
    history = tuple({"epoch": s.epoch, "train_loss": s.train_loss, "test_loss": s.test_loss,
                     "train_accuracy": s.train_accuracy, "test_accuracy": s.test_accuracy,
                     "grad_norms": list(s.grad_norms)} for s in trainer.history)
    example = expand_features(data.X[:1], FEATURES_USED)[0]
    preset = Preset("lab", "My lab", "points I drew", net, example, data.T[0], settings.lr,
                    custom_dataset_spec(data, "drawn by hand"), FEATURES_USED, 0.25, training,
                    history)
    return preset, data, trainer


@pytest.fixture(scope="module")
def lab_docs() -> dict:
    return {classes: preset_to_dict(lab_preset(classes)[0]) for classes in (2, 3)}


@pytest.fixture
def lab_doc(lab_docs) -> dict:
    """The document of a trained 2-class lab (3 features, 4 epochs of history)."""
    return copy.deepcopy(lab_docs[2])


def exact(value) -> str:
    """Return ``value`` as JSON text: equal texts mean bit-equal floats (-0.0 included)."""
    return json.dumps(value, allow_nan=True)


@pytest.mark.parametrize("classes", [2, 3])
def test_a_whole_lab_round_trips_bit_exact(tmp_path, classes):
    preset, data, trainer = lab_preset(classes)
    path = tmp_path / "lab.json"
    save_preset(preset, path)
    again = load_preset(path)

    assert exact(preset_to_dict(again)) == exact(preset_to_dict(preset))
    save_preset(again, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()
    assert again.features == FEATURES_USED
    assert again.test_fraction == 0.25
    assert again.training == {"batch_size": 8, "l1": 0.0, "l2": 1e-3, "epochs": 4, "seed": 7,
                              "stop_accuracy": None, "stop_loss": None}
    assert len(again.history) == 4
    assert exact(again.history) == exact(preset.history)
    assert again.dataset["name"] == CUSTOM_DATASET
    assert again.dataset["title"] == "drawn by hand"

    points = dataset_from_spec(again.dataset)
    assert points.X.tobytes() == data.X.tobytes()
    assert points.T.tobytes() == data.T.tobytes()
    assert points.labels.tolist() == data.labels.tolist()
    assert (points.kind, points.classes, points.name) == ("classification", classes,
                                                          "drawn by hand")
    assert np.signbit(points.X[2, 0])  # -0.0 stays -0.0

    # ... and it reopens to the same picture: the maps, and the last epoch's numbers.
    for l in range(1, preset.network.L + 1):
        assert again.network.W[l].tobytes() == preset.network.W[l].tobytes()
    for draw in (class_map, output_map):
        assert (draw(again.network, 40, features=again.features).tobytes()
                == draw(preset.network, 40, features=preset.features).tobytes())
    train, _ = points.split(again.test_fraction, again.training["seed"])
    Y = again.network.predict(with_features(train, again.features).X)
    accuracy = float(np.mean(decode_outputs(Y, classes) == train.labels))
    assert accuracy == again.history[-1]["train_accuracy"] == trainer.history[-1].train_accuracy
    settings = TrainingSettings(lr=again.lr, **again.training)
    assert (settings.batch_size, settings.l2, settings.epochs) == (8, 1e-3, 4)


def test_the_saved_lab_reads_as_documented(lab_doc):
    assert lab_doc["features"] == list(FEATURES_USED)
    assert lab_doc["test_fraction"] == 0.25
    assert list(lab_doc["training"]) == ["batch_size", "l1", "l2", "epochs", "seed"]
    assert list(lab_doc["history"][0]) == ["epoch", "train_loss", "test_loss",
                                           "train_accuracy", "test_accuracy", "grad_norms"]
    assert [r["epoch"] for r in lab_doc["history"]] == [1, 2, 3, 4]
    assert list(lab_doc["dataset"]) == ["name", "title", "kind", "classes", "X", "T"]
    assert lab_doc["dataset"]["T"][0] in ([0.0], [1.0])


def test_a_regression_data_set_round_trips_bit_exact(tmp_path):
    X = np.array([[v] for v in AWKWARD] + [[1.7976931348623157e308], [-2.2250738585072014e-308]])
    T = np.column_stack([np.arange(len(X)) / 7, -X[:, 0] / 3])
    data = Dataset("typed in", X, T, "regression")
    spec = custom_dataset_spec(data)
    assert spec == {"name": "custom", "kind": "regression", "classes": 0, "X": X.tolist(),
                    "T": T.tolist()}
    net = Network([1, 3, 2], ["tanh", "linear"], "mse")
    preset = Preset("r", "R", "", net, np.zeros(1), np.zeros(2), 0.01, spec)
    save_preset(preset, tmp_path / "r.json")
    again = dataset_from_spec(load_preset(tmp_path / "r.json").dataset)
    assert again.X.tobytes() == X.tobytes() and again.T.tobytes() == T.tobytes()
    assert (again.kind, again.classes, again.labels, again.name) == ("regression", 0, None,
                                                                      "custom")
    assert not again.X.flags.writeable


def test_dataset_from_spec_makes_a_generators_data_set_too():
    spec = {"name": "spiral", "n": 50, "noise": 0.2, "seed": 3, "classes": 3}
    made = dataset_from_spec(spec)
    expected = make_dataset(**spec)
    assert made.X.tobytes() == expected.X.tobytes()
    assert made.T.tobytes() == expected.T.tobytes()
    assert dataset_from_spec({"name": "xor"}).X.shape == (200, 2)


@pytest.mark.parametrize("spec, field", [
    (None, "dataset"),
    ({"name": "xor", "n": 0}, "dataset.n"),
    ({"name": "custom", "kind": "regression", "X": [[1.0]], "T": [[float("nan")]]},
     "dataset.T[0][0]"),
    ({"name": "custom", "kind": "classification", "classes": 2, "X": [[1.0, 2.0]],
      "T": [[0.3]]}, "dataset.T[0]"),
])
def test_dataset_from_spec_refuses_a_bad_spec_naming_the_field(spec, field):
    with pytest.raises(NetworkFormatError) as e:
        dataset_from_spec(spec)
    assert e.value.field == field


def test_dataset_from_spec_takes_arrays_and_custom_dataset_spec_wants_a_dataset():
    spec = {"name": "custom", "kind": "regression", "X": np.ones((3, 2)), "T": np.zeros((3, 1))}
    assert dataset_from_spec(spec).X.shape == (3, 2)
    with pytest.raises(TypeError):
        custom_dataset_spec({"X": [[1.0]]})
    assert "title" not in custom_dataset_spec(drawn_points(2))


# -- old documents and defaults --------------------------------------------------------------


@pytest.mark.parametrize("name", preset_names())
def test_old_presets_load_with_the_defaults_and_save_without_the_new_keys(name):
    preset = load_preset(name)
    assert preset.features is None
    assert preset.test_fraction == DEFAULT_TEST_FRACTION == 0.2
    assert preset.training is None
    assert preset.history == ()
    assert not set(NEW_KEYS) & set(preset_to_dict(preset))
    if preset.dataset is not None:
        data = dataset_from_spec(preset.dataset)
        assert data.X.tobytes() == make_dataset(**preset.dataset).X.tobytes()


def test_a_preset_made_the_old_way_still_works(tmp_path):
    good = load_preset("xor")
    old_way = Preset(good.name, good.title, good.description, good.network, good.input,
                     good.target, good.lr, good.dataset)
    save_preset(old_way, tmp_path / "x.json")
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8")) == json.loads(
        (paths.PRESETS / "xor.json").read_text(encoding="utf-8"))


def test_the_defaults_written_out_read_as_the_defaults(worked_doc):
    worked_doc.update(features=None, test_fraction=0.2, training=None, history=[])
    preset = preset_from_dict(worked_doc)
    assert (preset.features, preset.test_fraction, preset.training, preset.history) == (
        None, 0.2, None, ())
    assert not set(NEW_KEYS) & set(preset_to_dict(preset))


def test_training_settings_left_out_take_the_trainers_defaults(worked_doc):
    defaults = TrainingSettings()
    assert TRAINING_DEFAULTS == {k: getattr(defaults, k) for k in TRAINING_DEFAULTS}
    worked_doc["training"] = {"epochs": 30}
    preset = preset_from_dict(worked_doc)
    assert preset.training == {**TRAINING_DEFAULTS, "epochs": 30}
    assert TrainingSettings(lr=preset.lr, **preset.training).epochs == 30
    worked_doc["training"] = {"epochs": None, "seed": 5}
    assert preset_from_dict(worked_doc).training["epochs"] is None


def test_features_without_a_data_set_set_the_input_size(worked_doc):
    worked_doc["features"] = ["sin x1", "x2^2"]  # the worked example has 2 inputs
    assert preset_from_dict(worked_doc).features == ("sin x1", "x2^2")


def test_the_history_limit_is_the_trainers():
    assert MAX_HISTORY == training_module.MAX_HISTORY == 10_000


def test_a_full_history_loads_and_one_more_is_refused_before_reading_any(worked_doc):
    record = {"epoch": 1, "train_loss": 0.5, "grad_norms": [0.1, 0.2]}
    worked_doc["history"] = [{**record, "epoch": k + 1} for k in range(MAX_HISTORY)]
    preset = preset_from_dict(worked_doc)
    assert len(preset.history) == MAX_HISTORY
    assert preset.history[0] == {"epoch": 1, "train_loss": 0.5, "test_loss": None,
                                 "train_accuracy": None, "test_accuracy": None,
                                 "grad_norms": [0.1, 0.2]}
    worked_doc["history"] = [None] * (MAX_HISTORY + 1)  # read one, and history[0] is refused
    with pytest.raises(NetworkFormatError) as e:
        preset_from_dict(worked_doc)
    assert e.value.field == "history"
    assert "at most 10000" in str(e.value)


def test_too_many_points_are_refused_before_reading_any(worked_doc):
    worked_doc["dataset"] = {"name": "custom", "kind": "regression", "X": [None] * (MAX_POINTS + 1),
                             "T": [None]}
    with pytest.raises(NetworkFormatError) as e:
        preset_from_dict(worked_doc)
    assert e.value.field == "dataset.X"
    assert f"1 to {MAX_POINTS} rows" in str(e.value)


def test_the_most_points_allowed_load(worked_doc):
    rng = np.random.default_rng(0)
    X, T = rng.normal(size=(MAX_POINTS, 2)), rng.normal(size=(MAX_POINTS, 2))
    worked_doc["dataset"] = {"name": "custom", "kind": "regression", "classes": 0,
                             "X": X.tolist(), "T": T.tolist()}
    data = dataset_from_spec(preset_from_dict(worked_doc).dataset)
    assert data.X.tobytes() == X.tobytes() and data.T.tobytes() == T.tobytes()


# -- a diverged run is never saved -----------------------------------------------------------


@pytest.mark.parametrize("change, message", [
    (lambda p: p.history[3].__setitem__("train_loss", float("nan")),
     "history[3].train_loss: NaN is not allowed"),
    (lambda p: p.history[0]["grad_norms"].__setitem__(1, float("inf")),
     "history[0].grad_norms[1]: Infinity is not allowed"),
    (lambda p: p.dataset["X"][5].__setitem__(0, float("-inf")),
     "dataset.X[5][0]: -Infinity is not allowed"),
    (lambda p: p.training.__setitem__("l2", float("nan")), "training.l2: NaN is not allowed"),
])
def test_a_lab_holding_nan_is_not_saved(tmp_path, lab_doc, change, message):
    preset = preset_from_dict(lab_doc)
    change(preset)
    with pytest.raises(NetworkFormatError) as e:
        save_preset(preset, tmp_path / "nan.json")
    assert str(e.value).startswith(message)
    assert os.listdir(tmp_path) == []


def test_a_nan_test_fraction_is_not_saved(tmp_path, lab_doc):
    preset = preset_from_dict(lab_doc)
    bad = Preset(*(getattr(preset, k) for k in ("name", "title", "description", "network",
                                                "input", "target", "lr", "dataset")),
                 features=preset.features, test_fraction=float("nan"))
    with pytest.raises(NetworkFormatError, match=r"^test_fraction: NaN is not allowed"):
        save_preset(bad, tmp_path / "nan.json")
    assert os.listdir(tmp_path) == []


# -- damaged labs ----------------------------------------------------------------------------


def set_points(X=None, T=None, **fields):
    """Return a function that replaces the custom data set's X, T or other fields."""

    def apply(d):
        dataset = d["dataset"]
        if X is not None:
            dataset["X"] = X(dataset["X"])
        if T is not None:
            dataset["T"] = T(dataset["T"])
        for key, value in fields.items():
            if value is DELETE:
                del dataset[key]
            else:
                dataset[key] = value
        return d

    return apply


def replace_row(k, row):
    return lambda rows: rows[:k] + [row] + rows[k + 1:]


NAN, INF = float("nan"), float("inf")

LAB_CORPUS = [
    # features
    ("features-text", set_path(["features"], "x1"), "features", "list of feature names"),
    ("features-empty", set_path(["features"], []), "features", "at least one feature"),
    ("features-unknown", set_path(["features"], ["x1", "x3", "x1*x2"]), "features[1]",
     "unknown feature 'x3'"),
    ("features-number", set_path(["features"], [1, "x2", "x1*x2"]), "features[0]",
     "unknown feature 1"),
    ("features-twice", set_path(["features"], ["x1", "x2", "x1"]), "features[2]",
     "'x1' is listed twice"),
    ("features-count", set_path(["features"], ["x1", "x2"]), "features",
     "2 features need a network with 2 inputs, but network.sizes[0] is 3"),
    ("features-of-1d-points", set_points(X=lambda X: [row[:1] for row in X]), "features",
     "2-D points"),
    ("features-null-raw-inputs", set_path(["features"], None), "dataset",
     "the custom data set needs a network with 2 inputs, but network.sizes[0] is 3"),
    # test_fraction
    ("test-fraction-big", set_path(["test_fraction"], 0.95), "test_fraction",
     "from 0 to 0.9, found 0.95"),
    ("test-fraction-negative", set_path(["test_fraction"], -0.1), "test_fraction", "from 0"),
    ("test-fraction-text", set_path(["test_fraction"], "0.2"), "test_fraction", "'0.2'"),
    ("test-fraction-bool", set_path(["test_fraction"], True), "test_fraction", "true"),
    ("test-fraction-null", set_path(["test_fraction"], None), "test_fraction", "null"),
    ("test-fraction-nan", set_path(["test_fraction"], NAN), "test_fraction",
     "NaN is not allowed"),
    # training
    ("training-text", set_path(["training"], "fast"), "training", "object or null"),
    ("training-batch-zero", set_path(["training", "batch_size"], 0), "training.batch_size",
     "expected a whole number ≥ 1, found 0"),
    ("training-batch-float", set_path(["training", "batch_size"], 2.5), "training.batch_size",
     "found 2.5"),
    ("training-batch-bool", set_path(["training", "batch_size"], True), "training.batch_size",
     "found true"),
    ("training-l1-negative", set_path(["training", "l1"], -1), "training.l1",
     "expected a number ≥ 0, found -1"),
    ("training-l2-text", set_path(["training", "l2"], "0"), "training.l2", "'0'"),
    ("training-l2-infinite", set_path(["training", "l2"], INF), "training.l2",
     "Infinity is not allowed"),
    ("training-epochs-zero", set_path(["training", "epochs"], 0), "training.epochs",
     "≥ 1 or null"),
    ("training-epochs-float", set_path(["training", "epochs"], 1.5), "training.epochs", "1.5"),
    ("training-seed-negative", set_path(["training", "seed"], -1), "training.seed", "≥ 0"),
    ("training-seed-float", set_path(["training", "seed"], 1.0), "training.seed", "1.0"),
    ("training-lr", set_path(["training", "lr"], 0.1), "training.lr", "the document's lr"),
    ("training-shuffle", set_path(["training", "shuffle"], True), "training.shuffle",
     "not a training setting"),
    # history
    ("history-text", set_path(["history"], "all"), "history", "list of epochs"),
    ("history-record-list", set_path(["history", 0], [1, 0.5]), "history[0]",
     "expected an object"),
    ("history-unknown-key", set_path(["history", 1, "steps"], 10), "history[1].steps",
     "not a field of an epoch"),
    ("history-no-epoch", set_path(["history", 0, "epoch"], DELETE), "history[0].epoch",
     "missing"),
    ("history-no-train-loss", set_path(["history", 2, "train_loss"], DELETE),
     "history[2].train_loss", "missing"),
    ("history-no-grad-norms", set_path(["history", 0, "grad_norms"], DELETE),
     "history[0].grad_norms", "missing"),
    ("history-epoch-zero", set_path(["history", 0, "epoch"], 0), "history[0].epoch",
     "whole number ≥ 1, found 0"),
    ("history-epoch-repeated", set_path(["history", 2, "epoch"], 2), "history[2].epoch",
     "epochs rise"),
    ("history-epoch-text", set_path(["history", 1, "epoch"], "2"), "history[1].epoch", "'2'"),
    ("history-train-loss-nan", set_path(["history", 3, "train_loss"], NAN),
     "history[3].train_loss", "NaN is not allowed"),
    ("history-train-loss-null", set_path(["history", 3, "train_loss"], None),
     "history[3].train_loss", "found null"),
    ("history-test-loss-text", set_path(["history", 1, "test_loss"], "0.5"),
     "history[1].test_loss", "'0.5'"),
    ("history-accuracy-above-1", set_path(["history", 1, "train_accuracy"], 1.5),
     "history[1].train_accuracy", "from 0 to 1"),
    ("history-accuracy-infinite", set_path(["history", 0, "test_accuracy"], -INF),
     "history[0].test_accuracy", "-Infinity is not allowed"),
    ("history-grad-norms-short", set_path(["history", 0, "grad_norms"], [0.1]),
     "history[0].grad_norms", "expected 2 numbers (one per weighted layer), found 1"),
    ("history-grad-norms-text", set_path(["history", 0, "grad_norms"], "0.1"),
     "history[0].grad_norms", "'0.1'"),
    ("history-grad-norm-null", set_path(["history", 0, "grad_norms", 1], None),
     "history[0].grad_norms[1]", "found null"),
    ("history-grad-norm-negative", set_path(["history", 0, "grad_norms", 0], -0.5),
     "history[0].grad_norms[0]", "≥ 0"),
    # a custom data set
    ("custom-unknown-key", set_points(labels=[0, 1]), "dataset.labels",
     "not a field of a custom data set"),
    ("custom-title-number", set_points(title=3), "dataset.title", "text"),
    ("custom-kind-missing", set_points(kind=DELETE), "dataset.kind", "missing"),
    ("custom-kind-unknown", set_points(kind="clustering"), "dataset.kind", "'clustering'"),
    ("custom-classes-missing", set_points(classes=DELETE), "dataset.classes", "missing"),
    ("custom-classes-one", set_points(classes=1), "dataset.classes", "from 2 to 8"),
    ("custom-classes-nine", set_points(classes=9), "dataset.classes", "from 2 to 8"),
    ("custom-regression-classes", set_points(kind="regression"), "dataset.classes",
     "0 classes"),
    ("custom-x-missing", set_path(["dataset", "X"], DELETE), "dataset.X", "missing"),
    ("custom-t-missing", set_path(["dataset", "T"], DELETE), "dataset.T", "missing"),
    ("custom-x-object", set_points(X=lambda X: {"x1": 1}), "dataset.X", "list of rows"),
    ("custom-x-empty", set_points(X=lambda X: []), "dataset.X", "1 to 100000 rows"),
    ("custom-x-row-number", set_points(X=replace_row(1, 0.5)), "dataset.X[1]",
     "list of numbers"),
    ("custom-x-three-wide", set_points(X=lambda X: [row + [0.0] for row in X]), "dataset.X[0]",
     "expected 1 or 2 numbers"),
    ("custom-x-ragged", set_points(X=replace_row(2, [1.0])), "dataset.X[2]",
     "expected 2 numbers (as many as in row 0), found 1"),
    ("custom-x-text", set_points(X=replace_row(1, ["1.0", 2.0])), "dataset.X[1][0]", "'1.0'"),
    ("custom-x-bool", set_points(X=replace_row(1, [1.0, False])), "dataset.X[1][1]", "false"),
    ("custom-x-huge", set_points(X=replace_row(0, [1.0, 10**400])), "dataset.X[0][1]",
     "too large"),
    ("custom-x-nan", set_points(X=replace_row(4, [NAN, 1.0])), "dataset.X[4][0]",
     "NaN is not allowed"),
    ("custom-t-rows", set_points(T=lambda T: T[:-1]), "dataset.T", "expected 40 rows"),
    ("custom-t-half", set_points(T=replace_row(1, [0.5])), "dataset.T[1]",
     "expected the class label, 0 or 1, found [0.5]"),
    ("custom-t-label-two", set_points(T=replace_row(1, [2.0])), "dataset.T[1]", "found [2.0]"),
    ("custom-t-two-wide", set_points(T=lambda T: [row + [0.0] for row in T]), "dataset.T[0]",
     "expected 1 number (the class label, 0 or 1), found 2"),
    ("custom-t-infinite", set_points(T=replace_row(2, [INF])), "dataset.T[2][0]",
     "Infinity is not allowed"),
    ("custom-t-for-3-classes", set_points(classes=3), "dataset.T[0]",
     "expected 3 numbers (one per class), found 1"),
    ("custom-more-outputs", set_points(classes=3, T=lambda T: [[1.0, 0.0, 0.0]] * len(T)),
     "dataset", "the custom data set needs a network with 3 outputs, but network.sizes[2] is 1"),
    ("custom-name-typo", set_points(name="Custom"), "dataset.name", "custom"),
]


@pytest.mark.parametrize("change, field, words", [c[1:] for c in LAB_CORPUS],
                         ids=[c[0] for c in LAB_CORPUS])
def test_a_damaged_lab_is_refused_naming_the_field(lab_doc, tmp_path, monkeypatch, change,
                                                   field, words):
    monkeypatch.setattr(network_module, "Network", None)  # nothing may be built
    damaged = change(lab_doc)
    assert_refused_naming(damaged, preset_from_dict, load_preset, tmp_path, field, words)


def test_three_classes_need_one_hot_targets(lab_docs):
    d = copy.deepcopy(lab_docs[3])
    assert preset_from_dict(d).dataset["classes"] == 3
    d["dataset"]["T"][1] = [1.0, 1.0, 0.0]
    with pytest.raises(NetworkFormatError) as e:
        preset_from_dict(d)
    assert e.value.field == "dataset.T[1]"
    assert "one-hot" in str(e.value) and "[1.0, 1.0, 0.0]" in str(e.value)
    d["dataset"]["T"][1] = [0.0, 0.0, 0.0]
    with pytest.raises(NetworkFormatError, match="one-hot"):
        preset_from_dict(d)
