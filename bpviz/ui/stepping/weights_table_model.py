"""WeightsTableModel: one row per weight and bias, with its gradient and change, read from the trace.

The model reads the document's trace on every `data()` call and holds no number of its own
(only sort keys, dropped at every change). It resets when the structure changes and emits
dataChanged when the cursor or the weights move, so selection and sorting survive stepping.
The model sorts itself with numpy; the LayerFilter proxy in front of it filters by layer.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from bpviz.state import Document, Focus, ViewOptions
from bpviz.state.document.parsing import in_locale

from bpviz.ui.look import notation
from bpviz.ui.shell.i18n import tr, tr_noop
from bpviz.ui.look.saturation import is_saturated

MAX_ROWS = 50_000       # the layer filter calls Python once per row after a re-sort: ~0.3 s here

COLUMNS = (tr_noop("Parameter", "weights_table"), tr_noop("Layer", "weights_table"),
           tr_noop("Before", "weights_table"), "∂L/∂w", "Δw", tr_noop("After", "weights_table"))
PARAMETER, LAYER, BEFORE, GRADIENT, CHANGE, AFTER = range(len(COLUMNS))
BY_MAGNITUDE = (GRADIENT, CHANGE)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the sort key: |value| for ∂L/∂w and Δw, else the value

_W, _B = f"w{notation.sub('ji')}{notation.sup('(l)')}", f"b{notation.sub('j')}{notation.sup('(l)')}"
_DELTA, _X = f"δ{notation.sub('j')}", f"x{notation.sub('i')}"
# English, with the symbols as placeholders; header_tip() translates and fills them in.
HEADER_TIPS = {
    PARAMETER: tr_noop("The weight {w} from neuron i of layer l−1 to neuron j of layer l, or the bias {b}",
                       "weights_table"),
    LAYER: tr_noop("The layer l the parameter feeds", "weights_table"),
    BEFORE: tr_noop("The value this step's forward pass uses", "weights_table"),
    GRADIENT: tr_noop("∂L/∂w = {delta} {x} (∂L/∂b = {delta}), once the neuron's backward event is revealed.\n"
                      "Sorts by magnitude |∂L/∂w|, largest first: which weight does the loss blame most?",
                      "weights_table"),
    CHANGE: tr_noop("Δw = −α ∂L/∂w, once the layer's update is revealed.\n"
                    "Sorts by magnitude |Δw|, largest first: which weight moved most?", "weights_table"),
    AFTER: tr_noop("w − α ∂L/∂w, once the layer's update is revealed", "weights_table"),
}
MEAN_TITLE = tr_noop("∂L/∂w (mean)", "weights_table")
SAMPLE_TIP = tr_noop("Sample {n}'s own term ∂L{n_sub}/∂w = {delta} {x} with its values (∂L{n_sub}/∂b = {delta}).\n"
                     "The mean of these terms over the batch is ∂L/∂w, which the update uses.", "weights_table")

HOVER_BRUSH = QBrush(QColor(61, 139, 217, 70))
SATURATED_BRUSH = QBrush(QColor(255, 214, 102, 70))
NOT_YET_BRUSH = QBrush(QColor("#8a8a8a"))
ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_TEXT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def column_title(column: int, batch: int = 1) -> str:
    """Return the header of `column` in the user's language (the symbols stay the seed's); in a
    batch of `batch`, the columns after COLUMNS hold each sample's own ∂Lₙ/∂w."""
    if column >= len(COLUMNS):
        return f"∂L{notation.sub(str(column - len(COLUMNS) + 1))}/∂w"
    if column == GRADIENT and batch > 1:
        return tr(MEAN_TITLE, "weights_table")
    return tr(COLUMNS[column], "weights_table")


def header_tip(column: int) -> str:
    """Return the tooltip of `column`'s header, translated, with the seed's symbols filled in."""
    if column >= len(COLUMNS):
        n = column - len(COLUMNS) + 1
        return tr(SAMPLE_TIP, "weights_table").format(n=n, n_sub=notation.sub(str(n)), delta=_DELTA, x=_X)
    return tr(HEADER_TIPS[column], "weights_table").format(w=_W, b=_B, delta=_DELTA, x=_X)


