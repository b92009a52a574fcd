"""A copy of this test run's database and media files, for a server or command in another process.

Every test starts from the demo content, loaded once per run (tests/conftest.py). A test that needs
that content in another process (gunicorn, manage.py, pg_dump) gets a copy of it in a second or two
instead of migrating and loading the demo again (a minute of CPU): PostgreSQL clones the database
with CREATE DATABASE ... TEMPLATE, SQLite copies it with its online backup API.

Use it from a fixture that asks for ``django_db_setup`` but not ``db``: the copy holds what is
committed, and PostgreSQL clones only a database nobody is connected to.
"""

import shutil
import sqlite3
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

import psycopg
from django.conf import settings
from django.db import connection, connections


def server_url(name=""):
    """The URL of database ``name`` on this run's PostgreSQL server."""
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{name}"


def _maintenance_url(server):
    """The server's ``postgres`` database, where databases are created and dropped; ``server`` is
    the URL of any database on it (default: this run's)."""
    if server is None:
        return server_url("postgres")
    return urllib.parse.urlsplit(server)._replace(path="/postgres").geturl()


def recreate_postgresql_database(name, template=None, server=None):
    """Drop ``name`` if it exists and create it, empty or as a clone of ``template``."""
    drop_postgresql_database(name, server)
    clone = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(_maintenance_url(server), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"{clone}')


def drop_postgresql_database(name, server=None):
    with psycopg.connect(_maintenance_url(server), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def copy_of_test_database(folder, django_db_blocker, label):
    """Yield ``(DATABASE_URL, MEDIA_ROOT)`` of a copy of this run's database and media files, made
    in ``folder``; a PostgreSQL copy is named after the test database and ``label`` (parallel runs
    never clash) and dropped afterwards."""
    folder = Path(folder)
    media = folder / "media"
    shutil.copytree(settings.MEDIA_ROOT, media)  # the files themselves, not the test's links to them
    if connection.vendor == "postgresql":
        template = connection.settings_dict["NAME"]
        name = f"{template}_{label}"
        connections.close_all()  # CREATE DATABASE ... TEMPLATE needs the template to itself
        recreate_postgresql_database(name, template=template)
        try:
            yield server_url(name), media
        finally:
            drop_postgresql_database(name)
    else:
        path = folder / f"{label}.sqlite3"
        with django_db_blocker.unblock():
            connection.ensure_connection()
            with sqlite3.connect(path) as target:
                connection.connection.backup(target)
            target.close()
        yield f"sqlite:///{path}", media


def fetch_one(database_url, sql):
    """The first row of ``sql`` run on the database at ``database_url`` (a copy made above)."""
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            return db.execute(sql).fetchone()
    with psycopg.connect(database_url) as db:
        return db.execute(sql).fetchone()
