"""How the compiled epoch names activations and losses: small integers, one per name."""

from .activations import ACTIVATIONS

ACTIVATION_CODES = {name: code for code, name in enumerate(ACTIVATIONS)}
SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX = (ACTIVATION_CODES[name] for name in (
    "sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"))
LOSS_CODES = {"mse": 0, "cross_entropy": 1}

# The entries of a compiled run's control array, which a thread reading the run shares with it.
STOP, PUBLISHED, DIVERGED = 0, 1, 2  # stop asked (1.0); epochs ended and published; diverged (1.0)
