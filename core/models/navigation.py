"""Site-wide navigation and footer: translatable snippets, one per locale."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.locale_lookup import one_in_locale

from .reviewed import ReviewedSnippetMixin


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        label=_("Label"), required=False, max_length=60, help_text=_("Defaults to the page title.")
    )

    class Meta:
        icon = "link"
        label = _("Link")


class EmergencyNumberBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What it is"), max_length=80)
    number = blocks.CharBlock(label=_("Number"), max_length=30)
    hours = blocks.CharBlock(label=_("When"), max_length=80, required=False)

    class Meta:
        icon = "mobile-alt"
        label = _("Emergency number")


class LocaleSingletonQuerySet(models.QuerySet):
    def for_active_locale(self):
        """The active locale's live instance, else the default locale's, else None (core.locale_lookup)."""
        return one_in_locale(self.select_related("locale"))


class NavigationMenu(ReviewedSnippetMixin):
    name = models.CharField(_("name"), max_length=80, default="Main navigation")
    links = StreamField([("link", NavigationLinkBlock())], blank=True, verbose_name=_("links"))

    objects = LocaleSingletonQuerySet.as_manager()
    translatable_fields = [SynchronizedField("name"), TranslatableField("links")]
    panels = [FieldPanel("name"), FieldPanel("links")]

    class Meta(ReviewedSnippetMixin.Meta):
        verbose_name = _("main navigation")
        verbose_name_plural = _("main navigation")

    def __str__(self):
        return f"{self.name} ({self.locale})"


class SiteFooter(ReviewedSnippetMixin):
    name = models.CharField(_("name"), max_length=80, default="Footer")
    emergency_heading = models.CharField(_("emergency heading"), max_length=80)
    emergency_numbers = StreamField(
        [("number", EmergencyNumberBlock())], blank=True, verbose_name=_("emergency and help numbers")
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link"], blank=True)
    links = StreamField([("link", NavigationLinkBlock())], blank=True, verbose_name=_("links"))
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    objects = LocaleSingletonQuerySet.as_manager()
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("emergency_heading"),
        TranslatableField("emergency_numbers"),
        TranslatableField("text"),
        TranslatableField("links"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("emergency_heading"),
        FieldPanel("emergency_numbers"),
        FieldPanel("text"),
        FieldPanel("links"),
        FieldPanel("editor_notes"),
    ]

    class Meta(ReviewedSnippetMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footer")

    def __str__(self):
        return f"{self.name} ({self.locale})"
