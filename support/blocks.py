"""Blocks owned by the support app: opening hours of help services, a channel's questions."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import ParagraphBlock
from support.opening_hours import WeeklySpan
from support.weekdays import WEEKDAY_CHOICES


class OpeningHoursBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(label=_("Day"), choices=WEEKDAY_CHOICES)
    opens = blocks.TimeBlock(label=_("Opens at"))
    closes = blocks.TimeBlock(
        label=_("Closes at"),
        help_text=_("A closing time earlier than the opening time means the next morning (23:00 to 07:00)."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("opens") is not None and value.get("opens") == value.get("closes"):
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError(_("Opening and closing times must differ."))}
            )
        return value

    class Meta:
        template = "support/blocks/opening_hours_block.html"
        icon = "time"
        label = _("Opening hours")
        description = _("One day's opening time and closing time, in Luxembourg time.")
        preview_value = {"weekday": "1", "opens": datetime.time(14, 0), "closes": datetime.time(22, 0)}


class OpeningHoursStreamBlock(blocks.StreamBlock):
    """A help service's week. Leave it empty when the hours are not known."""

    hours = OpeningHoursBlock()

    class Meta:
        template = "support/blocks/opening_hours_stream_block.html"
        icon = "time"
        label = _("Weekly opening hours")
        description = _("The days and times the service can be reached.")


def weekly_spans(stream) -> list[WeeklySpan]:
    """The opening-hours StreamField as plain spans for ``opening_status``."""
    return [
        WeeklySpan(int(block.value["weekday"]), block.value["opens"], block.value["closes"])
        for block in stream
        if block.block_type == "hours" and block.value["opens"] and block.value["closes"]
    ]


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        template = "support/blocks/question_answer_block.html"
        icon = "help"
        label = _("Question and answer")
        description = _("A question readers ask about this channel, with a short answer.")
        preview_value = {
            "question": "Puis-je rester anonyme ?",
            "answer": "<p>Oui. Tu reçois un numéro pour suivre ton signalement.</p>",
        }


class ChannelQuestionsBlock(blocks.StreamBlock):
    question = QuestionAnswerBlock()

    class Meta:
        template = "support/blocks/channel_questions_block.html"
        icon = "help"
        label = _("Questions and answers")
        description = _("The channel's own questions and answers.")
