#!/usr/bin/env bash
# The whole suite, as `make test` runs it, on a machine with two cores:
#  1. the demo database is built once per database engine, side by side: a SQLite file and a
#     PostgreSQL template (tests/harness/demo_database.py);
#  2. the unit and page tests on SQLite and the browser journeys, side by side, each on a copy of
#     the SQLite one (the journeys' server copies it);
#  3. the unit and page tests on PostgreSQL, in two pytest-xdist workers, each on a clone of the
#     template.
# PostgreSQL must answer when PG_REQUIRED or CI is set (make test sets PG_REQUIRED when
# PG_TEST_DATABASE_URL is given): then a silent server fails the run instead of skipping it.
# Each run's output is printed whole, one after the other.
set -u
cd "$(dirname "$0")/.."
PG_URL=${PG_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vigilant}
WORKERS=${TEST_WORKERS:-2}
export DJANGO_SETTINGS_MODULE=vigilant.settings.test
logs=$(mktemp -d)
demo_database() { env -u DATABASE_URL .venv/bin/python -m tests.harness.demo_database "$@"; }

postgresql=""
if .venv/bin/python scripts/pg_reachable.py "$PG_URL"; then
  postgresql=1
elif [ -n "${PG_REQUIRED:-}" ] || [ -n "${CI:-}" ]; then
  # Expected (CI, or an address given on purpose) and silent: half the suite would not run.
  echo "=== PostgreSQL is expected at $PG_URL but does not answer: failing instead of skipping its run" >&2
  rm -rf "$logs"
  exit 1
fi

# migrate + load_demo once per engine. Should a build fail, each test process builds its own
# and reports the failure in its own words.
demo_database build "$logs/demo-sqlite" >"$logs/demo-sqlite.log" 2>&1 &
sqlite_build=$!
if [ -n "$postgresql" ]; then
  demo_database build "$logs/demo-postgresql" "$PG_URL" >"$logs/demo-postgresql.log" 2>&1 &
  postgresql_build=$!
fi

ready() {  # ready <build pid> <engine> <variable>: export the variable once the build succeeded
  if wait "$1"; then
    export "$3=$logs/demo-$2"
  else
    echo "=== Building the $2 demo database once failed; each test process builds its own:"
    cat "$logs/demo-$2.log"
  fi
}

# Two CPU-bound processes at a time (more only slows each down): the unit and page tests on SQLite
# beside the browser journeys (each about 200 CPU seconds), then PostgreSQL in two workers.
ready "$sqlite_build" sqlite VIGILANT_DEMO_SQLITE
env -u DATABASE_URL .venv/bin/pytest -m "not browser" >"$logs/sqlite.log" 2>&1 &
sqlite_pid=$!
env -u DATABASE_URL .venv/bin/pytest -m browser >"$logs/browser.log" 2>&1 &
browser_pid=$!
wait "$sqlite_pid"; sqlite_status=$?
postgresql_status=0
if [ -n "$postgresql" ]; then
  ready "$postgresql_build" postgresql VIGILANT_DEMO_POSTGRESQL
  DATABASE_URL="$PG_URL" .venv/bin/pytest -m "not browser" -n "$WORKERS" >"$logs/postgres.log" 2>&1
  postgresql_status=$?
fi
wait "$browser_pid"; browser_status=$?

echo "=== Unit and page tests on SQLite"
cat "$logs/sqlite.log"
if [ -n "$postgresql" ]; then
  echo "=== Unit and page tests on PostgreSQL ($PG_URL)"
  cat "$logs/postgres.log"
  demo_database drop "$logs/demo-postgresql"
else
  echo "=== PostgreSQL not reachable at $PG_URL: the PostgreSQL run was skipped"
fi
echo "=== Browser journeys and accessibility (Playwright + Debian chromium)"
cat "$logs/browser.log"
rm -rf "$logs"

echo "=== Exit codes: SQLite $sqlite_status, PostgreSQL $postgresql_status, browser $browser_status"
[ "$sqlite_status" -eq 0 ] && [ "$postgresql_status" -eq 0 ] && [ "$browser_status" -eq 0 ]
