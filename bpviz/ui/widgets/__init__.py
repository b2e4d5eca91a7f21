"""Small widgets of general use: checked spin boxes, plain text, redraw timers, overlays."""
