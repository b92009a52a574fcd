"""Builders for editorial tests: French pages with chosen translations, and users in each role.

Translations are made with core.demo.translation (wagtail-localize's own PO import), so they
are real wagtail-localize translations.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase

from core.demo import home_page
from core.demo.translation import strings_for, translate
from core.models import StandardPage
from editorial import roles

# A page's texts in five languages (test content).
PAGE_INTRO = {
    "fr": "Une page pour vérifier les traductions.",
    "de": "Eine Seite, um die Übersetzungen zu prüfen.",
    "lb": "Eng Säit, fir d'Iwwersetzungen ze préiwen.",
    "en": "A page to check the translations.",
    "pt": "Uma página para verificar as traduções.",
}

PAGE_BODY = {
    "fr": "<p>Premier paragraphe de la page.</p><p>Deuxième paragraphe, avec un peu plus de texte.</p>",
    "de": "<p>Erster Absatz der Seite.</p><p>Zweiter Absatz, mit etwas mehr Text.</p>",
    "lb": "<p>Éischten Abschnitt vun der Säit.</p><p>Zweeten Abschnitt, mat e bësse méi Text.</p>",
    "en": "<p>First paragraph of the page.</p><p>Second paragraph, with a little more text.</p>",
    "pt": "<p>Primeiro parágrafo da página.</p><p>Segundo parágrafo, com um pouco mais de texto.</p>",
}


def localized_title(text):
    return {"fr": text, "de": f"{text} (de)", "lb": f"{text} (lb)", "en": f"{text} (en)", "pt": f"{text} (pt)"}


@pytest.fixture
def make_page(db):
    """make_page("Zeta", translate_into=["de"]) -> a live French StandardPage and its translations."""

    def build(title, translate_into=(), slug=None):
        title_values = localized_title(title)
        page = StandardPage(
            title=title_values["fr"], slug=slug or title.lower().replace(" ", "-"), intro=PAGE_INTRO["fr"]
        )
        page.body = [("paragraph", PAGE_BODY["fr"])]
        home_page().add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        values = [title_values, PAGE_INTRO, PAGE_BODY]
        # wagtail-localize publishes translations on commit; tests run inside a transaction.
        with TestCase.captureOnCommitCallbacks(execute=True):
            for language in translate_into:
                translate(page, language, strings_for(values, language))
        return page

    return build


@pytest.fixture
def user_in_role(db):
    """user_in_role("Translators") -> a user whose only permissions come from that group."""

    def build(group_name):
        user = get_user_model().objects.create_user(
            username=f"{group_name.lower()}-user", email=f"{group_name.lower()}@example.org", password="pw-123456789"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return build


@pytest.fixture
def editor(user_in_role):
    return user_in_role(roles.EDITORS)


@pytest.fixture
def translator(user_in_role):
    return user_in_role(roles.TRANSLATORS)


@pytest.fixture
def moderator(user_in_role):
    return user_in_role(roles.MODERATORS)
