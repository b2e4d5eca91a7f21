"""How the compiled epoch names activations and losses: small integers, one per name."""

from .activations import ACTIVATIONS

ACTIVATION_CODES = {name: code for code, name in enumerate(ACTIVATIONS)}
SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX = (ACTIVATION_CODES[name] for name in (
    "sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"))
LOSS_CODES = {"mse": 0, "cross_entropy": 1}
