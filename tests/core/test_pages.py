import re

import pytest
from django.conf import settings
from django.utils.html import escape
from wagtail.models import Locale

from core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _ in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_every_language_with_its_lang_attribute(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    home = HomePage.objects.get(locale__language_code=language)
    assert escape(home.intro) in html


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    assert client.get("/").headers["Location"] == "/fr/"


def test_hreflang_lists_every_real_translation(client):
    html = client.get("/fr/a-propos/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert set(alternates) == {*LANGUAGES, "x-default"}
    assert alternates["de"].endswith("/de/uber-vigilant/")
    assert alternates["x-default"].endswith("/fr/a-propos/")


def test_language_switcher_leads_to_the_same_page_in_another_language(client):
    html = client.get("/fr/a-propos/").content.decode()
    assert 'href="/pt/sobre-o-vigilant/" lang="pt"' in html


def test_switcher_says_plainly_when_a_page_has_no_translation(client):
    about = StandardPage.objects.get(slug="a-propos")
    german = about.get_translation(Locale.objects.get(language_code="de"))
    german.unpublish()
    html = client.get("/fr/a-propos/").content.decode()
    # The German link leads to the French page at its German address (served with a notice
    # in German by core.fallback) and says, in German, why.
    assert 'href="/de/a-propos/" lang="de" hreflang="fr"' in html
    assert "language-switcher__missing" in html
    alternates = re.findall(r'hreflang="([\w-]+)" href=', html)
    assert "de" not in alternates


def test_standard_page_renders_body_and_title(client):
    response = client.get("/en/about-vigilant/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>About Vigilant</h1>" in html
    assert "Since 2008" in html


def test_footer_shows_emergency_numbers_on_every_page(client):
    for url in ["/fr/", "/de/uber-vigilant/", "/lb/", "/en/", "/pt/"]:
        html = client.get(url).content.decode()
        assert 'href="tel:112"' in html
        assert 'href="tel:116111"' in html


def test_footer_is_in_the_readers_language(client):
    assert "Notfall und Hilfe" in client.get("/de/").content.decode()
    assert "Emergência e ajuda" in client.get("/pt/").content.decode()


def test_404_page_is_in_the_readers_language(client):
    response = client.get("/de/diese-seite-gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "Seite nicht gefunden" in html


def test_server_error_page_is_in_the_readers_language_and_keeps_quick_exit(rf):
    from django.utils import translation

    from core.views import server_error

    with translation.override("de"):
        response = server_error(rf.get("/de/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="de">' in html
    assert "Etwas ist schiefgelaufen" in html
    assert settings.QUICK_EXIT_URL in html
