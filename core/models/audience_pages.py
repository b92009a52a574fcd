"""Audience pages: the doors of the home page ("I'm a pupil", "I'm a parent", "I'm a teacher")."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.models.pages import BasePage, in_default_locale

PICTURES = [
    ("pupils", _("A pupil with a phone")),
    ("parents", _("A parent and a child")),
    ("teachers", _("A teacher at a board")),
]


class AudiencePage(BasePage):
    """Everything for one audience, gathered from the tags.

    Lists, by kind (factsheets, tools, quizzes, guides), every live page in the reader's language
    tagged with the chosen audience; editors decide what appears by tagging pages, and write the
    introduction and body. The home page shows its audience pages as doors, in the order of the
    page tree.
    """

    audience = models.ForeignKey(
        "core.Audience",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("audience"),
        help_text=_("Pages tagged with this audience are listed here."),
    )
    door_label = models.CharField(
        _("door label"), max_length=60, help_text=_("On the home page, for example “I'm a pupil”.")
    )
    door_text = models.CharField(
        _("door text"), max_length=160, blank=True, help_text=_("One short line under the label.")
    )
    picture = models.CharField(_("picture"), max_length=20, choices=PICTURES, default="pupils")
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("audience"),
        SynchronizedField("picture"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("door_label"), FieldPanel("door_text"), FieldPanel("picture")],
            heading=_("Door on the home page"),
        ),
        FieldPanel("body"),
        BasePage.editor_notes_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("audience page")

    @property
    def picture_path(self):
        return f"illustrations/door-{self.picture}.svg"

    def get_context(self, request, *args, **kwargs):
        from core.page_lists import audience_sections

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = audience_sections(self, request)
        return context
