"""The editors' report of anonymous daily download totals (Reports > Downloads)."""

import django_filters
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from core.csv_export import ExcelSafeExportMixin
from education.models import DocumentDownloadCount


def document_permission_policy():
    return policy_registry.get_by_type(get_document_model())


class DownloadCountFilterSet(WagtailFilterSet):
    day = django_filters.DateFromToRangeFilter(label=_("Day"), widget=DateRangePickerWidget)
    language_code = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )

    class Meta:
        model = DocumentDownloadCount
        fields = ["day", "language_code", "document"]


class DownloadReportView(ExcelSafeExportMixin, ReportView):
    page_title = _("Document downloads")
    header_icon = "download"
    results_template_name = "education/admin/download_report_results.html"
    filterset_class = DownloadCountFilterSet
    index_url_name = "education_download_report"
    index_results_url_name = "education_download_report_results"
    permission_required = "change"
    list_export = ["day", "document.title", "language_code", "count"]
    export_headings = {
        "day": _("Day"),
        "document.title": _("Document"),
        "language_code": _("Language"),
        "count": _("Downloads"),
    }

    @property
    def permission_policy(self):
        """Editors who may change documents see how often they are downloaded."""
        return document_permission_policy()

    def get_filename(self):
        return f"downloads-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return DocumentDownloadCount.objects.select_related("document").order_by("-day", "document__title")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["total"] = self.object_list.aggregate(total=Sum("count"))["total"] or 0
        return context
