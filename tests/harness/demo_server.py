"""Serve the demo site with the real server (gunicorn) on 127.0.0.1, against a throw-away database.

Used by the browser tests (tests/browser) and the benchmark (bench/pages.py). The database is a
fresh SQLite file in a temporary folder, prepared once (migrate, createcachetable, load_demo), so
nothing touches the developer's own database. pytest-django's live_server is deliberately not used:
it flushes Wagtail's page tree between tests (see shared STACK-NOTES).
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from defusedxml import ElementTree  # installed with Wagtail (Willow)

from tests.harness import demo_database

ROOT = Path(__file__).resolve().parents[2]
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

# One line per live page: its URL path and its page type ("app_label.ModelName").
PAGE_TYPES_SCRIPT = """
import json
from wagtail.models import Page
rows = {}
for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
    url = page.get_url()
    if url:
        rows[url] = page._meta.label
print("PAGE-TYPES" + json.dumps(rows))
"""


def free_port(candidates):
    """The first port in `candidates` nobody listens on (the task gives each worktree a range)."""
    for port in candidates:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError(f"no free port in {candidates}")


def port_range():
    """Ports from $VIGILANT_TEST_PORTS ("8170-8179"), else 8170-8179."""
    first, _, last = os.environ.get("VIGILANT_TEST_PORTS", "8170-8179").partition("-")
    return range(int(first), int(last or first) + 1)


def stop_server(process, log=None):
    """Stop a server process (terminate, then kill after 15 s) and close its log file."""
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    if log:
        log.close()


class DemoServer:
    """gunicorn serving the demo content. Use as a context manager; `base_url` once started."""

    def __init__(self, settings="vigilant.settings.test", workers=2, threads=2, extra_env=None, collectstatic=False):
        self.settings = settings
        self.workers = workers
        self.threads = threads
        self.extra_env = extra_env or {}
        self.collectstatic = collectstatic
        self.tmp = Path(tempfile.mkdtemp(prefix="vigilant-demo-"))
        self.port = None
        self.process = None
        self.page_types = {}
        self.log_path = self.tmp / "gunicorn.log"

    # -- environment ---------------------------------------------------------------------------
    @property
    def env(self):
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
        env.update(
            DJANGO_SETTINGS_MODULE=self.settings,
            DATABASE_URL=f"sqlite:///{self.tmp / 'db.sqlite3'}",
            TEST_MEDIA_ROOT=str(self.tmp / "media"),
            MEDIA_ROOT=str(self.tmp / "media"),
            STATIC_ROOT=str(self.tmp / "static"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.update(self.extra_env)
        return env

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    # -- life cycle ----------------------------------------------------------------------------
    def prepare(self):
        prepared = demo_database.prepared_folder()
        if prepared and self.settings == "vigilant.settings.test":
            # The run's demo database (tests/harness/demo_database.py), copied: built once per run.
            demo_database.copy_to(prepared, self.tmp / "db.sqlite3", self.tmp / "media")
        else:
            self.manage("migrate", "--noinput", "-v", "0")
            self.manage("createcachetable")
            self.manage("load_demo")
        if self.collectstatic:
            self.manage("collectstatic", "--noinput", "-v", "0")
        out = self.manage("shell", "-c", PAGE_TYPES_SCRIPT)
        self.page_types = json.loads(out.split("PAGE-TYPES", 1)[1])

    def create_superuser(self, username, password):
        """An administrator account for admin journeys (idempotent)."""
        code = (
            "from django.contrib.auth import get_user_model; U = get_user_model(); "
            f"U.objects.filter(username={username!r}).exists() or "
            f"U.objects.create_superuser({username!r}, {username + '@example.org'!r}, {password!r})"
        )
        self.manage("shell", "-c", code)

    def start(self):
        self.port = free_port(port_range())
        env = {**self.env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        env["WEB_CONCURRENCY"] = str(self.workers)
        env["GUNICORN_THREADS"] = str(self.threads)
        self._log = open(self.log_path, "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "vigilant.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/robots.txt", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within 60 s:\n{self.log_path.read_text()}")

    def stop(self):
        stop_server(self.process, getattr(self, "_log", None))

    def cleanup(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self):
        self.prepare()
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        self.cleanup()

    # -- discovery -----------------------------------------------------------------------------
    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def get(self, path):
        with urllib.request.urlopen(self.base_url + path, timeout=30) as response:
            return response.read()

    def sitemap_paths(self):
        """Every page the per-locale sitemaps list, as URL paths, in sitemap order, by locale."""
        index = ElementTree.fromstring(self.get("/sitemap.xml"))
        paths = {}
        for loc in index.findall("sm:sitemap/sm:loc", SITEMAP_NS):
            section = urllib.parse.urlsplit(loc.text).path
            language = section.removeprefix("/sitemap-").removesuffix(".xml")
            tree = ElementTree.fromstring(self.get(section))
            paths[language] = [
                urllib.parse.urlsplit(url.text).path for url in tree.findall("sm:url/sm:loc", SITEMAP_NS)
            ]
        return paths

    def page_type_samples(self):
        """One URL path per (page type, locale): the first the sitemap lists."""
        samples = {}
        for language, paths in self.sitemap_paths().items():
            for path in paths:
                page_type = self.page_types.get(path, "unknown")
                samples.setdefault((page_type, language), path)
        return samples
