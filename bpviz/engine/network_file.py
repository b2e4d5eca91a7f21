"""The bpviz network file: versioned JSON, fully validated before a network is built.

A file looks like this (``weights[k]`` is ``W[k+1]``, so ``weights[k][j][i]`` is the
seed's ``w_ji^(k+1)``; ``biases[k][j]`` is ``b_j^(k+1)``)::

    {"format": "bpviz-network", "version": 1,
     "sizes": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
     "init": "auto", "seed": 0,
     "weights": [[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45], [0.5, 0.55]]],
     "biases": [[0.35, 0.35], [0.6, 0.6]]}

Every problem is reported as a ``NetworkFormatError`` whose ``field`` is the path of the
offending value inside the document (list indices count from 0, as in the file).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from .activations import ACTIVATIONS
from .losses import LOSSES, get_loss

if TYPE_CHECKING:  # network.py imports this module lazily; keep the real import lazy too
    from .network import Network

FORMAT = "bpviz-network"
VERSION = 1
MAX_NEURONS = 4096  # per layer
MAX_LAYERS = 64  # weighted layers
MAX_FILE_BYTES = 64 * 1024 * 1024
PRESET_FORMAT = "bpviz-preset"  # a preset file carries a network under "network"

INIT_NAMES = ("auto", "xavier", "he", "uniform")  # network.INIT_SCHEMES, without importing it

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


class NetworkFormatError(ValueError):
    """A network (or preset) document that bpviz cannot read; ``field`` says where."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        self.problem = problem
        self.field = field
        super().__init__(f"{field}: {problem}" if field else problem)

    def __reduce__(self):  # keep ``field`` through pickling (e.g. across processes)
        return (type(self), (self.problem, self.field))


# Messages that concern the file as a whole, declared once so that the window, the status
# bar and the command line say the same thing.
MSG_TOO_BIG = "the file is {size:,} bytes; bpviz reads files of at most {limit_mib} MiB"
MSG_NOT_UTF8 = "not UTF-8 text (byte 0x{byte:02x} at offset {offset})"
MSG_EMPTY = "the file is empty"
MSG_NOT_JSON = "not valid JSON: {msg} at line {line}, column {column}"
MSG_MISSING = "required, but missing"
MSG_NOT_OBJECT = "expected a JSON object {{...}}, found {found}"
MSG_NON_FINITE = "{token} is not allowed; every number must be finite"
MSG_WRONG_FORMAT = "expected {expected!r}, found {found}; this is not a bpviz network file"
MSG_NEWER = (
    "this file is from a newer bpviz (format version {found}; this bpviz reads versions "
    "up to {latest}); update bpviz to open it"
)


def describe(value: Any) -> str:
    """Return how ``value`` reads in a message, in JSON's words (null, true, a list, ...)."""
    if value is None:
        return "null"
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:40]) + "..."
    if isinstance(value, dict):
        return "an object {...}"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)}"
    if isinstance(value, _NonFinite):
        return value.token
    if isinstance(value, np.generic):  # a numpy scalar reads as the number it holds
        return repr(value.item())
    return repr(value)


def is_number(value: Any) -> bool:
    """Return True for an int or float (numpy ones too), False for bool and everything else."""
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
        value, (bool, np.bool_)
    )


