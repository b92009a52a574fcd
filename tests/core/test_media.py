"""/media/ serves image renditions and nothing else, however the path is spelt: no original upload
(photos can carry GPS metadata), no document (they go through Wagtail's counted, private-aware view),
no file reached by dot segments, percent-encoding, double encoding or backslashes."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def image():
    image = get_image_model().objects.create(
        title="Poster", file=ImageFile(io.BytesIO(png_bytes()), name="media-test-poster.png")
    )
    yield image
    image.renditions.all().delete()
    image.file.delete(save=False)


@pytest.fixture
def document():
    document = get_document_model().objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.4 secret", name="media-test-document.pdf")
    )
    yield document
    document.file.delete(save=False)


def fetch(path):
    """A GET with the path exactly as given (like curl --path-as-is), decoded once as a server does."""
    return Client().get(path)


def test_a_rendition_is_served_with_the_page_security_headers(image):
    rendition = image.get_rendition("fill-20x20")
    response = fetch(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\x89PNG")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]


def test_the_original_upload_is_never_served(image):
    image.get_rendition("fill-20x20")
    name = image.file.name  # original_images/poster.png
    assert fetch(f"/media/{name}").status_code == 404
    assert fetch(f"/media/images/../{name}").status_code == 404


def test_a_file_in_the_images_folder_that_is_not_a_rendition_is_not_served(image):
    from django.core.files.storage import default_storage

    name = default_storage.save("images/dropped.png", ContentFile(png_bytes()))
    try:
        assert fetch(f"/media/{name}").status_code == 404
    finally:
        default_storage.delete(name)


@pytest.mark.parametrize(
    "template",
    [
        "/media/images/../{doc}",
        "/media/images/%2e%2e/{doc}",
        "/media/images/%2E%2E/{doc}",
        "/media/images/%252e%252e/{doc}",
        "/media/images/..%2f{doc}",
        "/media/images/..%5c{doc}",
        "/media/images/..\\{doc}",
        "/media/images/.%2e/{doc}",
        "/media/images/./../{doc}",
        "/media/images//../{doc}",
        "/media/images/%2e%2e%2f{doc}",
        "/media/{doc}",
        "/media/images/../../vigilant/settings/base.py",
    ],
)
def test_path_tricks_never_reach_a_document(document, template):
    response = fetch(template.format(doc=document.file.name))
    assert response.status_code in {400, 404}
    assert b"secret" not in b"".join(getattr(response, "streaming_content", [response.content]))
