from urllib.parse import urlsplit

from django import template
from wagtail.models import Locale, Page

from core import content_generation, fragments, site_chrome
from core.locale_lookup import in_locale
from support.help_now import help_now
from support.help_status import with_status
from support.models import HelpDirectoryPage, HelpService, ReportingChannel, ReportPage
from support.weekdays import WEEKDAY_NAMES

register = template.Library()

# Which help services and reporting channels a live page shows changes only with published content
# (the page's tags, the snippets): kept per content generation. A preview shows its revision's tags
# and channels, not the live page's, so it always reads afresh.
_for_live_pages = content_generation.GenerationMemo()


def _kept_for_live_page(request, key, build):
    return _for_live_pages.get(key, build) if fragments.for_published_content(request) else build()


@register.filter
def weekday_name(value):
    """{{ "1"|weekday_name }} -> "Tuesday" in the reader's language."""
    try:
        return WEEKDAY_NAMES[int(value)]
    except (KeyError, TypeError, ValueError):
        return ""


@register.filter
def hostname(url):
    """The host of an outside address, so readers see where a link goes ("police.public.lu")."""
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.")


def _report_page_url(request):
    """The address of the live report page in the reader's language, or None; kept with the
    navigation (no query on most page views)."""

    def build():
        report_page = ReportPage.objects.live().filter(locale=Locale.get_active()).first()
        return report_page.get_url(request) if report_page else None

    return site_chrome.cached_per_language("report-page", build, request)


@register.simple_tag(takes_context=True)
def help_and_report(context, page):
    """Reporting channels that fit the page's topics and help services that fit its audiences.

    A page may choose its channels itself (a ``reporting_channels`` field); otherwise the
    channels tagged with the page's topics are shown. Each channel button leads to its
    "before you leave" page on the report page in the reader's language; services show
    whether they are open now. The number of queries does not grow with the number of
    topics, audiences, channels or services. The box's HTML is kept per content generation,
    language, page and what the services' opening lines say (core.fragments).
    """
    request = context.get("request")
    locale = Locale.get_active()
    services = _services_for(request, page, locale)

    def build_channels():
        channels = []
        if hasattr(page, "reporting_channels"):  # chosen on the page, in the reader's language
            # A list, not a subquery: in an editor's preview the choice is still in memory, unsaved.
            chosen_keys = [channel.translation_key for channel in page.reporting_channels.all()]
            channels = in_locale(ReportingChannel.objects.filter(translation_key__in=chosen_keys), locale)
        if not channels:
            topic_ids = [topic.pk for topic in page.topics.all()] if hasattr(page, "topics") else []
            channel_keys = ReportingChannel.objects.filter(topics__in=topic_ids).values("translation_key")
            channels = in_locale(ReportingChannel.objects.filter(translation_key__in=channel_keys), locale)
        return channels

    def values():
        return {"buttons": _buttons(build_channels(), request), "services": services, "request": request}

    template_name = "support/includes/help_and_report.html"
    page_id = getattr(page, "pk", None)
    if not page_id:
        return fragments.render_inclusion(context, template_name, values())
    opening_lines = tuple((item.service.pk, item.text, item.status.is_open) for item in services)
    key = (page_id, locale.pk, request.get_host(), opening_lines)
    return fragments.kept_inclusion(context, template_name, key, values)


@register.inclusion_tag("support/includes/help_and_report.html", takes_context=True)
def help_and_report_for(context, services=(), channels=()):
    """{% help_and_report_for services channels %}: the same box for help services and reporting
    channels chosen by an editor (a decision tree's outcome, say), in the reader's language, with
    whether each service is open now. Two queries, whatever the number of snippets."""
    request = context.get("request")
    locale = Locale.get_active()
    service_keys = [service.translation_key for service in services if service is not None]
    channel_keys = [channel.translation_key for channel in channels if channel is not None]
    chosen_services = in_locale(HelpService.objects.filter(translation_key__in=service_keys), locale)
    chosen_channels = in_locale(ReportingChannel.objects.filter(translation_key__in=channel_keys), locale)
    return {
        "buttons": _buttons(chosen_channels, request),
        "services": with_status(chosen_services),
        "request": request,
    }


