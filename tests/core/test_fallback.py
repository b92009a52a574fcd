"""Readers asking for a page in a language it is not published in get the French page, told why."""

import re

import pytest
from wagtail.models import Locale

from core.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_without_german():
    about = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    about.get_translation(Locale.objects.get(language_code="de")).unpublish()
    return about


def test_untranslated_page_is_served_in_french_with_a_notice_in_the_readers_language(client, about_without_german):
    response = client.get("/de/a-propos/")
    assert response.status_code == 200
    html = response.content.decode()
    # The interface (html lang, notice) is German; the page's content is French and says so.
    assert '<html lang="de">' in html
    assert "Diese Seite ist noch nicht in deine Sprache übersetzt" in html
    assert '<main id="main" tabindex="-1" lang="fr">' in html
    main = html.split('<main id="main" tabindex="-1" lang="fr">')[1]
    assert "<h1>À propos de Vigilant</h1>" in main
    assert '<link rel="canonical" href="http://testserver/fr/a-propos/">' in html
    assert not response.cookies


def test_fallback_notice_speaks_luxembourgish_to_luxembourgish_readers(client):
    about = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    about.get_translation(Locale.objects.get(language_code="lb")).unpublish()
    html = client.get("/lb/a-propos/").content.decode()
    assert '<html lang="lb">' in html
    assert "Dës Säit ass nach net an deng Sprooch iwwersat" in html


def test_hreflang_never_lists_the_fallback(client, about_without_german):
    for url in ("/de/a-propos/", "/fr/a-propos/"):
        html = client.get(url).content.decode()
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
        assert "de" not in alternates
        assert alternates["fr"] == "http://testserver/fr/a-propos/"
        assert alternates["en"] == "http://testserver/en/about-vigilant/"


def test_switcher_leads_to_the_french_page_at_the_readers_address(client, about_without_german):
    html = client.get("/fr/a-propos/").content.decode()
    link = re.search(
        r'<a href="/de/a-propos/" lang="de" hreflang="fr" class="language-switcher__missing">(.*?)</a>', html
    )
    assert link, "the German link should lead to the French fallback"
    assert "noch nicht übersetzt" in link.group(1)


def test_address_of_the_french_page_redirects_to_a_real_translation(client):
    response = client.get("/de/a-propos/")
    assert response.status_code == 302
    assert response["Location"] == "/de/uber-vigilant/"


def test_translated_page_is_served_without_a_notice(client):
    html = client.get("/de/uber-vigilant/").content.decode()
    assert "translation-fallback" not in html
    assert '<main id="main" tabindex="-1">' in html


@pytest.mark.parametrize("path", ["/de/gibt-es-nicht/", "/de/a-propos/gibt-es-nicht/", "/de/a-propos/%00/"])
def test_unknown_addresses_are_a_404_in_the_readers_language(client, path):
    response = client.get(path)
    assert response.status_code == 404


def test_draft_french_pages_are_never_a_fallback(client, make_page):
    page = make_page("Brouillon secret")
    page.unpublish()
    assert client.get("/de/brouillon-secret/").status_code == 404
    assert client.get("/fr/brouillon-secret/").status_code == 404


def test_publishing_a_translation_purges_the_cached_fallback(settings, monkeypatch, make_page):
    purged = []
    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_url_from_cache", purged.append)
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}}
    page = make_page("Cache", translate_into=["de"])
    assert "http://localhost/de/cache/" in purged
    assert page.live
