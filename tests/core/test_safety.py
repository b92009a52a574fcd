import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

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


class _Resources(HTMLParser):
    """Every address a browser fetches on its own while loading a page: stylesheets, fonts, icons,
    scripts, images (a tracking pixel is one), frames, media, and url(...) in styles. Links a reader
    follows (<a href>, form actions) are not fetched, so they do not count."""

    FETCHED = {
        "script": ("src",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "iframe": ("src",),
        "frame": ("src",),
        "video": ("src", "poster"),
        "audio": ("src",),
        "track": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "input": ("src",),
        "image": ("href", "xlink:href"),
        "use": ("href", "xlink:href"),
        "link": ("href", "imagesrcset"),  # stylesheet, preload, icon, preconnect, manifest...
    }

    def __init__(self):
        super().__init__()
        self.urls = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in self.FETCHED.get(tag, ()):
            value = attributes.get(name) or ""
            self.urls += [part.split()[0] for part in value.split(",") if part.strip()] if "srcset" in name else [value]
        self.urls += CSS_URL.findall(attributes.get("style") or "")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += CSS_URL.findall(data)


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")


def third_party_resources(html, own_host="testserver"):
    """The addresses in ``html`` that a browser would fetch from another host than ours."""
    parser = _Resources()
    parser.feed(html)
    found = []
    for url in parser.urls:
        host = urlsplit(url).hostname
        if host and host != own_host:
            found.append(url)
    return found


def test_the_third_party_check_catches_fonts_scripts_and_pixels():
    page = """<!doctype html><html><head>
      <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
      <script src="https://cdn.jsdelivr.net/npm/htmx.org/dist/htmx.min.js"></script>
      <style>@font-face { src: url(//fonts.gstatic.com/s/inter.woff2) }</style>
      </head><body>
      <a href="https://www.bee-secure.lu/">a link a reader follows is not a request</a>
      <img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1" alt="">
      <img src="/static/img/vigilant-mark.svg" alt="">
      </body></html>"""
    assert third_party_resources(page) == [
        "https://fonts.googleapis.com/css2?family=Inter",
        "https://cdn.jsdelivr.net/npm/htmx.org/dist/htmx.min.js",
        "//fonts.gstatic.com/s/inter.woff2",
        "https://www.facebook.com/tr?id=1&ev=PageView",
    ]


@pytest.mark.parametrize("url", ["/fr/", "/de/", "/en/about-vigilant/", "/fr/page-inconnue/"])
def test_pages_load_no_third_party_resources(client, url):
    html = client.get(url).content.decode()
    assert third_party_resources(html) == []
