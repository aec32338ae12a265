"""The test services work: the throwaway PostgreSQL server (through SQLAlchemy and psycopg) and headless Chromium."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = b"""<!doctype html>
<html><head><meta charset="utf-8"><title>conflictgraph infra check</title></head>
<body>
<button id="go" onclick="document.getElementById('out').textContent = 'clicked ' + (++window.n)">Go</button>
<p id="out">not yet</p>
<script>window.n = 0;</script>
</body></html>
"""


@pytest.mark.postgres
def test_postgres_round_trip(postgres_url):
    import sqlalchemy as sa

    assert postgres_url.startswith("postgresql+psycopg://")
    engine = sa.create_engine(postgres_url)
    meta = sa.MetaData()
    actors = sa.Table(
        "infra_actors",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
    )
    try:
        meta.create_all(engine)
        with engine.begin() as conn:
            conn.execute(actors.insert(), [{"name": "Hamas"}, {"name": "Israel Defense Forces"}])
        with engine.connect() as conn:
            names = conn.execute(sa.select(actors.c.name).order_by(actors.c.id)).scalars().all()
            version = conn.execute(sa.text("SHOW server_version")).scalar_one()
        assert names == ["Hamas", "Israel Defense Forces"]
        assert engine.dialect.name == "postgresql" and version
    finally:
        meta.drop_all(engine)
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("run", [1, 2])
def test_postgres_fresh_database_per_test(postgres_db_url, run):
    """Each test gets its own empty database: the table made in run 1 is not there in run 2."""
    import sqlalchemy as sa

    engine = sa.create_engine(postgres_db_url)
    try:
        assert sa.inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE leftover (x int)"))
        assert sa.inspect(engine).get_table_names() == ["leftover"]
    finally:
        engine.dispose()


@pytest.fixture
def local_site():
    """A tiny page served by http.server from a thread, on 127.0.0.1 only."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.browser
def test_browser_title_and_click(browser_page, local_site):
    page = browser_page
    page.goto(local_site)
    assert page.title() == "conflictgraph infra check"
    assert page.text_content("#out") == "not yet"
    page.click("#go")
    page.click("#go")
    assert page.text_content("#out") == "clicked 2"
