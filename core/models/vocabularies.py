"""Reader-facing labels (audience, age band, topic) as translatable vocabularies.

django-taggit tags are never translated by wagtail-localize, so the labels readers see are
translatable snippets instead. Pages point at the French (default-locale) entries; templates
show the entry of the reader's locale, matched on translation_key (see core.vocabulary_labels).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import looks
from core.widgets import LookChooser


class Vocabulary(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in filter links (?topic=grooming); the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
        SynchronizedField("editor_notes"),
    ]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order"), FieldPanel("editor_notes")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Audience(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class AgeBand(Vocabulary):
    min_age = models.PositiveSmallIntegerField(_("youngest age"))
    max_age = models.PositiveSmallIntegerField(_("oldest age"))

    translatable_fields = [
        *Vocabulary.translatable_fields,
        SynchronizedField("min_age"),
        SynchronizedField("max_age"),
    ]
    panels = [*Vocabulary.panels[:2], FieldPanel("min_age"), FieldPanel("max_age"), *Vocabulary.panels[2:]]

    class Meta(Vocabulary.Meta):
        verbose_name = _("age band")
        verbose_name_plural = _("age bands")
        ordering = ["min_age", "max_age"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Topic(Vocabulary):
    look = models.CharField(
        _("colour and picture"),
        max_length=32,
        choices=looks.CHOICES,
        default=looks.DEFAULT,
        help_text=_(
            "Pages about this topic show this colour and illustration, so pupils recognise the subject. "
            "The same in every language."
        ),
    )

    translatable_fields = [*Vocabulary.translatable_fields, SynchronizedField("look")]
    panels = [*Vocabulary.panels[:2], FieldPanel("look", widget=LookChooser), *Vocabulary.panels[2:]]

    class Meta(Vocabulary.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
