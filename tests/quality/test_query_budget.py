"""Database queries per page stay within a budget and do not grow with the amount of content:
for every page type (found through the sitemaps), adding more pages beside what it lists must not
add queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.quality.targets import sitemap_pages

pytestmark = pytest.mark.django_db

# A ceiling per anonymous page view, the same for every page type (the database cache counts: each
# cache read is a query here, not with Redis). Measured on the demo: 11-13 for the factsheets and
# guides.
QUERY_BUDGET = 15
EXTRA_COPIES = 4


def queries_for(client, path):
    client.get(path)  # warm per-process memos (site root paths, templates)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def french_samples(client):
    return [path for path in sitemap_pages(client) if path.startswith("/fr/")]


def page_type(client, path):
    page = (client.get(path).context or {}).get("page")
    return page._meta.label if isinstance(page, Page) else path


def test_every_page_type_stays_within_the_query_budget(client):
    over = {}
    for path in french_samples(client):
        if (n := queries_for(client, path)) > QUERY_BUDGET:
            over[path] = (page_type(client, path), n)
    assert not over, over


def test_queries_do_not_grow_with_the_number_of_pages(client):
    grew = {}
    for n, path in enumerate(french_samples(client)):
        page = (client.get(path).context or {}).get("page")
        if not isinstance(page, Page):
            continue
        children = page.get_children().live()
        sibling = page if page.depth > 2 else None
        to_copy = children.first() or sibling
        if to_copy is None:
            continue
        before = queries_for(client, path)
        for i in range(EXTRA_COPIES):
            to_copy.specific.copy(
                to=to_copy.get_parent(),
                update_attrs={"slug": f"{to_copy.slug}-copy-{n}-{i}", "title": f"{to_copy.title} {i}"},
                keep_live=True,
                copy_revisions=False,
                log_action=None,
            )
        after = queries_for(client, path)
        if after > before:
            grew[path] = (before, after)
    assert not grew, f"queries grew with {EXTRA_COPIES} more pages: {grew}"
