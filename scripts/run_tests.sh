#!/usr/bin/env bash
# The whole suite, as `make test` runs it. The machine has two cores, so the three runs go side by
# side: the unit and page tests on PostgreSQL (when the server answers) start at once; meanwhile
# the SQLite demo database is built once (tests/harness/demo_database.py), then the unit and page
# tests on SQLite and the browser journeys start, each from a copy of it.
# PostgreSQL must answer when PG_REQUIRED or CI is set (make test sets PG_REQUIRED when
# PG_TEST_DATABASE_URL is given): then a silent server fails the run instead of skipping it.
# Each run's output is printed whole, one after the other.
set -u
cd "$(dirname "$0")/.."
PG_URL=${PG_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vigilant}
export DJANGO_SETTINGS_MODULE=vigilant.settings.test
logs=$(mktemp -d)

pg_pid=""
if .venv/bin/python scripts/pg_reachable.py "$PG_URL"; then
  DATABASE_URL="$PG_URL" .venv/bin/pytest -m "not browser" >"$logs/postgres.log" 2>&1 &
  pg_pid=$!
elif [ -n "${PG_REQUIRED:-}" ] || [ -n "${CI:-}" ]; then
  # Expected (CI, or an address given on purpose) and silent: half the suite would not run.
  echo "=== PostgreSQL is expected at $PG_URL but does not answer: failing instead of skipping its run" >&2
  rm -rf "$logs"
  exit 1
fi

# migrate + load_demo once for the SQLite run and the browser journeys' server. Should it fail,
# each run builds its own and reports the failure in its own words.
if env -u DATABASE_URL .venv/bin/python -m tests.harness.demo_database "$logs/demo" >"$logs/demo.log" 2>&1; then
  export VIGILANT_DEMO_SQLITE="$logs/demo"
else
  echo "=== Building the demo database once failed; each run builds its own:"
  cat "$logs/demo.log"
fi

env -u DATABASE_URL .venv/bin/pytest -m "not browser" >"$logs/sqlite.log" 2>&1 &
sqlite_pid=$!
env -u DATABASE_URL .venv/bin/pytest -m browser >"$logs/browser.log" 2>&1 &
browser_pid=$!

wait "$sqlite_pid"; sqlite_status=$?
pg_status=0
[ -n "$pg_pid" ] && { wait "$pg_pid"; pg_status=$?; }
wait "$browser_pid"; browser_status=$?

echo "=== Unit and page tests on SQLite"
cat "$logs/sqlite.log"
if [ -n "$pg_pid" ]; then
  echo "=== Unit and page tests on PostgreSQL ($PG_URL)"
  cat "$logs/postgres.log"
else
  echo "=== PostgreSQL not reachable at $PG_URL: the PostgreSQL run was skipped"
fi
echo "=== Browser journeys and accessibility (Playwright + Debian chromium)"
cat "$logs/browser.log"
rm -rf "$logs"

echo "=== Exit codes: SQLite $sqlite_status, PostgreSQL $pg_status, browser $browser_status"
[ "$sqlite_status" -eq 0 ] && [ "$pg_status" -eq 0 ] && [ "$browser_status" -eq 0 ]
