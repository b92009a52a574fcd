"""Factsheet pages: what a reader needs to know about one risk."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.models import BasePage, TaggedPageMixin


class FactsheetIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["factsheets.FactsheetPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), BasePage.editor_notes_panel]

    class Meta:
        verbose_name = _("factsheet index")


class FactsheetPage(TaggedPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["factsheets.FactsheetIndexPage"]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        TaggedPageMixin.tagging_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("factsheet")
