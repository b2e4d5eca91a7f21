"""The training lab's part of a document: its data set, input features, split and how it trains.

A part the Document owns (`doc.lab`), beside the step playback and the record of training
runs. Every change to the data or to how the network reads it is one undoable LabCommand,
pushed through the document, the lab's host (LabHost says what the lab needs of it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, NamedTuple, Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoCommand

from bpviz.engine import get_loss
from bpviz.engine.nn import topology
from bpviz.engine.data.csv_data import load_csv
from bpviz.engine.data.datasets import DEFAULT_NOISE, DEFAULT_POINTS, Dataset, encode_labels, expand_features, make_dataset
from bpviz.engine.data.dataset_spec import dataset_from_spec
from bpviz.engine.files.lab_document import TRAINING_DEFAULTS
from bpviz.engine.training.training import TrainingSettings

from bpviz.state.document.commands import fit_to_length
from bpviz.state.document.view_options import engine_word

if TYPE_CHECKING:
    from bpviz.engine import Network
    from bpviz.engine.files.presets import Preset

RAW_FEATURES = ("x1", "x2")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataLab", text)


@dataclass(frozen=True)
class LabSettings:
    """How the document learns: α, which the step-through and training share, and the
    trainer's other knobs (as TrainingSettings checks them). α may be 0 here, a step that
    only shows its gradients; training asks for more (`for_training`)."""

    lr: float
    batch_size: int
    l1: float
    l2: float
    epochs: int | None
    seed: int
    stop_accuracy: float | None
    stop_loss: float | None

    def __post_init__(self) -> None:
        # Every knob but α as the trainer checks it (raises ValueError naming the one out of range).
        checked = TrainingSettings(**{**asdict(self), "lr": 1.0})
        for name in TRAINING_DEFAULTS:
            object.__setattr__(self, name, getattr(checked, name))
        object.__setattr__(self, "lr", float(self.lr))

    @classmethod
    def from_saved(cls, lr: float, training: dict | None) -> "LabSettings":
        """Return the settings a document file holds: its lr and its "training" (absent keys take their defaults)."""
        return cls(lr=lr, **{**TRAINING_DEFAULTS, **(training or {})})

    def saved(self) -> dict:
        """Return the "training" a document file writes (α is the file's lr)."""
        return {name: getattr(self, name) for name in TRAINING_DEFAULTS}

    def for_training(self) -> TrainingSettings:
        """Return what the trainer uses; raises ValueError while α is 0 (nothing would learn)."""
        return TrainingSettings(**asdict(self))


class LabState(NamedTuple):
    """Everything a data edit may change, captured whole so undo restores it exactly."""

    network: "Network"
    inputs: np.ndarray   # the step's example: a row per sample
    targets: np.ndarray
    dataset: Dataset | None
    spec: dict | None
    features: tuple | None
    test_fraction: float
    settings: LabSettings


class LabHost(Protocol):
    """What the lab needs of the document that owns it."""

    network: "Network"
    inputs: np.ndarray   # the step's example: a row per sample of its batch
    targets: np.ndarray
    sample_index: int

    dataChanged: SignalInstance   # data set, features, test share or training settings changed
    adjusted: SignalInstance      # (what and why) a change made to fit new data, not asked for

    def settle_step(self) -> None: ...
    def push(self, command: QUndoCommand) -> None: ...
    def apply_network(self, net: "Network", x: np.ndarray, t: np.ndarray) -> None: ...


class LabCommand(QUndoCommand):
    """Replace the lab's state (data, features, split, settings, and the network if it had to fit)."""

    def __init__(self, lab: "DataLab", after: LabState, text: str) -> None:
        super().__init__(text)
        self.lab, self.before, self.after = lab, lab.state(), after

    def redo(self) -> None:
        self.lab.apply_state(self.after)

    def undo(self) -> None:
        self.lab.apply_state(self.before)


class DataLab:
    """The data set, input features, test split and training settings of a Document."""

    def __init__(self, host: LabHost) -> None:
        self._host = host
        self.dataset: Dataset | None = None
        self.spec: dict | None = None  # the generator's recipe, None for data drawn, edited or imported
        self.features: tuple | None = None
        self.test_fraction = 0.0
        self.settings = LabSettings.from_saved(0.5, None)
        self._split_key, self._split_cache = None, None

    def load(self, preset: "Preset") -> None:
        """Take the lab's parts of an opened document (not an edit)."""
        self.dataset = dataset_from_spec(preset.dataset) if preset.dataset else None
        self.spec = preset.dataset if preset.dataset and preset.dataset.get("name") != "custom" else None
        self.features = tuple(preset.features) if preset.features else None
        self.test_fraction = float(preset.test_fraction)
        self.settings = LabSettings.from_saved(float(preset.lr), preset.training)

    def set_lr_value(self, lr: float) -> None:
        """Take α as the document's example command sets it (the command is the undoable edit)."""
        self.settings = replace(self.settings, lr=float(lr))

    # -- reading --------------------------------------------------------------------------------

    @property
    def input_names(self) -> tuple[str, ...]:
        """The names of the network's inputs: the features, or the data set's raw inputs."""
        if self.features:
            return tuple(self.features)
        if self.dataset is not None:
            return tuple(self.dataset.input_names)
        return tuple(f"x{i + 1}" for i in range(self._host.network.sizes[0]))

    def data_problem(self, net: "Network | None" = None) -> str | None:
        """Return why the network (or `net`) cannot train on the data, in words, or None."""
        net = net or self._host.network
        if self.dataset is None:
            return _tr("There is no data set: choose one in the Data panel.")
        if len(self.dataset) == 0:
            return _tr("The data set has no points yet: click on the data plot to add some.")
        want_in = len(self.features) if self.features else self.dataset.X.shape[1]
        if net.sizes[0] != want_in:
            return _tr("The network has {n} inputs but the data gives {want} ({names}).").format(
                n=net.sizes[0], want=want_in, names=", ".join(self.input_names))
        if net.sizes[-1] != self.dataset.T.shape[1]:
            return _tr("The network has {n} outputs but the data has {want} target columns.").format(
                n=net.sizes[-1], want=self.dataset.T.shape[1])
        return None

    def network_inputs(self, X: np.ndarray) -> np.ndarray:
        """Return raw data inputs X as the network sees them (with the chosen features)."""
        return expand_features(X, self.features) if self.features else np.asarray(X, dtype=float)

    def samples(self, index: int, count: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Return `count` samples of the data set from `index` on (after the last, the first
        again), as the network reads them (features applied): X and T, a row each."""
        rows = (index + np.arange(count)) % len(self.dataset)
        return self.network_inputs(self.dataset.X[rows]), np.array(self.dataset.T[rows], dtype=float)

    def steps_through_data(self) -> bool:
        """Whether each new step takes the data set's next sample (a set of two or more the network fits)."""
        return self.dataset is not None and len(self.dataset) > 1 and self.data_problem() is None

    def split(self) -> tuple[Dataset, Dataset | None]:
        """Return (train, test) with the network's inputs, split reproducibly by the data seed."""
        key = (id(self.dataset), self.features, self.test_fraction)
        if self._split_key != key:
            data = self.dataset
            shown = replace(data, X=self.network_inputs(data.X), input_names=self.input_names)
            if self.test_fraction > 0 and len(shown) >= 5:
                train, test = shown.split(self.test_fraction, seed=self.settings.seed)
            else:
                train, test = shown, None
            self._split_cache, self._split_key = (train, test), key
        return self._split_cache

    def test_mask(self) -> np.ndarray:
        """Return which rows of the data set `split` holds out for testing.

        Dataset.split shuffles the rows with the training seed and takes the first ones as
        the test set; the same permutation finds them here.
        """
        data = self.dataset
        mask = np.zeros(0 if data is None else len(data), dtype=bool)
        try:
            test = self.split()[1]
        except (ValueError, AttributeError):
            return mask
        if test is not None and len(test):
            order = np.random.default_rng(self.settings.seed).permutation(len(data))
            mask[order[:len(test)]] = True
        return mask

    def training_settings(self) -> TrainingSettings:
        """Return the settings the trainer uses (see LabSettings.for_training)."""
        return self.settings.for_training()

    # -- edits ---------------------------------------------------------------------------------

    def generate_data(self, name: str, n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0,
                      classes: int | None = None, announce: bool = True) -> None:
        """Replace the data with a generated set; the input and output layers follow it, and
        (`announce`) `adjusted` says what they changed that the person did not ask for."""
        spec = {"name": name, "n": int(n), "noise": float(noise), "seed": int(seed)}
        if classes is not None and name in ("gaussians", "spiral"):
            spec["classes"] = int(classes)
        dataset = make_dataset(**spec)
        self._push_fitted(dataset, spec, _tr("Data: {name}").format(name=name), announce)

    def import_csv(self, path, input_columns=None, target_columns=None, kind=None) -> Dataset:
        """Replace the data with a CSV file's rows; nothing changes if any row is bad (CSVError)."""
        return self.use_imported(load_csv(path, input_columns, target_columns, kind))

    def use_imported(self, dataset: Dataset) -> Dataset:
        """Replace the data with `dataset`, read from a file (see import_csv); undoable."""
        self._push_fitted(dataset, None, _tr("Import {name}").format(name=dataset.name))
        return dataset

    def add_point(self, x1: float, x2: float, value: float) -> None:
        """Add one point of class `value` (classification) or target `value` (regression)."""
        data = self._editable_data()
        point = np.array([[x1, x2]])[:, :data.X.shape[1]]
        if data.kind == "classification":
            label = int(value)
            if not 0 <= label < data.classes:
                raise ValueError(_tr("class {k} does not exist; this data has {n} classes").format(
                    k=label + 1, n=data.classes))
            labels = np.append(data.labels, label)
            new = replace(data, X=np.vstack([data.X, point]), T=encode_labels(labels, data.classes),
                          labels=labels)
        else:
            new = replace(data, X=np.vstack([data.X, point]), T=np.vstack([data.T, [[float(value)]]]))
        self._push_lab(self._with_data(new), _tr("Add a point"))

    def remove_point(self, index: int) -> None:
        data = self._editable_data()
        if not 0 <= index < len(data):
            raise ValueError(_tr("there is no point {n}").format(n=index + 1))
        if len(data) == 1:
            raise ValueError(_tr("the data set needs at least one point; clear it to start again"))
        keep = np.arange(len(data)) != index
        labels = None if data.labels is None else data.labels[keep]
        self._push_lab(self._with_data(replace(data, X=data.X[keep], T=data.T[keep], labels=labels)),
                       _tr("Remove a point"))

    def clear_points(self) -> None:
        """Remove every point, keeping the kind of data, so a person can draw their own."""
        data = self._editable_data()
        empty = replace(data, name="drawn", X=data.X[:0], T=data.T[:0],
                        labels=None if data.labels is None else data.labels[:0])
        self._push_lab(self._with_data(empty), _tr("Clear the data"))

    def set_test_fraction(self, fraction: float) -> None:
        fraction = float(fraction)
        if not 0.0 <= fraction <= 0.9:
            raise ValueError(_tr("the test share is 0 % to 90 %, not {share:.0%}").format(share=fraction))
        state = self.state()._replace(test_fraction=fraction)
        self._push_lab(state, _tr("Test share {share:.0%}").format(share=fraction))

    def set_features(self, names) -> None:
        """Choose the input features (2-D data only); the input layer resizes to match."""
        names = tuple(names)
        if not names:
            raise ValueError(_tr("choose at least one input feature"))
        if self.dataset is not None and self.dataset.X.shape[1] != 2:
            raise ValueError(_tr("input features apply to 2-D data only"))
        expand_features(np.zeros((1, 2)), names)  # refuses unknown names
        net = topology.with_layer_size(self._host.network, 0, len(names))
        state = self.state()._replace(network=net, features=None if names == RAW_FEATURES else names)
        self._push_lab(state, _tr("Inputs: {names}").format(names=", ".join(names)))

    def set_training(self, **settings) -> None:
        """Change batch size, l1, l2, epochs or seed (checked like TrainingSettings)."""
        new = replace(self.settings, **settings)  # raises ValueError when out of range
        if new != self.settings:
            self._push_lab(self.state()._replace(settings=new), _tr("Training settings"))

    # -- helpers -------------------------------------------------------------------------------

    def _editable_data(self) -> Dataset:
        if self.dataset is None:
            raise ValueError(_tr("choose a data set first, or clear one to draw on"))
        return self.dataset

    def _with_data(self, dataset: Dataset) -> LabState:
        """Return the lab state with edited points: no longer the generator's, so no spec."""
        return self.state()._replace(dataset=dataset, spec=None)

    def _fitted(self, dataset: Dataset, spec: dict | None) -> LabState:
        """Return the lab state with `dataset`, its input and output layers made to fit it.

        Two classes: one sigmoid output with cross-entropy; more: one softmax output per class
        with cross-entropy; regression: linear outputs with mse.
        """
        features = self.features if dataset.X.shape[1] == 2 else None
        net = topology.with_layer_size(self._host.network, 0, len(features) if features else dataset.X.shape[1])
        net = topology.with_layer_size(net, net.L, dataset.T.shape[1])
        if dataset.kind == "regression":
            output, loss = ("linear", "mse")
        else:
            output, loss = ("softmax" if dataset.classes > 2 else "sigmoid", "cross_entropy")
        if net.activations[net.L] != output or net.loss != loss:
            net = topology.with_loss(topology.with_activation(net, net.L, output), loss)
        state = self.state()
        return state._replace(network=net, dataset=dataset, spec=spec, features=features)

    def _push_fitted(self, dataset: Dataset, spec: dict | None, text: str, announce: bool = True) -> None:
        """Take `dataset`, the network's ends made to fit it, and say what changed unasked (undoable)."""
        before, state = self._host.network, self._fitted(dataset, spec)
        self._push_lab(state, text)
        after, changes = state.network, []
        if before.sizes[0] != after.sizes[0]:
            changes.append(_tr("inputs {a} → {b}").format(a=before.sizes[0], b=after.sizes[0]))
        if before.sizes[-1] != after.sizes[-1]:
            changes.append(_tr("outputs {a} → {b}").format(a=before.sizes[-1], b=after.sizes[-1]))
        if before.activations[before.L] != after.activations[after.L]:
            changes.append(_tr("output activation {a} → {b}").format(a=before.activations[before.L],
                                                                          b=after.activations[after.L]))
        if before.loss != after.loss:
            changes.append(_tr("loss {a} → {b}").format(a=engine_word(get_loss(before.loss, before.activations[before.L]).label),
                                                             b=engine_word(get_loss(after.loss, after.activations[after.L]).label)))
        if changes and announce:
            why = (_tr("regression learns with linear outputs and mean squared error") if dataset.kind == "regression"
                   else _tr("two classes learn with one sigmoid output and cross-entropy") if dataset.classes == 2
                   else _tr("{k} classes learn with a softmax output per class and cross-entropy").format(
                       k=dataset.classes))
            self._host.adjusted.emit(_tr("To fit {name}: {changes} ({why}). Undo puts them back.").format(
                name=dataset.name, changes=", ".join(changes), why=why))

    def _push_lab(self, state: LabState, text: str) -> None:
        self._host.settle_step()
        self._host.push(LabCommand(self, state, text))

    def state(self) -> LabState:
        return LabState(self._host.network.copy(), self._host.inputs.copy(), self._host.targets.copy(), self.dataset,
                        self.spec, self.features, self.test_fraction, self.settings)

    def apply_state(self, state: LabState) -> None:
        self._host.settle_step()
        data_moved = (state.dataset is not self.dataset or state.features != self.features
                      or state.test_fraction != self.test_fraction)
        self.dataset, self.spec, self.features = state.dataset, state.spec, state.features
        # α is the example's (SetExampleCommand undoes it): the rest of the settings come back.
        self.test_fraction, self.settings = state.test_fraction, replace(state.settings, lr=self.settings.lr)
        if data_moved or not _same_network(state.network, self._host.network):
            # Without data to take it from, the example keeps its values, cut or padded with
            # zeros to the input and output layers (features may have resized the input).
            x = fit_to_length(state.inputs, state.network.sizes[0])
            t = fit_to_length(state.targets, state.network.sizes[-1])
            if self.data_problem(state.network) is None:
                # The example follows the data: the current samples, as the network reads them.
                k = self._host.sample_index = min(self._host.sample_index, len(self.dataset) - 1)
                x, t = self.samples(k, len(state.inputs))
            self._host.apply_network(state.network.copy(), np.array(x, dtype=float), np.array(t, dtype=float))
        self._host.dataChanged.emit()


def _same_network(a: "Network", b: "Network") -> bool:
    """Return whether two networks have the same shape, functions and weights."""
    return (a.sizes == b.sizes and a.activations == b.activations and a.loss == b.loss
            and all(np.array_equal(x, y) for x, y in zip(a.W[1:] + a.b[1:], b.W[1:] + b.b[1:])))
