"""The page cache serves anonymous readers fast without ever serving the wrong language, a stale
page after a publish, or anything to someone with a session."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from wagtail.models import Page

from core.models import SiteFooter

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield
    cache.clear()


def get(url, **extra):
    return Client().get(url, **extra)


def test_second_anonymous_visit_is_served_from_the_cache():
    first = get("/fr/a-propos/")
    second = get("/fr/a-propos/")
    assert "X-Page-Cache" not in first
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second and "max-age" not in second.get("Cache-Control", "")


def test_each_language_keeps_its_own_page():
    for url, lang in [("/fr/", "fr"), ("/de/", "de"), ("/lb/", "lb"), ("/en/", "en"), ("/pt/", "pt")]:
        get(url)
        assert f'<html lang="{lang}">' in get(url).content.decode()


def test_the_unprefixed_address_still_follows_the_browser_language():
    assert get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/de/"
    assert get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/de/"
    assert get("/", HTTP_ACCEPT_LANGUAGE="pt").url == "/pt/"


def test_publishing_shows_the_new_version_at_once():
    get("/en/about-vigilant/")
    page = Page.objects.get(url_path__endswith="/about-vigilant/").specific
    page.title = "About Vigilant, revised"
    page.save_revision().publish()
    response = get("/en/about-vigilant/")
    assert "X-Page-Cache" not in response
    assert "About Vigilant, revised" in response.content.decode()


def test_a_draft_save_does_not_empty_the_cache():
    get("/en/about-vigilant/")
    page = Page.objects.get(url_path__endswith="/about-vigilant/").specific
    page.title = "Draft title"
    page.save_revision()
    response = get("/en/about-vigilant/")
    assert response["X-Page-Cache"] == "hit"
    assert "Draft title" not in response.content.decode()


def test_changing_a_snippet_shown_on_pages_empties_the_cache():
    get("/fr/")
    SiteFooter.objects.filter(locale__language_code="fr").first().save()
    assert "X-Page-Cache" not in get("/fr/")


def test_readers_with_a_cookie_never_get_a_cached_page():
    get("/fr/")
    client = Client()
    client.cookies["sessionid"] = "someone"
    assert "X-Page-Cache" not in client.get("/fr/")


def test_signed_in_editors_are_never_served_or_stored(admin_client):
    admin_client.get("/fr/a-propos/")
    assert "X-Page-Cache" not in admin_client.get("/fr/a-propos/")
    assert "X-Page-Cache" not in get("/fr/a-propos/")


def test_not_found_pages_are_not_stored():
    get("/fr/absent/")
    response = get("/fr/absent/")
    assert response.status_code == 404 and "X-Page-Cache" not in response
