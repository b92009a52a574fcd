import dataclasses
import math

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from wagtail.models import Locale, Page

from core import content_generation, fragments, looks, site_chrome, vocabulary_labels
from core.routing import address_in_language

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


@register.simple_tag
def page_look(page):
    """{% page_look page as look %}: the colour class and picture of the page's first topic."""
    return looks.look_for_page(page)


@register.simple_tag(takes_context=True)
def page_card(context, page, show_kind=False):
    """{% page_card page as card %}: the page as a card (title, address, summary, look)."""
    from core.page_lists import card_for

    card = card_for(page, context.get("request"))
    return card if show_kind else dataclasses.replace(card, kind="")


@register.simple_tag(takes_context=True)
def featured_cards(context, page, field_name="featured"):
    """{% featured_cards page as cards %}: the page's featured pages as cards (cached, see core.page_lists)."""
    from core.page_lists import featured_cards as cards

    return cards(page, field_name, context.get("request"))


@register.simple_tag
def site_search_url():
    """The address of the header's search form: the view settings.VIGILANT_SITE_SEARCH names (the
    library's search), so the site's shell depends on no content app."""
    return reverse(settings.VIGILANT_SITE_SEARCH)


@register.simple_tag
def named_look(key):
    """{% named_look "sexting" as look %}: a look by its key (the default one if unknown)."""
    return looks.look(key)


SCORE_RING_RADIUS = 52


@register.inclusion_tag("includes/score_ring.html")
def score_ring(score, total):
    """A quiz score drawn as a ring filled in proportion (decorative: the sentence beside it says it)."""
    total = max(int(total or 0), 0)
    score = min(max(int(score or 0), 0), total)
    circumference = 2 * math.pi * SCORE_RING_RADIUS
    filled = circumference * score / total if total else 0
    return {
        "score": score,
        "total": total,
        "radius": SCORE_RING_RADIUS,
        "dash": f"{filled:.2f} {circumference:.2f}",
        "empty": filled == 0,
    }


@register.simple_tag
def score_message(score, total):
    """A friendly sentence about a score; it never scolds."""
    ratio = score / total if total else 0
    if total and score == total:
        return gettext("Brilliant! You got every question right.")
    if ratio >= 2 / 3:
        return gettext("Well done! You already know a lot.")
    if ratio >= 1 / 3:
        return gettext("Good start! The explanations help you with the rest.")
    return gettext("Thanks for playing! Every question you read teaches you something.")


DESCRIPTION_LENGTH = 160


@register.simple_tag
def page_description(page=None):
    """The meta description: the page's search description, else its introduction, else the site's."""
    text = ""
    if page is not None:
        text = getattr(page, "search_description", "") or getattr(page, "intro", "") or ""
    text = " ".join(strip_tags(str(text)).split())
    if not text:
        text = gettext(
            "Online safety for pupils, parents and teachers in Luxembourg: factsheets, tools, quizzes, "
            "and where to find help."
        )
    return Truncator(text).chars(DESCRIPTION_LENGTH)


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
    versions = _kept_language_versions(request, page)
    if request is not None:
        request._language_versions = {**(memo or {}), memo_key: versions}
    return [dict(version) for version in versions]


# A live page's translations and their addresses change only with published content: kept per
# content generation, language and host (addresses are relative to the request's site).
_translations_of_live_pages = content_generation.GenerationMemo(max_entries=4096)


def _kept_language_versions(request, page):
    if not (isinstance(page, Page) and page.pk and fragments.for_published_content(request)):
        return _compute_language_versions(request, page)
    key = (page.pk, get_language(), request.get_host())
    return _translations_of_live_pages.get(key, lambda: _compute_language_versions(request, page))


def _compute_language_versions(request, page):
    current = get_language()
    versions = []
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().public().select_related("locale")
        }
        # A language the page lacks leads to the French page at that language's address, which
        # core.fallback serves with a notice in the reader's language.
        source = translations.get(settings.LANGUAGE_CODE)
        source_url = source.get_url(request) if source is not None else None
        for code, name in settings.LANGUAGES:
            translated = translations.get(code)
            if translated is not None:
                url = translated.get_url(request)
                versions.append({"code": code, "name": name, "url": url, "available": True})
            else:
                url = address_in_language(source_url, source.locale.language_code, code) if source_url else f"/{code}/"
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
