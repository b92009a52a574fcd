"""UPSTREAM WORKAROUND: Wagtail reads the same locale, site and view-restriction rows on every
request, several times within one.

Why:
- ``Locale.get_active()`` and ``Locale.get_default()`` (and everything built on them:
  ``page.localized``, ``TranslatableMixin`` look-ups, our tags) each run
  ``LocaleManager.get_for_language()``, one query per call: a page view made about a dozen
  identical queries for one or two rows. Wagtail proposed an in-memory cache in its LocaleManager
  but did not merge it (stale entries across threads and processes):
  https://github.com/wagtail/wagtail/pull/9488
- ``PageQuerySet.public()`` reads every PageViewRestriction each time it is called, and serving a
  page reads its own and its ancestors' restrictions once more (two queries in Wagtail).
- ``Site.find_for_request()`` queries the sites on every request, and ``Site.get_site_root_paths()``
  reads the cache (a query with the database cache) on every request that builds a URL.

What: while a request is being handled (core/request_memo.py), these rows come from a memo
that this process keeps for the current content generation (``core.content_generation``), which
answers Wagtail's PR's objection: saving or deleting a Locale, Site or view restriction starts a
new generation (they are declared content in ``core.apps``), and so does anything that makes
Wagtail clear its site-root-paths cache; every process reads the generation once per request, in
the query it already makes. Outside a request (management commands, tests calling code directly)
Wagtail's own code runs unchanged.

Delete when: Wagtail caches Locale look-ups, sites and view restrictions itself (see the pull
request above), or the page types' query budget (tests/quality/test_query_budget.py) holds without
this module.
"""

from django.db.models import Q
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.models.i18n import LocaleManager
from wagtail.query import PageQuerySet

from core import content_generation, request_memo

_rows = content_generation.GenerationMemo(content_generation.KEY)
_original_get_for_language = LocaleManager.get_for_language
_original_find_for_request = Site._find_for_request
_original_get_site_root_paths = Site.get_site_root_paths
_original_clear_site_root_paths_cache = Site.clear_site_root_paths_cache
_MISSING = object()


def _get_for_language(self, language_code):
    if not in_request() or self.model is not Locale:
        return _original_get_for_language(self, language_code)

    def build():
        try:
            return _original_get_for_language(self, language_code)
        except Locale.DoesNotExist:
            return _MISSING

    found = _rows.get(("locale", language_code), build)
    if found is _MISSING:
        raise Locale.DoesNotExist(f"No locale for {language_code!r}")
    return found


def _find_for_request(request):
    if not in_request():
        return _original_find_for_request(request)
    from django.http.request import split_domain_port

    hostname = split_domain_port(request._get_raw_host())[0]
    return _rows.get(("site", hostname, request.get_port()), lambda: _original_find_for_request(request))


def _get_site_root_paths():
    if not in_request():
        return _original_get_site_root_paths()
    return _rows.get("site_root_paths", _original_get_site_root_paths)


def _clear_site_root_paths_cache():
    _original_clear_site_root_paths_cache()
    content_generation.bump()


def in_request():
    """Whether a request is being handled (Locale look-ups then cost nothing after the first)."""
    return request_memo.current() is not None


def view_restrictions():
    """Every PageViewRestriction, with its page: once per content generation and process."""

    def build():
        return list(PageViewRestriction.objects.select_related("page"))

    return _rows.get("view_restrictions", build) if in_request() else build()


def _private_q(self):
    """PageQuerySet.private_q from the request's list of restrictions (same result as Wagtail's)."""
    q = Q()
    for restriction in view_restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def restrictions_on_path(page):
    """``page.get_view_restrictions()`` for a page that is not an alias: the restrictions on it and
    its ancestors, as an already evaluated queryset (iterating it costs no query; narrowing it, as
    Wagtail's privacy views do, runs a fresh one).

    UPSTREAM WORKAROUND: Wagtail's callers need a queryset (its privacy views narrow it with
    ``order_by``), and Django has no public way to make one from rows already in hand, so the
    queryset's private ``_result_cache`` and ``_prefetch_done`` are set.
    Upstream: ``Page.get_view_restrictions`` and its callers (wagtail/wagtail_hooks.py,
    wagtail/admin/views/page_privacy.py): https://github.com/wagtail/wagtail/blob/main/wagtail/models/pages.py
    Delete when: this module goes (see its docstring), or Wagtail's serve hook accepts a list.
    """
    found = [restriction for restriction in view_restrictions() if page.path.startswith(restriction.page.path)]
    queryset = PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in found])
    queryset._result_cache = found
    queryset._prefetch_done = True
    return queryset


def install():
    """Called once from CoreConfig.ready()."""
    LocaleManager.get_for_language = _get_for_language
    PageQuerySet.private_q = _private_q
    Site._find_for_request = staticmethod(_find_for_request)
    Site.get_site_root_paths = staticmethod(_get_site_root_paths)
    Site.clear_site_root_paths_cache = staticmethod(_clear_site_root_paths_cache)
