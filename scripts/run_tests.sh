#!/usr/bin/env bash
# The whole suite, as `make test` runs it: the unit and page tests on SQLite and, when the server
# answers, on PostgreSQL, side by side (the machine has two cores); then the browser journeys once.
# PostgreSQL must answer when PG_REQUIRED or CI is set (make test sets PG_REQUIRED when
# PG_TEST_DATABASE_URL is given): then a silent server fails the run instead of skipping it.
# Each run's output is printed whole, one after the other.
set -u
cd "$(dirname "$0")/.."
PG_URL=${PG_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vigilant}
export DJANGO_SETTINGS_MODULE=vigilant.settings.test
logs=$(mktemp -d)

env -u DATABASE_URL .venv/bin/pytest -m "not browser" >"$logs/sqlite.log" 2>&1 &
sqlite_pid=$!
pg_pid=""
if .venv/bin/python scripts/pg_reachable.py "$PG_URL"; then
  DATABASE_URL="$PG_URL" .venv/bin/pytest -m "not browser" >"$logs/postgres.log" 2>&1 &
  pg_pid=$!
elif [ -n "${PG_REQUIRED:-}" ] || [ -n "${CI:-}" ]; then
  # Expected (CI, or an address given on purpose) and silent: half the suite would not run.
  echo "=== PostgreSQL is expected at $PG_URL but does not answer: failing instead of skipping its run" >&2
  kill "$sqlite_pid" 2>/dev/null
  wait "$sqlite_pid" 2>/dev/null
  rm -rf "$logs"
  exit 1
fi

wait "$sqlite_pid"; sqlite_status=$?
pg_status=0
[ -n "$pg_pid" ] && { wait "$pg_pid"; pg_status=$?; }

echo "=== Unit and page tests on SQLite"
cat "$logs/sqlite.log"
if [ -n "$pg_pid" ]; then
  echo "=== Unit and page tests on PostgreSQL ($PG_URL)"
  cat "$logs/postgres.log"
else
  echo "=== PostgreSQL not reachable at $PG_URL: the PostgreSQL run was skipped"
fi
rm -rf "$logs"

echo "=== Browser journeys and accessibility (Playwright + Debian chromium)"
env -u DATABASE_URL .venv/bin/pytest -m browser
browser_status=$?

echo "=== Exit codes: SQLite $sqlite_status, PostgreSQL $pg_status, browser $browser_status"
[ "$sqlite_status" -eq 0 ] && [ "$pg_status" -eq 0 ] && [ "$browser_status" -eq 0 ]
