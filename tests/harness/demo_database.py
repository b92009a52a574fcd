"""The demo site's SQLite database, built once per `make test` and copied by every run that needs it.

Migrating and loading the demo content costs about 75 CPU seconds. scripts/run_tests.sh builds
it once (`python -m tests.harness.demo_database <folder>`) and names the folder in
$VIGILANT_DEMO_SQLITE; the SQLite run of the suite (tests/conftest.py) and the browser journeys'
server (tests/harness/demo_server.py) then start from a copy of the database and its media files
instead of building their own. Without the variable each builds its own, as before.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV_VAR = "VIGILANT_DEMO_SQLITE"
DATABASE = "db.sqlite3"
MEDIA = "media"


def prepared_folder():
    """The folder holding a prepared demo database and its media, or None when there is none."""
    folder = os.environ.get(ENV_VAR)
    if folder and (Path(folder) / DATABASE).is_file():
        return Path(folder)
    return None


def manage_env(database, media):
    """The environment of a manage.py run on the SQLite file `database`, files in `media`."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="vigilant.settings.test",
        DATABASE_URL=f"sqlite:///{database}",
        TEST_MEDIA_ROOT=str(media),
        MEDIA_ROOT=str(media),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def build(folder):
    """migrate, createcachetable and load_demo into `folder` (db.sqlite3 and media/)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    env = manage_env(folder / DATABASE, folder / MEDIA)
    for args in (["migrate", "--noinput", "-v", "0"], ["createcachetable"], ["load_demo"]):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return folder


def copy_to(folder, database, media):
    """Copy the prepared database to the file `database` and its media files into `media`."""
    folder = Path(folder)
    shutil.copyfile(folder / DATABASE, database)
    if (folder / MEDIA).is_dir():
        shutil.copytree(folder / MEDIA, media, dirs_exist_ok=True)


if __name__ == "__main__":
    build(sys.argv[1])
