#!/usr/bin/env bash
# Back up the site: the PostgreSQL database (pg_dump, custom format) and the media folder.
#   DATABASE_URL=postgres://... [MEDIA_ROOT=media] [BACKUP_DIR=backups/<date-time>] scripts/backup.sh
# Writes BACKUP_DIR/database.dump and BACKUP_DIR/media.tar.gz. Rendered PDFs are left out: the site
# renders them again on demand. (dumpdata/loaddata does not round-trip a Wagtail site.)
set -euo pipefail
: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to back up}"
case "$DATABASE_URL" in postgres://*|postgresql://*) ;; *) echo "backup: DATABASE_URL must be PostgreSQL" >&2; exit 2;; esac
MEDIA_ROOT=${MEDIA_ROOT:-media}
BACKUP_DIR=${BACKUP_DIR:-backups/$(date -u +%Y-%m-%dT%H%M%SZ)}
mkdir -p "$BACKUP_DIR"
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$BACKUP_DIR/database.dump"
mkdir -p "$MEDIA_ROOT"
tar --create --gzip --file="$BACKUP_DIR/media.tar.gz" --directory="$MEDIA_ROOT" --exclude=./pdfs .
echo "Backup written to $BACKUP_DIR"
