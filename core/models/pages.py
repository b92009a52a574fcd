"""The base page every content type builds on, and the site's home and standard pages."""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import upstream_memo
from core.blocks import BodyStreamBlock, FeaturedPagesBlock


def in_default_locale():
    """Editors tag content with the default (French) vocabulary entries; readers see their own."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class BasePage(Page):
    """Adds editor notes (never shown to readers) to every page type.

    Translatable fields are derived by wagtail-localize (text translates, the rest synchronises);
    ``override_translatable_fields`` names the exceptions.
    """

    editor_notes = models.TextField(
        _("editor notes"),
        blank=True,
        help_text=_("Sources, open questions and points where the sources disagree. Never shown to readers."),
    )

    override_translatable_fields = [SynchronizedField("editor_notes")]
    editor_notes_panel = FieldPanel("editor_notes", classname="collapsed")

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's answer, from the request's list of restrictions (core.upstream_memo): every page
        view asks. Aliases keep Wagtail's own look-up (their source page's restrictions apply)."""
        if self.alias_of_id is not None:
            return super().get_view_restrictions()
        return upstream_memo.restrictions_on_path(self)


class TaggedPageMixin(models.Model):
    """Audience, age band and topic, picked from the translatable vocabularies.

    Subclasses list ``tagging_panel`` in their panels and inherit the synchronised fields
    below through ``override_translatable_fields`` (wagtail-localize skips many-to-many
    fields unless told to synchronise them).
    """

    audiences = ParentalManyToManyField(
        "core.Audience", blank=True, related_name="+", limit_choices_to=in_default_locale, verbose_name=_("audiences")
    )
    age_bands = ParentalManyToManyField(
        "core.AgeBand", blank=True, related_name="+", limit_choices_to=in_default_locale, verbose_name=_("age bands")
    )
    topics = ParentalManyToManyField(
        "core.Topic", blank=True, related_name="+", limit_choices_to=in_default_locale, verbose_name=_("topics")
    )
    main_topic = models.ForeignKey(
        "core.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("main topic"),
        help_text=_(
            "Gives the page its topic's colour and picture. Leave empty to use the first of its topics "
            "(in the order of the topic list)."
        ),
    )

    tagging_translatable_fields = [
        SynchronizedField("audiences"),
        SynchronizedField("age_bands"),
        SynchronizedField("topics"),
        SynchronizedField("main_topic"),
    ]
    tagging_panel = MultiFieldPanel(
        [
            FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
            FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            FieldPanel("main_topic"),
        ],
        heading=_("Audience, age and topic"),
    )

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # The tags and the "help and report" box both read the tags: fetch each vocabulary once.
        # Not in previews, where the tags come from the revision being previewed, not the database.
        if not getattr(request, "is_preview", False):
            prefetch_related_objects([self], "audiences", "age_bands", "topics")
        return super().get_context(request, *args, **kwargs)


class IntroAndBodyPage(BasePage):
    """A page of an introduction and a body of core blocks (the standard page; the home page adds
    its featured pages)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), BasePage.editor_notes_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True


class HomePage(IntroAndBodyPage):
    """The home page: the doors (its audience pages), "get help now", featured pages, then the body."""

    featured = StreamField(
        FeaturedPagesBlock(),
        blank=True,
        verbose_name=_("featured pages"),
        help_text=_("For example a tool, a quiz and a factsheet. Readers see each in their own language."),
    )

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured"),
        FieldPanel("body"),
        BasePage.editor_notes_panel,
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from core.models.audience_pages import AudiencePage  # defined after this module

        context = super().get_context(request, *args, **kwargs)
        context["doors"] = AudiencePage.objects.child_of(self).live().public().order_by("path")
        return context


class StandardPage(IntroAndBodyPage):
    """A plain page (about us, legal notice): an introduction and a body."""

    class Meta:
        verbose_name = _("standard page")
