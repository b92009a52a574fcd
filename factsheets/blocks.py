"""The blocks a factsheet is built from.

Each part of a factsheet (key facts, what the law says, what you can do, if it happened to
you, related material) is a structured block, so every factsheet reads the same way and the
printed PDF keeps the structure. Quotes, images, headings, text and highlighted boxes are
core's shared blocks.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import AccessibleImageBlock, CalloutBlock, HeadingBlock, ParagraphBlock, QuoteBlock

HEADING_HELP = _("Leave empty to use the usual heading, in the reader's language.")


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120, help_text=HEADING_HELP)
    facts = blocks.ListBlock(
        blocks.CharBlock(label=_("Fact"), max_length=300),
        label=_("Facts"),
        min_num=1,
        help_text=_("One short sentence each; numbers, ages and dates exactly as the source gives them."),
    )

    class Meta:
        template = "factsheets/blocks/key_facts_block.html"
        icon = "list-ul"
        label = _("Key facts")
        description = _("The few facts a reader should remember, as a short list.")
        preview_value = {
            "heading": "",
            "facts": [
                "Le grooming est puni par la loi au Luxembourg depuis 2011.",
                "Il concerne les enfants de moins de 16 ans.",
            ],
        }


class LawRuleBlock(blocks.StructBlock):
    rule = blocks.TextBlock(label=_("The rule"), help_text=_("What is forbidden, in plain words."))
    age = blocks.CharBlock(
        label=_("Age it concerns"),
        required=False,
        max_length=120,
        help_text=_("For example: under 16. Leave empty if the rule does not depend on age."),
    )
    article = blocks.CharBlock(
        label=_("Article"),
        required=False,
        max_length=160,
        help_text=_("For example: Criminal Code, art. 385-2. Leave empty only if the source names no article."),
    )
    penalty = blocks.TextBlock(
        label=_("Penalty"),
        required=False,
        help_text=_("The range exactly as the source gives it, in euros. Leave empty if the source gives none."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Rule")


class WhatTheLawSaysBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120, help_text=HEADING_HELP)
    rules = blocks.ListBlock(LawRuleBlock(), label=_("Rules"), min_num=1)
    note = blocks.TextBlock(
        label=_("Note for readers"),
        required=False,
        help_text=_("Optional: what the rules mean for the reader, or what they do not cover."),
    )

    class Meta:
        template = "factsheets/blocks/what_the_law_says_block.html"
        icon = "doc-full-inverse"
        label = _("What the law says")
        description = _("Each rule with the age it concerns, the article and the penalty.")
        preview_value = {
            "heading": "",
            "rules": [
                {
                    "rule": "Un adulte n'a pas le droit de faire des propositions sexuelles à un enfant sur Internet.",
                    "age": "Enfants de moins de 16 ans",
                    "article": "Code pénal, art. 385-2",
                    "penalty": "Prison d'un mois à trois ans et amende de 251 à 50 000 euros.",
                }
            ],
            "note": "",
        }


class WhatYouCanDoBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the usual heading; write one to address parents or teachers."),
    )
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    actions = blocks.ListBlock(
        blocks.TextBlock(label=_("Action")),
        label=_("Actions"),
        min_num=1,
        help_text=_("One thing to do per item, starting with a verb."),
    )

    class Meta:
        template = "factsheets/blocks/what_you_can_do_block.html"
        icon = "tick-inverse"
        label = _("What you can do")
        description = _("Concrete things the reader can do to protect themselves or others.")
        preview_value = {
            "heading": "",
            "intro": "",
            "actions": ["Ne réponds pas aux messages d'un inconnu qui te met mal à l'aise."],
        }


class IfItHappenedBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120, help_text=HEADING_HELP)
    reassurance = blocks.TextBlock(
        label=_("First words"),
        help_text=_("What the reader needs to hear first, for example that it is not their fault."),
    )
    steps = blocks.ListBlock(
        blocks.TextBlock(label=_("Step")),
        label=_("Steps"),
        min_num=1,
        help_text=_("In order: what to do first comes first."),
    )

    class Meta:
        template = "factsheets/blocks/if_it_happened_block.html"
        icon = "help"
        label = _("If it happened to you")
        description = _("Reassurance and the steps to take, in order; the page adds where to report and get help.")
        preview_value = {
            "heading": "",
            "reassurance": "Ce n'est pas de ta faute.",
            "steps": ["Parle à un adulte de confiance.", "Garde les messages."],
        }


class RelatedLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or an outside address"), required=False)
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=160,
        help_text=_("Required for an outside address; defaults to the page title for a page on this site."),
    )
    description = blocks.CharBlock(label=_("Short description"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page == has_url:
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page on this site or give an outside address."))}
            )
        if has_url and not (value.get("title") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"title": ValidationError(_("Say what the outside address leads to."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")


class RelatedLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120, help_text=HEADING_HELP)
    links = blocks.ListBlock(RelatedLinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        template = "factsheets/blocks/related_links_block.html"
        icon = "link"
        label = _("Related material")
        description = _("Links to other pages of the site or to outside material.")
        preview_value = {
            "heading": "",
            "links": [
                {
                    "page": None,
                    "url": "https://www.bee-secure.lu/fr/themes/sexting",
                    "title": "BEE SECURE : le sexting",
                    "description": "",
                }
            ],
        }


class FactsheetStreamBlock(blocks.StreamBlock):
    """The body of a factsheet."""

    key_facts = KeyFactsBlock()
    what_the_law_says = WhatTheLawSaysBlock()
    what_you_can_do = WhatYouCanDoBlock()
    if_it_happened = IfItHappenedBlock()
    quote = QuoteBlock()
    image = AccessibleImageBlock()
    related_links = RelatedLinksBlock()
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
