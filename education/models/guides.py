"""Teacher guides (lesson plans) and parent guides, with their index page.

Both guide types offer the documents editors upload (per language: translators may pick another
document for their locale) and a printable PDF of the page itself at ``<page url>pdf/``.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from core.models import BasePage, SourcedMixin, TaggedPageMixin
from core.pdf import page_pdf_key, pdf_response
from education.blocks import (
    ActivitySequenceBlock,
    DisclosureContactsBlock,
    DiscussionPromptsBlock,
    DownloadsBlock,
    TipsBlock,
)


class GuideIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["education.TeacherGuidePage", "education.ParentGuidePage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), BasePage.editor_notes_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = self.get_children().live().public().specific().order_by("title")
        return context


class GuidePage(RoutablePageMixin, TaggedPageMixin, SourcedMixin, BasePage):
    """What teacher and parent guides share: introduction, downloads, printable PDF, tagging."""

    intro = models.TextField(_("introduction"), blank=True)
    downloads = StreamField(DownloadsBlock(), blank=True, verbose_name=_("downloads"))

    print_template = None
    parent_page_types = ["education.GuideIndexPage"]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
        *SourcedMixin.sourcing_translatable_fields,
    ]

    class Meta:
        abstract = True

    def what_to_recheck(self):
        return [_("phone numbers and whom to call"), _("the documents offered"), _("the sources still say the same")]

    @path("pdf/", name="pdf")
    def printable_pdf(self, request):
        return pdf_response(
            request,
            key=page_pdf_key(self, kind="guide"),
            template_name=self.print_template,
            context={"page": self, "self": self},
            filename=f"{self.slug}.pdf",
        )

    def type_label(self):
        return self._meta.verbose_name

    def get_context(self, request, *args, **kwargs):
        self._serving_request = request  # pdf_url reuses the request's site root paths (no extra look-up)
        return super().get_context(request, *args, **kwargs)

    def pdf_url(self):
        return self.get_url(getattr(self, "_serving_request", None)) + self.reverse_subpage("pdf")


class TeacherGuidePage(GuidePage):
    """A lesson plan for one class session."""

    door = "teachers"  # the audience whose colour and picture its card wears

    class_level = models.CharField(_("class"), max_length=80, blank=True, help_text=_("For example: 7th grade (7e)."))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"), validators=[MinValueValidator(5), MaxValueValidator(600)]
    )
    learning_goals = RichTextField(_("learning goals"), features=RICH_TEXT_FEATURES)
    preparation = RichTextField(
        _("what to prepare"), features=RICH_TEXT_FEATURES, blank=True, help_text=_("Room, material, copies.")
    )
    activities = StreamField(ActivitySequenceBlock(), verbose_name=_("sequence of activities"))
    discussion_prompts = StreamField(DiscussionPromptsBlock(), blank=True, verbose_name=_("discussion prompts"))
    disclosure_guidance = RichTextField(
        _("if a pupil discloses abuse"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the teacher does and does not do when a pupil confides in them."),
    )
    disclosure_contacts = StreamField(DisclosureContactsBlock(), blank=True, verbose_name=_("whom to call"))

    print_template = "education/print/teacher_guide_page.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("class_level"), FieldPanel("duration_minutes")], heading=_("Session")),
        FieldPanel("learning_goals"),
        FieldPanel("preparation"),
        FieldPanel("activities"),
        FieldPanel("discussion_prompts"),
        MultiFieldPanel(
            [FieldPanel("disclosure_guidance"), FieldPanel("disclosure_contacts")],
            heading=_("If a pupil discloses abuse"),
        ),
        FieldPanel("downloads"),
        TaggedPageMixin.tagging_panel,
        SourcedMixin.sourcing_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("learning_goals"),
        index.SearchField("activities"),
        index.SearchField("discussion_prompts"),
        index.SearchField("disclosure_guidance"),
    ]

    class Meta:
        verbose_name = _("teacher guide")
        verbose_name_plural = _("teacher guides")

    def activities_minutes(self):
        return sum(block.value["minutes"] or 0 for block in self.activities if block.block_type == "activity")

    def clean(self):
        super().clean()
        total = self.activities_minutes()
        if self.duration_minutes and total > self.duration_minutes:
            raise ValidationError(
                {
                    "activities": _("The activities take %(total)s minutes, longer than the session (%(duration)s).")
                    % {"total": total, "duration": self.duration_minutes}
                }
            )


class ParentGuidePage(GuidePage):
    """Advice for parents, for example "ten tips"."""

    door = "parents"  # the audience whose colour and picture its card wears

    tips = StreamField(TipsBlock(), blank=True, verbose_name=_("tips"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more information"))

    print_template = "education/print/parent_guide_page.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("tips"),
        FieldPanel("body"),
        FieldPanel("downloads"),
        TaggedPageMixin.tagging_panel,
        SourcedMixin.sourcing_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("tips"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("parent guide")
        verbose_name_plural = _("parent guides")
