"""`make test` (scripts/run_tests.sh) fails when PostgreSQL is expected (an address given on
purpose, or CI) and does not answer, instead of quietly running half the suite."""

import os
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again once the socket is


@pytest.mark.parametrize("expected_by", [{"PG_REQUIRED": "1"}, {"CI": "true"}])
def test_a_silent_postgresql_that_was_expected_fails_the_run_before_any_test(expected_by):
    env = {k: v for k, v in os.environ.items() if k not in {"PG_REQUIRED", "CI"}}
    env.update(PG_TEST_DATABASE_URL=f"postgres://postgres@127.0.0.1:{_closed_port()}/vigilant", **expected_by)
    result = subprocess.run(["scripts/run_tests.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "is expected at" in result.stderr and "does not answer" in result.stderr
    assert "passed" not in result.stdout  # no run started
