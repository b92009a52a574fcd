"""The memo of locale, site and view-restriction look-ups (core/upstream_memo.py): while requests are
handled, a process reads them once per content generation; a change to any of them, made here or
by another process, is seen by the next request; outside requests Wagtail's own code runs."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core import content_generation, upstream_memo
from core.counters import durable_counters
from core.request_memo import RequestMemoMiddleware

pytestmark = pytest.mark.django_db


def served(view):
    """Runs `view` as the body of a request, through the memo middleware; returns its queries."""
    with CaptureQueriesContext(connection) as queries:
        RequestMemoMiddleware(lambda request: view() or HttpResponse())(None)
    return queries


def locale_queries(queries):
    return [q for q in queries.captured_queries if "wagtailcore_locale" in q["sql"]]


def test_within_a_request_a_locale_is_looked_up_once():
    queries = served(lambda: [Locale.get_active() for _ in range(5)] and [Locale.get_default() for _ in range(5)])
    assert len(locale_queries(queries)) == 1


def test_the_next_request_of_the_same_generation_reads_no_locale():
    served(Locale.get_active)
    assert locale_queries(served(Locale.get_active)) == []


def test_outside_a_request_nothing_is_remembered():
    served(Locale.get_active)
    with CaptureQueriesContext(connection) as queries:
        Locale.get_active()
        Locale.get_active()
    assert len(queries) == 2
    assert not upstream_memo.in_request()


def test_saving_a_locale_or_a_restriction_is_seen_by_the_next_request():
    served(Locale.get_active)
    Locale.get_default().save()
    assert len(locale_queries(served(Locale.get_active))) == 1

    page = Page.objects.get(depth=2, locale__language_code="fr")
    assert not any(r.page_id == page.pk for r in served_value(upstream_memo.view_restrictions))
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert any(r.page_id == page.pk for r in served_value(upstream_memo.view_restrictions))


def served_value(function):
    found = []
    served(lambda: found.append(function()))
    return found[0]


def test_a_change_made_by_another_process_is_seen_through_the_generation():
    """Another process commits a new site address and a new generation; this process is not told."""
    assert all("elsewhere.example" not in p.root_url for p in served_value(Site.get_site_root_paths))

    def another_process_moves_the_site():
        epoch = content_generation._epoch
        Site.objects.filter(is_default_site=True).update(hostname="elsewhere.example")  # no signal
        upstream_memo._original_clear_site_root_paths_cache()  # Wagtail's receiver there clears the cache
        durable_counters().incr(content_generation.KEY)
        content_generation._epoch = epoch  # the other process's bump is not this process's

    another_process_moves_the_site()
    assert all("elsewhere.example" in p.root_url for p in served_value(Site.get_site_root_paths))


def test_site_root_paths_follow_a_new_site_root():
    paths = served_value(Site.get_site_root_paths)
    site = Site.objects.get(is_default_site=True)
    site.hostname = "vigilant.example"
    site.save()
    changed = served_value(Site.get_site_root_paths)
    assert {p.root_url for p in paths} != {p.root_url for p in changed}
    assert all("vigilant.example" in p.root_url for p in changed)


def test_a_new_restriction_is_seen_by_the_next_request(client):
    assert client.get("/fr/a-propos/").status_code == 200
    page = Page.objects.get(url_path__endswith="/a-propos/", locale__language_code="fr")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get("/fr/a-propos/").status_code == 302  # to the sign-in
