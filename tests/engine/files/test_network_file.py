"""The network file: exact round trips, atomic saves, and a corpus of damaged files.

Every damaged file must be refused with a NetworkFormatError whose ``field`` names the
bad value, before any Network is built.
"""

from __future__ import annotations

import copy
import json
import os
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bpviz.engine.files import paths
from bpviz.engine.nn import network as network_module
from bpviz.engine.files import network_format
from bpviz.engine.files.json_document import MAX_FILE_BYTES, dumps_document, read_json_document
from bpviz.engine.nn.network import Network
from bpviz.engine.files.network_file import (
    FORMAT,
    VERSION,
    NetworkFormatError,
    load_network,
    network_from_dict,
    network_to_dict,
    save_network,
)

from tests.engine.conftest import DELETE, assert_refused_naming, set_path


def make_network(sizes=(2, 3, 2), activations=("tanh", "softmax"), loss="cross_entropy",
                 seed=7) -> Network:
    """Return a network whose biases are non-zero too, so that they are really compared."""
    net = Network(list(sizes), list(activations), loss, seed=seed)
    rng = np.random.default_rng(seed + 100)
    for l in range(1, net.L + 1):
        net.b[l] = rng.normal(size=net.sizes[l])
    return net


def assert_same_network(a: Network, b: Network) -> None:
    assert a.sizes == b.sizes
    assert a.activations == b.activations
    assert a.loss == b.loss
    assert (a.init, a.seed) == (b.init, b.seed)
    for l in range(1, a.L + 1):
        assert b.W[l].dtype == np.float64 and b.b[l].dtype == np.float64
        assert np.array_equal(a.W[l], b.W[l])
        assert np.array_equal(a.b[l], b.b[l])
        # bit-exact, including the sign of zero
        assert a.W[l].tobytes() == b.W[l].tobytes()
        assert a.b[l].tobytes() == b.b[l].tobytes()


@pytest.fixture
def doc() -> dict:
    """A valid 2-3-2 network document (tanh, softmax, cross_entropy), as parsed from JSON."""
    return json.loads(json.dumps(network_to_dict(make_network())))


@pytest.fixture
def no_network_built(monkeypatch):
    """Make building a Network fail the test: a refused file must allocate nothing."""

    def refuse(*args, **kwargs):
        raise AssertionError("a Network was built from a document that should be refused")

    monkeypatch.setattr(network_module, "Network", refuse)


# -- layout and round trips --------------------------------------------------------------


def test_to_dict_has_the_documented_layout():
    net = make_network(sizes=(2, 3, 2))
    d = network_to_dict(net)
    assert d["format"] == FORMAT == "bpviz-network"
    assert d["version"] == VERSION == 1
    assert d["sizes"] == [2, 3, 2]
    assert d["activations"] == ["tanh", "softmax"]
    assert (d["loss"], d["init"], d["seed"]) == ("cross_entropy", "auto", 7)
    assert [np.shape(w) for w in d["weights"]] == [(3, 2), (2, 3)]
    assert [np.shape(b) for b in d["biases"]] == [(3,), (2,)]
    assert d["weights"][0] == net.W[1].tolist()
    json.dumps(d, allow_nan=False)  # plain JSON types only


def test_network_methods_use_this_module():
    net = make_network()
    assert net.to_dict() == network_to_dict(net)
    assert_same_network(net, Network.from_dict(net.to_dict()))


@pytest.mark.parametrize("sizes, activations, loss", [
    ([2, 2, 2], ["sigmoid", "sigmoid"], "mse"),
    ([1, 8, 1], ["tanh", "linear"], "mse"),
    ([3, 4, 4, 2], ["relu", "leaky_relu", "softmax"], "cross_entropy"),
    ([2, 5, 1], ["linear", "sigmoid"], "cross_entropy"),
])
def test_dict_round_trip_through_json_text_is_bit_exact(sizes, activations, loss):
    net = make_network(sizes, activations, loss, seed=3)
    # awkward values: a third, a subnormal, negative zero, the largest and smallest floats
    net.W[1].flat[0] = 1 / 3
    net.W[1].flat[-1] = 5e-324
    net.b[1][0] = -0.0
    net.W[net.L].flat[0] = np.finfo(np.float64).max
    net.W[net.L].flat[-1] = -np.finfo(np.float64).tiny
    text = dumps_document(network_to_dict(net))
    assert_same_network(net, network_from_dict(json.loads(text)))


