"""Moderators are told a translation waits for their review; the translator is told it was approved or
that changes are requested. Each e-mail speaks its recipient's admin language."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from editorial import roles

pytestmark = pytest.mark.django_db

ENGLISH = ("has been", "waiting for your review", "Hello", "Approved:", "Changes requested", "Moderators approval")


def person(username, group, language):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="pw-123456789", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def team(db):
    return {
        "translator": person("jonas", roles.TRANSLATORS, "de"),
        "moderatrice": person("claire", roles.MODERATORS, "fr"),
        "moderator": person("lena", roles.MODERATORS, "de"),
    }


def mail_to(user):
    found = [message for message in mail.outbox if message.to == [user.email]]
    assert len(found) == 1, [(m.to, m.subject) for m in mail.outbox]
    return found[0]


def assert_not_english(message):
    for text in (message.subject, message.body):
        for english in ENGLISH:
            assert english not in text, (english, text)


def submitted_translation(make_page, team):
    page = make_page("Relecture", translate_into=["de"])
    german = page.get_translation(Locale.objects.get(language_code="de")).specific
    german.save_revision(user=team["translator"])
    mail.outbox.clear()
    Workflow.objects.get(name=roles.WORKFLOW_NAME).start(german, team["translator"])
    return german


def test_moderators_are_asked_to_review_in_their_own_language(make_page, team):
    german = submitted_translation(make_page, team)

    french = mail_to(team["moderatrice"])
    assert french.subject == f"En attente de votre relecture : « {german.title} » (allemand)"
    assert "Salut Claire," in french.body
    assert (
        f"« {german.title} » (page, allemand) attend votre relecture dans « Validation par les modérateurs »."
        in french.body
    )
    assert f"/admin/pages/{german.pk}/edit/" in french.body
    assert_not_english(french)

    deutsch = mail_to(team["moderator"])
    assert deutsch.subject == f"Wartet auf Ihre Prüfung: „{german.title}“ (Deutsch)"
    assert "Hallo Lena," in deutsch.body
    assert "wartet in „Freigabe durch die Moderation“ auf Ihre Prüfung." in deutsch.body
    assert_not_english(deutsch)
    assert not [message for message in mail.outbox if message.to == [team["translator"].email]]


def test_the_translator_hears_of_the_approval_in_german(client, make_page, team, django_capture_on_commit_callbacks):
    german = submitted_translation(make_page, team)
    state = WorkflowState.objects.get(object_id=str(german.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    mail.outbox.clear()
    client.force_login(team["moderatrice"])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[german.pk, "approve", state.current_task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, {"comment": ""}).status_code in (200, 302)

    message = mail_to(team["translator"])
    assert message.subject == f"Freigegeben: „{german.title}“ (Deutsch)"
    assert "Hallo Jonas," in message.body
    assert (
        "wurde in „Freigabe durch die Moderation“ freigegeben: Die Lesenden sehen jetzt diese Fassung." in message.body
    )
    assert_not_english(message)


def test_the_translator_hears_that_changes_are_requested_with_the_comment(client, make_page, team):
    german = submitted_translation(make_page, team)
    state = WorkflowState.objects.get(object_id=str(german.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    mail.outbox.clear()
    client.force_login(team["moderator"])
    reject = reverse("wagtailadmin_pages:workflow_action", args=[german.pk, "reject", state.current_task_state.pk])
    assert client.post(reject, {"comment": "Bitte den Titel kürzen."}).status_code in (200, 302)

    message = mail_to(team["translator"])
    assert message.subject == f"Änderungen erbeten: „{german.title}“ (Deutsch)"
    assert "Ein Moderator bittet um Änderungen" in message.body
    assert "„Bitte den Titel kürzen.“" in message.body
    assert f"/admin/pages/{german.pk}/edit/" in message.body
    assert_not_english(message)


def test_a_french_editor_hears_of_the_approval_in_french(client, make_page, team, django_capture_on_commit_callbacks):
    editor = person("marie", roles.EDITORS, "fr")
    page = make_page("Nouvelle fiche")
    page.save_revision(user=editor)
    Workflow.objects.get(name=roles.WORKFLOW_NAME).start(page, editor)
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    mail.outbox.clear()
    client.force_login(team["moderator"])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"comment": ""})
    message = mail_to(editor)
    assert message.subject == "Approuvé : « Nouvelle fiche » (français)"
    assert "a été approuvée" not in message.body  # one sentence for every kind of content, no gendered agreement
    assert (
        "« Nouvelle fiche » (page, français) a été validé dans « Validation par les modérateurs » : "
        "les lecteurs voient maintenant cette version." in message.body
    )
    assert_not_english(message)


def test_the_workflow_name_reads_in_the_admin_language():
    from django.utils.translation import override

    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    for language, name in (("fr", "Validation par les modérateurs"), ("de", "Freigabe durch die Moderation")):
        with override(language):
            assert str(workflow.name) == name
            assert str(workflow) == name
            # Wagtail's own labels, e.g. "Submit to %(workflow_name)s", are %-formatted.
            assert "%(workflow_name)s" % {"workflow_name": workflow.name} == name  # noqa: UP031
    assert workflow.name == roles.WORKFLOW_NAME  # comparisons and queries see the stored name
    with override("de"):
        workflow.name = "Freigabe durch die Moderation"  # as the admin's workflow form shows it
        workflow.save()
    assert Workflow.objects.filter(name=roles.WORKFLOW_NAME).exists()


def test_mail_settings_come_from_the_environment():
    from vigilant.settings.mail import CONSOLE, SMTP, email_settings

    assert email_settings({}) == {"EMAIL_BACKEND": CONSOLE}
    smtp = email_settings({"EMAIL_URL": "smtp://vigilant%40bee-secure.lu:s%3Acret@mail.example.lu:587"})
    assert smtp["EMAIL_BACKEND"] == SMTP and smtp["EMAIL_HOST"] == "mail.example.lu" and smtp["EMAIL_PORT"] == 587
    assert smtp["EMAIL_HOST_USER"] == "vigilant@bee-secure.lu" and smtp["EMAIL_HOST_PASSWORD"] == "s:cret"
    assert smtp["EMAIL_USE_TLS"] and not smtp["EMAIL_USE_SSL"]
    ssl = email_settings({"EMAIL_URL": "smtps://mail.example.lu"})
    assert ssl["EMAIL_PORT"] == 465 and ssl["EMAIL_USE_SSL"] and not ssl["EMAIL_USE_TLS"]
    host = email_settings({"EMAIL_HOST": "relay.example.lu", "EMAIL_PORT": "25", "EMAIL_USE_TLS": "false"})
    assert host["EMAIL_PORT"] == 25 and not host["EMAIL_USE_TLS"]
    with pytest.raises(ValueError, match="EMAIL_URL"):
        email_settings({"EMAIL_URL": "http://mail.example.lu"})
