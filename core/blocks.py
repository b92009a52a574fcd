"""Blocks shared by every content app. An app's own blocks live in that app's blocks.py."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        template = "core/blocks/heading_block.html"
        icon = "title"
        label = _("Heading")
        description = _("A section heading; pages already have one main heading (the title).")
        preview_value = {"text": "Ce que dit la loi", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "core/blocks/paragraph_block.html"
        icon = "pilcrow"
        label = _("Text")
        description = _("Paragraphs and lists. Keep sentences short: readers are 12.")
        preview_value = "<p>Une photo envoyée peut être copiée et partagée sans ton accord.</p>"


class AccessibleImageBlock(blocks.StructBlock):
    """An image that cannot be saved without a text alternative (or an explicit 'decorative')."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Text alternative"),
        required=False,
        max_length=250,
        help_text=_("Describe what the image shows for readers who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Purely decorative"),
        required=False,
        help_text=_("Tick only if the image adds no information; it is then hidden from screen readers."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Describe the image, or mark it as decorative."))}
            )
        return value

    class Meta:
        template = "core/blocks/image_block.html"
        icon = "image"
        label = _("Image")
        description = _("An image with a required text alternative.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote or example"))
    attribution = blocks.CharBlock(label=_("Who says it"), required=False, max_length=120)

    class Meta:
        template = "core/blocks/quote_block.html"
        icon = "openquote"
        label = _("Quote or example")
        description = _("A short quote or a real-life example.")
        preview_value = {
            "quote": "Il m'a demandé une photo, puis il a menacé de la montrer à toute la classe.",
            "attribution": "Léa, 13 ans (exemple inventé)",
        }


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("help", _("Help"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        template = "core/blocks/callout_block.html"
        icon = "warning"
        label = _("Highlighted box")
        description = _("A box that stands out: a tip, a warning or where to find help.")
        preview_value = {
            "tone": "help",
            "title": "Tu n'es pas seul·e",
            "text": "<p>Parle à un adulte de confiance.</p>",
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The body of home and standard pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()


class FeaturedPagesBlock(blocks.StreamBlock):
    """Pages the home page puts forward (a tree, a quiz, a factsheet), as cards in their topic's colour."""

    page = blocks.PageChooserBlock(
        label=_("Page"),
        template="core/blocks/featured_page_block.html",
        icon="pick",
        description=_("A tool, quiz or factsheet to put forward; it shows in its topic's colour and picture."),
    )

    class Meta:
        icon = "pick"
        label = _("Featured")
        max_num = 6
