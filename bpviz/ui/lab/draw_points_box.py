"""DrawPointsBox: what a click on the output plot adds, and clearing the points to draw anew.

A class (one coloured button each, in the plot's colours) for classification, a target t for
regression on a plane; on 1-D data the height of the click is the target. The plot asks
`draw_value` at each click; the points change through the document (undoable).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton, QStackedWidget,
    QWidget,
)

from bpviz.engine.data.datasets import MAX_CLASSES
from bpviz.state import Document

from bpviz.ui.look import palette
from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.widgets.checked_spin_box import CheckedDoubleSpinBox
from bpviz.ui.lab.output_colours import class_colors

HINT = tr_noop("Click the plot to add a point · right-click removes one · Ctrl+click steps with it",
               "DrawPointsBox")


class DrawPointsBox(QGroupBox):
    """Class buttons or a target, a hint, and Clear points."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Draw your own"))
        self.doc = doc
        self.class_group = QButtonGroup(self)
        self.class_group.setExclusive(True)
        buttons = QWidget()
        row = QGridLayout(buttons)  # four a row: eight classes fit a narrow dock
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        self.class_buttons: list[QPushButton] = []
        for k in range(MAX_CLASSES):
            button = QPushButton(str(k + 1))
            button.setCheckable(True)
            button.setToolTip(self.tr("A click on the plot adds a point of class {k}").format(k=k + 1))
            self.class_group.addButton(button, k)
            self.class_buttons.append(button)
            row.addWidget(button, k // 4, k % 4)
        row.setColumnStretch(4, 1)
        self.class_buttons[0].setChecked(True)
        self.value_spin = CheckedDoubleSpinBox(self.tr("Target value"))
        self.value_spin.refused.connect(self.messageRaised)
        self.value_spin.setRange(-100.0, 100.0)
        self.value_spin.setDecimals(2)
        self.value_spin.setSingleStep(0.1)
        self.value_spin.setValue(1.0)
        self.value_spin.setToolTip(self.tr("A click on the plot adds a point with this target t"))
        self.draw_stack = QStackedWidget()
        self.draw_stack.addWidget(buttons)
        self.draw_stack.addWidget(self.value_spin)
        height = QLabel(self.tr("the height of your click"))
        height.setToolTip(self.tr("1-D data: a click at (x, t) adds input x with target t"))
        self.draw_stack.addWidget(height)
        self.draw_label = QLabel(self.tr("Class"))

        self.clear_button = QPushButton(self.tr("Clear points"))
        self.clear_button.setToolTip(self.tr("Remove every point, to draw your own (undo brings them back)"))
        self.clear_button.clicked.connect(self._on_clear_clicked)
        hint = QLabel(self.tr(HINT))
        hint.setWordWrap(True)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # projector text: fields go under
        form.addRow(self.draw_label, self.draw_stack)
        form.addRow(hint)
        form.addRow(self.clear_button)

    def draw_value(self) -> float:
        """Return what a click on the plot adds: a class index (0-based) or a target value."""
        data = self.doc.lab.dataset
        if data is not None and data.kind == "regression":
            return float(self.value_spin.value())
        checked = self.class_group.checkedId()
        classes = data.classes if data is not None else 2
        return max(0, min(checked, classes - 1))

    def refresh(self) -> None:
        data = self.doc.lab.dataset
        regression = data is not None and data.kind == "regression"
        one_d = data is not None and data.X.shape[1] == 1
        self.draw_stack.setCurrentIndex(2 if regression and one_d else 1 if regression else 0)
        self.draw_label.setText(self.tr("Target t") if regression else self.tr("Class"))
        classes = data.classes if data is not None and not regression else 2
        colours = class_colors(classes)
        for k, button in enumerate(self.class_buttons):
            button.setVisible(k < classes)
            if k < classes:
                fill = colours[k]
                text = palette.text_color_for(fill).name()
                button.setStyleSheet(
                    f"QPushButton {{ background: {fill.name()}; color: {text}; font-weight: bold;"
                    f" border: 2px solid {fill.name()}; border-radius: 4px; padding: 3px 7px; }}"
                    f"QPushButton:checked {{ border: 3px solid {palette.FOCUS.name()}; }}")
        if self.class_group.checkedId() >= classes:
            self.class_buttons[0].setChecked(True)

    def _on_clear_clicked(self) -> None:
        try:
            self.doc.lab.clear_points()
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
