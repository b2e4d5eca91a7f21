"""Where the network canvas puts its text: values on edges and beside bias squares, column
headers with their +/− buttons, the targets and the loss.

Placement in scene units, as functions of the layout, what is shown and a font maker; each
returns the boxes to draw together with the rectangles a click can hit, and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from bpviz.engine import Network, StepThrough
from bpviz.state import ViewOptions

from . import palette
from .canvas_items import CAPTION_OFFSET, TextBox
from .canvas_layout import CanvasLayout, points_along, rects_overlap
from .canvas_model import EdgesShown, loss_name, target_symbol
from .i18n import tr

# -- sizes (points, scaled by options.font_scale) -----------------------------------------------

VALUE_PT = 12.5
MIN_VALUE_PT = 11.0     # never smaller: a number that does not fit at 11 pt is left to the tooltip
CAPTION_PT = 11.0
LABEL_PT = 10.5
HEADER_PT = 11.5
TARGET_PT = 11.0
LOSS_PT = 12.5
PAD = 10.0
MAX_EDGE_LABELS = 64
LABEL_POSITIONS = (0.6, 0.4, 0.65, 0.35, 0.7, 0.3, 0.55, 0.45)
SAMPLE_NUMBER = -0.123456789012345  # as wide as the numbers the margins are sized for
LOSS_SAMPLE = 0.000123456789012345  # as wide as a small loss

FontMaker = Callable[..., QFont]  # (points, bold=False, fixed_on_screen=False) -> the canvas font


@dataclass(frozen=True)
class EdgeLabels:
    """The value labels on the edges, the edge (l, j, i) each label's rectangle stands for,
    and the layers whose bias values fit beside their squares."""

    boxes: list[TextBox]
    hits: list[tuple[QRectF, tuple[int, int, int]]]
    bias_text_layers: set[int]


@dataclass(frozen=True)
class Chrome:
    """The headers, +/− buttons, targets and loss box, and the rectangles a click can hit."""

    boxes: list[TextBox]
    buttons: dict[tuple[int, str], QRectF]   # (layer, "add" or "remove")
    headers: dict[int, QRectF]
    targets: list[QRectF]
    loss_rect: QRectF


def edge_labels(lay: CanvasLayout, edges: EdgesShown, opts: ViewOptions, font_of: FontMaker) -> EdgeLabels:
    """Return the value labels of the edges, for networks small enough to carry them.

    The labels of the edges into one neuron stack in a column near it (t = n/(n+1) of the
    way along), or, when that would cover a neuron or a bias square, the labels of the
    edges out of one neuron stack near it, or they move just clear of the neurons, or
    else they sit at the first fraction t of LABEL_POSITIONS where no two overlap. A layer
    where nothing fits gets no labels (its tooltips still have every value). Placement
    considers every edge, revealed or not, so labels do not jump while a phase reveals them.
    """
    hits, bias_text_layers = [], set()
    sizes = lay.sizes
    if not opts.show_numbers or sum(sizes[l] * sizes[l - 1] for l in range(1, len(sizes))) > MAX_EDGE_LABELS:
        return EdgeLabels([], hits, bias_text_layers)
    font = font_of(LABEL_PT, fixed_on_screen=True)
    fm = QFontMetricsF(font)
    h = fm.height() + 2
    blocked = obstacles(lay)
    boxes, placed = [], [np.empty((0, 4))]
    for l in range(1, len(sizes)):
        n_src, n_dst = sizes[l - 1], sizes[l]
        segs, vals, rev = lay.segments(l), edges.values[l].ravel(), edges.revealed[l].ravel()
        texts = [opts.fmt(float(v)) for v in vals]
        widths = np.array([fm.horizontalAdvance(text) + 8 for text in texts])
        rects = None
        clear = (obstacle_reach(lay) + widths.max() / 2 + 2) / lay.column_gap  # t that clears a neuron
        for t in (n_src / (n_src + 1.0), 1.0 / (n_dst + 1.0), 1.0 - clear, clear, *LABEL_POSITIONS):
            if not 0.1 <= t <= 0.9:
                continue
            centre = points_along(segs, t)
            candidate = np.column_stack([centre[:, 0] - widths / 2, centre[:, 1] - h / 2, widths, np.full(len(widths), h)])
            clash = rects_overlap(candidate, candidate)
            np.fill_diagonal(clash, False)
            if not clash.any() and not rects_overlap(candidate, blocked).any():
                rects = candidate
                break
        if rects is None:
            continue
        placed.append(rects)
        for k in np.nonzero(rev)[0]:
            rect = QRectF(*rects[k])
            boxes.append(TextBox(rect, texts[k], font, fill=QColor(255, 255, 255, 235),
                                 border=palette.diverging_color(float(vals[k]), edges.scale),
                                 border_width=1.5, radius=h / 2.5))
            hits.append((rect, (l, int(k) // n_src, int(k) % n_src)))
    labels = np.concatenate(placed)
    # The bias values sit left of their squares, in layers where they clear everything.
    fm_b = QFontMetricsF(font_of(CAPTION_PT, fixed_on_screen=True))
    for l in range(1, len(sizes)):
        rects = []
        for j, b in enumerate(edges.bias_values[l]):
            bx, by, bw, bh = lay.bias_rect(l, j)
            w = fm_b.horizontalAdvance(opts.fmt(float(b))) + 6
            rects.append((bx - w - 3, by + bh / 2 - fm_b.height() / 2, w, fm_b.height()))
        rects = np.array(rects)
        if not rects_overlap(rects, labels).any() and not rects_overlap(rects, obstacles(lay, rings=False)).any():
            bias_text_layers.add(l)
    return EdgeLabels(boxes, hits, bias_text_layers)


def obstacle_reach(lay: CanvasLayout) -> float:
    """Return how far from a neuron's centre its focus or saturation ring reaches."""
    return 8 / 7 * lay.radius + 5


