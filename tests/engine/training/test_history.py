"""History: the bounded record of a training run, decimated evenly, latest epoch always last."""

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.engine.data.datasets import make_dataset
from bpviz.engine.files.lab_document import MAX_HISTORY as MAX_SAVED_HISTORY
from bpviz.engine.files.presets import Preset, load_preset, save_preset
from bpviz.engine.training.training import MAX_HISTORY, EpochStats, History, Trainer, TrainingSettings


def stats(epoch: int) -> EpochStats:
    """Stats whose loss is 1/epoch, so each value says which epoch it belongs to."""
    return EpochStats(epoch, 1.0 / epoch, None, None, None, (0.1 / epoch,), epoch, True)


def filled(max_entries: int, epochs: int) -> History:
    history = History(max_entries)
    for epoch in range(1, epochs + 1):
        history.append(stats(epoch))
    return history


def record(s: EpochStats) -> dict:
    return {"epoch": s.epoch, "train_loss": s.train_loss, "test_loss": s.test_loss,
            "train_accuracy": s.train_accuracy, "test_accuracy": s.test_accuracy,
            "grad_norms": list(s.grad_norms)}


@pytest.mark.parametrize("max_entries", [2, 3, 8, 9, 100])
def test_never_holds_more_than_max_entries_and_the_last_is_always_the_latest(max_entries):
    history = History(max_entries)
    for epoch in range(1, 5001):
        latest = stats(epoch)
        history.append(latest)
        assert len(history) <= max_entries
        assert history[-1] is latest and history.latest is latest
        assert history[0].epoch == 1  # the start of the run is never dropped


@pytest.mark.parametrize("max_entries, epochs", [(8, 1000), (9, 1000), (100, 12_345), (101, 777)])
def test_recorded_epochs_rise_evenly_and_end_at_the_latest(max_entries, epochs):
    history = filled(max_entries, epochs)
    kept = [s.epoch for s in history]
    gaps = np.diff(kept)
    assert kept[-1] == epochs
    assert (gaps > 0).all()
    assert set(gaps[:-1]) == {history.stride}  # evenly spaced: the curve keeps its shape
    assert 0 < gaps[-1] <= history.stride       # the latest may sit closer than the stride
    assert len(history) >= max_entries // 2     # halving keeps half the resolution, not less


def test_entries_are_the_real_epochs_with_their_own_numbers():
    history = filled(16, 1000)
    for s in history:
        assert s.train_loss == 1.0 / s.epoch and s.grad_norms == (0.1 / s.epoch,)


def test_until_full_every_epoch_is_kept():
    history = filled(10, 9)
    assert [s.epoch for s in history] == list(range(1, 10))
    assert history.stride == 1


def test_reads_like_a_list():
    history = filled(8, 50)
    as_list = list(history)
    assert len(as_list) == len(history)
    assert [history[k] for k in range(len(history))] == as_list
    assert [history[k] for k in range(-len(history), 0)] == as_list
    assert history[1:-1] == as_list[1:-1] and history[::-1] == as_list[::-1]
    for bad in (len(history), -len(history) - 1):
        with pytest.raises(IndexError, match="out of range"):
            history[bad]
    assert "of at most 8 entries" in repr(history)


def test_clear_forgets_everything_and_starts_at_full_resolution():
    history = filled(8, 100)
    history.clear()
    assert len(history) == 0 and history.latest is None and history.stride == 1
    history.append(stats(1))
    history.append(stats(2))
    assert [s.epoch for s in history] == [1, 2]


def test_refuses_a_bound_below_two():
    for bad in (1, 0, 2.5, "10"):
        with pytest.raises(ValueError, match="max_history must be a whole number of at least 2"):
            History(bad)


def test_a_full_history_fits_what_a_saved_document_may_hold():
    assert MAX_HISTORY <= MAX_SAVED_HISTORY
    assert len(filled(MAX_HISTORY, 3 * MAX_HISTORY + 7)) <= MAX_SAVED_HISTORY


def test_a_decimated_trainer_history_round_trips_through_a_saved_document(tmp_path):
    data = make_dataset("xor", n=40, noise=0, seed=0)
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "cross_entropy", seed=3)
    settings = TrainingSettings(lr=0.1, batch_size=40, epochs=75)
    trainer = Trainer(net, data, None, settings, max_history=16)
    trainer.run()
    history = trainer.history
    assert history.stride > 1 and history[-1].epoch == 75  # decimated, and ends where it stands

    preset = Preset("lab", "lab", "", net, data.X[0], data.T[0], settings.lr,
                    {"name": "xor", "n": 40, "noise": 0.0, "seed": 0},
                    training={"batch_size": 40, "l1": 0.0, "l2": 0.0, "epochs": 75, "seed": 0},
                    history=tuple(record(s) for s in history))
    save_preset(preset, tmp_path / "lab.json")
    again = load_preset(tmp_path / "lab.json")

    assert list(again.history) == [record(s) for s in history]
    assert [r["epoch"] for r in again.history] == [s.epoch for s in history]
    assert again.history[-1]["train_loss"] == history[-1].train_loss


def test_thinning_keeps_every_buckets_least_and_greatest_value():
    from bpviz.engine.training.history import thinned
    accuracy = np.ones(1000)
    accuracy[537] = 0.45  # one epoch's collapse, and one loss spike elsewhere
    loss = np.full(1000, 0.1)
    loss[211] = 9.0
    records = [EpochStats(k + 1, float(loss[k]), None, float(accuracy[k]), None, (0.01,), k + 1, True)
               for k in range(1000)]
    while len(records) > 20:
        records = thinned(records)
    assert records[0].epoch == 1 and records[-1].epoch == 1000 and records[-1].train_accuracy == 1.0
    lows, highs = zip(*(r.span() for r in records))
    assert min(low[2] for low in lows) == 0.45 and max(high[0] for high in highs) == 9.0
    for r, low, high in zip(records, lows, highs):  # each record's own numbers lie in its span
        assert all(lo <= own <= hi for lo, own, hi in zip(low, r.measures(), high) if own is not None)
    assert low[1] is None and high[1] is None  # never measured stays unmeasured
