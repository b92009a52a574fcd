"""Side-by-side rates on the Procfile's own web command: a static file, a cached page, an uncached page.

    .venv/bin/python -m bench.throughput [--seconds 10] [--connections 24] [--path /fr/fiches/sexting/]

Prepares a throw-away SQLite database with the demo content (migrate, load_demo, collectstatic),
then starts the `web:` line of the Procfile (gunicorn with gunicorn.conf.py, production settings)
on 127.0.0.1, and drives it with wrk (Debian's package; `make bench` installs it), a C load
generator that uses a fraction of one core, so the figures are the server's, not the client's.

Three measurements, one after the other in the same run, each for the same number of seconds over
the same number of keep-alive connections:

- a static file (the site's stylesheet, hashed and pre-compressed by whitenoise);
- the factsheet from the page cache (the server as configured: PAGE_CACHE_SECONDS=600);
- the same factsheet rendered on every request (the server restarted with PAGE_CACHE_SECONDS=0).

It prints requests/s, p50/p99 latency, the CPU wrk itself used (as a share of one core), the CPU
the gunicorn processes used, the workers' memory before and after (the figure that says whether
recycling workers is needed), the cached/static ratio, and the machine (cores, load average).
"""

import argparse
import datetime
import os
import platform
import re
import resource
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.harness.demo_server import ROOT, DemoServer, free_port, port_range, stop_server

FACTSHEET = "/fr/fiches/sexting/"
STYLESHEET = re.compile(r'<link[^>]+rel="stylesheet"[^>]+href="(/static/[^"]+\.css)"')


def procfile_command(name="web"):
    """The Procfile's `name:` line as an argument list, with gunicorn run from this interpreter."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            args = line.split(":", 1)[1].split()
            if args[0] == "gunicorn":
                args = [sys.executable, "-m", "gunicorn", *args[1:]]
            return args
    raise RuntimeError(f"no {name}: line in the Procfile")


def process_tree(pid):
    """pid and its children's pids (gunicorn's master and workers)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    kids = [int(p) for p in children.read_text().split()] if children.exists() else []
    return [pid, *kids]


