"""Reporting channels (police forms, the Stopline): translatable snippets."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.pages import in_default_locale
from core.models.reviewed import ReviewedSnippetMixin
from core.models.sources import sources_field
from support.blocks import ChannelQuestionsBlock
from support.form_addresses import validate_official_form_address

LIST_FEATURES = ["bold", "italic", "ul", "link"]


class ReportingChannel(ReviewedSnippetMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    summary = models.TextField(_("what to report here"), blank=True)
    form_url = models.URLField(
        _("address of the form"),
        validators=[validate_official_form_address],
        help_text=_("The official form's own address (https), on the site of the service that receives reports."),
    )
    recipient = models.TextField(
        _("who receives the report"),
        blank=True,
        help_text=_("Who reads the report and what they may do with it, in one or two sentences."),
    )
    anonymous_allowed = models.BooleanField(
        _("anonymous reports allowed"), default=False, help_text=_("Tick only if the channel says so itself.")
    )
    must_identify = models.BooleanField(
        _("reporter must give their identity"), default=False, help_text=_("The form asks for a name.")
    )
    must_acknowledge_false_reports = models.BooleanField(
        _("reporter must confirm that a false accusation is punishable"),
        default=False,
        help_text=_("The form asks the reporter to confirm they know that a false report can be punished."),
    )
    after_sending = models.TextField(
        _("changing a report after it is sent"),
        blank=True,
        help_text=_("Can the report be changed or cancelled once sent, and how?"),
    )
    what_happens_next = models.TextField(
        _("what happens next"),
        blank=True,
        help_text=_("Written for a 12-year-old: what happens after they send the report."),
    )
    not_handled = models.TextField(
        _("what this channel does not handle"),
        blank=True,
        help_text=_("Situations to report elsewhere, and where."),
    )
    evidence_to_keep = RichTextField(
        _("evidence to keep"), features=LIST_FEATURES, blank=True, help_text=_("Links, user names, dates...")
    )
    evidence_never_share = RichTextField(
        _("never save or forward"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("For example sexual images of minors: report the address, never the image."),
    )
    questions = StreamField(ChannelQuestionsBlock(), blank=True, verbose_name=_("questions and answers"))
    checked_on = models.DateField(
        _("checked on"), null=True, blank=True, help_text=_("When an editor last checked these facts.")
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    topics = ParentalManyToManyField(
        "core.Topic",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("topics"),
        help_text=_("Pages on these topics offer this channel."),
    )
    sources = sources_field()
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("summary"),
        SynchronizedField("form_url", overridable=False),
        TranslatableField("recipient"),
        SynchronizedField("anonymous_allowed"),
        SynchronizedField("must_identify"),
        SynchronizedField("must_acknowledge_false_reports"),
        TranslatableField("after_sending"),
        TranslatableField("what_happens_next"),
        TranslatableField("not_handled"),
        TranslatableField("evidence_to_keep"),
        TranslatableField("evidence_never_share"),
        TranslatableField("questions"),
        SynchronizedField("checked_on"),
        SynchronizedField("sources"),
        SynchronizedField("sort_order"),
        SynchronizedField("topics"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("form_url"),
        FieldPanel("recipient"),
        MultiFieldPanel(
            [
                FieldPanel("anonymous_allowed"),
                FieldPanel("must_identify"),
                FieldPanel("must_acknowledge_false_reports"),
                FieldPanel("after_sending"),
            ],
            heading=_("Before reporting"),
        ),
        FieldPanel("what_happens_next"),
        FieldPanel("not_handled"),
        MultiFieldPanel([FieldPanel("evidence_to_keep"), FieldPanel("evidence_never_share")], heading=_("Evidence")),
        FieldPanel("questions"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sources", widget=forms.CheckboxSelectMultiple),
        FieldPanel("checked_on"),
        FieldPanel("sort_order"),
        FieldPanel("editor_notes"),
    ]

    class Meta(ReviewedSnippetMixin.Meta):
        verbose_name = _("reporting channel")
        verbose_name_plural = _("reporting channels")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def what_to_recheck(self):
        return [
            _("form address"),
            _("anonymous or not, and what the form asks"),
            _("what happens after a report"),
            _("the sources still say the same"),
        ]
