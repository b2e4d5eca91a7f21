"""NetworkPanel: the network's shape, activations, loss and initial weights, edited with widgets.

Everything a person can do with the mouse on the canvas to the topology, done from the
keyboard: each control calls one document method (one undoable command), and every control
is refreshed from the document when its structure changes (undo and redo included), with
its signals blocked so that refreshing pushes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QSpinBox,
    QStyle, QToolButton, QVBoxLayout, QWidget,
)

from bpviz.engine import ACTIVATIONS, LOSSES
from bpviz.engine.nn.network import INIT_SCHEMES
from bpviz.engine.limits import MAX_SEED
from bpviz.state import Document, ViewOptions

from bpviz.ui.widgets.checked_spin_box import CheckedSpinBox
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.shell.i18n import tr, tr_noop
from bpviz.ui.look.engine_words import CONTEXT, activation_label

MAX_NEURONS_HERE = 64  # a layer bigger than this is drawn, but not chosen, here

# In English; the panel shows each through self.tr (context "NetworkPanel").
INIT_LABELS = {
    "auto": tr_noop("auto (by activation)", "NetworkPanel"),
    "xavier": "Xavier (Glorot)",
    "he": "He",
    "uniform": tr_noop("uniform ±0.5", "NetworkPanel"),
}
INIT_TIP = tr_noop("How the new weights are drawn; the biases start at 0. Xavier: w ~ U(−a, a), "
                   "a = √(6 / (n_in + n_out)), for sigmoid and tanh. He: w ~ N(0, 2 / n_in), for ReLU. "
                   "Auto: He for ReLU layers, Xavier for the others.", "NetworkPanel")


@dataclass
class _LayerRow:
    """The widgets that edit one layer l (0 = input .. L = output)."""

    name: QLabel
    size: QSpinBox
    activation: QComboBox | None  # None for the input layer
    remove: QToolButton | None    # only hidden layers can be removed


class NetworkPanel(QWidget):
    """Layer sizes and activations, the loss, and re-initialisation of the weights."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self.rows: list[_LayerRow] = []
        self._rows_widget: QWidget | None = None
        self._build()
        doc.structureChanged.connect(self._on_structure_changed)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._on_structure_changed()

    # -- public, for the window and for tests --------------------------------------------

    def size_spin(self, layer: int) -> QSpinBox:
        """Return the spin box that sets the number of neurons of `layer` (0 = input)."""
        return self.rows[layer].size

    def activation_combo(self, layer: int) -> QComboBox:
        """Return the combo box that sets f of `layer` (1..L)."""
        return self.rows[layer].activation

    def remove_button(self, layer: int) -> QToolButton:
        """Return the button that removes hidden `layer` (1..L−1)."""
        return self.rows[layer].remove

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.layers_box = QGroupBox(self.tr("Layers"))
        self.layers_layout = QVBoxLayout(self.layers_box)
        self.add_layer_button = QPushButton(self.tr("+  Add hidden layer"))
        self.add_layer_button.setToolTip(self.tr("Insert a hidden layer of 2 neurons just before the output layer"))
        self.add_layer_button.clicked.connect(self._on_add_layer_clicked)
        self.layers_layout.addWidget(self.add_layer_button)

        self.loss_combo = QComboBox()
        for name, label in LOSSES.items():
            self.loss_combo.addItem(tr(label, CONTEXT), name)
        self.loss_combo.setToolTip(self.tr("The loss L the network learns to make small. Cross-entropy "
                                           "follows a sigmoid or softmax output layer"))
        self.loss_combo.currentIndexChanged.connect(self._on_loss_combo_changed)
        _let_shrink(self.loss_combo)

        self.init_combo = QComboBox()
        for name in INIT_SCHEMES:
            self.init_combo.addItem(self.tr(INIT_LABELS.get(name, name)), name)
        self.init_combo.setToolTip(self.tr(INIT_TIP))
        _let_shrink(self.init_combo)
        self.seed_spin = CheckedSpinBox(self.tr("Seed"))
        self.seed_spin.refused.connect(self.messageRaised)
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setToolTip(self.tr("The same seed always draws the same weights; change it for others"))
        self.reinit_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                         self.tr("Re-initialise weights"))
        self.reinit_button.setToolTip(self.tr("Draw new weights with this scheme and seed (undoable)"))
        self.reinit_button.clicked.connect(self._on_reinit_clicked)

        loss_box = QGroupBox(self.tr("Loss"))
        QVBoxLayout(loss_box).addWidget(self.loss_combo)
        init_box = QGroupBox(self.tr("Initial weights"))
        init_form = QFormLayout(init_box)
        init_form.addRow(self.tr("Scheme"), self.init_combo)
        init_form.addRow(self.tr("Seed"), self.seed_spin)
        init_form.addRow(self.reinit_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.layers_box)
        layout.addWidget(loss_box)
        layout.addWidget(init_box)
        layout.addStretch(1)
        # A deep network's rows scroll: 33 of them made the dock, and the window, taller than the screen.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content, self._scroll = content, scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_rows(self) -> None:
        """Lay out one row per layer for the document's network, replacing the old rows."""
        if self._rows_widget is not None:
            # The old rows may be inside one of their own signals (a remove button): delete later.
            self._rows_widget.hide()
            self._rows_widget.deleteLater()
        net = self.doc.network
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("neurons")), 0, 1)
        grid.addWidget(QLabel(self.tr("activation f")), 0, 2)
        self.rows = []
        for l in range(net.L + 1):
            row = self._layer_row(l, net.L)
            grid.addWidget(row.name, l + 1, 0)
            grid.addWidget(row.size, l + 1, 1)
            if row.activation is not None:
                grid.addWidget(row.activation, l + 1, 2)
            if row.remove is not None:
                grid.addWidget(row.remove, l + 1, 3)
            self.rows.append(row)
        grid.setColumnStretch(2, 1)
        self._rows_widget = widget
        self.layers_layout.insertWidget(0, widget)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As wide as the content needs, and its scroll bar when it shows: never clipped at the side."""
        shown = self._scroll.verticalScrollBar().isVisible()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self) if shown else 0
        return QSize(self._content.sizeHint().width() + bar, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the scroll bar may have come or gone with the height

    def _layer_row(self, l: int, L: int) -> _LayerRow:
        title = self.tr("Input") if l == 0 else self.tr("Output") if l == L else self.tr("Layer {l}").format(l=l)
        name = QLabel(title)
        name.setToolTip(self.tr("layer 0 (x⁽⁰⁾, the inputs)") if l == 0
                        else self.tr("layer {l} (y, the outputs)").format(l=l) if l == L
                        else self.tr("layer {l}").format(l=l))
        size = CheckedSpinBox(self.tr("{layer}: neurons").format(layer=title))
        size.refused.connect(self.messageRaised)  # out of range or not a whole number: said, not clamped
        size.setKeyboardTracking(False)  # typing "12" is one edit, not "1" then "12"
        size.setToolTip(self.tr("Number of inputs") if l == 0 else self.tr("Number of outputs") if l == L
                        else self.tr("Number of neurons in layer {l}").format(l=l))
        size.valueChanged.connect(partial(self._on_size_spin_changed, l))
        activation = remove = None
        if l > 0:
            activation = QComboBox()
            for a in ACTIVATIONS.values():
                if not a.output_only or l == L:
                    activation.addItem(activation_label(a.name), a.name)
            activation.setToolTip(self.tr("f, the activation of layer {l}: x = f(z)").format(l=l))
            _let_shrink(activation)
            activation.currentIndexChanged.connect(partial(self._on_activation_combo_changed, l))
        if 0 < l < L:
            remove = QToolButton()
            remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
            remove.setToolTip(self.tr("Remove layer {l}").format(l=l))
            remove.setAccessibleName(self.tr("Remove layer {l}").format(l=l))
            remove.clicked.connect(partial(self._on_remove_clicked, l))
        return _LayerRow(name, size, activation, remove)

    # -- refreshing from the document ------------------------------------------------------------

    def _on_structure_changed(self) -> None:
        net = self.doc.network
        if len(self.rows) != net.L + 1:
            self._build_rows()
        for l, row in enumerate(self.rows):
            with QSignalBlocker(row.size):
                row.size.setRange(1, max(MAX_NEURONS_HERE, net.sizes[l]))
                row.size.setValue(net.sizes[l])
            if row.activation is not None:
                _select(row.activation, net.activations[l])
        _select(self.loss_combo, net.loss)
        _select(self.init_combo, net.init)
        with QSignalBlocker(self.seed_spin):
            self.seed_spin.setValue(min(net.seed, MAX_SEED))

    def _on_options_changed(self) -> None:
        self.setFont(dock_font(self.font(), self.options.font_scale))
        self.updateGeometry()

    # -- edits -------------------------------------------------------------------------------------

    def _edit(self, method, *args) -> None:
        """Call a document method; a refusal becomes a message and the controls show the document again."""
        try:
            method(*args)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self._on_structure_changed()

    def _on_size_spin_changed(self, layer: int, size: int) -> None:
        self._edit(self.doc.structure.set_layer_size, layer, size)

    def _on_activation_combo_changed(self, layer: int, index: int) -> None:
        self._edit(self.doc.structure.set_activation, layer, self.rows[layer].activation.itemData(index))

    def _on_remove_clicked(self, layer: int) -> None:
        self._edit(self.doc.structure.remove_layer, layer)

    def _on_add_layer_clicked(self) -> None:
        self._edit(self.doc.structure.add_layer, self.doc.network.L)

    def _on_loss_combo_changed(self, index: int) -> None:
        self._edit(self.doc.structure.set_loss, self.loss_combo.itemData(index))

    def _on_reinit_clicked(self) -> None:
        self._edit(self.doc.structure.reinitialise, self.init_combo.currentData(), self.seed_spin.value())


def _select(combo: QComboBox, name: str) -> None:
    """Show the item whose data is `name`, without emitting a change."""
    with QSignalBlocker(combo):
        combo.setCurrentIndex(combo.findData(name))


def _let_shrink(combo: QComboBox) -> None:
    """Let a combo box be narrower than its longest item (a narrow dock elides it, not the panel)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
