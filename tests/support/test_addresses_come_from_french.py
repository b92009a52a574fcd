"""A reporting channel's form address and a help service's phone number and website come from the
French source only: the translation editor offers no way to change them in one language, and
publishing a translation always carries the French values."""

import pytest
from wagtail.models import Locale
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import OverridableSegmentValue

from support.models import HelpService, ReportingChannel

pytestmark = pytest.mark.django_db


def overridable_paths(instance):
    return {segment.path for segment in extract_segments(instance) if isinstance(segment, OverridableSegmentValue)}


def test_a_translator_cannot_override_where_a_report_or_a_call_goes():
    channel = ReportingChannel.objects.filter(locale=Locale.get_default()).first()
    service = HelpService.objects.filter(locale=Locale.get_default()).exclude(phone="").first()
    assert "form_url" not in overridable_paths(channel)
    assert not {"phone", "website"} & overridable_paths(service)


def test_a_translation_always_carries_the_french_form_address():
    channel = ReportingChannel.objects.filter(locale=Locale.get_default()).first()
    german = channel.get_translation(Locale.objects.get(language_code="de"))
    german.form_url = "https://elsewhere.example/form"
    german.save()
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.update_or_create_from_instance(channel)
    source.update_target_view_restrictions = lambda *args, **kwargs: None
    translated, _created = source.create_or_update_translation(german.locale)
    translated.refresh_from_db()
    assert translated.form_url == channel.form_url
