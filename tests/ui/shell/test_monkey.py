"""The randomized ("monkey") test: random user actions on the real window, invariants after each.

Random actions (tests/ui/shell/monkey_actions.py): stepping at every granularity, undo and
redo, edits with garbage text, the network, example, train and data panels, clicks on the
canvas and the output plot, damaged files through File ▸ Open, presets, training with absurd
learning rates. After every action:

- no exception reached the event loop (slots and timers both report to sys.excepthook);
- the step cursor steps the document's own network, example and α, and the weights are the
  trace's (before or after each layer's update, as revealed);
- the canvas, the inspector, the weights table and the panels show the engine's numbers;
- an undoable action undone returns the exact earlier network and lab state (bit for bit),
  and redone returns the later one;
- a damaged file changes nothing and says so; a file saved in the run reopens identically.

Seeded and reproducible: BPVIZ_MONKEY_SEED runs one seed, BPVIZ_MONKEY_ACTIONS sets the
number of actions per seed (a long local run: BPVIZ_MONKEY_ACTIONS=50000). A failure names
the seed, the action and the actions that led there. Training left to run until paused goes
as fast as the machine allows, so its numbers can differ between runs of one seed.
"""

from __future__ import annotations

import json
import os
import random
import traceback
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt

from bpviz.engine import Network, save_network
from bpviz.engine.files.presets import load_preset, preset_to_dict
from bpviz.ui.look.number_fit import shorter_forms
from bpviz.ui.stepping.weights_table_model import AFTER, BEFORE, CHANGE, GRADIENT, MAX_ROWS, compact

from tests.ui.shell.monkey_actions import Monkey, settle_events

CI_SEEDS = (1, 2, 3, 4)
CI_ACTIONS = 150  # per seed in the suite; `make monkey` runs 20 seeds of 1000 before a release
SEEDS = (int(os.environ["BPVIZ_MONKEY_SEED"]),) if os.environ.get("BPVIZ_MONKEY_SEED") else CI_SEEDS
ACTIONS = int(os.environ.get("BPVIZ_MONKEY_ACTIONS", CI_ACTIONS))
SHOWN_HISTORY = 25  # actions listed in a failure message
MAX_RESIZES = 12    # canvas resizes one action may cause (a change of layout makes a few)


# -- what the document holds, settled --------------------------------------------------------------


@dataclass
class State:
    """The network and lab state an edit applies to: a step in progress undone, a finished one counted."""

    structure: tuple           # sizes, activations, loss, init, seed
    parameters: list           # W[1..L], then b[1..L]
    lr: float
    data: tuple | None         # kind, X, T of the data set
    lab: tuple                 # features, test share, training settings
    example: tuple | None      # inputs and targets (a row per sample), when there is no data set to take them from


def settled(doc) -> State:
    """Return the document's state as the next edit will find it (see StepPlayback._settle)."""
    net, cursor = doc.network, doc.cursor
    trace = cursor.trace
    if cursor.at_end or cursor.at_start:
        parameters = [a.copy() for a in net.W[1:] + net.b[1:]]
    else:  # a step in progress is undone before an edit: the weights before its updates
        parameters = [np.array(a) for a in trace.W_before[1:] + trace.b_before[1:]]
    data = doc.lab.dataset
    return State(
        structure=(tuple(net.sizes), tuple(net.activations), net.loss, net.init, net.seed),
        parameters=parameters, lr=doc.lr,
        data=None if data is None else (data.kind, np.array(data.X), np.array(data.T)),
        lab=(doc.lab.features, doc.lab.test_fraction, doc.lab.settings),
        example=None if data is not None or cursor.at_end else (doc.inputs.copy(), doc.targets.copy()))


