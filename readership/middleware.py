"""Counts readers' page views (readership.counting), the ones served from the page cache included."""

import logging

from readership.counting import count, counted_view

logger = logging.getLogger(__name__)


class CountPageViewsMiddleware:
    """Place it outside core.page_cache.FetchFromPageCacheMiddleware, which answers on its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            view = counted_view(request, response)
            if view is not None:
                count(view)
        except Exception:  # counting must never cost a reader the page
            logger.warning("readership: page view not counted", exc_info=True)
        return response
