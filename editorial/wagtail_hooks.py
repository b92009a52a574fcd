from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.views import TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    urls = [
        path("", TranslationStatusReportView.as_view(), name="translation_status"),
        path("results/", TranslationStatusReportView.as_view(results_only=True), name="translation_status_results"),
    ]
    return [path("reports/translation-status/", include((urls, "editorial"), namespace="editorial"))]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("editorial:translation_status"),
        name="translation-status",
        icon_name="site",
        order=1100,
    )
