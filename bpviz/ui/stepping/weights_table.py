"""WeightsTable: every weight and bias with its gradient and change, as the cursor reveals them.

The rows come from WeightsTableModel (weights_table_model), which sorts itself; a LayerFilter
in front of it shows one layer or all. The table follows the document's focus and hover and
sets them from the selection and the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QStyle, QTableView, QVBoxLayout, QWidget,
)

from bpviz.state import Document, ViewOptions

from bpviz.ui.widgets.compact_header import CompactHeader
from bpviz.ui.look.fonts import font_at
from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.stepping.weights_table_model import COLUMNS, GRADIENT, LAYER, MAX_ROWS, PARAMETER, LayerFilter, WeightsTableModel, column_title

BASE_POINT_SIZE = 11.0  # × options.font_scale; six columns must fit a narrow dock
MIN_NUMBER_COLUMN = 24  # px: a number column never shrinks below this
FIT_SAMPLE_ROWS = 64    # column widths come from the first rows and as many spread through the rest



BATCH_NOTE = tr_noop("A batch of {B}: ∂L/∂w is the mean of the samples' own ∂Lₙ/∂w, the {B} columns after "
                     "it; Δw and After follow them.", "WeightsTable")


class WeightsTable(QWidget):
    """Every weight and bias in a sortable table; selection and hover follow the document."""

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc, self._options = doc, options
        self._syncing = False  # set while this table writes the focus, or follows it

        self.model = WeightsTableModel(doc, options, self)
        self.proxy = LayerFilter(self)
        self.proxy.setSourceModel(self.model)

        self.layer_box = QComboBox()
        self.layer_box.setToolTip(self.tr("Show the parameters of one layer"))
        self._notice = QLabel(wordWrap=True)
        self._batch_note = QLabel(wordWrap=True)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrows move between cells
        self.view.setHorizontalHeader(CompactHeader(self.view))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMouseTracking(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        # The Parameter column is frozen at its width; the number columns share the rest. A dock
        # too narrow for every number scrolls sideways: a number is never cut short.
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_NUMBER_COLUMN)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # _share_width sizes them all
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sortIndicatorChanged.connect(self._fit_columns)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        # Each symbol's superscript and the filter above already give the layer: hidden until asked
        # for, so that all four numbers fit a narrow dock.
        self.view.setColumnHidden(LAYER, True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layer:")))
        top.addWidget(self.layer_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)  # every pixel goes to the numbers in a narrow dock
        layout.addLayout(top)
        layout.addWidget(self._notice)
        layout.addWidget(self._batch_note)
        layout.addWidget(self.view, 1)

        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.viewport().installEventFilter(self)
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_changed)
        self.model.modelReset.connect(self._on_model_reset)
        doc.focusChanged.connect(self._on_focus_changed)
        doc.cursorMoved.connect(self._on_values_changed)
        doc.weightsChanged.connect(self._on_values_changed)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._on_model_reset()

    # -- handlers ------------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        if rows:
            focus = self.model.focus_at(self.proxy.mapToSource(rows[0]).row())
            self._syncing = True
            try:
                self._doc.set_focus(focus)
            finally:
                self._syncing = False

    def _on_focus_changed(self) -> None:
        """Select and show the row of the focused edge or neuron (a neuron's row is its bias)."""
        if self._syncing:
            return
        row = self.model.row_of(self._doc.focus)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        selection = self.view.selectionModel()
        self._syncing = True
        try:
            if index.isValid():
                flag = QItemSelectionModel.SelectionFlag
                selection.setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
                self.view.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            self._syncing = False

    def _on_model_reset(self) -> None:
        """Offer the new layers, say whether rows were left out, and select the focus again."""
        layers = self.model.layer_count
        chosen = self.layer_box.currentData()
        with QSignalBlocker(self.layer_box):
            self.layer_box.clear()
            self.layer_box.addItem(self.tr("all"), None)
            for l in range(1, layers + 1):
                self.layer_box.addItem(str(l), l)
            self.layer_box.setCurrentIndex(max(0, self.layer_box.findData(chosen)))
        self.proxy.set_layer(self.layer_box.currentData())
        self._place_sample_columns()
        total = self.model.total_parameters
        self._notice.setText(self.tr("Showing the first {shown:,} of {total:,} parameters.").format(
            shown=MAX_ROWS, total=total))
        self._notice.setVisible(total > MAX_ROWS)
        self._fit_columns()
        self._on_focus_changed()

    def _place_sample_columns(self) -> None:
        """In a batch, show each sample's ∂Lₙ/∂w just after their mean, ∂L/∂w (what the update
        uses, kept in view in a narrow dock), and say where the columns that follow went."""
        header = self.view.horizontalHeader()
        batch = self.model.columnCount() - len(COLUMNS)
        for n in range(batch):
            header.moveSection(header.visualIndex(len(COLUMNS) + n), header.visualIndex(GRADIENT) + 1 + n)
        self._batch_note.setText(self.tr(BATCH_NOTE).format(B=batch))
        self._batch_note.setVisible(batch > 0)

    def _on_layer_box_changed(self) -> None:
        self.proxy.set_layer(self.layer_box.currentData())
        self._fit_columns()
        self._on_focus_changed()

    def _on_header_menu_requested(self, position: QPoint) -> None:
        """Offer to show or hide each column."""
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(column_title(column, self.model.batch_size))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
        menu.exec(self.view.horizontalHeader().mapToGlobal(position))

    def _show_column(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        self._fit_columns()

    def _on_options_changed(self) -> None:
        font = font_at(self.font(), BASE_POINT_SIZE * self._options.font_scale)
        self.setFont(font)
        self.view.horizontalHeader().setFont(font)  # not bold: bold headers widen short columns
        self.view.verticalHeader().setDefaultSectionSize(int(self.view.fontMetrics().height() * 1.5))
        self._fit_columns()

    def _on_values_changed(self) -> None:
        # Column widths follow the numbers, but only where a person can see them: while the
        # table is hidden (training, another tab) the fit waits until it is shown.
        if self.isVisible():
            self._fit_columns()
        else:
            self._fit_pending = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_fit_pending", False):
            self._fit_pending = False
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Measure each column's header and a sample of its rows, then share out the width.

        (ResizeToContents would read every row whenever the table is hidden: minutes for a big network.)
        """
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        count, sample = self.proxy.rowCount(), FIT_SAMPLE_ROWS
        rows = set(range(min(count, sample))) | set(range(0, count, max(1, count // sample)))
        style = self.view.style()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1) + 2
        title_padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        header_metrics = header.fontMetrics()
        self._wanted = {}
        for column in range(self.model.columnCount()):
            if self.view.isColumnHidden(column):
                continue
            texts = (self.proxy.index(row, column).data() for row in rows)
            widest = max(map(metrics.horizontalAdvance, texts), default=0)
            title = header_metrics.horizontalAdvance(column_title(column, self.model.batch_size))
            if column == header.sortIndicatorSection():
                title += header_metrics.height()  # the sort arrow
            self._wanted[column] = max(widest + padding, title + title_padding)
        self._share_width()

    def _share_width(self) -> None:
        """Keep Parameter (and Layer) at their width; the number columns share what is left.

        They grow to fill a wide table; in one too narrow they keep the width their numbers
        need, and the table scrolls sideways.
        """
        wanted = getattr(self, "_wanted", None)
        if not wanted:
            return
        header = self.view.horizontalHeader()
        fixed = {c: w for c, w in wanted.items() if c in (PARAMETER, LAYER)}
        numbers = {c: w for c, w in wanted.items() if c not in fixed}
        room = self.view.viewport().width() - sum(fixed.values())
        total = sum(numbers.values())
        for column, width in fixed.items():
            header.resizeSection(column, width)
        if not total:
            return
        extra = max(0.0, (room - total) / len(numbers))  # room to spare is split evenly
        widths = {c: int(w + extra) for c, w in numbers.items()}
        for column, width in widths.items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report the row under the pointer to the document as the hover, and None on leaving."""
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Resize:
                self._share_width()
            elif event.type() == QEvent.Type.MouseMove:
                index = self.view.indexAt(event.position().toPoint())
                self._doc.set_hover(self.model.focus_at(self.proxy.mapToSource(index).row())
                                    if index.isValid() else None)
            elif event.type() == QEvent.Type.Leave:
                self._doc.set_hover(None)
        return super().eventFilter(watched, event)

