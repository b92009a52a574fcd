import collections
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.quality.targets import sitemap_pages

pytestmark = pytest.mark.django_db


def norm(sql):
    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "N", sql)
    return sql[:230]


def test_show(client):
    paths = [p for p in sitemap_pages(client) if p.startswith("/fr/")]
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as c:
            client.get(path)
        print(f"\n=== {path}: {len(c)}")
        counts = collections.Counter(norm(q["sql"]) for q in c.captured_queries)
        for sql, n in counts.most_common():
            print(f"  {n} x {sql}")
