"""The handout's picture of the network, drawn for paper rather than copied from the screen.

Two panels of the step, each every number shown by the canvas's rule (smaller, shorter, never
dropped in silence): after the forward pass and the loss (x in the neurons, the weights used
on the edges), and after the update (δ in the neurons, the new weights and Δw on the edges).
No +/− buttons, focus or hover marks: nothing a reader cannot use on paper.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from bpviz.state import Document, ViewOptions

from bpviz.ui.look.fonts import font_at
from bpviz.ui.shell.i18n import tr, tr_noop
from bpviz.ui.canvas.network_canvas import NetworkCanvas

PANEL_SIZE = (1000, 600)    # each panel's canvas, in pixels at font scale 1 (then scaled up)
CAPTION_PX = 44             # the height of a panel's caption, at the same scale
CAPTIONS = (tr_noop("After the forward pass and the loss: x in each neuron, each weight w on its edge",
                    "PaperPicture"),
            tr_noop("After the update: δ in each neuron, each new weight (and its change Δw) on its edge",
                    "PaperPicture"))


def step_picture(doc: Document, options: ViewOptions, width: int) -> QImage:
    """Return the two panels of `doc`'s current step, each under its caption, `width` pixels wide.

    The canvas paints itself through a scaled painter, so lines and text stay sharp in print.
    """
    paper = Document(doc.snapshot(doc.name))  # a copy: the person's cursor and focus stay put
    forward_end = sum(paper.network.sizes[1:]) + 1  # the forward events, then the loss
    scale = width / PANEL_SIZE[0]
    image = QImage(width, round(2 * (CAPTION_PX + PANEL_SIZE[1]) * scale), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    canvas = NetworkCanvas(paper, _paper_options(options), paper=True)
    painter = QPainter(image)
    try:
        canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        canvas.resize(*PANEL_SIZE)
        canvas.show()
        painter.scale(scale, scale)
        painter.setFont(font_at(QFont(), 13.0, bold=True))
        y = 0
        for position, caption in zip((forward_end, len(paper.cursor.events)), CAPTIONS):
            paper.cursor.seek(position)
            paper.cursorMoved.emit()
            QApplication.processEvents()  # the canvas lays out for its size and redraws the event
            canvas.flush()
            painter.drawText(QRect(10, y, PANEL_SIZE[0] - 20, CAPTION_PX), int(Qt.AlignmentFlag.AlignVCenter),
                             tr(caption, "PaperPicture"))
            # QWidget.render draws the canvas as seen, legends included (QGraphicsView.render
            # would draw its scene alone).
            QWidget.render(canvas, painter, QPoint(0, y + CAPTION_PX))
            y += CAPTION_PX + PANEL_SIZE[1]
    finally:
        painter.end()
        canvas.close()
        canvas.deleteLater()
    return image


def _paper_options(options: ViewOptions) -> ViewOptions:
    """Return the screen's options for paper: its digits, numbers and gradients shown, no maps."""
    paper = ViewOptions()
    paper.digits, paper.show_numbers, paper.show_gradients = options.digits, True, True
    paper.show_neuron_maps = False
    return paper
