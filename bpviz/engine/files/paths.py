"""Where bpviz finds its data files (presets, lessons, icons)."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # bpviz/

RESOURCES = _PACKAGE / "resources"  # installed with the package (pyproject.toml's package-data)
PRESETS = RESOURCES / "presets"
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"  # bpviz_<locale>.qm, compiled from the template there
