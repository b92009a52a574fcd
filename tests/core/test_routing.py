"""core/routing.py finds the same page (and sub-route) as Wagtail's walk down the tree, for every page
in every language and for sub-routes of routable pages, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from core.routing import route_for_request
from tests.quality.targets import routable_subpaths, sitemap_pages

pytestmark = pytest.mark.django_db


def both_routes(url):
    language, _, path = url.lstrip("/").partition("/")
    with translation.override(language):
        ours = route_for_request(RequestFactory().get(url), path)
        wagtails = Page.route_for_request(RequestFactory().get(url), path)
    return ours, wagtails


def summary(route):
    if route is None:
        return None
    page, args, kwargs = route
    # A routable page's sub-route comes back as a bound method of the page: compare the function.
    return page.pk, type(page), tuple(getattr(arg, "__func__", arg) for arg in args), dict(kwargs)


def test_every_page_and_sub_route_is_found_as_wagtail_finds_it(client):
    urls = sitemap_pages(client)
    urls += routable_subpaths([url for url in urls if url.startswith("/fr/")], "1")
    urls += ["/fr/nope/", "/fr/fiches/nope/", "/fr/fiches/sexting/nope/extra/", "/de/a-propos/"]
    for url in urls:
        ours, wagtails = both_routes(url)
        assert summary(ours) == summary(wagtails), url


def test_routing_costs_the_same_whatever_the_depth():
    counts = []
    for url in ("/fr/a-propos/", "/fr/fiches/sexting/", "/fr/fiches/sexting/pdf/"):
        language, _, path = url.lstrip("/").partition("/")
        request = RequestFactory().get(url)
        with translation.override(language), CaptureQueriesContext(connection) as queries:
            route_for_request(request, path)
        counts.append(len(queries))
    assert max(counts) <= 4, counts
    assert len(set(counts)) == 1, counts
