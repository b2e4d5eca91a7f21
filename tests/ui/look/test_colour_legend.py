"""ColourLegend: compact end labels that never overlap."""

import pytest
from PySide6.QtGui import QFontMetricsF

from bpviz.ui.look.colour_legend import ColourLegend, compact


def test_compact_labels():
    assert compact(1.19e157) == "1.2e+157" and compact(0.25) == "0.25" and compact(2.0) == "2"


@pytest.mark.parametrize("scale", [1e-7, 0.5, 2.0, 1234.5, 1.19e157, 1e300])
@pytest.mark.parametrize("font_scale", [0.5, 1.0, 2.0])
def test_labels_never_overlap(qtbot, scale, font_scale):
    legend = ColourLegend("w", scale)
    qtbot.addWidget(legend)
    legend.set_font_scale(font_scale)
    metrics = QFontMetricsF(legend._fonts()[1])
    placed = legend.placed_labels(metrics)
    assert placed[0][1].startswith("−") and placed[-1][1].startswith("+")
    for (x0, a), (x1, _) in zip(placed, placed[1:]):
        assert x0 + metrics.horizontalAdvance(a) < x1, placed
    legend.grab()
    if scale == 1.19e157:
        assert legend.labels()[0] == "−1.2e+157"


def test_legends_too_wide_side_by_side_share_the_width_their_titles_wrapped(qapp):
    from PySide6.QtWidgets import QWidget

    from bpviz.ui.look.colour_legend import ColourLegend, share_width

    canvas = QWidget()  # as on the canvas: children, not windows of their own
    edges = ColourLegend("Connexions : gradient ∂L/∂w", parent=canvas)
    neurons = ColourLegend("Neurones : erreur δ = ∂L/∂z", parent=canvas)
    one_line = edges.sizeHint().height()
    wide = edges.natural_width() + neurons.natural_width() + 10
    assert share_width([edges, neurons], wide, 10) == one_line  # room enough: one line each
    height = share_width([edges, neurons], wide - 60, 10)
    assert height > one_line
    assert edges.sizeHint().width() + neurons.sizeHint().width() + 10 <= wide - 60
