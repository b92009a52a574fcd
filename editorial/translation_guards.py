"""Only moderators remove a translation; translators never act on French pages.

Deleting a translated page takes it off the site without review, so it needs the Moderator role
(publish permission), whatever Wagtail's owner rule allows on drafts. The refusals are on the
server (hooks before Wagtail's delete views); the buttons are hidden as well
(``construct_page_listing_buttons`` and ``editorial.localize_editor``). Translators have no page
permission on the French tree at all (``editorial.roles``).
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Locale, Page


def is_translation(page):
    return page.locale_id != Locale.get_default().pk


def may_delete(user, page):
    return not is_translation(page) or page.permissions_for_user(user).can_publish()


def refuse_deleting_translation(request, page):
    """before_delete_page."""
    if not may_delete(request.user, page):
        raise PermissionDenied


def refuse_bulk_deleting_translations(request, action_type, objects, action_class_instance):
    """before_bulk_action."""
    if action_type != "delete":
        return
    for page in objects:
        if isinstance(page, Page) and not may_delete(request.user, page):
            raise PermissionDenied


def hide_delete_button(buttons, page, user, context=None):
    """construct_page_listing_buttons: no "Delete" on translations for those who may not publish."""
    if may_delete(user, page):
        return
    for button in list(buttons):
        if _is_delete(button):
            buttons.remove(button)
        for child in list(getattr(button, "dropdown_buttons", []) or []):
            if _is_delete(child):
                button.dropdown_buttons.remove(child)


def _is_delete(button):
    return getattr(button, "name", None) == "delete" or "/delete/" in (getattr(button, "url", "") or "")
