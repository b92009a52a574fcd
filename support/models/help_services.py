"""Help services (helplines, police, victim support): translatable snippets."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.pages import in_default_locale


class HelpService(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    summary = models.TextField(_("what it offers"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    audiences = models.ManyToManyField(
        "core.Audience",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("audiences"),
        help_text=_("Pages for these audiences show this service."),
    )
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("summary"),
        SynchronizedField("phone"),
        SynchronizedField("website"),
        SynchronizedField("audiences"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("phone"),
        FieldPanel("website"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("editor_notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("help service")
        verbose_name_plural = _("help services")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        ordering = ["name"]

    def __str__(self):
        return self.name
