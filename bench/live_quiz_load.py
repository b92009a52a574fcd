#!/usr/bin/env python
"""Load test of the live classroom quiz: classes of 30 pupils joining and answering at once.

Runs the site under gunicorn (several workers, 127.0.0.1 only) against a fresh PostgreSQL
database, then simulates classes in parallel. Each class has a teacher (host page, start,
reveal, next) and 30 pupils who join with the code and symbols, poll the live state every
1.5 s like the real pages, load each question and all answer it at the same moment.

Prints p50/p95/p99 latency of join, answer and live-update (state polling) requests, how long
a teacher's click takes to reach the pupils' phones, and checks that the answers recorded in
the database equal the answers the pupils sent.

    .venv/bin/python bench/live_quiz_load.py                  # 10 classes
    .venv/bin/python bench/live_quiz_load.py --classes 10 20 30  # step up until it breaks

Every loop is bounded (deadlines below); nothing leaves 127.0.0.1.
"""

import argparse
import contextlib
import http.client
import json
import os
import random
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
DATABASE = os.environ.get("BENCH_DATABASE", "vigilant_bench_quizzes")  # one database per checkout
PG = "postgres://postgres@127.0.0.1:5432"
SETUP = """
from core.demo import ensure_home_page
from core.demo.content import ContentLoader
loader = ContentLoader(languages=())  # French only: the load test needs no translation
ensure_home_page(loader)
(quiz,) = loader.ensure(loader.data_file("quizzes/quiz-sexting.yaml"))
print(quiz.pk, len(quiz.question_list))
"""
POLL_SECONDS = 1.5
PHASE_DEADLINE = 90  # seconds any one wait may last
CHOICE = re.compile(r'name="choice" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')


class Metrics:
    def __init__(self):
        self.latencies = defaultdict(list)
        self.errors = defaultdict(int)
        self.lock = threading.Lock()

    def add(self, name, seconds):
        with self.lock:
            self.latencies[name].append(seconds)

    def error(self, name):
        with self.lock:
            self.errors[name] += 1


class Client:
    """One device: a keep-alive connection and its cookies."""

    def __init__(self, port, metrics):
        self.port = port
        self.metrics = metrics
        self.conn = None
        self.cookies = {}

    def request(self, method, path, data=None, metric=None):
        body = None
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if data is not None:
            token = next((v for k, v in self.cookies.items() if k.endswith("csrftoken")), "")
            data = {**data, "csrfmiddlewaretoken": token}
            body = urllib.parse.urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(3):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                started = time.perf_counter()
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                content = response.read()
                elapsed = time.perf_counter() - started
                break
            except (OSError, http.client.HTTPException):
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                if attempt == 2:
                    if metric:
                        self.metrics.error(metric)
                    return 0, b"", {}
                time.sleep(0.2)
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _sep, value = header.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
            self.conn = None
        if metric:
            self.metrics.add(metric, elapsed)
            if response.status >= 500:
                self.metrics.error(metric)
        return response.status, content, response.headers