def obstacles(lay: CanvasLayout, rings: bool = True) -> np.ndarray:
    """Return rectangles (x, y, w, h) that labels must not cover: neurons (with their rings), bias squares."""
    reach = obstacle_reach(lay) if rings else lay.radius
    centres = np.concatenate(lay.centres)
    rects = [np.column_stack([centres[:, 0] - reach, centres[:, 1] - reach,
                              np.full(len(centres), 2 * reach), np.full(len(centres), 2 * reach)])]
    for l in range(1, len(lay.sizes)):
        rects.append(np.array([lay.bias_rect(l, j) for j in range(lay.sizes[l])]))
    return np.concatenate(rects)


def loss_box_width(opts: ViewOptions, font_of: FontMaker) -> float:
    """Return the width of the loss box: room for "L = " and a long number."""
    # A small loss prints long ("0.0003068"): size the box for one.
    return QFontMetricsF(font_of(LOSS_PT, bold=True)).horizontalAdvance(f"L = {opts.fmt(LOSS_SAMPLE)}") + 16


def chrome(lay: CanvasLayout, net: Network, target: np.ndarray, cursor: StepThrough, opts: ViewOptions,
           font_of: FontMaker, headers: list[str], two_line_headers: bool, button_side: float) -> Chrome:
    """Return the column headers (texts `headers`), the +/− buttons, the targets and the loss box."""
    header_font, button_font = font_of(HEADER_PT, bold=True), font_of(HEADER_PT, bold=True)
    fm = QFontMetricsF(header_font)
    boxes: list[TextBox] = []
    buttons, header_rects, targets = {}, {}, []
    gap = lay.column_gap if lay.L else lay.rect[2]
    lines = 2 if two_line_headers else 1
    header_h = fm.height() * lines
    side = button_side
    for l in range(lay.L + 1):
        cx = float(lay.column_x[l])
        text = headers[l].replace(" · ", "\n") if lines == 2 else headers[l]
        width = min(0.96 * gap, max(fm.horizontalAdvance(part) for part in text.split("\n")) + 8)
        if lines == 2:
            text = "\n".join(fm.elidedText(part, Qt.TextElideMode.ElideRight, width - 4) for part in text.split("\n"))
        right_end = lay.rect[2] - 2
        rect = QRectF(min(max(2.0, cx - width / 2), right_end - width), PAD, width, header_h)
        header_rects[l] = rect
        boxes.append(TextBox(rect, text, header_font))
        y = PAD + header_h + 6
        count = str(net.sizes[l])
        count_w = fm.horizontalAdvance(count) + 8
        half_row = count_w / 2 + side
        cx = min(max(cx, 2.0 + half_row), right_end - half_row)  # keep the row inside the canvas
        for kind, label, dx in (("remove", "−", -count_w / 2 - side), ("add", "+", count_w / 2)):
            button = QRectF(cx + dx, y, side, side)
            buttons[(l, kind)] = button
            boxes.append(TextBox(button, label, button_font, fill=QColor("#f2f2f2"),
                                 border=QColor("#8c8c8c"), radius=4))
        boxes.append(TextBox(QRectF(cx - count_w / 2, y, count_w, side), count, font_of(TARGET_PT)))

    # Targets next to the output neurons, and the loss they feed.
    L, r = lay.L, lay.radius
    target_font = font_of(TARGET_PT)
    fm_t = QFontMetricsF(target_font)
    if fm_t.height() <= 0.95 * lay.pitch:
        x = float(lay.column_x[L]) + CAPTION_OFFSET * r + 6
        for k, t in enumerate(target):
            text = f"{target_symbol(k)} = {opts.fmt(float(t))}"
            _, y = lay.centre(L, k)
            rect = QRectF(x, y - fm_t.height() / 2, fm_t.horizontalAdvance(text) + 8, fm_t.height())
            targets.append(rect)
            boxes.append(TextBox(rect, text, target_font, fill=QColor(255, 255, 255, 230),
                                 align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
    # The loss sits in the targets' column: beside the output, between or below the targets.
    loss_font = font_of(LOSS_PT, bold=True)
    fm_l = QFontMetricsF(loss_font)
    revealed = cursor.is_revealed("loss", L)
    text = f"L = {opts.fmt(float(cursor.trace.loss))}" if revealed else "L = ?"
    w = max(loss_box_width(opts, font_of), fm_l.horizontalAdvance(text) + 16)
    caption = tr("Loss · {loss}", "NetworkCanvas").format(loss=loss_name(net))
    if fm_t.horizontalAdvance(caption) > w:
        caption = caption.replace(" · ", "\n")
    caption_h = fm_t.height() * (caption.count("\n") + 1)
    box_h = fm_l.height() + 10
    block_h = caption_h + 2 + box_h
    x = min(float(lay.column_x[L]) + CAPTION_OFFSET * r + 6, lay.rect[2] - w - 4)
    y_mid = float(lay.centres[L][:, 1].mean())
    candidates = [y_mid] + [(a.center().y() + b.center().y()) / 2 for a, b in zip(targets, targets[1:])]
    if targets:
        candidates += [targets[-1].bottom() + 8 + block_h / 2, targets[0].top() - 8 - block_h / 2]

    def fits(yc: float) -> bool:
        block = QRectF(x, yc - block_h / 2, w, block_h)
        return (block.top() >= lay.top - lay.radius and block.bottom() <= lay.rect[3] - 4
                and not any(block.intersects(t.adjusted(-4, -4, 4, 4)) for t in targets))

    y_block = min((yc for yc in candidates if fits(yc)), key=lambda yc: abs(yc - y_mid), default=y_mid)
    top = y_block - block_h / 2
    loss_rect = QRectF(x, top + caption_h + 2, w, box_h)
    boxes.append(TextBox(QRectF(x, top, w, caption_h), caption, target_font))
    boxes.append(TextBox(loss_rect, text, loss_font, color=palette.TEXT if revealed else palette.FAINT_TEXT,
                         fill=QColor("#ffffff"), border=QColor("#4d4d4d") if revealed else QColor("#b0b0b0"),
                         border_width=1.5, radius=6))
    return Chrome(boxes, buttons, header_rects, targets, loss_rect)
