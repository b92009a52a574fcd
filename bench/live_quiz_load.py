#!/usr/bin/env python
"""Load test of the live class quiz: whole classes joining, following the teacher and answering.

Builds its own PostgreSQL database (its name derived from the configured one, so parallel runs
never clash), migrates it with the production settings, adds a quiz with the number of
questions asked for, and serves the site with gunicorn (the project's gunicorn.conf.py) on
127.0.0.1. Then, with one asyncio client per device (aiohttp), every class runs a whole quiz:
the teacher's device opens the room, waits for the class, starts, reveals when everyone has
answered and moves on; each pupil's phone joins with the code and symbols, polls its panel
every second with If-None-Match as live.js does, and answers each question after a short think.

Prints the date, machine, load average and command; the generator's own CPU share and the
server's; answer p50/p95; teacher click to phone (every phone, and the last phone of each
click) p50/p95; answers sent and stored; errors.

    .venv/bin/python bench/live_quiz_load.py --classes 10 --questions 10
    .venv/bin/python bench/live_quiz_load.py --classes 30 --questions 4 --redis

Environment: PG_TEST_DATABASE_URL (or BENCH_DATABASE_URL) names the PostgreSQL server and the
database the bench's own name is derived from; VIGILANT_TEST_PORTS the ports it may use;
TEST_REDIS_URL the Redis for --redis. Nothing leaves 127.0.0.1; every wait is bounded.
"""

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import aiohttp
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.harness.demo_server import free_port, port_range  # noqa: E402

