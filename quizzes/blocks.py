"""Quiz questions: the StreamField blocks editors write quizzes with.

Every question and every answer keeps a stable block id (StreamField and ListBlock ids), and
wagtail-localize copies those ids into every translation, so an answer is the same answer in
all five languages: scores, live sessions and the anonymous counts refer to those ids.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import RICH_TEXT_FEATURES


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=200)
    is_right = blocks.BooleanBlock(label=_("Right answer"), required=False)

    class Meta:
        icon = "tick"
        label = _("Answer")
        template = "quizzes/blocks/answer_block.html"
        description = _("One possible answer; tick it if it is right.")
        preview_value = {"text": "Vrai", "is_right": True}


class QuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), max_length=400)
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(
        label=_("Text alternative of the image"),
        required=False,
        max_length=250,
        help_text=_("Required with an image: describe what it shows for pupils who cannot see it."),
    )
    answers = blocks.ListBlock(
        AnswerBlock(),
        min_num=2,
        max_num=6,
        label=_("Answers"),
        help_text=_("Two to six answers; true/false is two answers. Tick every right one."),
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after answering: why the right answer is right."),
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("image") and not (value.get("image_alt") or "").strip():
            errors["image_alt"] = ValidationError(_("Describe the image for pupils who cannot see it."))
        if not any(answer["is_right"] for answer in value.get("answers") or []):
            errors["answers"] = ValidationError(_("Tick at least one right answer."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "help"
        label = _("Question")
        template = "quizzes/blocks/question_block.html"
        description = _("A question with its answers and the explanation shown afterwards.")
        preview_value = {
            "question": "Une photo envoyée en privé peut-elle être partagée sans ton accord ?",
            "answers": [{"text": "Oui", "is_right": True}, {"text": "Non", "is_right": False}],
            "explanation": "<p>Une fois envoyée, une photo peut être copiée et transférée.</p>",
        }


class QuizQuestionsBlock(blocks.StreamBlock):
    """The questions of one quiz, in the order pupils answer them."""

    question = QuestionBlock()

    class Meta:
        min_num = 1
        block_counts = {"question": {"max_num": 30}}
