"""Snippets readers depend on change only when a Moderator approves: until then readers see the live version."""

import pytest
from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.models import NavigationMenu, SiteFooter
from editorial import roles
from support.models import HelpService, ReportingChannel

pytestmark = pytest.mark.django_db

NEW_PHONE = "80 02 99 99"


def edit_url(instance):
    opts = instance._meta
    return reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[quote(instance.pk)])


def service_form(service, **changes):
    """What the admin's edit form posts for ``service``, with ``changes``."""
    data = nested_form_data(
        {
            "name": service.name,
            "slug": service.slug,
            "summary": service.summary,
            "phone": service.phone,
            "website": service.website,
            "opening_hours": streamfield([]),
            "hours_note": service.hours_note,
            "day_and_night": service.day_and_night,
            "checked_on": service.checked_on.isoformat() if service.checked_on else "",
            "editor_notes": service.editor_notes,
            **changes,
        }
    )
    data["audiences"] = [str(pk) for pk in service.audiences.values_list("pk", flat=True)]
    data["sources"] = [str(pk) for pk in service.sources.values_list("pk", flat=True)]
    return data


def directory_html(client, language="fr"):
    from support.models import HelpDirectoryPage

    page = HelpDirectoryPage.objects.live().get(locale__language_code=language)
    return client.get(page.url).content.decode()


@pytest.fixture
def helpline():
    return HelpService.objects.get(slug="bee-secure-helpline", locale__language_code="fr")


def test_a_changed_phone_number_reaches_readers_only_after_a_moderator_approves(
    client, editor, moderator, helpline, django_capture_on_commit_callbacks
):
    old_phone = helpline.phone
    client.force_login(editor)
    response = client.post(edit_url(helpline), {**service_form(helpline, phone=NEW_PHONE), "action-submit": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    state = WorkflowState.objects.get(
        base_content_type__model="helpservice", object_id=str(helpline.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    client.logout()

    # Readers, in French and in German (the phone number is synchronised), still get the approved number.
    for language in ("fr", "de"):
        html = directory_html(client, language)
        assert old_phone in html
        assert NEW_PHONE not in html
    helpline.refresh_from_db()
    assert helpline.phone == old_phone and helpline.has_unpublished_changes

    client.force_login(moderator)
    approve = reverse(
        "wagtailsnippets_support_helpservice:workflow_action",
        args=[quote(helpline.pk), "approve", state.current_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()
    for language in ("fr", "de"):
        assert NEW_PHONE in directory_html(client, language), language


def test_editors_and_translators_cannot_publish_reviewed_snippets_moderators_can(editor, translator, moderator):
    for model in (HelpService, ReportingChannel, NavigationMenu, SiteFooter):
        codename = f"{model._meta.app_label}.publish_{model._meta.model_name}"
        assert not editor.has_perm(codename), model
        assert not translator.has_perm(codename), model
        assert moderator.has_perm(codename), model


def test_an_editor_sees_submit_for_review_and_no_publish_button(client, editor, helpline):
    client.force_login(editor)
    html = client.get(edit_url(helpline)).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_every_reviewed_snippet_goes_through_the_moderators_workflow():
    for model in (HelpService, ReportingChannel, NavigationMenu, SiteFooter):
        workflow = model().get_workflow()
        assert workflow is not None and workflow.name == roles.WORKFLOW_NAME, model


def test_existing_snippets_stay_live():
    for model in (HelpService, ReportingChannel, NavigationMenu, SiteFooter):
        assert model.objects.exists()
        assert not model.objects.filter(live=False).exists(), model


def test_a_channel_never_approved_is_not_shown_to_readers(client):
    from support.models import ReportPage

    ReportingChannel.objects.create(
        locale=Locale.get_default(),
        slug="brouillon",
        name="Canal en brouillon",
        form_url="https://police.public.lu/fr/formulaire.html",
        live=False,
    )
    page = ReportPage.objects.live().get(locale__language_code="fr")
    assert "Canal en brouillon" not in client.get(page.url).content.decode()
    assert client.get(page.url + "brouillon/").status_code == 404


def test_a_draft_navigation_is_not_shown_the_live_one_is(client):
    menu = NavigationMenu.objects.get(locale__language_code="fr")
    live_links = [f'href="{block.value["page"].url}"' for block in menu.links]
    assert live_links
    menu.name = "Brouillon"
    menu.links = []
    menu.save_revision()  # a draft, as the admin's "Save draft" makes it
    header = client.get("/fr/").content.decode().split("</header>")[0]
    assert all(link in header for link in live_links)
    menu.refresh_from_db()
    assert len(menu.links) == len(live_links)


@pytest.mark.parametrize(
    "address",
    [
        "https://stopline.bee-secure.lu/",
        "https://police.public.lu/fr/support/formulaire.html",
        "https://www.childprotection.lu/",
    ],
)
def test_official_form_addresses_are_accepted(address):
    field = ReportingChannel._meta.get_field("form_url")
    field.clean(address, None)


@pytest.mark.parametrize(
    "address",
    [
        "https://police-lu.example.com/form",
        "http://stopline.bee-secure.lu/",
        "https://bee-secure.lu.evil.example/",
        "https://evilbee-secure.lu/",
        "https://user@bee-secure.lu/",
    ],
)
def test_other_form_addresses_are_refused_with_a_clear_message(address):
    field = ReportingChannel._meta.get_field("form_url")
    with pytest.raises(ValidationError) as refused:
        field.clean(address, None)
    message = " ".join(refused.value.messages)
    assert "official reporting form" in message or "formulaire officiel" in message
    assert "bee-secure.lu" in message


def test_the_admin_refuses_an_unofficial_form_address_and_keeps_the_live_one(client, editor):
    channel = ReportingChannel.objects.get(slug="stopline", locale__language_code="fr")
    client.force_login(editor)
    html = client.get(edit_url(channel)).content.decode()
    assert html  # the form renders
    response = client.post(
        edit_url(channel),
        {
            "name": channel.name,
            "slug": channel.slug,
            "form_url": "https://stopline.example.com/",
            "questions-count": "0",
        },
    )
    assert response.status_code == 200
    assert "formulaire officiel" in response.content.decode() or "official reporting form" in response.content.decode()
    channel.refresh_from_db()
    assert channel.form_url == "https://stopline.bee-secure.lu/"
