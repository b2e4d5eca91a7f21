"""Training a class can watch: a steady, chosen rate, and runs that stop exactly where asked."""

import time

import pytest

from bpviz.engine.training.training import Trainer
from bpviz.state.training.training_session import WATCHABLE_RATES, TrainingSession


@pytest.fixture
def lab(doc):
    """XOR (the generator's default 200 points) on a 2-3-1 tanh network, α = 0.1, from
    starting weights that reach 100 % (at epoch 30; some others settle at 99.4 %)."""
    doc.lab.generate_data("xor", seed=0)
    doc.structure.set_layer_size(1, 3)
    doc.structure.set_activation(1, "tanh")
    doc.set_lr(0.1)
    doc.structure.reinitialise(seed=1)
    return doc, TrainingSession(doc)


def first_epoch_meeting(doc, **target) -> int:
    """The epoch at which the engine, trained headless on the same data, first meets `target`."""
    train, test = doc.lab.split()
    settings = doc.lab.training_settings()
    trainer = Trainer(doc.network.copy(), train, test, settings)
    goal = type(settings)(**{**settings.__dict__, **target})
    for _ in range(2000):
        stats = trainer.run_epoch()
        if goal.target_reached(stats):
            return stats.epoch
    raise AssertionError(f"{target} is never met in 2000 epochs")


def test_five_epochs_a_second_holds_within_a_fifth_over_three_seconds(lab, qtbot):
    doc, session = lab
    session.set_rate(5)
    start = time.perf_counter()
    assert session.play()
    # The first epoch comes at once, then one every 0.2 s: the 16th ends at 3 s.
    qtbot.waitUntil(lambda: len(doc.runs.epochs) >= 16, timeout=10_000)
    elapsed = time.perf_counter() - start
    session.pause()
    assert 3.0 * 0.8 <= elapsed <= 3.0 * 1.2, f"16 epochs took {elapsed:.2f} s at 5 epochs/s"
    assert [e.epoch for e in doc.runs.epochs[:16]] == list(range(1, 17))


def test_a_watchable_run_hands_every_epoch_to_the_views(lab, qtbot):
    doc, session = lab
    session.set_rate(20)
    seen = []
    doc.weightsChanged.connect(lambda: seen.append(len(doc.runs.epochs)))
    session.play(epochs=10)
    qtbot.waitUntil(lambda: not session.running, timeout=10_000)
    assert len(doc.runs.epochs) == 10
    assert set(range(1, 11)) <= set(seen)  # the weights of every epoch were drawn


@pytest.mark.parametrize("rate", [None, 100])
@pytest.mark.parametrize("target", [dict(stop_accuracy=1.0), dict(stop_loss=0.3)])
def test_a_run_stops_exactly_at_its_target_and_says_so(lab, qtbot, rate, target):
    doc, session = lab
    doc.lab.set_training(**target)
    expected = first_epoch_meeting(doc, **target)
    session.set_rate(rate)
    reasons = []
    session.stopped.connect(reasons.append)
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    assert doc.runs.epochs[-1].epoch == expected == session.epoch
    assert doc.lab.training_settings().target_reached(doc.runs.epochs[-1])
    assert not any(doc.lab.training_settings().target_reached(e) for e in doc.runs.epochs[:-1])
    assert len(reasons) == 1 and f"epoch {expected}" in reasons[0] and reasons[0] == session.stop_reason
    assert ("100.0\u00a0%" if "stop_accuracy" in target else "0.3") in reasons[0]


@pytest.mark.parametrize("rate", [None, 100])
def test_a_run_of_so_many_epochs_stops_there_and_says_so(lab, qtbot, rate):
    doc, session = lab
    session.set_rate(rate)
    reasons = []
    session.stopped.connect(reasons.append)
    session.one_epoch()
    session.play(epochs=25)
    qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    assert session.epoch == 26 and reasons == ["Stopped at epoch 26, after the 25 epochs asked for."]


def test_pausing_is_not_a_stop_and_a_new_speed_goes_on_with_the_run(lab, qtbot):
    doc, session = lab
    reasons = []
    session.stopped.connect(reasons.append)
    session.set_rate(100)
    session.play(epochs=400)
    qtbot.waitUntil(lambda: len(doc.runs.epochs) >= 3, timeout=10_000)
    session.set_rate(1)  # the run goes on, slowly, with the epochs it had left
    assert session.running and session.progress()[1] == 400
    session.set_rate(None)
    qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    assert session.epoch == 400 and len(reasons) == 1
    session.play()
    session.pause()
    assert session.stop_reason == "" and len(reasons) == 1


def test_a_speed_outside_the_watchable_ones_is_refused_in_words(lab):
    _, session = lab
    with pytest.raises(ValueError, match="1 to 100 epochs a second"):
        session.set_rate(500)
    assert session.rate is None and WATCHABLE_RATES == (1, 5, 20, 100)
