"""Lighthouse scores per public page type, on the demo site served as in production.

    .venv/bin/python -m bench.lighthouse [--language fr] [--only factsheets.FactsheetPage ...]

Prepares a throw-away SQLite database (migrate + load_demo) and collectstatic, serves it with
gunicorn on 127.0.0.1 under the production settings (DEBUG off, hashed and pre-compressed static
files, the page cache on), then runs Lighthouse (the `lighthouse` npm package pinned in
package.json, offline) with Debian's Chromium on one page of each public type: every type the
sitemaps list, every reader-facing route without parameters, and the pages only reached by walking
(a decision-tree step, a quiz question). Lighthouse's default mobile profile: a Moto G Power sized
screen, simulated slow 4G and a 4x slower CPU.

Prints a Markdown table (scores for performance, accessibility, best practices and SEO; the
timings behind the performance score; what the page transfers) and, for every score under 100,
the audits that cost points. Exits non-zero when any score is under 100. Performance depends on
the machine's load: re-run on a quiet machine before publishing figures.
"""

import argparse
import datetime
import json
import os
import platform
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from html import unescape
from pathlib import Path

from tests.harness.demo_server import ROOT, DemoServer

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]


def chromium_flags():
    from tests.browser.conftest import CHROMIUM_FLAGS

    # Lighthouse needs the new headless mode (the old one cannot emulate a phone screen).
    return ["--headless=new", *[flag for flag in CHROMIUM_FLAGS if flag != "--headless"]]


NOINDEX = re.compile(r'<meta name="robots" content="[^"]*noindex', re.I)


def asks_not_to_be_indexed(url):
    """Search results and decision-tree steps tell search engines to stay away, on purpose."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return bool(NOINDEX.search(response.read().decode()))


def run_lighthouse(url, output, skip=()):
    from tests.browser.conftest import CHROMIUM

    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={' '.join(chromium_flags())}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={output}",
        *([f"--skip-audits={','.join(skip)}"] if skip else []),
    ]
    for attempt in (1, 2):  # Chromium sometimes fails to start on a loaded machine: try once more
        result = subprocess.run(command, timeout=300, capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return json.loads(Path(output).read_text())
        print(f"    Lighthouse failed (attempt {attempt}): {result.stderr.strip()[-500:]}", file=sys.stderr)
    raise RuntimeError(f"Lighthouse could not measure {url}")


def walked_paths(base_url, samples, language):
    """A tree step and a quiz question, found through the start links pupils follow."""

    def get(path):
        with urllib.request.urlopen(base_url + path, timeout=30) as response:
            return response.read().decode()

    walked = {}
    for kind, pattern in [
        ("decisiontrees.DecisionTreePage", r'<a class="button tree__start" href="([^"]+)"'),
        ("quizzes.QuizPage", r'<a class="button button--big" href="([^"]+/question/1/)"'),
    ]:
        path = samples.get(kind)
        match = re.search(pattern, get(path)) if path else None
        if match:
            label = "decision-tree step" if kind.startswith("decisiontrees") else "quiz question"
            walked[label] = unescape(match.group(1))
    return walked


def page_paths(server, language):
    from bench.pages import route_paths

    samples = {kind: path for (kind, lang), path in server.page_type_samples().items() if lang == language}
    paths = dict(samples)
    paths.update({name: path.replace("/fr/", f"/{language}/", 1) for name, path in route_paths().items()})
    paths.update(walked_paths(server.base_url, samples, language))
    return paths


def costly_audits(report, category):
    """The audits that cost points in `category`, with their scores."""
    costs = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
            costs.append(
                f"{ref['id']} ({audit['score']:.2f}{', ' + audit['displayValue'] if audit.get('displayValue') else ''})"
            )
    return costs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", default="fr", help="which language's pages to measure (default fr)")
    parser.add_argument("--only", nargs="*", help="page types (or route names) to measure; default: all")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print("Lighthouse is missing: run `make install` (npm ci).", file=sys.stderr)
        return 2

    env = {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "LOG_LEVEL": "ERROR",
        "PAGE_CACHE_SECONDS": "600",
    }
    server = DemoServer(settings="vigilant.settings.production", workers=2, extra_env=env, collectstatic=True)
    print("Preparing the demo database and static files…", file=sys.stderr)
    server.prepare()
    rows, failing = [], {}
    started = time.monotonic()
    try:
        server.start()
        os.environ.update(server.env)
        import django

        django.setup()
        paths = page_paths(server, args.language)
        if args.only:
            paths = {kind: path for kind, path in paths.items() if kind in args.only or kind.split()[-1] in args.only}
        with tempfile.TemporaryDirectory(prefix="vigilant-lighthouse-") as folder:
            for number, (kind, path) in enumerate(paths.items()):
                print(f"  Lighthouse {kind}: {path}", file=sys.stderr)
                # A page that asks not to be indexed fails SEO's "is crawlable" by design: that
                # audit is skipped for it, and the table says so.
                noindex = asks_not_to_be_indexed(server.base_url + path)
                skip = ["is-crawlable"] if noindex else []
                report = run_lighthouse(server.base_url + path, f"{folder}/{number}.json", skip)
                scores = {category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES}
                metrics = {metric: report["audits"][metric]["numericValue"] for metric in METRICS}
                weight = report["audits"]["total-byte-weight"]["numericValue"] / 1024
                rows.append((kind, path, scores, metrics, weight, noindex))
                for category, score in scores.items():
                    if score < 100:
                        failing[f"{kind} {category} {score}"] = costly_audits(report, category)
    finally:
        server.stop()
        server.cleanup()

    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"\nLighthouse {version}, mobile (simulated slow 4G, 4x CPU slowdown), {chromium}; "
        f"gunicorn 2 workers x 2 threads, production settings, page cache on, SQLite; "
        f"{datetime.date.today().isoformat()}, {platform.node()}, {os.cpu_count()} CPU cores, "
        f"load average {load}, {time.monotonic() - started:.0f} s.\n"
        f"Command: .venv/bin/python -m bench.lighthouse --language {args.language}\n"
    )
    print("| Page type | Example | Perf. | Access. | Best pr. | SEO | FCP ms | LCP ms | TBT ms | CLS | Transfer KB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, path, scores, metrics, weight, noindex in rows:
        print(
            f"| {kind} | `{path}` | {scores['performance']} | {scores['accessibility']} | {scores['best-practices']} "
            f"| {scores['seo']}{' ¹' if noindex else ''} | {metrics['first-contentful-paint']:.0f} "
            f"| {metrics['largest-contentful-paint']:.0f} "
            f"| {metrics['total-blocking-time']:.0f} | {metrics['cumulative-layout-shift']:.3f} | {weight:.1f} |"
        )
    if any(row[-1] for row in rows):
        print(
            "\n¹ The page asks search engines not to index it (search results, one step of a walk through a "
            "tree), so SEO's *is crawlable* audit is skipped for it; every other SEO audit runs."
        )
    if failing:
        print("\nScores under 100, and the audits that cost points:")
        for what, audits in failing.items():
            print(f"- {what}: {', '.join(audits) or 'no single audit (timings)'}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
