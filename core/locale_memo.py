"""UPSTREAM WORKAROUND: Wagtail looks up the same Locale row again and again within one request.

Why: ``Locale.get_active()`` and ``Locale.get_default()`` (and everything built on them:
``page.localized``, ``TranslatableMixin`` look-ups, our tags) each run
``LocaleManager.get_for_language()``, one query per call. A page view made about a dozen identical
queries for one or two rows. Wagtail proposed an in-memory cache in its LocaleManager but did not
merge it (stale entries across threads and processes):
https://github.com/wagtail/wagtail/pull/9488

What: while a request is being handled, ``get_for_language`` remembers the locales it found, in a
memo that belongs to that request only (a context variable set and reset by
``LocaleMemoMiddleware``). Outside a request (management commands, tests calling code directly)
nothing is remembered. Saving or deleting a Locale empties the memo. So no memo outlives a request,
and none survives a test's rolled-back transaction.

Delete when: Wagtail caches Locale look-ups itself (see the pull request above), or the page types'
query budget (tests/quality/test_query_budget.py) holds without it.
"""

from contextvars import ContextVar

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

_memo: ContextVar = ContextVar("vigilant_locale_memo", default=None)
_original_get_for_language = LocaleManager.get_for_language


def _get_for_language(self, language_code):
    memo = _memo.get()
    if memo is None or self.model is not Locale:
        return _original_get_for_language(self, language_code)
    if language_code not in memo:
        memo[language_code] = _original_get_for_language(self, language_code)  # DoesNotExist: not remembered
    return memo[language_code]


def _forget(**kwargs):
    memo = _memo.get()
    if memo is not None:
        memo.clear()


def install():
    """Called once from CoreConfig.ready()."""
    LocaleManager.get_for_language = _get_for_language
    post_save.connect(_forget, sender=Locale, dispatch_uid="core.locale_memo.saved")
    post_delete.connect(_forget, sender=Locale, dispatch_uid="core.locale_memo.deleted")


class LocaleMemoMiddleware:
    """Gives each request its own locale memo and drops it when the response is ready."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
