"""Translators translate and submit from the translation editor; only moderators publish, convert
to an alias or delete a translation; corrections made during review are what gets published."""

import json
import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.urls import resolve, reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.demo.translation import strings_for, translate
from editorial import localize_editor
from factsheets.models import FactsheetPage

from .conftest import PAGE_BODY, PAGE_INTRO, localized_title

pytestmark = pytest.mark.django_db


def german_of(page):
    return page.get_translation(Locale.objects.get(language_code="de")).specific


def editor_props(response):
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    assert match, "the translation editor is not on the page"
    return json.loads(unescape(match.group(1)))


def segment_url(page, path):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=Locale.objects.get(language_code="de")
    )
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def save_text(client, page, path, value):
    response = client.put(
        segment_url(page, path), urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content
    return response


def approve(client, moderator, page, django_capture_on_commit_callbacks):
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"comment": ""}).status_code in (200, 302)


def test_translators_cannot_edit_copy_or_submit_french_pages(client, translator, home_fr):
    about = home_fr.get_children().get(slug="a-propos")
    revisions = about.revisions.count()
    client.force_login(translator)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).status_code != 200
    client.post(reverse("wagtailadmin_pages:edit", args=[about.pk]), {"title": "Changé", "action-submit": "1"})
    assert client.get(reverse("wagtailadmin_pages:copy", args=[about.pk])).status_code != 200
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[about.pk])).status_code != 200
    assert about.revisions.count() == revisions
    assert not WorkflowState.objects.filter(object_id=str(about.pk)).exists()
    # ... while the German translation opens in the translation editor.
    german = german_of(about)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200


def test_a_new_language_tree_is_open_to_translators(translator, home_fr):
    german_home = home_fr.get_translation(Locale.objects.get(language_code="de"))
    assert german_home.permissions_for_user(translator).can_edit()
    assert not home_fr.permissions_for_user(translator).can_edit()


def test_wagtail_localize_alias_and_text_addresses_pass_through_vigilant_first():
    for name, args, view in (
        ("convert_to_alias", [1], "convert_to_alias"),
        ("edit_string_translation", [1, 2], "edit_string_translation"),
        ("edit_override", [1, 2], "edit_override"),
        ("download_pofile", [1], "download_pofile"),
        ("upload_pofile", [1], "upload_pofile"),
    ):
        func = resolve(reverse(f"wagtail_localize:{name}", args=args)).func  # wrapped by the admin's checks
        assert (func.__module__, func.__name__) == (localize_editor.__name__, view), name


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard and an error message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_translator_cannot_convert_a_translation_to_an_alias(client, translator, moderator, make_page):
    page = make_page("Alias refusé", translate_into=["de"])
    german = german_of(page)
    convert = reverse("wagtail_localize:convert_to_alias", args=[german.pk])
    client.force_login(translator)
    assert refused(client.get(convert))
    assert refused(client.post(convert))
    german.refresh_from_db()
    assert german.alias_of_id is None
    assert german.title == "Alias refusé (de)"
    client.force_login(moderator)
    assert client.get(convert).status_code == 200  # the moderator's confirmation page


def test_translator_cannot_delete_a_draft_translation(client, translator, moderator, make_page):
    page = make_page("Brouillon à garder")
    texts = strings_for([localized_title("Brouillon à garder"), PAGE_INTRO, PAGE_BODY], "de")
    translate(page, "de", texts, publish=False)
    german = german_of(page)
    assert not german.live
    german.owner = translator
    german.save(update_fields=["owner"])
    delete = reverse("wagtailadmin_pages:delete", args=[german.pk])
    client.force_login(translator)
    assert refused(client.get(delete))
    assert refused(client.post(delete))
    assert Page.objects.filter(pk=german.pk).exists()
    listing = client.get(reverse("wagtailadmin_explore", args=[german.get_parent().pk])).content.decode()
    assert delete not in listing
    client.force_login(moderator)
    assert client.get(delete).status_code == 200


def test_translation_editor_shows_translators_submit_but_no_alias_delete_or_publish(
    client, translator, moderator, make_page
):
    page = make_page("Boutons du traducteur", translate_into=["de"])
    german = german_of(page)
    edit = reverse("wagtailadmin_pages:edit", args=[german.pk])
    submit = reverse("editorial:submit_translation_for_moderation", args=[german.pk])

    client.force_login(translator)
    response = client.get(edit)
    props = editor_props(response)
    assert props["links"]["convertToAliasUrl"] is None
    assert props["links"]["deleteUrl"] is None
    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is False
    html = response.content.decode()
    assert f'action="{submit}"' in html
    assert "Soumettre aux modérateurs" in html or "Submit to the moderators" in html

    client.force_login(moderator)
    props = editor_props(client.get(edit))
    assert props["links"]["convertToAliasUrl"]
    assert props["perms"]["canPublish"] is True
    assert f'action="{submit}"' not in client.get(edit).content.decode()


