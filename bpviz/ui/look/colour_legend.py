"""ColourLegend: a gradient bar saying what a colour means, with −scale, 0 and +scale marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bpviz.state.document.parsing import in_locale
from bpviz.ui.look import palette
from bpviz.ui.look.text_wrap import wrapped_words

BASE_POINT_SIZE = 10.5  # the legend is read from the back of a room: never below 10 pt
BAR_WIDTH = 170
BAR_HEIGHT = 14
PAD = 6


def compact(value: float) -> str:
    """Return `value` in at most 3 significant digits, exponents short: "0.25", "1.2e+157", "1e-5"."""
    text = f"{value:.3g}"
    if "e" in text:
        mantissa, exponent = f"{value:.1e}".split("e")
        text = f"{mantissa.removesuffix('.0')}e{int(exponent):+d}"
    return in_locale(text)


class ColourLegend(QWidget):
    """A horizontal palette bar with a title ("w", "∂L/∂w", "δ" ...) and its range marked."""

    def __init__(self, title: str = "w", scale: float = 1.0, parent: QWidget | None = None,
                 on_paper: bool = False) -> None:
        """`on_paper`: the legend lies on palette.BACKGROUND (the canvas) and paints its whole
        rectangle, so a new scale repaints the legend alone, not the view beneath it too."""
        super().__init__(parent)
        self._title, self._scale = "", 0.0  # set_scale below fills them in
        self._font_scale = 1.0
        self._max_width: float | None = None  # narrower than the title: it wraps between words
        self._on_paper = on_paper
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent if on_paper
                          else Qt.WidgetAttribute.WA_TranslucentBackground)
        self.set_scale(title, scale)

    # -- what it shows ------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, title: str, scale: float) -> None:
        """Show `title` over a bar running from −scale (orange) through 0 (grey) to +scale (blue)."""
        scale = float(scale) if scale and scale > 0 else 1.0
        if (title, scale) != (self._title, self._scale):
            self._title, self._scale = title, scale
            self.setToolTip(self.tr("{title}: orange is negative, grey is 0, blue is positive; "
                                    "full colour at ±{scale!r}").format(title=title, scale=scale))
            self.updateGeometry()
            self.adjustSize()
            self.update()

    def natural_width(self) -> int:
        """Return the width with the title on one line."""
        title, _ = self._fonts()
        return int(max(self._bar_width(), QFontMetricsF(title).horizontalAdvance(self._title)) + 2 * PAD + 1)

    def set_max_width(self, width: float | None) -> None:
        """Keep within `width` (None: no limit), the title wrapped between words where it must."""
        if width != self._max_width:
            self._max_width = width
            self.updateGeometry()
            self.adjustSize()
            self.update()

    def _title_lines(self, metrics: QFontMetricsF) -> list[str]:
        room = None if self._max_width is None else max(self._bar_width(), self._max_width - 2 * PAD)
        if room is None or metrics.horizontalAdvance(self._title) <= room:
            return [self._title]
        return wrapped_words(self._title, metrics, room)

    def set_font_scale(self, factor: float) -> None:
        """Grow or shrink the text (and the bar with it), e.g. for a projector."""
        factor = max(0.5, min(4.0, float(factor)))
        if factor != self._font_scale:
            self._font_scale = factor
            self.updateGeometry()
            self.adjustSize()
            self.update()

    def labels(self) -> tuple[str, str, str]:
        """Return the texts under the bar's left end, middle and right end (compact: "±1.2e+157")."""
        s = compact(self._scale)
        return f"−{s}", "0", f"+{s}"

    def placed_labels(self, metrics: QFontMetricsF | None = None) -> list[tuple[float, str]]:
        """Return (x, text) of each label drawn under the bar: the ends shortened if they would
        meet, and the 0 left out when it has no room between them. Never two that overlap."""
        if metrics is None:
            metrics = QFontMetricsF(self._fonts()[1])
        low, mid, high = self.labels()
        left, width = float(PAD), self._bar_width()
        gap = metrics.horizontalAdvance(" ")
        half = (width - gap) / 2
        if metrics.horizontalAdvance(low) + metrics.horizontalAdvance(high) + gap > width:
            mode = Qt.TextElideMode.ElideRight
            low, high = metrics.elidedText(low, mode, half), metrics.elidedText(high, mode, half)
        low_end = left + metrics.horizontalAdvance(low)
        high_x = left + width - metrics.horizontalAdvance(high)
        placed = [(left, low)]
        mid_w = metrics.horizontalAdvance(mid)
        mid_x = left + width / 2 - mid_w / 2
        if mid_x >= low_end + gap and mid_x + mid_w + gap <= high_x:
            placed.append((mid_x, mid))
        placed.append((high_x, high))
        return placed

    # -- drawing --------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(BASE_POINT_SIZE * self._font_scale)
        title.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(BASE_POINT_SIZE * self._font_scale)
        return title, small

    def _bar_width(self) -> float:
        return BAR_WIDTH * self._font_scale

    def sizeHint(self) -> QSize:
        title, small = self._fonts()
        ft, fs = QFontMetricsF(title), QFontMetricsF(small)
        lines = self._title_lines(ft)
        width = max(self._bar_width(), *(ft.horizontalAdvance(line) for line in lines)) + 2 * PAD
        height = ft.height() * len(lines) + BAR_HEIGHT * self._font_scale + fs.height() + 2 * PAD + 4
        return QSize(int(width + 1), int(height + 1))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        title_font, small = self._fonts()
        ft, fs = QFontMetricsF(title_font), QFontMetricsF(small)
        p = QPainter(self)
        if self._on_paper:
            p.fillRect(self.rect(), palette.BACKGROUND)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(0, 0, 0, 40), 1))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)

        p.setFont(title_font)
        p.setPen(palette.TEXT)
        lines = self._title_lines(ft)
        for k, line in enumerate(lines):
            p.drawText(QPointF(PAD, PAD + ft.ascent() + k * ft.height()), line)

        bar = QRectF(PAD, PAD + ft.height() * len(lines) + 2, self._bar_width(), BAR_HEIGHT * self._font_scale)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        table = palette.lookup_table(33)
        for k, (r, g, b, a) in enumerate(table):
            gradient.setColorAt(k / (len(table) - 1), QColor(int(r), int(g), int(b), int(a)))
        p.setPen(QPen(QColor(0, 0, 0, 90), 1))
        p.setBrush(gradient)
        p.drawRect(bar)
        p.drawLine(QPointF(bar.center().x(), bar.top()), QPointF(bar.center().x(), bar.bottom() + 3))

        p.setFont(small)
        p.setPen(palette.TEXT)
        y = bar.bottom() + 3 + fs.ascent()
        for x, text in self.placed_labels(fs):
            p.drawText(QPointF(x, y), text)
        p.end()


def share_width(legends: list["ColourLegend"], width: float, gap: float) -> int:
    """Let `legends`, side by side with `gap` between them, keep within `width`: each at its
    natural width where they all fit, else an equal share with its title wrapped; return the
    height the tallest then needs."""
    shown = [legend for legend in legends if not legend.isHidden()]
    room = width - gap * max(0, len(shown) - 1)
    fits = sum(legend.natural_width() for legend in shown) <= room
    for legend in shown:
        legend.set_max_width(None if fits else room / len(shown))
    return max((legend.sizeHint().height() for legend in shown), default=0)


def place_along_foot(legends: list["ColourLegend"], height: int, pad: int, gap: int) -> list:
    """Put the shown `legends` left to right along the foot of a view `height` high; return their geometries."""
    x, placed = pad, []
    for legend in legends:
        if not legend.isHidden():
            legend.adjustSize()
            legend.move(x, height - legend.height() - pad)
            x += legend.width() + gap
            placed.append(legend.geometry())
    return placed
