"""Where the network canvas puts its numbers: a label on each edge and beside each bias square.

Placement in scene units, as functions of the layout, what is shown and a font maker; it
returns the boxes to draw with the rectangles a click can hit, and changes nothing. The rule
of number_fit holds: a number is drawn smaller, then shorter, and one with no room is counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from bpviz.state import ViewOptions

from bpviz.ui.look import palette
from bpviz.ui.canvas.canvas_items import TextBox
from bpviz.ui.canvas.canvas_labels import CAPTION_PT, FontMaker, caption_rects
from bpviz.ui.canvas.canvas_layout import CanvasLayout, points_along, rects_overlap
from bpviz.ui.canvas.canvas_model import EdgesShown
from bpviz.ui.look.number_fit import FLOOR_PT, first_fit, shorter_forms, sizes_down_to_floor, with_metrics

LABEL_PT = 10.5
LABEL_GAP = 1.5         # scene units kept free between two labels
MAX_EDGE_LABELS = 160   # more edges than this: only the focused neuron's are labelled
LABEL_POSITIONS = (0.6, 0.4, 0.65, 0.35, 0.7, 0.3, 0.55, 0.45)


@dataclass(frozen=True)
class EdgeLabels:
    """The value labels on the edges and beside the bias squares, the edge (l, j, i) each
    edge label's rectangle stands for, and how many revealed values found no room."""

    boxes: list[TextBox]
    hits: list[tuple[QRectF, tuple[int, int, int]]]
    hidden: int = 0


