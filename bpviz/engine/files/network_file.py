"""The bpviz network file: a Network read from and written to its versioned JSON document.

The document and every check of it are in network_format.py (re-exported here, where
importers have always found them); this module builds the Network and touches the disk.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from bpviz.engine.files.json_document import NetworkFormatError, read_json_document, write_json_document
from bpviz.engine.files.network_format import (  # re-exported: importers find them here
    FORMAT,
    MIGRATIONS,
    PRESET_FORMAT,
    VERSION,
    check_network_dict,
    check_sizes,
    migrate,
    network_to_dict,
    preset_network_document,
)
from bpviz.engine.nn.network import Network

__all__ = ["FORMAT", "VERSION", "MIGRATIONS", "PRESET_FORMAT", "NetworkFormatError", "check_network_dict",
           "migrate", "network_to_dict", "network_from_dict", "build_network", "save_network",
           "load_network", "preset_network_document"]


def network_from_dict(d: Any, field_prefix: str = "") -> Network:
    """Return a new Network built from the document ``d``, refused unless all of it is valid.

    ``field_prefix`` is put before every field named in an error (a preset passes
    ``"network."``). Nothing is allocated until every field has been checked.
    """
    return Network.from_dict(d, field_prefix)


build_network = Network.from_checked  # a Network from the result of check_network_dict


# --- files -----------------------------------------------------------------------------


def save_network(net: Network, path: str | os.PathLike) -> None:
    """Write ``net`` to ``path`` as a network file; never leaves a half-written file.

    A network whose weights are not all finite (training diverged) is refused with a
    NetworkFormatError naming the first bad weight, and nothing is written.
    """
    document = network_to_dict(net)
    check_sizes(document["sizes"], "sizes")  # what load_network would refuse, refuse now
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
        return network_from_dict(preset_network_document(document), field_prefix="network.")
    return network_from_dict(document)
