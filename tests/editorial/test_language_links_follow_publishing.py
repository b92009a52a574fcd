"""The language switcher and the hreflang links of a page (kept per content generation) follow
publishing at once: a translation that is unpublished stops being offered on the next view, and is
offered again as soon as it is published."""

import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def german_link(html):
    available = 'lang="de" hreflang="de">' in html
    fallback = 'lang="de" hreflang="fr" class="language-switcher__missing"' in html
    alternate = '<link rel="alternate" hreflang="de"' in html
    return available, fallback, alternate


def test_unpublishing_and_publishing_a_translation_changes_the_language_links_at_once(client, make_page):
    page = make_page("Page traduite", slug="page-traduite", translate_into=["de"])
    german = page.get_translation(Locale.objects.get(language_code="de"))
    assert german_link(client.get(page.url).content.decode()) == (True, False, True)
    german.unpublish()
    assert german_link(client.get(page.url).content.decode()) == (False, True, False)
    german.refresh_from_db()
    german.save_revision().publish()
    assert german_link(client.get(page.url).content.decode()) == (True, False, True)
