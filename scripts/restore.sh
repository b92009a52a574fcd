#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into DATABASE_URL and MEDIA_ROOT, replacing what is there.
#   DATABASE_URL=postgres://... [MEDIA_ROOT=media] BACKUP_DIR=backups/<date-time> scripts/restore.sh
# The database must exist (it may be empty). Its tables are dropped and recreated from the dump;
# the media folder's contents are replaced by the backup's.
set -euo pipefail
: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to restore into}"
: "${BACKUP_DIR:?Set BACKUP_DIR to a folder written by make backup}"
case "$DATABASE_URL" in postgres://*|postgresql://*) ;; *) echo "restore: DATABASE_URL must be PostgreSQL" >&2; exit 2;; esac
MEDIA_ROOT=${MEDIA_ROOT:-media}
test -f "$BACKUP_DIR/database.dump" && test -f "$BACKUP_DIR/media.tar.gz" || { echo "restore: no backup in $BACKUP_DIR" >&2; exit 2; }
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$BACKUP_DIR/database.dump"
mkdir -p "$MEDIA_ROOT"
find "$MEDIA_ROOT" -mindepth 1 -not -name .gitkeep -delete
tar --extract --gzip --file="$BACKUP_DIR/media.tar.gz" --directory="$MEDIA_ROOT"
echo "Restored $BACKUP_DIR into the database and $MEDIA_ROOT"
