"""Vigilant's changes to wagtail-localize's translation editor, all in this module.

Why: wagtail-localize 1.14 lets translators alias or delete; its editor has no workflow action; edits miss reviews.
Upstream: https://github.com/wagtail/wagtail-localize/blob/main/wagtail_localize/views/edit_translation.py
Delete when: wagtail-localize guards those actions, has workflow actions in its editor and labels nested blocks.

How it steps in (each piece is small and calls the upstream view it guards):
- ``shadowing_urls``: the same addresses as wagtail-localize's own convert-to-alias, sync,
  text-saving and PO views, mounted before them (``editorial.wagtail_hooks``), so every request
  passes our checks first: converting to an alias, and publishing with "Sync translated pages",
  need the Moderator role; a saved text (or an uploaded PO file) also updates the draft the
  moderators review and proposes a translated slug; a downloaded PO file says in words what each
  text is.
- ``editor_props``: the editor's React props without the alias and delete buttons for those who
  may not publish, and with every text labelled by its block and field
  (``templates/wagtail_localize/admin/edit_translation.html`` extends the upstream template).
- ``workflow_footer``: what the editor's footer offers about moderation (submit, or "in review").
"""

import json

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.text import slugify
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.views import convert, update_translations
from wagtail_localize.views import edit_translation as upstream

from core import segment_labels
from editorial.translation_moderation import refresh_draft_in_review

SLUG_TOOL = "Vigilant: slug from the translated title"


def may_publish(user, instance):
    return isinstance(instance, Page) and instance.permissions_for_user(user).can_publish()


def convert_to_alias(request, page_id):
    """Replacing a translation by the French page publishes French text at once: moderators only."""
    page = get_object_or_404(Page, id=page_id)
    if not may_publish(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


_update_translations = update_translations.UpdateTranslationsView.as_view()


def sync_translations(request, translation_source_id):
    """ "Sync translated pages" may publish every translation at once: only for those who may publish them."""
    if request.method == "POST" and request.POST.get("publish_translations"):
        source = get_object_or_404(TranslationSource, id=translation_source_id)
        for translation in source.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:  # not created yet: nothing published there
                continue
            if isinstance(target, Page) and not may_publish(request.user, target):
                raise PermissionDenied
    return _update_translations(request, translation_source_id=translation_source_id)


def propose_slug(translation, user):
    """The translated title's slug, unless the translator wrote a slug themselves."""
    source = translation.source
    title = source.stringsegment_set.filter(context__path="title").select_related("string").first()
    slug = source.stringsegment_set.filter(context__path="slug").select_related("string").first()
    if title is None or slug is None:
        return
    translated_title = StringTranslation.objects.filter(
        translation_of_id=title.string_id, locale_id=translation.target_locale_id, context_id=title.context_id
    ).first()
    if translated_title is None:
        return
    current = StringTranslation.objects.filter(
        translation_of_id=slug.string_id, locale_id=translation.target_locale_id, context_id=slug.context_id
    ).first()
    if current is not None and current.tool_name != SLUG_TOOL and current.data != slug.string.data:
        return  # written by a person: theirs
    proposal = slugify(translated_title.data)
    if not proposal:
        return
    StringTranslation.objects.update_or_create(
        translation_of_id=slug.string_id,
        locale_id=translation.target_locale_id,
        context_id=slug.context_id,
        defaults={
            "data": proposal,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": SLUG_TOOL,
            "last_translated_by": user,
            "has_error": False,
            "field_error": "",
        },
    )


def _after_change(request, translation_id, response, propose_a_slug):
    if response.status_code >= 400:
        return response
    translation = Translation.objects.filter(id=translation_id).select_related("source").first()
    if translation is None:
        return response
    if propose_a_slug:
        propose_slug(translation, request.user)
    refresh_draft_in_review(translation, request.user)
    return response


@csrf_exempt  # as upstream: Django REST framework's session authentication checks the CSRF token
def edit_string_translation(request, translation_id, string_segment_id):
    response = upstream.edit_string_translation(request, translation_id, string_segment_id)
    is_title = StringSegment.objects.filter(id=string_segment_id, context__path="title").exists()
    return _after_change(request, translation_id, response, propose_a_slug=is_title)


@csrf_exempt  # as upstream
def edit_override(request, translation_id, overridable_segment_id):
    response = upstream.edit_override(request, translation_id, overridable_segment_id)
    return _after_change(request, translation_id, response, propose_a_slug=False)


def upload_pofile(request, translation_id):
    response = upstream.upload_pofile(request, translation_id)
    return _after_change(request, translation_id, response, propose_a_slug=True)


def download_pofile(request, translation_id):
    """Upstream's PO file, with a comment naming each text's block and field in words."""
    response = upstream.download_pofile(request, translation_id)
    translation = get_object_or_404(Translation, id=translation_id)
    source_instance = translation.source.as_instance()
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt and not entry.obsolete:
            entry.comment = segment_labels.describe_in_words(source_instance, entry.msgctxt)
    labelled = HttpResponse(str(po), content_type=response["Content-Type"])
    labelled["Content-Disposition"] = response["Content-Disposition"]
    return labelled


def shadowing_urls():
    """Mounted under ``localize/`` before wagtail-localize's URLs: the same addresses, checked first."""
    return [
        path("page/<int:page_id>/convert_to_alias/", convert_to_alias, name="convert_to_alias"),
        path("update/<int:translation_source_id>/", sync_translations, name="update_translations"),
        path(
            "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            edit_string_translation,
            name="edit_string_translation",
        ),
        path(
            "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            edit_override,
            name="edit_override",
        ),
        path("translate/<int:translation_id>/pofile/download/", download_pofile, name="download_pofile"),
        path("translate/<int:translation_id>/pofile/upload/", upload_pofile, name="upload_pofile"),
    ]


def editor_props(props_json, user, instance, translation):
    """The translation editor's React props as Vigilant shows them to ``user``."""
    props = json.loads(props_json)
    if isinstance(instance, Page) and not may_publish(user, instance):
        props["links"]["convertToAliasUrl"] = None
        props["links"]["deleteUrl"] = None
        props["perms"]["canDelete"] = False
        props["perms"]["canPublish"] = False
    source_instance = translation.source.as_instance()
    for segment in props.get("segments", []):
        field, detail = segment_labels.describe(source_instance, segment["contentPath"])
        location = segment["location"]
        if location.get("blockId"):
            location["field"] = field
        if detail:
            location["subField"] = detail
    return json.dumps(props)


def shown_field_names(model):
    """Names of the fields whose texts the translation editor shows (the others have no panel)."""
    instance = model()
    return set(upstream.TabHelper(instance).field_tab_mapping)


def editor_progress(translation):
    """(total, done) over the texts the translation editor shows, as its own counter counts them."""
    shown = shown_field_names(translation.source.specific_content_type.model_class())
    segments = [
        segment
        for segment in translation.source.stringsegment_set.select_related("context")
        if segment.context.path.split(".")[0] in shown
    ]
    done = set(
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context_id__in=[segment.context_id for segment in segments],
            has_error=False,
        ).values_list("translation_of_id", "context_id")
    )
    total = len(segments)
    return total, sum(1 for segment in segments if (segment.string_id, segment.context_id) in done)


def workflow_footer(user, instance):
    """What the footer says about moderation, for a translated page and a user who may not publish."""
    if not isinstance(instance, Page) or may_publish(user, instance):
        return None
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return {"in_review": True, "since": state.created_at}
    return {"in_review": False, "needs_changes": state is not None}