def test_save_then_load_is_bit_exact(tmp_path):
    net = make_network()
    path = tmp_path / "net.json"
    save_network(net, path)
    assert_same_network(net, load_network(path))
    assert_same_network(net, load_network(str(path)))


def test_saved_file_is_indented_utf8_json_with_one_row_per_line(tmp_path):
    net = make_network(sizes=(2, 3, 2))
    path = tmp_path / "net.json"
    save_network(net, path)
    text = path.read_bytes().decode("utf-8")
    assert json.loads(text) == network_to_dict(net)
    assert text.startswith('{\n  "format": "bpviz-network"')
    for row in net.W[1].tolist():
        assert "\n" + " " * 6 + json.dumps(row) in text


finite_floats = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def networks(draw):
    sizes = draw(st.lists(st.integers(1, 4), min_size=2, max_size=4))
    L = len(sizes) - 1
    hidden = st.sampled_from(["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
    activations = [draw(hidden) for _ in range(L)]
    net = Network(sizes, activations, "mse", seed=draw(st.integers(0, 2**32)))
    for l in range(1, L + 1):
        n_out, n_in = sizes[l], sizes[l - 1]
        net.W[l] = np.array(draw(st.lists(finite_floats, min_size=n_out * n_in,
                                          max_size=n_out * n_in))).reshape(n_out, n_in)
        net.b[l] = np.array(draw(st.lists(finite_floats, min_size=n_out, max_size=n_out)),
                            dtype=np.float64)
    return net


@settings(max_examples=60, deadline=None)
@given(networks())
def test_any_finite_network_round_trips_bit_exact(net):
    text = dumps_document(network_to_dict(net))
    assert_same_network(net, network_from_dict(json.loads(text)))


def test_init_and_seed_are_optional(doc):
    del doc["init"], doc["seed"]
    net = network_from_dict(doc)
    assert (net.init, net.seed) == ("auto", 0)
    assert net.W[1].tolist() == doc["weights"][0]  # the file's weights, not fresh ones


def test_loaded_weights_are_writable_float64_arrays_of_their_own(doc):
    a, b = network_from_dict(doc), network_from_dict(doc)
    a.W[1][0, 0] += 1.0
    assert b.W[1][0, 0] == doc["weights"][0][0][0]


def test_limits_agree_with_the_network():
    assert network_format.MAX_NEURONS == network_module.MAX_NEURONS == 4096
    assert network_format.MAX_LAYERS == network_module.MAX_LAYERS == 64
    assert network_format.INIT_SCHEMES == network_module.INIT_SCHEMES


# -- saving is atomic ---------------------------------------------------------------------


def _boom(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("target, name", [
    (os, "replace"),  # everything written, the final rename fails
    (os, "fsync"),  # the disk refuses to flush
    (json, "dumps"),  # writing the text fails half-way
])
def test_a_failed_save_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch,
                                                                 target, name):
    path = tmp_path / "net.json"
    save_network(make_network(seed=1), path)
    before = path.read_bytes()
    monkeypatch.setattr(target, name, _boom)
    with pytest.raises(OSError):
        save_network(make_network(seed=2), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["net.json"]


def test_a_failed_first_save_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", _boom)
    with pytest.raises(OSError):
        save_network(make_network(), tmp_path / "net.json")
    assert os.listdir(tmp_path) == []


def test_saving_into_a_missing_folder_raises_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        save_network(make_network(), tmp_path / "no-such-folder" / "net.json")
    assert os.listdir(tmp_path) == []


def test_a_diverged_network_is_refused_and_nothing_is_written(tmp_path):
    net = make_network()
    net.W[2][1, 0] = np.nan
    path = tmp_path / "net.json"
    with pytest.raises(NetworkFormatError) as e:
        save_network(net, path)
    assert e.value.field == "weights[1][1][0]"
    assert os.listdir(tmp_path) == []


def test_save_keeps_an_existing_files_permissions(tmp_path):
    path = tmp_path / "net.json"
    save_network(make_network(), path)
    os.chmod(path, 0o640)
    save_network(make_network(seed=3), path)
    assert os.stat(path).st_mode & 0o777 == 0o640


# -- the damaged-file corpus ---------------------------------------------------------------


def edit(**changes):
    """Return a function that sets (or, given None via DELETE, removes) keys of a document."""

    def apply(d):
        for key, value in changes.items():
            if value is DELETE:
                del d[key]
            else:
                d[key] = value
        return d

    return apply


def big_network(d):
    d["sizes"] = [2, 5000, 1]
    return d


def many_layers(d):
    d["sizes"] = [2] * 71  # 70 weighted layers
    d["activations"] = ["tanh"] * 70
    return d


CORPUS = [
    # (id, change to a valid document, field named, words in the message)
    ("format-missing", edit(format=DELETE), "format", "not a bpviz network"),
    ("format-wrong", edit(format="bpviz-lesson"), "format", "'bpviz-lesson'"),
    ("version-missing", edit(version=DELETE), "version", "missing"),
    ("version-newer", edit(version=2), "version", "newer bpviz"),
    ("version-text", edit(version="1"), "version", "whole number"),
    ("version-zero", edit(version=0), "version", "whole number"),
    ("version-bool", edit(version=True), "version", "true"),
    ("sizes-missing", edit(sizes=DELETE), "sizes", "missing"),
    ("sizes-text", edit(sizes="2,3,2"), "sizes", "list"),
    ("sizes-one", edit(sizes=[2]), "sizes", "at least 2"),
    ("size-negative", set_path(["sizes", 1], -3), "sizes[1]", "-3"),
    ("size-zero", set_path(["sizes", 1], 0), "sizes[1]", ">= 1"),
    ("size-bool", set_path(["sizes", 1], True), "sizes[1]", "true"),
    ("size-float", set_path(["sizes", 1], 3.0), "sizes[1]", "3.0"),
    ("size-5000", big_network, "sizes[1]", "4096"),
    ("layers-70", many_layers, "sizes", "64"),
    ("activations-missing", edit(activations=DELETE), "activations", "missing"),
    ("activations-text", edit(activations="tanh"), "activations", "list"),
    ("activations-count", edit(activations=["tanh"]), "activations", "expected 2"),
    ("activation-unknown", set_path(["activations", 0], "sigmod"), "activations[0]", "sigmod"),
    ("activation-number", set_path(["activations", 1], 3), "activations[1]", "unknown"),
    ("softmax-hidden", set_path(["activations", 0], "softmax"), "activations[0]",
     "output layer"),
    ("loss-missing", edit(loss=DELETE), "loss", "missing"),
    ("loss-unknown", edit(loss="hinge"), "loss", "'hinge'"),
    ("loss-list", edit(loss=["mse"]), "loss", "unknown"),
    ("softmax-with-mse", edit(loss="mse"), "loss", "softmax"),
    ("cross-entropy-after-tanh", set_path(["activations", 1], "tanh"), "loss", "'tanh'"),
    ("init-unknown", edit(init="zeros"), "init", "'zeros'"),
    ("seed-negative", edit(seed=-1), "seed", "-1"),
    ("seed-text", edit(seed="0"), "seed", "'0'"),
    ("weights-missing", edit(weights=DELETE), "weights", "missing"),
    ("weights-object", edit(weights={}), "weights", "object"),
    ("weights-count", lambda d: (d["weights"].pop(), d)[1], "weights", "expected 2"),
    ("weights-extra-row", lambda d: (d["weights"][0].append([0.0, 0.0]), d)[1], "weights[0]",
     "expected 3 rows"),
    ("weights-missing-row", lambda d: (d["weights"][1].pop(), d)[1], "weights[1]",
     "expected 2 rows"),
    ("weights-extra-column", lambda d: (d["weights"][0][1].append(0.5), d)[1], "weights[0][1]",
     "expected 2 numbers"),
    ("weights-short-row", lambda d: (d["weights"][1][0].pop(), d)[1], "weights[1][0]",
     "expected 3 numbers"),
    ("weights-row-number", set_path(["weights", 1, 0], 0.5), "weights[1][0]", "list"),
    ("weights-matrix-number", set_path(["weights", 0], 1.0), "weights[0]", "list"),
    ("weight-text", set_path(["weights", 0, 1, 0], "0.5"), "weights[0][1][0]", "'0.5'"),
    ("weight-bool", set_path(["weights", 1, 1, 2], False), "weights[1][1][2]", "false"),
    ("weight-null", set_path(["weights", 0, 2, 1], None), "weights[0][2][1]", "null"),
    ("weight-huge-int", set_path(["weights", 0, 0, 0], 10**400), "weights[0][0][0]",
     "too large"),
    ("biases-missing", edit(biases=DELETE), "biases", "missing"),
    ("biases-count", lambda d: (d["biases"].append([0.0]), d)[1], "biases", "expected 2"),
    ("bias-vector-short", lambda d: (d["biases"][1].pop(), d)[1], "biases[1]",
     "expected 2 numbers"),
    ("bias-vector-long", lambda d: (d["biases"][0].append(1.0), d)[1], "biases[0]",
     "expected 3 numbers"),
    ("bias-text", set_path(["biases", 0, 2], "x"), "biases[0][2]", "'x'"),
    ("bias-nested", set_path(["biases", 1, 0], [0.1]), "biases[1][0]", "list"),
]


@pytest.mark.parametrize("change, field, words", [c[1:] for c in CORPUS],
                         ids=[c[0] for c in CORPUS])
def test_a_damaged_document_is_refused_naming_the_field(doc, no_network_built, tmp_path,
                                                         change, field, words):
    damaged = change(copy.deepcopy(doc))
    assert_refused_naming(damaged, network_from_dict, load_network, tmp_path, field, words)


def test_a_document_that_is_not_an_object_is_refused(no_network_built):
    for value in ([1, 2], "network", None, 3):
        with pytest.raises(NetworkFormatError, match="JSON object"):
            network_from_dict(value)


def write_with_weight_token(doc, tmp_path, token: str, where=("weights", 0, 1, 0)):
    """Write ``doc`` with the JSON token ``token`` (e.g. NaN) as the value at ``where``."""
    d = set_path(list(where), "@TOKEN@")(copy.deepcopy(doc))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(d).replace('"@TOKEN@"', token), encoding="utf-8")
    return path


@pytest.mark.parametrize("token, where, field", [
    ("NaN", ("weights", 0, 1, 0), "weights[0][1][0]"),
    ("Infinity", ("weights", 1, 0, 2), "weights[1][0][2]"),
    ("-Infinity", ("biases", 1, 1), "biases[1][1]"),
    ("NaN", ("seed",), "seed"),
])
def test_nan_and_infinity_tokens_are_refused_naming_the_field(doc, tmp_path, no_network_built,
                                                              token, where, field):
    path = write_with_weight_token(doc, tmp_path, token, where)
    with pytest.raises(NetworkFormatError) as e:
        load_network(path)
    assert e.value.field == field
    assert token in str(e.value)


def test_a_number_too_large_for_a_float_is_refused(doc, tmp_path, no_network_built):
    path = write_with_weight_token(doc, tmp_path, "1e999")  # json reads this as inf
    with pytest.raises(NetworkFormatError) as e:
        load_network(path)
    assert e.value.field == "weights[0][1][0]"
    assert "finite" in str(e.value)


def test_nan_in_an_in_memory_document_is_refused(doc, no_network_built):
    doc["biases"][0][1] = float("nan")
    with pytest.raises(NetworkFormatError) as e:
        network_from_dict(doc)
    assert e.value.field == "biases[0][1]"


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"[1, 2, 3]", "JSON object"),
    (b'"bpviz-network"', "JSON object"),
    (b'{"format": "bpviz-network", "version": 1, "sizes": [2, ', "line 1, column 56"),
    (b'{"format": "bpviz-network",\n "version": 1,\n "sizes": [2, 2, 2],\n}',
     "line 4, column 1"),
    (b"{'format': 'bpviz-network'}", "not valid JSON"),
    (b'{"format": "bpviz-\xff-network"}', "not UTF-8"),
    ("{\"format\": \"réseau\"}".encode("latin-1"), "not UTF-8"),
], ids=["empty", "blank", "list", "string", "truncated", "trailing-comma", "single-quotes",
        "byte-ff", "latin-1"])
