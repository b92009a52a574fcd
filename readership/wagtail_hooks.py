from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from readership.admin_views import PageViewsReportView
from readership.counting import mark_page_view


@hooks.register("on_serve_page")
def mark_page_views(next_serve):
    """Marks what Wagtail serves as a view of that page (counted by CountPageViewsMiddleware).

    Only the page's own answer is marked: a password form from a view restriction, or a redirect
    from a before_serve_page hook, never reaches this point.
    """

    def serve(page, request, args, kwargs):
        response = next_serve(page, request, args, kwargs)
        mark_page_view(request, page, response)
        return response

    return serve


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/reading-figures/", PageViewsReportView.as_view(), name="readership_report"),
        path(
            "reports/reading-figures/results/",
            PageViewsReportView.as_view(results_only=True),
            name="readership_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Reading figures"), reverse("readership_report"), name="reading-figures", icon_name="view", order=950
    )
