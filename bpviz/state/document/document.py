"""Document: the network, its example and learning rate, the step cursor and the undo stack.

Views read the document and listen to its signals; they change it only through the methods
below, which push undoable commands. Stepping through a pass is playback, not an edit: it
moves the cursor and never touches the undo stack.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from bpviz.engine import Network, StepThrough
from bpviz.engine.nn import topology
from bpviz.engine.files.atomic_file import remove_leftover_temporaries
from bpviz.engine.files.bounded_read import file_digest
from bpviz.engine.data.dataset_spec import custom_dataset_spec
from bpviz.engine.limits import MAX_FILE_BYTES
from bpviz.engine.files.presets import Preset, load_document, load_preset, save_preset
from bpviz.engine.training.training import EpochStats

from bpviz.state.document.commands import ReplaceNetworkCommand, SetExampleCommand, SetParameterCommand, parameter_name
from bpviz.state.document.lab import DataLab
from bpviz.state.training.training_runs import TrainingRuns
from bpviz.state.document.focus import Focus
from bpviz.state.document.revealed import Revealed
from bpviz.state.document.step_playback import StepPlayback



class Document(StepPlayback, QObject):
    """Everything a person edits, steps through and trains, with one undo stack.

    Its parts: the step playback (StepPlayback), the training lab's data and settings
    (`lab`, a DataLab) and the record of training runs (`runs`, TrainingRuns). The parts
    change the document only through the host methods below (push, apply_network, tell_…).
    """

    structureChanged = Signal()      # sizes, activations or loss changed: views relayout
    weightsChanged = Signal()        # some weight or bias changed (an edit, or an update event)
    exampleChanged = Signal()        # input, target or learning rate changed
    cursorMoved = Signal()           # the step cursor moved or was rebuilt
    historyChanged = Signal()        # step count or loss history changed
    focusChanged = Signal()          # the focused neuron, edge or loss changed
    hoverChanged = Signal()          # the neuron or edge under the pointer (in any view) changed
    dataChanged = Signal()           # data set, features, test share or training settings changed
    epochsChanged = Signal()         # an epoch of training was recorded, or the record cleared
    edited = Signal()                # an edit, an undo or a redo changed the document
    stepReplayed = Signal(str, int, int)  # after an edit mid-step: what changed, the event, of how many
    adjusted = Signal(str)           # a change made to fit new data, not asked for: what and why
    modifiedChanged = Signal(bool)
    titleChanged = Signal(str)

    def __init__(self, preset: Preset | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_index_changed)
        self.lab = DataLab(self)
        self.runs = TrainingRuns(self)
        self.path: Path | None = None
        self._saved: list[np.ndarray] = []
        self._modified = False
        self._load(preset or load_preset("worked-example"), name="worked-example")

    # -- reading --------------------------------------------------------------------------

    @property
    def network(self) -> Network:
        return self._network

    @property
    def name(self) -> str:
        return self._name

    @property
    def lr(self) -> float:
        """α of w ← w − α ∂L/∂w: the step-through's and training's (kept in the lab's settings)."""
        return self.lab.settings.lr

    @property
    def modified(self) -> bool:
        return self._modified

    @property
    def revealed(self) -> Revealed:
        """Return what the step cursor has revealed: the one rule every view reads."""
        return Revealed(self.cursor)

    def restore_start_weights(self) -> None:
        """Go back to the weights of the last edit or opening, before any stepping or training (undoable)."""
        W, b = self.weights_an_edit_starts_from()
        if all(np.array_equal(x, y) for x, y in zip(self._origin.W[1:] + self._origin.b[1:], W[1:] + b[1:])):
            return
        self._replace(self._origin.copy(), self.tr("Back to the starting weights"))

    def parameter(self, layer: int, j: int, i: int = -1) -> float:
        """Return w_ji^(layer) (i ≥ 0) or b_j^(layer) (i = −1)."""
        net = self._network
        return float(net.W[layer][j, i] if i >= 0 else net.b[layer][j])

    # -- files ----------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> None:
        """Replace the document with a saved network or preset; raises and changes nothing on error."""
        preset = load_document(path)
        self._load(preset, name=Path(path).stem, path=Path(path))
        self.saved_digest = file_digest(path, MAX_FILE_BYTES)
        remove_leftover_temporaries(path)

    def open_preset(self, name: str) -> None:
        self._load(load_preset(name), name=name)

    def new(self, sizes=(2, 2, 1), activations=("sigmoid", "sigmoid"), loss: str = "mse",
            lr: float = 0.5) -> None:
        """Start a new untitled document with a small network, a zero example and learning rate `lr`."""
        net = Network(list(sizes), list(activations), loss, seed=0)
        preset = Preset("untitled", "", "", net, np.zeros(net.sizes[0]),
                        np.zeros(net.sizes[-1]), float(lr), None)
        self._load(preset, name="untitled")

    def save(self, path: str | Path) -> None:
        """Write the document atomically, the step-through where it is; raises OSError on failure.

        Saving is not an edit: the cursor stays at its event, and the file reopens there.
        """
        path = Path(path)
        save_preset(self.snapshot(path.stem), path)
        remove_leftover_temporaries(path)
        self.path, self._name = path, path.stem
        self.saved_digest = file_digest(path, MAX_FILE_BYTES)
        self.mark_saved()
        self.titleChanged.emit(self._name)

    def snapshot(self, name: str) -> Preset:
        """Return the document as it stands, called `name`: what a save writes.

        The weights are those at the start of the step in progress, with where the cursor is
        in it (step_document), so that opening replays the step to the same event; taking it
        disturbs nothing, so a recovery copy can be taken at any moment.
        """
        lab = self.lab
        dataset = lab.spec
        if dataset is None and lab.dataset is not None:
            dataset = custom_dataset_spec(lab.dataset, lab.dataset.name)
        history = tuple(e.to_record() for e in self.runs.epochs if e.finite)
        net, trace = self._network.copy(), self.cursor.trace
        for l in range(1, net.L + 1):
            net.W[l], net.b[l] = np.array(trace.W_before[l]), np.array(trace.b_before[l])
        focus = None if self.focus is None else tuple(self.focus)
        step = {"number": self.step_count, "position": self.cursor.position,
                "losses": list(self.loss_history), "focus": focus}
        return Preset(name, self._title or name, self._description, net,
                      self.input.copy(), self.target.copy(), self.lr, dataset,
                      features=lab.features, test_fraction=lab.test_fraction,
                      training=lab.settings.saved(), history=history, step=step)

    def open_recovered(self, preset: Preset, name: str, path: str | Path | None,
                       digest: str | None = None) -> None:
        """Replace the document with work recovered after a crash, marked as not saved.

        It keeps the name and file it had (`path`, None if it never had one, or if the file
        there is no longer the one the work came from), so Save writes where the person saved
        it before; `digest` is that file's, as the recovery copy recorded it.
        """
        self._load(preset, name=name, path=None if path is None else Path(path))
        self.saved_digest = digest if path is not None else None
        self._saved = []  # nothing on disk holds these weights: modified until saved
        self._update_modified()

    def _load(self, preset: Preset, name: str, path: Path | None = None) -> None:
        self._network = preset.network
        self.input = np.array(preset.input, dtype=float)
        self.target = np.array(preset.target, dtype=float)
        self._title, self._description = preset.title, preset.description
        self.lab.load(preset)
        self.runs.forget([EpochStats.from_record(r) for r in preset.history])
        self.sample_index = 0
        self._name, self.path = name, path
        self.saved_digest: str | None = None  # SHA-256 of the file as last opened or saved
        self.step_count = 0
        self.loss_history: list[float] = []
        self._finished_steps: list[StepThrough] = []
        self.focus: Focus | None = None
        self.hover: Focus | None = None
        self.undo_stack.clear()
        self._resume_position = 0
        self._rebuild_cursor()
        self._origin = self._network.copy()  # what Step ▸ Back to the starting weights returns to
        step = preset.step or {}
        if step:  # where the saved step-through was: the same step, replayed to the same event
            self.step_count, self.loss_history = step["number"], list(step["losses"])
            self.cursor.seek(step["position"])
        self.structureChanged.emit()
        self.weightsChanged.emit()
        self.exampleChanged.emit()
        self.historyChanged.emit()
        self.dataChanged.emit()
        self.epochsChanged.emit()
        focus = Focus(*step["focus"]) if step.get("focus") else Focus.neuron(1, 0)
        self.set_focus(focus if focus.fits(self._network.sizes) else Focus.neuron(1, 0))
        self.titleChanged.emit(self._name)
        self.mark_saved()

    # -- edits (each pushes one undoable command) -----------------------------------------

    def set_parameter(self, layer: int, j: int, i: int, value: float) -> None:
        """Set w_ji^(layer) (i ≥ 0) or b_j^(layer) (i = −1); refuses a non-finite value."""
        value = float(value)
        if not np.isfinite(value):
            raise ValueError(self.tr("{value} is not a finite number").format(value=value))
        W, b = self.weights_an_edit_starts_from()
        if value == float(W[layer][j, i] if i >= 0 else b[layer][j]):
            return
        self.settle_step()
        self.undo_stack.push(SetParameterCommand(self, layer, j, i, value))

    def add_neuron(self, layer: int) -> None:
        self._replace(topology.with_neuron_added(self._network, layer),
                      self.tr("Add a neuron to layer {l}").format(l=layer))

    def remove_neuron(self, layer: int, j: int) -> None:
        self._replace(topology.with_neuron_removed(self._network, layer, j),
                      self.tr("Remove neuron {j} of layer {l}").format(j=j + 1, l=layer))

    def add_layer(self, position: int, size: int = 2) -> None:
        self._replace(topology.with_layer_added(self._network, position, size),
                      self.tr("Add hidden layer {l}").format(l=position))

    def remove_layer(self, layer: int) -> None:
        self._replace(topology.with_layer_removed(self._network, layer), self.tr("Remove layer {l}").format(l=layer))

    def set_activation(self, layer: int, name: str) -> None:
        if name != self._network.activations[layer]:
            self.runs.start_new_run(go_on=True)
            self._replace(topology.with_activation(self._network, layer, name),
                          self.tr("Layer {l} activation: {f}").format(l=layer, f=name))

    def set_hidden_activations(self, name: str) -> None:
        """Give every hidden layer activation `name` in one edit (e.g. deep sigmoid versus ReLU)."""
        net = self._network
        for l in range(1, net.L):
            net = topology.with_activation(net, l, name)
        if net is not self._network:
            # New weights drawn for the new functions (He for ReLU, Xavier for sigmoid), so a
            # comparison starts both networks fairly; the old epochs describe another network.
            net = topology.reinitialised(net, "auto", self._network.seed)
            self.runs.start_new_run()
            self._replace(net, self.tr("Hidden layers: {f}").format(f=name))

    def set_loss(self, name: str) -> None:
        if name != self._network.loss:
            self.runs.start_new_run(go_on=True)
            self._replace(topology.with_loss(self._network, name), self.tr("Loss: {loss}").format(loss=name))

    def set_layer_size(self, layer: int, size: int) -> None:
        """Grow or shrink `layer` (the input and output layers included) to `size` neurons."""
        net = self._network
        if not 1 <= size <= 4096:
            raise ValueError(self.tr("a layer has 1 to 4096 neurons, not {n}").format(n=size))
        while net.sizes[layer] < size:
            net = topology.with_neuron_added(net, layer)
        while net.sizes[layer] > size:
            net = topology.with_neuron_removed(net, layer, net.sizes[layer] - 1)
        if net is not self._network:
            self._replace(net, self.tr("Layer {l}: {n} neurons").format(l=layer, n=size))

    def reinitialise(self, init: str = "auto", seed: int | None = None) -> None:
        seed = self._network.seed + 1 if seed is None else seed
        self.runs.start_new_run()
        self._replace(topology.reinitialised(self._network, init, seed),
                      self.tr("Re-initialise weights ({init}, seed {seed})").format(init=init, seed=seed))

    def set_example(self, x, t, lr: float | None = None) -> None:
        """Set the input, target and (optionally) learning rate; refuses wrong lengths or non-finite values."""
        x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
        lr = self.lr if lr is None else float(lr)
        if x.shape != (self._network.sizes[0],) or t.shape != (self._network.sizes[-1],):
            raise ValueError(self.tr("the example needs {inputs} inputs and {targets} targets").format(
                inputs=self._network.sizes[0], targets=self._network.sizes[-1]))
        if not (np.isfinite(x).all() and np.isfinite(t).all() and np.isfinite(lr)) or lr < 0:
            raise ValueError(self.tr("the example and learning rate must be finite, and α ≥ 0"))
        if np.array_equal(x, self.input) and np.array_equal(t, self.target) and lr == self.lr:
            return
        self.settle_step()
        if lr != self.lr:
            self.runs.start_new_run(go_on=True)
        text = (self.tr("Set learning rate") if lr != self.lr and np.array_equal(x, self.input)
                else self.tr("Set example"))
        self.undo_stack.push(SetExampleCommand(self, x, t, lr, text))

    def set_lr(self, lr: float) -> None:
        self.set_example(self.input, self.target, lr)

    def _replace(self, net: Network, text: str) -> None:
        self.settle_step()
        self.undo_stack.push(ReplaceNetworkCommand(self, net, text))

    # -- the one apply path: what commands (commands.py) call, and only they --------------------

    def apply_parameter(self, layer: int, j: int, i: int, value: float) -> None:
        """Set w_ji^(l) (i ≥ 0) or b_j^(l) (i = −1), as SetParameterCommand does and undoes."""
        self.settle_step()
        if i >= 0:
            self._network.W[layer][j, i] = value
        else:
            self._network.b[layer][j] = value
        self._origin = self._network.copy()
        self._rebuild_cursor(keep_position=parameter_name(layer, j, i))
        self.weightsChanged.emit()

    def apply_network(self, net: Network, x: np.ndarray, t: np.ndarray) -> None:
        """Put ``net`` and the example (x, t) in place, as ReplaceNetworkCommand does and undoes."""
        self.settle_step()
        same_shape = list(net.sizes) == list(self._network.sizes)
        self._network, self.input, self.target = net, x, t
        self._origin = self._network.copy()
        # The same event of the replayed step where the events are the same (an activation,
        # the loss, new weights); a new shape starts the step again.
        self._rebuild_cursor(keep_position=self.tr("The network") if same_shape else "")
        if self.focus is not None and not self.focus.fits(net.sizes):
            self.set_focus(Focus.neuron(1, 0))
        self.set_hover(None)
        self.structureChanged.emit()
        self.weightsChanged.emit()
        self.exampleChanged.emit()

    def apply_example(self, x: np.ndarray, t: np.ndarray, lr: float) -> None:
        """Set the example and α, as SetExampleCommand does and undoes."""
        self.settle_step()
        self.input, self.target = x.copy(), t.copy()
        self.lab.set_lr_value(lr)
        self._rebuild_cursor(keep_position=self.tr("The example"))
        self.exampleChanged.emit()

    # -- what the parts (lab, runs) ask of the document ----------------------------------------

    def push(self, command) -> None:
        """Do an edit a part made, as one undoable step."""
        self.undo_stack.push(command)

    def tell_data_changed(self) -> None:
        self.dataChanged.emit()

    def tell_adjusted(self, why: str) -> None:
        self.adjusted.emit(why)

    def tell_epochs_changed(self) -> None:
        self.epochsChanged.emit()

    # -- focus --------------------------------------------------------------------------------

    def set_focus(self, focus: Focus | None) -> None:
        if focus is not None and not focus.fits(self._network.sizes):
            raise ValueError(self.tr("nothing to focus at {focus}").format(focus=focus))
        if focus != self.focus:
            self.focus = focus
            self.focusChanged.emit()

    def set_hover(self, hover: Focus | None) -> None:
        """Note what the pointer is over, so every view can highlight it (transient, not an edit)."""
        if hover != self.hover:
            self.hover = hover
            self.hoverChanged.emit()

    @contextlib.contextmanager
    def changes_told_once(self):
        """Make many changes with every view told once, at the end: a lesson resumed at its
        last step replays every action before it, and each view redrawing after each action
        froze the window for seconds."""
        was_blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(was_blocked)
            if not was_blocked:
                for signal in (self.structureChanged, self.weightsChanged, self.exampleChanged, self.cursorMoved,
                               self.historyChanged, self.dataChanged, self.epochsChanged, self.focusChanged,
                               self.edited):
                    signal.emit()
                self.titleChanged.emit(self._name)
                self.modifiedChanged.emit(self.modified)

    def mark_saved(self) -> None:
        """Take the document as it is now as the saved one (after a save or an open)."""
        self.undo_stack.setClean()
        self._saved = self._weights_now()
        self._update_modified()

    def _weights_now(self) -> list[np.ndarray]:
        net = self._network
        return [a.copy() for a in net.W[1:] + net.b[1:]]

    def _update_modified(self) -> None:
        """Modified: an edit not undone, or weights (stepped or trained) unlike the saved ones."""
        net = self._network
        now = net.W[1:] + net.b[1:]
        differs = len(now) != len(self._saved) or not all(
            a.shape == b.shape and np.array_equal(a, b) for a, b in zip(now, self._saved))
        modified = not self.undo_stack.isClean() or differs
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def _on_clean_changed(self, clean: bool) -> None:
        self._update_modified()

    def _on_index_changed(self, index: int) -> None:
        self.edited.emit()
