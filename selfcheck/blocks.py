"""The items of a school self-check: one question each, why it matters, and the material that helps."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SelfCheckItemBlock(blocks.StructBlock):
    """One thing a school has in place or not. A "not yet" or "I don't know" makes it a gap, and
    the result page and the action plan link the gap to ``material``."""

    question = blocks.CharBlock(
        label=_("Question"),
        max_length=200,
        help_text=_("Answered with yes, not yet or I don't know, for example “Does your school have a policy…?”"),
    )
    why_it_matters = blocks.TextBlock(
        label=_("Why it matters"), max_length=600, help_text=_("One or two sentences, shown with the question.")
    )
    first_step = blocks.TextBlock(
        label=_("First step"),
        max_length=400,
        required=False,
        help_text=_("What the school can do first if this is missing; printed in the action plan."),
    )
    material = blocks.PageChooserBlock(
        label=_("Material that helps"),
        required=False,
        help_text=_("A guide, factsheet, quiz or the reporting page. Readers get it in their language."),
    )

    class Meta:
        template = "selfcheck/blocks/self_check_item_block.html"
        icon = "tick"
        label = _("Checklist item")
        description = _("A question the head teacher answers, why it matters and the material that helps.")
        preview_value = {
            "question": "Le personnel sait-il à qui signaler un problème ?",
            "why_it_matters": "Un élève se confie souvent à l'adulte qu'il connaît le mieux.",
            "first_step": "Afficher la procédure en salle des professeurs.",
        }


class SelfCheckItemsBlock(blocks.StreamBlock):
    item = SelfCheckItemBlock()

    class Meta:
        icon = "list-ul"
        min_num = 1
        max_num = 30
