"""Run code in parallel threads, each with its own database connection, outside the test's transaction.

Writes made this way are committed and survive the test's rollback: tests clean up after
themselves. PostgreSQL only: it is where many processes write at once in production.
"""

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from django.db import connection, connections


def requires_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked on PostgreSQL, as in production")


def in_parallel(function, count, *, workers=None):
    """``function(i)`` for i in range(count), started together; their results, in order."""
    barrier = Barrier(min(count, workers or count))

    def run(i):
        try:
            barrier.wait(timeout=30)
            return function(i)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=workers or count) as pool:
        return list(pool.map(run, range(count)))


def committed(function):
    """``function()`` in a thread of its own, so its writes are committed at once."""
    return in_parallel(lambda _i: function(), 1)[0]
