"""Whole-page cache for anonymous readers, correct for five languages and for content that changes
on publish. Off unless PAGE_CACHE_SECONDS is set (production turns it on).

- Only GET requests that carry no cookie at all are served from or stored in the cache, and only
  200 responses that set no cookie and do not vary on Cookie: editors (signed in), pupils with a
  session (quizzes, live mode) and pages with a CSRF-protected form are never cached.
- Only canonical addresses are stored: no query string, or only the query parameters the page
  declares (``page_cache_query_parameters``, e.g. a library's filters), and a Host header
  without a foreign port. ``?utm_source=...`` or a random parameter makes no new entry.
- The key is Django's cache key: the full URL (which carries the language prefix, /fr/ … /pt/)
  plus the headers the response varies on, under the content generation
  (``core.content_generation``): publishing, or saving content an app declares, makes every
  older entry unreachable at once, and nothing else does (answers, joins, downloads...). The
  generation lives in the database, so no cull or cache restart can bring back a page from
  before a publish; the timeout is only a safety net.
- A cache that is down costs speed, never correctness: every cache error means "render".
- Each process keeps the pages it has read from the shared cache in its own memory, under the same
  keys and for no longer (``core.page_memo``): a hit then costs the generation read and a
  dictionary look-up.
- No Cache-Control max-age is added: browsers and proxies do not keep pages the site cannot recall.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.http.request import split_domain_port
from django.utils.cache import get_cache_key, has_vary_header, learn_cache_key
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import get_language_from_path

from core import content_generation, page_memo

logger = logging.getLogger(__name__)


def page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _canonical_host(request):
    _domain, port = split_domain_port(request.get_host())
    return port in ("", str(request.META.get("SERVER_PORT", "")))


def _cacheable_request(request):
    return (
        request.method == "GET"
        and not request.COOKIES
        and not request.path_info.startswith((*settings.ADMIN_URL_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL))
        and _canonical_host(request)
    )


def _canonical_query(request):
    """True when the query string is empty or holds only parameters the served page declared."""
    if not request.META.get("QUERY_STRING"):
        return True
    declared = getattr(request, "page_cache_query_parameters", ())
    return bool(declared) and all(name in declared for name in request.GET)


def _prefix(generation):
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}pages:{generation}"


class FetchFromPageCacheMiddleware(MiddlewareMixin):
    """Answers anonymous GETs from the cache. Place it right after WhiteNoise."""

    def process_request(self, request):
        if not _timeout() or not _cacheable_request(request):
            return None
        try:
            prefix = _prefix(content_generation.current())
        except Exception:  # without a generation nothing can be served or stored safely
            logger.warning("page cache: no content generation", exc_info=True)
            return None
        request._page_cache_prefix = prefix
        # Django's key ends with the request's language, which LocaleMiddleware (further in) has not
        # set yet: the address's own language, not whichever one this thread served last.
        language = get_language_from_path(request.path_info)
        if language:
            request.LANGUAGE_CODE = language
        cache = page_memo.SharedCacheThroughMemo(page_cache(), prefix, _timeout())
        try:
            key = get_cache_key(request, prefix, "GET", cache=cache)
            response = cache.get(key) if key else None
        except Exception:  # a cache that is down must not take the site down: render instead
            logger.warning("page cache: lookup failed", exc_info=True)
            return None
        if response is not None:
            response["X-Page-Cache"] = "hit"
            request._page_cache_prefix = None  # served from the cache: nothing to store again
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
            or not _canonical_query(request)
            or has_vary_header(response, "Cookie")
            or has_vary_header(response, "*")
            or any(d in response.get("Cache-Control", "").lower() for d in ("private", "no-cache", "no-store"))
        ):
            return response
        cache = page_cache()
        try:
            key = learn_cache_key(request, response, _timeout(), prefix, cache=cache)
            setattr(response, page_memo.EXPIRES_AT, time.time() + _timeout())  # stored with the page
            cache.set(key, response, _timeout())
        except Exception:
            logger.warning("page cache: store failed", exc_info=True)
        return response
