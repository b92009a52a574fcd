"""The steps of a flag guide: questions asked along the criteria, and outcomes that give a flag.

A flag guide is a decision tree for adults: a teacher or parent describes a child's behaviour
through a few questions and ends on a flag (green, yellow, red, black), what it means and how to
react. Its steps reuse the tree's engine (keys, answers, graph checks, walking by address); the
graph check also refuses an outcome without a flag. Worked situations are example walks: each
names the answers a reader would give and the flag they must reach (checked on save).
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import ParagraphBlock

from . import graph
from .blocks import (
    DecisionTreeStepsBlock,
    HelpServiceChooserBlock,
    QuestionStepBlock,
    ReportingChannelChooserBlock,
    StepKeyBlock,
    UntranslatedMixin,
    tree_shape,
)
from .flags import CRITERION_CHOICES, FLAG_CHOICES, FLAGS, REACTIONS

PATH_PATTERN = r"^[1-9][0-9]{0,2}(?:\.[1-9][0-9]{0,2})*$"


class FlagQuestionStepBlock(QuestionStepBlock):
    criterion = blocks.ChoiceBlock(
        label=_("Criterion"),
        choices=CRITERION_CHOICES,
        required=False,
        help_text=_("The criterion this question checks; readers see it above the question."),
    )

    class Meta:
        description = _("A question about one criterion, with two or more answers, each leading to another step.")
        preview_value = {
            "key": "pressure",
            "criterion": "voluntariness",
            "question": "Quelqu'un a-t-il été forcé, menacé ou payé ?",
            "answers": [{"label": "Oui", "leads_to": "black"}, {"label": "Non", "leads_to": "consent"}],
        }


class ReactionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Reaction"), choices=list(REACTIONS.items()))
    text = blocks.TextBlock(label=_("What to do"), max_length=600, help_text=_("Two or three short sentences."))

    class Meta:
        icon = "user"
        label = _("Reaction")


class FlagOutcomeStepBlock(blocks.StructBlock):
    key = StepKeyBlock(
        label=_("Short name"),
        help_text=_("Names this step for the answers that lead here and in its web address. Never translated."),
    )
    flag = blocks.ChoiceBlock(
        label=_("Flag"),
        choices=FLAG_CHOICES,
        required=False,
        help_text=_("Every walk through a flag guide ends on a flag."),
    )
    title = blocks.CharBlock(label=_("Outcome"), max_length=120, help_text=_("The judgement in a few words."))
    advice = ParagraphBlock(label=_("What it means"), help_text=_("Why the behaviour gets this flag."))
    reactions = blocks.ListBlock(ReactionBlock(), label=_("How to react"), default=[])
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

    def clean(self, value):
        value = super().clean(value)
        # A red or black flag is where adults most need someone to turn to: never leave them alone with it.
        if value.get("flag") == "black" and not value.get("reporting_channels"):
            raise StructBlockValidationError(
                block_errors={
                    "reporting_channels": ValidationError(_("A black flag names at least one reporting channel."))
                }
            )
        if value.get("flag") in ("red", "black") and not value.get("help_services"):
            raise StructBlockValidationError(
                block_errors={
                    "help_services": ValidationError(_("A red or black flag names at least one help service."))
                }
            )
        return value

    class Meta:
        template = "decisiontrees/blocks/flag_outcome_step.html"
        icon = "flag"
        label = _("Flag")
        description = _("Where a walk ends: a flag, what it means, how to react and who can help.")
        preview_value = {
            "key": "yellow",
            "flag": "yellow",
            "title": "À surveiller",
            "advice": "<p>Le comportement dépasse un peu ce qui convient à l'âge.</p>",
            "reactions": [{"kind": "talk", "text": "Parlez-en calmement, sans faire honte."}],
        }


class FlagGuideStepsBlock(DecisionTreeStepsBlock):
    """The steps of one flag guide. The first step is where readers start; every walk ends on a flag."""

    flags_required = True

    question = FlagQuestionStepBlock()
    outcome = FlagOutcomeStepBlock()

    class Meta:
        label = _("Steps")


class AnswerPathBlock(UntranslatedMixin, blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 80)
        kwargs.setdefault(
            "validators",
            [RegexValidator(PATH_PATTERN, _("Answer numbers separated by dots, for example “2.1.1”."))],
        )
        super().__init__(**kwargs)


class SituationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    age = blocks.IntegerBlock(label=_("Age of the child"), min_value=3, max_value=18)
    story = blocks.TextBlock(label=_("Situation"), max_length=800, help_text=_("What the adult saw or heard."))
    answers = AnswerPathBlock(
        label=_("Answers"),
        help_text=_(
            "The answers that describe this situation, by number, one per question: “2.1.1” means the second "
            "answer to the first question, then the first, then the first. Checked against the steps on save."
        ),
    )
    flag = blocks.ChoiceBlock(label=_("Flag it reaches"), choices=FLAG_CHOICES)

    class Meta:
        template = "decisiontrees/blocks/situation.html"
        icon = "doc-full"
        label = _("Worked situation")
        description = _("An example a reader can follow: a short situation and the walk that judges it.")
        preview_value = {
            "title": "Jouer au docteur",
            "age": 6,
            "story": "Deux enfants du même âge se montrent leur corps en riant.",
            "answers": "2.1.1.1.1",
            "flag": "green",
        }


class SituationsBlock(blocks.StreamBlock):
    situation = SituationBlock()

    class Meta:
        label = _("Worked situations")


def answer_numbers(path: str) -> list[int]:
    """ "2.1.1" as 0-based answer numbers [1, 0, 0]."""
    if not re.match(PATH_PATTERN, path or ""):
        return []
    return [int(part) - 1 for part in path.split(".")]


def situation_problems(steps, situations) -> dict[int, str]:
    """{situation index: what is wrong} for worked situations whose answers do not reach their flag."""
    shape = tree_shape(steps)
    step_values = [step.value for step in steps]
    problems = {}
    for index, situation in enumerate(situations):
        value = situation.value
        answers = answer_numbers(value["answers"])
        walk = graph.walk(shape, answers)
        if not answers or walk.error:
            problems[index] = str(
                _("The answers “%(answers)s” are not a walk through the steps: check each answer's number.")
                % {"answers": value["answers"]}
            )
            continue
        reached = shape[walk.current]
        if not reached.is_outcome:
            problems[index] = str(
                _("The answers “%(answers)s” stop at the question “%(step)s”: add answers until a flag.")
                % {"answers": value["answers"], "step": reached.key}
            )
        elif reached.flag != value["flag"]:
            expected = FLAGS[value["flag"]].name if value["flag"] in FLAGS else value["flag"]
            problems[index] = str(
                _(
                    "The answers “%(answers)s” lead to “%(step)s” (%(reached)s), "
                    "but the situation expects: %(expected)s."
                )
                % {
                    "answers": value["answers"],
                    "step": step_values[walk.current]["key"],
                    "reached": FLAGS[reached.flag].name if reached.flag in FLAGS else _("no flag"),
                    "expected": expected,
                }
            )
    return problems


def situation_block_errors(problems: dict[int, str]):
    """Problems as the nested errors Wagtail's editor shows beside each situation's answers."""
    return StreamBlockValidationError(
        block_errors={
            index: StructBlockValidationError(block_errors={"answers": ValidationError(message)})
            for index, message in problems.items()
        }
    )
