import pytest
from wagtail.models import Locale

from core.languages import language_codes
from core.models import NavigationMenu, SiteFooter, StandardPage

pytestmark = pytest.mark.django_db


def test_navigation_and_footer_cost_no_queries_once_cached(client, django_assert_max_num_queries):
    client.get("/de/")
    with django_assert_max_num_queries(60) as first:
        client.get("/de/uber-vigilant/")
    # The second page in the same language reuses the cached navigation and footer.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cached:
        client.get("/de/uber-vigilant/")
    chrome_tables = ("core_navigationmenu", "core_sitefooter")
    assert not [q for q in cached.captured_queries if any(table in q["sql"] for table in chrome_tables)]
    assert len(cached.captured_queries) <= len(first.captured_queries)


def test_publishing_a_new_title_shows_in_the_navigation_at_once(client):
    menu = NavigationMenu.objects.get(locale=Locale.get_default())
    about = StandardPage.objects.get(locale=Locale.get_default(), slug="a-propos")
    menu.links.append(("link", {"page": about, "label": ""}))
    menu.save()
    assert "À propos de Vigilant</a>" in client.get("/fr/").content.decode()
    about.title = "Qui sommes-nous"
    about.save_revision().publish()
    assert "Qui sommes-nous</a>" in client.get("/fr/").content.decode()


def test_editing_the_footer_shows_at_once(client):
    assert "Notfall und Hilfe" in client.get("/de/").content.decode()
    footer = SiteFooter.objects.get(locale__language_code="de")
    footer.emergency_heading = "Im Notfall"
    footer.save()
    assert "Im Notfall" in client.get("/de/").content.decode()


def test_unpublished_pages_leave_the_footer(client):
    about = StandardPage.objects.get(locale__language_code="en", slug="about-vigilant")
    assert 'href="/en/about-vigilant/"' in client.get("/en/").content.decode()
    about.unpublish()
    assert 'href="/en/about-vigilant/"' not in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    "path", ["//evil.example/", "//evil.example/fr/", "/\\evil.example/", "/%5Cevil.example/", "///evil.example/x"]
)
def test_language_links_on_a_404_never_leave_the_site(client, path):
    import re

    response = client.get("/", PATH_INFO=path)  # as a server passes it; the test client would read a host
    assert response.status_code == 404
    html = response.content.decode()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs
    for href in hrefs:
        assert not href.startswith(("//", "/\\")), href
        assert "evil.example" not in href, href
    for code in language_codes():
        assert f'href="/{code}/"' in html
