"""The steps of a decision tree: questions whose answers lead to other steps, and outcomes.

Steps are named by a short ``key`` that answers point to and that appears in the step's URL.
Keys are the tree's wiring, not text: wagtail-localize must copy them unchanged into every
translation, so ``StepKeyBlock`` yields no translatable segment (answers in every language
keep leading to the same steps). Links to help services and reporting channels also stay
the French snippets in every translation; pages show them in the reader's language.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import ParagraphBlock

from . import graph

KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
KEY_MAX_LENGTH = 40


class UntranslatedMixin:
    """Tells wagtail-localize there is nothing to translate: the value is copied as it is."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class StepKeyBlock(UntranslatedMixin, blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", KEY_MAX_LENGTH)
        kwargs.setdefault(
            "validators",
            [
                RegexValidator(
                    KEY_PATTERN,
                    _("Use lower-case letters, digits and hyphens only, for example “who-can-see”."),
                )
            ],
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "tag"


class HelpServiceChooserBlock(UntranslatedMixin, SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("support.HelpService", **kwargs)


class ReportingChannelChooserBlock(UntranslatedMixin, SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("support.ReportingChannel", **kwargs)


class AnswerBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Answer"), max_length=120, help_text=_("Short, as a pupil would say it."))
    leads_to = StepKeyBlock(
        label=_("Leads to step"),
        help_text=_("The short name of the step that comes after this answer."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Answer")
        form_classname = "decision-tree-answer"


class QuestionStepBlock(blocks.StructBlock):
    key = StepKeyBlock(
        label=_("Short name"),
        help_text=_("Names this step for the answers that lead here and in its web address. Never translated."),
    )
    question = blocks.CharBlock(
        label=_("Question"), max_length=200, help_text=_("One short question a 12-year-old understands.")
    )
    hint = blocks.TextBlock(
        label=_("Hint"), required=False, max_length=400, help_text=_("Optional: an example that helps to answer.")
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=1)

    class Meta:
        template = "decisiontrees/blocks/question_step.html"
        icon = "help"
        label = _("Question")
        description = _("A question with two or more answers, each leading to another step.")
        preview_value = {
            "key": "parents-see",
            "question": "Serais-tu d'accord que tes parents voient cette publication ?",
            "hint": "Pense aussi à tes professeurs et à ta future patronne.",
            "answers": [
                {"label": "Oui", "leads_to": "who-sees"},
                {"label": "Non", "leads_to": "do-not-post"},
            ],
        }


TONE_CHOICES = [
    ("go", _("Go ahead")),
    ("careful", _("Be careful")),
    ("stop", _("Stop")),
]


class OutcomeStepBlock(blocks.StructBlock):
    key = StepKeyBlock(
        label=_("Short name"),
        help_text=_("Names this step for the answers that lead here and in its web address. Never translated."),
    )
    title = blocks.CharBlock(label=_("Outcome"), max_length=120, help_text=_("The advice in a few words."))
    tone = blocks.ChoiceBlock(label=_("Tone"), choices=TONE_CHOICES, default="careful")
    advice = ParagraphBlock(label=_("Advice"))
    factsheets = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="factsheets.FactsheetPage", label=_("Factsheet")),
        label=_("Factsheets"),
        default=[],
    )
    help_services = blocks.ListBlock(
        HelpServiceChooserBlock(label=_("Help service")), label=_("Help services"), default=[]
    )
    reporting_channels = blocks.ListBlock(
        ReportingChannelChooserBlock(label=_("Reporting channel")), label=_("Reporting channels"), default=[]
    )

    class Meta:
        template = "decisiontrees/blocks/outcome_step.html"
        icon = "success"
        label = _("Outcome")
        description = _("Where a walk ends: advice, a tone and links to more help.")
        preview_value = {
            "key": "do-not-post",
            "title": "Ne publie pas",
            "tone": "stop",
            "advice": "<p>Garde-le pour toi ou parles-en d'abord à quelqu'un de confiance.</p>",
        }


def step_shape(block_type: str, value) -> graph.Step:
    """The graph module's view of one step block."""
    if block_type == "outcome":
        return graph.Step(key=value["key"], is_outcome=True, flag=value.get("flag") or "")
    return graph.Step(key=value["key"], is_outcome=False, targets=tuple(a["leads_to"] for a in value["answers"]))


def tree_shape(stream_value) -> list[graph.Step]:
    return [step_shape(child.block_type, child.value) for child in stream_value]


def _joined(messages):
    return ValidationError(" ".join(messages))


def problems_as_block_errors(problems):
    """Graph problems as the nested errors Wagtail's editor shows beside the step and field at fault."""
    per_step: dict[int, dict] = {}
    for problem in problems:
        if problem.step_index is None:
            continue
        fields = per_step.setdefault(problem.step_index, {"key": [], "answers": [], "answer": {}, "flag": []})
        if problem.code == graph.OUTCOME_WITHOUT_FLAG:
            fields["flag"].append(problem.message)
        elif problem.answer_index is not None:
            fields["answer"].setdefault(problem.answer_index, []).append(problem.message)
        elif problem.code == graph.TOO_FEW_ANSWERS:
            fields["answers"].append(problem.message)
        else:
            fields["key"].append(problem.message)
    block_errors = {}
    for index, fields in per_step.items():
        errors = {}
        if fields["key"]:
            errors["key"] = _joined(fields["key"])
        if fields["flag"]:
            errors["flag"] = _joined(fields["flag"])
        if fields["answers"] or fields["answer"]:
            errors["answers"] = ListBlockValidationError(
                block_errors={
                    answer: StructBlockValidationError(block_errors={"leads_to": _joined(messages)})
                    for answer, messages in fields["answer"].items()
                },
                non_block_errors=[_joined(fields["answers"])] if fields["answers"] else None,
            )
        block_errors[index] = StructBlockValidationError(block_errors=errors)
    summary = _("This tree cannot be saved yet: %(problems)s") % {"problems": " ".join(p.message for p in problems)}
    return StreamBlockValidationError(block_errors=block_errors, non_block_errors=[ValidationError(summary)])


class DecisionTreeStepsBlock(blocks.StreamBlock):
    """The steps of one tree. The first step is where pupils start."""

    flags_required = False  # a flag guide's steps (decisiontrees.flag_blocks) require a flag on every outcome

    question = QuestionStepBlock()
    outcome = OutcomeStepBlock()

    def clean(self, value):
        value = super().clean(value)
        problems = graph.tree_problems(tree_shape(value), flags_required=self.flags_required)
        if problems:
            raise problems_as_block_errors(problems)
        return value

    class Meta:
        label = _("Steps")