def differences(want: State, got: State) -> list[str]:
    """Return what differs between two states, in words (empty when they are the same)."""
    found = []
    if want.structure != got.structure:
        return [f"structure {got.structure} instead of {want.structure}"]
    for k, (a, b) in enumerate(zip(want.parameters, got.parameters)):
        if not same(a, b):
            found.append(f"parameter array {k} is {b.tolist()} instead of {a.tolist()}")
    if not same(want.lr, got.lr):
        found.append(f"α = {got.lr!r} instead of {want.lr!r}")
    if (want.data is None) != (got.data is None) or (
            want.data is not None and not (want.data[0] == got.data[0] and same(want.data[1], got.data[1])
                                           and same(want.data[2], got.data[2]))):
        found.append("another data set")
    if want.lab != got.lab:
        found.append(f"lab settings {got.lab} instead of {want.lab}")
    if want.example is not None and got.example is not None and not (
            same(want.example[0], got.example[0]) and same(want.example[1], got.example[1])):
        found.append(f"example {got.example} instead of {want.example}")
    return found


def same(a, b) -> bool:
    """Return whether two numbers or arrays are bit for bit the same values (NaN equal to NaN)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and np.array_equal(a, b, equal_nan=True)


# -- what the views show ------------------------------------------------------------------------------


def view_problems(w) -> list[str]:
    """Return every way the window's views disagree with the document and its trace."""
    # The centre shows the network or the computational graph; the hidden one waits to be shown.
    centre = _canvas_problems(w) if w.canvas.isVisible() else _graph_problems(w)
    return (_cursor_problems(w.doc) + centre + _inspector_problems(w)
            + _weights_table_problems(w) + _panel_problems(w))


def _graph_problems(w) -> list[str]:
    """The graph view's chosen weight: its paths' products sum to the trace's ∂L/∂w (in a batch,
    to the shown sample's own ∂Lₙ/∂w)."""
    view, trace = w.graph_view, w.doc.cursor.trace
    view.refresh()
    l, j, i = view.chosen_weight()
    paths = view.shown_paths()
    if not paths or len(paths) < view.path_count():
        return []  # more paths than listed: the sum written is the one worked back from L
    own = trace.dW[l] if trace.n_samples == 1 else trace.sample_gradients(l)[0][w.doc.shown_sample]
    total, want = sum(p.product for p in paths), float(own[j, i])
    if not (np.isclose(total, want, rtol=1e-9, atol=1e-12) or not np.isfinite(want)):
        return [f"the graph's paths of w_{j + 1}{i + 1}^({l}) sum to {total!r}, the trace's ∂L/∂w is {want!r}"]
    return []


def _cursor_problems(doc) -> list[str]:
    cursor, net = doc.cursor, doc.network
    trace, found = cursor.trace, []
    if cursor.net is not net:
        found.append("the step cursor steps another network than the document's")
    if not (same(trace.x[0], doc.inputs) and same(trace.T, doc.targets) and same(trace.lr, doc.lr)
            and same(doc.inputs[doc.shown_sample], doc.input)):
        found.append("the step cursor steps another example or α than the document's")
    for l in range(1, net.L + 1):
        updated = cursor.is_revealed("update", l)
        W, b = (trace.W_after[l], trace.b_after[l]) if updated else (trace.W_before[l], trace.b_before[l])
        if not (same(net.W[l], W) and same(net.b[l], b)):
            found.append(f"layer {l}'s weights are not the trace's {'after' if updated else 'before'} its update")
    return found


def _expected_neuron(doc, l: int, j: int) -> tuple[str, float | None]:
    """Return what neuron j of layer l shows: x once revealed (x⁽⁰⁾ always); δ in the backward
    pass and update, once revealed. What is revealed is the document's one rule (Revealed)."""
    revealed = doc.revealed
    delta = revealed.value("delta", l, j) if l and doc.cursor.phase in ("backward", "update") else None
    if delta is not None:
        return "δ", delta
    x = revealed.value("x", l, j)
    return ("?", None) if x is None else ("x", x)


