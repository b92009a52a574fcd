import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

PUBLIC_URLS = ["/fr/", "/de/", "/en/about-vigilant/", "/fr/page-inconnue/", "/robots.txt", "/sitemap.xml"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_security_headers_on_public_responses(client, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/fr/", "/de/uber-vigilant/", "/fr/page-inconnue/", "/sitemap.xml"])
def test_anonymous_readers_get_no_cookies(client, url):
    response = client.get(url)
    assert not response.cookies, f"{url} set {list(response.cookies)}"


def test_admin_gets_its_own_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_quick_exit_is_a_plain_link_first_in_the_page(client):
    html = client.get("/fr/").content.decode()
    body = html.split("<body", 1)[1]
    first_link = body.split("<a ", 1)[1]
    assert first_link.startswith(f'class="quick-exit__button" href="{settings.QUICK_EXIT_URL}"')
    assert 'rel="nofollow noreferrer"' in first_link.split(">", 1)[0]
    assert "quick-exit.js" in html


def test_pages_load_no_third_party_resources(client):
    html = client.get("/fr/").content.decode()
    for attribute in ("src=", "href="):
        for chunk in html.split(attribute)[1:]:
            url = chunk[1:].split(chunk[0], 1)[0]
            if url.startswith("http") and "stylesheet" in chunk[:200]:
                raise AssertionError(f"third-party stylesheet {url}")
    assert '<script src="http' not in html
