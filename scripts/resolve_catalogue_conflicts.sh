#!/usr/bin/env bash
# During a merge whose only conflicts are in locale/*.po: take our catalogues, regenerate them from
# the merged code, and carry over every translation either side had.
set -euo pipefail
theirs=${1:?usage: resolve_catalogue_conflicts.sh BRANCH}
git checkout --ours -- locale
make --no-print-directory messages >/dev/null 2>&1
.venv/bin/python scripts/merge_catalogues.py HEAD "$theirs"
make --no-print-directory compilemessages >/dev/null
git add locale
