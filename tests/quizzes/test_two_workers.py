"""Two gunicorn worker processes serve one class session: the state lives in the database.

Starts a real ``gunicorn -w 2`` on 127.0.0.1 against a copy of the run's database (SQLite or
PostgreSQL, with the demo content), drives a session through it, and checks from the access log
that both processes answered and that every answer agreed on the session's state.
"""

import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.harness.database_copy import copy_of_test_database, fetch_one

ROOT = Path(__file__).resolve().parents[2]


def _free_port():
    # A port the system hands out, so the SQLite and PostgreSQL runs of the suite can run side by side.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PORT = _free_port()
BASE = f"http://127.0.0.1:{PORT}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def get(self, path):
        try:
            with self.opener.open(BASE + path, timeout=10) as response:
                return response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers

    def post(self, path, data):
        token = next((c.value for c in self.jar if c.name == "csrftoken"), "")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True).encode()
        try:
            with self.opener.open(urllib.request.Request(BASE + path, data=body), timeout=10) as response:
                return response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers


def _port_free(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture(scope="module")
def two_workers(django_db_setup, django_db_blocker, tmp_path_factory):
    if not shutil.which("gunicorn", path=str(Path(sys.executable).parent)):
        pytest.skip("gunicorn is not installed")
    from quizzes.models import QuizPage

    with django_db_blocker.unblock():
        quiz_pk = QuizPage.objects.live().get(locale__language_code="fr", slug="quiz-sexting").pk
    folder = tmp_path_factory.mktemp("two-workers")
    with copy_of_test_database(folder, django_db_blocker, "two_workers") as (database_url, media):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "vigilant.settings.test",
            "DATABASE_URL": database_url,
            "TEST_MEDIA_ROOT": str(media),
            "DB_CONN_MAX_AGE": "0",
        }
        env.pop("REDIS_URL", None)
        access_log = folder / "access.log"
        error_log = folder / "error.log"
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "vigilant.wsgi:application",
                "--workers", "2",
                "--threads", "1",
                "--bind", f"127.0.0.1:{PORT}",
                "--access-logfile", str(access_log),
                "--error-logfile", str(error_log),
                "--access-logformat", "%(p)s %(m)s %(U)s %(s)s",
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            _wait_until_both_workers_answer(server, error_log)
            yield {"quiz_pk": quiz_pk, "database_url": database_url, "access_log": access_log}
        finally:
            server.terminate()
            server.wait(timeout=20)


def _wait_until_both_workers_answer(server, error_log, seconds=120):
    """Ready when gunicorn has booted both workers and the site answers; fail (never skip, never
    sleep and hope) if gunicorn exits or is not ready in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited ({server.returncode}):\n{error_log.read_text()[-2000:]}")
        booted = error_log.exists() and error_log.read_text().count("Booting worker") >= 2
        if booted and not _port_free(PORT) and Browser().get("/robots.txt")[0] == 200:
            return
        time.sleep(0.2)
    pytest.fail(
        f"gunicorn was not ready after {seconds} s:\n{error_log.read_text()[-2000:] if error_log.exists() else ''}"
    )


def _worker_pids(access_log, path_part):
    return {line.split()[0] for line in access_log.read_text().splitlines() if path_part in line}


def test_two_worker_processes_share_the_session_state(two_workers):
    teacher = Browser()
    status, _html, _headers = teacher.get(f"/fr/quiz-live/start/{two_workers['quiz_pk']}/")
    assert status == 200
    status, _html, headers = teacher.post(f"/fr/quiz-live/start/{two_workers['quiz_pk']}/", {})
    assert status == 302
    control_path = headers["Location"]
    code, symbols = fetch_one(two_workers["database_url"], "SELECT code, symbols FROM rooms_room")
    assert control_path == f"/fr/quiz-live/{code}/control/"

    pupils = [Browser() for _ in range(3)]
    for pupil in pupils:
        pupil.get(f"/fr/join/?code={code}")
        data = {"code": code, **{f"symbol{n + 1}": letter for n, letter in enumerate(symbols)}}
        assert pupil.post("/fr/join/", data)[0] == 302

    status, html, _headers = teacher.get(control_path)
    version = re.search(r'name="version" value="(\d+)"', html).group(1)
    assert teacher.post(f"/fr/quiz-live/{code}/control/start/", {"version": version})[0] == 302

    # Many parallel polls: the two workers both answer, and all see the question open.
    def poll(_n):
        status, body, _headers = pupils[_n % 3].get(f"/fr/quiz-live/{code}/panel/")
        return status, body

    with ThreadPoolExecutor(max_workers=8) as pool:
        states = list(pool.map(poll, range(60)))
    assert all(status == 200 and 'name="choice"' in body for status, body in states)
    assert len(_worker_pids(two_workers["access_log"], "/panel/")) == 2

    # An answer stored through one worker is counted by the other.
    _status, play_html, _headers = pupils[0].get(f"/fr/quiz-live/{code}/")
    choice = re.search(r'name="choice" value="([^"]+)"', play_html).group(1)
    assert pupils[0].post(f"/fr/quiz-live/{code}/answer/", {"question": 0, "choice": choice})[0] == 302
    assert pupils[0].post(f"/fr/quiz-live/{code}/answer/", {"question": 0, "choice": choice})[0] == 409

    def host_state(_n):
        return teacher.get(f"/fr/quiz-live/{code}/state.json")[1]

    with ThreadPoolExecutor(max_workers=8) as pool:
        host_states = list(pool.map(host_state, range(40)))
    assert all('"answered": 1' in body and '"joined": 3' in body for body in host_states)
    # The access log never shows the join code (vigilant/logs.py): it reads [redacted].
    assert f"/{code}/" not in two_workers["access_log"].read_text()
    assert len(_worker_pids(two_workers["access_log"], "/quiz-live/[redacted]/state.json")) == 2
