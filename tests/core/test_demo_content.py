import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from core.languages import language_codes
from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Topic

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Audience.objects.count(),
        AgeBand.objects.count(),
        Topic.objects.count(),
        NavigationMenu.objects.count(),
        SiteFooter.objects.count(),
    )


def test_loading_demo_content_twice_changes_nothing():
    before = _counts()
    call_command("load_demo", stdout=io.StringIO())
    assert _counts() == before


def test_demo_pages_exist_in_all_five_languages():
    for code in language_codes():
        assert Page.objects.filter(locale__language_code=code, depth=2, live=True).count() == 1


def test_page_tree_is_consistent():
    # numchild must match the real children, or listings silently lose pages.
    for page in Page.objects.all():
        assert page.numchild == Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count(), page
