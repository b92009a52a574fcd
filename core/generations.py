"""Content generations: a number that changes whenever some content changes, so that anything
cached under a key containing it is never served stale.

A generation lives in the default cache without expiry. If it vanishes (a restarted Redis, a cull
of Django's database cache), the next reader starts a new one, which is newer than anything cached
before: the worst outcome is a rebuild, never an old value.
"""

import logging
import time

from django.core.cache import cache

logger = logging.getLogger(__name__)


class Generation:
    def __init__(self, key):
        self.key = key

    def current(self):
        generation = cache.get(self.key)
        if generation is None:
            generation = time.time_ns()
            cache.add(self.key, generation, None)
            generation = cache.get(self.key, generation)
        return generation

    def bump(self, **kwargs):
        """Start a new generation (usable as a signal receiver)."""
        try:
            cache.set(self.key, time.time_ns(), None)
        except Exception:  # e.g. during `migrate`, before `createcachetable`: nothing is cached yet either
            logger.warning("could not start a new generation for %s", self.key, exc_info=True)