def _canvas_problems(w) -> list[str]:
    doc, canvas, fmt = w.doc, w.canvas, w.options.fmt
    cursor, net, found = doc.cursor, doc.network, []
    shown = canvas.shown_values()
    if canvas.layout_geometry.sizes != tuple(net.sizes) or [len(row) for row in shown] != net.sizes:
        return [f"the canvas is laid out for {canvas.layout_geometry.sizes}, the network is {net.sizes}"]
    glyphs = canvas.neurons_item.glyphs()
    k = 0
    for l, row in enumerate(shown):
        for j, (kind, value) in enumerate(row):
            want_kind, want = _expected_neuron(doc, l, j)
            if kind != want_kind or not same(np.nan if value is None else value, np.nan if want is None else want):
                found.append(f"canvas neuron {j + 1} of layer {l} shows {kind} {value}, the trace {want_kind} {want}")
            text = "?" if want is None else fmt(want)
            if glyphs[k].text != text:
                found.append(f"canvas neuron {j + 1} of layer {l} reads {glyphs[k].text!r}, not {text!r}")
            k += 1
    edges, trace = canvas.shown_edges(), cursor.trace
    phase = cursor.phase if w.options.show_gradients else None
    mode = {"backward": "∂L/∂w", "update": "Δw"}.get(phase, "w")
    if edges.mode != mode:
        found.append(f"canvas edges show {edges.mode} in phase {cursor.phase}, not {mode}")
    for l in range(1, net.L + 1):
        want = {"w": net.W[l], "∂L/∂w": trace.dW[l], "Δw": trace.W_after[l] - trace.W_before[l]}[edges.mode]
        if not same(edges.values[l], want):
            found.append(f"canvas edges of layer {l} are not the trace's {edges.mode}")
    places = canvas._edge_label_places
    digits = w.options.digits
    # In a fast run the values on the edges are placed at most twice a second (set_live): they
    # may lag; the pause brings them up to date, which the next quiet action checks.
    for box, (l, j, i) in zip([] if canvas.live else places.boxes, [ids for _, ids in places.hits]):
        # A label may be a shorter form of its value (number_fit); at the update it is the new
        # weight, with "Δ" and the change under it where two lines fit.
        value = float(edges.values[l][j, i])
        lines = box.text.split("\n")
        if edges.mode == "Δw":
            ok = (lines[0] in shorter_forms(float(trace.W_after[l][j, i]), digits)
                  and (len(lines) == 1 or lines[1] in ["Δ " + f for f in shorter_forms(value, digits)]))
        else:
            ok = box.text in shorter_forms(value, digits)
        if not ok:
            found.append(f"the label of edge w{j + 1}{i + 1}({l}) reads {box.text!r}, not a form of {fmt(value)!r}")
    loss = "L = ?" if doc.revealed.value("loss") is None else f"L = {fmt(doc.revealed.value('loss'))}"
    if loss not in canvas._chrome.texts():
        found.append(f"the canvas's loss box does not read {loss!r}")
    return found


def _inspector_problems(w) -> list[str]:
    doc, focus = w.doc, w.doc.focus
    if focus is None:
        return []
    revealed, values = doc.revealed, w.inspector.equation_values()
    trace, l, j = doc.cursor.trace, focus.layer, focus.j
    if focus.kind == "loss":
        want = {"loss": revealed.value("loss")}
    elif focus.kind == "edge":
        i = focus.i
        want = {f"w[{i}]": float(trace.W_before[l][j, i]), f"dW[{i}]": revealed.value("dW", l, j, i),
                f"W_after[{i}]": revealed.value("W_after", l, j, i)}
    elif l == 0:
        want = {"x": revealed.value("x", 0, j)}
    else:
        want = {kind: revealed.value(kind, l, j) for kind in ("z", "x", "delta", "db", "b_after")}
        want["dW[0]"] = revealed.value("dW", l, j, 0)
    found = []
    for key, value in want.items():
        got = values.get(key, "missing")
        if got == "missing" or (got is None) != (value is None) or (
                value is not None and not same(got, value)):
            found.append(f"the inspector shows {key} = {got} for {focus}, the trace {value}")
    return found


