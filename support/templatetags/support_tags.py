from django import template
from wagtail.models import Locale

from support.models import HelpService, ReportingChannel

register = template.Library()


def _in_active_locale(model, translation_keys):
    """Entries with these translation keys in the reader's locale (default locale where missing)."""
    active, default = Locale.get_active(), Locale.get_default()
    entries = {}
    for entry in model.objects.filter(translation_key__in=translation_keys, locale__in=[active, default]):
        if entry.translation_key not in entries or entry.locale_id == active.pk:
            entries[entry.translation_key] = entry
    return sorted(entries.values(), key=lambda entry: entry.name)


@register.inclusion_tag("support/includes/help_and_report.html", takes_context=True)
def help_and_report(context, page):
    """Reporting channels that fit the page's topics and help services that fit its audiences.

    A page may choose its channels itself (a ``reporting_channels`` field); otherwise the
    channels tagged with the page's topics are shown.
    """
    chosen = getattr(page, "reporting_channels", None)
    if chosen is not None and chosen.exists():
        channel_keys = [c.translation_key for c in chosen.all()]
    else:
        topic_ids = [topic.pk for topic in page.topics.all()] if hasattr(page, "topics") else []
        channel_keys = ReportingChannel.objects.filter(topics__in=topic_ids).values_list("translation_key", flat=True)
    audience_ids = [audience.pk for audience in page.audiences.all()] if hasattr(page, "audiences") else []
    service_keys = HelpService.objects.filter(audiences__in=audience_ids).values_list("translation_key", flat=True)
    return {
        "channels": _in_active_locale(ReportingChannel, list(channel_keys)),
        "services": _in_active_locale(HelpService, list(service_keys)),
        "request": context.get("request"),
    }