def test_a_file_that_is_not_a_json_object_is_refused(tmp_path, no_network_built, content,
                                                     words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(NetworkFormatError) as e:
        load_network(path)
    assert e.value.field is None
    assert words in str(e.value)


def test_a_truncated_file_is_refused_with_line_and_column(tmp_path):
    path = tmp_path / "net.json"
    save_network(make_network(), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(NetworkFormatError) as e:
        load_network(path)
    try:
        json.loads(text[: len(text) // 2])
    except json.JSONDecodeError as parse_error:
        expected = f"line {parse_error.lineno}, column {parse_error.colno}"
    assert expected in str(e.value)


def test_a_byte_order_mark_is_tolerated(tmp_path):
    net = make_network()
    path = tmp_path / "net.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_document(network_to_dict(net)).encode("utf-8"))
    assert_same_network(net, load_network(path))


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    reads = []
    real_open = open

    def watching_open(*args, **kwargs):
        f = real_open(*args, **kwargs)
        real_read = f.read
        f.read = lambda *a: reads.append(a) or real_read(*a)
        return f

    monkeypatch.setattr("builtins.open", watching_open)
    with pytest.raises(NetworkFormatError, match="64 MiB"):
        read_json_document(path)
    assert reads == []


def test_a_missing_file_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_network(tmp_path / "nothing.json")


def test_a_folder_raises_oserror_not_a_format_error(tmp_path):
    with pytest.raises(OSError):
        load_network(tmp_path)


# -- preset files, versions, the error itself -------------------------------------------------


def test_load_network_accepts_a_preset_file():
    net = load_network(paths.PRESETS / "worked-example.json")
    assert net.sizes == [2, 2, 2]
    assert net.W[1].tolist() == [[0.15, 0.20], [0.25, 0.30]]


def test_a_preset_with_a_bad_network_names_the_field_inside_it(tmp_path):
    d = json.loads((paths.PRESETS / "worked-example.json").read_text(encoding="utf-8"))
    d["network"]["activations"][1] = "softmax"
    path = tmp_path / "preset.json"
    path.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(NetworkFormatError) as e:
        load_network(path)
    assert e.value.field == "network.loss"


def test_older_versions_go_through_the_migration_chain(doc, monkeypatch):
    calls = []

    def v1_to_v2(d):
        calls.append(d["version"])
        return {**d, "version": 2}

    monkeypatch.setattr(network_format, "VERSION", 2)
    monkeypatch.setitem(network_format.MIGRATIONS, 1, v1_to_v2)
    net = network_from_dict(doc)
    assert calls == [1]
    assert net.W[1].tolist() == doc["weights"][0]


def test_a_version_with_no_migration_is_refused(doc, monkeypatch):
    monkeypatch.setattr(network_format, "VERSION", 3)
    monkeypatch.setitem(network_format.MIGRATIONS, 2, lambda d: {**d, "version": 3})
    with pytest.raises(NetworkFormatError) as e:
        network_from_dict(doc)
    assert e.value.field == "version"
    assert "version 1" in str(e.value)


def test_the_error_is_a_value_error_that_keeps_its_field():
    e = NetworkFormatError("expected 2 rows, found 3", "weights[1]")
    assert isinstance(e, ValueError)
    assert str(e) == "weights[1]: expected 2 rows, found 3"
    again = pickle.loads(pickle.dumps(e))
    assert (again.field, str(again)) == ("weights[1]", str(e))
    assert str(NetworkFormatError("the file is empty")) == "the file is empty"


def test_the_engine_package_exports_the_file_functions():
    import bpviz.engine as engine

    assert engine.NetworkFormatError is NetworkFormatError
    assert engine.load_network is load_network
    assert engine.save_network is save_network
