"""Fixtures for the engine tests (no Qt)."""

import pytest

from bpviz.engine import Network


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
