"""Where content comes from, shown to readers: public sources, and when an editor last checked.

A ``Source`` is one public document, or one part of it (a page of a website, an answer in a
report), cited by name: organisation, title as published, section, date. Factsheets, guides,
reporting channels and help services point at the French sources; readers see them in their
own language (core.vocabulary_labels). ``checked_on`` says when an editor last compared the
content with its sources; the admin dashboard lists what is due for a new check
(core.freshness).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Source(TranslatableMixin, models.Model):
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("Who publishes it, e.g. “Council of Europe, Lanzarote Committee”."),
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        help_text=_("The title exactly as published, in the document's own language (so readers can find it)."),
    )
    section = models.CharField(
        _("section"),
        max_length=200,
        blank=True,
        help_text=_("The part used: a page of a website, an answer, a chapter."),
    )
    published = models.CharField(
        _("date"),
        max_length=80,
        blank=True,
        help_text=_("The date the document gives, as it gives it; write “undated” if it gives none."),
    )
    url = models.URLField(_("address"), blank=True, help_text=_("Only a public address that leads to the document."))
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Identifies the source; the same in every language."))
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("organisation"),
        SynchronizedField("title"),
        TranslatableField("section"),
        TranslatableField("published"),
        SynchronizedField("url"),
        SynchronizedField("slug"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("organisation"),
        FieldPanel("title"),
        FieldPanel("section"),
        FieldPanel("published"),
        FieldPanel("url"),
        FieldPanel("slug"),
        FieldPanel("editor_notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        ordering = ["organisation", "title", "section"]

    def __str__(self):
        return ", ".join(part for part in (self.organisation, self.title, self.section) if part)


def sources_field():
    from core.models.pages import in_default_locale

    return ParentalManyToManyField(
        "core.Source",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("sources"),
        help_text=_("The public documents these facts come from; readers see them with the date of the last check."),
    )


def checked_on_field():
    return models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_(
            "When an editor last compared these facts (numbers, hours, addresses, law articles) with the sources. "
            "Readers see it; the dashboard lists what is due for a new check."
        ),
    )


class SourcedMixin(models.Model):
    """Sources and the date of the last check, for pages. Snippets add the two fields themselves."""

    sources = sources_field()
    checked_on = checked_on_field()

    sourcing_translatable_fields = [SynchronizedField("sources"), SynchronizedField("checked_on")]
    sourcing_panel = MultiFieldPanel(
        [FieldPanel("sources", widget=forms.CheckboxSelectMultiple), FieldPanel("checked_on")],
        heading=_("Sources and last check"),
    )

    class Meta:
        abstract = True
