"""Where bpviz finds its data files (presets, lessons, icons)."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# An installed bpviz carries its data inside the package (bpviz/resources, see pyproject.toml);
# in the repository, and in an editable install, it sits beside the code.
RESOURCES = next((p for p in (_PACKAGE / "resources", _PACKAGE.parent / "resources") if p.is_dir()),
                 _PACKAGE.parent / "resources")
PRESETS = RESOURCES / "presets"
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"  # bpviz_<locale>.qm, compiled from the template there
