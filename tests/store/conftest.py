"""Fixtures of the store tests."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    """A URL of a new, empty store on each backend: a SQLite file, or a fresh database on the test PostgreSQL
    server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_db_url")
