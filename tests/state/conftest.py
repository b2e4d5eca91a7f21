"""Fixtures for the state tests: a document on the hand-worked example."""

import pytest

from bpviz.state import Document


@pytest.fixture
def doc(qapp) -> Document:
    """A fresh document on the hand-worked 2-2-2 preset (needs a Qt application for signals)."""
    return Document()
