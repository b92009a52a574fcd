"""The demo site's database, built once per `make test` and copied by every test process that needs it.

Migrating and loading the demo content costs about 45 CPU seconds on SQLite and 80 on PostgreSQL.
scripts/run_tests.sh builds each once, side by side:

    python -m tests.harness.demo_database build <folder>                  # SQLite
    python -m tests.harness.demo_database build <folder> <PostgreSQL URL>  # a template database

and names the folders in $VIGILANT_DEMO_SQLITE and $VIGILANT_DEMO_POSTGRESQL. Each test process
(tests/conftest.py; with pytest-xdist, each worker) and the browser journeys' server
(tests/harness/demo_server.py) then start from a copy: SQLite copies the file, PostgreSQL clones
the template (CREATE DATABASE ... TEMPLATE), and the media files are copied. Without the variables
each builds its own, as `pytest` alone does. `python -m tests.harness.demo_database drop <folder>`
removes a PostgreSQL template once the run is over.
"""

import os
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

from django.db import connections

from tests.harness.database_copy import drop_postgresql_database, recreate_postgresql_database

ROOT = Path(__file__).resolve().parents[2]
ENV_VARS = {"sqlite": "VIGILANT_DEMO_SQLITE", "postgresql": "VIGILANT_DEMO_POSTGRESQL"}
DATABASE = "db.sqlite3"
TEMPLATE = "postgresql-template"  # the file that names the PostgreSQL template database
MEDIA = "media"
TEST_DATABASE_PREFIX = "test_"  # Django's own (django.db.backends.base.creation)


def prepared_folder(vendor="sqlite"):
    """The folder holding a prepared demo database for `vendor` and its media, or None."""
    folder = os.environ.get(ENV_VARS.get(vendor, ""))
    marker = DATABASE if vendor == "sqlite" else TEMPLATE
    if folder and (Path(folder) / marker).is_file():
        return Path(folder)
    return None


def manage_env(database_url, media):
    """The environment of a manage.py run on the database at `database_url`, files in `media`."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="vigilant.settings.test",
        DATABASE_URL=database_url,
        TEST_MEDIA_ROOT=str(media),
        MEDIA_ROOT=str(media),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _template_url(server_url):
    """The PostgreSQL template's URL: on the run's server, named after the run's database."""
    parts = urllib.parse.urlsplit(server_url)
    name = f"{TEST_DATABASE_PREFIX}{parts.path.lstrip('/') or 'vigilant'}_demo"
    return parts._replace(path=f"/{name}").geturl(), name


def build(folder, postgresql_url=None):
    """migrate, createcachetable and load_demo into `folder` (db.sqlite3 and media/), or, given a
    PostgreSQL URL, into a template database on that server (media/ in `folder`)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if postgresql_url:
        database_url, name = _template_url(postgresql_url)
        recreate_postgresql_database(name, server=postgresql_url)
    else:
        database_url = f"sqlite:///{folder / DATABASE}"
    env = manage_env(database_url, folder / MEDIA)
    for args in (["migrate", "--noinput", "-v", "0"], ["createcachetable"], ["load_demo"]):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    if postgresql_url:
        (folder / TEMPLATE).write_text(f"{name}\n{postgresql_url}\n")
    return folder


def drop(folder):
    """Drop the PostgreSQL template a build in `folder` made (nothing for SQLite)."""
    marker = Path(folder) / TEMPLATE
    if marker.is_file():
        name, server = marker.read_text().split()
        drop_postgresql_database(name, server=server)


def copy_to(folder, database, media):
    """Copy the prepared SQLite database to the file `database` and its media files into `media`."""
    folder = Path(folder)
    shutil.copyfile(folder / DATABASE, database)
    _copy_media(folder, media)


def _copy_media(folder, media):
    if (folder / MEDIA).is_dir():
        shutil.copytree(folder / MEDIA, media, dirs_exist_ok=True)


def use_prepared_copy(connection, media, scratch):
    """Make this test process's database a copy of the prepared demo database, if one was built for
    the connection's vendor: True if so (the process then keeps it as it is: keepdb)."""
    folder = prepared_folder(connection.vendor)
    if folder is None:
        return False
    test = connection.settings_dict.setdefault("TEST", {})
    if connection.vendor == "sqlite":
        test["NAME"] = str(Path(scratch) / DATABASE)
        copy_to(folder, test["NAME"], media)
    else:
        test["NAME"] = test.get("NAME") or TEST_DATABASE_PREFIX + connection.settings_dict["NAME"]
        template = (folder / TEMPLATE).read_text().split()[0]
        recreate_postgresql_database(test["NAME"], template=template)
        _copy_media(folder, media)
    return True


def drop_copy(connection):
    """Remove a PostgreSQL copy made by use_prepared_copy (a SQLite copy goes with its folder)."""
    if connection.vendor == "postgresql":
        connections.close_all()
        drop_postgresql_database(connection.settings_dict["TEST"]["NAME"])


if __name__ == "__main__":
    command, folder, *server = sys.argv[1:]
    if command == "build":
        build(folder, *server)
    elif command == "drop":
        drop(folder)
    else:
        sys.exit(f"unknown command {command!r}: build <folder> [PostgreSQL URL] | drop <folder>")
