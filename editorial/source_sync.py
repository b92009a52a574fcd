"""Keep wagtail-localize's copy of the French original current, without an editor's click.

wagtail-localize translates a frozen copy of the original (``TranslationSource``) that only
changes when someone clicks "Sync translated pages", which editors do not find
(wagtail-localize#702, #367). Here every publication of a French page, and every save of a French
snippet, refreshes that copy at once when the original has translations. Changed texts then
appear untranslated in each translation's editor (next to the French text), so the translator
sees exactly what changed, and editorial.status reports the translation as out of date.

Translated pages are never published from here: that goes through moderation. Snippets have no
drafts or moderation, so a snippet translation whose texts are all still translated (only links
or numbers changed) takes the change at once.
"""

import logging

from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource

logger = logging.getLogger(__name__)


def _is_translated_original(instance) -> bool:
    return (
        isinstance(instance, TranslatableMixin)
        and instance.locale_id == Locale.get_default().pk
        and TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).exists()
    )


def refresh_source(instance):
    """Update the TranslationSource of a French original; returns it, or None if untranslated."""
    if not _is_translated_original(instance):
        return None
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return source


def page_published(sender, instance, **kwargs):
    refresh_source(instance)


def snippet_saved(sender, instance, created, raw=False, **kwargs):
    if raw or created:
        return
    from editorial.roles import translatable_snippet_models

    if sender not in translatable_snippet_models():
        return
    source = refresh_source(instance)
    if source is None:
        return
    for translation in Translation.objects.filter(source=source, enabled=True).select_related("target_locale"):
        total, done = translation.get_progress()
        if total == done:
            translation.save_target()
