"""bpviz: watch backpropagation work, neuron by neuron."""

__version__ = "0.1.0"