def cpu_seconds(pids):
    """CPU time of gunicorn's master (with its reaped children: recycled workers) and live workers."""
    total = 0.0
    for index, pid in enumerate(pids):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks = int(fields[11]) + int(fields[12])  # utime, stime
        if index == 0:
            ticks += int(fields[13]) + int(fields[14])  # cutime, cstime: workers that ended
        total += ticks / os.sysconf("SC_CLK_TCK")
    return total


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class ProcfileServer:
    """The Procfile's web process, against the prepared demo database."""

    def __init__(self, demo, extra_env):
        self.demo = demo
        self.extra_env = extra_env
        self.process = None
        self.port = None

    def start(self):
        self.port = free_port(port_range())
        env = {**self.demo.env, **self.extra_env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self.log = open(self.demo.tmp / "procfile-web.log", "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            procfile_command(), cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.demo.tmp / "procfile-web.log").read_text())
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/robots.txt", timeout=2):
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the Procfile's web process did not answer within 60 s")

    def get(self, path):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as response:
            return response.read().decode()

    def workers(self):
        return process_tree(self.process.pid)[1:]

    def stop(self):
        stop_server(self.process, getattr(self, "log", None))


def wrk(port, path, seconds, connections):
    """Runs wrk; returns requests/s, p50 and p99 in ms, non-2xx count, and wrk's own CPU share of one core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            "Accept-Encoding: gzip",
            "-H",  # a browser's User-Agent: readers' page views are counted (readership), robots' are not
            "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = result.stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors:.*", out)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / wall
    bad = int(bad.group(1)) if bad else 0
    return {"rate": rate, "p50": p50, "p99": p99, "bad": bad, "socket_errors": socket_errors, "wrk_cpu": cpu}


def _ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def measure(server, path, seconds, connections):
    pids = process_tree(server.process.pid)
    cpu_before = cpu_seconds(pids)
    started = time.monotonic()
    figures = wrk(server.port, path, seconds, connections)
    figures["server_cpu"] = (cpu_seconds(process_tree(server.process.pid)) - cpu_before) / (time.monotonic() - started)
    figures["restarts"] = len(set(process_tree(server.process.pid)) - set(pids))
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10, help="seconds of load per measurement (default 10)")
    # gunicorn's gthread workers keep a connection on the worker that accepted it: with 8, one
    # worker sometimes held most of them while the other cores idled, and a row's rate swung 2x
    # between runs. 24 keep every worker busy; the server CPU per request is the steady figure.
    parser.add_argument("--connections", type=int, default=24, help="concurrent keep-alive connections (default 24)")
    parser.add_argument("--path", default=FACTSHEET, help=f"the page to measure (default {FACTSHEET})")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `make bench` installs it (Debian package wrk).")

    env = {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "ERROR",
    }
    demo = DemoServer(settings="vigilant.settings.production", extra_env=env, collectstatic=True)
    print("Preparing the demo database and static files…", file=sys.stderr)
    demo.prepare()
    try:
        rows, memory = run(demo, args)
        cost = render_cost(demo, args.path)
    finally:
        demo.cleanup()
    print_report(args, rows, memory, cost)
    return 0


def run(demo, args):
    """The three measurements; returns the rows and the workers' memory at each step."""
    rows, memory = {}, {}
    cached = ProcfileServer(demo, {"PAGE_CACHE_SECONDS": "600"}).start()
    try:
        stylesheet = STYLESHEET.search(cached.get(args.path)).group(1)
        cached.get(args.path)  # fill the page cache
        memory["start"] = [rss_mb(pid) for pid in cached.workers()]
        rows["static file"] = (stylesheet, measure(cached, stylesheet, args.seconds, args.connections))
        rows["cached page"] = (args.path, measure(cached, args.path, args.seconds, args.connections))
        memory["after cached"] = [rss_mb(pid) for pid in cached.workers()]
    finally:
        cached.stop()
    uncached = ProcfileServer(demo, {"PAGE_CACHE_SECONDS": "0"}).start()
    try:
        uncached.get(args.path)
        rows["uncached page"] = (args.path, measure(uncached, args.path, args.seconds, args.connections))
        memory["after uncached"] = [rss_mb(pid) for pid in uncached.workers()]
    finally:
        uncached.stop()
    return rows, memory


def render_cost(demo, path, renders=40):
    """CPU milliseconds one uncached render of `path` takes in-process (median of `renders`), and its
    queries: a figure that other load on the machine barely moves, unlike requests per second."""
    import statistics

    os.environ.update(demo.env)
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for _ in range(5):
        client.get(path)  # warm templates and per-process memos
    samples = []
    for _ in range(renders):
        started = time.process_time()
        client.get(path)
        samples.append(time.process_time() - started)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return statistics.median(samples) * 1000, len(queries)


def print_report(args, rows, memory, cost=None):
    load = os.getloadavg()
    print(
        f"\n{datetime.date.today().isoformat()}, {platform.node()}: {os.cpu_count()} CPU cores, "
        f"{platform.processor() or platform.machine()}, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}"
    )
    print(f"Command: {' '.join([Path(sys.executable).name, *sys.orig_argv[1:]])}")
    print(f"Server: the Procfile's web line ({' '.join(procfile_command()[3:])}), production settings, SQLite")
    print(f"Load: wrk, 1 thread, {args.connections} keep-alive connections, {args.seconds} s per row, gzip accepted\n")
    print(
        "| Measured | Path | req/s | p50 / p99 ms | non-2xx | socket errors | wrk CPU (of one core) "
        "| server CPU (cores) | server CPU ms per request | workers started |"
    )
    print("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for name, (path, f) in rows.items():
        errors = f["socket_errors"].group(0).removeprefix("Socket errors: ") if f["socket_errors"] else "none"
        per_request = f["server_cpu"] * 1000 / f["rate"] if f["rate"] else float("nan")
        print(
            f"| {name} | `{path}` | {f['rate']:.0f} | {f['p50']:.1f} / {f['p99']:.1f} | {f['bad']} | {errors} "
            f"| {f['wrk_cpu'] * 100:.0f} % | {f['server_cpu']:.2f} | {per_request:.1f} | {f['restarts']} |"
        )
    static, cached = rows["static file"][1]["rate"], rows["cached page"][1]["rate"]
    print(f"\nCached page / static file: {cached / static:.2f}x (goal >= 0.5x)")
    print(f"Uncached page: {rows['uncached page'][1]['rate']:.1f} req/s")
    if cost:
        print(f"Uncached page, in-process: {cost[0]:.1f} ms CPU per render (median), {cost[1]} queries")
    for moment, sizes in memory.items():
        print(f"Worker memory {moment}: {', '.join(f'{mb:.0f} MB' for mb in sizes)}")


if __name__ == "__main__":
    sys.exit(main())
