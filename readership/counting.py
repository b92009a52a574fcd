"""Page views counted on the server: per page, language and day, and nothing else.

What a view costs the reader: one addition to a dictionary in the web process's memory
(``count``). After a response has been sent, at most every ``READERSHIP_PUSH_SECONDS``, the process
adds what it counted to the shared counters (``core.counters``: Redis, else the database table);
and every minute the scheduler's sweep (``store_daily_counts``, in ``VIGILANT_SWEEPS``) moves the
shared counters into ``DailyPageViews``. Pages never write that table themselves.

Which responses are counted (``counted_view``): a 200 answer to a GET for a page served by Wagtail
(the page marks its response, and the mark travels with it into the page cache, so a page served
from the cache is counted too), requested by a browser (``bots.is_a_reader``), not an editor's
preview, not a signed-in editor. The counter key holds the day, the page's id, the language and
whether the page was served at a fallback address; never an address, a browser or a cookie.
"""

import logging
import threading
import time
from collections import Counter
from datetime import date

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation

from core.counters import counters
from readership.bots import is_a_reader

logger = logging.getLogger(__name__)

KEY_PREFIX = "readership:"
# Counts the sweep has not moved after this long are dropped by the shared store (no scheduler).
KEEP_UNSWEPT_SECONDS = 14 * 24 * 3600
# Attribute on a page's response, kept when the page cache stores it: (page id, language, at fallback).
RESPONSE_MARK = "vigilant_page_view"

_pending: Counter = Counter()
_lock = threading.Lock()
_last_push = time.monotonic()


def mark_page_view(request, page, response):
    """Called when Wagtail serves ``page``: says which page and language the response counts for."""
    fallback = getattr(request, "translation_fallback", None)
    if fallback is not None:
        view = (page.pk, fallback.requested_language, True)
    else:
        # The address's language, which is the page's (Wagtail routes /de/ in the German tree);
        # page.locale would cost a query on every render.
        view = (page.pk, translation.get_language(), False)
    setattr(response, RESPONSE_MARK, view)


def counted_view(request, response):
    """(page id, language, at fallback) when this response is a reader's page view, else None."""
    view = getattr(response, RESPONSE_MARK, None)
    if view is None or request.method != "GET" or response.status_code != 200:
        return None
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return None
    if not is_a_reader(request.headers.get("User-Agent", "")):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return None
    return view


def counter_key(day: date, page_id: int, language: str, at_fallback: bool) -> str:
    return f"{KEY_PREFIX}{day.isoformat()}:{page_id}:{language}:{int(at_fallback)}"


def parse_counter_key(key: str):
    """(day, page id, language, at fallback) from ``counter_key``'s format, or None if it is not one."""
    try:
        day, page_id, language, at_fallback = key[len(KEY_PREFIX) :].split(":")
        return date.fromisoformat(day), int(page_id), language, at_fallback == "1"
    except ValueError:
        return None


def count(view):
    """One page view, in this process's memory (no I/O)."""
    page_id, language, at_fallback = view
    key = counter_key(timezone.localdate(), page_id, language, at_fallback)
    with _lock:
        _pending[key] += 1


def push_pending(force=True):
    """Adds what this process counted to the shared counters. Returns how many views it pushed."""
    global _last_push
    with _lock:
        if not force and time.monotonic() - _last_push < getattr(settings, "READERSHIP_PUSH_SECONDS", 10):
            return 0
        _last_push = time.monotonic()
        if not _pending:
            return 0
        batch = dict(_pending)
        _pending.clear()
    store = counters()
    pushed = 0
    for key, views in batch.items():
        try:
            store.incr(key, views, ttl=KEEP_UNSWEPT_SECONDS)
            pushed += views
        except Exception:  # the store is down: these views are lost, the page is not
            logger.warning("readership: could not add page views to the shared counters", exc_info=True)
    return pushed


def push_pending_when_due(**kwargs):
    """request_finished: push at most every READERSHIP_PUSH_SECONDS, after the response was sent."""
    push_pending(force=False)


def forget_pending():
    """Drops what this process counted and has not pushed (tests start from nothing)."""
    with _lock:
        _pending.clear()


_UPSERT = """
INSERT INTO readership_dailypageviews (day, page_id, language_code, at_fallback, views)
VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (day, page_id, language_code, at_fallback) DO UPDATE
SET views = readership_dailypageviews.views + excluded.views
"""


def store_daily_counts():
    """The sweep: moves the shared counters into DailyPageViews. Returns how many views it moved."""
    from wagtail.models import Page

    push_pending(force=True)  # the scheduler's own process, and single-process set-ups
    languages = {code for code, _name in settings.LANGUAGES}
    # One transaction: with the database's counters, a failed insert puts the counts back.
    with transaction.atomic():
        rows = {}
        for key, views in counters().pop_prefix(KEY_PREFIX).items():
            parsed = parse_counter_key(key)
            if parsed is not None and views > 0 and parsed[2] in languages:
                rows[parsed] = rows.get(parsed, 0) + views
        if not rows:
            return 0
        page_ids = {page_id for _day, page_id, _language, _fallback in rows}
        existing = set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True))
        values = [
            (day, page_id, language, at_fallback, views)
            for (day, page_id, language, at_fallback), views in rows.items()
            if page_id in existing  # not a page deleted since it was read
        ]
        with connection.cursor() as cursor:
            cursor.executemany(_UPSERT, values)
    return sum(row[-1] for row in values)
