"""Performance figures, measured on the demo site served by gunicorn.

    .venv/bin/python -m bench.pages [--requests 200] [--concurrency 8] [--workers 2] [--seconds 10]
    .venv/bin/python -m bench.pages --throughput-only

First, side by side on the Procfile's own web command (bench/throughput.py, load from wrk): a
static file, the factsheet from the page cache, and the factsheet rendered on every request.

Then, per page type:

Prepares a throw-away SQLite database (migrate + load_demo) and collectstatic, then serves it with
gunicorn on 127.0.0.1 under the production settings (DEBUG off, hashed and pre-compressed static
files), twice: with the page cache off ("cold": every request renders the page) and on. For each
page type (one French page per type, found through the sitemaps, plus every reader-facing route
without parameters) it prints requests/s and p50/p95 latency under concurrent load, the database
queries one render makes, and the bytes a phone (375 px wide, Debian chromium) downloads, split by
kind, the page scrolled to its end so that lazy illustrations count too. Static files are measured as
whitenoise sends them (gzip over plain HTTP; brotli over HTTPS is smaller); HTML is measured
gzip-compressed, as the front proxy sends it. Exits non-zero when a page type needs more than
100 KB in all (fonts and illustrations included). Everything is bounded: a fixed number of
requests per page, and a time cap.
"""

import argparse
import gzip
import http.client
import os
import secrets
import sys
import threading
import time
from collections import defaultdict

from bench import throughput
from tests.harness.demo_server import DemoServer

KINDS = ["document", "stylesheet", "script", "font", "image"]
TIME_CAP_SECONDS = 20


def load(port, path, total, concurrency):
    """`total` GET requests over `concurrency` keep-alive connections; returns (req/s, latencies)."""
    latencies, errors, lock = [], [], threading.Lock()
    remaining = [total]
    deadline = time.monotonic() + TIME_CAP_SECONDS

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    errors.append(response.status)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{path}: {len(errors)} responses were not 200 (e.g. {errors[0]})")
    return len(latencies) / duration, latencies


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def phone_bytes(base_url, paths):
    """Bytes a 375 px phone downloads per path, by kind; HTML gzip-compressed."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS, PHONE

    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for path in paths:
            context = browser.new_context(base_url=base_url, viewport=PHONE, is_mobile=True)
            page = context.new_page()
            responses = []
            page.on("response", lambda response, seen=responses: seen.append(response))
            page.goto(path, wait_until="networkidle")
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # lazy images load too
            page.wait_for_load_state("networkidle")
            sizes = defaultdict(int)
            for response in responses:
                kind = response.request.resource_type
                if kind == "document":
                    sizes[kind] += len(gzip.compress(response.body(), compresslevel=6))
                elif kind in KINDS:
                    sizes[kind] += response.request.sizes()["responseBodySize"]
                else:
                    sizes["other"] += response.request.sizes()["responseBodySize"]
            results[path] = sizes
            context.close()
        browser.close()
    return results


def query_counts(server, paths):
    """Database queries one anonymous render makes, counted in-process against the same database."""
    os.environ.update(server.env)
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    client = Client()
    for path in paths:
        client.get(path)  # warm per-process caches (templates, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[path] = len(queries)
    return counts


def route_paths():
    from tests.harness.routes import public_routes

    return {
        f"route {route.name or route.template}": route.url("fr")
        for route in public_routes()
        if route.localised and not route.has_parameters and not route.template.startswith("_util/")
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200, help="requests per page type and mode (default 200)")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--language", default="fr", help="which language's pages to measure (default fr)")
    parser.add_argument("--seconds", type=int, default=10, help="seconds of wrk load per throughput row (default 10)")
    parser.add_argument(
        "--connections", type=int, default=24, help="wrk connections (default 24, see bench/throughput.py)"
    )
    parser.add_argument("--path", default=throughput.FACTSHEET, help="the page of the throughput rows")
    parser.add_argument("--throughput-only", action="store_true", help="only the side-by-side throughput rows")
    args = parser.parse_args(argv)
    if not throughput.shutil.which("wrk"):
        sys.exit("wrk is not installed: `make bench` installs it (Debian package wrk).")

    env = {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "LOG_LEVEL": "ERROR",
    }
    server = DemoServer(settings="vigilant.settings.production", workers=args.workers, extra_env=env)
    server.collectstatic = True
    print("Preparing the demo database and static files…", file=sys.stderr)
    server.prepare()
    try:
        rates = throughput.run(server, args)
        if args.throughput_only:
            throughput.print_report(args, *rates, throughput.render_cost(server, args.path))
            return 0
        server.extra_env["PAGE_CACHE_SECONDS"] = "0"
        server.start()
        samples = {kind: path for (kind, lang), path in server.page_type_samples().items() if lang == args.language}
        server_routes = query_counts(server, [])  # sets Django up for the route list
        del server_routes
        samples.update(route_paths())
        print(f"Measuring {len(samples)} page types: {', '.join(samples)}", file=sys.stderr)
        figures = {kind: {"path": path} for kind, path in samples.items()}
        for kind, path in samples.items():
            rps, latencies = load(server.port, path, args.requests, args.concurrency)
            figures[kind]["cold"] = (rps, percentile(latencies, 0.5), percentile(latencies, 0.95))
            print(f"  {kind}: {rps:.0f} req/s without the page cache", file=sys.stderr)
        sizes = phone_bytes(server.base_url, list(samples.values()))
        server.stop()

        server.extra_env["PAGE_CACHE_SECONDS"] = "600"
        server.start()
        for kind, path in samples.items():
            load(server.port, path, 1, 1)  # fill the cache
            rps, latencies = load(server.port, path, args.requests, args.concurrency)
            figures[kind]["cached"] = (rps, percentile(latencies, 0.5), percentile(latencies, 0.95))
        server.stop()
        queries = query_counts(server, list(samples.values()))
        cost = throughput.render_cost(server, args.path)
    finally:
        server.stop()
        server.cleanup()

    throughput.print_report(args, *rates, cost)
    print(
        f"\n{args.requests} requests per page, {args.concurrency} concurrent connections, "
        f"gunicorn {args.workers} workers x 2 threads, SQLite, {os.cpu_count()} CPU cores.\n"
    )
    print(
        "| Page type | Example | Cold req/s | Cold p50 / p95 ms | Cached req/s | Cached p50 / p95 ms "
        "| Queries | HTML KB | CSS KB | JS KB | Fonts KB | Images KB | Total KB |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, row in figures.items():
        size = sizes[row["path"]]
        kb = {k: size.get(k, 0) / 1024 for k in KINDS}
        total = sum(size.values()) / 1024
        cold, cached = row["cold"], row["cached"]
        print(
            f"| {kind} | `{row['path']}` | {cold[0]:.0f} | {cold[1] * 1000:.0f} / {cold[2] * 1000:.0f} "
            f"| {cached[0]:.0f} | {cached[1] * 1000:.0f} / {cached[2] * 1000:.0f} | {queries[row['path']]} "
            f"| {kb['document']:.1f} | {kb['stylesheet']:.1f} | {kb['script']:.1f} | {kb['font']:.1f} "
            f"| {kb['image']:.1f} | {total:.1f} |"
        )
    budget = 100 * 1024
    heavy = [kind for kind, row in figures.items() if sum(sizes[row["path"]].values()) > budget]
    if heavy:
        print(f"\nOver the 100 KB budget (everything, illustrations and fonts included): {', '.join(heavy)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
