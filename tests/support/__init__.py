"""Helpers shared by the tests (not tests themselves): paths, the GUI helpers, generators."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
DATA = TESTS / "data"
