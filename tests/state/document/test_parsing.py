"""Typed numbers: plain decimal or scientific notation only, nothing read as something else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from bpviz.state.document.parsing import parse_number


def _in_language(language, country):
    before = QLocale()
    QLocale.setDefault(QLocale(language, country))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english():
    yield from _in_language(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def german():
    yield from _in_language(QLocale.Language.German, QLocale.Country.Germany)


@pytest.mark.parametrize("text, value", [("0.5", 0.5), (" -2 ", -2.0), ("−0.25", -0.25), (".5", 0.5),
                                         ("1e-3", 0.001), ("+3E2", 300.0), ("0", 0.0), ("0e5", 0.0)])
def test_plain_numbers_are_read(english, text, value):
    assert parse_number(text, "α") == value


@pytest.mark.parametrize("text, says", [("1,000", "decimals with a point"), ("0,5", "decimals with a point"),
                                        ("1_000", "is not a number"), ("١٢", "is not a number"),
                                        ("0.5 0.6", "is not a number"), ("0x10", "is not a number"),
                                        ("nan", "is not a number"), ("1e400", "not a finite number"),
                                        ("1e-400", "too small to tell from 0"), ("", "type a number")])
def test_anything_else_is_refused_with_what_was_wrong(english, text, says):
    with pytest.raises(ValueError, match=says):
        parse_number(text, "α")


def test_a_language_with_a_decimal_comma_reads_it(german):
    assert parse_number("0,5", "α") == 0.5
    for text in ("1,000,5", "1.000,5"):
        with pytest.raises(ValueError):
            parse_number(text, "α")
