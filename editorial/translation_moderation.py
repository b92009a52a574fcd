"""Translators send a translated page to the moderators.

wagtail-localize's translation editor saves each translated text as it is typed and offers
"Publish" only to those allowed to publish; it has no "Submit for moderation" (it replaces
Wagtail's page editor, and with it the workflow actions). This view fills that gap: it saves the
translation as a draft revision of the translated page and starts the page's workflow, so a
moderator approves (and thereby publishes) it from their dashboard.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


def translation_for_page(page):
    """The enabled wagtail-localize translation that produced ``page``, or None."""
    if page.locale_id == Locale.get_default().pk:
        return None
    source = TranslationSource.objects.filter(object_id=page.translation_key).exclude(locale_id=page.locale_id).first()
    if source is None:
        return None
    return Translation.objects.filter(source=source, target_locale_id=page.locale_id, enabled=True).first()


def submit_translation_for_moderation(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    translation = translation_for_page(page)
    workflow = page.get_workflow()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if translation is None or workflow is None:
        messages.error(request, _("Only translated pages are sent to the moderators from here."))
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for the moderators."))
        return redirect(edit_url)
    if request.method == "POST":
        translation.save_target(user=request.user, publish=False)
        page.refresh_from_db()
        workflow.start(page, request.user)
        messages.success(
            request,
            _("The %(language)s translation of '%(title)s' was sent to the moderators.")
            % {"language": page.locale.get_display_name(), "title": page.get_admin_display_title()},
        )
        return redirect(edit_url)
    total, done = translation.get_progress()
    return TemplateResponse(
        request,
        "editorial/submit_translation.html",
        {"page": page, "translation": translation, "total": total, "done": done, "edit_url": edit_url},
    )


def page_buttons(page, user, view_name=None, next_url=None):
    """ "Submit translation to the moderators" on translated pages, for those who cannot publish."""
    if page.is_root() or page.locale_id == Locale.get_default().pk:
        return
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish() or page.workflow_in_progress:
        return
    if translation_for_page(page) is None:
        return
    yield Button(
        _("Submit translation to the moderators"),
        reverse("editorial:submit_translation_for_moderation", args=[page.pk]),
        icon_name="resubmit",
        priority=65,
    )
