from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core import site_chrome, vocabulary_labels

register = template.Library()


@register.filter
def in_reader_language(entries):
    """{{ page.topics.all|in_reader_language }}: vocabulary entries in the reader's language."""
    return vocabulary_labels.in_reader_language(entries)


@register.inclusion_tag("core/includes/sources.html")
def sources_and_last_check(item, heading="h2"):
    """{% sources_and_last_check page %}: the public sources of a page or snippet, in the reader's
    language, and the date an editor last checked it against them."""
    sources = vocabulary_labels.in_reader_language(item.sources.all()) if item.pk else []
    return {
        "sources": sources,
        "checked_on": item.checked_on,
        "heading": heading,
        "id": f"sources-{item._meta.model_name}-{item.pk}",
    }


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    page = context.get("page")
    return {
        "links": site_chrome.navigation_links(context.get("request")),
        "current_page_id": getattr(page, "pk", None),
    }


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context):
    return {"footer": site_chrome.footer_content(context.get("request"))}


def _route_in_language(path, code):
    """The same route in language `code`; that language's home page for anything that is not a route
    of the site (a 404 for ``//evil.example/`` must not print a protocol-relative, off-site link)."""
    try:
        resolve(request_path := path.split("?", 1)[0])
    except Resolver404:
        return f"/{code}/"
    url = translate_url(path, code)
    if not request_path.startswith("/") or url.startswith("//") or "\\" in url:
        return f"/{code}/"
    return url


def _language_versions(context):
    """One entry per site language: the URL of this page in it, or None if it has no live translation.

    Computed once per request and page: the language switcher and the hreflang links both use it.
    """
    request = context.get("request")
    page = context.get("page")
    memo_key = (getattr(page, "pk", None), get_language())
    memo = getattr(request, "_language_versions", None) if request is not None else None
    if memo is not None and memo_key in memo:
        return [dict(version) for version in memo[memo_key]]
    versions = _compute_language_versions(request, page)
    if request is not None:
        request._language_versions = {**(memo or {}), memo_key: versions}
    return [dict(version) for version in versions]


def _compute_language_versions(request, page):
    current = get_language()
    versions = []
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().public().select_related("locale")
        }
        # A language the page lacks leads to the French page at that language's address, which
        # editorial.fallback serves with a notice in the reader's language.
        source = translations.get(settings.LANGUAGE_CODE)
        source_url = source.get_url(request) if source is not None else None
        for code, name in settings.LANGUAGES:
            translated = translations.get(code)
            if translated is not None:
                url = translated.get_url(request)
                versions.append({"code": code, "name": name, "url": url, "available": True})
            else:
                url = translate_url(source_url, code) if source_url else f"/{code}/"
                versions.append(
                    {"code": code, "name": name, "url": url, "available": False, "content_code": settings.LANGUAGE_CODE}
                )
    else:
        path = request.get_full_path() if request else "/"
        for code, name in settings.LANGUAGES:
            versions.append({"code": code, "name": name, "url": _route_in_language(path, code), "available": True})
    for version in versions:
        version["current"] = version["code"] == current
    return versions


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"versions": _language_versions(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_alternates(context):
    """<link rel=alternate hreflang> for real translations only."""
    request = context.get("request")
    versions = [v for v in _language_versions(context) if v["available"]]
    base = request.build_absolute_uri("/")[:-1] if request else ""
    default_code = Locale.get_default().language_code
    default = next((v for v in versions if v["code"] == default_code), None)
    return {"versions": versions, "base": base, "default": default}
