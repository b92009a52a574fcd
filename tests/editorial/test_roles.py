"""Editors write, translators translate, moderators approve and publish; nothing else publishes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Page, Workflow, WorkflowState

from core.languages import language_codes
from editorial import roles

pytestmark = pytest.mark.django_db


def test_the_three_roles_exist_with_a_moderation_workflow_on_every_language_tree():
    assert {roles.EDITORS, roles.TRANSLATORS, roles.MODERATORS} <= set(Group.objects.values_list("name", flat=True))
    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    assert workflow.active
    for locale in Locale.objects.all():
        home = Page.objects.get(depth=2, locale=locale)
        assert home.get_workflow() == workflow, locale.language_code
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]


def test_editors_and_translators_cannot_publish_moderators_can(editor, translator, moderator, home_fr):
    about = home_fr.get_children().get(slug="a-propos")
    german = about.get_translation(Locale.objects.get(language_code="de"))
    for page in (about, german):
        assert page.permissions_for_user(editor).can_edit()
        assert not page.permissions_for_user(editor).can_publish()
        assert not page.permissions_for_user(translator).can_publish()
        assert page.permissions_for_user(moderator).can_publish()
    # Translators translate: they edit the German page, never the French one.
    assert german.permissions_for_user(translator).can_edit()
    assert not about.permissions_for_user(translator).can_edit()


def test_roles_can_edit_translatable_snippets_only_moderators_delete(editor, translator, moderator):
    for user in (editor, translator, moderator):
        assert user.has_perm("core.change_navigationmenu")
        assert user.has_perm("core.change_topic")
        assert user.has_perm("wagtail_localize.submit_translation")
    assert not translator.has_perm("core.delete_topic")
    assert moderator.has_perm("core.delete_topic")


def test_translator_cannot_publish_from_the_translation_editor(client, translator, make_page):
    page = make_page("Traduction en attente", translate_into=["de"])
    german = page.get_translation(Locale.objects.get(language_code="de"))
    page.intro = "Texte changé en français."
    page.save_revision().publish()
    revisions = german.revisions.count()
    client.force_login(translator)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200
    response = client.post(reverse("wagtailadmin_pages:edit", args=[german.pk]), {"action": "publish"})
    # Wagtail turns the refusal into a redirect to the dashboard with an error message.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    german.refresh_from_db()
    assert german.revisions.count() == revisions
    assert "Texte changé en français." not in client.get(german.url).content.decode()


def test_translation_goes_live_only_after_a_moderator_approves(
    client, translator, moderator, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Avant approbation", translate_into=["de"])
    german = page.get_translation(Locale.objects.get(language_code="de")).specific
    page.intro = "Nouvelle introduction à traduire."
    page.save_revision().publish()

    client.force_login(translator)
    # The translator sees the "submit" button on the translated page and sends it to the moderators.
    submit = reverse("editorial:submit_translation_for_moderation", args=[german.pk])
    assert submit in client.get(reverse("wagtailadmin_explore", args=[german.get_parent().pk])).content.decode()
    assert client.get(submit).status_code == 200
    assert client.post(submit).status_code == 302
    state = WorkflowState.objects.get(object_id=str(german.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    german.refresh_from_db()
    assert german.live_revision_id != german.latest_revision_id  # not published yet

    client.force_login(moderator)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[german.pk, "approve", state.current_task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    german.refresh_from_db()
    assert german.live_revision_id == german.latest_revision_id
    assert (
        "Nouvelle introduction à traduire." in client.get(german.url).content.decode()
    )  # texts not translated stay French


def test_submit_view_refuses_french_pages_and_strangers(client, translator, home_fr):
    client.force_login(translator)
    about = home_fr.get_children().get(slug="a-propos")
    url = reverse("editorial:submit_translation_for_moderation", args=[about.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[about.pk])
    assert not WorkflowState.objects.filter(object_id=str(about.pk)).exists()
    missing = client.post(reverse("editorial:submit_translation_for_moderation", args=[999999]), follow=True)
    assert missing.status_code == 404  # the admin's 404 goes through the language prefix first
    client.logout()
    response = client.post(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not WorkflowState.objects.filter(object_id=str(about.pk)).exists()


def test_admin_is_offered_in_the_five_languages_and_luxembourgish_falls_back_to_french():
    from django.conf import settings
    from django.utils import translation

    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == language_codes()
    with translation.override("lb"):
        assert translation.gettext("Dashboard") == "Tableau de bord"  # Wagtail ships no lb: French
    with translation.override("pt"):
        assert translation.gettext("Dashboard") == "Painel de controlo"  # pt_PT, not pt_BR's "Painel"


def test_concurrent_editing_notice_is_on(admin_client, home_fr):
    about = home_fr.get_children().get(slug="a-propos")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    assert "w-session" in html  # Wagtail's editing-session controller ("X is also editing")


def test_revisions_are_kept_and_can_be_compared_and_reverted(admin_client, home_fr):
    about = home_fr.get_children().get(slug="a-propos").specific
    first = about.latest_revision
    about.intro = "Une autre introduction."
    second = about.save_revision()
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[about.pk, first.pk, second.pk])
    response = admin_client.get(compare)
    assert response.status_code == 200
    assert "Une autre introduction." in response.content.decode()
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[about.pk, first.pk])
    assert admin_client.get(revert).status_code == 200
