"""Whole-page cache for anonymous readers, correct for five languages and for content that changes
on publish. Off unless PAGE_CACHE_SECONDS is set (production turns it on).

- Only GET requests that carry no cookie at all are served from or stored in the cache, and only
  200 responses that set no cookie and do not vary on Cookie: editors (signed in), pupils with a
  session (quizzes, live mode) and pages with a CSRF-protected form are never cached.
- The key is Django's cache key: the full URL (which carries the language prefix, /fr/ … /pt/)
  plus the headers the response varies on (e.g. Accept-Language on the unprefixed "/" redirect).
- Invalidation: every key includes a generation number; publishing or unpublishing a page, or
  saving or deleting content outside the page tree (snippets, images, documents, vocabularies,
  sites, redirects…), starts a new generation, so no reader sees a page older than the last publish.
  Draft saves of pages do not. The timeout is only a safety net.
- No Cache-Control max-age is added: browsers and proxies do not keep pages the site cannot recall.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.utils.cache import get_cache_key, has_vary_header, learn_cache_key
from django.utils.deprecation import MiddlewareMixin
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
CONTENT_APPS = {
    "core",
    "support",
    "factsheets",
    "decisiontrees",
    "quizzes",
    "education",
    "library",
    "editorial",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
}
NOT_CONTENT = {"wagtailcore.revision", "wagtailcore.pagelogentry", "wagtailcore.modellogentry", "wagtailcore.comment"}


def page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _cacheable_request(request):
    return (
        request.method == "GET"
        and not request.COOKIES
        and not request.path_info.startswith((*settings.ADMIN_URL_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL))
    )


def invalidate(**kwargs):
    """Start a new generation: every page cached so far is ignored from now on."""
    if not _timeout():
        return
    try:
        page_cache().set(GENERATION_KEY, time.time_ns(), None)
    except Exception:  # e.g. during `migrate`, before `createcachetable`; nothing can be served from it either
        logger.warning("page cache: could not start a new generation", exc_info=True)


def _on_content_change(sender, instance=None, raw=False, **kwargs):
    if raw or isinstance(instance, Page) or sender._meta.app_label not in CONTENT_APPS:
        return  # pages are invalidated on publish, not on draft saves
    if sender._meta.label_lower not in NOT_CONTENT:
        invalidate()


page_published.connect(invalidate, dispatch_uid="page_cache_published")
page_unpublished.connect(invalidate, dispatch_uid="page_cache_unpublished")
post_save.connect(_on_content_change, dispatch_uid="page_cache_saved")
post_delete.connect(_on_content_change, dispatch_uid="page_cache_deleted")


class FetchFromPageCacheMiddleware(MiddlewareMixin):
    """Answers anonymous GETs from the cache. Place it right after WhiteNoise."""

    def process_request(self, request):
        if not _timeout() or not _cacheable_request(request):
            return None
        cache = page_cache()
        try:
            prefix = f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}pages:{cache.get(GENERATION_KEY, 0)}"
            key = get_cache_key(request, prefix, "GET", cache=cache)
            response = cache.get(key) if key else None
        except Exception:  # a cache that is down must not take the site down: render instead
            logger.warning("page cache: lookup failed", exc_info=True)
            return None
        request._page_cache_prefix = prefix
        if response is not None:
            response["X-Page-Cache"] = "hit"
        return response


class UpdatePageCacheMiddleware(MiddlewareMixin):
    """Stores what FetchFromPageCacheMiddleware may serve. Place it first in MIDDLEWARE."""

    def process_response(self, request, response):
        prefix = getattr(request, "_page_cache_prefix", None)
        if (
            prefix is None
            or response.status_code != 200
            or response.streaming
            or response.cookies
            or has_vary_header(response, "Cookie")
            or has_vary_header(response, "*")
            or any(d in response.get("Cache-Control", "").lower() for d in ("private", "no-cache", "no-store"))
        ):
            return response
        cache = page_cache()
        try:
            key = learn_cache_key(request, response, _timeout(), prefix, cache=cache)
            cache.set(key, response, _timeout())
        except Exception:
            logger.warning("page cache: store failed", exc_info=True)
        return response
