"""Where bpviz finds its data files (presets, lessons, icons)."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
PRESETS = RESOURCES / "presets"
