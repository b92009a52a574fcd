"""Editors can list and edit channels and services, with their new fields."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from support.models import HelpService, ReportingChannel

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editrice", "editrice@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [ReportingChannel, HelpService])
def test_snippet_list_and_edit_form_render(editor_client, model):
    opts = model._meta
    listing = editor_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list"))
    assert listing.status_code == 200
    entry = model.objects.filter(locale__language_code="fr").first()
    edit = editor_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[entry.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert "checked_on" in html
    assert ("opening_hours" in html) if model is HelpService else ("evidence_never_share" in html)


def test_page_editors_can_add_report_and_directory_pages(editor_client):
    from core.models import StandardPage

    about = StandardPage.objects.get(slug="a-propos")
    for model in ("reportpage", "helpdirectorypage"):
        response = editor_client.get(reverse("wagtailadmin_pages:add", args=["support", model, about.pk]))
        assert response.status_code == 200, model
