"""The bpviz network format: a network as a versioned JSON document, and every check of one.

A file looks like this (``weights[k]`` is ``W[k+1]``, so ``weights[k][j][i]`` is the
seed's ``w_ji^(k+1)``; ``biases[k][j]`` is ``b_j^(k+1)``)::

    {"format": "bpviz-network", "version": 1,
     "sizes": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
     "init": "auto", "seed": 0,
     "weights": [[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45], [0.5, 0.55]]],
     "biases": [[0.35, 0.35], [0.6, 0.6]]}

Every problem is reported as a ``NetworkFormatError`` whose ``field`` is the path of the
offending value inside the document (list indices count from 0, as in the file). Reading
and writing the JSON text itself, and that error, live in json_document.py; building the
Network and the files themselves in network_file.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.files.json_document import (  # NetworkFormatError is re-exported: importers find it here
    MSG_MISSING,
    MSG_NOT_OBJECT,
    NetworkFormatError,
    check_finite_number,
    check_vector,
    describe,
    is_number,
    is_whole_number,
)
from bpviz.engine.limits import MAX_LAYERS, MAX_NEURONS, MAX_WEIGHTS, too_many_weights, weight_count
from bpviz.engine.nn.initialisation import INIT_SCHEMES
from bpviz.engine.nn.losses import LOSSES, get_loss

if TYPE_CHECKING:  # network.py imports this module: it reads its own documents with it
    from bpviz.engine.nn.network import Network

FORMAT = "bpviz-network"
VERSION = 1
PRESET_FORMAT = "bpviz-preset"  # a preset file carries a network under "network"
PRESET_VERSION = 1
# PRESET_MIGRATIONS[v] turns a version-v preset into a version-(v + 1) one, exactly like
# network_file.MIGRATIONS (see the example there). There is only version 1 so far.
PRESET_MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


# MIGRATIONS[v] turns a version-v document into a version-(v + 1) document. Loading an
# old file applies them in order until it reaches VERSION. There is only version 1 so far.
# When version 2 arrives (say it renames "biases" to "b"), VERSION becomes 2 and:
#
#     def _v1_to_v2(d: dict) -> dict:
#         d = dict(d)
#         d["b"] = d.pop("biases")
#         d["version"] = 2
#         return d
#
#     MIGRATIONS[1] = _v1_to_v2
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


# Messages about the network format itself, declared once like those in json_document.
MSG_WRONG_FORMAT = "expected {expected!r}, found {found}; this is not a bpviz network file"
MSG_NEWER = (
    "this file is from a newer bpviz (format version {found}; this bpviz reads versions "
    "up to {latest}); update bpviz to open it"
)
MSG_NOT_PRESET = "expected {expected!r}, found {found}; this is not a bpviz preset file"


# --- the network document ------------------------------------------------------------


def network_to_dict(net: Network) -> dict:
    """Return the JSON-ready document of ``net``: sizes, f per layer, loss, W and b."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "sizes": [int(n) for n in net.sizes],
        "activations": list(net.activations[1:]),
        "loss": net.loss,
        "init": net.init,
        "seed": int(net.seed),
        # tolist() gives Python floats, which json writes with repr: they read back bit-exact
        "weights": [net.W[l].tolist() for l in range(1, net.L + 1)],
        "biases": [net.b[l].tolist() for l in range(1, net.L + 1)],
    }


def check_network_dict(d: Any, prefix: str = "") -> dict:
    """Return the checked contents of a network document: sizes, activations (layers 1..L),
    loss, init, seed, and W, b as lists of float64 arrays indexed 1..L (index 0 None).

    Raises NetworkFormatError naming the first bad field (put after ``prefix``).
    """

    def field(name: str) -> str:
        return prefix + name

    def require(key: str) -> Any:
        if key not in d:
            raise NetworkFormatError(MSG_MISSING, field(key))
        return d[key]

    if not isinstance(d, dict):
        raise NetworkFormatError(MSG_NOT_OBJECT.format(found=describe(d)),
                                 prefix.rstrip(".") or None)
    if d.get("format") != FORMAT:
        found = describe(d["format"]) if "format" in d else "nothing"
        raise NetworkFormatError(MSG_WRONG_FORMAT.format(expected=FORMAT, found=found),
                                 field("format"))
    d = migrate(d, field("version"))

    sizes = check_sizes(require("sizes"), field("sizes"))
    L = len(sizes) - 1
    activations = _check_activations(require("activations"), L, field("activations"))
    loss = require("loss")
    if not isinstance(loss, str) or loss not in LOSSES:
        raise NetworkFormatError(
            f"unknown loss {describe(loss)}; allowed: {', '.join(LOSSES)}", field("loss"))
    try:
        get_loss(loss, activations[L - 1])  # the engine's rule: which loss follows which f
    except ValueError as e:
        raise NetworkFormatError(str(e), field("loss")) from None
    init = d.get("init", "auto")
    if not isinstance(init, str) or init not in INIT_SCHEMES:
        raise NetworkFormatError(
            f"unknown init {describe(init)}; allowed: {', '.join(INIT_SCHEMES)}", field("init"))
    seed = d.get("seed", 0)
    if not is_whole_number(seed) or seed < 0:
        raise NetworkFormatError(f"expected a whole number >= 0, found {describe(seed)}",
                                 field("seed"))

    weights = require("weights")
    biases = require("biases")
    for name, value, what in (("weights", weights, "matrices"), ("biases", biases, "vectors")):
        if not isinstance(value, list):
            raise NetworkFormatError(f"expected a list of {what}, found {describe(value)}",
                                     field(name))
        if len(value) != L:
            raise NetworkFormatError(
                f"expected {L} {what} (one per weighted layer), found {len(value)}", field(name))
    W = [None] + [_check_matrix(weights[l - 1], sizes[l], sizes[l - 1], l,
                                field(f"weights[{l - 1}]")) for l in range(1, L + 1)]
    b = [None] + [check_vector(biases[l - 1], sizes[l], field(f"biases[{l - 1}]"),
                               f"one per neuron of layer {l}") for l in range(1, L + 1)]
    return {"sizes": sizes, "activations": activations, "loss": loss, "init": init,
            "seed": int(seed), "W": W, "b": b}


