"""Draw bpviz's application icon: a small 2-3-2 network on a dark rounded square.

    .venv/bin/python tools/make_icon.py [OUT_DIR]

writes OUT_DIR/bpviz.svg (the scalable source) and OUT_DIR/bpviz-<size>.png for every size
in SIZES (default OUT_DIR: bpviz/resources/icons). Edges take the palette's hues, blue for a
positive weight and orange for a negative one, their width growing with |w|, as on the canvas.
Small sizes draw fewer, thicker strokes so that the network still reads at 16 pixels.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

SIZES = (16, 32, 48, 64, 128, 256)
UNITS = 256.0  # the drawing's own coordinates; every size scales them

BACKGROUND_TOP, BACKGROUND_BOTTOM = QColor("#23456b"), QColor("#142a43")
POSITIVE, NEGATIVE = QColor("#4f9fe3"), QColor("#f28a2e")  # the palette's hues, lightened for navy
NEURON, OUTLINE = QColor("#f4f4f4"), QColor("#ffffff")

# Three columns of neurons (x, then the y of each neuron) and signed weights between them.
COLUMNS = ((60.0, (92.0, 164.0)), (128.0, (62.0, 128.0, 194.0)), (196.0, (92.0, 164.0)))
WEIGHTS = (
    ((0.9, -0.7), (-0.5, 0.6), (0.3, 1.0)),         # W^(1)[j][i]: input i to hidden j
    ((1.0, -0.8, 0.35), (-0.4, 0.5, -1.0)),         # W^(2)[j][i]: hidden i to output j
)
NEURON_FILLS = ((NEURON, NEURON), (POSITIVE, NEURON, NEGATIVE), (NEGATIVE, POSITIVE))

_application: QGuiApplication | None = None


def draw_icon(painter: QPainter, pixels: int) -> None:
    """Draw the icon into a `pixels`-square area of `painter` (its origin at the top left)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels / UNITS, pixels / UNITS)
    small = pixels <= 32  # a pixel is 8 units or more: thicker strokes, bigger neurons

    margin = 4.0 if small else 10.0
    square = QRectF(margin, margin, UNITS - 2 * margin, UNITS - 2 * margin)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0.0, BACKGROUND_TOP)
    gradient.setColorAt(1.0, BACKGROUND_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(square, 44.0, 44.0)

    for l, layer_weights in enumerate(WEIGHTS):
        x_from, ys_from = COLUMNS[l]
        x_to, ys_to = COLUMNS[l + 1]
        for i, y_from in enumerate(ys_from):
            for j, y_to in enumerate(ys_to):
                w = layer_weights[j][i]
                if small and abs(w) < 0.5:
                    continue  # at 16 and 32 pixels only the strong weights: fewer, clearer lines
                width = (12.0 + 6.0 * abs(w)) if small else (3.0 + 9.0 * abs(w))
                pen = QPen(POSITIVE if w > 0 else NEGATIVE, width, Qt.PenStyle.SolidLine,
                           Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(x_from, y_from), QPointF(x_to, y_to))

    radius = 26.0 if small else 21.0
    painter.setPen(QPen(OUTLINE, 8.0 if small else 5.0))
    for (x, ys), fills in zip(COLUMNS, NEURON_FILLS):
        for y, fill in zip(ys, fills):
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(x, y), radius, radius)
    painter.restore()


def render_png(pixels: int) -> QImage:
    """Return the icon drawn at `pixels` × `pixels`, on a transparent background."""
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw_icon(painter, pixels)
    painter.end()
    return image


def write_svg(path: Path) -> None:
    """Write the icon as an SVG of 256 × 256 units."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(UNITS), int(UNITS)))
    generator.setViewBox(QRectF(0, 0, UNITS, UNITS))
    generator.setTitle("bpviz")
    generator.setDescription("A small neural network: blue positive weights, orange negative ones.")
    painter = QPainter(generator)
    draw_icon(painter, int(UNITS))
    painter.end()


def main(argv: list[str]) -> int:
    """Write the SVG and every PNG size into the folder given (bpviz/resources/icons by default)."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(argv[:1])  # kept while drawing: the paint engines need one
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "bpviz" / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    write_svg(out / "bpviz.svg")
    for pixels in SIZES:
        if not render_png(pixels).save(str(out / f"bpviz-{pixels}.png")):
            print(f"could not write {out / f'bpviz-{pixels}.png'}", file=sys.stderr)
            return 1
    print(f"icon: bpviz.svg and {len(SIZES)} PNG sizes in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
