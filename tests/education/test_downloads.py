import codecs
import csv
import io

import pytest
from django.utils import timezone

from education.models import DocumentDownloadCount
from tests.factories import demo_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def handout():
    guide = demo_page("guides/seance-7e")
    return guide.downloads[0].value["document"]


def _url(document, language):
    return f"/{language}/downloads/{document.pk}/{document.filename}"


def _total(document, language):
    row = DocumentDownloadCount.objects.filter(document=document, language_code=language, day=timezone.localdate())
    return row.first().count if row.exists() else 0


def test_download_serves_the_file_and_adds_one_to_todays_total_for_that_language(client, handout):
    response = client.get(_url(handout, "de"))
    assert response.status_code == 200
    with handout.open_file() as stored:
        assert b"".join(response.streaming_content) == stored.read()
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    client.get(_url(handout, "de"))
    client.get(_url(handout, "lb"))
    assert _total(handout, "de") == 2
    assert _total(handout, "lb") == 1
    assert DocumentDownloadCount.objects.filter(document=handout).count() == 2  # one row per language and day


def test_downloads_are_counted_without_anything_about_the_person(client, handout):
    response = client.get(_url(handout, "fr"), HTTP_USER_AGENT="Pupil phone", REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 200
    assert not response.cookies
    fields = {field.name for field in DocumentDownloadCount._meta.get_fields()}
    assert fields == {"id", "document", "language_code", "day", "count"}
    row = DocumentDownloadCount.objects.get(document=handout, language_code="fr")
    assert "10.1.2.3" not in str(row.__dict__) and "Pupil" not in str(row.__dict__)


def test_head_requests_and_revalidations_are_not_counted(client, handout):
    assert client.head(_url(handout, "fr")).status_code == 200
    etag = client.get(_url(handout, "fr"))["ETag"]
    assert client.get(_url(handout, "fr"), HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert _total(handout, "fr") == 1


@pytest.mark.parametrize(
    "path",
    [
        "/fr/downloads/999999/nothing.pdf",
        "/fr/downloads/99999999999999999999999/x.pdf",
        "/fr/downloads/abc/x.pdf",
    ],
)
def test_unknown_documents_give_a_404_and_count_nothing(client, path):
    assert client.get(path).status_code == 404
    assert not DocumentDownloadCount.objects.exists()


def test_a_wrong_file_name_gives_a_404(client, handout):
    assert client.get(f"/fr/downloads/{handout.pk}/other.pdf").status_code == 404
    assert not DocumentDownloadCount.objects.exists()


def test_post_is_refused(client, handout):
    assert client.post(_url(handout, "fr")).status_code == 405


def test_recording_adds_to_the_existing_row():
    from wagtail.documents import get_document_model

    document = get_document_model().objects.first()
    for _ in range(3):
        DocumentDownloadCount.record(document.pk, "pt")
    assert DocumentDownloadCount.objects.get(document=document, language_code="pt").count == 3


def test_editors_see_the_totals_in_the_admin_report(client, handout, django_user_model):
    client.get(_url(handout, "de"))
    client.get(_url(handout, "de"))
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    assert client.get("/admin/reports/downloads/").status_code == 302  # not logged in
    client.force_login(editor)
    response = client.get("/admin/reports/downloads/")
    assert response.status_code == 200
    html = response.content.decode()
    assert handout.title.replace("'", "&#x27;") in html
    assert "Deutsch" in html
    export = client.get("/admin/reports/downloads/?export=csv")
    assert export.status_code == 200
    body = b"".join(export.streaming_content) if export.streaming else export.content
    assert body.startswith(codecs.BOM_UTF8)  # Excel reads it as UTF-8
    # The editor's admin is French: Excel's French separator, the language named in French.
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Jour", "Document", "Langue", "Téléchargements"]
    assert [handout.title, "Allemand", "2"] in [row[1:] for row in rows]


def test_admin_menu_lists_the_report(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    assert "/admin/reports/downloads/" in client.get("/admin/").content.decode()
