"""The editors' reading-figures report (Reports > Reading figures), with a CSV export."""

import django_filters
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from core.csv_export import ExcelSafeExportMixin, language_name
from education.downloads import downloads_per_language
from readership import figures
from readership.models import DailyPageViews


class PageViewsFilterSet(WagtailFilterSet):
    day = django_filters.DateFromToRangeFilter(label=_("Day"), widget=DateRangePickerWidget)
    language_code = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )

    class Meta:
        model = DailyPageViews
        fields = ["day", "language_code"]


class PageViewsReportView(ExcelSafeExportMixin, ReportView):
    page_title = _("Reading figures")
    header_icon = "view"
    results_template_name = "readership/admin/page_views_report_results.html"
    filterset_class = PageViewsFilterSet
    index_url_name = "readership_report"
    index_results_url_name = "readership_report_results"
    paginate_by = 50
    list_export = ["day", "page.title", "page_id", "language_code", "read_as", "views"]
    export_headings = {
        "day": _("Day"),
        "page.title": _("Page"),
        "page_id": _("Page ID"),
        "language_code": _("Language"),
        "read_as": _("Read as"),
        "views": _("Page views"),
    }

    def get_filename(self):
        return f"reading-figures-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return DailyPageViews.objects.select_related("page").order_by("-day", "language_code", "-views", "page_id")

    def to_row_dict(self, item):
        if item.at_fallback:
            read_as = _("French page, not translated")
        elif item.language_code == settings.LANGUAGE_CODE:
            read_as = _("French original")
        else:
            read_as = _("Translation")
        return {
            "day": item.day,
            "page.title": item.page.title,
            "page_id": item.page_id,
            "language_code": item.language_code,
            "read_as": read_as,
            "views": item.views,
        }

    def _selected_days(self):
        form = self.filters.form if self.filters is not None else None
        days = form.cleaned_data.get("day") if form is not None and form.is_valid() else None
        return (days.start, days.stop) if days else (None, None)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = self.object_list
        first_day, last_day = self._selected_days()
        totals = figures.totals_per_language(rows, downloads_per_language(first_day, last_day))
        language = self.filters.form.cleaned_data.get("language_code") if self.filters is not None else None
        if language:
            totals = [total for total in totals if total.language_code == language]
        most_read = figures.most_read(rows)
        languages = [total.language_code for total in totals]
        context.update(
            totals=totals,
            most_read=[(language_name(code), most_read[code]) for code in languages],
            fallback_views=figures.fallback_views(rows),
            weeks=[(week, week.cells(languages)) for week in figures.weekly_trends(rows)],
            week_languages=[(code, language_name(code)) for code in languages],
            total_views=sum(total.views for total in totals),
        )
        return context
