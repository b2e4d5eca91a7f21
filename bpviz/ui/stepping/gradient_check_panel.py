"""GradientCheckPanel: backpropagation's ∂L/∂w beside the central finite difference.

For the focused weight (a neuron's focus checks its incoming weights and its bias), or for
every parameter, the panel shows the trace's ∂L/∂w_ji = δ_j x_i, the engine's central
difference (L(w + ε) − L(w − ε)) / 2ε at the same weights, their relative difference and a
verdict, so a student sees that backpropagation is exact. The numbers come from
bpviz.engine.nn.gradient_check; the panel only chooses which parameters and draws the rows.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from bpviz.engine.nn.gradient_check import AGREE, EPSILON, GradientCheck, ParameterId, all_parameters, check_step
from bpviz.state import Document, Focus, ViewOptions

from bpviz.ui.look import notation
from bpviz.ui.look.fonts import font_at
from bpviz.ui.widgets.redraw_timer import RedrawTimer
from bpviz.ui.stepping.weights_table_model import compact

BASE_POINT_SIZE = 11.0     # × options.font_scale; five columns share a narrow dock
MAX_ROWS = 2000            # parameters checked at once: the rest would only slow the window
EPSILONS = (1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8)

AGREE_BRUSH = QBrush(QColor("#d9f2dc"))   # pale green behind the tick
DIFFER_BRUSH = QBrush(QColor("#ffe2a8"))  # amber behind the warning
AGREE_TEXT, DIFFER_TEXT, UNKNOWN_TEXT = QColor("#1d6b2a"), QColor("#7a4a00"), QColor("#8a8a8a")
ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PARAMETER, BACKPROP, NUMERICAL, RELATIVE = range(4)  # the verdict leads the relative difference


class GradientCheckPanel(QWidget):
    """∂L/∂w by backpropagation and by finite differences, side by side, for the focus or all.

    Public: `rows()` (what the table shows, full precision), `set_check_all()`, `set_eps()`.
    """

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc, self._options = doc, options
        self._check: GradientCheck | None = None
        self._checked: tuple | None = None   # (trace, parameters, ε) the check was made for
        self._redraw = RedrawTimer(self, self._refresh)

        self.all_box = QCheckBox(self.tr("All weights and biases"))
        self.all_box.setToolTip(self.tr("Check every parameter instead of the focused weight or neuron"))
        self.eps_box = QComboBox()
        for eps in EPSILONS:
            self.eps_box.addItem(f"{eps:g}", eps)
        self.eps_box.setCurrentIndex(EPSILONS.index(EPSILON))
        self.eps_box.setToolTip(self.tr("The step ε of the central difference"))
        self._formula = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._notice = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrows move between cells
        self.table.setHorizontalHeaderLabels(
            [self.tr("Parameter"), self.tr("Backprop"), self.tr("Numerical"), self.tr("Rel. diff.")])
        tips = (self.tr("The weight w_ji^(l) or bias b_j^(l)"),
                self.tr("∂L/∂w = δ_j x_i (∂L/∂b = δ_j), from the backward pass"),
                self.tr("(L(w + ε) − L(w − ε)) / 2ε, from the loss alone"),
                self.tr("|a − b| / max(|a|, |b|): ✓ under {agree:g}, ⚠ above").format(agree=AGREE))
        for column, tip in enumerate(tips):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # a number is never cut short: it scrolls
        header = self.table.horizontalHeader()
        # Every column as wide as its numbers; a narrow dock scrolls sideways instead of eliding them.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        # Two short rows rather than one long one: the dock fits beside the canvas at 1024 pixels.
        eps_row = QHBoxLayout()
        eps_row.addWidget(QLabel("ε ="))
        eps_row.addWidget(self.eps_box)
        eps_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.all_box)
        layout.addLayout(eps_row)
        layout.addWidget(self._formula)
        layout.addWidget(self._summary)
        layout.addWidget(self._notice)
        layout.addWidget(self.table, 1)

        self.all_box.toggled.connect(self._on_choice_changed)
        self.eps_box.currentIndexChanged.connect(self._on_choice_changed)
        for signal in (doc.focusChanged, doc.cursorMoved, doc.weightsChanged, doc.structureChanged,
                       doc.exampleChanged, options.changed):
            signal.connect(self._redraw.request)
        options.changed.connect(self._apply_fonts)
        self._apply_fonts()
        self._refresh()

    # -- public --------------------------------------------------------------------------------

    def set_check_all(self, on: bool) -> None:
        self.all_box.setChecked(on)

    def set_eps(self, eps: float) -> None:
        """Choose ε, one of EPSILONS."""
        self.eps_box.setCurrentIndex(EPSILONS.index(eps))

    @property
    def eps(self) -> float:
        return float(self.eps_box.currentData())

    def rows(self) -> list[tuple[ParameterId, float, float, float, bool]]:
        """Return each row as (parameter, backprop, numerical, relative difference, agrees)."""
        self.flush()
        c = self._check
        if c is None:
            return []
        return [(p, float(a), float(b), float(r), bool(ok))
                for p, a, b, r, ok in zip(c.parameters, c.backprop, c.numerical, c.relative, c.agrees)]

    def summary_text(self) -> str:
        self.flush()
        return self._summary.text()

    def flush(self) -> None:
        """Bring the table up to date now if a redraw is waiting for the event loop."""
        if self._redraw.isActive() or self._checked is None or self._stale():
            self._redraw.stop()
            self._refresh()

    # -- handlers ------------------------------------------------------------------------------

    def _on_choice_changed(self) -> None:
        self._redraw.request()

    def _apply_fonts(self) -> None:
        font = font_at(self.font(), BASE_POINT_SIZE * self._options.font_scale)
        for widget in (self.table, self.table.horizontalHeader(), self._formula, self._summary, self._notice,
                       self.all_box, self.eps_box):
            widget.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(int(self.table.fontMetrics().height() * 1.5))

    # -- which parameters ---------------------------------------------------------------------

    def _parameters(self) -> tuple[list[ParameterId], int]:
        """Return the parameters to check (at most MAX_ROWS) and how many were asked for."""
        sizes = self._doc.network.sizes
        if self.all_box.isChecked():
            wanted = all_parameters(sizes)
        else:
            wanted = _focused_parameters(self._doc.focus, sizes)
        return wanted[:MAX_ROWS], len(wanted)

    def _stale(self) -> bool:
        parameters, _ = self._parameters()
        return not self._is_checked(self._doc.cursor.trace, tuple(parameters), self.eps)

    def _is_checked(self, trace, parameters: tuple, eps: float) -> bool:
        """Whether the check shown was made for this trace (the same object), parameters and ε."""
        return (self._checked is not None and self._checked[0] is trace
                and self._checked[1:] == (parameters, eps))

    # -- rendering -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        parameters, wanted = self._parameters()
        trace, eps = self._doc.cursor.trace, self.eps
        if not self._is_checked(trace, tuple(parameters), eps):
            # The step's own ∂L/∂w and the loss at the weights it began with: the same numbers the
            # inspector and the weights table show, whatever the cursor has revealed.
            self._check = check_step(self._doc.network, trace, parameters, eps) if parameters else None
            self._checked = (trace, tuple(parameters), eps)
        self._formula.setText(self.tr(
            "Backprop: ∂L/∂w<sub>ji</sub> = δ<sub>j</sub> x<sub>i</sub>, ∂L/∂b<sub>j</sub> = δ<sub>j</sub>. "
            "Numerical: (L(w + ε) − L(w − ε)) / 2ε with ε = {eps}.").format(eps=f"{eps:g}"))
        self._notice.setText(self.tr("Checking the first {shown:,} of {total:,} parameters.").format(
            shown=len(parameters), total=wanted))
        self._notice.setVisible(wanted > len(parameters))
        self._fill_table()
        self._select_focus()

    def _fill_table(self) -> None:
        c, fmt, full = self._check, self._options.fmt, self._options.full
        if c is None:
            self.table.setRowCount(0)
            self._summary.setText(self.tr("Click a weight or a neuron to check its gradient, "
                                          "or tick “All weights and biases”."))
            return
        self.table.setRowCount(len(c))
        for row, ((l, j, i), a, b, r, ok) in enumerate(zip(c.parameters, c.backprop, c.numerical,
                                                           c.relative, c.agrees)):
            name = notation.weight(l, j, i) if i >= 0 else notation.bias(l, j)
            self._set(row, PARAMETER, name, name, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._set(row, BACKPROP, compact(fmt(a), a), full(a), ALIGN_NUMBER)
            self._set(row, NUMERICAL, compact(fmt(b), b), full(b), ALIGN_NUMBER)
            self._set_verdict(row, r, ok)
        self._summary.setText(self._summary_html(c))

    def _set(self, row: int, column: int, text: str, tip: str, align) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(tip)
        item.setTextAlignment(align)
        self.table.setItem(row, column, item)

    def _set_verdict(self, row: int, relative: float, ok: bool) -> None:
        """Write the relative difference behind its verdict: ✓ on green, ⚠ on amber, – when unknown."""
        if not np.isfinite(relative):
            text, colour, brush = "–", UNKNOWN_TEXT, QBrush()
            tip = self.tr("Not a finite number: the weights have diverged.")
        elif ok:
            text, colour, brush = "✓ " + compact(self._options.fmt(relative), relative), AGREE_TEXT, AGREE_BRUSH
            tip = self.tr("Backpropagation and the finite difference agree to better than {agree:g}.").format(
                agree=AGREE)
        else:
            text, colour, brush = "⚠ " + compact(self._options.fmt(relative), relative), DIFFER_TEXT, DIFFER_BRUSH
            tip = self.tr("They differ by more than {agree:g}. The finite difference keeps only the digits "
                          "the loss's rounding leaves: when ∂L/∂w is tiny beside L, try a larger ε.").format(
                agree=AGREE)
        item = QTableWidgetItem(text)
        item.setTextAlignment(ALIGN_NUMBER)
        item.setForeground(colour)
        item.setBackground(brush)
        item.setToolTip(f"{tip}\n{self._options.full(relative)}")
        self.table.setItem(row, RELATIVE, item)

    def _summary_html(self, c: GradientCheck) -> str:
        finite = np.isfinite(c.relative)
        differ = int(np.count_nonzero(finite & ~c.agrees))
        if not finite.all():
            return self.tr("<span style='color:#8a8a8a'>Some numbers are not finite: "
                           "the weights have diverged.</span>")
        worst = float(np.max(c.relative))
        if differ == 0:
            text = self.tr("✓ All {n} agree: the largest relative difference is {worst}.").format(
                n=len(c), worst=compact(self._options.fmt(worst), worst))
            return f"<span style='color:{AGREE_TEXT.name()}'><b>{text}</b></span>"
        text = self.tr("⚠ {k} of {n} differ by more than {agree:g}.").format(k=differ, n=len(c), agree=AGREE)
        return f"<span style='color:{DIFFER_TEXT.name()}'><b>{text}</b></span>"

    def _select_focus(self) -> None:
        """Mark the focused weight's row (or a neuron's rows) when every parameter is listed."""
        c, focus = self._check, self._doc.focus
        self.table.clearSelection()
        if c is None or not self.all_box.isChecked() or focus is None:
            return
        focused = set(_focused_parameters(focus, self._doc.network.sizes))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        first = None
        for row, p in enumerate(c.parameters):
            if p in focused:
                self.table.selectionModel().select(self.table.model().index(row, 0),
                                                   QItemSelectionModel.SelectionFlag.Select
                                                   | QItemSelectionModel.SelectionFlag.Rows)
                first = row if first is None else first
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        if first is not None:
            self.table.scrollToItem(self.table.item(first, 0))


def _focused_parameters(focus: Focus | None, sizes: list[int]) -> list[ParameterId]:
    """Return the parameters a focus stands for: an edge's weight; a neuron's incoming weights
    and bias (an input's outgoing weights); nothing for the loss."""
    if focus is None or focus.kind == "loss" or not focus.fits(sizes):
        return []
    l, j = focus.layer, focus.j
    if focus.kind == "edge":
        return [(l, j, focus.i)]
    if l == 0:
        return [(1, k, j) for k in range(sizes[1])]
    return [(l, j, i) for i in range(sizes[l - 1])] + [(l, j, -1)]
