"""Where the network canvas puts its text around the network: the sizes of its text, the column
headers with their +/− buttons, the targets and the loss (the numbers on the edges and beside
the bias squares are canvas_value_labels').

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
from bpviz.state import Revealed, ViewOptions

from bpviz.ui.look.text_wrap import wrapped_words
from bpviz.ui.look import palette
from bpviz.ui.canvas.canvas_items import CAPTION_OFFSET, TEXT_MARGIN, TextBox
from bpviz.ui.canvas.canvas_layout import MAX_RADIUS, CanvasLayout
from bpviz.ui.canvas.canvas_model import loss_name, target_symbol
from bpviz.ui.shell.i18n import tr

# -- sizes (points, scaled by options.font_scale) -----------------------------------------------

VALUE_PT = 12.5
CAPTION_PT = 11.0
HEADER_PT = 11.5
TARGET_PT = 11.0
LOSS_PT = 12.5
PAD = 10.0
SAMPLE_NUMBER = -0.123456789012345  # as wide as the numbers the margins are sized for
LOSS_SAMPLE = 0.000123456789012345  # as wide as a small loss

FontMaker = Callable[..., QFont]  # (points, bold=False, fixed_on_screen=False) -> the canvas font


@dataclass(frozen=True)
class Chrome:
    """The headers, +/− buttons, targets and loss box, and the rectangles a click can hit."""

    boxes: list[TextBox]
    buttons: dict[tuple[int, str], QRectF]   # (layer, "add" or "remove")
    headers: dict[int, QRectF]
    targets: list[QRectF]
    loss_rect: QRectF


def caption_room(lay: CanvasLayout) -> float:
    """Return the free height under a circle for its caption: below its rings, above the next
    neuron's bias square (scene units)."""
    return lay.pitch - (CAPTION_OFFSET + 1.2) * lay.radius - 4


def caption_rects(lay: CanvasLayout, font: QFont) -> np.ndarray:
    """Return where the neurons' captions (x₁⁽⁰⁾, δ₂⁽¹⁾ …) sit, as rows x, y, w, h, as wide as a
    two-digit one; none where there is no room for captions (they are not drawn)."""
    fm = QFontMetricsF(font)
    if fm.height() > caption_room(lay):
        return np.empty((0, 4))
    centres, w = np.concatenate(lay.centres), fm.horizontalAdvance("δ₁₀⁽¹⁾") + 4
    return np.column_stack([centres[:, 0] - w / 2, centres[:, 1] + CAPTION_OFFSET * lay.radius + 2,
                            np.full(len(centres), w), np.full(len(centres), fm.height())])


def loss_box_width(opts: ViewOptions, font_of: FontMaker) -> float:
    """Return the width of the loss box: room for "L = " and a long number."""
    # A small loss prints long ("0.0003068"): size the box for one.
    return QFontMetricsF(font_of(LOSS_PT, bold=True)).horizontalAdvance(f"L = {opts.fmt(LOSS_SAMPLE)}") + 16


def room_for_text(opts: ViewOptions, font_of: FontMaker) -> tuple[float, float]:
    """Return the radius a neuron needs to hold a number like −0.001235 a size below the
    preferred one, and the width of the right column (the targets, the loss box under them)."""
    fm_value = QFontMetricsF(font_of(VALUE_PT - 1.5))
    half = (fm_value.horizontalAdvance(opts.fmt(-0.00123456789012345)) + 2 * TEXT_MARGIN) / 2
    radius = max(MAX_RADIUS * opts.font_scale, float(np.hypot(half, fm_value.height() / 2)))
    target_w = QFontMetricsF(font_of(TARGET_PT)).horizontalAdvance(f"t₁₀ = {opts.fmt(SAMPLE_NUMBER)}") + 8
    return radius, max(target_w, loss_box_width(opts, font_of))


def chrome(lay: CanvasLayout, net: Network, target: np.ndarray, cursor: StepThrough, opts: ViewOptions,
           font_of: FontMaker, headers: list[str], two_line_headers: bool, button_side: float,
           buttons_shown: bool = True) -> Chrome:
    """Return the column headers (texts `headers`), the +/− buttons (unless not `buttons_shown`:
    a picture for paper), the layer sizes, the targets and the loss box."""
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
        for kind, label, dx in (("remove", "−", -count_w / 2 - side), ("add", "+", count_w / 2))[:2 * buttons_shown]:
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
    revealed = Revealed(cursor).known("loss")
    text = f"L = {opts.fmt(float(cursor.trace.loss))}" if revealed else "L = ?"
    w = max(loss_box_width(opts, font_of), fm_l.horizontalAdvance(text) + 16)
    caption = tr("Loss · {loss}", "NetworkCanvas").format(loss=loss_name(net))
    if cursor.trace.n_samples > 1:  # L is the batch's: the mean of its samples' losses
        caption = tr("Mean loss of {B} · {loss}", "NetworkCanvas").format(B=cursor.trace.n_samples, loss=loss_name(net))
    if fm_t.horizontalAdvance(caption) > w:  # one line per part, each part wrapped between words
        caption = "\n".join(line for part in caption.split(" · ") for line in wrapped_words(part, fm_t, w))
    caption_h = fm_t.height() * (caption.count("\n") + 1)
    box_h = fm_l.height() + 10
    block_h = caption_h + 2 + box_h
    x = min(float(lay.column_x[L]) + CAPTION_OFFSET * r + 6, lay.rect[2] - w - 4)
    y_mid = float(lay.centres[L][:, 1].mean())
    candidates = [y_mid] + [(a.center().y() + b.center().y()) / 2 for a, b in zip(targets, targets[1:])]
    if targets:
        candidates += [targets[-1].bottom() + 8 + block_h / 2, targets[0].top() - 8 - block_h / 2]

    # A narrow canvas pulls the block left, over the output layer: keep it off their captions too.
    captions = caption_rects(lay, font_of(CAPTION_PT, fixed_on_screen=True))[-net.sizes[L]:]
    obstacles = [*targets, *(QRectF(*row) for row in captions)]

    def fits(yc: float) -> bool:
        block = QRectF(x, yc - block_h / 2, w, block_h)
        # Above the legends' band at the foot of the canvas, not under it.
        return (block.top() >= lay.top - lay.radius and block.bottom() <= lay.bottom + PAD
                and not any(block.intersects(t.adjusted(-4, -4, 4, 4)) for t in obstacles))

    def covered(yc: float) -> float:
        """How much of the targets, the output captions and the legends' band a block centred at
        yc would cover."""
        block = QRectF(x, yc - block_h / 2, w, block_h)
        legends = QRectF(0, lay.bottom + PAD, lay.rect[2], lay.rect[3])
        return sum(max(0.0, (r := block.intersected(t)).width() * r.height()) for t in [*obstacles, legends])

    y_block = min((yc for yc in candidates if fits(yc)), key=lambda yc: abs(yc - y_mid),
                  default=min(candidates, key=lambda yc: (covered(yc), abs(yc - y_mid))))
    top = y_block - block_h / 2
    loss_rect = QRectF(x, top + caption_h + 2, w, box_h)
    boxes.append(TextBox(QRectF(x, top, w, caption_h), caption, target_font))
    boxes.append(TextBox(loss_rect, text, loss_font, color=palette.TEXT if revealed else palette.FAINT_TEXT,
                         fill=QColor("#ffffff"), border=QColor("#4d4d4d") if revealed else QColor("#b0b0b0"),
                         border_width=1.5, radius=6))
    return Chrome(boxes, buttons, header_rects, targets, loss_rect)

