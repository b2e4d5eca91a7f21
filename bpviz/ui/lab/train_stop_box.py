"""StopBox: when a run of training ends by itself: after some epochs, or at a target.

Three knobs, each one document method (one undoable command), refreshed from the document
with their signals blocked: the epochs Play trains, the training accuracy and the training
loss to stop at. The session stops at the first epoch that meets any of them, exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from bpviz.engine.limits import MAX_EPOCHS
from bpviz.state import Document
from bpviz.state.document.parsing import parse_number

from bpviz.ui.widgets.checked_spin_box import CheckedDoubleSpinBox, CheckedSpinBox
from bpviz.ui.shell.i18n import tr_noop


EPOCHS_TIP = tr_noop("How many epochs Play trains (one epoch visits every training sample once); "
                     "0 trains until you press Pause", "StopBox")
ACCURACY_TIP = tr_noop("Stop at the first epoch whose training accuracy is at least this; "
                       "0 is no target", "StopBox")
LOSS_TIP = tr_noop("Stop at the first epoch whose training loss L is at most this (press Enter to "
                   "apply); empty is no target", "StopBox")
LOSS_NEGATIVE = tr_noop("Stop at loss: the loss to stop at must be 0 or more", "StopBox")


class StopBox(QGroupBox):
    """Stop after [epochs], at [training accuracy], at [training loss]."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Stop"))
        self.doc = doc
        self.epochs_spin = CheckedSpinBox(self.tr("Epochs"))
        self.epochs_spin.refused.connect(self.messageRaised)
        self.epochs_spin.setRange(0, MAX_EPOCHS)
        self.epochs_spin.setSpecialValueText(self.tr("until stopped"))
        self.epochs_spin.setSuffix(self.tr(" epochs"))
        self.epochs_spin.setKeyboardTracking(False)  # typing "300" is one choice, not "3", "30", "300"
        self.epochs_spin.setToolTip(self.tr(EPOCHS_TIP))
        self.epochs_spin.valueChanged.connect(lambda n: self._set(epochs=n or None))
        self.accuracy_spin = CheckedDoubleSpinBox(self.tr("Accuracy to stop at"))
        self.accuracy_spin.refused.connect(self.messageRaised)
        self.accuracy_spin.setRange(0.0, 100.0)
        self.accuracy_spin.setDecimals(1)
        self.accuracy_spin.setSuffix(" %")
        self.accuracy_spin.setSpecialValueText(self.tr("no target"))
        self.accuracy_spin.setKeyboardTracking(False)
        self.accuracy_spin.setToolTip(self.tr(ACCURACY_TIP))
        self.accuracy_spin.setAccessibleName(self.tr("Training accuracy to stop at"))
        self.accuracy_spin.valueChanged.connect(lambda v: self._set(stop_accuracy=v / 100 or None))
        self.loss_edit = QLineEdit()
        self.loss_edit.setPlaceholderText(self.tr("no target"))
        self.loss_edit.setToolTip(self.tr(LOSS_TIP))
        self.loss_edit.setAccessibleName(self.tr("Training loss to stop at"))
        self.loss_edit.editingFinished.connect(self._on_loss_edit_finished)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("After"), self.epochs_spin)
        form.addRow(self.tr("At train accuracy"), self.accuracy_spin)
        form.addRow(self.tr("At train loss"), self.loss_edit)
        doc.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the document's epochs and targets."""
        training = self.doc.lab.settings
        accuracy, loss = training.stop_accuracy, training.stop_loss
        with QSignalBlocker(self.epochs_spin), QSignalBlocker(self.accuracy_spin):
            self.epochs_spin.setValue(training.epochs or 0)
            self.accuracy_spin.setValue(100 * accuracy if accuracy else 0.0)
        if not self.loss_edit.isModified() or self.loss_edit.text() == _loss_text(loss):
            self.loss_edit.setText(_loss_text(loss))

    def _set(self, **settings) -> None:
        try:
            self.doc.lab.set_training(**settings)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self.refresh()

    def _on_loss_edit_finished(self) -> None:
        text = self.loss_edit.text().strip()
        try:
            loss = None if not text else parse_number(text, self.tr("Stop at loss"))
            if loss is not None and loss < 0:
                raise ValueError(self.tr(LOSS_NEGATIVE))
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self.loss_edit.setText(_loss_text(self.doc.lab.settings.stop_loss))
            return
        self.loss_edit.setModified(False)
        self._set(stop_loss=loss)
        self.loss_edit.setText(_loss_text(self.doc.lab.settings.stop_loss))


def _loss_text(loss: float | None) -> str:
    return "" if loss is None else f"{loss:g}"
