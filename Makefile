# Vigilant: the front door. `make` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/vigilant
# PostgreSQL is required (make test fails if it does not answer) when its address was given
# (environment or command line) or in CI; otherwise its run is skipped, and said so.
PG_REQUIRED := $(if $(filter environment command,$(firstword $(origin PG_TEST_DATABASE_URL))),1,$(if $(CI),1,))
# "-l fr -l de ...": the languages of settings.LANGUAGES (read when a target needs them).
LANGUAGE_FLAGS = $(shell DJANGO_SETTINGS_MODULE=vigilant.settings.dev $(BIN)/python -c \
	"from django.conf import settings; print(' '.join('-l ' + code for code, _ in settings.LANGUAGES))")

.DEFAULT_GOAL := help
.PHONY: help install system-deps run test test-sqlite test-postgres lint format messages compilemessages check demo backup restore bench content-messages screenshots lighthouse merge-catalogues

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

system-deps: ## Install the Debian packages the project needs (only those missing), chromium included
	@./scripts/system-deps.sh chromium

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error --ignore-scripts

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

install: system-deps $(VENV)/.installed node_modules/.package-lock.json compilemessages ## Create .venv and install everything

compilemessages: | $(BIN)/python
	$(BIN)/python manage.py compilemessages -v 0 --ignore=.venv --ignore=node_modules

run: install ## Migrate, load the demo content and serve on 127.0.0.1:$(PORT) (SQLite)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

demo: install ## Load the demo content (content/) into the configured database
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

content-messages: | $(BIN)/python ## Update the PO files of the demo content (content/**/*.po) from the French files
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py demo_messages

test: install ## Run the whole suite: the import contract, SQLite and PostgreSQL side by side, then the browser
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	PG_TEST_DATABASE_URL="$(PG_TEST_DATABASE_URL)" PG_REQUIRED="$(PG_REQUIRED)" ./scripts/run_tests.sh

screenshots: install ## Regenerate docs/screenshots/ (every page type, phone and laptop, fr and lb, the projector)
	$(BIN)/python scripts/screenshots.py

lighthouse: install ## Lighthouse mobile scores per page type (bench/lighthouse.py)
	$(BIN)/python -m bench.lighthouse

test-sqlite: ## The suite on SQLite
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=vigilant.settings.test $(BIN)/pytest

test-postgres: ## The suite on PostgreSQL ($$PG_TEST_DATABASE_URL)
	DATABASE_URL="$(PG_TEST_DATABASE_URL)" DJANGO_SETTINGS_MODULE=vigilant.settings.test $(BIN)/pytest -m "not browser"

lint: | $(BIN)/python ## ruff, djhtml and the import contract (pyproject.toml, ARCHITECTURE.md)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djhtml --check $$(git ls-files '*.html')

format: | $(BIN)/python ## Format Python and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

messages: | $(BIN)/python ## Update the catalogues in locale/ for every language of settings.LANGUAGES
	$(BIN)/python manage.py makemessages --no-location --no-obsolete $(LANGUAGE_FLAGS) \
		--ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench
	$(BIN)/python manage.py makemessages -d djangojs --no-location --no-obsolete $(LANGUAGE_FLAGS) \
		--ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench --ignore=staticfiles

merge-catalogues: | $(BIN)/python ## During `git merge BRANCH` whose only conflicts are in locale/: make merge-catalogues BRANCH=name
	@test -n "$(BRANCH)" || { echo "usage: make merge-catalogues BRANCH=<the branch being merged>"; exit 2; }
	./scripts/resolve_catalogue_conflicts.sh "$(BRANCH)"

backup: ## Back up PostgreSQL (DATABASE_URL) and media (MEDIA_ROOT) into BACKUP_DIR (default backups/<date-time>)
	./scripts/backup.sh

restore: ## Restore BACKUP_DIR into DATABASE_URL and MEDIA_ROOT (replaces what is there)
	./scripts/restore.sh

bench: install ## Performance figures (bench/pages.py); installs wrk, the load generator, from Debian
	@./scripts/system-deps.sh wrk
	$(BIN)/python -m bench.pages
