"""The "tools" page listing the decision trees and flag guides."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage


class DecisionTreeIndexPage(BasePage):
    """The "tools" page listing the decision trees and flag guides."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["decisiontrees.DecisionTreePage", "decisiontrees.FlagGuidePage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), BasePage.editor_notes_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("tools index")

    def get_context(self, request, *args, **kwargs):
        from .decision_tree import DecisionTreePage
        from .flag_guide import FlagGuidePage

        context = super().get_context(request, *args, **kwargs)
        tools = [
            page
            for model in (DecisionTreePage, FlagGuidePage)
            for page in model.objects.child_of(self).live().public().prefetch_related("topics")
        ]
        context["trees"] = sorted(tools, key=lambda page: page.path)
        return context
