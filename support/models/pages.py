"""The report page (one button per channel, a leaving page before each form) and the help directory."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.locale_lookup import in_locale
from core.models import Audience, BasePage
from core.vocabulary_labels import in_reader_language
from support.help_status import with_status

from .help_services import HelpService
from .reporting_channels import ReportingChannel


class ReportPage(RoutablePageMixin, BasePage):
    """Lists every reporting channel; ``<slug>/`` explains one channel before the reader leaves."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown below the report buttons."),
    )

    subpage_types = []
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), BasePage.editor_notes_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("report page")

    def channels(self):
        return in_locale(ReportingChannel.objects.prefetch_related("topics"), self.locale)

    def leaving_url(self, channel, request=None):
        return self.leaving_url_from(self.get_url(request), channel)

    @staticmethod
    def leaving_url_from(report_page_url, channel):
        """The "before you leave" page of ``channel`` (the ``leaving`` route below) under the report page's address."""
        return f"{report_page_url}{channel.slug}/"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        channels = self.channels()
        buttons = [{"channel": channel, "url": self.leaving_url(channel, request)} for channel in channels]
        context["buttons"] = buttons
        context["chooser"] = _chooser(buttons)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("<slug:channel_slug>/", name="leaving")
    def leaving(self, request, channel_slug):
        channel = next((c for c in in_locale(ReportingChannel.objects.filter(slug=channel_slug), self.locale)), None)
        if channel is None:
            raise Http404("No such reporting channel")
        return self.render(
            request,
            template="support/leaving_page.html",
            context_overrides={
                "channel": channel,
                "report_page_url": self.get_url(request),
                "help_page": HelpDirectoryPage.objects.live().filter(locale=self.locale).first(),
            },
        )


def _chooser(buttons):
    """'Where do I report this?': each topic a channel covers, in the reader's language, with its channel(s)."""
    by_topic = {}
    for button in buttons:
        for topic in button["channel"].topics.all():
            by_topic.setdefault(topic.translation_key, (topic, []))[1].append(button)
    topics = sorted((topic for topic, _buttons in by_topic.values()), key=lambda t: (t.sort_order, t.name))
    labels = in_reader_language(topics) if topics else []
    return [
        {"topic": label, "buttons": by_topic[topic.translation_key][1]}
        for topic, label in zip(topics, labels, strict=True)
    ]


class HelpDirectoryPage(BasePage):
    """Every help service, with its phone, hours and whether it is open now."""

    page_cache_query_parameters = ("audience",)  # the page cache stores these addresses (core.page_cache)

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        BodyStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("Shown below the list of services.")
    )

    subpage_types = []
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), BasePage.editor_notes_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("help directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audiences = list(Audience.objects.filter(locale=Locale.get_default()))
        # ?audience=pupils narrows the list; an unknown or malformed value simply shows everyone.
        chosen = next((a for a in audiences if a.slug == request.GET.get("audience")), None)
        services = HelpService.objects.prefetch_related("audiences", "sources")
        if chosen is not None:
            services = services.filter(audiences=chosen)
        context["services"] = with_status(in_locale(services, self.locale))
        context["audience_filter"] = [
            {"slug": audience.slug, "label": label, "current": audience == chosen}
            for audience, label in zip(audiences, in_reader_language(audiences), strict=True)
        ]
        context["audience_chosen"] = chosen
        return context
