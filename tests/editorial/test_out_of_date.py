"""When the French original changes, its translations are reported out of date until republished."""

import json
import re

import pytest
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from core.languages import translation_codes
from core.models import StandardPage, Topic
from editorial.status import OUT_OF_DATE, UP_TO_DATE, TranslationStatus

pytestmark = pytest.mark.django_db


def statuses(instance):
    with override("en"):
        return {
            row.language_code: (row.status, str(row.detail))
            for row in TranslationStatus().rows
            if row.translation_key == instance.translation_key
        }


def test_demo_translations_start_up_to_date(make_page):
    page = make_page("Stable", translate_into=translation_codes())
    assert {code: status for code, (status, _detail) in statuses(page).items()} == dict.fromkeys(
        translation_codes(), UP_TO_DATE
    )


def test_publishing_the_french_page_again_unchanged_keeps_translations_up_to_date(make_page):
    page = make_page("Inchangé", translate_into=["de"])
    page.save_revision().publish()
    assert statuses(page)["de"][0] == UP_TO_DATE


def test_changed_french_text_marks_every_translation_out_of_date_and_shows_what_changed(
    admin_client, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Avant", translate_into=["de", "en"])
    page.intro = "Une introduction toute neuve."
    page.save_revision().publish()

    report = statuses(page)
    total = Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="de").source
    total = total.stringsegment_set.count()
    assert report["de"] == (OUT_OF_DATE, f"1 of {total} texts changed in French and wait for a translation")
    assert report["en"][0] == OUT_OF_DATE
    assert report["lb"][0] == "missing"

    # The translator's editor shows the new French text, untranslated, next to the others.
    german = page.get_translation(Locale.objects.get(language_code="de"))
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[german.pk]))
    assert response.status_code == 200
    props = json.loads(
        re.search(r'data-props="([^"]+)"', response.content.decode())
        .group(1)
        .replace("&quot;", '"')
        .replace("&#x27;", "'")
    )
    segments = {segment["source"]: segment for segment in props["segments"] if segment["type"] == "string"}
    assert "Une introduction toute neuve." in segments
    assert props["initialStringTranslations"] is not None
    translated_ids = {item["segment_id"] for item in props["initialStringTranslations"]}
    assert segments["Une introduction toute neuve."]["id"] not in translated_ids
    assert segments["Avant"]["id"] in translated_ids


def test_translating_the_change_and_publishing_once_brings_it_up_to_date(
    admin_client, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Avant", translate_into=["de"])
    page.intro = "Une introduction toute neuve."
    page.save_revision().publish()
    german_locale = Locale.objects.get(language_code="de")
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german_locale)
    segment = translation.source.stringsegment_set.get(string__data="Une introduction toute neuve.")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=german_locale, context=segment.context, data="Eine ganz neue Einleitung."
    )
    assert statuses(page)["de"] == (OUT_OF_DATE, "Translated texts not published yet")

    german = page.get_translation(german_locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[german.pk]), {"action": "publish"})
    assert response.status_code == 302
    assert statuses(page)["de"] == (UP_TO_DATE, "")
    assert "Eine ganz neue Einleitung." in admin_client.get(german.url).content.decode()


def test_a_change_without_new_text_asks_only_for_republishing(
    admin_client, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Notes", translate_into=["de"])
    page.editor_notes = "Vérifié avec le BEE Secure, novembre 2026."  # synchronised, not translated
    page.save_revision().publish()
    status, detail = statuses(page)["de"]
    assert status == OUT_OF_DATE
    assert "publish the translation again" in detail

    german = page.get_translation(Locale.objects.get(language_code="de"))
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("wagtailadmin_pages:edit", args=[german.pk]), {"action": "publish"})
    assert statuses(page)["de"][0] == UP_TO_DATE
    assert StandardPage.objects.get(pk=german.pk).editor_notes == page.editor_notes


def test_snippet_with_changed_text_is_out_of_date_until_translated():
    topic = Topic.objects.get(slug="sexting", locale__language_code="fr")
    topic.name = "Sexting et partage d'images"
    topic.save()
    report = statuses(topic)
    assert report["de"] == (OUT_OF_DATE, "1 of 1 texts changed in French and wait for a translation")
    # The German label readers see is unchanged until a translator acts.
    assert Topic.objects.get(translation_key=topic.translation_key, locale__language_code="de").name == "Sexting"


def test_snippet_change_without_new_text_reaches_translations_at_once():
    topic = Topic.objects.get(slug="sexting", locale__language_code="fr")
    topic.sort_order = 42  # synchronised field
    topic.save()
    assert statuses(topic)["de"][0] == UP_TO_DATE
    assert Topic.objects.get(translation_key=topic.translation_key, locale__language_code="de").sort_order == 42