def test_correction_after_submitting_is_reviewed_and_published(
    client, translator, moderator, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Correction en revue", translate_into=["de"])
    german = german_of(page)
    client.force_login(translator)
    save_text(client, page, "intro", "Erste deutsche Fassung.")
    assert client.post(reverse("editorial:submit_translation_for_moderation", args=[german.pk])).status_code == 302
    german.refresh_from_db()
    assert german.workflow_in_progress

    # The editor now says the translation is in review and that saved texts go into it.
    html = client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).content.decode()
    assert "vigilant-translation-workflow__status" in html
    save_text(client, page, "intro", "Korrigierte deutsche Fassung.")

    # The moderator's preview is the latest revision: it holds the correction.
    german.refresh_from_db()
    assert german.get_latest_revision_as_object().intro == "Korrigierte deutsche Fassung."
    approve(client, moderator, german, django_capture_on_commit_callbacks)
    german.refresh_from_db()
    assert german.live and german.intro == "Korrigierte deutsche Fassung."
    client.logout()
    assert "Korrigierte deutsche Fassung." in client.get(german.url).content.decode()


def test_translated_title_proposes_the_slug_unless_the_translator_wrote_one(client, translator, make_page):
    # As "Translate this page" does: the German page starts with the French texts and address.
    page = make_page("Les jeux en ligne", slug="les-jeux-en-ligne")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="de")).save_target(
        publish=False
    )
    german = german_of(page)
    assert german.slug == "les-jeux-en-ligne"
    client.force_login(translator)
    save_text(client, page, "title", "Online-Glücksspiele für Jugendliche")
    html = client.get(reverse("editorial:submit_translation_for_moderation", args=[german.pk])).content.decode()
    assert "/online-glucksspiele-fur-jugendliche/" in html
    client.post(reverse("editorial:submit_translation_for_moderation", args=[german.pk]))
    german.refresh_from_db()
    assert german.get_latest_revision_as_object().slug == "online-glucksspiele-fur-jugendliche"

    save_text(client, page, "slug", "gluecksspiele")
    save_text(client, page, "title", "Glücksspiele im Netz")
    german.refresh_from_db()
    assert german.get_latest_revision_as_object().slug == "gluecksspiele"


def law_factsheet():
    return FactsheetPage.objects.get(locale=Locale.get_default(), slug="grooming")


def test_every_law_text_is_labelled_by_block_and_field_in_the_editor_and_the_po_file(client, moderator):
    factsheet = law_factsheet()
    german = german_of(factsheet)
    client.force_login(moderator)
    props = editor_props(client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])))
    law_labels = [
        segment["location"]["subField"]
        for segment in props["segments"]
        if segment["location"]["field"] in ("What the law says", "Ce que dit la loi")
    ]
    assert law_labels, [segment["location"] for segment in props["segments"]]
    assert len(set(law_labels)) == len(law_labels), law_labels  # no two texts share a label
    assert any(label.endswith("› Penalty") or label.endswith("› Peine") for label in law_labels), law_labels

    translation = Translation.objects.get(source__object_id=factsheet.translation_key, target_locale=german.locale)
    po = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    assert re.search(r"#\. (What the law says|Ce que dit la loi) › (Rule|Règle) 1 › ", po), po[:2000]


def test_submit_page_counts_the_texts_the_editor_shows(client, translator, make_page):
    page = make_page("Comptes justes", translate_into=["de"])
    german = german_of(page)
    client.force_login(translator)
    props = editor_props(client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])))
    shown = [segment for segment in props["segments"] if segment["type"] == "string"]
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german.locale)
    total, done = localize_editor.editor_progress(translation)
    assert total == len(shown)
    translated = {item["segment_id"] for item in props["initialStringTranslations"]}
    assert done == len([segment for segment in shown if segment["id"] in translated])


def test_status_report_counts_the_texts_the_editor_shows(make_page):
    from editorial.status import _LocalizeState

    page = make_page("Comptes du rapport", translate_into=["de"])
    german = german_of(page)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german.locale)
    _source, to_translate, total, _last = _LocalizeState(Locale.get_default()).progress(
        page.translation_key, german.locale_id
    )
    assert (total, total - to_translate) == localize_editor.editor_progress(translation)


def test_moderator_publishing_a_translation_in_review_approves_the_review(
    client, translator, moderator, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Publiée par la revue", translate_into=["de"])
    german = german_of(page)
    client.force_login(translator)
    save_text(client, page, "intro", "Zur Prüfung vorgelegt.")
    client.post(reverse("editorial:submit_translation_for_moderation", args=[german.pk]))
    state = WorkflowState.objects.get(object_id=str(german.pk), status=WorkflowState.STATUS_IN_PROGRESS)

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[german.pk]), {"action": "publish"})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    german.refresh_from_db()
    assert german.live and german.intro == "Zur Prüfung vorgelegt."


def test_translator_cannot_publish_translations_with_sync_translated_pages(client, translator, moderator, make_page):
    page = make_page("Synchronisée", translate_into=["de"])
    german = german_of(page)
    page.intro = "Nouvelle phrase française."
    page.save_revision().publish()
    live_revision = german.live_revision_id
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    client.force_login(translator)
    assert refused(client.post(sync, {"publish_translations": "on"}))
    german.refresh_from_db()
    assert german.live_revision_id == live_revision
    assert client.get(sync).status_code == 200  # syncing without publishing stays open to translators
