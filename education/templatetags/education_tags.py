from django import template

from education.blocks import DownloadBlock
from education.downloads import document_format, download_url

register = template.Library()


@register.inclusion_tag("education/includes/download_link.html")
def download_link(document, description="", kind=""):
    """A counted download link that says the format and size before readers click."""
    return {
        "document": document,
        "description": description,
        "kind": dict(DownloadBlock.KINDS).get(kind, ""),
        "url": download_url(document),
        "format": document_format(document),
        "size": document.file_size,
    }


@register.simple_tag(takes_context=True)
def material_for_reader(context, page):
    """The chosen page in the reader's language where it exists, with its type and live-start URL.

    ``live_start_url`` is offered by page types that can be run live in class (quizzes); the
    guide shows a "start this quiz live" button only when the page has one.
    """
    if page is None:
        return None
    localized = page.localized.specific
    if not localized.live:
        return None
    live_url = getattr(localized, "live_start_url", None)
    if callable(live_url):
        live_url = live_url()
    return {
        "page": localized,
        "url": localized.get_url(context.get("request")),
        "type": localized._meta.verbose_name,
        "live_url": live_url,
    }