class ClassRun:
    def __init__(self, number, args, quiz_pk, metrics):
        self.number = number
        self.args = args
        self.quiz_pk = quiz_pk
        self.metrics = metrics
        self.code = None
        self.symbols = None
        self.ready = threading.Event()
        self.barrier = threading.Barrier(args.pupils)
        self.answers_sent = 0
        self.answers_refused = 0
        self.changes = {}  # version -> time the teacher's click returned
        self.lock = threading.Lock()
        self.failed = False

    # Teacher ---------------------------------------------------------------------------
    def teacher(self):
        client = Client(self.args.port, self.metrics)
        try:
            client.request("GET", f"/fr/quiz-live/start/{self.quiz_pk}/")
            status, _body, headers = client.request("POST", f"/fr/quiz-live/start/{self.quiz_pk}/", {})
            host = headers.get("Location") if status == 302 else None
            if not host:
                raise RuntimeError(f"start failed: {status}")
            token = host.rstrip("/").rsplit("/", 1)[-1]
            with psycopg.connect(f"{PG}/{DATABASE}") as db:
                self.code, self.symbols = db.execute(
                    "SELECT code, room_symbols FROM quizzes_livesession"
                    " WHERE host_token_hash = encode(sha256(%s::bytea), 'hex')",
                    (token,),
                ).fetchone()
            self.ready.set()
            self._wait_host(client, token, lambda s: s["joined"] >= self.args.pupils)
            for action_index in range(self.args.questions * 2 + 1):
                _status, body, _h = client.request("GET", host)
                version = int(VERSION.search(body.decode()).group(1))
                if action_index == 0:
                    action = "start"
                elif action_index % 2 == 1:
                    self._wait_host(client, token, lambda s: s["answered"] >= self.args.pupils)
                    action = "reveal"
                else:
                    time.sleep(POLL_SECONDS + 0.5)  # let phones show the reveal
                    action = "next" if action_index < self.args.questions * 2 else "end"
                client.request(
                    "POST", f"/fr/quiz-live/host/{token}/{action}/", {"version": version}, metric="host action"
                )
                with self.lock:
                    self.changes[version + 1] = time.perf_counter()
        except Exception as error:  # noqa: BLE001 - report and let the pupils stop
            print(f"class {self.number}: teacher stopped: {error}", file=sys.stderr)
            self.failed = True
            self.ready.set()
            self.barrier.abort()

    def _wait_host(self, client, token, condition):
        deadline = time.monotonic() + PHASE_DEADLINE
        while time.monotonic() < deadline:
            status, body, _h = client.request("GET", f"/fr/quiz-live/host/{token}/state.json", metric="live update")
            if status == 200 and condition(json.loads(body)):
                return
            time.sleep(1.0)
        raise RuntimeError("timed out waiting for pupils")

    # Pupil -----------------------------------------------------------------------------
    def pupil(self):
        client = Client(self.args.port, self.metrics)
        if not self.ready.wait(PHASE_DEADLINE) or self.failed:
            return
        time.sleep(random.uniform(0, 3))  # pupils do not all type at the same moment  # noqa: S311
        client.request("GET", f"/fr/quiz-live/join/?code={self.code}")
        data = {"code": self.code, **{f"symbol{n + 1}": letter for n, letter in enumerate(self.symbols)}}
        status, _body, _h = client.request("POST", "/fr/quiz-live/join/", data, metric="join")
        if status != 302:
            self.metrics.error("join")
            return
        play = f"/fr/quiz-live/{self.code}/"
        seen_version = None
        answered = set()
        deadline = time.monotonic() + PHASE_DEADLINE * (self.args.questions + 2)
        while time.monotonic() < deadline and not self.failed:
            status, body, _h = client.request("GET", f"{play}state.json", metric="live update")
            if status != 200:
                time.sleep(POLL_SECONDS)
                continue
            state = json.loads(body)
            if state["version"] != seen_version:
                seen_version = state["version"]
                with self.lock:
                    clicked = self.changes.get(seen_version)
                if clicked:
                    self.metrics.add("click to phone", time.perf_counter() - clicked)
                _s, page, _h = client.request("GET", play, metric="page reload")
                if state["phase"] == "ended":
                    return
                index_match = re.search(r'name="question" value="(\d+)"', page.decode())
                if state["phase"] == "question" and index_match and index_match.group(1) not in answered:
                    choices = CHOICE.findall(page.decode())
                    with contextlib.suppress(threading.BrokenBarrierError):  # a pupil dropped out: answer anyway
                        self.barrier.wait(timeout=PHASE_DEADLINE)  # the whole class answers at once
                    status, _b, _h = client.request(
                        "POST",
                        f"{play}answer/",
                        {"question": index_match.group(1), "choice": random.choice(choices)},  # noqa: S311
                        metric="answer",
                    )
                    if status == 302:  # a browser follows the redirect back to the page
                        client.request("GET", play, metric="page reload")
                    with self.lock:
                        if status == 302:
                            self.answers_sent += 1
                        else:
                            self.answers_refused += 1
                    answered.add(index_match.group(1))
                    continue
            time.sleep(POLL_SECONDS + random.uniform(-0.2, 0.2))  # noqa: S311


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(metrics):
    print(f"{'request':<14}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    for name in ("join", "answer", "live update", "page reload", "host action", "click to phone"):
        values = metrics.latencies.get(name, [])
        if not values:
            continue
        p = [percentile(values, f) * 1000 for f in (0.5, 0.95, 0.99)]
        errors = metrics.errors.get(name, 0)
        print(f"{name:<14}{len(values):>8}{p[0]:>9.0f}{p[1]:>9.0f}{p[2]:>9.0f}{max(values) * 1000:>9.0f}{errors:>8}")


def prepare_database(env):
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        db.execute(f"CREATE DATABASE {DATABASE}")
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True, cwd=ROOT, timeout=600)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, check=True, cwd=ROOT, timeout=600)
    out = subprocess.run(
        [*manage, "shell", "-c", SETUP], env=env, check=True, cwd=ROOT, timeout=600, capture_output=True, text=True
    )
    quiz_pk, questions = out.stdout.strip().splitlines()[-1].split()
    return int(quiz_pk), int(questions)


