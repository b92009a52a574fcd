from django import template
from wagtail.models import Locale, Page

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
    localized = _materials_in_reader_language(context).get(page.pk) or page.localized.specific
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


def _materials_in_reader_language(context):
    """{page id: specific page in the reader's language} for every material of the guide being shown,
    loaded together once per request (a fixed number of queries, whatever the number of activities)."""
    request, guide = context.get("request"), context.get("page")
    memo = getattr(request, "_guide_materials", None)
    if memo is not None:
        return memo
    chosen = [
        block.value.get("material")
        for block in getattr(guide, "activities", None) or []
        if hasattr(block.value, "get") and block.value.get("material") is not None
    ]
    memo = {}
    if chosen:
        locale = Locale.get_active()
        keys = {page.translation_key for page in chosen}
        versions = Page.objects.filter(
            translation_key__in=keys, locale_id__in={locale.pk, *(p.locale_id for p in chosen)}
        )
        by_key = {}
        for version in versions.specific():
            if version.locale_id == locale.pk or version.translation_key not in by_key:
                by_key[version.translation_key] = version
        memo = {page.pk: by_key[page.translation_key] for page in chosen if page.translation_key in by_key}
    if request is not None:
        request._guide_materials = memo
    return memo
