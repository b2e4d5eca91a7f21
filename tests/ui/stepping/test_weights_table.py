"""The weights table lists every parameter with the trace's numbers and follows the focus."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from bpviz.state import Focus
from bpviz.ui.stepping.weights_table import WeightsTable
from bpviz.ui.stepping.weights_table_model import (
    AFTER, BEFORE, CHANGE, COLUMNS, GRADIENT, HOVER_BRUSH, LAYER, MAX_ROWS, PARAMETER, SATURATED_BRUSH,
    SORT_ROLE,
)

from tests.ui.conftest import laid_out


@pytest.fixture
def table(show_widget, doc, options):
    """A shown 420 × 600 weights table on the worked example."""
    return show_widget(WeightsTable(doc, options), 420, 600)


def cell(table, focus, column, role=Qt.ItemDataRole.DisplayRole):
    model = table.model
    return model.index(model.row_of(focus), column).data(role)


def selected_focus(table):
    rows = table.view.selectionModel().selectedRows()
    assert len(rows) == 1
    return table.model.focus_at(table.proxy.mapToSource(rows[0]).row())


def click_header(qtbot, table, column):
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_one_row_per_weight_and_bias(table):
    model = table.model
    assert model.rowCount() == 12 and model.columnCount() == len(COLUMNS)
    names = [model.index(r, PARAMETER).data() for r in range(model.rowCount())]
    assert names[:3] == ["w₁₁⁽¹⁾", "w₁₂⁽¹⁾", "b₁⁽¹⁾"] and names[-1] == "b₂⁽²⁾"
    assert [model.index(r, LAYER).data() for r in (0, 11)] == ["1", "2"]
    assert model.headerData(GRADIENT, Qt.Orientation.Horizontal) == "∂L/∂w"
    assert "magnitude" in model.headerData(CHANGE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_model_passes_the_model_tester(qtmodeltester, table, doc):
    qtmodeltester.check(table.model)
    for _ in range(11):
        doc.advance()
    qtmodeltester.check(table.model)
    table.view.sortByColumn(CHANGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(table.model)
    qtmodeltester.check(table.proxy)


def test_numbers_appear_as_the_cursor_reveals_them(table, doc):
    w11 = Focus.edge(2, 0, 0)
    assert cell(table, w11, BEFORE) == "0.4"
    assert [cell(table, w11, c) for c in (GRADIENT, CHANGE, AFTER)] == ["–", "–", "–"]
    assert cell(table, w11, GRADIENT, Qt.ItemDataRole.UserRole) is None
    doc.advance("phase"), doc.advance("phase"), doc.advance()  # forward, loss, backward of (2, 0)
    trace = doc.cursor.trace
    assert cell(table, w11, GRADIENT, Qt.ItemDataRole.UserRole) == trace.dW[2][0, 0]
    assert cell(table, w11, GRADIENT, Qt.ItemDataRole.ToolTipRole) == repr(float(trace.dW[2][0, 0]))
    assert cell(table, Focus.neuron(2, 0), GRADIENT, Qt.ItemDataRole.UserRole) == trace.db[2][0]
    assert cell(table, Focus.edge(2, 1, 0), GRADIENT) == "–"  # neuron (2, 1) not yet
    assert cell(table, w11, CHANGE) == "–"


def test_after_the_step_the_published_numbers(table, doc, options):
    for _ in range(11):
        doc.advance()
    options.digits = 8
    assert cell(table, Focus.edge(2, 0, 0), AFTER) == "0.35891648"
    options.digits = 9
    assert cell(table, Focus.edge(1, 0, 0), AFTER) == "0.149780716"
    trace = doc.cursor.trace
    change = cell(table, Focus.edge(2, 0, 0), CHANGE, Qt.ItemDataRole.UserRole)
    assert change == trace.W_after[2][0, 0] - trace.W_before[2][0, 0]
    assert cell(table, Focus.edge(2, 0, 0), AFTER, Qt.ItemDataRole.UserRole) == trace.W_after[2][0, 0]


def test_clicking_a_row_focuses_its_edge_or_neuron(qtbot, table, doc):
    for focus in (Focus.edge(2, 1, 0), Focus.neuron(1, 1)):
        index = table.proxy.mapFromSource(table.model.index(table.model.row_of(focus), BEFORE))
        with qtbot.waitSignal(doc.focusChanged):
            qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton,
                             pos=table.view.visualRect(index).center())
        assert doc.focus == focus


def test_the_focus_selects_its_row(table, doc):
    doc.set_focus(Focus.edge(1, 1, 0))
    assert selected_focus(table) == Focus.edge(1, 1, 0)
    doc.set_focus(Focus.neuron(2, 1))  # a neuron's row is its bias
    assert selected_focus(table) == Focus.neuron(2, 1)
    doc.set_focus(Focus.loss(2))
    assert table.view.selectionModel().selectedRows() == []


def test_one_click_on_delta_w_puts_the_weight_that_moved_most_first(qtbot, table, doc):
    for _ in range(11):
        doc.advance()
    trace = doc.cursor.trace
    moves = {Focus.edge(l, j, i): abs(trace.W_after[l][j, i] - trace.W_before[l][j, i])
             for l in (1, 2) for j in range(2) for i in range(2)}
    moves |= {Focus.neuron(l, j): abs(trace.b_after[l][j] - trace.b_before[l][j])
              for l in (1, 2) for j in range(2)}
    click_header(qtbot, table, CHANGE)
    first = table.model.focus_at(table.proxy.mapToSource(table.proxy.index(0, 0)).row())
    assert first == max(moves, key=moves.get)
    order = [table.proxy.index(r, CHANGE).data(SORT_ROLE) for r in range(table.proxy.rowCount())]
    assert order == sorted(order, reverse=True)


def test_selection_and_sorting_survive_stepping(qtbot, table, doc):
    click_header(qtbot, table, GRADIENT)
    doc.set_focus(Focus.edge(1, 0, 1))
    with qtbot.assertNotEmitted(table.model.modelReset):
        doc.advance()
        doc.advance("phase")
    header = table.view.horizontalHeader()
    assert header.sortIndicatorSection() == GRADIENT
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert doc.focus == Focus.neuron(2, 1)  # the cursor moved the focus; the selection followed
    assert selected_focus(table) == Focus.neuron(2, 1)
    order = [table.proxy.index(r, GRADIENT).data(SORT_ROLE) for r in range(table.proxy.rowCount())]
    assert order == sorted(order, reverse=True)


def test_survives_adding_a_neuron_and_undo(qtmodeltester, table, doc):
    doc.structure.add_neuron(1)  # 2-3-2: 3 × 3 + 2 × 4
    assert table.model.rowCount() == 17
    qtmodeltester.check(table.model)
    doc.undo_stack.undo()
    assert table.model.rowCount() == 12
    assert cell(table, Focus.edge(2, 1, 1), BEFORE) == "0.55"
    doc.undo_stack.redo()
    assert table.model.rowCount() == 17


def test_hover_goes_both_ways(qtbot, table, doc):
    focus = Focus.edge(2, 0, 1)
    doc.set_hover(focus)
    assert cell(table, focus, BEFORE, Qt.ItemDataRole.BackgroundRole) == HOVER_BRUSH
    doc.set_hover(None)
    assert cell(table, focus, BEFORE, Qt.ItemDataRole.BackgroundRole) != HOVER_BRUSH

    viewport = table.view.viewport()
    index = table.proxy.mapFromSource(table.model.index(table.model.row_of(Focus.neuron(1, 0)), BEFORE))
    pos = QPointF(table.view.visualRect(index).center())
    move = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert doc.hover == Focus.neuron(1, 0)
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert doc.hover is None


def test_a_saturated_neurons_rows_are_marked(table, doc):
    doc.set_parameter(1, 0, 0, 400.0)  # z₁⁽¹⁾ ≈ 20: σ'(z) ≈ 1.4e-9
    saturated_rows = [Focus.edge(1, 0, 0), Focus.edge(1, 0, 1), Focus.neuron(1, 0)]
    assert all(cell(table, f, BEFORE, Qt.ItemDataRole.BackgroundRole) is None for f in saturated_rows)
    doc.advance()
    assert all(cell(table, f, BEFORE, Qt.ItemDataRole.BackgroundRole) == SATURATED_BRUSH
               for f in saturated_rows)
    assert cell(table, Focus.edge(1, 1, 0), BEFORE, Qt.ItemDataRole.BackgroundRole) is None


def test_the_layer_filter(table, doc):
    table.layer_box.setCurrentIndex(table.layer_box.findData(2))
    assert table.proxy.rowCount() == 6
    doc.set_focus(Focus.edge(1, 0, 0))  # filtered out: nothing selected
    assert table.view.selectionModel().selectedRows() == []
    doc.set_focus(Focus.edge(2, 0, 0))
    assert selected_focus(table) == Focus.edge(2, 0, 0)
    doc.structure.add_layer(2)  # the chosen layer survives a new structure
    assert table.layer_box.currentData() == 2 and table.layer_box.count() == 4


def test_sort_keys_are_raw_and_magnitudes(table, doc):
    for _ in range(11):
        doc.advance()
    row = table.model.row_of(Focus.edge(2, 1, 0))
    dW = doc.cursor.trace.dW[2][1, 0]
    assert dW < 0
    assert table.model.index(row, GRADIENT).data(Qt.ItemDataRole.UserRole) == dW
    assert table.model.index(row, GRADIENT).data(SORT_ROLE) == abs(dW)
    assert np.isfinite(table.model.index(row, BEFORE).data(SORT_ROLE))


def test_a_huge_network_lists_its_first_rows_and_says_so(qtmodeltester, table, doc):
    doc.new(sizes=(800, 64, 2))  # 64 × 801 + 2 × 65 = 51,394 parameters
    assert table.model.rowCount() == MAX_ROWS
    assert table._notice.isVisible() and "of 51,394 parameters" in table._notice.text()
    doc.set_focus(Focus.neuron(2, 0))  # its bias lies beyond the rows shown
    assert table.view.selectionModel().selectedRows() == []
    doc.set_focus(Focus.edge(1, 5, 1))
    assert selected_focus(table) == Focus.edge(1, 5, 1)
    doc.new(sizes=(2, 2, 2))
    assert table.model.rowCount() == 12 and not table._notice.isVisible()


def test_closes_cleanly_while_the_document_lives_on(qtbot, doc, options):
    widget = WeightsTable(doc, options)
    widget.show()
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not isValid(widget))
    for _ in range(12):
        doc.advance()
    doc.set_hover(Focus.neuron(1, 0))
    doc.structure.add_neuron(1)
    options.digits = 6


def test_the_selection_and_the_hover_follow_their_rows_when_the_order_changes(qtbot, table, doc):
    for _ in range(11):
        doc.advance()
    doc.set_focus(Focus.edge(1, 1, 0))
    doc.set_hover(Focus.neuron(2, 0))
    with qtbot.assertNotEmitted(doc.focusChanged):
        click_header(qtbot, table, CHANGE)
        click_header(qtbot, table, BEFORE)
    assert selected_focus(table) == Focus.edge(1, 1, 0)
    hovered = [table.model.focus_at(r) for r in range(table.model.rowCount())
               if table.model.index(r, BEFORE).data(Qt.ItemDataRole.BackgroundRole) == HOVER_BRUSH]
    assert sorted(hovered) == sorted([Focus.edge(2, 0, 0), Focus.edge(2, 0, 1), Focus.neuron(2, 0)])
    befores = [table.proxy.index(r, BEFORE).data(Qt.ItemDataRole.UserRole) for r in range(12)]
    assert befores == sorted(befores)


def test_all_columns_fit_a_380_px_dock_beside_the_names(qtbot, table, doc):
    from bpviz.ui.stepping.weights_table_model import AFTER, CHANGE, COLUMNS, PARAMETER
    for _ in range(8):
        doc.advance("phase")
    table.resize(380, 600)
    laid_out()
    header, view = table.view.horizontalHeader(), table.view
    assert header.sectionViewportPosition(PARAMETER) == 0
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                for c in range(len(COLUMNS)) if not view.isColumnHidden(c))
    assert right <= view.viewport().width()
    metrics = view.fontMetrics()
    assert header.sectionSize(AFTER) >= header.fontMetrics().horizontalAdvance("After")
    for row in range(table.proxy.rowCount()):
        for column in (BEFORE, GRADIENT, CHANGE, AFTER):
            text = table.proxy.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 6 <= header.sectionSize(column), (row, column, text)
    table.grab()


def test_compact_numbers_keep_their_digits():
    from bpviz.ui.stepping.weights_table_model import compact
    assert compact("0.0003905", 0.0003905) == "3.905e-4"
    assert compact("1.2e-05", 1.2e-5) == "1.2e-5"
    assert compact("0.1498", 0.1498) == "0.1498" and compact("–", None) == "–"
