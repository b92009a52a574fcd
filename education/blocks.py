"""StreamField blocks of teacher and parent guides."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import ParagraphBlock


class ActivityBlock(blocks.StructBlock):
    """One step of a lesson: how long, what happens, and optionally the material it uses.

    ``material`` accepts any page (factsheet, decision tree, quiz...): the guide shows the page's
    title and type, and a "start this quiz live" button when the page offers ``live_start_url``.
    """

    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=240)
    title = blocks.CharBlock(label=_("Activity"), max_length=120)
    description = ParagraphBlock(label=_("What happens"))
    material = blocks.PageChooserBlock(
        label=_("Material used"),
        required=False,
        help_text=_("A factsheet, decision tree or quiz used in this step."),
    )

    class Meta:
        template = "education/blocks/activity_block.html"
        icon = "time"
        label = _("Activity")
        description = _("A timed step of the lesson, optionally using a factsheet, decision tree or quiz.")
        preview_value = {
            "minutes": 10,
            "title": "Photo ou pas photo ?",
            "description": "<p>Les élèves disent ce qu'ils feraient si on leur demandait une photo.</p>",
        }


class ActivitySequenceBlock(blocks.StreamBlock):
    activity = ActivityBlock()

    class Meta:
        icon = "list-ol"


class DiscussionPromptBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 300)
        super().__init__(**kwargs)

    class Meta:
        template = "education/blocks/discussion_prompt_block.html"
        icon = "help"
        label = _("Discussion prompt")
        description = _("An open question the teacher asks the class.")
        preview_value = "Qu'est-ce qui peut arriver à une photo une fois envoyée ?"


class DiscussionPromptsBlock(blocks.StreamBlock):
    prompt = DiscussionPromptBlock()


class ContactBlock(blocks.StructBlock):
    """A number to call, written into the guide (use a help service where one exists)."""

    name = blocks.CharBlock(label=_("Who"), max_length=120)
    phone = blocks.CharBlock(label=_("Number"), max_length=40)
    when = blocks.CharBlock(label=_("When to call them"), max_length=200, required=False)

    class Meta:
        template = "education/blocks/contact_block.html"
        icon = "mobile-alt"
        label = _("Number to call")
        description = _("A phone number written into the guide.")
        preview_value = {"name": "Police, protection de la jeunesse", "phone": "12321", "when": ""}


class HelpServiceBlock(SnippetChooserBlock):
    """A help service snippet: its number is kept up to date in one place."""

    def __init__(self, **kwargs):
        super().__init__("support.HelpService", **kwargs)

    class Meta:
        template = "education/blocks/help_service_block.html"
        icon = "help"
        label = _("Help service")
        description = _("A help service from the shared list; its number is maintained there.")


class DisclosureContactsBlock(blocks.StreamBlock):
    service = HelpServiceBlock()
    contact = ContactBlock()


class DownloadBlock(blocks.StructBlock):
    """A document to download. Translators can pick another document for their language."""

    KINDS = [
        ("handout", _("Handout for pupils")),
        ("teacher", _("For the teacher")),
        ("parents", _("For parents")),
    ]

    document = DocumentChooserBlock(
        label=_("Document"),
        help_text=_("PDF, DOCX or ODT. In a translation, choose the document in that language."),
    )
    kind = blocks.ChoiceBlock(label=_("For whom"), choices=KINDS, default="handout")
    description = blocks.CharBlock(label=_("What it is"), max_length=200, required=False)

    class Meta:
        template = "education/blocks/download_block.html"
        icon = "doc-full"
        label = _("Download")
        description = _("A document readers can download; the link shows its format and size.")


class DownloadsBlock(blocks.StreamBlock):
    download = DownloadBlock()


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tip"), max_length=160)
    text = ParagraphBlock(label=_("Explanation"))

    class Meta:
        template = "education/blocks/tip_block.html"
        icon = "pick"
        label = _("Tip")
        description = _("One numbered tip with a short explanation.")
        preview_value = {
            "title": "Parlez-en tôt",
            "text": "<p>Parlez d'internet avec votre enfant avant qu'un problème arrive.</p>",
        }


class TipsBlock(blocks.StreamBlock):
    tip = TipBlock()
