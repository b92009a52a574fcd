"""Reporting channels (police forms, the Stopline): translatable snippets."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.pages import in_default_locale


class ReportingChannel(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    summary = models.TextField(_("what to report here"), blank=True)
    form_url = models.URLField(_("address of the form"))
    topics = models.ManyToManyField(
        "core.Topic",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("topics"),
        help_text=_("Pages on these topics offer this channel."),
    )
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("summary"),
        SynchronizedField("form_url"),
        SynchronizedField("topics"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("form_url"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("editor_notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("reporting channel")
        verbose_name_plural = _("reporting channels")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        ordering = ["name"]

    def __str__(self):
        return self.name
