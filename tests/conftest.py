"""Shared fixtures: the shared data folder, one Reader per session, and the slow marker for corpus tests."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    path = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
    if not (path / "data").is_dir():
        pytest.fail(f"shared data not found at {path}; set ONRECORD_SHARED", pytrace=False)
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def reader():
    from onrecord.reader import Reader

    return Reader()


# A test that needs one of these reads a whole corpus first: it is slow (left out by `make check`).
CORPUS_FIXTURES = {"wikinews_readings", "wikinews_record", "reference_db"}


def pytest_collection_modifyitems(items):
    for item in items:
        if CORPUS_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