def _weights_table_problems(w) -> list[str]:
    doc, table, fmt = w.doc, w.weights_table, w.options.fmt
    model, focus, net = table.model, doc.focus, doc.network
    total = sum(net.sizes[l] * (net.sizes[l - 1] + 1) for l in range(1, net.L + 1))
    if model.rowCount() != min(total, MAX_ROWS):
        return [f"the weights table has {model.rowCount()} rows for {total} parameters"]
    row = model.row_of(focus)
    if row is None:
        return []
    l, j, i = model.parameter_at(row)
    if (l, j) != (focus.layer, focus.j) or i != (focus.i if focus.kind == "edge" else -1):
        return [f"the weights table's row for {focus} is parameter {(l, j, i)}"]
    revealed, trace, found = doc.revealed, doc.cursor.trace, []
    before = trace.W_before[l][j, i] if i >= 0 else trace.b_before[l][j]
    edge = i >= 0
    want = {BEFORE: before, GRADIENT: revealed.value("dW" if edge else "db", l, j, i),
            CHANGE: revealed.value("W_change" if edge else "b_change", l, j, i),
            AFTER: revealed.value("W_after" if edge else "b_after", l, j, i)}
    for column, value in want.items():
        value = None if value is None else float(value)
        text = model.data(model.index(row, column))
        if text != compact(fmt(value), value):
            found.append(f"the weights table shows {text!r} in column {column} for {focus}, "
                         f"the trace {value}")
    selected = table.view.selectionModel().selectedRows()
    if table.proxy.mapFromSource(model.index(row, 0)).isValid() and (
            not selected or table.proxy.mapToSource(selected[0]).row() != row):
        found.append(f"the weights table does not select the row of {focus}")
    return found


def _panel_problems(w) -> list[str]:
    doc, fmt, found = w.doc, w.options.fmt, []
    table = w.example_panel.table
    values = [*doc.input, *doc.target]
    texts = [table.item(r, 0).text() if table.item(r, 0) else None for r in range(table.rowCount())]
    if texts != [fmt(float(v)) for v in values]:
        found.append(f"the example table reads {texts}, the document holds {values}")
    panel = w.network_panel
    if len(panel.rows) != len(doc.network.sizes) or [
            panel.size_spin(l).value() for l in range(len(doc.network.sizes))] != doc.network.sizes:
        found.append(f"the network panel does not show the sizes {doc.network.sizes}")
    return found


