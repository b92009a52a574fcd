from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from education.admin_views import DownloadReportView, document_permission_policy


@hooks.register("register_admin_urls")
def register_download_report_urls():
    return [
        path("reports/downloads/", DownloadReportView.as_view(), name="education_download_report"),
        path(
            "reports/downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="education_download_report_results",
        ),
    ]


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return document_permission_policy().user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DownloadReportMenuItem(
        _("Document downloads"),
        reverse("education_download_report"),
        name="document-downloads",
        icon_name="download",
        order=1000,
    )
