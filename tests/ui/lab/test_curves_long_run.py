"""TrainingCurves over a long run: the record is thinned out, the curves still sit on real epochs."""

import numpy as np
import pytest

from bpviz.engine.training.training import EpochStats
from bpviz.state import ViewOptions
from bpviz.state.training.training_runs import MAX_EPOCH_RECORDS
from bpviz.ui.lab.training_curves import TrainingCurves

from tests.ui.conftest import settle

EPOCHS = 2 * MAX_EPOCH_RECORDS + 123  # thinned out three times


def stats(epoch: int) -> EpochStats:
    """Stats whose numbers say which epoch they belong to: loss 1/epoch, accuracy epoch/EPOCHS."""
    return EpochStats(epoch, 1.0 / epoch, 2.0 / epoch, epoch / EPOCHS, None,
                      (0.1 / epoch, 0.2 / epoch), epoch, True)


@pytest.fixture
def long_run(qtbot, show_widget, xor_doc):
    """Curves shown on the XOR document after EPOCHS recorded epochs."""
    curves = show_widget(TrainingCurves(xor_doc, ViewOptions()), 600, 400)
    for epoch in range(1, EPOCHS + 1):
        xor_doc.runs.record_epoch(stats(epoch))
    settle(qtbot, curves)
    return curves


def test_a_long_run_keeps_a_bounded_record_from_the_first_epoch_to_the_latest(long_run, xor_doc):
    epochs = [e.epoch for e in xor_doc.runs.epochs]
    assert len(epochs) <= MAX_EPOCH_RECORDS
    assert epochs[0] == 1 and epochs[-1] == EPOCHS
    assert (np.diff(epochs) > 0).all()


def test_each_point_is_drawn_at_its_real_epoch_with_that_epochs_numbers(long_run, xor_doc):
    epochs = np.array([e.epoch for e in xor_doc.runs.epochs], dtype=float)
    x, y = long_run.points("loss", "train")
    assert np.array_equal(x, epochs) and np.array_equal(y, 1.0 / epochs)
    x, y = long_run.points("loss", "test")
    assert np.array_equal(x, epochs) and np.array_equal(y, 2.0 / epochs)
    x, y = long_run.points("accuracy", "train")
    assert np.array_equal(y, epochs / EPOCHS)
    x, y = long_run.points("gradients", "layer 2")
    assert np.allclose(y, 0.2 / epochs)
    assert x[-1] == EPOCHS  # the curve reaches where training stands


def test_the_readout_names_the_real_epoch_under_the_pointer(long_run, xor_doc):
    plot = long_run.loss_plot
    last = plot.nearest(EPOCHS + 50.0)
    assert plot.x[last] == EPOCHS
    assert long_run.describe(plot, last).startswith(f"epoch {EPOCHS} · train ")
    middle = plot.nearest(EPOCHS / 2)
    assert abs(plot.x[middle] - EPOCHS / 2) <= np.max(np.diff(plot.x))


def test_a_thinned_run_still_draws_an_epoch_that_dipped(qtbot, show_widget, xor_doc):
    curves = show_widget(TrainingCurves(xor_doc, ViewOptions()), 600, 400)
    for epoch in range(1, EPOCHS + 1):
        dipped = epoch == 7778
        xor_doc.runs.record_epoch(EpochStats(epoch, 0.1, None, 0.45 if dipped else 1.0, None, (0.01,), epoch, True))
    settle(qtbot, curves)
    assert all(e.epoch != 7778 for e in xor_doc.runs.epochs)  # the record itself was merged away ...
    x, y = curves.plots["accuracy"].spans["train"].getOriginalDataset()
    k = int(np.argmin(y))  # ... but its bucket's stroke reaches down to it, at its bucket's epoch
    assert y[k] == 0.45 and abs(x[k] - 7778) < 8
