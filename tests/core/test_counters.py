"""Counters add atomically under parallel requests, expire only when their window is over, and are
never culled; keys never hold an address."""

import os
import socket
from urllib.parse import urlparse

import pytest
from django.db import connection

from core.counters import DatabaseCounters, FallbackCounters, RedisCounters, anonymous_key
from core.models import Counter
from tests.concurrency import committed, in_parallel, requires_postgresql

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_or_skip():
    url = urlparse(REDIS_URL)
    try:
        socket.create_connection((url.hostname, url.port or 6379), timeout=1).close()
    except OSError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    # A prefix of this run's own: runs of the suite side by side never share keys.
    return RedisCounters(REDIS_URL, f"test-{connection.settings_dict['NAME']}-{os.getpid()}:")


def test_fifty_parallel_increments_count_fifty_exactly():
    requires_postgresql()
    store = DatabaseCounters()
    try:
        values = in_parallel(lambda _i: store.incr("test:parallel", ttl=60), 50)
        assert sorted(values) == list(range(1, 51))
        assert committed(lambda: store.get("test:parallel")) == 50
    finally:
        committed(lambda: Counter.objects.filter(key="test:parallel").delete())


def test_a_window_that_is_over_counts_from_zero_again(monkeypatch):
    store = DatabaseCounters()
    assert [store.incr("test:window", ttl=60) for _n in range(3)] == [1, 2, 3]
    now = __import__("time").time()
    monkeypatch.setattr("core.counters.time.time", lambda: now + 61)
    assert store.get("test:window") == 0
    assert store.delete_expired() >= 1
    assert store.incr("test:window", ttl=60) == 1


def test_counters_are_never_culled_like_cache_entries():
    store = DatabaseCounters()
    for n in range(400):  # more than the database cache's default MAX_ENTRIES (300)
        store.incr(f"test:many:{n}", ttl=600)
    store.incr("test:generation")  # no expiry: stays until deleted on purpose
    assert store.delete_expired() == 0
    values = store.get_many([f"test:many:{n}" for n in range(400)])
    assert len(values) == 400 and set(values.values()) == {1}
    assert store.get("test:generation") == 1


def test_keys_hold_a_keyed_hash_of_the_address_never_the_address():
    key = anonymous_key("192.0.2.10")
    assert "192" not in key and len(key) == 20
    assert key == anonymous_key("192.0.2.10") != anonymous_key("192.0.2.11")


def test_redis_counters_add_atomically_and_expire():
    store = _redis_or_skip()
    key = "parallel"
    try:
        values = in_parallel(lambda _i: store.incr(key, ttl=60), 50)
        assert sorted(values) == list(range(1, 51))
        assert 0 < store.client.ttl(store.prefix + key) <= 60
        assert store.get_many([key, "absent"]) == {key: 50}
    finally:
        store.client.delete(store.prefix + key)


def test_when_redis_is_unreachable_the_database_counts():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]  # nothing listens once the socket is closed
    store = FallbackCounters(RedisCounters(f"redis://127.0.0.1:{closed_port}/0", "x:"), DatabaseCounters())
    assert [store.incr("test:outage", ttl=60) for _n in range(2)] == [1, 2]
    assert store.get("test:outage") == 2
    assert Counter.objects.get(key="test:outage").value == 2


def test_pop_prefix_takes_a_family_of_counters_and_they_start_again():
    store = DatabaseCounters()
    store.incr("views:2026-11-28:1", 3, ttl=600)
    store.incr("views:2026-11-28:2", ttl=600)
    store.incr("viewsX", ttl=600)  # the same letters, not the same family
    store.incr("views_like:1", ttl=600)  # "_" is no wildcard
    assert store.pop_prefix("views:") == {"views:2026-11-28:1": 3, "views:2026-11-28:2": 1}
    assert store.pop_prefix("views:") == {}
    assert store.incr("views:2026-11-28:1", ttl=600) == 1
    assert store.get_many(["viewsX", "views_like:1"]) == {"viewsX": 1, "views_like:1": 1}


def test_redis_pop_prefix_takes_a_family_of_counters():
    store = _redis_or_skip()
    try:
        for n in range(1200):  # more than one batch
            store.incr(f"views:{n}", n % 3 + 1, ttl=60)
        store.incr("viewsX", ttl=60)
        taken = store.pop_prefix("views:")
        assert len(taken) == 1200 and taken["views:5"] == 3 and sum(taken.values()) == 2400
        assert store.pop_prefix("views:") == {}
        assert store.get("viewsX") == 1
    finally:
        store.client.delete(*[store.prefix + f"views:{n}" for n in range(1200)], store.prefix + "viewsX")


def test_pop_prefix_also_takes_what_the_database_counted_during_an_outage():
    store = _redis_or_skip()
    both = FallbackCounters(store, DatabaseCounters())
    try:
        DatabaseCounters().incr("views:during-outage", 2, ttl=60)
        both.incr("views:during-outage", 3, ttl=60)
        assert both.pop_prefix("views:") == {"views:during-outage": 5}
        assert not Counter.objects.filter(key__startswith="views:").exists()
    finally:
        store.client.delete(store.prefix + "views:during-outage")
