"""The security policy set in core is on every kind of response: pages, errors (400, 404, 405,
500), downloads, sitemaps, robots.txt and the admin (which gets its own, scoped policy)."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import path
from wagtail.documents import get_document_model

from vigilant.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def assert_policy(response, admin=False, download=False):
    csp = response.get("Content-Security-Policy", "")
    if download:
        # Wagtail's document view sets a stricter policy than ours (nothing may load or run).
        assert csp.startswith("default-src 'none'"), csp
    else:
        assert "default-src 'self'" in csp, f"no CSP on {response.status_code}: {csp!r}"
        assert "object-src 'none'" in csp
    if admin:
        assert "frame-ancestors 'self'" in csp
    elif download:
        pass
    else:
        assert "frame-ancestors 'none'" in csp
        script_src = csp.split("script-src", 1)[1].split(";", 1)[0]
        assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}
    assert "Server" not in response or "python" not in response["Server"].lower()


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("get", "/fr/", 200),
        ("get", "/pt/sobre-o-vigilant/", 200),
        ("get", "/", 302),  # language redirect
        ("get", "/fr/page-qui-n-existe-pas/", 404),
        ("get", "/sitemap.xml", 200),
        ("get", "/sitemap-de.xml", 200),
        ("get", "/sitemap-xx.xml", 404),
        ("get", "/robots.txt", 200),
        ("post", "/robots.txt", 405),
        ("get", "/documents/999999/absent.pdf", 404),
    ],
)
def test_public_responses_carry_the_policy(client, method, url, status):
    response = getattr(client, method)(url)
    assert response.status_code == status
    assert_policy(response)


def test_bad_request_carries_the_policy(client):
    response = client.get("/fr/", HTTP_HOST="bad_host..name!")
    assert response.status_code == 400
    assert_policy(response)


def boom(request):
    raise RuntimeError("deliberate failure for the header test")


urlpatterns = [path("boom/", boom), *site_urlpatterns]


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_carries_the_policy():
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert_policy(response)


def test_document_downloads_carry_the_policy(client):
    document = get_document_model().objects.create(title="Guide", file=ContentFile(b"%PDF-1.4\n%%EOF\n", "guide.pdf"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert 'filename="guide.pdf"' in response["Content-Disposition"]
    assert_policy(response, download=True)


@pytest.mark.parametrize(("url", "status"), [("/admin/login/", 200), ("/admin/", 302), ("/admin/pages/", 302)])
def test_admin_carries_its_own_policy(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert_policy(response, admin=True)


def test_logged_in_admin_carries_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert_policy(response, admin=True)


@pytest.mark.parametrize("url", ["/static/css/print.css", "/static/wagtailadmin/js/core.js"])
def test_static_files_carry_the_policy(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_policy(response)


def test_image_renditions_carry_the_policy(client):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    image = get_image_model().objects.create(title="Dot", file=ImageFile(buffer, name="dot.png"))
    response = client.get(image.get_rendition("original").url)
    assert response.status_code == 200
    assert_policy(response)
