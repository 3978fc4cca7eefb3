"""Shared fixtures. ../shared (the evaluation kit) is beside the repo on CI and developer machines."""
import os
import subprocess
import sys
import uuid
from contextlib import suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from aiosmtpd.controller import Controller

from mailserver import Recorder, free_port, self_signed_certificate
from webserver import WebServer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "samples" / "voa-blinken-colombia.txt"
SAMPLE_TOPICS = REPO / "samples" / "topics.toml"
TEST_DATA = REPO / "tests" / "data"  # our own labels of texts that live in ../shared


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"{SHARED} is absent: the evaluation kit lives there on CI and developer machines")
    return SHARED


POSTGRESQL_VARIABLE = "BRIEFING_TEST_POSTGRESQL"


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_address(request, tmp_path):
    """A new, empty archive: an SQLite file, then a database of its own on the PostgreSQL server
    that $BRIEFING_TEST_POSTGRESQL names (.ci/postgresql starts one, and CI always has one)."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.sqlite")
        return
    server = os.environ.get(POSTGRESQL_VARIABLE)
    if not server:
        pytest.skip(f"no PostgreSQL server to test the archive on: export {POSTGRESQL_VARIABLE}=$(.ci/postgresql)")
    import psycopg

    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.skip(f"the PostgreSQL server at {server} is not reachable ({str(error).strip()})")
    name = f"briefing_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE DATABASE {name}")
    try:
        yield urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    finally:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.close()


@pytest.fixture(autouse=True, scope="session")
def tests_cache_folder(tmp_path_factory):
    """The tests' cache (LibreOffice's profile, fetched pages) and config folder are theirs, never the
    user's; one for the session, so that LibreOffice makes its profile once. Tests of the page cache
    use `own_cache`."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))  # no config file of the user's


@pytest.fixture
def own_cache(tmp_path_factory, monkeypatch):
    """A cache folder of the test's own, empty at its start."""
    folder = tmp_path_factory.mktemp("own-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """The test server's certificate, trusted with --cafile."""
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp_server():
    """Start servers on demand: smtp_server(**Controller options) -> (recorder, port)."""
    controllers = []

    def start(**options):
        recorder = Recorder()
        port = free_port()
        if "authenticator" in options:
            options["authenticator"] = recorder.authenticate
        controller = Controller(recorder, hostname="127.0.0.1", port=port, **options)
        controller.start()
        controllers.append(controller)
        return recorder, port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def web(own_cache):
    """A web server on 127.0.0.1 for the test, its pages added by the test; the page cache is the test's own."""
    server = WebServer().start()
    yield server
    server.stop()


def briefing_on_a_terminal(*args: str) -> tuple[bytes, bytes]:
    """Run briefing with a terminal for its standard error, as a user at the keyboard has:
    (what the terminal showed, what went to standard output)."""
    leader, follower = os.openpty()
    result = subprocess.run([sys.executable, "-m", "briefing.cli", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=follower,
                            env={**os.environ, "TERM": "xterm", "COLUMNS": "100"}, timeout=120)
    os.close(follower)
    seen = b""
    with suppress(OSError):  # the terminal's end reads EIO once the other end is closed
        while chunk := os.read(leader, 65536):
            seen += chunk
    os.close(leader)
    return seen, result.stdout
