"""Fixtures and helpers for the engine tests (no Qt)."""

import json

import pytest

from bpviz.engine import Network
from bpviz.engine.files.json_document import NetworkFormatError


@pytest.fixture
def worked_net() -> Network:
    """The classic hand-worked 2-2-2 network (sigmoid, mse) with its published weights."""
    net = Network([2, 2, 2], ["sigmoid", "sigmoid"], "mse")
    net.W[1][:] = [[0.15, 0.20], [0.25, 0.30]]
    net.b[1][:] = [0.35, 0.35]
    net.W[2][:] = [[0.40, 0.45], [0.50, 0.55]]
    net.b[2][:] = [0.60, 0.60]
    return net


WORKED_X = [0.05, 0.10]
WORKED_T = [0.01, 0.99]


DELETE = object()


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


def assert_refused_naming(damaged, from_dict, load, tmp_path, field, words):
    """Assert that `damaged`, in memory and written to a file, is refused naming `field`."""
    with pytest.raises(NetworkFormatError) as e:
        from_dict(damaged)
    assert e.value.field == field
    assert str(e.value).startswith(f"{field}: ")
    assert words in str(e.value)
    # the same document written to a file is refused the same way
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(damaged), encoding="utf-8")
    with pytest.raises(NetworkFormatError) as e_file:
        load(path)
    assert str(e_file.value) == str(e.value)
