"""How the output map and the data points are coloured.

Two classes take the palette's orange (t = 0) and blue (t = 1), more take Okabe and Ito's
qualitative set; a level map (regression, or one sigmoid output) runs through the palette
from orange through grey to blue. Both are lightened towards white, so the points stand out
on them, and a pixel whose output is not a finite number is a hatched grey.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from bpviz.ui.look import palette

LIGHTEN = 0.35     # the heatmap is the palette mixed this far with white, so points stand out on it
TWO_CLASSES = (palette.NEGATIVE, palette.POSITIVE)  # t = 0 orange, t = 1 blue: the palette's hues
# Okabe and Ito's qualitative set, told apart with every common colour-vision deficiency.
MANY_CLASSES = tuple(QColor(c) for c in ("#e69f00", "#0072b2", "#009e73", "#cc79a7",
                                         "#56b4e9", "#d55e00", "#f0e442", "#000000"))
NOT_FINITE_RGB = (190, 190, 190)  # a neutral grey, hatched: where the output is not a number
NOT_FINITE_HATCH = (150, 150, 150)
HATCH_PERIOD = 6  # pixels of the image between diagonal hatch lines


def class_colors(classes: int) -> list[QColor]:
    """Return one colour per class: the palette's orange and blue for 2, Okabe–Ito for more."""
    colours = TWO_CLASSES if classes <= 2 else MANY_CLASSES
    return [QColor(colours[k % len(colours)]) for k in range(max(classes, 2))]


def _rgb(colours: list[QColor]) -> np.ndarray:
    return np.array([[c.red(), c.green(), c.blue()] for c in colours], dtype=float)


def _lightened(rgb: np.ndarray) -> np.ndarray:
    """Return the colours mixed LIGHTEN of the way towards white (same hue, same order)."""
    return rgb + LIGHTEN * (255.0 - rgb)


def heatmap_table(n: int = 256) -> np.ndarray:
    """Return the heatmap's lookup table: the palette's, from orange through grey to blue, lightened."""
    table = palette.lookup_table(n)
    table[:, :3] = np.rint(_lightened(table[:, :3].astype(float)))
    return table


def _hatch(rgba: np.ndarray, where: np.ndarray) -> None:
    """Paint the pixels `where` a neutral grey with darker diagonal stripes (not a number)."""
    if not where.any():
        return
    rows, cols = np.indices(where.shape)
    stripe = (rows + cols) % HATCH_PERIOD == 0
    rgba[where & ~stripe, :3] = NOT_FINITE_RGB
    rgba[where & stripe, :3] = NOT_FINITE_HATCH
    rgba[where, 3] = 255


def level_image(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Return RGBA of `values` on the heatmap's palette; ±inf at the ends, NaN hatched grey."""
    table = heatmap_table()
    with np.errstate(invalid="ignore", over="ignore"):
        t = (np.nan_to_num(values, nan=low, posinf=high, neginf=low) - low) / ((high - low) or 1.0)
    index = np.clip(np.nan_to_num(t) * (len(table) - 1), 0, len(table) - 1).round().astype(int)
    rgba = table[index].astype(np.uint8)
    _hatch(rgba, np.isnan(values))
    return rgba

def class_image(out: np.ndarray) -> np.ndarray:
    """Return RGBA: the predicted class's colour, from grey (a guess) to full (certain);
    hatched grey where an output is not a finite number."""
    k = out.shape[0]
    bad = ~np.isfinite(out).all(axis=0)
    out = np.where(np.isfinite(out), out, 0.0)
    label, confidence = out.argmax(axis=0), out.max(axis=0)
    t = np.clip((confidence - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)[..., None]
    zero = _rgb([palette.ZERO])[0]
    rgb = _lightened(zero + t * (_rgb(class_colors(k))[label] - zero))
    rgba = np.empty(out.shape[1:] + (4,), dtype=np.uint8)
    rgba[..., :3] = np.rint(rgb)
    rgba[..., 3] = 255
    _hatch(rgba, bad)
    return rgba