def migrate(d: dict, field: str, latest: int | None = None,
            migrations: dict[int, Callable[[dict], dict]] | None = None) -> dict:
    """Return ``d`` brought up to version ``latest`` through ``migrations`` (by default the
    network format's VERSION and MIGRATIONS).

    Raises NetworkFormatError (naming ``field``) for a missing, malformed or newer version.
    """
    latest = VERSION if latest is None else latest
    migrations = MIGRATIONS if migrations is None else migrations
    if "version" not in d:
        raise NetworkFormatError(MSG_MISSING, field)
    version = d["version"]
    if not is_whole_number(version) or version < 1:
        raise NetworkFormatError(f"expected a whole number >= 1, found {describe(version)}", field)
    if version > latest:
        raise NetworkFormatError(MSG_NEWER.format(found=version, latest=latest), field)
    while version < latest:
        if version not in migrations:
            raise NetworkFormatError(f"no way to read format version {version}", field)
        d = migrations[version](d)
        version += 1
    return d


def check_sizes(sizes: Any, field: str) -> list[int]:
    """Return the layer sizes as ints, checked before anything is allocated."""
    if not isinstance(sizes, list):
        raise NetworkFormatError(f"expected a list of layer sizes, found {describe(sizes)}", field)
    if len(sizes) < 2:
        raise NetworkFormatError(
            f"need at least 2 layer sizes (inputs and outputs), found {len(sizes)}", field)
    if len(sizes) - 1 > MAX_LAYERS:
        raise NetworkFormatError(
            f"{len(sizes)} sizes make {len(sizes) - 1} weighted layers; "
            f"at most {MAX_LAYERS} are allowed", field)
    for l, n in enumerate(sizes):
        if not is_whole_number(n) or n < 1:
            raise NetworkFormatError(
                f"expected a whole number of neurons >= 1, found {describe(n)}", f"{field}[{l}]")
        if n > MAX_NEURONS:
            raise NetworkFormatError(
                f"{n} neurons is more than the {MAX_NEURONS} allowed in a layer", f"{field}[{l}]")
    if weight_count(sizes) > MAX_WEIGHTS:
        raise NetworkFormatError(too_many_weights(sizes), field)
    return [int(n) for n in sizes]


def _check_activations(activations: Any, L: int, field: str) -> list[str]:
    """Return the activation names of layers 1..L (file index k is layer k + 1)."""
    if not isinstance(activations, list):
        raise NetworkFormatError(
            f"expected a list of activation names, found {describe(activations)}", field)
    if len(activations) != L:
        raise NetworkFormatError(
            f"expected {L} names (one per weighted layer), found {len(activations)}", field)
    for k, name in enumerate(activations):
        if not isinstance(name, str) or name not in ACTIVATIONS:
            raise NetworkFormatError(
                f"unknown activation {describe(name)}; allowed: {', '.join(ACTIVATIONS)}",
                f"{field}[{k}]")
        if ACTIVATIONS[name].output_only and k != L - 1:
            raise NetworkFormatError(
                f"{name} is allowed only on the output layer (layer {L}), not on layer {k + 1}",
                f"{field}[{k}]")
    return list(activations)


_PLAIN_NUMBERS = {int, float}  # what JSON numbers parse to (bool, a subclass of int, is not listed)


def _check_matrix(rows: Any, n_rows: int, n_cols: int, l: int, field: str) -> np.ndarray:
    """Return W[l] as a float64 (n_rows, n_cols) array, each entry a finite number."""
    if not isinstance(rows, list):
        raise NetworkFormatError(f"expected a list of rows, found {describe(rows)}", field)
    if len(rows) != n_rows:
        raise NetworkFormatError(
            f"expected {n_rows} rows (one per neuron of layer {l}), found {len(rows)}", field)
    for j, row in enumerate(rows):
        if not isinstance(row, list):
            raise NetworkFormatError(f"expected a list of numbers, found {describe(row)}",
                                     f"{field}[{j}]")
        if len(row) != n_cols:
            raise NetworkFormatError(
                f"expected {n_cols} numbers (one per neuron of layer {l - 1}), found {len(row)}",
                f"{field}[{j}]")
        if set(map(type, row)) <= _PLAIN_NUMBERS:
            continue  # the usual row, checked at C speed; else find the entry to name
        for i, w in enumerate(row):
            if not is_number(w):
                raise NetworkFormatError(f"expected a number, found {describe(w)}",
                                         f"{field}[{j}][{i}]")
    try:
        W = np.array(rows, dtype=np.float64).reshape(n_rows, n_cols)
    except OverflowError:  # an int too large for a float: find it to name it
        for j, row in enumerate(rows):
            for i, w in enumerate(row):
                check_finite_number(w, f"{field}[{j}][{i}]")
        raise
    bad = np.argwhere(~np.isfinite(W))
    if len(bad):
        j, i = bad[0]
        raise NetworkFormatError(f"expected a finite number, found {describe(rows[j][i])}",
                                 f"{field}[{j}][{i}]")
    return W


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
