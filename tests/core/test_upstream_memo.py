"""The per-request memo of Locale and view-restriction look-ups (core/upstream_memo.py): one query per
request instead of one per call, and nothing remembered outside or after a request."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from core import request_memo, upstream_memo
from core.request_memo import RequestMemoMiddleware

pytestmark = pytest.mark.django_db


def served(view):
    """Runs `view` as the body of a request, through the memo middleware; returns its queries."""
    with CaptureQueriesContext(connection) as queries:
        RequestMemoMiddleware(lambda request: view() or HttpResponse())(None)
    return queries


def test_within_a_request_a_locale_is_looked_up_once():
    queries = served(lambda: [Locale.get_active() for _ in range(5)] and [Locale.get_default() for _ in range(5)])
    assert len([q for q in queries.captured_queries if "wagtailcore_locale" in q["sql"]]) == 1


def test_outside_a_request_nothing_is_remembered():
    with CaptureQueriesContext(connection) as queries:
        Locale.get_active()
        Locale.get_active()
    assert len(queries) == 2
    assert request_memo.current() is None


def test_the_memo_ends_with_the_request():
    seen = []
    served(lambda: seen.append(Locale.get_active()))
    assert request_memo.current() is None
    with CaptureQueriesContext(connection) as queries:
        Locale.get_active()
    assert len(queries) == 1


def test_saving_a_locale_or_a_restriction_empties_the_memo():
    def view():
        Locale.get_active()
        upstream_memo.view_restrictions()
        Locale.get_default().save()
        assert request_memo.current() == {}
        upstream_memo.view_restrictions()
        PageViewRestriction.objects.create(
            page=Page.objects.get(depth=2, locale__language_code="fr"), restriction_type="login"
        )
        assert request_memo.current() == {}

    served(view)


def test_a_new_restriction_is_seen_by_the_next_request(client):
    assert client.get("/fr/a-propos/").status_code == 200
    page = Page.objects.get(url_path__endswith="/a-propos/", locale__language_code="fr")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get("/fr/a-propos/").status_code == 302  # to the sign-in
