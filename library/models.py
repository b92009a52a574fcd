"""The resource library page: every piece of material, filterable without JavaScript."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage
from library import catalogue
from library.filters import parse_query

FACET_LABELS = {
    "audience": _("Audience"),
    "age": _("Age"),
    "topic": _("Topic"),
    "format": _("Type and format"),
    "language": _("Available in"),
}


class LibraryPage(BasePage):
    page_cache_query_parameters = (
        "audience",
        "age",
        "topic",
        "format",
        "language",
        "sort",
        "page",
    )  # the page cache stores these addresses (core.page_cache)
    intro = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("items per page"), default=20)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("per_page"), BasePage.editor_notes_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        library = catalogue.Catalogue(request)
        options = library.facet_options()
        query = parse_query(request.GET, options)
        results = catalogue.sort_items(catalogue.filter_items(library.items, query.selection), query.sort)
        facets = []
        for name in catalogue.FACETS:
            counts = catalogue.count_values(library.items, query.selection, name)
            facets.append(
                catalogue.Facet(
                    name=name,
                    label=FACET_LABELS[name],
                    options=[
                        catalogue.Option(
                            value=value,
                            label=label,
                            count=counts.get(value, 0),
                            selected=value in query.selection[name],
                        )
                        for value, label in options[name]
                    ],
                )
            )
        paginator = Paginator(results, max(1, self.per_page))
        page_obj = paginator.get_page(query.page)
        # Links keep only what was understood, so a bad value does not follow the reader around.
        kept = [(name, value) for name in catalogue.FACETS for value in sorted(query.selection[name])]
        if query.sort != "newest":
            kept.append(("sort", query.sort))
        context.update(
            {
                "facets": facets,
                "query": query,
                "results_page": page_obj,
                "result_count": len(results),
                "query_without_page": urlencode(kept),
                "sorts": [("newest", _("Newest first")), ("title", _("Title (A to Z)"))],
            }
        )
        return context

    def serve(self, request, *args, **kwargs):
        context = self.get_context(request, *args, **kwargs)
        status = 200 if context["query"].is_valid else 400
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context, status=status)