def sample_of(column: int) -> int | None:
    """Return the sample (0-based) whose own ∂Lₙ/∂w `column` holds, or None for the others."""
    return column - len(COLUMNS) if column >= len(COLUMNS) else None


def compact(text: str, value: float | None) -> str:
    """Return the formatted `text` of `value` in as few characters, the same digits kept.

    "0.0003905" becomes "3.905e-4" and "1.2e-05" becomes "1.2e-5": four columns of numbers
    must fit beside the names in a narrow dock.
    """
    if value is None or not np.isfinite(value) or value == 0:
        return text
    mantissa, _, exponent = text.partition("e")
    if exponent:
        return f"{mantissa}e{int(exponent):+d}".replace("e+", "e")
    digits = len(mantissa.lstrip("-+").replace(".", "").replace(",", "").lstrip("0")) or 1
    m, e = f"{value:.{digits - 1}e}".split("e")
    shorter = in_locale(f"{m}e{int(e):+d}".replace("e+", "e"))
    return shorter if len(shorter) < len(text) else text


class WeightsTableModel(QAbstractTableModel):
    """One row per weight w_ji^(l) and bias b_j^(l), read from the document's trace.

    Parameters are numbered p in the network's order: layer by layer, neuron by neuron, the
    weights and then the bias. In a batch of B samples, B more columns follow COLUMNS: each
    sample's own ∂Lₙ/∂w, whose mean is the ∂L/∂w column. Unsorted, row r shows parameter r. `sort()` orders the rows with
    one numpy argsort (not a Python call per comparison, which stalls at thousands of rows) and
    keeps them sorted as stepping reveals new numbers; selection moves with its row.
    """

    def __init__(self, doc: Document, options: ViewOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc, self._options = doc, options
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._order: np.ndarray | None = None   # row → p; None while unsorted
        self._rows: np.ndarray | None = None    # p → row
        self._keys: dict[int, np.ndarray] = {}  # sort keys by column, indexed by p
        self._hover_rows: frozenset[int] = frozenset()
        self._layout(doc.network.sizes)
        doc.structureChanged.connect(self._on_structure_changed)
        doc.cursorMoved.connect(self._on_values_changed)
        doc.weightsChanged.connect(self._on_values_changed)
        doc.hoverChanged.connect(self._on_hover_changed)
        options.changed.connect(self._on_values_changed)

    # -- parameters and rows -------------------------------------------------------------------

    def _layout(self, sizes: list[int]) -> None:
        """Note where each layer's parameters start: layer l has sizes[l] × (sizes[l−1] + 1)."""
        self._sizes = list(sizes)
        self.batch_size = self._doc.batch_size
        self._starts = [0]
        for l in range(1, len(sizes)):
            self._starts.append(self._starts[-1] + sizes[l] * (sizes[l - 1] + 1))
        self.total_parameters = self._starts[-1]
        self._row_count = min(self.total_parameters, MAX_ROWS)

    @property
    def layer_count(self) -> int:
        """Return L, the number of weighted layers."""
        return len(self._sizes) - 1

    def _parameter(self, p: int) -> tuple[int, int, int]:
        l = bisect_right(self._starts, p)
        n_in = self._sizes[l - 1]
        j, k = divmod(p - self._starts[l - 1], n_in + 1)
        return l, j, (k if k < n_in else -1)

    def _p(self, row: int) -> int:
        return row if self._order is None else int(self._order[row])

    def _row(self, p: int) -> int:
        return p if self._rows is None else int(self._rows[p])

    def parameter_at(self, row: int) -> tuple[int, int, int]:
        """Return (l, j, i) shown in `row`, 0-based; i = −1 for the bias."""
        return self._parameter(self._p(row))

    def layer_of(self, row: int) -> int:
        return bisect_right(self._starts, self._p(row))

    def row_of(self, focus: Focus | None) -> int | None:
        """Return the row of an edge's weight or a neuron's bias, or None if it has none here."""
        if focus is None or focus.kind == "loss" or focus.layer < 1 or not focus.fits(self._sizes):
            return None
        n_in = self._sizes[focus.layer - 1]
        p = self._starts[focus.layer - 1] + focus.j * (n_in + 1) + (focus.i if focus.kind == "edge" else n_in)
        return self._row(p) if p < self._row_count else None

    def focus_at(self, row: int) -> Focus:
        """Return the focus a row stands for: its edge, or its neuron for a bias."""
        l, j, i = self.parameter_at(row)
        return Focus.edge(l, j, i) if i >= 0 else Focus.neuron(l, j)

    def _rows_of(self, focus: Focus | None) -> frozenset[int]:
        """Return the rows to highlight for `focus`: an edge's row, or all of a neuron's parameters."""
        row = self.row_of(focus)
        if row is None:
            return frozenset()
        if focus.kind == "edge":
            return frozenset({row})
        bias = self._p(row)
        return frozenset(self._row(p) for p in range(bias - self._sizes[focus.layer - 1], bias + 1))

    # -- values, read from the trace -----------------------------------------------------------

    def value(self, row: int, column: int) -> float | None:
        """Return the number in (row, column), or None while the cursor has not revealed it."""
        l, j, i = self.parameter_at(row)
        if column == BEFORE:
            trace = self._doc.cursor.trace
            return float(trace.b_before[l][j] if i < 0 else trace.W_before[l][j, i])
        n = sample_of(column)
        if n is not None:
            terms = self._doc.revealed.terms("dW" if i >= 0 else "db", l, j, i)
            return None if terms is None else float(terms[n])
        kind = {GRADIENT: ("db", "dW"), CHANGE: ("b_change", "W_change")}.get(column, ("b_after", "W_after"))
        return self._doc.revealed.value(kind[i >= 0], l, j, i)

    def _sort_keys(self, column: int) -> np.ndarray:
        """Return the sort key of every parameter in `column`: |value| for ∂L/∂w and Δw, else
        the value; numbers not yet revealed sort below all others. Cached until the next change."""
        if column not in self._keys:
            if column == PARAMETER:
                keys = np.arange(self.total_parameters, dtype=float)
            elif column == LAYER:
                keys = np.repeat(np.arange(1, len(self._sizes), dtype=float), np.diff(self._starts))
            else:
                values = self._column_values(column)
                by_magnitude = column in BY_MAGNITUDE or sample_of(column) is not None
                keys = (np.where(np.isnan(values), -1.0, np.abs(values)) if by_magnitude
                        else np.where(np.isnan(values), -np.inf, values))
            self._keys[column] = keys[:self._row_count]
        return self._keys[column]

    def _column_values(self, column: int) -> np.ndarray:
        """Return `column` for every parameter in order, NaN where not yet revealed."""
        revealed, trace = self._doc.revealed, self._doc.cursor.trace
        parts = []
        for l in range(1, len(self._sizes)):
            # Row by row, a layer's parameters are the rows of [W | b]: its weights, then its bias.
            before = np.hstack([trace.W_before[l], trace.b_before[l][:, None]])
            if column == BEFORE:
                part = before
            elif column == GRADIENT:
                known = revealed.known_rows("dW", l)
                part = np.where(known[:, None], np.hstack([trace.dW[l], trace.db[l][:, None]]), np.nan)
            elif sample_of(column) is not None:
                n, known = sample_of(column), revealed.known_rows("dW", l)
                dW, db = trace.sample_gradients(l)
                part = np.where(known[:, None], np.hstack([dW[n], db[n][:, None]]), np.nan)
            elif revealed.known("W_after", l):
                after = np.hstack([trace.W_after[l], trace.b_after[l][:, None]])
                part = after - before if column == CHANGE else after
            else:
                part = np.full(before.shape, np.nan)
            parts.append(part.ravel())
        return np.concatenate(parts)

    # -- sorting -------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column` (−1: the network's order); ties keep the network's order."""
        self._sort_column, self._sort_order = column, order
        self._reorder()

    def _sorted(self) -> np.ndarray | None:
        """Return row → p for the current sort, or None for the network's order."""
        if not 0 <= self._sort_column < self.columnCount() or self._row_count == 0:
            return None
        keys = self._sort_keys(self._sort_column)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            keys = -keys
        return np.argsort(keys, kind="stable")

    def _set_order(self, order: np.ndarray | None) -> None:
        self._order = order
        self._rows = None if order is None else np.argsort(order)
        self._hover_rows = self._rows_of(self._doc.hover)

    def _reorder(self) -> None:
        """Apply the sort to the rows, moving persistent indexes (the selection) with them."""
        order = self._sorted()
        if order is None and self._order is None or (
                order is not None and self._order is not None and np.array_equal(order, self._order)):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        moved = [(self._p(index.row()), index.column()) for index in old]
        self._set_order(order)
        self.changePersistentIndexList(old, [self.index(self._row(p), column) for p, column in moved])
        self.layoutChanged.emit()

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS) + (self.batch_size if self.batch_size > 1 else 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == SORT_ROLE:
            return float(self._sort_keys(column)[self._p(row)])
        if column == PARAMETER:
            return self._parameter_data(row, role)
        if column == LAYER:
            layer = self.layer_of(row)
            return {Qt.ItemDataRole.DisplayRole: str(layer), Qt.ItemDataRole.UserRole: layer,
                    Qt.ItemDataRole.TextAlignmentRole: ALIGN_NUMBER}.get(role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole):
            return None
        value = self.value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return compact(self._options.fmt(value), value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._options.full(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_NUMBER
        return NOT_YET_BRUSH if value is None else None

    def _parameter_data(self, row: int, role: int):
        l, j, i = self.parameter_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return notation.weight(l, j, i) if i >= 0 else notation.bias(l, j)
        if role == Qt.ItemDataRole.ToolTipRole:
            if i < 0:
                return self.tr("Bias of neuron {j} of layer {l}").format(j=j + 1, l=l)
            return self.tr("Weight from neuron {i} of layer {k} to neuron {j} of layer {l}").format(
                i=i + 1, k=l - 1, j=j + 1, l=l)
        if role == Qt.ItemDataRole.UserRole:
            return self._p(row)  # the network's own order
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_TEXT
        return None

    def _background(self, row: int):
        if row in self._hover_rows:
            return HOVER_BRUSH
        l, j, _ = self.parameter_at(row)
        return SATURATED_BRUSH if is_saturated(self._doc.network, self._doc.cursor, l, j, self._doc.shown_sample) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section, self.batch_size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(section)
        if role == Qt.ItemDataRole.InitialSortOrderRole and (section in BY_MAGNITUDE or sample_of(section) is not None):
            return Qt.SortOrder.DescendingOrder.value  # one click: the largest first
        return None

    # -- handlers ------------------------------------------------------------------------------

    def _on_structure_changed(self) -> None:
        self.beginResetModel()
        self._keys.clear()
        self._layout(self._doc.network.sizes)
        self._set_order(self._sorted())
        self.endResetModel()

    def _on_values_changed(self) -> None:
        if list(self._doc.network.sizes) != self._sizes or self._doc.batch_size != self.batch_size:
            self._on_structure_changed()  # the cursor moved onto a new network, or a batch of another size
            return
        self._keys.clear()
        self._reorder()  # stay sorted as numbers are revealed
        if self._row_count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._row_count - 1, self.columnCount() - 1))

    def _on_hover_changed(self) -> None:
        old, self._hover_rows = self._hover_rows, self._rows_of(self._doc.hover)
        changed = old | self._hover_rows
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole])


class LayerFilter(QSortFilterProxyModel):
    """Keeps the rows of one layer (or all); sorting is passed on to the model, which sorts with numpy."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layer: int | None = None
        # The filter reads only the row's layer, which no change of value moves: without this,
        # every revealed number made the proxy test all of a big network's thousands of rows.
        self.setDynamicSortFilter(False)

    def set_layer(self, layer: int | None) -> None:
        if layer != self._layer:
            self.beginFilterChange()
            self._layer = layer
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return self._layer is None or self.sourceModel().layer_of(source_row) == self._layer
