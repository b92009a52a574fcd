"""Keep wagtail-localize's copy of the French original current, without an editor's click.

wagtail-localize translates a frozen copy of the original (``TranslationSource``) that only
changes when someone clicks "Sync translated pages", which editors do not find
(wagtail-localize#702, #367). Here every publication of a French page, and every save of a French
snippet, refreshes that copy at once when the original has translations. Changed texts then
appear untranslated in each translation's editor (next to the French text), so the translator
sees exactly what changed, and editorial.status reports the translation as out of date.

Translated pages are never published from here: that goes through moderation. Snippets under
review (core.models.reviewed) refresh when a Moderator's approval publishes them, never on a draft
save; a snippet translation whose texts are all still translated (only links or numbers changed)
then takes the approved change at once.

UPSTREAM WORKAROUND: wagtail-localize syncs sources only on an editor's click.
Upstream: https://github.com/wagtail/wagtail-localize/issues/702 and
https://github.com/wagtail/wagtail-localize/issues/367
Delete when: wagtail-localize refreshes the TranslationSource on publish (tests/editorial/test_out_of_date.py
then passes without the signal receivers in editorial/apps.py).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource

# Page bookkeeping that changes on every publication without changing what readers read.
# wagtail-localize compares the whole serialised page, so without this every republication
# would look like a change to the original.
BOOKKEEPING_FIELDS = {
    *Page.default_exclude_fields_in_copy,
    "live",
    "live_revision",
    "latest_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "go_live_at",
    "expire_at",
    "expired",
    "comments",
}


def _content(instance_or_json):
    if isinstance(instance_or_json, str):
        data = json.loads(instance_or_json)
    elif isinstance(instance_or_json, ClusterableModel):
        data = json.loads(instance_or_json.to_json())
    else:
        data = json.loads(json.dumps(get_serializable_data_for_fields(instance_or_json), cls=DjangoJSONEncoder))
    return {key: value for key, value in data.items() if key not in BOOKKEEPING_FIELDS}


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
    if isinstance(instance, Page):
        instance = instance.specific
    source = TranslationSource.objects.get(object_id=instance.translation_key, locale_id=instance.locale_id)
    if _content(source.content_json) == _content(instance):
        return source
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return source


def page_published(sender, instance, **kwargs):
    refresh_source(instance)


def snippet_saved(sender, instance, created, raw=False, **kwargs):
    # Pages and reviewed snippets are refreshed when published (drafts must not reach translators
    # or readers: a draft save carries the unapproved values); other models only matter if they
    # are translatable snippets.
    if raw or created or not isinstance(instance, TranslatableMixin) or isinstance(instance, (Page, DraftStateMixin)):
        return
    _sync_snippet_translations(sender, instance)


def snippet_published(sender, instance, **kwargs):
    """wagtail.signals.published: a Moderator approved a reviewed snippet."""
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, Page):
        _sync_snippet_translations(sender, instance)


def _sync_snippet_translations(sender, instance):
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
