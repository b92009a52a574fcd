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
    """The chosen page in the reader's language where it exists, with its type, live-start URL
    and printouts.

    ``live_start_url`` is offered by page types that can be run live in class (quizzes); the
    guide shows a "start this quiz live" button only when the page has one. ``printables()``
    ([(label, address)]) is offered by page types with printable sheets (quiz worksheets, tree
    handouts); the guide lists them under the material.
    """
    if page is None:
        return None
    localized = _materials_in_reader_language(context).get(page.pk)
    if localized is None:
        localized = page.localized.specific
    if not localized.live:
        return None
    model = localized.specific_class or type(localized)
    # The page type's live-start address (a property or a method), worked out on the page as
    # loaded: its id and locale are all such an address needs.
    live_url = getattr(model, "live_start_url", None)
    if isinstance(live_url, property):
        live_url = live_url.fget(localized)
    elif callable(live_url):
        live_url = live_url(localized)
    printables = getattr(model, "printables", None)
    return {
        "page": localized,
        "url": localized.get_url(context.get("request")),
        "type": model._meta.verbose_name,
        "live_url": live_url,
        "printables": printables(localized, context.get("request")) if callable(printables) else [],
    }


def _materials_in_reader_language(context):
    """{page id: page in the reader's language} for every material of the guide being shown, loaded
    together in one query per request, whatever the number of activities (title, address, type and
    locale are all the activity shows, so the specific page types are not fetched)."""
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
        if all(page.locale_id == locale.pk for page in chosen):
            # Already in the reader's language (pages chosen in the French guide, French reader).
            for page in chosen:
                page.locale = locale
            memo = {page.pk: page for page in chosen}
        else:
            keys = {page.translation_key for page in chosen}
            languages = {locale.pk, *(p.locale_id for p in chosen)}
            versions = Page.objects.filter(translation_key__in=keys, locale_id__in=languages).select_related("locale")
            by_key = {}
            for version in versions:
                if version.locale_id == locale.pk or version.translation_key not in by_key:
                    by_key[version.translation_key] = version
            memo = {page.pk: by_key[page.translation_key] for page in chosen if page.translation_key in by_key}
    if request is not None:
        request._guide_materials = memo
    return memo
