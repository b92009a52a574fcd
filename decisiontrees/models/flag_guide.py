"""Flag guides: a teacher or parent describes a child's behaviour and gets a flag and how to react.

The decision-tree engine (``WalkableTreePage``) with question steps tagged by criterion and
outcomes that give a flag (green, yellow, red, black), how to react and who can help. Worked
situations show the guide at work; each must reach the flag it names (checked on save).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage, TaggedPageMixin

from .. import graph
from ..flag_blocks import (
    FlagGuideStepsBlock,
    SituationsBlock,
    answer_numbers,
    situation_block_errors,
    situation_problems,
)
from ..flags import CRITERIA, FLAGS, flag
from ..panels import TreeDiagramPanel
from .walkable import WalkableTreePage


class FlagGuideForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        steps, situations = cleaned_data.get("steps"), cleaned_data.get("situations")
        if steps is not None and situations and "steps" not in self.errors:
            problems = situation_problems(steps, situations)
            if problems:
                self.add_error("situations", situation_block_errors(problems))
        return cleaned_data


class FlagGuidePage(WalkableTreePage):
    steps = StreamField(
        FlagGuideStepsBlock(),
        verbose_name=_("steps"),
        help_text=_(
            "The first step is where readers start. Each answer names the step it leads to by its short name; "
            "every walk must end on a flag."
        ),
    )
    situations = StreamField(
        SituationsBlock(),
        blank=True,
        verbose_name=_("worked situations"),
        help_text=_("Examples readers can follow, each with the answers that describe it and the flag they reach."),
    )

    flags_required = True
    outcome_template = "decisiontrees/flag_guide_outcome.html"
    poster_template = "decisiontrees/flag_guide_poster.html"
    poster_pdf_kind = "flag-guide-poster-v1"
    reader_view_label = _("Reader view")
    base_form_class = FlagGuideForm

    parent_page_types = ["decisiontrees.DecisionTreeIndexPage"]
    subpage_types = []
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        TreeDiagramPanel(heading=_("The guide at a glance")),
        FieldPanel("steps"),
        FieldPanel("situations"),
        TaggedPageMixin.tagging_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("steps"),
        index.SearchField("situations"),
    ]

    class Meta:
        verbose_name = _("flag guide")
        verbose_name_plural = _("flag guides")

    def clean_fields(self, exclude=None):
        super().clean_fields(exclude=exclude)
        if exclude and ("steps" in exclude or "situations" in exclude):
            return
        problems = situation_problems(self.steps, self.situations)
        if problems:
            raise ValidationError(
                {
                    "situations": [
                        _("Worked situation %(number)s: %(problem)s") % {"number": index + 1, "problem": problem}
                        for index, problem in problems.items()
                    ]
                }
            )

    def worked_situations(self):
        """Each situation with its flag and the address of the walk that judges it."""
        keys = [step.value["key"] for step in self.step_list]
        examples = []
        for situation in self.situations:
            value = situation.value
            walk_end = self._walk_end(answer_numbers(value["answers"]))
            examples.append(
                {
                    "situation": value,
                    "flag": flag(value["flag"]),
                    "url": self.step_url(keys[walk_end], answer_numbers(value["answers"]))
                    if walk_end is not None
                    else "",
                }
            )
        return examples

    def _walk_end(self, answers):
        walk = graph.walk(self.shape, answers)
        return None if walk.error else walk.current

    def flag_context(self):
        return {"flags": list(FLAGS.values()), "criteria": list(CRITERIA.values())}

    def start_context(self, request):
        return {**super().start_context(request), **self.flag_context(), "examples": self.worked_situations()}

    def poster_context(self):
        return {**super().poster_context(), **self.flag_context(), "examples": self.worked_situations()}
