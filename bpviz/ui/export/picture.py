"""Picture: parts of the window (graphics scenes and small widgets) painted one under another,
as a PNG or an SVG.

One QPainter paints every part, so the same drawing becomes a PNG (at twice the screen's
pixels by default, crisp on a slide or a handout) or an SVG (shapes and text stay vectors,
a heatmap is embedded as a PNG image, which is what it is). pyqtgraph's items are put in
export mode while they are painted, as pyqtgraph's own exporters do, so scatter points are
drawn as shapes rather than copied from its bitmap cache. pyqtgraph's SVGExporter is not
used: it fails on the path syntax this version of Qt's SVG generator writes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from bpviz.ui.look import palette
from bpviz.ui.shell.i18n import tr

IGNORES_TRANSFORMATIONS = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
PNG_SCALE = 2.0  # pixels of a PNG per pixel on screen
GAP = 8.0        # space between parts, in screen pixels


@dataclass
class _Part:
    """One piece of a picture: its size on screen and how to paint it at the origin."""

    size: QSizeF
    paint: Callable[[QPainter, float], None]  # (painter, pixels per screen pixel)


class Picture:
    """A column of parts (scenes, widgets) on one background, ready to be a PNG or an SVG."""

    def __init__(self, title: str, background: QColor = palette.BACKGROUND) -> None:
        self.title = title
        self.background = QColor(background)
        self._parts: list[_Part] = []

    # -- building ---------------------------------------------------------------------------------

    def add_view(self, view: QGraphicsView, overlays: list[tuple[QWidget, QPointF]] = ()) -> None:
        """Add what `view` shows of its scene, with widgets laid over it (e.g. colour legends)."""
        source = view.mapToScene(view.viewport().rect()).boundingRect()
        self.add_scene(view.scene(), source, view.backgroundBrush(), overlays)

    def add_scene(self, scene: QGraphicsScene, source: QRectF, background: QBrush | None = None,
                  overlays: list[tuple[QWidget, QPointF]] = ()) -> None:
        """Add the `source` rectangle of `scene`, then each overlay widget at its offset in it."""
        source = QRectF(source)
        overlays = [(w, QPointF(at)) for w, at in overlays if w.isVisible()]

        def paint(painter: QPainter, scale: float) -> None:
            target = QRectF(0, 0, source.width(), source.height())
            if background is not None and background.style() != Qt.BrushStyle.NoBrush:
                painter.fillRect(target, background)
            _render_scene(painter, scene, target, source, scale)
            for widget, at in overlays:
                _render_widget(painter, widget, at)

        self._parts.append(_Part(source.size(), paint))

    def add_widget(self, widget: QWidget) -> None:
        """Add a widget as it draws itself (a title, a legend, a note), without its window background."""
        self._parts.append(_Part(QSizeF(widget.size()),
                                 lambda painter, scale: _render_widget(painter, widget, QPointF())))

    # -- reading ----------------------------------------------------------------------------------

    @property
    def parts(self) -> int:
        return len(self._parts)

    def size(self) -> QSizeF:
        """Return the picture's size in screen pixels: the widest part by all of them and the gaps."""
        if not self._parts:
            return QSizeF(0, 0)
        width = max(p.size.width() for p in self._parts)
        height = sum(p.size.height() for p in self._parts) + GAP * (len(self._parts) - 1)
        return QSizeF(width, height)

    def paint(self, painter: QPainter, scale: float = 1.0) -> None:
        """Paint the background and every part, top to bottom, in screen pixels."""
        painter.fillRect(QRectF(QPointF(), self.size()), self.background)
        y = 0.0
        for part in self._parts:
            painter.save()
            painter.translate(0, y)
            painter.setClipRect(QRectF(QPointF(), part.size))
            part.paint(painter, scale)
            painter.restore()
            y += part.size.height() + GAP

    # -- writing ----------------------------------------------------------------------------------

    def to_image(self, scale: float = PNG_SCALE) -> QImage:
        """Return the picture as an image, `scale` pixels per screen pixel."""
        size = self.size()
        image = QImage(max(1, math.ceil(size.width() * scale)), max(1, math.ceil(size.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        dots_per_metre = round(_screen_dpi() / 0.0254)  # text in points is as big as on screen
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(self.background)
        painter = QPainter(image)
        # No smooth pixmap scaling: a weight matrix's cells stay sharp squares, as on screen.
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        try:
            self.paint(painter, scale)
        finally:
            painter.end()
        return image

    def png_bytes(self, scale: float = PNG_SCALE) -> bytes:
        """Return the picture encoded as PNG."""
        return _encoded(self.to_image(scale), "PNG")

    def svg_bytes(self) -> bytes:
        """Return the picture as an SVG document (vector shapes and text; images embedded as PNG)."""
        size = self.size()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(math.ceil(size.width()), math.ceil(size.height())))
        generator.setViewBox(QRect(0, 0, math.ceil(size.width()), math.ceil(size.height())))
        generator.setResolution(round(_screen_dpi()))
        generator.setTitle(self.title)
        generator.setDescription("bpviz")
        painter = QPainter(generator)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        try:
            self.paint(painter, 1.0)
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())


def _render_scene(painter: QPainter, scene: QGraphicsScene, target: QRectF, source: QRectF,
                  scale: float) -> None:
    # pyqtgraph's items draw for export (vector points, the export's resolution) while this runs.
    items = [item for item in scene.items() if hasattr(item, "setExportMode")]
    options = {"antialias": True, "background": palette.BACKGROUND, "painter": painter,
               "resolutionScale": scale}
    # An item that ignores transformations (pyqtgraph's legends) would keep its screen size
    # in a picture drawn at twice the pixels; the views draw the scene unscaled, so without
    # the flag it is where and as big as on screen.
    fixed = [item for item in scene.items() if item.flags() & IGNORES_TRANSFORMATIONS]
    for item in items:
        item.setExportMode(True, options)
    for item in fixed:
        item.setFlag(IGNORES_TRANSFORMATIONS, False)
    try:
        scene.render(painter, target, source)
    finally:
        for item in fixed:
            item.setFlag(IGNORES_TRANSFORMATIONS, True)
        for item in items:
            item.setExportMode(False)


def _render_widget(painter: QPainter, widget: QWidget, at: QPointF) -> None:
    painter.save()
    painter.translate(at)
    # The painter's transform carries the offset and the scale; the widget paints its own shapes.
    widget.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.restore()


def _encoded(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise OSError(tr("the picture could not be encoded as {format}", "pictures").format(format=fmt))
    buffer.close()
    return bytes(data.data())


def _screen_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInch() if screen is not None else 96.0
