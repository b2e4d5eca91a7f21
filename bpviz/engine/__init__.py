"""The engine: backpropagation in pure numpy, exactly as the seed writes it.

This package never imports Qt.
"""

from bpviz.engine.nn.activations import ACTIVATIONS, Activation, get_activation
from bpviz.engine.nn.losses import LOSSES, Loss, get_loss
from bpviz.engine.nn.network import Network
from bpviz.engine.nn.trace import StepTrace
from bpviz.engine.nn.step_through import Event, StepThrough

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation", "LOSSES", "Loss", "get_loss",
    "Network", "StepTrace", "StepThrough", "Event",
    "NetworkFormatError", "load_network", "save_network",
]


def __getattr__(name):
    # network_file.py is imported on first use so that a plain forward pass needs no json.
    if name in ("NetworkFormatError", "load_network", "save_network"):
        from bpviz.engine.files import network_file

        return getattr(network_file, name)
    raise AttributeError(f"module 'bpviz.engine' has no attribute {name!r}")
