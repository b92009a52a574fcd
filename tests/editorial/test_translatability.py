"""Every page type and every translatable snippet readers see goes through wagtail-localize.

The lists come from Wagtail's registries (all page models, all translatable snippet models), so
page types and snippets added later are checked without touching this file. Each needs a French
instance in the demo content; the test then syncs it, opens the translation editor, and makes a
PO round trip, as an editor and a translator would.
"""

import polib
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

from editorial.roles import translatable_snippet_models

pytestmark = pytest.mark.django_db

PAGE_MODELS = [model for model in get_page_models() if model is not Page]
SNIPPET_MODELS = translatable_snippet_models()


def _label(model):
    return model._meta.label


def _french(model, **filters):
    return model.objects.filter(locale__language_code="fr", **filters).order_by("pk").first()


def _require(instance, model):
    """Fail if the model's app ships demo content without an instance of it; skip (visibly)
    while the app has no demo loader yet (its content is still being written)."""
    if instance is not None:
        return
    loader = f"{model._meta.app_label}.demo"
    if loader not in settings.VIGILANT_DEMO_LOADERS:
        pytest.skip(f"{_label(model)}: {loader} is not in VIGILANT_DEMO_LOADERS yet, so nothing to translate")
    pytest.fail(f"{_label(model)} has no French instance in the demo content ({loader})")


def _translation_into_german(admin_client, instance, submit_url):
    german = Locale.objects.get(language_code="de")
    if not instance.has_translation(german):
        response = admin_client.post(submit_url, {"locales": [german.pk]})
        assert response.status_code == 302, response.content[:500]
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.filter(source=source, target_locale=german).first()
    if translation is None:  # the German instance exists but was made outside wagtail-localize
        translation = Translation.objects.create(source=source, target_locale=german)
    return translation


def _po_round_trip(admin_client, translation):
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        entry.msgstr = entry.msgid  # a translator's text; the point is that it round-trips
    upload = SimpleUploadedFile("t.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert total == done


def test_every_model_readers_see_is_translatable():
    assert PAGE_MODELS and SNIPPET_MODELS
    from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Topic

    assert {NavigationMenu, SiteFooter, Audience, AgeBand, Topic} <= set(SNIPPET_MODELS)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=_label)
def test_page_type_translates_through_wagtail_localize(admin_client, model, django_capture_on_commit_callbacks):
    page = model.objects.live().exact_type(model).filter(locale__language_code="fr").order_by("path").first()
    _require(page, model)
    page = page.specific

    with django_capture_on_commit_callbacks(execute=True):
        translation = _translation_into_german(
            admin_client, page, reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        )
        # Sync from French ("Sync translated pages").
        sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
        assert admin_client.get(sync).status_code == 200
        assert admin_client.post(sync, {}).status_code == 302
        # The German page opens in wagtail-localize's translation editor.
        german = translation.get_target_instance()
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[german.pk]))
        assert response.status_code == 200
        assert "js-translation-editor" in response.content.decode()
        _po_round_trip(admin_client, translation)


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=_label)
def test_snippet_translates_through_wagtail_localize(admin_client, model):
    snippet = _french(model)
    _require(snippet, model)
    meta = model._meta
    translation = _translation_into_german(
        admin_client,
        snippet,
        reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, snippet.pk]),
    )
    german = translation.get_target_instance()
    response = admin_client.get(reverse(model.snippet_viewset.get_url_name("edit"), args=[german.pk]))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()
    _po_round_trip(admin_client, translation)


TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)


@pytest.mark.parametrize("model", [*PAGE_MODELS, *SNIPPET_MODELS], ids=_label)
def test_no_text_field_is_left_out_of_translation(model):
    """Every text field either translates or is declared synchronised (e.g. editor notes)."""
    declared = {field.field_name for field in get_translatable_fields(model)}
    left_out = [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, TEXT_FIELDS)
        and field.editable
        and field.name not in declared
        and field.model is not Page  # Wagtail's own page fields (url_path, draft_title...) are handled by it
    ]
    assert not left_out, f"{_label(model)}: {left_out} neither translate nor synchronise"
