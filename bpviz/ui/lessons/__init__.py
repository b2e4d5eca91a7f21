"""Lessons in the window: the chooser, the lesson panel and its dock."""
