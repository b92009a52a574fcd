"""Translators send a translated page to the moderators.

wagtail-localize's translation editor saves each translated text when its Save button is clicked
and offers "Publish" only to those allowed to publish; it has no "Submit for moderation" (it
replaces Wagtail's page editor, and with it the workflow actions). This view fills that gap: it
saves the translation as a draft revision of the translated page and starts the page's workflow
(or resumes it after the moderators asked for changes), so a moderator approves (and thereby
publishes) it from their dashboard. The editor's footer posts here
(``editorial.localize_editor``).

While the translation is in review, every saved correction is written into a new draft revision
(``refresh_draft_in_review``): Wagtail's approval publishes the page's latest revision, so the
moderators review and publish the translation with its corrections.
"""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

logger = logging.getLogger(__name__)


def translation_for_page(page):
    """The enabled wagtail-localize translation that produced ``page``, or None."""
    if page.locale_id == Locale.get_default().pk:
        return None
    source = TranslationSource.objects.filter(object_id=page.translation_key).exclude(locale_id=page.locale_id).first()
    if source is None:
        return None
    return Translation.objects.filter(source=source, target_locale_id=page.locale_id, enabled=True).first()


def refresh_draft_in_review(translation, user):
    """While a translated page is in review, its latest revision follows every saved correction."""
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        return False
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return False
    try:
        translation.save_target(user=user, publish=False)
    except ValidationError:
        # The text is kept (the editor shows its error); the reviewed draft waits for a valid one.
        logger.warning("Translation %s in review not saved as a draft: validation error", translation.pk)
        return False
    return True


def submit_translation_for_moderation(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    translation = translation_for_page(page)
    workflow = page.get_workflow()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if translation is None or workflow is None:
        messages.error(request, _("Only translated pages are sent to the moderators from here."))
        return redirect(edit_url)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(request, _("This translation is already waiting for the moderators."))
        return redirect(edit_url)
    if request.method == "POST":
        translation.save_target(user=request.user, publish=False)
        page.refresh_from_db()
        if state is not None:  # the moderators asked for changes: the same review goes on
            state.resume(user=request.user)
        else:
            workflow.start(page, request.user)
        messages.success(
            request,
            _("The %(language)s translation of '%(title)s' was sent to the moderators.")
            % {"language": page.locale.get_display_name(), "title": page.get_admin_display_title()},
        )
        return redirect(edit_url)
    total, done = visible_progress(translation)
    return TemplateResponse(
        request,
        "editorial/submit_translation.html",
        {
            "page": page,
            "translation": translation,
            "total": total,
            "done": done,
            "edit_url": edit_url,
            "address": translated_address(translation, page),
        },
    )


def translated_address(translation, page):
    """The address the translation will have once published: its parent's, then its own slug."""
    slug = page.slug
    segment = translation.source.stringsegment_set.filter(context__path="slug").first()
    if segment is not None:
        translated = segment.string.translations.filter(
            locale_id=translation.target_locale_id, context_id=segment.context_id
        ).first()
        if translated is not None:
            slug = translated.data
    parent = page.get_parent()
    parent_url = parent.specific.get_url() if parent is not None else None
    return f"{parent_url or '/'}{slug}/"


def visible_progress(translation):
    """(total, done): the texts the translation editor shows, as it counts them."""
    from editorial.localize_editor import editor_progress

    return editor_progress(translation)


def publish_as_approval(request, page):
    """before_edit_page: a moderator's "Publish in ..." on a translation in review approves the review.

    wagtail-localize's publish button would publish beside the workflow and leave the review open;
    here the translation is saved as the reviewed revision and the moderator's approval publishes it.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS or state.current_task_state is None:
        return None
    translation = translation_for_page(page)
    if translation is None:
        return None
    task_state = state.current_task_state
    task = task_state.task.specific
    if "approve" not in [action[0] for action in task.get_actions(page, request.user)]:
        raise PermissionDenied
    translation.save_target(user=request.user, publish=False)
    task.on_action(task_state, request.user, "approve")
    messages.success(
        request,
        _("The %(language)s translation of '%(title)s' is approved and published.")
        % {"language": page.locale.get_display_name(), "title": page.get_admin_display_title()},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def page_buttons(page, user, view_name=None, next_url=None):
    """ "Submit translation to the moderators" on translated pages, for those who cannot publish."""
    if page.is_root() or page.locale_id == Locale.get_default().pk:
        return
    permissions = page.permissions_for_user(user)
    state = page.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if not permissions.can_edit() or permissions.can_publish() or in_review:
        return
    if translation_for_page(page) is None:
        return
    yield Button(
        _("Submit translation to the moderators"),
        reverse("editorial:submit_translation_for_moderation", args=[page.pk]),
        icon_name="resubmit",
        priority=65,
    )