def edge_labels(lay: CanvasLayout, edges: EdgesShown, opts: ViewOptions, font_of: FontMaker,
                focus_edges: Iterable[tuple[int, int, int]] = (),
                focus_neurons: Iterable[tuple[int, int]] = (), avoid: np.ndarray | None = None) -> EdgeLabels:
    """Return the value labels of the edges and of the biases, none overlapping another or a neuron.

    Layer by layer, the edges' labels try one place for the whole layer (all the edges into a
    neuron stacked in a column near it, or out of a neuron near it, or at a fraction t of the
    way along), at the preferred size, smaller, then shorter (number_fit). Where no single
    place holds them all, each label takes the first free place of its own; the bias values
    then go beside their squares where they are free. Placement considers every edge and
    bias, revealed or not, so labels do not jump while a phase reveals them (and a step
    within a phase reuses it). A network with more than MAX_EDGE_LABELS edges labels only
    `focus_edges`; every revealed value left without a label is counted in `hidden`. Where
    bias values have no room, or the network is crowded, only those of `focus_neurons` are
    labelled. No label covers a rectangle of `avoid` (rows x, y, w, h: the headers, the loss box).
    """
    if not opts.show_numbers:
        return EdgeLabels([], [])
    sizes = lay.sizes
    crowded = sum(sizes[l] * sizes[l - 1] for l in range(1, len(sizes))) > MAX_EDGE_LABELS
    # Crowded: the focused and current edges only, and never more than MAX_EDGE_LABELS of them
    # (a layer's event feeds thousands); the rest are counted as hidden, which the canvas says.
    focus = tuple(sorted(list(dict.fromkeys(focus_edges))[:MAX_EDGE_LABELS])) if crowded else None
    # Biases too: all of them, or where there is no room for all, those of the focused neurons.
    few_biases = crowded or QFontMetricsF(font_of(FLOOR_PT, fixed_on_screen=True)).height() > 1.6 * lay.radius
    avoid = np.empty((0, 4)) if avoid is None else np.asarray(avoid, float).reshape(-1, 4)
    places = _placed(lay, edges, opts, font_of, focus, tuple(sorted(set(focus_neurons))) if few_biases else None,
                     avoid)
    boxes, hits, hidden = [], [], 0
    for l in range(1, len(sizes)):
        n_src, vals, rev = sizes[l - 1], edges.values[l].ravel(), edges.revealed[l].ravel()
        ids, rects, texts, font = places.edges[l]
        hidden += int(rev.sum()) - int(rev[ids].sum())  # edges a crowded canvas does not label
        if not len(ids):
            continue
        placed = ~np.isnan(rects[:, 0])
        hidden += int((rev[ids] & ~placed).sum())
        h = QFontMetricsF(font).height()
        drawn = np.nonzero(rev[ids] & placed)[0]
        borders = palette.diverging_rgba(vals[ids[drawn]], edges.scale).tolist()  # one call per layer
        for n, border in zip(drawn, borders):
            k, rect = int(ids[n]), QRectF(*rects[n])
            boxes.append(TextBox(rect, texts[n], font, fill=QColor(255, 255, 255, 235), border=QColor(*border),
                                 border_width=1.5, radius=h / 2.5))
            hits.append((rect, (l, k // n_src, k % n_src)))
    for l in range(1, len(sizes)):
        for j in np.nonzero(edges.bias_revealed[l])[0]:
            placed = places.biases.get((l, int(j)))
            if placed is None:
                hidden += 1
            else:
                rect, text, font = placed
                boxes.append(TextBox(QRectF(*rect), text, font, fill=QColor(255, 255, 255, 225), radius=3))
    return EdgeLabels(boxes, hits, hidden)


@dataclass(frozen=True)
class _Places:
    """Where every label goes: per layer (edge ids, rectangles, texts, font), and per bias
    (layer, j) its rectangle, text and font (a bias with no room is absent)."""

    edges: dict
    biases: dict


_last_places: tuple | None = None  # (key, _Places): one step after another reuses the placement


def _placed(lay: CanvasLayout, edges: EdgesShown, opts: ViewOptions, font_of: FontMaker,
            focus: tuple | None, bias_neurons: tuple | None, avoid: np.ndarray) -> _Places:
    """Return the placement of every label: of every edge, or only those in `focus` where it is
    given (a crowded network; it may be empty); of every bias, or only those of `bias_neurons`
    where it is given. (The last placement again when nothing it depends on changed.)"""
    global _last_places
    font = font_of(LABEL_PT, fixed_on_screen=True)
    arrays = [a for a in (edges.values, edges.after, edges.bias_values, edges.bias_after) if a is not None]
    key = (lay.sizes, lay.rect, lay.radius, lay.top, edges.mode, opts.digits, font.toString(), focus,
           bias_neurons, avoid.tobytes(), tuple(np.asarray(a, float).tobytes() for layers in arrays for a in layers[1:]))
    if _last_places is not None and _last_places[0] == key:
        return _last_places[1]
    sizes = lay.sizes
    # The bias squares and the captions; the neurons, round, are kept clear by _clear_of_neurons.
    blocked = [np.concatenate([lay.bias_rects(), caption_rects(lay, font_of(CAPTION_PT, fixed_on_screen=True)),
                               avoid])]
    fonts = [font_of(p, fixed_on_screen=True) for p in sizes_down_to_floor(LABEL_PT)]
    placed_edges = {}
    for l in range(1, len(sizes)):
        n_src = sizes[l - 1]
        vals = edges.values[l].ravel()
        after = edges.after[l].ravel() if edges.after is not None else None
        if focus is not None:  # only the focused edges: no text is measured for the thousands of others
            ids = np.array(sorted({j * n_src + i for fl, j, i in focus if fl == l}), dtype=int)
        else:
            ids = np.arange(len(vals))
        if not len(ids):
            placed_edges[l] = (ids, np.empty((0, 4)), [], fonts[0])
            continue
        forms = [_label_forms(float(vals[k]), None if after is None else float(after[k]), opts.digits) for k in ids]
        rects, texts, used = _place_layer(lay, l, lay.segments(l)[ids], forms, fonts, np.concatenate(blocked),
                                          together=focus is None)
        blocked.append(rects[~np.isnan(rects[:, 0])])
        placed_edges[l] = (ids, rects, texts, used)
    # The biases then take what is left beside their squares: they have more places to go.
    biases = _bias_places(lay, edges, opts, font_of, bias_neurons, np.concatenate(blocked))
    places = _Places(placed_edges, biases)
    _last_places = (key, places)
    return places


def _label_forms(value: float, after: float | None, digits: int) -> list[str]:
    """Return an edge label's text, longest first: the value (`value`), or at the update the new
    weight `after` with the change `value` under it ("0.3589" over "Δ −0.04109"), then the new
    weight alone."""
    forms = shorter_forms(value, digits)
    if after is None:
        return forms
    # A shortened new weight that reads as the old one (0.1498 → 0.15, as it was) would say
    # nothing changed: such forms are not offered.
    old = set(shorter_forms(after - value, digits))
    new = shorter_forms(after, digits)
    new = new[:1] + [f for f in new[1:] if f not in old]
    a, b = 0, 0
    out = [f"{new[0]}\nΔ {forms[0]}"]
    while a < len(new) - 1 or b < len(forms) - 1:  # the wider line is shortened first
        if b == len(forms) - 1 or (a < len(new) - 1 and len(new[a]) > len(forms[b])):
            a += 1
        else:
            b += 1
        out.append(f"{new[a]}\nΔ {forms[b]}")
    return out + new  # no room for two lines: the new weight alone (Δw is its colour, and in the Inspector)


def _place_layer(lay: CanvasLayout, l: int, segs: np.ndarray, forms: list[list[str]], fonts: list[QFont],
                 blocked: np.ndarray, together: bool = True) -> tuple[np.ndarray, list[str], QFont]:
    """Return the rectangle (NaN where it found none) and text of the label of each edge of
    layer `l` in `segs` (its forms in `forms`), and the font they share. `together`: first try
    one place for all (the focused edges of a crowded network, which fan out of one neuron,
    go straight to a place each)."""
    n_src, n_dst = lay.sizes[l - 1], lay.sizes[l]
    # Only what lies between the layer's two columns can be in a label's way.
    x0, x1 = float(lay.column_x[l - 1]) - lay.column_gap, float(lay.column_x[l]) + lay.column_gap
    blocked = blocked[(blocked[:, 0] + blocked[:, 2] >= x0) & (blocked[:, 0] <= x1)]
    depth = max(len(f) for f in forms)
    levels = [(k, font) for k in range(depth) for font in fonts]  # smaller first, then shorter
    for k, font in levels if together else ():
        texts = [f[min(k, len(f) - 1)] for f in forms]
        widths, h = _text_sizes(texts, font)
        clear = (obstacle_reach(lay) + widths.max() / 2 + 2) / lay.column_gap  # t that clears a neuron
        ts = [t for t in (n_src / (n_src + 1.0), 1.0 / (n_dst + 1.0), 1.0 - clear, clear, *LABEL_POSITIONS)
              if 0.1 <= t <= 0.9]
        if not ts:
            continue
        # Every place t at once: the first where no label meets another, an obstacle or a neuron.
        n = len(segs)
        rects = _rects_at(np.tile(segs, (len(ts), 1)), np.repeat(ts, n), np.tile(widths, len(ts)),
                          np.tile(h, len(ts)))
        ok = _apart(rects.reshape(len(ts), n, 4))
        ok &= ~rects_overlap(_grown(rects), blocked).any(axis=1).reshape(len(ts), n).any(axis=1)
        ok &= _clear_of_neurons(rects, lay, obstacle_reach(lay), (l - 1, l)).reshape(len(ts), n).all(axis=1)
        if ok.any():
            return rects.reshape(len(ts), n, 4)[int(np.argmax(ok))], texts, font
    # No one place holds the whole layer: each label, at the shortest and smallest, takes the
    # first free place along its own edge.
    k, font = levels[-1]
    texts = [f[min(k, len(f) - 1)] for f in forms]
    widths, h = _text_sizes(texts, font)
    rects = np.full((len(texts), 4), np.nan)
    ts = np.linspace(0.12, 0.88, 39)
    # Every place of every label at once, against what is fixed (headers, squares, neurons);
    # then label by label, in edge order, against the labels already placed.
    n = len(segs)
    options = _rects_at(np.repeat(segs, len(ts), axis=0), np.tile(ts, n), np.repeat(widths, len(ts)),
                        np.repeat(h, len(ts)))
    free = (~rects_overlap(_grown(options), blocked).any(axis=1)
            & _clear_of_neurons(options, lay, obstacle_reach(lay), (l - 1, l))).reshape(n, len(ts))
    options = options.reshape(n, len(ts), 4)
    # Nearest a third of the way from either end first: the middle is where edges cross.
    preferred = np.argsort(np.abs(np.abs(ts - 0.5) - 0.18), kind="stable")
    placed: list[np.ndarray] = []
    for e in range(n):
        candidates = options[e][preferred][free[e][preferred]]
        if placed and len(candidates):
            candidates = candidates[~rects_overlap(_grown(candidates), np.array(placed)).any(axis=1)]
        if len(candidates):
            rects[e] = candidates[0]
            placed.append(candidates[0])
    return rects, texts, font


def _apart(rects: np.ndarray) -> np.ndarray:
    """Return, for each group of label rectangles (groups, n, 4), whether no two of its labels
    come nearer each other than LABEL_GAP."""
    a, b = _grown(rects)[:, :, None, :], rects[:, None, :, :]
    meet = ((a[..., 0] < b[..., 0] + b[..., 2]) & (b[..., 0] < a[..., 0] + a[..., 2])
            & (a[..., 1] < b[..., 1] + b[..., 3]) & (b[..., 1] < a[..., 1] + a[..., 3]))
    n = rects.shape[1]
    meet[:, np.arange(n), np.arange(n)] = False  # a label and itself
    return ~meet.any(axis=(1, 2))


def _grown(rects: np.ndarray) -> np.ndarray:
    """Return `rects` grown by LABEL_GAP on every side: labels keep that far apart."""
    return rects + np.array([-LABEL_GAP, -LABEL_GAP, 2 * LABEL_GAP, 2 * LABEL_GAP])


def _text_sizes(texts: list[str], font: QFont) -> tuple[np.ndarray, np.ndarray]:
    """Return each text's box width and height (a two-line text is twice as tall) in `font`."""
    fm = QFontMetricsF(font)
    widths = np.array([max(fm.horizontalAdvance(line) for line in text.split("\n")) + 8 for text in texts])
    heights = np.array([fm.height() * (text.count("\n") + 1) + 2 for text in texts])
    return widths, heights


def _rects_at(segs: np.ndarray, t, widths: np.ndarray, heights: np.ndarray) -> np.ndarray:
    """Return boxes (x, y, w, h) of `widths` × `heights` centred a fraction `t` along `segs`."""
    centre = points_along(segs, t)
    return np.column_stack([centre[:, 0] - widths / 2, centre[:, 1] - heights / 2, widths, heights])


def _bias_places(lay: CanvasLayout, edges: EdgesShown, opts: ViewOptions, font_of: FontMaker,
                 only: tuple | None, blocked: np.ndarray) -> dict:
    """Return {(l, j): (rect, text, font)} for the bias values that fit beside their squares,
    free of `blocked` (squares, captions, edge labels), the neurons and each other, smaller and
    shorter where needed; only those of the neurons in `only`, where it is given."""
    fonts = with_metrics(font_of(p, fixed_on_screen=True) for p in sizes_down_to_floor(CAPTION_PT))
    places, taken = {}, blocked.reshape(-1, 4)
    for l in range(1, len(lay.sizes)):
        for j, b in enumerate(edges.bias_values[l]):
            if only is not None and (l, j) not in only:
                continue
            bx, by, bw, bh = lay.bias_rect(l, j)  # every place below keeps 3 units from it

            def fits(fm: QFontMetricsF, text: str) -> bool:
                nonlocal spot
                lines = text.split("\n")
                w, h = max(fm.horizontalAdvance(line) for line in lines) + 6, fm.height() * len(lines)
                for x, y in ((bx - w - 3, by + bh / 2 - h / 2), (bx + bw / 2 - w / 2, by - h - 2),
                             (bx - w - 3, by - h + 2), (bx - w - 3, by + bh - 2),
                             (bx - w + bw, by - h - 2), (bx, by - h - 2),  # left, above, around its corner
                             (bx + bw + 2, by + bh - 0.3 * lay.radius - h - 2)):  # over the circle, right of it
                    rect = np.array([[x, y, w, h]])
                    if (x >= lay.rect[0] and y >= lay.top - 2  # never up among the headers and buttons
                            and not rects_overlap(_grown(rect), taken).any()
                            and _clear_of_neurons(rect, lay, lay.radius, (l - 1, l))[0]):  # it may touch a ring
                        spot = rect[0]
                        return True
                return False

            spot = None
            after = None if edges.bias_after is None else float(edges.bias_after[l][j])
            fitted = first_fit(_label_forms(float(b), after, opts.digits), fonts, fits)
            if fitted is not None:
                font, text = fitted
                taken = np.vstack([taken, spot[None]])
                places[(l, j)] = (spot, text, font)
    return places


def obstacle_reach(lay: CanvasLayout) -> float:
    """Return how far from a neuron's centre a label keeps: clear of the circle, the focus and
    saturation rings (drawn over labels) allowed to touch a label's corner."""
    return lay.radius + 3


def _clear_of_neurons(rects: np.ndarray, lay: CanvasLayout, reach: float, layers: tuple[int, int]) -> np.ndarray:
    """Return which rectangles (x, y, w, h) stay farther than `reach` from every neuron's centre
    in `layers` (a label between two columns can reach no other): a neuron is round, so a
    label may sit in the corner of its bounding square."""
    rects = rects.reshape(-1, 4)
    x, y, w, h = (rects[:, k] for k in range(4))
    clear = np.ones(len(rects), dtype=bool)
    for l in layers:
        # A column's neurons share one x: the nearest of them to a rectangle is the one whose y
        # is nearest its span, found by bisection rather than by measuring to every neuron.
        cx, ys = float(lay.column_x[l]), np.sort(lay.centres[l][:, 1])
        dx = np.maximum(np.maximum(x - cx, cx - (x + w)), 0.0)  # to the nearest side
        k = np.searchsorted(ys, y)  # the first neuron at or below the rectangle's top
        below = np.where(k < len(ys), np.maximum(ys[np.minimum(k, len(ys) - 1)] - (y + h), 0.0), np.inf)
        above = np.where(k > 0, y - ys[np.maximum(k - 1, 0)], np.inf)
        dy = np.minimum(below, above)
        clear &= dx * dx + dy * dy >= reach * reach
    return clear
