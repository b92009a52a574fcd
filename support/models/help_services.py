"""Help services (helplines, police, victim support): translatable snippets."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.pages import in_default_locale
from core.models.reviewed import ReviewedSnippetMixin
from core.models.sources import sources_field
from support.blocks import OpeningHoursStreamBlock, weekly_spans
from support.opening_hours import OpeningStatus, opening_status


class HelpService(ReviewedSnippetMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    summary = models.TextField(_("what it offers"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = StreamField(
        OpeningHoursStreamBlock(),
        blank=True,
        verbose_name=_("weekly opening hours"),
        help_text=_("Leave empty when the hours are not known: readers are then told so."),
    )
    hours_note = models.CharField(
        _("note on the hours"),
        max_length=250,
        blank=True,
        help_text=_("Shown next to the hours, e.g. another way to reach the service when the line is closed."),
    )
    day_and_night = models.CharField(
        _("reachable day and night"),
        max_length=200,
        blank=True,
        help_text=_(
            "Only if the service says so: how to reach it at any hour, e.g. “help by e-mail, at any hour”. "
            "Pages offer it whenever no line is open. The website is linked after it."
        ),
    )
    checked_on = models.DateField(
        _("checked on"), null=True, blank=True, help_text=_("When an editor last checked the number and hours.")
    )
    audiences = ParentalManyToManyField(
        "core.Audience",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("audiences"),
        help_text=_("Pages for these audiences show this service."),
    )
    sources = sources_field()
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("summary"),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("opening_hours"),
        TranslatableField("hours_note"),
        TranslatableField("day_and_night"),
        SynchronizedField("checked_on"),
        SynchronizedField("sources"),
        SynchronizedField("audiences"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("phone"),
        FieldPanel("website"),
        FieldPanel("opening_hours"),
        FieldPanel("hours_note"),
        FieldPanel("day_and_night"),
        FieldPanel("sources", widget=forms.CheckboxSelectMultiple),
        FieldPanel("checked_on"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("editor_notes"),
    ]

    class Meta(ReviewedSnippetMixin.Meta):
        verbose_name = _("help service")
        verbose_name_plural = _("help services")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        ordering = ["name"]

    def __str__(self):
        return self.name

    def what_to_recheck(self):
        return [
            _("phone number"),
            _("opening hours"),
            _("website"),
            *([_("the way to reach it day and night")] if self.day_and_night else []),
            _("the sources still say the same"),
        ]

    def opening_status(self, now) -> OpeningStatus:
        """Open or closed at the aware datetime ``now`` (Luxembourg time)."""
        return opening_status(weekly_spans(self.opening_hours), now)