# -- the run ------------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path):
    """Files to open and import: damaged ones of many kinds, and a few good ones."""
    good = preset_to_dict(load_preset("xor"))
    text = json.dumps(good)
    wrong_version = dict(good, version=99)
    wrong_types = json.loads(text)
    wrong_types["network"]["sizes"] = ["two", 4, 1]
    wrong_lr = dict(good, lr="fast")
    huge = json.loads(text)
    huge["dataset"] = {"name": "xor", "n": 10**9, "noise": 0.1, "seed": 0}
    contents = {
        "truncated.json": text[: len(text) // 2],
        "wrong-version.json": json.dumps(wrong_version),
        "wrong-types.json": json.dumps(wrong_types),
        "wrong-lr.json": json.dumps(wrong_lr),
        "huge-data.json": json.dumps(huge),
        "binary.json": bytes(random.Random(0).randrange(256) for _ in range(600)),
        "empty.json": "",
        "deep.json": "[" * 100_000,
        "null.json": "null",
        "good.json": text,
        "good.csv": "x1,x2,t\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0.5,0.5,1\n",
        "bad.csv": "x1,x2,t\n1,2,0\nx,y,1\n",
        "empty.csv": "",
        "binary.csv": bytes(random.Random(1).randrange(256) for _ in range(300)),
    }
    paths = {}
    for name, content in contents.items():
        path = tmp_path / name
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
        paths[name] = path
    paths["missing.json"] = tmp_path / "no-such-file.json"
    (tmp_path / "a-folder.json").mkdir()
    paths["a-folder.json"] = tmp_path / "a-folder.json"
    save_network(Network([2, 3, 2], ["tanh", "sigmoid"], "mse", seed=4), tmp_path / "network.json")
    paths["network.json"] = tmp_path / "network.json"
    return paths


DAMAGED = ("truncated.json", "wrong-version.json", "wrong-types.json", "wrong-lr.json", "huge-data.json",
           "binary.json", "empty.json", "deep.json", "null.json", "missing.json", "a-folder.json")


class MonkeyFailure(AssertionError):
    """An invariant broken by a random action: the message names the seed and the actions."""


class ResizeCounter(QObject):
    """Counts the resize events of the widget it filters (a relayout loop shows as thousands)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def run_monkey(window, qtbot, dialogs, files, folder, seed: int, actions: int) -> None:
    """Run `actions` random actions with `seed`, checking every invariant after each."""
    rng = random.Random(seed)
    monkey = Monkey(window, qtbot, rng, files, dialogs, folder)
    log: list[str] = []
    saved: dict = {}

    def fail(n: int, problems: list[str]) -> None:
        recent = "\n".join(f"  {k}. {text}" for k, text in
                           enumerate(log[-SHOWN_HISTORY:], start=max(1, len(log) - SHOWN_HISTORY + 1)))
        raise MonkeyFailure(
            f"monkey seed {seed}, action {n}: " + "\n".join(problems) + f"\nThe last actions:\n{recent}\n"
            f"Repeat with: BPVIZ_MONKEY_SEED={seed} BPVIZ_MONKEY_ACTIONS={n} "
            ".venv/bin/python -m pytest tests/ui/shell/test_monkey.py")

    doc_save = window.doc.save

    def save_and_remember(path) -> None:
        """Every save, by any route (Save, Save As, the unsaved-changes question), as it writes."""
        doc_save(path)
        if Path(path).name.startswith("saved-"):
            saved[Path(path).name] = settled(window.doc)

    window.doc.save = save_and_remember
    resizes = ResizeCounter()
    window.canvas.viewport().installEventFilter(resizes)
    with qtbot.capture_exceptions() as exceptions:
        for n in range(1, actions + 1):
            resizes.count = 0
            doc = window.doc
            before, index, network = settled(doc), doc.undo_stack.index(), doc.network
            quiet = not (window.session.running or window.step_bar.is_playing())
            try:
                log.append(monkey.act())
                settle_events()
                if exceptions:
                    fail(n, ["".join(traceback.format_exception(*exceptions[0]))])
                if resizes.count > MAX_RESIZES:
                    fail(n, [f"the canvas was resized {resizes.count} times: a relayout loop"])
                problems = view_problems(window)
                if problems:
                    fail(n, problems)
                kind = monkey.last
                quiet = quiet and not (window.session.running or window.step_bar.is_playing())
                pushed = doc.undo_stack.index() - index
                if (kind != "undo_or_redo" and quiet and pushed > 0
                        and doc.undo_stack.count() == doc.undo_stack.index()):
                    fail_if(n, _undo_round_trip(window, before, pushed), fail)
                if kind == "open_file" and monkey.opened in DAMAGED and doc.network is network:
                    problems = differences(before, settled(doc))
                    if not window.message_bar.text():
                        problems.append(f"opening {monkey.opened} said nothing")
                    fail_if(n, problems, fail)
                if kind == "open_file" and doc.network is not network and monkey.opened in saved:
                    fail_if(n, differences(saved[monkey.opened], settled(doc)), fail)
                if doc.path is not None and doc.path.name.startswith("saved-") and not doc.modified:
                    saved[doc.path.name] = settled(doc)  # saved (or just opened): the file holds this
            except MonkeyFailure:
                raise
            except Exception:  # an exception raised straight into the test, not through a slot
                fail(n, [traceback.format_exc()])
            if exceptions:
                fail(n, ["".join(traceback.format_exception(*exceptions[0]))])
        window.session.pause()
        if window.step_bar.is_playing():
            window.step_bar.toggle_play()
        # Leave no input state behind for the next test: Ctrl as the modifier state (after a
        # Ctrl shortcut), or the pointer resting where the next test's first move goes.
        qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
        qtbot.mouseMove(window, QPoint(1, 1))


def fail_if(n: int, problems: list[str], fail) -> None:
    if problems:
        fail(n, problems)


def _undo_round_trip(window, before: State, pushed: int) -> list[str]:
    """Undo the `pushed` commands the last action made, compare, redo them, compare; return problems."""
    doc = window.doc
    after = settled(doc)
    for _ in range(pushed):
        window.actions["undo"].trigger()
    problems = [f"after undo: {p}" for p in differences(before, settled(doc))]
    for _ in range(pushed):
        window.actions["redo"].trigger()
    problems += [f"after redo: {p}" for p in differences(after, settled(doc))]
    return problems + view_problems(window)  # each view brings itself up to date to be read


@pytest.mark.parametrize("seed", SEEDS)
def test_random_actions_keep_every_invariant(window, qtbot, dialogs, files, tmp_path, seed):
    run_monkey(window, qtbot, dialogs, files, tmp_path, seed, ACTIONS)
