"""Decision trees: a pupil answers one question per screen and ends on a piece of advice."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage, TaggedPageMixin

from ..blocks import DecisionTreeStepsBlock
from ..panels import TreeDiagramPanel
from .walkable import WalkableTreePage


class DecisionTreePage(WalkableTreePage):
    steps = StreamField(
        DecisionTreeStepsBlock(),
        verbose_name=_("steps"),
        help_text=_(
            "The first step is where pupils start. Each answer names the step it leads to by its short name; "
            "every walk must end on an outcome."
        ),
    )

    parent_page_types = ["decisiontrees.DecisionTreeIndexPage"]
    subpage_types = []
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        TreeDiagramPanel(heading=_("The tree at a glance")),
        FieldPanel("steps"),
        TaggedPageMixin.tagging_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("steps")]

    class Meta:
        verbose_name = _("decision tree")
