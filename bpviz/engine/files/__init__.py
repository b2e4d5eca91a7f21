"""File formats: network files, saved documents, presets, recovery copies, and safe reads and writes."""
