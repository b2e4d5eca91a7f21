"""Themes: each explicit theme sets Fusion and its palette, text stays readable, "system" goes back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from bpviz.ui.look import palette
from bpviz.ui.look.theme import THEMES, apply_theme, current_theme, theme_palette

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


@pytest.fixture(autouse=True)
def system_theme_after(qapp):
    """Every test ends with the application in the system theme, as the rest of the suite expects."""
    yield
    apply_theme(qapp, "system")


def contrast(a: QColor, b: QColor) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
                  for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_an_explicit_theme_sets_fusion_and_its_window_colour(qapp):
    apply_theme(qapp, "dark")
    assert qapp.style().name().lower() == "fusion"
    assert qapp.palette().color(Role.Window) == QColor("#2b2b2b")
    assert current_theme(qapp) == "dark"
    apply_theme(qapp, "high_contrast")
    assert qapp.palette().color(Role.Window) == QColor("#ffffff")
    assert qapp.palette().color(Role.WindowText) == QColor("#000000")


def test_system_goes_back_to_the_look_before_the_first_theme(qapp):
    apply_theme(qapp, "system")
    before = QColor(qapp.palette().color(Role.Window)), qapp.style().name()
    apply_theme(qapp, "dark")
    assert qapp.palette().color(Role.Window) != before[0]
    apply_theme(qapp, "system")
    assert (qapp.palette().color(Role.Window), qapp.style().name()) == before


def test_an_unknown_theme_is_refused_and_changes_nothing(qapp):
    apply_theme(qapp, "dark")
    with pytest.raises(ValueError, match="unknown theme 'sepia'; allowed: system, light, dark, high_contrast"):
        apply_theme(qapp, "sepia")
    assert current_theme(qapp) == "dark" and qapp.palette().color(Role.Window) == QColor("#2b2b2b")


@pytest.mark.parametrize("name, least", [("light", 7.0), ("dark", 7.0), ("high_contrast", 15.0)])
def test_text_reads_well_in_every_theme(name, least):
    p = theme_palette(name)
    for text, ground in ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button),
                         (Role.ToolTipText, Role.ToolTipBase)):
        assert contrast(p.color(text), p.color(ground)) >= least, (name, text)
    assert contrast(p.color(Role.HighlightedText), p.color(Role.Highlight)) >= 4.5
    assert contrast(p.color(Group.Disabled, Role.Text), p.color(Role.Base)) >= 3.0  # greyed out, still legible
    assert contrast(p.color(Group.Disabled, Role.Text), p.color(Role.Base)) < contrast(p.color(Role.Text),
                                                                                       p.color(Role.Base))


def test_the_figures_keep_their_light_paper_in_every_theme(qapp, window):
    for name in THEMES:
        apply_theme(qapp, name)
        assert window.canvas.backgroundBrush().color() == palette.BACKGROUND
        assert contrast(palette.TEXT, palette.BACKGROUND) >= 7.0
        assert contrast(palette.POSITIVE, palette.BACKGROUND) >= 4.5


def test_the_step_bar_plot_takes_the_theme_of_the_bar_around_it(qapp, settings, dialogs, qtbot):
    from bpviz.ui.shell.main_window import MainWindow

    settings.setValue("appearance/theme", "dark")
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    axis_text = w.step_bar.plot.getAxis("left").textPen().color()
    assert axis_text == theme_palette("dark").color(Role.WindowText)
    assert contrast(axis_text, w.step_bar.plot.backgroundBrush().color()) >= 7.0
