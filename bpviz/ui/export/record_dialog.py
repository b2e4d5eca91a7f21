"""RecordDialog: what to record (a step-through or training), as what (GIF or PNG sequence), and where."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from bpviz.ui.widgets.checked_spin_box import CheckedSpinBox
from bpviz.ui.widgets.plain_text import plain_label
from bpviz.ui.export.recording import STEP_GRANULARITIES as GRANULARITIES, RecordSettings


class RecordDialog(QDialog):
    """Asks for a recording's settings; `settings()` returns them once accepted."""

    def __init__(self, defaults: RecordSettings, can_train: bool, has_map: bool,
                 ask_path: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an animation"))
        self._ask_path = ask_path
        self._defaults = defaults

        self.kind = QComboBox()
        for key, text in (("rest_of_step", self.tr("The rest of this step, from where it is now")),
                          ("whole_step", self.tr("A whole step, from its start")),
                          ("training", self.tr("Training"))):
            self.kind.addItem(text, key)
        if not can_train:
            self.kind.model().item(2).setEnabled(False)
            self.kind.setItemData(2, self.tr("Training needs a data set: choose one in the Data panel"),
                                  Qt.ItemDataRole.ToolTipRole)
        self.granularity = QComboBox()
        for g, text in zip(GRANULARITIES, (self.tr("Each neuron"), self.tr("Each layer"), self.tr("Each phase"))):
            self.granularity.addItem(text, g)
        self.epochs = self._spin(1, 100_000, self.tr(" epochs"), self.tr("Train for"))
        self.every = self._spin(1, 10_000, self.tr(" epochs"), self.tr("A frame every"))
        self.training_note = QLabel(self.tr("Recording training trains the network for real: the epochs "
                                            "stay, as when you press Train. Train ▸ Reset puts the starting "
                                            "weights back."))
        self.training_note.setWordWrap(True)

        self.view = QComboBox()
        self.view.addItem(self.tr("Network"), "network")
        self.view.addItem(self.tr("Output map"), "output")
        if not has_map:
            self.view.model().item(1).setEnabled(False)
        self.fmt = QComboBox()
        self.fmt.addItem(self.tr("Animated GIF"), "gif")
        self.fmt.addItem(self.tr("PNG sequence (frame_0001.png …)"), "png")
        self.frame_ms = self._spin(20, 60_000, self.tr(" ms"), self.tr("Each frame shows for"))
        self.path = QLineEdit()
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.error = plain_label(QLabel())
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b2182b;")
        self.error.hide()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Record"), self.kind)
        self.form.addRow(self.tr("One frame for"), self.granularity)
        self.form.addRow(self.tr("Train for"), self.epochs)
        self.form.addRow(self.tr("A frame every"), self.every)
        self.form.addRow(self.training_note)
        self.form.addRow(self.tr("Picture of"), self.view)
        self.form.addRow(self.tr("Save as"), self.fmt)
        self.form.addRow(self.tr("Each frame shows for"), self.frame_ms)
        self.form.addRow(self.tr("File or folder"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._show_settings(defaults, can_train, has_map)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.fmt.currentIndexChanged.connect(self._on_format_changed)
        self._on_kind_changed()
        self._on_format_changed()

    def _spin(self, low: int, high: int, suffix: str, what: str) -> CheckedSpinBox:
        spin = CheckedSpinBox(what)
        spin.refused.connect(self._say)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _show_settings(self, s: RecordSettings, can_train: bool, has_map: bool) -> None:
        kind = s.kind if (s.kind != "training" or can_train) else "whole_step"
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.granularity.setCurrentIndex(max(0, self.granularity.findData(s.granularity)))
        self.epochs.setValue(s.epochs)
        self.every.setValue(s.every)
        self.view.setCurrentIndex(max(0, self.view.findData(s.view if has_map else "network")))
        self.fmt.setCurrentIndex(max(0, self.fmt.findData(s.fmt)))
        self.frame_ms.setValue(s.frame_ms)
        self.path.setText(s.path)

    def settings(self) -> RecordSettings:
        """Return the settings as the dialog shows them."""
        return replace(self._defaults, kind=self.kind.currentData(), view=self.view.currentData(),
                       fmt=self.fmt.currentData(), path=self.path.text().strip(),
                       granularity=self.granularity.currentData(), frame_ms=self.frame_ms.value(),
                       epochs=self.epochs.value(), every=self.every.value())

    # -- reacting ---------------------------------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        training = self.kind.currentData() == "training"
        for widget in (self.epochs, self.every, self.training_note):
            self.form.setRowVisible(widget, training)
        self.form.setRowVisible(self.granularity, not training)
        if training and self.view.model().item(1).isEnabled():
            self.view.setCurrentIndex(1)  # training is best watched on the output map
        self.adjustSize()

    def _on_format_changed(self) -> None:
        gif = self.fmt.currentData() == "gif"
        self.form.setRowVisible(self.frame_ms, gif)
        text = self.path.text().strip()
        if text:
            path = Path(text)
            if gif and path.suffix.lower() != ".gif":
                self.path.setText(str(path.with_name(path.name + ".gif")))
            elif not gif and path.suffix.lower() == ".gif":
                self.path.setText(str(path.with_suffix("")))
        self.adjustSize()

    def _on_browse_clicked(self) -> None:
        chosen = self._ask_path(self.fmt.currentData(), self.path.text().strip())
        if chosen:
            self.path.setText(chosen)

    def _on_accepted(self) -> None:
        problem = self.settings().problem()
        if problem:
            self._say(problem)
            return
        self.accept()

    def _say(self, problem: str) -> None:
        self.error.setText(problem)
        self.error.show()