def is_whole_number(value: Any) -> bool:
    """Return True for an int (numpy ones too), False for bool, float and everything else."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def check_finite_number(value: Any, field: str) -> float:
    """Return ``value`` as a float, or raise NetworkFormatError unless it is a finite number."""
    if not is_number(value):
        raise NetworkFormatError(f"expected a number, found {describe(value)}", field)
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        raise NetworkFormatError("number too large", field) from None
    if not math.isfinite(number):
        raise NetworkFormatError(f"expected a finite number, found {describe(value)}", field)
    return number


def check_vector(value: Any, length: int, field: str, what: str) -> np.ndarray:
    """Return a float64 vector of ``length`` finite numbers read from the list ``value``."""
    if not isinstance(value, list):
        raise NetworkFormatError(
            f"expected a list of {length} numbers ({what}), found {describe(value)}", field)
    if len(value) != length:
        raise NetworkFormatError(f"expected {length} numbers ({what}), found {len(value)}", field)
    return np.array([check_finite_number(v, f"{field}[{i}]") for i, v in enumerate(value)],
                    dtype=np.float64)


# --- reading and writing JSON documents (shared with presets) ------------------------


class _NonFinite:
    """What the parser puts where a file says NaN, Infinity or -Infinity (then refused)."""

    def __init__(self, token: str) -> None:
        self.token = token


def _find_non_finite(node: Any, field: str) -> tuple[str, str] | None:
    """Return (field, token) of the first NaN/Infinity token in a parsed document, or None."""
    if isinstance(node, _NonFinite):
        return field, node.token
    if isinstance(node, dict):
        items = ((f"{field}.{k}" if field else str(k), v) for k, v in node.items())
    elif isinstance(node, list):
        items = ((f"{field}[{i}]", v) for i, v in enumerate(node))
    else:
        return None
    for child_field, child in items:
        found = _find_non_finite(child, child_field)
        if found:
            return found
    return None


def read_json_document(path: str | os.PathLike) -> dict:
    """Return the JSON object stored in ``path`` (UTF-8, at most MAX_FILE_BYTES, no NaN).

    A missing or unreadable file raises OSError; bad content raises NetworkFormatError.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise NetworkFormatError(
                MSG_TOO_BIG.format(size=size, limit_mib=MAX_FILE_BYTES // 2**20))
        data = f.read(MAX_FILE_BYTES + 1)  # a file that grows meanwhile is still bounded
    if len(data) > MAX_FILE_BYTES:
        raise NetworkFormatError(
            MSG_TOO_BIG.format(size=len(data), limit_mib=MAX_FILE_BYTES // 2**20))
    try:
        text = data.decode("utf-8-sig")  # tolerate the byte-order mark some editors write
    except UnicodeDecodeError as e:
        raise NetworkFormatError(MSG_NOT_UTF8.format(byte=data[e.start], offset=e.start)) from None
    if not text.strip():
        raise NetworkFormatError(MSG_EMPTY)
    seen_non_finite = []

    def non_finite(token: str) -> _NonFinite:
        seen_non_finite.append(token)
        return _NonFinite(token)

    try:
        document = json.loads(text, parse_constant=non_finite)
    except json.JSONDecodeError as e:
        raise NetworkFormatError(
            MSG_NOT_JSON.format(msg=e.msg, line=e.lineno, column=e.colno)) from None
    except RecursionError:
        raise NetworkFormatError("not valid JSON: nested too deeply") from None
    if not isinstance(document, dict):
        raise NetworkFormatError(MSG_NOT_OBJECT.format(found=describe(document)))
    if seen_non_finite:
        field, token = _find_non_finite(document, "")
        raise NetworkFormatError(MSG_NON_FINITE.format(token=token), field)
    return document


def dumps_document(document: Any) -> str:
    """Return ``document`` as indented JSON text, each list of plain values on one line.

    So a weight matrix reads one row (one neuron's incoming weights) per line. Floats are
    written by json with repr, so they read back bit-exact; NaN and Infinity raise ValueError.
    """
    return _format_json(document, 0) + "\n"


def _format_json(value: Any, depth: int) -> str:
    """Return ``value`` as JSON text: on one line if it is short or flat, else indented."""
    compact = json.dumps(value, ensure_ascii=False, allow_nan=False)
    if not isinstance(value, (dict, list)) or len(compact) <= 72:
        return compact
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        return compact  # a row of numbers stays on one line, however long
    pad = "  " * (depth + 1)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {_format_json(v, depth + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
    items = [pad + _format_json(v, depth + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + "  " * depth + "]"


def write_json_document(path: str | os.PathLike, document: dict) -> None:
    """Write ``document`` to ``path`` as UTF-8 JSON, atomically: all of it or nothing.

    The text goes to a temporary file in the same folder, is flushed to disk, then
    replaces ``path`` in one step. On any failure the temporary file is removed and the
    error re-raised; a file already at ``path`` is left as it was.
    """
    path = Path(path)
    try:
        mode = path.stat().st_mode & 0o777  # keep an existing file's permissions
    except OSError:
        mode = 0o644  # NamedTemporaryFile would leave 0o600
    tmp = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp",
        delete=False)
    try:
        with tmp:
            tmp.write(dumps_document(document))
            tmp.flush()
            os.fsync(tmp.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp.name, mode)
        os.replace(tmp.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp.name)
        raise


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


def network_from_dict(d: Any, field_prefix: str = "") -> Network:
    """Return a new Network built from the document ``d``, refused unless all of it is valid.

    ``field_prefix`` is put before every field named in an error (a preset passes
    ``"network."``). Nothing is allocated until every field has been checked.
    """
    return build_network(check_network_dict(d, field_prefix), field_prefix)


def build_network(spec: dict, field_prefix: str = "") -> Network:
    """Return a new Network made from ``spec``, the result of ``check_network_dict``."""
    from .network import Network

    try:
        net = Network(spec["sizes"], spec["activations"], spec["loss"],
                      seed=spec["seed"], init=spec["init"])
    except ValueError as e:  # a rule the engine knows and this reader does not
        raise NetworkFormatError(str(e), field_prefix.rstrip(".") or None) from e
    for l in range(1, net.L + 1):
        net.W[l] = spec["W"][l].copy()  # a spec may build several networks; never share arrays
        net.b[l] = spec["b"][l].copy()
    return net


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

    sizes = _check_sizes(require("sizes"), field("sizes"))
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
    if not isinstance(init, str) or init not in INIT_NAMES:
        raise NetworkFormatError(
            f"unknown init {describe(init)}; allowed: {', '.join(INIT_NAMES)}", field("init"))
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


def _check_sizes(sizes: Any, field: str) -> list[int]:
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


# --- files -----------------------------------------------------------------------------


def save_network(net: Network, path: str | os.PathLike) -> None:
    """Write ``net`` to ``path`` as a network file; never leaves a half-written file.

    A network whose weights are not all finite (training diverged) is refused with a
    NetworkFormatError naming the first bad weight, and nothing is written.
    """
    document = network_to_dict(net)
    _check_sizes(document["sizes"], "sizes")  # what load_network would refuse, refuse now
    for name, arrays in (("weights", net.W), ("biases", net.b)):
        for l in range(1, net.L + 1):
            bad = np.argwhere(~np.isfinite(arrays[l]))
            if len(bad):
                index = "".join(f"[{int(k)}]" for k in bad[0])
                raise NetworkFormatError(
                    f"is {arrays[l][tuple(bad[0])]}; a network with non-finite weights cannot "
                    "be saved", f"{name}[{l - 1}]{index}")
    write_json_document(path, document)


def load_network(path: str | os.PathLike) -> Network:
    """Return the Network stored in ``path`` (a network file, or a preset's network).

    A missing file raises FileNotFoundError; bad content raises NetworkFormatError.
    """
    document = read_json_document(path)
    if document.get("format") == PRESET_FORMAT:
        from .presets import preset_network_document

        return network_from_dict(preset_network_document(document), field_prefix="network.")
    return network_from_dict(document)
