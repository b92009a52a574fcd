"""Every language link to a page missing in that language leads to the French page at that language's
address (``/pt/...``), says in that language that the page is not translated yet, and the page it
leads to carries the notice in that language. From every language, to every language."""

import re

import pytest
from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext, override
from wagtail.models import Locale

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
SLUG = "page-a-traduire"


def link_to(html, language):
    match = re.search(
        rf'<a href="([^"]+)" lang="{language}" hreflang="fr" class="language-switcher__missing">(.*?)</a>', html
    )
    assert match, f"no link to the fallback in {language}"
    return match.group(1), match.group(2)


def assert_link_and_fallback(client, html, target):
    url, label = link_to(html, target)
    assert url == f"/{target}/{SLUG}/"
    with override(target):
        note = gettext("this page is not translated yet: French version")
        notice = gettext("This page has not been translated into your language yet. Here it is in %(language)s.") % {
            "language": settings.LANGUAGE_NAMES_IN_READER_LANGUAGE["fr"]
        }
    assert escape(note) in label
    response = client.get(url)
    assert response.status_code == 200
    page_html = response.content.decode()
    assert f'<html lang="{target}">' in page_html
    assert escape(notice) in page_html
    assert '<main id="main" tabindex="-1" lang="fr">' in page_html


@pytest.mark.parametrize(
    ("origin", "target"),
    [(origin, target) for origin in LANGUAGES for target in TRANSLATED if target != origin],
)
def test_language_link_from_a_translated_page_leads_to_the_fallback_in_the_target_language(
    client, make_page, origin, target
):
    page = make_page("Page à traduire", slug=SLUG, translate_into=[] if origin == "fr" else [origin])
    start = page if origin == "fr" else page.get_translation(Locale.objects.get(language_code=origin))
    html = client.get(start.url).content.decode()
    assert f'<html lang="{origin}">' in html
    assert_link_and_fallback(client, html, target)


@pytest.mark.parametrize(
    ("origin", "target"),
    [(origin, target) for origin in TRANSLATED for target in TRANSLATED if target != origin],
)
def test_every_language_link_on_a_fallback_page_leads_to_the_fallback_in_its_language(
    client, make_page, origin, target
):
    make_page("Page à traduire", slug=SLUG)
    response = client.get(f"/{origin}/{SLUG}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "translation-fallback" in html
    assert_link_and_fallback(client, html, target)
