#!/usr/bin/env bash
# `make merge-catalogues BRANCH=name`, during a merge whose only conflicts are in locale/*.po: take our
# catalogues, regenerate them from the merged code (make messages), and carry over every translation
# either side had (scripts/merge_catalogues.py). Check `git diff --cached locale` before committing.
set -euo pipefail
theirs=${1:?usage: resolve_catalogue_conflicts.sh BRANCH}
git checkout --ours -- locale
make --no-print-directory messages >/dev/null 2>&1
.venv/bin/python scripts/merge_catalogues.py HEAD "$theirs"
make --no-print-directory compilemessages >/dev/null
git add locale
