"""Live training: the same weights as the engine's own steps, divergence caught, reset exact."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from bpviz.engine.training.training import Trainer
from bpviz.state.training.training_session import TrainingSession


@pytest.fixture
def lab(doc):
    doc.lab.generate_data("xor", n=200, noise=0.0, seed=0)
    doc.structure.set_layer_size(1, 4)
    doc.structure.set_activation(1, "tanh")
    doc.set_lr(0.1)
    return doc, TrainingSession(doc)


def weights(net):
    return [w.copy() for w in net.W[1:]] + [b.copy() for b in net.b[1:]]


def test_training_gives_the_same_weights_as_the_engine_headless(lab):
    doc, session = lab
    reference = doc.network.copy()
    train, test = doc.lab.split()
    for _ in range(3):
        session.one_epoch()
    headless = Trainer(reference, train, test, doc.lab.training_settings())
    for _ in range(3):
        headless.run_epoch()
    assert all(np.array_equal(a, b) for a, b in zip(weights(doc.network), weights(reference)))
    assert [e.train_loss for e in doc.runs.epochs] == [e.train_loss for e in headless.history]


def test_play_trains_in_slices_and_stops_after_the_epochs_asked_for(lab, qtbot):
    doc, session = lab
    assert session.play(epochs=40)
    assert session.running
    qtbot.waitUntil(lambda: not session.running, timeout=20_000)
    assert session.epoch == 40 and len(doc.runs.epochs) == 40
    assert doc.runs.epochs[-1].train_loss < doc.runs.epochs[0].train_loss


def test_pause_then_step_a_sample_then_resume(lab, qtbot):
    doc, session = lab
    session.play()
    qtbot.waitUntil(lambda: len(doc.runs.epochs) >= 3, timeout=20_000)
    session.pause()
    doc.select_sample(7)
    while not doc.cursor.at_end:
        doc.advance()
    assert np.array_equal(doc.network.W[1], doc.cursor.trace.W_after[1])
    assert session.play(epochs=2)
    qtbot.waitUntil(lambda: not session.running, timeout=20_000)
    assert np.isfinite(doc.network.W[1]).all()


def test_reset_brings_back_the_starting_weights(lab):
    doc, session = lab
    start = weights(doc.network)
    session.one_epoch()
    session.one_batch()
    session.reset()
    assert all(np.array_equal(a, b) for a, b in zip(start, weights(doc.network)))
    assert doc.runs.epochs == []


def test_a_diverging_learning_rate_pauses_and_restore_brings_back_finite_weights(doc, qtbot):
    doc.lab.generate_data("plane", n=100, noise=0.0)
    doc.structure.set_activation(1, "linear")
    doc.set_lr(10)
    session = TrainingSession(doc)
    with qtbot.waitSignal(session.diverged, timeout=20_000) as blocker:
        session.play()
    assert not session.running and "too large" in blocker.args[0]
    assert not all(np.isfinite(w).all() for w in doc.network.W[1:])
    session.restore_last_finite()
    assert all(np.isfinite(w).all() for w in doc.network.W[1:])


def test_training_refuses_to_start_without_fitting_data(doc, qtbot):
    session = TrainingSession(doc)
    with qtbot.waitSignal(session.problemRaised) as blocker:
        assert not session.play()
    assert "no data set" in blocker.args[0].lower()


def test_with_the_compiled_epoch_a_worker_thread_trains_and_the_frames_hand_over(lab, qtbot,
                                                                                 monkeypatch):
    from bpviz.state.training.training_worker import TrainingWorker

    threads = []
    monkeypatch.setattr(TrainingWorker, "_run",
                        lambda self, run=TrainingWorker._run: (
                            threads.append(threading.current_thread().name), run(self)))
    doc, session = lab
    assert session.play(epochs=30)
    qtbot.waitUntil(lambda: not session.running, timeout=20_000)
    assert threads == ["bpviz-training"]  # not the window's thread
    assert [e.epoch for e in doc.runs.epochs] == list(range(1, 31))
    assert all(np.array_equal(a, b) for a, b in zip(weights(doc.network), weights(session._trainer.net)))


def test_an_edit_while_training_stops_it_and_the_edit_stays(lab, qtbot):
    doc, session = lab
    session.play()
    qtbot.waitUntil(lambda: len(doc.runs.epochs) >= 2, timeout=20_000)
    doc.set_parameter(1, 0, 0, 0.123)
    assert not session.running
    QCoreApplication.processEvents()  # what the stopped run left queued cannot overwrite the edit
    assert doc.network.W[1][0, 0] == 0.123
    doc.undo_stack.undo()
    assert doc.network.W[1][0, 0] != 0.123


def test_without_the_compiled_epoch_the_window_thread_trains_in_slices(lab, qtbot, monkeypatch):
    from bpviz.engine.training import compiled_epoch

    monkeypatch.setattr(compiled_epoch, "_kernel", None)
    monkeypatch.setattr(compiled_epoch, "load_on_demand", False)
    doc, session = lab
    assert session.play(epochs=3)
    assert session._worker is None and session.running
    qtbot.waitUntil(lambda: not session.running, timeout=20_000)
    assert session.epoch == 3


def test_an_unexpected_error_in_the_worker_stops_training_with_a_message(lab, qtbot, monkeypatch):
    doc, session = lab
    session.one_epoch()

    def broken(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Trainer, "run_epochs", lambda self, count, progress=None: broken(self))
    with qtbot.waitSignal(session.problemRaised, timeout=20_000) as blocker:
        session.play()
    assert "disk on fire" in blocker.args[0] and not session.running


def test_epochs_reach_the_document_while_one_long_compiled_call_runs_and_none_is_lost(
        lab, qtbot, monkeypatch):
    from bpviz.state.training import training_worker

    calls = []
    monkeypatch.setattr(training_worker, "CHUNK_S", 60.0)  # calls grow until one outlasts the test
    run_epochs = Trainer.run_epochs
    monkeypatch.setattr(Trainer, "run_epochs",
                        lambda self, count, progress=None: (calls.append(count),
                                                            run_epochs(self, count, progress))[1])
    doc, session = lab
    session.play()
    qtbot.waitUntil(lambda: bool(calls) and calls[-1] >= 4 ** 6, timeout=20_000)  # a long call
    first, during = len(calls), session.epoch
    qtbot.waitUntil(lambda: session.epoch > during + 100, timeout=20_000)
    assert len(calls) == first  # the same call: its epochs came while it ran
    session.pause()
    assert [e.epoch for e in doc.runs.epochs] == list(range(1, session.epoch + 1))
    assert session.epoch == session._trainer.epoch
    assert all(np.array_equal(a, b) for a, b in zip(weights(doc.network), weights(session._trainer.net)))
