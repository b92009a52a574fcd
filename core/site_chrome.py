"""Navigation and footer data (and other lists built from published content), computed once per
language and kept in the cache.

Every page (including the uncacheable live-quiz pages) shows the navigation and the footer;
building them costs a dozen queries and StreamField parsing. The computed links and numbers are
cached per language under a generation of their own (kept, like the content generation, in the
database: never culled), which changes whenever a page is published, unpublished, moved or
deleted, or the navigation or footer snippet is saved, so readers never see stale links, and
saving other content (a help service) does not make every page rebuild them.
"""

import contextlib

from django.core.cache import cache
from django.utils.translation import get_language

from core import content_generation
from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Topic

TIMEOUT = 24 * 3600
GENERATION = "site-chrome-generation"


def _links(blocks, request):
    links = []
    for block in blocks:
        target = block.value["page"]
        target = target.localized if target else None
        if target is None or not target.live:
            continue
        url = target.get_url(request)
        if url:
            links.append({"url": url, "label": block.value["label"] or target.title, "page_id": target.pk})
    return links


_in_process = content_generation.GenerationMemo(GENERATION)


def cached_per_language(kind, build, request=None):
    """``build()``'s result for the active language, kept until the next publish or change of the
    navigation, footer or vocabularies.

    Each process keeps what it built or read for the current generation, so a page view usually
    costs no query for it; a new process reads the shared cache first. A cache that is down costs
    speed, never correctness: the data is built instead.
    """
    language = get_language()

    def from_cache_or_build():
        key = f"site-chrome:{kind}:{language}:{content_generation.current(GENERATION)}"
        data = None
        with contextlib.suppress(Exception):
            data = cache.get(key)
        if data is None:
            data = build()
            with contextlib.suppress(Exception):  # rendering without the cache is the fallback
                cache.set(key, data, TIMEOUT)
        return data

    return _in_process.get((kind, language), from_cache_or_build)


def navigation_links(request):
    """[{url, label, page_id}] of the main navigation in the reader's language."""

    def build():
        menu = NavigationMenu.objects.for_active_locale()
        return _links(menu.links, request) if menu else []

    return cached_per_language("navigation", build, request)


def footer_content(request):
    """The footer in the reader's language: heading, numbers, text (HTML) and links; None if there is none."""

    def build():
        from wagtail.rich_text import expand_db_html

        footer = SiteFooter.objects.for_active_locale()
        if footer is None:
            return None
        return {
            "emergency_heading": footer.emergency_heading,
            "numbers": [
                {
                    "label": block.value["label"],
                    "number": block.value["number"],
                    "tel": block.value["number"].replace(" ", ""),
                    "hours": block.value["hours"],
                }
                for block in footer.emergency_numbers
            ],
            "text": expand_db_html(footer.text) if footer.text else "",
            "links": _links(footer.links, request),
        }

    return cached_per_language("footer", build, request)


def connect():
    """Called by CoreConfig.ready(), with the content generation's receivers. Vocabularies count
    too: cached page lists (audience pages, featured pages) show their colours and labels."""
    content_generation.keep_generation(GENERATION, models=(NavigationMenu, SiteFooter, Topic, Audience, AgeBand))
