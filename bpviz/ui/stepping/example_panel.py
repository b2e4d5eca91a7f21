"""ExamplePanel: the example the network steps on (input x⁽⁰⁾, target t), its output y and α.

Every edit goes through the document (undoable); a value that is not a number is refused with
a message and the cell shows the document's value again. With a data set loaded, a sample
picker chooses which sample to step on. A step may run on a batch of samples: the table then
holds the sample shown, which the "Showing" box chooses.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGridLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from bpviz.engine.limits import MAX_BATCH, MAX_LR
from bpviz.state import Document, ViewOptions
from bpviz.state.document.parsing import in_locale, parse_number

from bpviz.ui.look import notation
from bpviz.ui.widgets.plain_text import tooltip
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.widgets.checked_spin_box import CheckedSpinBox
from bpviz.ui.shell.i18n import tr_noop


VALUE, OUTPUT = 0, 1   # the table's columns
SHOWN = Qt.ItemDataRole.UserRole  # the text a cell showed, to tell an edit from a closed editor

# In English; the panel shows each through self.tr (context "ExamplePanel").
NEGATIVE_LR = tr_noop("Learning rate α: it must be 0 or more (it is the size of a step downhill)", "ExamplePanel")
HUGE_LR = tr_noop("Learning rate α: at most {max_lr:g}", "ExamplePanel")
CUSTOM_EXAMPLE = tr_noop("The table holds an example of its own, not this sample of the data set; "
                         "pick a sample to step on it", "ExamplePanel")
BATCH_TIP = tr_noop("How many samples one step runs on (a mini-batch): each sample's forward and backward "
                    "pass, then the mean of their losses and gradients, which the update uses. With a data "
                    "set, the step takes its next samples; otherwise type each sample's values in the table.",
                    "ExamplePanel")
SHOWN_TIP = tr_noop("Which sample of the batch the table, the canvas and the Inspector show. The loss, "
                    "∂L/∂w and the update are the batch's: the means over its samples.", "ExamplePanel")
OUTPUT_NOT_YET = tr_noop("Not yet computed: step through the forward pass to reach this output neuron",
                         "ExamplePanel")


class ExamplePanel(QWidget):
    """Edit the input x⁽⁰⁾, the target t and the learning rate α; pick a sample of the data set."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self._shape = (-1, -1)  # (inputs, targets) the table's rows are laid out for
        self._build()
        doc.exampleChanged.connect(self._on_example_changed)
        doc.structureChanged.connect(self._on_example_changed)
        doc.cursorMoved.connect(self._on_cursor_moved)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrows move between cells
        self.table.setHorizontalHeaderLabels([self.tr("value"), self.tr("output y")])
        self.table.horizontalHeaderItem(OUTPUT).setToolTip(
            self.tr("y_k = x_k^(L), the network's output, once the forward pass has computed it"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # As tall as its rows (see _fit_table_height), or as the dock allows; no taller.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setToolTip(self.tr("Double-click or start typing to change an input or a target"))
        self.table.itemChanged.connect(self._on_table_item_changed)

        self.lr_edit = QLineEdit()
        self.lr_edit.setToolTip(self.tr("α, the size of each step downhill: w ← w − α ∂L/∂w "
                                        "(0 or more; press Enter to apply)"))
        self.lr_edit.editingFinished.connect(self._on_lr_edit_finished)

        self.sample_spin = CheckedSpinBox(self.tr("Sample"))
        self.sample_spin.refused.connect(self.messageRaised)
        self.sample_spin.setKeyboardTracking(False)  # typing "12" is one choice, not "1" then "12"
        self.sample_spin.setToolTip(self.tr("Which sample of the data set to step on; "
                                            "finishing a step moves on to the next one"))
        self.sample_spin.valueChanged.connect(self._on_sample_spin_changed)
        self.sample_count_label = QLabel()
        self.sample_target_label = QLabel()
        self.sample_target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_row = QWidget()  # shown only with a data set
        sample_layout = QGridLayout(self.sample_row)
        sample_layout.setContentsMargins(0, 0, 0, 0)
        sample_layout.addWidget(self.sample_spin, 0, 0)
        sample_layout.addWidget(self.sample_count_label, 0, 1)
        sample_layout.addWidget(self.sample_target_label, 1, 0, 1, 2)
        sample_layout.setColumnStretch(1, 1)

        self.batch_spin = CheckedSpinBox(self.tr("Batch"))
        self.batch_spin.setRange(1, MAX_BATCH)
        self.batch_spin.setKeyboardTracking(False)
        self.batch_spin.setToolTip(self.tr(BATCH_TIP))
        self.batch_spin.refused.connect(self.messageRaised)
        self.batch_spin.valueChanged.connect(self._on_batch_spin_changed)
        self.shown_spin = CheckedSpinBox(self.tr("Showing sample"))
        self.shown_spin.setKeyboardTracking(False)
        self.shown_spin.setToolTip(self.tr(SHOWN_TIP))
        self.shown_spin.refused.connect(self.messageRaised)
        self.shown_spin.valueChanged.connect(self._on_shown_spin_changed)
        self.shown_count_label = QLabel()
        self.shown_row = QWidget()  # shown only for a batch
        shown_layout = QGridLayout(self.shown_row)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.shown_spin, 0, 0)
        shown_layout.addWidget(self.shown_count_label, 0, 1)
        shown_layout.setColumnStretch(1, 1)

        form = QFormLayout()
        form.addRow(self.tr("Learning rate α"), self.lr_edit)
        form.addRow(self.tr("Batch"), self.batch_spin)
        self.shown_label = QLabel(self.tr("Showing"))
        form.addRow(self.shown_label, self.shown_row)
        self.sample_label = QLabel(self.tr("Sample"))
        form.addRow(self.sample_label, self.sample_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addStretch(0)

    # -- handlers ----------------------------------------------------------------------------

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != VALUE or item.text() == item.data(SHOWN):
            return  # the editor closed without a change
        row, n_inputs = item.row(), len(self.doc.input)
        name = self._row_name(row)
        x, t = self.doc.input.copy(), self.doc.target.copy()
        try:
            value = parse_number(item.text(), name)
            if row < n_inputs:
                x[row] = value
            else:
                t[row - n_inputs] = value
            self.doc.set_example(x, t)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
        self._refresh_table()  # the document's value, whatever was typed

    def _on_lr_edit_finished(self) -> None:
        text = self.lr_edit.text()
        if text == self._lr_text():
            return
        try:
            lr = parse_number(text, self.tr("Learning rate α"))
            if lr < 0:
                raise ValueError(self.tr(NEGATIVE_LR))
            if lr > MAX_LR:
                raise ValueError(self.tr(HUGE_LR).format(max_lr=MAX_LR))
            self.doc.set_lr(lr)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
        self.lr_edit.setText(self._lr_text())

    def _on_sample_spin_changed(self, value: int) -> None:
        if self.doc.lab.dataset is None or value - 1 == self.doc.sample_index:
            return
        try:
            self.doc.select_sample(value - 1)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self._refresh_sample()

    def _on_batch_spin_changed(self, value: int) -> None:
        if value == self.doc.batch_size:
            return
        try:
            self.doc.set_batch_size(value)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
        self._refresh_batch()

    def _on_shown_spin_changed(self, value: int) -> None:
        if value - 1 != self.doc.shown_sample and 1 <= value <= self.doc.batch_size:
            self.doc.show_sample(value - 1)

    def _on_example_changed(self) -> None:
        self._refresh_table()
        self.lr_edit.setText(self._lr_text())
        self._refresh_batch()
        self._refresh_sample()

    def _on_cursor_moved(self) -> None:
        self._refresh_outputs()

    def _on_options_changed(self) -> None:
        self.setFont(dock_font(self.font(), self.options.font_scale))
        # Room for the superscripts of x₁⁽⁰⁾ and for a finger on a touch screen.
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        self._on_example_changed()
        self._fit_table_height()

    # -- drawing from the document ------------------------------------------------------------

    def _row_name(self, row: int) -> str:
        n_inputs = len(self.doc.input)
        if row < n_inputs:
            return self.tr("input {x}").format(x=notation.neuron_value("x", 0, row))
        return self.tr("target {t}").format(t=f"t{notation.sub(str(row - n_inputs + 1))}")

    def _refresh_table(self) -> None:
        doc, table = self.doc, self.table
        values = [*doc.input, *doc.target]
        with QSignalBlocker(table):
            if self._shape != (len(doc.input), len(doc.target)):
                self._shape = (len(doc.input), len(doc.target))
                table.setRowCount(len(values))
                for row in range(len(values)):
                    table.setVerticalHeaderItem(row, QTableWidgetItem(self._row_name(row)))
                    output = QTableWidgetItem()
                    output.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    if row < len(doc.input):  # an input has no output beside it
                        output.setBackground(self.palette().window())
                    output.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, OUTPUT, output)
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, VALUE, item)
                self._fit_table_height()
            for row, value in enumerate(values):
                item, text = table.item(row, VALUE), self.options.fmt(float(value))
                item.setText(text)
                item.setData(SHOWN, text)
                item.setToolTip(tooltip(f"{self._row_name(row)} = {self.options.full(value)}"))
        self._refresh_outputs()

    def _fit_table_height(self) -> None:
        """Make the table as tall as its rows (it scrolls only when the dock is shorter)."""
        table = self.table
        rows = table.verticalHeader().defaultSectionSize() * table.rowCount()
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows
                               + 2 * table.frameWidth() + 2)

    def _refresh_outputs(self) -> None:
        """Show y_k = x_k^(L) beside each target once the forward pass has revealed it."""
        doc, table = self.doc, self.table
        L, n_inputs = doc.network.L, len(doc.input)
        if self._shape != (n_inputs, len(doc.target)):
            return  # the rows are rebuilt on exampleChanged, which follows
        with QSignalBlocker(table):
            for k in range(len(doc.target)):
                item = table.item(n_inputs + k, OUTPUT)
                y = doc.revealed.value("x", L, k)
                if y is not None:
                    item.setText(self.options.fmt(y))
                    item.setToolTip(f"y{notation.sub(str(k + 1))} = "
                                    f"{notation.neuron_value('x', L, k)} = {self.options.full(y)}")
                else:
                    item.setText("–")
                    item.setToolTip(self.tr(OUTPUT_NOT_YET))

    def _refresh_batch(self) -> None:
        doc = self.doc
        with QSignalBlocker(self.batch_spin), QSignalBlocker(self.shown_spin):
            self.batch_spin.setSuffix(self.tr(" sample") if doc.batch_size == 1 else self.tr(" samples"))
            self.batch_spin.setValue(doc.batch_size)
            self.shown_spin.setRange(1, doc.batch_size)
            self.shown_spin.setValue(doc.shown_sample + 1)
        self.shown_count_label.setText(self.tr("of {B}").format(B=doc.batch_size))
        self.shown_label.setVisible(doc.batch_size > 1)
        self.shown_row.setVisible(doc.batch_size > 1)

    def _lr_text(self) -> str:
        return in_locale(f"{self.doc.lr:g}")

    def _refresh_sample(self) -> None:
        dataset = self.doc.lab.dataset
        self.sample_label.setVisible(dataset is not None)
        self.sample_row.setVisible(dataset is not None)
        if dataset is None:
            return
        k, doc = self.doc.sample_index, self.doc
        self.sample_spin.setEnabled(len(dataset) > 0)
        with QSignalBlocker(self.sample_spin):
            self.sample_spin.setRange(1, max(1, len(dataset)))
            self.sample_spin.setValue(k + 1)
        n, B = len(dataset), doc.batch_size
        if B > 1 and n:  # the batch: the first sample chosen, and those after it
            self.sample_count_label.setText(self.tr("to {last} of {n}").format(last=(k + B - 1) % n + 1, n=n))
        else:
            self.sample_count_label.setText(self.tr("of {n}").format(n=n))
        if not 0 <= k < n or doc.lab.data_problem() is not None:
            # No points yet, or the network cannot read them: the example is the person's own.
            self.sample_target_label.setText(self.tr("no sample: the example is your own"))
            self.sample_target_label.setToolTip(tooltip(doc.lab.data_problem() or ""))
            return
        X, T = doc.lab.samples(k, B)
        shown = doc.shown_data_index  # the data set's row the table shows
        if not (np.array_equal(X, doc.inputs) and np.array_equal(T, doc.targets)):
            self.sample_target_label.setText(self.tr("custom example"))
            self.sample_target_label.setToolTip(self.tr(CUSTOM_EXAMPLE))
        elif dataset.kind == "classification":
            text = self.tr("class {k}").format(k=int(dataset.labels[shown]))
            if B > 1:
                text = self.tr("sample {n}: {what}").format(n=shown + 1, what=text)
            self.sample_target_label.setText(text)
            self.sample_target_label.setToolTip("")
        else:
            targets = ", ".join(self.options.fmt(float(v)) for v in np.ravel(dataset.T[shown]))
            text = f"t = {targets}"
            if B > 1:
                text = self.tr("sample {n}: {what}").format(n=shown + 1, what=text)
            self.sample_target_label.setText(text)
            self.sample_target_label.setToolTip("")