SETUP = """
import os
from core.demo import ensure_home_page
from core.demo.content import ContentLoader, build
loader = ContentLoader(languages=())  # French only: the load test needs no translation
ensure_home_page(loader)
sexting = dict(loader.data_file("quizzes/quiz-sexting.yaml").data)
count = int(os.environ["BENCH_QUESTIONS"])
questions = (sexting["questions"] * count)[:count]
quiz = build({**sexting, "slug": f"bench-quiz-{count}", "questions": questions})
print("QUIZ", quiz.pk, len(quiz.question_list))
"""
POLL_SECONDS = 1.0  # what live.js does on a pupil's phone
HOST_POLL_SECONDS = 0.5
WAIT_LIMIT = 120  # seconds any one wait may last
CHOICE = re.compile(r'name="choice" value="([^"]+)"')
QUESTION = re.compile(r'name="question" value="(\d+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def server_url(name):
    configured = os.environ.get("BENCH_DATABASE_URL") or os.environ.get(
        "PG_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/vigilant"
    )
    parts = urllib.parse.urlsplit(configured)
    base = parts.path.lstrip("/") or "vigilant"
    return parts._replace(path="/" + name).geturl(), base


class Metrics:
    def __init__(self):
        self.latency = defaultdict(list)
        self.errors = defaultdict(int)
        self.sent = 0
        self.refused = 0
        self.retries = 0
        self.clicks = {}  # (class, session version) -> perf_counter of the click
        self.seen = defaultdict(dict)  # (class, version) -> {pupil: seconds after the click}

    def error(self, name, detail=""):
        self.errors[name] += 1
        if self.errors[name] <= 3:
            print(f"  error in {name}: {detail}", file=sys.stderr)


class Device:
    """One phone or laptop: its own cookies, sharing the generator's connection pool."""

    def __init__(self, http, base, metrics):
        self.http = http
        self.base = base
        self.metrics = metrics
        self.cookies = {}

    async def request(self, method, path, data=None, headers=None, metric=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if data is not None:
            token = next((v for k, v in self.cookies.items() if k.endswith("csrftoken")), "")
            data = {**data, "csrfmiddlewaretoken": token}
        started = time.perf_counter()
        for attempt in range(2):
            try:
                async with self.http.request(
                    method, self.base + path, data=data, headers=headers, allow_redirects=False
                ) as response:
                    body = await response.text()
                    elapsed = time.perf_counter() - started
                    for header in response.headers.getall("Set-Cookie", []):
                        name, _sep, value = header.split(";", 1)[0].partition("=")
                        self.cookies[name.strip()] = value.strip()
                break
            except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as error:
                # A kept-alive connection the server closed as it was reused: browsers send again.
                self.metrics.retries += 1
                if attempt == 1:
                    if metric:
                        self.metrics.error(metric, repr(error))
                    return 0, "", {}
            except (TimeoutError, aiohttp.ClientError) as error:
                if metric:
                    self.metrics.error(metric, repr(error))
                return 0, "", {}
        if metric:
            self.metrics.latency[metric].append(elapsed)
            if response.status >= 500:
                self.metrics.error(metric, f"{response.status} {path}")
        return response.status, body, response.headers


class ClassRun:
    def __init__(self, number, args, quiz_pk, base, http, metrics, db_url):
        self.number = number
        self.args = args
        self.quiz_pk = quiz_pk
        self.base = base
        self.http = http
        self.metrics = metrics
        self.db_url = db_url
        self.code = None
        self.symbols = None
        self.ready = asyncio.Event()
        self.done = False
        self.failed = False

    async def teacher(self):
        device = Device(self.http, self.base, self.metrics)
        # Classes do not all start at the same second: each starts within the stagger window.
        await asyncio.sleep(self.number * self.args.stagger / max(1, self.args.classes_now))
        try:
            await device.request("GET", f"/fr/quiz-live/start/{self.quiz_pk}/")
            status, _body, headers = await device.request(
                "POST", f"/fr/quiz-live/start/{self.quiz_pk}/", {}, metric="teacher"
            )
            if status != 302:
                raise RuntimeError(f"start answered {status}")
            self.code = headers["Location"].rstrip("/").split("/")[-2]
            self.symbols = await asyncio.to_thread(self._symbols)
            self.ready.set()
            state = await self._wait(device, lambda s: s["joined"] >= self.args.pupils)
            for step in range(self.args.questions * 2 + 1):
                if step == 0:
                    action = "start"
                elif step % 2 == 1:
                    state = await self._wait(device, lambda s: s["answered"] >= self.args.pupils)
                    action = "reveal"
                else:
                    await asyncio.sleep(self.args.reveal_seconds)  # the class reads the explanation
                    state = await self._wait(device, lambda s: True)
                    action = "next"
                version = int(state["version"].split(".")[0])
                self.metrics.clicks[(self.number, version + 1)] = time.perf_counter()
                status, _b, _h = await device.request(
                    "POST",
                    f"/fr/quiz-live/{self.code}/control/{action}/",
                    {"version": version},
                    headers={"X-Live-Panel": "1"},
                    metric="teacher",
                )
                if status != 204:
                    raise RuntimeError(f"{action} answered {status}")
        except Exception as error:  # noqa: BLE001 - report, and let this class's pupils stop
            print(f"class {self.number}: the teacher stopped: {error!r}", file=sys.stderr)
            self.failed = True
        finally:
            self.done = True
            self.ready.set()

    def _symbols(self):
        with psycopg.connect(self.db_url) as db:
            return db.execute("SELECT symbols FROM rooms_room WHERE code = %s", (self.code,)).fetchone()[0]

    async def _wait(self, device, condition):
        deadline = time.monotonic() + WAIT_LIMIT
        while time.monotonic() < deadline:
            status, body, _h = await device.request("GET", f"/fr/quiz-live/{self.code}/state.json", metric="host poll")
            if status == 200:
                state = json.loads(body)
                if condition(state):
                    return state
            await asyncio.sleep(HOST_POLL_SECONDS)
        raise RuntimeError("timed out waiting for the class")

    async def pupil(self, number):
        device = Device(self.http, self.base, self.metrics)
        await self.ready.wait()
        if self.failed:
            return
        await asyncio.sleep(random.uniform(0, self.args.join_spread))  # noqa: S311 - pupils type at their own pace
        await device.request("GET", f"/fr/join/?code={self.code}")
        data = {"code": self.code, **{f"symbol{n + 1}": letter for n, letter in enumerate(self.symbols)}}
        status, _body, _h = await device.request("POST", "/fr/join/", data, metric="join")
        if status != 302:
            self.metrics.error("join", f"status {status}")
            return
        panel = f"/fr/quiz-live/{self.code}/panel/"
        etag = None
        answered = set()
        deadline = time.monotonic() + WAIT_LIMIT * (self.args.questions + 2)
        while time.monotonic() < deadline and not (self.done and self.failed):
            headers = {"X-Live-Panel": "1", **({"If-None-Match": etag} if etag else {})}
            status, body, response_headers = await device.request("GET", panel, headers=headers, metric="poll")
            if status == 200:
                etag = response_headers.get("ETag")
                version = int(etag.strip('"').lstrip("p").split(".")[0])
                # This phone now shows this version's phase: every click up to it has reached it
                # (a slow phone may skip a phase and show the next one directly).
                for seen_version in range(2, version + 1):
                    clicked = self.metrics.clicks.get((self.number, seen_version))
                    seen = self.metrics.seen[(self.number, seen_version)]
                    if clicked is not None and number not in seen:
                        seen[number] = time.perf_counter() - clicked
                if "quiz-score" in body:
                    return  # the quiz is over on this phone
                question = QUESTION.search(body)
                if question and question.group(1) not in answered:
                    await asyncio.sleep(random.uniform(*self.args.think))  # noqa: S311
                    choice = random.choice(CHOICE.findall(body))  # noqa: S311
                    csrf = CSRF.search(body)
                    form = {"question": question.group(1), "choice": choice, "csrfmiddlewaretoken": csrf.group(1)}
                    presses = 0
                    while presses < 3:  # a pupil whose answer did not go through presses again
                        presses += 1
                        status, body, response_headers = await device.request(
                            "POST",
                            f"/fr/quiz-live/{self.code}/answer/",
                            form,
                            headers={"X-Live-Panel": "1"},
                            metric="answer",
                        )
                        if status != 0:
                            break
                    answered.add(question.group(1))
                    # 409 after a lost response: the first press was stored ("already answered").
                    if status == 200 or (status == 409 and presses > 1):
                        self.metrics.sent += 1
                        etag = response_headers.get("ETag", etag) if status == 200 else None
                    else:
                        self.metrics.refused += 1
                        self.metrics.error("answer", f"status {status}")
                    continue
            elif status not in (304,):
                self.metrics.error("poll", f"status {status}")
            await asyncio.sleep(POLL_SECONDS * random.uniform(0.9, 1.1))  # noqa: S311 - as live.js
        if time.monotonic() >= deadline:
            self.metrics.error("pupil", "did not reach the end")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else float("nan")


def cpu_seconds(pid):
    """User + system CPU seconds of a process and its children (gunicorn's master and workers)."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return 0.0
    for each in pids:
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError):
            pass
    return total


def postgres_cpu_seconds():
    """User + system CPU seconds of every PostgreSQL process on this machine (the server the bench
    uses runs here too), with the backends that ended (counted in their parent): what the database
    costs is part of what a class costs."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() != "postgres":
                continue
            fields = (comm.parent / "stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(field) for field in fields[11:15]) / ticks
        except (OSError, IndexError):
            pass  # a backend that ended meanwhile
    return total


def machine():
    model = ""
    with contextlib.suppress(OSError, StopIteration):
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return f"{platform.node()}, {os.cpu_count()} CPU cores {model}, Python {platform.python_version()}"


def prepare(args, env, db_name, db_url):
    admin_url, _base = server_url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{db_name}"')
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        subprocess.run([*manage, *command], env=env, check=True, cwd=ROOT, timeout=900)
    out = subprocess.run(
        [*manage, "shell", "-c", SETUP],
        env={**env, "BENCH_QUESTIONS": str(args.questions)},
        check=True,
        cwd=ROOT,
        timeout=600,
        capture_output=True,
        text=True,
    ).stdout
    _label, quiz_pk, questions = next(line for line in out.splitlines() if line.startswith("QUIZ")).split()
    return int(quiz_pk), int(questions)


async def run_level(args, classes, quiz_pk, base, db_url, server_pid):
    args.classes_now = classes
    with psycopg.connect(db_url, autocommit=True) as db:
        db.execute("DELETE FROM rooms_room; DELETE FROM core_counter WHERE key LIKE 'rooms:%'")
    metrics = Metrics()
    # Idle connections are dropped before gunicorn's own keep-alive (2 s) closes them.
    connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=None, keepalive_timeout=1.0)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, cookie_jar=aiohttp.DummyCookieJar()) as http:
        runs = [ClassRun(n, args, quiz_pk, base, http, metrics, db_url) for n in range(classes)]
        wall, cpu, server_cpu = time.perf_counter(), time.process_time(), cpu_seconds(server_pid)
        database_cpu = postgres_cpu_seconds()
        load_before = os.getloadavg()
        tasks = []
        for run in runs:
            tasks.append(run.teacher())
            tasks += [run.pupil(n) for n in range(args.pupils)]
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - wall
        cpu = time.process_time() - cpu
        server_cpu = cpu_seconds(server_pid) - server_cpu
        database_cpu = postgres_cpu_seconds() - database_cpu
    with psycopg.connect(db_url) as db:
        stored = db.execute("SELECT count(*) FROM quizzes_liveanswer").fetchone()[0]
    expected = classes * args.pupils * args.questions
    requests = sum(len(values) for values in metrics.latency.values())
    every_phone = [v for seen in metrics.seen.values() for v in seen.values()]
    last_phone = [max(seen.values()) for seen in metrics.seen.values() if len(seen) == args.pupils]
    missed = sum(1 for seen in metrics.seen.values() if len(seen) < args.pupils)
    failed = sum(run.failed for run in runs)
    ms = 1000
    print(f"\n== {classes} classes x {args.pupils} pupils x {args.questions} questions: {wall:.0f} s ==")
    print(
        f"load generator CPU: {100 * cpu / wall:.0f}% of one core ({100 * cpu / wall / os.cpu_count():.0f}% of the"
        f" machine); gunicorn CPU: {100 * server_cpu / wall / os.cpu_count():.0f}% of the machine,"
        f" {1000 * server_cpu / max(1, requests):.1f} ms per request ({requests} requests);"
        f" PostgreSQL CPU: {100 * database_cpu / wall / os.cpu_count():.0f}% of the machine;"
        f" load average {load_before[0]:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    print(f"{'':<26}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    rows = [("join", metrics.latency["join"]), ("answer", metrics.latency["answer"])]
    rows += [("poll (mostly 304)", metrics.latency["poll"]), ("teacher click", metrics.latency["teacher"])]
    rows += [("click -> each phone", every_phone), ("click -> last phone", last_phone)]
    for name, values in rows:
        if values:
            print(
                f"{name:<26}{len(values):>7}{percentile(values, 0.5) * ms:>9.0f}"
                f"{percentile(values, 0.95) * ms:>9.0f}{max(values) * ms:>9.0f}"
            )
    errors = sum(metrics.errors.values())
    verdict = "OK" if stored == metrics.sent == expected and not errors and not failed and not missed else "MISMATCH"
    print(
        f"answers expected {expected}, sent {metrics.sent}, refused {metrics.refused}, stored {stored}: {verdict};"
        f" errors {dict(metrics.errors) or 0}; classes that stopped {failed}; clicks some phone missed {missed};"
        f" requests sent again after a closed keep-alive connection {metrics.retries}"
    )
    return {
        "answer_p95": percentile(metrics.latency["answer"], 0.95),
        "click_p95": percentile(every_phone, 0.95),
        "ok": verdict == "OK",
    }


def _stop(_signum, _frame):
    raise KeyboardInterrupt  # so that the server is stopped and the database dropped


def main():
    signal.signal(signal.SIGTERM, _stop)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--classes", type=int, nargs="+", default=[10])
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (WEB_CONCURRENCY)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (GUNICORN_THREADS)")
    parser.add_argument("--think", type=float, nargs=2, default=[1.0, 6.0], metavar=("MIN", "MAX"))
    parser.add_argument("--join-spread", type=float, default=20.0, help="seconds over which a class joins")
    parser.add_argument("--reveal-seconds", type=float, default=3.0)
    parser.add_argument("--stagger", type=float, default=60.0, help="seconds over which the classes start")
    parser.add_argument("--redis", action="store_true", help="cache and counters in Redis (TEST_REDIS_URL)")
    args = parser.parse_args()

    run_id = secrets.token_hex(3)
    _url, base_name = server_url("")
    db_name = f"{base_name}_bench_live"
    db_url, _ = server_url(db_name)
    static_root = Path(tempfile.mkdtemp(prefix="vigilant-bench-static-"))
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="vigilant.settings.production",  # production, minus HTTPS on loopback
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(static_root),
        DATABASE_URL=db_url,
        DB_CONN_MAX_AGE="60",
        WEB_CONCURRENCY=str(args.workers),
        GUNICORN_THREADS=str(args.threads),
        ROOMS_OPENS_PER_ADDRESS_PER_HOUR="100000",  # every class opens its room from 127.0.0.1
    )
    if args.redis:
        env["REDIS_URL"] = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
        env["CACHE_KEY_PREFIX"] = f"{db_name}-{run_id}"
    port = free_port(port_range())
    print(f"Vigilant live quiz benchmark, {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"machine: {machine()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"command: {shlex.join([Path(sys.executable).name, *sys.argv])}")
    print("preparing the database (migrate, static files, quiz)...", flush=True)
    quiz_pk, args.questions = prepare(args, env, db_name, db_url)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "vigilant.wsgi",
         "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null", "--max-requests", "0"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2).close()
                break
            except OSError:
                time.sleep(0.3)
        cache = f"Redis ({env['REDIS_URL']})" if args.redis else "database cache, counters in PostgreSQL"
        print(
            f"server: gunicorn (gunicorn.conf.py, gthread) {args.workers} workers x {args.threads} threads,"
            f" no recycling, production settings; PostgreSQL database {db_name}; {cache}"
        )
        print(
            f"pupils poll every {POLL_SECONDS:.0f} s with If-None-Match; think {args.think[0]:g}-{args.think[1]:g} s"
            f" per answer; a class joins over {args.join_spread:g} s; classes start over {args.stagger:g} s"
        )
        for classes in args.classes:
            asyncio.run(run_level(args, classes, quiz_pk, f"http://127.0.0.1:{port}", db_url, server.pid))
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)
        admin_url, _ = server_url("postgres")
        with psycopg.connect(admin_url, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
