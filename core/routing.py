"""Find the page for a URL in two queries instead of two per level of the page tree.

Wagtail's ``Page.route_for_request`` walks the tree from the site's root: at each level it fetches
the child by slug, then its specific page type, so a factsheet (home > factsheets > factsheet) costs
five queries before anything is rendered. Here every page whose ``url_path`` is a prefix of the
requested path is fetched in one query; the deepest one, as its specific type, routes what remains
of the path (a routable page's sub-route, or a 404). Results are the same as Wagtail's walk for
this site's page types, which route sub-paths only on pages without children. The result is stored
where Wagtail looks for it (``request._wagtail_route_for_request``), so Wagtail's serve view, its
hooks and privacy checks run unchanged.

UPSTREAM WORKAROUND: ``request._wagtail_route_for_request`` is Wagtail's private per-request cache.
Upstream: https://github.com/wagtail/wagtail/pull/11683 (routing cached on the request, not merged).
Delete when: Wagtail routes in a constant number of queries, or exposes the per-request route; the
query budget (tests/quality/test_query_budget.py) says whether it still holds without this module.
"""

from django.http import Http404
from wagtail.models import Page, Site


def route_for_request(request, path):
    """Like ``Page.route_for_request``: a RouteResult, or None for a 404."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = Site.find_for_request(request)
    result = None
    if site is not None:
        root = site.root_page.localized
        components = [component for component in path.split("/") if component]
        prefixes = [root.url_path + "".join(f"{c}/" for c in components[:n]) for n in range(len(components) + 1)]
        found = {
            page.url_path: page
            for page in Page.objects.filter(url_path__in=prefixes, path__startswith=root.path, depth__gte=root.depth)
        }
        request._route_pages = {page.pk: page for page in found.values()}
        for consumed in range(len(components), -1, -1):
            page = found.get(prefixes[consumed])
            if page is not None:
                try:
                    result = page.specific.route(request, components[consumed:])
                except Http404:
                    result = None
                break
    request._wagtail_route_for_request = result
    return result


def parent_page(page, request=None):
    """``page.get_parent()``, taken from the pages routing already fetched for this request when it can."""
    parent_path = page.path[: -page.steplen]
    for candidate in getattr(request, "_route_pages", {}).values():
        if candidate.path == parent_path:
            return candidate
    return page.get_parent()


def address_in_language(url, source_language, language):
    """``url`` (a page's address in ``source_language``) at ``language``'s prefix: ``/fr/x/`` ->
    ``/pt/x/``, where core.fallback serves the French page to Portuguese readers.

    Django's ``translate_url`` resolves the address in the *active* language, so from a German
    page it cannot resolve ``/fr/x/`` and returns it unchanged: resolve it in its own language.
    """
    from django.urls import translate_url
    from django.utils.translation import override

    with override(source_language):
        return translate_url(url, language)
