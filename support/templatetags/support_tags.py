from urllib.parse import urlsplit

from django import template
from wagtail.models import Locale

from support.help_now import help_now
from support.help_status import with_status
from support.locale_lookup import in_locale
from support.models import HelpService, ReportingChannel, ReportPage
from support.weekdays import WEEKDAY_NAMES

register = template.Library()


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


@register.inclusion_tag("support/includes/help_and_report.html", takes_context=True)
def help_and_report(context, page):
    """Reporting channels that fit the page's topics and help services that fit its audiences.

    A page may choose its channels itself (a ``reporting_channels`` field); otherwise the
    channels tagged with the page's topics are shown. Each channel button leads to its
    "before you leave" page on the report page in the reader's language; services show
    whether they are open now. The number of queries does not grow with the number of
    topics, audiences, channels or services.
    """
    request = context.get("request")
    locale = Locale.get_active()
    chosen = getattr(page, "reporting_channels", None)
    if chosen is not None and chosen.exists():
        channel_keys = [c.translation_key for c in chosen.all()]
    else:
        topic_ids = [topic.pk for topic in page.topics.all()] if hasattr(page, "topics") else []
        channel_keys = ReportingChannel.objects.filter(topics__in=topic_ids).values("translation_key")
    audience_ids = [audience.pk for audience in page.audiences.all()] if hasattr(page, "audiences") else []
    service_keys = HelpService.objects.filter(audiences__in=audience_ids).values("translation_key")

    channels = in_locale(ReportingChannel.objects.filter(translation_key__in=channel_keys), locale)
    report_page = ReportPage.objects.live().filter(locale=locale).first() if channels else None
    buttons = [
        {
            "channel": channel,
            "url": report_page.leaving_url(channel, request) if report_page else channel.form_url,
            "outside": report_page is None,
        }
        for channel in channels
    ]
    services = in_locale(HelpService.objects.filter(translation_key__in=service_keys), locale)
    return {"buttons": buttons, "services": with_status(services), "request": request}


@register.inclusion_tag("support/includes/help_now.html", takes_context=True)
def help_now_for(context, page):
    """{% help_now_for page %}: the services for the page's audiences that are open now, the next to
    open when none is, and every way to get help day and night. One query, whatever the page."""
    if page is None or not hasattr(page, "audiences"):
        return {}
    services = HelpService.objects.filter(audiences__in=page.audiences.values("pk")).distinct()
    return {"help": help_now(in_locale(services, Locale.get_active())), "printing": context.get("printing", False)}
