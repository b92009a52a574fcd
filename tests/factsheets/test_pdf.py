import io

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader

from factsheets import models as factsheet_models

from .helpers import demo_factsheet

pytestmark = pytest.mark.django_db


def _pdf_text(response):
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize(
    ("language", "heading", "section"),
    [
        ("fr", "Le grooming", "Ce que dit la loi"),
        ("de", "Cybergrooming", "Was das Gesetz sagt"),
        ("lb", "Cybergrooming", "Wat d'Gesetz seet"),
        ("en", "Grooming", "What the law says"),
        ("pt", "Aliciamento online (grooming)", "O que diz a lei"),
    ],
)
def test_factsheet_pdf_is_a_real_pdf_in_the_pages_language(client, language, heading, section):
    page = demo_factsheet("grooming", language)
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline; filename=")
    reader, text = _pdf_text(response)
    assert heading in text
    assert section in text
    assert "385-2" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_factsheet_page_links_to_its_pdf(client):
    page = demo_factsheet("grooming", "de")
    html = client.get(page.url).content.decode()
    assert f'href="{page.url}pdf/" type="application/pdf">PDF herunterladen</a>' in html


def test_pdf_prints_links_as_text_and_uses_the_site_font(client):
    page = demo_factsheet("grooming", "fr")
    response = client.get(page.url + "pdf/")
    reader, text = _pdf_text(response)
    assert "https://www.childprotection.lu/" in text.replace("\n", "")
    fonts = set()
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Atkinson" in font for font in fonts), fonts


def test_pdf_is_rendered_once_per_revision_and_served_from_storage(client, monkeypatch):
    page = demo_factsheet("grooming", "fr")
    renders = []
    real = factsheet_models.pdf_response

    def counting(request, **kwargs):
        renders.append(kwargs["key"])
        return real(request, **kwargs)

    monkeypatch.setattr(factsheet_models, "pdf_response", counting)
    client.get(page.url + "pdf/")
    client.get(page.url + "pdf/")
    assert renders[0] == renders[1]
    assert default_storage.exists(f"pdfs/{renders[0]}.pdf")

    page.title = "Le grooming (mis à jour)"
    revision = page.save_revision()
    revision.publish()
    try:
        response = client.get(page.url + "pdf/")
        assert renders[-1] != renders[0]
        assert "Le grooming (mis à jour)" in _pdf_text(response)[1]
    finally:
        default_storage.delete(f"pdfs/{renders[-1]}.pdf")  # ids are reused after rollback


def test_pdf_of_an_unpublished_factsheet_is_not_served(client):
    page = demo_factsheet("grooming", "en")
    url = page.url + "pdf/"
    page.unpublish()
    assert client.get(url).status_code == 404


def test_unknown_subpath_of_a_factsheet_is_a_404(client):
    page = demo_factsheet("grooming", "fr")
    assert client.get(page.url + "pdf/extra/").status_code == 404
    assert client.get(page.url + "nope/").status_code == 404


def test_pdf_shows_where_to_report_and_follows_changes_to_the_channels(client):
    from wagtail.models import Locale

    from core.models import Topic
    from support.models import ReportingChannel

    page = demo_factsheet("grooming", "fr")
    before = _pdf_text(client.get(page.url + "pdf/"))[1]
    channel = ReportingChannel.objects.create(
        locale=Locale.get_default(),
        slug="test-grooming-pdf",
        name="Formulaire de test pour le PDF",
        form_url="https://police.example/grooming-pdf",
    )
    channel.topics.set(Topic.objects.filter(locale=Locale.get_default(), slug="grooming"))
    channel.save()  # topics is a ParentalManyToManyField: saved with the channel
    if page.reporting_channels.exists():  # the editor's choice replaces the topic match
        page.reporting_channels.add(channel)
        page.save()
    after = _pdf_text(client.get(page.url + "pdf/"))[1]
    assert "Formulaire de test pour le PDF" not in before
    assert "Formulaire de test pour le PDF" in after
    # Printed as an address: the channel's "before you leave" page on the report page.
    assert "/test-grooming-pdf/" in after.replace("\n", "")


def _pdf_files(page):
    try:
        return sorted(name for name in default_storage.listdir("pdfs/factsheet")[1] if name.startswith(f"{page.pk}-"))
    except FileNotFoundError:
        return []


def test_host_header_variants_share_one_pdf(client):
    page = demo_factsheet("webcam", "fr")
    for host in ("testserver", "testserver:8000", "127.0.0.1:9999", "localhost"):
        response = client.get(page.url + "pdf/", HTTP_HOST=host)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    files = _pdf_files(page)
    try:
        assert len(files) == 1, files
    finally:
        for name in files:
            default_storage.delete(f"pdfs/factsheet/{name}")


def test_printed_addresses_come_from_the_site_not_the_host_header(client):
    page = demo_factsheet("grooming", "fr")
    response = client.get(page.url + "pdf/", HTTP_HOST="evil.example")
    _reader, text = _pdf_text(response)
    assert "evil.example" not in text.replace("\n", "")


def test_publishing_a_new_revision_deletes_the_old_pdf(client):
    page = demo_factsheet("sextorsion", "fr")
    b"".join(client.get(page.url + "pdf/").streaming_content)
    before = _pdf_files(page)
    assert len(before) == 1
    page.title = f"{page.title} (2)"
    page.save_revision().publish()
    b"".join(client.get(page.url + "pdf/").streaming_content)
    after = _pdf_files(page)
    try:
        assert len(after) == 1 and after != before
    finally:
        for name in after:
            default_storage.delete(f"pdfs/factsheet/{name}")
