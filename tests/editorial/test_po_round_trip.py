"""A translator's PO round trip: export, translate every segment, upload, publish, read."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from core.demo.translation import strings_for
from tests.editorial.conftest import PAGE_BODY, PAGE_INTRO, localized_title

pytestmark = pytest.mark.django_db


def test_po_round_trip_publishes_a_page_readers_can_read_in_german(
    admin_client, make_page, django_capture_on_commit_callbacks
):
    page = make_page("Guide des parents")
    german = Locale.objects.get(language_code="de")

    # 1. Start the translation from the admin, as the "Translate" button does.
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [german.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german)
    draft = page.get_translation(german)
    assert not draft.live  # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

    # 2. Download the PO file: one entry per text of the page.
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    segments = StringSegment.objects.filter(source=translation.source)
    assert len([entry for entry in po if not entry.obsolete]) == segments.count() > 3

    # 3. Translate every entry, as a translator's PO editor would.
    title = localized_title("Guide des parents")
    german_texts = strings_for([title, PAGE_INTRO, PAGE_BODY], "de")
    for entry in po:
        if entry.msgctxt == "slug":
            entry.msgstr = slugify(title["de"])
        else:
            entry.msgstr = german_texts[" ".join(entry.msgid.split())]
    upload = SimpleUploadedFile("guide-de.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert translation.get_progress() == (segments.count(), segments.count())

    # 4. Publish from the translation editor.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live

    # 5. German readers read it in German.
    response = admin_client.get(draft.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert f"<h1>{title['de']}</h1>" in html
    assert "Zweiter Absatz, mit etwas mehr Text." in html
    assert "translation-fallback" not in html
