"""The one diverging palette every view uses: blue for positive, orange for negative, grey at 0.

Blue and orange stay apart for the common colour-vision deficiencies (deuteranopia and
protanopia see them as blue and yellow-brown), and they differ in lightness as well as hue.
A value v on a scale s maps to t = clip(v / s, −1, 1); the colour is grey at t = 0 and moves
linearly towards the hue as |t| grows, so the same number reads the same everywhere.

Every colour here is drawn on BACKGROUND: the canvas, the plots and the legends keep that
light paper in every theme (dark and high contrast included, see theme.py), so TEXT, FOCUS
and the hues keep their contrast whatever colours the window's widgets take.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

POSITIVE = QColor("#2166ac")   # blue: v > 0
NEGATIVE = QColor("#e66101")   # orange: v < 0
ZERO = QColor("#d9d9d9")       # light grey: v = 0

FOCUS = QColor("#1b1b1b")      # near-black ring or outline: what the person is looking at
HOVER = QColor("#8c8c8c")      # a lighter ring: what the pointer is over
FEED = QColor("#c8bcdd")     # a lavender halo under the edges feeding the current event (opaque: fast)
SATURATED = QColor("#b2182b")  # dashed ring and "sat" tag: f'(z) is nearly 0
TEXT = QColor("#202020")       # every label on a light background
FAINT_TEXT = QColor("#9a9a9a") # labels of things not yet revealed
BACKGROUND = QColor("#ffffff")
AXIS = QColor("#808080")       # the lines of every plot's axes

_ZERO_RGB = np.array([ZERO.red(), ZERO.green(), ZERO.blue()], dtype=float)
_POS_RGB = np.array([POSITIVE.red(), POSITIVE.green(), POSITIVE.blue()], dtype=float)
_NEG_RGB = np.array([NEGATIVE.red(), NEGATIVE.green(), NEGATIVE.blue()], dtype=float)


def symmetric_scale(values) -> float:
    """Return max |v| over the finite values (1.0 when there are none or all are 0), never 0."""
    a = np.abs(np.asarray(values, dtype=float).ravel())
    a = a[np.isfinite(a)]
    top = float(a.max()) if a.size else 0.0
    return top if top > 0.0 else 1.0


def diverging_rgba(values: np.ndarray, scale: float) -> np.ndarray:
    """Return the palette colours of `values` on `scale` as an (n, 4) uint8 RGBA array.

    t = clip(v / scale, −1, 1);  rgb = grey + |t| (hue − grey), hue blue for t > 0, orange for t < 0.
    Non-finite values are drawn grey.
    """
    v = np.asarray(values, dtype=float).ravel()
    scale = float(scale) if np.isfinite(scale) and scale > 0 else 1.0
    t = np.clip(np.nan_to_num(v / scale, nan=0.0, posinf=1.0, neginf=-1.0), -1.0, 1.0)
    hue = np.where((t >= 0)[:, None], _POS_RGB, _NEG_RGB)
    rgb = _ZERO_RGB + np.abs(t)[:, None] * (hue - _ZERO_RGB)
    out = np.empty((v.size, 4), dtype=np.uint8)
    out[:, :3] = np.rint(rgb).astype(np.uint8)
    out[:, 3] = 255
    return out


def diverging_color(value: float, scale: float) -> QColor:
    """Return the palette colour of one value on `scale` (see diverging_rgba)."""
    r, g, b, a = diverging_rgba(np.array([value]), scale)[0]
    return QColor(int(r), int(g), int(b), int(a))


def lookup_table(n: int = 256) -> np.ndarray:
    """Return an (n, 4) uint8 table from −1 (orange) through 0 (grey) to +1 (blue)."""
    return diverging_rgba(np.linspace(-1.0, 1.0, max(2, int(n))), 1.0)


def text_color_for(background: QColor) -> QColor:
    """Return TEXT or white, whichever contrasts more with `background` (WCAG luminance)."""

    def luminance(c: QColor) -> float:
        channels = np.array([c.redF(), c.greenF(), c.blueF()])
        linear = np.where(channels <= 0.03928, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
        return float(linear @ np.array([0.2126, 0.7152, 0.0722]))

    bg = luminance(background)
    dark = (bg + 0.05) / (luminance(TEXT) + 0.05)
    light = 1.05 / (bg + 0.05)
    return QColor(TEXT) if dark >= light else QColor("#ffffff")


def faded(color: QColor, alpha: int = 70) -> QColor:
    """Return `color` with its alpha set to `alpha` (for things not yet revealed)."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out
