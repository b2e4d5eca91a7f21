"""Plot axes that show the values themselves: never a hidden ×1000 scale."""

from __future__ import annotations

import pyqtgraph as pg


def show_plain_values(axis: pg.AxisItem) -> None:
    """Make `axis` label its ticks with the values as they are (0.29, not 290 of an unseen milli-unit).

    Disabling the automatic SI prefix is not enough on every pyqtgraph: some versions still
    rescale a unitless axis whose values lie between 0 and 1. An axis with no range in which a
    prefix is allowed never rescales.
    """
    axis.enableAutoSIPrefix(False)
    if hasattr(axis, "setSIPrefixEnableRanges"):
        axis.setSIPrefixEnableRanges(())
        axis.updateAutoSIPrefix()
