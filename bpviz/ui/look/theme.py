"""Themes: the colours of the window's widgets (light, dark, high contrast, or the system's own).

A theme sets the application's style and QPalette, so docks, menus, tables and the inspector
follow it. The figures (the network canvas, the plots, the colour legends) keep their own
light paper, palette.BACKGROUND, in every theme: the diverging colours and labels of
bpviz.ui.look.palette are chosen against it, and a projected figure reads best dark on light.

    apply_theme(QApplication.instance(), "dark")
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from bpviz.ui.shell.i18n import tr

THEMES = ("system", "light", "dark", "high_contrast")
THEME_PROPERTY = "bpvizTheme"  # the application property holding the applied theme's name

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# Fusion draws every widget from the palette, so the explicit themes look the same on every desktop.
_STYLE = "Fusion"

# Each palette names its colours by role; "disabled" overrides a few roles for greyed-out widgets.
_PALETTES: dict[str, dict[str, dict[Role, str]]] = {
    "light": {
        "normal": {
            Role.Window: "#efefef", Role.WindowText: "#1e1e1e", Role.Base: "#ffffff",
            Role.AlternateBase: "#f5f5f5", Role.Text: "#1e1e1e", Role.Button: "#e8e8e8",
            Role.ButtonText: "#1e1e1e", Role.BrightText: "#ffffff", Role.Highlight: "#0072b2",
            Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#ffffdc", Role.ToolTipText: "#1e1e1e",
            Role.Link: "#0b5fa5", Role.LinkVisited: "#5e3c99", Role.PlaceholderText: "#6e6e6e",
            Role.Light: "#ffffff", Role.Midlight: "#f2f2f2", Role.Mid: "#b8b8b8", Role.Dark: "#9f9f9f",
            Role.Shadow: "#767676",
        },
        "disabled": {Role.WindowText: "#8c8c8c", Role.Text: "#8c8c8c", Role.ButtonText: "#8c8c8c",
                     Role.Highlight: "#a0a0a0"},
    },
    # Text stays a soft white on near-black: pure white on black glares on a projector.
    "dark": {
        "normal": {
            Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e",
            Role.AlternateBase: "#262626", Role.Text: "#e6e6e6", Role.Button: "#353535",
            Role.ButtonText: "#e6e6e6", Role.BrightText: "#ffffff", Role.Highlight: "#2a6ead",
            Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#f0f0f0",
            Role.Link: "#74b6f0", Role.LinkVisited: "#b9a3e3", Role.PlaceholderText: "#9a9a9a",
            Role.Light: "#4a4a4a", Role.Midlight: "#3e3e3e", Role.Mid: "#2a2a2a", Role.Dark: "#1a1a1a",
            Role.Shadow: "#0a0a0a",
        },
        "disabled": {Role.WindowText: "#7d7d7d", Role.Text: "#7d7d7d", Role.ButtonText: "#7d7d7d",
                     Role.Highlight: "#4a4a4a", Role.HighlightedText: "#bdbdbd"},
    },
    # Black on white with black frames; the accent is a deep Okabe–Ito blue (8:1 against white,
    # told apart from orange under every common colour-vision deficiency).
    "high_contrast": {
        "normal": {
            Role.Window: "#ffffff", Role.WindowText: "#000000", Role.Base: "#ffffff",
            Role.AlternateBase: "#ebebeb", Role.Text: "#000000", Role.Button: "#ffffff",
            Role.ButtonText: "#000000", Role.BrightText: "#ffffff", Role.Highlight: "#00457c",
            Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff",
            Role.Link: "#00457c", Role.LinkVisited: "#4b2a82", Role.PlaceholderText: "#4d4d4d",
            Role.Light: "#ffffff", Role.Midlight: "#ffffff", Role.Mid: "#000000", Role.Dark: "#000000",
            Role.Shadow: "#000000",
        },
        "disabled": {Role.WindowText: "#595959", Role.Text: "#595959", Role.ButtonText: "#595959",
                     Role.Highlight: "#595959"},
    },
}

# What the application looked like before the first explicit theme: "system" goes back to it.
_system_look: dict[int, tuple[str, QPalette]] = {}


def theme_labels() -> dict[str, str]:
    """Return each theme's name as a person reads it, in THEMES order."""
    return {"system": tr("Same as the system", "Theme"), "light": tr("Light", "Theme"),
            "dark": tr("Dark", "Theme"), "high_contrast": tr("High contrast", "Theme")}


def theme_palette(name: str) -> QPalette:
    """Return the QPalette of an explicit theme ("light", "dark" or "high_contrast")."""
    if name not in _PALETTES:
        raise ValueError(f"no palette for theme {name!r}; palettes exist for: {', '.join(_PALETTES)}")
    roles = _PALETTES[name]
    palette = QPalette()
    for role, colour in roles["normal"].items():
        palette.setColor(role, QColor(colour))  # every group: active, inactive and disabled
    for role, colour in roles["disabled"].items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, name: str) -> None:
    """Give every widget of `app` the theme `name`: "system", "light", "dark" or "high_contrast".

    The explicit themes use the Fusion style and their own palette; "system" restores the
    style and palette the application had before the first explicit theme.
    Raises ValueError for any other name, leaving the current theme in place.
    """
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; allowed: {', '.join(THEMES)}")
    key = id(app)
    if key not in _system_look:
        _system_look[key] = (app.style().name(), QPalette(app.palette()))
    if name == "system":
        style, palette = _system_look[key]
    else:
        style, palette = _STYLE, theme_palette(name)
    if app.style().name().lower() != style.lower():
        app.setStyle(style)
    app.setPalette(palette)
    app.setProperty(THEME_PROPERTY, name)


def current_theme(app: QGuiApplication | None = None) -> str:
    """Return the name of the theme last applied to `app` (the running one by default), or "system"."""
    app = app or QGuiApplication.instance()
    name = app.property(THEME_PROPERTY) if app is not None else None
    return name if name in THEMES else "system"
