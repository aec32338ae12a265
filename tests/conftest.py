"""Shared fixtures: the seed articles the repository keeps, and one extraction of them per test session."""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import GOLD, ROOT, SEEDS, SHARED  # noqa: F401  (the tests import them from support)


@pytest.fixture(scope="session")
def seeds_bundle():
    """The bundle of the five seed articles (the extraction is the slow part: done once)."""
    from conflictgraph import extract

    return extract([SEEDS])


@pytest.fixture(scope="session")
def seeds_bundle_dict(seeds_bundle):
    return json.loads(seeds_bundle.to_json())


@pytest.fixture(scope="session")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


# --- Services for tests: a throwaway PostgreSQL server and headless Chromium ------------------------------------
# Both are installed by .ci/run (Debian's postgresql, chromium and chromium-driver). Without them a test that
# needs one is skipped, except under CI=true, where it fails: CI must not pass by skipping them.

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM = os.environ.get("CONFLICTGRAPH_CHROMIUM", "/usr/bin/chromium")
# Chromium on this closed network: no GPU, no sandbox (we run as root in CI), no calls home.
# Playwright gives every launch a fresh, empty --user-data-dir of its own (it refuses one in args).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_FIXTURE_MARKERS = {
    "postgres_server": "postgres",
    "postgres_url": "postgres",
    "postgres_db_url": "postgres",
    "browser": "browser",
    "browser_page": "browser",
}


def _unavailable(message: str):
    """Skip, or fail under CI=true, where a missing service is a broken CI and not a reason to skip."""
    if IN_CI:
        pytest.fail(f"{message} (CI=true: .ci/run should have installed it)", pytrace=False)
    pytest.skip(message)


def pytest_collection_modifyitems(config, items):
    """A test that uses a PostgreSQL or browser fixture gets its marker, so `-m "not postgres"` leaves it out."""
    for item in items:
        for fixture, marker in _FIXTURE_MARKERS.items():
            if fixture in getattr(item, "fixturenames", ()) and not item.get_closest_marker(marker):
                item.add_marker(getattr(pytest.mark, marker))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin that has initdb, pg_ctl and postgres (or $PG_BINDIR)."""
    candidates = [os.environ["PG_BINDIR"]] if os.environ.get("PG_BINDIR") else []
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    for d in candidates:
        if all((Path(d) / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(d)
    return None


@dataclass
class PostgresServer:
    """A running throwaway server; `user` is its superuser, reached over TCP on 127.0.0.1 with trust auth."""

    host: str
    port: int
    user: str
    base: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement (CREATE/DROP DATABASE...) outside a transaction, in the `postgres` database."""
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)


@pytest.fixture(scope="session")
def postgres_server():
    """Start PostgreSQL in a temp directory for this session (initdb + pg_ctl); stop it and remove it at the end.

    initdb refuses to run as root, so as root the server runs as the `postgres` user (or `nobody`) via runuser.
    """
    bindir = _pg_bindir()
    if bindir is None:
        _unavailable("PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")

    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:
        name = "postgres"
        try:
            owner = pwd.getpwnam(name)
        except KeyError:
            name, owner = "nobody", pwd.getpwnam("nobody")
        if shutil.which("runuser"):
            as_user = ["runuser", "-u", name, "--"]
        else:
            as_user = ["setpriv", f"--reuid={owner.pw_uid}", f"--regid={owner.pw_gid}", "--clear-groups", "--"]
    # The server's user must reach the directory: under /tmp, not in a root-only $TMPDIR.
    base = Path(tempfile.mkdtemp(prefix="conflictgraph-pg-", dir="/tmp" if owner else None))
    if owner:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data, log = base / "data", base / "server.log"
    superuser = "postgres"

    def run(*cmd, check=True):
        return subprocess.run(
            [*as_user, *map(str, cmd)], cwd=base, capture_output=True, text=True, check=check, timeout=120
        )

    def pg_ctl(*args, check=True):
        return run(bindir / "pg_ctl", "-D", data, "-l", log, *args, check=check)

    started = False
    try:
        try:
            run(
                bindir / "initdb", "-D", data, "-U", superuser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"
            )
        except subprocess.CalledProcessError as e:
            raise RuntimeError(f"initdb failed:\n{e.stdout}\n{e.stderr}") from e
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# conflictgraph test server: loopback only, socket in its own directory, no durability\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{base}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 50\n"
            )
        for _attempt in range(5):  # a free port can be taken between choosing it and binding it
            port = _free_port()
            result = pg_ctl("start", "-w", "-t", "60", "-o", f"-p {port}", check=False)
            if result.returncode == 0:
                started = True
                break
        if not started:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed:\n{result.stdout}\n{result.stderr}\n{server_log}")
        server = PostgresServer(host="127.0.0.1", port=port, user=superuser, base=base)
        yield server
    finally:
        if started:
            pg_ctl("stop", "-m", "immediate", "-w", "-t", "60", check=False)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server):
    """SQLAlchemy URL (postgresql+psycopg://...) of a database created once for the session."""
    postgres_server.admin("CREATE DATABASE conflictgraph_test")
    return postgres_server.url("conflictgraph_test")


@pytest.fixture
def postgres_db_url(postgres_server):
    """SQLAlchemy URL of a fresh, empty database for this one test; dropped afterwards."""
    name = f"cg_{uuid.uuid4().hex[:16]}"
    postgres_server.admin(f'CREATE DATABASE "{name}"')
    yield postgres_server.url(name)
    postgres_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def browser():
    """Playwright's Chromium, headless, on Debian's /usr/bin/chromium (`playwright install` can't download here)."""
    if not Path(CHROMIUM).is_file():
        _unavailable(f"{CHROMIUM} not found (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def browser_page(browser):
    """A page in a new browser context (own cookies and storage) for this one test."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()
