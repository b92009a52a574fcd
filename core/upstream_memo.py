"""UPSTREAM WORKAROUND: Wagtail reads the same Locale and view-restriction rows again and again
within one request.

Why:
- ``Locale.get_active()`` and ``Locale.get_default()`` (and everything built on them:
  ``page.localized``, ``TranslatableMixin`` look-ups, our tags) each run
  ``LocaleManager.get_for_language()``, one query per call: a page view made about a dozen
  identical queries for one or two rows. Wagtail proposed an in-memory cache in its LocaleManager
  but did not merge it (stale entries across threads and processes):
  https://github.com/wagtail/wagtail/pull/9488
- ``PageQuerySet.public()`` reads every PageViewRestriction each time it is called, and serving a
  page reads its own and its ancestors' restrictions once more (two queries in Wagtail).

What: while a request is being handled, the locales found and the list of view restrictions are
remembered in the request's memo (core/request_memo.py). Outside a request (management commands,
tests calling code directly) nothing is remembered. Saving or deleting a Locale or a view
restriction empties the memo. So no memo outlives a request, and none survives a test's rolled-back
transaction.

Delete when: Wagtail caches Locale look-ups and view restrictions per request itself (see the pull
request above), or the page types' query budget (tests/quality/test_query_budget.py) holds without
this module.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, PageViewRestriction
from wagtail.models.i18n import LocaleManager
from wagtail.query import PageQuerySet

from core import request_memo

_original_get_for_language = LocaleManager.get_for_language


def _get_for_language(self, language_code):
    memo = request_memo.current()
    if memo is None or self.model is not Locale:
        return _original_get_for_language(self, language_code)
    key = ("locale", language_code)
    if key not in memo:
        memo[key] = _original_get_for_language(self, language_code)  # DoesNotExist: not remembered
    return memo[key]


def in_request():
    """Whether a request's memo is active (Locale look-ups then cost nothing after the first)."""
    return request_memo.current() is not None


def view_restrictions():
    """Every PageViewRestriction, with its page: once per request."""
    memo = request_memo.current()
    if memo is None:
        return list(PageViewRestriction.objects.select_related("page"))
    if "view_restrictions" not in memo:
        memo["view_restrictions"] = list(PageViewRestriction.objects.select_related("page"))
    return memo["view_restrictions"]


def _private_q(self):
    """PageQuerySet.private_q from the request's list of restrictions (same result as Wagtail's)."""
    q = Q()
    for restriction in view_restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def restrictions_on_path(page):
    """``page.get_view_restrictions()`` for a page that is not an alias: the restrictions on it and
    its ancestors, as an already evaluated queryset (iterating it costs no query; narrowing it, as
    Wagtail's privacy views do, runs a fresh one)."""
    found = [restriction for restriction in view_restrictions() if page.path.startswith(restriction.page.path)]
    queryset = PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in found])
    queryset._result_cache = found
    queryset._prefetch_done = True
    return queryset


def _forget(**kwargs):
    memo = request_memo.current()
    if memo is not None:
        memo.clear()


def install():
    """Called once from CoreConfig.ready()."""
    LocaleManager.get_for_language = _get_for_language
    PageQuerySet.private_q = _private_q
    for model in (Locale, PageViewRestriction):
        post_save.connect(_forget, sender=model, dispatch_uid=f"core.upstream_memo.saved.{model.__name__}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"core.upstream_memo.deleted.{model.__name__}")
