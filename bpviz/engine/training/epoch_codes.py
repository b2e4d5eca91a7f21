"""How the compiled epoch names activations and losses: small integers, one per name."""

from bpviz.engine.nn.activations import ACTIVATIONS

ACTIVATION_CODES = {name: code for code, name in enumerate(ACTIVATIONS)}
SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX = (ACTIVATION_CODES[name] for name in (
    "sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"))
LOSS_CODES = {"mse": 0, "cross_entropy": 1}

# The entries of a compiled run's control array, which a thread reading the run shares with it.
STOP, PUBLISHED, DIVERGED = 0, 1, 2  # stop asked (1.0); epochs ended and published; diverged (1.0)
# The targets a run stops at, after the first epoch whose training loss is at most the one or
# whose training accuracy at least the other (−∞ and +∞: none).
STOP_LOSS, STOP_ACCURACY = 3, 4
CONTROLS = 5

# The columns of a compiled run's results, one row per epoch: its batches (the samples done,
# where a diverging batch stopped it), the training loss and accuracy, the test loss and
# accuracy (accuracy −1: not a classification), then from GRAD_SUMS on the sum over the
# epoch's batches of each layer's mean |∂L/∂w|, layers 1..L.
BATCHES, TRAIN_LOSS, TRAIN_ACCURACY, TEST_LOSS, TEST_ACCURACY, GRAD_SUMS = range(6)