def _buttons(channels, request):
    """One button per channel, leading to its "before you leave" page on the report page when there is one."""
    report_url = _report_page_url(request) if channels else None
    return [
        {
            "channel": channel,
            "url": ReportPage.leaving_url_from(report_url, channel) if report_url else channel.form_url,
            "outside": report_url is None,
        }
        for channel in channels
    ]


def _services_for(request, page, locale):
    """Help services for the page's audiences with their status, once per request and page."""
    memo = request.__dict__.setdefault("_services_for_page", {}) if request is not None else {}
    key = (getattr(page, "pk", None), locale.pk)
    if key not in memo:
        audience_ids = [audience.pk for audience in page.audiences.all()] if hasattr(page, "audiences") else []

        def build():
            service_keys = HelpService.objects.filter(audiences__in=audience_ids).values("translation_key")
            return in_locale(HelpService.objects.filter(translation_key__in=service_keys), locale)

        services = _kept_for_live_page(request, ("services", tuple(audience_ids), locale.pk), build)
        memo[key] = with_status(services)
    return memo[key]


@register.simple_tag(takes_context=True)
def help_now_for(context, page):
    """{% help_now_for page %}: the help step beside a page's "if it happened to you" advice. The
    services for the page's audiences that are open now, the next to open when none is, and every
    way to get help day and night. Shares its query with ``help_and_report``; its HTML is kept per
    content generation, language and what the services' opening lines say (core.fragments)."""
    template_name = "support/includes/help_box.html"
    if page is None or not hasattr(page, "audiences"):
        return fragments.render_inclusion(context, template_name, {})
    statuses = _services_for(context.get("request"), page, Locale.get_active())
    help = help_now([item.service for item in statuses])
    printing = context.get("printing", False)
    opening_lines = tuple((item.service.pk, item.text, item.status.is_open) for item in help.services)
    key = (opening_lines, help.next_opening, printing)
    return fragments.kept_inclusion(context, template_name, key, lambda: {"help": help, "printing": printing})


@register.inclusion_tag("support/includes/help_box.html", takes_context=True)
def help_now_for_audience(context, audience_slug):
    """{% help_now_for_audience "pupils" %}: the help step for pages that are not content pages (a
    pupil who has just sent a question in class): the services for that audience, open now or
    next, and the ways day and night; "every service" leads to the help directory."""
    locale = Locale.get_active()
    service_keys = HelpService.objects.filter(audiences__slug=audience_slug).values("translation_key")
    services = in_locale(HelpService.objects.filter(translation_key__in=service_keys), locale)
    directory = HelpDirectoryPage.objects.live().public().filter(locale=locale).first()
    return {
        "help": help_now(services),
        "printing": context.get("printing", False),
        "more_url": directory.get_url(context.get("request")) if directory else "",
    }


@register.inclusion_tag("support/includes/service_cards.html", takes_context=True)
def help_services(context, *slugs, heading="h3"):
    """{% help_services "kannerjugendtelefon" "bee-secure-helpline" %}: those services' cards, in
    that order and the reader's language, each saying whether it is open now. One query."""
    services = {
        service.slug: service for service in in_locale(HelpService.objects.filter(slug__in=slugs), Locale.get_active())
    }
    chosen = [services[slug] for slug in slugs if slug in services]
    return {"services": with_status(chosen), "heading": heading, "request": context.get("request")}


BAND_SIZE = 4


@register.inclusion_tag("support/includes/help_band.html", takes_context=True)
def help_band(context, heading_level=2):
    """ "Something happened? Get help now": the report page, the help directory and every help
    service with whether it is open now (open ones first), and the ways to get help day and night,
    in the reader's language. A fixed number of queries, whatever the number of services."""
    locale = Locale.get_active()
    pages = {
        type(page): page
        for page in (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .type(ReportPage, HelpDirectoryPage)
            .specific(defer=True)
            .order_by("path")
        )
    }
    help = help_now(in_locale(HelpService.objects.all(), locale))
    # Open services first, so "who is open now" is answered at a glance; the order is otherwise kept.
    listed = sorted((item for item in help.services if item.service.phone), key=lambda item: not item.status.is_open)
    return {
        "more_services": len(listed) > BAND_SIZE,
        "report_page": pages.get(ReportPage),
        "help_page": pages.get(HelpDirectoryPage),
        "services": listed[:BAND_SIZE],
        "day_and_night": help.day_and_night,
        "heading_level": heading_level,
        "request": context.get("request"),
    }
