"""`make backup` then `make restore` (pg_dump / pg_restore and the media folder) give back the same
site: every page in every language serves the same bytes, and revisions, translation sources and
documents (with their files) are all there. Runs on PostgreSQL only, against two throw-away
databases named after the test database: a copy of the demo site the run built (migrate and
load_demo) and an empty one to restore into."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from core.languages import language_codes
from tests.harness.database_copy import (
    copy_of_test_database,
    drop_postgresql_database,
    recreate_postgresql_database,
    server_url,
)
from tests.harness.demo_database import manage_env

ROOT = Path(settings.BASE_DIR)

FINGERPRINT = """
import hashlib, json
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import TranslationSource
client = Client()
pages = {}
for page in Page.objects.live().filter(depth__gt=1).specific():
    url = page.get_url()
    if url:
        response = client.get(url)
        pages[url] = [response.status_code, hashlib.sha256(response.content).hexdigest()]
documents = {}
for document in get_document_model().objects.all():
    with document.file.open("rb") as handle:
        documents[document.title] = hashlib.sha256(handle.read()).hexdigest()
print("FINGERPRINT" + json.dumps({
    "pages": pages,
    "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
    "revisions": Revision.objects.count(),
    "translation_sources": TranslationSource.objects.count(),
    "documents": documents,
}))
"""

EXTRA_CONTENT = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from core.models import StandardPage
upload = ContentFile(b"%PDF-1.4 backup check", name="backup-check.pdf")
get_document_model().objects.create(title="Backup check", file=upload)
page = StandardPage.objects.get(locale__language_code="fr", slug="a-propos")
page.title = "À propos (revue)"
page.save_revision().publish()
"""

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="backups are PostgreSQL dumps")


def _run(command, env, timeout=900):
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture
def source(django_db_setup, django_db_blocker, tmp_path):
    """The demo site as migrate and load_demo built it for this run, in a database of its own."""
    with copy_of_test_database(tmp_path / "source", django_db_blocker, "backup_source") as (url, media):
        yield manage_env(url, media)


@pytest.fixture
def restored(django_db_setup, tmp_path):
    """An empty database and media folder to restore into."""
    name = f"{settings.DATABASES['default']['NAME']}_backup_restored"
    recreate_postgresql_database(name)
    yield manage_env(server_url(name), tmp_path / "media-restored")
    drop_postgresql_database(name)


def _fingerprint(env):
    out = _run([sys.executable, "manage.py", "shell", "-c", FINGERPRINT], env)
    return json.loads(out.split("FINGERPRINT", 1)[1])


def test_backup_and_restore_give_back_the_same_site(source, restored, tmp_path):
    _run([sys.executable, "manage.py", "shell", "-c", EXTRA_CONTENT], source)
    before = _fingerprint(source)

    backup_dir = tmp_path / "backup"
    _run(["make", "--no-print-directory", "backup", f"BACKUP_DIR={backup_dir}"], {**source})
    assert (backup_dir / "database.dump").stat().st_size > 0
    _run(["make", "--no-print-directory", "restore", f"BACKUP_DIR={backup_dir}"], {**restored})
    after = _fingerprint(restored)

    assert set(before["locales"]) == set(language_codes())
    assert {url.split("/")[1] for url in before["pages"]} == set(language_codes())
    assert before["revisions"] > 0 and before["translation_sources"] > 0
    assert "Backup check" in before["documents"]
    assert after == before
