"""Lessons in progress: the runner, its actions, its checks and where each lesson was left."""
