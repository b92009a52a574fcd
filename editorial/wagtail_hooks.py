from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import localize_editor, translation_guards, translation_moderation
from editorial.views import TranslationStatusReportView


@hooks.register("register_admin_urls", order=-100)
def register_localize_guards():
    """Before wagtail-localize's own URLs (same addresses): see editorial.localize_editor."""
    return [path("localize/", include((localize_editor.shadowing_urls(), "editorial_localize")))]


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    urls = [
        path("translation-status/", TranslationStatusReportView.as_view(), name="translation_status"),
        path(
            "translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path(
            "submit-translation/<int:page_id>/",
            translation_moderation.submit_translation_for_moderation,
            name="submit_translation_for_moderation",
        ),
    ]
    return [path("editorial/", include((urls, "editorial"), namespace="editorial"))]


hooks.register("register_page_header_buttons", translation_moderation.page_buttons)
hooks.register("register_page_listing_more_buttons", translation_moderation.page_buttons)
hooks.register("before_edit_page", translation_moderation.publish_as_approval)
hooks.register("before_delete_page", translation_guards.refuse_deleting_translation)
hooks.register("before_bulk_action", translation_guards.refuse_bulk_deleting_translations)
hooks.register("construct_page_listing_buttons", translation_guards.hide_delete_button)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("editorial:translation_status"),
        name="translation-status",
        icon_name="site",
        order=1100,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_translations_report(request, menu_items):
    """One translations report: ours ("Translation status") says what is missing or out of date in
    every language; wagtail-localize's "Translations" beside it lists the same work less usefully."""
    from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem

    menu_items[:] = [item for item in menu_items if not isinstance(item, TranslationsReportMenuItem)]


@hooks.register("insert_global_admin_js")
def translation_editor_words():
    """Two texts wagtail-localize's translation editor writes in English (editorial/static/...)."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<script src="{}" defer></script>', static("editorial/translation_editor_words.js"))
