import re

import pytest

from core.languages import language_codes

pytestmark = pytest.mark.django_db


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_index_lists_every_locale(client):
    body = client.get("/sitemap.xml").content.decode()
    for code in language_codes():
        assert f"/sitemap-{code}.xml" in body


def test_locale_sitemap_lists_that_locales_pages(client):
    body = client.get("/sitemap-de.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", body)
    assert any(loc.endswith("/de/uber-vigilant/") for loc in locations)
    assert all("/de/" in loc for loc in locations)


def test_unknown_sitemap_section_is_404(client):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_keeps_crawlers_off_counted_downloads(client):
    body = client.get("/robots.txt").content.decode()
    for code in language_codes():
        assert f"Disallow: /{code}/downloads/" in body


def test_every_page_offers_site_search_in_the_readers_language(client):
    html = client.get("/de/").content.decode()
    assert 'action="/de/search/"' in html
    assert 'role="search"' in html