def run_level(args, classes, quiz_pk):
    with psycopg.connect(f"{PG}/{DATABASE}", autocommit=True) as db:
        db.execute("DELETE FROM quizzes_liveanswer; DELETE FROM quizzes_livepupil; DELETE FROM quizzes_livesession")
    metrics = Metrics()
    runs = [ClassRun(n, args, quiz_pk, metrics) for n in range(classes)]
    threads = []
    for run in runs:
        threads.append(threading.Thread(target=run.teacher, daemon=True))
        threads += [threading.Thread(target=run.pupil, daemon=True) for _ in range(args.pupils)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=PHASE_DEADLINE * (args.questions + 4))
    duration = time.perf_counter() - started
    sent = sum(run.answers_sent for run in runs)
    refused = sum(run.answers_refused for run in runs)
    with psycopg.connect(f"{PG}/{DATABASE}") as db:
        recorded = db.execute("SELECT count(*) FROM quizzes_liveanswer").fetchone()[0]
    expected = classes * args.pupils * args.questions
    failed = sum(run.failed for run in runs)
    print(f"\n== {classes} classes x {args.pupils} pupils, {args.questions} questions, {duration:.0f} s ==")
    report(metrics)
    verdict = "OK" if recorded == sent == expected else "MISMATCH"
    print(f"answers expected {expected}, sent (302) {sent}, refused {refused}, recorded {recorded}: {verdict}")
    print(f"classes that did not finish: {failed}")
    p95_answer = percentile(metrics.latencies["answer"], 0.95) if metrics.latencies["answer"] else 99
    return verdict == "OK" and not failed and p95_answer < 2.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--classes", type=int, nargs="+", default=[10])
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8145)
    parser.add_argument("--redis", action="store_true", help="use Redis on 127.0.0.1:6379 as the cache")
    args = parser.parse_args()
    if not 8145 <= args.port <= 8149:
        parser.error("use a port between 8145 and 8149")
    # Production settings (hashed static files, no debug), minus HTTPS redirects: loopback HTTP only.
    static_root = Path(tempfile.mkdtemp(prefix="vigilant-bench-static-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vigilant.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(static_root),
        "DATABASE_URL": f"{PG}/{DATABASE}",
        "DB_CONN_MAX_AGE": "60",
    }
    env.pop("REDIS_URL", None)
    if args.redis:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/15"
        env["CACHE_KEY_PREFIX"] = "vigilant-bench-quizzes"
    quiz_pk, args.questions = prepare_database(env)
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "vigilant.wsgi:application",
         "--workers", str(args.workers), "--threads", str(args.threads), "--worker-class", "gthread",
         "--bind", f"127.0.0.1:{args.port}", "--access-logfile", "/dev/null", "--max-requests", "0",
         "--timeout", "60"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _attempt in range(150):
            try:
                http.client.HTTPConnection("127.0.0.1", args.port, timeout=1).request("GET", "/robots.txt")
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(2)
        cache = "Redis" if args.redis else "database"
        print(
            f"gunicorn: {args.workers} workers x {args.threads} threads on 127.0.0.1:{args.port}, "
            f"PostgreSQL {DATABASE}, cache {cache}, {os.cpu_count()} CPU cores"
        )
        for classes in args.classes:
            if not run_level(args, classes, quiz_pk):
                print(f"stopping: {classes} classes missed the target (all answers recorded, p95 answer < 2 s)")
                break
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
