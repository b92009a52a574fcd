"""`migrate` builds an empty PostgreSQL database from zero with the production settings, with the
database cache (no REDIS_URL) and with Redis, as the Procfile's release step runs it."""

import os
import secrets
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import pytest
from django.db import connection

from tests.harness.database_copy import drop_postgresql_database, recreate_postgresql_database, server_url

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_reachable():
    url = urlparse(REDIS_URL)
    try:
        socket.create_connection((url.hostname, url.port or 6379), timeout=1).close()
        return True
    except OSError:
        return False


def _migrate(database, extra_env):
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="vigilant.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=server_url(database),
        PYTHONDONTWRITEBYTECODE="1",
        **extra_env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.django_db
def test_migrate_builds_an_empty_postgresql_database_in_both_cache_configurations():
    if connection.vendor != "postgresql":
        pytest.skip("migrating from zero is checked on PostgreSQL")
    base = connection.settings_dict["NAME"]  # the test database: names derived from it never clash
    runs = {f"{base}_migrate_dbcache": {}}
    if _redis_reachable():
        runs[f"{base}_migrate_redis"] = {"REDIS_URL": REDIS_URL, "CACHE_KEY_PREFIX": f"{base}-migrate"}
    for name in runs:
        recreate_postgresql_database(name)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(runs, pool.map(lambda item: _migrate(*item), runs.items()), strict=True))
        for name, result in results.items():
            assert result.returncode == 0, f"{name}:\n{result.stdout}\n{result.stderr[-3000:]}"
            with psycopg.connect(server_url(name)) as db:
                tables = {row[0] for row in db.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")}
            assert {"core_counter", "wagtailcore_page"} <= tables
            if "REDIS_URL" not in runs[name]:
                assert "vigilant_cache" in tables  # the database cache's table
        if len(runs) == 1:
            pytest.skip(f"database cache checked; no Redis at {REDIS_URL} for the second configuration")
    finally:
        for name in runs:
            drop_postgresql_database(name)
