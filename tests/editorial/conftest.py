"""Builders for editorial tests: French pages with chosen translations, and users in each role.

Pages are built the way the demo builds content (core.demo values, core.content_translation),
so the translations are real wagtail-localize translations.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase

from core.content_translation import strings_for, translate
from core.demo import ABOUT_BODY, ABOUT_INTRO, home_page
from core.models import StandardPage
from editorial import roles


def localized_title(text):
    return {"fr": text, "de": f"{text} (de)", "lb": f"{text} (lb)", "en": f"{text} (en)", "pt": f"{text} (pt)"}


@pytest.fixture
def make_page(db):
    """make_page("Zeta", translate_into=["de"]) -> a live French StandardPage and its translations."""

    def build(title, translate_into=(), slug=None):
        title_values = localized_title(title)
        page = StandardPage(
            title=title_values["fr"], slug=slug or title.lower().replace(" ", "-"), intro=ABOUT_INTRO["fr"]
        )
        page.body = [("paragraph", ABOUT_BODY["fr"])]
        home_page().add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        values = [title_values, ABOUT_INTRO, ABOUT_BODY]
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
