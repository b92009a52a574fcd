"""Factsheet pages: what a reader needs to know about one risk, and the index that lists them."""

import hashlib

from django import forms
from django.db import models
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage, SourcedMixin, TaggedPageMixin
from core.models.pages import in_default_locale
from core.pdf import page_pdf_key, pdf_response, site_base_url
from core.routing import parent_page

from .blocks import FactsheetStreamBlock
from .filters import FactsheetFilterForm


class FactsheetIndexPage(BasePage):
    page_cache_query_parameters = (
        "topic",
        "audience",
        "age",
    )  # the page cache stores these addresses (core.page_cache)
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["factsheets.FactsheetPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), BasePage.editor_notes_panel]

    class Meta:
        verbose_name = _("factsheet index")

    def factsheets(self):
        """Live, public factsheets under this index (so in its locale), with their tags in one go."""
        return (
            FactsheetPage.objects.child_of(self)
            .live()
            .public()
            .filter(locale_id=self.locale_id)
            .prefetch_related("audiences", "age_bands", "topics")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = FactsheetFilterForm(request.GET)
        context["filter_form"] = form
        context["factsheets"] = form.filter(self.factsheets())
        context["is_filtered"] = bool(form.active_filters())
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A tampered or outdated filter value still gets the list (without that filter) and a
        # notice, but not a 200: search engines should not index made-up filter addresses.
        if response.context_data["filter_form"].errors:
            response.status_code = 400
        return response


class FactsheetPage(RoutablePageMixin, TaggedPageMixin, SourcedMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(FactsheetStreamBlock(), blank=True, verbose_name=_("body"))
    reporting_channels = ParentalManyToManyField(
        "support.ReportingChannel",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("reporting channels"),
        help_text=_("Leave empty to offer the channels tagged with this factsheet's topics."),
    )

    parent_page_types = ["factsheets.FactsheetIndexPage"]
    subpage_types = []
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
        *SourcedMixin.sourcing_translatable_fields,
        # Translations point at the same (default-locale) channels; readers see theirs.
        SynchronizedField("reporting_channels"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        TaggedPageMixin.tagging_panel,
        MultiFieldPanel(
            [FieldPanel("reporting_channels", widget=forms.CheckboxSelectMultiple)],
            heading=_("Where to report"),
        ),
        SourcedMixin.sourcing_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("factsheet")

    def what_to_recheck(self):
        """The law articles this factsheet cites (from its "What the law says" blocks), then its sources."""
        articles = [
            rule["article"]
            for block in self.body
            if block.block_type == "what_the_law_says"
            for rule in block.value["rules"]
            if rule["article"]
        ]
        return [*dict.fromkeys(articles), _("the sources still say the same")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pdf_url"] = self.pdf_url(request)
        context["index_page"] = parent_page(self, request)
        return context

    def pdf_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("pdf").lstrip("/")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The page as a printable A4 PDF in the reader's language, rendered once per revision.

        The printed page also shows things that change without a new revision of the page (the
        reporting channels and help services, tag labels), so the storage key adds a digest of
        the printable HTML: rendering the HTML is cheap, WeasyPrint is not.
        """
        template_name = "factsheets/factsheet_page_print.html"
        context = {"page": self, "self": self, "request": request, "printing": True}
        html = render_to_string(template_name, {**context, "base_url": site_base_url(request)}, request=request)
        digest = hashlib.sha256(html.encode()).hexdigest()[:16]
        return pdf_response(
            request,
            key=f"{page_pdf_key(self, kind='factsheet')}-{digest}",
            template_name=template_name,
            context=context,
            filename=f"{slugify(self.slug) or 'factsheet'}.pdf",
        )
