"""Document: the network, its example, its parts (step-through, lab, runs, structure edits) and the undo stack.

Views read the document and listen to its signals; they change it only through its methods
and its parts', which push undoable commands that come back through one apply path.
Stepping through a pass is playback, not an edit: it never touches the undo stack.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from bpviz.engine import Network, StepThrough
from bpviz.engine.files.atomic_file import remove_leftover_temporaries
from bpviz.engine.files.bounded_read import file_digest
from bpviz.engine.limits import MAX_FILE_BYTES
from bpviz.engine.files.presets import Preset, load_document, load_preset, save_preset
from bpviz.engine.training.training import EpochStats

from bpviz.state.document.commands import ReplaceNetworkCommand, SetExampleCommand, SetParameterCommand, parameter_name
from bpviz.state.document.lab import DataLab
from bpviz.state.training.training_runs import TrainingRuns
from bpviz.state.document.example_batch import ExampleBatch
from bpviz.state.document.focus import Focus
from bpviz.state.document.revealed import Revealed
from bpviz.state.document.saved_state import SavedState
from bpviz.state.document.snapshot import snapshot
from bpviz.state.document.structure_edits import StructureEdits
from bpviz.state.document.told_once import changes_told_once
from bpviz.state.document.step_playback import StepPlayback


class Document(QObject):
    """Everything a person edits, steps through and trains, with one undo stack.

    Its parts: the step-through (`playback`), the training lab's data and settings (`lab`),
    the record of training runs (`runs`) and the edits of the network's shape (`structure`).
    They change the document only through the host methods their protocols declare.
    """

    structureChanged = Signal()      # sizes, activations or loss changed: views relayout
    weightsChanged = Signal()        # some weight or bias changed (an edit, or an update event)
    exampleChanged = Signal()        # inputs, targets, the sample shown or the learning rate changed
    cursorMoved = Signal()           # the step cursor moved or was rebuilt, or shows another sample
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
        self.undo_stack.indexChanged.connect(self._on_index_changed)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._saved = SavedState(self.undo_stack, lambda: self._network.W[1:] + self._network.b[1:],
                                 self.modifiedChanged.emit)
        self.example = ExampleBatch(self)  # the step's samples: their inputs and targets, and the one shown
        self.playback = StepPlayback(self)
        self.lab = DataLab(self)
        self.runs = TrainingRuns(self)
        self.structure = StructureEdits(self)
        self.path: Path | None = None
        self.load(preset or load_preset("worked-example"), name="worked-example")

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
    def inputs(self) -> np.ndarray:
        """x⁽⁰⁾ of every sample of the step, a row each (read-only)."""
        return self.example.inputs

    @property
    def targets(self) -> np.ndarray:
        return self.example.targets

    @property
    def input(self) -> np.ndarray:
        """x⁽⁰⁾ of the sample shown: the example's one, or the one chosen of its batch (read-only)."""
        return self.example.input

    @property
    def target(self) -> np.ndarray:
        """t of the sample shown (read-only)."""
        return self.example.target

    @property
    def shown_sample(self) -> int:
        """Which sample of the batch the canvas and the Inspector show (0-based)."""
        return self.example.shown

    @property
    def batch_size(self) -> int:
        """B, the samples the step runs on: 1, or a mini-batch of up to MAX_BATCH."""
        return self.example.size

    @property
    def shown_data_index(self) -> int:
        """The data set's row the sample shown comes from (see ExampleBatch)."""
        return self.example.shown_data_index

    @property
    def modified(self) -> bool:
        return self._saved.modified

    @property
    def cursor(self) -> StepThrough:
        """The step in progress: its events, and how many of them are revealed."""
        return self.playback.cursor

    @property
    def step_count(self) -> int:
        return self.playback.step_count

    @property
    def loss_history(self) -> list[float]:
        return self.playback.loss_history

    @property
    def revealed(self) -> Revealed:
        """Return what the step cursor has revealed: the one rule every view reads."""
        return Revealed(self.cursor, self.shown_sample)

    def parameter(self, layer: int, j: int, i: int = -1) -> float:
        """Return w_ji^(layer) (i ≥ 0) or b_j^(layer) (i = −1)."""
        net = self._network
        return float(net.W[layer][j, i] if i >= 0 else net.b[layer][j])

    # -- files ----------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> None:
        """Replace the document with a saved network or preset; raises and changes nothing on error."""
        preset = load_document(path)
        self.load(preset, name=Path(path).stem, path=Path(path))
        self.saved_digest = file_digest(path, MAX_FILE_BYTES)
        remove_leftover_temporaries(path)

    def open_preset(self, name: str) -> None:
        self.load(load_preset(name), name=name)

    def new(self, sizes=(2, 2, 1), activations=("sigmoid", "sigmoid"), loss: str = "mse",
            lr: float = 0.5) -> None:
        """Start a new untitled document with a small network, a zero example and learning rate `lr`."""
        net = Network(list(sizes), list(activations), loss, seed=0)
        self.load(Preset.of_network(net, "untitled", lr=lr), name="untitled")

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
        """Return the document as it stands, called `name`: what a save writes (see snapshot.snapshot)."""
        return snapshot(self, name)

    def open_recovered(self, preset: Preset, name: str, path: str | Path | None,
                       digest: str | None = None) -> None:
        """Replace the document with work recovered after a crash, marked as not saved.

        It keeps the name and file it had (`path`, None if it never had one, or if the file
        there is no longer the one the work came from), so Save writes where the person saved
        it before; `digest` is that file's, as the recovery copy recorded it.
        """
        self.load(preset, name=name, path=None if path is None else Path(path))
        self.saved_digest = digest if path is not None else None
        self._saved.forget_saved()

    def load(self, preset: Preset, name: str, path: Path | None = None) -> None:
        """Replace the whole document with `preset`, called `name` (saved at `path`, if given)."""
        self._network = preset.network
        self.example.shown = 0
        self.example.take(preset.input, preset.target)
        self.title, self.description = preset.title, preset.description
        self.lab.load(preset)
        self.runs.forget([EpochStats.from_record(r) for r in preset.history])
        self.sample_index = 0
        self._name, self.path = name, path
        self.saved_digest: str | None = None  # SHA-256 of the file as last opened or saved
        self.focus: Focus | None = None
        self.hover: Focus | None = None
        self.undo_stack.clear()
        self.origin = self._network.copy()  # what Step ▸ Back to the starting weights returns to
        step = preset.step or {}  # where the saved step-through was: the same step, replayed to the same event
        self.playback.start(step.get("number", 0), step.get("losses", ()), step.get("position", 0))
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

    # -- stepping (playback: no undo entry) ------------------------------------------------

    def advance(self, granularity: str = "neuron") -> None:
        """Reveal the next event (or group); past the end, start the next step."""
        self.playback.advance(granularity)

    def retreat(self, granularity: str = "neuron") -> None:
        """Hide the current event (or group); before the start, go back into the previous step."""
        self.playback.retreat(granularity)

    def finish_phase(self) -> None:
        self.playback.finish_phase()

    def reset_step(self) -> None:
        self.playback.reset_step()

    def settle_step(self) -> None:
        """Before an edit or training: the step in progress counts or is undone (see StepPlayback)."""
        self.playback.settle_step()

    def show_sample(self, s: int) -> None:
        """Show sample `s` (0-based) of the step's batch: a choice of view, not an edit."""
        self.example.show(s)

    def select_sample(self, index: int) -> None:
        """Step with sample `index` of the data set (and the ones after it, for a batch)."""
        self.example.select(index)

    def take_trained_weights(self, W, b) -> None:
        """Give the network the weights training reached (lists indexed 1..L, copied), and
        tell the views: not an edit, so no undo entry."""
        for l in range(1, self._network.L + 1):
            self._network.W[l], self._network.b[l] = W[l].copy(), b[l].copy()
        self.weights_trained()

    def weights_trained(self) -> None:
        """Tell the views that training changed the weights (not an edit: no undo entry)."""
        self.playback.forget_finished()
        self.playback.rebuild()
        self.weightsChanged.emit()
        self.update_modified()

    # -- edits (each pushes one undoable command) -----------------------------------------

    def set_parameter(self, layer: int, j: int, i: int, value: float) -> None:
        """Set w_ji^(layer) (i ≥ 0) or b_j^(layer) (i = −1); refuses a non-finite value."""
        value = float(value)
        if not np.isfinite(value):
            raise ValueError(self.tr("{value} is not a finite number").format(value=value))
        W, b = self.playback.weights_an_edit_starts_from()
        if value == float(W[layer][j, i] if i >= 0 else b[layer][j]):
            return
        self.playback.settle_step()
        self.undo_stack.push(SetParameterCommand(self, layer, j, i, value))

    def set_example(self, x, t, lr: float | None = None) -> None:
        """Set the input, target and (optionally) learning rate; refuses wrong lengths or non-finite values.

        One sample's x and t (vectors) replace the sample shown; rows of them (one per
        sample, up to MAX_BATCH) replace the whole batch.
        """
        X, T = self.example.rows_for(x, t, self._network.sizes)
        lr = self.lr if lr is None else float(lr)
        if not (np.isfinite(X).all() and np.isfinite(T).all() and np.isfinite(lr)) or lr < 0:
            raise ValueError(self.tr("the example and learning rate must be finite, and α ≥ 0"))
        if np.array_equal(X, self.inputs) and np.array_equal(T, self.targets) and lr == self.lr:
            return
        self.playback.settle_step()
        if lr != self.lr:
            self.runs.start_new_run(go_on=True)
        self.undo_stack.push(SetExampleCommand(self, X, T, lr, self.example.edit_text(X, T, lr != self.lr)))

    def set_batch_size(self, B: int) -> None:
        """Step on a batch of B samples, 1 to MAX_BATCH (see ExampleBatch.set_size)."""
        self.example.set_size(B)

    def set_lr(self, lr: float) -> None:
        self.set_example(self.inputs, self.targets, lr)

    def replace_network(self, net: Network, text: str) -> None:
        """Put `net` in place of the network, as one undoable edit called `text`."""
        self.playback.settle_step()
        self.undo_stack.push(ReplaceNetworkCommand(self, net, text))

    # -- the one apply path: what commands (commands.py) call, and only they --------------------

    def apply_parameter(self, layer: int, j: int, i: int, value: float) -> None:
        """Set w_ji^(l) (i ≥ 0) or b_j^(l) (i = −1), as SetParameterCommand does and undoes."""
        self.playback.settle_step()
        if i >= 0:
            self._network.W[layer][j, i] = value
        else:
            self._network.b[layer][j] = value
        self.origin = self._network.copy()
        self.playback.rebuild(keep_position=parameter_name(layer, j, i))
        self.weightsChanged.emit()

    def apply_network(self, net: Network, x: np.ndarray, t: np.ndarray) -> None:
        """Put ``net`` and the example (x, t: rows of samples) in place, as ReplaceNetworkCommand does and undoes."""
        self.playback.settle_step()
        same_shape = list(net.sizes) == list(self._network.sizes)
        self._network = net
        self.example.take(x, t)
        self.origin = self._network.copy()
        # The same event of the replayed step where the events are the same (an activation,
        # the loss, new weights); a new shape starts the step again.
        self.playback.rebuild(keep_position=self.tr("The network") if same_shape else "")
        if self.focus is not None and not self.focus.fits(net.sizes):
            self.set_focus(Focus.neuron(1, 0))
        self.set_hover(None)
        self.structureChanged.emit()
        self.weightsChanged.emit()
        self.exampleChanged.emit()

    def apply_example(self, x: np.ndarray, t: np.ndarray, lr: float) -> None:
        """Set the example (rows of samples) and α, as SetExampleCommand does and undoes."""
        self.playback.settle_step()
        self.example.take(x, t)
        self.lab.set_lr_value(lr)
        self.playback.rebuild(keep_position=self.tr("The example"))
        self.exampleChanged.emit()

    # -- what the parts (playback, lab, runs) ask of the document ----------------------------

    def next_sample(self) -> None:
        """A step ended: the next one takes the data set's next samples, where it steps through data."""
        self.example.next_step()

    def previous_sample(self, x: np.ndarray, t: np.ndarray) -> None:
        """Stepping back into the previous step: its example (x, t: a row per sample) again."""
        self.example.previous_step(x, t)

    def follow_event(self, event) -> None:
        """Focus what a step's event computes (see Focus.following)."""
        self.focus = (self.focus or Focus.neuron(event.layer, 0)).following(event)
        self.focusChanged.emit()

    def weights_moved(self) -> None:
        """Stepping changed the weights (an update event, done or undone): not an edit."""
        self.weightsChanged.emit()
        self.update_modified()

    def push(self, command) -> None:
        """Do an edit a part made, as one undoable step."""
        self.undo_stack.push(command)

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

    def changes_told_once(self):
        """Make many changes with every view told once, at the end (see told_once)."""
        return changes_told_once(self)

    def mark_saved(self) -> None:
        """Take the document as it is now as the saved one (after a save or an open)."""
        self._saved.mark_saved()

    def update_modified(self) -> None:
        """Work out again whether the document differs from the saved one (see SavedState)."""
        self._saved.update()

    def _on_clean_changed(self, clean: bool) -> None:
        self._saved.update()

    def _on_index_changed(self, index: int) -> None:
        self.edited.emit()
