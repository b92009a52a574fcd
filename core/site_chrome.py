"""Navigation and footer data (and other lists built from published content), computed once per
language and kept in the cache.

Every page (including the uncacheable live-quiz pages) shows the navigation and the footer;
building them costs a dozen queries and StreamField parsing. The computed links and numbers are
cached per language under a generation number that changes whenever a page is published,
unpublished, moved or deleted, or the navigation or footer snippet is saved, so readers never
see stale links.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Topic

GENERATION_KEY = "site-chrome:generation"
TIMEOUT = 24 * 3600


def bump_generation(**kwargs):
    cache.set(GENERATION_KEY, time.time_ns(), None)


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


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


def cached_per_language(kind, build):
    """``build()``'s result in the reader's language, kept until the next publish or snippet change."""
    key = f"site-chrome:{kind}:{get_language()}:{_generation()}"
    data = cache.get(key)
    if data is None:
        data = build()
        cache.set(key, data, TIMEOUT)
    return data


def navigation_links(request):
    """[{url, label, page_id}] of the main navigation in the reader's language."""

    def build():
        menu = NavigationMenu.objects.for_active_locale()
        return _links(menu.links, request) if menu else []

    return cached_per_language("navigation", build)


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

    return cached_per_language("footer", build)


page_published.connect(bump_generation, dispatch_uid="site_chrome_published")
page_unpublished.connect(bump_generation, dispatch_uid="site_chrome_unpublished")
post_delete.connect(bump_generation, sender=Page, dispatch_uid="site_chrome_page_deleted")
# Vocabularies too: cached page lists (audience pages, featured pages) show their colours and labels.
for _model in (NavigationMenu, SiteFooter, Topic, Audience, AgeBand):
    post_save.connect(bump_generation, sender=_model, dispatch_uid=f"site_chrome_saved_{_model.__name__}")
    post_delete.connect(bump_generation, sender=_model, dispatch_uid=f"site_chrome_deleted_{_model.__name__}")
